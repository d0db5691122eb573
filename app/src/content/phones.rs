//! Phone numbers in documents for parents become `tel:` links, so that a
//! parent on a phone calls with one tap: every number of the help
//! directories, and any number set in bold (`**3114**`).

/// Links the phone numbers in rendered `html` (outside existing links and tags).
pub fn link_phone_numbers(html: &str, numbers: &[String]) -> String {
    let html = link_bold_numbers(html);
    let mut numbers: Vec<&str> = numbers.iter().map(String::as_str).collect();
    numbers.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let mut out = String::with_capacity(html.len());
    let mut in_link = false;
    for (is_tag, part) in split_tags(&html) {
        if is_tag {
            let lower = part.to_ascii_lowercase();
            if lower.starts_with("<a ") || lower == "<a>" {
                in_link = true;
            } else if lower.starts_with("</a") {
                in_link = false;
            }
            out.push_str(part);
        } else if in_link {
            out.push_str(part);
        } else {
            out.push_str(&link_in_text(part, &numbers));
        }
    }
    out
}

fn tel(number: &str) -> String {
    format!("<a href=\"tel:{}\">{number}</a>", number.replace(' ', ""))
}

/// `<strong>3114</strong>` → `<strong><a href="tel:3114">3114</a></strong>`.
fn link_bold_numbers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<strong>") {
        let after = &rest[start + 8..];
        let Some(end) = after.find("</strong>") else { break };
        let inner = &after[..end];
        out.push_str(&rest[..start + 8]);
        let digits = inner.chars().filter(char::is_ascii_digit).count();
        if (2..=13).contains(&digits) && inner.chars().all(|c| c.is_ascii_digit() || c == ' ') {
            out.push_str(&tel(inner));
        } else {
            out.push_str(inner);
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The html cut into tags and text, in order.
fn split_tags(html: &str) -> Vec<(bool, &str)> {
    let mut parts = vec![];
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        if open > 0 {
            parts.push((false, &rest[..open]));
        }
        let close = rest[open..].find('>').map_or(rest.len(), |c| open + c + 1);
        parts.push((true, &rest[open..close]));
        rest = &rest[close..];
    }
    if !rest.is_empty() {
        parts.push((false, rest));
    }
    parts
}

fn link_in_text(text: &str, numbers: &[&str]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    'scan: while i < text.len() {
        for number in numbers {
            if text[i..].starts_with(number) && is_a_call(text, i, number.len()) {
                out.push_str(&tel(number));
                i += number.len();
                continue 'scan;
            }
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// Whether the number at `text[at..at + len]` stands on its own as a number to
/// call: not part of a longer number, a date, a range or an age ("14 to 17").
fn is_a_call(text: &str, at: usize, len: usize) -> bool {
    let mut before = text[..at].chars().rev();
    let mut after = text[at + len..].chars();
    let joined = |c: Option<char>, next: Option<char>| {
        c.is_some_and(|c| c.is_alphanumeric() || "-–/".contains(c))
            || (c.is_some_and(|c| ".,".contains(c)) && next.is_some_and(|n| n.is_ascii_digit()))
    };
    if joined(before.next(), before.next()) || joined(after.next(), after.next()) {
        return false;
    }
    let next_word = text[at + len..]
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if ["ans", "an", "years", "year", "ème", "e"].contains(&next_word) {
        return false;
    }
    let mut previous = text[..at].split_whitespace().rev();
    let (word, before_word) = (previous.next(), previous.next());
    let range = matches!(word, Some("et" | "and" | "to" | "à" | "-" | "–"))
        && before_word.is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()));
    !range
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers() -> Vec<String> {
        ["17", "112", "119", "0800 1111", "3018"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn numbers_become_links_but_ages_ranges_and_links_do_not() {
        let html = "<p>Appelez le 17 ou le 112. Entre 14 et 17 ans, le <strong>3114</strong> aide. \
                    Art. 227-17, en 2017. <a href=\"/help\">119</a> et 0800 1111.</p>";
        let linked = link_phone_numbers(html, &numbers());
        assert!(
            linked.contains("le <a href=\"tel:17\">17</a> ou le <a href=\"tel:112\">112</a>."),
            "{linked}"
        );
        assert!(linked.contains("Entre 14 et 17 ans"), "{linked}");
        assert!(
            linked.contains("<strong><a href=\"tel:3114\">3114</a></strong>"),
            "{linked}"
        );
        assert!(linked.contains("227-17, en 2017."), "{linked}");
        assert!(linked.contains("<a href=\"/help\">119</a>"), "{linked}");
        assert!(
            linked.contains("<a href=\"tel:08001111\">0800 1111</a>."),
            "{linked}"
        );
    }
}
