//! The forms that change a class: create, rename, archive, delete, open or
//! close the session, add pupils, relabel them, reset a code, assign and
//! withdraw modules (through the safeguarding checklist when sensitive).
//! Each checks the teacher in its query; another teacher's class is "not found".

use super::{require_teacher, Endpoints};
use crate::classes::{self, ClassChange, NewClass, MAX_PUPILS};
use crate::content::{Country, Tier};
use crate::dates::{days_from_iso, today};
use crate::state::AppState;
use crate::web::form::clean_text;
use crate::web::{flash, FormData};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

pub(super) fn endpoints(endpoints: Endpoints) -> Endpoints {
    endpoints
        .post("/teachers/classes", create)
        .post("/teachers/classes/{class}/rename", rename)
        .post("/teachers/classes/{class}/archive", archive)
        .post("/teachers/classes/{class}/delete", delete)
        .post("/teachers/classes/{class}/session", open_or_close)
        .post("/teachers/classes/{class}/pupils", add_pupils)
        .post("/teachers/classes/{class}/pupils/{pupil}/label", relabel)
        .post("/teachers/classes/{class}/pupils/{pupil}/reset", reset_code)
        .post("/teachers/classes/{class}/cards/forget", forget_cards)
        .post("/teachers/classes/{class}/assignments", assign)
        .post("/teachers/classes/{class}/assignments/{module}/remove", unassign)
        .get("/teachers/classes/{class}/export.csv", super::results::export_csv)
}

/// Personal codes just generated, kept in the teacher's session until the
/// cards are printed (only their hash is stored with the pupil).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FreshCard {
    pub class_id: String,
    pub pupil_id: String,
    pub code: String,
}

pub const FRESH_CARDS: &str = "fresh_cards";

pub const MAX_CLASS_NAME: usize = 60;
pub const MAX_LABEL: usize = 40;

fn to_login() -> Response {
    Redirect::to("/teachers/login").into_response()
}

fn class_path(class_id: &str) -> String {
    format!("/teachers/classes/{class_id}")
}

async fn not_found(session: &Session) -> Response {
    flash::error(
        session,
        "teacher-error-class-not-found",
        &FormData::default(),
        &[],
    )
    .await;
    Redirect::to("/teachers/classes").into_response()
}

async fn failed(session: &Session, error: sqlx::Error, back: &str) -> Response {
    tracing::error!(%error, "a class change failed");
    flash::error(session, "error-try-again", &FormData::default(), &[]).await;
    Redirect::to(back).into_response()
}

/// The answer to a change of a class: on success a notice and `then`; a
/// class that is not the teacher's is "not found"; a failure keeps the page.
async fn outcome(
    session: &Session,
    done: Result<bool, sqlx::Error>,
    notice: &str,
    class_id: &str,
    then: &str,
) -> Response {
    match done {
        Ok(true) => {
            flash::notice(session, notice).await;
            Redirect::to(then).into_response()
        }
        Ok(false) => not_found(session).await,
        Err(error) => failed(session, error, &class_path(class_id)).await,
    }
}

/// A school-year end: a real date, not past, at most two years ahead.
fn valid_year_end(date: &str) -> bool {
    days_from_iso(date).is_some_and(|day| day >= today() && day <= today() + 731)
}

async fn create(State(state): State<AppState>, session: Session, body: String) -> Response {
    let Some(teacher) = require_teacher(&session).await else {
        return to_login();
    };
    let form = FormData::parse(&body);
    let keep = ["name", "tier", "country", "year_end"];
    let problem = if clean_text(form.text("name"), MAX_CLASS_NAME).is_none() {
        Some("teacher-error-class-name")
    } else if Tier::from_code(form.text("tier")).is_none() {
        Some("teacher-error-tier")
    } else if Country::from_code(form.text("country")).is_none() {
        Some("teacher-error-country")
    } else if !valid_year_end(form.text("year_end")) {
        Some("teacher-error-year-end")
    } else {
        None
    };
    if let Some(problem) = problem {
        flash::error(&session, problem, &form, &keep).await;
        return Redirect::to("/teachers/classes").into_response();
    }
    let new = NewClass {
        name: form.text("name"),
        tier: Tier::from_code(form.text("tier")).unwrap_or(Tier::Young),
        country: Country::from_code(form.text("country")).unwrap_or_default(),
        year_end: form.text("year_end"),
    };
    match classes::create_class(&state.db, &teacher, new).await {
        Ok(class) => {
            flash::notice(&session, "teacher-notice-class-created").await;
            Redirect::to(&class_path(&class.id)).into_response()
        }
        Err(error) => failed(&session, error, "/teachers/classes").await,
    }
}

async fn change(
    state: &AppState,
    session: &Session,
    class_id: &str,
    change: ClassChange<'_>,
    notice: &str,
) -> Response {
    let Some(teacher) = require_teacher(session).await else {
        return to_login();
    };
    let done = classes::update_class(&state.db, &teacher, class_id, change).await;
    outcome(session, done, notice, class_id, &class_path(class_id)).await
}

