//! The presenter's screens of a live session: the projector view
//! (`/teachers/live/:id`: the code, the current screen, how many answered,
//! then on "reveal" the counts per option, the right answer, the
//! explanation and each wrong option's misconception with its follow-up
//! activity) and the printable report (`/teachers/live/:id/report`).

use super::frame::{module_title, site_address, teacher_page};
use super::live::live_path;
use crate::content::{Module, QuestionKind};
use crate::i18n::{use_i18n, I18n};
use crate::live::{self, LiveSession, Screen, Tally};
use crate::pages::live::screen::shown;
use crate::pages::parts::{use_content, use_param, FlashMessage, PageTitle};
use crate::web::AppError;
use leptos::either::Either;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// One option as the presenter sees it after the reveal.
struct Revealed {
    html: String,
    count: i64,
    right: Option<bool>,
    /// What choosing it means: its explanation, or its misconception and follow-up.
    notes: Vec<String>,
}

fn revealed(i18n: I18n, module: &Module, screen: Screen, counts: &[i64]) -> Vec<Revealed> {
    let count = |k: usize| counts.get(k).copied().unwrap_or(0);
    match screen {
        Screen::Question(i) => question_options(i18n, module, i, count),
        Screen::Scenario(i) => {
            let Some(step) = module.scenarios.get(i).and_then(|s| s.steps.first()) else {
                return vec![];
            };
            step.choices
                .iter()
                .enumerate()
                .map(|(k, choice)| Revealed {
                    html: choice.text_html.get(i18n.lang).clone(),
                    count: count(k),
                    right: None,
                    notes: step
                        .choose(k, i18n.lang)
                        .map(|(feedback, _)| vec![feedback.to_owned()])
                        .unwrap_or_default(),
                })
                .collect()
        }
        Screen::Lesson(_) => vec![],
    }
}

/// A question's options with their key, explanation, misconception and follow-up.
fn question_options(i18n: I18n, module: &Module, i: usize, count: impl Fn(usize) -> i64) -> Vec<Revealed> {
    let lang = i18n.lang;
    let Some(question) = module.quiz.as_ref().and_then(|q| q.questions.get(i)) else {
        return vec![];
    };
    let keyed = question.keyed_options(lang);
    let right: Vec<usize> = (0..keyed.len()).filter(|&k| keyed[k].correct).collect();
    let explained = question
        .grade(&right, lang)
        .map(|g| g.feedback)
        .unwrap_or_default();
    let attitude = question.kind == QuestionKind::Attitude;
    keyed
        .into_iter()
        .enumerate()
        .map(|(k, option)| {
            let mut notes: Vec<String> = explained
                .iter()
                .filter(|f| f.0 == k)
                .map(|f| f.2.clone())
                .collect();
            if let Some(found) = option
                .misconception
                .as_ref()
                .and_then(|t| module.meta.misconceptions.get(t))
            {
                notes.push(found.label.get(lang).clone());
                notes.push(i18n.t_args(
                    "live-follow-up",
                    &[("activity", found.follow_up.get(lang).clone().into())],
                ));
            }
            Revealed {
                html: option.html,
                count: count(k),
                right: (!attitude).then_some(option.correct),
                notes,
            }
        })
        .collect()
}

