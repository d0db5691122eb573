//! The class dashboard: progress per pupil and module, the share of each
//! option per question, answers grouped by misconception with the follow-up
//! activity; charts are server-rendered SVG. Any figure computed from fewer
//! than five pupils is hidden, and attitude questions are only counted in
//! aggregate. Also the CSV export of the class's results.

use super::{class_page, require_teacher};
use crate::classes::{self, Class, Pupil};
use crate::content::{ContentIndex, Facts, Module, QuestionKind};
use crate::course::{self, AnswerRow};
use crate::course::{paths, ModuleProgress};
use crate::i18n::{use_i18n, I18n, Lang};
use crate::pages::{use_content, FlashMessage, PageTitle};
use crate::state::AppState;
use axum::extract::{Path, Request, State};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::either::Either;
use leptos::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// The fewest pupils a figure may be computed from.
pub const MIN_PUPILS: usize = 5;

/// Everything a class did, loaded once per page.
struct ClassResults {
    pupils: Vec<Pupil>,
    /// Per pupil, per module: lessons, scenarios and every answer.
    progress: BTreeMap<String, BTreeMap<String, ModuleProgress>>,
    /// Modules to report on: assigned ones, then any a pupil started, in course order.
    modules: Vec<String>,
}

async fn load(
    db: &crate::db::Db,
    class: &Class,
    content: &ContentIndex,
) -> Result<ClassResults, sqlx::Error> {
    let pupils = classes::pupils_of(db, &class.id).await?;
    let mut progress: BTreeMap<String, BTreeMap<String, ModuleProgress>> = BTreeMap::new();
    for (pupil, module, state) in course::module_states_of_class(db, &class.id).await? {
        let state: ModuleProgress = serde_json::from_str(&state).unwrap_or_default();
        progress.entry(pupil).or_default().insert(module, state);
    }
    let answers: Vec<AnswerRow> = course::answers_of_class(db, &class.id).await?;
    for answer in answers {
        let module = progress
            .entry(answer.pupil_id)
            .or_default()
            .entry(answer.module_id)
            .or_default();
        module
            .answers
            .entry(answer.question_id)
            .or_default()
            .push(crate::course::Given {
                options: answer.options,
                correct: answer.correct,
            });
    }
    let assigned: Vec<String> = classes::assignments(db, &class.id)
        .await?
        .into_iter()
        .map(|a| a.module_id)
        .collect();
    let started: BTreeSet<&String> = progress.values().flat_map(|m| m.keys()).collect();
    let mut modules: Vec<String> = assigned
        .iter()
        .filter(|id| content.module(id).is_some())
        .cloned()
        .collect();
    for tier in crate::content::Tier::ALL {
        for module in content.tier(tier) {
            if started.contains(&module.id) && !modules.contains(&module.id) {
                modules.push(module.id.clone());
            }
        }
    }
    Ok(ClassResults {
        pupils,
        progress,
        modules,
    })
}

impl ClassResults {
    fn of(&self, pupil: &Pupil, module: &str) -> Option<&ModuleProgress> {
        self.progress.get(&pupil.id)?.get(module)
    }

    /// Parts done and parts in all (the result page is not a part).
    fn parts(&self, pupil: &Pupil, module: &Module) -> (usize, usize) {
        let parts = paths::parts(module);
        let total = parts.len() - 1;
        let Some(progress) = self.of(pupil, &module.id) else {
            return (0, total);
        };
        let done = parts
            .iter()
            .filter(|p| crate::pages::course::is_done(module, progress, p))
            .count();
        (done, total)
    }

