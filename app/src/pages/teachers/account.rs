//! Teacher accounts: sign up, log in, log out, change password, delete the
//! account. Passwords are hashed with Argon2id; failed logins are throttled
//! per account and per address; no message says whether an email is known.

use super::passwords::{hash_off_thread, verify_off_thread};
use crate::accounts;
use crate::db::Db;
use crate::session::{SessionUser, TypedSession};
use crate::state::AppState;
use crate::web::flash;
use crate::web::throttle::{self, ClientAddress, Scope};
use crate::web::{AppError, Endpoints, FormData, Teacher};
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
        .get("/teachers/account/export.json", super::export::export_account)
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

/// Whether this address has used up its sign-ups (every attempt that reaches
/// hashing counts); a database error blocks, as for sign-ins.
async fn signup_blocked(db: &Db, address: &str) -> bool {
    throttle::is_blocked(db, Scope::SignupAddress, address)
        .await
        .unwrap_or(true)
}

/// Back to `path` with the error `message`, the email typed kept.
async fn refused(session: &Session, message: &str, form: &FormData, path: &'static str) -> Redirect {
    flash::error(session, message, form, &["email"]).await;
    Redirect::to(path)
}

/// Signs the new or returning teacher `id` in; on failure, back to `back`.
async fn sign_in(session: &Session, id: String, form: &FormData, back: &'static str) -> Option<Redirect> {
    let signed_in = TypedSession::new(session.clone())
        .login(SessionUser::Teacher { id })
        .await;
    match signed_in {
        Ok(()) => None,
        Err(error) => {
            tracing::error!(%error, "could not sign a teacher in");
            Some(refused(session, "error-try-again", form, back).await)
        }
    }
}

async fn signup(
    State(state): State<AppState>,
    session: Session,
    ClientAddress(address): ClientAddress,
    form: FormData,
) -> Redirect {
    let back = "/teachers/signup";
    if signup_blocked(&state.db, &address).await {
        return refused(&session, "teacher-error-throttled", &form, back).await;
    }
    let Some(email) = normalise_email(form.text("email")) else {
        return refused(&session, "teacher-error-email", &form, back).await;
    };
    if let Some(problem) = password_problem(form.raw("password"), form.raw("confirm")) {
        return refused(&session, problem, &form, back).await;
    }
    if let Err(error) = throttle::record_failure(&state.db, Scope::SignupAddress, &address).await {
        tracing::error!(%error, "could not count a sign-up");
    }
    let Some(hash) = hash_off_thread(form.raw("password").to_owned()).await else {
        return refused(&session, "error-try-again", &form, back).await;
    };
    match accounts::insert_teacher(&state.db, &email, &hash).await {
        Ok(Some(id)) => {
            if let Some(failed) = sign_in(&session, id, &form, "/teachers/login").await {
                return failed;
            }
            flash::notice(&session, "teacher-notice-welcome").await;
            Redirect::to("/teachers/classes")
        }
        Ok(None) => refused(&session, "teacher-error-signup-failed", &form, back).await,
        Err(error) => {
            AppError::from(error).log(None);
            refused(&session, "error-try-again", &form, back).await
        }
    }
}

/// Whether sign-ins for this email or from this address are held back; a
/// database error holds them back too.
async fn login_blocked(db: &Db, email: &str, address: &str) -> bool {
    throttle::is_blocked(db, Scope::TeacherAccount, email)
        .await
        .unwrap_or(true)
        || throttle::is_blocked(db, Scope::TeacherAddress, address)
            .await
            .unwrap_or(true)
}

async fn login(
    State(state): State<AppState>,
    session: Session,
    ClientAddress(address): ClientAddress,
    form: FormData,
) -> Redirect {
    let back = "/teachers/login";
    let email = normalise_email(form.text("email")).unwrap_or_else(|| form.text("email").to_lowercase());
    let db = &state.db;
    if login_blocked(db, &email, &address).await {
        return refused(&session, "teacher-error-throttled", &form, back).await;
    }
    let account = match accounts::find_by_email(db, &email).await {
        Ok(account) => account,
        Err(error) => {
            AppError::from(error).log(None);
            return refused(&session, "error-try-again", &form, back).await;
        }
    };
    let hash = account.as_ref().map(|(_, hash)| hash.clone());
    let verified = verify_off_thread(form.raw("password").to_owned(), hash).await;
    match (verified, account) {
        (true, Some((id, _))) => match sign_in(&session, id, &form, back).await {
            Some(failed) => failed,
            None => Redirect::to("/teachers/classes"),
        },
        _ => {
            let _ = throttle::record_failure(db, Scope::TeacherAccount, &email).await;
            let _ = throttle::record_failure(db, Scope::TeacherAddress, &address).await;
            refused(&session, "teacher-error-login", &form, back).await
        }
    }
}

