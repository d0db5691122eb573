//! Building the application: database, state, router, listener. Tests build
//! the real application on port 0 with a database of their own.

use crate::config::Settings;
use crate::failure::StartupError;
use crate::http::{errors, framing, language, origin, security, trace};
use crate::sessions;
use app::content::ContentStore;
use app::db::Db;
use app::state::{AppState, Site};
use app::{shell, App};
use axum::routing::{get, post};
use axum::{middleware, Router};
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

/// A ready-to-run Lanterne: migrated database, bound socket, built router.
pub struct Application {
    listener: TcpListener,
    router: Router,
    db: Db,
}

impl Application {
    pub async fn build(settings: Settings) -> Result<Self, StartupError> {
        let content = crate::content::open(&settings.content_dir()).map_err(StartupError::content)?;
        let db = crate::db::connect(&settings.database.database_url)
            .await
            .map_err(StartupError::database)?;
        let listener = TcpListener::bind(settings.addr)
            .await
            .map_err(|error| StartupError::address(settings.addr, &error))?;
        sessions::DbStore::new(db.clone()).spawn_cleanup(Duration::from_secs(600));
        crate::housekeeping::spawn(db.clone(), Duration::from_secs(3600));
        if settings.watch_content {
            crate::content::watch(content.clone(), Duration::from_secs(1));
        }
        let router = router(&settings, db.clone(), content);
        Ok(Self { listener, router, db })
    }

    /// The address actually bound (useful with port 0).
    pub fn address(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .unwrap_or_else(|_| SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Serves until `shutdown` completes, then finishes the requests in flight.
    pub async fn run_until_stopped(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let service = self.router.into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(self.listener, service)
            .with_graceful_shutdown(shutdown)
            .await?;
        self.db.pool.close().await;
        Ok(())
    }
}

/// The whole site: pages, forms, static files, and the layers around them.
pub fn router(settings: &Settings, db: Db, content: Arc<ContentStore>) -> Router {
    let pkg_dir = settings.root.join("target/site/pkg");
    let leptos_options = LeptosOptions::builder()
        .output_name("lanterne")
        .site_root(settings.root.join("target/site").to_string_lossy().into_owned())
        .site_pkg_dir("pkg")
        .build();
    let state = AppState {
        leptos_options,
        db: db.clone(),
        site: Arc::new(Site {
            has_wasm_bundle: pkg_dir.join("lanterne_bg.wasm").is_file(),
            secure_cookies: settings.secure_cookies,
            trust_forwarded_for: settings.trust_forwarded_for,
            session_idle_minutes: settings.session_idle_minutes,
        }),
        content,
        live: app::live::Hub::default(),
        lti: app::lti::Lti::default(),
    };
    state.live.listen(&settings.database.database_url);
    app::lti::grades::spawn_sender(db.clone(), state.lti.clone());
    let routes = generate_route_list(App);
    let pages_context = {
        let state = state.clone();
        move || provide_context(state.clone())
    };
    let options = state.leptos_options.clone();
    let render_shell = move || shell(options.clone());
    let not_found =
        leptos_axum::render_app_to_stream_with_context(pages_context.clone(), render_shell.clone());
    let pages = Router::new()
        .leptos_routes_with_context(&state, routes, pages_context, render_shell)
        .route("/lang", post(language::choose))
        .route("/exit", get(app::web::quick_exit::leave))
        .route("/exit/return", get(app::web::quick_exit::come_back))
        .merge(app::pages::course::endpoints().router())
        .merge(app::pages::teachers::endpoints().router())
        .merge(app::pages::join::endpoints().router())
        .merge(app::pages::checkin::endpoints().router())
        .merge(app::pages::live::endpoints().router())
        .merge(app::pages::lti::endpoints().router())
        .merge(app::pages::parents::endpoints().router())
        .merge(static_files(&settings.root, &pkg_dir))
        .fallback(not_found)
        .with_state(state.clone());
    layers(pages, settings, db, state)
}

/// The layers around every request, innermost first.
fn layers(router: Router, settings: &Settings, db: Db, state: AppState) -> Router {
    router
        .layer(middleware::from_fn(errors::catch_panics))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            app::web::viewer::load,
        ))
        .layer(middleware::from_fn(errors::error_pages))
        .layer(middleware::from_fn(origin::same_origin_only))
        .layer(sessions::layer(
            db,
            settings.secure_cookies,
            settings.session_idle_minutes,
        ))
        .layer(middleware::from_fn(app::web::quick_exit::neutral_after_exit))
        .layer(middleware::from_fn(language::negotiate_language))
        .layer(middleware::from_fn(security::headers))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            framing::allow_platform_frames,
        ))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http().make_span_with(trace::request_span))
        .layer(middleware::from_fn(trace::assign_id))
}

/// CSS, images and the WebAssembly bundle, served from the repository.
fn static_files(root: &Path, pkg_dir: &Path) -> Router<AppState> {
    let cache = SetResponseHeaderLayer::overriding(
        http::header::CACHE_CONTROL,
        http::HeaderValue::from_static("public, max-age=3600"),
    );
    Router::new()
        .nest_service("/style", ServeDir::new(root.join("style")))
        .nest_service("/pkg", ServeDir::new(pkg_dir))
        .route_service("/favicon.svg", ServeFile::new(root.join("public/favicon.svg")))
        .layer(cache)
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down: finishing the requests in flight");
}
