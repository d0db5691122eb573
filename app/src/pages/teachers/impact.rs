//! `/teachers/classes/:class/impact`: what the class's check-ins show, as
//! class figures only. A rise in worry comes first, with the way to the
//! disclosure card and to help; then the chart and its table, the figures in
//! plain words, item by item, and what the figures do not prove.

use super::frame::{class_base, class_page, TeacherBar};
use super::safeguarding::class_disclosure_path;
use crate::checkins::chart::{change_cell_text, mean_text, measure_name, occasion_name, svg, value_text};
use crate::checkins::{self, MeasureFigures, Occasion, Threshold, MIN_PUPILS};
use crate::content::{Checkin, ItemKind};
use crate::i18n::{use_i18n, I18n};
use crate::pages::parts::{use_content, PageTitle};
use leptos::either::Either;
use leptos::prelude::*;
use std::collections::BTreeMap;

#[component]
pub fn ImpactPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    class_page(move |db, class| async move {
        let rows = checkins::class_scores(&db, &class.id).await?;
        let counts = checkins::answer_counts(&db, &class.id).await?;
        let figures = checkins::figures(&rows.iter().collect::<Vec<_>>(), Threshold::CLASS);
        let title = i18n.t_args("impact-page-title", &[("class", class.name.clone().into())]);
        let worry = checkins::worry_rose(&figures).then(|| worry_alert(i18n, &class_disclosure_path(&class)));
        let body = if rows.is_empty() {
            Either::Left(view! { <p>{i18n.t("impact-none")}</p> })
        } else {
            let checkin = content.checkin(class.tier).cloned();
            Either::Right(figures_view(i18n, &figures, &title, checkin.as_ref(), &counts))
        };
        Ok(view! {
            <PageTitle text=title.clone()/>
            <TeacherBar/>
            <p><a href=class_base(&class)>{i18n.t("impact-back")}</a></p>
            <h1>{title}</h1>
            {worry}
            <p>{i18n.t_args("impact-intro", &[("min", MIN_PUPILS.into())])}</p>
            {body}
            <h2>{i18n.t("impact-meaning-title")}</h2>
            <p>{i18n.t("impact-meaning")}</p>
        })
    })
}

fn worry_alert(i18n: I18n, disclosure: &str) -> impl IntoView {
    view! {
        <section class="warning" role="alert" aria-labelledby="worry-title">
            <h2 id="worry-title">{i18n.t("impact-worry-title")}</h2>
            <p>{i18n.t("impact-worry-text")}</p>
            <p>
                <a href=disclosure.to_owned()>{i18n.t("disclosure-title")}</a>
                " · "
                <a href="/help">{i18n.t("impact-worry-help")}</a>
            </p>
        </section>
    }
}

fn figures_view(
    i18n: I18n,
    figures: &[MeasureFigures],
    title: &str,
    checkin: Option<&Checkin>,
    counts: &[(Occasion, String, String, i64)],
) -> impl IntoView {
    view! {
        <div class="impact">
            <div class="impact-chart-box" inner_html=svg(i18n, figures, title)></div>
            {table(i18n, figures)}
        </div>
        <h2>{i18n.t("impact-words-title")}</h2>
        <ul class="impact-words">{words(i18n, figures)}</ul>
        {checkin.map(|c| items(i18n, c, counts))}
    }
}

