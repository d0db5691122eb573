//! Which modules a learner may open. A guest browses every tier; a pupil
//! signed in with a class card opens only their class's tier, and a
//! sensitive module only once their teacher assigned it (which takes the
//! safeguarding checklist). A locked module shows a kind page, never its content.

use crate::content::{Module, Tier};
use crate::course::paths;
use crate::i18n::use_i18n;
use crate::pages::parts::PageTitle;
use crate::web::viewer::Viewer;
use leptos::prelude::*;

/// Whether a learner may open a module, and if not, why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Open,
    /// The module belongs to another tier than the pupil's class.
    OtherTier {
        class_tier: Tier,
    },
    /// A sensitive module the pupil's teacher has not assigned.
    NotAssigned,
}

/// What `viewer` may do with `module`.
pub fn access(viewer: &Viewer, module: &Module) -> Access {
    let Some((_, class)) = &viewer.pupil else {
        return Access::Open;
    };
    if module.meta.tier != class.tier {
        return Access::OtherTier {
            class_tier: class.tier,
        };
    }
    let assigned = viewer.assignments.iter().any(|a| a.module_id == module.id);
    if module.meta.sensitive && !assigned {
        return Access::NotAssigned;
    }
    Access::Open
}

/// Whether the viewer of the page being rendered may open `module`.
pub fn current_access(module: &Module) -> Access {
    access(&crate::web::use_viewer(), module)
}

/// The page a pupil sees for a module they may not open: why, and what to do.
/// It answers 403 and shows nothing of the module but its title.
#[component]
pub fn LockedModule(access: Access, title: String) -> impl IntoView {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::FORBIDDEN);
    }
    let i18n = use_i18n();
    let why = match access {
        Access::OtherTier { class_tier } => i18n.t_args(
            "access-other-tier",
            &[("tier", i18n.t(&format!("tier-{}", class_tier.code())).into())],
        ),
        _ => i18n.t("access-not-assigned"),
    };
    view! {
        <PageTitle text=i18n.t("access-locked-title")/>
        <p class="breadcrumb"><a href="/modules">{i18n.t("course-back-to-modules")}</a></p>
        <h1>{i18n.t("access-locked-title")}</h1>
        <section class="callout" aria-labelledby="locked-module">
            <h2 id="locked-module">{title}</h2>
            <p>{why}</p>
            <p>{i18n.t("access-what-to-do")}</p>
        </section>
        <ul class="next-steps">
            <li><a class="button" href="/modules">{i18n.t("access-my-modules")}</a></li>
            <li><a href="/help">{i18n.t("shell-get-help")}</a></li>
        </ul>
    }
}

/// The locked page for `module`, if the viewer may not open it.
pub fn locked_page(module: &Module) -> Option<AnyView> {
    let access = current_access(module);
    (access != Access::Open).then(|| {
        let title = module.meta.title.get(use_i18n().lang).clone();
        view! { <LockedModule access=access title=title/> }.into_any()
    })
}

/// Where a form about a module the viewer may not open sends them back to.
pub fn refuse(viewer: &Viewer, module: &Module) -> Option<String> {
    (access(viewer, module) != Access::Open).then(|| paths::module(&module.id))
}

/// The tier of a module, named on every page of it.
#[component]
pub fn TierLabel(tier: Tier) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class=format!("tier-label tier-label--{}", tier.code())>{i18n.t(&format!("tier-{}", tier.code()))}</span> }
}
