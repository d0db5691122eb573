//! The ground everything stands on: sessions filed under their owner and
//! kept alive by activity, writes that cannot race, and one rule for grades.

mod common;
use app::content::{ContentIndex, QuestionKind};
use app::course::Learner;
use app::i18n::Lang;
use common::school::{class, pupil, teacher, PASSWORD};
use common::{Browser, Captured, TestDb};

fn content() -> std::sync::Arc<ContentIndex> {
    let settings = server::config::Settings::for_database("sqlite::memory:");
    server::content::open(&settings.content_dir())
        .expect("valid content")
        .get()
}

async fn count(db: &TestDb, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(&db.db.pool).await.unwrap()
}

/// The right options of each question of `module`, as written in its quiz.
fn right_answers(content: &ContentIndex, module: &str) -> Vec<Vec<usize>> {
    let questions = &content.module(module).unwrap().quiz.as_ref().unwrap().questions;
    questions
        .iter()
        .map(|question| {
            let probe = question
                .grade(&[0], Lang::Fr)
                .or_else(|| question.grade(&[0, 1], Lang::Fr))
                .unwrap();
            if question.kind == QuestionKind::Attitude {
                vec![0]
            } else {
                probe.right_options
            }
        })
        .collect()
}

on_both_backends! {
    writes_committed_together_each_get_their_own_answer => |db| {
        use app::group_commit::{Statement, Value};
        sqlx::query("CREATE TABLE grouped_test (id INTEGER PRIMARY KEY, note TEXT NOT NULL)")
            .execute(&db.db.pool).await.unwrap();
        let insert = |id: i64, note: &str| Statement {
            sql: "INSERT INTO grouped_test (id, note) VALUES ($1, $2)",
            values: vec![Value::Int(id), Value::Text(note.to_owned())],
        };
        // 200 writes at once, and among them one that cannot be written (an id taken twice).
        let writes: Vec<_> = (0..200)
            .map(|id| insert(id, "first"))
            .chain([insert(7, "again")])
            .map(|statement| {
                let db = db.db.clone();
                tokio::spawn(async move { db.write(statement).await })
            })
            .collect();
        let mut done = vec![];
        for write in writes {
            done.push(write.await.unwrap());
        }
        assert_eq!(done.iter().filter(|d| matches!(d, Ok(1))).count(), 200, "every good write is acknowledged");
        assert_eq!(done.iter().filter(|d| d.is_err()).count(), 1, "the bad one fails alone");
        assert_eq!(count(db, "SELECT COUNT(*) FROM grouped_test").await, 200, "and everything acknowledged is stored");
    }

    a_failing_database_shows_the_error_page_and_logs_why => |db| {
        let router = db.router();
        let teacher = teacher(&router, "errors@school.example").await;
        let (class_id, _, _) = class(&teacher, 2).await;
        sqlx::query("ALTER TABLE pupils RENAME TO pupils_away").execute(&db.db.pool).await.unwrap();
        let logs = Captured::default();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(logs.clone())
            .with_max_level(tracing::Level::INFO)
            .with_ansi(false)
            .finish();
        let guard = tracing::subscriber::set_default(subscriber);
        let page = teacher.get(&format!("/teachers/classes/{class_id}")).await;
        let csv = teacher.get(&format!("/teachers/classes/{class_id}/export.csv")).await;
        sqlx::query("ALTER TABLE classes RENAME TO classes_away").execute(&db.db.pool).await.unwrap();
        let list = teacher.get("/teachers/classes").await;
        drop(guard);
        for (what, page, not_data) in [
            ("a class page", &page, "No pupils in this class yet"),
            ("the CSV export", &csv, "\u{feff}"),
            ("the list of classes", &list, "any classes yet"),
        ] {
            assert_eq!(page.status, 500, "{what}: {}", page.body);
            assert!(page.body.contains("Something went wrong"), "{what} says so kindly: {}", page.body);
            assert!(!page.body.contains(not_data), "{what} does not pass an error off as data");
            let lower = page.body.to_lowercase();
            assert!(!lower.contains("_away") && !lower.contains("relation") && !lower.contains("no such table"),
                "{what} shows no database message: {}", page.body);
        }
        let logs = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
        let failures: Vec<&str> = logs.lines().filter(|l| l.contains("a request failed")).collect();
        assert_eq!(failures.len(), 3, "each failure is logged once: {logs}");
        for line in failures {
            assert!(line.contains("database"), "with its cause: {line}");
            let id = line.split("id=").nth(1).and_then(|rest| rest.trim_start_matches('"').get(..12));
            assert!(id.is_some_and(|id| id.chars().all(|c| c.is_ascii_hexdigit())), "and the request's id: {line}");
        }
    }

    sessions_are_filed_under_their_owner_and_ended_by_it => |db| {
        let router = db.router();
        let teacher = teacher(&router, "owner@school.example").await;
        let (class_id, class_code, codes) = class(&teacher, 2).await;
        pupil(&router, &class_code, &codes[0]).await;
        pupil(&router, &class_code, &codes[1]).await;
        let pupils: Vec<String> = sqlx::query_scalar("SELECT id FROM pupils ORDER BY number")
            .fetch_all(&db.db.pool).await.unwrap();
        let owners: Vec<Option<String>> = sqlx::query_scalar("SELECT owner FROM sessions")
            .fetch_all(&db.db.pool).await.unwrap();
        for id in &pupils {
            assert!(owners.contains(&Some(id.clone())), "a pupil's session is filed under their id: {owners:?}");
        }
        // A session that merely mentions a pupil's id is not theirs.
        sqlx::query("INSERT INTO sessions (id, data, expires_at) VALUES ('decoy', $1, 9999999999)")
            .bind(format!("{{\"note\":\"{}\"}}", pupils[0]))
            .execute(&db.db.pool).await.unwrap();
        let deleted = teacher.post(&format!("/teachers/classes/{class_id}/delete"), "confirm=1").await;
        assert_eq!(deleted.status, 303);
        for id in &pupils {
            let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE owner = $1")
                .bind(id).fetch_one(&db.db.pool).await.unwrap();
            assert_eq!(left, 0, "the deleted class's pupils are signed out");
        }
        assert_eq!(count(db, "SELECT COUNT(*) FROM sessions WHERE id = 'decoy'").await, 1);
        assert_eq!(teacher.get("/teachers/classes").await.status, 200, "the teacher stays signed in");
    }

    pupils_added_at_once_get_distinct_numbers => |db| {
        let router = db.router();
        let teacher = std::sync::Arc::new(teacher(&router, "race@school.example").await);
        let (class_id, _, _) = class(&teacher, 1).await;
        let adds = (0..8).map(|_| {
            let teacher = teacher.clone();
            let path = format!("/teachers/classes/{class_id}/pupils");
            tokio::spawn(async move { teacher.post(&path, "count=3").await.header("location").to_owned() })
        });
        for add in adds {
            assert!(add.await.unwrap().ends_with("/cards"), "every add succeeds");
        }
        let numbers: Vec<i64> = sqlx::query_scalar("SELECT number FROM pupils ORDER BY number")
            .fetch_all(&db.db.pool).await.unwrap();
        assert_eq!(numbers, (1..=25).collect::<Vec<i64>>());
    }

    deleting_a_teacher_is_all_or_nothing => |db| {
        let router = db.router();
        let teacher = teacher(&router, "atomic@school.example").await;
        class(&teacher, 2).await;
        // The last step fails: nothing before it may stay done.
        match db.db.backend {
            app::db::Backend::Sqlite => {
                sqlx::query("CREATE TRIGGER refuse BEFORE DELETE ON teachers BEGIN SELECT RAISE(ABORT, 'refused'); END")
                    .execute(&db.db.pool).await.unwrap();
            }
            app::db::Backend::Postgres => {
                sqlx::query("CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql")
                    .execute(&db.db.pool).await.unwrap();
                sqlx::query("CREATE TRIGGER refuse BEFORE DELETE ON teachers FOR EACH ROW EXECUTE FUNCTION refuse()")
                    .execute(&db.db.pool).await.unwrap();
            }
        }
        let refused = teacher.post("/teachers/account/delete", &format!("current={PASSWORD}")).await;
        assert_eq!(refused.header("location"), "/teachers/account");
        assert_eq!(count(db, "SELECT COUNT(*) FROM classes").await, 1, "the class is still there");
        assert_eq!(count(db, "SELECT COUNT(*) FROM pupils").await, 2, "and its pupils");
        assert_eq!(teacher.get("/teachers/classes").await.status, 200, "and the teacher is still signed in");
    }

    a_double_click_issues_one_permit => |db| {
        let router = db.router();
        let content = content();
        let guest = std::sync::Arc::new(Browser::new(&router));
        guest.post("/modules/final-8-10/lessons/1/done", "").await;
        for (i, answer) in right_answers(&content, "final-8-10").iter().enumerate() {
            guest.answer("final-8-10", i + 1, answer).await;
        }
        let clicks = (0..6).map(|_| {
            let guest = guest.clone();
            tokio::spawn(async move { guest.post("/modules/final-8-10/permit", "").await.header("location").to_owned() })
        });
        for click in clicks {
            assert_eq!(click.await.unwrap(), "/modules/final-8-10/permit");
        }
        assert_eq!(count(db, "SELECT COUNT(*) FROM permits").await, 1);
        let page = guest.get("/modules/final-8-10/permit").await;
        let code: String = sqlx::query_scalar("SELECT code FROM permits").fetch_one(&db.db.pool).await.unwrap();
        assert!(page.body.contains(&app::codes::display(&code)), "the permit shown is the one issued");
    }

    changes_to_one_module_state_at_once_all_land => |db| {
        let router = db.router();
        let teacher = teacher(&router, "state@school.example").await;
        let (_, class_code, codes) = class(&teacher, 1).await;
        pupil(&router, &class_code, &codes[0]).await;
        let id: String = sqlx::query_scalar("SELECT id FROM pupils").fetch_one(&db.db.pool).await.unwrap();
        let changes = (0..16).map(|lesson| {
            let learner = Learner::Pupil { id: id.clone(), db: db.db.clone() };
            tokio::spawn(async move {
                learner.update("my-information", |m| { m.lessons.insert(lesson); }).await.unwrap();
            })
        });
        for change in changes {
            change.await.unwrap();
        }
        let learner = Learner::Pupil { id, db: db.db.clone() };
        let progress = learner.load().await.unwrap();
        assert_eq!(progress.modules["my-information"].lessons.len(), 16, "no change was lost");
    }

    an_unreadable_module_state_is_kept_not_overwritten => |db| {
        let router = db.router();
        let teacher = teacher(&router, "kept@school.example").await;
        let (_, class_code, codes) = class(&teacher, 1).await;
        let pupil = pupil(&router, &class_code, &codes[0]).await;
        let id: String = sqlx::query_scalar("SELECT id FROM pupils").fetch_one(&db.db.pool).await.unwrap();
        sqlx::query("INSERT INTO pupil_progress (pupil_id, module_id, state, updated_at) VALUES ($1, 'my-information', '{\"lessons\": \"from a newer version\"}', 0)")
            .bind(&id).execute(&db.db.pool).await.unwrap();
        pupil.post("/modules/my-information/lessons/1/done", "").await;
        let state: String = sqlx::query_scalar("SELECT state FROM pupil_progress WHERE pupil_id = $1")
            .bind(&id).fetch_one(&db.db.pool).await.unwrap();
        assert_eq!(state, "{\"lessons\": \"from a newer version\"}");
    }

    an_answer_keeps_the_grade_it_was_given => |db| {
        let router = db.router();
        let content = content();
        let teacher = teacher(&router, "grades@school.example").await;
        let (class_id, class_code, codes) = class(&teacher, 1).await;
        let pupil = pupil(&router, &class_code, &codes[0]).await;
        let answers = right_answers(&content, "my-information");
        for (i, answer) in answers.iter().enumerate() {
            pupil.answer("my-information", i + 1, answer).await;
        }
        let versions: Vec<String> = sqlx::query_scalar("SELECT DISTINCT content_version FROM answers")
            .fetch_all(&db.db.pool).await.unwrap();
        assert_eq!(versions, vec![content.version_of("my-information").to_owned()]);
        assert!(versions[0].len() > 10, "a review date and a digest of the key: {versions:?}");
        // Graded against an earlier key where the first answer was wrong: that grade stands.
        sqlx::query("UPDATE answers SET correct = 0 WHERE question_id = $1")
            .bind(&content.module("my-information").unwrap().quiz.as_ref().unwrap().questions[0].id)
            .execute(&db.db.pool).await.unwrap();
        let graded = content.module("my-information").unwrap().quiz.as_ref().unwrap()
            .questions.iter().filter(|q| q.kind != QuestionKind::Attitude).count();
        let result = pupil.get("/modules/my-information/result").await;
        let shown = format!("{} out of {graded} right first time", graded - 1);
        assert!(result.body.contains(&shown), "the result counts the stored grade: {}", result.body);
        let export = teacher.get(&format!("/teachers/classes/{class_id}/export.csv")).await;
        let agrees = [",", ";"].iter().any(|sep| export.body.contains(&format!("{}{sep}{graded}\r\n", graded - 1)));
        assert!(agrees, "the export agrees: {}", export.body);
        let dashboard = teacher.get(&format!("/teachers/classes/{class_id}/results")).await;
        assert!(dashboard.body.contains(&format!("Score: {} / {graded}", graded - 1)), "the dashboard agrees: {}", dashboard.body);
    }
}

/// With `--session-idle-minutes 1`, a session that keeps being used outlives
/// the minute, and one left alone ends after it.
#[tokio::test]
async fn activity_keeps_a_session_alive_and_inactivity_ends_it() {
    let db = TestDb::sqlite().await;
    let mut settings = db.settings();
    settings.session_idle_minutes = 1;
    let content = server::content::open(&settings.content_dir()).unwrap();
    let router = server::startup::router(&settings, db.db.clone(), content);
    let teacher = teacher(&router, "idle@school.example").await;
    let signed_in = |page: &common::Page| page.status == 200;
    for _ in 0..2 {
        tokio::time::sleep(std::time::Duration::from_secs(31)).await;
        assert!(
            signed_in(&teacher.get("/teachers/classes").await),
            "still signed in while active"
        );
    }
    // 62 s after signing in: past the first minute, kept alive by the requests.
    tokio::time::sleep(std::time::Duration::from_secs(62)).await;
    let after = teacher.get("/teachers/classes").await;
    assert_eq!(after.status, 303, "signed out after a minute without a request");
    assert_eq!(after.header("location"), "/teachers/login");
    db.drop().await;
}
