//! The loaded, validated course: what every request reads.

use super::curricula::{Curriculum, CurriculumReference};
use super::facts::Facts;
use super::help::HelpDirectory;
use super::localized::Localized;
use super::model::{Country, Tier};
use super::modules::{Document, Module};
use super::readability::Readability;
use std::collections::BTreeMap;

/// Everything Lanterne teaches, parsed once at start.
#[derive(Debug, Default)]
pub struct ContentIndex {
    /// Sorted by tier, then order.
    pub(super) modules: Vec<Module>,
    pub(super) help: Vec<HelpDirectory>,
    pub(super) documents: Vec<Document>,
    pub(super) teacher_documents: Vec<Document>,
    pub(super) privacy: Vec<Document>,
    pub(super) curricula: Vec<Curriculum>,
    pub(super) readability: BTreeMap<String, Localized<Readability>>,
    pub(super) facts: Facts,
    /// Every number of the help directories, to make into `tel:` links.
    pub(super) phone_numbers: Vec<String>,
    /// The project's pictures: tiers', modules' and lessons'.
    pub(super) emblems: super::emblems::Emblems,
    /// Each tier's check-in (`content/checkins/`).
    pub(super) checkins: Vec<super::checkin::Checkin>,
}

impl ContentIndex {
    pub fn modules(&self) -> &[Module] {
        &self.modules
    }

    /// The check-in of `tier`.
    pub fn checkin(&self, tier: Tier) -> Option<&super::checkin::Checkin> {
        self.checkins.iter().find(|c| c.tier == tier)
    }

    /// A picture of `content/emblems/` by name.
    pub fn emblem(&self, name: &str) -> Option<&super::emblems::Emblem> {
        self.emblems.get(name)
    }

    pub fn module(&self, id: &str) -> Option<&Module> {
        self.modules.iter().find(|m| m.id == id)
    }

    /// A privacy notice: `adults`, or `pupils-<tier>`.
    pub fn privacy_notice(&self, id: &str) -> Option<&Document> {
        self.privacy.iter().find(|d| d.id == id)
    }

    /// The references of `country` a module names, with their titles.
    pub fn curriculum_of<'a>(&'a self, module: &'a Module, country: Country) -> Vec<&'a CurriculumReference> {
        let list = self.curricula.iter().find(|c| c.country == country);
        module
            .meta
            .curricula_for(country)
            .iter()
            .filter_map(|id| list?.reference(id))
            .collect()
    }

    /// The item-quality figures of a tier's quizzes, added up.
    pub fn tier_quality(&self, tier: Tier) -> super::quality::ItemQuality {
        super::modules::tier_quality(&self.modules, tier)
    }

    /// The modules and the final test of a tier, in order.
    pub fn tier(&self, tier: Tier) -> impl Iterator<Item = &Module> {
        self.modules.iter().filter(move |m| m.meta.tier == tier)
    }

    /// The help directory of a region of [`super::help_regions`]: a country's code or `international`.
    /// Every number a visitor may call, from the help directories.
    pub fn phone_numbers(&self) -> &[String] {
        &self.phone_numbers
    }

    pub fn help(&self, region: &str) -> Option<&HelpDirectory> {
        self.help.iter().find(|h| h.region == region)
    }

    /// A standalone document (for parents), by name.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// A document for teachers (`content/teachers/<id>.<lang>.md`).
    pub fn teacher_document(&self, id: &str) -> Option<&Document> {
        self.teacher_documents.iter().find(|d| d.id == id)
    }

    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    /// The version of a module's content that answers are graded against.
    pub fn version_of(&self, module: &str) -> &str {
        self.facts.version(module)
    }

    /// What requests need to know about the content, computed at load.
    pub fn facts(&self) -> &Facts {
        &self.facts
    }

    /// Each module's reading level, per language.
    pub fn readability(&self) -> &BTreeMap<String, Localized<Readability>> {
        &self.readability
    }
}
