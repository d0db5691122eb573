//! A guest follows a module to its end with plain forms, on both backends.

mod common;
use app::content::{ContentIndex, Module, Next, QuestionKind};
use app::i18n::Lang;
use common::{answer_with, get, post_form};

fn content() -> std::sync::Arc<ContentIndex> {
    let settings = server::config::Settings::for_database("sqlite://unused.db");
    server::content::open(&settings.content_dir())
        .expect("valid content")
        .get()
}

/// The choices that lead from the first step of a scenario to its end.
fn path_to_end(module: &Module, slug: &str) -> Vec<(usize, usize)> {
    let steps = &module.scenarios.iter().find(|s| s.slug == slug).unwrap().steps;
    let mut paths: Vec<Vec<(usize, usize)>> = vec![vec![]];
    let mut seen = std::collections::HashSet::from([0]);
    while !paths.is_empty() {
        let mut longer = vec![];
        for path in paths {
            let at = path.last().map_or(0, |&(step, choice)| {
                match steps[step].choose(choice, Lang::Fr).unwrap().1 {
                    Next::Step(next) => next,
                    Next::End => usize::MAX,
                }
            });
            if at == usize::MAX || steps[at].choices.is_empty() {
                return path;
            }
            for choice in 0..steps[at].choices.len() {
                let mut next = path.clone();
                next.push((at, choice));
                let target = steps[at].choose(choice, Lang::Fr).unwrap().1;
                if matches!(target, Next::End) || matches!(target, Next::Step(s) if seen.insert(s)) {
                    longer.push(next);
                }
            }
        }
        paths = longer;
    }
    panic!("no way to the end of {slug}")
}

