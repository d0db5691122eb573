//! The teacher's side through the real router, on SQLite and PostgreSQL: a
//! class from sign-up to results, every endpoint tried by whoever may not use
//! it, deletion that leaves no trace, and throttled codes and logins.

mod common;
use app::db::Db;
use common::school::{class, pupil, teacher, PASSWORD};
use common::Browser;
use sqlx::Row;

/// Every row of every table but sessions and throttling, as text.
async fn snapshot(db: &Db) -> Vec<String> {
    let mut rows = vec![];
    for table in [
        "teachers",
        "classes",
        "pupils",
        "assignments",
        "safeguarding_checks",
        "pupil_progress",
        "answers",
        "permits",
        "checkin_occasions",
        "checkin_answers",
        "live_sessions",
        "live_answered",
        "live_tallies",
    ] {
        for row in sqlx::query(&format!("SELECT * FROM {table}"))
            .fetch_all(&db.pool)
            .await
            .unwrap()
        {
            let values: Vec<String> = (0..row.columns().len())
                .map(|i| {
                    row.try_get::<Option<String>, _>(i)
                        .map(|v| format!("{v:?}"))
                        .or_else(|_| row.try_get::<Option<i64>, _>(i).map(|v| format!("{v:?}")))
                        .unwrap_or_default()
                })
                .collect();
            rows.push(format!("{table}: {}", values.join(" | ")));
        }
    }
    rows.sort();
    rows
}

/// Every table of the database and its columns.
async fn tables(db: &Db) -> Vec<(String, Vec<String>)> {
    let names: Vec<String> = match db.backend {
        app::db::Backend::Sqlite => sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
        ),
        app::db::Backend::Postgres => sqlx::query_scalar(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%'",
        ),
    }
    .fetch_all(&db.pool)
    .await
    .unwrap();
    let mut tables = vec![];
    for name in names {
        let columns: Vec<String> = match db.backend {
            app::db::Backend::Sqlite => sqlx::query_scalar("SELECT name FROM pragma_table_info($1)"),
            app::db::Backend::Postgres => sqlx::query_scalar(
                "SELECT column_name::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
            ),
        }
        .bind(&name)
        .fetch_all(&db.pool)
        .await
        .unwrap();
        tables.push((name, columns));
    }
    tables
}

/// Forms of a class: (path, a valid body). Every one must be refused to others.
const CLASS_FORMS: &[(&str, &str)] = &[
    ("/teachers/classes/{class}/rename", "name=Taken"),
    ("/teachers/classes/{class}/archive", "archived=1"),
    ("/teachers/classes/{class}/delete", "confirm=1"),
    ("/teachers/classes/{class}/session", "open=0"),
    ("/teachers/classes/{class}/pupils", "count=3"),
    ("/teachers/classes/{class}/pupils/{pupil}/label", "label=Taken"),
    ("/teachers/classes/{class}/pupils/{pupil}/reset", ""),
    ("/teachers/classes/{class}/cards/forget", ""),
    (
        "/teachers/classes/{class}/assignments",
        "module=behind-the-screen",
    ),
    ("/teachers/classes/{class}/assignments/{module}/remove", ""),
    ("/teachers/classes/{class}/checkins/open", "occasion=before"),
    ("/teachers/classes/{class}/checkins/close", ""),
];
/// Forms of a live session: refused to anyone but its presenter.
const LIVE_FORMS: &[(&str, &str)] = &[
    ("/teachers/live/{id}/show", "screen=1"),
    ("/teachers/live/{id}/reveal", ""),
    ("/teachers/live/{id}/hands", "hands-0=1"),
    ("/teachers/live/{id}/end", ""),
];
/// Downloads of a class.
const CLASS_DOWNLOADS: &[&str] = &["/teachers/classes/{class}/export.csv"];
/// Forms of a teacher's own account: refused to pupils and strangers.
const ACCOUNT_FORMS: &[(&str, &str)] = &[
    (
        "/teachers/classes",
        "name=Taken&tier=8-10&country=fr&year_end=2099-01-01",
    ),
    (
        "/teachers/account/password",
        "current=x&password=0123456789&confirm=0123456789",
    ),
    ("/teachers/account/delete", "current=x"),
    ("/teachers/live", "module=my-information&class="),
];
/// Downloads of a teacher's own account: refused to pupils and strangers.
const ACCOUNT_DOWNLOADS: &[&str] = &["/teachers/account/export.json"];
/// Forms anyone may use.
const PUBLIC_FORMS: &[&str] = &[
    "/teachers/signup",
    "/teachers/login",
    "/teachers/logout",
    "/join",
    "/leave",
];
/// Pages of a class, and pages of any signed-in teacher.
const CLASS_PAGES: &[&str] = &[
    "/teachers/classes/:class",
    "/teachers/classes/:class/cards",
    "/teachers/classes/:class/results",
    "/teachers/classes/:class/impact",
    "/teachers/classes/:class/assign/:module",
    "/teachers/classes/:class/letter/:module",
    "/teachers/classes/:class/join-screen",
    "/teachers/classes/:class/pupils/:pupil/reset",
];
const TEACHER_PAGES: &[&str] = &[
    "/teachers/account",
    "/teachers/live",
    "/teachers/classes",
    "/teachers/guides/:module",
];
/// Pages of a live session: its presenter's only.
const LIVE_PAGES: &[&str] = &["/teachers/live/:id", "/teachers/live/:id/report"];
const PUBLIC_TEACHER_PAGES: &[&str] = &[
    "/teachers",
    "/teachers/signup",
    "/teachers/login",
    "/teachers/disclosure",
];

