//! A scenario in every language: parsed, checked, the same story in each,
//! then rendered step by step.

use super::front_matter::{every_language, Pages};
use super::loader::{LangFiles, Loader, REFERENCE};
use crate::content::chat;
use crate::content::localized::Localized;
use crate::content::modules::{Choice, Next, Scenario, Step};
use crate::content::scenario::{self, ParsedScenario, END};
use crate::i18n::Lang;
use std::collections::BTreeMap;
use std::path::Path;

impl Loader {
    pub(super) fn scenario(&mut self, slug: &str, paths: &LangFiles, base: &Path) -> Option<Scenario> {
        let pages = self.pages_each(paths, base);
        let mut parsed = BTreeMap::new();
        for (lang, (path, page)) in &pages {
            let story = scenario::parse(&page.body, page.body_line, path, &mut self.report);
            scenario::validate(&story, path, &mut self.report);
            parsed.insert(*lang, story);
        }
        let (parsed, pages) = (every_language(parsed)?, every_language(pages)?);
        let (reference_path, reference_page) = pages.get(REFERENCE);
        if !scenario::branches(parsed.get(REFERENCE)) {
            self.report.error(
                reference_path,
                reference_page.body_line,
                "a scenario needs a step with at least two choices",
            );
        }
        self.same_scenario_shape(&parsed, &pages)?;
        Some(Scenario {
            slug: slug.to_owned(),
            title: pages.map(|(_, page)| page.front.title.clone()),
            steps: self.scenario_steps(&parsed, &pages)?,
        })
    }

    /// The steps, rendered in every language (translations have the same shape).
    fn scenario_steps(&mut self, parsed: &Localized<ParsedScenario>, pages: &Pages) -> Option<Vec<Step>> {
        let reference = parsed.get(REFERENCE);
        let index: BTreeMap<&str, usize> = reference
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        let mut steps = vec![];
        for (i, step) in reference.steps.iter().enumerate() {
            let at = |lang: Lang| (&parsed.get(lang).steps[i], pages.get(lang).0.as_path());
            let mut choices = vec![];
            for (j, choice) in step.choices.iter().enumerate() {
                let next = if choice.target == END {
                    Next::End
                } else {
                    Next::Step(*index.get(choice.target.as_str())?)
                };
                let choice_at = |lang: Lang| (&at(lang).0.choices[j], at(lang).1);
                choices.push(Choice {
                    text_html: Localized::from_fn(|lang| {
                        let (c, path) = choice_at(lang);
                        self.render_inline(&c.text, c.line, path)
                    }),
                    feedback_html: Localized::from_fn(|lang| {
                        let (c, path) = choice_at(lang);
                        self.render(&c.feedback, c.line, path)
                    }),
                    next,
                });
            }
            steps.push(Step {
                id: step.id.clone(),
                title: parsed.map(|p| p.steps[i].title.clone()),
                body_html: Localized::from_fn(|lang| {
                    let (s, path) = at(lang);
                    self.render(&s.body, s.line + 1, path)
                }),
                choices,
                chat: !chat::shapes(&step.body).is_empty(),
            });
        }
        Some(steps)
    }
}
