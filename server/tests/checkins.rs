//! Check-ins through the real router, on SQLite and PostgreSQL: a class
//! answers before and after and its impact page shows the change; small
//! figures are hidden; guests cannot answer; pupils see no figure; "later"
//! waits four weeks; and `lanterne report` on thirty classes suppresses
//! small groups and names nobody.

mod common;
use app::checkins::Occasion;
use common::school::{checkin_answers as answers, class, pupil, teacher};
use common::Browser;

async fn open(teacher: &Browser, class_id: &str, occasion: &str) {
    let opened = teacher
        .post(
            &format!("/teachers/classes/{class_id}/checkins/open"),
            &format!("occasion={occasion}"),
        )
        .await;
    assert_eq!(opened.status, 303);
}

/// Each pupil signs in with their card and answers the open check-in.
async fn answer_all(router: &axum::Router, code: &str, personal: &[String], form: &str) {
    for personal_code in personal {
        let pupil = pupil(router, code, personal_code).await;
        let sent = pupil.post("/checkin", form).await;
        assert_eq!(sent.header("location"), "/modules", "{personal_code}");
    }
}

async fn stored_answers(db: &app::db::Db) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM checkin_answers")
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

on_both_backends! {
    a_class_of_twelve_answers_before_and_after_and_sees_the_change => |db| {
        let router = db.router();
        let teacher = teacher(&router, "t@example.org").await;
        let (class_id, code, personal) = class(&teacher, 12).await;
        open(&teacher, &class_id, "before").await;
        answer_all(&router, &code, &personal, &answers(Occasion::Before, false, 1)).await;
        open(&teacher, &class_id, "after").await;
        answer_all(&router, &code, &personal, &answers(Occasion::After, true, 1)).await;
        let page = teacher.get(&format!("/teachers/classes/{class_id}/impact")).await;
        assert_eq!(page.status, 200);
        let body = &page.body;
        assert!(body.contains("<svg class=\"impact-chart\""), "{body}");
        // Knowledge went from none right to all right, on the same 12 pupils.
        assert!(body.contains("0 %") && body.contains("100 %"), "{body}");
        assert!(body.contains("+100 points"), "{body}");
        assert!(body.contains("12 pupils answered both"), "{body}");
        assert!(body.contains("12 of 12 pupils chose"), "{body}");
        assert!(!body.contains("Worry rose"), "{body}");
        // The class page counts who answered, never who.
        let class_page = teacher.get(&format!("/teachers/classes/{class_id}")).await;
        assert!(class_page.body.contains("12 pupils answered"), "{}", class_page.body);
    }

    a_rise_in_worry_comes_first_with_the_way_to_help => |db| {
        let router = db.router();
        let teacher = teacher(&router, "t@example.org").await;
        let (class_id, code, personal) = class(&teacher, 6).await;
        open(&teacher, &class_id, "before").await;
        answer_all(&router, &code, &personal, &answers(Occasion::Before, true, 1)).await;
        open(&teacher, &class_id, "after").await;
        answer_all(&router, &code, &personal, &answers(Occasion::After, true, 3)).await;
        let body = teacher.get(&format!("/teachers/classes/{class_id}/impact")).await.body;
        let alert = body.find("Worry rose").expect("the worry alert");
        assert!(alert < body.find("impact-chart").unwrap(), "the alert comes before the figures");
        assert!(body.contains("href=\"/help\""), "{body}");
    }

    with_four_answers_a_figure_is_hidden => |db| {
        let router = db.router();
        let teacher = teacher(&router, "t@example.org").await;
        let (class_id, code, personal) = class(&teacher, 4).await;
        open(&teacher, &class_id, "before").await;
        answer_all(&router, &code, &personal, &answers(Occasion::Before, true, 1)).await;
        let body = teacher.get(&format!("/teachers/classes/{class_id}/impact")).await.body;
        assert!(body.contains("hidden (too few answers)"), "{body}");
        assert!(!body.contains("100 %"), "no figure from 4 pupils: {body}");
        assert!(!body.contains("4 of 4"), "{body}");
    }

    a_guest_cannot_answer_and_a_pupil_sees_no_figure => |db| {
        let router = db.router();
        let teacher = teacher(&router, "t@example.org").await;
        let (class_id, code, personal) = class(&teacher, 6).await;
        open(&teacher, &class_id, "before").await;
        let guest = Browser::new(&router);
        assert!(guest.get("/checkin").await.body.contains("answered in class"));
        let refused = guest.post("/checkin", &answers(Occasion::Before, true, 1)).await;
        assert_eq!(refused.header("location"), "/checkin");
        assert_eq!(stored_answers(&db.db).await, 0);
        let pupil = pupil(&router, &code, &personal[0]).await;
        assert!(pupil.get("/modules").await.body.contains("href=\"/checkin\""), "the invitation");
        assert!(pupil.get("/checkin").await.body.contains("name=\"ka-info\""));
        pupil.post("/checkin", &answers(Occasion::Before, true, 1)).await;
        let after = pupil.get("/checkin").await.body;
        assert!(after.contains("already answered") && !after.contains(" %"), "{after}");
        assert!(!pupil.get("/modules").await.body.contains("href=\"/checkin\""));
        for path in ["impact", ""] {
            let refused = pupil.get(&format!("/teachers/classes/{class_id}/{path}")).await;
            assert_eq!(refused.header("location"), "/teachers/login");
        }
    }

    one_submission_all_or_nothing_and_nothing_lost => |db| {
        let router = db.router();
        let teacher = teacher(&router, "t@example.org").await;
        let (class_id, code, personal) = class(&teacher, 1).await;
        open(&teacher, &class_id, "before").await;
        let pupil = pupil(&router, &code, &personal[0]).await;
        // Half a form: refused, what was ticked comes back, the gaps marked.
        let full = answers(Occasion::Before, true, 1);
        let half: Vec<&str> = full.split('&').take(3).collect();
        let sent = pupil.post("/checkin", &half.join("&")).await;
        assert!(sent.header("location").starts_with("/checkin#item-"), "{}", sent.header("location"));
        let again = pupil.get("/checkin").await.body;
        assert!(again.contains("checkin-item--missing") && again.contains("checked"), "{again}");
        assert_eq!(stored_answers(&db.db).await, 0);
        // Hostile values are refused the same way.
        let hostile = full.replacen("=", "=99", 1);
        assert!(pupil.post("/checkin", &hostile).await.header("location").starts_with("/checkin#"));
        pupil.post("/checkin", &full).await;
        let stored = stored_answers(&db.db).await;
        assert!(stored >= 17, "{stored}");
        pupil.post("/checkin", &answers(Occasion::Before, false, 4)).await;
        assert_eq!(stored_answers(&db.db).await, stored, "a second submission changes nothing");
        // Closed: refused.
        teacher.post(&format!("/teachers/classes/{class_id}/checkins/close"), "").await;
        assert!(pupil.get("/checkin").await.body.contains("no check-in to answer"));
    }

    later_waits_four_weeks_after_after => |db| {
        let router = db.router();
        let teacher = teacher(&router, "t@example.org").await;
        let (class_id, _, _) = class(&teacher, 1).await;
        open(&teacher, &class_id, "later").await;
        let count = |occasion: &'static str| {
            let pool = db.db.pool.clone();
            async move {
                sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM checkin_occasions WHERE occasion = $1")
                    .bind(occasion)
                    .fetch_one(&pool)
                    .await
                    .unwrap()
            }
        };
        assert_eq!(count("later").await, 0, "no later before after");
        open(&teacher, &class_id, "after").await;
        open(&teacher, &class_id, "later").await;
        assert_eq!(count("later").await, 0, "not the same day");
        let page = teacher.get(&format!("/teachers/classes/{class_id}")).await.body;
        assert!(page.contains("can be opened from"), "{page}");
        sqlx::query("UPDATE checkin_occasions SET opened_at = opened_at - 29 * 86400")
            .execute(&db.db.pool)
            .await
            .unwrap();
        open(&teacher, &class_id, "later").await;
        assert_eq!(count("later").await, 1);
        // Opening one closed the other.
        let open_now: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM checkin_occasions WHERE closed_at IS NULL")
            .fetch_one(&db.db.pool)
            .await
            .unwrap();
        assert_eq!(open_now, 1);
    }

    the_programme_report_suppresses_small_groups_and_names_nobody => |db| {
        let seeded = report_seed::seed(&db.db).await;
        let dir = std::env::temp_dir().join(format!("lanterne-report-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let html = report_seed::run(&db.url, &dir, "html", &[]).await;
        let csv = report_seed::run(&db.url, &dir, "csv", &[]).await;
        let csv_again = report_seed::run(&db.url, &dir, "csv", &[]).await;
        report_seed::check_html(&html, &seeded);
        report_seed::check_csv(&csv, &csv_again, &seeded);
        // A period before any occasion: nothing.
        let empty = report_seed::run(&db.url, &dir, "html", &["--until", "2000-01-01"]).await;
        assert!(empty.contains("No check-in was answered"), "{empty}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// Thirty classes written straight into the database, and what the report
/// may and may not show of them.
mod report_seed {
    use app::db::Db;
    use clap::Parser;

    pub struct Seeded {
        /// Every identifier that must not appear: teachers, classes, names, respondents.
        pub secrets: Vec<String>,
        /// Item responses the CSV must hold (the large groups').
        pub exported: usize,
    }

    /// (tier, country, classes, pupils per class, module assigned, exported):
    /// 8–10 in the UK is the one group of 3 classes and 5 pupils or more.
    const GROUPS: &[(&str, &str, usize, usize, &str, bool)] = &[
        ("8-10", "gb", 22, 6, "my-information", true),
        ("8-10", "gb", 1, 6, "behind-the-screen", true),
        ("8-10", "fr", 2, 6, "my-information", false),
        ("14-17", "gb", 2, 8, "intimate-pictures", false),
        ("11-13", "fr", 3, 1, "my-information", false),
    ];

    /// Items per occasion: (part, item).
    const ITEMS: &[(&str, &str)] = &[
        ("knowledge-a", "k1"),
        ("knowledge-a", "k2"),
        ("confidence", "c1"),
        ("worry", "w1"),
    ];

    pub async fn seed(db: &Db) -> Seeded {
        let mut secrets = vec![];
        let mut exported = 0;
        let mut n = 0;
        sqlx::query("INSERT INTO teachers (id, email, password_hash, created_at) VALUES ('teacher-x', 'secret-teacher@example.org', 'h', 0)")
            .execute(&db.pool)
            .await
            .unwrap();
        secrets.extend(["teacher-x".to_owned(), "secret-teacher@example.org".to_owned()]);
        for (tier, country, classes, pupils, module, export) in GROUPS {
            for _ in 0..*classes {
                n += 1;
                let class = format!("class-id-{n:03}");
                let name = format!("Secret Class {n:03}");
                sqlx::query("INSERT INTO classes (id, teacher_id, name, tier, country, year_end, code, created_at) VALUES ($1, 'teacher-x', $2, $3, $4, '2099-07-01', $5, 0)")
                    .bind(&class).bind(&name).bind(*tier).bind(*country).bind(format!("CODE{n:03}"))
                    .execute(&db.pool).await.unwrap();
                sqlx::query("INSERT INTO assignments (class_id, module_id, assigned_at) VALUES ($1, $2, 0)")
                    .bind(&class)
                    .bind(*module)
                    .execute(&db.pool)
                    .await
                    .unwrap();
                for (k, occasion) in ["before", "after"].iter().enumerate() {
                    let id = format!("{class}-{occasion}");
                    sqlx::query("INSERT INTO checkin_occasions (id, class_id, occasion, content_version, opened_at, closed_at) VALUES ($1, $2, $3, 'v1', $4, $4)")
                        .bind(&id).bind(&class).bind(*occasion).bind(app::db::now_unix() - 86_400 * (10 - k as i64))
                        .execute(&db.pool).await.unwrap();
                    for p in 0..*pupils {
                        let respondent = app::codes::one_way(&format!("{class}:{p}"));
                        for (part, item) in ITEMS {
                            let (score, max) = match *part {
                                "knowledge-a" => (k as i64, 1),
                                _ => (2 + k as i64, 4),
                            };
                            sqlx::query("INSERT INTO checkin_answers (occasion_id, respondent, part, item_id, answer, score, max_score) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                                .bind(&id).bind(&respondent).bind(*part).bind(*item).bind(score.to_string()).bind(score).bind(max)
                                .execute(&db.pool).await.unwrap();
                        }
                        if *export {
                            exported += ITEMS.len();
                        }
                        secrets.push(respondent);
                    }
                }
                secrets.extend([class, name]);
            }
        }
        assert_eq!(n, 30);
        Seeded { secrets, exported }
    }

    /// Runs `lanterne report` as the command line would, and reads its file.
    pub async fn run(url: &str, dir: &std::path::Path, format: &str, extra: &[&str]) -> String {
        let out = dir.join(format!("report-{}.{format}", app::codes::random_id()));
        let mut args = vec![
            "lanterne",
            "report",
            "--database-url",
            url,
            "--format",
            format,
            "--out",
        ];
        let out_text = out.display().to_string();
        args.push(&out_text);
        args.extend(extra);
        let cli = server::config::Cli::parse_from(args);
        let server::config::Command::Report(report) = cli.command else {
            panic!("not a report")
        };
        server::report::run(&report).await.expect("the report is written");
        std::fs::read_to_string(out).unwrap()
    }

    pub fn check_html(html: &str, seeded: &Seeded) {
        assert!(
            html.starts_with("<!DOCTYPE html>") && html.contains("<svg"),
            "{html}"
        );
        for secret in &seeded.secrets {
            assert!(!html.contains(secret.as_str()), "{secret} appears in the report");
        }
        // 8–10: 25 classes of 6 pupils, shown; the UK's 23 shown, France's 2 suppressed.
        assert!(html.contains("25 classes, 150 pupils."), "{html}");
        let section = |tier: &str| {
            html.split("<h2>")
                .find(|s| s.starts_with(tier))
                .unwrap()
                .to_owned()
        };
        let young = section("Ages 8–10");
        assert!(
            young.contains("<th scope=\"row\">United Kingdom</th><td>23</td><td>138</td>"),
            "{young}"
        );
        assert!(
            young.contains("<th scope=\"row\">France</th><td colspan"),
            "{young}"
        );
        assert!(
            young.contains("<th scope=\"row\">my-information</th><td>24</td><td>144</td>"),
            "{young}"
        );
        assert!(
            young.contains("<th scope=\"row\">behind-the-screen</th><td colspan"),
            "{young}"
        );
        assert!(young.contains("+100 points"), "{young}");
        // 14–17: two classes; 11–13: three pupils: suppressed whole.
        for tier in ["Ages 14–17", "Ages 11–13"] {
            let part = section(tier);
            assert!(
                part.contains("suppressed") && !part.contains("<svg") && !part.contains("pupils."),
                "{part}"
            );
        }
    }

    pub fn check_csv(csv: &str, again: &str, seeded: &Seeded) {
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "tier,country,content_version,occasion,part,item_id,answer,pupil"
        );
        assert_eq!(
            lines.len() - 1,
            seeded.exported,
            "only the large groups' responses"
        );
        assert!(lines[1..].iter().all(|l| l.starts_with("8-10,gb,v1,")), "{csv}");
        for secret in &seeded.secrets {
            assert!(!csv.contains(secret.as_str()), "{secret} appears in the export");
        }
        // Each pupil keeps one key within an export, never the same across two.
        let keys = |text: &str| {
            text.lines()
                .skip(1)
                .map(|l| l.rsplit(',').next().unwrap().to_owned())
                .collect::<std::collections::BTreeSet<_>>()
        };
        let (first, second) = (keys(csv), keys(again));
        assert_eq!(first.len(), 138);
        assert!(first.is_disjoint(&second));
    }
}
