//! The loader and validator on small content trees written by the tests.

use super::*;
use crate::dates;
use crate::i18n::Lang;
use std::path::{Path, PathBuf};

/// A content folder of its own, removed at the end of the test.
pub(super) struct Tree(pub(super) PathBuf);

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Tree {
    pub(super) fn write(&self, relative: &str, text: &str) {
        let path = self.0.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    pub(super) fn remove(&self, relative: &str) {
        std::fs::remove_file(self.0.join(relative)).unwrap();
    }

    pub(super) fn edit(&self, relative: &str, from: &str, to: &str) {
        let path = self.0.join(relative);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{relative} does not contain {from:?}");
        std::fs::write(path, text.replacen(from, to, 1)).unwrap();
    }

    pub(super) fn report(&self) -> Report {
        load(&self.0).1
    }

    /// Every error, as `file:line: message` relative to the tree.
    pub(super) fn errors(&self) -> Vec<String> {
        let report = self.report();
        report
            .errors()
            .map(|p| p.to_string().replace(&format!("{}/", self.0.display()), ""))
            .collect()
    }
}

/// A translated YAML text in every shipped language: `{ fr: …, en: … }`,
/// `other` for every language but French.
fn text(french: &str, other: &str) -> String {
    text_without(None, french, other)
}

/// The same, without `missing`'s line.
fn text_without(missing: Option<Lang>, french: &str, other: &str) -> String {
    let texts: Vec<String> = Lang::ALL
        .into_iter()
        .filter(|lang| Some(*lang) != missing)
        .map(|lang| {
            let text = if lang == Lang::Fr { french } else { other };
            format!("{}: {text}", lang.code())
        })
        .collect();
    format!("{{ {} }}", texts.join(", "))
}

pub(super) fn module_yaml(reviewed: &str) -> String {
    format!(
        "tier: 8-10
order: 1
duration: 45
pass_mark: 70
sensitive: false
topics: [privacy]
reviewed: {reviewed}
sources:
  - \"Seed 000, lines 497-500\"
title: {}
summary: {}
misconceptions:
  nice-means-safe:
    label: {}
    follow_up: {}
curricula: {{ fr: [crcn-4-2], gb: [efacw-privacy] }}
emblem: key
",
        text("Mes informations", "My information"),
        text(
            "Garder ses informations pour soi.",
            "Keeping your information to yourself."
        ),
        text("Gentil veut dire sûr", "Nice means safe"),
        text("Relire la situation ensemble.", "Reread the story together."),
    )
}

fn help_yaml(today: &str) -> String {
    format!(
        "country: fr\nreviewed: {today}\nsources: [\"brief\"]\nservices:\n  - id: \"3018\"\n    name: {}\n    reach:\n      - {{ kind: phone, value: \"3018\" }}\n    hours: {}\n    cost: {}\n    anonymous: true\n    for: {}\n    what_happens:\n      child: {}\n      adult: {}\n",
        text("\"3018\"", "\"3018\""),
        text("Tous les jours", "Every day"),
        text("Gratuit", "Free"),
        text("Aide", "Help"),
        text("On t'écoute.", "Someone listens."),
        text("On conseille.", "Advice."),
    )
}

pub(super) fn quiz(title: &str, yes: &str, no: &str) -> String {
    let mut text = format!("---\ntitle: {title}\n---\n\n");
    for i in 1..=7 {
        text.push_str(&format!(
            "## Question {i} ? {{#q{i}}}\n\n- [x] {yes}\n  > {yes} : bien.\n- [ ] {no}\n  > {no} : pas ça.\n  misconception: nice-means-safe\n\n"
        ));
    }
    text.push_str(&format!(
        "## Et toi ? {{#feeling .attitude}}\n\n- [ ] {yes}\n  > Merci.\n- [ ] {no}\n  > Merci aussi.\n"
    ));
    text
}

const SCENARIO: &str = "---
title: Le message
---

## Un message {#start}

Un inconnu écrit.

- Répondre. → answered
  > On comprend. Mais on ne sait pas qui écrit.
- En parler. → end
  > Bonne idée.

## Réponse {#answered}

Il insiste.

- En parler. → end
  > C'est toujours possible.
";

/// A check-in that follows every rule: six parts, two forms of six items.
pub(super) fn checkin_text(today: &str) -> String {
    let single = |prefix: &str, n: usize| {
        (1..=n)
            .map(|i| format!("## Que fais-tu, cas {i} ? {{#{prefix}-{i}}}\n\n- [ ] Je garde le secret.\n- [x] J'en parle à un adulte.\n- [ ] Je réponds.\n\n"))
            .collect::<String>()
    };
    let scale = |prefix: &str, n: usize| {
        (1..=n)
            .map(|i| format!("## Je saurais quoi faire, cas {i}. {{#{prefix}-{i} .scale}}\n\n"))
            .collect::<String>()
    };
    format!(
        "---\ntitle: Où en es-tu ?\nreviewed: {today}\nsources:\n  - \"brief\"\n---\n\n# Forme A {{#knowledge-a}}\n\n{}# Forme B {{#knowledge-b}}\n\n{}# Normal ? {{#recognition}}\n\n{}# Savoir faire {{#confidence}}\n\n{}# Aide {{#help}}\n\n## À qui en parler ? {{#h-who .multiple}}\n\n- [x] Un adulte\n- [ ] Personne\n\n# Et toi ? {{#worry}}\n\n## Comment te sens-tu ? {{#w-now .scale}}\n",
        single("ka", 6),
        single("kb", 6),
        single("r", 3),
        scale("c", 3)
    )
}

/// A small picture that follows every rule of `content/emblems/`.
pub(super) const EMBLEM: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="16" cy="24" r="8" class="a" stroke="currentColor" stroke-width="3"/><path d="M24 24h18v6" fill="none" stroke="currentColor" stroke-width="3"/></svg>"#;

/// A valid tree: one module with everything, a passage, a help directory, a document.
pub(super) fn valid_tree() -> Tree {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!(
        "lanterne-content-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let tree = Tree(dir);
    let today = time_today();
    tree.write("modules/my-information/module.yaml", &module_yaml(&today));
    for lang in Lang::ALL.map(Lang::code) {
        for n in 1..=3 {
            let body = if n == 1 {
                "Ton prénom est à toi.\n\n{{passage numbers}}\n\n[Aide](/help)\n"
            } else {
                "Une idée courte.\n"
            };
            tree.write(
                &format!("modules/my-information/lesson-{n}-part.{lang}.md"),
                &format!("---\ntitle: Partie {n}\n---\n\n{body}"),
            );
        }
        tree.write(
            &format!("modules/my-information/scenario-message.{lang}.md"),
            SCENARIO,
        );
        tree.write(
            &format!("modules/my-information/quiz.{lang}.md"),
            &quiz("Quiz", "Oui", "Non"),
        );
        tree.write(
            &format!("modules/my-information/guide.{lang}.md"),
            "---\ntitle: Guide\n---\n\nObjectifs.\n",
        );
        tree.write(
            &format!("modules/my-information/parents.{lang}.md"),
            "---\ntitle: Carte\n---\n\nTrois questions.\n",
        );
        for country in Country::ALL.map(Country::code) {
            tree.write(
                &format!("passages/numbers/{country}.{lang}.md"),
                &format!("---\nreviewed: {today}\nsources: [\"brief\"]\n---\nAppelle le numéro {country}.\n"),
            );
        }
        tree.write(
            &format!("parents/guide-8-10.{lang}.md"),
            &format!("---\ntitle: Guide\nreviewed: {today}\nsources:\n  - \"Seed 002\"\n---\n\nParler.\n"),
        );
    }
    for tier in Tier::ALL.map(Tier::code) {
        for lang in Lang::ALL.map(Lang::code) {
            tree.write(&format!("checkins/{tier}.{lang}.md"), &checkin_text(&today));
        }
    }
    for name in ["key", "tier-8-10", "tier-11-13", "tier-14-17"] {
        tree.write(&format!("emblems/{name}.svg"), EMBLEM);
    }
    tree.write("help/fr.yaml", &help_yaml(&today));
    for lang in Lang::ALL.map(Lang::code) {
        for notice in ["adults", "pupils-8-10", "pupils-11-13", "pupils-14-17"] {
            tree.write(
                &format!("privacy/{notice}.{lang}.md"),
                &format!("---\ntitle: Vie privée\nreviewed: {today}\nsources:\n  - \"migrations\"\n---\n\nCe que Lanterne garde.\n"),
            );
        }
    }
    for (country, id) in [("fr", "crcn-4-2"), ("gb", "efacw-privacy")] {
        tree.write(
            &format!("curricula/{country}.yaml"),
            &format!("country: {country}\nreviewed: {today}\nsources: [\"read\"]\nreferences:\n  - id: {id}\n    title: {}\n", text("Référence", "Reference")),
        );
    }
    tree
}

pub(super) fn time_today() -> String {
    dates::iso_from_days(dates::today())
}

#[test]
fn a_valid_tree_loads_into_an_index() {
    let tree = valid_tree();
    let (index, report) = load(&tree.0);
    assert!(!report.has_errors(), "{:?}", report.problems);
    let index = index.expect("an index");
    let module = index.module("my-information").unwrap();
    assert_eq!(module.lessons.len(), 3);
    assert_eq!(module.quiz.as_ref().unwrap().questions.len(), 8);
    assert_eq!(module.scenarios[0].steps.len(), 2);
    assert!(index.help("fr").is_some());
    assert!(index.document("guide-8-10").is_some());
    assert!(index.readability()["my-information"].get(Lang::Fr).sentences > 0);
}

#[test]
fn country_passages_are_rendered_for_each_country() {
    let tree = valid_tree();
    let index = load(&tree.0).0.unwrap();
    let lesson = &index.module("my-information").unwrap().lessons[0];
    assert!(lesson
        .html
        .get(Lang::Fr)
        .get(Country::France)
        .contains("numéro fr"));
    assert!(lesson
        .html
        .get(Lang::Fr)
        .get(Country::UnitedKingdom)
        .contains("numéro gb"));
}

#[test]
fn a_question_reaches_pages_without_its_key_and_is_graded_on_the_server() {
    let tree = valid_tree();
    let index = load(&tree.0).0.unwrap();
    let question = &index
        .module("my-information")
        .unwrap()
        .quiz
        .as_ref()
        .unwrap()
        .questions[0];
    let public = serde_json::to_string(&question.public(Lang::Fr)).unwrap();
    assert!(
        !public.contains("bien") && !public.contains("nice-means-safe"),
        "{public}"
    );
    let wrong = question.grade(&[1], Lang::Fr).unwrap();
    assert_eq!(wrong.correct, Some(false));
    assert_eq!(wrong.misconceptions, vec!["nice-means-safe".to_owned()]);
    assert!(wrong.feedback[0].2.contains("pas ça"));
    assert_eq!(question.grade(&[0], Lang::Fr).unwrap().correct, Some(true));
    assert_eq!(
        question.grade(&[0, 1], Lang::Fr),
        None,
        "one answer only for a single choice"
    );
    assert_eq!(question.grade(&[7], Lang::Fr), None);
    assert_eq!(question.grade(&[], Lang::Fr), None);
}

#[test]
fn every_kind_of_mistake_is_reported_with_its_file_and_line() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "modules/my-information/quiz.fr.md",
            "- [x] Oui\n  > Oui : bien.",
            "- [ ] Oui\n  > Oui : bien.",
            "quiz.fr.md:5: question has no right option",
        ),
        (
            "modules/my-information/quiz.fr.md",
            "- [ ] Non\n  > Non : pas ça.\n  misconception: nice-means-safe",
            "- [x] Non\n  > Non : pas ça.",
            "quiz.fr.md:5: single-choice question has several right options",
        ),
        (
            "modules/my-information/quiz.fr.md",
            "- [x] Oui\n  > Oui : bien.",
            "- [x] Oui",
            "quiz.fr.md:7: option has no feedback",
        ),
        (
            "modules/my-information/quiz.fr.md",
            "misconception: nice-means-safe",
            "misconception: naive",
            "quiz.fr.md:9: unknown misconception `naive`",
        ),
        (
            "modules/my-information/quiz.fr.md",
            "{#q2}",
            "{#q1}",
            "quiz.fr.md:13: duplicate question id `q1`",
        ),
        (
            "modules/my-information/scenario-message.fr.md",
            "→ answered",
            "→ nowhere",
            "scenario-message.fr.md:9: choice leads to a step that does not exist: `nowhere`",
        ),
        (
            "modules/my-information/scenario-message.fr.md",
            "- Répondre. → answered",
            "- Répondre. → end",
            "scenario-message.fr.md:14: step `answered` cannot be reached from the first step",
        ),
        (
            "modules/my-information/lesson-2-part.fr.md",
            "Une idée courte.",
            "Voir [ailleurs](/nowhere).",
            "lesson-2-part.fr.md:5: link to a page that does not exist: `/nowhere`",
        ),
        (
            "modules/my-information/module.yaml",
            "order: 1",
            "order: 1\ncolour: blue",
            "module.yaml:3: invalid module.yaml: unknown field `colour`",
        ),
        (
            "help/fr.yaml",
            "    reach:\n      - { kind: phone, value: \"3018\" }",
            "    reach: []",
            "fr.yaml:5: `3018` has no way to reach it",
        ),
        (
            "modules/my-information/lesson-1-part.en.md",
            "{{passage numbers}}",
            "{{passage missing}}",
            "lesson-1-part.en.md:7: unknown passage `missing`",
        ),
    ];
    for (file, from, to, expected) in cases {
        let tree = valid_tree();
        tree.edit(file, from, to);
        let errors = tree.errors();
        assert!(
            errors.iter().any(|e| e.contains(expected)),
            "expected {expected:?} in {errors:#?}"
        );
    }
}

