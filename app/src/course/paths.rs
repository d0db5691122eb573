//! The addresses of a module's parts, in the order a pupil follows them.

use crate::content::Module;

pub fn module(id: &str) -> String {
    format!("/modules/{id}")
}

pub fn lesson(id: &str, n: usize) -> String {
    format!("/modules/{id}/lessons/{n}")
}

pub fn scenario(id: &str, slug: &str) -> String {
    format!("/modules/{id}/scenarios/{slug}")
}

pub fn question(id: &str, n: usize) -> String {
    format!("/modules/{id}/quiz/{n}")
}

pub fn result(id: &str) -> String {
    format!("/modules/{id}/result")
}

/// Every part: lessons, scenarios, quiz questions, then the result.
pub fn parts(module: &Module) -> Vec<String> {
    let id = &module.id;
    let lessons = (1..=module.lessons.len()).map(|n| lesson(id, n));
    let scenarios = module.scenarios.iter().map(|s| scenario(id, &s.slug));
    let questions = (1..=module.quiz.as_ref().map_or(0, |q| q.questions.len())).map(|n| question(id, n));
    lessons
        .chain(scenarios)
        .chain(questions)
        .chain([result(id)])
        .collect()
}

/// The part that follows `here`.
pub fn after(module: &Module, here: &str) -> String {
    let parts = parts(module);
    parts
        .iter()
        .position(|p| p == here)
        .and_then(|i| parts.get(i + 1))
        .cloned()
        .unwrap_or_else(|| result(&module.id))
}
