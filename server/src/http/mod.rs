//! The HTTP stack around the pages: security headers, the same-origin check
//! on forms, frames by learning platforms, the language of each request, error pages and request logs.

pub mod errors;
pub mod framing;
pub mod language;
pub mod origin;
pub mod security;
pub mod trace;
