//! Lanterne's course material: modules, lessons, scenarios, quizzes, guides,
//! parents' documents and help directories, written in Markdown and YAML under
//! `content/` (see `content/README.md` for the format).
//!
//! The loader (server only) parses and validates everything once into an
//! immutable [`ContentIndex`]; lesson HTML is rendered and sanitised then.
//! What reaches a page is only the public part of a question (its text and
//! options): answer keys, feedback and misconception tags stay in the index
//! and are read by the grading functions after the pupil has answered.
//!
//! This file only declares the parts and re-exports what the rest of the
//! crate uses; the parts import each other by path, lowest first:
//! `model` (shared with the browser), `check`, `localized`, `markdown`,
//! `phones`, `readability`, `quality`, `dated`, `chat`, `emblems`, `checkin`; then `question`, `modules`, `help`, `facts`,
//! `quiz`, `scenario`; then `index`; then `load/`; then `store`.

mod model;
pub use model::*;

#[cfg(feature = "ssr")]
mod chat;
#[cfg(feature = "ssr")]
mod check;
#[cfg(feature = "ssr")]
mod checkin;
#[cfg(feature = "ssr")]
mod curricula;
#[cfg(feature = "ssr")]
mod dated;
#[cfg(feature = "ssr")]
mod emblems;
#[cfg(feature = "ssr")]
mod facts;
#[cfg(feature = "ssr")]
mod help;
#[cfg(feature = "ssr")]
mod index;
#[cfg(feature = "ssr")]
mod load;
#[cfg(feature = "ssr")]
mod localized;
#[cfg(feature = "ssr")]
mod markdown;
#[cfg(feature = "ssr")]
mod modules;
#[cfg(feature = "ssr")]
mod phones;
#[cfg(feature = "ssr")]
mod quality;
#[cfg(feature = "ssr")]
mod question;
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
pub use checkin::{Checkin, CheckinItem, CheckinPart, ItemKind, Part};
#[cfg(feature = "ssr")]
pub use curricula::{Curriculum, CurriculumReference};
#[cfg(feature = "ssr")]
pub use emblems::{tier_emblem, Emblem};
#[cfg(feature = "ssr")]
pub use facts::Facts;
#[cfg(feature = "ssr")]
pub use help::{HelpDirectory, HelpService, Reach, ReachKind};
#[cfg(feature = "ssr")]
pub use index::ContentIndex;
#[cfg(feature = "ssr")]
pub use load::load;
#[cfg(feature = "ssr")]
pub use localized::{CountryHtml, Localized, Text};
#[cfg(feature = "ssr")]
pub use markdown::escape_html;
#[cfg(feature = "ssr")]
pub use modules::{
    Choice, Document, Lesson, Misconception, Module, ModuleKind, ModuleMeta, Next, Scenario, Step,
};
#[cfg(feature = "ssr")]
pub use phones::link_phone_numbers;
#[cfg(feature = "ssr")]
pub use quality::ItemQuality;
#[cfg(feature = "ssr")]
pub use question::{Graded, KeyedOption, Question, Quiz};
#[cfg(feature = "ssr")]
pub use readability::Readability;
#[cfg(feature = "ssr")]
pub use store::ContentStore;

#[cfg(all(test, feature = "ssr"))]
mod checkin_tests;
#[cfg(all(test, feature = "ssr"))]
mod coverage_tests;
#[cfg(all(test, feature = "ssr"))]
mod embed_tests;
#[cfg(all(test, feature = "ssr"))]
mod quality_tests;
#[cfg(all(test, feature = "ssr"))]
mod tests;
