//! Pages inside a learning platform's frame. Lanterne's pages refuse every
//! frame (`frame-ancestors 'none'`, `X-Frame-Options: DENY`), except for a
//! browser a registered platform launched: its pages may then be framed by
//! that platform's origins only, and its session cookie is sent in the
//! platform's (third-party) frame: `SameSite=None; Secure; Partitioned`, a
//! cookie kept apart for that platform's pages (CHIPS), which browsers that
//! block other third-party cookies still accept. Everyone else's cookie
//! stays `SameSite=Lax`.

use crate::sessions::COOKIE_NAME;
use app::pages::lti::{FramedBy, FRAME_COOKIE};
use app::state::AppState;
use app::web::cookie;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::header::{self, HeaderValue};

pub async fn allow_platform_frames(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let asked = cookie(request.headers(), FRAME_COOKIE).map(str::to_owned);
    let mut response = next.run(request).await;
    let launched = response.extensions().get::<FramedBy>().map(|f| f.0.clone());
    let Some(platform) = launched.or(asked) else {
        return response;
    };
    let origins = state.lti.frames.of(&state.db, &platform).await;
    if origins.is_empty() {
        return response;
    }
    let headers = response.headers_mut();
    headers.remove(header::X_FRAME_OPTIONS);
    if let Some(policy) = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
    {
        let framed = policy.replace(
            "frame-ancestors 'none'",
            &format!("frame-ancestors {}", origins.join(" ")),
        );
        if let Ok(value) = HeaderValue::from_str(&framed) {
            headers.insert(header::CONTENT_SECURITY_POLICY, value);
        }
    }
    cross_site_session_cookie(headers);
    response
}

/// Rewrites the session cookie being set so the platform's frame sends it.
fn cross_site_session_cookie(headers: &mut http::HeaderMap) {
    let cookies: Vec<HeaderValue> = headers.get_all(header::SET_COOKIE).iter().cloned().collect();
    headers.remove(header::SET_COOKIE);
    for value in cookies {
        let text = value.to_str().unwrap_or_default();
        let rewritten = if text.starts_with(&format!("{COOKIE_NAME}=")) {
            let kept: Vec<&str> = text
                .split(';')
                .map(str::trim)
                .filter(|part| {
                    let lower = part.to_ascii_lowercase();
                    !lower.starts_with("samesite") && lower != "secure" && lower != "partitioned"
                })
                .collect();
            HeaderValue::from_str(&format!(
                "{}; SameSite=None; Secure; Partitioned",
                kept.join("; ")
            ))
            .unwrap_or(value)
        } else {
            value
        };
        headers.append(header::SET_COOKIE, rewritten);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_session_cookie_becomes_cross_site() {
        let mut headers = http::HeaderMap::new();
        headers.append(
            header::SET_COOKIE,
            HeaderValue::from_static("lanterne_session=abc; HttpOnly; SameSite=Lax; Path=/"),
        );
        headers.append(
            header::SET_COOKIE,
            HeaderValue::from_static("lanterne_exit=1; Path=/; SameSite=Lax"),
        );
        cross_site_session_cookie(&mut headers);
        let all: Vec<&str> = headers
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap())
            .collect();
        assert_eq!(
            all[0],
            "lanterne_session=abc; HttpOnly; Path=/; SameSite=None; Secure; Partitioned"
        );
        assert_eq!(all[1], "lanterne_exit=1; Path=/; SameSite=Lax");
    }
}
