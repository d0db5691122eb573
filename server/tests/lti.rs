//! LTI 1.3 through the real router, on SQLite and PostgreSQL, against a
//! small platform played by the test (its keys, token and score endpoints on
//! a local port). The browser test (`end2end/tests/lti.spec.ts`) runs the
//! whole flow against a platform nobody here wrote; these tests cover what a
//! browser test cannot reach: a browser that keeps no cookie in the frame,
//! a platform that is down, key rotation, framing headers, and deletion.

mod common;
use app::lti::platforms::{self, NewPlatform};
use app::lti::{grades, keys};
use axum::routing::{get, post};
use common::{Page, TestDb};
use jsonwebtoken::jwk::{Jwk, JwkSet};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use rsa::pkcs1::EncodeRsaPrivateKey;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

const LAUNCH: &str = "http://localhost/lti/launch";
const LEARNER: &str = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
const INSTRUCTOR: &str = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

/// A platform played by the test.
struct Platform {
    url: String,
    key: EncodingKey,
    down: Arc<AtomicBool>,
    scores: Arc<Mutex<Vec<Value>>>,
}

async fn platform() -> Platform {
    let private = rsa::RsaPrivateKey::new(&mut rsa::rand_core::OsRng, 2048).unwrap();
    let pem = private.to_pkcs1_pem(rsa::pkcs1::LineEnding::LF).unwrap();
    let key = EncodingKey::from_rsa_pem(pem.as_bytes()).unwrap();
    let mut jwk = Jwk::from_encoding_key(&key, Algorithm::RS256).unwrap();
    jwk.common.key_id = Some("platform-key".into());
    let set = JwkSet { keys: vec![jwk] };
    let (down, scores) = (Arc::new(AtomicBool::new(false)), Arc::new(Mutex::new(Vec::new())));
    let (is_down, kept) = (down.clone(), scores.clone());
    let router = axum::Router::new()
        .route("/jwks", get(move || async move { axum::Json(set) }))
        .route(
            "/token",
            post(|| async { axum::Json(json!({"access_token": "token-1", "expires_in": 3600})) }),
        )
        .route(
            "/lineitems/1/scores",
            post(move |body: String| async move {
                if is_down.load(Ordering::SeqCst) {
                    return http::StatusCode::SERVICE_UNAVAILABLE;
                }
                kept.lock().unwrap().push(serde_json::from_str(&body).unwrap());
                http::StatusCode::OK
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    tokio::spawn(async move { axum::serve(listener, router).await });
    Platform {
        url,
        key,
        down,
        scores,
    }
}

async fn register(db: &TestDb, platform: &Platform) -> app::lti::Platform {
    let new = NewPlatform {
        issuer: platform.url.clone(),
        client_id: "client-1".into(),
        deployments: vec!["deployment-1".into()],
        auth_url: format!("{}/auth", platform.url),
        token_url: format!("{}/token", platform.url),
        jwks_url: format!("{}/jwks", platform.url),
        frame_origins: vec![],
    };
    platforms::add(&db.db, &new).await.unwrap()
}

/// The login initiation; returns the state, the nonce and the state cookie.
async fn login(router: &axum::Router, platform: &Platform, user: &str) -> (String, String, String) {
    let query = format!(
        "/lti/login?iss={}&login_hint={user}&target_link_uri={}&client_id=client-1",
        platform.url, LAUNCH
    );
    let page = common::get(router, &query, &[("host", "localhost")]).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let location = page.header("location").to_owned();
    let query = location.split_once('?').unwrap().1;
    let param = |name: &str| {
        let pair = query
            .split('&')
            .find(|p| p.starts_with(&format!("{name}=")))
            .unwrap();
        pair.split_once('=').unwrap().1.to_owned()
    };
    let cookie = page.header("set-cookie").split(';').next().unwrap().to_owned();
    (param("state"), param("nonce"), cookie)
}

fn id_token(platform: &Platform, nonce: &str, user: &str, role: &str, extra: Value) -> String {
    let now = app::db::now_unix();
    let mut claims = json!({
        "iss": platform.url, "aud": "client-1", "sub": user, "iat": now, "exp": now + 300, "nonce": nonce,
        "name": "Camille Secret", "email": "camille@example.org",
        "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiResourceLinkRequest",
        "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
        "https://purl.imsglobal.org/spec/lti/claim/deployment_id": "deployment-1",
        "https://purl.imsglobal.org/spec/lti/claim/roles": [role],
        "https://purl.imsglobal.org/spec/lti/claim/context": {"id": "course-9", "title": "5e B"},
        "https://purl.imsglobal.org/spec/lti/claim/resource_link": {"id": "link-1"},
        "https://purl.imsglobal.org/spec/lti/claim/custom": {"lanterne_module": "my-information"},
        "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": {
            "scope": ["https://purl.imsglobal.org/spec/lti-ags/scope/score"],
            "lineitem": format!("{}/lineitems/1", platform.url)
        }
    });
    claims
        .as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some("platform-key".into());
    jsonwebtoken::encode(&header, &claims, &platform.key).unwrap()
}

/// A whole launch; `keep_cookie` says whether the browser sends the state cookie back.
async fn launch(
    router: &axum::Router,
    platform: &Platform,
    user: &str,
    role: &str,
    keep_cookie: bool,
) -> Page {
    let (state, nonce, cookie) = login(router, platform, user).await;
    let token = id_token(platform, &nonce, user, role, json!({}));
    let form = format!("id_token={token}&state={state}");
    let mut headers = vec![
        ("host", "localhost"),
        ("sec-fetch-site", "cross-site"),
        ("accept-language", "en"),
    ];
    if keep_cookie {
        headers.push(("cookie", cookie.as_str()));
    }
    common::post_form(router, "/lti/launch", &form, &headers).await
}

fn session_cookie(page: &Page) -> String {
    let set = page
        .all_headers("set-cookie")
        .into_iter()
        .find(|c| c.starts_with("lanterne_session="))
        .expect("a session");
    set.split(';').next().unwrap().to_owned()
}

on_both_backends! {
    a_learner_whose_frame_keeps_no_cookie_continues_in_a_new_tab_once => |db| {
        let router = db.router();
        let platform = platform().await;
        register(db, &platform).await;
        let teacher = launch(&router, &platform, "teacher-9", INSTRUCTOR, true).await;
        assert_eq!(teacher.status, 303, "{}", teacher.body);
        // No state cookie came back: the launch is checked, then handed to a new tab.
        let framed = launch(&router, &platform, "pupil-9", LEARNER, false).await;
        assert_eq!(framed.status, 200, "{}", framed.body);
        assert!(framed.body.contains("Open Lanterne in a new tab"), "{}", framed.body);
        let at = framed.body.find("/lti/continue/").unwrap();
        let link: String = framed.body[at..].chars().take_while(|c| *c != '"').collect();
        let tab = common::get(&router, &link, &[]).await;
        assert_eq!(tab.header("location"), "/modules/my-information");
        let cookie = session_cookie(&tab);
        let module = common::get(&router, "/modules/my-information", &[("cookie", cookie.as_str())]).await;
        assert_eq!(module.status, 200);
        // A ticket opens once.
        let again = common::get(&router, &link, &[]).await;
        assert_eq!(again.status, 400, "{}", again.body);
        // Nothing the platform said about the person was kept.
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM teachers WHERE email LIKE '%example.org%'")
            .fetch_one(&db.db.pool).await.unwrap();
        assert_eq!(count, 0);
    }

    a_score_waits_while_the_platform_is_down_then_goes_and_forgets_the_platform_id => |db| {
        let router = db.router();
        let platform = platform().await;
        register(db, &platform).await;
        let teacher = launch(&router, &platform, "teacher-8", INSTRUCTOR, true).await;
        let teacher_cookie = session_cookie(&teacher);
        let class_path = teacher.header("location").to_owned();
        let launched = launch(&router, &platform, "pupil-8", LEARNER, true).await;
        assert_eq!(launched.header("location"), "/modules/my-information");
        let pupil = common::Browser::new(&router);
        pupil.set_cookie(&session_cookie(&launched));
        platform.down.store(true, Ordering::SeqCst);
        let questions = common::bundled_content().module("my-information").unwrap().quiz.as_ref().unwrap().questions.len();
        for n in 1..=questions {
            pupil.answer("my-information", n, &[0]).await;
        }
        // The server's sender tries at once and fails; the score waits, with the platform's id.
        let lti = app::lti::Lti::default();
        let tried = || sqlx::query_as::<_, (Option<String>, i64, Option<String>)>("SELECT user_sub, attempts, last_error FROM lti_scores");
        let mut row = tried().fetch_one(&db.db.pool).await.unwrap();
        for _ in 0..100 {
            if row.2.is_some() { break; }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            row = tried().fetch_one(&db.db.pool).await.unwrap();
        }
        assert_eq!(row.0.as_deref(), Some("pupil-8"));
        assert!(row.1 >= 1 && row.2.is_some(), "{row:?}");
        let class = common::get(&router, &class_path, &[("cookie", teacher_cookie.as_str()), ("accept-language", "en")]).await;
        assert!(class.body.contains("Scores sent to your learning platform"), "{}", class.body);
        assert!(class.body.contains("Lanterne tries again by itself"), "{}", class.body);
        // The platform is back: the next try (made due now) sends it, once.
        platform.down.store(false, Ordering::SeqCst);
        let due = || sqlx::query("UPDATE lti_scores SET next_at = 0 WHERE sent_at IS NULL").execute(&db.db.pool);
        let sent_at = || sqlx::query_scalar::<_, Option<i64>>("SELECT sent_at FROM lti_scores");
        for _ in 0..100 {
            if sent_at().fetch_one(&db.db.pool).await.unwrap().is_some() { break; }
            due().await.unwrap();
            grades::send_due(&db.db, &lti).await.unwrap();
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let sent = platform.scores.lock().unwrap().clone();
        assert_eq!(sent.len(), 1, "{sent:?}");
        assert_eq!(sent[0]["userId"], "pupil-8");
        assert_eq!(sent[0]["scoreMaximum"], 100);
        let sub: Option<String> = sqlx::query_scalar("SELECT user_sub FROM lti_scores").fetch_one(&db.db.pool).await.unwrap();
        assert_eq!(sub, None);
        // Finishing again queues nothing more: the first score stands.
        pupil.answer("my-information", 1, &[0]).await;
        assert_eq!(grades::send_due(&db.db, &lti).await.unwrap(), 0);
        let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM lti_scores").fetch_one(&db.db.pool).await.unwrap();
        assert_eq!((rows, platform.scores.lock().unwrap().len()), (1, 1));
        // The course's class goes with everything LTI knew of its pupils.
        let class_id = class_path.rsplit('/').next().unwrap();
        let teacher_id: String = sqlx::query_scalar("SELECT teacher_id FROM classes WHERE id = $1").bind(class_id).fetch_one(&db.db.pool).await.unwrap();
        assert!(app::classes::delete_class(&db.db, &teacher_id, class_id).await.unwrap());
        for table in ["lti_scores", "lti_pupils", "lti_classes"] {
            let left: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&db.db.pool).await.unwrap();
            assert_eq!(left, 0, "{table}");
        }
    }

    only_the_launching_platform_may_frame_the_pages => |db| {
        let router = db.router();
        let platform = platform().await;
        let registered = register(db, &platform).await;
        let plain = common::get(&router, "/help", &[]).await;
        assert!(plain.header("content-security-policy").contains("frame-ancestors 'none'"));
        assert_eq!(plain.header("x-frame-options"), "DENY");
        let cookie = format!("lanterne_frame={}", registered.id);
        let framed = common::get(&router, "/help", &[("cookie", cookie.as_str())]).await;
        assert!(framed.header("content-security-policy").contains(&format!("frame-ancestors {}", platform.url)), "{}", framed.header("content-security-policy"));
        assert_eq!(framed.header("x-frame-options"), "");
        let forged = common::get(&router, "/help", &[("cookie", "lanterne_frame=not-a-platform")]).await;
        assert!(forged.header("content-security-policy").contains("frame-ancestors 'none'"));
        // The launch's session cookie is one the platform's frame sends.
        let launched = launch(&router, &platform, "teacher-7", INSTRUCTOR, true).await;
        let session = launched.all_headers("set-cookie").into_iter().find(|c| c.starts_with("lanterne_session=")).unwrap();
        assert!(session.ends_with("SameSite=None; Secure; Partitioned"), "{session}");
    }

    the_signing_key_rotates_and_the_old_one_stays_published_for_a_day => |db| {
        let router = db.router();
        let first: JwkSet = serde_json::from_str(&common::get(&router, "/lti/jwks", &[]).await.body).unwrap();
        assert_eq!(first.keys.len(), 1);
        let new_kid = keys::rotate(&db.db).await.unwrap();
        let both: JwkSet = serde_json::from_str(&common::get(&router, "/lti/jwks", &[]).await.body).unwrap();
        assert_eq!(both.keys.len(), 2);
        assert_eq!(both.keys[0].common.key_id.as_deref(), Some(new_kid.as_str()));
        sqlx::query("UPDATE lti_keys SET retired_at = retired_at - 90000 WHERE retired_at IS NOT NULL").execute(&db.db.pool).await.unwrap();
        assert_eq!(keys::purge_retired(&db.db).await.unwrap(), 1);
        let last: JwkSet = serde_json::from_str(&common::get(&router, "/lti/jwks", &[]).await.body).unwrap();
        assert_eq!(last.keys.len(), 1);
        assert_eq!(last.keys[0].common.key_id.as_deref(), Some(new_kid.as_str()));
    }

    a_platform_is_registered_once_and_only_over_https => |db| {
        let mut new = NewPlatform {
            issuer: "http://moodle.example.fr".into(),
            client_id: "c".into(),
            deployments: vec!["1".into()],
            auth_url: "https://moodle.example.fr/mod/lti/auth.php".into(),
            token_url: "https://moodle.example.fr/mod/lti/token.php".into(),
            jwks_url: "https://moodle.example.fr/mod/lti/certs.php".into(),
            frame_origins: vec![],
        };
        assert!(matches!(platforms::add(&db.db, &new).await, Err(platforms::RegistrationError::NotHttps(_))));
        new.issuer = "https://moodle.example.fr".into();
        let added = platforms::add(&db.db, &new).await.unwrap();
        assert_eq!(added.frame_origins, vec!["https://moodle.example.fr".to_owned()]);
        assert!(matches!(platforms::add(&db.db, &new).await, Err(platforms::RegistrationError::Taken { .. })));
        assert_eq!(platforms::remove(&db.db, "https://moodle.example.fr").await.unwrap(), 1);
        assert!(platforms::list(&db.db).await.unwrap().is_empty());
    }

    a_teacher_a_platform_made_deletes_their_account_with_a_ticked_box => |db| {
        let router = db.router();
        let platform = platform().await;
        register(db, &platform).await;
        let launched = launch(&router, &platform, "teacher-6", INSTRUCTOR, true).await;
        let teacher = common::Browser::new(&router);
        teacher.set_cookie(&session_cookie(&launched));
        let account = teacher.get("/teachers/account").await;
        assert!(account.body.contains("This account was made by your learning platform"), "{}", account.body);
        assert!(!account.body.contains("/teachers/account/password"), "no password to change");
        // No password can be set on it by a forged form, ticked box or not.
        teacher.post("/teachers/account/password", "current=&password=a-long-new-password&confirm=1").await;
        let hash: String = sqlx::query_scalar("SELECT password_hash FROM teachers").fetch_one(&db.db.pool).await.unwrap();
        assert_eq!(hash, app::accounts::PLATFORM_ACCOUNT);
        let refused = teacher.post("/teachers/account/delete", "").await;
        assert_eq!(refused.header("location"), "/teachers/account");
        let again = teacher.get("/teachers/account").await;
        assert!(again.body.contains("Tick the box"), "{}", again.body);
        let deleted = teacher.post("/teachers/account/delete", "confirm=1").await;
        assert_eq!(deleted.header("location"), "/teachers");
        for table in ["teachers", "lti_teachers", "classes", "lti_classes"] {
            let left: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(&db.db.pool).await.unwrap();
            assert_eq!(left, 0, "{table}");
        }
    }

    the_pick_page_is_for_a_teacher_with_a_deep_link_waiting => |db| {
        let router = db.router();
        let anonymous = common::get(&router, "/lti/pick", &[]).await;
        assert_eq!(anonymous.status, 303);
        assert_eq!(anonymous.header("location"), "/teachers/login");
        let teacher = common::school::teacher(&router, "pick@example.org").await;
        let page = teacher.get("/lti/pick").await;
        assert!(page.body.contains("There is no module choice waiting"), "{}", page.body);
        let sent = teacher.post("/lti/pick", "tier=8-10&module=my-information").await;
        assert_eq!(sent.header("location"), "/lti/pick");
    }
}