/// The counts as bars, each with its number and, in words, whether it is right.
fn tally_view(i18n: I18n, options: Vec<Revealed>) -> impl IntoView {
    let top = options.iter().map(|o| o.count).max().unwrap_or(0).max(1);
    let rows = options
        .into_iter()
        .map(|option| {
            let width = format!("{}", option.count * 100 / top);
            let verdict = option.right.map(|r| i18n.t(if r { "live-right" } else { "live-wrong" }));
            let class = if option.right == Some(true) { "live-option live-option--right" } else { "live-option" };
            let notes = option.notes.into_iter().map(|n| view! { <li inner_html=n></li> }).collect_view();
            view! {
                <li class=class>
                    <p><strong>{option.count}</strong> " · " <span inner_html=option.html></span> {verdict.map(|v| view! { " · " <em>{v}</em> })}</p>
                    <svg class="live-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect width=width height="6" fill="#2f6fdf"/>
                    </svg>
                    <ul class="live-notes">{notes}</ul>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="live-tally">{rows}</ol> }
}

/// The presenter's own session with its module and counts; "not found" for
/// another teacher's.
async fn load(
    db: &crate::db::Db,
    teacher: &str,
    id: &str,
    content: &crate::content::ContentIndex,
) -> Result<(Module, LiveSession, BTreeMap<String, Tally>), AppError> {
    let live = live::of_teacher(db, teacher, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let module = content
        .module(&live.module_id)
        .cloned()
        .ok_or(AppError::NotFound)?;
    let tallies = live::tallies(db, &live.id).await?;
    Ok((module, live, tallies))
}

/// `/teachers/live/:id`: the projector view and the presenter's controls.
#[component]
pub fn ProjectorPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let id = use_param("id");
    teacher_page(move |teacher, db| async move {
        let (module, live, tallies) = load(&db, &teacher, &id, &content).await?;
        Ok(projector(i18n, &module, &live, &tallies))
    })
}

fn projector(
    i18n: I18n,
    module: &Module,
    live: &LiveSession,
    tallies: &BTreeMap<String, Tally>,
) -> impl IntoView {
    let screens = live::screens(module);
    let screen = live.current(module);
    let poll = screen.and_then(|s| s.poll_id(module));
    let tally = poll
        .as_ref()
        .and_then(|p| tallies.get(p))
        .cloned()
        .unwrap_or_default();
    let words = screen.and_then(|s| {
        shown(
            module,
            s,
            i18n.lang,
            crate::content::Country::for_language(i18n.lang),
        )
    });
    let moved = live.moved(tally.answered);
    let kind = screen_kind(screen);
    let reveal = (live.revealed && poll.is_some()).then(|| {
        let counts = tally.counts(screen.map_or(0, |s| live::option_count(module, s)));
        tally_view(
            i18n,
            revealed(i18n, module, screen.unwrap_or(Screen::Lesson(0)), &counts),
        )
    });
    view! {
        <PageTitle text=i18n.t("live-projector-title")/>
        <crate::islands::LiveFollow events=format!("/live/{}/events", live.id) at=moved.encode() reload=false/>
        <div class="live-projector" data-screen=kind>
            {how_to_join(i18n, live)}
            <FlashMessage/>
            <p class="eyebrow">{module_title(module, i18n.lang)} " · "
                {i18n.t_args("live-screen-of", &[("n", (live.screen + 1).into()), ("total", screens.len().into())])}</p>
            {words.map(|w| view! { <h1 inner_html=w.title></h1> <div class="prose" inner_html=w.html></div> })}
            {poll.is_some().then(|| view! {
                <p class="live-count"><span id="live-answered">{tally.answered}</span> " " {i18n.t("live-answered")}</p>
            })}
            {reveal}
            {controls(i18n, live, screens.len(), poll.is_some(), screen.map_or(0, |s| live::option_count(module, s)))}
        </div>
    }
}

/// What the screen is, for styles and tests: `question`, `scenario` or `lesson`.
fn screen_kind(screen: Option<Screen>) -> &'static str {
    match screen {
        Some(Screen::Question(_)) => "question",
        Some(Screen::Scenario(_)) => "scenario",
        _ => "lesson",
    }
}

/// The address and the code, large, for the back of the room.
fn how_to_join(i18n: I18n, live: &LiveSession) -> impl IntoView {
    let code = live.code.clone().unwrap_or_default();
    let code = format!(
        "{} {}",
        code.get(..3).unwrap_or_default(),
        code.get(3..).unwrap_or_default()
    );
    view! {
        <p class="live-join">{i18n.t("live-go-to")} " " <strong>{format!("{}/live", site_address())}</strong> " · "
            {i18n.t("live-code")} " " <strong class="live-code">{code}</strong></p>
    }
}

fn controls(i18n: I18n, live: &LiveSession, total: usize, poll: bool, options: usize) -> impl IntoView {
    let base = live_path(&live.id);
    let step = |label: &'static str, screen: i64| {
        (0..total as i64).contains(&screen).then(|| {
            view! {
                <form method="post" action=format!("{base}/show") class="inline">
                    <input type="hidden" name="screen" value=screen.to_string()/>
                    <button type="submit" class="button">{i18n.t(label)}</button>
                </form>
            }
        })
    };
    let hands = (0..options)
        .map(|i| view! {
            <label for=format!("hands-{i}")>{i18n.t_args("live-hands-option", &[("n", (i + 1).into())])}</label>
            <input id=format!("hands-{i}") name=format!("hands-{i}") type="number" min="0" max="1000" value="0"/>
        })
        .collect_view();
    if !live.is_open() {
        return Either::Left(
            view! { <p>{i18n.t("live-ended")}</p> <p><a href=format!("{base}/report")>{i18n.t("live-report")}</a></p> },
        );
    }
    Either::Right(view! {
        <div class="live-controls">
            {step("live-previous", live.screen - 1)}
            {(poll && !live.revealed).then(|| view! {
                <form method="post" action=format!("{base}/reveal") class="inline">
                    <button type="submit" class="button">{i18n.t("live-reveal")}</button>
                </form>
            })}
            {step("live-next", live.screen + 1)}
            <a href=base.clone()>{i18n.t("live-refresh")}</a>
        </div>
        {poll.then(|| view! {
            <details class="live-hands">
                <summary>{i18n.t("live-hands-title")}</summary>
                <form method="post" action=format!("{base}/hands") class="stacked">{hands}
                    <button type="submit" class="button">{i18n.t("live-hands-submit")}</button>
                </form>
            </details>
        })}
        <form method="post" action=format!("{base}/end")>
            <button type="submit" class="button button--quiet">{i18n.t("live-end")}</button>
        </form>
    })
}

