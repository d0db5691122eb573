//! What the site draws itself inside Markdown: conversations (```` ```chat ````
//! blocks) and the project's pictures (`![alt](emblem:name)`), and the
//! pictures' folder, `content/emblems/`.

use super::loader::{entries, split_language, Loader, REFERENCE};
use crate::content::chat;
use crate::content::emblems::{self, tier_emblem, Emblems};
use crate::content::markdown::{embed_token, Embed, EMBED_MARK};
use crate::content::model::Tier;
use std::path::Path;

impl Loader {
    /// Every `*.svg` of `dir`, checked; each tier's emblem must be there.
    pub(super) fn load_emblems(&mut self, dir: &Path) -> Emblems {
        let mut found = Emblems::default();
        for path in entries(dir) {
            let name = path
                .file_stem()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            let is_svg = path.extension().is_some_and(|e| e == "svg");
            if !is_svg || !crate::content::check::is_valid_id(&name) {
                let message = "a picture is `name.svg`, the name in lowercase letters, digits and `-`";
                self.report.error(&path, 1, message);
                continue;
            }
            let Some(text) = self.read(&path) else { continue };
            match emblems::parse(&text) {
                Ok(emblem) => {
                    found.0.insert(name, emblem);
                }
                Err(problem) => self.report.error(&path, 1, problem),
            }
        }
        for tier in Tier::ALL {
            let name = tier_emblem(tier);
            if found.get(&name).is_none() {
                self.report
                    .error(&dir.join(format!("{name}.svg")), 1, "each tier needs its emblem");
            }
        }
        found
    }

    /// Replaces the embeds' tokens in `html` with what they draw, reporting
    /// a mistaken conversation or an unknown picture at its line.
    pub(super) fn draw_embeds(
        &mut self,
        mut html: String,
        embeds: Vec<Embed>,
        first_line: usize,
        path: &Path,
    ) -> String {
        let lang = split_language(path)
            .and_then(|(_, lang)| lang)
            .unwrap_or(REFERENCE);
        for (index, embed) in embeds.into_iter().enumerate() {
            let token = embed_token(index);
            match embed {
                Embed::Chat { info, body, line } => {
                    let drawn = match chat::parse(&info, &body) {
                        Ok(conversation) => conversation.html(lang),
                        Err(problems) => {
                            for (offset, problem) in problems {
                                self.report.error(path, first_line + line - 1 + offset, problem);
                            }
                            String::new()
                        }
                    };
                    html = html.replace(&token, &drawn);
                }
                Embed::Emblem { name, alt, line } => {
                    html = self.draw_picture(html, &token, (&name, &alt), first_line + line - 1, path);
                }
            }
        }
        html
    }

    /// An illustration: a figure when alone in its paragraph, else inline.
    fn draw_picture(
        &mut self,
        html: String,
        token: &str,
        (name, alt): (&str, &str),
        line: usize,
        path: &Path,
    ) -> String {
        let Some(emblem) = self.emblems.get(name) else {
            let message =
                format!("no picture `{name}` in content/emblems (write `![what it shows](emblem:name)`)");
            self.report.error(path, line, message);
            return html.replace(token, "");
        };
        let alone = format!("<p>{token}</p>");
        if html.contains(&alone) {
            let figure = format!(
                "<figure class=\"illustration\">{}</figure>",
                emblem.svg("illustration__picture", Some(alt))
            );
            return html.replace(&alone, &figure);
        }
        html.replace(token, &emblem.svg("illustration__inline", Some(alt)))
    }

    /// A source text must not hold the character that marks embeds.
    pub(super) fn check_embed_mark(&mut self, markdown: &str, first_line: usize, path: &Path) {
        if let Some(offset) = markdown.find(EMBED_MARK) {
            let line = first_line + markdown[..offset].matches('\n').count();
            self.report.error(
                path,
                line,
                "a private-use character (U+E000) the site keeps for itself",
            );
        }
    }
}
