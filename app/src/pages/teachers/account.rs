//! Teacher accounts: sign up, log in, log out, change password, delete the
//! account. Passwords are hashed with Argon2id; failed logins are throttled
//! per account and per address; no message says whether an email is known.

use super::passwords::{hash_off_thread, verify_off_thread};
use super::{require_teacher, Endpoints};
use crate::db::{now_unix, Db};
use crate::session::{SessionUser, TypedSession};
use crate::state::AppState;
use crate::web::codes::random_id;
use crate::web::flash;
use crate::web::throttle::{self, ClientAddress, Scope};
use crate::web::FormData;
use axum::extract::State;
use axum::response::Redirect;
use tower_sessions::Session;

pub const MIN_PASSWORD: usize = 10;
const MAX_PASSWORD: usize = 200;

pub(super) fn endpoints(endpoints: Endpoints) -> Endpoints {
    endpoints
        .post("/teachers/signup", signup)
        .post("/teachers/login", login)
        .post("/teachers/logout", logout)
        .post("/teachers/account/password", change_password)
        .post("/teachers/account/delete", delete_account)
        .get("/teachers/account/export.json", export_account)
}

/// An email address as stored: trimmed, lower case; `None` if it cannot be one.
pub fn normalise_email(typed: &str) -> Option<String> {
    let email = typed.trim().to_lowercase();
    let (local, domain) = email.split_once('@')?;
    let valid = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && email.len() <= 254
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | ','));
    valid.then_some(email)
}

fn password_problem(password: &str, confirm: &str) -> Option<&'static str> {
    let length = password.chars().count();
    if length < MIN_PASSWORD {
        Some("teacher-error-password-short")
    } else if length > MAX_PASSWORD {
        Some("teacher-error-password-long")
    } else if password != confirm {
        Some("teacher-error-password-mismatch")
    } else {
        None
    }
}

// --- storage ---------------------------------------------------------------

async fn find_by_email(db: &Db, email: &str) -> Result<Option<(String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, password_hash FROM teachers WHERE email = $1")
        .bind(email)
        .fetch_optional(&db.pool)
        .await
}

