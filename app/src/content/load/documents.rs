//! Standalone documents (`parents/`, `teachers/`), the documents of a module
//! (lessons, guide, parents' card), and the help directories (`help/`).

use super::front_matter::Page;
use super::loader::{entries, split_language, LangFiles, Loader, REFERENCE};
use crate::content::check::{check_reviewed, is_valid_id};
use crate::content::help::{self, HelpDirectory};
use crate::content::localized::Localized;
use crate::content::model::{help_regions, Tier};
use crate::content::modules::Document;
use std::collections::BTreeMap;
use std::path::Path;

impl Loader {
    pub(super) fn load_documents(&mut self, dir: &Path) -> Vec<Document> {
        let mut files: BTreeMap<String, LangFiles> = BTreeMap::new();
        for path in entries(dir) {
            match split_language(&path) {
                Some((base, Some(lang))) if is_valid_id(&base) => {
                    files.entry(base).or_default().insert(lang, path);
                }
                _ => self.report.error(
                    &path,
                    1,
                    "a document is named <name>.<language>.md, e.g. guide-8-10.fr.md",
                ),
            }
        }
        files
            .into_iter()
            .filter_map(|(id, paths)| self.document(&id, &paths, dir, true))
            .collect()
    }

    /// A document in every language; a `standalone` one names its review date and sources.
    pub(super) fn document(
        &mut self,
        id: &str,
        paths: &LangFiles,
        base: &Path,
        standalone: bool,
    ) -> Option<Document> {
        let pages = self.pages(paths, base)?;
        if standalone {
            for (_, (path, page)) in pages.iter() {
                self.check_header(path, page, "a document");
            }
        }
        if standalone || matches!(id, "guide" | "parents") {
            for (_, (path, page)) in pages.iter() {
                self.note_figures(path, page);
            }
        }
        let html = Localized::from_fn(|lang| {
            let (path, page) = pages.get(lang);
            self.render_body(page, lang, path)
        });
        let (_, reference) = pages.get(REFERENCE);
        Some(Document {
            id: id.to_owned(),
            title: pages.map(|(_, page)| page.front.title.clone()),
            html,
            reviewed: reference.front.reviewed.clone(),
            sources: reference.front.sources.clone().unwrap_or_default(),
        })
    }

    /// A standalone text (`what`: "a document", "a check-in") names its review date and sources.
    pub(super) fn check_header(&mut self, path: &Path, page: &Page, what: &str) {
        match &page.front.reviewed {
            Some(reviewed) => check_reviewed(reviewed, &page.text, path, &mut self.report),
            None => self.report.error(
                path,
                2,
                format!("{what} names its `reviewed:` date in its header"),
            ),
        }
        if page.front.sources.as_ref().is_none_or(Vec::is_empty) {
            self.report
                .error(path, 2, format!("{what} names its `sources:` in its header"));
        }
    }

    pub(super) fn load_help(&mut self, dir: &Path) -> Vec<HelpDirectory> {
        let mut directories = vec![];
        for path in entries(dir) {
            let region = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_owned();
            if path.extension().is_none_or(|e| e != "yaml") || !help_regions().any(|r| r == region) {
                let names: Vec<&str> = help_regions().collect();
                self.report.error(
                    &path,
                    1,
                    format!("a help directory is named {}.yaml", names.join(".yaml, ")),
                );
                continue;
            }
            if let Some(text) = self.read(&path) {
                directories.extend(help::load(&region, &text, &path, &mut self.report));
            }
        }
        directories
    }
}

impl Loader {
    /// The privacy notices the site links from every page: one for adults,
    /// one in the words of each tier.
    pub(super) fn check_privacy(&mut self, notices: &[Document], dir: &Path) {
        let needed =
            std::iter::once("adults".to_owned()).chain(Tier::ALL.map(|t| format!("pupils-{}", t.code())));
        for id in needed.filter(|id| !notices.iter().any(|d| &d.id == id)) {
            let message = format!("the privacy notice `{id}` is missing: write privacy/{id}.<language>.md");
            self.report.error(dir, 1, message);
        }
    }
}
