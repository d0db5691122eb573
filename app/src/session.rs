//! The typed session: who is signed in, behind constant keys (server only).
//! The session itself is stored in the database by the server's session store.

use axum::extract::FromRequestParts;
use http::request::Parts;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

/// Who a session belongs to once someone has signed in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SessionUser {
    /// A teacher, by account id.
    Teacher { id: String },
    /// A pupil, by their random id and their class.
    Pupil { id: String, class_id: String },
}

/// Why the session could not be read or written.
#[derive(Debug, thiserror::Error)]
#[error("session storage failed: {0}")]
pub struct SessionError(#[from] tower_sessions::session::Error);

/// The session of the current request, with typed accessors.
#[derive(Clone, Debug)]
pub struct TypedSession(Session);

impl TypedSession {
    const USER: &'static str = "user";
    const SEEN: &'static str = "seen";

    pub fn new(session: Session) -> Self {
        Self(session)
    }

    /// Who is signed in, if anyone.
    pub async fn user(&self) -> Result<Option<SessionUser>, SessionError> {
        Ok(self.0.get(Self::USER).await?)
    }

    /// Signs `user` in. The session id changes, so an id planted before the
    /// login (session fixation) is worth nothing after it.
    pub async fn login(&self, user: SessionUser) -> Result<(), SessionError> {
        self.0.cycle_id().await?;
        self.0.insert(Self::USER, user).await?;
        self.0.insert(Self::SEEN, crate::db::now_unix()).await?;
        Ok(())
    }

    /// Ends the session on the server and forgets its cookie.
    pub async fn logout(&self) -> Result<(), SessionError> {
        Ok(self.0.flush().await?)
    }

    /// Keeps an active session alive without writing it on every request.
    /// The store ends a session `idle_minutes` after it was last saved, and
    /// tower-sessions saves only a changed session; so once half of that time
    /// has passed since the last save, the session is marked seen again,
    /// which saves it (and renews its cookie) when this response is sent.
    pub async fn keep_alive(&self, idle_minutes: i64) -> Result<(), SessionError> {
        let now = crate::db::now_unix();
        let seen: Option<i64> = self.0.get(Self::SEEN).await?;
        // No id after loading: there is no stored session to keep.
        if self.0.id().is_none() {
            return Ok(());
        }
        if seen.is_none_or(|seen| now - seen >= idle_minutes * 60 / 2) {
            self.0.insert(Self::SEEN, now).await?;
        }
        Ok(())
    }

    /// The session's id, once it has been saved.
    pub fn id(&self) -> Option<String> {
        self.0.id().map(|id| id.to_string())
    }
}

impl SessionUser {
    /// The id the session store files this session under: the teacher's or
    /// the pupil's, so their sessions can be ended without reading them.
    pub fn owner(&self) -> &str {
        match self {
            SessionUser::Teacher { id } | SessionUser::Pupil { id, .. } => id,
        }
    }

    /// Who a stored session belongs to, read from its record's data.
    pub fn of_record(data: &std::collections::HashMap<String, serde_json::Value>) -> Option<SessionUser> {
        serde_json::from_value(data.get(TypedSession::USER)?.clone()).ok()
    }
}

/// Ends every session of `owner` (a teacher's or a pupil's id).
#[tracing::instrument(skip(conn))]
pub async fn end_sessions_of(conn: &mut sqlx::AnyConnection, owner: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE owner = $1")
        .bind(owner)
        .execute(conn)
        .await?;
    Ok(())
}

impl<S: Send + Sync> FromRequestParts<S> for TypedSession {
    type Rejection = <Session as FromRequestParts<S>>::Rejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Session::from_request_parts(parts, state).await.map(Self)
    }
}