    /// The first answer of each pupil who answered question `id` of `module`.
    fn first_answers(&self, module: &str, question: &str) -> Vec<&Vec<usize>> {
        self.pupils
            .iter()
            .filter_map(|p| Some(&self.of(p, module)?.answers.get(question)?.first()?.options))
            .collect()
    }
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

fn percent(count: usize, of: usize) -> String {
    if of == 0 {
        return "0 %".into();
    }
    format!("{} %", (count * 100 + of / 2) / of)
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

/// How many pupils showed one misconception, of those who answered a question
/// that can reveal it (first answers only).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct MisconceptionFigure {
    pub tag: String,
    pub count: usize,
    pub base: usize,
}

/// The misconception figures of a module from each pupil's progress in it,
/// most common first, without misconceptions nobody showed.
pub(crate) fn misconception_figures(
    facts: &Facts,
    module: &Module,
    pupils: &[&ModuleProgress],
) -> Vec<MisconceptionFigure> {
    let mut figures: Vec<MisconceptionFigure> = module
        .meta
        .misconceptions
        .keys()
        .map(|tag| {
            let tagged: Vec<(&str, &[usize])> = module
                .quiz
                .iter()
                .flat_map(|q| &q.questions)
                .map(|question| {
                    (
                        question.id.as_str(),
                        facts.revealing(&module.id, &question.id, tag),
                    )
                })
                .filter(|(_, revealing)| !revealing.is_empty())
                .collect();
            let mut figure = MisconceptionFigure {
                tag: tag.clone(),
                count: 0,
                base: 0,
            };
            for progress in pupils {
                let firsts: Vec<(&Vec<usize>, &[usize])> = tagged
                    .iter()
                    .filter_map(|(id, revealing)| {
                        Some((&progress.answers.get(*id)?.first()?.options, *revealing))
                    })
                    .collect();
                figure.base += usize::from(!firsts.is_empty());
                figure.count += usize::from(
                    firsts
                        .iter()
                        .any(|(first, revealing)| first.iter().any(|i| revealing.contains(i))),
                );
            }
            figure
        })
        .filter(|f| f.count > 0)
        .collect();
    figures.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.tag.cmp(&b.tag)));
    figures
}

/// First answers that signal distress, and the pupils who answered a question
/// that has such an option, across every module of the class.
pub(crate) fn distress_figure(
    content: &ContentIndex,
    pupils: &[&BTreeMap<String, ModuleProgress>],
) -> (usize, usize) {
    let (mut count, mut base) = (0, 0);
    for modules in pupils {
        let mut answered = false;
        for (module_id, progress) in modules.iter() {
            let Some(module) = content.module(module_id) else {
                continue;
            };
            for question in module.quiz.iter().flat_map(|q| &q.questions) {
                let distress = content.facts().distress(module_id, &question.id);
                let Some(first) = progress.answers.get(&question.id).and_then(|a| a.first()) else {
                    continue;
                };
                if distress.is_empty() {
                    continue;
                }
                answered = true;
                count += usize::from(first.options.iter().any(|i| distress.contains(i)));
            }
        }
        base += usize::from(answered);
    }
    (count, base)
}

fn module_progresses<'a>(results: &'a ClassResults, module: &Module) -> Vec<&'a ModuleProgress> {
    results
        .pupils
        .iter()
        .filter_map(|p| results.of(p, &module.id))
        .collect()
}

/// The share of each option of one question (shown from five answers).
fn question_result(i18n: I18n, results: &ClassResults, module: &Module, index: usize) -> Option<AnyView> {
    let lang = i18n.lang;
    let question = module.quiz.as_ref()?.questions.get(index)?;
    let firsts = results.first_answers(&module.id, &question.id);
    let answered = firsts.len();
    let attitude = question.kind == QuestionKind::Attitude;
    let title = question.public(lang).title;
    let kind =
        (question.kind == QuestionKind::TrueFalse).then(|| view! { " " {i18n.t("results-true-false")} });
    let heading = view! {
        <h4>
            {i18n.t_args("results-question-number", &[("n", (index + 1).into())])}
            {kind} " " <span inner_html=title.clone()></span>
            {attitude.then(|| view! { " " <em>{i18n.t("results-attitude")}</em> })}
        </h4>
    };
    if answered < MIN_PUPILS {
        return Some(view! { <li class="question-result question-result--hidden">{heading}</li> }.into_any());
    }
    let rows = question
        .keyed_options(lang)
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            let count = firsts.iter().filter(|chosen| chosen.contains(&i)).count();
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
        .collect_view();
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
                    <tbody>{rows}</tbody>
                </table>
                <p class="meta">{i18n.t_args("results-answered", &[("count", answered.into())])}</p>
            </li>
        }
        .into_any(),
    )
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
        let results = match load(&db, &class, &content).await {
            Ok(results) => results,
            Err(error) => {
                tracing::error!(%error, "could not load a class's results");
                return Either::Right(
                    view! { <p class="error" role="alert">{i18n.t("error-try-again")}</p> },
                );
            }
        };
        let base = format!("/teachers/classes/{}", class.id);
        let warning = (class.days_left() <= 30).then(|| view! {
            <p class="warning" role="note">
                {i18n.t_args("teacher-purge-warning", &[("date", super::display_date(&class.year_end).into())])}
            </p>
        });
        let body = if results.modules.is_empty() {
            Either::Left(view! { <p>{i18n.t("results-nothing-yet")}</p> })
        } else {
            let table = progress_table(i18n, &results, &content);
            let modules = results
                .modules
                .iter()
                .filter_map(|id| content.module(id))
                .map(|m| module_results(i18n, &results, m))
                .collect_view();
            let distress = distress_notice(i18n, &results, &content, &class);
            Either::Right(view! { {distress} {table} {modules} })
        };
        Either::Left(view! {
            <PageTitle text=i18n.t("teacher-results-title")/>
            <p class="breadcrumb"><a href=base.clone()>{class.name.clone()}</a></p>
            <h1>{i18n.t("teacher-results-title")} " · " {class.name.clone()}</h1>
            <FlashMessage/>
            {warning}
            <p class="hint">{i18n.t_args("results-privacy", &[("min", MIN_PUPILS.into())])}</p>
            <p><a href=format!("{base}/export.csv")>{i18n.t("teacher-export-csv")}</a></p>
            {body}
        })
    })
}

