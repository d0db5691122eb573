//! Passages: text that differs by country (`passages/<name>/<country>.<lang>.md`),
//! included in a page by a `{{passage name}}` line.

use super::front_matter::Page;
use super::loader::{entries, split_language, Loader, PassageTexts};
use crate::content::check::{check_reviewed, is_valid_id, line_of};
use crate::content::localized::CountryHtml;
use crate::content::model::Country;
use crate::i18n::Lang;
use serde::Deserialize;
use std::path::Path;

/// The header of a passage file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PassageHeader {
    reviewed: String,
    sources: Vec<String>,
}

impl Loader {
    pub(super) fn load_passages(&mut self, dir: &Path) {
        for folder in entries(dir) {
            let name = folder
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            if !folder.is_dir() || !is_valid_id(&name) {
                self.report.error(
                    &folder,
                    1,
                    "a passage is a folder with a lower-case-hyphenated name",
                );
                continue;
            }
            let texts = self.passage_files(&folder);
            for country in Country::ALL {
                for lang in Lang::ALL {
                    if !texts.contains_key(&(country, lang)) {
                        let missing = format!("{}.{}.md", country.code(), lang.code());
                        self.report
                            .error(&folder, 1, format!("passage `{name}` is missing {missing}"));
                    }
                }
            }
            self.passages.insert(name, texts);
        }
    }

    /// The valid texts of a passage's folder, by country and language.
    fn passage_files(&mut self, folder: &Path) -> PassageTexts {
        let mut texts = PassageTexts::new();
        for file in entries(folder) {
            let parsed = split_language(&file).and_then(|(c, l)| Some((Country::from_code(&c)?, l?)));
            let Some(key) = parsed else {
                self.report.error(
                    &file,
                    1,
                    "a passage file is named <country>.<language>.md, e.g. gb.en.md",
                );
                continue;
            };
            if let Some(text) = self.passage_text(&file) {
                texts.insert(key, text);
            }
        }
        texts
    }

    /// A passage's text without its header, which names its sources and date.
    fn passage_text(&mut self, path: &Path) -> Option<String> {
        let text = self.read(path)?;
        let header = text
            .strip_prefix("---\n")
            .and_then(|rest| rest.split_once("\n---\n"));
        let Some((yaml, body)) = header else {
            self.report.error(
                path,
                1,
                "a passage starts with a `---` header naming its `sources:` and `reviewed:` date",
            );
            return None;
        };
        match serde_norway::from_str::<PassageHeader>(yaml) {
            Ok(header) => {
                check_reviewed(&header.reviewed, &text, path, &mut self.report);
                if header.sources.is_empty() {
                    self.report
                        .error(path, line_of(&text, "sources"), "name at least one source");
                }
            }
            Err(error) => {
                let line = error.location().map(|l| l.line() + 1).unwrap_or(2);
                self.report.error(path, line, format!("invalid header: {error}"));
            }
        }
        let body_line = yaml.matches('\n').count() + 4;
        self.check_raw_html(body, body_line, path);
        Some(body.to_owned())
    }

    /// Replaces `{{passage name}}` lines for `country`; `None` if the text has none.
    /// An unknown passage is reported once, for the first country.
    fn expand(
        &mut self,
        body: &str,
        body_line: usize,
        lang: Lang,
        country: Country,
        path: &Path,
    ) -> Option<String> {
        let mut expanded = String::new();
        let mut found = false;
        for (i, line) in body.lines().enumerate() {
            let name = line
                .trim()
                .strip_prefix("{{passage")
                .and_then(|r| r.strip_suffix("}}"))
                .map(str::trim);
            match name {
                Some(name) => {
                    found = true;
                    match self.passages.get(name).map(|p| p.get(&(country, lang))) {
                        Some(Some(text)) => expanded.push_str(text),
                        Some(None) => {}
                        None => {
                            if country == Country::ALL[0] {
                                self.report
                                    .error(path, body_line + i, format!("unknown passage `{name}`"));
                            }
                        }
                    }
                }
                None => expanded.push_str(line),
            }
            expanded.push('\n');
        }
        found.then_some(expanded)
    }

    /// A body rendered for each country, or once when it has no passage.
    pub(super) fn render_body(&mut self, page: &Page, lang: Lang, path: &Path) -> CountryHtml {
        let first = Country::ALL[0];
        let Some(first_text) = self.expand(&page.body, page.body_line, lang, first, path) else {
            return CountryHtml::Same(self.render(&page.body, page.body_line, path));
        };
        let mut texts = vec![(first, first_text)];
        for country in Country::ALL.into_iter().skip(1) {
            let text = self
                .expand(&page.body, page.body_line, lang, country, path)
                .unwrap_or_default();
            texts.push((country, text));
        }
        // Line numbers of links inside passages point at the include line's area.
        let html = texts
            .into_iter()
            .map(|(country, text)| (country, self.render(&text, page.body_line, path)))
            .collect();
        CountryHtml::PerCountry(html)
    }
}
