//! What the pupils of a class did: the state of each module (lessons read,
//! scenario paths, permit) as JSON, and every answer as a row, so the
//! dashboard can count first answers per option.

use super::progress::Given;
use crate::db::{now_unix, Db};
use sqlx::{AnyConnection, Row};

/// One answer a pupil gave.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerRow {
    pub pupil_id: String,
    pub module_id: String,
    pub question_id: String,
    /// 1 for the first attempt, which is the one scored.
    pub attempt: i64,
    pub options: Vec<usize>,
    /// `None` for attitude questions.
    pub correct: Option<bool>,
}

fn options_text(options: &[usize]) -> String {
    options.iter().map(usize::to_string).collect::<Vec<_>>().join(",")
}

fn options_from(text: &str) -> Vec<usize> {
    text.split(',').filter_map(|o| o.parse().ok()).collect()
}

/// An answer to store.
pub struct NewAnswer<'a> {
    pub pupil_id: &'a str,
    pub module_id: &'a str,
    pub question_id: &'a str,
    pub given: &'a Given,
    /// The version of the module's content the answer was graded against.
    pub content_version: &'a str,
}

/// Stores an answer as the pupil's next attempt at the question, with its
/// grade. Returns once the database has it: an acknowledged answer is never lost.
#[tracing::instrument(skip_all, fields(module = answer.module_id, question = answer.question_id))]
pub async fn record_answer(db: &Db, answer: &NewAnswer<'_>) -> Result<(), sqlx::Error> {
    // Two answers sent at once may race for the same attempt number: try again.
    let mut last_error = None;
    for _ in 0..5 {
        let result = sqlx::query(
            "INSERT INTO answers (pupil_id, module_id, question_id, attempt, options, correct, answered_at, content_version) \
             SELECT $1, $2, $3, COALESCE(MAX(attempt), 0) + 1, $4, $5, $6, $7 FROM answers \
             WHERE pupil_id = $1 AND module_id = $2 AND question_id = $3",
        )
        .bind(answer.pupil_id)
        .bind(answer.module_id)
        .bind(answer.question_id)
        .bind(options_text(&answer.given.options))
        .bind(answer.given.correct.map(i64::from))
        .bind(now_unix())
        .bind(answer.content_version)
        .execute(&db.pool)
        .await;
        match result {
            Ok(_) => return Ok(()),
            Err(error) => last_error = Some(error),
        }
    }
    Err(last_error.unwrap_or(sqlx::Error::RowNotFound))
}

fn answer_from_row(row: &sqlx::any::AnyRow) -> Result<AnswerRow, sqlx::Error> {
    Ok(AnswerRow {
        pupil_id: row.try_get("pupil_id")?,
        module_id: row.try_get("module_id")?,
        question_id: row.try_get("question_id")?,
        attempt: row.try_get("attempt")?,
        options: options_from(&row.try_get::<String, _>("options")?),
        correct: row.try_get::<Option<i64>, _>("correct")?.map(|c| c != 0),
    })
}

const ANSWER_COLUMNS: &str = "pupil_id, module_id, question_id, attempt, options, correct";

/// Every answer of one pupil, in order.
pub async fn answers_of_pupil(db: &Db, pupil_id: &str) -> Result<Vec<AnswerRow>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {ANSWER_COLUMNS} FROM answers WHERE pupil_id = $1 ORDER BY module_id, question_id, attempt"
    ))
    .bind(pupil_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(answer_from_row).collect()
}

/// Every answer given in a class, in order.
pub async fn answers_of_class(db: &Db, class_id: &str) -> Result<Vec<AnswerRow>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {ANSWER_COLUMNS} FROM answers WHERE pupil_id IN (SELECT id FROM pupils WHERE class_id = $1) \
         ORDER BY pupil_id, module_id, question_id, attempt"
    ))
    .bind(class_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(answer_from_row).collect()
}

/// The saved state of each module a pupil started: `(module, JSON)`.
pub async fn module_states_of_pupil(db: &Db, pupil_id: &str) -> Result<Vec<(String, String)>, sqlx::Error> {
    let rows = sqlx::query("SELECT module_id, state FROM pupil_progress WHERE pupil_id = $1")
        .bind(pupil_id)
        .fetch_all(&db.pool)
        .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("module_id")?, row.try_get("state")?)))
        .collect()
}

/// The saved state of one module for a pupil, created empty if they had
/// none, and locked (the row on PostgreSQL; SQLite's write transaction holds
/// the database) until `tx` ends.
pub async fn lock_module_state(
    tx: &mut AnyConnection,
    db: &Db,
    pupil_id: &str,
    module_id: &str,
) -> Result<String, sqlx::Error> {
    sqlx::query(
        "INSERT INTO pupil_progress (pupil_id, module_id, state, updated_at) VALUES ($1, $2, '{}', $3) \
         ON CONFLICT (pupil_id, module_id) DO NOTHING",
    )
    .bind(pupil_id)
    .bind(module_id)
    .bind(now_unix())
    .execute(&mut *tx)
    .await?;
    sqlx::query_scalar(&format!(
        "SELECT state FROM pupil_progress WHERE pupil_id = $1 AND module_id = $2{}",
        db.for_update()
    ))
    .bind(pupil_id)
    .bind(module_id)
    .fetch_one(&mut *tx)
    .await
}

/// The saved state of every module of every pupil of a class: `(pupil, module, JSON)`.
pub async fn module_states_of_class(
    db: &Db,
    class_id: &str,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT pupil_id, module_id, state FROM pupil_progress \
         WHERE pupil_id IN (SELECT id FROM pupils WHERE class_id = $1)",
    )
    .bind(class_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok((
                row.try_get("pupil_id")?,
                row.try_get("module_id")?,
                row.try_get("state")?,
            ))
        })
        .collect()
}

/// Saves the state of one module for a pupil.
pub async fn save_module_state(
    tx: &mut AnyConnection,
    pupil_id: &str,
    module_id: &str,
    state: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO pupil_progress (pupil_id, module_id, state, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (pupil_id, module_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
    )
    .bind(pupil_id)
    .bind(module_id)
    .bind(state)
    .bind(now_unix())
    .execute(&mut *tx)
    .await?;
    Ok(())
}
