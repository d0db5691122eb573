//! The curriculum references a module can serve, per country, listed in
//! `content/curricula/<country>.yaml` and named in each `module.yaml`.

use super::localized::Localized;
use super::model::Country;

/// One reference a teacher recognises: a programme's heading or competence.
#[derive(Clone, Debug)]
pub struct CurriculumReference {
    pub id: String,
    pub title: Localized<String>,
}

/// A country's list of references, with where they were read.
#[derive(Clone, Debug)]
pub struct Curriculum {
    pub country: Country,
    pub reviewed: String,
    pub sources: Vec<String>,
    pub references: Vec<CurriculumReference>,
}

impl Curriculum {
    pub fn reference(&self, id: &str) -> Option<&CurriculumReference> {
        self.references.iter().find(|r| r.id == id)
    }
}
