//! Reading `content/` into a [`ContentIndex`], reporting every problem with
//! its file and line. Nothing is served unless everything is valid.
//!
//! One file per kind of thing loaded: [`loader`] (the state every part shares:
//! the report, passages, links seen), [`front_matter`] (a Markdown file's
//! header, one page per language), [`documents`] (parents', teachers' and help
//! directories), [`passages`] (country-specific text), [`modules`],
//! [`scenarios`], [`quizzes`], [`translations`] (same shape in every
//! language), [`links`] and [`readability`].

mod checkins;
mod curricula;
mod dated;
mod documents;
mod embeds;
mod front_matter;
mod links;
mod loader;
mod modules;
mod passages;
mod quality;
mod quizzes;
mod readability;
mod scenarios;
mod translations;

use super::check::Report;
use super::facts::Facts;
use super::index::ContentIndex;
use super::modules::Module;
use links::{link_phones, phone_numbers};
use loader::{entries, Loader};
use std::path::Path;

const TOP_LEVEL: [&str; 10] = [
    "README.md",
    "modules",
    "passages",
    "help",
    "parents",
    "teachers",
    "curricula",
    "privacy",
    "emblems",
    "checkins",
];

impl Loader {
    /// Only the known folders and files at the top of `content/`.
    fn check_top_level(&mut self, dir: &Path) {
        for entry in entries(dir) {
            let name = entry.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if !TOP_LEVEL.contains(&name) {
                let message = format!("unknown file or folder: expected one of {}", TOP_LEVEL.join(", "));
                self.report.error(&entry, 1, message);
            }
        }
    }
}

/// Loads and validates the content under `dir`. The index is returned only
/// when the report has no error.
pub fn load(dir: &Path) -> (Option<ContentIndex>, Report) {
    let mut loader = Loader::default();
    if !dir.is_dir() {
        loader.report.error(dir, 1, "the content folder does not exist");
        return (None, loader.report);
    }
    loader.check_top_level(dir);
    loader.emblems = loader.load_emblems(&dir.join("emblems"));
    loader.load_passages(&dir.join("passages"));
    let mut modules: Vec<Module> = entries(&dir.join("modules"))
        .into_iter()
        .filter_map(|folder| loader.load_module(&folder))
        .collect();
    modules.sort_by(|a, b| (a.meta.tier, a.meta.order, &a.id).cmp(&(b.meta.tier, b.meta.order, &b.id)));
    loader.check_tier_catalogue(&modules, dir);
    loader.check_tier_quality(&modules, dir);
    let curricula = loader.load_curricula(&dir.join("curricula"));
    loader.check_curricula(&modules, &curricula, dir);
    let checkins = loader.load_checkins(&dir.join("checkins"));
    loader.checkin_readability(&checkins, &dir.join("checkins"));
    let help = loader.load_help(&dir.join("help"));
    let mut documents = loader.load_documents(&dir.join("parents"));
    // Teachers' documents (the disclosure cards) are shown in teachers' pages only.
    let teacher_documents = loader.load_documents(&dir.join("teachers"));
    // The privacy notices, for adults and for each tier's pupils.
    let privacy = loader.load_documents(&dir.join("privacy"));
    loader.check_privacy(&privacy, &dir.join("privacy"));
    let phone_numbers = phone_numbers(&help);
    loader.check_figures(&phone_numbers);
    link_phones(&phone_numbers, &mut modules, &mut documents);
    let readability = loader.readability(&modules, dir);
    loader.check_links(&modules, &documents, &help);
    let emblems = std::mem::take(&mut loader.emblems);
    let mut report = loader.report;
    report.sort();
    if report.has_errors() {
        return (None, report);
    }
    (
        Some(ContentIndex {
            facts: Facts::of(&modules),
            modules,
            help,
            documents,
            teacher_documents,
            privacy,
            curricula,
            readability,
            phone_numbers,
            emblems,
            checkins,
        }),
        report,
    )
}
