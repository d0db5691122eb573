//! A learner's progress through modules: lessons read, the path through each
//! scenario, every answer given with its grade, the permit earned.

use super::paths;
use crate::content::{Module, Next};
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

pub(crate) const KEY: &str = "course_progress";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub modules: BTreeMap<String, ModuleProgress>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ModuleProgress {
    /// Lessons read, by index.
    #[serde(default)]
    pub lessons: BTreeSet<usize>,
    /// Scenarios by slug.
    #[serde(default)]
    pub scenarios: BTreeMap<String, ScenarioProgress>,
    /// Every attempt at each question, in order, with the grade it was given;
    /// the first one is scored.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, Vec<Given>>,
    /// The verification code of the permit this module earned, once printed.
    #[serde(default)]
    pub permit: Option<String>,
}

/// One answer as it was given: the options chosen and the grade they got
/// against the content of that day. The grade stands: a later edit of the
/// answer key changes no score already given (the README says so).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Given {
    pub options: Vec<usize>,
    /// `None` for an opinion question, which is never right or wrong.
    pub correct: Option<bool>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ScenarioProgress {
    /// The step the pupil is on.
    pub current: usize,
    /// The last choice made: (step, choice), whose feedback is shown.
    pub last: Option<(usize, usize)>,
    pub finished: bool,
}

impl ScenarioProgress {
    /// Records `choice` at the current step of `steps`; false if it is not a choice there.
    pub fn choose(&mut self, module: &Module, slug: &str, choice: usize) -> bool {
        let Some(steps) = module.scenarios.iter().find(|s| s.slug == slug).map(|s| &s.steps) else {
            return false;
        };
        let Some(step) = steps.get(self.current) else {
            return false;
        };
        let Some((_, next)) = step.choose(choice, Lang::Fr) else {
            return false;
        };
        self.last = Some((self.current, choice));
        match next {
            // A step without choices is an ending: the story stops there.
            Next::Step(index) => {
                self.current = index;
                self.finished = steps.get(index).is_none_or(|s| s.choices.is_empty());
            }
            Next::End => self.finished = true,
        }
        true
    }
}

impl ModuleProgress {
    /// Whether the first answers reach the module's pass mark.
    pub fn passed(&self, module: &Module) -> bool {
        let (right, graded) = self.score(module);
        graded > 0 && right * 100 >= graded * module.meta.pass_mark as usize
    }

    /// The number of questions whose first answer was right, and of graded
    /// questions: an answered question counts by the grade it was given, an
    /// unanswered one by whether the content grades it.
    pub fn score(&self, module: &Module) -> (usize, usize) {
        let mut right = 0;
        let mut graded = 0;
        for question in module.quiz.iter().flat_map(|q| &q.questions) {
            match self.answers.get(&question.id).and_then(|a| a.first()) {
                Some(first) => {
                    if let Some(correct) = first.correct {
                        graded += 1;
                        right += usize::from(correct);
                    }
                }
                None => graded += usize::from(question.kind != crate::content::QuestionKind::Attitude),
            }
        }
        (right, graded)
    }
}

/// The progress of the request being rendered (read by the viewer middleware).
pub fn current() -> Progress {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Progress>().cloned())
        .unwrap_or_default()
}

/// Whether the part at `path` is done.
pub fn is_done(module: &Module, progress: &ModuleProgress, path: &str) -> bool {
    let id = &module.id;
    (1..=module.lessons.len()).any(|n| paths::lesson(id, n) == path && progress.lessons.contains(&(n - 1)))
        || module.scenarios.iter().any(|s| {
            paths::scenario(id, &s.slug) == path
                && progress.scenarios.get(&s.slug).is_some_and(|p| p.finished)
        })
        || module
            .quiz
            .iter()
            .flat_map(|q| q.questions.iter().enumerate())
            .any(|(i, q)| paths::question(id, i + 1) == path && progress.answers.contains_key(&q.id))
}
