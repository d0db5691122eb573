//! Why `lanterne serve` could not start, said so that a person can act on it:
//! one plain message that names the setting to change.

use std::fmt;

/// A start-up failure: what went wrong, and which setting changes it.
#[derive(Debug)]
pub struct StartupError {
    what: String,
    setting: &'static str,
}

impl StartupError {
    pub fn new(what: impl Into<String>, setting: &'static str) -> Self {
        Self {
            what: what.into(),
            setting,
        }
    }

    /// The content could not be read or is not valid.
    pub fn content(error: anyhow::Error) -> Self {
        Self::new(
            format!("{error:#}"),
            "--content (LANTERNE_CONTENT) or --root (LANTERNE_ROOT)",
        )
    }

    /// The database could not be opened or migrated.
    pub fn database(error: anyhow::Error) -> Self {
        Self::new(format!("{error:#}"), "--database-url (DATABASE_URL)")
    }

    /// The address could not be listened on.
    pub fn address(addr: std::net::SocketAddr, error: &std::io::Error) -> Self {
        let why = match error.kind() {
            std::io::ErrorKind::AddrInUse => "another program is already listening there".to_owned(),
            std::io::ErrorKind::PermissionDenied => "this user may not listen there".to_owned(),
            _ => error.to_string(),
        };
        Self::new(
            format!("cannot listen on {addr}: {why}"),
            "--addr (LANTERNE_ADDR)",
        )
    }
}

impl fmt::Display for StartupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}\nTo fix it, change {}.", self.what, self.setting)
    }
}

impl std::error::Error for StartupError {}
