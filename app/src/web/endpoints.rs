//! The forms and downloads of an area, routed and listed in one place.

use crate::state::AppState;
use axum::handler::Handler;
use axum::routing::{get, post};
use axum::Router;

/// The forms and downloads of an area, listed as they are routed, so a test
/// can check that every one of them refuses whoever may not use it.
pub struct Endpoints {
    router: Router<AppState>,
    list: Vec<(&'static str, &'static str)>,
}

impl Endpoints {
    pub fn new() -> Self {
        Endpoints {
            router: Router::new(),
            list: Vec::new(),
        }
    }

    pub fn post<H, T>(mut self, path: &'static str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.router = self.router.route(path, post(handler));
        self.list.push(("POST", path));
        self
    }

    pub fn get<H, T>(mut self, path: &'static str, handler: H) -> Self
    where
        H: Handler<T, AppState>,
        T: 'static,
    {
        self.router = self.router.route(path, get(handler));
        self.list.push(("GET", path));
        self
    }

    pub fn router(self) -> Router<AppState> {
        self.router
    }

    /// `(method, path)` of every endpoint, in axum's `{param}` syntax.
    pub fn list(&self) -> &[(&'static str, &'static str)] {
        &self.list
    }
}

impl Default for Endpoints {
    fn default() -> Self {
        Self::new()
    }
}
