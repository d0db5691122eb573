//! Quiz files: `## question {#id .kind}`, `- [x]`/`- [ ]` options, `>`
//! feedback lines and `misconception: tag` lines. Parsed line by line so every
//! problem has its line.

use super::check::{is_valid_id, Report};
use super::model::QuestionKind;
use std::path::Path;

#[derive(Debug, Clone)]
pub struct ParsedQuiz {
    pub questions: Vec<ParsedQuestion>,
}

#[derive(Debug, Clone)]
pub struct ParsedQuestion {
    pub id: String,
    pub kind: QuestionKind,
    pub title: String,
    pub body: String,
    pub line: usize,
    pub options: Vec<ParsedOption>,
}

#[derive(Debug, Clone)]
pub struct ParsedOption {
    pub text: String,
    pub correct: bool,
    pub feedback: String,
    pub misconception: Option<String>,
    /// `signal: distress`: choosing it says the pupil is troubled or alone.
    pub distress: bool,
    pub line: usize,
}

/// A `## Title {#id .flag}` heading: its title, id and flags.
pub struct Heading {
    pub title: String,
    pub id: Option<String>,
    pub flags: Vec<String>,
}

pub fn parse_heading(text: &str) -> Heading {
    let text = text.trim();
    if let (true, Some(open)) = (text.ends_with('}'), text.rfind('{')) {
        let mut id = None;
        let mut flags = vec![];
        for token in text[open + 1..text.len() - 1].split_whitespace() {
            if let Some(value) = token.strip_prefix('#') {
                id = Some(value.to_owned());
            } else {
                flags.push(token.to_owned());
            }
        }
        return Heading {
            title: text[..open].trim().to_owned(),
            id,
            flags,
        };
    }
    Heading {
        title: text.to_owned(),
        id: None,
        flags: vec![],
    }
}

/// `- [x] text` / `- [ ] text` (also `*` bullets and `[X]`).
pub(super) fn parse_option_line(line: &str) -> Option<(bool, &str)> {
    let rest = line.strip_prefix("- ").or_else(|| line.strip_prefix("* "))?;
    let (mark, text) = (rest.get(..3)?, rest.get(3..)?);
    match mark {
        "[x]" | "[X]" => Some((true, text.trim())),
        "[ ]" => Some((false, text.trim())),
        _ => None,
    }
}

/// Parses a quiz body; `first_line` is the file line the body starts on.
pub fn parse(body: &str, first_line: usize, path: &Path, report: &mut Report) -> ParsedQuiz {
    let mut questions: Vec<ParsedQuestion> = vec![];
    for (index, raw) in body.lines().enumerate() {
        let line_no = first_line + index;
        let trimmed = raw.trim();
        if let Some(heading) = raw.strip_prefix("## ") {
            questions.push(new_question(heading, line_no, path, report));
            continue;
        }
        let Some(question) = questions.last_mut() else {
            if !trimmed.is_empty() {
                report.error(
                    path,
                    line_no,
                    "text before the first question (a question starts with `## `)",
                );
            }
            continue;
        };
        if let Some((correct, text)) = parse_option_line(raw) {
            question.options.push(ParsedOption {
                text: text.to_owned(),
                correct,
                feedback: String::new(),
                misconception: None,
                distress: false,
                line: line_no,
            });
        } else if trimmed.is_empty() {
            continue;
        } else if let (true, Some(option)) = (
            raw.starts_with(' ') || raw.starts_with('\t'),
            question.options.last_mut(),
        ) {
            option_detail(option, trimmed, line_no, path, report);
        } else if question.options.is_empty() {
            question.body.push_str(raw);
            question.body.push('\n');
        } else {
            report.error(
                path,
                line_no,
                "unexpected line after the options: indent feedback (`  > …`) under its option",
            );
        }
    }
    ParsedQuiz { questions }
}

