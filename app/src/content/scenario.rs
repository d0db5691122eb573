//! Scenario files: steps are `## Title {#id}` headings, choices are list items
//! ending in `→ step-id` (or `→ end`), with `>` feedback lines under them.

use super::check::{is_valid_id, Report};
use super::quiz::parse_heading;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The target that finishes a scenario.
pub const END: &str = "end";

#[derive(Debug, Clone)]
pub struct ParsedScenario {
    pub steps: Vec<ParsedStep>,
}

#[derive(Debug, Clone)]
pub struct ParsedStep {
    pub id: String,
    pub title: String,
    pub body: String,
    pub line: usize,
    pub choices: Vec<ParsedChoice>,
}

#[derive(Debug, Clone)]
pub struct ParsedChoice {
    pub text: String,
    pub target: String,
    pub feedback: String,
    pub line: usize,
}

fn parse_choice_line(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix("- ").or_else(|| line.strip_prefix("* "))?;
    let (text, target) = rest.rsplit_once('→').or_else(|| rest.rsplit_once("->"))?;
    Some((text.trim(), target.trim()))
}

pub fn parse(body: &str, first_line: usize, path: &Path, report: &mut Report) -> ParsedScenario {
    let mut steps: Vec<ParsedStep> = vec![];
    let mut in_fence = false;
    for (index, raw) in body.lines().enumerate() {
        let line_no = first_line + index;
        // A fenced block (a conversation), fences included, is the step's text,
        // whatever its lines look like.
        let fence = raw.trim_start().starts_with("```");
        let in_block = in_fence || fence;
        in_fence ^= fence;
        if in_block {
            if let Some(step) = steps.last_mut().filter(|s| s.choices.is_empty()) {
                step.body.push_str(raw);
                step.body.push('\n');
                continue;
            }
        }
        if let Some(heading) = raw.strip_prefix("## ") {
            steps.push(step_heading(heading, line_no, path, report));
            continue;
        }
        match steps.last_mut() {
            Some(step) => add_line(step, raw, line_no, path, report),
            None if !raw.trim().is_empty() => report.error(
                path,
                line_no,
                "text before the first step (a step starts with `## `)",
            ),
            None => {}
        }
    }
    ParsedScenario { steps }
}

/// A new step from its `## Title {#id}` heading.
fn step_heading(heading: &str, line_no: usize, path: &Path, report: &mut Report) -> ParsedStep {
    let heading = parse_heading(heading);
    let id = heading.id.unwrap_or_default();
    if !is_valid_id(&id) || id == END {
        report.error(
            path,
            line_no,
            "a step heading ends with its id, e.g. `{#the-message}` (not `end`)",
        );
    }
    ParsedStep {
        id,
        title: heading.title,
        body: String::new(),
        line: line_no,
        choices: vec![],
    }
}

/// A line under a step's heading: its text, a choice, or a choice's feedback.
fn add_line(step: &mut ParsedStep, raw: &str, line_no: usize, path: &Path, report: &mut Report) {
    let trimmed = raw.trim();
    if let Some((text, target)) = parse_choice_line(raw) {
        step.choices.push(ParsedChoice {
            text: text.to_owned(),
            target: target.to_owned(),
            feedback: String::new(),
            line: line_no,
        });
    } else if trimmed.is_empty() {
        // Blank lines only separate; in the text they are kept, so that its lines keep their numbers.
        if step.choices.is_empty() {
            step.body.push('\n');
        }
    } else if let (Some(feedback), Some(choice)) = (trimmed.strip_prefix('>'), step.choices.last_mut()) {
        if !choice.feedback.is_empty() {
            choice.feedback.push('\n');
        }
        choice.feedback.push_str(feedback.trim());
    } else if step.choices.is_empty() {
        step.body.push_str(raw);
        step.body.push('\n');
    } else {
        report.error(
            path,
            line_no,
            "after the choices, only `>` feedback lines: a choice ends with `→ step-id`",
        );
    }
}

/// No dead ends and no unreachable steps.
pub fn validate(scenario: &ParsedScenario, path: &Path, report: &mut Report) {
    if scenario.steps.is_empty() {
        report.error(path, 1, "a scenario needs at least one step (`## Title {#id}`)");
        return;
    }
    let mut index = HashMap::new();
    for (i, step) in scenario.steps.iter().enumerate() {
        if index.insert(step.id.as_str(), i).is_some() {
            report.error(path, step.line, format!("duplicate step id `{}`", step.id));
        }
    }
    for choice in scenario.steps.iter().flat_map(|s| &s.choices) {
        if choice.text.is_empty() {
            report.error(path, choice.line, "choice has no text");
        }
        if choice.feedback.trim().is_empty() {
            report.error(
                path,
                choice.line,
                "choice has no feedback (add a `  > …` line under it)",
            );
        }
        if choice.target != END && !index.contains_key(choice.target.as_str()) {
            report.error(
                path,
                choice.line,
                format!("choice leads to a step that does not exist: `{}`", choice.target),
            );
        }
    }
    let reachable = reachable_from_start(scenario, &index);
    for (i, step) in scenario.steps.iter().enumerate() {
        if !reachable.contains(&i) {
            report.error(
                path,
                step.line,
                format!("step `{}` cannot be reached from the first step", step.id),
            );
        }
    }
    for (i, step) in scenario.steps.iter().enumerate() {
        if reachable.contains(&i) && !can_end(scenario, &index, i) {
            report.error(
                path,
                step.line,
                format!("from step `{}` the story can never end", step.id),
            );
        }
    }
}

fn reachable_from_start(scenario: &ParsedScenario, index: &HashMap<&str, usize>) -> HashSet<usize> {
    let mut seen = HashSet::from([0]);
    let mut todo = vec![0];
    while let Some(i) = todo.pop() {
        for choice in &scenario.steps[i].choices {
            if let Some(&next) = index.get(choice.target.as_str()) {
                if seen.insert(next) {
                    todo.push(next);
                }
            }
        }
    }
    seen
}

fn can_end(scenario: &ParsedScenario, index: &HashMap<&str, usize>, from: usize) -> bool {
    let mut seen = HashSet::from([from]);
    let mut todo = vec![from];
    while let Some(i) = todo.pop() {
        let step = &scenario.steps[i];
        if step.choices.is_empty() || step.choices.iter().any(|c| c.target == END) {
            return true;
        }
        for choice in &step.choices {
            if let Some(&next) = index.get(choice.target.as_str()) {
                if seen.insert(next) {
                    todo.push(next);
                }
            }
        }
    }
    false
}

/// Whether some step offers a real choice (two or more ways on).
pub fn branches(scenario: &ParsedScenario) -> bool {
    scenario.steps.iter().any(|s| s.choices.len() >= 2)
}
