//! `curricula/<country>.yaml`: the references modules may name, and the check
//! that every module names at least one known reference per country.

use super::loader::{entries, Loader};
use crate::content::check::{check_reviewed, is_valid_id, line_of};
use crate::content::curricula::{Curriculum, CurriculumReference};
use crate::content::localized::Text;
use crate::content::model::Country;
use crate::content::modules::Module;
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CurriculumFile {
    country: Country,
    reviewed: String,
    sources: Vec<String>,
    references: Vec<ReferenceFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReferenceFile {
    id: String,
    title: Text,
}

impl Loader {
    /// Every country's curriculum list; one is needed per country.
    pub(super) fn load_curricula(&mut self, dir: &Path) -> Vec<Curriculum> {
        let mut curricula: Vec<Curriculum> = entries(dir)
            .into_iter()
            .filter_map(|path| self.curriculum(&path))
            .collect();
        curricula.sort_by_key(|c| c.country);
        for country in Country::ALL
            .into_iter()
            .filter(|c| !curricula.iter().any(|k| k.country == *c))
        {
            let message = format!(
                "no curriculum list for {0}: add curricula/{0}.yaml",
                country.code()
            );
            self.report.error(dir, 1, message);
        }
        curricula
    }

    fn curriculum(&mut self, path: &Path) -> Option<Curriculum> {
        let text = self.read(path)?;
        let file: CurriculumFile = match serde_norway::from_str(&text) {
            Ok(file) => file,
            Err(error) => {
                let line = error.location().map(|l| l.line()).unwrap_or(1);
                self.report
                    .error(path, line, format!("invalid curriculum list: {error}"));
                return None;
            }
        };
        if path.file_stem().and_then(|s| s.to_str()) != Some(file.country.code()) {
            self.report.error(
                path,
                1,
                "a curriculum list is named after its country: fr.yaml, gb.yaml",
            );
        }
        check_reviewed(&file.reviewed, &text, path, &mut self.report);
        let mut seen = BTreeSet::new();
        for reference in &file.references {
            if !is_valid_id(&reference.id) || !seen.insert(reference.id.as_str()) {
                let message = format!(
                    "reference id `{}` must be lower-case-hyphenated and unique",
                    reference.id
                );
                self.report.error(path, line_of(&text, &reference.id), message);
            }
        }
        Some(Curriculum {
            country: file.country,
            reviewed: file.reviewed,
            sources: file.sources,
            references: file
                .references
                .into_iter()
                .map(|r| CurriculumReference {
                    id: r.id,
                    title: r.title,
                })
                .collect(),
        })
    }

    /// Every module names at least one reference of each country's list, and
    /// only references that list holds.
    pub(super) fn check_curricula(&mut self, modules: &[Module], curricula: &[Curriculum], dir: &Path) {
        for module in modules {
            let path = dir.join("modules").join(&module.id).join("module.yaml");
            for country in Country::ALL {
                let named = module.meta.curricula_for(country);
                if named.is_empty() {
                    let message = format!(
                        "name at least one curriculum reference for {0} (curricula: {0}: [...])",
                        country.code()
                    );
                    self.report.error(&path, 1, message);
                }
                let list = curricula.iter().find(|c| c.country == country);
                for id in named
                    .iter()
                    .filter(|id| list.is_none_or(|l| l.reference(id).is_none()))
                {
                    let message = format!(
                        "unknown curriculum reference `{id}` for {0}: see content/curricula/{0}.yaml",
                        country.code()
                    );
                    self.report.error(&path, 1, message);
                }
            }
        }
    }
}