async fn rename(
    State(state): State<AppState>,
    session: Session,
    Path(class_id): Path<String>,
    body: String,
) -> Response {
    let form = FormData::parse(&body);
    let Some(name) = clean_text(form.text("name"), MAX_CLASS_NAME) else {
        if require_teacher(&session).await.is_none() {
            return to_login();
        }
        flash::error(&session, "teacher-error-class-name", &form, &["name"]).await;
        return Redirect::to(&class_path(&class_id)).into_response();
    };
    change(
        &state,
        &session,
        &class_id,
        ClassChange::Name(&name),
        "teacher-notice-saved",
    )
    .await
}

async fn archive(
    State(state): State<AppState>,
    session: Session,
    Path(class_id): Path<String>,
    body: String,
) -> Response {
    let on = FormData::parse(&body).text("archived") == "1";
    change(
        &state,
        &session,
        &class_id,
        ClassChange::Archived(on),
        "teacher-notice-saved",
    )
    .await
}

async fn open_or_close(
    State(state): State<AppState>,
    session: Session,
    Path(class_id): Path<String>,
    body: String,
) -> Response {
    let open = FormData::parse(&body).text("open") == "1";
    let notice = if open {
        "teacher-notice-session-open"
    } else {
        "teacher-notice-session-closed"
    };
    change(&state, &session, &class_id, ClassChange::Open(open), notice).await
}

async fn delete(
    State(state): State<AppState>,
    session: Session,
    Path(class_id): Path<String>,
    body: String,
) -> Response {
    let Some(teacher) = require_teacher(&session).await else {
        return to_login();
    };
    let form = FormData::parse(&body);
    if !form.checked("confirm") {
        if matches!(classes::class_of(&state.db, &teacher, &class_id).await, Ok(None)) {
            return not_found(&session).await;
        }
        flash::error(&session, "teacher-error-delete-confirm", &form, &[]).await;
        return Redirect::to(&class_path(&class_id)).into_response();
    }
    // Codes waiting to be printed for this class go before the class does.
    let mut fresh: Vec<FreshCard> = session.get(FRESH_CARDS).await.ok().flatten().unwrap_or_default();
    fresh.retain(|card| card.class_id != class_id);
    let _ = session.insert(FRESH_CARDS, fresh).await;
    let done = classes::delete_class(&state.db, &teacher, &class_id).await;
    outcome(
        &session,
        done,
        "teacher-notice-class-deleted",
        &class_id,
        "/teachers/classes",
    )
    .await
}

async fn keep_fresh_cards(session: &Session, cards: Vec<FreshCard>) {
    let mut all: Vec<FreshCard> = session.get(FRESH_CARDS).await.ok().flatten().unwrap_or_default();
    all.retain(|card| !cards.iter().any(|new| new.pupil_id == card.pupil_id));
    all.extend(cards);
    if let Err(error) = session.insert(FRESH_CARDS, all).await {
        tracing::error!(%error, "could not keep new login cards for printing");
    }
}

async fn add_pupils(
    State(state): State<AppState>,
    session: Session,
    Path(class_id): Path<String>,
    body: String,
) -> Response {
    let Some(teacher) = require_teacher(&session).await else {
        return to_login();
    };
    let form = FormData::parse(&body);
    let class = match classes::class_of(&state.db, &teacher, &class_id).await {
        Ok(Some(class)) => class,
        Ok(None) => return not_found(&session).await,
        Err(error) => return failed(&session, error, "/teachers/classes").await,
    };
    let existing = classes::pupils_of(&state.db, &class.id)
        .await
        .map(|p| p.len() as i64)
        .unwrap_or(0);
    let count = form
        .text("count")
        .parse::<i64>()
        .ok()
        .filter(|n| (1..=MAX_PUPILS - existing).contains(n));
    let Some(count) = count else {
        flash::error(&session, "teacher-error-pupil-count", &form, &["count"]).await;
        return Redirect::to(&class_path(&class.id)).into_response();
    };
    match classes::add_pupils(&state.db, &class, count).await {
        Ok(added) => {
            let cards = added
                .into_iter()
                .map(|(pupil, code)| FreshCard {
                    class_id: class.id.clone(),
                    pupil_id: pupil.id,
                    code,
                })
                .collect();
            keep_fresh_cards(&session, cards).await;
            Redirect::to(&format!("{}/cards", class_path(&class.id))).into_response()
        }
        Err(error) => failed(&session, error, &class_path(&class.id)).await,
    }
}

async fn relabel(
    State(state): State<AppState>,
    session: Session,
    Path((class_id, pupil_id)): Path<(String, String)>,
    body: String,
) -> Response {
    let Some(teacher) = require_teacher(&session).await else {
        return to_login();
    };
    let form = FormData::parse(&body);
    let typed = form.text("label");
    let label = if typed.is_empty() {
        None
    } else {
        match clean_text(typed, MAX_LABEL) {
            Some(label) => Some(label),
            None => {
                flash::error(&session, "teacher-error-label", &form, &[]).await;
                return Redirect::to(&class_path(&class_id)).into_response();
            }
        }
    };
    let done = classes::relabel(&state.db, &teacher, &class_id, &pupil_id, label.as_deref()).await;
    let then = format!("{}#pupils", class_path(&class_id));
    outcome(&session, done, "teacher-notice-saved", &class_id, &then).await
}

