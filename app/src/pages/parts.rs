//! What every page uses: the content and route parameters of the request,
//! its title and description, the message a form left, the provenance of
//! facts, and the not-found and error pages.

use crate::content::ContentIndex;
use crate::i18n::use_i18n;
use crate::state::AppState;
use crate::web::{AppError, RequestId};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use std::sync::Arc;

/// The course material the current request is answered with.
pub fn use_content() -> Arc<ContentIndex> {
    AppState::current()
        .map(|state| state.content.get())
        .unwrap_or_default()
}

/// A route parameter of the current page (empty when absent).
pub fn use_param(name: &str) -> String {
    leptos_router::hooks::use_params_map()
        .get_untracked()
        .get(name)
        .unwrap_or_default()
}

/// When it was checked and where the facts come from, at the foot of a page.
#[component]
pub fn Provenance(reviewed: Option<String>, sources: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="provenance">
            {reviewed.map(|date| view! { <p>{i18n.t_args("provenance-reviewed", &[("date", date.into())])}</p> })}
            <details>
                <summary>{i18n.t("provenance-sources")}</summary>
                <ul>{sources.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
            </details>
        </footer>
    }
}

/// What the last form said: an alert for an error, a status for a confirmation.
#[component]
pub fn FlashMessage() -> impl IntoView {
    let i18n = use_i18n();
    let flash = crate::web::use_flash();
    (!flash.message.is_empty()).then(|| {
        let text = i18n.t(&flash.message);
        if flash.error {
            Either::Left(view! { <p class="error" role="alert">{text}</p> })
        } else {
            Either::Right(view! { <p class="notice" role="status">{text}</p> })
        }
    })
}

/// The `<title>` of a page: its own title, then the site's name; and its
/// description for search engines (the page's own, else the site's).
#[component]
pub fn PageTitle(
    #[prop(into)] text: String,
    #[prop(optional, into)] description: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let description = description
        .filter(|d| !d.trim().is_empty())
        .unwrap_or_else(|| i18n.t("site-description"));
    view! {
        <Title text=format!("{text} · {}", i18n.t("site-name"))/>
        <Meta name="description" content=description/>
    }
}

/// A description from rendered HTML: its first words as plain text, about
/// 160 characters, cut at a word.
pub fn describe(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::new();
    for word in words {
        if out.len() + word.len() > 155 {
            out.push('…');
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.replace("&amp;", "&")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
}

/// Shown for any path that is not a page, with a 404 status.
#[component]
pub fn NotFound() -> impl IntoView {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("not-found-title")/>
        <h1>{i18n.t("not-found-title")}</h1>
        <p>{i18n.t("not-found-text")}</p>
        <p><a href="/">{i18n.t("not-found-home")}</a></p>
    }
}

/// What a page shows when it could not be made: "not found", or a kind
/// error page (status 500) whose cause is logged with the request's id.
#[component]
pub fn Failed(error: AppError) -> impl IntoView {
    if let AppError::NotFound = error {
        return Either::Left(view! { <NotFound/> });
    }
    let parts = use_context::<http::request::Parts>();
    error.log(parts.as_ref().and_then(|p| p.extensions.get::<RequestId>()));
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::INTERNAL_SERVER_ERROR);
    }
    let i18n = use_i18n();
    Either::Right(view! {
        <PageTitle text=i18n.t("error-title")/>
        <h1>{i18n.t("error-title")}</h1>
        <p>{i18n.t("error-text")}</p>
        <p><a href="/">{i18n.t("not-found-home")}</a></p>
    })
}

/// The curriculum references a module serves, country by country, for
/// teachers (its facilitator guide and its page).
#[component]
pub fn CurriculaSection(module: crate::content::Module) -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let countries = crate::content::Country::ALL
        .into_iter()
        .map(|country| {
            let references = content
                .curriculum_of(&module, country)
                .into_iter()
                .map(|r| view! { <li>{r.title.get(i18n.lang).clone()}</li> })
                .collect_view();
            view! {
                <h3>{i18n.t(&format!("country-{}", country.code()))}</h3>
                <ul>{references}</ul>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="curricula">
            <h2 id="curricula">{i18n.t("teacher-curricula-title")}</h2>
            {countries}
        </section>
    }
}
