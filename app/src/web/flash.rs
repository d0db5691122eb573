//! The one-shot message shown after a form posts and redirects: what went
//! wrong (or right), and what the person had typed, so nothing is lost.
//! Kept in the session until the next page reads it. Passwords are never kept.

use super::form::FormData;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use tower_sessions::Session;

pub(super) const KEY: &str = "flash";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Flash {
    /// A Fluent message id.
    pub message: String,
    /// An error (shown as an alert) or a confirmation.
    pub error: bool,
    /// The fields to fill the form with again.
    pub fields: BTreeMap<String, String>,
}

impl Flash {
    /// The value to put back in field `name`.
    pub fn field(&self, name: &str) -> String {
        self.fields.get(name).cloned().unwrap_or_default()
    }
}

/// Keeps `flash` for the next page.
pub async fn store(session: &Session, flash: Flash) {
    if let Err(error) = session.insert(KEY, flash).await {
        tracing::error!(%error, "could not keep a form message in the session");
    }
}

/// Shows the error `message` on the next page, with `keep` fields of `form` filled in again.
pub async fn error(session: &Session, message: &str, form: &FormData, keep: &[&str]) {
    let fields = keep
        .iter()
        .map(|name| ((*name).to_owned(), form.text(name).to_owned()))
        .collect();
    store(
        session,
        Flash {
            message: message.to_owned(),
            error: true,
            fields,
        },
    )
    .await;
}

/// Shows the confirmation `message` on the next page.
pub async fn notice(session: &Session, message: &str) {
    store(
        session,
        Flash {
            message: message.to_owned(),
            error: false,
            fields: BTreeMap::new(),
        },
    )
    .await;
}
