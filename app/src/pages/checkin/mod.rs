//! `/checkin`: the check-in a pupil's teacher opened, answered once with
//! their card, on one page (plain form, no script). A pupil never sees a
//! score or a figure; a guest is told check-ins are answered in class.
//!
//! - `mod.rs`: the page and who may see the form
//! - `items.rs`: the items as form fields (faces for 8–10)
//! - `answer.rs`: the form's handler

mod answer;
mod items;

use crate::checkins::{self, OccasionRow};
use crate::classes::{Class, Pupil};
use crate::content::Checkin;
use crate::i18n::{use_i18n, I18n};
use crate::pages::parts::{use_content, Failed, FlashMessage, PageTitle};
use crate::state::AppState;
use crate::web::{use_flash, use_viewer, AppError, Endpoints, Flash};
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

pub fn endpoints() -> Endpoints {
    Endpoints::new().post("/checkin", answer::answer)
}

/// What a signed-in pupil finds at `/checkin`.
enum State {
    NoneOpen,
    Answered,
    Form(OccasionRow),
}

async fn state_of(state: &AppState, pupil: &Pupil, class: &Class) -> Result<State, AppError> {
    let Some(occasion) = checkins::open_occasion(&state.db, &class.id).await? else {
        return Ok(State::NoneOpen);
    };
    let respondent = checkins::respondent(&class.id, &pupil.id);
    if checkins::has_answered(&state.db, &occasion.id, &respondent).await? {
        return Ok(State::Answered);
    }
    Ok(State::Form(occasion))
}

#[component]
pub fn CheckinPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let flash = use_flash();
    let (Some((pupil, class)), Some(state)) = (use_viewer().pupil, AppState::current()) else {
        return Either::Left(guest(i18n));
    };
    let Some(checkin) = content.checkin(class.tier).cloned() else {
        return Either::Left(guest(i18n));
    };
    let page = async move {
        match state_of(&state, &pupil, &class).await {
            Ok(found) => Either::Left(pupil_page(i18n, &checkin, found, flash)),
            Err(error) => Either::Right(view! { <Failed error/> }),
        }
    };
    Either::Right(view! {
        <PageTitle text=i18n.t("checkin-title")/>
        <Suspense fallback=|| ()>{Suspend::new(page)}</Suspense>
    })
}

fn guest(i18n: I18n) -> impl IntoView {
    view! {
        <PageTitle text=i18n.t("checkin-title")/>
        <h1>{i18n.t("checkin-title")}</h1>
        <FlashMessage/>
        <p>{i18n.t("checkin-guest")}</p>
        <p><a class="button" href="/join">{i18n.t("checkin-guest-join")}</a></p>
    }
}

fn pupil_page(i18n: I18n, checkin: &Checkin, found: State, flash: Flash) -> impl IntoView {
    let body = match found {
        State::NoneOpen => EitherOf3::A(view! {
            <p>{i18n.t("checkin-none-open")}</p>
            <p><a href="/modules">{i18n.t("checkin-back")}</a></p>
        }),
        State::Answered => EitherOf3::B(view! {
            <p>{i18n.t("checkin-already")}</p>
            <p><a href="/modules">{i18n.t("checkin-back")}</a></p>
        }),
        State::Form(occasion) => EitherOf3::C(items::form(i18n, checkin, occasion.occasion, &flash)),
    };
    view! {
        <div class=format!("tier tier--{}", checkin.tier.code())>
            <h1>{checkin.title.get(i18n.lang).clone()}</h1>
            <FlashMessage/>
            {body}
        </div>
    }
}
