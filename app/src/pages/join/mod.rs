//! Pupils join their class with the two codes of the card their teacher
//! printed: no name, no email, no password. Wrong codes get one friendly
//! message whichever code was wrong (codes cannot be probed), and are
//! throttled per classroom address and per class code.

use crate::classes;
use crate::codes;
use crate::db::Db;
use crate::i18n::use_i18n;
use crate::pages::parts::{FlashMessage, PageTitle};
use crate::session::{SessionUser, TypedSession};
use crate::state::AppState;
use crate::web::throttle::{self, ClientAddress, Scope};
use crate::web::Endpoints;
use crate::web::{flash, use_flash, use_viewer, FormData};
use axum::extract::State;
use axum::response::Redirect;
use leptos::either::Either;
use leptos::prelude::*;
use tower_sessions::Session;

pub fn endpoints() -> Endpoints {
    Endpoints::new().post("/join", join).post("/leave", leave)
}

/// `/join`: the form, or who the pupil is once joined.
#[component]
pub fn JoinPage() -> impl IntoView {
    let i18n = use_i18n();
    let flash = use_flash();
    let viewer = use_viewer();
    let body = match viewer.pupil {
        Some((pupil, class)) => Either::Left(view! {
            <p class="notice">{i18n.t_args("join-you-are", &[("handle", pupil.handle(i18n).into()), ("class", class.name.into())])}</p>
            <p><a class="button" href="/modules">{i18n.t("join-go-to-modules")}</a></p>
            <form method="post" action="/leave">
                <button type="submit" class="button button--quiet">{i18n.t("join-leave")}</button>
            </form>
        }),
        None => Either::Right(view! {
            <p class="lead">{i18n.t("join-lead")}</p>
            <form method="post" action="/join" class="stacked">
                <label for="class_code">{i18n.t("join-class-code")}</label>
                <input id="class_code" name="class_code" required=true autocomplete="off" autocapitalize="characters"
                    spellcheck="false" maxlength="20" value=flash.field("class_code")/>
                <label for="personal_code">{i18n.t("join-personal-code")}</label>
                <input id="personal_code" name="personal_code" required=true autocomplete="off" autocapitalize="characters"
                    spellcheck="false" maxlength="20"/>
                <button type="submit" class="button">{i18n.t("join-submit")}</button>
            </form>
            <p>{i18n.t("join-no-card")} " " <a href="/modules">{i18n.t("join-as-guest")}</a></p>
        }),
    };
    view! {
        <PageTitle text=i18n.t("join-title")/>
        <h1>{i18n.t("join-title")}</h1>
        <FlashMessage/>
        {body}
    }
}

/// `POST /join`: signs a pupil in with their two codes, or sends them back to
/// the form with one message whichever code was wrong.
async fn join(
    State(state): State<AppState>,
    session: Session,
    ClientAddress(address): ClientAddress,
    form: FormData,
) -> Redirect {
    let back = "/join";
    let db = &state.db;
    let class_code = codes::normalise(form.text("class_code"));
    let personal_code = codes::normalise(form.text("personal_code"));
    let class_key = class_code.clone().unwrap_or_default();
    if is_throttled(db, &address, &class_key).await {
        flash::error(&session, "join-error-throttled", &form, &["class_code"]).await;
        return Redirect::to(back);
    }
    let (Some(class), Some(pupil)) = find_pupil(db, class_code.as_deref(), personal_code.as_deref()).await
    else {
        let _ = throttle::record_failure(db, Scope::PupilAddress, &address).await;
        let _ = throttle::record_failure(db, Scope::PupilClass, &class_key).await;
        flash::error(&session, "join-error-codes", &form, &["class_code"]).await;
        return Redirect::to(back);
    };
    if !class.is_open || class.archived {
        flash::error(&session, "join-error-closed", &form, &["class_code"]).await;
        return Redirect::to(back);
    }
    let user = SessionUser::Pupil {
        id: pupil.id,
        class_id: class.id,
    };
    if TypedSession::new(session.clone()).login(user).await.is_err() {
        flash::error(&session, "error-try-again", &form, &["class_code"]).await;
        return Redirect::to(back);
    }
    Redirect::to("/modules")
}

/// Whether too many wrong codes came lately from `address` or for the class
/// code `class_key` (or the database cannot tell).
async fn is_throttled(db: &Db, address: &str, class_key: &str) -> bool {
    throttle::is_blocked(db, Scope::PupilAddress, address)
        .await
        .unwrap_or(true)
        || throttle::is_blocked(db, Scope::PupilClass, class_key)
            .await
            .unwrap_or(true)
}

/// The class and the pupil the two codes name, each if found.
async fn find_pupil(
    db: &Db,
    class_code: Option<&str>,
    personal_code: Option<&str>,
) -> (Option<classes::Class>, Option<classes::Pupil>) {
    let class = match class_code {
        Some(code) => classes::class_by_code(db, code).await.ok().flatten(),
        None => None,
    };
    // The personal code is looked up even when the class code is wrong, so
    // both mistakes take as long and say the same: neither code can be probed.
    let pupil = match personal_code {
        Some(code) => {
            let searched = class.clone().unwrap_or_else(|| classes::Class {
                id: "no-such-class".into(),
                teacher_id: String::new(),
                name: String::new(),
                tier: crate::content::Tier::Young,
                country: crate::content::Country::France,
                year_end: String::new(),
                code: String::new(),
                is_open: false,
                archived: false,
            });
            classes::pupil_by_code(db, &searched, code).await.ok().flatten()
        }
        None => None,
    };
    (class, pupil)
}

async fn leave(session: Session) -> Redirect {
    let _ = TypedSession::new(session).logout().await;
    Redirect::to("/pupils")
}
