//! Figures in teachers' and parents' text must say when they were measured:
//! a percentage, or a count of 1,000 or more, needs a year in its sentence.
//! Years, phone numbers, amounts of money and article numbers are not figures.

/// A figure found in Markdown with no year in its sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Undated {
    /// 1-based line within the text.
    pub line: usize,
    /// As written.
    pub text: String,
    /// Its digits only, to tell a phone number from a count.
    pub digits: String,
}

/// The figures of `markdown` whose sentence names no year.
pub fn undated_figures(markdown: &str) -> Vec<Undated> {
    sentences(markdown)
        .into_iter()
        .filter(|sentence| !sentence.iter().any(|(_, word)| is_year_word(word)))
        .flat_map(|sentence| figures_in(&sentence))
        .collect()
}

type Sentence = Vec<(usize, String)>;

/// The words of each sentence with their line. A blank line, a heading, a
/// list item, a quote or a table row starts a new sentence, as does a word
/// ending with `.`, `!` or `?`.
fn sentences(markdown: &str) -> Vec<Sentence> {
    let mut all = vec![];
    let mut current: Sentence = vec![];
    for (i, line) in markdown.lines().enumerate() {
        let trimmed = line.trim_start();
        let starts_block = trimmed.is_empty()
            || trimmed.starts_with(['#', '-', '*', '>', '|', '+'])
            || trimmed
                .split_once(". ")
                .is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()));
        if starts_block || trimmed.starts_with('|') {
            all.push(std::mem::take(&mut current));
        }
        for word in line.split_whitespace() {
            current.push((i + 1, word.to_owned()));
            if word.ends_with(['.', '!', '?']) {
                all.push(std::mem::take(&mut current));
            }
        }
    }
    all.push(current);
    all.retain(|s| !s.is_empty());
    all
}

fn trim(word: &str) -> &str {
    word.trim_matches(|c: char| !(c.is_alphanumeric() || c == '%'))
}

fn is_year_word(word: &str) -> bool {
    trim(word)
        .split(['-', '–', '/'])
        .any(|part| part.len() == 4 && part.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y)))
}

fn is_money(word: &str) -> bool {
    word.contains(['€', '£', '$'])
        || matches!(
            trim(word).to_lowercase().as_str(),
            "euros" | "euro" | "pounds" | "livres" | "k€"
        )
}

/// The percentages and counts of a sentence. Digits split by spaces ("7 056",
/// "0800 1111") are read as one number.
fn figures_in(sentence: &Sentence) -> Vec<Undated> {
    let mut found = vec![];
    let mut i = 0;
    while i < sentence.len() {
        let (line, word) = &sentence[i];
        let mut j = i + 1;
        let mut text = word.clone();
        if is_number(word) {
            while j < sentence.len() && is_group(&sentence[j].1) {
                text = format!("{text} {}", sentence[j].1);
                j += 1;
            }
        }
        if !trim(&text).contains('%') && sentence.get(j).is_some_and(|(_, next)| next.starts_with('%')) {
            text = format!("{text} %");
            j += 1;
        }
        let percent = trim(&text).contains('%');
        let money = (i > 0 && is_money(&sentence[i - 1].1))
            || is_money(&text)
            || sentence.get(j).is_some_and(|(_, w)| is_money(w));
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let number = trim(&text).replace([',', ' ', '\u{a0}', '\u{202f}'], "");
        let count = is_number(&text)
            && !is_year_word(&text)
            && !digits.starts_with('0')
            && number
                .split('.')
                .next()
                .and_then(|n| n.parse::<u64>().ok())
                .is_some_and(|n| n >= 1000);
        if !digits.is_empty() && !money && (percent || count) {
            found.push(Undated {
                line: *line,
                text: trim(&text).to_owned(),
                digits,
            });
        }
        i = j;
    }
    found
}

/// A number as written: digits with `,` or `.` separators (and `%`, `+`).
fn is_number(word: &str) -> bool {
    let word = trim(word).trim_start_matches('+');
    !word.is_empty()
        && word.chars().next().is_some_and(|c| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '%'))
}

/// Three digits that continue a number written with spaces.
fn is_group(word: &str) -> bool {
    let digits = trim(word).trim_end_matches('%');
    (digits.len() == 3 || digits.len() == 4) && digits.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(markdown: &str) -> Vec<String> {
        undated_figures(markdown).into_iter().map(|u| u.text).collect()
    }

    #[test]
    fn percentages_and_counts_need_a_year_in_their_sentence() {
        assert_eq!(texts("About 19 % of teenagers have sent a sext."), vec!["19 %"]);
        assert_eq!(
            texts("About 19% have sent one (Mori et al., 2022)."),
            Vec::<String>::new()
        );
        assert_eq!(
            texts("PHAROS received 7,056 reports.\n\nIn 2021, 7 056 reports."),
            vec!["7,056"]
        );
        assert_eq!(
            texts("- 85.9% were made with a webcam\n- in 2021: +478%"),
            vec!["85.9%"]
        );
    }

    #[test]
    fn years_phone_numbers_money_and_articles_are_not_figures() {
        let text = "Call 0800 1111 or 3018. Art. 227-23: 5 years and €75,000, or 100 000 euros. \
                    The Act of 1978. Allow 45–55 minutes for 30 pupils.";
        let found = undated_figures(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].digits, "3018",
            "a phone number is told apart by the directory's numbers"
        );
    }

    #[test]
    fn the_line_is_the_figures_own() {
        let found = undated_figures("---\n\nFirst line.\nThen 12 % said so\nacross two lines.");
        assert_eq!(found[0].line, 4);
    }
}
