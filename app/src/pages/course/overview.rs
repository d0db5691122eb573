//! `/modules/:id`: a module's overview, with the pupil's progress in it.

use super::access;
use super::common::{module_progress, open_part};
use super::emblems::{module_emblem, tier_class};
use super::steps::{part_label, status_badge, step_indicator, Status};
use crate::course::{is_done, paths};
use crate::i18n::use_i18n;
use crate::pages::parts::{use_content, PageTitle};
use leptos::either::Either;
use leptos::prelude::*;

/// `/modules/:id`: what the module holds and where to carry on.
#[component]
pub fn ModuleOverview() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let (module, ()) = match open_part(&content, |_| Some(())) {
        Ok(found) => found,
        Err(page) => return Either::Left(page),
    };
    let lang = i18n.lang;
    let progress = module_progress(&module.id);
    let parts = paths::parts(module);
    let next = parts
        .iter()
        .find(|p| !is_done(module, &progress, p))
        .cloned()
        .unwrap_or_else(|| paths::result(&module.id));
    let started = parts.iter().any(|p| is_done(module, &progress, p));
    // A teacher looking at the module also sees where it fits the curriculum.
    let for_teacher = crate::web::use_viewer().teacher_id().is_some();
    let items = parts[..parts.len() - 1]
        .iter()
        .map(|path| {
            let status = if is_done(module, &progress, path) { Status::Done } else { Status::ToDo };
            view! { <li><a href=path.clone()>{part_label(i18n, module, path)}</a>{status_badge(i18n, status)}</li> }
        })
        .collect_view();
    Either::Right(view! {
        <PageTitle text=module.meta.title.get(lang).clone() description=module.meta.summary.get(lang).clone()/>
        <div class=tier_class(module.meta.tier)>
        <p class="breadcrumb"><a href="/modules">{i18n.t("course-back-to-modules")}</a> " · " <access::TierLabel tier=module.meta.tier/></p>
        <div class="module-head">
            {module_emblem(&content, module, "emblem emblem--large")}
            <div>
                <h1>{module.meta.title.get(lang).clone()}</h1>
                <p class="lead">{module.meta.summary.get(lang).clone()}</p>
            </div>
        </div>
        {step_indicator(i18n, module, None)}
        <p><a class="button" href=next>{i18n.t(if started { "course-continue" } else { "course-start" })}</a></p>
        <h2>{i18n.t("course-overview-parts")}</h2>
        <ol class="parts">{items}</ol>
        {for_teacher.then(|| view! { <crate::pages::parts::CurriculaSection module=module.clone()/> })}
        </div>
    })
}
