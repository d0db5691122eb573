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