/// `/teachers/live/:id/report`: every poll's counts, question by question,
/// then how many answers revealed each misconception.
#[component]
pub fn LiveReportPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let id = use_param("id");
    teacher_page(move |teacher, db| async move {
        let (module, live, tallies) = load(&db, &teacher, &id, &content).await?;
        Ok(report(i18n, &module, &live, &tallies))
    })
}

fn report(
    i18n: I18n,
    module: &Module,
    live: &LiveSession,
    tallies: &BTreeMap<String, Tally>,
) -> impl IntoView {
    let mut misconceptions: BTreeMap<String, i64> = BTreeMap::new();
    let polls = live::screens(module)
        .into_iter()
        .filter_map(|screen| {
            let tally = tallies.get(&screen.poll_id(module)?)?;
            let counts = tally.counts(live::option_count(module, screen));
            if let Screen::Question(i) = screen {
                let question = module.quiz.as_ref()?.questions.get(i)?;
                for (k, option) in question.keyed_options(i18n.lang).into_iter().enumerate() {
                    if let Some(tag) = option.misconception {
                        *misconceptions.entry(tag).or_default() += counts.get(k).copied().unwrap_or(0);
                    }
                }
            }
            let words = shown(
                module,
                screen,
                i18n.lang,
                crate::content::Country::for_language(i18n.lang),
            )?;
            let respondents = i18n.t_args("live-respondents", &[("count", tally.respondents().into())]);
            // A class's session follows the dashboard's rule: no figure from fewer than five.
            let hidden = live.class_id.is_some() && tally.respondents() < super::figures::MIN_PUPILS as i64;
            let figures = if hidden {
                Either::Left(view! { <p><em>{i18n.t("live-results-hidden")}</em></p> })
            } else {
                Either::Right(tally_view(i18n, revealed(i18n, module, screen, &counts)))
            };
            Some(view! {
                <section class="live-report-poll">
                    <h2 inner_html=words.title></h2>
                    <p>{respondents}</p>
                    {figures}
                </section>
            })
        })
        .collect_view();
    let tags = misconceptions
        .into_iter()
        .filter_map(|(tag, count)| {
            let found = module.meta.misconceptions.get(&tag)?;
            Some(view! { <li><strong>{count}</strong> " · " {found.label.get(i18n.lang).clone()} <br/> <small>{found.follow_up.get(i18n.lang).clone()}</small></li> })
        })
        .collect_view();
    let date = crate::web::display_date(&crate::dates::iso_from_days(live.started_at.div_euclid(86_400)));
    view! {
        <PageTitle text=i18n.t("live-report-title")/>
        <h1>{i18n.t("live-report-title")}</h1>
        <p class="meta">{module_title(module, i18n.lang)} " · " {date}</p>
        {polls}
        <h2>{i18n.t("live-misconceptions")}</h2>
        <ul>{tags}</ul>
        <p class="no-print"><a href="/teachers/live">{i18n.t("live-title")}</a></p>
    }
}

