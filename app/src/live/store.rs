//! Live sessions in the database: the session and its screen, who answered
//! each question (to answer once) and how many chose each option.

use super::model::MAX_HOURS;
use crate::db::{now_unix, Db};
use sqlx::Row;
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq)]
pub struct LiveSession {
    pub id: String,
    /// The 6 digits the room types, while the session is open.
    pub code: Option<String>,
    pub teacher_id: String,
    pub class_id: Option<String>,
    pub module_id: String,
    /// The index of the screen shown.
    pub screen: i64,
    /// Whether the current question's answer is shown.
    pub revealed: bool,
    pub started_at: i64,
    pub ends_at: i64,
    pub ended_at: Option<i64>,
}

impl LiveSession {
    /// Whether devices may join and answer now.
    pub fn is_open(&self) -> bool {
        self.ended_at.is_none() && now_unix() < self.ends_at
    }

    /// The screen of `module` it shows.
    pub fn current(&self, module: &crate::content::Module) -> Option<super::model::Screen> {
        super::model::screens(module)
            .get(usize::try_from(self.screen).ok()?)
            .copied()
    }

    /// Where it is, as news for its followers, with `answered` devices.
    pub fn moved(&self, answered: i64) -> super::hub::Moved {
        super::hub::Moved {
            session: self.id.clone(),
            screen: self.screen,
            revealed: self.revealed,
            answered,
            ended: !self.is_open(),
        }
    }
}

const COLUMNS: &str =
    "id, code, teacher_id, class_id, module_id, screen, revealed, started_at, ends_at, ended_at";

fn session_row(row: &sqlx::any::AnyRow) -> Result<LiveSession, sqlx::Error> {
    Ok(LiveSession {
        id: row.try_get("id")?,
        code: row.try_get("code")?,
        teacher_id: row.try_get("teacher_id")?,
        class_id: row.try_get("class_id")?,
        module_id: row.try_get("module_id")?,
        screen: row.try_get("screen")?,
        revealed: row.try_get::<i64, _>("revealed")? != 0,
        started_at: row.try_get("started_at")?,
        ends_at: row.try_get("ends_at")?,
        ended_at: row.try_get("ended_at")?,
    })
}

async fn one(db: &Db, condition: &str, binds: &[&str]) -> Result<Option<LiveSession>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM live_sessions WHERE {condition}");
    let mut query = sqlx::query(&sql);
    for value in binds {
        query = query.bind(value.to_string());
    }
    query
        .fetch_optional(&db.pool)
        .await?
        .as_ref()
        .map(session_row)
        .transpose()
}

/// A new 6-digit code: random, never one an open session holds.
fn new_code() -> String {
    format!("{:06}", rand::random::<u32>() % 1_000_000)
}

/// Starts a session of `module_id` for a teacher, optionally for one of their classes.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn start(
    db: &Db,
    teacher_id: &str,
    module_id: &str,
    class_id: Option<&str>,
) -> Result<LiveSession, sqlx::Error> {
    let now = now_unix();
    // Sessions that ran out of time give their codes back.
    sqlx::query("UPDATE live_sessions SET code = NULL WHERE code IS NOT NULL AND ends_at <= $1")
        .bind(now)
        .execute(&db.pool)
        .await?;
    let id = crate::codes::random_id();
    let mut last_error = None;
    for _ in 0..20 {
        let inserted = sqlx::query(
            "INSERT INTO live_sessions (id, code, teacher_id, class_id, module_id, screen, revealed, started_at, ends_at) \
             VALUES ($1, $2, $3, $4, $5, 0, 0, $6, $7)",
        )
        .bind(&id)
        .bind(new_code())
        .bind(teacher_id)
        .bind(class_id.map(str::to_owned))
        .bind(module_id)
        .bind(now)
        .bind(now + MAX_HOURS * 3600)
        .execute(&db.pool)
        .await;
        match inserted {
            Ok(_) => break,
            // A code taken by another open session: draw again.
            Err(error) => last_error = Some(error),
        }
    }
    match one(db, "id = $1", &[&id]).await? {
        Some(session) => Ok(session),
        None => Err(last_error.unwrap_or(sqlx::Error::RowNotFound)),
    }
}

/// The open session a code names.
pub async fn by_code(db: &Db, code: &str) -> Result<Option<LiveSession>, sqlx::Error> {
    Ok(one(db, "code = $1", &[code]).await?.filter(LiveSession::is_open))
}

pub async fn by_id(db: &Db, id: &str) -> Result<Option<LiveSession>, sqlx::Error> {
    one(db, "id = $1", &[id]).await
}

/// A teacher's own session; another teacher's is `None`.
pub async fn of_teacher(db: &Db, teacher_id: &str, id: &str) -> Result<Option<LiveSession>, sqlx::Error> {
    one(db, "id = $1 AND teacher_id = $2", &[id, teacher_id]).await
}

/// A teacher's sessions, or a class's, newest first.
pub async fn sessions(
    db: &Db,
    teacher_id: &str,
    class_id: Option<&str>,
) -> Result<Vec<LiveSession>, sqlx::Error> {
    let condition = if class_id.is_some() {
        "teacher_id = $1 AND class_id = $2"
    } else {
        "teacher_id = $1"
    };
    let sql = format!("SELECT {COLUMNS} FROM live_sessions WHERE {condition} ORDER BY started_at DESC");
    let mut query = sqlx::query(&sql).bind(teacher_id.to_owned());
    if let Some(class_id) = class_id {
        query = query.bind(class_id.to_owned());
    }
    query.fetch_all(&db.pool).await?.iter().map(session_row).collect()
}

