//! The class dashboard: progress per pupil and module, the share of each
//! option per question, answers grouped by misconception with the follow-up
//! activity; charts are server-rendered SVG. Any figure computed from fewer
//! than five pupils is hidden, and attitude questions are only counted in
//! aggregate. The figures themselves are computed in `figures.rs`.

use super::figures::{
    distress_figure, misconception_figures, module_progresses, option_counts, percent, ClassResults,
    MisconceptionFigure, MIN_PUPILS,
};
use super::frame::{class_page, purge_warning};
use crate::classes::{self, Class};
use crate::content::{ContentIndex, KeyedOption, Module, Question, QuestionKind};
use crate::course::{self, ModuleProgress};
use crate::db::Db;
use crate::i18n::{use_i18n, I18n};
use crate::pages::parts::{use_content, FlashMessage, PageTitle};
use crate::web::AppError;
use leptos::either::Either;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Everything a class did, read from the database.
pub(super) async fn load(db: &Db, class: &Class, content: &ContentIndex) -> Result<ClassResults, AppError> {
    let pupils = classes::pupils_of(db, &class.id).await?;
    let states = course::module_states_of_class(db, &class.id).await?;
    let answers = course::answers_of_class(db, &class.id).await?;
    let assigned = classes::assignments(db, &class.id)
        .await?
        .into_iter()
        .map(|a| a.module_id)
        .collect();
    Ok(ClassResults::build(pupils, states, answers, assigned, content))
}

/// A horizontal bar, as an image with its value in words.
fn bar(share: f64, label: String, right: bool) -> impl IntoView {
    let width = (share * 200.0).round().clamp(0.0, 200.0);
    let class = if right { "bar bar--right" } else { "bar" };
    view! {
        <svg class=class width="200" height="16" viewBox="0 0 200 16" role="img" aria-label=label>
            <rect x="0" y="0" width="200" height="16" class="bar__track"></rect>
            <rect x="0" y="0" width=width.to_string() height="16" class="bar__fill"></rect>
        </svg>
    }
}

