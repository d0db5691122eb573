//! The real server on a real socket: it answers, and it stops gracefully.

mod common;
use common::TestDb;
use server::startup::Application;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

async fn raw_get(address: std::net::SocketAddr, path: &str) -> String {
    let mut stream = tokio::net::TcpStream::connect(address).await.expect("connect");
    let request = format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    response
}

#[tokio::test]
async fn the_server_answers_on_its_port_and_shuts_down_gracefully() {
    let db = TestDb::sqlite().await;
    let app = Application::build(db.settings())
        .await
        .expect("the application builds");
    let address = app.address();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app.run_until_stopped(async {
        let _ = stopped.await;
    }));
    let response = raw_get(address, "/").await;
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains("<html lang=\"fr\""));
    stop.send(()).unwrap();
    server.await.unwrap().expect("clean shutdown");
    assert!(
        tokio::net::TcpStream::connect(address).await.is_err(),
        "the port is released"
    );
    db.drop().await;
}

async fn boom() -> &'static str {
    panic!("a bug in a handler")
}

#[tokio::test]
async fn a_panicking_handler_gets_the_localised_error_page_not_a_bare_500() {
    use axum::middleware::from_fn;
    use server::http::{errors, language};
    let app = axum::Router::new()
        .route("/boom", axum::routing::get(boom))
        .layer(from_fn(errors::catch_panics))
        .layer(from_fn(language::negotiate_language));
    let page = common::get(&app, "/boom", &[("accept-language", "en")]).await;
    assert_eq!(page.status, 500);
    assert!(page.body.contains("Something went wrong") && page.body.contains("lang=\"en\""));
}

/// `lanterne serve` run as a person would, from another folder.
fn lanterne(args: &[&str]) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_lanterne"));
    command
        .args(args)
        .current_dir(std::env::temp_dir())
        .env_remove("LANTERNE_CONTENT")
        .env_remove("RUST_LOG")
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE");
    command
}

fn repository() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/..").to_owned()
}

#[tokio::test]
async fn run_from_another_folder_the_content_is_found_under_the_root() {
    let db = TestDb::sqlite().await;
    let root = repository();
    let mut child = lanterne(&[
        "serve",
        "--root",
        &root,
        "--addr",
        "127.0.0.1:0",
        "--database-url",
        &db.url,
    ])
    .stdout(std::process::Stdio::piped())
    .stderr(std::process::Stdio::piped())
    .spawn()
    .unwrap();
    let stdout = child.stdout.take().unwrap();
    let listening = tokio::task::spawn_blocking(move || {
        use std::io::BufRead;
        std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .any(|line| line.contains("Lanterne is listening"))
    });
    let started = tokio::time::timeout(std::time::Duration::from_secs(60), listening).await;
    let _ = child.kill();
    let _ = child.wait();
    let mut errors = String::new();
    let _ = std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut errors);
    assert!(matches!(started, Ok(Ok(true))), "it starts: {errors}");
    db.drop().await;
}

/// A start-up failure: the exit code and what the person reads.
fn failure(args: &[&str]) -> String {
    let output = lanterne(args).output().unwrap();
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        !said.contains("backtrace") && !said.contains("panicked"),
        "{said}"
    );
    said
}

#[tokio::test]
async fn every_start_up_failure_names_the_setting_to_change() {
    let db = TestDb::sqlite().await;
    let root = repository();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let in_use = failure(&[
        "serve",
        "--root",
        &root,
        "--addr",
        &addr,
        "--database-url",
        &db.url,
    ]);
    assert!(
        in_use.contains("already listening") && in_use.contains("--addr"),
        "{in_use}"
    );
    let nowhere = failure(&["serve", "--root", "/nonexistent", "--database-url", &db.url]);
    assert!(
        nowhere.contains("does not exist") && nowhere.contains("--root"),
        "{nowhere}"
    );
    let no_db = failure(&[
        "serve",
        "--root",
        &root,
        "--database-url",
        "postgres://nobody@127.0.0.1:1/none",
    ]);
    assert!(
        no_db.contains("cannot open the database") && no_db.contains("--database-url"),
        "{no_db}"
    );
    let bad_url = failure(&["migrate", "--database-url", "mysql://x"]);
    assert!(
        bad_url.contains("unsupported database URL") && bad_url.contains("DATABASE_URL"),
        "{bad_url}"
    );
    db.drop().await;
}
