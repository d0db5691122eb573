//! Everything Lanterne holds about a teacher's account, as one JSON download.

use crate::classes::{self, Class};
use crate::db::Db;
use crate::i18n::{I18n, Lang};
use crate::state::AppState;
use crate::web::{AppError, Teacher};
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::Extension;
use serde_json::{json, Value};

/// `GET /teachers/account/export.json`: everything Lanterne holds about the
/// teacher's account: the account, each class, its pupils (handles), what
/// was assigned and every answer and progress of its pupils.
pub async fn export_account(
    State(state): State<AppState>,
    Teacher(id): Teacher,
    Extension(lang): Extension<Lang>,
) -> Result<Response, AppError> {
    let db = &state.db;
    let (email, created_at) = crate::accounts::account_of(db, &id).await?;
    let mut classes = vec![];
    for class in classes::classes_of(db, &id).await? {
        classes.push(class_json(db, class, I18n { lang }).await?);
    }
    let data = json!({"account": {"email": email, "created_at_unix": created_at}, "classes": classes});
    let body = serde_json::to_string_pretty(&data).map_err(|error| AppError::internal("json", error))?;
    let headers = [
        (http::header::CONTENT_TYPE, "application/json"),
        (
            http::header::CONTENT_DISPOSITION,
            "attachment; filename=\"lanterne-account.json\"",
        ),
        (http::header::CACHE_CONTROL, "no-store"),
    ];
    Ok((headers, body).into_response())
}

/// One class with its pupils (by number and handle), assignments, answers
/// and progress.
async fn class_json(db: &Db, class: Class, i18n: I18n) -> Result<Value, AppError> {
    let pupils = classes::pupils_of(db, &class.id).await?;
    let number = |pupil_id: &str| pupils.iter().find(|p| p.id == pupil_id).map(|p| p.number);
    let answers: Vec<_> = crate::course::answers_of_class(db, &class.id)
        .await?
        .into_iter()
        .map(|a| {
            json!({"pupil": number(&a.pupil_id), "module": a.module_id, "question": a.question_id,
            "attempt": a.attempt, "options": a.options, "correct": a.correct})
        })
        .collect();
    let progress: Vec<_> = crate::course::module_states_of_class(db, &class.id)
        .await?
        .into_iter()
        .map(|(pupil, module, state)| {
            json!({"pupil": number(&pupil), "module": module,
            "state": serde_json::from_str::<Value>(&state).unwrap_or(Value::String(state))})
        })
        .collect();
    let assignments: Vec<_> = classes::assignments(db, &class.id)
        .await?
        .into_iter()
        .map(|a| json!({"module": a.module_id, "due": a.due_date}))
        .collect();
    Ok(json!({
        "name": class.name, "tier": class.tier.code(), "country": class.country.code(),
        "school_year_end": class.year_end, "class_code": class.code, "open": class.is_open,
        "archived": class.archived,
        "pupils": pupils.iter().map(|p| json!({"number": p.number, "handle": p.handle(i18n)})).collect::<Vec<_>>(),
        "assignments": assignments, "answers": answers, "progress": progress,
    }))
}
