//! Whose progress a request changes, and where it is kept.

use super::progress::{Given, ModuleProgress, Progress, KEY};
use super::store;
use crate::db::Db;
use crate::session::{SessionUser, TypedSession};
use tower_sessions::Session;

/// Where a guest's seed for the order of quiz options is kept.
const SHUFFLE_SEED: &str = "shuffle_seed";

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

    /// Everything this learner did. A class pupil's module whose stored state
    /// cannot be read is left out of what is shown, logged, and kept as it is.
    pub async fn load(&self) -> Result<Progress, LearnerError> {
        match self {
            Learner::Guest(session) => Ok(session.get(KEY).await?.unwrap_or_default()),
            Learner::Pupil { id, db } => {
                let states = store::module_states_of_pupil(db, id).await?;
                let answers = store::answers_of_pupil(db, id).await?;
                Ok(assemble(id, states, answers))
            }
        }
    }

    /// Changes the lessons, scenarios or permit of one module and saves them,
    /// atomically: two changes at once both land.
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
            Learner::Pupil { id, db } => update_pupil(db, id, module_id, change).await,
        }
    }

    /// Records an answer to a question with the grade it was given and the
    /// version of the content that gave it (every attempt is kept; the first
    /// is scored).
    pub async fn answer(
        &self,
        module_id: &str,
        question_id: &str,
        given: Given,
        version: &str,
    ) -> Result<(), LearnerError> {
        match self {
            Learner::Guest(_) => {
                self.update(module_id, |m| {
                    m.answers.entry(question_id.to_owned()).or_default().push(given)
                })
                .await
            }
            Learner::Pupil { id, db } => {
                let answer = store::NewAnswer {
                    pupil_id: id,
                    module_id,
                    question_id,
                    given: &given,
                    content_version: version,
                };
                Ok(store::record_answer(db, &answer).await?)
            }
        }
    }

    /// What makes this learner's order of a question's options their own
    /// (see [`super::shuffle`]): the pupil, or a random seed kept in the
    /// guest's session, made when `create` says a question is being shown.
    pub async fn shuffle_key(&self, create: bool) -> Option<String> {
        let session = match self {
            Learner::Pupil { id, .. } => return Some(format!("pupil:{id}")),
            Learner::Guest(session) => session,
        };
        if let Ok(Some(seed)) = session.get::<String>(SHUFFLE_SEED).await {
            return Some(format!("guest:{seed}"));
        }
        if !create {
            return None;
        }
        let seed = crate::codes::random_id();
        session.insert(SHUFFLE_SEED, &seed).await.ok()?;
        Some(format!("guest:{seed}"))
    }

    /// Who holds a permit of `module_id`, as a one-way hash: the same for
    /// every request of this learner, so a second click finds the first
    /// permit, and nothing that names the learner.
    pub fn permit_holder(&self, module_id: &str) -> Option<String> {
        let who = match self {
            Learner::Pupil { id, .. } => format!("pupil:{id}"),
            Learner::Guest(session) => format!("guest:{}", session.id()?),
        };
        Some(crate::codes::one_way(&format!("permit:{who}:{module_id}")))
    }
}

/// A pupil's progress from their stored module states and answers.
pub(crate) fn assemble(
    pupil_id: &str,
    states: Vec<(String, String)>,
    answers: Vec<store::AnswerRow>,
) -> Progress {
    let mut progress = Progress::default();
    for (module, state) in states {
        match serde_json::from_str(&state) {
            Ok(parsed) => {
                progress.modules.insert(module, parsed);
            }
            Err(error) => {
                tracing::error!(%error, pupil_id, module, "a stored module state cannot be read; it is kept")
            }
        }
    }
    for answer in answers {
        let module = progress.modules.entry(answer.module_id).or_default();
        module.answers.entry(answer.question_id).or_default().push(Given {
            options: answer.options,
            correct: answer.correct,
        });
    }
    progress
}

/// Reads, changes and writes one module state of a pupil in one write
/// transaction, the row locked; a state that cannot be read is never overwritten.
async fn update_pupil(
    db: &Db,
    pupil_id: &str,
    module_id: &str,
    change: impl FnOnce(&mut ModuleProgress),
) -> Result<(), LearnerError> {
    let mut tx = db.begin_write().await?;
    let state = store::lock_module_state(&mut tx, db, pupil_id, module_id).await?;
    let mut module: ModuleProgress =
        serde_json::from_str(&state).map_err(|error| LearnerError::Unreadable {
            module: module_id.to_owned(),
            error,
        })?;
    change(&mut module);
    module.answers.clear();
    let state = serde_json::to_string(&module).map_err(|error| LearnerError::Unreadable {
        module: module_id.to_owned(),
        error,
    })?;
    store::save_module_state(&mut tx, pupil_id, module_id, &state).await?;
    tx.commit().await?;
    Ok(())
}

/// Why progress could not be read or saved.
#[derive(Debug, thiserror::Error)]
pub enum LearnerError {
    #[error("session: {0}")]
    Session(#[from] tower_sessions::session::Error),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("the stored state of module {module} cannot be read (kept as it is): {error}")]
    Unreadable {
        module: String,
        error: serde_json::Error,
    },
}
