//! Error pages that do not depend on the page renderer: a bug must still
//! produce a kind, localised page and never a bare 500.

use app::i18n::{translate, Lang};
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use futures::FutureExt;
use http::StatusCode;
use std::any::Any;
use std::panic::AssertUnwindSafe;

/// A small complete page with a title and a sentence, in `lang`.
pub fn message_page(lang: Lang, title_id: &str, text_id: &str) -> Html<String> {
    let t = |id: &str| app::web::escape_html(&translate(lang, id, None));
    Html(format!(
        "<!DOCTYPE html><html lang=\"{code}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · {site}</title><link rel=\"stylesheet\" href=\"/style/lanterne.css\"></head>\
         <body><main id=\"main\" class=\"message-page\"><h1>{title}</h1><p>{text}</p>\
         <p><a href=\"/\">{home}</a> · <a href=\"/help\">{help}</a></p></main></body></html>",
        code = lang.code(),
        title = t(title_id),
        site = t("site-name"),
        text = t(text_id),
        home = t("not-found-home"),
        help = t("shell-get-help"),
    ))
}

/// Gives a handler's [`AppError`](app::web::AppError) answer its page: the
/// kind error page (or "not found") in the request's language.
pub async fn error_pages(request: Request, next: Next) -> Response {
    let lang = request.extensions().get::<Lang>().copied().unwrap_or_default();
    let response = next.run(request).await;
    match response.extensions().get::<app::web::error::ErrorPage>() {
        Some(app::web::error::ErrorPage(status)) if *status == StatusCode::NOT_FOUND => {
            (*status, message_page(lang, "not-found-title", "not-found-text")).into_response()
        }
        Some(app::web::error::ErrorPage(status)) => {
            (*status, message_page(lang, "error-title", "error-text")).into_response()
        }
        None => response,
    }
}

/// Turns a panic in a handler into the error page in the request's language.
pub async fn catch_panics(request: Request, next: Next) -> Response {
    let lang = request.extensions().get::<Lang>().copied().unwrap_or_default();
    match AssertUnwindSafe(next.run(request)).catch_unwind().await {
        Ok(response) => response,
        Err(panic) => panic_response(lang, panic),
    }
}

/// The response when a request handler panicked: logged, and answered with
/// the error page.
pub fn panic_response(lang: Lang, panic: Box<dyn Any + Send + 'static>) -> Response {
    let detail = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("unknown panic");
    tracing::error!(detail, "a request handler panicked");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        message_page(lang, "error-title", "error-text"),
    )
        .into_response()
}
