//! The room's side of a live session: `/live`, where anyone types the
//! presenter's 6-digit code (no card, no name, no account), and the device's
//! page, which shows only the current screen and its answer form. With
//! JavaScript it follows the presenter by itself (server-sent events);
//! without, it offers a link to the next screen and refreshes politely.
//!
//! - `mod.rs`: joining, and who a device is (kept in its session)
//! - `device.rs`: the device's page and its answer
//! - `events.rs`: the event stream
//! - `screen.rs`: what a screen shows, shared with the projector

mod device;
mod events;
pub mod screen;

use crate::codes;
use crate::i18n::use_i18n;
use crate::live;
use crate::pages::parts::{FlashMessage, PageTitle};
use crate::session::{SessionUser, TypedSession};
use crate::state::AppState;
use crate::web::throttle::{self, ClientAddress, Scope};
use crate::web::{flash, Endpoints, FormData};
use axum::extract::State;
use axum::response::Redirect;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

pub use device::LiveDevicePage;

pub fn endpoints() -> Endpoints {
    Endpoints::new()
        .post("/live", join)
        .post("/live/{id}/answer", device::answer)
        .get("/live/{id}/events", events::events)
}

/// Which session a device joined, and who it is there: a random key, or a
/// one-way key of the signed-in pupil (the same on any of their devices).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(super) struct Seat {
    pub session: String,
    pub participant: String,
}

const SEAT: &str = "live_seat";

pub(super) async fn seat(session: &Session, id: &str) -> Option<Seat> {
    session
        .get::<Seat>(SEAT)
        .await
        .ok()
        .flatten()
        .filter(|s| s.session == id)
}

/// `/live`: the code form.
#[component]
pub fn LiveJoinPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("live-join-title")/>
        <h1>{i18n.t("live-join-title")}</h1>
        <FlashMessage/>
        <p class="lead">{i18n.t("live-join-lead")}</p>
        <form method="post" action="/live" class="stacked">
            <label for="code">{i18n.t("live-join-code")}</label>
            <input id="code" name="code" required=true inputmode="numeric" autocomplete="off" maxlength="12" class="live-code-input"/>
            <button type="submit" class="button">{i18n.t("live-join-submit")}</button>
        </form>
    }
}

/// `POST /live`: a device joins the open session its code names; wrong
/// codes are throttled per address, as card codes are.
async fn join(
    State(state): State<AppState>,
    session: Session,
    ClientAddress(address): ClientAddress,
    form: FormData,
) -> Redirect {
    let db = &state.db;
    if throttle::is_blocked(db, Scope::PupilAddress, &address)
        .await
        .unwrap_or(true)
    {
        flash::error(&session, "join-error-throttled", &form, &[]).await;
        return Redirect::to("/live");
    }
    let code: String = form.text("code").chars().filter(char::is_ascii_digit).collect();
    let found = if code.len() == 6 {
        live::by_code(db, &code).await.ok().flatten()
    } else {
        None
    };
    let Some(live_session) = found else {
        let _ = throttle::record_failure(db, Scope::PupilAddress, &address).await;
        flash::error(&session, "live-error-code", &form, &[]).await;
        return Redirect::to("/live");
    };
    let participant = match TypedSession::new(session.clone()).user().await.ok().flatten() {
        Some(SessionUser::Pupil { id, .. }) => {
            codes::one_way(&format!("live:{}:pupil:{id}", live_session.id))
        }
        _ => codes::random_id(),
    };
    let seat = Seat {
        session: live_session.id.clone(),
        participant,
    };
    if session.insert(SEAT, &seat).await.is_err() {
        flash::error(&session, "error-try-again", &form, &[]).await;
        return Redirect::to("/live");
    }
    Redirect::to(&format!("/live/{}", live_session.id))
}
