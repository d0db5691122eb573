//! "Get help": the helplines and reporting services of a country, with what
//! happens when you contact them, in a child's words (`/help`) or an adult's
//! (`/parents/help`). Nothing about a visit here is stored or logged.

use super::parts::{use_content, use_param, NotFound, PageTitle};
use crate::content::{
    help_regions, link_phone_numbers, HelpDirectory, HelpService, Reach, ReachKind, INTERNATIONAL,
};
use crate::i18n::{use_i18n, I18n};
use crate::web::escape_html;
use leptos::either::Either;
use leptos::prelude::*;

/// Who the directory speaks to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Audience {
    Child,
    Adult,
}

impl Audience {
    fn base(self) -> &'static str {
        match self {
            Audience::Child => "/help",
            Audience::Adult => "/parents/help",
        }
    }
}

/// `/help` and `/help/:region`, for pupils.
#[component]
pub fn Help() -> impl IntoView {
    view! { <Directory audience=Audience::Child/> }
}

/// `/parents/help` and `/parents/help/:region`, for parents and teachers.
#[component]
pub fn ParentsHelp() -> impl IntoView {
    view! { <Directory audience=Audience::Adult/> }
}

/// The directory of one region (the visitor's unless they chose one), then
/// the international services, in `audience`'s words.
#[component]
fn Directory(audience: Audience) -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let asked = use_param("region");
    // The visitor's choice, else the country of their language; a class's country will come first.
    let region = if asked.is_empty() {
        crate::web::viewer::learner_country(i18n.lang).code().to_owned()
    } else {
        asked
    };
    if !help_regions().any(|r| r == region) {
        return Either::Left(view! { <NotFound/> });
    }
    let directory = content.help(&region).cloned();
    let international = (region != INTERNATIONAL)
        .then(|| content.help(INTERNATIONAL).cloned())
        .flatten();
    let (title, lead, emergency) = match audience {
        Audience::Child => ("help-title", "help-lead", "help-emergency-text"),
        Audience::Adult => (
            "parents-help-title",
            "parents-help-lead",
            "parents-help-emergency-text",
        ),
    };
    let title = i18n.t(title);
    let calls = emergency_calls(i18n, directory.as_ref());
    Either::Right(view! {
        <PageTitle text=title.clone() description=i18n.t(lead)/>
        <h1>{title}</h1>
        <aside class="callout callout--urgent" aria-labelledby="help-emergency-title">
            <h2 id="help-emergency-title">{i18n.t("help-emergency-title")}</h2>
            <ul class="call-buttons">{calls}</ul>
            <p inner_html=with_calls(&i18n.t(emergency))></p>
        </aside>
        <p class="lead">{i18n.t(lead)}</p>
        {region_switch(i18n, audience, &region)}
        {directory.map(|d| view! { <ServiceList i18n directory=d audience/> })}
        {international.map(|d| view! { <ServiceList i18n directory=d audience/> })}
    })
}

/// Plain text as HTML, its phone numbers `tel:` links (one tap on a phone).
fn with_calls(text: &str) -> String {
    link_phone_numbers(&escape_html(text), use_content().phone_numbers())
}

/// A button to call each emergency number of the region's directory.
fn emergency_calls(i18n: I18n, directory: Option<&HelpDirectory>) -> impl IntoView {
    directory
        .map(|d| d.emergency.clone())
        .unwrap_or_default()
        .into_iter()
        .map(|number| {
            let href = format!("tel:{}", number.replace(' ', ""));
            view! { <li><a class="call-button" href=href>{i18n.t_args("help-reach-phone", &[("value", number.into())])}</a></li> }
        })
        .collect_view()
}

