//! The one error type of handlers and pages. What the person sees is kind
//! and localised ("not found", or "something went wrong, try again"); the
//! cause (a database message, say) goes to the log with the request's id
//! and never to the page.

use axum::response::{IntoResponse, Response};
use http::StatusCode;
use std::fmt;

/// Why a request could not be answered as asked.
#[derive(Clone, Debug)]
pub enum AppError {
    /// Not there, or not the asker's: answered as "not found".
    NotFound,
    /// A failure on our side; its cause is logged, never shown.
    Internal(String),
}

impl AppError {
    /// A failure on our side, with what we were doing when it happened.
    pub fn internal(doing: &str, cause: impl fmt::Display) -> AppError {
        AppError::Internal(format!("{doing}: {cause}"))
    }

    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Logs an internal cause with the request's id (a "not found" is not an
    /// error). Without an id, the request's span carries it.
    pub fn log(&self, request: Option<&RequestId>) {
        match (self, request) {
            (AppError::Internal(cause), Some(id)) => {
                tracing::error!(request_id = id.0.as_str(), cause, "a request failed")
            }
            (AppError::Internal(cause), None) => tracing::error!(cause, "a request failed"),
            (AppError::NotFound, _) => {}
        }
    }
}

impl From<sqlx::Error> for AppError {
    fn from(error: sqlx::Error) -> Self {
        AppError::internal("database", error)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::NotFound => f.write_str("not found"),
            AppError::Internal(cause) => f.write_str(cause),
        }
    }
}

/// The id of a request, given by the server before anything else runs and
/// written in every log line about it, so a failure a person reports can be found.
#[derive(Clone, Debug)]
pub struct RequestId(pub String);

impl RequestId {
    pub fn new() -> RequestId {
        RequestId(crate::codes::random_id()[..12].to_owned())
    }
}

impl Default for RequestId {
    fn default() -> Self {
        Self::new()
    }
}

/// Marks a response whose body the server replaces with its localised error
/// page (a handler does not know the person's language).
#[derive(Clone, Copy, Debug)]
pub struct ErrorPage(pub StatusCode);

impl IntoResponse for AppError {
    /// Inside the request's span, so the log line carries its id.
    fn into_response(self) -> Response {
        self.log(None);
        let status = self.status();
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorPage(status));
        response
    }
}
