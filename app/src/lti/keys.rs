//! Lanterne's own RSA key pair, made at first use and kept in the database,
//! so every instance signs with the same key. Its public half is published
//! at `/lti/jwks`; `lanterne lti rotate-key` retires it for a new one, and
//! the retired key stays published for a day so tokens signed just before
//! still verify.

use super::LtiError;
use crate::codes::random_id;
use crate::db::{now_unix, Db};
use jsonwebtoken::jwk::{Jwk, JwkSet, PublicKeyUse};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use rsa::pkcs1::{EncodeRsaPrivateKey, LineEnding};

/// How long a retired key stays published.
pub const RETIRED_FOR_SECONDS: i64 = 24 * 3600;
const BITS: usize = 2048;

/// A signing key and its id.
pub struct ToolKey {
    pub kid: String,
    key: EncodingKey,
}

impl ToolKey {
    fn from_pem(kid: String, pem: &str) -> Result<ToolKey, LtiError> {
        Ok(ToolKey {
            kid,
            key: EncodingKey::from_rsa_pem(pem.as_bytes())?,
        })
    }

    /// The public half as a JWK, with its id.
    pub fn public(&self) -> Result<Jwk, LtiError> {
        let mut jwk = Jwk::from_encoding_key(&self.key, Algorithm::RS256)?;
        jwk.common.key_id = Some(self.kid.clone());
        jwk.common.public_key_use = Some(PublicKeyUse::Signature);
        Ok(jwk)
    }

    /// `claims` signed RS256 with this key, its id in the header.
    pub fn sign(&self, claims: &impl serde::Serialize) -> Result<String, LtiError> {
        let mut header = Header::new(Algorithm::RS256);
        header.kid = Some(self.kid.clone());
        header.typ = Some("JWT".to_owned());
        Ok(jsonwebtoken::encode(&header, claims, &self.key)?)
    }
}

/// A fresh 2048-bit key in PKCS#1 PEM, made off the async threads.
async fn generate() -> Result<String, LtiError> {
    tokio::task::spawn_blocking(|| {
        let key = rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, BITS)
            .map_err(|e| LtiError::Key(e.to_string()))?;
        let pem = key
            .to_pkcs1_pem(LineEnding::LF)
            .map_err(|e| LtiError::Key(e.to_string()))?;
        Ok(pem.to_string())
    })
    .await
    .map_err(|e| LtiError::Key(e.to_string()))?
}

async fn insert_new(db: &Db) -> Result<ToolKey, LtiError> {
    let kid = random_id();
    let pem = generate().await?;
    sqlx::query("INSERT INTO lti_keys (kid, private_pem, created_at, retired_at) VALUES ($1, $2, $3, NULL)")
        .bind(&kid)
        .bind(&pem)
        .bind(now_unix())
        .execute(&db.pool)
        .await?;
    ToolKey::from_pem(kid, &pem)
}

/// The key Lanterne signs with now, made if there is none.
pub async fn current(db: &Db) -> Result<ToolKey, LtiError> {
    let row: Option<(String, String)> = sqlx::query_as(
        "SELECT kid, private_pem FROM lti_keys WHERE retired_at IS NULL ORDER BY created_at DESC, kid LIMIT 1",
    )
    .fetch_optional(&db.pool)
    .await?;
    match row {
        Some((kid, pem)) => ToolKey::from_pem(kid, &pem),
        None => insert_new(db).await,
    }
}

/// Retires the current key for a new one; returns the new key's id.
pub async fn rotate(db: &Db) -> Result<String, LtiError> {
    sqlx::query("UPDATE lti_keys SET retired_at = $1 WHERE retired_at IS NULL")
        .bind(now_unix())
        .execute(&db.pool)
        .await?;
    Ok(insert_new(db).await?.kid)
}

/// The published keys: the current one and those retired less than a day ago.
pub async fn published(db: &Db) -> Result<JwkSet, LtiError> {
    current(db).await?;
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT kid, private_pem FROM lti_keys WHERE retired_at IS NULL OR retired_at > $1 \
         ORDER BY CASE WHEN retired_at IS NULL THEN 0 ELSE 1 END, created_at DESC",
    )
    .bind(now_unix() - RETIRED_FOR_SECONDS)
    .fetch_all(&db.pool)
    .await?;
    let keys = rows
        .into_iter()
        .map(|(kid, pem)| ToolKey::from_pem(kid, &pem)?.public())
        .collect::<Result<Vec<Jwk>, LtiError>>()?;
    Ok(JwkSet { keys })
}

/// Deletes the keys retired more than a day ago; returns how many.
pub async fn purge_retired(db: &Db) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM lti_keys WHERE retired_at IS NOT NULL AND retired_at < $1")
        .bind(now_unix() - RETIRED_FOR_SECONDS)
        .execute(&db.pool)
        .await?;
    Ok(done.rows_affected())
}
