//! The figures as people read them: numbers in the reader's language, and a
//! bar chart drawn as SVG on the server (no script, prints as it shows).

use super::figures::{Cell, Change, Mean, MeasureFigures};
use super::model::{Measure, Occasion, SCALE_POINTS};
use crate::content::escape_html;
use crate::i18n::{I18n, Lang};

/// A number with one decimal in the reader's way ("2,8" in French).
fn decimal(lang: Lang, value: f64) -> String {
    let text = format!("{value:.1}");
    match lang {
        Lang::Fr => text.replace('.', ","),
        _ => text,
    }
}

fn signed(lang: Lang, value: f64, scale: bool) -> String {
    let sign = if value > 0.0 {
        "+"
    } else if value < 0.0 {
        "−"
    } else {
        ""
    };
    let size = if scale {
        decimal(lang, value.abs())
    } else {
        format!("{:.0}", value.abs())
    };
    format!("{sign}{size}")
}

/// A figure: "72 %" or "2,8 / 4".
pub fn value_text(i18n: I18n, measure: Measure, value: f64) -> String {
    if measure.is_scale() {
        format!("{} / {SCALE_POINTS}", decimal(i18n.lang, value))
    } else {
        format!("{:.0} %", value)
    }
}

/// A change with its interval: "+25 points (95 %: +12 to +38)".
pub fn change_text(i18n: I18n, measure: Measure, change: &Change) -> String {
    let scale = measure.is_scale();
    let key = if scale {
        "impact-change-scale"
    } else {
        "impact-change-points"
    };
    i18n.t_args(
        key,
        &[
            ("value", signed(i18n.lang, change.value, scale).into()),
            ("low", signed(i18n.lang, change.low, scale).into()),
            ("high", signed(i18n.lang, change.high, scale).into()),
        ],
    )
}

/// A cell of the table: the figure, "hidden" or a dash.
pub fn mean_text(i18n: I18n, measure: Measure, cell: &Cell<Mean>) -> String {
    match cell {
        Cell::Empty => "—".into(),
        Cell::Hidden { .. } => i18n.t("impact-hidden"),
        Cell::Shown(mean) => value_text(i18n, measure, mean.value),
    }
}

/// A change cell of the table.
pub fn change_cell_text(i18n: I18n, measure: Measure, cell: &Cell<Change>) -> String {
    match cell {
        Cell::Empty => "—".into(),
        Cell::Hidden { .. } => i18n.t("impact-hidden"),
        Cell::Shown(change) => change_text(i18n, measure, change),
    }
}

pub fn measure_name(i18n: I18n, measure: Measure) -> String {
    i18n.t(&format!("impact-measure-{}", measure.code()))
}

pub fn occasion_name(i18n: I18n, occasion: Occasion) -> String {
    i18n.t(&format!("checkin-occasion-{}", occasion.code()))
}

const WIDTH: f64 = 640.0;
const LABEL: f64 = 150.0;
const BAR_AREA: f64 = 330.0;
const ROW: f64 = 22.0;

/// Before grey, after blue, later green: dark enough for white paper.
fn colour(occasion: Occasion) -> &'static str {
    match occasion {
        Occasion::Before => "#7b8794",
        Occasion::After => "#2f6fdf",
        Occasion::Later => "#1b7f5a",
    }
}

/// One bar (or the word "hidden") of an occasion's mean.
fn bar(i18n: I18n, measure: Measure, occasion: Occasion, cell: &Cell<Mean>, y: f64) -> String {
    let name = escape_html(&occasion_name(i18n, occasion));
    let label = format!(
        r#"<text x="{x}" y="{t}" text-anchor="end">{name}</text>"#,
        x = LABEL - 8.0,
        t = y + 15.0
    );
    let shape = match cell {
        Cell::Shown(mean) => {
            let width = (BAR_AREA * mean.value / measure.top()).max(2.0);
            format!(
                r#"<rect fill="{c}" x="{LABEL}" y="{y}" width="{width:.1}" height="{h}"/><text x="{x:.1}" y="{t}">{v}</text>"#,
                c = colour(occasion),
                h = ROW - 6.0,
                x = LABEL + width + 6.0,
                t = y + 13.0,
                v = escape_html(&value_text(i18n, measure, mean.value)),
            )
        }
        other => format!(
            r##"<text fill="#52606d" font-style="italic" x="{x}" y="{t}">{v}</text>"##,
            x = LABEL + 4.0,
            t = y + 13.0,
            v = escape_html(&mean_text(i18n, measure, other)),
        ),
    };
    format!("{label}{shape}")
}

/// The chart of every measure: one group of bars (before, after, later) per
/// measure, each labelled with its figure, so colour is never the only cue.
pub fn svg(i18n: I18n, figures: &[MeasureFigures], title: &str) -> String {
    let mut body = String::new();
    let mut y = 4.0;
    for figure in figures {
        let occasions: Vec<Occasion> = Occasion::ALL
            .into_iter()
            .filter(|o| *figure.mean(*o) != Cell::Empty)
            .collect();
        if occasions.is_empty() {
            continue;
        }
        let name = escape_html(&measure_name(i18n, figure.measure));
        body.push_str(&format!(
            r#"<text font-weight="700" x="0" y="{t}">{name}</text>"#,
            t = y + 14.0
        ));
        y += ROW;
        for occasion in occasions {
            body.push_str(&bar(i18n, figure.measure, occasion, figure.mean(occasion), y));
            y += ROW;
        }
        y += 8.0;
    }
    format!(
        r##"<svg class="impact-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {y}" width="{WIDTH}" height="{y}" role="img" aria-label="{t}" font-size="14" fill="#1f2933">{body}</svg>"##,
        t = escape_html(title),
    )
}
