//! The database and the sessions stored in it, on both backends.

mod common;
use app::session::{SessionUser, TypedSession};
use axum::routing::get;
use axum::Router;
use common::{get as fetch, TestDb};
use server::sessions::{self, DbStore};
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::SessionStore;

/// A tiny app on the real session layer: `/login` signs a teacher in,
/// `/whoami` says who is signed in, `/logout` ends the session.
fn session_app(db: &TestDb, secure: bool) -> Router {
    Router::new()
        .route(
            "/login",
            get(|session: TypedSession| async move {
                session
                    .login(SessionUser::Teacher { id: "t1".into() })
                    .await
                    .unwrap();
                "ok"
            }),
        )
        .route(
            "/whoami",
            get(|session: TypedSession| async move { format!("{:?}", session.user().await.unwrap()) }),
        )
        .route(
            "/logout",
            get(|session: TypedSession| async move {
                session.logout().await.unwrap();
                "bye"
            }),
        )
        .layer(sessions::layer(db.db.clone(), secure, 30))
}

async fn session_count(db: &TestDb) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM sessions")
        .fetch_one(&db.db.pool)
        .await
        .unwrap()
}

on_both_backends! {
    migrations_run_at_start_and_running_them_again_changes_nothing => |db| {
        let again = server::db::connect(&db.url).await.expect("second start");
        let applied: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations").fetch_one(&again.pool).await.unwrap();
        assert!(applied >= 1);
        assert_eq!(session_count(db).await, 0);
        again.pool.close().await;
    }

    a_signed_in_session_is_stored_in_the_database_and_survives_across_requests => |db| {
        let app = session_app(db, false);
        let login = fetch(&app, "/login", &[]).await;
        let cookie = login.header("set-cookie").to_owned();
        assert!(cookie.starts_with("lanterne_session="), "{cookie}");
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Max-Age="), "{cookie}");
        assert!(!cookie.contains("Secure"), "{cookie}");
        assert_eq!(session_count(db).await, 1);

        let pair = cookie.split(';').next().unwrap();
        let whoami = fetch(&app, "/whoami", &[("cookie", pair)]).await;
        assert_eq!(whoami.body, r#"Some(Teacher { id: "t1" })"#);
        let stranger = fetch(&app, "/whoami", &[]).await;
        assert_eq!(stranger.body, "None");
    }

    logging_in_changes_the_session_id => |db| {
        let app = session_app(db, false);
        let first = fetch(&app, "/login", &[]).await;
        let first_pair = first.header("set-cookie").split(';').next().unwrap().to_owned();
        let second = fetch(&app, "/login", &[("cookie", &first_pair)]).await;
        let second_pair = second.header("set-cookie").split(';').next().unwrap().to_owned();
        assert_ne!(first_pair, second_pair);
        assert_eq!(fetch(&app, "/whoami", &[("cookie", &first_pair)]).await.body, "None", "the old id is dead");
    }

    logging_out_ends_the_session_on_the_server => |db| {
        let app = session_app(db, false);
        let login = fetch(&app, "/login", &[]).await;
        let pair = login.header("set-cookie").split(';').next().unwrap().to_owned();
        fetch(&app, "/logout", &[("cookie", &pair)]).await;
        assert_eq!(session_count(db).await, 0);
        assert_eq!(fetch(&app, "/whoami", &[("cookie", &pair)]).await.body, "None");
    }

    cookies_are_secure_when_the_site_is_served_over_tls => |db| {
        let login = fetch(&session_app(db, true), "/login", &[]).await;
        assert!(login.header("set-cookie").contains("Secure"));
    }

    expired_sessions_are_not_loaded_and_are_purged => |db| {
        let store = DbStore::new(db.db.clone());
        let mut record = Record {
            id: Id::default(),
            data: Default::default(),
            expiry_date: time::OffsetDateTime::now_utc() - time::Duration::minutes(1),
        };
        store.create(&mut record).await.unwrap();
        assert!(store.load(&record.id).await.unwrap().is_none());
        assert_eq!(store.delete_expired().await.unwrap(), 1);
        assert_eq!(session_count(db).await, 0);
    }
}

#[tokio::test]
async fn an_unsupported_database_url_is_refused_with_a_clear_message() {
    let error = server::db::connect("mysql://localhost/x").await.unwrap_err();
    assert!(error.to_string().contains("unsupported database URL"), "{error}");
}
