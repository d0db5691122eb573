//! `/modules/:id/result`: the pupil's score in a module, and what next.

use super::access;
use super::common::{module_progress, open_part};
use crate::content::{Module, ModuleKind};
use crate::course::{paths, ModuleProgress};
use crate::i18n::{use_i18n, I18n};
use crate::pages::parts::{use_content, PageTitle};
use leptos::either::Either;
use leptos::prelude::*;

/// `/modules/:id/result`: the score, first answers only, against the pass mark.
#[component]
pub fn ResultPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let (module, ()) = match open_part(&content, |_| Some(())) {
        Ok(found) => found,
        Err(page) => return Either::Left(page),
    };
    let lang = i18n.lang;
    let progress = module_progress(&module.id);
    let (right, graded) = progress.score(module);
    let passed = progress.passed(module);
    let permit =
        (passed && module.meta.kind == ModuleKind::FinalTest).then(|| permit_form(i18n, module, &progress));
    let card = module
        .parents
        .is_some()
        .then(|| format!("/parents/cards/{}", module.id));
    Either::Right(view! {
        <PageTitle text=i18n.t("course-result-title")/>
        <p class="breadcrumb"><a href=paths::module(&module.id)>{module.meta.title.get(lang).clone()}</a> " · " <access::TierLabel tier=module.meta.tier/></p>
        <h1>{i18n.t("course-result-title")}</h1>
        <section class=if passed { "feedback feedback--right" } else { "feedback" } role="status">
            <p class="score">{i18n.t_args("course-score", &[("right", right.into()), ("total", graded.into())])}</p>
            <p>{i18n.t(if passed { "course-passed" } else { "course-not-passed" })}</p>
        </section>
        {permit}
        {crate::web::use_viewer().pupil.is_some().then(|| view! {
            <form method="post" action="/leave" class="sign-out">
                <button type="submit" class="button">{i18n.t("course-finished-sign-out")}</button>
                <p class="hint">{i18n.t("course-finished-sign-out-hint")}</p>
            </form>
        })}
        <p>{i18n.t("shell-footer-never-your-fault")}</p>
        <ul class="next-steps">
            <li><a href="/modules">{i18n.t("course-back-to-modules")}</a></li>
            {card.map(|href| view! { <li><a href=href>{i18n.t("course-parents-card")}</a></li> })}
            <li><a href="/help">{i18n.t("shell-get-help")}</a></li>
        </ul>
    })
}

/// The button to get the permit a passed final test earns, or to see it again.
fn permit_form(i18n: I18n, module: &Module, progress: &ModuleProgress) -> impl IntoView {
    let label = if progress.permit.is_some() {
        "permit-see"
    } else {
        "permit-get"
    };
    view! {
        <form method="post" action=format!("{}/permit", paths::module(&module.id))>
            <button type="submit" class="button">{i18n.t(label)}</button>
        </form>
    }
}
