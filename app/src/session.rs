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
        Ok(())
    }

    /// Ends the session on the server and forgets its cookie.
    pub async fn logout(&self) -> Result<(), SessionError> {
        Ok(self.0.flush().await?)
    }

    /// The session's id, once it has been saved.
    pub fn id(&self) -> Option<String> {
        self.0.id().map(|id| id.to_string())
    }
}

impl<S: Send + Sync> FromRequestParts<S> for TypedSession {
    type Rejection = <Session as FromRequestParts<S>>::Rejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Session::from_request_parts(parts, state).await.map(Self)
    }
}
