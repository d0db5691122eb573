//! A pupil's progress through modules (server only): lessons read, the path
//! through each scenario, every answer given, the permit earned. A guest's
//! is kept in their session, a class pupil's in the database.

use crate::classes;
use crate::content::{Module, Next};
use crate::db::Db;
use crate::i18n::Lang;
use crate::session::{SessionUser, TypedSession};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use tower_sessions::Session;

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
    /// Every attempt at each question, in order; the first one is scored.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, Vec<Vec<usize>>>,
    /// The verification code of the permit this module earned, once printed.
    #[serde(default)]
    pub permit: Option<String>,
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

/// Whose progress a form changes: a guest's lives in their session, a
/// class pupil's in the database (so it survives closing the browser, and
/// the teacher's dashboard can count it).
pub enum Learner {
    Guest(Session),
    Pupil { id: String, db: Db },
}

impl Learner {
    /// The learner of a request: the signed-in pupil, or the session's guest.
    pub async fn of(session: Session, db: &Db) -> Learner {
        match TypedSession::new(session.clone()).user().await {
            Ok(Some(SessionUser::Pupil { id, .. })) => Learner::Pupil { id, db: db.clone() },
            _ => Learner::Guest(session),
        }
    }

    /// Everything this learner did.
    pub async fn load(&self) -> Result<Progress, LearnerError> {
        match self {
            Learner::Guest(session) => Ok(session.get(KEY).await?.unwrap_or_default()),
            Learner::Pupil { id, db } => {
                let mut progress = Progress::default();
                for (module, state) in classes::module_states_of_pupil(db, id).await? {
                    progress
                        .modules
                        .insert(module, serde_json::from_str(&state).unwrap_or_default());
                }
                for answer in classes::answers_of_pupil(db, id).await? {
                    let module = progress.modules.entry(answer.module_id).or_default();
                    module
                        .answers
                        .entry(answer.question_id)
                        .or_default()
                        .push(answer.options);
                }
                Ok(progress)
            }
        }
    }

    /// Changes the lessons, scenarios or permit of one module and saves them.
    pub async fn update(
        &self,
        module_id: &str,
        change: impl FnOnce(&mut ModuleProgress),
    ) -> Result<(), LearnerError> {
        match self {
            Learner::Guest(session) => {
                let mut progress: Progress = session.get(KEY).await?.unwrap_or_default();
                change(progress.modules.entry(module_id.to_owned()).or_default());
                Ok(session.insert(KEY, progress).await?)
            }
            Learner::Pupil { id, db } => {
                let mut module: ModuleProgress = classes::module_state(db, id, module_id)
                    .await?
                    .and_then(|state| serde_json::from_str(&state).ok())
                    .unwrap_or_default();
                change(&mut module);
                module.answers.clear();
                let state = serde_json::to_string(&module).unwrap_or_default();
                Ok(classes::save_module_state(db, id, module_id, &state).await?)
            }
        }
    }

    /// Records an answer to a question (every attempt is kept; the first is scored).
    pub async fn answer(
        &self,
        module_id: &str,
        question_id: &str,
        chosen: Vec<usize>,
        correct: Option<bool>,
    ) -> Result<(), LearnerError> {
        match self {
            Learner::Guest(_) => {
                self.update(module_id, |m| {
                    m.answers.entry(question_id.to_owned()).or_default().push(chosen)
                })
                .await
            }
            Learner::Pupil { id, db } => {
                Ok(classes::record_answer(db, id, module_id, question_id, &chosen, correct).await?)
            }
        }
    }
}

/// Why progress could not be read or saved.
#[derive(Debug, thiserror::Error)]
pub enum LearnerError {
    #[error("session: {0}")]
    Session(#[from] tower_sessions::session::Error),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// The progress of the request being rendered (read by the viewer middleware).
pub fn current() -> Progress {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Progress>().cloned())
        .unwrap_or_default()
}
