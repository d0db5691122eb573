//! The forms that change a class: create, rename, archive, delete, open or
//! close the session, add pupils, relabel them, reset a code, assign and
//! withdraw modules (through the safeguarding checklist when sensitive).
//! Each checks the teacher in its query; another teacher's class is "not found".

use super::cards::{forget_fresh_cards, keep_fresh_cards, FreshCard};
use crate::classes::{self, Class, ClassChange, NewClass, MAX_CLASS_NAME, MAX_LABEL, MAX_PUPILS};
use crate::content::{Country, Module, ModuleKind, Tier};
use crate::dates::{days_from_iso, today};
use crate::state::AppState;
use crate::web::form::clean_text;
use crate::web::{flash, AppError, Endpoints, FormData, Teacher};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
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
}

fn class_path(class_id: &str) -> String {
    format!("/teachers/classes/{class_id}")
}

fn to(path: &str) -> Response {
    Redirect::to(path).into_response()
}

async fn not_found(session: &Session) -> Response {
    flash::error(
        session,
        "teacher-error-class-not-found",
        &FormData::default(),
        &[],
    )
    .await;
    to("/teachers/classes")
}

/// A failure on our side: logged, and the page the teacher was on says "try again".
async fn failed(session: &Session, error: impl Into<AppError>, back: &str) -> Response {
    error.into().log(None);
    flash::error(session, "error-try-again", &FormData::default(), &[]).await;
    to(back)
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
            to(then)
        }
        Ok(false) => not_found(session).await,
        Err(error) => failed(session, error, &class_path(class_id)).await,
    }
}

/// The teacher's class `class_id`, or the answer already given: "not found"
/// or "try again".
pub(super) async fn own_class(
    state: &AppState,
    session: &Session,
    teacher: &str,
    class_id: &str,
) -> Result<Class, Response> {
    match classes::class_of(&state.db, teacher, class_id).await {
        Ok(Some(class)) => Ok(class),
        Ok(None) => Err(not_found(session).await),
        Err(error) => Err(failed(session, error, "/teachers/classes").await),
    }
}

/// A school-year end: a real date, not past, at most two years ahead.
fn valid_year_end(date: &str) -> bool {
    days_from_iso(date).is_some_and(|day| day >= today() && day <= today() + 731)
}

/// The class the form describes, or the message that says what to correct.
fn new_class(form: &FormData) -> Result<NewClass<'_>, &'static str> {
    clean_text(form.text("name"), MAX_CLASS_NAME).ok_or("teacher-error-class-name")?;
    let tier = Tier::from_code(form.text("tier")).ok_or("teacher-error-tier")?;
    let country = Country::from_code(form.text("country")).ok_or("teacher-error-country")?;
    if !valid_year_end(form.text("year_end")) {
        return Err("teacher-error-year-end");
    }
    Ok(NewClass {
        name: form.text("name"),
        tier,
        country,
        year_end: form.text("year_end"),
    })
}

async fn create(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    form: FormData,
) -> Response {
    let new = match new_class(&form) {
        Ok(new) => new,
        Err(problem) => {
            flash::error(&session, problem, &form, &["name", "tier", "country", "year_end"]).await;
            return to("/teachers/classes");
        }
    };
    match classes::create_class(&state.db, &teacher, new).await {
        Ok(class) => {
            flash::notice(&session, "teacher-notice-class-created").await;
            to(&class_path(&class.id))
        }
        Err(error) => failed(&session, error, "/teachers/classes").await,
    }
}

async fn change(
    state: &AppState,
    teacher: &str,
    session: &Session,
    class_id: &str,
    change: ClassChange<'_>,
    notice: &str,
) -> Response {
    let done = classes::update_class(&state.db, teacher, class_id, change).await;
    outcome(session, done, notice, class_id, &class_path(class_id)).await
}

