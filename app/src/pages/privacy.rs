//! `/privacy` (for adults) and `/privacy/pupils`: what Lanterne stores, who
//! sees it and when it goes, written from what the code does
//! (`content/privacy/`; a test checks the adults' notice against the schema).

use crate::content::Tier;
use crate::i18n::use_i18n;
use crate::pages::parts::{use_content, use_param, NotFound, PageTitle, Provenance};
use crate::web::viewer::learner_country;
use leptos::either::Either;
use leptos::prelude::*;

/// `/privacy`: the notice for teachers, head teachers, DPOs and parents.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    notice("adults", None, ("/privacy/pupils", i18n.t("privacy-pupils-link")))
}

/// `/privacy/pupils`: a signed-in pupil reads their tier's notice; anyone
/// else chooses a tier.
#[component]
pub fn PupilsPrivacyPage() -> impl IntoView {
    let i18n = use_i18n();
    if let Some((_, class)) = crate::web::use_viewer().pupil {
        return Either::Left(tier_notice(class.tier));
    }
    let links = Tier::ALL
        .into_iter()
        .map(|tier| {
            let code = tier.code();
            view! { <li><a href=format!("/privacy/pupils/{code}")>{i18n.t(&format!("tier-{code}"))}</a></li> }
        })
        .collect_view();
    Either::Right(view! {
        <PageTitle text=i18n.t("privacy-pupils-title")/>
        <article class="document">
            <h1>{i18n.t("privacy-pupils-title")}</h1>
            <p>{i18n.t("privacy-pupils-choose")}</p>
            <ul>{links}</ul>
            <p><a href="/privacy">{i18n.t("privacy-adults-link")}</a></p>
        </article>
    })
}

/// `/privacy/pupils/:tier`: the notice in the words of one tier.
#[component]
pub fn TierPrivacyPage() -> impl IntoView {
    match Tier::ALL.into_iter().find(|t| t.code() == use_param("tier")) {
        Some(tier) => Either::Left(tier_notice(tier)),
        None => Either::Right(view! { <NotFound/> }),
    }
}

fn tier_notice(tier: Tier) -> impl IntoView {
    let i18n = use_i18n();
    let eyebrow = i18n.t(&format!("tier-{}", tier.code()));
    let other = ("/privacy", i18n.t("privacy-adults-link"));
    notice(&format!("pupils-{}", tier.code()), Some(eyebrow), other)
}

/// A privacy notice of `content/privacy/`, with a link to the other version.
fn notice(id: &str, eyebrow: Option<String>, (href, other): (&'static str, String)) -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let Some(doc) = content.privacy_notice(id) else {
        return Either::Left(view! { <NotFound/> });
    };
    let lang = i18n.lang;
    let html = doc.html.get(lang).get(learner_country(lang)).to_owned();
    Either::Right(view! {
        <PageTitle text=doc.title.get(lang).clone()/>
        <article class="document">
            {eyebrow.map(|text| view! { <p class="eyebrow">{text}</p> })}
            <h1>{doc.title.get(lang).clone()}</h1>
            <p><a href=href>{other}</a></p>
            <div class="prose" inner_html=html></div>
            <Provenance reviewed=doc.reviewed.clone() sources=doc.sources.clone()/>
        </article>
    })
}