async fn logout(session: Session) -> Redirect {
    if let Err(error) = TypedSession::new(session).logout().await {
        tracing::error!(%error, "could not end a session");
    }
    Redirect::to("/")
}

/// Whether `typed` is the teacher's current password (a database error says no).
async fn is_current_password(db: &Db, id: &str, typed: &str) -> bool {
    let current = match accounts::password_hash_of(db, id).await {
        Ok(current) => current,
        Err(error) => {
            AppError::from(error).log(None);
            None
        }
    };
    verify_off_thread(typed.to_owned(), current).await
}

/// Back to `back` with a message unless the form's `current` password is the
/// teacher's: changing the password or deleting the account asks for it.
async fn unless_current_password(
    state: &AppState,
    id: &str,
    session: &Session,
    form: &FormData,
    back: &'static str,
) -> Option<Redirect> {
    if is_current_password(&state.db, id, form.raw("current")).await {
        return None;
    }
    flash::error(session, "teacher-error-current-password", form, &[]).await;
    Some(Redirect::to(back))
}

/// An account a learning platform made has no password: its deletion asks
/// for the box to be ticked instead.
async fn unless_ticked(session: &Session, form: &FormData, back: &'static str) -> Option<Redirect> {
    if form.checked("confirm") {
        return None;
    }
    flash::error(session, "lti-account-error-confirm", form, &[]).await;
    Some(Redirect::to(back))
}

/// Saves the new password and ends every other session of the account (a
/// stolen one too); this one goes on under a new id.
async fn replace_password(db: &Db, session: &Session, id: &str, hash: &str) -> Result<(), AppError> {
    accounts::set_password(db, id, hash).await?;
    accounts::end_sessions(db, id).await?;
    if let Err(error) = session.cycle_id().await {
        tracing::warn!(%error, "could not give the session a new id");
    }
    Ok(())
}

async fn change_password(
    State(state): State<AppState>,
    Teacher(id): Teacher,
    session: Session,
    form: FormData,
) -> Redirect {
    let back = "/teachers/account";
    if let Some(refused) = unless_current_password(&state, &id, &session, &form, back).await {
        return refused;
    }
    if let Some(problem) = password_problem(form.raw("password"), form.raw("confirm")) {
        flash::error(&session, problem, &form, &[]).await;
        return Redirect::to(back);
    }
    let Some(hash) = hash_off_thread(form.raw("password").to_owned()).await else {
        flash::error(&session, "error-try-again", &form, &[]).await;
        return Redirect::to(back);
    };
    match replace_password(&state.db, &session, &id, &hash).await {
        Ok(()) => flash::notice(&session, "teacher-notice-password-changed").await,
        Err(error) => {
            error.log(None);
            flash::error(&session, "error-try-again", &form, &[]).await
        }
    }
    Redirect::to(back)
}

async fn delete_account(
    State(state): State<AppState>,
    Teacher(id): Teacher,
    session: Session,
    form: FormData,
) -> Redirect {
    let back = "/teachers/account";
    let refused = match accounts::is_platform_account(&state.db, &id).await {
        Ok(true) => unless_ticked(&session, &form, back).await,
        Ok(false) => unless_current_password(&state, &id, &session, &form, back).await,
        Err(error) => {
            AppError::from(error).log(None);
            flash::error(&session, "error-try-again", &form, &[]).await;
            Some(Redirect::to(back))
        }
    };
    if let Some(refused) = refused {
        return refused;
    }
    if let Err(error) = accounts::delete_teacher(&state.db, &id).await {
        AppError::from(error).log(None);
        flash::error(&session, "error-try-again", &form, &[]).await;
        return Redirect::to(back);
    }
    let _ = TypedSession::new(session.clone()).logout().await;
    flash::notice(&session, "teacher-notice-account-deleted").await;
    Redirect::to("/teachers")
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