on_both_backends! {
    a_guest_follows_a_module_to_its_end_with_a_wrong_then_right_answer => |db| {
        let router = db.router();
        let content = content();
        let module = content.module("my-information").unwrap();
        let base = "/modules/my-information";
        let same_site = [("sec-fetch-site", "same-origin")];
        // The first form starts the session; every later request carries its cookie.
        let first = post_form(&router, &format!("{base}/lessons/1/done"), "", &same_site).await;
        assert_eq!(first.status, 303);
        assert_eq!(first.header("location"), format!("{base}/lessons/2"));
        let cookie = first.header("set-cookie").split(';').next().unwrap().to_owned();
        let headers = [("cookie", cookie.as_str()), ("sec-fetch-site", "same-origin"), ("accept-language", "en")];

        for n in 2..=module.lessons.len() {
            let page = get(&router, &format!("{base}/lessons/{n}"), &headers).await;
            assert_eq!(page.status, 200);
            post_form(&router, &format!("{base}/lessons/{n}/done"), "", &headers).await;
        }
        for scenario in &module.scenarios {
            let url = format!("{base}/scenarios/{}", scenario.slug);
            for (step, choice) in path_to_end(module, &scenario.slug) {
                let moved = post_form(&router, &format!("{url}/choose"), &format!("step={step}&choice={choice}"), &headers).await;
                assert_eq!(moved.header("location"), url);
            }
            let end = get(&router, &url, &headers).await;
            assert!(end.body.contains("End of the story"), "{}", end.body);
        }
        let questions = &module.quiz.as_ref().unwrap().questions;
        for (i, question) in questions.iter().enumerate() {
            let url = format!("{base}/quiz/{}", i + 1);
            let before = get(&router, &url, &headers).await;
            let some_option = question.grade(&[0], Lang::En).unwrap_or_else(|| question.grade(&[0, 1], Lang::En).unwrap());
            for (_, _, feedback) in &some_option.feedback {
                assert!(!before.body.contains(feedback.as_str()), "feedback shown before the answer on {url}");
            }
            let right = some_option.right_options.clone();
            if i == 0 {
                let wrong = (0..question.option_count()).find(|o| !right.contains(o)).unwrap();
                answer_with(&router, &headers, &module.id, i + 1, &[wrong]).await;
                let page = get(&router, &url, &headers).await;
                assert!(page.body.contains("Not quite") && page.body.contains("Try again"), "{}", page.body);
            }
            let answer = if question.kind == QuestionKind::Attitude { vec![0] } else { right };
            answer_with(&router, &headers, &module.id, i + 1, &answer).await;
            let page = get(&router, &url, &headers).await;
            let verdict = if question.kind == QuestionKind::Attitude { "Thank you for your answer" } else { "That&#x27;s right!" };
            assert!(page.body.contains(verdict) || page.body.contains("That's right!"), "{url}: {}", page.body);
        }
        let result = get(&router, &format!("{base}/result"), &headers).await;
        let graded = questions.iter().filter(|q| q.kind != QuestionKind::Attitude).count();
        assert!(result.body.contains(&format!("{} out of {graded} right first time", graded - 1)), "{}", result.body);
        let overview = get(&router, base, &headers).await;
        assert!(!overview.body.contains("Start<"), "the overview offers to carry on, not to start");
    }

    every_module_and_final_test_can_be_completed_and_passed => |db| {
        let router = db.router();
        let content = content();
        assert_eq!(content.modules().len(), 17, "fourteen modules and three final tests");
        let first = post_form(&router, "/modules/my-information/lessons/1/done", "", &[("sec-fetch-site", "same-origin")]).await;
        let cookie = first.header("set-cookie").split(';').next().unwrap().to_owned();
        let headers = [("cookie", cookie.as_str()), ("sec-fetch-site", "same-origin"), ("accept-language", "fr")];
        for module in content.modules() {
            let base = format!("/modules/{}", module.id);
            for n in 1..=module.lessons.len() {
                assert_eq!(get(&router, &format!("{base}/lessons/{n}"), &headers).await.status, 200);
                post_form(&router, &format!("{base}/lessons/{n}/done"), "", &headers).await;
            }
            for scenario in &module.scenarios {
                for (step, choice) in path_to_end(module, &scenario.slug) {
                    let url = format!("{base}/scenarios/{}/choose", scenario.slug);
                    post_form(&router, &url, &format!("step={step}&choice={choice}"), &headers).await;
                }
                let end = get(&router, &format!("{base}/scenarios/{}", scenario.slug), &headers).await;
                assert!(end.body.contains("Fin de la situation."), "{} {}", module.id, scenario.slug);
            }
            for (i, question) in module.quiz.as_ref().unwrap().questions.iter().enumerate() {
                let probe = question.grade(&[0], Lang::Fr).or_else(|| question.grade(&[0, 1], Lang::Fr)).unwrap();
                let answer = if question.kind == QuestionKind::Attitude { vec![0] } else { probe.right_options };
                answer_with(&router, &headers, &module.id, i + 1, &answer).await;
            }
            let result = get(&router, &format!("{base}/result"), &headers).await;
            assert!(result.body.contains("Bravo, tu as réussi ce module"), "{}: {}", module.id, result.body);
        }
    }

    an_empty_or_hostile_answer_gets_a_clear_message_and_changes_nothing => |db| {
        let router = db.router();
        let same_site = [("sec-fetch-site", "same-origin")];
        for body in ["", "option=", "option=99", "option=-1", "option=%3Cscript%3E", "option=0&option=1"] {
            let page = post_form(&router, "/modules/my-information/quiz/1/answer", body, &same_site).await;
            assert_eq!(page.status, 303, "{body}");
            assert_eq!(page.header("location"), "/modules/my-information/quiz/1?error=choose", "{body}");
        }
        let page = get(&router, "/modules/my-information/quiz/1?error=choose", &[("accept-language", "en")]).await;
        assert!(page.body.contains("Choose at least one answer before checking"));
        for url in ["/modules/nope/quiz/1/answer", "/modules/my-information/quiz/0/answer", "/modules/my-information/lessons/99/done"] {
            let page = post_form(&router, url, "option=0", &same_site).await;
            assert_eq!(page.status, 303, "{url}");
            assert_eq!(page.header("location"), "/modules");
        }
    }
}