fn fill(path: &str, class: &str, pupil: &str) -> String {
    path.replace("{class}", class)
        .replace(":class", class)
        .replace("{pupil}", pupil)
        .replace(":pupil", pupil)
        .replace("{module}", "my-information")
        .replace(":module", "intimate-pictures")
}

#[test]
fn the_access_tests_cover_every_endpoint_and_page() {
    let mut listed: Vec<&str> = app::pages::teachers::endpoints()
        .list()
        .iter()
        .map(|(_, p)| *p)
        .collect();
    listed.extend(app::pages::join::endpoints().list().iter().map(|(_, p)| *p));
    for path in listed {
        let covered = CLASS_FORMS.iter().any(|(p, _)| *p == path)
            || CLASS_DOWNLOADS.contains(&path)
            || ACCOUNT_FORMS.iter().any(|(p, _)| *p == path)
            || ACCOUNT_DOWNLOADS.contains(&path)
            || LIVE_FORMS.iter().any(|(p, _)| *p == path)
            || PUBLIC_FORMS.contains(&path);
        assert!(covered, "{path} is not tried by the access tests");
    }
    for route in leptos_axum::generate_route_list(app::App) {
        // Routes come in axum's syntax (`{class}`); the lists use Leptos' (`:class`).
        let path = route.path().replace('{', ":").replace('}', "");
        if path.starts_with("/teachers") {
            let covered = CLASS_PAGES.contains(&path.as_str())
                || LIVE_PAGES.contains(&path.as_str())
                || TEACHER_PAGES.contains(&path.as_str())
                || PUBLIC_TEACHER_PAGES.contains(&path.as_str());
            assert!(covered, "page {path} is not tried by the access tests");
        }
    }
}

