//! Translations say the same thing: every language's scenario and quiz has
//! the shape of the reference language's (the default, first in `Lang::ALL`).

use super::front_matter::Pages;
use super::loader::{Loader, REFERENCE};
use crate::content::chat;
use crate::content::localized::Localized;
use crate::content::quiz::{ParsedQuestion, ParsedQuiz};
use crate::content::scenario::{ParsedScenario, ParsedStep};
use crate::i18n::Lang;

impl Loader {
    /// Translations tell the same story: same steps, same choices, same ways on.
    pub(super) fn same_scenario_shape(
        &mut self,
        parsed: &Localized<ParsedScenario>,
        pages: &Pages,
    ) -> Option<()> {
        let reference = parsed.get(REFERENCE);
        let targets = |s: &ParsedStep| s.choices.iter().map(|c| c.target.clone()).collect::<Vec<_>>();
        let mut same = true;
        for lang in translations() {
            let (path, translation) = (&pages.get(lang).0, parsed.get(lang));
            if translation.steps.len() != reference.steps.len() {
                let message = format!(
                    "this translation does not have the same steps as the {} scenario",
                    REFERENCE.name()
                );
                self.report.error(path, 1, message);
                same = false;
                continue;
            }
            for (a, b) in reference.steps.iter().zip(&translation.steps) {
                if a.id != b.id || targets(a) != targets(b) {
                    let message = format!(
                        "step `{}` differs from the {} one (ids, choices or their targets)",
                        b.id,
                        REFERENCE.name()
                    );
                    self.report.error(path, b.line, message);
                    same = false;
                } else if differ(chat::shapes(&a.body), chat::shapes(&b.body)) {
                    let message = format!(
                        "the conversations of step `{}` differ from the {} ones: style, number of lines, or where `me:` and `*` events are",
                        b.id,
                        REFERENCE.name()
                    );
                    self.report.error(path, b.line, message);
                }
            }
        }
        same.then_some(())
    }

    /// Translations ask the same questions: same ids, kinds, options, keys and tags.
    pub(super) fn same_quiz_shape(&mut self, parsed: &Localized<ParsedQuiz>, pages: &Pages) -> Option<()> {
        let reference = parsed.get(REFERENCE);
        let mut same = true;
        for lang in translations() {
            let (path, translation) = (&pages.get(lang).0, parsed.get(lang));
            if translation.questions.len() != reference.questions.len() {
                let message = format!(
                    "this translation does not have the same questions as the {} quiz",
                    REFERENCE.name()
                );
                self.report.error(path, 1, message);
                same = false;
                continue;
            }
            for (a, b) in reference.questions.iter().zip(&translation.questions) {
                if answer_key(a) != answer_key(b) {
                    let message = format!(
                        "question `{}` differs from the {} one (id, kind, options, right answers, misconceptions or signals)",
                        b.id,
                        REFERENCE.name()
                    );
                    self.report.error(path, b.line, message);
                    same = false;
                }
            }
        }
        same.then_some(())
    }
}

/// Every language but the reference.
fn translations() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|lang| *lang != REFERENCE)
}

/// What must be the same in every translation of a question.
type AnswerKey = (
    String,
    crate::content::model::QuestionKind,
    Vec<(bool, Option<String>, bool)>,
);

fn answer_key(q: &ParsedQuestion) -> AnswerKey {
    (
        q.id.clone(),
        q.kind,
        q.options
            .iter()
            .map(|o| (o.correct, o.misconception.clone(), o.distress))
            .collect(),
    )
}

/// Whether two steps' conversations differ in shape; a block with mistakes
/// is reported on its own, not once more here.
fn differ(reference: Vec<Option<chat::Shape>>, translation: Vec<Option<chat::Shape>>) -> bool {
    let all_read = reference.iter().chain(&translation).all(Option::is_some);
    all_read && reference != translation
}
