//! Whether a quiz can be passed by guessing: right options that are the
//! longest, single-choice items with two options, negated true/false
//! statements for 8–10, misconceptions declared but never revealed.

use super::front_matter::Pages;
use super::loader::{Loader, REFERENCE};
use crate::content::check::line_of;
use crate::content::localized::Localized;
use crate::content::model::{QuestionKind, Tier};
use crate::content::modules::{tier_quality, Module, ModuleKind, ModuleMeta};
use crate::content::quality::{
    is_negated, right_is_longest, right_is_shortest, visible_len, ItemQuality, LONGEST_RIGHT_LIMIT,
};
use crate::content::quiz::{ParsedQuestion, ParsedQuiz};
use std::path::{Path, PathBuf};

/// A file and a line.
type At = (PathBuf, usize);

impl Loader {
    /// The quiz's item-quality figures, reporting each item that breaks a rule.
    pub(super) fn item_quality(
        &mut self,
        meta: &ModuleMeta,
        parsed: &Localized<ParsedQuiz>,
        pages: &Pages,
    ) -> ItemQuality {
        let mut quality = ItemQuality::default();
        let mut longest: Vec<At> = vec![];
        let mut shortest: Vec<At> = vec![];
        for (i, question) in parsed.get(REFERENCE).questions.iter().enumerate() {
            let each = || {
                parsed
                    .iter()
                    .map(move |(lang, quiz)| (lang, &quiz.questions[i], &pages.get(lang).0))
            };
            match question.kind {
                QuestionKind::TrueFalse if meta.tier == Tier::Young => {
                    for (lang, q, path) in each() {
                        if is_negated(&format!("{} {}", q.title, q.body), lang) {
                            let message = "true/false statement with a negation: for 8–10, say it positively";
                            self.report.warn(path, q.line, message);
                        }
                    }
                }
                QuestionKind::Single => {
                    quality.single_choice += 1;
                    if question.options.len() == 2 {
                        quality.two_options += 1;
                        self.two_options(meta.kind, each().map(|(_, q, path)| (path.clone(), q.line)));
                    }
                    if let Some(at) = each().find(|(_, q, _)| right_is_longest(&lengths(q))) {
                        quality.longest_right += 1;
                        longest.push((at.2.clone(), at.1.line));
                    }
                    if let Some(at) = each().find(|(_, q, _)| right_is_shortest(&lengths(q))) {
                        quality.shortest_right += 1;
                        shortest.push((at.2.clone(), at.1.line));
                    }
                }
                _ => {}
            }
        }
        if quality.longest_above_limit() {
            self.length_cue("longest", quality.longest_right, quality.single_choice, longest);
        }
        if quality.shortest_above_limit() {
            self.length_cue(
                "shortest",
                quality.shortest_right,
                quality.single_choice,
                shortest,
            );
        }
        quality
    }

    /// Each item whose right option is the `which` one, in a quiz where that
    /// happens too often to be chance.
    fn length_cue(&mut self, which: &str, count: usize, single_choice: usize, at: Vec<At>) {
        for (path, line) in at {
            let message = format!(
                "the right option is the {which} here, as in {count} of this quiz's {single_choice} single-choice items (above {:.0} %)",
                LONGEST_RIGHT_LIMIT * 100.0
            );
            self.report.warn(&path, line, message);
        }
    }

    /// A single-choice item with two options: an error in a final test.
    fn two_options(&mut self, kind: ModuleKind, at: impl Iterator<Item = (PathBuf, usize)>) {
        for (path, line) in at {
            let message = "single-choice item with only two options: add plausible ones (3 or 4)";
            match kind {
                ModuleKind::FinalTest => {
                    self.report
                        .error(&path, line, format!("{message}; a final test allows none"))
                }
                ModuleKind::Module => self.report.warn(&path, line, message),
            }
        }
    }

    /// A tier whose quizzes, added up, can be passed by picking the longest option.
    pub(super) fn check_tier_quality(&mut self, modules: &[Module], dir: &Path) {
        for tier in Tier::ALL {
            let quality = tier_quality(modules, tier);
            let cues = [
                ("longest", quality.longest_right, quality.longest_above_limit()),
                ("shortest", quality.shortest_right, quality.shortest_above_limit()),
            ];
            for (which, count, _) in cues.into_iter().filter(|c| c.2) {
                let message = format!(
                    "tier {}: the right option is the {which} in {count} of {} single-choice items, above {:.0} %",
                    tier.code(),
                    quality.single_choice,
                    LONGEST_RIGHT_LIMIT * 100.0
                );
                self.report.warn(&dir.join("modules"), 1, message);
            }
        }
    }

    /// A misconception the module card declares and no option reveals.
    pub(super) fn check_misconceptions_used(&mut self, module: &Module, meta_path: &Path) {
        let used: Vec<&str> = module
            .quiz
            .iter()
            .flat_map(|q| &q.questions)
            .flat_map(|q| &q.options)
            .filter_map(|o| o.misconception.as_deref())
            .collect();
        let text = std::fs::read_to_string(meta_path).unwrap_or_default();
        for tag in module
            .meta
            .misconceptions
            .keys()
            .filter(|t| !used.contains(&t.as_str()))
        {
            let message = format!("misconception `{tag}` is listed but no quiz option reveals it");
            self.report
                .warn(meta_path, line_of(&text, &format!("{tag}:")), message);
        }
    }
}

/// Each option's visible length and whether it is right.
fn lengths(question: &ParsedQuestion) -> Vec<(usize, bool)> {
    question
        .options
        .iter()
        .map(|o| (visible_len(&o.text), o.correct))
        .collect()
}
