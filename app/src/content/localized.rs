//! Values given in every shipped language or for every country: what the
//! rest of the content is made of. Languages and countries are the lists
//! [`Lang::ALL`] and [`Country::ALL`]; nothing here names one of them.

use super::model::Country;
use crate::i18n::Lang;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

/// A value in every shipped language: one for each of [`Lang::ALL`].
#[derive(Clone, Debug, PartialEq)]
pub struct Localized<T>(BTreeMap<Lang, T>);

impl<T> Localized<T> {
    /// The value `f` gives for each language.
    pub fn from_fn(mut f: impl FnMut(Lang) -> T) -> Localized<T> {
        Localized(Lang::ALL.into_iter().map(|lang| (lang, f(lang))).collect())
    }

    /// The value `f` gives for each language, or `None` if it gives none for
    /// one of them (`f` is still asked for every language, so each can report).
    pub fn try_from_fn(mut f: impl FnMut(Lang) -> Option<T>) -> Option<Localized<T>> {
        let values: Vec<Option<(Lang, T)>> = Lang::ALL
            .into_iter()
            .map(|lang| f(lang).map(|value| (lang, value)))
            .collect();
        values.into_iter().collect::<Option<_>>().map(Localized)
    }

    /// The value in `lang` (every shipped language has one).
    pub fn get(&self, lang: Lang) -> &T {
        &self.0[&lang]
    }

    /// Each language with its value, in [`Lang::ALL`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Lang, &T)> {
        self.0.iter().map(|(lang, value)| (*lang, value))
    }

    pub fn map<U>(&self, mut f: impl FnMut(&T) -> U) -> Localized<U> {
        Localized(self.0.iter().map(|(lang, value)| (*lang, f(value))).collect())
    }
}

/// A translated string as authors write it in YAML: a map from each shipped
/// language's code to its text, e.g. `{ fr: …, en: … }`. A missing or an
/// unknown language is an error at its line.
pub type Text = Localized<String>;

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Localized<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(LocalizedVisitor(PhantomData))
    }
}

struct LocalizedVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for LocalizedVisitor<T> {
    type Value = Localized<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "one text per language ({})", Lang::CODES.join(", "))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut values = BTreeMap::new();
        while let Some(code) = map.next_key::<String>()? {
            let Some(lang) = Lang::ALL.into_iter().find(|lang| lang.code() == code) else {
                return Err(de::Error::unknown_field(&code, &Lang::CODES));
            };
            if values.insert(lang, map.next_value()?).is_some() {
                return Err(de::Error::duplicate_field(lang.code()));
            }
        }
        match Lang::ALL.into_iter().find(|lang| !values.contains_key(lang)) {
            Some(missing) => Err(de::Error::missing_field(missing.code())),
            None => Ok(Localized(values)),
        }
    }
}

/// Rendered HTML, the same for every country or one per country (when the
/// text includes country-specific passages).
#[derive(Clone, Debug, PartialEq)]
pub enum CountryHtml {
    Same(String),
    /// One for each of [`Country::ALL`].
    PerCountry(BTreeMap<Country, String>),
}

impl CountryHtml {
    /// The same change made to every country's HTML.
    pub fn map(&self, f: impl Fn(&str) -> String) -> CountryHtml {
        match self {
            CountryHtml::Same(html) => CountryHtml::Same(f(html)),
            CountryHtml::PerCountry(html) => {
                CountryHtml::PerCountry(html.iter().map(|(country, h)| (*country, f(h))).collect())
            }
        }
    }

    pub fn get(&self, country: Country) -> &str {
        match self {
            CountryHtml::Same(html) => html,
            CountryHtml::PerCountry(html) => html.get(&country).map_or("", String::as_str),
        }
    }
}