async fn reset_code(
    State(state): State<AppState>,
    session: Session,
    Path((class_id, pupil_id)): Path<(String, String)>,
) -> Response {
    let Some(teacher) = require_teacher(&session).await else {
        return to_login();
    };
    match classes::reset_code(&state.db, &teacher, &class_id, &pupil_id).await {
        Ok(Some(code)) => {
            // Only the new card is shown: the rest of the batch was printed already.
            let mut all: Vec<FreshCard> = session.get(FRESH_CARDS).await.ok().flatten().unwrap_or_default();
            all.retain(|card| card.class_id != class_id);
            let _ = session.insert(FRESH_CARDS, all).await;
            keep_fresh_cards(
                &session,
                vec![FreshCard {
                    class_id: class_id.clone(),
                    pupil_id,
                    code,
                }],
            )
            .await;
            Redirect::to(&format!("{}/cards", class_path(&class_id))).into_response()
        }
        Ok(None) => not_found(&session).await,
        Err(error) => failed(&session, error, &class_path(&class_id)).await,
    }
}

async fn forget_cards(
    State(state): State<AppState>,
    session: Session,
    Path(class_id): Path<String>,
) -> Response {
    let Some(teacher) = require_teacher(&session).await else {
        return to_login();
    };
    if !matches!(
        classes::class_of(&state.db, &teacher, &class_id).await,
        Ok(Some(_))
    ) {
        return not_found(&session).await;
    }
    let mut all: Vec<FreshCard> = session.get(FRESH_CARDS).await.ok().flatten().unwrap_or_default();
    all.retain(|card| card.class_id != class_id);
    let _ = session.insert(FRESH_CARDS, all).await;
    flash::notice(&session, "teacher-notice-cards-forgotten").await;
    Redirect::to(&class_path(&class_id)).into_response()
}

async fn assign(
    State(state): State<AppState>,
    session: Session,
    Path(class_id): Path<String>,
    body: String,
) -> Response {
    let Some(teacher) = require_teacher(&session).await else {
        return to_login();
    };
    let form = FormData::parse(&body);
    let db = &state.db;
    let class = match classes::class_of(db, &teacher, &class_id).await {
        Ok(Some(class)) => class,
        Ok(None) => return not_found(&session).await,
        Err(error) => return failed(&session, error, "/teachers/classes").await,
    };
    let here = class_path(&class.id);
    let content = state.content.get();
    // A class only follows its own tier: its pupils could not open another's modules.
    let module = content
        .module(form.text("module"))
        .filter(|m| m.meta.tier == class.tier);
    let Some(module) = module else {
        flash::error(&session, "teacher-error-module", &form, &["due"]).await;
        return Redirect::to(&format!("{here}#assignments")).into_response();
    };
    let due = form.text("due");
    if !due.is_empty() && days_from_iso(due).is_none_or(|day| day < today()) {
        flash::error(&session, "teacher-error-due", &form, &["module", "due"]).await;
        return Redirect::to(&format!("{here}#assignments")).into_response();
    }
    if module.meta.sensitive {
        let key = checklist_key(module);
        let confirmed = classes::safeguarding_confirmed(db, &class.id, &key)
            .await
            .unwrap_or(false);
        if !confirmed {
            let checklist = format!("{here}/assign/{}?due={due}", module.id);
            let ticked = ["lead", "rules", "letter"].iter().all(|item| form.checked(item));
            if !ticked {
                if form.text("checklist") == "1" {
                    flash::error(&session, "teacher-error-checklist", &form, &[]).await;
                }
                return Redirect::to(&checklist).into_response();
            }
            if let Err(error) = classes::confirm_safeguarding(db, &class.id, &key).await {
                return failed(&session, error, &checklist).await;
            }
        }
    }
    let due = (!due.is_empty()).then_some(due);
    match classes::assign(db, &teacher, &class.id, &module.id, due).await {
        Ok(_) => {
            flash::notice(&session, "teacher-notice-assigned").await;
            Redirect::to(&format!("{here}#assignments")).into_response()
        }
        Err(error) => failed(&session, error, &here).await,
    }
}

/// The checklist is done once per class and kind of module: once for the
/// sensitive modules of its tier, once for its final test.
fn checklist_key(module: &crate::content::Module) -> String {
    match module.meta.kind {
        crate::content::ModuleKind::FinalTest => "kind:final-test".to_owned(),
        _ => "kind:module".to_owned(),
    }
}

async fn unassign(
    State(state): State<AppState>,
    session: Session,
    Path((class_id, module_id)): Path<(String, String)>,
) -> Response {
    let Some(teacher) = require_teacher(&session).await else {
        return to_login();
    };
    let done = classes::unassign(&state.db, &teacher, &class_id, &module_id).await;
    let then = format!("{}#assignments", class_path(&class_id));
    outcome(&session, done, "teacher-notice-unassigned", &class_id, &then).await
}
