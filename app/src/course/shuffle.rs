//! The order a learner sees a question's options in, and the ids the form
//! sends back. Each learner gets their own order, the same on every reload
//! and with or without JavaScript; an option's id is opaque (it says nothing
//! of the order the options were written in) and the server grades by id.
//!
//! True/false questions keep "true" first and opinion questions keep their
//! scale: only single and multiple choice are shuffled.

use crate::codes::one_way;
use crate::content::{Question, QuestionKind};

/// One option as a learner sees it: its id in the form, and its index in the
/// question as written (what is graded and stored).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shown {
    pub id: String,
    pub authored: usize,
}

/// The options of `question` in the order `learner` sees them.
pub fn arrange(learner: &str, question: &Question) -> Vec<Shown> {
    let count = question.option_count();
    let mut shown: Vec<(String, Shown)> = (0..count)
        .map(|i| {
            let rank = one_way(&format!("order:{learner}:{}:{i}", question.id));
            (
                rank,
                Shown {
                    id: option_id(learner, &question.id, i),
                    authored: i,
                },
            )
        })
        .collect();
    if matches!(question.kind, QuestionKind::Single | QuestionKind::Multiple) {
        shown.sort_by(|a, b| a.0.cmp(&b.0));
    }
    shown.into_iter().map(|(_, s)| s).collect()
}

/// The options written at these indices, from the ids a form sent; `None`
/// when an id is not one of this learner's for this question.
pub fn authored(learner: &str, question: &Question, ids: &[&str]) -> Option<Vec<usize>> {
    let shown = arrange(learner, question);
    ids.iter()
        .map(|id| shown.iter().find(|s| s.id == *id).map(|s| s.authored))
        .collect()
}

fn option_id(learner: &str, question: &str, authored: usize) -> String {
    one_way(&format!("option:{learner}:{question}:{authored}"))[..12].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load;
    use std::path::Path;

    fn questions() -> Vec<Question> {
        let (index, report) = load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content"));
        let index = index.unwrap_or_else(|| panic!("{:?}", report.problems));
        index
            .modules()
            .iter()
            .flat_map(|m| m.quiz.iter().flat_map(|q| q.questions.clone()))
            .collect()
    }

    #[test]
    fn each_learner_has_a_stable_order_of_their_own() {
        let questions = questions();
        let shuffled: Vec<&Question> = questions
            .iter()
            .filter(|q| matches!(q.kind, QuestionKind::Single | QuestionKind::Multiple))
            .collect();
        let mut differs = 0;
        for question in &shuffled {
            let first = arrange("pupil:a", question);
            assert_eq!(first, arrange("pupil:a", question), "stable on reload");
            let mut authored: Vec<usize> = first.iter().map(|s| s.authored).collect();
            authored.sort_unstable();
            assert_eq!(authored, (0..question.option_count()).collect::<Vec<_>>());
            if first
                .iter()
                .map(|s| s.authored)
                .ne(arrange("pupil:b", question).iter().map(|s| s.authored))
            {
                differs += 1;
            }
        }
        assert!(
            differs * 2 > shuffled.len(),
            "two learners see most questions in different orders"
        );
    }

    #[test]
    fn true_false_and_opinions_keep_their_order() {
        for question in questions()
            .iter()
            .filter(|q| matches!(q.kind, QuestionKind::TrueFalse | QuestionKind::Attitude))
        {
            let order: Vec<usize> = arrange("pupil:c", question).iter().map(|s| s.authored).collect();
            assert_eq!(order, (0..question.option_count()).collect::<Vec<_>>());
        }
    }

    #[test]
    fn ids_map_back_to_the_option_written_and_only_for_their_learner() {
        for question in questions() {
            let shown = arrange("pupil:d", &question);
            let mut ids: Vec<&str> = shown.iter().map(|s| s.id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), shown.len(), "ids differ within a question");
            for option in &shown {
                assert_eq!(
                    authored("pupil:d", &question, &[&option.id]),
                    Some(vec![option.authored])
                );
                assert_eq!(authored("pupil:e", &question, &[&option.id]), None);
            }
            assert_eq!(authored("pupil:d", &question, &["0"]), None);
        }
    }
}
