//! A posted form, read leniently: percent-decoding never fails (invalid
//! UTF-8 becomes U+FFFD) and a missing field reads as empty, so every
//! handler can answer bad input with a message rather than an error page.

use axum::extract::{FromRequest, Request};
use axum::response::{IntoResponse, Response};

/// The fields of an `application/x-www-form-urlencoded` body, in order. As
/// a handler's last argument it reads the body (too large a body is refused
/// as axum refuses any body).
#[derive(Clone, Debug, Default)]
pub struct FormData(Vec<(String, String)>);

impl<S: Send + Sync> FromRequest<S> for FormData {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Response> {
        let body = axum::body::Bytes::from_request(request, state)
            .await
            .map_err(IntoResponse::into_response)?;
        Ok(FormData::parse_bytes(&body))
    }
}

impl FormData {
    pub fn parse(body: &str) -> FormData {
        FormData::parse_bytes(body.as_bytes())
    }

    /// Like [`FormData::parse`]; bytes that are not UTF-8 become U+FFFD.
    pub fn parse_bytes(body: &[u8]) -> FormData {
        FormData(
            form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    /// The first value of `name`, trimmed; empty when absent.
    pub fn text(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.trim())
            .unwrap_or_default()
    }

    /// The first value of `name` exactly as sent (passwords are not trimmed).
    pub fn raw(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
            .unwrap_or_default()
    }

    /// Every value of `name`, in order (`option=0&option=2`).
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
            .collect()
    }

    /// Every value of `name` as numbers; `None` if one is not a number.
    pub fn numbers(&self, name: &str) -> Option<Vec<usize>> {
        self.all(name).iter().map(|v| v.trim().parse().ok()).collect()
    }

    /// Whether a checkbox named `name` was ticked.
    pub fn checked(&self, name: &str) -> bool {
        !self.all(name).is_empty()
    }
}

/// Text a person typed, kept only if it is reasonable: not empty, at most
/// `max` characters, no control characters or invisible direction overrides.
pub fn clean_text(value: &str, max: usize) -> Option<String> {
    let value = value.trim();
    let hostile = |c: char| {
        c.is_control()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
    };
    if value.is_empty() || value.chars().count() > max || value.chars().any(hostile) {
        return None;
    }
    Some(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_decoded_and_repeated_ones_kept() {
        let form = FormData::parse("name=CM2+%C3%A9t%C3%A9&option=0&option=2&bad=%FF");
        assert_eq!(form.text("name"), "CM2 été");
        assert_eq!(form.numbers("option"), Some(vec![0, 2]));
        assert_eq!(form.text("missing"), "");
        assert_eq!(form.text("bad"), "\u{FFFD}");
        assert_eq!(FormData::parse("option=x").numbers("option"), None);
    }

    #[test]
    fn hostile_text_is_refused() {
        assert_eq!(clean_text("  5e B  ", 10).as_deref(), Some("5e B"));
        assert_eq!(clean_text("", 10), None);
        assert_eq!(clean_text("abc\u{202E}def", 10), None);
        assert_eq!(clean_text("a\nb", 10), None);
        assert_eq!(clean_text(&"x".repeat(11), 10), None);
    }
}
