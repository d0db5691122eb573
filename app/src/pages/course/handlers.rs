//! The forms of the module player: plain POSTs that record progress in the
//! session and redirect to the page that shows the result (no JavaScript needed).

use super::access;
use crate::content::Module;
use crate::course::{paths, shuffle, Given, Learner, ModuleProgress, ScenarioProgress};
use crate::state::AppState;
use crate::web::viewer::Viewer;
use crate::web::{AppError, Endpoints, FormData};
use axum::extract::{Path, State};
use axum::response::Redirect;
use axum::Extension;
use tower_sessions::Session;

/// The forms of the module player.
pub fn endpoints() -> Endpoints {
    Endpoints::new()
        .post("/modules/{id}/lessons/{n}/done", lesson_done)
        .post("/modules/{id}/scenarios/{slug}/choose", choose)
        .post("/modules/{id}/scenarios/{slug}/restart", restart)
        .post("/modules/{id}/quiz/{n}/answer", answer)
        .post("/modules/{id}/permit", super::permit::issue)
}

/// Changes one module's progress and saves it; on failure the pupil gets
/// the error page (the cause logged) and can go back and try again.
async fn save(
    state: &AppState,
    session: Session,
    module_id: &str,
    change: impl FnOnce(&mut ModuleProgress),
) -> Result<(), AppError> {
    let learner = Learner::of(session, &state.db).await;
    learner
        .update(module_id, change)
        .await
        .map_err(|error| AppError::internal("saving a pupil's progress", error))
}

async fn lesson_done(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    session: Session,
    Path((id, n)): Path<(String, usize)>,
) -> Result<Redirect, AppError> {
    let content = state.content.get();
    let Some(module) = content.module(&id).filter(|m| (1..=m.lessons.len()).contains(&n)) else {
        return Ok(Redirect::to("/modules"));
    };
    if let Some(back) = access::refuse(&viewer, module) {
        return Ok(Redirect::to(&back));
    }
    save(&state, session, &id, |m| {
        m.lessons.insert(n - 1);
    })
    .await?;
    Ok(Redirect::to(&paths::after(module, &paths::lesson(&id, n))))
}

async fn choose(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    session: Session,
    Path((id, slug)): Path<(String, String)>,
    form: FormData,
) -> Result<Redirect, AppError> {
    let content = state.content.get();
    let Some(module) = content
        .module(&id)
        .filter(|m| m.scenarios.iter().any(|s| s.slug == slug))
    else {
        return Ok(Redirect::to("/modules"));
    };
    if let Some(back) = access::refuse(&viewer, module) {
        return Ok(Redirect::to(&back));
    }
    let here = paths::scenario(&id, &slug);
    let (Some(&[step]), Some(&[choice])) =
        (form.numbers("step").as_deref(), form.numbers("choice").as_deref())
    else {
        return Ok(Redirect::to(&format!("{here}?error=choose")));
    };
    save(&state, session, &id, |m| {
        let scenario = m.scenarios.entry(slug.clone()).or_default();
        // A form from an older step (back button) is ignored rather than misread.
        if scenario.current == step && !scenario.finished {
            scenario.choose(module, &slug, choice);
        }
    })
    .await?;
    Ok(Redirect::to(&here))
}

async fn restart(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    session: Session,
    Path((id, slug)): Path<(String, String)>,
) -> Result<Redirect, AppError> {
    let content = state.content.get();
    let Some(module) = content.module(&id) else {
        return Ok(Redirect::to("/modules"));
    };
    if let Some(back) = access::refuse(&viewer, module) {
        return Ok(Redirect::to(&back));
    }
    save(&state, session, &id, |m| {
        m.scenarios.insert(slug.clone(), ScenarioProgress::default());
    })
    .await?;
    Ok(Redirect::to(&paths::scenario(&id, &slug)))
}

async fn answer(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    session: Session,
    Path((id, n)): Path<(String, usize)>,
    form: FormData,
) -> Redirect {
    let content = state.content.get();
    let found = content
        .module(&id)
        .and_then(|m| Some((m, m.quiz.as_ref()?.questions.get(n.checked_sub(1)?)?)));
    let Some((module, question)) = found else {
        return Redirect::to("/modules");
    };
    if let Some(back) = access::refuse(&viewer, module) {
        return Redirect::to(&back);
    }
    let here = paths::question(&id, n);
    let learner = Learner::of(session.clone(), &state.db).await;
    // The form sends the ids of this learner's options, never positions.
    let key = learner.shuffle_key(false).await.unwrap_or_default();
    let chosen = shuffle::authored(&key, question, &form.all("option")).unwrap_or_default();
    // Graded once, here: the grade is stored with the answer and stands.
    let Some(graded) = question.grade(&chosen, crate::i18n::Lang::Fr) else {
        return Redirect::to(&format!("{here}?error=choose"));
    };
    let given = Given {
        options: chosen,
        correct: graded.correct,
    };
    let version = content.version_of(&id);
    if let Err(error) = learner.answer(&id, &question.id, given, version).await {
        AppError::internal("saving an answer", error).log(None);
        return Redirect::to(&format!("{here}?error=save"));
    }
    send_score_if_finished(&state, &viewer, &session, &learner, module).await;
    Redirect::to(&here)
}

/// A pupil who came from a learning platform and just finished the quiz:
/// their score is queued for the platform's gradebook (see `crate::lti::grades`).
async fn send_score_if_finished(
    state: &AppState,
    viewer: &Viewer,
    session: &Session,
    learner: &Learner,
    module: &Module,
) {
    let Some((pupil, class)) = &viewer.pupil else {
        return;
    };
    if !crate::lti::grades::is_graded(session, &module.id).await {
        return;
    }
    let queued = match learner.load().await {
        Ok(progress) => {
            let done = progress.modules.get(&module.id).cloned().unwrap_or_default();
            let who = (class.id.as_str(), pupil.id.as_str());
            crate::lti::grades::after_answer(&state.db, &state.lti, session, who, module, &done).await
        }
        Err(error) => {
            AppError::internal("reading progress for the platform's gradebook", error).log(None);
            return;
        }
    };
    if let Err(error) = queued {
        AppError::internal("queueing a score for the platform's gradebook", error).log(None);
    }
}
