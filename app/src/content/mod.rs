//! Lanterne's course material: modules, lessons, scenarios, quizzes, guides,
//! parents' documents and help directories, written in Markdown and YAML under
//! `content/` (see `content/README.md` for the format).
//!
//! The loader (server only) parses and validates everything once into an
//! immutable [`ContentIndex`]; lesson HTML is rendered and sanitised then.
//! What reaches a page is only the public part of a question (its text and
//! options): answer keys, feedback and misconception tags stay in the index
//! and are read by the grading functions after the pupil has answered.

mod model;
pub use model::*;

#[cfg(feature = "ssr")]
mod check;
#[cfg(feature = "ssr")]
mod facts;
#[cfg(feature = "ssr")]
pub use facts::Facts;
#[cfg(feature = "ssr")]
mod help;
#[cfg(feature = "ssr")]
mod index;
#[cfg(feature = "ssr")]
mod load;
#[cfg(feature = "ssr")]
mod markdown;
#[cfg(feature = "ssr")]
mod phones;
#[cfg(feature = "ssr")]
mod quiz;
#[cfg(feature = "ssr")]
mod readability;
#[cfg(feature = "ssr")]
mod scenario;
#[cfg(feature = "ssr")]
mod store;

#[cfg(feature = "ssr")]
pub use check::{Problem, Report, Severity};
#[cfg(feature = "ssr")]
pub use help::{HelpDirectory, HelpService, Reach, ReachKind};
#[cfg(feature = "ssr")]
pub use index::*;
#[cfg(feature = "ssr")]
pub use load::load;
#[cfg(feature = "ssr")]
pub use readability::Readability;
#[cfg(feature = "ssr")]
pub use store::ContentStore;

#[cfg(all(test, feature = "ssr"))]
mod tests;