/// The figures as a table: the mean per occasion and the changes.
pub(super) fn table(i18n: I18n, figures: &[MeasureFigures]) -> impl IntoView {
    let rows = figures
        .iter()
        .map(|f| {
            let means = Occasion::ALL
                .map(|o| {
                    let n = f.mean(o).shown().map(|m| i18n.t_args("impact-pupils", &[("count", m.pupils.into())]));
                    view! { <td>{mean_text(i18n, f.measure, f.mean(o))} {n.map(|n| view! { <br/><small>{n}</small> })}</td> }
                })
                .collect_view();
            let changes = f
                .changes
                .iter()
                .map(|c| {
                    let n = c.shown().map(|c| i18n.t_args("impact-pupils", &[("count", c.pupils.into())]));
                    view! { <td>{change_cell_text(i18n, f.measure, c)} {n.map(|n| view! { <br/><small>{n}</small> })}</td> }
                })
                .collect_view();
            view! { <tr><th scope="row">{measure_name(i18n, f.measure)}</th>{means}{changes}</tr> }
        })
        .collect_view();
    let heads = Occasion::ALL
        .map(|o| view! { <th scope="col">{occasion_name(i18n, o)}</th> })
        .collect_view();
    view! {
        <table class="impact-table">
            <caption>{i18n.t("impact-table-caption")}</caption>
            <thead><tr>
                <th scope="col">{i18n.t("impact-measure")}</th>
                {heads}
                <th scope="col">{i18n.t("impact-change-after")}</th>
                <th scope="col">{i18n.t("impact-change-later")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// One sentence per measure and later occasion whose figures are shown.
fn words(i18n: I18n, figures: &[MeasureFigures]) -> impl IntoView {
    let mut sentences = vec![];
    for figure in figures {
        let Some(before) = figure.mean(Occasion::Before).shown() else {
            continue;
        };
        for (occasion, change) in [Occasion::After, Occasion::Later]
            .into_iter()
            .zip(&figure.changes)
        {
            let (Some(now), Some(change)) = (figure.mean(occasion).shown(), change.shown()) else {
                continue;
            };
            sentences.push(i18n.t_args(
                &format!("impact-words-{}", figure.measure.code()),
                &[
                    ("when", i18n.t(&format!("impact-when-{}", occasion.code())).into()),
                    ("value", value_text(i18n, figure.measure, now.value).into()),
                    ("before", value_text(i18n, figure.measure, before.value).into()),
                    ("pupils", change.pupils.into()),
                ],
            ));
        }
    }
    if sentences.is_empty() {
        sentences.push(i18n.t("impact-words-none"));
    }
    sentences
        .into_iter()
        .map(|s| view! { <li>{s}</li> })
        .collect_view()
}

/// Per occasion, per item: how many pupils chose each option.
type Tally = BTreeMap<(Occasion, String), (i64, BTreeMap<usize, i64>)>;

fn tally(counts: &[(Occasion, String, String, i64)]) -> Tally {
    let mut tally = Tally::new();
    for (occasion, item, answer, pupils) in counts {
        let entry = tally.entry((*occasion, item.clone())).or_default();
        entry.0 += pupils;
        for option in answer.split(',').filter_map(|o| o.parse().ok()) {
            *entry.1.entry(option).or_default() += pupils;
        }
    }
    tally
}

/// Item by item, per occasion: how many pupils chose the right answer, and
/// each way of getting help; an item with fewer than five answers is hidden.
fn items(i18n: I18n, checkin: &Checkin, counts: &[(Occasion, String, String, i64)]) -> impl IntoView {
    let tally = tally(counts);
    let sections = Occasion::ALL
        .into_iter()
        .filter_map(|occasion| {
            let lines: Vec<_> = occasion
                .parts(checkin)
                .flat_map(|p| &p.items)
                .filter(|item| item.kind != ItemKind::Scale)
                .filter_map(|item| {
                    let (total, chosen) = tally.get(&(occasion, item.id.clone()))?;
                    Some(item_lines(i18n, item, *total, chosen))
                })
                .collect();
            (!lines.is_empty()).then(|| {
                view! {
                    <details class="impact-items">
                        <summary>{i18n.t_args("impact-items-title", &[("occasion", occasion_name(i18n, occasion).into())])}</summary>
                        <ul>{lines}</ul>
                    </details>
                }
            })
        })
        .collect_view();
    view! { <h2>{i18n.t("impact-items-heading")}</h2> {sections} }
}

fn item_lines(
    i18n: I18n,
    item: &crate::content::CheckinItem,
    total: i64,
    chosen: &BTreeMap<usize, i64>,
) -> impl IntoView {
    let title = item.title_html.get(i18n.lang).clone();
    if total < MIN_PUPILS as i64 {
        return Either::Left(
            view! { <li><span inner_html=title></span> " " <em>{i18n.t("impact-hidden")}</em></li> },
        );
    }
    let options = item
        .options
        .iter()
        .enumerate()
        .filter(|(_, (right, _))| *right)
        .map(|(i, (_, html))| {
            let count = chosen.get(&i).copied().unwrap_or(0);
            let text = i18n.t_args(
                "impact-item-count",
                &[("count", count.into()), ("total", total.into())],
            );
            view! { <li>{text} " " <q inner_html=html.get(i18n.lang).clone()></q></li> }
        })
        .collect_view();
    Either::Right(view! { <li><span inner_html=title></span><ul>{options}</ul></li> })
}
