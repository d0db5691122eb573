//! Check-in files (`content/checkins/<tier>.<language>.md`): the short
//! questionnaire a class answers before the modules, after them and weeks
//! later. Six parts, each a `# Title {#part-id}` heading; items are
//! `## statement {#id .kind}` with `- [x]`/`- [ ]` options; no feedback and
//! no free text. Parsed line by line so every problem has its line.

use super::check::{is_valid_id, Report};
use super::quiz::{parse_heading, parse_option_line};
use std::path::Path;

/// The parts of a check-in, in the order they are written and answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    /// What the pupil knows, form A (before, and later).
    KnowledgeA,
    /// What the pupil knows, form B (after): parallel items, other situations.
    KnowledgeB,
    /// "Is this OK? What would you do?"
    Recognition,
    /// "I would know what to do if…", on a four-point scale.
    Confidence,
    /// "Who would you tell?", several answers.
    Help,
    /// "How do you feel now?"
    Worry,
}

impl Part {
    pub const ALL: [Part; 6] = [
        Part::KnowledgeA,
        Part::KnowledgeB,
        Part::Recognition,
        Part::Confidence,
        Part::Help,
        Part::Worry,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Part::KnowledgeA => "knowledge-a",
            Part::KnowledgeB => "knowledge-b",
            Part::Recognition => "recognition",
            Part::Confidence => "confidence",
            Part::Help => "help",
            Part::Worry => "worry",
        }
    }

    pub fn from_id(id: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.id() == id)
    }

    /// The kind of item the part holds, and how many items it may have.
    fn rule(self) -> (ItemKind, std::ops::RangeInclusive<usize>) {
        match self {
            Part::KnowledgeA | Part::KnowledgeB => (ItemKind::Single, 6..=8),
            Part::Recognition => (ItemKind::Single, 3..=4),
            Part::Confidence => (ItemKind::Scale, 3..=4),
            Part::Help => (ItemKind::Multiple, 1..=1),
            Part::Worry => (ItemKind::Scale, 1..=1),
        }
    }
}

/// How an item is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// One option; exactly one is right.
    Single,
    /// Several options; the protective ones are marked `[x]`.
    Multiple,
    /// A four-point scale the site draws (faces for 8–10): no options.
    Scale,
}

#[derive(Clone, Debug, Default)]
pub struct ParsedCheckin {
    pub parts: Vec<ParsedPart>,
}

#[derive(Clone, Debug)]
pub struct ParsedPart {
    /// `None` for an id that is not a part's.
    pub part: Option<Part>,
    pub title: String,
    pub line: usize,
    pub items: Vec<ParsedItem>,
}

#[derive(Clone, Debug)]
pub struct ParsedItem {
    pub id: String,
    pub kind: ItemKind,
    pub title: String,
    pub line: usize,
    /// Each option: marked `[x]`, its text, its line.
    pub options: Vec<(bool, String, usize)>,
}

/// A check-in's shape, which every translation keeps: parts, item ids,
/// kinds and the marks of the options.
pub type Shape = Vec<(Option<Part>, Vec<(String, ItemKind, Vec<bool>)>)>;

impl ParsedCheckin {
    pub fn shape(&self) -> Shape {
        self.parts
            .iter()
            .map(|p| {
                let items = p
                    .items
                    .iter()
                    .map(|i| (i.id.clone(), i.kind, i.options.iter().map(|o| o.0).collect()));
                (p.part, items.collect())
            })
            .collect()
    }

    pub fn part(&self, part: Part) -> Option<&ParsedPart> {
        self.parts.iter().find(|p| p.part == Some(part))
    }
}

/// Parses a check-in body; `first_line` is the file line the body starts on.
pub fn parse(body: &str, first_line: usize, path: &Path, report: &mut Report) -> ParsedCheckin {
    let mut checkin = ParsedCheckin::default();
    for (index, raw) in body.lines().enumerate() {
        let line = first_line + index;
        if let Some(heading) = raw.strip_prefix("# ") {
            checkin.parts.push(new_part(heading, line, path, report));
        } else if let Some(heading) = raw.strip_prefix("## ") {
            match checkin.parts.last_mut() {
                Some(part) => part.items.push(new_item(heading, line, path, report)),
                None => report.error(
                    path,
                    line,
                    "an item before the first part (a part starts with `# `)",
                ),
            }
        } else if let Some((right, text)) = parse_option_line(raw) {
            match checkin.parts.last_mut().and_then(|p| p.items.last_mut()) {
                Some(item) => item.options.push((right, text.to_owned(), line)),
                None => report.error(
                    path,
                    line,
                    "an option before the first item (an item starts with `## `)",
                ),
            }
        } else if !raw.trim().is_empty() {
            report.error(
                path,
                line,
                "a check-in holds only parts (`# `), items (`## `) and options (`- [x]`, `- [ ]`): no feedback, no other text",
            );
        }
    }
    checkin
}

fn new_part(heading: &str, line: usize, path: &Path, report: &mut Report) -> ParsedPart {
    let heading = parse_heading(heading);
    let id = heading.id.unwrap_or_default();
    let part = Part::ALL.into_iter().find(|p| p.id() == id);
    if part.is_none() {
        let ids: Vec<&str> = Part::ALL.iter().map(|p| p.id()).collect();
        report.error(
            path,
            line,
            format!("a part's id is one of {}: not `{id}`", ids.join(", ")),
        );
    }
    ParsedPart {
        part,
        title: heading.title,
        line,
        items: vec![],
    }
}

