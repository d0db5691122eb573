//! A quiz as loaded: questions with their answer keys, and how an answer is graded.

use super::localized::Localized;
use super::model::{PublicQuestion, QuestionKind};
use super::quality::ItemQuality;
use crate::i18n::Lang;
use std::collections::BTreeMap;

#[derive(Clone, Debug)]
pub struct Quiz {
    pub title: Localized<String>,
    pub questions: Vec<Question>,
    /// What `lanterne check` says of its items.
    pub quality: ItemQuality,
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