#[test]
fn a_missing_translation_is_reported() {
    let tree = valid_tree();
    tree.remove("modules/my-information/guide.en.md");
    let errors = tree.errors();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("guide.fr.md:1: missing translation: no .en.md file")),
        "{errors:#?}"
    );
}

#[test]
fn a_help_entry_missing_a_language_is_reported_with_its_line_and_language() {
    // In the valid tree, `cost:` is line 10 of help/fr.yaml: `{ fr: Gratuit, en: Free }`.
    for lang in Lang::ALL {
        let tree = valid_tree();
        let without = text_without(Some(lang), "Gratuit", "Free");
        tree.edit("help/fr.yaml", &text("Gratuit", "Free"), &without);
        let errors = tree.errors();
        let expected = format!(
            "help/fr.yaml:10: invalid help directory: services[0].cost: missing field `{}`",
            lang.code()
        );
        assert!(
            errors.iter().any(|e| e.starts_with(&expected)),
            "expected {expected:?} in {errors:#?}"
        );
    }
}

#[test]
fn a_text_in_an_unknown_language_is_reported_with_its_line() {
    let tree = valid_tree();
    tree.edit("help/fr.yaml", "en: Free", "en: Free, xx: Gratis");
    let errors = tree.errors();
    assert!(
        errors.iter().any(|e| e
            .starts_with("help/fr.yaml:10: invalid help directory: services[0].cost: unknown field `xx`")),
        "{errors:#?}"
    );
    let tree = valid_tree();
    tree.edit(
        "modules/my-information/module.yaml",
        "en: My information",
        "en: My information, xx: Mein",
    );
    let errors = tree.errors();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("module.yaml:10: invalid module.yaml: title: unknown field `xx`")),
        "{errors:#?}"
    );
}

