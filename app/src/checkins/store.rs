//! Check-ins in the database: a class's occasions and the answers to them.

use super::figures::ScoreRow;
use super::model::{ItemAnswer, Measure, Occasion};
use crate::content::Part;
use crate::db::{now_unix, Db};
use sqlx::Row;

/// An occasion of a class and how many pupils answered it.
#[derive(Clone, Debug, PartialEq)]
pub struct OccasionRow {
    pub id: String,
    pub occasion: Occasion,
    pub content_version: String,
    /// Unix seconds.
    pub opened_at: i64,
    /// `None` while pupils may answer.
    pub closed_at: Option<i64>,
    pub answered: i64,
}

impl OccasionRow {
    pub fn is_open(&self) -> bool {
        self.closed_at.is_none()
    }
}

/// The key that pairs one pupil's answers across occasions: a one-way hash
/// of their random id and class, never shown.
pub fn respondent(class_id: &str, pupil_id: &str) -> String {
    crate::codes::one_way(&format!("checkin:{class_id}:{pupil_id}"))
}

fn occasion_row(row: &sqlx::any::AnyRow) -> Result<OccasionRow, sqlx::Error> {
    let code: String = row.try_get("occasion")?;
    Ok(OccasionRow {
        id: row.try_get("id")?,
        occasion: Occasion::from_code(&code).unwrap_or(Occasion::Before),
        content_version: row.try_get("content_version")?,
        opened_at: row.try_get("opened_at")?,
        closed_at: row.try_get("closed_at")?,
        answered: row.try_get("answered")?,
    })
}

/// The occasions of a class, in the order before, after, later.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn occasions_of(db: &Db, class_id: &str) -> Result<Vec<OccasionRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT o.id, o.occasion, o.content_version, o.opened_at, o.closed_at, \
         (SELECT COUNT(DISTINCT a.respondent) FROM checkin_answers a WHERE a.occasion_id = o.id) AS answered \
         FROM checkin_occasions o WHERE o.class_id = $1",
    )
    .bind(class_id)
    .fetch_all(&db.pool)
    .await?;
    let mut occasions = rows.iter().map(occasion_row).collect::<Result<Vec<_>, _>>()?;
    occasions.sort_by_key(|o| o.occasion);
    Ok(occasions)
}

/// The occasion a class may answer now, if one is open.
pub async fn open_occasion(db: &Db, class_id: &str) -> Result<Option<OccasionRow>, sqlx::Error> {
    Ok(occasions_of(db, class_id)
        .await?
        .into_iter()
        .find(OccasionRow::is_open))
}

/// Opens `occasion` for a class (or opens it again), closing any other that
/// is open; a new occasion records the check-in's `version`.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn open(db: &Db, class_id: &str, occasion: Occasion, version: &str) -> Result<(), sqlx::Error> {
    let now = now_unix();
    let mut tx = db.begin_write().await?;
    sqlx::query("UPDATE checkin_occasions SET closed_at = $1 WHERE class_id = $2 AND closed_at IS NULL AND occasion <> $3")
        .bind(now)
        .bind(class_id)
        .bind(occasion.code())
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO checkin_occasions (id, class_id, occasion, content_version, opened_at, closed_at) \
         VALUES ($1, $2, $3, $4, $5, NULL) \
         ON CONFLICT (class_id, occasion) DO UPDATE SET closed_at = NULL",
    )
    .bind(crate::codes::random_id())
    .bind(class_id)
    .bind(occasion.code())
    .bind(version)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// Closes the class's open occasion, if any.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn close(db: &Db, class_id: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE checkin_occasions SET closed_at = $1 WHERE class_id = $2 AND closed_at IS NULL")
        .bind(now_unix())
        .bind(class_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Whether `respondent` answered the occasion already.
pub async fn has_answered(db: &Db, occasion_id: &str, respondent: &str) -> Result<bool, sqlx::Error> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT 1 FROM checkin_answers WHERE occasion_id = $1 AND respondent = $2 LIMIT 1",
    )
    .bind(occasion_id)
    .bind(respondent)
    .fetch_optional(&db.pool)
    .await?;
    Ok(found.is_some())
}

/// Why a pupil's answers were not stored.
#[derive(Debug, PartialEq, Eq)]
pub enum NotStored {
    /// They answered this occasion already.
    AlreadyAnswered,
    /// The teacher closed it meanwhile.
    Closed,
}

