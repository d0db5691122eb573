//! Lanterne as an LTI 1.3 tool, its HTTP side:
//!
//! - `mod.rs`: the routes, the published keys, and the plain pages of a launch
//! - `entry.rs`: the OIDC login initiation, the launch, and the sign-in it gives
//!   (in the frame, or in a new tab when the browser keeps no cookie there)
//! - `pick.rs`: the instructor's pick of modules for a deep link, and its answer
//!
//! What a teacher sees of the scores sent back is on the class page
//! (`pages/teachers/platform.rs`).

mod entry;
mod pick;

use crate::i18n::{translate, Lang};
use crate::state::AppState;
use crate::web::{escape_html, AppError, Endpoints};
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use axum::Json;

pub use entry::{FramedBy, FRAME_COOKIE};
pub use pick::LtiPickPage;

pub fn endpoints() -> Endpoints {
    Endpoints::new()
        .get("/lti/jwks", jwks)
        .get("/lti/login", entry::login_get)
        .post("/lti/login", entry::login_post)
        .post("/lti/launch", entry::launch)
        .get("/lti/continue/{ticket}", entry::continue_in_tab)
        .post("/lti/pick", pick::send)
}

/// The paths a platform posts to from its own pages: the same-origin check
/// of forms lets them through (the signed token is their proof).
pub const CROSS_SITE_ENTRIES: [&str; 2] = ["/lti/login", "/lti/launch"];

/// `GET /lti/jwks`: Lanterne's public keys, for platforms to check its signatures.
async fn jwks(State(state): State<AppState>) -> Result<Response, AppError> {
    let set = crate::lti::keys::published(&state.db)
        .await
        .map_err(|error| AppError::internal("publishing the LTI keys", error))?;
    let mut response = Json(set).into_response();
    response.headers_mut().insert(
        http::header::CACHE_CONTROL,
        http::HeaderValue::from_static("public, max-age=300"),
    );
    Ok(response)
}

/// A plain page of the launch (no header, so nothing tempts a click away
/// from the course): a title, paragraphs already escaped, and what follows.
fn plain_page(lang: Lang, title_id: &str, body: &str) -> Html<String> {
    let t = |id: &str| escape_html(&translate(lang, id, None));
    Html(format!(
        "<!DOCTYPE html><html lang=\"{code}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · {site}</title><link rel=\"stylesheet\" href=\"/style/lanterne.css\"></head>\
         <body><main id=\"main\" class=\"message-page\"><h1>{title}</h1>{body}\
         <p><a href=\"/help\" target=\"_blank\" rel=\"noopener\">{help}</a> · \
         <a href=\"/exit\" target=\"_top\" class=\"quick-exit\">{exit}</a></p></main></body></html>",
        code = lang.code(),
        title = t(title_id),
        site = t("site-name"),
        help = t("shell-get-help"),
        exit = t("shell-quick-exit"),
    ))
}

/// The page of a refused launch: what happened in plain words, what to do.
pub fn refusal_page(lang: Lang, refusal: crate::lti::Refusal) -> Response {
    let id = refusal.message();
    let text = escape_html(&translate(lang, &format!("{id}-text"), None));
    let next = escape_html(&translate(lang, "lti-refused-next", None));
    let body = format!("<p>{text}</p><p>{next}</p>");
    (refusal.status(), plain_page(lang, &format!("{id}-title"), &body)).into_response()
}
