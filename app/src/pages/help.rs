//! "Get help": who a child or a parent can contact, and what happens when they
//! do. Nothing about a visit to this page is stored or logged.

use super::PageTitle;
use crate::i18n::{use_i18n, I18n, Lang};
use leptos::prelude::*;

/// One service: its Fluent message prefix and how to reach it.
struct Service {
    /// `help-<key>-name`, `help-<key>-contact` and `help-<key>-what` in the locales.
    key: &'static str,
    /// A `tel:` or `https:` address.
    href: &'static str,
}

const FRANCE: &[Service] = &[
    Service {
        key: "fr-3018",
        href: "tel:3018",
    },
    Service {
        key: "fr-119",
        href: "tel:119",
    },
    Service {
        key: "fr-fil-sante-jeunes",
        href: "tel:0800235236",
    },
    Service {
        key: "fr-116006",
        href: "tel:116006",
    },
    Service {
        key: "fr-pharos",
        href: "https://www.internet-signalement.gouv.fr/",
    },
];

const UNITED_KINGDOM: &[Service] = &[
    Service {
        key: "gb-childline",
        href: "tel:08001111",
    },
    Service {
        key: "gb-report-remove",
        href: "https://www.childline.org.uk/remove",
    },
    Service {
        key: "gb-ceop",
        href: "https://www.ceop.police.uk/Safety-Centre/",
    },
];

const ANYWHERE: &[Service] = &[Service {
    key: "intl-take-it-down",
    href: "https://takeitdown.ncmec.org/",
}];

#[component]
pub fn Help() -> impl IntoView {
    let i18n = use_i18n();
    // The visitor's likely country first; the class's country will choose once classes exist.
    let countries = match i18n.lang {
        Lang::Fr => [("help-france", FRANCE), ("help-united-kingdom", UNITED_KINGDOM)],
        Lang::En => [("help-united-kingdom", UNITED_KINGDOM), ("help-france", FRANCE)],
    };
    view! {
        <PageTitle text=i18n.t("help-title")/>
        <h1>{i18n.t("help-title")}</h1>
        <p class="lead">{i18n.t("help-lead")}</p>
        <aside class="callout callout--urgent" aria-labelledby="help-emergency-title">
            <h2 id="help-emergency-title">{i18n.t("help-emergency-title")}</h2>
            <p>{i18n.t("help-emergency-text")}</p>
        </aside>
        {countries
            .into_iter()
            .map(|(title, services)| view! { <ServiceList i18n title services/> })
            .collect_view()}
        <ServiceList i18n title="help-anywhere" services=ANYWHERE/>
        <p class="reviewed">{i18n.t("help-reviewed")}</p>
    }
}

#[component]
fn ServiceList(i18n: I18n, title: &'static str, services: &'static [Service]) -> impl IntoView {
    view! {
        <section class="help-country" aria-labelledby=title>
            <h2 id=title>{i18n.t(title)}</h2>
            <ul class="services">
                {services
                    .iter()
                    .map(|service| {
                        let message = |part: &str| i18n.t(&format!("help-{}-{part}", service.key));
                        view! {
                            <li class="service">
                                <h3>{message("name")}</h3>
                                <p class="service__contact">
                                    <a href=service.href rel="noreferrer">{message("contact")}</a>
                                </p>
                                <p>{message("what")}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
