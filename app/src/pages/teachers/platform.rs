//! The section of a class page for a course on a learning platform (LTI):
//! how many quiz scores went to the platform's gradebook, per module, and how
//! many wait (the platform was down: Lanterne retries by itself).

use super::frame::module_title;
use crate::content::ContentIndex;
use crate::i18n::I18n;
use crate::lti::grades::ModuleStatus;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub(super) fn PlatformSection(
    i18n: I18n,
    content: Arc<ContentIndex>,
    statuses: Vec<ModuleStatus>,
) -> impl IntoView {
    let rows = statuses
        .iter()
        .map(|s| {
            let title = content
                .module(&s.module_id)
                .map_or_else(|| s.module_id.clone(), |m| module_title(m, i18n.lang));
            let retrying = s
                .last_error
                .is_some()
                .then(|| view! { <p class="hint">{i18n.t("lti-class-retrying")}</p> });
            view! {
                <tr>
                    <th scope="row">{title}</th>
                    <td>{s.sent}</td>
                    <td>{s.waiting} {retrying}</td>
                </tr>
            }
        })
        .collect_view();
    let table = (!statuses.is_empty()).then(|| {
        view! {
            <table class="data-table">
                <thead><tr>
                    <th scope="col">{i18n.t("lti-class-module")}</th>
                    <th scope="col">{i18n.t("lti-class-sent")}</th>
                    <th scope="col">{i18n.t("lti-class-waiting")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    });
    let none = statuses
        .is_empty()
        .then(|| view! { <p>{i18n.t("lti-class-none")}</p> });
    view! {
        <section class="panel" aria-labelledby="platform-title">
            <h2 id="platform-title">{i18n.t("lti-class-title")}</h2>
            <p>{i18n.t("lti-class-lead")}</p>
            {table}
            {none}
        </section>
    }
}