/// What the presenter does to their session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// Show this screen, its answer hidden.
    Show(i64),
    /// Show the current question's answer.
    Reveal,
    /// End the session: its code is freed, devices stop.
    End,
}

/// Applies a presenter's control to their open session; false if it is not theirs or not open.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn control(db: &Db, teacher_id: &str, id: &str, control: Control) -> Result<bool, sqlx::Error> {
    let now = now_unix();
    let (sql, value) = match control {
        Control::Show(screen) => ("UPDATE live_sessions SET screen = $1, revealed = 0", screen),
        Control::Reveal => ("UPDATE live_sessions SET revealed = $1", 1),
        Control::End => ("UPDATE live_sessions SET code = NULL, ended_at = $1", now),
    };
    let sql = format!("{sql} WHERE id = $2 AND teacher_id = $3 AND ended_at IS NULL AND ends_at > $4");
    let changed = sqlx::query(&sql)
        .bind(value)
        .bind(id)
        .bind(teacher_id)
        .bind(now)
        .execute(&db.pool)
        .await?;
    Ok(changed.rows_affected() == 1)
}

/// Records one participant's answer to a poll, once: false if they had answered.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn answer(
    db: &Db,
    session_id: &str,
    poll_id: &str,
    participant: &str,
    options: &[usize],
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let first = sqlx::query(
        "INSERT INTO live_answered (session_id, question_id, participant) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
    )
    .bind(session_id)
    .bind(poll_id)
    .bind(participant)
    .execute(&mut *tx)
    .await?;
    if first.rows_affected() == 0 {
        return Ok(false);
    }
    for option in options {
        sqlx::query(
            "INSERT INTO live_tallies (session_id, question_id, source, option_index, chosen) VALUES ($1, $2, 'devices', $3, 1) \
             ON CONFLICT (session_id, question_id, source, option_index) DO UPDATE SET chosen = live_tallies.chosen + 1",
        )
        .bind(session_id)
        .bind(poll_id)
        .bind(*option as i64)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Whether a participant answered a poll.
pub async fn has_answered(
    db: &Db,
    session_id: &str,
    poll_id: &str,
    participant: &str,
) -> Result<bool, sqlx::Error> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT 1 FROM live_answered WHERE session_id = $1 AND question_id = $2 AND participant = $3",
    )
    .bind(session_id)
    .bind(poll_id)
    .bind(participant)
    .fetch_optional(&db.pool)
    .await?;
    Ok(found.is_some())
}

/// Replaces the show of hands the presenter counted for a poll.
pub async fn set_hands(db: &Db, session_id: &str, poll_id: &str, counts: &[i64]) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query("DELETE FROM live_tallies WHERE session_id = $1 AND question_id = $2 AND source = 'hands'")
        .bind(session_id)
        .bind(poll_id)
        .execute(&mut *tx)
        .await?;
    for (option, chosen) in counts.iter().enumerate() {
        sqlx::query(
            "INSERT INTO live_tallies (session_id, question_id, source, option_index, chosen) VALUES ($1, $2, 'hands', $3, $4)",
        )
        .bind(session_id)
        .bind(poll_id)
        .bind(option as i64)
        .bind(*chosen)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

/// A poll's counts: per option, from devices and from a show of hands, and
/// how many devices answered.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tally {
    pub devices: BTreeMap<usize, i64>,
    pub hands: BTreeMap<usize, i64>,
    pub answered: i64,
}

impl Tally {
    /// Per option: the devices' count, or the show of hands when one was typed.
    pub fn counts(&self, options: usize) -> Vec<i64> {
        let source = if self.hands.is_empty() {
            &self.devices
        } else {
            &self.hands
        };
        (0..options)
            .map(|i| source.get(&i).copied().unwrap_or(0))
            .collect()
    }

    /// How many answered: devices, or the hands counted (one hand each at most per option).
    pub fn respondents(&self) -> i64 {
        if self.hands.is_empty() {
            self.answered
        } else {
            self.hands.values().sum()
        }
    }
}

/// Every poll's counts of a session.
pub async fn tallies(db: &Db, session_id: &str) -> Result<BTreeMap<String, Tally>, sqlx::Error> {
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let rows = sqlx::query(
        "SELECT question_id, source, option_index, chosen FROM live_tallies WHERE session_id = $1",
    )
    .bind(session_id)
    .fetch_all(&db.pool)
    .await?;
    for row in rows {
        let tally = tallies.entry(row.try_get("question_id")?).or_default();
        let source: String = row.try_get("source")?;
        let option = row.try_get::<i64, _>("option_index")? as usize;
        let map = if source == "hands" {
            &mut tally.hands
        } else {
            &mut tally.devices
        };
        map.insert(option, row.try_get("chosen")?);
    }
    let answered = sqlx::query(
        "SELECT question_id, COUNT(*) AS n FROM live_answered WHERE session_id = $1 GROUP BY question_id",
    )
    .bind(session_id)
    .fetch_all(&db.pool)
    .await?;
    for row in answered {
        tallies.entry(row.try_get("question_id")?).or_default().answered = row.try_get("n")?;
    }
    Ok(tallies)
}

/// How many devices answered one poll.
pub async fn answered(db: &Db, session_id: &str, poll_id: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM live_answered WHERE session_id = $1 AND question_id = $2")
        .bind(session_id)
        .bind(poll_id)
        .fetch_one(&db.pool)
        .await
}
