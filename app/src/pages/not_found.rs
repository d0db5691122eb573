use super::PageTitle;
use crate::i18n::use_i18n;
use leptos::prelude::*;

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
