//! The two steps of an LTI launch. The OIDC login initiation makes a state
//! and a nonce, stored and bound to the platform; the launch then checks the
//! platform's token fully: the state (used once, so a replayed launch and
//! its nonce are refused), the signature against the platform's published
//! key, issuer, audience and authorised party, expiry, nonce, version,
//! message type and deployment. Each refusal has a kind page that says what
//! to do, and no more than that.

use super::claims::{LaunchClaims, DEEP_LINKING_REQUEST, RESOURCE_LINK_REQUEST, VERSION};
use super::platforms::{self, Platform};
use super::remote::{Remote, RemoteError};
use crate::codes::random_id;
use crate::db::{now_unix, Db};
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{Algorithm, Validation};

/// How long a login may take between initiation and launch.
pub const LOGIN_SECONDS: i64 = 600;
/// How far the platform's clock may be from ours.
const LEEWAY_SECONDS: u64 = 60;

/// Why a launch was refused: what the page says, not the detail (logged).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Issuer, client or deployment not registered here.
    NotRegistered,
    /// The login is unknown, used already, or too old; or the token expired.
    Stale,
    /// Signature, audience, nonce or a claim is wrong.
    Invalid,
    /// The platform's keys could not be fetched.
    Unreachable,
    /// A role Lanterne has nothing for (neither instructor nor learner).
    Role,
    /// A learner came before any instructor opened Lanterne in the course.
    NoClass,
    /// Lanterne failed on its side.
    Failed,
}

impl Refusal {
    /// The Fluent id of its explanation (`…-title` and `…-text`).
    pub fn message(self) -> &'static str {
        match self {
            Refusal::NotRegistered => "lti-refused-registration",
            Refusal::Stale => "lti-refused-stale",
            Refusal::Invalid => "lti-refused-invalid",
            Refusal::Unreachable => "lti-refused-unreachable",
            Refusal::Role => "lti-refused-role",
            Refusal::NoClass => "lti-refused-no-class",
            Refusal::Failed => "lti-refused-failed",
        }
    }

    pub fn status(self) -> http::StatusCode {
        match self {
            Refusal::Unreachable => http::StatusCode::BAD_GATEWAY,
            Refusal::Failed => http::StatusCode::INTERNAL_SERVER_ERROR,
            Refusal::Role | Refusal::NoClass => http::StatusCode::FORBIDDEN,
            _ => http::StatusCode::BAD_REQUEST,
        }
    }
}

fn failed(error: impl std::fmt::Display) -> Refusal {
    tracing::error!(%error, "an LTI launch failed on Lanterne's side");
    Refusal::Failed
}

/// A login under way: the state and nonce to send to the platform.
pub struct Login {
    pub platform: Platform,
    pub state: String,
    pub nonce: String,
}

/// Starts a login for the platform `issuer` (and `client_id`, if given).
pub async fn begin(db: &Db, issuer: &str, client_id: Option<&str>) -> Result<Login, Refusal> {
    let client_id = client_id.filter(|c| !c.is_empty());
    if !is_plain(issuer) || !client_id.is_none_or(is_plain) {
        tracing::warn!("an LTI login whose issuer or client id is not plain text");
        return Err(Refusal::NotRegistered);
    }
    let Some(platform) = platforms::find(db, issuer, client_id).await.map_err(failed)? else {
        tracing::warn!(
            issuer,
            ?client_id,
            "an LTI login from a platform not registered (or ambiguous)"
        );
        return Err(Refusal::NotRegistered);
    };
    let (state, nonce) = (random_id(), random_id());
    sqlx::query("INSERT INTO lti_logins (state, nonce, platform_id, created_at) VALUES ($1, $2, $3, $4)")
        .bind(&state)
        .bind(&nonce)
        .bind(&platform.id)
        .bind(now_unix())
        .execute(&db.pool)
        .await
        .map_err(failed)?;
    Ok(Login {
        platform,
        state,
        nonce,
    })
}

