//! Scores back to the platform's gradebook. When a pupil who came from a
//! platform answers the last question of a module's quiz, the score (in
//! percent, first answers) goes into an outbox row; a sender posts it to the
//! link's line item with Assignment and Grade Services, retrying with
//! backoff while the platform is down, so no score is lost. Once sent, the
//! platform's id of the pupil is cleared from the row.

use super::{keys, platforms, Lti, LtiError};
use crate::codes::random_id;
use crate::content::Module;
use crate::course::ModuleProgress;
use crate::db::{now_unix, Db};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::time::Duration;
use tower_sessions::Session;

/// Where a launched module's score goes (kept in the pupil's session only).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GradeTarget {
    pub platform_id: String,
    pub sub: String,
    pub line_item: String,
}

const SESSION_KEY: &str = "lti_grades";
/// How often the sender looks for due scores when nothing woke it.
const PERIOD: Duration = Duration::from_secs(5);
/// Due scores sent per round.
const BATCH: i64 = 20;
/// The longest wait between two tries.
const MAX_BACKOFF_SECONDS: i64 = 3600;

/// Remembers in the session where `module_id`'s score goes.
pub async fn remember(
    session: &Session,
    module_id: &str,
    target: GradeTarget,
) -> Result<(), tower_sessions::session::Error> {
    let mut all: BTreeMap<String, GradeTarget> = session.get(SESSION_KEY).await?.unwrap_or_default();
    all.insert(module_id.to_owned(), target);
    session.insert(SESSION_KEY, all).await
}

/// Whether the session's pupil came from a platform that takes `module_id`'s score
/// (read from the session, which is loaded already: no query).
pub async fn is_graded(session: &Session, module_id: &str) -> bool {
    target(session, module_id).await.is_some()
}

async fn target(session: &Session, module_id: &str) -> Option<GradeTarget> {
    let all: BTreeMap<String, GradeTarget> = session.get(SESSION_KEY).await.ok()??;
    all.get(module_id).cloned()
}

/// The module's score in percent once every quiz question has an answer.
pub fn finished_score(module: &Module, progress: &ModuleProgress) -> Option<i64> {
    let questions = &module.quiz.as_ref()?.questions;
    if questions.is_empty() || !questions.iter().all(|q| progress.answers.contains_key(&q.id)) {
        return None;
    }
    let (right, graded) = progress.score(module);
    Some((right * 100).checked_div(graded).unwrap_or(100) as i64)
}

/// Queues the score of `module` for the session's pupil if they came from a
/// platform that takes scores and finished the quiz; a score already queued stands.
pub async fn after_answer(
    db: &Db,
    lti: &Lti,
    session: &Session,
    (class_id, pupil_id): (&str, &str),
    module: &Module,
    progress: &ModuleProgress,
) -> Result<(), sqlx::Error> {
    let (Some(target), Some(score)) = (
        target(session, &module.id).await,
        finished_score(module, progress),
    ) else {
        return Ok(());
    };
    let now = now_unix();
    let queued = sqlx::query(
        "INSERT INTO lti_scores (id, class_id, pupil_id, module_id, platform_id, line_item, user_sub, score, created_at, attempts, next_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, $9) ON CONFLICT (pupil_id, module_id, line_item) DO NOTHING",
    )
    .bind(random_id())
    .bind(class_id)
    .bind(pupil_id)
    .bind(&module.id)
    .bind(&target.platform_id)
    .bind(&target.line_item)
    .bind(&target.sub)
    .bind(score)
    .bind(now)
    .execute(&db.pool)
    .await?;
    if queued.rows_affected() == 1 {
        lti.outbox.notify_one();
    }
    Ok(())
}

/// Starts the sender for the life of the process.
pub fn spawn_sender(db: Db, lti: Lti) {
    tokio::spawn(async move {
        loop {
            tokio::select! {
                _ = lti.outbox.notified() => {},
                _ = tokio::time::sleep(PERIOD) => {},
            }
            match send_due(&db, &lti).await {
                Ok(0) => {}
                Ok(sent) => tracing::info!(sent, "scores sent to platforms"),
                Err(error) => tracing::warn!(%error, "the score sender could not run"),
            }
        }
    });
}

/// A due score as read: id, platform, line item, platform's id of the pupil, score, attempts, next try.
type DueRow = (String, String, String, Option<String>, i64, i64, i64);

struct Due {
    id: String,
    platform_id: String,
    line_item: String,
    user_sub: String,
    score: i64,
    attempts: i64,
    next_at: i64,
}

