//! The dashboard's figures, computed from what a class did without touching
//! the database or the page: progress, first answers, the share of each
//! option, misconceptions and distress signals. Any figure from fewer than
//! [`MIN_PUPILS`] pupils is hidden by the page.

use crate::classes::Pupil;
use crate::content::{ContentIndex, Facts, Module, Tier};
use crate::course::{paths, AnswerRow, Given, ModuleProgress};
use std::collections::{BTreeMap, BTreeSet};

/// The fewest pupils a figure may be computed from.
pub const MIN_PUPILS: usize = 5;

/// Everything a class did, loaded once per page.
pub(super) struct ClassResults {
    pub pupils: Vec<Pupil>,
    /// Per pupil, per module: lessons, scenarios and every answer.
    pub progress: BTreeMap<String, BTreeMap<String, ModuleProgress>>,
    /// Modules to report on: assigned ones, then any a pupil started, in course order.
    pub modules: Vec<String>,
}

pub(super) fn percent(count: usize, of: usize) -> String {
    if of == 0 {
        return "0 %".into();
    }
    format!("{} %", (count * 100 + of / 2) / of)
}

/// How many pupils showed one misconception, of those who answered a question
/// that can reveal it (first answers only).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct MisconceptionFigure {
    pub tag: String,
    pub count: usize,
    pub base: usize,
}

/// The misconception figures of a module from each pupil's progress in it,
/// most common first, without misconceptions nobody showed.
pub(super) fn misconception_figures(
    facts: &Facts,
    module: &Module,
    pupils: &[&ModuleProgress],
) -> Vec<MisconceptionFigure> {
    let mut figures: Vec<MisconceptionFigure> = module
        .meta
        .misconceptions
        .keys()
        .map(|tag| {
            let tagged: Vec<(&str, &[usize])> = module
                .quiz
                .iter()
                .flat_map(|q| &q.questions)
                .map(|question| {
                    (
                        question.id.as_str(),
                        facts.revealing(&module.id, &question.id, tag),
                    )
                })
                .filter(|(_, revealing)| !revealing.is_empty())
                .collect();
            let mut figure = MisconceptionFigure {
                tag: tag.clone(),
                count: 0,
                base: 0,
            };
            for progress in pupils {
                let firsts: Vec<(&Vec<usize>, &[usize])> = tagged
                    .iter()
                    .filter_map(|(id, revealing)| {
                        Some((&progress.answers.get(*id)?.first()?.options, *revealing))
                    })
                    .collect();
                figure.base += usize::from(!firsts.is_empty());
                figure.count += usize::from(
                    firsts
                        .iter()
                        .any(|(first, revealing)| first.iter().any(|i| revealing.contains(i))),
                );
            }
            figure
        })
        .filter(|f| f.count > 0)
        .collect();
    figures.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.tag.cmp(&b.tag)));
    figures
}

/// First answers that signal distress, and the pupils who answered a question
/// that has such an option, across every module of the class.
pub(super) fn distress_figure(
    content: &ContentIndex,
    pupils: &[&BTreeMap<String, ModuleProgress>],
) -> (usize, usize) {
    let (mut count, mut base) = (0, 0);
    for modules in pupils {
        let mut answered = false;
        for (module_id, progress) in modules.iter() {
            let Some(module) = content.module(module_id) else {
                continue;
            };
            for question in module.quiz.iter().flat_map(|q| &q.questions) {
                let distress = content.facts().distress(module_id, &question.id);
                let Some(first) = progress.answers.get(&question.id).and_then(|a| a.first()) else {
                    continue;
                };
                if distress.is_empty() {
                    continue;
                }
                answered = true;
                count += usize::from(first.options.iter().any(|i| distress.contains(i)));
            }
        }
        base += usize::from(answered);
    }
    (count, base)
}

pub(super) fn module_progresses<'a>(results: &'a ClassResults, module: &Module) -> Vec<&'a ModuleProgress> {
    results
        .pupils
        .iter()
        .filter_map(|p| results.of(p, &module.id))
        .collect()
}

impl ClassResults {
    pub fn of(&self, pupil: &Pupil, module: &str) -> Option<&ModuleProgress> {
        self.progress.get(&pupil.id)?.get(module)
    }

    /// Parts done and parts in all (the result page is not a part).
    pub fn parts(&self, pupil: &Pupil, module: &Module) -> (usize, usize) {
        let parts = paths::parts(module);
        let total = parts.len() - 1;
        let Some(progress) = self.of(pupil, &module.id) else {
            return (0, total);
        };
        let done = parts
            .iter()
            .filter(|p| crate::course::is_done(module, progress, p))
            .count();
        (done, total)
    }

    /// The first answer of each pupil who answered question `id` of `module`.
    pub fn first_answers(&self, module: &str, question: &str) -> Vec<&Vec<usize>> {
        self.pupils
            .iter()
            .filter_map(|p| Some(&self.of(p, module)?.answers.get(question)?.first()?.options))
            .collect()
    }
}

