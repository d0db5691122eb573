//! Conversations drawn as the app they imitate: a fenced block ```` ```chat game ````
//! (or `dm`, `group`) whose lines are `Speaker: message`, `me: message` (the
//! pupil's own, on the right) or `* event` (someone joined, a photo was sent).

use super::markdown::{self, escape_html};
use crate::i18n::{translate, Lang};

/// The longest speaker name a bubble shows.
pub const MAX_SPEAKER: usize = 24;

/// What app a conversation imitates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChatStyle {
    /// The chat inside a video game.
    Game,
    /// Private messages in an app.
    Dm,
    /// A group chat.
    Group,
}

impl ChatStyle {
    pub const ALL: [ChatStyle; 3] = [ChatStyle::Game, ChatStyle::Dm, ChatStyle::Group];

    pub fn code(self) -> &'static str {
        match self {
            ChatStyle::Game => "game",
            ChatStyle::Dm => "dm",
            ChatStyle::Group => "group",
        }
    }
}

/// One line of a conversation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChatLine {
    /// Someone else's message.
    Them { who: String, text: String },
    /// The pupil's own message.
    Me { text: String },
    /// Something the app shows between messages.
    Event { text: String },
}

/// The kind of a line, which translations must keep in the same place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Them,
    Me,
    Event,
}

impl ChatLine {
    pub fn kind(&self) -> LineKind {
        match self {
            ChatLine::Them { .. } => LineKind::Them,
            ChatLine::Me { .. } => LineKind::Me,
            ChatLine::Event { .. } => LineKind::Event,
        }
    }
}

/// A parsed conversation; `lines` holds each line with its number within the block (from 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chat {
    pub style: ChatStyle,
    pub lines: Vec<(usize, ChatLine)>,
}

/// A conversation's shape: its style and the kind of each line.
pub type Shape = (ChatStyle, Vec<LineKind>);

/// A problem in a block, with its line within the block (0: the opening fence).
pub type ChatProblem = (usize, String);

/// Parses a block whose fence said `chat <style>`; the problems found, if any.
pub fn parse(info: &str, body: &str) -> Result<Chat, Vec<ChatProblem>> {
    let mut problems = vec![];
    let style_code = info.trim().strip_prefix("chat").unwrap_or_default().trim();
    let style = ChatStyle::ALL.into_iter().find(|s| s.code() == style_code);
    if style.is_none() {
        let message = format!(
            "a conversation is ```chat game, ```chat dm or ```chat group, not `{}`",
            info.trim()
        );
        problems.push((0, message));
    }
    let mut lines = vec![];
    for (index, raw) in body.lines().enumerate() {
        match parse_line(raw.trim()) {
            Ok(Some(line)) => lines.push((index + 1, line)),
            Ok(None) => {}
            Err(problem) => problems.push((index + 1, problem)),
        }
    }
    if lines.is_empty() && problems.is_empty() {
        problems.push((
            0,
            "an empty conversation: write `Speaker: message` lines".to_owned(),
        ));
    }
    match style {
        Some(style) if problems.is_empty() => Ok(Chat { style, lines }),
        _ => Err(problems),
    }
}

/// One line of a block: a message, an event, nothing (blank) or a problem.
fn parse_line(line: &str) -> Result<Option<ChatLine>, String> {
    if line.is_empty() {
        return Ok(None);
    }
    if let Some(event) = line.strip_prefix("* ") {
        return match event.trim() {
            "" => Err("an empty event: write what happens after `* `".to_owned()),
            text => Ok(Some(ChatLine::Event {
                text: text.to_owned(),
            })),
        };
    }
    let Some((who, text)) = line.split_once(':') else {
        return Err("a message is `Speaker: message` (or `me: message`, or `* event`)".to_owned());
    };
    let (who, text) = (who.trim(), text.trim());
    if who.is_empty() || who.starts_with(['-', '*', '>']) {
        return Err("a message starts with the speaker's name: `Speaker: message`".to_owned());
    }
    if who.chars().count() > MAX_SPEAKER {
        return Err(format!(
            "a speaker's name has at most {MAX_SPEAKER} characters: `{who}`"
        ));
    }
    if text.is_empty() {
        return Err(format!("an empty message from `{who}`"));
    }
    if text.contains("](") {
        return Err("no links or pictures in a message: only its words".to_owned());
    }
    let text = text.to_owned();
    Ok(Some(match who {
        "me" => ChatLine::Me { text },
        _ => ChatLine::Them {
            who: who.to_owned(),
            text,
        },
    }))
}

