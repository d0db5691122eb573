//! A module as loaded: its description, lessons, scenarios, quiz, guide and
//! parents' card, each in every language.

use super::localized::{CountryHtml, Localized};
use super::model::{Country, PublicStep, Tier};
use super::quality::ItemQuality;
use super::question::Quiz;
use crate::i18n::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Whether a module teaches or is a tier's final test.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ModuleKind {
    Module,
    FinalTest,
}

#[derive(Clone, Debug)]
pub struct Misconception {
    pub label: Localized<String>,
    pub follow_up: Localized<String>,
}

#[derive(Clone, Debug)]
pub struct ModuleMeta {
    pub tier: Tier,
    pub kind: ModuleKind,
    pub order: u32,
    pub duration: u32,
    pub pass_mark: u32,
    pub sensitive: bool,
    pub topics: Vec<String>,
    /// The name of its picture in `content/emblems/`.
    pub emblem: String,
    pub reviewed: String,
    pub sources: Vec<String>,
    pub title: Localized<String>,
    pub summary: Localized<String>,
    /// The curriculum references it serves, per country (ids of `content/curricula/`).
    pub curricula: BTreeMap<Country, Vec<String>>,
    pub misconceptions: BTreeMap<String, Misconception>,
}

impl ModuleMeta {
    /// The curriculum references named for `country` (none if it has none).
    pub fn curricula_for(&self, country: Country) -> &[String] {
        self.curricula
            .get(&country)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }
}

#[derive(Clone, Debug)]
pub struct Module {
    pub id: String,
    pub meta: ModuleMeta,
    pub lessons: Vec<Lesson>,
    pub scenarios: Vec<Scenario>,
    pub quiz: Option<Quiz>,
    pub guide: Option<Document>,
    pub parents: Option<Document>,
}

#[derive(Clone, Debug)]
pub struct Lesson {
    pub slug: String,
    pub title: Localized<String>,
    pub html: Localized<CountryHtml>,
}

/// A Markdown document with a title: a guide, a parents' card or page.
#[derive(Clone, Debug)]
pub struct Document {
    pub id: String,
    pub title: Localized<String>,
    pub html: Localized<CountryHtml>,
    pub reviewed: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct Scenario {
    pub slug: String,
    pub title: Localized<String>,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug)]
pub struct Step {
    pub id: String,
    pub title: Localized<String>,
    pub body_html: Localized<String>,
    pub choices: Vec<Choice>,
    /// Whether its text holds a conversation (a ```` ```chat ```` block).
    pub chat: bool,
}

/// Where a choice leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    Step(usize),
    End,
}

#[derive(Clone, Debug)]
pub struct Choice {
    pub text_html: Localized<String>,
    pub(super) feedback_html: Localized<String>,
    pub next: Next,
}

impl Step {
    /// The step as the pupil sees it before choosing.
    pub fn public(&self, lang: Lang) -> PublicStep {
        PublicStep {
            id: self.id.clone(),
            title: self.title.get(lang).clone(),
            body_html: self.body_html.get(lang).clone(),
            choices_html: self
                .choices
                .iter()
                .map(|c| c.text_html.get(lang).clone())
                .collect(),
            chat: self.chat,
        }
    }

    /// What choosing `choice` means: its explanation and where it leads.
    pub fn choose(&self, choice: usize, lang: Lang) -> Option<(&str, Next)> {
        let choice = self.choices.get(choice)?;
        Some((choice.feedback_html.get(lang), choice.next))
    }
}

/// The item-quality figures of a tier's quizzes, added up.
pub fn tier_quality(modules: &[Module], tier: Tier) -> ItemQuality {
    let mut total = ItemQuality::default();
    for quiz in modules
        .iter()
        .filter(|m| m.meta.tier == tier)
        .filter_map(|m| m.quiz.as_ref())
    {
        total += quiz.quality;
    }
    total
}
