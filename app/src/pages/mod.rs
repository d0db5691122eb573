//! The site's pages. Each page is a component; features that grow forms,
//! server functions and storage get a folder of their own.

mod audiences;
pub mod course;
pub(crate) mod help;
mod home;
pub mod join;
mod not_found;
pub mod parents;
pub mod teachers;

pub use audiences::Pupils;
pub use course::{Catalogue, LessonPage, ModuleOverview, QuestionPage, ResultPage, ScenarioPage};
pub use help::{Help, ParentsHelp};
pub use home::Home;
pub use not_found::NotFound;
pub use parents::{ConversationCard, ParentsDocument, ParentsHome};

use crate::content::ContentIndex;
use crate::i18n::use_i18n;
use crate::state::AppState;
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
