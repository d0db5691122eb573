//! The loaded, validated course: what every request reads.

use super::facts::Facts;
use super::help::HelpDirectory;
use super::readability::Readability;
use super::{Country, PublicQuestion, PublicStep, QuestionKind, Tier};
use crate::i18n::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;

/// A value in every shipped language, indexed by [`Lang`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Localized<T>(pub [T; 2]);

impl<T> Localized<T> {
    pub fn get(&self, lang: Lang) -> &T {
        &self.0[match lang {
            Lang::Fr => 0,
            Lang::En => 1,
        }]
    }

    pub fn map<U>(&self, f: impl Fn(&T) -> U) -> Localized<U> {
        Localized([f(&self.0[0]), f(&self.0[1])])
    }
}

/// A translated string as authors write it in YAML: `{ fr: …, en: … }`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub fr: String,
    pub en: String,
}

impl From<Text> for Localized<String> {
    fn from(text: Text) -> Self {
        Localized([text.fr, text.en])
    }
}

/// Rendered HTML, the same for every country or one per country (when the
/// text includes country-specific passages).
#[derive(Clone, Debug, PartialEq)]
pub enum CountryHtml {
    Same(String),
    PerCountry([String; 2]),
}

impl CountryHtml {
    /// The same change made to every country's HTML.
    pub fn map(&self, f: impl Fn(&str) -> String) -> CountryHtml {
        match self {
            CountryHtml::Same(html) => CountryHtml::Same(f(html)),
            CountryHtml::PerCountry(html) => CountryHtml::PerCountry([f(&html[0]), f(&html[1])]),
        }
    }

    pub fn get(&self, country: Country) -> &str {
        match self {
            CountryHtml::Same(html) => html,
            CountryHtml::PerCountry(html) => match country {
                Country::France => &html[0],
                Country::UnitedKingdom => &html[1],
            },
        }
    }
}

/// Everything Lanterne teaches, parsed once at start.
#[derive(Debug, Default)]
pub struct ContentIndex {
    /// Sorted by tier, then order.
    pub(super) modules: Vec<Module>,
    pub(super) help: Vec<HelpDirectory>,
    pub(super) documents: Vec<Document>,
    pub(super) teacher_documents: Vec<Document>,
    pub(super) readability: BTreeMap<String, [Readability; 2]>,
    pub(super) facts: Facts,
}

impl ContentIndex {
    pub fn modules(&self) -> &[Module] {
        &self.modules
    }

    pub fn module(&self, id: &str) -> Option<&Module> {
        self.modules.iter().find(|m| m.id == id)
    }

    /// The modules and the final test of a tier, in order.
    pub fn tier(&self, tier: Tier) -> impl Iterator<Item = &Module> {
        self.modules.iter().filter(move |m| m.meta.tier == tier)
    }

    /// The help directory of `fr`, `gb` or `international`.
    pub fn help(&self, region: &str) -> Option<&HelpDirectory> {
        self.help.iter().find(|h| h.region == region)
    }

    /// A standalone document (for parents), by name.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// A document for teachers (`content/teachers/<id>.<lang>.md`).
    pub fn teacher_document(&self, id: &str) -> Option<&Document> {
        self.teacher_documents.iter().find(|d| d.id == id)
    }

    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    /// The version of a module's content that answers are graded against.
    pub fn version_of(&self, module: &str) -> &str {
        self.facts.version(module)
    }

    /// What requests need to know about the content, computed at load.
    pub fn facts(&self) -> &Facts {
        &self.facts
    }

    /// Each module's reading level, per language.
    pub fn readability(&self) -> &BTreeMap<String, [Readability; 2]> {
        &self.readability
    }
}

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
    pub reviewed: String,
    pub sources: Vec<String>,
    pub title: Localized<String>,
    pub summary: Localized<String>,
    pub misconceptions: BTreeMap<String, Misconception>,
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
        }
    }

    /// What choosing `choice` means: its explanation and where it leads.
    pub fn choose(&self, choice: usize, lang: Lang) -> Option<(&str, Next)> {
        let choice = self.choices.get(choice)?;
        Some((choice.feedback_html.get(lang), choice.next))
    }
}

#[derive(Clone, Debug)]
pub struct Quiz {
    pub title: Localized<String>,
    pub questions: Vec<Question>,
}

