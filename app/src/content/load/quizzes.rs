//! A quiz in every language: parsed, checked, the same questions and answer
//! keys in each, then rendered question by question.

use super::front_matter::{every_language, Pages};
use super::loader::{LangFiles, Loader, REFERENCE};
use crate::content::localized::Localized;
use crate::content::modules::ModuleMeta;
use crate::content::question::{Question, Quiz, QuizOption};
use crate::content::quiz::{self, ParsedQuiz};
use crate::i18n::Lang;
use std::collections::BTreeMap;
use std::path::Path;

impl Loader {
    pub(super) fn quiz(&mut self, meta: &ModuleMeta, paths: &LangFiles, base: &Path) -> Option<Quiz> {
        let known = |tag: &str| meta.misconceptions.contains_key(tag);
        let pages = self.pages_each(paths, base);
        let mut parsed = BTreeMap::new();
        for (lang, (path, page)) in &pages {
            let questions = quiz::parse(&page.body, page.body_line, path, &mut self.report);
            quiz::validate(&questions, &known, path, &mut self.report);
            parsed.insert(*lang, questions);
        }
        let (parsed, pages) = (every_language(parsed)?, every_language(pages)?);
        self.same_quiz_shape(&parsed, &pages)?;
        let quality = self.item_quality(meta, &parsed, &pages);
        Some(Quiz {
            title: pages.map(|(_, page)| page.front.title.clone()),
            questions: self.questions(&parsed, &pages),
            quality,
        })
    }

    /// The questions, rendered in every language (translations have the same shape).
    fn questions(&mut self, parsed: &Localized<ParsedQuiz>, pages: &Pages) -> Vec<Question> {
        let reference = parsed.get(REFERENCE);
        let mut questions = vec![];
        for (i, question) in reference.questions.iter().enumerate() {
            let at = |lang: Lang| (&parsed.get(lang).questions[i], pages.get(lang).0.as_path());
            let mut options = vec![];
            for (j, option) in question.options.iter().enumerate() {
                let option_at = |lang: Lang| (&at(lang).0.options[j], at(lang).1);
                options.push(QuizOption {
                    text_html: Localized::from_fn(|lang| {
                        let (o, path) = option_at(lang);
                        self.render_inline(&o.text, o.line, path)
                    }),
                    correct: option.correct,
                    feedback_html: Localized::from_fn(|lang| {
                        let (o, path) = option_at(lang);
                        self.render(&o.feedback, o.line, path)
                    }),
                    misconception: option.misconception.clone(),
                    distress: option.distress,
                });
            }
            questions.push(Question {
                id: question.id.clone(),
                kind: question.kind,
                title: Localized::from_fn(|lang| {
                    let (q, path) = at(lang);
                    self.render_inline(&q.title, q.line, path)
                }),
                body_html: Localized::from_fn(|lang| {
                    let (q, path) = at(lang);
                    self.render(&q.body, q.line + 1, path)
                }),
                options,
            });
        }
        questions
    }
}