on_both_backends! {
    a_teacher_runs_a_class_and_sees_its_results => |db| {
        let router = db.router();
        let anne = teacher(&router, "anne@school.example").await;
        let (class_id, class_code, codes) = class(&anne, 6).await;
        let base = format!("/teachers/classes/{class_id}");

        // A sensitive module goes through the checklist first.
        let asked = anne.post(&format!("{base}/assignments"), "module=my-body-my-pictures&due=").await;
        assert!(asked.header("location").starts_with(&format!("{base}/assign/my-body-my-pictures")), "{}", asked.header("location"));
        let checklist = anne.get(asked.header("location")).await;
        assert!(checklist.body.contains("safeguarding lead"), "{}", checklist.body);
        let half = anne.post(&format!("{base}/assignments"), "module=my-body-my-pictures&checklist=1&lead=1").await;
        assert!(half.header("location").contains("/assign/"));
        let done = anne.post(&format!("{base}/assignments"), "module=my-body-my-pictures&checklist=1&lead=1&rules=1&letter=1").await;
        assert_eq!(done.header("location"), format!("{base}#assignments"));
        let letter = anne.get(&format!("{base}/letter/my-body-my-pictures")).await;
        assert!(letter.body.contains("Dear parent or carer"), "a UK class gets its letter in English");

        // Four pupils answer the first question: per-question figures stay hidden.
        let mut pupils = vec![];
        for code in &codes[..5] {
            pupils.push(pupil(&router, &class_code, code).await);
        }
        let catalogue = pupils[0].get("/modules").await;
        assert!(catalogue.body.contains("Set by your teacher"), "{}", catalogue.body);
        for (i, pupil) in pupils.iter().enumerate().take(4) {
            let answered = pupil.answer("my-information", 1, &[i % 2]).await;
            assert_eq!(answered.header("location"), "/modules/my-information/quiz/1");
        }
        let results = anne.get(&format!("{base}/results")).await;
        assert_eq!(results.status, 200);
        assert!(results.body.contains("Some figures below are hidden"), "{}", results.body);
        assert!(!results.body.contains("pupils answered (first attempts)"), "no question shows its figures");
        // One notice for each of the two modules assigned, not one per question.
        assert_eq!(results.body.matches("Some figures below are hidden").count(), 2, "one notice per module");
        // The fifth shows them.
        pupils[4].answer("my-information", 1, &[1]).await;
        let results = anne.get(&format!("{base}/results")).await;
        assert!(results.body.contains("5 pupils answered"), "{}", results.body);
        assert!(results.body.contains("60 %") && results.body.contains("40 %"), "3 of 5 chose the second option");
        // A pupil resumes where they were after closing the browser: a new browser, the same card.
        let again = pupil(&router, &class_code, &codes[0]).await;
        let question = again.get("/modules/my-information/quiz/1").await;
        assert!(question.body.contains("feedback"), "the answer given before is still there");
        // The export names pupils by handle.
        let csv = anne.get(&format!("{base}/export.csv")).await;
        assert_eq!(csv.header("content-type"), "text/csv; charset=utf-8");
        assert_eq!(csv.body.lines().count(), 1 + 6 * 2, "{}", csv.body);
        let everything = anne.get("/teachers/account/export.json").await;
        let data: serde_json::Value = serde_json::from_str(&everything.body).unwrap();
        assert_eq!(data["account"]["email"], "anne@school.example");
        assert_eq!(data["classes"][0]["pupils"].as_array().unwrap().len(), 6);
        assert!(data["classes"][0]["answers"].as_array().unwrap().len() >= 5);
    }

    every_class_endpoint_refuses_other_teachers_pupils_and_strangers => |db| {
        let router = db.router();
        let anne = teacher(&router, "anne@school.example").await;
        let (class_id, class_code, codes) = class(&anne, 2).await;
        let pupil_id: String = sqlx::query_scalar("SELECT id FROM pupils ORDER BY number LIMIT 1")
            .fetch_one(&db.db.pool).await.unwrap();
        let ben = teacher(&router, "ben@school.example").await;
        let child = pupil(&router, &class_code, &codes[0]).await;
        let stranger = Browser::new(&router);
        let started = anne.post("/teachers/live", "module=my-information&class=").await;
        let live_id = started.header("location").rsplit('/').next().unwrap().to_owned();
        let before = snapshot(&db.db).await;

        for (path, body) in LIVE_FORMS {
            let path = path.replace("{id}", &live_id);
            assert_eq!(ben.post(&path, body).await.header("location"), "/teachers/live", "ben: {path}");
            for (who, browser) in [("pupil", &child), ("stranger", &stranger)] {
                assert_eq!(browser.post(&path, body).await.header("location"), "/teachers/login", "{who}: {path}");
            }
        }
        for path in LIVE_PAGES {
            let path = path.replace(":id", &live_id);
            assert_eq!(ben.get(&path).await.status, 404, "ben: {path}");
            for browser in [&child, &stranger] {
                assert_eq!(browser.get(&path).await.header("location"), "/teachers/login", "{path}");
            }
        }
        for (path, body) in CLASS_FORMS {
            let path = fill(path, &class_id, &pupil_id);
            let refused = ben.post(&path, body).await;
            assert_eq!((refused.status.as_u16(), refused.header("location")), (303, "/teachers/classes"), "ben: {path}");
            for (who, browser) in [("pupil", &child), ("stranger", &stranger)] {
                let refused = browser.post(&path, body).await;
                assert_eq!((refused.status.as_u16(), refused.header("location")), (303, "/teachers/login"), "{who}: {path}");
            }
        }
        for (path, body) in ACCOUNT_FORMS {
            for (who, browser) in [("pupil", &child), ("stranger", &stranger)] {
                let refused = browser.post(path, body).await;
                assert_eq!((refused.status.as_u16(), refused.header("location")), (303, "/teachers/login"), "{who}: {path}");
            }
        }
        for path in ACCOUNT_DOWNLOADS {
            for browser in [&child, &stranger] {
                assert_eq!(browser.get(path).await.header("location"), "/teachers/login", "{path}");
            }
            let own = ben.get(path).await;
            assert!(own.body.contains("ben@school.example") && !own.body.contains("Year 6B"), "ben gets only his own");
        }
        for path in CLASS_DOWNLOADS {
            let path = fill(path, &class_id, &pupil_id);
            assert_eq!(ben.get(&path).await.status, 404, "ben: {path}");
            for browser in [&child, &stranger] {
                assert_eq!(browser.get(&path).await.header("location"), "/teachers/login", "{path}");
            }
        }
        for path in CLASS_PAGES {
            let path = fill(path, &class_id, &pupil_id);
            let page = ben.get(&path).await;
            assert_eq!(page.status, 404, "ben: {path}");
            assert!(!page.body.contains(&class_code) && !page.body.contains("Year 6B"), "ben: {path}");
        }
        for path in CLASS_PAGES.iter().chain(TEACHER_PAGES) {
            let path = fill(path, &class_id, &pupil_id);
            for (who, browser) in [("pupil", &child), ("stranger", &stranger)] {
                let page = browser.get(&path).await;
                assert_eq!(page.header("location"), "/teachers/login", "{who}: {path}");
                assert!(!page.body.contains(&class_code), "{who}: {path}");
            }
        }
        assert_eq!(snapshot(&db.db).await, before, "nothing changed");
        // Anne herself may: the same requests work for her.
        assert_eq!(anne.get(&format!("/teachers/classes/{class_id}")).await.status, 200);
    }

    deleting_a_class_leaves_no_row_about_its_pupils => |db| {
        let router = db.router();
        let anne = teacher(&router, "anne@school.example").await;
        let (class_id, class_code, codes) = class(&anne, 3).await;
        let base = format!("/teachers/classes/{class_id}");
        anne.post(&format!("{base}/assignments"), "module=my-information").await;
        anne.post(&format!("{base}/checkins/open"), "occasion=before").await;
        for code in &codes {
            let child = pupil(&router, &class_code, code).await;
            child.post("/modules/my-information/lessons/1/done", "").await;
            child.answer("my-information", 1, &[1]).await;
            let form = common::school::checkin_answers(app::checkins::Occasion::Before, true, 1);
            assert_eq!(child.post("/checkin", &form).await.header("location"), "/modules");
        }
        let pupil_ids: Vec<String> = sqlx::query_scalar("SELECT id FROM pupils").fetch_all(&db.db.pool).await.unwrap();
        assert_eq!(pupil_ids.len(), 3);
        let answers: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM answers").fetch_one(&db.db.pool).await.unwrap();
        assert_eq!(answers, 3);

        let refused = anne.post(&format!("{base}/delete"), "").await;
        assert_eq!(refused.header("location"), base, "deleting needs the confirmation box");
        let deleted = anne.post(&format!("{base}/delete"), "confirm=1").await;
        assert_eq!(deleted.header("location"), "/teachers/classes");

        let mut ids = pupil_ids.clone();
        ids.push(class_id.clone());
        for (table, columns) in tables(&db.db).await {
            for column in columns {
                for id in &ids {
                    let sql = format!("SELECT COUNT(*) FROM {table} WHERE CAST({column} AS TEXT) LIKE $1");
                    let found: i64 = sqlx::query_scalar(&sql).bind(format!("%{id}%")).fetch_one(&db.db.pool).await.unwrap();
                    assert_eq!(found, 0, "{table}.{column} still refers to {id}");
                }
            }
        }
        for table in ["checkin_occasions", "checkin_answers"] {
            let left: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&db.db.pool).await.unwrap();
            assert_eq!(left, 0, "{table} keeps nothing of the class");
        }
        assert_eq!(anne.get(&base).await.status, 404);
    }

    wrong_codes_get_one_message_and_are_throttled => |db| {
        let router = db.router();
        let anne = teacher(&router, "anne@school.example").await;
        let (_, class_code, codes) = class(&anne, 1).await;
        let child = Browser::new(&router);
        // A wrong class code and a wrong personal code read the same.
        let wrong_class = child.post("/join", &format!("class_code=AAAAAA&personal_code={}", codes[0])).await;
        assert_eq!(wrong_class.header("location"), "/join");
        let message_a = child.get("/join").await.body;
        child.post("/join", &format!("class_code={class_code}&personal_code=AAAAAA")).await;
        let message_b = child.get("/join").await.body;
        assert!(message_a.contains("These codes do not match any card"), "{message_a}");
        assert!(message_b.contains("These codes do not match any card"));
        // Empty, huge and hostile codes get the same message, never an error.
        for body in ["", "class_code=&personal_code=", &format!("class_code={}", "A".repeat(100_000)), "class_code=%3Cscript%3E&personal_code='%20OR%201=1--"] {
            let page = child.post("/join", body).await;
            assert_eq!(page.status, 303, "{body:.40}");
        }
        // Guessing a class's codes is stopped after 40 failures in 15 minutes, even with the right codes.
        for n in 0..40 {
            child.post("/join", &format!("class_code={class_code}&personal_code=CCCC{:02}", n % 90)).await;
        }
        let blocked = child.post("/join", &format!("class_code={class_code}&personal_code={}", codes[0])).await;
        assert_eq!(blocked.header("location"), "/join");
        assert!(child.get("/join").await.body.contains("too many tries"));
    }

    teacher_logins_are_throttled_and_reveal_no_email => |db| {
        let router = db.router();
        teacher(&router, "anne@school.example").await;
        let visitor = Browser::new(&router);
        visitor.post("/teachers/login", "email=anne@school.example&password=wrong-password").await;
        let known = visitor.get("/teachers/login").await.body;
        visitor.post("/teachers/login", "email=nobody@school.example&password=wrong-password").await;
        let unknown = visitor.get("/teachers/login").await.body;
        assert!(known.contains("The email address or the password is wrong."));
        assert!(unknown.contains("The email address or the password is wrong."));
        for _ in 0..4 {
            visitor.post("/teachers/login", "email=anne@school.example&password=wrong-password").await;
        }
        let right = visitor.post("/teachers/login", &format!("email=anne@school.example&password={PASSWORD}")).await;
        assert_eq!(right.header("location"), "/teachers/login", "5 failures lock the account for 15 minutes");
        assert!(visitor.get("/teachers/login").await.body.contains("Too many attempts"));
        let hash: String = sqlx::query_scalar("SELECT password_hash FROM teachers").fetch_one(&db.db.pool).await.unwrap();
        assert!(hash.starts_with("$argon2id$"));
    }

    sign_ups_are_throttled_per_address => |db| {
        let router = db.router();
        let visitor = Browser::new(&router);
        let limit = app::web::throttle::Scope::SignupAddress.limit();
        for n in 0..limit {
            let made = visitor
                .post("/teachers/signup", &format!("email=t{n}@school.example&password={PASSWORD}&confirm={PASSWORD}"))
                .await;
            assert_eq!(made.header("location"), "/teachers/classes", "sign-up {n} is allowed");
            visitor.post("/teachers/logout", "").await;
        }
        let refused = visitor
            .post("/teachers/signup", &format!("email=one-more@school.example&password={PASSWORD}&confirm={PASSWORD}"))
            .await;
        assert_eq!(refused.header("location"), "/teachers/signup");
        assert!(visitor.get("/teachers/signup").await.body.contains("Too many attempts"));
        let teachers: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM teachers").fetch_one(&db.db.pool).await.unwrap();
        assert_eq!(teachers, limit, "no account past the limit");
    }

    classes_past_their_school_year_are_purged_after_a_warning => |db| {
        let router = db.router();
        let anne = teacher(&router, "anne@school.example").await;
        let (class_id, class_code, codes) = class(&anne, 2).await;
        let child = pupil(&router, &class_code, &codes[0]).await;
        child.answer("my-information", 1, &[1]).await;
        let days = |offset: i64| app::dates::iso_from_days(app::dates::today() + offset);
        sqlx::query("UPDATE classes SET year_end = $1").bind(days(20)).execute(&db.db.pool).await.unwrap();
        let page = anne.get(&format!("/teachers/classes/{class_id}")).await;
        assert!(page.body.contains("will be deleted after"), "{}", page.body);
        assert_eq!(server::housekeeping::run_once(&db.db).await.unwrap(), 0, "not yet");
        sqlx::query("UPDATE classes SET year_end = $1").bind(days(-1)).execute(&db.db.pool).await.unwrap();
        assert_eq!(server::housekeeping::run_once(&db.db).await.unwrap(), 1);
        for table in ["classes", "pupils", "answers", "pupil_progress"] {
            let rows: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&db.db.pool).await.unwrap();
            assert_eq!(rows, 0, "{table}");
        }
        assert!(!child.get("/join").await.body.contains("You are"), "the pupil is signed out");
    }

    changing_the_password_ends_every_other_session => |db| {
        let router = db.router();
        let anne = teacher(&router, "anne@school.example").await;
        let elsewhere = Browser::new(&router);
        elsewhere.post("/teachers/login", &format!("email=anne@school.example&password={PASSWORD}")).await;
        assert_eq!(elsewhere.get("/teachers/account").await.status, 200);
        let changed = anne
            .post("/teachers/account/password", &format!("current={PASSWORD}&password=another+long+phrase&confirm=another+long+phrase"))
            .await;
        assert_eq!(changed.header("location"), "/teachers/account");
        let page = anne.get("/teachers/account").await;
        assert!(page.body.contains("Your password has been changed."), "this session goes on");
        assert_eq!(elsewhere.get("/teachers/account").await.header("location"), "/teachers/login", "the other one ended");
        let old = Browser::new(&router);
        old.post("/teachers/login", &format!("email=anne@school.example&password={PASSWORD}")).await;
        assert_eq!(old.get("/teachers/account").await.header("location"), "/teachers/login", "the old password is refused");
    }

    a_teacher_sees_where_a_module_fits_the_curriculum_and_a_pupil_does_not => |db| {
        let router = db.router();
        let anne = teacher(&router, "curricula@school.example").await;
        for path in ["/modules/my-information", "/teachers/guides/my-information"] {
            let page = anne.get(path).await;
            assert!(page.body.contains("Where it fits the curriculum"), "{path}: {}", page.body);
            assert!(page.body.contains("Relationships Education (primary)"), "an English reference on {path}");
            assert!(page.body.contains("CRCN"), "a French reference on {path}");
        }
        let guest = Browser::new(&router);
        assert!(!guest.get("/modules/my-information").await.body.contains("Where it fits the curriculum"));
    }

    a_reset_card_signs_out_whoever_holds_the_old_one => |db| {
        let router = db.router();
        let anne = teacher(&router, "lost-card@school.example").await;
        let (class_id, class_code, codes) = class(&anne, 2).await;
        let holder = pupil(&router, &class_code, &codes[0]).await;
        let other = pupil(&router, &class_code, &codes[1]).await;
        assert!(holder.get("/modules").await.body.contains("You are"), "signed in with the card");
        let id: String = sqlx::query_scalar("SELECT id FROM pupils WHERE number = 1").fetch_one(&db.db.pool).await.unwrap();
        let reset = anne.post(&format!("/teachers/classes/{class_id}/pupils/{id}/reset"), "").await;
        assert_eq!(reset.status, 303);
        assert!(!holder.get("/modules").await.body.contains("You are"), "the old card's session has ended");
        assert!(other.get("/modules").await.body.contains("You are"), "another pupil stays signed in");
    }
}