/// A question with its answer key. The key has no accessor that could send
/// it to a page: [`Question::public`] is what pages get, [`Question::grade`]
/// is what the server does with an answer.
#[derive(Clone, Debug)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub(super) title: Localized<String>,
    pub(super) body_html: Localized<String>,
    pub(super) options: Vec<QuizOption>,
}

#[derive(Clone, Debug)]
pub(super) struct QuizOption {
    pub(super) text_html: Localized<String>,
    pub(super) correct: bool,
    pub(super) feedback_html: Localized<String>,
    pub(super) misconception: Option<String>,
    pub(super) distress: bool,
}

/// The result of grading one answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Graded {
    /// `None` for attitude questions, which have no right answer.
    pub correct: Option<bool>,
    /// The misconceptions the chosen wrong options reveal.
    pub misconceptions: Vec<String>,
    /// For each chosen option: its index, whether it is right, its explanation.
    pub feedback: Vec<(usize, bool, String)>,
    /// The right options, to show once the pupil has answered.
    pub right_options: Vec<usize>,
    /// Whether a chosen option says the pupil is troubled or alone.
    pub distress: bool,
}

/// An option as the teacher's dashboard shows it: with its key and misconception.
#[derive(Clone, Debug)]
pub struct KeyedOption {
    pub html: String,
    pub correct: bool,
    pub misconception: Option<String>,
    pub distress: bool,
}

impl Question {
    /// The options with their key, for the teacher's results (never for pupils).
    pub fn keyed_options(&self, lang: Lang) -> Vec<KeyedOption> {
        self.options
            .iter()
            .map(|o| KeyedOption {
                html: o.text_html.get(lang).clone(),
                correct: o.correct,
                misconception: o.misconception.clone(),
                distress: o.distress,
            })
            .collect()
    }

    pub fn public(&self, lang: Lang) -> PublicQuestion {
        PublicQuestion {
            id: self.id.clone(),
            kind: self.kind,
            title: self.title.get(lang).clone(),
            body_html: self.body_html.get(lang).clone(),
            options_html: self
                .options
                .iter()
                .map(|o| o.text_html.get(lang).clone())
                .collect(),
        }
    }

    /// Each misconception the options reveal, with the options that reveal it.
    pub(super) fn misconception_options(&self) -> BTreeMap<String, Vec<usize>> {
        let mut tags: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, option) in self.options.iter().enumerate() {
            if let Some(tag) = &option.misconception {
                tags.entry(tag.clone()).or_default().push(i);
            }
        }
        tags
    }

    /// The options that make an answer right.
    pub(super) fn right_options(&self) -> Vec<usize> {
        (0..self.options.len())
            .filter(|&i| self.options[i].correct)
            .collect()
    }

    /// The options that say a pupil is troubled or alone (`signal: distress`).
    pub(super) fn distress_options(&self) -> Vec<usize> {
        (0..self.options.len())
            .filter(|&i| self.options[i].distress)
            .collect()
    }

    pub fn option_count(&self) -> usize {
        self.options.len()
    }

    /// Grades the chosen options; `None` when the choice is not a valid answer
    /// (nothing chosen, an unknown option, several for a single choice).
    pub fn grade(&self, chosen: &[usize], lang: Lang) -> Option<Graded> {
        let mut chosen = chosen.to_vec();
        chosen.sort_unstable();
        chosen.dedup();
        let several_allowed = self.kind == QuestionKind::Multiple;
        if chosen.is_empty()
            || chosen.iter().any(|&i| i >= self.options.len())
            || (chosen.len() > 1 && !several_allowed)
        {
            return None;
        }
        let right_options = self.right_options();
        let correct = (self.kind != QuestionKind::Attitude).then(|| chosen == right_options);
        let misconceptions = chosen
            .iter()
            .filter_map(|&i| self.options[i].misconception.clone())
            .collect();
        let feedback = chosen
            .iter()
            .map(|&i| {
                (
                    i,
                    self.options[i].correct,
                    self.options[i].feedback_html.get(lang).clone(),
                )
            })
            .collect();
        let distress = chosen.iter().any(|&i| self.options[i].distress);
        Some(Graded {
            correct,
            misconceptions,
            feedback,
            right_options,
            distress,
        })
    }
}