/// Sends the scores that are due; returns how many the platforms took.
pub async fn send_due(db: &Db, lti: &Lti) -> Result<usize, LtiError> {
    let rows: Vec<DueRow> = sqlx::query_as(
        "SELECT id, platform_id, line_item, user_sub, score, attempts, next_at FROM lti_scores \
         WHERE sent_at IS NULL AND next_at <= $1 ORDER BY next_at LIMIT $2",
    )
    .bind(now_unix())
    .bind(BATCH)
    .fetch_all(&db.pool)
    .await?;
    let mut sent = 0;
    for (id, platform_id, line_item, user_sub, score, attempts, next_at) in rows {
        let Some(user_sub) = user_sub else { continue };
        let due = Due {
            id,
            platform_id,
            line_item,
            user_sub,
            score,
            attempts,
            next_at,
        };
        if claim(db, &due).await? {
            sent += usize::from(send_one(db, lti, &due).await?);
        }
    }
    Ok(sent)
}

/// Takes a due score for this sender (another instance may be looking at it).
async fn claim(db: &Db, due: &Due) -> Result<bool, sqlx::Error> {
    let done =
        sqlx::query("UPDATE lti_scores SET next_at = $1 WHERE id = $2 AND next_at = $3 AND sent_at IS NULL")
            .bind(now_unix() + 120)
            .bind(&due.id)
            .bind(due.next_at)
            .execute(&db.pool)
            .await?;
    Ok(done.rows_affected() == 1)
}

async fn send_one(db: &Db, lti: &Lti, due: &Due) -> Result<bool, LtiError> {
    let result = post(db, lti, due).await;
    let now = now_unix();
    match result {
        Ok(()) => {
            sqlx::query("UPDATE lti_scores SET sent_at = $1, user_sub = NULL, last_error = NULL, attempts = attempts + 1 WHERE id = $2")
                .bind(now)
                .bind(&due.id)
                .execute(&db.pool)
                .await?;
            Ok(true)
        }
        Err(error) => {
            tracing::warn!(%error, attempts = due.attempts + 1, "a score could not be sent; it will be tried again");
            let wait = (10_i64 << due.attempts.min(12)).min(MAX_BACKOFF_SECONDS);
            sqlx::query(
                "UPDATE lti_scores SET attempts = attempts + 1, next_at = $1, last_error = $2 WHERE id = $3",
            )
            .bind(now + wait)
            .bind(error.to_string().chars().take(300).collect::<String>())
            .bind(&due.id)
            .execute(&db.pool)
            .await?;
            Ok(false)
        }
    }
}

async fn post(db: &Db, lti: &Lti, due: &Due) -> Result<(), LtiError> {
    let platform = platforms::by_id(db, &due.platform_id)
        .await?
        .ok_or_else(|| LtiError::Key("the platform was removed".to_owned()))?;
    let key = keys::current(db).await?;
    let token = lti.remote.access_token(&platform, &key).await?;
    let timestamp = crate::dates::iso_timestamp(now_unix());
    let score = super::remote::Score {
        user_id: &due.user_sub,
        score_given: due.score,
        score_maximum: super::deep_link::SCORE_MAXIMUM,
        activity_progress: "Completed",
        grading_progress: "FullyGraded",
        timestamp,
    };
    let posted = lti.remote.post_score(&token, &due.line_item, &score).await;
    if let Err(super::remote::RemoteError::Status {
        status: 401 | 403, ..
    }) = &posted
    {
        lti.remote.forget_token(&platform).await;
    }
    Ok(posted?)
}

/// How a class's scores stand, per module.
#[derive(Clone, Debug, PartialEq)]
pub struct ModuleStatus {
    pub module_id: String,
    pub sent: i64,
    pub waiting: i64,
    pub last_error: Option<String>,
}

/// The outbox of a class, per module.
pub async fn status_of_class(db: &Db, class_id: &str) -> Result<Vec<ModuleStatus>, sqlx::Error> {
    let rows: Vec<(String, i64, i64, Option<String>)> = sqlx::query_as(
        "SELECT module_id, \
                SUM(CASE WHEN sent_at IS NULL THEN 0 ELSE 1 END), \
                SUM(CASE WHEN sent_at IS NULL THEN 1 ELSE 0 END), \
                MAX(CASE WHEN sent_at IS NULL THEN last_error END) \
         FROM lti_scores WHERE class_id = $1 GROUP BY module_id ORDER BY module_id",
    )
    .bind(class_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(module_id, sent, waiting, last_error)| ModuleStatus {
            module_id,
            sent,
            waiting,
            last_error,
        })
        .collect())
}
