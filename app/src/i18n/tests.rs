use super::*;
use fluent_syntax::ast::{Entry, Resource};
use std::collections::BTreeSet;

/// Every message and term id of a language, with its attributes (`id.attr`).
fn ids(lang: Lang) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (file, source) in lang.sources() {
        let resource: Resource<&str> = fluent_syntax::parser::parse(*source)
            .unwrap_or_else(|(_, errors)| panic!("{file}: Fluent syntax errors: {errors:?}"));
        for entry in resource.body {
            let (id, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), t.attributes),
                _ => continue,
            };
            for attribute in attributes {
                ids.insert(format!("{id}.{}", attribute.id.name));
            }
            assert!(ids.insert(id.clone()), "{file}: `{id}` is defined twice");
        }
    }
    ids
}

#[test]
fn every_locale_defines_exactly_the_same_message_ids() {
    let french = ids(Lang::Fr);
    for lang in Lang::ALL {
        let other = ids(lang);
        let missing: Vec<_> = french.difference(&other).collect();
        let extra: Vec<_> = other.difference(&french).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing {missing:?}, not in French {extra:?}",
            lang.code()
        );
    }
}

#[test]
fn every_id_the_code_asks_for_exists() {
    let known = ids(Lang::Fr);
    let mut unknown = vec![];
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
    // This file asks for a missing id on purpose.
    let this_file = std::path::Path::new(src).join("i18n/tests.rs");
    for path in rust_files(std::path::Path::new(src))
        .into_iter()
        .filter(|p| *p != this_file)
    {
        let text = std::fs::read_to_string(&path).expect("readable source");
        for call in [".t(\"", ".t_args(\""] {
            for (start, _) in text.match_indices(call) {
                let rest = &text[start + call.len()..];
                let id = &rest[..rest.find('"').unwrap_or(0)];
                if !known.contains(id) {
                    unknown.push(format!("{}: {id}", path.display()));
                }
            }
        }
        // Messages that forms leave for the next page are named by literals like these.
        for prefix in [
            "\"teacher-error-",
            "\"teacher-notice-",
            "\"join-error-",
            "\"error-",
        ] {
            for (start, _) in text.match_indices(prefix) {
                let rest = &text[start + 1..];
                let id = &rest[..rest.find('"').unwrap_or(0)];
                if !known.contains(id) {
                    unknown.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(unknown.is_empty(), "ids used but not defined: {unknown:?}");
}

fn rust_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = vec![];
    for entry in std::fs::read_dir(dir).expect("readable dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn translation_uses_the_requested_language_and_arguments() {
    let en = I18n { lang: Lang::En };
    let fr = I18n { lang: Lang::Fr };
    assert_eq!(en.t("site-name"), "Lanterne");
    assert_ne!(en.t("nav-pupils"), fr.t("nav-pupils"));
    assert_eq!(en.t("no-such-message"), "no-such-message");
}

#[test]
fn language_codes_round_trip() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
    }
    assert_eq!(Lang::from_code("EN-gb"), Some(Lang::En));
    assert_eq!(Lang::from_code(""), None);
}
