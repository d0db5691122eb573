//! The platforms an administrator registered with `lanterne lti add-platform`:
//! issuer, client id, deployments, the three URLs Lanterne calls, and the
//! origins allowed to frame Lanterne when one of them launched it.

use crate::codes::random_id;
use crate::db::{now_unix, Db};
use sqlx::Row;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::RwLock;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Platform {
    pub id: String,
    pub issuer: String,
    pub client_id: String,
    pub auth_url: String,
    pub token_url: String,
    pub jwks_url: String,
    pub frame_origins: Vec<String>,
    pub deployments: Vec<String>,
}

/// What `lanterne lti add-platform` was given.
#[derive(Clone, Debug)]
pub struct NewPlatform {
    pub issuer: String,
    pub client_id: String,
    pub deployments: Vec<String>,
    pub auth_url: String,
    pub token_url: String,
    pub jwks_url: String,
    /// By default the issuer's origin.
    pub frame_origins: Vec<String>,
}

/// Why a registration was refused.
#[derive(Debug, thiserror::Error)]
pub enum RegistrationError {
    #[error("{0} is not an https URL (http is accepted only for localhost)")]
    NotHttps(String),
    #[error("at least one --deployment-id is needed")]
    NoDeployment,
    #[error("{issuer} is already registered with client id {client_id}; remove it first")]
    Taken { issuer: String, client_id: String },
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// The origin (`scheme://host[:port]`) of a URL that is https, or http on
/// this machine; `None` for anything else.
pub fn origin_of(url: &str) -> Option<String> {
    let parsed = reqwest::Url::parse(url).ok()?;
    let host = parsed.host_str()?;
    let local = matches!(host, "localhost" | "127.0.0.1" | "[::1]");
    if parsed.scheme() != "https" && !(parsed.scheme() == "http" && local) {
        return None;
    }
    Some(parsed.origin().ascii_serialization())
}

impl NewPlatform {
    fn check(&self) -> Result<(), RegistrationError> {
        let urls = [&self.issuer, &self.auth_url, &self.token_url, &self.jwks_url];
        let origins = self.frame_origins.iter();
        if let Some(bad) = urls.into_iter().chain(origins).find(|u| origin_of(u).is_none()) {
            return Err(RegistrationError::NotHttps(bad.clone()));
        }
        if self.deployments.iter().all(|d| d.trim().is_empty()) {
            return Err(RegistrationError::NoDeployment);
        }
        Ok(())
    }

    fn origins(&self) -> Vec<String> {
        let given = if self.frame_origins.is_empty() {
            std::slice::from_ref(&self.issuer)
        } else {
            &self.frame_origins[..]
        };
        given.iter().filter_map(|u| origin_of(u)).collect()
    }
}

/// Registers a platform and its deployments, all or nothing.
pub async fn add(db: &Db, new: &NewPlatform) -> Result<Platform, RegistrationError> {
    new.check()?;
    let mut tx = db.begin_write().await?;
    let id = random_id();
    let origins = new.origins();
    let inserted = sqlx::query(
        "INSERT INTO lti_platforms (id, issuer, client_id, auth_url, token_url, jwks_url, frame_origins, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (issuer, client_id) DO NOTHING",
    )
    .bind(&id)
    .bind(&new.issuer)
    .bind(&new.client_id)
    .bind(&new.auth_url)
    .bind(&new.token_url)
    .bind(&new.jwks_url)
    .bind(origins.join(" "))
    .bind(now_unix())
    .execute(&mut *tx)
    .await?;
    if inserted.rows_affected() == 0 {
        return Err(RegistrationError::Taken {
            issuer: new.issuer.clone(),
            client_id: new.client_id.clone(),
        });
    }
    let mut deployments: Vec<String> = new.deployments.iter().map(|d| d.trim().to_owned()).collect();
    deployments.retain(|d| !d.is_empty());
    deployments.dedup();
    for deployment in &deployments {
        sqlx::query("INSERT INTO lti_deployments (platform_id, deployment_id) VALUES ($1, $2)")
            .bind(&id)
            .bind(deployment)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(Platform {
        id,
        issuer: new.issuer.clone(),
        client_id: new.client_id.clone(),
        auth_url: new.auth_url.clone(),
        token_url: new.token_url.clone(),
        jwks_url: new.jwks_url.clone(),
        frame_origins: origins,
        deployments,
    })
}

const COLUMNS: &str = "id, issuer, client_id, auth_url, token_url, jwks_url, frame_origins";

async fn with_deployments(db: &Db, rows: Vec<sqlx::any::AnyRow>) -> Result<Vec<Platform>, sqlx::Error> {
    let all: Vec<(String, String)> =
        sqlx::query_as("SELECT platform_id, deployment_id FROM lti_deployments ORDER BY deployment_id")
            .fetch_all(&db.pool)
            .await?;
    rows.iter()
        .map(|row| {
            let id: String = row.try_get("id")?;
            let origins: String = row.try_get("frame_origins")?;
            Ok(Platform {
                deployments: all
                    .iter()
                    .filter(|(p, _)| *p == id)
                    .map(|(_, d)| d.clone())
                    .collect(),
                id,
                issuer: row.try_get("issuer")?,
                client_id: row.try_get("client_id")?,
                auth_url: row.try_get("auth_url")?,
                token_url: row.try_get("token_url")?,
                jwks_url: row.try_get("jwks_url")?,
                frame_origins: origins.split_whitespace().map(str::to_owned).collect(),
            })
        })
        .collect()
}

/// Every registered platform, by issuer.
pub async fn list(db: &Db) -> Result<Vec<Platform>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM lti_platforms ORDER BY issuer, client_id"
    ))
    .fetch_all(&db.pool)
    .await?;
    with_deployments(db, rows).await
}

