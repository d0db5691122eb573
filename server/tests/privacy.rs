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

    every_stored_column_is_in_the_privacy_notice_and_the_dpia => |db| {
        let columns = stored_columns(db).await;
        assert!(columns.len() > 30 && columns.contains(&"pupils.code_hash".to_owned()), "{columns:?}");
        for notice in NOTICES {
            assert_eq!(missing_from(notice, &columns), Vec::<String>::new(), "{notice} names every column it stores");
        }
        // A column added without its line in the notice is found.
        sqlx::query("ALTER TABLE pupils ADD COLUMN shoe_size BIGINT").execute(&db.db.pool).await.unwrap();
        let columns = stored_columns(db).await;
        assert_eq!(missing_from(NOTICES[1], &columns), vec!["pupils.shoe_size".to_owned()]);
    }
}

/// How many times `needle` is in the database file and its write-ahead log.
fn occurrences_in_files(url: &str, needle: &str) -> usize {
    let path = url.trim_start_matches("sqlite://");
    ["", "-wal"]
        .iter()
        .map(|suffix| std::fs::read(format!("{path}{suffix}")).unwrap_or_default())
        .map(|bytes| {
            bytes
                .windows(needle.len())
                .filter(|w| *w == needle.as_bytes())
                .count()
        })
        .sum()
}

#[tokio::test]
async fn a_purged_class_leaves_nothing_of_its_pupils_in_the_sqlite_files() {
    let db = TestDb::sqlite().await;
    let router = db.router();
    let anne = common::school::teacher(&router, "purge@school.example").await;
    let (_, class_code, codes) = common::school::class(&anne, 3).await;
    for code in &codes {
        let child = common::school::pupil(&router, &class_code, code).await;
        child.answer("my-information", 1, &[1]).await;
        child.post("/modules/my-information/lessons/1/done", "").await;
    }
    let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM pupils")
        .fetch_all(&db.db.pool)
        .await
        .unwrap();
    assert_eq!(ids.len(), 3);
    assert!(
        ids.iter().all(|id| occurrences_in_files(&db.url, id) > 0),
        "the ids are in the files before"
    );
    let yesterday = app::dates::iso_from_days(app::dates::today() - 1);
    sqlx::query("UPDATE classes SET year_end = $1")
        .bind(yesterday)
        .execute(&db.db.pool)
        .await
        .unwrap();
    assert_eq!(server::housekeeping::run_once(&db.db).await.unwrap(), 1);
    for id in &ids {
        assert_eq!(
            occurrences_in_files(&db.url, id),
            0,
            "pupil {id} can still be read in the files"
        );
    }
    db.drop().await;
}

/// Every column of every table Lanterne stores, as `table.column`.
async fn stored_columns(db: &TestDb) -> Vec<String> {
    let sql = match db.db.backend {
        app::db::Backend::Sqlite => {
            "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND m.name NOT LIKE '\\_sqlx%' ESCAPE '\\' ORDER BY 1"
        }
        app::db::Backend::Postgres => {
            "SELECT table_name::text || '.' || column_name::text FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name NOT LIKE '\\_sqlx%' ORDER BY 1"
        }
    };
    sqlx::query_scalar(sql).fetch_all(&db.db.pool).await.unwrap()
}

/// The columns a document of the repository does not name as `table.column`.
fn missing_from(document: &str, columns: &[String]) -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(document);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    columns
        .iter()
        .filter(|c| !text.contains(&format!("`{c}`")))
        .cloned()
        .collect()
}

const NOTICES: [&str; 4] = [
    "content/privacy/adults.fr.md",
    "content/privacy/adults.en.md",
    "docs/dpia.fr.md",
    "docs/dpia.en.md",
];
