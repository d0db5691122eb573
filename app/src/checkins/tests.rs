//! The figures' arithmetic and the scoring of a form, without a database.

use super::*;
use crate::content::{Checkin, Tier};

fn row(class: &str, pupil: &str, occasion: Occasion, measure: Measure, score: i64, max: i64) -> ScoreRow {
    ScoreRow {
        class: class.into(),
        version: "v".into(),
        occasion,
        respondent: pupil.into(),
        measure,
        score,
        max,
        items: 1,
    }
}

#[test]
fn a_paired_change_has_students_interval() {
    let change = paired_change(&[1.0, 2.0, 3.0, 4.0, 5.0]);
    assert_eq!(change.value, 3.0);
    // sd = 1.5811, se = 0.7071, t(4) = 2.776: ±1.963.
    assert!(
        (change.low - 1.037).abs() < 0.001 && (change.high - 4.963).abs() < 0.001,
        "{change:?}"
    );
    assert_eq!(paired_change(&[2.0, 2.0, 2.0]).low, 2.0);
    assert!(
        paired_change(&[1.0]).high.is_infinite(),
        "one pupil says nothing about chance"
    );
}

#[test]
fn figures_pair_the_same_pupils_and_hide_small_groups() {
    let mut rows = vec![];
    for p in 0..6 {
        let pupil = format!("p{p}");
        rows.push(row("c1", &pupil, Occasion::Before, Measure::Knowledge, 1, 4));
        // Pupil 5 did not answer "after": the change is on five pupils.
        if p < 5 {
            rows.push(row("c1", &pupil, Occasion::After, Measure::Knowledge, 3, 4));
        }
    }
    let refs: Vec<&ScoreRow> = rows.iter().collect();
    let figures = figures(&refs, Threshold::CLASS);
    let knowledge = &figures[0];
    assert_eq!(
        knowledge.mean(Occasion::Before),
        &Cell::Shown(Mean {
            value: 25.0,
            pupils: 6
        })
    );
    assert_eq!(
        knowledge.changes[0].shown().map(|c| (c.value, c.pupils)),
        Some((50.0, 5))
    );
    assert_eq!(knowledge.mean(Occasion::Later), &Cell::Empty);
    // The same rows in a programme report: one class is too few.
    let programme = super::figures(&refs, Threshold::PROGRAMME);
    assert_eq!(programme[0].mean(Occasion::Before), &Cell::Hidden { pupils: 6 });
    // Four pupils: hidden on a class's page too.
    let four: Vec<&ScoreRow> = rows.iter().filter(|r| r.respondent.as_str() < "p4").collect();
    assert_eq!(
        super::figures(&four, Threshold::CLASS)[0].mean(Occasion::Before),
        &Cell::Hidden { pupils: 4 }
    );
}

#[test]
fn worry_that_rises_is_flagged() {
    let mut rows = vec![];
    for p in 0..5 {
        rows.push(row("c", &format!("p{p}"), Occasion::Before, Measure::Worry, 1, 4));
        rows.push(row(
            "c",
            &format!("p{p}"),
            Occasion::After,
            Measure::Worry,
            1 + (p % 2),
            4,
        ));
    }
    let refs: Vec<&ScoreRow> = rows.iter().collect();
    assert!(worry_rose(&figures(&refs, Threshold::CLASS)));
    assert!(
        !worry_rose(&figures(&refs[..8], Threshold::CLASS)),
        "four pairs are hidden, so not flagged"
    );
}

fn checkin() -> Checkin {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let content = crate::content::load(&dir)
        .0
        .expect("the bundled content is valid");
    content.checkin(Tier::Young).unwrap().clone()
}

#[test]
fn a_form_is_scored_only_when_every_item_has_a_valid_answer() {
    let checkin = checkin();
    let valid = |id: &str| -> Vec<String> {
        if id.starts_with('c') || id.starts_with('w') {
            vec!["3".into()]
        } else if id == "h-who" {
            vec!["0".into(), "4".into()]
        } else {
            vec!["0".into()]
        }
    };
    let answers = score(&checkin, Occasion::Before, valid).expect("complete");
    assert!(
        answers
            .iter()
            .all(|a| a.item_id.starts_with("ka") || !a.item_id.starts_with("kb")),
        "form A before"
    );
    let help = answers.iter().find(|a| a.item_id == "h-who").unwrap();
    assert_eq!((help.answer.as_str(), help.score, help.max), ("0,4", 1, 4));
    let after = score(&checkin, Occasion::After, valid).unwrap();
    assert!(
        after.iter().any(|a| a.item_id.starts_with("kb"))
            && !after.iter().any(|a| a.item_id.starts_with("ka"))
    );
    for bad in [
        vec!["9".to_owned()],
        vec![],
        vec!["x".to_owned()],
        vec!["0".to_owned(), "1".to_owned()],
    ] {
        let missing = score(&checkin, Occasion::Before, |id| {
            if id == "ka-info" {
                bad.clone()
            } else {
                valid(id)
            }
        });
        assert_eq!(missing, Err(vec!["ka-info".to_owned()]), "{bad:?}");
    }
    for bad in ["0", "5"] {
        let missing = score(&checkin, Occasion::Before, |id| {
            if id == "w-now" {
                vec![bad.into()]
            } else {
                valid(id)
            }
        });
        assert_eq!(missing, Err(vec!["w-now".to_owned()]));
    }
}
