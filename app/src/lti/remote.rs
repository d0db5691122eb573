//! Lanterne's calls to a platform: its public keys (cached with an expiry,
//! fetched again when a token names a key not seen yet), access tokens for
//! Assignment and Grade Services (a client-credentials grant proved by a JWT
//! signed with Lanterne's key, cached until shortly before it expires), and
//! scores.

use super::keys::ToolKey;
use super::platforms::Platform;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::DecodingKey;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

/// How long a platform's key set is trusted before it is fetched again.
const KEYS_FOR: Duration = Duration::from_secs(600);
/// A key set is not fetched again sooner than this for an unknown key id.
const REFETCH_AFTER: Duration = Duration::from_secs(10);
/// The scope Lanterne asks for: posting scores, nothing else.
pub const SCORE_SCOPE: &str = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
pub const SCORE_TYPE: &str = "application/vnd.ims.lis.v1.score+json";

#[derive(Debug, thiserror::Error)]
pub enum RemoteError {
    #[error("could not reach {url}: {error}")]
    Unreachable { url: String, error: String },
    #[error("{url} answered {status}")]
    Status { url: String, status: u16 },
    #[error("{url} sent what cannot be read: {error}")]
    Unreadable { url: String, error: String },
    #[error("the platform publishes no key {0}")]
    UnknownKey(String),
    #[error("signing: {0}")]
    Signing(String),
}

#[derive(Clone, Debug)]
pub struct Remote {
    client: reqwest::Client,
    keys: Arc<Mutex<HashMap<String, (Instant, JwkSet)>>>,
    tokens: Arc<Mutex<HashMap<String, (Instant, String)>>>,
}

impl Default for Remote {
    fn default() -> Self {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default();
        Remote {
            client,
            keys: Arc::default(),
            tokens: Arc::default(),
        }
    }
}

#[derive(Serialize)]
struct Assertion<'a> {
    iss: &'a str,
    sub: &'a str,
    aud: &'a str,
    iat: i64,
    exp: i64,
    jti: String,
}

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    #[serde(default)]
    expires_in: Option<u64>,
}

/// A score as Assignment and Grade Services 2.0 takes it.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Score<'a> {
    pub user_id: &'a str,
    pub score_given: i64,
    pub score_maximum: i64,
    pub activity_progress: &'static str,
    pub grading_progress: &'static str,
    pub timestamp: String,
}

fn unreachable(url: &str, error: reqwest::Error) -> RemoteError {
    RemoteError::Unreachable {
        url: url.to_owned(),
        error: error.without_url().to_string(),
    }
}

fn checked(url: &str, response: reqwest::Response) -> Result<reqwest::Response, RemoteError> {
    match response.status() {
        status if status.is_success() => Ok(response),
        status => Err(RemoteError::Status {
            url: url.to_owned(),
            status: status.as_u16(),
        }),
    }
}

impl Remote {
    async fn fetch_keys(&self, url: &str) -> Result<JwkSet, RemoteError> {
        let response = self
            .client
            .get(url)
            .send()
            .await
            .map_err(|e| unreachable(url, e))?;
        checked(url, response)?
            .json::<JwkSet>()
            .await
            .map_err(|e| RemoteError::Unreadable {
                url: url.to_owned(),
                error: e.without_url().to_string(),
            })
    }

    /// The platform's public key `kid`, from the cached key set or, when the
    /// set is old or lacks it, from a fresh one.
    pub async fn key(&self, platform: &Platform, kid: &str) -> Result<DecodingKey, RemoteError> {
        let url = &platform.jwks_url;
        let cached = self.keys.lock().await.get(url).cloned();
        let fresh_enough = |at: Instant, set: &JwkSet| {
            at.elapsed() < KEYS_FOR && (set.find(kid).is_some() || at.elapsed() < REFETCH_AFTER)
        };
        let set = match cached {
            Some((at, set)) if fresh_enough(at, &set) => set,
            _ => {
                let set = self.fetch_keys(url).await?;
                self.keys
                    .lock()
                    .await
                    .insert(url.clone(), (Instant::now(), set.clone()));
                set
            }
        };
        let jwk = set
            .find(kid)
            .ok_or_else(|| RemoteError::UnknownKey(kid.to_owned()))?;
        DecodingKey::from_jwk(jwk).map_err(|e| RemoteError::Unreadable {
            url: url.clone(),
            error: e.to_string(),
        })
    }

