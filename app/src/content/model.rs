//! The public vocabulary of the course, shared by the server and the browser.
//! Nothing here can carry an answer key.

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// An age group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Tier {
    #[serde(rename = "8-10")]
    Young,
    #[serde(rename = "11-13")]
    Middle,
    #[serde(rename = "14-17")]
    Teen,
}

impl Tier {
    pub const ALL: [Tier; 3] = [Tier::Young, Tier::Middle, Tier::Teen];

    /// As written in content and URLs: `8-10`, `11-13`, `14-17`.
    pub fn code(self) -> &'static str {
        match self {
            Tier::Young => "8-10",
            Tier::Middle => "11-13",
            Tier::Teen => "14-17",
        }
    }

    pub fn from_code(code: &str) -> Option<Tier> {
        Tier::ALL.into_iter().find(|t| t.code() == code)
    }

    /// The highest mean words per sentence a module of this tier may have.
    pub fn max_mean_sentence_words(self) -> f64 {
        match self {
            Tier::Young => 12.0,
            Tier::Middle => 15.0,
            Tier::Teen => 18.0,
        }
    }
}

/// Declares the countries whose law and help routes the material states, one
/// line each: the variant, its code (`passages/*/<code>.<lang>.md`,
/// `help/<code>.yaml`, URLs and the database) and the language most of its
/// people read (the country guessed for a visitor reading in it).
macro_rules! countries {
    ($($(#[$attr:meta])* $variant:ident = $code:literal, $lang:ident;)+) => {
        /// A country whose law and help routes the material can state.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum Country {
            $($(#[$attr])* #[serde(rename = $code)] $variant,)+
        }

        impl Country {
            pub const ALL: [Country; [$($code),+].len()] = [$(Country::$variant),+];

            pub fn code(self) -> &'static str {
                match self {
                    $(Country::$variant => $code,)+
                }
            }

            /// The language most of the country's people read.
            pub fn language(self) -> Lang {
                match self {
                    $(Country::$variant => Lang::$lang,)+
                }
            }
        }
    };
}

countries! {
    #[default]
    France = "fr", Fr;
    UnitedKingdom = "gb", En;
}

impl Country {
    pub fn from_code(code: &str) -> Option<Country> {
        Country::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The country a visitor reading in `lang` most likely lives in: the
    /// first whose language it is, else the default country.
    pub fn for_language(lang: Lang) -> Country {
        Country::ALL
            .into_iter()
            .find(|c| c.language() == lang)
            .unwrap_or_default()
    }
}

/// The help directory that is no one country's (`help/international.yaml`).
pub const INTERNATIONAL: &str = "international";

/// Every help directory's region, in the order pages list them: each
/// country's code, then [`INTERNATIONAL`].
pub fn help_regions() -> impl Iterator<Item = &'static str> {
    Country::ALL.into_iter().map(Country::code).chain([INTERNATIONAL])
}

/// What a question asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum QuestionKind {
    /// Exactly one right option.
    Single,
    /// One or more right options; all must be ticked.
    Multiple,
    /// Two options, one right.
    TrueFalse,
    /// An opinion: no right option, never reported pupil by pupil.
    Attitude,
}

/// A question as a pupil sees it before answering: text and options only.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PublicQuestion {
    pub id: String,
    pub kind: QuestionKind,
    pub title: String,
    /// Sanitised HTML shown with the question (may be empty).
    pub body_html: String,
    /// Sanitised inline HTML of each option, in order.
    pub options_html: Vec<String>,
}

/// A scenario step as a pupil sees it before choosing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PublicStep {
    pub id: String,
    pub title: String,
    pub body_html: String,
    pub choices_html: Vec<String>,
    /// Whether its text holds a conversation: the choices are then drawn as replies.
    pub chat: bool,
}
