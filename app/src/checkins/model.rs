//! Occasions, measures and the scoring of one pupil's answers.

use crate::content::{Checkin, CheckinItem, CheckinPart, ItemKind, Part};

/// When a class answers a check-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Occasion {
    /// Before the modules.
    Before,
    /// Right after them.
    After,
    /// At least [`LATER_AFTER_DAYS`] after "after": what lasted.
    Later,
}

/// The fewest days between the "after" check-in and the "later" one.
pub const LATER_AFTER_DAYS: i64 = 28;

impl Occasion {
    pub const ALL: [Occasion; 3] = [Occasion::Before, Occasion::After, Occasion::Later];

    pub fn code(self) -> &'static str {
        match self {
            Occasion::Before => "before",
            Occasion::After => "after",
            Occasion::Later => "later",
        }
    }

    pub fn from_code(code: &str) -> Option<Occasion> {
        Occasion::ALL.into_iter().find(|o| o.code() == code)
    }

    /// The knowledge form this occasion asks: A before and later, B after,
    /// so that a class never answers the same questions twice in a row.
    pub fn knowledge_form(self) -> Part {
        match self {
            Occasion::Before | Occasion::Later => Part::KnowledgeA,
            Occasion::After => Part::KnowledgeB,
        }
    }

    /// The parts a pupil answers on this occasion, in order.
    pub fn parts(self, checkin: &Checkin) -> impl Iterator<Item = &CheckinPart> {
        let other = match self.knowledge_form() {
            Part::KnowledgeA => Part::KnowledgeB,
            _ => Part::KnowledgeA,
        };
        checkin.parts.iter().filter(move |p| p.part != other)
    }
}

/// What the figures measure: the two knowledge forms are one measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Measure {
    Knowledge,
    Recognition,
    Confidence,
    Help,
    Worry,
}

impl Measure {
    pub const ALL: [Measure; 5] = [
        Measure::Knowledge,
        Measure::Recognition,
        Measure::Confidence,
        Measure::Help,
        Measure::Worry,
    ];

    pub fn of(part: Part) -> Measure {
        match part {
            Part::KnowledgeA | Part::KnowledgeB => Measure::Knowledge,
            Part::Recognition => Measure::Recognition,
            Part::Confidence => Measure::Confidence,
            Part::Help => Measure::Help,
            Part::Worry => Measure::Worry,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Measure::Knowledge => "knowledge",
            Measure::Recognition => "recognition",
            Measure::Confidence => "confidence",
            Measure::Help => "help",
            Measure::Worry => "worry",
        }
    }

    /// A mean of a four-point scale (1–4), rather than a share of right or
    /// protective answers (0–100 %).
    pub fn is_scale(self) -> bool {
        matches!(self, Measure::Confidence | Measure::Worry)
    }

    /// The highest value a pupil's figure can take.
    pub fn top(self) -> f64 {
        if self.is_scale() {
            SCALE_POINTS as f64
        } else {
            100.0
        }
    }
}

/// The points of every scale: 1 (not at all / calm) to 4 (completely / very worried).
pub const SCALE_POINTS: i64 = 4;

/// One item's answer as stored: what was chosen and its score out of `max`
/// (right 1/1, protective ways ticked n/total, a scale's point n/4).
#[derive(Clone, Debug, PartialEq)]
pub struct ItemAnswer {
    pub part: Part,
    pub item_id: String,
    /// Chosen option indexes joined by commas, or the scale's point.
    pub answer: String,
    pub score: i64,
    pub max: i64,
}

/// Scores the answers of a form for `occasion`: `chosen(item id)` gives the
/// values sent for an item. Every item must be answered with valid values;
/// otherwise the ids of those that are not.
pub fn score(
    checkin: &Checkin,
    occasion: Occasion,
    chosen: impl Fn(&str) -> Vec<String>,
) -> Result<Vec<ItemAnswer>, Vec<String>> {
    let mut answers = vec![];
    let mut missing = vec![];
    for part in occasion.parts(checkin) {
        for item in &part.items {
            match score_item(item, &chosen(&item.id)) {
                Some((answer, score, max)) => answers.push(ItemAnswer {
                    part: part.part,
                    item_id: item.id.clone(),
                    answer,
                    score,
                    max,
                }),
                None => missing.push(item.id.clone()),
            }
        }
    }
    if missing.is_empty() {
        Ok(answers)
    } else {
        Err(missing)
    }
}

/// (answer, score, max) of one item, if the values sent are a valid answer.
fn score_item(item: &CheckinItem, values: &[String]) -> Option<(String, i64, i64)> {
    let mut chosen: Vec<usize> = values
        .iter()
        .map(|v| v.trim().parse().ok())
        .collect::<Option<_>>()?;
    chosen.sort_unstable();
    chosen.dedup();
    match item.kind {
        ItemKind::Scale => match chosen.as_slice() {
            &[point] if (1..=SCALE_POINTS as usize).contains(&point) => {
                Some((point.to_string(), point as i64, SCALE_POINTS))
            }
            _ => None,
        },
        ItemKind::Single => match chosen.as_slice() {
            &[i] if i < item.options.len() => Some((i.to_string(), i64::from(item.options[i].0), 1)),
            _ => None,
        },
        ItemKind::Multiple => {
            let valid = !chosen.is_empty() && chosen.iter().all(|&i| i < item.options.len());
            let protective = item.options.iter().filter(|o| o.0).count() as i64;
            let ticked = chosen
                .iter()
                .filter(|&&i| item.options.get(i).is_some_and(|o| o.0))
                .count() as i64;
            let answer = chosen.iter().map(usize::to_string).collect::<Vec<_>>().join(",");
            valid.then_some((answer, ticked, protective))
        }
    }
}
