//! The page shell every page shares: the document, the header with the
//! navigation, the language switcher, "Get help" and the quick exit, and the
//! router that picks the page. Rendered on the server only; its one island,
//! the quick exit, is in `islands/`.

mod document;
pub use document::{shell, App};
