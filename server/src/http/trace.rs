//! One span per request. Only the route pattern is recorded, never the
//! query string (codes travel in forms) and never which help page was opened.

use axum::extract::{MatchedPath, Request};
use tracing::Span;

pub fn request_span(request: &Request) -> Span {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(MatchedPath::as_str)
        .unwrap_or("unmatched");
    let private = route.starts_with("/help") || route.starts_with("/parents/help");
    let route = if private { "[private]" } else { route };
    tracing::info_span!("request", method = %request.method(), route)
}
