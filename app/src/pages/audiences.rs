//! The pupils' landing page (teachers and parents have their own folders).

use super::parts::PageTitle;
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn Pupils() -> impl IntoView {
    let i18n = use_i18n();
    let tiers = [
        ("pupils-tier-young-title", "pupils-tier-young-text"),
        ("pupils-tier-middle-title", "pupils-tier-middle-text"),
        ("pupils-tier-teen-title", "pupils-tier-teen-text"),
    ];
    view! {
        <PageTitle text=i18n.t("pupils-title")/>
        <h1>{i18n.t("pupils-title")}</h1>
        <p class="lead">{i18n.t("pupils-lead")}</p>
        <h2>{i18n.t("pupils-tiers-title")}</h2>
        <ul class="cards">
            {tiers
                .into_iter()
                .map(|(title, text)| {
                    view! {
                        <li class="card">
                            <h3>{i18n.t(title)}</h3>
                            <p>{i18n.t(text)}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <p><a class="button" href="/modules">{i18n.t("pupils-browse")}</a></p>
        <h2>{i18n.t("pupils-join-title")}</h2>
        <p>{i18n.t("pupils-join-text")}</p>
        <p><a class="button" href="/join">{i18n.t("join-title")}</a></p>
    }
}
