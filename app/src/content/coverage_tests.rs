//! Every language and country the build knows ([`Lang::ALL`], [`Country::ALL`])
//! has its text everywhere: in the bundled content, and, on a small tree,
//! a help entry that lacks one language is reported with the language named.

use super::*;
use crate::i18n::Lang;
use std::path::Path;

/// What is missing: `where (language[, country])` for every empty text.
#[derive(Default)]
struct Missing(Vec<String>);

impl Missing {
    fn text(&mut self, place: &str, text: &Localized<String>) {
        for lang in Lang::ALL {
            if text.get(lang).trim().is_empty() {
                self.0.push(format!("{place} ({})", lang.code()));
            }
        }
    }

    fn html(&mut self, place: &str, html: &Localized<CountryHtml>) {
        for lang in Lang::ALL {
            for country in Country::ALL {
                if html.get(lang).get(country).trim().is_empty() {
                    self.0
                        .push(format!("{place} ({}, {})", lang.code(), country.code()));
                }
            }
        }
    }

    fn document(&mut self, place: &str, document: &Document) {
        self.text(&format!("{place}: title"), &document.title);
        self.html(place, &document.html);
    }

    fn module(&mut self, module: &Module) {
        let id = &module.id;
        self.text(&format!("{id}: title"), &module.meta.title);
        self.text(&format!("{id}: summary"), &module.meta.summary);
        for (tag, misconception) in &module.meta.misconceptions {
            self.text(&format!("{id}: misconception {tag}"), &misconception.label);
            self.text(
                &format!("{id}: misconception {tag} follow-up"),
                &misconception.follow_up,
            );
        }
        for lesson in &module.lessons {
            self.text(&format!("{id}: lesson {} title", lesson.slug), &lesson.title);
            self.html(&format!("{id}: lesson {}", lesson.slug), &lesson.html);
        }
        for scenario in &module.scenarios {
            self.scenario(id, scenario);
        }
        match &module.quiz {
            Some(quiz) => self.quiz(id, quiz),
            None => self.0.push(format!("{id}: quiz")),
        }
        for (name, document) in [("guide", &module.guide), ("parents", &module.parents)] {
            match document {
                Some(document) => self.document(&format!("{id}: {name}"), document),
                None if module.meta.kind == ModuleKind::Module => self.0.push(format!("{id}: {name}")),
                None => {}
            }
        }
    }

    fn scenario(&mut self, id: &str, scenario: &Scenario) {
        let place = format!("{id}: scenario {}", scenario.slug);
        self.text(&format!("{place} title"), &scenario.title);
        for step in &scenario.steps {
            self.text(&format!("{place} step {} title", step.id), &step.title);
            self.text(&format!("{place} step {}", step.id), &step.body_html);
            for (i, choice) in step.choices.iter().enumerate() {
                self.text(&format!("{place} step {} choice {i}", step.id), &choice.text_html);
                self.text(
                    &format!("{place} step {} choice {i} feedback", step.id),
                    &choice.feedback_html,
                );
            }
        }
    }

    fn quiz(&mut self, id: &str, quiz: &Quiz) {
        self.text(&format!("{id}: quiz title"), &quiz.title);
        for question in &quiz.questions {
            let place = format!("{id}: question {}", question.id);
            self.text(&place, &question.title);
            for (i, option) in question.options.iter().enumerate() {
                self.text(&format!("{place} option {i}"), &option.text_html);
                self.text(&format!("{place} option {i} feedback"), &option.feedback_html);
            }
        }
    }

    fn help(&mut self, directory: &HelpDirectory) {
        for service in &directory.services {
            let place = format!("help/{}: {}", directory.region, service.id);
            for (field, text) in [
                ("name", &service.name),
                ("hours", &service.hours),
                ("cost", &service.cost),
                ("for", &service.purpose),
                ("what_happens.child", &service.for_child),
                ("what_happens.adult", &service.for_adult),
            ] {
                self.text(&format!("{place} {field}"), text);
            }
        }
    }
}

#[test]
fn every_language_and_country_has_its_text_in_the_bundled_content() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let (index, report) = load(&dir);
    let errors: Vec<String> = report.errors().map(ToString::to_string).collect();
    let index = index.unwrap_or_else(|| panic!("the bundled content loads: {errors:#?}"));
    assert!(!index.modules().is_empty() && !index.documents().is_empty());
    assert!(!index.teacher_documents.is_empty());
    let mut missing = Missing::default();
    for module in index.modules() {
        missing.module(module);
        if !index.readability().contains_key(&module.id) {
            missing.0.push(format!("{}: reading level", module.id));
        }
    }
    for region in help_regions() {
        match index.help(region) {
            Some(directory) if !directory.services.is_empty() => missing.help(directory),
            _ => missing.0.push(format!("help/{region}.yaml")),
        }
    }
    for document in index.documents() {
        missing.document(&format!("parents/{}", document.id), document);
    }
    for document in &index.teacher_documents {
        missing.document(&format!("teachers/{}", document.id), document);
    }
    assert!(missing.0.is_empty(), "missing: {:#?}", missing.0);
}

#[test]
fn the_coverage_check_finds_an_empty_language_or_country() {
    let mut missing = Missing::default();
    let text = Localized::from_fn(|lang| {
        if lang == Lang::ALL[0] {
            String::new()
        } else {
            "texte".to_owned()
        }
    });
    missing.text("title", &text);
    let html = Localized::from_fn(|_| {
        CountryHtml::PerCountry(
            Country::ALL
                .into_iter()
                .skip(1)
                .map(|c| (c, "<p>x</p>".to_owned()))
                .collect(),
        )
    });
    missing.html("lesson", &html);
    let first = Country::ALL[0].code();
    let mut expected = vec![format!("title ({})", Lang::ALL[0].code())];
    expected.extend(Lang::ALL.map(|lang| format!("lesson ({}, {first})", lang.code())));
    assert_eq!(missing.0, expected);
}

#[test]
fn every_country_and_help_region_has_its_name_in_every_language() {
    let mut missing = vec![];
    for lang in Lang::ALL {
        let ids = Country::ALL
            .into_iter()
            .map(|country| format!("country-{}", country.code()))
            .chain(help_regions().map(|region| format!("help-region-{region}")));
        for id in ids {
            if crate::i18n::translate(lang, &id, None) == id {
                missing.push(format!("locales/{}: {id}", lang.code()));
            }
        }
    }
    assert!(missing.is_empty(), "missing messages: {missing:#?}");
}