/// The platform `id`.
pub async fn by_id(db: &Db, id: &str) -> Result<Option<Platform>, sqlx::Error> {
    let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM lti_platforms WHERE id = $1"))
        .bind(id)
        .fetch_all(&db.pool)
        .await?;
    Ok(with_deployments(db, rows).await?.pop())
}

/// The one platform registered for `issuer` (and `client_id`, when the
/// platform said which): `None` if none or several match.
pub async fn find(db: &Db, issuer: &str, client_id: Option<&str>) -> Result<Option<Platform>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM lti_platforms WHERE issuer = $1 AND ($2 = '' OR client_id = $2)"
    ))
    .bind(issuer)
    .bind(client_id.unwrap_or(""))
    .fetch_all(&db.pool)
    .await?;
    let mut found = with_deployments(db, rows).await?;
    Ok(if found.len() == 1 { found.pop() } else { None })
}

/// Removes a platform, by id or issuer; its courses' classes stay with
/// their teachers, but nobody can launch from it any more. Returns how many went.
pub async fn remove(db: &Db, id_or_issuer: &str) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM lti_platforms WHERE id = $1 OR issuer = $1")
        .bind(id_or_issuer)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected())
}

/// The origins that may frame Lanterne for each platform, read from the
/// database at most every 30 seconds (the command line registers platforms
/// from another process).
type OriginsById = HashMap<String, Vec<String>>;

#[derive(Clone, Debug, Default)]
pub struct FrameOrigins {
    cache: Arc<RwLock<Option<(Instant, OriginsById)>>>,
}

const FRAME_ORIGINS_FOR: Duration = Duration::from_secs(30);

impl FrameOrigins {
    /// The origins platform `id` frames Lanterne from; empty if unknown.
    pub async fn of(&self, db: &Db, id: &str) -> Vec<String> {
        if let Some((at, map)) = self.cache.read().await.as_ref() {
            if at.elapsed() < FRAME_ORIGINS_FOR {
                return map.get(id).cloned().unwrap_or_default();
            }
        }
        let rows: Vec<(String, String)> = match sqlx::query_as("SELECT id, frame_origins FROM lti_platforms")
            .fetch_all(&db.pool)
            .await
        {
            Ok(rows) => rows,
            Err(error) => {
                tracing::warn!(%error, "could not read the platforms' frame origins");
                return Vec::new();
            }
        };
        let map: HashMap<String, Vec<String>> = rows
            .into_iter()
            .map(|(id, origins)| (id, origins.split_whitespace().map(str::to_owned).collect()))
            .collect();
        let found = map.get(id).cloned().unwrap_or_default();
        *self.cache.write().await = Some((Instant::now(), map));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::origin_of;

    #[test]
    fn only_https_or_local_http_urls_have_an_origin() {
        assert_eq!(
            origin_of("https://moodle.example.fr/mod/lti/auth.php").as_deref(),
            Some("https://moodle.example.fr")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:8000/auth").as_deref(),
            Some("http://127.0.0.1:8000")
        );
        assert_eq!(origin_of("http://moodle.example.fr/auth"), None);
        assert_eq!(origin_of("javascript:alert(1)"), None);
        assert_eq!(origin_of("not a url"), None);
    }
}
