//! What the integration tests share: a fresh database on each backend and a
//! router built exactly as `lanterne serve` builds it.
#![allow(dead_code)] // each test binary uses its own part of this module

pub mod school;

use app::db::Db;
use axum::body::Body;
use axum::Router;
use http::{Request, Response};
use server::config::Settings;
use tower::ServiceExt;

/// Where the PostgreSQL tests connect to create their own databases.
fn postgres_admin_url() -> String {
    std::env::var("LANTERNE_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// A database of its own for one test; dropped at the end of the test.
pub struct TestDb {
    pub url: String,
    pub db: Db,
    cleanup: Cleanup,
}

enum Cleanup {
    File(std::path::PathBuf),
    Database { admin_url: String, name: String },
}

fn unique_name() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!(
        "lanterne_test_{}_{}_{}",
        std::process::id(),
        nanos,
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let path = std::env::temp_dir().join(format!("{}.db", unique_name()));
        let url = format!("sqlite://{}", path.display());
        let db = server::db::connect(&url).await.expect("SQLite test database");
        TestDb {
            url,
            db,
            cleanup: Cleanup::File(path),
        }
    }

    /// A new PostgreSQL database. When the server cannot be reached the test
    /// fails, unless `LANTERNE_SKIP_POSTGRES=1` says this machine has none.
    pub async fn postgres() -> Option<TestDb> {
        if std::env::var("LANTERNE_SKIP_POSTGRES").is_ok_and(|v| v == "1") {
            eprintln!("SKIPPED: PostgreSQL tests (LANTERNE_SKIP_POSTGRES=1)");
            return None;
        }
        sqlx::any::install_default_drivers();
        let admin_url = postgres_admin_url();
        let admin = sqlx::AnyPool::connect(&admin_url).await.unwrap_or_else(|e| {
            panic!("PostgreSQL at {admin_url} is unreachable ({e}); set LANTERNE_SKIP_POSTGRES=1 to skip")
        });
        let name = unique_name();
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&admin)
            .await
            .expect("CREATE DATABASE");
        admin.close().await;
        let base = admin_url
            .rsplit_once('/')
            .map(|(base, _)| base)
            .unwrap_or(&admin_url);
        let url = format!("{base}/{name}");
        let db = server::db::connect(&url).await.expect("PostgreSQL test database");
        Some(TestDb {
            url,
            db,
            cleanup: Cleanup::Database { admin_url, name },
        })
    }

    pub fn settings(&self) -> Settings {
        Settings::for_database(&self.url)
    }

    pub fn router(&self) -> Router {
        let settings = self.settings();
        let content = server::content::open(&settings.content_dir()).expect("the bundled content is valid");
        server::startup::router(&settings, self.db.clone(), content)
    }

    pub async fn drop(self) {
        self.db.pool.close().await;
        match self.cleanup {
            Cleanup::File(path) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Cleanup::Database { admin_url, name } => {
                if let Ok(admin) = sqlx::AnyPool::connect(&admin_url).await {
                    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(&admin)
                        .await;
                    admin.close().await;
                }
            }
        }
    }
}

/// Runs `$body` (an async block using `db: &TestDb`) once on SQLite and once
/// on PostgreSQL, as two tests named `sqlite::$name` and `postgres::$name`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident => |$db:ident| $body:block)*) => {
        mod sqlite {
            #[allow(unused_imports)]
            use super::*;
            $(
                #[tokio::test]
                async fn $name() {
                    let $db = $crate::common::TestDb::sqlite().await;
                    { let $db = &$db; $body }
                    $db.drop().await;
                }
            )*
        }
        mod postgres {
            #[allow(unused_imports)]
            use super::*;
            $(
                #[tokio::test]
                async fn $name() {
                    let Some($db) = $crate::common::TestDb::postgres().await else { return };
                    { let $db = &$db; $body }
                    $db.drop().await;
                }
            )*
        }
    };
}

/// A finished response: status, headers and the body as text.
pub struct Page {
    pub status: http::StatusCode,
    pub headers: http::HeaderMap,
    pub body: String,
}

impl Page {
    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    pub fn all_headers(&self, name: &str) -> Vec<String> {
        self.headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_owned)
            .collect()
    }
}