/// The shape of each conversation in a Markdown text, in order (none for a block with mistakes).
pub fn shapes(markdown: &str) -> Vec<Option<Shape>> {
    markdown::render(markdown)
        .embeds
        .into_iter()
        .filter_map(|embed| match embed {
            markdown::Embed::Chat { info, body, .. } => Some(parse(&info, &body).ok().map(|c| c.shape())),
            markdown::Embed::Emblem { .. } => None,
        })
        .collect()
}

impl Chat {
    pub fn shape(&self) -> Shape {
        (self.style, self.lines.iter().map(|(_, l)| l.kind()).collect())
    }

    /// The conversation as HTML: a captioned list of bubbles. Names are
    /// escaped and messages are rendered as cleaned inline Markdown.
    pub fn html(&self, lang: Lang) -> String {
        let style = self.style.code();
        let caption = translate(lang, &format!("chat-{style}"), None);
        let mut html = format!(
            "<figure class=\"chat chat--{style}\"><figcaption class=\"chat__app\">{}</figcaption><ol class=\"chat__lines\">",
            escape_html(&caption)
        );
        for (_, line) in &self.lines {
            html.push_str(&line_html(line, lang));
        }
        html.push_str("</ol></figure>");
        html
    }
}

fn line_html(line: &ChatLine, lang: Lang) -> String {
    let bubble = |class: &str, who: &str, text: &str| {
        format!(
            "<li class=\"bubble bubble--{class}\"><span class=\"bubble__who\">{}</span><span class=\"visually-hidden\">{}</span> <span class=\"bubble__text\">{}</span></li>",
            escape_html(who),
            escape_html(&translate(lang, "chat-says", None)),
            markdown::render_inline(text).html
        )
    };
    match line {
        ChatLine::Them { who, text } => bubble("them", who, text),
        ChatLine::Me { text } => bubble("me", &translate(lang, "chat-me", None), text),
        ChatLine::Event { text } => format!(
            "<li class=\"chat__event\">{}</li>",
            markdown::render_inline(text).html
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_conversation_is_parsed_line_by_line() {
        let chat = parse(
            "chat game",
            "Lucas_10ans: Tu es *super* !\n\nme: Merci\n* Lucas_10ans a quitté la partie\n",
        )
        .unwrap();
        assert_eq!(chat.style, ChatStyle::Game);
        assert_eq!(
            chat.shape().1,
            vec![LineKind::Them, LineKind::Me, LineKind::Event]
        );
        assert_eq!(chat.lines[1].0, 3, "line numbers count blank lines");
    }

    #[test]
    fn every_mistake_is_named_with_its_line() {
        let problems = parse(
            "chat forum",
            "Lucas parle\n: rien\nLucas:\n* \nUn_nom_bien_trop_long_pour_un_pseudo: salut",
        )
        .unwrap_err();
        let lines: Vec<usize> = problems.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, vec![0, 1, 2, 3, 4, 5]);
        assert!(problems[0].1.contains("chat forum"));
        assert!(parse("chat dm", "\n\n").unwrap_err()[0].1.contains("empty"));
    }

    #[test]
    fn names_are_escaped_and_messages_cleaned() {
        let chat = parse("chat dm", "<b>Max</b>: salut <script>x</script> *ok*\nme: oui").unwrap();
        let html = chat.html(Lang::ALL[0]);
        assert!(html.contains("&lt;b&gt;Max&lt;/b&gt;"));
        assert!(!html.contains("<script>"));
        assert!(html.contains("<em>ok</em>"));
        assert!(html.contains("bubble--me"));
        assert!(html.contains("chat--dm"));
    }
}
