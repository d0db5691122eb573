//! Markdown to safe HTML, once, at load time. Raw HTML in the source is shown
//! as text; the result is then cleaned by ammonia all the same, so nothing an
//! author writes can put a script or a foreign resource on a page.

use pulldown_cmark::{html, CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::sync::LazyLock;

/// Marks the place of an embed in rendered HTML (a character from Unicode's
/// private use area, which the loader refuses in any source text).
pub const EMBED_MARK: char = '\u{E000}';

/// Something the site draws itself where the Markdown asks for it.
#[derive(Debug, Clone, PartialEq)]
pub enum Embed {
    /// A fenced block ```` ```chat <style> ````: its info string and lines.
    Chat { info: String, body: String, line: usize },
    /// An image `![alt](emblem:name)`.
    Emblem { name: String, alt: String, line: usize },
}

/// The mark an embed leaves in the HTML, to be replaced by what it draws.
pub fn embed_token(index: usize) -> String {
    format!("{EMBED_MARK}{index}{EMBED_MARK}")
}

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
    /// What the HTML's embed tokens stand for, in order.
    pub embeds: Vec<Embed>,
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
    let mut embeds = Embedder::default();
    let events = Parser::new_ext(markdown, options())
        .into_offset_iter()
        .map(|(event, range)| {
            let event = match event {
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
            };
            (event, range.start)
        })
        .filter_map(|(event, start)| embeds.take(event, || line_of(markdown, start)));
    let mut unsafe_html = String::new();
    html::push_html(&mut unsafe_html, events);
    Rendered {
        html: CLEANER.clean(&unsafe_html).to_string(),
        links,
        embeds: embeds.embeds,
    }
}

/// Takes the events of embeds out of the stream, leaving a token in their place.
#[derive(Default)]
struct Embedder {
    embeds: Vec<Embed>,
    open: Option<Embed>,
}

impl Embedder {
    /// The event to render, or none when it belongs to an embed.
    fn take<'a>(&mut self, event: Event<'a>, line: impl Fn() -> usize) -> Option<Event<'a>> {
        match (&mut self.open, event) {
            (Some(Embed::Chat { body, .. }), Event::Text(text)) => body.push_str(&text),
            (Some(Embed::Emblem { alt, .. }), Event::Text(text) | Event::Code(text)) => alt.push_str(&text),
            (Some(_), Event::End(TagEnd::CodeBlock | TagEnd::Image)) => {
                self.embeds.extend(self.open.take());
                return Some(Event::Text(CowStr::from(embed_token(self.embeds.len() - 1))));
            }
            (Some(_), _) => {}
            (None, Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))))
                if info.split_whitespace().next() == Some("chat") =>
            {
                let (info, body, line) = (info.to_string(), String::new(), line());
                self.open = Some(Embed::Chat { info, body, line });
            }
            (None, Event::Start(Tag::Image { dest_url, .. })) if dest_url.starts_with("emblem:") => {
                let name = dest_url["emblem:".len()..].to_owned();
                self.open = Some(Embed::Emblem {
                    name,
                    alt: String::new(),
                    line: line(),
                });
            }
            (None, event) => return Some(event),
        }
        None
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

/// Text made safe to put in HTML by hand (outside Leptos views): between tags or in an attribute.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
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
    fn chats_and_emblems_leave_tokens_and_their_source() {
        let source =
            "Intro.\n\n```chat game\nLucas: Salut\n```\n\n![Une *clé*](emblem:house-key)\n\n```\ncode\n```\n";
        let rendered = render(source);
        assert_eq!(
            rendered.embeds,
            vec![
                Embed::Chat {
                    info: "chat game".into(),
                    body: "Lucas: Salut\n".into(),
                    line: 3
                },
                Embed::Emblem {
                    name: "house-key".into(),
                    alt: "Une clé".into(),
                    line: 7
                },
            ]
        );
        assert!(rendered.html.contains(&embed_token(0)));
        assert!(rendered.html.contains(&format!("<p>{}</p>", embed_token(1))));
        assert!(
            rendered.html.contains("<code>code"),
            "other fenced blocks stay code"
        );
        assert!(!rendered.html.contains("<img"));
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
