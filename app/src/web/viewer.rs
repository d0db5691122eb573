//! Who is asking, read once per request before the page renders (rendering
//! cannot wait for the session store): the signed-in teacher or pupil (with
//! their class), the message a form left, and for course pages the progress.

use super::flash::{self, Flash};
use crate::classes::{self, Class, Pupil};
use crate::course::Learner;
use crate::session::{SessionUser, TypedSession};
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
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
    if let Some(SessionUser::Pupil { id, .. }) = &viewer.user {
        viewer.pupil = classes::pupil_with_class(&state.db, id).await.ok().flatten();
        match &viewer.pupil {
            Some((_, class)) => {
                viewer.assignments = classes::assignments(&state.db, &class.id)
                    .await
                    .unwrap_or_default();
            }
            // The class was deleted: the pupil is nobody any more.
            None => viewer.user = None,
        }
    }
    if request.method() == http::Method::GET {
        if let Ok(Some(message)) = session.get::<Flash>(flash::KEY).await {
            let _ = session.remove::<Flash>(flash::KEY).await;
            viewer.flash = Some(message);
        }
    }
    if path.starts_with("/modules") || path.starts_with("/permits") {
        let learner = Learner::of(session, &state.db).await;
        match learner.load().await {
            Ok(progress) => {
                request.extensions_mut().insert(progress);
            }
            Err(error) => tracing::error!(%error, "could not read a pupil's progress"),
        }
    }
    request.extensions_mut().insert(viewer);
    next.run(request).await
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
    let code = super::cookie(headers, COUNTRY_COOKIE)?;
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
