//! What new users stumbled on, tried on the path a teacher and their pupils
//! take, on SQLite and PostgreSQL: distress answers counted for the class
//! alone, misconceptions first, the checklist done once per kind of module,
//! multiple-choice feedback that names what was missed, and a certificate
//! that asks a 16-year-old for their own signature.

mod common;
use app::content::{ContentIndex, QuestionKind};
use app::i18n::Lang;
use common::school::{class, class_of, pupil, teacher};
use common::Browser;

fn content() -> std::sync::Arc<ContentIndex> {
    let settings = server::config::Settings::for_database("sqlite::memory:");
    server::content::open(&settings.content_dir())
        .expect("valid content")
        .get()
}

/// The part of `page` from `start` up to `end` (or its end).
fn section<'a>(page: &'a str, start: &str, end: &str) -> &'a str {
    let from = page
        .find(start)
        .unwrap_or_else(|| panic!("no {start:?} in {page}"));
    let rest = &page[from..];
    rest.find(end).map_or(rest, |to| &rest[..to])
}

/// Passes `module`'s quiz as a guest, answering every question right.
async fn pass(guest: &Browser, content: &ContentIndex, module: &str) {
    let questions = &content.module(module).unwrap().quiz.as_ref().unwrap().questions;
    for (n, question) in questions.iter().enumerate() {
        let right = match question.kind {
            QuestionKind::Attitude => vec![0],
            _ => {
                let probe = question
                    .grade(&[0], Lang::En)
                    .or_else(|| question.grade(&[0, 1], Lang::En));
                probe.unwrap().right_options
            }
        };
        assert_eq!(
            guest.answer(module, n + 1, &right).await.status,
            303,
            "{module} {}",
            n + 1
        );
    }
}

