//! Progress at a glance: the step indicator of a module's pages, and a
//! module's state (done, in progress, to do) in words and an icon, never by
//! colour alone.

use super::access;
use super::common::module_progress;
use super::emblems::module_emblem;
use crate::content::{ContentIndex, Module};
use crate::course::{is_done, paths};
use crate::i18n::I18n;
use leptos::prelude::*;

/// How far a learner is in a module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Status {
    ToDo,
    Started,
    Done,
}

impl Status {
    /// The state of a module of which `done` steps out of `total` are done.
    pub(super) fn of(done: usize, total: usize) -> Status {
        match done {
            0 => Status::ToDo,
            done if done == total => Status::Done,
            _ => Status::Started,
        }
    }

    fn code(self) -> &'static str {
        match self {
            Status::ToDo => "to-do",
            Status::Started => "started",
            Status::Done => "done",
        }
    }

    /// A shape for each state (an empty circle, a half-full one, a tick), so
    /// that the state is never told by colour alone.
    fn icon(self) -> &'static str {
        match self {
            Status::ToDo => {
                r#"<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/></svg>"#
            }
            Status::Started => {
                r#"<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor"/></svg>"#
            }
            Status::Done => {
                r#"<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="white" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>"#
            }
        }
    }
}

/// A module's state as a badge: an icon the screen reader skips, and words.
pub(super) fn status_badge(i18n: I18n, status: Status) -> impl IntoView {
    let code = status.code();
    view! {
        <p class=format!("status status--{code}")>
            <span class="status__icon" inner_html=status.icon()></span>
            {i18n.t(&format!("status-{code}"))}
        </p>
    }
}

/// Above each page of a module: the way back to it with its emblem and tier,
/// then one mark per step, each named for screen readers, `here` the current one.
pub(super) fn part_header(i18n: I18n, content: &ContentIndex, module: &Module, here: &str) -> impl IntoView {
    let lang = i18n.lang;
    view! {
        <p class="breadcrumb">
            {module_emblem(content, module, "emblem emblem--small")}
            <a href=paths::module(&module.id)>{module.meta.title.get(lang).clone()}</a> " · " <access::TierLabel tier=module.meta.tier/>
        </p>
        {step_indicator(i18n, module, Some(here))}
    }
}

/// The module's steps as marks: done, the current one (`here`) and to do.
pub(super) fn step_indicator(i18n: I18n, module: &Module, here: Option<&str>) -> impl IntoView {
    let progress = module_progress(&module.id);
    let parts = paths::parts(module);
    let steps = &parts[..parts.len() - 1];
    let done = steps.iter().filter(|p| is_done(module, &progress, p)).count();
    let position = steps.iter().position(|p| Some(p.as_str()) == here);
    let count = match position {
        Some(i) => i18n.t_args(
            "progress-step-of",
            &[
                ("n", (i + 1).into()),
                ("total", steps.len().into()),
                ("done", done.into()),
            ],
        ),
        None => i18n.t_args(
            "course-parts-done",
            &[("done", done.into()), ("total", steps.len().into())],
        ),
    };
    let marks = steps
        .iter()
        .map(|path| {
            let state = if Some(path.as_str()) == here {
                "current"
            } else if is_done(module, &progress, path) {
                "done"
            } else {
                "to-do"
            };
            let label = i18n.t_args(
                &format!("progress-{state}"),
                &[("step", part_label(i18n, module, path).into())],
            );
            view! {
                <li class=format!("steps__mark steps__mark--{state}") aria-current=(state == "current").then_some("step")>
                    <span class="visually-hidden">{label}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="steps" aria-label=i18n.t("progress-label")>
            <p class="steps__count">{count}</p>
            <ol class="steps__marks">{marks}</ol>
        </nav>
    }
}

/// How a page names the part at `path`: a lesson's title, a scenario's, or a question's number.
pub(super) fn part_label(i18n: I18n, module: &Module, path: &str) -> String {
    let lang = i18n.lang;
    let tail = path.rsplit('/').next().unwrap_or_default();
    if path.contains("/lessons/") {
        let title = tail
            .parse::<usize>()
            .ok()
            .and_then(|n| module.lessons.get(n.checked_sub(1)?))
            .map(|l| l.title.get(lang).clone());
        return title.unwrap_or_default();
    }
    if path.contains("/scenarios/") {
        let title = module
            .scenarios
            .iter()
            .find(|s| s.slug == tail)
            .map(|s| s.title.get(lang).clone())
            .unwrap_or_default();
        return format!("{} {title}", i18n.t("course-scenario"));
    }
    i18n.t_args(
        "course-question-label",
        &[("n", tail.parse::<usize>().unwrap_or(0).into())],
    )
}
