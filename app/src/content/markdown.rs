//! Markdown to safe HTML, once, at load time. Raw HTML in the source is shown
//! as text; the result is then cleaned by ammonia all the same, so nothing an
//! author writes can put a script or a foreign resource on a page.

use pulldown_cmark::{html, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::sync::LazyLock;

/// A link found in the Markdown, with the line (within the text) it is on.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub url: String,
    pub line: usize,
}

/// Rendered HTML and the links it contains.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub links: Vec<Link>,
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION
}

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .url_schemes(["https", "http", "mailto", "tel"].into_iter().collect())
        .link_rel(Some("noreferrer"))
        .rm_tags(["img"]);
    builder
});

/// Renders a block of Markdown (paragraphs, lists, headings…). Headings are
/// shifted so the biggest one is an `<h2>`: a page's `<h1>` is its title, and
/// heading levels never skip.
pub fn render(markdown: &str) -> Rendered {
    let mut links = vec![];
    let top = Parser::new_ext(markdown, options())
        .filter_map(|event| match event {
            Event::Start(Tag::Heading { level, .. }) => Some(level as usize),
            _ => None,
        })
        .min()
        .unwrap_or(2);
    let shift = |level: HeadingLevel| {
        let wanted = (level as usize + 2).saturating_sub(top).clamp(2, 6);
        HeadingLevel::try_from(wanted).unwrap_or(level)
    };
    let events = Parser::new_ext(markdown, options())
        .into_offset_iter()
        .map(|(event, range)| match event {
            Event::Start(Tag::Link { ref dest_url, .. }) => {
                links.push(Link {
                    url: dest_url.to_string(),
                    line: line_of(markdown, range.start),
                });
                event
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => Event::Start(Tag::Heading {
                level: shift(level),
                id,
                classes,
                attrs,
            }),
            Event::End(TagEnd::Heading(level)) => Event::End(TagEnd::Heading(shift(level))),
            // Raw HTML is never trusted: it is shown as the text it is.
            Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
            other => other,
        });
    let mut unsafe_html = String::new();
    html::push_html(&mut unsafe_html, events);
    Rendered {
        html: CLEANER.clean(&unsafe_html).to_string(),
        links,
    }
}

/// Renders a line of Markdown (an option, a title) without the paragraph around it.
pub fn render_inline(markdown: &str) -> Rendered {
    let mut rendered = render(markdown);
    let trimmed = rendered.html.trim();
    if let Some(inner) = trimmed.strip_prefix("<p>").and_then(|s| s.strip_suffix("</p>")) {
        if !inner.contains("<p>") {
            rendered.html = inner.to_owned();
        }
    }
    rendered
}

/// The lines (within the text) holding raw HTML, which is shown as text and
/// so is almost always a mistake.
pub fn raw_html_lines(markdown: &str) -> Vec<usize> {
    let mut lines: Vec<usize> = vec![];
    for (event, range) in Parser::new_ext(markdown, options()).into_offset_iter() {
        // A block of HTML is reported once, on its first line.
        if matches!(event, Event::Start(Tag::HtmlBlock) | Event::InlineHtml(_)) {
            let line = line_of(markdown, range.start);
            if lines.last() != Some(&line) {
                lines.push(line);
            }
        }
    }
    lines
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_script_in_markdown_never_reaches_the_page() {
        let html = render("Hello <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>").html;
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn javascript_links_are_removed_and_links_are_collected() {
        let rendered = render("[a](javascript:alert(1)) and\n[b](/help)");
        assert!(!rendered.html.contains("javascript:"), "{}", rendered.html);
        assert_eq!(
            rendered.links[1],
            Link {
                url: "/help".into(),
                line: 2
            }
        );
    }

    #[test]
    fn headings_start_at_h2_and_never_skip() {
        let html = render("### Small\n\ntext\n\n#### Smaller").html;
        assert!(
            html.contains("<h2>Small</h2>") && html.contains("<h3>Smaller</h3>"),
            "{html}"
        );
        assert!(render("# Big").html.contains("<h2>Big</h2>"));
    }

    #[test]
    fn raw_html_is_found_by_line() {
        assert_eq!(
            raw_html_lines("Fine <https://a.example>.\n\nA <b>bold</b> word\n\n<div>\nx\n</div>"),
            vec![3, 5]
        );
        assert!(raw_html_lines("Use `<b>` in code, and 3 < 4.").is_empty());
    }

    #[test]
    fn ordinary_markdown_renders() {
        assert_eq!(
            render_inline("**Yes**, *really*").html,
            "<strong>Yes</strong>, <em>really</em>"
        );
        assert!(render("- one\n- two").html.contains("<li>two</li>"));
    }
}