async fn password_hash_of(db: &Db, id: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT password_hash FROM teachers WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// The email of a teacher account.
pub async fn email_of(db: &Db, id: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT email FROM teachers WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

async fn insert_teacher(db: &Db, email: &str, hash: &str) -> Result<Option<String>, sqlx::Error> {
    let id = random_id();
    let inserted = sqlx::query(
        "INSERT INTO teachers (id, email, password_hash, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO NOTHING",
    )
    .bind(&id)
    .bind(email)
    .bind(hash)
    .bind(now_unix())
    .execute(&db.pool)
    .await?;
    Ok((inserted.rows_affected() == 1).then_some(id))
}

/// Deletes a teacher, their classes, everything their pupils did and every
/// session of theirs, all or nothing.
#[tracing::instrument(skip(db))]
pub async fn delete_teacher(db: &Db, id: &str) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    crate::classes::delete_classes_in(&mut tx, "teacher_id = $1", &[id]).await?;
    sqlx::query("DELETE FROM teachers WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    crate::session::end_sessions_of(&mut tx, id).await?;
    tx.commit().await
}

/// Ends every session of a teacher.
async fn end_sessions(db: &Db, id: &str) -> Result<(), sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    crate::session::end_sessions_of(&mut conn, id).await
}

// --- forms -------------------------------------------------------------------

/// Whether this address has used up its sign-ups (every attempt that reaches
/// hashing counts); a database error blocks, as for sign-ins.
async fn signup_blocked(db: &Db, address: &str) -> bool {
    throttle::is_blocked(db, Scope::SignupAddress, address)
        .await
        .unwrap_or(true)
}

async fn signup(
    State(state): State<AppState>,
    session: Session,
    ClientAddress(address): ClientAddress,
    body: String,
) -> Redirect {
    let form = FormData::parse(&body);
    let back = "/teachers/signup";
    if signup_blocked(&state.db, &address).await {
        flash::error(&session, "teacher-error-throttled", &form, &["email"]).await;
        return Redirect::to(back);
    }
    let Some(email) = normalise_email(form.text("email")) else {
        flash::error(&session, "teacher-error-email", &form, &["email"]).await;
        return Redirect::to(back);
    };
    if let Some(problem) = password_problem(form.raw("password"), form.raw("confirm")) {
        flash::error(&session, problem, &form, &["email"]).await;
        return Redirect::to(back);
    }
    if let Err(error) = throttle::record_failure(&state.db, Scope::SignupAddress, &address).await {
        tracing::error!(%error, "could not count a sign-up");
    }
    let Some(hash) = hash_off_thread(form.raw("password").to_owned()).await else {
        flash::error(&session, "error-try-again", &form, &["email"]).await;
        return Redirect::to(back);
    };
    match insert_teacher(&state.db, &email, &hash).await {
        Ok(Some(id)) => {
            if TypedSession::new(session.clone())
                .login(SessionUser::Teacher { id })
                .await
                .is_err()
            {
                flash::error(&session, "error-try-again", &form, &["email"]).await;
                return Redirect::to("/teachers/login");
            }
            flash::notice(&session, "teacher-notice-welcome").await;
            Redirect::to("/teachers/classes")
        }
        Ok(None) => {
            flash::error(&session, "teacher-error-signup-failed", &form, &["email"]).await;
            Redirect::to(back)
        }
        Err(error) => {
            tracing::error!(%error, "could not create a teacher account");
            flash::error(&session, "error-try-again", &form, &["email"]).await;
            Redirect::to(back)
        }
    }
}

async fn login(
    State(state): State<AppState>,
    session: Session,
    ClientAddress(address): ClientAddress,
    body: String,
) -> Redirect {
    let form = FormData::parse(&body);
    let back = "/teachers/login";
    let email = normalise_email(form.text("email")).unwrap_or_else(|| form.text("email").to_lowercase());
    let db = &state.db;
    let blocked = throttle::is_blocked(db, Scope::TeacherAccount, &email)
        .await
        .unwrap_or(true)
        || throttle::is_blocked(db, Scope::TeacherAddress, &address)
            .await
            .unwrap_or(true);
    if blocked {
        flash::error(&session, "teacher-error-throttled", &form, &["email"]).await;
        return Redirect::to(back);
    }
    let account = find_by_email(db, &email).await.ok().flatten();
    let hash = account.as_ref().map(|(_, hash)| hash.clone());
    let verified = verify_off_thread(form.raw("password").to_owned(), hash).await;
    match (verified, account) {
        (true, Some((id, _))) => {
            if TypedSession::new(session.clone())
                .login(SessionUser::Teacher { id })
                .await
                .is_err()
            {
                flash::error(&session, "error-try-again", &form, &["email"]).await;
                return Redirect::to(back);
            }
            Redirect::to("/teachers/classes")
        }
        _ => {
            let _ = throttle::record_failure(db, Scope::TeacherAccount, &email).await;
            let _ = throttle::record_failure(db, Scope::TeacherAddress, &address).await;
            flash::error(&session, "teacher-error-login", &form, &["email"]).await;
            Redirect::to(back)
        }
    }
}

async fn logout(session: Session) -> Redirect {
    if let Err(error) = TypedSession::new(session).logout().await {
        tracing::error!(%error, "could not end a session");
    }
    Redirect::to("/")
}

async fn change_password(State(state): State<AppState>, session: Session, body: String) -> Redirect {
    let Some(id) = require_teacher(&session).await else {
        return Redirect::to("/teachers/login");
    };
    let form = FormData::parse(&body);
    let back = "/teachers/account";
    let current = password_hash_of(&state.db, &id).await.ok().flatten();
    if !verify_off_thread(form.raw("current").to_owned(), current).await {
        flash::error(&session, "teacher-error-current-password", &form, &[]).await;
        return Redirect::to(back);
    }
    if let Some(problem) = password_problem(form.raw("password"), form.raw("confirm")) {
        flash::error(&session, problem, &form, &[]).await;
        return Redirect::to(back);
    }
    let Some(hash) = hash_off_thread(form.raw("password").to_owned()).await else {
        flash::error(&session, "error-try-again", &form, &[]).await;
        return Redirect::to(back);
    };
    let saved = sqlx::query("UPDATE teachers SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(&id)
        .execute(&state.db.pool)
        .await;
    // Every other session of this account ends (a stolen one too); this one
    // goes on under a new id, saved once this response is sent.
    let ended = match saved {
        Ok(_) => end_sessions(&state.db, &id).await,
        Err(error) => Err(error),
    };
    match ended {
        Ok(()) => {
            let _ = session.cycle_id().await;
            flash::notice(&session, "teacher-notice-password-changed").await;
        }
        Err(_) => flash::error(&session, "error-try-again", &form, &[]).await,
    }
    Redirect::to(back)
}

async fn delete_account(State(state): State<AppState>, session: Session, body: String) -> Redirect {
    let Some(id) = require_teacher(&session).await else {
        return Redirect::to("/teachers/login");
    };
    let form = FormData::parse(&body);
    let current = password_hash_of(&state.db, &id).await.ok().flatten();
    if !verify_off_thread(form.raw("current").to_owned(), current).await {
        flash::error(&session, "teacher-error-current-password", &form, &[]).await;
        return Redirect::to("/teachers/account");
    }
    if let Err(error) = delete_teacher(&state.db, &id).await {
        tracing::error!(%error, "could not delete a teacher account");
        flash::error(&session, "error-try-again", &form, &[]).await;
        return Redirect::to("/teachers/account");
    }
    let _ = TypedSession::new(session.clone()).logout().await;
    flash::notice(&session, "teacher-notice-account-deleted").await;
    Redirect::to("/teachers")
}

/// `GET /teachers/account/export.json`: everything Lanterne holds about the
/// teacher's account: the account, each class, its pupils (handles), what
/// was assigned and every answer and progress of its pupils.
async fn export_account(
    State(state): State<AppState>,
    request: axum::extract::Request,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    use serde_json::json;
    let session = request.extensions().get::<Session>().cloned();
    let Some(id) = (match &session {
        Some(session) => require_teacher(session).await,
        None => None,
    }) else {
        return Redirect::to("/teachers/login").into_response();
    };
    let i18n = crate::i18n::I18n {
        lang: request
            .extensions()
            .get::<crate::i18n::Lang>()
            .copied()
            .unwrap_or_default(),
    };
    let db = &state.db;
    let gathered: Result<serde_json::Value, sqlx::Error> = async {
        let (email, created_at): (String, i64) =
            sqlx::query_as("SELECT email, created_at FROM teachers WHERE id = $1").bind(&id).fetch_one(&db.pool).await?;
        let mut classes = vec![];
        for class in crate::classes::classes_of(db, &id).await? {
            let pupils = crate::classes::pupils_of(db, &class.id).await?;
            let number = |pupil_id: &str| pupils.iter().find(|p| p.id == pupil_id).map(|p| p.number);
            let answers: Vec<_> = crate::course::answers_of_class(db, &class.id)
                .await?
                .into_iter()
                .map(|a| json!({"pupil": number(&a.pupil_id), "module": a.module_id, "question": a.question_id,
                    "attempt": a.attempt, "options": a.options, "correct": a.correct}))
                .collect();
            let progress: Vec<_> = crate::course::module_states_of_class(db, &class.id)
                .await?
                .into_iter()
                .map(|(pupil, module, state)| json!({"pupil": number(&pupil), "module": module,
                    "state": serde_json::from_str::<serde_json::Value>(&state).unwrap_or_default()}))
                .collect();
            let assignments: Vec<_> = crate::classes::assignments(db, &class.id)
                .await?
                .into_iter()
                .map(|a| json!({"module": a.module_id, "due": a.due_date}))
                .collect();
            classes.push(json!({
                "name": class.name, "tier": class.tier.code(), "country": class.country.code(),
                "school_year_end": class.year_end, "class_code": class.code, "open": class.is_open,
                "archived": class.archived,
                "pupils": pupils.iter().map(|p| json!({"number": p.number, "handle": p.handle(i18n)})).collect::<Vec<_>>(),
                "assignments": assignments, "answers": answers, "progress": progress,
            }));
        }
        Ok(json!({"account": {"email": email, "created_at_unix": created_at}, "classes": classes}))
    }
    .await;
    match gathered {
        Ok(data) => (
            [
                (http::header::CONTENT_TYPE, "application/json"),
                (
                    http::header::CONTENT_DISPOSITION,
                    "attachment; filename=\"lanterne-account.json\"",
                ),
                (http::header::CACHE_CONTROL, "no-store"),
            ],
            serde_json::to_string_pretty(&data).unwrap_or_default(),
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "could not export an account");
            (http::StatusCode::SERVICE_UNAVAILABLE, i18n.t("error-try-again")).into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_or_refused() {
        assert_eq!(
            normalise_email("  Anne.Martin@Ecole.FR ").as_deref(),
            Some("anne.martin@ecole.fr")
        );
        for bad in [
            "",
            "anne",
            "anne@",
            "@ecole.fr",
            "anne@ecole",
            "a b@ecole.fr",
            "<script>@x.fr",
            "a@b@c.fr",
        ] {
            assert_eq!(normalise_email(bad), None, "{bad}");
        }
    }

    #[test]
    fn password_problems_are_named() {
        assert_eq!(
            password_problem("short", "short"),
            Some("teacher-error-password-short")
        );
        assert_eq!(
            password_problem("long enough 1", "long enough 2"),
            Some("teacher-error-password-mismatch")
        );
    }
}
