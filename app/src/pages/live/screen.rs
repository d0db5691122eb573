//! What a screen of a live session shows, for the room's devices and the
//! presenter's projector alike: a title, its text and, for a poll, the
//! options (never which is right: that is the presenter's to reveal).

use crate::content::{Country, Module};
use crate::i18n::Lang;
use crate::live::Screen;

/// A screen's words, ready to show.
pub struct Shown {
    pub title: String,
    pub html: String,
    /// The options of a poll (empty on a lesson).
    pub options: Vec<String>,
    /// Whether several options may be chosen.
    pub several: bool,
}

pub fn shown(module: &Module, screen: Screen, lang: Lang, country: Country) -> Option<Shown> {
    match screen {
        Screen::Lesson(i) => {
            let lesson = module.lessons.get(i)?;
            Some(Shown {
                title: lesson.title.get(lang).clone(),
                html: lesson.html.get(lang).get(country).to_owned(),
                options: vec![],
                several: false,
            })
        }
        Screen::Scenario(i) => {
            let step = module.scenarios.get(i)?.steps.first()?.public(lang);
            Some(Shown {
                title: step.title,
                html: step.body_html,
                options: step.choices_html,
                several: false,
            })
        }
        Screen::Question(i) => {
            let question = module.quiz.as_ref()?.questions.get(i)?.public(lang);
            let several = question.kind == crate::content::QuestionKind::Multiple;
            Some(Shown {
                title: question.title,
                html: question.body_html,
                options: question.options_html,
                several,
            })
        }
    }
}
