//! What one quiz answer costs the database: the SQL statements of the POST
//! and of the page it redirects to, counted from sqlx's own query events.

mod common;
use common::school::{class, pupil, teacher};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::Layer;

/// Counts the statements sqlx runs (its `sqlx::query` events), but not the
/// settings a new pooled connection starts with (`PRAGMA …`), which the pool
/// runs whenever it happens to open one. Transaction control (`BEGIN`,
/// `COMMIT`) is counted apart: the group commit's are shared by every write
/// committed together, so under load they cost an answer a fraction of one.
#[derive(Clone, Default)]
struct Statements(Arc<AtomicUsize>, Arc<AtomicUsize>);

#[derive(Default)]
struct Summary(String);

impl tracing::field::Visit for Summary {
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        if field.name() == "summary" {
            self.0 = value.to_owned();
        }
    }
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        if field.name() == "summary" {
            self.0 = format!("{value:?}");
        }
    }
}

impl<S: tracing::Subscriber> Layer<S> for Statements {
    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        let mut summary = Summary::default();
        event.record(&mut summary);
        let statement = summary.0.trim_start_matches('"').to_ascii_uppercase();
        if event.metadata().target() != "sqlx::query" || statement.starts_with("PRAGMA") {
            return;
        }
        let control = statement.starts_with("BEGIN") || statement.starts_with("COMMIT");
        let counter = if control { &self.1 } else { &self.0 };
        counter.fetch_add(1, Ordering::Relaxed);
    }
}

/// The statements `work` runs. SQLite runs them on its own worker threads,
/// so the counter is the process's subscriber, and this binary has one test.
async fn statements_of<F: std::future::Future>(work: F) -> ((usize, usize), F::Output) {
    static COUNTER: std::sync::OnceLock<Statements> = std::sync::OnceLock::new();
    let counter = COUNTER.get_or_init(|| {
        let counter = Statements::default();
        let filter =
            tracing_subscriber::filter::Targets::new().with_target("sqlx::query", tracing::Level::TRACE);
        let subscriber = tracing_subscriber::registry().with(counter.clone().with_filter(filter));
        tracing::subscriber::set_global_default(subscriber).expect("the only subscriber");
        counter
    });
    let before = (counter.0.load(Ordering::SeqCst), counter.1.load(Ordering::SeqCst));
    let output = work.await;
    let after = (counter.0.load(Ordering::SeqCst), counter.1.load(Ordering::SeqCst));
    ((after.0 - before.0, after.1 - before.1), output)
}

/// One answer of a signed-in pupil: its statements, checked.
async fn one_answer(db: &common::TestDb) {
    let router = db.router();
    let teacher = teacher(&router, "count@school.example").await;
    let (_, class_code, codes) = class(&teacher, 1).await;
    let pupil = pupil(&router, &class_code, &codes[0]).await;
    // A first page, so that what a session does once is done.
    let question = pupil.get("/modules/my-information/quiz/1").await;
    let form = common::answer_form(&question.body, "my-information", 1, &[0]);
    let ((count, control), shown) = statements_of(async {
        let answered = pupil.post("/modules/my-information/quiz/1/answer", &form).await;
        assert_eq!(answered.status, 303);
        pupil.get(answered.header("location")).await
    })
    .await;
    assert_eq!(shown.status, 200);
    assert!(
        shown.body.contains("feedback"),
        "the answer is explained: {}",
        shown.body
    );
    println!(
        "{:?}: statements per answer (POST and the redirected GET): {count}, and {control} of the group commit's BEGIN and COMMIT",
        db.db.backend
    );
    assert!(count >= 3, "the counter sees the statements: {count}");
    assert!(count <= 5, "one answer costs {count} statements");
    assert!(control <= 2, "one group commit at most: {control}");
}

#[tokio::test]
async fn a_quiz_answer_costs_five_statements_or_fewer() {
    let sqlite = common::TestDb::sqlite().await;
    one_answer(&sqlite).await;
    sqlite.drop().await;
    if let Some(postgres) = common::TestDb::postgres().await {
        one_answer(&postgres).await;
        postgres.drop().await;
    }
}
