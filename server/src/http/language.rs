//! The language of each request, and the switcher's form handler.

use app::i18n::{negotiate, Lang, LANG_COOKIE};
use app::state::AppState;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use http::header::{self, HeaderValue};
use serde::Deserialize;

/// Decides the request's language and stores it in the request's extensions,
/// where the page shell and error pages read it.
pub async fn negotiate_language(mut request: Request, next: Next) -> Response {
    let lang = request_language(request.headers());
    request.extensions_mut().insert(lang);
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(lang.code()));
    headers.append(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    response
}

fn request_language(headers: &http::HeaderMap) -> Lang {
    let header = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
    negotiate(header(header::COOKIE), header(header::ACCEPT_LANGUAGE))
}

#[derive(Debug, Deserialize)]
pub struct LanguageChoice {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    next: String,
}

/// `POST /lang`: remembers the chosen language for a year and goes back to
/// the page the visitor was on. An unknown language changes nothing.
pub async fn choose(State(state): State<AppState>, Form(choice): Form<LanguageChoice>) -> Response {
    let back = Redirect::to(local_path(&choice.next));
    let Some(lang) = Lang::from_code(&choice.lang) else {
        return back.into_response();
    };
    let secure = if state.site.secure_cookies { "; Secure" } else { "" };
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}",
        lang.code()
    );
    let mut response = back.into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

/// Only a path on this site: anything else (another host, `//evil`) goes home.
fn local_path(next: &str) -> &str {
    let safe = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.chars().any(char::is_control);
    if safe {
        next
    } else {
        "/"
    }
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn the_switcher_only_redirects_within_the_site() {
        assert_eq!(local_path("/pupils"), "/pupils");
        assert_eq!(local_path("https://evil.example/"), "/");
        assert_eq!(local_path("//evil.example"), "/");
        assert_eq!(local_path("/\\evil.example"), "/");
        assert_eq!(local_path("/a\r\nSet-Cookie: x"), "/");
        assert_eq!(local_path(""), "/");
    }
}
