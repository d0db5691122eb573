//! Problems found in the content, each with the file and line it is on.

use crate::dates::{days_from_iso, today};
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The content cannot be served.
    Error,
    /// Worth fixing soon (an old `reviewed` date); the content is still served.
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub path: PathBuf,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prefix = match self.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        write!(
            f,
            "{prefix}{}:{}: {}",
            self.path.display(),
            self.line,
            self.message
        )
    }
}

/// Everything `lanterne check` has to say.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub problems: Vec<Problem>,
}

impl Report {
    pub fn error(&mut self, path: &Path, line: usize, message: impl Into<String>) {
        self.push(Severity::Error, path, line, message.into());
    }

    pub fn warn(&mut self, path: &Path, line: usize, message: impl Into<String>) {
        self.push(Severity::Warning, path, line, message.into());
    }

    fn push(&mut self, severity: Severity, path: &Path, line: usize, message: String) {
        self.problems.push(Problem {
            severity,
            path: path.to_path_buf(),
            line: line.max(1),
            message,
        });
    }

    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity == Severity::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity == Severity::Warning)
    }

    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }

    /// Sorted by file, then line, for reading.
    pub fn sort(&mut self) {
        self.problems
            .sort_by(|a, b| (&a.path, a.line, &a.message).cmp(&(&b.path, b.line, &b.message)));
        // A file read for several countries reports its problem once.
        self.problems.dedup();
    }
}

/// Whether `id` is lower-case letters, digits and single hyphens.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The 1-based line of the first occurrence of `needle` in `text`, or 1.
pub fn line_of(text: &str, needle: &str) -> usize {
    text.find(needle)
        .map(|at| text[..at].matches('\n').count() + 1)
        .unwrap_or(1)
}

/// Checks a `reviewed` date: an error if it is not a date, a warning after 12 months.
pub fn check_reviewed(reviewed: &str, text: &str, path: &Path, report: &mut Report) {
    let line = line_of(text, "reviewed");
    match days_from_iso(reviewed) {
        None => report.error(
            path,
            line,
            format!("`reviewed: {reviewed}` is not a date like 2026-11-22"),
        ),
        Some(day) if today() - day > 365 => report.warn(
            path,
            line,
            format!("reviewed on {reviewed}, more than 12 months ago: check the facts again"),
        ),
        Some(_) => {}
    }
}