pub async fn send(router: &Router, request: Request<Body>) -> Page {
    let response: Response<Body> = router.clone().oneshot(request).await.expect("infallible router");
    let (parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX).await.expect("body");
    Page {
        status: parts.status,
        headers: parts.headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

pub async fn get(router: &Router, path: &str, headers: &[(&str, &str)]) -> Page {
    let mut request = Request::get(path);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    send(router, request.body(Body::empty()).unwrap()).await
}

pub async fn post_form(router: &Router, path: &str, form: &str, headers: &[(&str, &str)]) -> Page {
    let mut request = Request::post(path).header("content-type", "application/x-www-form-urlencoded");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    send(router, request.body(Body::from(form.to_owned())).unwrap()).await
}

/// A browser of one person: keeps the session cookie it is given (which
/// changes at login) and sends forms as the site's own pages do.
pub struct Browser {
    router: Router,
    cookie: std::sync::Mutex<Option<String>>,
}

impl Browser {
    pub fn new(router: &Router) -> Browser {
        Browser {
            router: router.clone(),
            cookie: std::sync::Mutex::new(None),
        }
    }

    /// The same browser (same cookie) talking to another instance.
    pub fn with_router(&self, router: &Router) -> Browser {
        Browser {
            router: router.clone(),
            cookie: std::sync::Mutex::new(self.cookie.lock().unwrap().clone()),
        }
    }

    fn headers(&self) -> Vec<(String, String)> {
        let mut headers = vec![
            ("sec-fetch-site".to_owned(), "same-origin".to_owned()),
            ("accept-language".to_owned(), "en".to_owned()),
        ];
        if let Some(cookie) = self.cookie.lock().unwrap().clone() {
            headers.push(("cookie".to_owned(), cookie));
        }
        headers
    }

    fn keep_cookie(&self, page: &Page) {
        for set in page.all_headers("set-cookie") {
            let pair = set.split(';').next().unwrap_or_default().to_owned();
            let expired = set.to_ascii_lowercase().contains("max-age=0");
            *self.cookie.lock().unwrap() = (!expired).then_some(pair);
        }
    }

    /// Takes a session cookie given elsewhere (a platform's launch signed this person in).
    pub fn set_cookie(&self, cookie: &str) {
        *self.cookie.lock().unwrap() = Some(cookie.to_owned());
    }

    pub async fn get(&self, path: &str) -> Page {
        let headers = self.headers();
        let pairs: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        let page = get(&self.router, path, &pairs).await;
        self.keep_cookie(&page);
        page
    }

    pub async fn post(&self, path: &str, form: &str) -> Page {
        let headers = self.headers();
        let pairs: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        let page = post_form(&self.router, path, form, &pairs).await;
        self.keep_cookie(&page);
        page
    }
}

impl Browser {
    /// Answers question `n` of `module` with the options written at
    /// `authored` (their place in the quiz file), whatever order this browser
    /// is shown them in: the page is read for the ids of its options.
    pub async fn answer(&self, module: &str, n: usize, authored: &[usize]) -> Page {
        let path = format!("/modules/{module}/quiz/{n}");
        let form = answer_form(
            &self.get(&format!("{path}?again=1")).await.body,
            module,
            n,
            authored,
        );
        self.post(&format!("{path}/answer"), &form).await
    }
}

/// Answers question `n` of `module` as [`Browser::answer`] does, for a test
/// that sends its own headers.
pub async fn answer_with(
    router: &Router,
    headers: &[(&str, &str)],
    module: &str,
    n: usize,
    authored: &[usize],
) -> Page {
    let path = format!("/modules/{module}/quiz/{n}");
    let page = get(router, &format!("{path}?again=1"), headers).await;
    post_form(
        router,
        &format!("{path}/answer"),
        &answer_form(&page.body, module, n, authored),
        headers,
    )
    .await
}

/// The form that chooses the options written at `authored`, from a question page.
pub fn answer_form(page: &str, module: &str, n: usize, authored: &[usize]) -> String {
    let question = &bundled_content()
        .module(module)
        .unwrap()
        .quiz
        .as_ref()
        .unwrap()
        .questions[n - 1];
    let written: Vec<Vec<String>> = app::i18n::Lang::ALL
        .iter()
        .map(|&l| question.public(l).options_html)
        .collect();
    let shown = shown_options(page);
    authored
        .iter()
        .map(|&i| {
            let is_it = |label: &String| written.iter().any(|w| w[i] == *label);
            let id = shown
                .iter()
                .find(|(_, label)| is_it(label))
                .map(|(id, _)| id.clone());
            format!(
                "option={}",
                id.unwrap_or_else(|| panic!("option {i} of {module}/{n} is not on the page"))
            )
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// Each option of a question page as shown: its id and its label's HTML.
pub fn shown_options(page: &str) -> Vec<(String, String)> {
    page.split("name=\"option\"")
        .skip(1)
        .map(|rest| {
            let value = rest
                .split("value=\"")
                .nth(1)
                .and_then(|v| v.split('"').next())
                .unwrap_or_default();
            let label = rest.split("<label").nth(1).unwrap_or_default();
            let inner = label.split_once('>').map(|(_, l)| l).unwrap_or_default();
            (
                value.to_owned(),
                inner.split("</label>").next().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// The course material in the repository, loaded once.
pub fn bundled_content() -> &'static app::content::ContentIndex {
    static CONTENT: std::sync::OnceLock<app::content::ContentIndex> = std::sync::OnceLock::new();
    CONTENT.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        app::content::load(&dir).0.expect("the bundled content is valid")
    })
}

/// Every value of an HTML element with `class="code"`: the codes on login cards.
pub fn codes_in(html: &str) -> Vec<String> {
    html.match_indices("class=\"code\">")
        .map(|(at, marker)| {
            let rest = &html[at + marker.len()..];
            rest[..rest.find('<').unwrap_or(0)].to_owned()
        })
        .collect()
}

/// A date a year from today, as `YYYY-MM-DD`.
pub fn next_year() -> String {
    app::dates::iso_from_days(app::dates::today() + 300)
}

/// Log lines written while a test runs (with `tracing::subscriber::set_default`).
#[derive(Clone, Default)]
pub struct Captured(pub std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Captured {
        self.clone()
    }
}