fn option_detail(option: &mut ParsedOption, trimmed: &str, line_no: usize, path: &Path, report: &mut Report) {
    if let Some(feedback) = trimmed.strip_prefix('>') {
        if !option.feedback.is_empty() {
            option.feedback.push('\n');
        }
        option.feedback.push_str(feedback.trim());
    } else if let Some(tag) = trimmed.strip_prefix("misconception:") {
        if option.misconception.is_some() {
            report.error(path, line_no, "an option names at most one misconception");
        }
        option.misconception = Some(tag.trim().to_owned());
    } else if let Some(signal) = trimmed.strip_prefix("signal:") {
        if signal.trim() == "distress" {
            option.distress = true;
        } else {
            report.error(
                path,
                line_no,
                "the only signal an option can carry is `signal: distress`",
            );
        }
    } else {
        report.error(
            path,
            line_no,
            "under an option, write feedback lines starting with `>`, a `misconception: tag` or a `signal: distress` line",
        );
    }
}

fn new_question(heading: &str, line_no: usize, path: &Path, report: &mut Report) -> ParsedQuestion {
    let heading = parse_heading(heading);
    let id = heading.id.unwrap_or_default();
    if id.is_empty() {
        report.error(
            path,
            line_no,
            "question has no id: end the heading with `{#an-id}`",
        );
    } else if !is_valid_id(&id) {
        report.error(
            path,
            line_no,
            format!("question id `{id}` must use lower-case letters, digits and hyphens"),
        );
    }
    let mut kind = QuestionKind::Single;
    for flag in &heading.flags {
        kind = match flag.as_str() {
            ".multiple" => QuestionKind::Multiple,
            ".true-false" => QuestionKind::TrueFalse,
            ".attitude" => QuestionKind::Attitude,
            other => {
                report.error(
                    path,
                    line_no,
                    format!("unknown question kind `{other}`: use .multiple, .true-false or .attitude"),
                );
                kind
            }
        };
    }
    if heading.title.is_empty() {
        report.error(path, line_no, "question has no text");
    }
    ParsedQuestion {
        id,
        kind,
        title: heading.title,
        body: String::new(),
        line: line_no,
        options: vec![],
    }
}

/// The rules one language's quiz must follow on its own.
pub fn validate(quiz: &ParsedQuiz, known_tags: &dyn Fn(&str) -> bool, path: &Path, report: &mut Report) {
    let mut seen = std::collections::HashSet::new();
    for question in &quiz.questions {
        let line = question.line;
        if !question.id.is_empty() && !seen.insert(question.id.as_str()) {
            report.error(path, line, format!("duplicate question id `{}`", question.id));
        }
        let right = question.options.iter().filter(|o| o.correct).count();
        match question.kind {
            _ if question.options.len() < 2 => report.error(path, line, "a question needs at least two options"),
            QuestionKind::Attitude if right > 0 => {
                report.error(path, line, "an attitude question has no right answer: use `- [ ]` for every option")
            }
            QuestionKind::Attitude => {}
            _ if right == 0 => report.error(path, line, "question has no right option (mark it `- [x]`)"),
            QuestionKind::Single if right > 1 => report.error(
                path,
                line,
                "single-choice question has several right options (add `.multiple` to its braces if intended)",
            ),
            QuestionKind::TrueFalse if question.options.len() != 2 || right != 1 => {
                report.error(path, line, "a true/false question has exactly two options, one right")
            }
            _ => {}
        }
        for option in &question.options {
            validate_option(question.kind, option, known_tags, path, report);
        }
    }
}

fn validate_option(
    kind: QuestionKind,
    option: &ParsedOption,
    known_tags: &dyn Fn(&str) -> bool,
    path: &Path,
    report: &mut Report,
) {
    let line = option.line;
    if option.text.is_empty() {
        report.error(path, line, "option has no text");
    }
    if option.feedback.trim().is_empty() {
        report.error(path, line, "option has no feedback (add a `  > …` line under it)");
    }
    if option.distress && kind != QuestionKind::Attitude {
        report.error(
            path,
            line,
            "only an attitude question's option can carry `signal: distress`",
        );
    }
    match (&option.misconception, kind, option.correct) {
        (Some(_), QuestionKind::Attitude, _) => {
            report.error(path, line, "attitude questions name no misconception")
        }
        (Some(_), _, true) => report.error(path, line, "a right option cannot reveal a misconception"),
        (Some(tag), _, false) if !known_tags(tag) => report.error(
            path,
            line,
            format!("unknown misconception `{tag}`: declare it under `misconceptions:` in module.yaml"),
        ),
        (None, kind, false) if kind != QuestionKind::Attitude => {
            report.warn(path, line, "wrong option names no misconception")
        }
        _ => {}
    }
}