#[test]
fn a_translation_that_changes_the_answers_is_reported() {
    let tree = valid_tree();
    tree.edit("modules/my-information/quiz.en.md", "- [x] Oui", "- [ ] Oui");
    let errors = tree.errors();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("quiz.en.md:5: question `q1` differs from the French one")),
        "{errors:#?}"
    );
}

#[test]
fn a_story_that_can_never_end_is_reported() {
    let tree = valid_tree();
    tree.edit(
        "modules/my-information/scenario-message.fr.md",
        "- En parler. → end\n  > C'est",
        "- En parler. → start\n  > C'est",
    );
    tree.edit(
        "modules/my-information/scenario-message.fr.md",
        "- En parler. → end",
        "- En parler. → answered",
    );
    let errors = tree.errors();
    assert!(
        errors.iter().any(|e| e.contains("the story can never end")),
        "{errors:#?}"
    );
}

#[test]
fn an_old_review_date_is_a_warning_not_an_error() {
    let tree = valid_tree();
    let today = time_today();
    tree.edit(
        "modules/my-information/module.yaml",
        &format!("reviewed: {today}"),
        "reviewed: 2020-01-01",
    );
    let report = tree.report();
    assert!(!report.has_errors(), "{:?}", report.problems);
    assert!(report.warnings().any(|w| w
        .to_string()
        .contains("module.yaml:7: reviewed on 2020-01-01, more than 12 months ago")));
}