async fn rename(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    Path(class_id): Path<String>,
    form: FormData,
) -> Response {
    let Some(name) = clean_text(form.text("name"), MAX_CLASS_NAME) else {
        flash::error(&session, "teacher-error-class-name", &form, &["name"]).await;
        return to(&class_path(&class_id));
    };
    change(
        &state,
        &teacher,
        &session,
        &class_id,
        ClassChange::Name(&name),
        "teacher-notice-saved",
    )
    .await
}

async fn archive(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    Path(class_id): Path<String>,
    form: FormData,
) -> Response {
    let on = form.text("archived") == "1";
    change(
        &state,
        &teacher,
        &session,
        &class_id,
        ClassChange::Archived(on),
        "teacher-notice-saved",
    )
    .await
}

async fn open_or_close(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    Path(class_id): Path<String>,
    form: FormData,
) -> Response {
    let open = form.text("open") == "1";
    let notice = if open {
        "teacher-notice-session-open"
    } else {
        "teacher-notice-session-closed"
    };
    change(
        &state,
        &teacher,
        &session,
        &class_id,
        ClassChange::Open(open),
        notice,
    )
    .await
}

async fn delete(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    Path(class_id): Path<String>,
    form: FormData,
) -> Response {
    if !form.checked("confirm") {
        if let Err(answer) = own_class(&state, &session, &teacher, &class_id).await {
            return answer;
        }
        flash::error(&session, "teacher-error-delete-confirm", &form, &[]).await;
        return to(&class_path(&class_id));
    }
    // Codes waiting to be printed for this class go before the class does.
    forget_fresh_cards(&session, &class_id).await;
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

/// How many pupils the form asks to add, if the class has room for them.
async fn pupils_to_add(state: &AppState, class: &Class, form: &FormData) -> Result<Option<i64>, sqlx::Error> {
    let existing = classes::pupils_of(&state.db, &class.id).await?.len() as i64;
    Ok(form
        .text("count")
        .parse::<i64>()
        .ok()
        .filter(|n| (1..=MAX_PUPILS - existing).contains(n)))
}

async fn add_pupils(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    Path(class_id): Path<String>,
    form: FormData,
) -> Response {
    let class = match own_class(&state, &session, &teacher, &class_id).await {
        Ok(class) => class,
        Err(answer) => return answer,
    };
    let count = match pupils_to_add(&state, &class, &form).await {
        Ok(Some(count)) => count,
        Ok(None) => {
            flash::error(&session, "teacher-error-pupil-count", &form, &["count"]).await;
            return to(&class_path(&class.id));
        }
        Err(error) => return failed(&session, error, &class_path(&class.id)).await,
    };
    match classes::add_pupils(&state.db, &class, count).await {
        Ok(added) => {
            let cards = added
                .into_iter()
                .map(|(pupil, code)| FreshCard {
                    class_id: class.id.clone(),
                    number: pupil.number,
                    code,
                })
                .collect();
            keep_fresh_cards(&session, cards).await;
            to(&format!("{}/cards", class_path(&class.id)))
        }
        Err(error) => failed(&session, error, &class_path(&class.id)).await,
    }
}

async fn relabel(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    Path((class_id, pupil_id)): Path<(String, String)>,
    form: FormData,
) -> Response {
    let typed = form.text("label");
    let label = match clean_text(typed, MAX_LABEL) {
        _ if typed.is_empty() => None,
        Some(label) => Some(label),
        None => {
            flash::error(&session, "teacher-error-label", &form, &[]).await;
            return to(&class_path(&class_id));
        }
    };
    let done = classes::relabel(&state.db, &teacher, &class_id, &pupil_id, label.as_deref()).await;
    let then = format!("{}#pupils", class_path(&class_id));
    outcome(&session, done, "teacher-notice-saved", &class_id, &then).await
}

async fn reset_code(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    Path((class_id, pupil_id)): Path<(String, String)>,
) -> Response {
    match classes::reset_code(&state.db, &teacher, &class_id, &pupil_id).await {
        Ok(Some((code, number))) => {
            // Only the new card is shown: the rest of the batch was printed already.
            forget_fresh_cards(&session, &class_id).await;
            let card = FreshCard {
                class_id: class_id.clone(),
                number,
                code,
            };
            keep_fresh_cards(&session, vec![card]).await;
            to(&format!("{}/cards", class_path(&class_id)))
        }
        Ok(None) => not_found(&session).await,
        Err(error) => failed(&session, error, &class_path(&class_id)).await,
    }
}

async fn forget_cards(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    Path(class_id): Path<String>,
) -> Response {
    if let Err(answer) = own_class(&state, &session, &teacher, &class_id).await {
        return answer;
    }
    forget_fresh_cards(&session, &class_id).await;
    flash::notice(&session, "teacher-notice-cards-forgotten").await;
    to(&class_path(&class_id))
}

/// The module the form assigns and its due date, if both can be: a module of
/// the class's own tier (its pupils could not open another's), a due date
/// not past.
fn assignment<'a>(class: &Class, module: Option<&'a Module>, due: &str) -> Result<&'a Module, &'static str> {
    let module = module
        .filter(|m| m.meta.tier == class.tier)
        .ok_or("teacher-error-module")?;
    if !due.is_empty() && days_from_iso(due).is_none_or(|day| day < today()) {
        return Err("teacher-error-due");
    }
    Ok(module)
}

