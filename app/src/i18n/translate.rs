//! Fluent bundles, one per shipped language, and the translator components use.

use super::lang::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::LazyLock;

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<BTreeMap<Lang, Bundle>> = LazyLock::new(|| {
    Lang::ALL
        .into_iter()
        .map(|lang| (lang, build_bundle(lang)))
        .collect()
});

fn build_bundle(lang: Lang) -> Bundle {
    let id = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks would end up inside attributes and page titles.
    bundle.set_use_isolating(false);
    for (_, source) in lang.sources() {
        // A syntax error keeps the messages that did parse; the locale tests fail on it.
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(res, _)| res);
        // Duplicate ids are reported by the locale tests; the first definition wins.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Translates message `id` in `lang`, with optional arguments.
/// A missing id yields the id itself, so a page never breaks over a string.
pub fn translate(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    let Some(bundle) = BUNDLES.get(&lang) else {
        return id.to_owned();
    };
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut errors = vec![];
    bundle.format_pattern(pattern, args, &mut errors).into_owned()
}

/// The translator handed to components: the request's language and a way to
/// look messages up in it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct I18n {
    pub lang: Lang,
}

impl I18n {
    /// The message `id` in this language.
    pub fn t(&self, id: &str) -> String {
        translate(self.lang, id, None)
    }

    /// The message `id` with named arguments, e.g. `[("count", 3.into())]`.
    pub fn t_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        translate(self.lang, id, Some(&fluent_args))
    }
}

/// The translator for the current request (provided by the page shell).
pub fn use_i18n() -> I18n {
    I18n {
        lang: use_context::<Lang>().unwrap_or_default(),
    }
}
