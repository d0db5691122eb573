use super::parts::PageTitle;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// The front door: what Lanterne is and where each visitor goes next.
#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    let doors = [
        ("/pupils", "home-pupils-title", "home-pupils-text"),
        ("/teachers", "home-teachers-title", "home-teachers-text"),
        ("/parents", "home-parents-title", "home-parents-text"),
    ];
    view! {
        <PageTitle text=i18n.t("home-title") description=i18n.t("home-lead")/>
        <section class="hero">
            <h1>{i18n.t("home-title")}</h1>
            <p class="lead">{i18n.t("home-lead")}</p>
            <p><a class="button" href="/join">{i18n.t("home-join")}</a></p>
        </section>
        <ul class="cards">
            {doors
                .into_iter()
                .map(|(href, title, text)| {
                    view! {
                        <li class="card">
                            <h2><a href=href>{i18n.t(title)}</a></h2>
                            <p>{i18n.t(text)}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <aside class="callout" aria-labelledby="home-help-title">
            <h2 id="home-help-title">{i18n.t("home-help-title")}</h2>
            <p>{i18n.t("home-help-text")}</p>
            <p><a href="/help">{i18n.t("shell-get-help")}</a></p>
        </aside>
    }
}
