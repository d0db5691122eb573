//! `/privacy` (for adults) and `/privacy/pupils`: what Lanterne stores, who
//! sees it and when it goes, written from what the code does
//! (`content/privacy/`; a test checks the adults' notice against the schema).

use crate::content::{Document, Tier};
use crate::i18n::use_i18n;
use crate::pages::parts::{use_content, NotFound, PageTitle, Provenance};
use crate::web::viewer::learner_country;
use leptos::either::Either;
use leptos::prelude::*;

/// `/privacy`: the notice for teachers, head teachers, DPOs and parents.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let Some(doc) = content.privacy_notice("adults") else {
        return Either::Left(view! { <NotFound/> });
    };
    let lang = i18n.lang;
    let html = doc.html.get(lang).get(learner_country(lang)).to_owned();
    Either::Right(view! {
        <PageTitle text=doc.title.get(lang).clone()/>
        <article class="document">
            <h1>{doc.title.get(lang).clone()}</h1>
            <p><a href="/privacy/pupils">{i18n.t("privacy-pupils-link")}</a></p>
            <div class="prose" inner_html=html></div>
            <Provenance reviewed=doc.reviewed.clone() sources=doc.sources.clone()/>
        </article>
    })
}

/// `/privacy/pupils`: the notice in the words of each tier; a signed-in
/// pupil reads their own tier's.
#[component]
pub fn PupilsPrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let tiers = match crate::web::use_viewer().pupil {
        Some((_, class)) => vec![class.tier],
        None => Tier::ALL.to_vec(),
    };
    let notices: Vec<(Tier, &Document)> = tiers
        .into_iter()
        .filter_map(|tier| Some((tier, content.privacy_notice(&format!("pupils-{}", tier.code()))?)))
        .collect();
    if notices.is_empty() {
        return Either::Left(view! { <NotFound/> });
    }
    let lang = i18n.lang;
    let sections = notices
        .into_iter()
        .map(|(tier, doc)| {
            let heading = format!("privacy-{}", tier.code());
            let labelled_by = heading.clone();
            let html = doc.html.get(lang).get(learner_country(lang)).to_owned();
            view! {
                <section aria-labelledby=labelled_by>
                    <h2 id=heading>{i18n.t(&format!("tier-{}", tier.code()))} " · " {doc.title.get(lang).clone()}</h2>
                    <div class="prose" inner_html=html></div>
                </section>
            }
        })
        .collect_view();
    Either::Right(view! {
        <PageTitle text=i18n.t("privacy-pupils-title")/>
        <article class="document">
            <h1>{i18n.t("privacy-pupils-title")}</h1>
            {sections}
            <p><a href="/privacy">{i18n.t("privacy-adults-link")}</a></p>
        </article>
    })
}
