//! The safeguarding gate, on SQLite and PostgreSQL: a pupil of an 8–10 class
//! opens only their tier's modules, and a sensitive one only once their teacher
//! assigned it through the checklist; a guest browses every tier.

mod common;
use common::school::{class_of, pupil, teacher};
use common::Browser;

fn content() -> std::sync::Arc<app::content::ContentIndex> {
    let settings = server::config::Settings::for_database("sqlite://unused.db");
    server::content::open(&settings.content_dir())
        .expect("valid content")
        .get()
}

/// Every page of a module a pupil could open by its address.
fn pages_of(module: &app::content::Module) -> Vec<String> {
    let base = format!("/modules/{}", module.id);
    let mut pages = vec![base.clone(), format!("{base}/result")];
    pages.extend((1..=module.lessons.len()).map(|n| format!("{base}/lessons/{n}")));
    pages.extend(
        module
            .scenarios
            .iter()
            .map(|s| format!("{base}/scenarios/{}", s.slug)),
    );
    let questions = module.quiz.as_ref().map_or(0, |q| q.questions.len());
    pages.extend((1..=questions).map(|n| format!("{base}/quiz/{n}")));
    pages
}

/// Every form of a module, with a plausible body.
fn forms_of(module: &app::content::Module) -> Vec<(String, &'static str)> {
    let base = format!("/modules/{}", module.id);
    let mut forms = vec![(format!("{base}/quiz/1/answer"), "option=0")];
    if !module.lessons.is_empty() {
        forms.push((format!("{base}/lessons/1/done"), ""));
    }
    if module.meta.kind == app::content::ModuleKind::FinalTest {
        forms.push((format!("{base}/permit"), ""));
    }
    forms.extend(module.scenarios.iter().flat_map(|s| {
        [
            (format!("{base}/scenarios/{}/choose", s.slug), "step=0&choice=0"),
            (format!("{base}/scenarios/{}/restart", s.slug), ""),
        ]
    }));
    forms
}

async fn assert_locked(pupil: &Browser, module: &app::content::Module, why: &str) {
    let lesson_title = module
        .lessons
        .first()
        .map(|l| l.title.get(app::i18n::Lang::En).clone());
    for path in pages_of(module) {
        let page = pupil.get(&path).await;
        assert_eq!(page.status, 403, "{path}");
        assert!(
            page.body.contains("This module isn't open for you yet"),
            "{path}: {}",
            page.body
        );
        assert!(page.body.contains(why), "{path}: {}", page.body);
        assert!(
            !page.body.contains("action=\"/modules/"),
            "{path}: no form of the module"
        );
        if let Some(title) = &lesson_title {
            assert!(!page.body.contains(title.as_str()), "{path} shows the lesson");
        }
    }
    for (path, body) in forms_of(module) {
        let refused = pupil.post(&path, body).await;
        assert_eq!(refused.status, 303, "{path}");
        assert_eq!(
            refused.header("location"),
            format!("/modules/{}", module.id),
            "{path}"
        );
    }
}

async fn stored_rows(db: &app::db::Db) -> (i64, i64) {
    let count = |table: &'static str| async move {
        let row: (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&db.pool)
            .await
            .unwrap();
        row.0
    };
    (count("answers").await, count("pupil_progress").await)
}

on_both_backends! {
    a_pupil_of_an_8_10_class_opens_only_their_tier_and_what_was_assigned => |db| {
        let router = db.router();
        let content = content();
        let teen = content.module("sextortion-first-hour").unwrap();
        let sensitive = content.module("my-body-my-pictures").unwrap();
        assert_eq!(teen.meta.tier, app::content::Tier::Teen);
        assert!(sensitive.meta.sensitive && sensitive.meta.tier == app::content::Tier::Young);

        let anne = teacher(&router, "anne@school.example").await;
        let (class_id, class_code, codes) = class_of(&anne, 1, "8-10", "gb").await;
        let child = pupil(&router, &class_code, &codes[0]).await;

        // The catalogue lists the 8–10 modules that are open, and says more will open.
        let catalogue = child.get("/modules").await.body;
        assert!(catalogue.contains("href=\"/modules/my-information\""), "{catalogue}");
        for module in content.modules() {
            let listed = catalogue.contains(&format!("href=\"/modules/{}\"", module.id));
            let open = module.meta.tier == app::content::Tier::Young && !module.meta.sensitive;
            assert_eq!(listed, open, "{} in the catalogue", module.id);
        }
        assert!(catalogue.contains("more modules will open when your teacher chooses them"), "{catalogue}");

        assert_locked(&child, teen, "another age group").await;
        assert_locked(&child, content.module("final-14-17").unwrap(), "another age group").await;
        assert_locked(&child, sensitive, "Your teacher opens this module").await;
        assert_locked(&child, content.module("final-8-10").unwrap(), "Your teacher opens this module").await;
        assert_eq!(stored_rows(&db.db).await, (0, 0), "nothing was recorded for a locked module");

        // A teacher cannot assign another tier's module to the class either.
        let base = format!("/teachers/classes/{class_id}");
        anne.post(&format!("{base}/assignments"), &format!("module={}&due=&checklist=1&lead=1&rules=1&letter=1", teen.id)).await;
        assert_locked(&child, teen, "another age group").await;

        // Once the teacher assigns the sensitive module through the checklist, it opens.
        let assigned = anne
            .post(&format!("{base}/assignments"), &format!("module={}&due=&checklist=1&lead=1&rules=1&letter=1", sensitive.id))
            .await;
        assert_eq!(assigned.status, 303);
        for path in pages_of(sensitive) {
            assert_eq!(child.get(&path).await.status, 200, "{path}");
        }
        let done = child.post(&format!("/modules/{}/lessons/1/done", sensitive.id), "").await;
        assert_eq!(done.header("location"), format!("/modules/{}/lessons/2", sensitive.id));

        // A guest browses every tier, and sees the tier on every page.
        let guest = Browser::new(&router);
        for path in pages_of(teen) {
            let page = guest.get(&path).await;
            assert_eq!(page.status, 200, "{path}");
            assert!(page.body.contains("Ages 14–17"), "{path} names the tier");
        }
    }
}
