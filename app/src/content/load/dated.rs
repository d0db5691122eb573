//! Figures in guides, parents' and teachers' text that do not say when they
//! were measured: noted as each document is read, reported once the help
//! directories tell phone numbers from counts.

use super::front_matter::Page;
use super::loader::Loader;
use crate::content::dated::{undated_figures, Undated};
use std::path::Path;

impl Loader {
    /// Notes the figures of `page` that have no year in their sentence.
    pub(super) fn note_figures(&mut self, path: &Path, page: &Page) {
        for figure in undated_figures(&page.body) {
            let line = page.body_line + figure.line - 1;
            self.figures.push((path.to_path_buf(), line, figure));
        }
    }

    /// Warns of each noted figure that is not one of the help directories' numbers.
    pub(super) fn check_figures(&mut self, phone_numbers: &[String]) {
        let phones: Vec<String> = phone_numbers
            .iter()
            .map(|n| n.chars().filter(char::is_ascii_digit).collect())
            .collect();
        for (path, line, Undated { text, digits, .. }) in std::mem::take(&mut self.figures) {
            if !phones.contains(&digits) {
                let message = format!(
                    "figure `{text}` has no year in its sentence: say when it was measured, and by whom"
                );
                self.report.warn(&path, line, message);
            }
        }
    }
}
