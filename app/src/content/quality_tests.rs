//! `lanterne check`'s item-quality rules, on small content trees.

use super::tests::{quiz, valid_tree, Tree};
use super::*;
use crate::i18n::Lang;

fn warnings(tree: &Tree) -> Vec<String> {
    tree.report()
        .warnings()
        .map(|p| p.to_string().replace(&format!("{}/", tree.0.display()), ""))
        .collect()
}

fn copy_module(tree: &Tree, from: &str, to: &str) {
    let source = tree.0.join("modules").join(from);
    for entry in std::fs::read_dir(&source).unwrap().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        tree.write(&format!("modules/{to}/{name}"), &text);
    }
}

#[test]
fn a_module_folder_copied_under_a_new_name_is_an_error() {
    let tree = valid_tree();
    assert!(tree.errors().is_empty(), "{:#?}", tree.errors());
    copy_module(&tree, "my-information", "my-information-copy");
    let errors = tree.errors();
    let order =
        "modules/my-information-copy/module.yaml:2: same `order: 1` as module `my-information` of this tier";
    assert!(errors.iter().any(|e| e == order), "{errors:#?}");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("module.yaml:10: same title as module `my-information`")),
        "{errors:#?}"
    );
    tree.edit("modules/my-information-copy/module.yaml", "order: 1", "order: 2");
    tree.edit(
        "modules/my-information-copy/module.yaml",
        "Mes informations",
        "Mes secrets",
    );
    tree.edit(
        "modules/my-information-copy/module.yaml",
        "My information",
        "My secrets",
    );
    assert!(tree.errors().is_empty(), "{:#?}", tree.errors());
}

#[test]
fn a_final_test_needs_three_options_a_guide_and_a_parents_card() {
    let tree = valid_tree();
    copy_module(&tree, "my-information", "final-8-10");
    for file in [
        "lesson-1-part",
        "lesson-2-part",
        "lesson-3-part",
        "scenario-message",
        "guide",
    ] {
        for lang in Lang::ALL.map(Lang::code) {
            tree.remove(&format!("modules/final-8-10/{file}.{lang}.md"));
        }
    }
    let yaml = "modules/final-8-10/module.yaml";
    tree.edit(yaml, "order: 1", "kind: final-test\norder: 99");
    tree.edit(yaml, "Mes informations", "Test final");
    tree.edit(yaml, "My information", "Final test");
    let errors = tree.errors();
    assert!(
        errors.iter().any(|e| e.contains(
            "final-8-10/module.yaml:1: module `final-8-10`: a module or final test has a facilitator guide"
        )),
        "{errors:#?}"
    );
    let two = "final-8-10/quiz.fr.md:5: single-choice item with only two options: add plausible ones (3 or 4); a final test allows none";
    assert!(errors.iter().any(|e| e.ends_with(two)), "{errors:#?}");
    let in_a_module = "my-information/quiz.fr.md:5: single-choice item with only two options";
    assert!(
        warnings(&tree).iter().any(|w| w.contains(in_a_module)),
        "only a warning in a module"
    );
}

#[test]
fn right_options_that_are_always_the_longest_are_reported_per_item_and_per_tier() {
    let tree = valid_tree();
    assert!(!warnings(&tree).iter().any(|w| w.contains("longest")));
    tree.write(
        "modules/my-information/quiz.fr.md",
        &quiz("Quiz", "Oui, je le dis", "Non"),
    );
    let warnings = warnings(&tree);
    let item = "modules/my-information/quiz.fr.md:5: the right option is the longest here, as in 7 of this quiz's 7 single-choice items (above 35 %)";
    assert!(warnings.iter().any(|w| w.ends_with(item)), "{warnings:#?}");
    let tier =
        "modules:1: tier 8-10: the right option is the longest in 7 of 7 single-choice items, above 35 %";
    assert!(warnings.iter().any(|w| w.ends_with(tier)), "{warnings:#?}");
    let index = load(&tree.0).0.unwrap();
    let quality = index.tier_quality(Tier::Young);
    assert_eq!(
        (quality.single_choice, quality.longest_right, quality.two_options),
        (7, 7, 7)
    );
}

