//! The country whose help and law a parent reads about, chosen explicitly
//! (a UK parent may read French, a French parent English): remembered in a
//! cookie for a year, set by a plain form.

use crate::content::Country;
use crate::i18n::use_i18n;
use crate::web::Endpoints;
use axum::response::{IntoResponse, Redirect, Response};
use http::header;
use leptos::prelude::*;

use crate::web::viewer::COUNTRY_COOKIE as COOKIE;

/// The forms of the parents' area.
pub fn endpoints() -> Endpoints {
    Endpoints::new().post("/parents/country", choose)
}

/// Only a path of this site, never another site.
fn local(next: &str) -> &str {
    if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
        next
    } else {
        "/parents"
    }
}

/// `POST /parents/country`: remembers the country and goes back.
async fn choose(form: crate::web::FormData) -> Response {
    let back = Redirect::to(local(form.text("next")));
    let Some(country) = Country::ALL
        .into_iter()
        .find(|c| c.code() == form.text("country"))
    else {
        return back.into_response();
    };
    let cookie = format!(
        "{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly",
        country.code()
    );
    let mut response = back.into_response();
    if let Ok(value) = header::HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

/// A small form: "Help and law for: France · United Kingdom".
#[component]
pub fn CountryChoice(current: Country) -> impl IntoView {
    let i18n = use_i18n();
    let here = leptos_router::hooks::use_location().pathname.get_untracked();
    view! {
        <form class="country-switch" method="post" action="/parents/country">
            <input type="hidden" name="next" value=here/>
            <span>{i18n.t("parents-country-label")}</span> " "
            {Country::ALL.into_iter().map(|country| view! {
                <button type="submit" name="country" value=country.code() class="button button--quiet"
                    aria-pressed=if country == current { "true" } else { "false" }>
                    {i18n.t(&format!("country-{}", country.code()))}
                </button>
            }).collect_view()}
        </form>
    }
}
