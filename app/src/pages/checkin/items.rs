//! The check-in as a form: each part a section, each item a fieldset of
//! radios (one answer, or a four-point scale drawn as faces for 8–10) or
//! checkboxes (several answers). Answers already given come back checked
//! when the form is refused, so nothing is lost.

use crate::checkins::{Occasion, SCALE_POINTS};
use crate::content::{Checkin, CheckinItem, CheckinPart, ItemKind, Part, Tier};
use crate::i18n::I18n;
use crate::web::Flash;
use leptos::prelude::*;

/// The flash field that lists the items left unanswered.
pub(super) const MISSING: &str = "_missing";

pub(super) fn form(i18n: I18n, checkin: &Checkin, occasion: Occasion, flash: &Flash) -> impl IntoView {
    let missing: Vec<String> = flash.field(MISSING).split(',').map(str::to_owned).collect();
    let parts = occasion
        .parts(checkin)
        .map(|part| part_view(i18n, checkin.tier, part, flash, &missing))
        .collect_view();
    view! {
        <p class="lead">{i18n.t("checkin-intro")}</p>
        <form method="post" action="/checkin" class="checkin">
            {parts}
            <button type="submit" class="button">{i18n.t("checkin-send")}</button>
        </form>
    }
}

fn part_view(i18n: I18n, tier: Tier, part: &CheckinPart, flash: &Flash, missing: &[String]) -> impl IntoView {
    let items = part
        .items
        .iter()
        .map(|item| {
            let given: Vec<String> = flash.field(&item.id).split(',').map(str::to_owned).collect();
            let unanswered = missing.contains(&item.id);
            item_view(i18n, tier, part.part, item, &given, unanswered)
        })
        .collect_view();
    view! {
        <section class="checkin-part">
            <h2>{part.title.get(i18n.lang).clone()}</h2>
            {items}
        </section>
    }
}

fn item_view(
    i18n: I18n,
    tier: Tier,
    part: Part,
    item: &CheckinItem,
    given: &[String],
    unanswered: bool,
) -> impl IntoView {
    let choices = match item.kind {
        ItemKind::Scale => (1..=SCALE_POINTS as usize)
            .map(|point| {
                let label = i18n.t(&format!("checkin-scale-{}-{point}", part.id()));
                let face = (tier == Tier::Young).then(|| face(part, point));
                choice(
                    item,
                    "radio",
                    point,
                    given,
                    view! { {face} <span>{label}</span> }.into_any(),
                )
            })
            .collect_view(),
        ItemKind::Single | ItemKind::Multiple => {
            let kind = if item.kind == ItemKind::Multiple {
                "checkbox"
            } else {
                "radio"
            };
            item.options
                .iter()
                .enumerate()
                .map(|(i, (_, html))| {
                    let text = view! { <span inner_html=html.get(i18n.lang).clone()></span> };
                    choice(item, kind, i, given, text.into_any())
                })
                .collect_view()
        }
    };
    let scale = if item.kind == ItemKind::Scale {
        " checkin-item--scale"
    } else {
        ""
    };
    let class = format!(
        "checkin-item{scale}{}",
        if unanswered { " checkin-item--missing" } else { "" }
    );
    view! {
        <fieldset class=class id=format!("item-{}", item.id)>
            <legend inner_html=item.title_html.get(i18n.lang).clone()></legend>
            {unanswered.then(|| view! { <p class="error">{i18n.t("checkin-unanswered")}</p> })}
            <div class="choices">{choices}</div>
        </fieldset>
    }
}

fn choice(
    item: &CheckinItem,
    kind: &'static str,
    value: usize,
    given: &[String],
    label: AnyView,
) -> impl IntoView {
    let id = format!("{}-{value}", item.id);
    let checked = given.iter().any(|g| *g == value.to_string());
    view! {
        <div class="option">
            <input type=kind name=item.id.clone() id=id.clone() value=value.to_string() checked=checked/>
            <label for=id>{label}</label>
        </div>
    }
}

/// A face for a point of a scale, decorative (the words say it): sad to
/// happy for confidence, calm to upset for worry.
fn face(part: Part, point: usize) -> impl IntoView {
    let mood = if part == Part::Worry { 5 - point } else { point };
    let mouth = match mood {
        1 => "M12 25 Q18 19 24 25",
        2 => "M12 24 Q18 21 24 24",
        3 => "M12 22 Q18 25 24 22",
        _ => "M11 21 Q18 28 25 21",
    };
    view! {
        <svg class="face" viewBox="0 0 36 36" width="36" height="36" aria-hidden="true" focusable="false">
            <circle cx="18" cy="18" r="16" fill="#ffd966" stroke="#7a5c00" stroke-width="2"/>
            <circle cx="12" cy="14" r="2" fill="#3d2e00"/>
            <circle cx="24" cy="14" r="2" fill="#3d2e00"/>
            <path d=mouth fill="none" stroke="#3d2e00" stroke-width="2" stroke-linecap="round"/>
        </svg>
    }
}