/// A class's live sessions with their counts, newest first.
pub(super) async fn class_sessions(
    db: &crate::db::Db,
    class: &crate::classes::Class,
) -> Result<Vec<(LiveSession, BTreeMap<String, Tally>)>, AppError> {
    let mut found = vec![];
    for live in live::sessions(db, &class.teacher_id, Some(&class.id)).await? {
        let tallies = live::tallies(db, &live.id).await?;
        found.push((live, tallies));
    }
    Ok(found)
}

/// On the class's results: each live session linked to the class, marked
/// as such, with the share of each option per question; a question with
/// fewer than five answers is hidden, as on the rest of the dashboard.
pub(super) fn live_results(
    i18n: I18n,
    content: &crate::content::ContentIndex,
    sessions: Vec<(LiveSession, BTreeMap<String, Tally>)>,
) -> impl IntoView {
    let sections = sessions
        .into_iter()
        .filter_map(|(live, tallies)| {
            let module = content.module(&live.module_id)?;
            let date = crate::web::display_date(&crate::dates::iso_from_days(live.started_at.div_euclid(86_400)));
            let polls = live::screens(module)
                .into_iter()
                .filter_map(|screen| live_poll(i18n, module, screen, tallies.get(&screen.poll_id(module)?)?))
                .collect_view();
            Some(view! {
                <section class="live-results">
                    <h3>{i18n.t("live-results-session")} " · " {module_title(module, i18n.lang)} " · " {date}</h3>
                    <ul>{polls}</ul>
                    <p><a href=format!("{}/report", live_path(&live.id))>{i18n.t("live-report")}</a></p>
                </section>
            })
        })
        .collect::<Vec<_>>();
    (!sections.is_empty()).then(|| {
        view! {
            <h2>{i18n.t("live-results-title")}</h2>
            {sections}
        }
    })
}

fn live_poll(i18n: I18n, module: &Module, screen: Screen, tally: &Tally) -> Option<impl IntoView> {
    let words = shown(
        module,
        screen,
        i18n.lang,
        crate::content::Country::for_language(i18n.lang),
    )?;
    let respondents = tally.respondents();
    if respondents < super::figures::MIN_PUPILS as i64 {
        return Some(Either::Left(view! {
            <li><span inner_html=words.title></span> " · " <em>{i18n.t("live-results-hidden")}</em></li>
        }));
    }
    let counts = tally.counts(live::option_count(module, screen));
    let shares = revealed(i18n, module, screen, &counts)
        .into_iter()
        .map(|option| {
            let share = super::figures::percent(option.count as usize, respondents as usize);
            let right = (option.right == Some(true)).then(|| view! { " · " <em>{i18n.t("live-right")}</em> });
            view! { <li><strong>{share}</strong> " · " <span inner_html=option.html></span> {right}</li> }
        })
        .collect_view();
    let answers = i18n.t_args("live-respondents", &[("count", respondents.into())]);
    Some(Either::Right(
        view! { <li><span inner_html=words.title></span> " · " {answers} <ul>{shares}</ul></li> },
    ))
}