/// Stores a pupil's answers to an occasion, all or none, once.
#[tracing::instrument(level = "debug", skip(db, answers))]
pub async fn submit(
    db: &Db,
    occasion_id: &str,
    respondent: &str,
    answers: &[ItemAnswer],
) -> Result<Result<(), NotStored>, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let open: Option<i64> =
        sqlx::query_scalar("SELECT 1 FROM checkin_occasions WHERE id = $1 AND closed_at IS NULL")
            .bind(occasion_id)
            .fetch_optional(&mut *tx)
            .await?;
    if open.is_none() {
        return Ok(Err(NotStored::Closed));
    }
    for answer in answers {
        let stored = sqlx::query(
            "INSERT INTO checkin_answers (occasion_id, respondent, part, item_id, answer, score, max_score) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
        )
        .bind(occasion_id)
        .bind(respondent)
        .bind(answer.part.id())
        .bind(&answer.item_id)
        .bind(&answer.answer)
        .bind(answer.score)
        .bind(answer.max)
        .execute(&mut *tx)
        .await?;
        if stored.rows_affected() == 0 {
            return Ok(Err(NotStored::AlreadyAnswered));
        }
    }
    tx.commit().await?;
    Ok(Ok(()))
}

/// Which answers figures are computed from.
#[derive(Clone, Copy, Debug)]
pub enum Scope<'a> {
    /// One class's.
    Class(&'a str),
    /// Every class's, on occasions opened in `[from, to)` (Unix seconds).
    Period { from: i64, to: i64 },
}

/// Each pupil's sums per part and occasion in `scope`, with the class and
/// the occasion's content version.
pub async fn score_rows(db: &Db, scope: Scope<'_>) -> Result<Vec<ScoreRow>, sqlx::Error> {
    let condition = match scope {
        Scope::Class(_) => "o.class_id = $1",
        Scope::Period { .. } => "o.opened_at >= $1 AND o.opened_at < $2",
    };
    let sql = format!(
        "SELECT o.class_id, o.occasion, o.content_version, a.respondent, a.part, \
         CAST(SUM(a.score) AS BIGINT) AS score, CAST(SUM(a.max_score) AS BIGINT) AS max_score, COUNT(*) AS items \
         FROM checkin_answers a JOIN checkin_occasions o ON o.id = a.occasion_id WHERE {condition} \
         GROUP BY o.class_id, o.occasion, o.content_version, a.respondent, a.part"
    );
    let query = match scope {
        Scope::Class(class_id) => sqlx::query(&sql).bind(class_id.to_owned()),
        Scope::Period { from, to } => sqlx::query(&sql).bind(from).bind(to),
    };
    // Read as a stream: a programme's hundreds of thousands of rows are
    // never all held at once, only the figures kept of them.
    let mut rows = query.fetch(&db.pool);
    let mut scores = Vec::new();
    while let Some(row) = futures::TryStreamExt::try_next(&mut rows).await? {
        let occasion: String = row.try_get("occasion")?;
        let part: String = row.try_get("part")?;
        let (Some(occasion), Some(part)) = (Occasion::from_code(&occasion), Part::from_id(&part)) else {
            continue;
        };
        scores.push(ScoreRow {
            class: row.try_get("class_id")?,
            version: row.try_get("content_version")?,
            occasion,
            respondent: row.try_get("respondent")?,
            measure: Measure::of(part),
            score: row.try_get("score")?,
            max: row.try_get("max_score")?,
            items: row.try_get("items")?,
        });
    }
    Ok(scores)
}

/// A class's pupils' sums per part and occasion.
pub async fn class_scores(db: &Db, class_id: &str) -> Result<Vec<ScoreRow>, sqlx::Error> {
    score_rows(db, Scope::Class(class_id)).await
}

/// How many pupils gave each answer to each item, per occasion: (occasion,
/// item id, answer, pupils).
pub async fn answer_counts(
    db: &Db,
    class_id: &str,
) -> Result<Vec<(Occasion, String, String, i64)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT o.occasion, a.item_id, a.answer, COUNT(*) AS pupils FROM checkin_answers a \
         JOIN checkin_occasions o ON o.id = a.occasion_id WHERE o.class_id = $1 \
         GROUP BY o.occasion, a.item_id, a.answer",
    )
    .bind(class_id)
    .fetch_all(&db.pool)
    .await?;
    let mut counts = vec![];
    for row in rows {
        let occasion: String = row.try_get("occasion")?;
        if let Some(occasion) = Occasion::from_code(&occasion) {
            counts.push((
                occasion,
                row.try_get("item_id")?,
                row.try_get("answer")?,
                row.try_get("pupils")?,
            ));
        }
    }
    Ok(counts)
}
