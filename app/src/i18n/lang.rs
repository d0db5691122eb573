//! The one list of shipped languages: one line each in `languages!`, with
//! the language's code, names and Fluent files.

use serde::{Deserialize, Serialize};

/// A language's Fluent files, one per area, compiled in: `locales/<code>/<area>.ftl`.
macro_rules! ftl_sources {
    ($lang:literal) => {
        ftl_files!($lang: "shell", "pages", "help", "course", "teachers", "class", "access", "exit", "checkin", "live", "lti")
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