/// Links to the directory of each region, the one shown marked as current.
fn region_switch(i18n: I18n, audience: Audience, region: &str) -> impl IntoView {
    view! {
        <nav class="region-switch" aria-label=i18n.t("help-choose-region")>
            <ul>
                {help_regions()
                    .map(|r| {
                        let current = (r == region).then_some("page");
                        view! {
                            <li><a href=format!("{}/{r}", audience.base()) aria-current=current>{i18n.t(&format!("help-region-{r}"))}</a></li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

#[component]
fn ServiceList(i18n: I18n, directory: HelpDirectory, audience: Audience) -> impl IntoView {
    let heading_id = format!("region-{}", directory.region);
    let labelled_by = heading_id.clone();
    let heading = i18n.t(&format!("help-region-{}", directory.region));
    let services = directory
        .services
        .into_iter()
        .map(|s| view! { <ServiceCard i18n service=s audience/> })
        .collect_view();
    view! {
        <section class="help-country" aria-labelledby=labelled_by>
            <h2 id=heading_id>{heading}</h2>
            <ul class="services">{services}</ul>
            <p class="reviewed">{i18n.t_args("provenance-reviewed", &[("date", directory.reviewed.into())])}</p>
        </section>
    }
}

#[component]
fn ServiceCard(i18n: I18n, service: HelpService, audience: Audience) -> impl IntoView {
    let lang = i18n.lang;
    let what_happens = match audience {
        Audience::Child => service.for_child.get(lang).clone(),
        Audience::Adult => service.for_adult.get(lang).clone(),
    };
    let (anonymous, what_happens_label) = match (audience, service.anonymous) {
        (Audience::Child, true) => ("help-anonymous-yes", "help-what-happens"),
        (Audience::Child, false) => ("help-anonymous-no", "help-what-happens"),
        (Audience::Adult, true) => ("help-anonymous-yes-adult", "help-what-happens-adult"),
        (Audience::Adult, false) => ("help-anonymous-no", "help-what-happens-adult"),
    };
    view! {
        <li class="service">
            <h3>{service.name.get(lang).clone()}</h3>
            <p>{service.purpose.get(lang).clone()}</p>
            <ul class="service__reach">
                {service.reach.iter().map(|reach| view! { <li><ReachLink i18n reach=reach.clone()/></li> }).collect_view()}
            </ul>
            <dl class="service__facts">
                <dt>{i18n.t("help-hours")}</dt>
                <dd inner_html=with_calls(service.hours.get(lang))></dd>
                <dt>{i18n.t("help-cost")}</dt>
                <dd>{service.cost.get(lang).clone()}</dd>
                <dt>{i18n.t("help-anonymous")}</dt>
                <dd>{i18n.t(anonymous)}</dd>
            </dl>
            <p class="service__what"><strong>{i18n.t(what_happens_label)}</strong> " " <span inner_html=with_calls(&what_happens)></span></p>
        </li>
    }
}

#[component]
fn ReachLink(i18n: I18n, reach: Reach) -> impl IntoView {
    let shown = reach
        .value
        .trim_start_matches("https://")
        .trim_start_matches("www.")
        .trim_end_matches('/')
        .to_owned();
    let label = match reach.kind {
        ReachKind::Phone => i18n.t_args("help-reach-phone", &[("value", shown.into())]),
        ReachKind::Sms => i18n.t_args("help-reach-sms", &[("value", shown.into())]),
        ReachKind::Chat => i18n.t_args("help-reach-chat", &[("value", shown.into())]),
        ReachKind::Web => i18n.t_args("help-reach-web", &[("value", shown.into())]),
        ReachKind::App => i18n.t_args("help-reach-app", &[("value", shown.into())]),
    };
    view! { <a class="service__contact" href=reach.href() rel="noreferrer">{label}</a> }
}

/// The help card shown right after an answer that says a pupil is troubled
/// or alone: a trusted adult first, then the first helplines of `region`, in a
/// child's words, and the way to the whole directory.
#[component]
pub fn HelpCard(region: String, in_class: bool) -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let lang = i18n.lang;
    let services = content
        .help(&region)
        .map(|d| d.services.iter().take(2).cloned().collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .map(|service| {
            let phone = service
                .reach
                .iter()
                .find(|r| r.kind == ReachKind::Phone)
                .cloned()
                .map(|reach| view! { <ReachLink i18n reach/> });
            view! {
                <li>
                    <strong>{service.name.get(lang).clone()}</strong> " " {phone}
                    <p>{service.for_child.get(lang).clone()}</p>
                </li>
            }
        })
        .collect_view();
    let adult = if in_class {
        "help-card-teacher"
    } else {
        "help-card-adult"
    };
    view! {
        <aside class="callout help-card" aria-labelledby="help-card-title">
            <h2 id="help-card-title">{i18n.t("help-card-title")}</h2>
            <p>{i18n.t(adult)}</p>
            <ul>{services}</ul>
            <p><a href="/help">{i18n.t("help-card-more")}</a></p>
        </aside>
    }
}
