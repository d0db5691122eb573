//! `lanterne check` and `lanterne serve` on valid and invalid course material.

mod common;
use std::process::Command;

fn lanterne(args: &[&str]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_lanterne"))
        .args(args)
        .output()
        .expect("lanterne runs");
    let text =
        String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), text)
}

/// A content folder with one broken module: a quiz line names no step.
fn broken_content() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("lanterne-broken-{}", std::process::id()));
    let module = dir.join("modules/broken");
    std::fs::create_dir_all(&module).unwrap();
    std::fs::write(module.join("module.yaml"), "tier: 8-10\norder: 1\nduration: 45\npass_mark: 70\nsensitive: false\ntopics: []\nreviewed: 2026-11-22\nsources: [seed]\ntitle: { fr: A, en: A }\nsummary: { fr: A, en: A }\n").unwrap();
    std::fs::write(
        module.join("quiz.fr.md"),
        "---\ntitle: Quiz\n---\n\n## Question ? {#q1}\n\n- [ ] Oui\n  > Non.\n- [ ] Non\n  > Non plus.\n",
    )
    .unwrap();
    dir
}

#[test]
fn check_passes_on_the_bundled_course_and_prints_reading_levels() {
    let content = concat!(env!("CARGO_MANIFEST_DIR"), "/../content");
    let (ok, output) = lanterne(&["check", "--content", content]);
    assert!(ok, "{output}");
    assert!(
        output.contains("Reading level") && output.contains("0 errors"),
        "{output}"
    );
}

#[test]
fn check_lists_each_problem_with_its_file_and_line_and_fails() {
    let dir = broken_content();
    let (ok, output) = lanterne(&["check", "--content", dir.to_str().unwrap()]);
    assert!(!ok);
    assert!(
        output.contains("modules/broken/quiz.fr.md:5: question has no right option"),
        "{output}"
    );
    assert!(
        output.contains("modules/broken/quiz.fr.md:1: missing translation"),
        "{output}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[tokio::test]
async fn serve_refuses_to_start_on_invalid_content_and_says_why() {
    let db = common::TestDb::sqlite().await;
    let dir = broken_content().with_file_name(format!("lanterne-broken-serve-{}", std::process::id()));
    std::fs::rename(broken_content(), &dir).unwrap();
    let mut settings = db.settings();
    settings.content = Some(dir.clone());
    let error = server::startup::Application::build(settings)
        .await
        .err()
        .expect("refused");
    assert!(
        error.to_string().contains("question has no right option"),
        "{error}"
    );
    std::fs::remove_dir_all(dir).unwrap();
    db.drop().await;
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn edit(path: &std::path::Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from));
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[tokio::test]
async fn while_authors_edit_a_valid_change_is_served_and_a_bad_one_keeps_the_last_good_version() {
    let db = common::TestDb::sqlite().await;
    let dir = std::env::temp_dir().join(format!("lanterne-watch-{}", std::process::id()));
    copy_dir(
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../content")),
        &dir,
    );
    let mut settings = db.settings();
    settings.content = Some(dir.clone());
    settings.watch_content = true;
    let app = server::startup::Application::build(settings).await.unwrap();
    let address = app.address();
    tokio::spawn(app.run_until_stopped(std::future::pending()));
    let title = || async move {
        let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let request = "GET /modules/my-information HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nConnection: close\r\n\r\n";
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut page = String::new();
        stream.read_to_string(&mut page).await.unwrap();
        page
    };
    let yaml = dir.join("modules/my-information/module.yaml");
    edit(
        &yaml,
        "en: My information, my privacy",
        "en: My information and my privacy",
    );
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    assert!(
        title().await.contains("My information and my privacy"),
        "a valid edit is served"
    );
    edit(&dir.join("modules/my-information/quiz.fr.md"), "- [x]", "- [ ]");
    edit(&yaml, "en: My information and my privacy", "en: A broken module");
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    let page = title().await;
    assert!(
        page.contains("My information and my privacy") && !page.contains("A broken module"),
        "the last good version stays"
    );
    std::fs::remove_dir_all(dir).unwrap();
}
