//! Reading level: words per sentence of the text a pupil reads.

use serde::Serialize;

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Readability {
    pub sentences: usize,
    pub words: usize,
    /// Words in the longest sentence.
    pub longest: usize,
}

impl Readability {
    pub fn mean(&self) -> f64 {
        if self.sentences == 0 {
            0.0
        } else {
            self.words as f64 / self.sentences as f64
        }
    }

    /// Adds plain text: each line is at least one sentence; `.`, `!`, `?` and
    /// `…` followed by a space end a sentence.
    pub fn add(&mut self, text: &str) {
        for line in text.lines() {
            let mut words_in_sentence = 0;
            for token in line.split_whitespace() {
                if token.chars().any(char::is_alphanumeric) {
                    words_in_sentence += 1;
                }
                if token.ends_with(['.', '!', '?', '…']) || matches!(token, "!" | "?") {
                    self.close(&mut words_in_sentence);
                }
            }
            self.close(&mut words_in_sentence);
        }
    }

    fn close(&mut self, words: &mut usize) {
        if *words > 0 {
            self.sentences += 1;
            self.words += *words;
            self.longest = self.longest.max(*words);
            *words = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_counted_by_punctuation_and_lines() {
        let mut r = Readability::default();
        r.add("Tu as quel âge ? Je ne réponds pas.\nUn titre\n\n« Bonjour ! »");
        assert_eq!((r.sentences, r.words, r.longest), (4, 11, 4));
    }
}
