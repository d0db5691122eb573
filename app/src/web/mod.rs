//! What every feature's forms and pages share (server only): reading a form,
//! the one-shot message shown after a redirect, who is asking, throttling of
//! failed sign-ins, the error type, cookies and text shown by hand.

pub mod endpoints;
pub mod error;
pub mod flash;
pub mod form;
pub mod quick_exit;
pub mod text;
pub mod throttle;
pub mod viewer;

pub use crate::content::escape_html;
pub use endpoints::Endpoints;
pub use error::{AppError, RequestId};
pub use flash::Flash;
pub use form::FormData;
pub use text::{cookie, display_date};
pub use viewer::{use_flash, use_viewer, Teacher, Viewer};
