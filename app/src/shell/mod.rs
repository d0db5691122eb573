//! The page shell every page shares: the document, the header with the
//! navigation, the language switcher, "Get help" and the quick exit, and the
//! router that picks the page.

//!
//! Only the islands (the quick exit, read-aloud, answers shown in place) are compiled into the
//! browser's WebAssembly; everything else is rendered on the server.

mod answer_in_place;
mod quick_exit;
mod read_aloud;
pub use answer_in_place::AnswerInPlace;
pub use quick_exit::QuickExit;
pub use read_aloud::ReadAloud;

#[cfg(feature = "ssr")]
mod document;
#[cfg(feature = "ssr")]
pub use document::{shell, App};
