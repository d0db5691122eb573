//! Facts about the content that requests need, computed once at load: each
//! module's version (what an answer's grade was given against), and per
//! question the options that reveal each misconception or signal distress.

use super::modules::Module;
use super::question::Question;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default)]
pub struct Facts {
    versions: BTreeMap<String, String>,
    /// By question id (unique within a module): `(misconception, options)`.
    revealing: BTreeMap<(String, String), BTreeMap<String, Vec<usize>>>,
    distress: BTreeMap<(String, String), Vec<usize>>,
}

impl Facts {
    pub fn of(modules: &[Module]) -> Facts {
        let mut facts = Facts::default();
        for module in modules {
            facts.versions.insert(module.id.clone(), version(module));
            for question in module.quiz.iter().flat_map(|q| &q.questions) {
                let key = (module.id.clone(), question.id.clone());
                facts
                    .revealing
                    .insert(key.clone(), question.misconception_options());
                facts.distress.insert(key, question.distress_options());
            }
        }
        facts
    }

    /// The version of a module: its review date and a digest of its answer
    /// key, so an edited key is a new version even on the same day.
    pub fn version(&self, module: &str) -> &str {
        self.versions.get(module).map_or("", String::as_str)
    }

    /// The options of a question that reveal misconception `tag`.
    pub fn revealing(&self, module: &str, question: &str, tag: &str) -> &[usize] {
        self.revealing
            .get(&(module.to_owned(), question.to_owned()))
            .and_then(|tags| tags.get(tag))
            .map_or(&[], Vec::as_slice)
    }

    /// The options of a question that say a pupil is troubled or alone.
    pub fn distress(&self, module: &str, question: &str) -> &[usize] {
        self.distress
            .get(&(module.to_owned(), question.to_owned()))
            .map_or(&[], Vec::as_slice)
    }
}

fn version(module: &Module) -> String {
    let mut hasher = Sha256::new();
    for question in module.quiz.iter().flat_map(|q| &q.questions) {
        hasher.update(answer_key(question).as_bytes());
    }
    let digest = hex::encode(hasher.finalize());
    format!("{}.{}", module.meta.reviewed, &digest[..8])
}

/// What grading a question depends on, as text.
fn answer_key(question: &Question) -> String {
    format!(
        "{}:{:?}:{:?};",
        question.id,
        question.kind,
        question.right_options()
    )
}
