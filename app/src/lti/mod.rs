//! LTI 1.3: Lanterne as a tool inside a school's learning platform (server
//! only). A platform an administrator registered launches Lanterne with a
//! signed token; its course becomes a class, its instructor a teacher, its
//! learner a pupil, each known by a one-way key: no name, email or picture is
//! read or kept. Deep linking returns the modules an instructor picks; scores
//! go back to the gradebook through an outbox.
//!
//! - `platforms.rs`: the registered platforms and the origins that may frame Lanterne
//! - `keys.rs`: Lanterne's own signing keys, published at `/lti/jwks`
//! - `remote.rs`: calls to a platform: its public keys (cached), access tokens, scores
//! - `claims.rs`: what Lanterne reads of a launch token (and nothing personal)
//! - `launch.rs`: the OIDC login's state and the full check of a launch
//! - `people.rs`: who is who: the course's class, the teacher, the pupil
//! - `deep_link.rs`: the signed answer to a deep-linking request
//! - `grades.rs`: the outbox of scores and its sender
//! - `tickets.rs`: one-time sign-ins for a new tab, when the frame keeps no cookie

pub mod claims;
pub mod deep_link;
pub mod grades;
pub mod keys;
pub mod launch;
pub mod people;
pub mod platforms;
pub mod remote;
pub mod tickets;

pub use claims::LaunchClaims;
pub use launch::{Launch, Refusal};
pub use platforms::Platform;

use std::sync::Arc;

/// What every request shares of LTI: the client and caches of calls to
/// platforms, the origins allowed to frame pages, and the nudge that wakes
/// the score sender.
#[derive(Clone, Debug, Default)]
pub struct Lti {
    pub remote: remote::Remote,
    pub frames: platforms::FrameOrigins,
    pub outbox: Arc<tokio::sync::Notify>,
}

/// Why an LTI operation failed on Lanterne's side.
#[derive(Debug, thiserror::Error)]
pub enum LtiError {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("token: {0}")]
    Token(#[from] jsonwebtoken::errors::Error),
    #[error("key: {0}")]
    Key(String),
    #[error("platform: {0}")]
    Remote(#[from] remote::RemoteError),
}

/// The one-way key of a platform's user: the same at every launch, and
/// nothing that names them.
pub fn user_key(issuer: &str, sub: &str) -> String {
    crate::codes::one_way(&format!("lti-user\n{issuer}\n{sub}"))
}
