//! Live sessions through the real router, on SQLite and PostgreSQL: a
//! presenter starts a session, devices join with its code and answer once,
//! the event stream follows the presenter without an answer key, and only
//! the presenter controls the session.

mod common;
use common::school::{class, teacher};
use common::Browser;

/// The 6 digits shown on the projector.
fn code_in(page: &str) -> String {
    let at = page.find("class=\"live-code\">").expect("the code") + "class=\"live-code\">".len();
    page[at..]
        .chars()
        .take_while(|c| *c != '<')
        .filter(char::is_ascii_digit)
        .collect()
}

/// The session's id, from the projector's address.
async fn start(presenter: &Browser, module: &str) -> (String, String) {
    let started = presenter
        .post("/teachers/live", &format!("module={module}&class="))
        .await;
    let path = started.header("location").to_owned();
    assert!(path.starts_with("/teachers/live/"), "{path}");
    let page = presenter.get(&path).await;
    assert_eq!(page.status, 200, "{}", page.body);
    (path.rsplit('/').next().unwrap().to_owned(), code_in(&page.body))
}

/// The first screen of my-information that is a quiz question.
fn first_question() -> i64 {
    let module = common::bundled_content().module("my-information").unwrap();
    (module.lessons.len() + module.scenarios.len()) as i64
}

on_both_backends! {
    a_room_joins_answers_once_and_the_presenter_reveals => |db| {
        let router = db.router();
        let presenter = teacher(&router, "p@example.org").await;
        let (id, code) = start(&presenter, "my-information").await;
        assert_eq!(code.len(), 6);
        let device = Browser::new(&router);
        let wrong = device.post("/live", "code=000000").await;
        assert_eq!(wrong.header("location"), "/live");
        let joined = device.post("/live", &format!("code={code}")).await;
        assert_eq!(joined.header("location"), format!("/live/{id}"));
        // A lesson first: no form.
        let lesson = device.get(&format!("/live/{id}")).await.body;
        assert!(!lesson.contains("name=\"option\""), "{lesson}");
        let question = first_question();
        presenter.post(&format!("/teachers/live/{id}/show"), &format!("screen={question}")).await;
        let page = device.get(&format!("/live/{id}")).await.body;
        assert!(page.contains("name=\"option\""), "{page}");
        assert!(!page.contains("right answer") && !page.contains("live-option--right"), "no key before the reveal");
        let sent = device.post(&format!("/live/{id}/answer"), &format!("screen={question}&option=0")).await;
        assert_eq!(sent.header("location"), format!("/live/{id}"));
        device.post(&format!("/live/{id}/answer"), &format!("screen={question}&option=1")).await;
        let projector = presenter.get(&format!("/teachers/live/{id}")).await.body;
        assert!(projector.contains("<span id=\"live-answered\">1</span>"), "one answer, once: {projector}");
        presenter.post(&format!("/teachers/live/{id}/reveal"), "").await;
        let revealed = presenter.get(&format!("/teachers/live/{id}")).await.body;
        assert!(revealed.contains("live-option--right"), "{revealed}");
        let report = presenter.get(&format!("/teachers/live/{id}/report")).await.body;
        assert!(report.contains("1 answer"), "{report}");
        // Another teacher controls nothing and sees nothing.
        let other = teacher(&router, "q@example.org").await;
        other.post(&format!("/teachers/live/{id}/show"), "screen=0").await;
        assert_eq!(other.get(&format!("/teachers/live/{id}")).await.status, 404);
        let still: i64 = sqlx::query_scalar("SELECT screen FROM live_sessions").fetch_one(&db.db.pool).await.unwrap();
        assert_eq!(still, question);
        // Ended: the code joins nothing.
        presenter.post(&format!("/teachers/live/{id}/end"), "").await;
        let late = Browser::new(&router);
        assert_eq!(late.post("/live", &format!("code={code}")).await.header("location"), "/live");
        // Nothing says who chose what.
        let stored: Vec<String> = sqlx::query_scalar("SELECT participant FROM live_answered").fetch_all(&db.db.pool).await.unwrap();
        assert_eq!(stored.len(), 1);
    }

    a_show_of_hands_needs_no_device => |db| {
        let router = db.router();
        let presenter = teacher(&router, "p@example.org").await;
        let (id, _) = start(&presenter, "my-information").await;
        let question = first_question();
        presenter.post(&format!("/teachers/live/{id}/show"), &format!("screen={question}")).await;
        let bad = presenter.post(&format!("/teachers/live/{id}/hands"), "hands-0=-3").await;
        assert_eq!(bad.header("location"), format!("/teachers/live/{id}"));
        let options = common::bundled_content().module("my-information").unwrap().quiz.as_ref().unwrap().questions[0].option_count();
        let form: Vec<String> = (0..options).map(|i| format!("hands-{i}={}", 3 + i)).collect();
        presenter.post(&format!("/teachers/live/{id}/hands"), &form.join("&")).await;
        let page = presenter.get(&format!("/teachers/live/{id}")).await.body;
        assert!(page.contains("<strong>3</strong>") && page.contains("live-option--right"), "{page}");
    }

    the_event_stream_follows_the_presenter_without_a_key => |db| {
        use futures::StreamExt;
        let router = db.router();
        let presenter = teacher(&router, "p@example.org").await;
        let (id, _) = start(&presenter, "my-information").await;
        let request = http::Request::get(format!("/live/{id}/events")).body(axum::body::Body::empty()).unwrap();
        let response = tower::ServiceExt::oneshot(router.clone(), request).await.unwrap();
        assert_eq!(response.headers()["content-type"], "text/event-stream");
        let mut body = response.into_body().into_data_stream();
        presenter.post(&format!("/teachers/live/{id}/show"), "screen=1").await;
        let frame = tokio::time::timeout(std::time::Duration::from_secs(2), body.next()).await;
        let bytes = frame.expect("an event within 2 s").unwrap().unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("event: moved") && text.contains(&format!("data: {id}:1:0:0:0")), "{text}");
    }

    a_class_sees_its_live_session_on_its_results_hidden_below_five => |db| {
        let router = db.router();
        let presenter = teacher(&router, "p@example.org").await;
        let (class_id, _, _) = class(&presenter, 1).await;
        let started = presenter.post("/teachers/live", &format!("module=my-information&class={class_id}")).await;
        let id = started.header("location").rsplit('/').next().unwrap().to_owned();
        let code = code_in(&presenter.get(&format!("/teachers/live/{id}")).await.body);
        let question = first_question();
        presenter.post(&format!("/teachers/live/{id}/show"), &format!("screen={question}")).await;
        let results = |n: usize| format!("/teachers/classes/{class_id}/results#{n}");
        for n in 0..5 {
            let device = Browser::new(&router);
            device.post("/live", &format!("code={code}")).await;
            device.post(&format!("/live/{id}/answer"), &format!("screen={question}&option=0")).await;
            let page = presenter.get(&results(n)).await.body;
            assert!(page.contains("Live session"), "{page}");
            if n < 4 {
                assert!(page.contains("hidden (fewer than 5 answers)"), "{n}: {page}");
            } else {
                assert!(page.contains("5 answers") && page.contains("100 %"), "{page}");
            }
        }
    }
}