impl ClassResults {
    /// The class's results from what is stored: each pupil's module states
    /// (a state that cannot be read is logged and counted as not started; it
    /// is never written back), every answer with the grade it was given, and
    /// the modules assigned.
    pub fn build(
        pupils: Vec<Pupil>,
        states: Vec<(String, String, String)>,
        answers: Vec<AnswerRow>,
        assigned: Vec<String>,
        content: &ContentIndex,
    ) -> ClassResults {
        let mut progress: BTreeMap<String, BTreeMap<String, ModuleProgress>> = BTreeMap::new();
        for (pupil, module, state) in states {
            let state = serde_json::from_str(&state).unwrap_or_else(|error| {
                tracing::error!(%error, module, "a pupil's stored progress cannot be read; it is kept as it is");
                ModuleProgress::default()
            });
            progress.entry(pupil).or_default().insert(module, state);
        }
        for answer in answers {
            let given = Given {
                options: answer.options,
                correct: answer.correct,
            };
            let module = progress
                .entry(answer.pupil_id)
                .or_default()
                .entry(answer.module_id)
                .or_default();
            module.answers.entry(answer.question_id).or_default().push(given);
        }
        let modules = report_order(&progress, assigned, content);
        ClassResults {
            pupils,
            progress,
            modules,
        }
    }
}

/// The modules to report on: assigned ones, then any a pupil started, in course order.
fn report_order(
    progress: &BTreeMap<String, BTreeMap<String, ModuleProgress>>,
    assigned: Vec<String>,
    content: &ContentIndex,
) -> Vec<String> {
    let started: BTreeSet<&String> = progress.values().flat_map(|m| m.keys()).collect();
    let mut modules: Vec<String> = assigned
        .into_iter()
        .filter(|id| content.module(id).is_some())
        .collect();
    for module in Tier::ALL.into_iter().flat_map(|tier| content.tier(tier)) {
        if started.contains(&module.id) && !modules.contains(&module.id) {
            modules.push(module.id.clone());
        }
    }
    modules
}

/// How many first answers chose each of `options` options.
pub(super) fn option_counts(firsts: &[&Vec<usize>], options: usize) -> Vec<usize> {
    (0..options)
        .map(|i| firsts.iter().filter(|chosen| chosen.contains(&i)).count())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> ContentIndex {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        crate::content::load(&dir).0.expect("the bundled content loads")
    }

    fn pupil(n: i64) -> Pupil {
        Pupil {
            id: format!("p{n}"),
            class_id: "c".into(),
            number: n,
            animal: 0,
            colour: 0,
            label: None,
        }
    }

    fn answer(
        pupil: i64,
        question: &str,
        attempt: i64,
        options: Vec<usize>,
        correct: Option<bool>,
    ) -> AnswerRow {
        AnswerRow {
            pupil_id: format!("p{pupil}"),
            module_id: "my-information".into(),
            question_id: question.into(),
            attempt,
            options,
            correct,
        }
    }

    /// Five pupils: three give their real name as a username, four think a
    /// photo can be taken back (one of them only on a second attempt, which
    /// does not count), one says "I don't know yet" who they would tell.
    fn results(content: &ContentIndex) -> ClassResults {
        let mut answers = vec![];
        for n in 1..=5 {
            answers.push(answer(
                n,
                "safe-username",
                1,
                vec![if n <= 3 { 0 } else { 1 }],
                Some(n > 3),
            ));
            answers.push(answer(
                n,
                "photo-sent",
                1,
                vec![if n <= 3 { 0 } else { 1 }],
                Some(n > 3),
            ));
            answers.push(answer(
                n,
                "who-would-you-tell",
                1,
                vec![if n == 5 { 3 } else { 0 }],
                None,
            ));
        }
        answers.push(answer(4, "photo-sent", 2, vec![0], Some(false)));
        let states = vec![("p1".into(), "my-information".into(), "not json".into())];
        ClassResults::build((1..=6).map(pupil).collect(), states, answers, vec![], content)
    }

    #[test]
    fn misconceptions_count_first_answers_most_common_first_without_empty_rows() {
        let content = content();
        let results = results(&content);
        let module = content.module("my-information").unwrap();
        let figures = misconception_figures(content.facts(), module, &module_progresses(&results, module));
        let shown: Vec<(&str, usize, usize)> = figures
            .iter()
            .map(|f| (f.tag.as_str(), f.count, f.base))
            .collect();
        assert_eq!(
            shown,
            vec![("photo-can-be-taken-back", 3, 5), ("real-name-username", 3, 5)],
            "ties by name, nobody's misconceptions left out, second attempts ignored"
        );
    }

    #[test]
    fn distress_is_counted_for_the_class_and_only_from_those_asked() {
        let content = content();
        let results = results(&content);
        let pupils: Vec<_> = results.progress.values().collect();
        assert_eq!(distress_figure(&content, &pupils), (1, 5));
    }

    #[test]
    fn options_are_counted_from_first_answers_and_shares_rounded() {
        let content = content();
        let results = results(&content);
        let firsts = results.first_answers("my-information", "safe-username");
        assert_eq!(option_counts(&firsts, 3), vec![3, 2, 0]);
        assert_eq!(percent(2, 3), "67 %");
        assert_eq!(percent(0, 0), "0 %");
    }

    #[test]
    fn modules_are_reported_assigned_first_then_started_in_course_order() {
        let content = content();
        let results = results(&content);
        assert_eq!(results.modules, vec!["my-information".to_owned()]);
        let assigned = ClassResults::build(
            vec![],
            vec![],
            vec![],
            vec!["behind-the-screen".into(), "gone".into()],
            &content,
        );
        assert_eq!(
            assigned.modules,
            vec!["behind-the-screen".to_owned()],
            "a module no longer in the content is left out"
        );
        let module = content.module("my-information").unwrap();
        let (done, total) = results.parts(&pupil(1), module);
        assert_eq!(
            done, 3,
            "the unreadable stored state counts as nothing done, answers still count"
        );
        assert!(total > done);
    }
}
