//! `/modules`: the catalogue of the modules a learner may open.

use super::access::{self, Access};
use super::common::module_progress;
use super::emblems::{module_emblem, tier_class, tier_picture};
use super::steps::{status_badge, Status};
use crate::content::{ContentIndex, Module, ModuleKind, Tier};
use crate::course::{is_done, paths};
use crate::i18n::{use_i18n, I18n};
use crate::pages::parts::{use_content, PageTitle};
use crate::web::viewer::Viewer;
use leptos::either::Either;
use leptos::prelude::*;

/// A module's card in the catalogue, with the pupil's progress.
fn module_card(i18n: I18n, content: &ContentIndex, module: &Module, due: Option<String>) -> impl IntoView {
    let lang = i18n.lang;
    let progress = module_progress(&module.id);
    let parts = paths::parts(module);
    let done = parts.iter().filter(|p| is_done(module, &progress, p)).count();
    let total = parts.len() - 1;
    let kind = (module.meta.kind == ModuleKind::FinalTest).then(|| i18n.t("course-final-test"));
    let due = due.map(|d| i18n.t_args("course-due", &[("date", crate::web::display_date(&d).into())]));
    view! {
        <li class=format!("card card--module {}", tier_class(module.meta.tier))>
            <div class="card__head">
                {module_emblem(content, module, "emblem")}
                <h3><a href=paths::module(&module.id)>{module.meta.title.get(lang).clone()}</a></h3>
            </div>
            {kind.map(|k| view! { <p class="eyebrow">{k}</p> })}
            {status_badge(i18n, Status::of(done, total))}
            <p>{module.meta.summary.get(lang).clone()}</p>
            <p class="meta">
                {i18n.t_args("course-minutes", &[("minutes", module.meta.duration.into())])} " · "
                {i18n.t_args("course-parts-done", &[("done", done.into()), ("total", total.into())])}
                {due.map(|d| view! { " · " <strong>{d}</strong> })}
            </p>
        </li>
    }
}

/// `/modules`: what the teacher assigned first, then the modules a learner
/// may open: a class pupil's own tier (sensitive ones once assigned), every
/// tier for a guest.
#[component]
pub fn Catalogue() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let viewer = crate::web::use_viewer();
    let (tiers, hidden) = tier_sections(i18n, &content, &viewer);
    let hidden = (hidden > 0).then(|| {
        view! { <p class="notice">{i18n.t_args("access-more-later", &[("count", hidden.into())])}</p> }
    });
    let intro = catalogue_intro(i18n, &content, &viewer);
    view! {
        <PageTitle text=i18n.t("course-catalogue-title") description=i18n.t("course-catalogue-lead")/>
        <h1>{i18n.t("course-catalogue-title")}</h1>
        <crate::pages::parts::FlashMessage/>
        <p class="lead">{i18n.t("course-catalogue-lead")}</p>
        {intro}
        {tiers}
        {hidden}
    }
}

/// One section per tier the viewer may browse, with the cards of the modules
/// open to them; and how many modules stay hidden until they are assigned.
fn tier_sections(i18n: I18n, content: &ContentIndex, viewer: &Viewer) -> (impl IntoView, usize) {
    let tiers: Vec<Tier> = match &viewer.pupil {
        Some((_, class)) => vec![class.tier],
        None => Tier::ALL.to_vec(),
    };
    let mut hidden = 0;
    let sections = tiers
        .into_iter()
        .map(|tier| {
            let (open, locked): (Vec<&Module>, Vec<&Module>) = content
                .tier(tier)
                .partition(|m| access::access(viewer, m) == Access::Open);
            hidden += locked.len();
            let cards = open
                .into_iter()
                .map(|module| module_card(i18n, content, module, None))
                .collect_view();
            view! {
                <section class=tier_class(tier) aria-labelledby=format!("tier-{}", tier.code())>
                    <h2 class="tier-heading" id=format!("tier-{}", tier.code())>
                        {tier_picture(content, tier, "emblem")}
                        {i18n.t(&format!("tier-{}", tier.code()))}
                    </h2>
                    <ul class="cards">{cards}</ul>
                </section>
            }
        })
        .collect_view();
    (sections, hidden)
}

/// Above the catalogue: who the pupil is and what their teacher assigned, or
/// an invitation to join a class for a guest.
fn catalogue_intro(i18n: I18n, content: &ContentIndex, viewer: &Viewer) -> impl IntoView {
    let Some((pupil, class)) = &viewer.pupil else {
        return Either::Right(view! {
            <p>{i18n.t("course-guest-note")} " " <a href="/join">{i18n.t("course-join-class")}</a></p>
        });
    };
    let assigned = viewer
        .assignments
        .iter()
        .filter_map(|a| {
            let module = content.module(&a.module_id)?;
            (access::access(viewer, module) == Access::Open)
                .then(|| module_card(i18n, content, module, a.due_date.clone()))
        })
        .collect_view();
    Either::Left(view! {
        <p class="notice">
            {i18n.t_args("join-you-are", &[("handle", pupil.handle(i18n).into()), ("class", class.name.clone().into())])}
            " " <a href="/join">{i18n.t("course-not-you")}</a>
        </p>
        {viewer.checkin_waiting.then(|| view! {
            <section class="panel checkin-banner" aria-labelledby="checkin-banner">
                <p id="checkin-banner">{i18n.t("checkin-banner")}</p>
                <p><a class="button" href="/checkin">{i18n.t("checkin-banner-link")}</a></p>
            </section>
        })}
        {(!viewer.assignments.is_empty()).then(|| view! {
            <section aria-labelledby="assigned">
                <h2 id="assigned">{i18n.t("course-assigned")}</h2>
                <ul class="cards">{assigned}</ul>
            </section>
        })}
    })
}
