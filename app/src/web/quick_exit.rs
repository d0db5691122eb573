//! The quick exit's server side. `/exit` sends the visitor to a neutral site
//! and remembers for a few minutes that they left: until then every page of
//! Lanterne answers with a neutral page, so "Back" (which reloads, pages being
//! `no-store`) shows nothing of what they were reading, with or without
//! JavaScript. With JavaScript the button also replaces the history entry.

use crate::i18n::{translate, Lang};
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use http::header;

/// The cookie that says "this browser just left".
pub const COOKIE: &str = "lanterne_exit";
/// How long pages stay neutral after leaving.
const NEUTRAL_SECONDS: u32 = 300;

fn language(request: &Request) -> Lang {
    request.extensions().get::<Lang>().copied().unwrap_or_default()
}

/// `GET /exit`: off to the neutral site, leaving this browser's pages neutral.
pub async fn leave(request: Request) -> Response {
    let lang = language(&request);
    let cookie = format!("{COOKIE}=1; Path=/; Max-Age={NEUTRAL_SECONDS}; HttpOnly; SameSite=Lax");
    let mut response = Redirect::to(&translate(lang, "shell-quick-exit-url", None)).into_response();
    if let Ok(value) = header::HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

/// `GET /exit/return`: the neutral page's "continue" clears the mark.
pub async fn come_back() -> Response {
    let mut response = Redirect::to("/").into_response();
    let cookie = format!("{COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    if let Ok(value) = header::HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

fn has_left(request: &Request) -> bool {
    super::text::cookie(request.headers(), COOKIE) == Some("1")
}

fn is_page_request(request: &Request) -> bool {
    let path = request.uri().path();
    request.method() == http::Method::GET
        && !path.starts_with("/exit")
        && !path.starts_with("/pkg/")
        && !path.starts_with("/style/")
        && path != "/favicon.svg"
}

/// Answers every page with the neutral page while the exit mark is set.
pub async fn neutral_after_exit(request: Request, next: Next) -> Response {
    if has_left(&request) && is_page_request(&request) {
        return neutral_page(language(&request));
    }
    next.run(request).await
}

/// A page that names nothing of Lanterne, in its title or its text.
fn neutral_page(lang: Lang) -> Response {
    let t = |id: &str| super::escape_html(&translate(lang, id, None));
    let html = format!(
        "<!DOCTYPE html><html lang=\"{code}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"robots\" content=\"noindex\"><title>{title}</title></head>\
         <body><main><h1>{title}</h1><p><a href=\"{url}\" rel=\"noreferrer\">{link}</a></p>\
         <p><a href=\"/exit/return\">{again}</a></p></main></body></html>",
        code = lang.code(),
        title = t("exit-neutral-title"),
        url = t("shell-quick-exit-url"),
        link = t("exit-neutral-link"),
        again = t("exit-neutral-continue"),
    );
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        html,
    )
        .into_response()
}
