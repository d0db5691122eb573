//! Attacks through the real router, on SQLite and PostgreSQL: forms posted
//! from another site, hostile and malformed input in every field of every
//! form, probing pupil codes, and what the logs keep of a pupil.

mod common;
use common::{codes_in, next_year, post_form, Browser, Captured};

/// Every form of the site, as routed.
fn all_forms() -> Vec<&'static str> {
    let mut forms: Vec<&str> = vec!["/lang"];
    for endpoints in [
        app::pages::course::endpoints(),
        app::pages::teachers::endpoints(),
        app::pages::join::endpoints(),
        app::pages::parents::endpoints(),
        app::pages::checkin::endpoints(),
        app::pages::live::endpoints(),
        app::pages::lti::endpoints(),
    ] {
        forms.extend(
            endpoints
                .list()
                .iter()
                .filter(|(method, _)| *method == "POST")
                .map(|(_, path)| *path),
        );
    }
    forms
}

fn fill(path: &str, class: &str, pupil: &str) -> String {
    path.replace("{class}", class)
        .replace("{pupil}", pupil)
        .replace("{module}", "my-information")
        .replace("{id}", "my-information")
        .replace("{n}", "1")
        .replace("{slug}", "first-message")
}

const FIELDS: &[&str] = &[
    "id_token",
    "state",
    "iss",
    "login_hint",
    "target_link_uri",
    "client_id",
    "name",
    "tier",
    "country",
    "year_end",
    "count",
    "label",
    "module",
    "due",
    "email",
    "password",
    "confirm",
    "current",
    "class_code",
    "personal_code",
    "option",
    "step",
    "choice",
    "open",
    "archived",
    "lang",
    "next",
    "checklist",
    "lead",
    "occasion",
    "code",
    "screen",
    "hands-0",
    "ka-info",
    "rules",
    "letter",
];

/// Values no form expects: empty, huge, malformed, hostile.
fn hostile_values() -> Vec<String> {
    vec![
        String::new(),
        "x".repeat(200_000),
        "%".into(),
        "%ZZ%00%FF".into(),
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E".into(),
        "'%20OR%201%3D1--".into(),
        "1%3B%20DROP%20TABLE%20pupils".into(),
        "%E2%80%AEevil".into(),
        "%EF%BC%A1%EF%BC%A2".into(),
        "-1".into(),
        "99999999999999999999999".into(),
        "2026-02-30".into(),
        "..%2F..%2Fetc%2Fpasswd".into(),
    ]
}

/// A teacher with a class of two pupils, open: (teacher, class id, class code, personal codes).
async fn class(router: &axum::Router) -> (Browser, String, String, Vec<String>) {
    let teacher = Browser::new(router);
    teacher
        .post(
            "/teachers/signup",
            "email=t@school.example&password=0123456789ab&confirm=0123456789ab",
        )
        .await;
    let created = teacher
        .post(
            "/teachers/classes",
            &format!("name=Year+6B&tier=8-10&country=gb&year_end={}", next_year()),
        )
        .await;
    let path = created.header("location").to_owned();
    teacher.post(&format!("{path}/pupils"), "count=2").await;
    let codes = codes_in(&teacher.get(&format!("{path}/cards")).await.body);
    teacher.post(&format!("{path}/session"), "open=1").await;
    let id = path.rsplit('/').next().unwrap().to_owned();
    (
        teacher,
        id,
        codes[0].clone(),
        vec![codes[1].clone(), codes[3].clone()],
    )
}

