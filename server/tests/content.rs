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
    settings.content = dir.clone();
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
