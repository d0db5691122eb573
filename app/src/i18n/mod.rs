//! Every user-visible string goes through Fluent. The `.ftl` files live in
//! `locales/<lang>/` at the repository root and are compiled into the binary,
//! so a running server never reads them from disk.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::LazyLock;

mod negotiate;
pub use negotiate::{negotiate, LANG_COOKIE};

/// A language's Fluent files, one per area, compiled in: `locales/<code>/<area>.ftl`.
macro_rules! ftl_sources {
    ($lang:literal) => {
        ftl_files!($lang: "shell", "pages", "help", "course", "teachers", "class", "access", "exit")
    };
}

macro_rules! ftl_files {
    ($lang:literal: $($file:literal),+) => {
        &[$((
            concat!($lang, "/", $file, ".ftl"),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/", $lang, "/", $file, ".ftl")),
        )),+]
    };
}

/// Declares the shipped languages, one line each: the variant, its code (the
/// `locales/<code>/` folder and the `.<code>.md` content files), its own name
/// (the language switcher) and its English name (messages to authors).
macro_rules! languages {
    ($($(#[$attr:meta])* $variant:ident = $code:literal, $endonym:literal, $name:literal;)+) => {
        /// A language Lanterne ships. French is the default.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum Lang {
            $($(#[$attr])* $variant,)+
        }

        impl Lang {
            /// Every shipped language, default first.
            pub const ALL: [Lang; [$($code),+].len()] = [$(Lang::$variant),+];

            /// The code of every shipped language, in `Lang::ALL` order.
            pub const CODES: [&'static str; [$($code),+].len()] = [$($code),+];

            /// The BCP 47 code used in `<html lang>`, cookies and file names.
            pub fn code(self) -> &'static str {
                match self {
                    $(Lang::$variant => $code,)+
                }
            }

            /// The language's own name for itself, shown in the language switcher.
            pub fn endonym(self) -> &'static str {
                match self {
                    $(Lang::$variant => $endonym,)+
                }
            }

            /// The language's name in English, for messages to content authors.
            pub fn name(self) -> &'static str {
                match self {
                    $(Lang::$variant => $name,)+
                }
            }

            /// The Fluent sources of this language: (file name, text).
            pub fn sources(self) -> &'static [(&'static str, &'static str)] {
                match self {
                    $(Lang::$variant => ftl_sources!($code),)+
                }
            }
        }
    };
}

languages! {
    #[default]
    Fr = "fr", "Français", "French";
    En = "en", "English", "English";
}

impl Lang {
    /// Parses a code such as `en`, `EN` or `en-GB` (only the primary subtag counts).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }
}

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

#[cfg(test)]
mod tests;