    /// An access token to post scores on `platform`, cached until a minute
    /// before it expires.
    pub async fn access_token(&self, platform: &Platform, key: &ToolKey) -> Result<String, RemoteError> {
        if let Some((until, token)) = self.tokens.lock().await.get(&platform.id) {
            if Instant::now() < *until {
                return Ok(token.clone());
            }
        }
        let now = crate::db::now_unix();
        let assertion = key
            .sign(&Assertion {
                iss: &platform.client_id,
                sub: &platform.client_id,
                aud: &platform.token_url,
                iat: now,
                exp: now + 300,
                jti: crate::codes::random_id(),
            })
            .map_err(|e| RemoteError::Signing(e.to_string()))?;
        let form = [
            ("grant_type", "client_credentials"),
            (
                "client_assertion_type",
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ),
            ("client_assertion", assertion.as_str()),
            ("scope", SCORE_SCOPE),
        ];
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        let url = &platform.token_url;
        let response = self
            .client
            .post(url)
            .header(http::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(http::header::ACCEPT, "application/json")
            .body(body)
            .send()
            .await
            .map_err(|e| unreachable(url, e))?;
        let answer: TokenAnswer =
            checked(url, response)?
                .json()
                .await
                .map_err(|e| RemoteError::Unreadable {
                    url: url.clone(),
                    error: e.without_url().to_string(),
                })?;
        let lasts = Duration::from_secs(answer.expires_in.unwrap_or(3600).saturating_sub(60).max(30));
        self.tokens.lock().await.insert(
            platform.id.clone(),
            (Instant::now() + lasts, answer.access_token.clone()),
        );
        Ok(answer.access_token)
    }

    /// Forgets the token of `platform` (after the platform refused it).
    pub async fn forget_token(&self, platform: &Platform) {
        self.tokens.lock().await.remove(&platform.id);
    }

    /// Posts `score` to the line item `line_item`.
    pub async fn post_score(
        &self,
        token: &str,
        line_item: &str,
        score: &Score<'_>,
    ) -> Result<(), RemoteError> {
        let url = scores_url(line_item).ok_or_else(|| RemoteError::Unreadable {
            url: line_item.to_owned(),
            error: "not a URL".to_owned(),
        })?;
        let body = serde_json::to_vec(score).map_err(|e| RemoteError::Signing(e.to_string()))?;
        let response = self
            .client
            .post(&url)
            .bearer_auth(token)
            .header(http::header::CONTENT_TYPE, SCORE_TYPE)
            .body(body)
            .send()
            .await
            .map_err(|e| unreachable(&url, e))?;
        checked(&url, response).map(|_| ())
    }
}

/// The scores endpoint of a line item: `/scores` added to its path, its
/// query kept (as AGS 2.0 says).
pub fn scores_url(line_item: &str) -> Option<String> {
    let mut url = reqwest::Url::parse(line_item).ok()?;
    let path = format!("{}/scores", url.path().trim_end_matches('/'));
    url.set_path(&path);
    Some(url.to_string())
}

#[cfg(test)]
mod tests {
    use super::scores_url;

    #[test]
    fn the_scores_url_extends_the_path_and_keeps_the_query() {
        assert_eq!(
            scores_url("https://lms.example/api/lineitems/7?type=1").as_deref(),
            Some("https://lms.example/api/lineitems/7/scores?type=1")
        );
        assert_eq!(
            scores_url("http://127.0.0.1:9/lineitems/2/").as_deref(),
            Some("http://127.0.0.1:9/lineitems/2/scores")
        );
        assert_eq!(scores_url("nonsense"), None);
    }
}
