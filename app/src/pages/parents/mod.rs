//! The parents' area, without an account: guides by age, a conversation card
//! per module, "if it has happened", and the help directory in adult words.

mod country;

use super::parts::{describe, use_content, use_param, NotFound, PageTitle, Provenance};
use crate::content::Tier;
use crate::i18n::use_i18n;
pub use country::endpoints;
use country::CountryChoice;
use leptos::either::Either;
use leptos::prelude::*;

/// The name of the "if it has happened" document in `content/parents/`.
const IF_IT_HAPPENED: &str = "if-it-happened";

/// `/parents`: every page for parents, by age.
#[component]
pub fn ParentsHome() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let lang = i18n.lang;
    let if_it_happened = content
        .document(IF_IT_HAPPENED)
        .map(|doc| doc.title.get(lang).clone());
    let guides = Tier::ALL
        .into_iter()
        .filter_map(|tier| {
            let id = format!("guide-{}", tier.code());
            let title = content.document(&id)?.title.get(lang).clone();
            Some(view! { <li><a href=format!("/parents/{id}")>{title}</a></li> })
        })
        .collect_view();
    let cards = Tier::ALL
        .into_iter()
        .map(|tier| {
            let modules = content
                .tier(tier)
                .filter(|m| m.parents.is_some())
                .map(|m| view! { <li><a href=format!("/parents/cards/{}", m.id)>{m.meta.title.get(lang).clone()}</a></li> })
                .collect_view();
            view! {
                <h3>{i18n.t(&format!("tier-{}", tier.code()))}</h3>
                <ul>{modules}</ul>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=i18n.t("parents-title") description=i18n.t("parents-lead")/>
        <h1>{i18n.t("parents-title")}</h1>
        <p class="lead">{i18n.t("parents-lead")}</p>
        <CountryChoice current=crate::web::viewer::learner_country(lang)/>
        {if_it_happened.map(|title| view! {
            <aside class="callout callout--urgent" aria-labelledby="if-it-happened">
                <h2 id="if-it-happened"><a href=format!("/parents/{IF_IT_HAPPENED}")>{title}</a></h2>
                <p>{i18n.t("parents-if-it-happened-lead")}</p>
            </aside>
        })}
        <section aria-labelledby="parents-guides">
            <h2 id="parents-guides">{i18n.t("parents-guides-title")}</h2>
            <ul>{guides}</ul>
        </section>
        <section aria-labelledby="parents-cards">
            <h2 id="parents-cards">{i18n.t("parents-cards-title")}</h2>
            <p>{i18n.t("parents-cards-lead")}</p>
            {cards}
        </section>
        <section aria-labelledby="parents-help">
            <h2 id="parents-help">{i18n.t("parents-help-title")}</h2>
            <p><a href="/parents/help">{i18n.t("parents-help-link")}</a></p>
        </section>
    }
}

/// `/parents/:doc`: a guide for an age, or "if it has happened".
#[component]
pub fn ParentsDocument() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let Some(doc) = content.document(&use_param("doc")) else {
        return Either::Left(view! { <NotFound/> });
    };
    let lang = i18n.lang;
    let title = doc.title.get(lang).clone();
    let html = doc
        .html
        .get(lang)
        .get(crate::web::viewer::learner_country(lang))
        .to_owned();
    let description = describe(&html);
    Either::Right(view! {
        <PageTitle text=title.clone() description/>
        <article class="document">
            <p class="breadcrumb"><a href="/parents">{i18n.t("parents-back")}</a></p>
            <h1>{title}</h1>
            <CountryChoice current=crate::web::viewer::learner_country(lang)/>
            <div class="prose" inner_html=html></div>
            <Provenance reviewed=doc.reviewed.clone() sources=doc.sources.clone()/>
        </article>
    })
}

/// `/parents/cards/:module`: what the child learned and how to talk about it.
#[component]
pub fn ConversationCard() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let Some((module, card)) = content
        .module(&use_param("module"))
        .and_then(|m| Some((m, m.parents.as_ref()?)))
    else {
        return Either::Left(view! { <NotFound/> });
    };
    let lang = i18n.lang;
    let module_title = module.meta.title.get(lang).clone();
    let tier = i18n.t(&format!("tier-{}", module.meta.tier.code()));
    let html = card
        .html
        .get(lang)
        .get(crate::web::viewer::learner_country(lang))
        .to_owned();
    let description = describe(&html);
    Either::Right(view! {
        <PageTitle text=card.title.get(lang).clone() description/>
        <article class="document card-sheet">
            <p class="breadcrumb"><a href="/parents">{i18n.t("parents-back")}</a></p>
            <CountryChoice current=crate::web::viewer::learner_country(lang)/>
            <p class="eyebrow">{i18n.t("parents-card-eyebrow")} " · " {tier} " · " {module_title}</p>
            <h1>{card.title.get(lang).clone()}</h1>
            <div class="prose" inner_html=html></div>
            <Provenance reviewed=Some(module.meta.reviewed.clone()) sources=module.meta.sources.clone()/>
        </article>
    })
}
