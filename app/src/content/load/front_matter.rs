//! A Markdown file's header between `---` lines, and one page per language
//! of a file name.

use super::loader::{LangFiles, Loader};
use crate::content::localized::Localized;
use crate::i18n::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A Markdown file's header between `---` lines.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FrontMatter {
    pub(super) title: String,
    pub(super) reviewed: Option<String>,
    pub(super) sources: Option<Vec<String>>,
}

/// A Markdown file: its header and body, and the line the body starts on.
pub(super) struct Page {
    pub(super) front: FrontMatter,
    /// The whole file, to find the line of a header field.
    pub(super) text: String,
    pub(super) body: String,
    pub(super) body_line: usize,
}

/// A page of each language, with its path.
pub(super) type Pages = Localized<(PathBuf, Page)>;

impl Loader {
    pub(super) fn page(&mut self, path: &Path) -> Option<Page> {
        let text = self.read(path)?;
        let Some(rest) = text.strip_prefix("---\n") else {
            self.report.error(
                path,
                1,
                "the file must start with a `---` header holding its `title:`",
            );
            return None;
        };
        let Some(end) = rest
            .find("\n---\n")
            .or_else(|| rest.strip_suffix("\n---").map(|r| r.len()))
        else {
            self.report
                .error(path, 1, "the `---` header is not closed by a second `---` line");
            return None;
        };
        let yaml = &rest[..end];
        let body = rest.get(end + 5..).unwrap_or_default().to_owned();
        let body_line = yaml.matches('\n').count() + 4;
        match serde_norway::from_str::<FrontMatter>(yaml) {
            Ok(front) if front.title.trim().is_empty() => {
                self.report.error(path, 2, "the header's `title:` is empty");
                None
            }
            Ok(front) => Some({
                self.check_raw_html(&body, body_line, path);
                Page {
                    front,
                    text: text.clone(),
                    body,
                    body_line,
                }
            }),
            Err(error) => {
                let line = error.location().map(|l| l.line() + 1).unwrap_or(2);
                self.report.error(path, line, format!("invalid header: {error}"));
                None
            }
        }
    }

    /// The valid page of each language that has one; a missing language is reported.
    pub(super) fn pages_each(&mut self, paths: &LangFiles, base: &Path) -> BTreeMap<Lang, (PathBuf, Page)> {
        let mut pages = BTreeMap::new();
        for lang in Lang::ALL {
            let Some(path) = paths.get(&lang).cloned() else {
                let present = paths
                    .values()
                    .next()
                    .cloned()
                    .unwrap_or_else(|| base.to_path_buf());
                self.report.error(
                    &present,
                    1,
                    format!("missing translation: no .{}.md file beside this one", lang.code()),
                );
                continue;
            };
            if let Some(page) = self.page(&path) {
                pages.insert(lang, (path, page));
            }
        }
        pages
    }

    /// Every language's page of one file name, or `None` (reported) if one is missing or invalid.
    pub(super) fn pages(&mut self, paths: &LangFiles, base: &Path) -> Option<Pages> {
        every_language(self.pages_each(paths, base))
    }
}

/// The values of a map holding every language, or `None`.
pub(super) fn every_language<T>(mut values: BTreeMap<Lang, T>) -> Option<Localized<T>> {
    Localized::try_from_fn(|lang| values.remove(&lang))
}
