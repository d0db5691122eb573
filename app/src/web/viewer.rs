//! Who is asking, read once per request before the page renders (rendering
//! cannot wait for the session store): the signed-in teacher or pupil (with
//! their class), the message a form left, and for course pages the progress.

use super::error::AppError;
use super::flash::{self, Flash};
use crate::classes::{self, Class, Pupil};
use crate::course::{self, Learner, Progress};
use crate::session::{SessionUser, TypedSession};
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use tower_sessions::Session;

#[derive(Clone, Debug, Default)]
pub struct Viewer {
    pub user: Option<SessionUser>,
    /// A signed-in pupil and their class.
    pub pupil: Option<(Pupil, Class)>,
    /// The modules a signed-in pupil's teacher assigned, soonest due first.
    pub assignments: Vec<classes::Assignment>,
    /// What the last form said, shown once.
    pub flash: Option<Flash>,
    /// On the pupil's modules page: a check-in is open that they have not answered.
    pub checkin_waiting: bool,
    /// On a quiz question's page: whose order of options to show.
    pub shuffle_key: Option<String>,
}

impl Viewer {
    /// The signed-in teacher's id.
    pub fn teacher_id(&self) -> Option<&str> {
        match &self.user {
            Some(SessionUser::Teacher { id }) => Some(id),
            _ => None,
        }
    }
}

fn is_static(path: &str) -> bool {
    path.starts_with("/pkg/") || path.starts_with("/style/") || path == "/favicon.svg"
}

pub async fn load(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let session = request.extensions().get::<Session>().cloned();
    let (Some(session), false) = (session, is_static(&path)) else {
        // Handlers may always ask who is asking: here, nobody.
        request.extensions_mut().insert(Viewer::default());
        return next.run(request).await;
    };
    let typed = TypedSession::new(session.clone());
    let mut viewer = Viewer {
        user: typed.user().await.ok().flatten(),
        ..Viewer::default()
    };
    if let Err(error) = typed.keep_alive(state.site.session_idle_minutes).await {
        tracing::warn!(%error, "could not keep a session alive");
    }
    let reading = matches!(*request.method(), http::Method::GET | http::Method::HEAD);
    if reading {
        if let Ok(Some(message)) = session.get::<Flash>(flash::KEY).await {
            let _ = session.remove::<Flash>(flash::KEY).await;
            viewer.flash = Some(message);
        }
    }
    // Only pages read progress; a form's handler reads what it changes.
    let module = reading.then(|| module_of_path(&path)).flatten();
    if let Some(SessionUser::Pupil { id, .. }) = viewer.user.clone() {
        // Who is asking could not be read: the error page, not a pupil taken for nobody.
        let progress = match pupil_view(&state, &mut viewer, &id, module).await {
            Ok(progress) => progress,
            Err(error) => return error.into_response(),
        };
        if let Some(progress) = progress {
            request.extensions_mut().insert(progress);
        }
        if reading && path == "/modules" {
            viewer.checkin_waiting = checkin_waiting(&state, &viewer).await;
        }
    }
    let course_page = path.starts_with("/modules") || path.starts_with("/permits");
    if reading && course_page {
        let learner = Learner::of(session, &state.db).await;
        if request.extensions().get::<Progress>().is_none() {
            match learner.load().await {
                Ok(progress) => {
                    request.extensions_mut().insert(progress);
                }
                Err(error) => tracing::error!(%error, "could not read a learner's progress"),
            }
        }
        if path.contains("/quiz/") {
            viewer.shuffle_key = learner.shuffle_key(true).await;
        }
    }
    request.extensions_mut().insert(viewer);
    next.run(request).await
}

/// The module a page of `/modules/{id}/…` shows.
fn module_of_path(path: &str) -> Option<&str> {
    let id = path.strip_prefix("/modules/")?.split('/').next()?;
    (!id.is_empty()).then_some(id)
}

/// Fills in the signed-in pupil, their class and its assignments (in one
/// statement, with their progress in `module` when a module page asks):
/// that progress, if it was read.
async fn pupil_view(
    state: &AppState,
    viewer: &mut Viewer,
    id: &str,
    module: Option<&str>,
) -> Result<Option<Progress>, AppError> {
    Ok(match course::pupil_view(&state.db, id, module).await? {
        Some(view) => {
            viewer.pupil = Some((view.pupil, view.class));
            viewer.assignments = view.assignments;
            view.module.map(|(id, progress)| Progress {
                modules: [(id, progress)].into_iter().collect(),
            })
        }
        // The class was deleted: the pupil is nobody any more.
        None => {
            viewer.user = None;
            None
        }
    })
}

/// Whether the pupil's class has a check-in open that they did not answer
/// (a failure to read it only hides the invitation).
async fn checkin_waiting(state: &AppState, viewer: &Viewer) -> bool {
    let Some((pupil, class)) = &viewer.pupil else {
        return false;
    };
    let waiting = async {
        let Some(occasion) = crate::checkins::open_occasion(&state.db, &class.id).await? else {
            return Ok::<_, sqlx::Error>(false);
        };
        let respondent = crate::checkins::respondent(&class.id, &pupil.id);
        Ok(!crate::checkins::has_answered(&state.db, &occasion.id, &respondent).await?)
    };
    waiting.await.unwrap_or_else(|error| {
        tracing::error!(%error, "could not read a class's check-in");
        false
    })
}

/// Who is asking, for the page being rendered.
pub fn use_viewer() -> Viewer {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Viewer>().cloned())
        .unwrap_or_default()
}

/// The cookie that keeps the country a visitor chose on the parents' pages.
pub const COUNTRY_COOKIE: &str = "lanterne_country";

/// The country a visitor chose, read from the request's cookies.
pub fn chosen_country(headers: &http::HeaderMap) -> Option<crate::content::Country> {
    let code = super::text::cookie(headers, COUNTRY_COOKIE)?;
    crate::content::Country::ALL
        .into_iter()
        .find(|c| c.code() == code)
}

/// The country whose law and help apply: the pupil's class's, else the one
/// the visitor chose, else the one the reading language suggests.
pub fn learner_country(lang: crate::i18n::Lang) -> crate::content::Country {
    if let Some((_, class)) = use_viewer().pupil {
        return class.country;
    }
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| chosen_country(&parts.headers))
        .unwrap_or_else(|| crate::content::Country::for_language(lang))
}

/// The signed-in teacher's id, as a handler's argument: anyone else is sent
/// to the login page before the handler runs.
#[derive(Clone, Debug)]
pub struct Teacher(pub String);

impl<S: Send + Sync> FromRequestParts<S> for Teacher {
    type Rejection = Redirect;

    async fn from_request_parts(parts: &mut http::request::Parts, _: &S) -> Result<Self, Redirect> {
        parts
            .extensions
            .get::<Viewer>()
            .and_then(Viewer::teacher_id)
            .map(|id| Teacher(id.to_owned()))
            .ok_or_else(|| Redirect::to("/teachers/login"))
    }
}

/// The message for the page being rendered, if a form left one.
pub fn use_flash() -> Flash {
    use_viewer().flash.unwrap_or_default()
}