/// Whether `text` can be an id Lanterne made (`random_id`): anything else is
/// refused before it reaches the database.
pub fn is_random_id(text: &str) -> bool {
    text.len() == 32 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Whether a value a platform sent is plain text of a sane length.
fn is_plain(text: &str) -> bool {
    text.len() <= 2048 && !text.chars().any(char::is_control)
}

/// The login a state names, taken out so it is used once.
async fn take_login(db: &Db, state: &str) -> Result<(String, String), Refusal> {
    if !is_random_id(state) {
        tracing::warn!("an LTI launch with a state Lanterne never made");
        return Err(Refusal::Stale);
    }
    let row: Option<(String, String, i64)> =
        sqlx::query_as("SELECT nonce, platform_id, created_at FROM lti_logins WHERE state = $1")
            .bind(state)
            .fetch_optional(&db.pool)
            .await
            .map_err(failed)?;
    let Some((nonce, platform_id, created_at)) = row else {
        tracing::warn!("an LTI launch with an unknown or used state");
        return Err(Refusal::Stale);
    };
    let deleted = sqlx::query("DELETE FROM lti_logins WHERE state = $1")
        .bind(state)
        .execute(&db.pool)
        .await
        .map_err(failed)?;
    if deleted.rows_affected() != 1 || now_unix() - created_at > LOGIN_SECONDS {
        tracing::warn!("an LTI launch whose login was used meanwhile or is too old");
        return Err(Refusal::Stale);
    }
    Ok((nonce, platform_id))
}

/// A launch that passed every check.
#[derive(Clone, Debug)]
pub struct Launch {
    pub platform: Platform,
    pub claims: LaunchClaims,
}

/// Checks the launch `id_token` sent with `state`.
pub async fn verify(db: &Db, remote: &Remote, id_token: &str, state: &str) -> Result<Launch, Refusal> {
    let (nonce, platform_id) = take_login(db, state).await?;
    let platform = platforms::by_id(db, &platform_id)
        .await
        .map_err(failed)?
        .ok_or(Refusal::NotRegistered)?;
    let claims = decode(remote, &platform, id_token).await?;
    check_claims(&platform, &claims, &nonce)?;
    Ok(Launch { platform, claims })
}

/// The token's claims, once its signature, issuer, audience and expiry hold.
async fn decode(remote: &Remote, platform: &Platform, id_token: &str) -> Result<LaunchClaims, Refusal> {
    let invalid = |why: &str| {
        tracing::warn!(why, issuer = platform.issuer, "an LTI launch token was refused");
        Refusal::Invalid
    };
    let header = jsonwebtoken::decode_header(id_token).map_err(|_| invalid("unreadable header"))?;
    if header.alg != Algorithm::RS256 {
        return Err(invalid("not RS256"));
    }
    let kid = header.kid.ok_or_else(|| invalid("no key id"))?;
    let key = remote.key(platform, &kid).await.map_err(|error| match error {
        RemoteError::UnknownKey(_) => invalid("unknown key id"),
        error => {
            tracing::warn!(%error, "the platform's keys could not be fetched");
            Refusal::Unreachable
        }
    })?;
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_issuer(&[&platform.issuer]);
    validation.set_audience(&[&platform.client_id]);
    validation.set_required_spec_claims(&["exp", "iat", "iss", "aud"]);
    validation.leeway = LEEWAY_SECONDS;
    match jsonwebtoken::decode::<LaunchClaims>(id_token, &key, &validation) {
        Ok(data) => Ok(data.claims),
        Err(error) if matches!(error.kind(), ErrorKind::ExpiredSignature) => {
            tracing::warn!("an expired LTI launch token");
            Err(Refusal::Stale)
        }
        Err(error) => Err(invalid(&error.to_string())),
    }
}

/// The LTI claims of a token whose signature holds.
fn check_claims(platform: &Platform, claims: &LaunchClaims, nonce: &str) -> Result<(), Refusal> {
    let problem = if claims.nonce != nonce {
        Some("nonce")
    } else if claims.azp.as_deref().is_some_and(|azp| azp != platform.client_id) {
        Some("authorised party")
    } else if claims.version != VERSION {
        Some("version")
    } else if !matches!(
        claims.message_type.as_str(),
        RESOURCE_LINK_REQUEST | DEEP_LINKING_REQUEST
    ) {
        Some("message type")
    } else if claims.sub.as_deref().is_none_or(str::is_empty) {
        Some("no subject")
    } else if claims.message_type == RESOURCE_LINK_REQUEST && claims.resource_link.is_none() {
        Some("no resource link")
    } else if claims.message_type == DEEP_LINKING_REQUEST && claims.deep_linking.is_none() {
        Some("no deep linking settings")
    } else {
        None
    };
    if let Some(why) = problem {
        tracing::warn!(why, issuer = platform.issuer, "an LTI launch token was refused");
        return Err(Refusal::Invalid);
    }
    if !platform.deployments.contains(&claims.deployment_id) {
        tracing::warn!(
            issuer = platform.issuer,
            "an LTI launch from a deployment not registered"
        );
        return Err(Refusal::NotRegistered);
    }
    Ok(())
}

/// Deletes logins that were never completed.
pub async fn purge_logins(db: &Db) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM lti_logins WHERE created_at < $1")
        .bind(now_unix() - LOGIN_SECONDS)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected())
}
