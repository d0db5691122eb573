//! Forms only count when they come from Lanterne's own pages: a POST sent by
//! another site (cross-site request forgery) is refused.

use super::errors::message_page;
use app::i18n::Lang;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::{header, HeaderMap, Method, StatusCode};

pub async fn same_origin_only(request: Request, next: Next) -> Response {
    let safe = matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    // A platform's launch comes from the platform's page; its signed token is its proof.
    let platform_entry = app::pages::lti::CROSS_SITE_ENTRIES.contains(&request.uri().path());
    if safe || platform_entry || is_same_origin(request.headers()) {
        return next.run(request).await;
    }
    let lang = request.extensions().get::<Lang>().copied().unwrap_or_default();
    tracing::warn!("refused a cross-site form submission");
    (
        StatusCode::FORBIDDEN,
        message_page(lang, "forbidden-title", "forbidden-text"),
    )
        .into_response()
}

/// Modern browsers say where a request comes from in `Sec-Fetch-Site`. Others
/// send `Origin`, which is `null` when the page's Referrer-Policy is
/// `no-referrer` (ours is), so `null` alone proves nothing and is refused. A
/// request with neither (a script, curl) cannot carry a victim's cookies
/// across sites, so it passes.
fn is_same_origin(headers: &HeaderMap) -> bool {
    let value = |name: header::HeaderName| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = value(header::HeaderName::from_static("sec-fetch-site")) {
        return matches!(site, "same-origin" | "none");
    }
    match value(header::ORIGIN) {
        Some(origin) => {
            let host = value(header::HOST).unwrap_or_default();
            let origin_host = origin.split_once("://").map(|(_, rest)| rest).unwrap_or("");
            !host.is_empty() && origin_host.eq_ignore_ascii_case(host)
        }
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn a_form_from_our_own_pages_passes() {
        assert!(is_same_origin(&headers(&[
            ("host", "localhost:3000"),
            ("origin", "http://localhost:3000")
        ])));
        assert!(is_same_origin(&headers(&[("sec-fetch-site", "same-origin")])));
        assert!(is_same_origin(&headers(&[
            ("origin", "null"),
            ("sec-fetch-site", "same-origin")
        ])));
        assert!(is_same_origin(&headers(&[])));
    }

    #[test]
    fn a_form_from_another_site_is_refused() {
        assert!(!is_same_origin(&headers(&[
            ("host", "localhost:3000"),
            ("origin", "https://evil.example")
        ])));
        assert!(!is_same_origin(&headers(&[
            ("host", "localhost:3000"),
            ("origin", "null")
        ])));
        assert!(!is_same_origin(&headers(&[("sec-fetch-site", "cross-site")])));
        assert!(!is_same_origin(&headers(&[
            ("sec-fetch-site", "same-site"),
            ("origin", "http://localhost:3000"),
            ("host", "localhost:3000")
        ])));
    }
}
