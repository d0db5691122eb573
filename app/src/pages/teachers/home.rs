//! `/teachers`: what Lanterne offers teachers, and the way in.

use crate::i18n::use_i18n;
use crate::pages::parts::{FlashMessage, PageTitle};
use crate::web::use_viewer;
use leptos::either::Either;
use leptos::prelude::*;

/// `/teachers`: what Lanterne offers teachers, and the way in.
#[component]
pub fn Teachers() -> impl IntoView {
    let i18n = use_i18n();
    let signed_in = use_viewer().teacher_id().is_some();
    let points = [
        "teachers-point-classes",
        "teachers-point-results",
        "teachers-point-guides",
        "teachers-point-privacy",
    ];
    view! {
        <PageTitle text=i18n.t("teachers-title")/>
        <h1>{i18n.t("teachers-title")}</h1>
        <FlashMessage/>
        <p class="lead">{i18n.t("teachers-lead")}</p>
        <ul class="points">
            {points.into_iter().map(|id| view! { <li>{i18n.t(id)}</li> }).collect_view()}
        </ul>
        {if signed_in {
            Either::Left(view! { <p><a class="button" href="/teachers/classes">{i18n.t("teacher-my-classes")}</a></p> })
        } else {
            Either::Right(view! {
                <p class="actions">
                    <a class="button" href="/teachers/signup">{i18n.t("teacher-signup-title")}</a>
                    " "
                    <a class="button button--quiet" href="/teachers/login">{i18n.t("teacher-login-title")}</a>
                </p>
            })
        }}
        <p><a href="/teachers/disclosure">{i18n.t("disclosure-title")}</a></p>
    }
}
