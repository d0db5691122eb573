//! Sessions live in the application's own database, so several instances
//! behind a load balancer share them. The cookie is HttpOnly, SameSite=Lax,
//! Secure when the site is served over TLS, and the session ends after a
//! period without requests.

use app::db::{now_unix, Db};
use app::group_commit::{Statement, Value};
use app::session::SessionUser;
use async_trait::async_trait;
use std::time::Duration;
use tower_sessions::cookie::SameSite;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};
use tower_sessions::{Expiry, SessionManagerLayer};

/// The session cookie's name.
pub const COOKIE_NAME: &str = "lanterne_session";

/// A tower-sessions store on Lanterne's database (SQLite or PostgreSQL).
#[derive(Clone, Debug)]
pub struct DbStore {
    db: Db,
}

impl DbStore {
    pub fn new(db: Db) -> Self {
        Self { db }
    }

    /// Deletes the sessions that have expired; returns how many.
    #[tracing::instrument(level = "debug", skip_all)]
    pub async fn delete_expired(&self) -> Result<u64, sqlx::Error> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
            .bind(now_unix())
            .execute(&self.db.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// Runs [`Self::delete_expired`] every `period`, for the life of the process.
    pub fn spawn_cleanup(self, period: Duration) {
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(period);
            loop {
                ticks.tick().await;
                if let Err(error) = self.delete_expired().await {
                    tracing::warn!(%error, "could not delete expired sessions");
                }
            }
        });
    }
}

fn backend(error: sqlx::Error) -> session_store::Error {
    session_store::Error::Backend(error.to_string())
}

/// Whose session a record is (its indexed `owner` column), if anyone signed in.
fn owner(record: &Record) -> Option<String> {
    SessionUser::of_record(&record.data).map(|user| user.owner().to_owned())
}

/// A new session; nothing if its id is taken.
const INSERT_NEW: &str = "INSERT INTO sessions (id, data, expires_at, owner) VALUES ($1, $2, $3, $4) \
     ON CONFLICT (id) DO NOTHING";

/// A session saved, new or not.
const INSERT_OR_UPDATE: &str = "INSERT INTO sessions (id, data, expires_at, owner) VALUES ($1, $2, $3, $4) \
     ON CONFLICT (id) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at, owner = excluded.owner";

/// `sql` (one of the two above) for `record`.
fn upsert(record: &Record, sql: &'static str) -> session_store::Result<Statement> {
    Ok(Statement {
        sql,
        values: vec![
            Value::Text(record.id.to_string()),
            Value::Text(encode(record)?),
            Value::Int(record.expiry_date.unix_timestamp()),
            Value::MaybeText(owner(record)),
        ],
    })
}

fn encode(record: &Record) -> session_store::Result<String> {
    serde_json::to_string(&record.data).map_err(|e| session_store::Error::Encode(e.to_string()))
}

#[async_trait]
impl SessionStore for DbStore {
    #[tracing::instrument(level = "debug", skip_all)]
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        loop {
            let statement = upsert(record, INSERT_NEW)?;
            if self.db.write(statement).await.map_err(backend)? == 1 {
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn save(&self, record: &Record) -> session_store::Result<()> {
        let statement = upsert(record, INSERT_OR_UPDATE)?;
        self.db.write(statement).await.map_err(backend)?;
        Ok(())
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let row: Option<(String, i64)> =
            sqlx::query_as("SELECT data, expires_at FROM sessions WHERE id = $1 AND expires_at > $2")
                .bind(id.to_string())
                .bind(now_unix())
                .fetch_optional(&self.db.pool)
                .await
                .map_err(backend)?;
        let Some((data, expires_at)) = row else {
            return Ok(None);
        };
        let data = serde_json::from_str(&data).map_err(|e| session_store::Error::Decode(e.to_string()))?;
        let expiry_date = time::OffsetDateTime::from_unix_timestamp(expires_at)
            .map_err(|e| session_store::Error::Decode(e.to_string()))?;
        Ok(Some(Record {
            id: *id,
            data,
            expiry_date,
        }))
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE id = $1")
            .bind(id.to_string())
            .execute(&self.db.pool)
            .await
            .map_err(backend)?;
        Ok(())
    }
}

/// The session middleware with Lanterne's cookie policy.
pub fn layer(db: Db, secure: bool, idle_minutes: i64) -> SessionManagerLayer<DbStore> {
    SessionManagerLayer::new(DbStore::new(db))
        .with_name(COOKIE_NAME)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(time::Duration::minutes(idle_minutes)))
}
