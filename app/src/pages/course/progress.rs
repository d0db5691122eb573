//! A guest's progress through modules, kept in their session (server only):
//! lessons read, the path through each scenario, every answer given.

use crate::content::{Module, Next};
use crate::i18n::Lang;
use axum::extract::Request;
use axum::middleware::Next as Continue;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use tower_sessions::Session;

const KEY: &str = "course_progress";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub modules: BTreeMap<String, ModuleProgress>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ModuleProgress {
    /// Lessons read, by index.
    pub lessons: BTreeSet<usize>,
    /// Scenarios by slug.
    pub scenarios: BTreeMap<String, ScenarioProgress>,
    /// Every attempt at each question, in order; the first one is scored.
    pub answers: BTreeMap<String, Vec<Vec<usize>>>,
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
    /// The number of questions whose first answer was right, and of graded questions.
    pub fn score(&self, module: &Module) -> (usize, usize) {
        let mut right = 0;
        let mut graded = 0;
        for question in module.quiz.iter().flat_map(|q| &q.questions) {
            let Some(first) = self.answers.get(&question.id).and_then(|a| a.first()) else {
                if question.kind != crate::content::QuestionKind::Attitude {
                    graded += 1;
                }
                continue;
            };
            if let Some(correct) = question.grade(first, Lang::Fr).and_then(|g| g.correct) {
                graded += 1;
                right += usize::from(correct);
            }
        }
        (right, graded)
    }
}

/// Reads the progress into the request, where pages read it while rendering
/// (rendering cannot wait for the session store).
pub async fn load(mut request: Request, next: Continue) -> Response {
    if request.uri().path().starts_with("/modules") {
        if let Some(session) = request.extensions().get::<Session>().cloned() {
            let progress: Progress = session.get(KEY).await.ok().flatten().unwrap_or_default();
            request.extensions_mut().insert(progress);
        }
    }
    next.run(request).await
}

/// The progress of the request being rendered.
pub fn current() -> Progress {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Progress>().cloned())
        .unwrap_or_default()
}

/// Changes the session's progress with `change` and saves it.
pub async fn update(
    session: &Session,
    change: impl FnOnce(&mut Progress),
) -> Result<(), tower_sessions::session::Error> {
    let mut progress: Progress = session.get(KEY).await?.unwrap_or_default();
    change(&mut progress);
    session.insert(KEY, progress).await
}