/// A CSV field: quoted, and never read as a formula by a spreadsheet.
fn csv_field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    format!("\"{}\"", value.replace('"', "\"\""))
}

/// The column separator spreadsheets expect in the language: French Excel
/// reads `;` (the comma is the decimal mark there), English Excel `,`.
fn separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => ";",
        Lang::En => ",",
    }
}

/// The letter without its accent, for the accented letters of French.
fn unaccented(c: char) -> char {
    const FROM: &str = "àâäáéèêëíîïóôöúùûüçÀÂÄÁÉÈÊËÍÎÏÓÔÖÚÙÛÜÇ";
    const TO: &str = "aaaaeeeeiiioooouuuucAAAAEEEEIIIOOOOUUUUC";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// `lanterne-<class>-<date>.csv`, with only letters, digits and hyphens.
fn export_file_name(class_name: &str, date: &str) -> String {
    let mut slug = String::new();
    for c in class_name.chars().map(unaccented) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_matches('-');
    let slug = if slug.is_empty() { "class" } else { slug };
    format!("lanterne-{slug}-{date}.csv")
}

/// `GET /teachers/classes/{class}/export.csv`: one line per pupil and module.
pub async fn export_csv(
    State(state): State<AppState>,
    Path(class_id): Path<String>,
    request: Request,
) -> Response {
    let Some(session) = request.extensions().get::<tower_sessions::Session>().cloned() else {
        return Redirect::to("/teachers/login").into_response();
    };
    let Some(teacher) = require_teacher(&session).await else {
        return Redirect::to("/teachers/login").into_response();
    };
    let lang = request.extensions().get::<Lang>().copied().unwrap_or_default();
    let i18n = I18n { lang };
    let class = match classes::class_of(&state.db, &teacher, &class_id).await {
        Ok(Some(class)) => class,
        _ => return (http::StatusCode::NOT_FOUND, i18n.t("not-found-title")).into_response(),
    };
    let content = state.content.get();
    let Ok(results) = load(&state.db, &class, &content).await else {
        return (http::StatusCode::SERVICE_UNAVAILABLE, i18n.t("error-try-again")).into_response();
    };
    let header = [
        "csv-pupil",
        "csv-module",
        "csv-parts-done",
        "csv-parts-total",
        "csv-right",
        "csv-graded",
    ]
    .map(|id| csv_field(&i18n.t(id)))
    .join(separator(lang));
    // The byte-order mark tells spreadsheet programs the text is UTF-8.
    let mut csv = format!("\u{feff}{header}\r\n");
    for pupil in &results.pupils {
        for module in results.modules.iter().filter_map(|id| content.module(id)) {
            let (done, total) = results.parts(pupil, module);
            let (right, graded) = results
                .of(pupil, &module.id)
                .map(|p| p.score(module))
                .unwrap_or((0, 0));
            let line = [
                csv_field(&pupil.handle(i18n)),
                csv_field(module.meta.title.get(lang)),
                done.to_string(),
                total.to_string(),
                right.to_string(),
                graded.to_string(),
            ]
            .join(separator(lang));
            csv.push_str(&line);
            csv.push_str("\r\n");
        }
    }
    let disposition = format!(
        "attachment; filename=\"{}\"",
        export_file_name(&class.name, &crate::dates::iso_from_days(crate::dates::today()))
    );
    (
        [
            (http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (http::header::CONTENT_DISPOSITION, disposition),
            (http::header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        csv,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("Blue Fox 12"), "\"Blue Fox 12\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(percent(1, 3), "33 %");
        assert_eq!(
            export_file_name("CM2 B – Mme Dupré", "2027-06-30"),
            "lanterne-cm2-b-mme-dupre-2027-06-30.csv"
        );
        assert_eq!(
            export_file_name("«»", "2027-06-30"),
            "lanterne-class-2027-06-30.csv"
        );
    }
}
