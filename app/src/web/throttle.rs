//! Throttling of failed sign-ins and codes, and of sign-ups, in the database so that every
//! instance behind a load balancer counts the same attempts.

use crate::db::{now_unix, Db};
use crate::state::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use http::request::Parts;
use std::net::SocketAddr;

/// What is being counted, with its limit: failures allowed per window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// A teacher's email address (registered or not, so the limit reveals nothing).
    TeacherAccount,
    /// The network address teacher sign-ins come from.
    TeacherAddress,
    /// A class code: guesses at its pupils' personal codes.
    PupilClass,
    /// The network address pupil codes come from (a whole classroom shares one).
    PupilAddress,
    /// The network address teacher sign-ups come from: every attempt counts,
    /// a created account too, so one address cannot mass-create accounts.
    SignupAddress,
}

impl Scope {
    fn name(self) -> &'static str {
        match self {
            Scope::TeacherAccount => "teacher-account",
            Scope::TeacherAddress => "teacher-address",
            Scope::PupilClass => "pupil-class",
            Scope::PupilAddress => "pupil-address",
            Scope::SignupAddress => "signup-address",
        }
    }

    /// Failures allowed within [`WINDOW`] before further attempts wait.
    pub fn limit(self) -> i64 {
        match self {
            Scope::TeacherAccount => 5,
            Scope::TeacherAddress => 30,
            Scope::PupilClass => 40,
            Scope::PupilAddress => 60,
            Scope::SignupAddress => 20,
        }
    }
}

/// How long a failure counts: 15 minutes.
pub const WINDOW: i64 = 15 * 60;

/// Whether `key` has used up its failures in `scope`.
#[tracing::instrument(level = "debug", skip(db, key))]
pub async fn is_blocked(db: &Db, scope: Scope, key: &str) -> Result<bool, sqlx::Error> {
    let since = now_unix() - WINDOW;
    let failures: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM attempts WHERE scope = $1 AND key = $2 AND at > $3")
            .bind(scope.name())
            .bind(key)
            .bind(since)
            .fetch_one(&db.pool)
            .await?;
    Ok(failures >= scope.limit())
}

/// Counts a failure of `key` in `scope`.
#[tracing::instrument(level = "debug", skip(db, key))]
pub async fn record_failure(db: &Db, scope: Scope, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO attempts (scope, key, at) VALUES ($1, $2, $3)")
        .bind(scope.name())
        .bind(key)
        .bind(now_unix())
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Forgets failures older than the window (run by the server's housekeeping task).
#[tracing::instrument(level = "debug", skip(db))]
pub async fn purge(db: &Db) -> Result<u64, sqlx::Error> {
    let result = sqlx::query("DELETE FROM attempts WHERE at <= $1")
        .bind(now_unix() - WINDOW)
        .execute(&db.pool)
        .await?;
    Ok(result.rows_affected())
}

/// The network address a request came from: the peer's, or behind a trusted
/// load balancer the last `X-Forwarded-For` entry (the one it appended).
#[derive(Clone, Debug)]
pub struct ClientAddress(pub String);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let forwarded = state
            .site
            .trust_forwarded_for
            .then(|| {
                parts
                    .headers
                    .get_all("x-forwarded-for")
                    .iter()
                    .next_back()?
                    .to_str()
                    .ok()
                    .map(str::to_owned)
            })
            .flatten()
            .and_then(|list| list.rsplit(',').next().map(|a| a.trim().to_owned()))
            .filter(|a| !a.is_empty());
        let address = forwarded.unwrap_or_else(|| {
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|ConnectInfo(address)| address.ip().to_string())
                .unwrap_or_else(|| "unknown".to_owned())
        });
        Ok(ClientAddress(address))
    }
}