on_both_backends! {
    every_form_refuses_a_post_from_another_site => |db| {
        let router = db.router();
        let forms = all_forms();
        assert!(forms.len() >= 20, "{forms:?}");
        // A platform's login and launch come from the platform's page by design (their signed token is the proof).
        let platform_entries = app::pages::lti::CROSS_SITE_ENTRIES;
        for path in forms.into_iter().filter(|p| !platform_entries.contains(p)) {
            let path = fill(path, "some-class", "some-pupil");
            for header in [("sec-fetch-site", "cross-site"), ("origin", "https://evil.example")] {
                let page = post_form(&router, &path, "name=x", &[header]).await;
                assert_eq!(page.status, 403, "{path} with {header:?}");
            }
        }
    }

    hostile_input_in_every_field_of_every_form_never_breaks_anything => |db| {
        let router = db.router();
        let (teacher, class_id, class_code, codes) = class(&router).await;
        let pupil = Browser::new(&router);
        pupil.post("/join", &format!("class_code={class_code}&personal_code={}", codes[0])).await;
        let pupil_id: String = sqlx::query_scalar("SELECT id FROM pupils ORDER BY number LIMIT 1")
            .fetch_one(&db.db.pool).await.unwrap();
        let skip = ["/teachers/logout", "/leave", "/teachers/account/delete", "/teachers/classes/{class}/delete"];
        for path in all_forms().into_iter().filter(|p| !skip.contains(p)) {
            let path = fill(path, &class_id, &pupil_id);
            for value in hostile_values() {
                let body = FIELDS.iter().map(|f| format!("{f}={value}")).collect::<Vec<_>>().join("&");
                for (who, browser) in [("teacher", &teacher), ("pupil", &pupil)] {
                    let page = browser.post(&path, &body).await;
                    assert!(page.status.as_u16() < 500, "{who} {path} with {value:.30}: {}", page.status);
                }
            }
            for raw in ["&&&=", "=%", "a=%", "%%%%"] {
                let page = teacher.post(&path, raw).await;
                assert!(page.status.as_u16() < 500, "{path} with {raw}: {}", page.status);
            }
        }
        // What was accepted is shown as text, never as markup.
        let class_page = teacher.get(&format!("/teachers/classes/{class_id}")).await;
        assert_eq!(class_page.status, 200);
        assert!(!class_page.body.contains("<script>alert(1)"), "escaped");
        for path in [
            "/verify?code=%3Cscript%3Ealert(1)%3C/script%3E",
            "/modules/%3Cscript%3E",
            "/modules/my-information/quiz/99999999999999999999",
            "/modules/my-information/lessons/-1",
            "/teachers/classes/'%20OR%201=1--",
            "/teachers/classes/x/results",
            "/help/%00",
        ] {
            let page = teacher.get(path).await;
            assert!(page.status.as_u16() < 500, "{path}: {}", page.status);
            assert!(!page.body.contains("<script>alert(1)"), "{path}");
        }
    }

    pupil_codes_cannot_be_probed_and_logs_keep_no_pupil => |db| {
        let router = db.router();
        let (teacher, class_id, class_code, codes) = class(&router).await;
        let handle = {
            let page = teacher.get(&format!("/teachers/classes/{class_id}")).await;
            let at = page.body.find("<th scope=\"row\">").unwrap() + "<th scope=\"row\">".len();
            page.body[at..at + page.body[at..].find('<').unwrap()].to_owned()
        };
        let logs = Captured::default();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(logs.clone())
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .finish();
        let guard = tracing::subscriber::set_default(subscriber);
        let probe = Browser::new(&router);
        let mut wrong_class = vec![];
        let mut wrong_pupil = vec![];
        for _ in 0..15 {
            let start = std::time::Instant::now();
            probe.post("/join", &format!("class_code=AAAAAA&personal_code={}", codes[0])).await;
            wrong_class.push(start.elapsed());
            let start = std::time::Instant::now();
            probe.post("/join", &format!("class_code={class_code}&personal_code=AAAAAA")).await;
            wrong_pupil.push(start.elapsed());
        }
        let child = Browser::new(&router);
        child.post("/join", &format!("class_code={class_code}&personal_code={}", codes[1])).await;
        child.answer("my-information", 1, &[1]).await;
        child.get("/modules").await;
        child.get("/help").await;
        drop(guard);
        wrong_class.sort();
        wrong_pupil.sort();
        let (a, b) = (wrong_class[7].as_secs_f64(), wrong_pupil[7].as_secs_f64());
        assert!(a.max(b) < 3.0 * a.min(b) + 0.005, "median {a:.4}s against {b:.4}s");
        let logs = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
        assert!(logs.contains("POST"), "requests were logged: {logs:.400}");
        for secret in [class_code.as_str(), codes[0].as_str(), codes[1].as_str(), handle.as_str(), &class_code.replace('-', "")] {
            assert!(!logs.contains(secret), "the logs contain {secret}");
        }
        assert!(!logs.to_lowercase().contains("help"), "the logs name a help page");
    }

    behind_a_trusted_balancer_each_client_address_is_throttled_on_its_own => |db| {
        let mut settings = db.settings();
        settings.trust_forwarded_for = true;
        let content = server::content::open(&settings.content_dir()).unwrap();
        let router = server::startup::router(&settings, db.db.clone(), content);
        let login = |n: usize, from: &'static str| {
            let router = router.clone();
            async move {
                let form = format!("email=nobody{n}@school.example&password=wrong-password");
                let headers = [("sec-fetch-site", "same-origin"), ("x-forwarded-for", from)];
                let page = post_form(&router, "/teachers/login", &form, &headers).await;
                let cookie = page.header("set-cookie").split(';').next().unwrap_or_default().to_owned();
                common::get(&router, "/teachers/login", &[("cookie", cookie.as_str()), ("accept-language", "en")]).await.body
            }
        };
        for n in 0..30 {
            login(n, "198.51.100.7, 10.0.0.1").await;
        }
        assert!(login(31, "198.51.100.7, 10.0.0.1").await.contains("Too many attempts"), "the 31st failure from one address waits");
        assert!(login(32, "198.51.100.7, 10.0.0.2").await.contains("The email address or the password is wrong."), "another client is not held up");
    }
}