on_both_backends! {
    distress_answers_are_counted_for_the_class_never_per_pupil => |db| {
        let router = db.router();
        let anne = teacher(&router, "distress@school.example").await;
        let (class_id, class_code, codes) = class(&anne, 6).await;
        let results = format!("/teachers/classes/{class_id}/results");
        let mut pupils = vec![];
        for code in &codes[..5] {
            pupils.push(pupil(&router, &class_code, code).await);
        }
        // "I don't know yet" who I would tell: help right there.
        let question = "/modules/my-information/quiz/10";
        for pupil in &pupils[..4] {
            pupil.answer("my-information", 10, &[3]).await;
        }
        let answered = pupils[0].get(question).await;
        assert!(answered.body.contains("You can talk to your teacher"), "{}", answered.body);
        assert!(answered.body.contains("0800 1111"), "the UK class gets Childline: {}", answered.body);
        let page = anne.get(&results).await;
        let notice = section(&page.body, "Pupils who may need to talk", "</section>");
        assert!(notice.contains("once at least 5 pupils"), "hidden below five: {notice}");
        pupils[4].answer("my-information", 10, &[0]).await;
        let page = anne.get(&results).await;
        let notice = section(&page.body, "Pupils who may need to talk", "</section>");
        assert!(notice.contains("4 answers from 5 pupils"), "{notice}");
        assert!(notice.contains("/teachers/disclosure?country=gb&amp;school=primary"), "with the card: {notice}");
        for pupil in &pupils {
            let handle = section(&pupil.get("/modules").await.body, "You are ", ", in class").to_owned();
            let handle = handle.trim_start_matches("You are ").to_owned();
            assert!(!notice.contains(&handle), "no pupil is named: {handle}");
        }
    }

    misconceptions_come_first_most_common_first_without_empty_rows => |db| {
        let router = db.router();
        let anne = teacher(&router, "misconceptions@school.example").await;
        let (class_id, class_code, codes) = class(&anne, 5).await;
        for (i, code) in codes.iter().enumerate() {
            let pupil = pupil(&router, &class_code, code).await;
            // Three give their real name as a username; all five think a photo can be taken back.
            let username = if i < 3 { 0 } else { 1 };
            pupil.answer("my-information", 1, &[username]).await;
            pupil.answer("my-information", 3, &[0]).await;
        }
        let page = anne.get(&format!("/teachers/classes/{class_id}/results")).await.body;
        let module = section(&page, "<h2 id=\"module-my-information\"", "</section>");
        let misconceptions = section(module, "Misconceptions", "<h3");
        let photo = misconceptions.find("take back a photo").expect("the photo misconception is shown");
        let username = misconceptions.find("real name or school").expect("the username one too");
        assert!(photo < username, "the most common comes first: {misconceptions}");
        assert!(misconceptions.contains("5 pupils out of 5") && misconceptions.contains("3 pupils out of 5"), "{misconceptions}");
        assert!(!misconceptions.contains("password"), "no row for what nobody showed: {misconceptions}");
        assert!(module.find("Misconceptions").unwrap() < module.find("Question 1:").unwrap(), "misconceptions first");
    }

    the_checklist_is_done_once_per_class_and_kind_of_module => |db| {
        let router = db.router();
        let anne = teacher(&router, "checklist@school.example").await;
        let (class_id, _, _) = class_of(&anne, 1, "11-13", "fr").await;
        let base = format!("/teachers/classes/{class_id}");
        let assign = |module: &str| format!("module={module}&due=");
        let first = anne.post(&format!("{base}/assignments"), &assign("how-manipulation-works")).await;
        assert!(first.header("location").contains("/assign/how-manipulation-works"), "the first sensitive module asks");
        let done = format!("{}&checklist=1&lead=1&rules=1&letter=1", assign("how-manipulation-works"));
        assert_eq!(anne.post(&format!("{base}/assignments"), &done).await.header("location"), format!("{base}#assignments"));
        let second = anne.post(&format!("{base}/assignments"), &assign("blackmail-with-pictures")).await;
        assert_eq!(second.header("location"), format!("{base}#assignments"), "the second module of the tier does not ask again");
        let final_test = anne.post(&format!("{base}/assignments"), &assign("final-11-13")).await;
        assert!(final_test.header("location").contains("/assign/final-11-13"), "the final test asks once more");
        let other = teacher(&router, "other@school.example").await;
        let (other_id, _, _) = class_of(&other, 1, "11-13", "fr").await;
        let theirs = other.post(&format!("/teachers/classes/{other_id}/assignments"), &assign("blackmail-with-pictures")).await;
        assert!(theirs.header("location").contains("/assign/"), "another class does its own checklist");
    }

    multiple_choice_feedback_names_the_options_missed => |db| {
        let router = db.router();
        let guest = Browser::new(&router);
        guest.answer("my-information", 2, &[0]).await;
        let page = guest.get("/modules/my-information/quiz/2").await.body;
        let verdict = section(&page, "id=\"verdict\"", "</section>");
        assert!(verdict.contains("Partly right"), "{verdict}");
        let missed = section(verdict, "You also needed to tick", "</ul>");
        assert!(missed.contains("A parent or carer."), "the right option missed is named: {missed}");
        assert!(!missed.contains("My best friend"), "a wrong one is not: {missed}");
    }

    a_certificate_asks_a_parent_to_sign_for_younger_pupils_and_a_teenager_to_sign_it_themselves => |db| {
        let router = db.router();
        let content = content();
        for (module, signature, not) in [
            ("final-8-10", "Signature of a parent or carer", "Your signature"),
            ("final-14-17", "Your signature", "parent or carer"),
        ] {
            let guest = Browser::new(&router);
            pass(&guest, &content, module).await;
            let issued = guest.post(&format!("/modules/{module}/permit"), "").await;
            let permit = guest.get(issued.header("location")).await.body;
            assert!(permit.contains(signature), "{module}: {permit}");
            assert!(!permit.contains(not), "{module}: {permit}");
        }
    }

    a_facilitator_guide_leads_to_each_class_letter => |db| {
        let router = db.router();
        let anne = teacher(&router, "letters@school.example").await;
        let (class_id, _, _) = class(&anne, 1).await;
        let guide = anne.get("/teachers/guides/my-body-my-pictures").await;
        let letter_path = format!("/teachers/classes/{class_id}/letter/my-body-my-pictures");
        assert!(guide.body.contains(&format!("href=\"{letter_path}\"")), "the guide links to the class's letter: {}", guide.body);
        let letter = anne.get(&letter_path).await.body;
        assert!(letter.contains("Dear parent or carer"), "{letter}");
        assert!(letter.contains("letter__date") && letter.contains("letter__sign-line"), "dated, with a signature line: {letter}");
        assert!(letter.contains("id=\"letter-school\""), "the school's name is typed at print time");
        let other = anne.get("/teachers/guides/my-information").await;
        assert!(!other.body.contains("/letter/"), "a module needing no letter offers none");
    }
}

/// On a phone, every number in the help pages is one tap away: the emergency
/// text and each service's hours, not only the buttons.
#[tokio::test]
async fn every_number_on_the_help_pages_is_a_call_link() {
    let db = common::TestDb::sqlite().await;
    let router = db.router();
    for path in ["/parents/help/fr", "/help/fr"] {
        let page = common::get(&router, path, &[("accept-language", "en")])
            .await
            .body;
        let urgent = section(&page, "callout--urgent", "</aside>");
        let text = section(urgent, "<p", "</p>");
        for number in ["17", "112", "999"] {
            assert!(
                text.contains(&format!("<a href=\"tel:{number}\">{number}</a>")),
                "{path}: {number} in {text}"
            );
        }
        assert!(
            page.contains("call <a href=\"tel:17\">17</a> or <a href=\"tel:112\">112</a>"),
            "{path}: a service's hours"
        );
        assert!(
            !page.contains("tel:8") && !page.contains("tel:10\""),
            "{path}: ages are not numbers to call"
        );
    }
    db.drop().await;
}
