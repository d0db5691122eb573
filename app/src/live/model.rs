//! A module as a room follows it: each lesson, each scenario's opening step
//! and each quiz question is one screen.

use crate::content::Module;

/// The longest a live session lasts.
pub const MAX_HOURS: i64 = 3;

/// One screen of a live session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// A lesson, by its index.
    Lesson(usize),
    /// A scenario's opening step, voted on by the room, by its index.
    Scenario(usize),
    /// A quiz question, by its index.
    Question(usize),
}

impl Screen {
    /// What the counts of this screen are stored under: the question's id,
    /// or `scenario:<slug>`; `None` for a lesson.
    pub fn poll_id(self, module: &Module) -> Option<String> {
        match self {
            Screen::Lesson(_) => None,
            Screen::Scenario(i) => module.scenarios.get(i).map(|s| format!("scenario:{}", s.slug)),
            Screen::Question(i) => questions(module).get(i).map(|q| q.id.clone()),
        }
    }
}

fn questions(module: &Module) -> &[crate::content::Question] {
    module.quiz.as_ref().map_or(&[], |q| q.questions.as_slice())
}

/// Every screen of a module, in the order a class meets them.
pub fn screens(module: &Module) -> Vec<Screen> {
    (0..module.lessons.len())
        .map(Screen::Lesson)
        .chain((0..module.scenarios.len()).map(Screen::Scenario))
        .chain((0..questions(module).len()).map(Screen::Question))
        .collect()
}

/// How many options a screen's poll has (none for a lesson).
pub fn option_count(module: &Module, screen: Screen) -> usize {
    match screen {
        Screen::Scenario(i) => module
            .scenarios
            .get(i)
            .and_then(|s| s.steps.first())
            .map_or(0, |s| s.choices.len()),
        Screen::Question(i) => questions(module).get(i).map_or(0, |q| q.option_count()),
        Screen::Lesson(_) => 0,
    }
}
