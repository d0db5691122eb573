//! One-time tickets: when a browser keeps no cookie in the platform's frame,
//! a checked launch's sign-in is handed to a new tab through a link that
//! works once, within minutes.

use crate::codes::random_id;
use crate::db::{now_unix, Db};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// How long a ticket works.
pub const TICKET_SECONDS: i64 = 300;

#[derive(Debug, thiserror::Error)]
pub enum TicketError {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("encoding: {0}")]
    Encoding(#[from] serde_json::Error),
}

/// Keeps `sign_in` (who signs in, and where to) under a new ticket; returns it.
pub async fn hand_out(db: &Db, sign_in: &impl Serialize, destination: &str) -> Result<String, TicketError> {
    let ticket = random_id();
    sqlx::query("INSERT INTO lti_tickets (ticket, session, destination, created_at) VALUES ($1, $2, $3, $4)")
        .bind(&ticket)
        .bind(serde_json::to_string(sign_in)?)
        .bind(destination)
        .bind(now_unix())
        .execute(&db.pool)
        .await?;
    Ok(ticket)
}

/// The sign-in a ticket holds, taken out so it works once; `None` if the
/// ticket is unknown, used or too old.
pub async fn take<T: DeserializeOwned>(db: &Db, ticket: &str) -> Result<Option<T>, TicketError> {
    if !super::launch::is_random_id(ticket) {
        return Ok(None);
    }
    let row: Option<(String, i64)> =
        sqlx::query_as("SELECT session, created_at FROM lti_tickets WHERE ticket = $1")
            .bind(ticket)
            .fetch_optional(&db.pool)
            .await?;
    let Some((sign_in, created_at)) = row else {
        return Ok(None);
    };
    let deleted = sqlx::query("DELETE FROM lti_tickets WHERE ticket = $1")
        .bind(ticket)
        .execute(&db.pool)
        .await?;
    if deleted.rows_affected() != 1 || now_unix() - created_at > TICKET_SECONDS {
        return Ok(None);
    }
    Ok(Some(serde_json::from_str(&sign_in)?))
}

/// Deletes the tickets nobody used in time.
pub async fn purge(db: &Db) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM lti_tickets WHERE created_at < $1")
        .bind(now_unix() - TICKET_SECONDS)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected())
}