#[test]
fn long_sentences_fail_the_tier_reading_level() {
    let tree = valid_tree();
    let long = "Ceci est une phrase vraiment beaucoup trop longue pour des enfants de huit ans qui apprennent à lire sur un écran. ".repeat(300);
    tree.edit(
        "modules/my-information/lesson-2-part.fr.md",
        "Une idée courte.",
        &long,
    );
    let errors = tree.errors();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("reading level") && e.contains("in fr, above 12 for 8-10")),
        "{errors:#?}"
    );
}

#[test]
fn html_and_scripts_in_a_lesson_never_reach_the_page() {
    let tree = valid_tree();
    tree.edit(
        "modules/my-information/lesson-3-part.fr.md",
        "Une idée courte.",
        "<script>alert(1)</script>\n\n<b onclick=x>gras</b>",
    );
    let index = load(&tree.0).0.unwrap();
    let html = index.module("my-information").unwrap().lessons[2]
        .html
        .get(Lang::Fr)
        .get(Country::France)
        .to_owned();
    assert!(!html.contains("<script") && !html.contains("<b "), "{html}");
    assert!(html.contains("&lt;script&gt;"), "shown as text: {html}");
}

#[test]
fn a_bad_edit_keeps_the_last_good_content_served() {
    let tree = valid_tree();
    let (store, _) = ContentStore::open(&tree.0).unwrap();
    tree.edit(
        "modules/my-information/module.yaml",
        "en: My information",
        "en: My own information",
    );
    assert!(store.reload().is_ok());
    assert_eq!(
        store
            .get()
            .module("my-information")
            .unwrap()
            .meta
            .title
            .get(Lang::En),
        "My own information"
    );
    tree.edit("modules/my-information/quiz.fr.md", "- [x] Oui", "- [ ] Oui");
    assert!(store.reload().is_err());
    assert_eq!(
        store
            .get()
            .module("my-information")
            .unwrap()
            .meta
            .title
            .get(Lang::En),
        "My own information"
    );
}

#[test]
fn the_bundled_content_is_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let (index, report) = load(&dir);
    let errors: Vec<String> = report.errors().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(index.is_some());
}