/// Per module: each pupil's parts done and first-answer score.
fn progress_table(i18n: I18n, results: &ClassResults, content: &ContentIndex) -> impl IntoView {
    let lang = i18n.lang;
    let modules: Vec<&Module> = results
        .modules
        .iter()
        .filter_map(|id| content.module(id))
        .collect();
    let head = modules
        .iter()
        .map(|m| view! { <th scope="col">{m.meta.title.get(lang).clone()}</th> })
        .collect_view();
    let rows = results
        .pupils
        .iter()
        .map(|pupil| {
            let cells = modules
                .iter()
                .map(|module| {
                    let (done, total) = results.parts(pupil, module);
                    let score = results.of(pupil, &module.id).filter(|p| !p.answers.is_empty()).map(|p| {
                        let (right, graded) = p.score(module);
                        i18n.t_args("results-score", &[("right", right.into()), ("total", graded.into())])
                    });
                    view! {
                        <td>
                            {i18n.t_args("course-parts-done", &[("done", done.into()), ("total", total.into())])}
                            {score.map(|s| view! { <br/> {s} })}
                        </td>
                    }
                })
                .collect_view();
            view! { <tr><th scope="row">{pupil.handle(i18n)}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="results">
                <caption>{i18n.t("results-progress-caption")}</caption>
                <thead><tr><th scope="col">{i18n.t("teacher-pupil-handle")}</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The share of each option of one question (shown from five answers).
fn question_result(i18n: I18n, results: &ClassResults, module: &Module, index: usize) -> Option<AnyView> {
    let question = module.quiz.as_ref()?.questions.get(index)?;
    let firsts = results.first_answers(&module.id, &question.id);
    let heading = question_heading(i18n, question, index);
    if firsts.len() < MIN_PUPILS {
        return Some(view! { <li class="question-result question-result--hidden">{heading}</li> }.into_any());
    }
    let title = question.public(i18n.lang).title;
    Some(
        view! {
            <li class="question-result">
                {heading}
                <table class="question-results">
                    <caption class="visually-hidden">{title}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("results-option")}</th>
                        <th scope="col">{i18n.t("results-chart")}</th>
                        <th scope="col">{i18n.t("results-share")}</th>
                    </tr></thead>
                    <tbody>{option_rows(i18n, question, &firsts)}</tbody>
                </table>
                <p class="meta">{i18n.t_args("results-answered", &[("count", firsts.len().into())])}</p>
            </li>
        }
        .into_any(),
    )
}

/// A question's number, kind and text, as the dashboard heads its figures.
fn question_heading(i18n: I18n, question: &Question, index: usize) -> impl IntoView {
    let attitude = question.kind == QuestionKind::Attitude;
    let kind =
        (question.kind == QuestionKind::TrueFalse).then(|| view! { " " {i18n.t("results-true-false")} });
    view! {
        <h4>
            {i18n.t_args("results-question-number", &[("n", (index + 1).into())])}
            {kind} " " <span inner_html=question.public(i18n.lang).title></span>
            {attitude.then(|| view! { " " <em>{i18n.t("results-attitude")}</em> })}
        </h4>
    }
}

/// One row per option, in the authored order: its share of first answers.
fn option_rows(i18n: I18n, question: &Question, firsts: &[&Vec<usize>]) -> impl IntoView {
    let options: Vec<KeyedOption> = question.keyed_options(i18n.lang);
    let counts = option_counts(firsts, options.len());
    let answered = firsts.len();
    let attitude = question.kind == QuestionKind::Attitude;
    options
        .into_iter()
        .zip(counts)
        .map(|(option, count)| {
            let right = option.correct && !attitude;
            let label = i18n.t_args(
                "results-bar-label",
                &[("count", count.into()), ("total", answered.into())],
            );
            view! {
                <tr>
                    <th scope="row">
                        <span inner_html=option.html></span>
                        {right.then(|| view! { " " <strong>{i18n.t("results-right-option")}</strong> })}
                    </th>
                    <td>{bar(count as f64 / answered as f64, label, right)}</td>
                    <td>{percent(count, answered)}</td>
                </tr>
            }
        })
        .collect_view()
}

/// The misconceptions pupils showed, most common first, with what to do next.
fn misconception_list(i18n: I18n, module: &Module, figures: Vec<MisconceptionFigure>) -> impl IntoView {
    let lang = i18n.lang;
    let shown: Vec<_> = figures.into_iter().filter(|f| f.base >= MIN_PUPILS).collect();
    if shown.is_empty() {
        return Either::Left(view! { <p>{i18n.t("results-no-misconceptions")}</p> });
    }
    let items = shown
        .into_iter()
        .filter_map(|figure| Some((module.meta.misconceptions.get(&figure.tag)?.clone(), figure)))
        .map(|(misconception, figure)| {
            let label = i18n.t_args("results-misconception-count", &[("count", figure.count.into()), ("total", figure.base.into())]);
            view! {
                <li class="misconception">
                    <h4>{misconception.label.get(lang).clone()}</h4>
                    <p>{bar(figure.count as f64 / figure.base as f64, label.clone(), false)} " " {label}</p>
                    <p><strong>{i18n.t("results-follow-up")}</strong> " " {misconception.follow_up.get(lang).clone()}</p>
                </li>
            }
        })
        .collect_view();
    Either::Right(view! { <ul class="misconceptions">{items}</ul> })
}

/// One module: misconceptions first, then the share of each option per question,
/// with one notice for the figures hidden below five pupils.
fn module_results(i18n: I18n, results: &ClassResults, module: &Module) -> impl IntoView {
    let count = module.quiz.as_ref().map_or(0, |q| q.questions.len());
    let hidden = module
        .quiz
        .iter()
        .flat_map(|q| &q.questions)
        .any(|q| results.first_answers(&module.id, &q.id).len() < MIN_PUPILS);
    let content = use_content();
    let figures = misconception_figures(content.facts(), module, &module_progresses(results, module));
    let questions = (0..count)
        .filter_map(|i| question_result(i18n, results, module, i))
        .collect_view();
    view! {
        <section class="module-results" aria-labelledby=format!("module-{}", module.id)>
            <h2 id=format!("module-{}", module.id)>{module.meta.title.get(i18n.lang).clone()}</h2>
            {hidden.then(|| view! { <p class="hidden-figure">{i18n.t_args("results-hidden-module", &[("min", MIN_PUPILS.into())])}</p> })}
            <h3>{i18n.t("results-misconceptions-title")}</h3>
            {misconception_list(i18n, module, figures)}
            <h3>{i18n.t("results-questions-title")}</h3>
            <ul class="question-results-list">{questions}</ul>
        </section>
    }
}

/// How many answers said a pupil feels uncomfortable or does not know who to
/// tell, for the whole class, never pupil by pupil, hidden below five pupils.
fn distress_notice(
    i18n: I18n,
    results: &ClassResults,
    content: &ContentIndex,
    class: &Class,
) -> impl IntoView {
    let pupils: Vec<&BTreeMap<String, ModuleProgress>> = results
        .pupils
        .iter()
        .filter_map(|p| results.progress.get(&p.id))
        .collect();
    let (count, base) = distress_figure(content, &pupils);
    let card = super::safeguarding::class_disclosure_path(class);
    let text = if base < MIN_PUPILS {
        i18n.t_args("results-distress-hidden", &[("min", MIN_PUPILS.into())])
    } else {
        i18n.t_args(
            "results-distress-count",
            &[("count", count.into()), ("total", base.into())],
        )
    };
    view! {
        <section class="callout" aria-labelledby="distress-title">
            <h2 id="distress-title">{i18n.t("results-distress-title")}</h2>
            <p>{text}</p>
            <p><a href=card>{i18n.t("results-distress-card")}</a></p>
        </section>
    }
}

/// `/teachers/classes/:class/results`: the dashboard.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    class_page(move |db, class| async move {
        let results = load(&db, &class, &content).await?;
        let live = super::projector::class_sessions(&db, &class).await?;
        let base = format!("/teachers/classes/{}", class.id);
        let warning = purge_warning(i18n, &class);
        Ok(view! {
            <PageTitle text=i18n.t("teacher-results-title")/>
            <p class="breadcrumb"><a href=base.clone()>{class.name.clone()}</a></p>
            <h1>{i18n.t("teacher-results-title")} " · " {class.name.clone()}</h1>
            <FlashMessage/>
            {warning}
            <p class="hint">{i18n.t_args("results-privacy", &[("min", MIN_PUPILS.into())])}</p>
            <p><a href=format!("{base}/export.csv")>{i18n.t("teacher-export-csv")}</a></p>
            {results_body(i18n, &results, &content, &class)}
            {super::projector::live_results(i18n, &content, live)}
        })
    })
}

/// The figures, or a word that there are none yet.
fn results_body(i18n: I18n, results: &ClassResults, content: &ContentIndex, class: &Class) -> impl IntoView {
    if results.modules.is_empty() {
        return Either::Left(view! { <p>{i18n.t("results-nothing-yet")}</p> });
    }
    let modules = results
        .modules
        .iter()
        .filter_map(|id| content.module(id))
        .map(|m| module_results(i18n, results, m))
        .collect_view();
    Either::Right(view! {
        {distress_notice(i18n, results, content, class)}
        {progress_table(i18n, results, content)}
        {modules}
    })
}
