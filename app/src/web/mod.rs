//! What every feature's forms and pages share (server only): reading a form,
//! the one-shot message shown after a redirect, who is asking, throttling of
//! failed sign-ins, and random identifiers and codes.

pub mod codes;
pub mod endpoints;
pub mod error;
pub mod flash;
pub mod form;
pub mod quick_exit;
pub mod throttle;
pub mod viewer;

pub use endpoints::Endpoints;
pub use error::{AppError, RequestId};
pub use flash::{use_flash, Flash};
pub use form::FormData;
pub use viewer::{use_viewer, Teacher, Viewer};

/// Text made safe to put in HTML by hand (outside Leptos views).
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The value of cookie `name` in a request's headers, if it is there.
pub fn cookie<'a>(headers: &'a http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(name)?.strip_prefix('='))
}

/// `YYYY-MM-DD` as people read it: `04/07/2027`.
pub fn display_date(iso: &str) -> String {
    let mut parts = iso.splitn(3, '-');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(y), Some(m), Some(d)) => format!("{d}/{m}/{y}"),
        _ => iso.to_owned(),
    }
}
