//! Login cards. The personal codes just generated wait in the teacher's
//! session until the cards are printed (only their hash is stored with the
//! pupil); the page that prints them.

use super::frame::{class_base, class_page, site_address, TeacherBar};
use crate::classes;
use crate::codes;
use crate::i18n::use_i18n;
use crate::pages::parts::{FlashMessage, PageTitle};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

/// A personal code just generated, for one pupil's card: the pupil by their
/// number in the class, so that the session holds no pupil's id (after a
/// purge, nothing in it points at a child).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FreshCard {
    pub class_id: String,
    pub number: i64,
    pub code: String,
}

const FRESH_CARDS: &str = "fresh_cards";

/// The cards waiting to be printed (none if the session cannot be read: the
/// teacher can reset codes).
pub(super) async fn fresh_cards(session: &Session) -> Vec<FreshCard> {
    match session.get(FRESH_CARDS).await {
        Ok(cards) => cards.unwrap_or_default(),
        Err(error) => {
            tracing::error!(%error, "could not read login cards waiting to be printed");
            Vec::new()
        }
    }
}

async fn store(session: &Session, cards: Vec<FreshCard>) {
    if let Err(error) = session.insert(FRESH_CARDS, cards).await {
        tracing::error!(%error, "could not keep login cards for printing");
    }
}

/// Adds `cards` to those waiting (a pupil's new card replaces their old one).
pub(super) async fn keep_fresh_cards(session: &Session, cards: Vec<FreshCard>) {
    let mut all = fresh_cards(session).await;
    all.retain(|card| {
        !cards
            .iter()
            .any(|new| new.class_id == card.class_id && new.number == card.number)
    });
    all.extend(cards);
    store(session, all).await;
}

/// Forgets the cards waiting for class `class_id`.
pub(super) async fn forget_fresh_cards(session: &Session, class_id: &str) {
    let mut all = fresh_cards(session).await;
    all.retain(|card| card.class_id != class_id);
    store(session, all).await;
}

/// `/teachers/classes/:class/cards`: login cards for the codes just generated, to cut out.
#[component]
pub fn CardsPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<tower_sessions::Session>().cloned());
    let address = site_address();
    class_page(move |db, class| async move {
        let fresh = match session {
            Some(session) => fresh_cards(&session).await,
            None => Vec::new(),
        };
        let pupils = classes::pupils_of(&db, &class.id).await?;
        let cards = fresh
            .iter()
            .filter(|card| card.class_id == class.id)
            .filter_map(|card| Some((pupils.iter().find(|p| p.number == card.number)?, &card.code)))
            .map(|(pupil, code)| view! {
                <li class="login-card">
                    <p class="login-card__site">{i18n.t("site-name")} " · " {address.clone()} "/join"</p>
                    <p class="login-card__handle">{pupil.handle(i18n)}</p>
                    <dl>
                        <dt>{i18n.t("join-class-code")}</dt><dd class="code">{codes::display(&class.code)}</dd>
                        <dt>{i18n.t("join-personal-code")}</dt><dd class="code">{codes::display(code)}</dd>
                    </dl>
                    <p class="login-card__note">{i18n.t("teacher-card-note")}</p>
                </li>
            })
            .collect_view();
        let base = class_base(&class);
        Ok(view! {
            <PageTitle text=i18n.t("teacher-cards-title")/>
            <div class="no-print"><TeacherBar/></div>
            <h1 class="no-print">{i18n.t("teacher-cards-title")} " · " {class.name.clone()}</h1>
            <div class="no-print"><FlashMessage/></div>
            <p class="no-print">{i18n.t("teacher-cards-lead")}</p>
            <ul class="login-cards">{cards}</ul>
            <form method="post" action=format!("{base}/cards/forget") class="no-print">
                <button type="submit" class="button">{i18n.t("teacher-cards-forget")}</button>
            </form>
            <p class="no-print"><a href=base>{i18n.t("teacher-back-to-class")}</a></p>
        })
    })
}
