//! The teacher's side: accounts, classes, login cards, assignments with the
//! safeguarding checklist, the results dashboard, facilitator guides, export
//! and deletion. Every page and form checks who is asking: a teacher reaches
//! only their own classes (others get "not found"), anyone else is sent to
//! the login page.
//!
//! - `account.rs`: sign up, log in, log out, password, account deletion
//! - `classes.rs`: the forms that change a class, its pupils and assignments
//! - `pages.rs`: the pages (account, classes, a class, cards, checklist, letter, guide)
//! - `results.rs`: the dashboard's figures, its SVG charts and the CSV export

pub mod account;
mod class_page;
mod classes;
mod pages;
pub mod passwords;
mod results;
mod safeguarding;

pub use class_page::{ClassPage, JoinScreenPage, ResetCardPage};
pub use pages::*;
pub use results::ResultsPage;
pub use safeguarding::{ChecklistPage, DisclosurePage, LetterPage};

use crate::classes::Class;
use crate::db::Db;
use crate::session::{SessionUser, TypedSession};
use crate::state::AppState;
use crate::web::use_viewer;
use axum::handler::Handler;
use axum::routing::{get, post};
use axum::Router;
use leptos::either::Either;
use leptos::prelude::*;
use std::future::Future;
use tower_sessions::Session;

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

/// Every form and download of the teacher's side.
pub fn endpoints() -> Endpoints {
    classes::endpoints(account::endpoints(Endpoints::new()))
}

/// The signed-in teacher of a form's session.
pub async fn require_teacher(session: &Session) -> Option<String> {
    match TypedSession::new(session.clone()).user().await {
        Ok(Some(SessionUser::Teacher { id })) => Some(id),
        _ => None,
    }
}

/// Renders `page` with the signed-in teacher's id once its data is loaded;
/// anyone else is redirected to the login page.
fn teacher_page<Fut, V>(page: impl FnOnce(String, Db) -> Fut) -> impl IntoView
where
    Fut: Future<Output = V> + Send + 'static,
    V: IntoView + 'static,
{
    let teacher = use_viewer().teacher_id().map(str::to_owned);
    match (teacher, AppState::current()) {
        (Some(teacher), Some(state)) => {
            let page = page(teacher, state.db);
            Either::Left(view! { <Suspense fallback=|| ()>{Suspend::new(page)}</Suspense> })
        }
        _ => {
            redirect("/teachers/login");
            Either::Right(())
        }
    }
}

/// Like [`teacher_page`], for a page about one class (the `:class` parameter):
/// a class that is not the teacher's is "not found".
fn class_page<Fut, V>(page: impl FnOnce(Db, Class) -> Fut + Send + 'static) -> impl IntoView
where
    Fut: Future<Output = V> + Send + 'static,
    V: IntoView + 'static,
{
    let class_id = super::use_param("class");
    teacher_page(move |teacher, db| async move {
        match crate::classes::class_of(&db, &teacher, &class_id).await {
            Ok(Some(class)) => Either::Left(page(db, class).await),
            _ => Either::Right(view! { <super::NotFound/> }),
        }
    })
}

/// Answers the page with a redirect to `path` (whatever the request accepts).
fn redirect(path: &'static str) {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::SEE_OTHER);
        response.insert_header(http::header::LOCATION, http::HeaderValue::from_static(path));
    }
}

/// `YYYY-MM-DD` as people read it: `04/07/2027`.
pub fn display_date(iso: &str) -> String {
    let mut parts = iso.splitn(3, '-');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(y), Some(m), Some(d)) => format!("{d}/{m}/{y}"),
        _ => iso.to_owned(),
    }
}
