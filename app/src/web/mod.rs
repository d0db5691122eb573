//! What every feature's forms and pages share (server only): reading a form,
//! the one-shot message shown after a redirect, who is asking, throttling of
//! failed sign-ins, and random identifiers and codes.

pub mod codes;
pub mod flash;
pub mod form;
pub mod quick_exit;
pub mod throttle;
pub mod viewer;

pub use flash::{use_flash, Flash};
pub use form::FormData;
pub use viewer::{use_viewer, Viewer};

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
