//! What the pupils of a class did: the state of each module (lessons read,
//! scenario paths, permit) as JSON, and every answer as a row, so the
//! dashboard can count first answers per option.

use super::progress::{Given, ModuleProgress};
use crate::db::{now_unix, Db};
use crate::group_commit::{Statement, Value};
use sqlx::any::AnyRow;
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
        let statement = Statement {
            sql: "INSERT INTO answers (pupil_id, module_id, question_id, attempt, options, correct, answered_at, content_version) \
                  SELECT $1, $2, $3, COALESCE(MAX(attempt), 0) + 1, $4, $5, $6, $7 FROM answers \
                  WHERE pupil_id = $1 AND module_id = $2 AND question_id = $3",
            values: vec![
                Value::Text(answer.pupil_id.to_owned()),
                Value::Text(answer.module_id.to_owned()),
                Value::Text(answer.question_id.to_owned()),
                Value::Text(options_text(&answer.given.options)),
                Value::MaybeInt(answer.given.correct.map(i64::from)),
                Value::Int(now_unix()),
                Value::Text(answer.content_version.to_owned()),
            ],
        };
        let result = db.write(statement).await;
        match result {
            Ok(_) => return Ok(()),
            Err(error) => last_error = Some(error),
        }
    }
    Err(last_error.unwrap_or(sqlx::Error::RowNotFound))
}

fn answer_from_row(row: &AnyRow) -> Result<AnswerRow, sqlx::Error> {
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
#[tracing::instrument(level = "debug", skip(db))]
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
#[tracing::instrument(level = "debug", skip(db))]
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
#[tracing::instrument(level = "debug", skip(db))]
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
#[tracing::instrument(level = "debug", skip_all)]
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
#[tracing::instrument(level = "debug", skip(db))]
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
#[tracing::instrument(level = "debug", skip_all)]
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

/// What every page of a signed-in pupil needs, read in one statement: the
/// pupil, their class, the class's assignments and, for the module a page
/// shows, the pupil's state and answers in it.
#[derive(Clone, Debug)]
pub struct PupilView {
    pub pupil: crate::classes::Pupil,
    pub class: crate::classes::Class,
    /// Soonest due first, then those without a date, in the order assigned.
    pub assignments: Vec<crate::classes::Assignment>,
    /// The progress in the module asked for, if one was.
    pub module: Option<(String, ModuleProgress)>,
}

const PUPIL_VIEW: &str = "SELECT p.id AS pupil_id, p.class_id, p.number, p.animal, p.colour, p.label, \
     c.teacher_id, c.name, c.tier, c.country, c.year_end, c.code, c.is_open, c.archived, \
     x.kind, x.item, x.body, x.version, x.n, x.flag \
     FROM pupils p JOIN classes c ON c.id = p.class_id LEFT JOIN ( \
       SELECT 'assignment' AS kind, module_id AS item, due_date AS body, CAST(NULL AS TEXT) AS version, assigned_at AS n, CAST(NULL AS BIGINT) AS flag \
         FROM assignments WHERE class_id = (SELECT class_id FROM pupils WHERE id = $1) \
       UNION ALL SELECT 'state', module_id, state, CAST(NULL AS TEXT), CAST(0 AS BIGINT), CAST(NULL AS BIGINT) \
         FROM pupil_progress WHERE pupil_id = $1 AND module_id = $2 \
       UNION ALL SELECT 'answer', question_id, options, content_version, attempt, correct \
         FROM answers WHERE pupil_id = $1 AND module_id = $2 \
     ) x ON 1 = 1 WHERE p.id = $1";

/// The view of `pupil_id`, with their progress in `module` if given; `None`
/// when the pupil (or their class) no longer exists.
#[tracing::instrument(skip(db))]
pub async fn pupil_view(
    db: &Db,
    pupil_id: &str,
    module: Option<&str>,
) -> Result<Option<PupilView>, sqlx::Error> {
    let rows = sqlx::query(PUPIL_VIEW)
        .bind(pupil_id)
        .bind(module.unwrap_or(""))
        .fetch_all(&db.pool)
        .await?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let (pupil, class) = pupil_and_class(first)?;
    let mut view = PupilView {
        pupil,
        class,
        assignments: Vec::new(),
        module: module.map(|id| (id.to_owned(), ModuleProgress::default())),
    };
    let mut dated: Vec<(Option<String>, i64, crate::classes::Assignment)> = Vec::new();
    let mut answers: Vec<(String, i64, Given)> = Vec::new();
    for row in &rows {
        match row.try_get::<Option<String>, _>("kind")?.as_deref() {
            Some("assignment") => {
                let due: Option<String> = row.try_get("body")?;
                let assignment = crate::classes::Assignment {
                    module_id: row.try_get("item")?,
                    due_date: due.clone(),
                };
                dated.push((due, row.try_get("n")?, assignment));
            }
            Some("state") => {
                view.module = Some((module.unwrap_or_default().to_owned(), read_state(row, pupil_id)?))
            }
            Some("answer") => answers.push(answer_of_view(row)?),
            _ => {}
        }
    }
    // Due dates first (soonest first), then the undated, each in the order assigned.
    dated.sort_by(|a, b| (a.0.is_none(), &a.0, a.1).cmp(&(b.0.is_none(), &b.0, b.1)));
    view.assignments = dated.into_iter().map(|(_, _, a)| a).collect();
    answers.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    if let Some((_, progress)) = view.module.as_mut() {
        for (question, _, given) in answers {
            progress.answers.entry(question).or_default().push(given);
        }
    }
    Ok(Some(view))
}

/// A module state read from the view; one that cannot be read is shown as
/// not started, logged, and left in the database as it is.
fn read_state(row: &AnyRow, pupil_id: &str) -> Result<ModuleProgress, sqlx::Error> {
    let state: String = row.try_get("body")?;
    Ok(serde_json::from_str(&state).unwrap_or_else(|error| {
        tracing::error!(%error, pupil_id, "a stored module state cannot be read; it is kept");
        ModuleProgress::default()
    }))
}

fn answer_of_view(row: &AnyRow) -> Result<(String, i64, Given), sqlx::Error> {
    let options: String = row.try_get("body")?;
    let given = Given {
        options: options_from(&options),
        correct: row.try_get::<Option<i64>, _>("flag")?.map(|c| c != 0),
    };
    Ok((row.try_get("item")?, row.try_get("n")?, given))
}

fn pupil_and_class(row: &AnyRow) -> Result<(crate::classes::Pupil, crate::classes::Class), sqlx::Error> {
    use crate::content::{Country, Tier};
    let class_id: String = row.try_get("class_id")?;
    let pupil = crate::classes::Pupil {
        id: row.try_get("pupil_id")?,
        class_id: class_id.clone(),
        number: row.try_get("number")?,
        animal: row.try_get("animal")?,
        colour: row.try_get("colour")?,
        label: row.try_get("label")?,
    };
    let class = crate::classes::Class {
        id: class_id,
        teacher_id: row.try_get("teacher_id")?,
        name: row.try_get("name")?,
        tier: Tier::from_code(&row.try_get::<String, _>("tier")?).unwrap_or(Tier::Young),
        country: Country::from_code(&row.try_get::<String, _>("country")?).unwrap_or_default(),
        year_end: row.try_get("year_end")?,
        code: row.try_get("code")?,
        is_open: row.try_get::<i64, _>("is_open")? != 0,
        archived: row.try_get::<i64, _>("archived")? != 0,
    };
    Ok((pupil, class))
}
