//! Opening a help page leaves no trace: no row in the database, no log line
//! that names it, no cookie.

mod common;
use common::{get, Captured, TestDb};

/// Every table and its number of rows.
async fn row_counts(db: &TestDb) -> Vec<(String, i64)> {
    let list = match db.db.backend {
        app::db::Backend::Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
        app::db::Backend::Postgres => {
            "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        }
    };
    let tables: Vec<String> = sqlx::query_scalar(list).fetch_all(&db.db.pool).await.unwrap();
    let mut counts = vec![];
    for table in tables {
        let count: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM \"{table}\""))
            .fetch_one(&db.db.pool)
            .await
            .unwrap();
        counts.push((table, count));
    }
    counts
}

on_both_backends! {
    opening_a_help_page_writes_nothing_that_names_it => |db| {
        let router = db.router();
        let before = row_counts(db).await;
        let logs = Captured::default();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(logs.clone())
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .finish();
        let guard = tracing::subscriber::set_default(subscriber);
        let mut cookies = vec![];
        for path in ["/help", "/help/gb", "/parents/help/international"] {
            let page = get(&router, path, &[("accept-language", "en")]).await;
            assert_eq!(page.status, 200, "{path}");
            cookies.extend(page.all_headers("set-cookie"));
        }
        drop(guard);
        let logs = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
        assert!(logs.contains("[private]"), "the requests were logged, without their route: {logs}");
        assert!(!logs.to_lowercase().contains("help"), "{logs}");
        assert!(!logs.contains("/gb") && !logs.contains("international"), "{logs}");
        assert_eq!(row_counts(db).await, before, "no row was written");
        assert!(cookies.is_empty(), "no cookie was set: {cookies:?}");
    }
}
