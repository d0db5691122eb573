//! What every part of the loader shares: the report, the passages read so
//! far, the links seen, and reading and rendering files.

use crate::content::check::Report;
use crate::content::markdown::{self, Rendered};
use crate::content::model::Country;
use crate::i18n::Lang;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The language every translation is compared with: the default, first in [`Lang::ALL`].
pub(super) const REFERENCE: Lang = Lang::ALL[0];

/// Each language's file of one name (`name.<lang>.md`).
pub(super) type LangFiles = BTreeMap<Lang, PathBuf>;

/// A passage's text for each country and language that has a file.
pub(super) type PassageTexts = BTreeMap<(Country, Lang), String>;

#[derive(Default)]
pub(super) struct Loader {
    pub(super) report: Report,
    /// Passage name → its texts.
    pub(super) passages: BTreeMap<String, PassageTexts>,
    /// Internal links seen, checked once every page is known.
    pub(super) links: Vec<(PathBuf, usize, String)>,
    /// Figures of guides and parents' text with no year, checked once the
    /// phone numbers are known.
    pub(super) figures: Vec<(PathBuf, usize, crate::content::dated::Undated)>,
    /// The project's pictures, loaded first so that lessons can show them.
    pub(super) emblems: crate::content::emblems::Emblems,
}

impl Loader {
    pub(super) fn read(&mut self, path: &Path) -> Option<String> {
        match std::fs::read_to_string(path) {
            Ok(text) => Some(text.replace("\r\n", "\n")),
            Err(error) => {
                self.report
                    .error(path, 1, format!("cannot read the file: {error}"));
                None
            }
        }
    }

    /// Warns of raw HTML in a Markdown text that starts on `first_line`.
    pub(super) fn check_raw_html(&mut self, markdown: &str, first_line: usize, path: &Path) {
        for line in markdown::raw_html_lines(markdown) {
            let message = "raw HTML is shown as text, not as formatting: write it in Markdown";
            self.report.warn(path, first_line + line - 1, message);
        }
    }

    pub(super) fn render(&mut self, markdown: &str, first_line: usize, path: &Path) -> String {
        let Rendered { html, links, embeds } = markdown::render(markdown);
        self.check_embed_mark(markdown, first_line, path);
        self.note_links(links, first_line, path);
        self.draw_embeds(html, embeds, first_line, path)
    }

    pub(super) fn render_inline(&mut self, markdown: &str, line: usize, path: &Path) -> String {
        let Rendered { html, links, embeds } = markdown::render_inline(markdown);
        self.check_embed_mark(markdown, line, path);
        self.note_links(links, line, path);
        self.draw_embeds(html, embeds, line, path)
    }

    fn note_links(&mut self, links: Vec<markdown::Link>, first_line: usize, path: &Path) {
        for link in links {
            self.links
                .push((path.to_path_buf(), first_line + link.line - 1, link.url));
        }
    }
}

/// Sorted entries of a folder (none if it does not exist).
pub(super) fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    paths
}

/// `name.fr.md` → (`name`, French); `None` for a language not shipped.
pub(super) fn split_language(path: &Path) -> Option<(String, Option<Lang>)> {
    let name = path.file_name()?.to_str()?;
    let stem = name.strip_suffix(".md")?;
    let (base, code) = stem.rsplit_once('.')?;
    Some((base.to_owned(), Lang::ALL.into_iter().find(|l| l.code() == code)))
}

/// `quiz.fr.md, quiz.en.md`: the file of `base` in every shipped language.
pub(super) fn language_files(base: &str, separator: &str) -> String {
    Lang::ALL
        .map(|lang| format!("{base}.{}.md", lang.code()))
        .join(separator)
}