/// The checklist is done once per class and kind of module: once for the
/// sensitive modules of its tier, once for its final test.
fn checklist_key(module: &Module) -> String {
    match module.meta.kind {
        ModuleKind::FinalTest => "kind:final-test".to_owned(),
        _ => "kind:module".to_owned(),
    }
}

/// For a sensitive module, whether the safeguarding checklist is done for
/// this class (or is being done by this form, which is then recorded);
/// otherwise the page to go to.
async fn checklist_done(
    state: &AppState,
    session: &Session,
    class: &Class,
    module: &Module,
    form: &FormData,
) -> Result<(), Response> {
    let key = checklist_key(module);
    let confirmed = classes::safeguarding_confirmed(&state.db, &class.id, &key).await;
    let checklist = format!(
        "{}/assign/{}?due={}",
        class_path(&class.id),
        module.id,
        form.text("due")
    );
    match confirmed {
        Ok(true) => return Ok(()),
        Ok(false) => {}
        Err(error) => return Err(failed(session, error, &class_path(&class.id)).await),
    }
    if !["lead", "rules", "letter"].iter().all(|item| form.checked(item)) {
        if form.text("checklist") == "1" {
            flash::error(session, "teacher-error-checklist", form, &[]).await;
        }
        return Err(to(&checklist));
    }
    match classes::confirm_safeguarding(&state.db, &class.id, &key).await {
        Ok(_) => Ok(()),
        Err(error) => Err(failed(session, error, &checklist).await),
    }
}

async fn assign(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    Path(class_id): Path<String>,
    form: FormData,
) -> Response {
    let class = match own_class(&state, &session, &teacher, &class_id).await {
        Ok(class) => class,
        Err(answer) => return answer,
    };
    let here = format!("{}#assignments", class_path(&class.id));
    let content = state.content.get();
    let due = form.text("due");
    let module = match assignment(&class, content.module(form.text("module")), due) {
        Ok(module) => module,
        Err(problem) => {
            flash::error(&session, problem, &form, &["module", "due"]).await;
            return to(&here);
        }
    };
    if module.meta.sensitive {
        if let Err(answer) = checklist_done(&state, &session, &class, module, &form).await {
            return answer;
        }
    }
    let due = (!due.is_empty()).then_some(due);
    match classes::assign(&state.db, &teacher, &class.id, &module.id, due).await {
        Ok(_) => {
            flash::notice(&session, "teacher-notice-assigned").await;
            to(&here)
        }
        Err(error) => failed(&session, error, &class_path(&class.id)).await,
    }
}

async fn unassign(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    Path((class_id, module_id)): Path<(String, String)>,
) -> Response {
    let done = classes::unassign(&state.db, &teacher, &class_id, &module_id).await;
    let then = format!("{}#assignments", class_path(&class_id));
    outcome(&session, done, "teacher-notice-unassigned", &class_id, &then).await
}
