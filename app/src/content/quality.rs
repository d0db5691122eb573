//! Whether a quiz measures understanding rather than guessing: the figures
//! `lanterne check` prints per module and per tier, and the small text tests
//! its rules use (is the right option the longest, is a statement negated).

use crate::i18n::Lang;
use serde::Serialize;
use std::ops::AddAssign;

/// Above this share of single-choice items whose right option is the
/// longest, a module (or a tier) can be passed by picking the longest option.
pub const LONGEST_RIGHT_LIMIT: f64 = 0.35;

/// The item-quality figures of one quiz, or of a tier's quizzes added up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ItemQuality {
    /// Single-choice items.
    pub single_choice: usize,
    /// Single-choice items whose right option is strictly the longest, in
    /// at least one language.
    pub longest_right: usize,
    /// Single-choice items whose right option is strictly the shortest, in
    /// at least one language: the same cue, the other way round.
    pub shortest_right: usize,
    /// Single-choice items with only two options (a coin toss).
    pub two_options: usize,
}

impl ItemQuality {
    /// The share of single-choice items whose right option is the longest.
    pub fn longest_share(&self) -> f64 {
        self.share(self.longest_right)
    }

    pub fn longest_above_limit(&self) -> bool {
        self.longest_share() > LONGEST_RIGHT_LIMIT
    }

    /// The share of single-choice items whose right option is the shortest.
    pub fn shortest_share(&self) -> f64 {
        self.share(self.shortest_right)
    }

    fn share(&self, count: usize) -> f64 {
        if self.single_choice == 0 {
            0.0
        } else {
            count as f64 / self.single_choice as f64
        }
    }

    pub fn shortest_above_limit(&self) -> bool {
        self.shortest_share() > LONGEST_RIGHT_LIMIT
    }
}

impl AddAssign for ItemQuality {
    fn add_assign(&mut self, other: ItemQuality) {
        self.single_choice += other.single_choice;
        self.longest_right += other.longest_right;
        self.shortest_right += other.shortest_right;
        self.two_options += other.two_options;
    }
}

/// The length a reader sees of an option written in Markdown: characters,
/// without emphasis marks.
pub fn visible_len(markdown: &str) -> usize {
    markdown.chars().filter(|c| !matches!(c, '*' | '_' | '`')).count()
}

/// Whether the one right option is strictly longer than every other.
pub fn right_is_longest(options: &[(usize, bool)]) -> bool {
    let right = options
        .iter()
        .filter(|(_, correct)| *correct)
        .map(|(len, _)| *len)
        .max();
    let wrong = options
        .iter()
        .filter(|(_, correct)| !correct)
        .map(|(len, _)| *len)
        .max();
    matches!((right, wrong), (Some(right), Some(wrong)) if right > wrong)
}

/// Whether the one right option is strictly shorter than every other.
pub fn right_is_shortest(options: &[(usize, bool)]) -> bool {
    let flipped: Vec<(usize, bool)> = options
        .iter()
        .map(|&(len, right)| (usize::MAX - len, right))
        .collect();
    right_is_longest(&flipped)
}

/// Whether a statement says what is not so: hard to judge true or false for
/// a young child ("you are not allowed to…" → say what is allowed).
pub fn is_negated(text: &str, lang: Lang) -> bool {
    let lower = text.to_lowercase().replace('’', "'");
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, word)| match lang {
        Lang::En => {
            // "say no" is a right, not a negation.
            let said = i > 0 && matches!(words[i - 1], "say" | "says" | "said" | "saying");
            word.ends_with("n't")
                || (*word == "no" && !said)
                || matches!(
                    *word,
                    "not"
                        | "never"
                        | "nobody"
                        | "nothing"
                        | "none"
                        | "nowhere"
                        | "cannot"
                        | "neither"
                        | "nor"
                )
        }
        Lang::Fr => {
            word.starts_with("n'")
                || matches!(
                    *word,
                    "ne" | "pas" | "jamais" | "rien" | "aucun" | "aucune" | "ni" | "nulle"
                )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_right_option_is_found_only_when_strictly_longest() {
        assert!(right_is_longest(&[(10, false), (30, true), (20, false)]));
        assert!(!right_is_longest(&[(30, false), (30, true), (20, false)]));
        assert!(!right_is_longest(&[(31, false), (30, true)]));
        assert!(right_is_shortest(&[(31, false), (30, true), (40, false)]));
        assert!(!right_is_shortest(&[(30, false), (30, true)]));
        assert_eq!(visible_len("**Oui**, vraiment"), 13);
    }

    #[test]
    fn negations_are_found_in_both_languages() {
        assert!(is_negated("You're not allowed to share it.", Lang::En));
        assert!(is_negated("You don't have to answer.", Lang::En));
        assert!(is_negated("Nobody may ask you for a photo.", Lang::En));
        assert!(!is_negated("Only you decide who sees your photos.", Lang::En));
        assert!(is_negated("Tu n'es pas obligé de répondre.", Lang::Fr));
        assert!(is_negated("On ne doit jamais garder ce secret.", Lang::Fr));
        assert!(!is_negated(
            "Tu as le droit de dire non à une personne.",
            Lang::Fr
        ));
        assert!(!is_negated("You can say no to anyone.", Lang::En));
        assert!(is_negated("There is no reason to keep it secret.", Lang::En));
        assert!(!is_negated(
            "Tu as le droit de refuser, même à une personne que tu aimes.",
            Lang::Fr
        ));
    }

    #[test]
    fn figures_add_up_per_tier() {
        let mut tier = ItemQuality::default();
        tier += ItemQuality {
            single_choice: 4,
            longest_right: 1,
            shortest_right: 0,
            two_options: 0,
        };
        tier += ItemQuality {
            single_choice: 6,
            longest_right: 3,
            shortest_right: 0,
            two_options: 1,
        };
        assert_eq!(
            (tier.single_choice, tier.longest_right, tier.two_options),
            (10, 4, 1)
        );
        assert!(tier.longest_above_limit());
        assert!(!ItemQuality {
            single_choice: 20,
            longest_right: 7,
            shortest_right: 0,
            two_options: 0
        }
        .longest_above_limit());
    }
}
