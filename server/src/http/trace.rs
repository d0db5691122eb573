//! One span per request. Only the route pattern is recorded, never the
//! query string (codes travel in forms) and never which help page was opened;
//! and the request's id, which a failure's log line carries too.

use app::web::RequestId;
use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use tracing::Span;

/// Gives the request its id (see [`RequestId`]) before anything else runs.
pub async fn assign_id(mut request: Request, next: Next) -> Response {
    request.extensions_mut().insert(RequestId::new());
    next.run(request).await
}

pub fn request_span(request: &Request) -> Span {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(MatchedPath::as_str)
        .unwrap_or("unmatched");
    let private = route.starts_with("/help") || route.starts_with("/parents/help");
    let route = if private { "[private]" } else { route };
    let id = request
        .extensions()
        .get::<RequestId>()
        .map(|id| id.0.as_str())
        .unwrap_or("-");
    tracing::info_span!("request", id, method = %request.method(), route)
}