fn new_item(heading: &str, line: usize, path: &Path, report: &mut Report) -> ParsedItem {
    let heading = parse_heading(heading);
    let id = heading.id.unwrap_or_default();
    if !is_valid_id(&id) {
        report.error(
            path,
            line,
            "an item ends with its id, lower-case-hyphenated: `{#ka-photo}`",
        );
    }
    let mut kind = ItemKind::Single;
    for flag in &heading.flags {
        kind = match flag.as_str() {
            ".multiple" => ItemKind::Multiple,
            ".scale" => ItemKind::Scale,
            other => {
                report.error(
                    path,
                    line,
                    format!("unknown item kind `{other}`: use .multiple or .scale"),
                );
                kind
            }
        };
    }
    if heading.title.is_empty() {
        report.error(path, line, "an item has no text");
    }
    ParsedItem {
        id,
        kind,
        title: heading.title,
        line,
        options: vec![],
    }
}

/// The rules one language's check-in follows on its own.
pub fn validate(checkin: &ParsedCheckin, path: &Path, report: &mut Report) {
    let found: Vec<Part> = checkin.parts.iter().filter_map(|p| p.part).collect();
    if found != Part::ALL {
        let ids: Vec<&str> = Part::ALL.iter().map(|p| p.id()).collect();
        let message = format!(
            "a check-in has six parts, once each and in this order: {}",
            ids.join(", ")
        );
        report.error(path, checkin.parts.first().map_or(1, |p| p.line), message);
    }
    let mut seen = std::collections::HashSet::new();
    for part in &checkin.parts {
        validate_part(part, path, report);
        for item in part.items.iter().filter(|i| !seen.insert(i.id.as_str())) {
            report.error(path, item.line, format!("item id `{}` is used twice", item.id));
        }
    }
    if let (Some(a), Some(b)) = (checkin.part(Part::KnowledgeA), checkin.part(Part::KnowledgeB)) {
        if a.items.len() != b.items.len() {
            let message = format!(
                "the two forms have different numbers of items: {} in knowledge-a, {} in knowledge-b",
                a.items.len(),
                b.items.len()
            );
            report.error(path, b.line, message);
        }
    }
}

fn validate_part(part: &ParsedPart, path: &Path, report: &mut Report) {
    let Some(which) = part.part else { return };
    let (kind, count) = which.rule();
    if !count.contains(&part.items.len()) {
        let message = format!(
            "part `{}` has {} items: it needs {} to {}",
            which.id(),
            part.items.len(),
            count.start(),
            count.end()
        );
        report.error(path, part.line, message);
    }
    for item in &part.items {
        if item.kind != kind {
            report.error(
                path,
                item.line,
                format!("the items of `{}` are {}", which.id(), kind_name(kind)),
            );
        } else {
            validate_options(item, path, report);
        }
    }
}

fn kind_name(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Single => "single choice (no flag)",
        ItemKind::Multiple => "`.multiple`",
        ItemKind::Scale => "`.scale`",
    }
}

fn validate_options(item: &ParsedItem, path: &Path, report: &mut Report) {
    let right = item.options.iter().filter(|o| o.0).count();
    let problem = match item.kind {
        ItemKind::Scale if !item.options.is_empty() => {
            Some("a `.scale` item has no options: the site draws the scale")
        }
        ItemKind::Single if !(2..=4).contains(&item.options.len()) => {
            Some("a single-choice item has 2 to 4 options")
        }
        ItemKind::Single if right != 1 => Some("a single-choice item has exactly one `[x]` option"),
        ItemKind::Multiple if right == 0 || right == item.options.len() => {
            Some("a `.multiple` item marks its protective answers `[x]` and has others `[ ]`")
        }
        _ => None,
    };
    if let Some(problem) = problem {
        report.error(path, item.line, problem);
    }
}

/// A tier's check-in, in every language, as the site shows it.
#[derive(Clone, Debug)]
pub struct Checkin {
    pub tier: super::model::Tier,
    pub title: super::localized::Localized<String>,
    pub reviewed: String,
    /// The review date and a hash of the items and their marks: figures
    /// from two versions can be told apart.
    pub version: String,
    pub sources: Vec<String>,
    pub parts: Vec<CheckinPart>,
}

#[derive(Clone, Debug)]
pub struct CheckinPart {
    pub part: Part,
    pub title: super::localized::Localized<String>,
    pub items: Vec<CheckinItem>,
}

#[derive(Clone, Debug)]
pub struct CheckinItem {
    pub id: String,
    pub kind: ItemKind,
    /// Cleaned inline HTML of the statement.
    pub title_html: super::localized::Localized<String>,
    /// Each option: whether it is the right (or a protective) answer, and its cleaned inline HTML.
    pub options: Vec<(bool, super::localized::Localized<String>)>,
}

impl Checkin {
    pub fn part(&self, part: Part) -> Option<&CheckinPart> {
        self.parts.iter().find(|p| p.part == part)
    }
}
