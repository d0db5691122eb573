//! Conversations and pictures in content: drawn when right, reported at
//! their file and line when wrong.

use super::tests::{valid_tree, EMBLEM};
use super::*;

const CHAT_FR: &str = "Un inconnu écrit.\n\n```chat game\nLucas_10ans: Tu es *super* !\nme: Merci\n* Lucas_10ans t'envoie un cadeau\n```\n";
const CHAT_EN: &str = "A stranger writes.\n\n```chat game\nLucas_10ans: You're *great*!\nme: Thanks\n* Lucas_10ans sends you a gift\n```\n";

/// The valid tree with a conversation in the scenario's first step.
fn tree_with_chat() -> super::tests::Tree {
    let tree = valid_tree();
    for (lang, chat) in [("fr", CHAT_FR), ("en", CHAT_EN)] {
        tree.edit(
            &format!("modules/my-information/scenario-message.{lang}.md"),
            "Un inconnu écrit.\n",
            chat,
        );
    }
    tree
}

#[test]
fn a_conversation_is_drawn_as_bubbles_in_each_language() {
    let tree = tree_with_chat();
    let (index, report) = load(&tree.0);
    assert!(!report.has_errors(), "{:?}", report.problems);
    let index = index.unwrap();
    let step = &index.module("my-information").unwrap().scenarios[0].steps[0];
    let french = step.public(crate::i18n::Lang::Fr).body_html;
    assert!(french.contains("<figure class=\"chat chat--game\">"), "{french}");
    assert!(french.contains("Chat du jeu"));
    assert!(french.contains("<span class=\"bubble__who\">Lucas_10ans</span>"));
    assert!(french.contains("<em>super</em>"));
    assert!(french.contains("bubble--me") && french.contains("chat__event"));
    let english = step.public(crate::i18n::Lang::En).body_html;
    assert!(
        english.contains("Game chat") && english.contains(">You<"),
        "{english}"
    );
}

#[test]
fn a_mistaken_conversation_is_reported_at_its_line() {
    let tree = tree_with_chat();
    let fr = "modules/my-information/scenario-message.fr.md";
    tree.edit(fr, "```chat game", "```chat forum");
    tree.edit(fr, "me: Merci", "Merci beaucoup");
    let errors = tree.errors();
    let has = |text: &str| errors.iter().any(|e| e.contains(text));
    assert!(
        has(&format!("{fr}:9: a conversation is ```chat game")),
        "{errors:#?}"
    );
    assert!(
        has(&format!("{fr}:11: a message is `Speaker: message`")),
        "{errors:#?}"
    );
}

#[test]
fn a_translation_whose_conversation_differs_is_reported() {
    let tree = tree_with_chat();
    let en = "modules/my-information/scenario-message.en.md";
    tree.edit(en, "me: Thanks", "Lucas_10ans: Thanks");
    let errors = tree.errors();
    assert!(
        errors
            .iter()
            .any(|e| e.contains(&format!("{en}:5: the conversations of step `start` differ"))),
        "{errors:#?}"
    );
}

#[test]
fn an_illustration_is_drawn_with_its_text_alternative() {
    let tree = valid_tree();
    for lang in ["fr", "en"] {
        let lesson = format!("modules/my-information/lesson-2-part.{lang}.md");
        tree.edit(
            &lesson,
            "Une idée courte.\n",
            "Une idée courte.\n\n![Une clé de maison](emblem:key)\n\n![](emblem:key)\n",
        );
    }
    let (index, report) = load(&tree.0);
    assert!(!report.has_errors(), "{:?}", report.problems);
    let index = index.unwrap();
    let html = index.module("my-information").unwrap().lessons[1]
        .html
        .get(crate::i18n::Lang::Fr)
        .get(Country::for_language(crate::i18n::Lang::Fr))
        .to_owned();
    assert!(html.contains("<figure class=\"illustration\"><svg class=\"illustration__picture\" viewBox=\"0 0 48 48\" role=\"img\" aria-label=\"Une clé de maison\""), "{html}");
    assert!(
        html.contains("aria-hidden=\"true\""),
        "an empty alt is decoration: {html}"
    );
    assert!(index.emblem("tier-8-10").is_some());
}

#[test]
fn unknown_or_unsafe_pictures_and_missing_emblems_are_reported() {
    let tree = valid_tree();
    tree.edit(
        "modules/my-information/lesson-2-part.fr.md",
        "Une idée courte.\n",
        "Une idée.\n\n![Un chat](emblem:cat)\n",
    );
    tree.edit("modules/my-information/module.yaml", "emblem: key\n", "");
    tree.write("emblems/bad.svg", &EMBLEM.replace("<circle", "<script"));
    tree.write("emblems/Bad Name.svg", EMBLEM);
    tree.remove("emblems/tier-14-17.svg");
    tree.write(
        "modules/my-information/lesson-3-part.en.md",
        "---\ntitle: Part 3\n---\n\nA \u{E000} mark.\n",
    );
    let errors = tree.errors();
    let has = |text: &str| errors.iter().any(|e| e.contains(text));
    assert!(
        has("lesson-2-part.fr.md:7: no picture `cat` in content/emblems"),
        "{errors:#?}"
    );
    assert!(has("module.yaml:1: name the module's emblem"), "{errors:#?}");
    assert!(has("emblems/bad.svg:1: `<script>` is not allowed"), "{errors:#?}");
    assert!(
        has("emblems/Bad Name.svg:1: a picture is `name.svg`"),
        "{errors:#?}"
    );
    assert!(
        has("emblems/tier-14-17.svg:1: each tier needs its emblem"),
        "{errors:#?}"
    );
    assert!(
        has("lesson-3-part.en.md:5: a private-use character"),
        "{errors:#?}"
    );
}
