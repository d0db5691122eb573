//! Reading level: words per sentence of everything a pupil reads in a
//! module, in each language, against its tier's limit.

use super::loader::Loader;
use crate::content::localized::Localized;
use crate::content::model::Country;
use crate::content::modules::Module;
use crate::content::readability::Readability;
use crate::i18n::Lang;
use std::collections::BTreeMap;
use std::path::Path;

impl Loader {
    /// Each module's reading level per language; an error above its tier's limit.
    pub(super) fn readability(
        &mut self,
        modules: &[Module],
        dir: &Path,
    ) -> BTreeMap<String, Localized<Readability>> {
        let mut levels = BTreeMap::new();
        for module in modules {
            let per_language = Localized::from_fn(|lang| module_readability(module, lang));
            let limit = module.meta.tier.max_mean_sentence_words();
            for (lang, level) in per_language.iter() {
                if level.mean() > limit {
                    let path = dir.join("modules").join(&module.id).join("module.yaml");
                    let message = format!(
                        "reading level: {:.1} words per sentence in {}, above {limit} for {}",
                        level.mean(),
                        lang.code(),
                        module.meta.tier.code()
                    );
                    self.report.error(&path, 1, message);
                }
            }
            levels.insert(module.id.clone(), per_language);
        }
        levels
    }
}

impl Loader {
    /// A check-in reads at its tier's level too: an error above the limit, in each language.
    pub(super) fn checkin_readability(&mut self, checkins: &[crate::content::Checkin], dir: &Path) {
        for checkin in checkins {
            let limit = checkin.tier.max_mean_sentence_words();
            for lang in crate::i18n::Lang::ALL {
                let mut level = Readability::default();
                for part in &checkin.parts {
                    level.add(part.title.get(lang));
                    for item in &part.items {
                        level.add(&html_text(item.title_html.get(lang)));
                        for (_, option) in &item.options {
                            level.add(&html_text(option.get(lang)));
                        }
                    }
                }
                if level.mean() > limit {
                    let path = dir.join(format!("{}.{}.md", checkin.tier.code(), lang.code()));
                    let message = format!(
                        "reading level: {:.1} words per sentence, above {limit} for {}",
                        level.mean(),
                        checkin.tier.code()
                    );
                    self.report.error(&path, 1, message);
                }
            }
        }
    }
}

/// Words per sentence of everything a pupil reads in a module.
fn module_readability(module: &Module, lang: Lang) -> Readability {
    let mut level = Readability::default();
    let mut add_html = |html: &str| level.add(&html_text(html));
    for lesson in &module.lessons {
        add_html(lesson.html.get(lang).get(Country::for_language(lang)));
    }
    for step in module.scenarios.iter().flat_map(|s| &s.steps) {
        add_html(step.title.get(lang));
        add_html(step.body_html.get(lang));
        for choice in &step.choices {
            add_html(choice.text_html.get(lang));
            add_html(choice.feedback_html.get(lang));
        }
    }
    for question in module.quiz.iter().flat_map(|q| &q.questions) {
        add_html(question.title.get(lang));
        add_html(question.body_html.get(lang));
        for option in &question.options {
            add_html(option.text_html.get(lang));
            add_html(option.feedback_html.get(lang));
        }
    }
    level
}

/// The text of rendered HTML, one block per line.
fn html_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    let mut tag = String::new();
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                tag.clear();
            }
            '>' if in_tag => {
                in_tag = false;
                let name = tag
                    .trim_start_matches('/')
                    .split_whitespace()
                    .next()
                    .unwrap_or_default();
                if matches!(
                    name,
                    "p" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "br" | "td" | "th" | "blockquote"
                ) {
                    text.push('\n');
                }
            }
            _ if in_tag => tag.push(c),
            _ => text.push(c),
        }
    }
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}
