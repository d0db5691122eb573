//! The state every request shares (server only).

use crate::content::ContentStore;
use crate::db::Db;
use axum::extract::FromRef;
use leptos::prelude::*;
use std::sync::Arc;

/// What the server knows about the site it serves, fixed at start.
#[derive(Clone, Debug, Default)]
pub struct Site {
    /// Whether the WebAssembly bundle was built; without it pages ship no script at all.
    pub has_wasm_bundle: bool,
    /// Whether cookies are marked `Secure` (the site is served over TLS).
    pub secure_cookies: bool,
    /// Whether the client's address is the last `X-Forwarded-For` entry (behind a load balancer).
    pub trust_forwarded_for: bool,
    /// Minutes without a request after which a session ends.
    pub session_idle_minutes: i64,
}

/// Shared by every request: handed to axum handlers and, through context, to
/// components and server functions.
#[derive(Clone, Debug, FromRef)]
pub struct AppState {
    /// Leptos' own settings (site root, package directory).
    pub leptos_options: LeptosOptions,
    /// The database: SQLite or PostgreSQL.
    pub db: Db,
    /// Facts about the deployment.
    pub site: Arc<Site>,
    /// The course material, validated; swapped whole on a valid reload.
    pub content: Arc<ContentStore>,
    /// The news of live sessions, for the devices that follow them.
    pub live: crate::live::Hub,
    /// LTI: calls to platforms, their frame origins, the score sender's nudge.
    pub lti: crate::lti::Lti,
}

impl AppState {
    /// The state of the request being rendered, if any.
    pub fn current() -> Option<AppState> {
        use_context::<AppState>()
    }
}

/// The Content-Security-Policy of every response: only same-origin resources,
/// and scripts only when they carry this response's nonce (a page without
/// one runs no script at all).
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let scripts = match nonce {
        Some(nonce) => format!("'nonce-{nonce}' 'strict-dynamic' 'wasm-unsafe-eval'"),
        None => "'none'".to_owned(),
    };
    format!(
        "default-src 'self'; script-src {scripts}; style-src 'self'; img-src 'self' data:; \
         font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}
