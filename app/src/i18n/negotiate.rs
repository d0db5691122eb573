//! Which language to answer in: the visitor's explicit choice (a cookie), then
//! the browser's Accept-Language, then French.

use super::lang::Lang;

/// The cookie that remembers an explicit choice made with the language switcher.
pub const LANG_COOKIE: &str = "lanterne_lang";

/// Picks the language from the `Cookie` and `Accept-Language` header values.
pub fn negotiate(cookie_header: Option<&str>, accept_language: Option<&str>) -> Lang {
    cookie_header
        .and_then(chosen_language)
        .or_else(|| accept_language.and_then(preferred_language))
        .unwrap_or_default()
}

fn chosen_language(cookie_header: &str) -> Option<Lang> {
    cookie_header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == LANG_COOKIE)
        .and_then(|(_, value)| Lang::from_code(value))
}

/// The shipped language with the highest q-value; ties keep the header's order.
fn preferred_language(header: &str) -> Option<Lang> {
    let mut best: Option<(Lang, f32)> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let Some(lang) = parts.next().and_then(Lang::from_code) else {
            continue;
        };
        let quality = parts
            .filter_map(|p| p.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if quality > 0.0 && best.is_none_or(|(_, q)| quality > q) {
            best = Some((lang, quality));
        }
    }
    best.map(|(lang, _)| lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_choice_beats_the_browser_language() {
        let lang = negotiate(Some("a=b; lanterne_lang=en"), Some("fr-FR,fr;q=0.9"));
        assert_eq!(lang, Lang::En);
    }

    #[test]
    fn accept_language_is_read_by_quality() {
        assert_eq!(negotiate(None, Some("de-DE,en;q=0.8,fr;q=0.5")), Lang::En);
        assert_eq!(negotiate(None, Some("en;q=0.2, fr-CA;q=0.7")), Lang::Fr);
        assert_eq!(negotiate(None, Some("en-GB")), Lang::En);
    }

    #[test]
    fn french_is_the_default_for_unknown_or_garbage_input() {
        assert_eq!(negotiate(None, None), Lang::Fr);
        assert_eq!(
            negotiate(Some("lanterne_lang=xx"), Some("de, ja;q=0.1")),
            Lang::Fr
        );
        assert_eq!(negotiate(Some(";;=;"), Some(";q=abc,,")), Lang::Fr);
        assert_eq!(negotiate(None, Some("en;q=0")), Lang::Fr);
    }
}
