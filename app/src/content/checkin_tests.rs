//! Check-ins: loaded when right, refused with their file and line when a
//! part is missing, the two forms differ, or a translation changes the shape.

use super::tests::valid_tree;
use super::*;

const FR: &str = "checkins/8-10.fr.md";

#[test]
fn a_valid_check_in_loads_with_its_six_parts() {
    let tree = valid_tree();
    let (index, report) = load(&tree.0);
    assert!(!report.has_errors(), "{:?}", report.problems);
    let index = index.unwrap();
    let checkin = index.checkin(Tier::Young).unwrap();
    assert_eq!(
        checkin.parts.iter().map(|p| p.part).collect::<Vec<_>>(),
        Part::ALL
    );
    let a = checkin.part(Part::KnowledgeA).unwrap();
    assert_eq!(a.items.len(), 6);
    assert_eq!(a.items[0].options.iter().filter(|o| o.0).count(), 1);
    assert_eq!(checkin.part(Part::Worry).unwrap().items[0].kind, ItemKind::Scale);
    assert!(a.items[0]
        .title_html
        .get(crate::i18n::Lang::Fr)
        .contains("Que fais-tu"));
}

#[test]
fn two_forms_of_different_lengths_or_a_missing_part_are_refused() {
    let tree = valid_tree();
    tree.edit(FR, "## Que fais-tu, cas 6 ? {#kb-6}\n\n- [ ] Je garde le secret.\n- [x] J'en parle à un adulte.\n- [ ] Je réponds.\n\n", "");
    tree.edit(
        FR,
        "# Et toi ? {#worry}\n\n## Comment te sens-tu ? {#w-now .scale}\n",
        "",
    );
    let errors = tree.errors();
    let has = |text: &str| errors.iter().any(|e| e.contains(FR) && e.contains(text));
    assert!(
        has("the two forms have different numbers of items: 6 in knowledge-a, 5 in knowledge-b"),
        "{errors:#?}"
    );
    assert!(
        has("a check-in has six parts, once each and in this order"),
        "{errors:#?}"
    );
}

#[test]
fn feedback_free_text_and_wrong_kinds_are_refused_at_their_line() {
    let tree = valid_tree();
    tree.edit(
        FR,
        "- [x] J'en parle à un adulte.\n",
        "- [x] J'en parle à un adulte.\n  > Bravo !\n",
    );
    tree.edit(FR, "{#c-1 .scale}\n", "{#c-1 .scale}\n\n- [x] Oui\n");
    tree.edit(FR, "{#w-now .scale}", "{#w-now}");
    let errors = tree.errors();
    let has = |text: &str| errors.iter().any(|e| e.contains(FR) && e.contains(text));
    assert!(has(":14: a check-in holds only parts"), "{errors:#?}");
    assert!(has("a `.scale` item has no options"), "{errors:#?}");
    assert!(has("the items of `worry` are `.scale`"), "{errors:#?}");
}

#[test]
fn a_translation_that_changes_the_marks_and_a_tier_without_check_in_are_refused() {
    let tree = valid_tree();
    tree.edit(
        "checkins/8-10.en.md",
        "- [x] Un adulte\n- [ ] Personne",
        "- [x] Un adulte\n- [x] Personne",
    );
    tree.remove("checkins/14-17.fr.md");
    tree.remove("checkins/14-17.en.md");
    let errors = tree.errors();
    let has = |text: &str| errors.iter().any(|e| e.contains(text));
    assert!(
        has("checkins/8-10.en.md:1: this translation differs from the French check-in"),
        "{errors:#?}"
    );
    assert!(
        has("checkins:1: each tier needs its check-in: no `14-17.fr.md` here"),
        "{errors:#?}"
    );
}

#[test]
fn a_check_in_above_its_tier_reading_level_is_refused() {
    let tree = valid_tree();
    // Six statements of about 125 words each, with no full stop: far above 12 words a sentence on average.
    let long = "un joueur que tu ne connais pas du tout te demande très gentiment le nom de ton école et de ta ville, ".repeat(6);
    for n in 1..=6 {
        tree.edit(
            FR,
            &format!("## Que fais-tu, cas {n} ? {{#ka-{n}}}"),
            &format!("## {long} {{#ka-{n}}}"),
        );
    }
    let errors = tree.errors();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("checkins/8-10.fr.md:1: reading level:") && e.contains("above 12 for 8-10")),
        "{errors:#?}"
    );
}
