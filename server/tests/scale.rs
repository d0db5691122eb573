//! The scale-out path: two instances that share nothing but the database.
//! A pupil who signs in on one continues on the other, because sessions and
//! progress live in the database.

mod common;
use common::{codes_in, next_year, Browser};

on_both_backends! {
    a_pupil_signed_in_on_one_instance_continues_on_another => |db| {
        // Two routers, each with its own pool, content store and state.
        let first = db.router();
        let second_db = server::db::connect(&db.url).await.unwrap();
        let settings = db.settings();
        let content = server::content::open(&settings.content_dir()).unwrap();
        let second = server::startup::router(&settings, second_db.clone(), content);

        let teacher = Browser::new(&first);
        teacher.post("/teachers/signup", "email=t@school.example&password=0123456789ab&confirm=0123456789ab").await;
        let created = teacher
            .post("/teachers/classes", &format!("name=Year+6B&tier=8-10&country=gb&year_end={}", next_year()))
            .await;
        let path = created.header("location").to_owned();
        teacher.post(&format!("{path}/pupils"), "count=1").await;
        let codes = codes_in(&teacher.get(&format!("{path}/cards")).await.body);
        teacher.post(&format!("{path}/session"), "open=1").await;

        // Signed in on the first instance...
        let on_first = Browser::new(&first);
        let joined = on_first.post("/join", &format!("class_code={}&personal_code={}", codes[0], codes[1])).await;
        assert_eq!(joined.header("location"), "/modules");
        let cookie = on_first.get("/join").await;
        assert!(cookie.body.contains("You are"));
        // ...the same browser is served by the second, which knows it and stores its answer.
        let on_second = on_first.with_router(&second);
        assert!(on_second.get("/modules").await.body.contains("You are"), "the session is shared");
        let answered = on_second.answer("my-information", 1, &[1]).await;
        assert_eq!(answered.header("location"), "/modules/my-information/quiz/1");
        // And back on the first, the answer is there.
        let page = on_first.get("/modules/my-information/quiz/1").await;
        assert!(page.body.contains("feedback"), "{}", page.body);
        let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM answers").fetch_one(&second_db.pool).await.unwrap();
        assert_eq!(stored, 1);
        second_db.pool.close().await;
    }
}