#[test]
fn negated_statements_unused_tags_raw_html_and_undated_figures_are_warnings() {
    let tree = valid_tree();
    let module = "modules/my-information";
    let statement = "## Tu ne dois pas répondre. {#no-answer .true-false}\n\n- [x] Vrai\n  > Oui.\n- [ ] Faux\n  > Non.\n  misconception: nice-means-safe\n\n";
    for lang in Lang::ALL.map(Lang::code) {
        tree.edit(
            &format!("{module}/quiz.{lang}.md"),
            "## Et toi ?",
            &format!("{statement}## Et toi ?"),
        );
    }
    tree.edit(
        &format!("{module}/module.yaml"),
        "misconceptions:\n",
        "misconceptions:\n  never-used:\n    label: { fr: a, en: a }\n    follow_up: { fr: b, en: b }\n",
    );
    tree.edit(
        &format!("{module}/lesson-2-part.fr.md"),
        "Une idée courte.",
        "Une idée <b>courte</b>.",
    );
    tree.edit(
        &format!("{module}/guide.fr.md"),
        "Objectifs.",
        "Objectifs.\n\nEnviron 19 % des jeunes.\n\nEn 2022, 35 % en ont reçu.\n\nAppelle le 3018.",
    );
    let warnings = warnings(&tree);
    assert!(tree.errors().is_empty(), "{:#?}", tree.errors());
    for expected in [
        "quiz.fr.md:61: true/false statement with a negation: for 8–10, say it positively",
        "module.yaml:13: misconception `never-used` is listed but no quiz option reveals it",
        "lesson-2-part.fr.md:5: raw HTML is shown as text, not as formatting: write it in Markdown",
        "guide.fr.md:7: figure `19 %` has no year in its sentence: say when it was measured, and by whom",
    ] {
        assert!(
            warnings.iter().any(|w| w.ends_with(expected)),
            "{expected} in {warnings:#?}"
        );
    }
    assert!(
        !warnings.iter().any(|w| w.contains("35 %") || w.contains("3018")),
        "{warnings:#?}"
    );
}

#[test]
fn a_misconception_listed_twice_is_an_error() {
    let tree = valid_tree();
    let twice =
        "misconceptions:\n  nice-means-safe:\n    label: { fr: a, en: a }\n    follow_up: { fr: b, en: b }\n";
    tree.edit("modules/my-information/module.yaml", "misconceptions:\n", twice);
    let errors = tree.errors();
    let expected = "modules/my-information/module.yaml:16: misconception `nice-means-safe` is listed twice: only the last one would be kept";
    assert!(errors.iter().any(|e| e == expected), "{errors:#?}");
}

#[test]
fn every_module_names_known_curriculum_references_for_each_country() {
    let tree = valid_tree();
    let index = load(&tree.0).0.unwrap();
    let module = index.module("my-information").unwrap();
    let titles: Vec<&str> = index
        .curriculum_of(module, Country::UnitedKingdom)
        .iter()
        .map(|r| r.title.get(Lang::En).as_str())
        .collect();
    assert_eq!(titles, vec!["Reference"]);
    tree.edit(
        "modules/my-information/module.yaml",
        "gb: [efacw-privacy]",
        "gb: [made-up-heading]",
    );
    let errors = tree.errors();
    let unknown = "modules/my-information/module.yaml:1: unknown curriculum reference `made-up-heading` for gb: see content/curricula/gb.yaml";
    assert!(errors.iter().any(|e| e == unknown), "{errors:#?}");
    tree.edit(
        "modules/my-information/module.yaml",
        "gb: [made-up-heading]",
        "gb: []",
    );
    let errors = tree.errors();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("name at least one curriculum reference for gb")),
        "{errors:#?}"
    );
}

#[test]
fn the_privacy_notices_are_required() {
    let tree = valid_tree();
    for lang in Lang::ALL.map(Lang::code) {
        tree.remove(&format!("privacy/pupils-11-13.{lang}.md"));
    }
    let errors = tree.errors();
    let missing =
        "privacy:1: the privacy notice `pupils-11-13` is missing: write privacy/pupils-11-13.<language>.md";
    assert!(errors.iter().any(|e| e == missing), "{errors:#?}");
}
