//! The figures of check-ins, from each pupil's sums per part: the mean per
//! occasion and the change on the same pupils with its 95 % interval. A
//! figure from too few pupils (or, in the programme report, too few
//! classes) is hidden, never computed for display.

use super::model::{Measure, Occasion};
use std::collections::{BTreeMap, BTreeSet};

/// The fewest pupils a figure may come from.
pub const MIN_PUPILS: usize = 5;

/// One pupil's sums for one part on one occasion.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreRow {
    pub class: String,
    pub version: String,
    pub occasion: Occasion,
    pub respondent: String,
    pub measure: Measure,
    pub score: i64,
    pub max: i64,
    pub items: i64,
}

/// When a figure may be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Threshold {
    pub pupils: usize,
    pub classes: usize,
}

impl Threshold {
    /// A class's own page: five pupils.
    pub const CLASS: Threshold = Threshold {
        pupils: MIN_PUPILS,
        classes: 1,
    };
    /// The programme report: five pupils and three classes.
    pub const PROGRAMME: Threshold = Threshold {
        pupils: MIN_PUPILS,
        classes: 3,
    };
}

/// A figure, or why there is none.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell<T> {
    /// Nobody answered.
    Empty,
    /// Too few pupils or classes to show it.
    Hidden {
        pupils: usize,
    },
    Shown(T),
}

impl<T> Cell<T> {
    pub fn shown(&self) -> Option<&T> {
        match self {
            Cell::Shown(value) => Some(value),
            _ => None,
        }
    }
}

/// A mean over `pupils` pupils.
#[derive(Clone, Debug, PartialEq)]
pub struct Mean {
    pub value: f64,
    pub pupils: usize,
}

/// The mean change of the same pupils from one occasion to another, with
/// its 95 % confidence interval.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub value: f64,
    pub low: f64,
    pub high: f64,
    pub pupils: usize,
}

/// Everything shown of one measure.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureFigures {
    pub measure: Measure,
    /// Before, after, later.
    pub means: [Cell<Mean>; 3],
    /// From before to after, and from before to later.
    pub changes: [Cell<Change>; 2],
}

impl MeasureFigures {
    pub fn mean(&self, occasion: Occasion) -> &Cell<Mean> {
        &self.means[occasion as usize]
    }
}

/// A pupil's figure for a measure: a share in % or a scale's mean.
fn value(measure: Measure, score: i64, max: i64, items: i64) -> f64 {
    if measure.is_scale() {
        score as f64 / items.max(1) as f64
    } else {
        100.0 * score as f64 / max.max(1) as f64
    }
}

/// Per occasion, per pupil: (class, figure), for one measure.
type Values = BTreeMap<Occasion, BTreeMap<String, (String, f64)>>;

fn values(rows: &[&ScoreRow], measure: Measure) -> Values {
    let mut sums: BTreeMap<(Occasion, &str), (&str, i64, i64, i64)> = BTreeMap::new();
    for row in rows.iter().filter(|r| r.measure == measure) {
        let sum =
            sums.entry((row.occasion, row.respondent.as_str()))
                .or_insert((row.class.as_str(), 0, 0, 0));
        sum.1 += row.score;
        sum.2 += row.max;
        sum.3 += row.items;
    }
    let mut values = Values::new();
    for ((occasion, respondent), (class, score, max, items)) in sums {
        let figure = value(measure, score, max, items);
        values
            .entry(occasion)
            .or_default()
            .insert(respondent.to_owned(), (class.to_owned(), figure));
    }
    values
}

/// Whether figures from these pupils' classes may be shown.
fn gate<T>(
    threshold: Threshold,
    classes: BTreeSet<&str>,
    pupils: usize,
    figure: impl FnOnce() -> T,
) -> Cell<T> {
    if pupils == 0 {
        Cell::Empty
    } else if pupils < threshold.pupils || classes.len() < threshold.classes {
        Cell::Hidden { pupils }
    } else {
        Cell::Shown(figure())
    }
}

fn mean_cell(threshold: Threshold, values: Option<&BTreeMap<String, (String, f64)>>) -> Cell<Mean> {
    let Some(values) = values else { return Cell::Empty };
    let classes = values.values().map(|(c, _)| c.as_str()).collect();
    gate(threshold, classes, values.len(), || Mean {
        value: values.values().map(|v| v.1).sum::<f64>() / values.len() as f64,
        pupils: values.len(),
    })
}

fn change_cell(threshold: Threshold, all: &Values, from: Occasion, to: Occasion) -> Cell<Change> {
    let (Some(first), Some(then)) = (all.get(&from), all.get(&to)) else {
        return Cell::Empty;
    };
    let mut classes = BTreeSet::new();
    let mut differences = vec![];
    for (respondent, (class, before)) in first {
        if let Some((_, after)) = then.get(respondent) {
            classes.insert(class.as_str());
            differences.push(after - before);
        }
    }
    gate(threshold, classes, differences.len(), || {
        paired_change(&differences)
    })
}

/// The mean of paired differences with Student's t interval.
pub fn paired_change(differences: &[f64]) -> Change {
    let n = differences.len();
    let mean = differences.iter().sum::<f64>() / n as f64;
    let spread = if n > 1 {
        let variance = differences.iter().map(|d| (d - mean).powi(2)).sum::<f64>() / (n - 1) as f64;
        t_975(n - 1) * (variance / n as f64).sqrt()
    } else {
        f64::INFINITY
    };
    Change {
        value: mean,
        low: mean - spread,
        high: mean + spread,
        pupils: n,
    }
}

/// The 97.5th percentile of Student's t with `df` degrees of freedom (two-sided
/// 95 %): exact to three decimals up to 30, then the next smaller tabulated
/// value, which errs on the wide side.
fn t_975(df: usize) -> f64 {
    const SMALL: [f64; 30] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145,
        2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048,
        2.045, 2.042,
    ];
    match df {
        0 => f64::INFINITY,
        1..=30 => SMALL[df - 1],
        31..=39 => 2.042,
        40..=59 => 2.021,
        60..=119 => 2.000,
        120..=999 => 1.980,
        _ => 1.962,
    }
}

/// The figures of every measure from these rows.
pub fn figures(rows: &[&ScoreRow], threshold: Threshold) -> Vec<MeasureFigures> {
    Measure::ALL
        .into_iter()
        .map(|measure| {
            let all = values(rows, measure);
            MeasureFigures {
                measure,
                means: Occasion::ALL.map(|o| mean_cell(threshold, all.get(&o))),
                changes: [Occasion::After, Occasion::Later]
                    .map(|to| change_cell(threshold, &all, Occasion::Before, to)),
            }
        })
        .collect()
}

/// Pupils and classes behind these rows.
pub fn counts(rows: &[&ScoreRow]) -> (usize, usize) {
    let pupils: BTreeSet<&str> = rows.iter().map(|r| r.respondent.as_str()).collect();
    let classes: BTreeSet<&str> = rows.iter().map(|r| r.class.as_str()).collect();
    (pupils.len(), classes.len())
}

/// Whether the worry check rose after the modules (or later), on the same
/// pupils, in a figure that may be shown.
pub fn worry_rose(figures: &[MeasureFigures]) -> bool {
    figures
        .iter()
        .filter(|f| f.measure == Measure::Worry)
        .flat_map(|f| &f.changes)
        .any(|c| c.shown().is_some_and(|c| c.value > 0.0))
}
