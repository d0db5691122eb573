//! The permit of a tier's final test: a printable page with the tier, the
//! module, the date, the class, a space for the pupil's name (typed at print
//! time, never sent) and a parent's signature, and a verification code that
//! `/verify` checks. The permit row names no pupil.

use crate::codes;
use crate::content::{Module, ModuleKind};
use crate::course::paths;
use crate::course::{Learner, Permit};
use crate::dates::{iso_from_days, today};
use crate::i18n::{use_i18n, I18n};
use crate::pages::parts::{use_content, use_param, Failed, FlashMessage, NotFound, PageTitle};
use crate::state::AppState;
use crate::web::display_date;
use crate::web::use_viewer;
use crate::web::viewer::Viewer;
use axum::extract::{Path, State};
use axum::response::Redirect;
use axum::Extension;
use leptos::either::Either;
use leptos::prelude::*;
use tower_sessions::Session;

/// `POST /modules/{id}/permit`: issues the permit of a passed final test (once).
pub async fn issue(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    session: Session,
    Path(id): Path<String>,
) -> Redirect {
    let content = state.content.get();
    let Some(module) = content
        .module(&id)
        .filter(|m| m.meta.kind == ModuleKind::FinalTest)
    else {
        return Redirect::to("/modules");
    };
    if let Some(back) = super::access::refuse(&viewer, module) {
        return Redirect::to(&back);
    }
    let learner = Learner::of(session, &state.db).await;
    let progress = learner
        .load()
        .await
        .ok()
        .and_then(|p| p.modules.get(&id).cloned())
        .unwrap_or_default();
    if !progress.passed(module) {
        return Redirect::to(&paths::result(&id));
    }
    let page = format!("{}/permit", paths::module(&id));
    if progress.permit.is_some() {
        return Redirect::to(&page);
    }
    let class_name = match &learner {
        Learner::Pupil { id, db } => crate::classes::pupil_with_class(db, id)
            .await
            .ok()
            .flatten()
            .map(|(_, c)| c.name),
        Learner::Guest(_) => None,
    };
    let permit = Permit {
        code: codes::new_permit_code(),
        module_id: id.clone(),
        tier: module.meta.tier.code().to_owned(),
        class_name,
        content_reviewed: module.meta.reviewed.clone(),
        issued_on: iso_from_days(today()),
    };
    let holder = learner.permit_holder(&id).unwrap_or_else(codes::random_id);
    let code = match crate::course::issue_once(&state.db, &permit, &holder).await {
        Ok(code) => code,
        Err(error) => {
            tracing::error!(%error, "could not issue a permit");
            return Redirect::to(&paths::result(&id));
        }
    };
    if let Err(error) = learner.update(&id, |m| m.permit = Some(code)).await {
        tracing::error!(%error, "could not remember a permit");
    }
    Redirect::to(&page)
}

/// `/modules/:id/permit`: the printable permit.
#[component]
pub fn PermitPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let id = use_param("id");
    let code = crate::course::current()
        .modules
        .get(&id)
        .and_then(|m| m.permit.clone());
    let (Some(module), Some(code), Some(state)) = (content.module(&id).cloned(), code, AppState::current())
    else {
        return Either::Right(view! { <NotFound/> });
    };
    let handle = use_viewer().pupil.map(|(pupil, _)| pupil.handle(i18n));
    let emblem = super::emblems::decorative_svg(
        &content,
        &crate::content::tier_emblem(module.meta.tier),
        "emblem emblem--permit",
    );
    let host = use_context::<http::request::Parts>()
        .and_then(|p| {
            p.headers
                .get(http::header::HOST)?
                .to_str()
                .ok()
                .map(str::to_owned)
        })
        .unwrap_or_default();
    let page = async move {
        match crate::course::find_permit(&state.db, &code).await {
            Ok(Some(permit)) => view! {
                <PermitCertificate i18n permit module handle host emblem/>
                <FlashMessage/>
                <p class="no-print"><a href="/modules">{i18n.t("course-back-to-modules")}</a></p>
            }
            .into_any(),
            Ok(None) => view! { <NotFound/> }.into_any(),
            Err(error) => view! { <Failed error=error.into()/> }.into_any(),
        }
    };
    Either::Left(view! { <Suspense fallback=|| ()>{Suspend::new(page)}</Suspense> })
}

/// The certificate as printed on one A4 page: the tier's emblem, the module,
/// a name field that is never sent, the date and class, the signature lines
/// and the verification code.
#[component]
fn PermitCertificate(
    i18n: I18n,
    permit: Permit,
    module: Module,
    handle: Option<String>,
    host: String,
    /// The tier's emblem, as inline SVG.
    emblem: String,
) -> impl IntoView {
    let class = permit.class_name.clone();
    view! {
        <PageTitle text=i18n.t("permit-title")/>
        <p class="no-print">{i18n.t("permit-print-hint")}</p>
        <article class=format!("permit {}", super::emblems::tier_class(module.meta.tier))>
            <header class="permit__head">
                <span class="emblem-box" inner_html=emblem></span>
                <div>
                    <p class="permit__site">{i18n.t("site-name")}</p>
                    <h1>{i18n.t("permit-title")}</h1>
                    <p class="permit__tier">{i18n.t(&format!("tier-{}", permit.tier))}</p>
                </div>
            </header>
            <p class="permit__name">
                <label for="permit-name">{i18n.t("permit-name")}</label>
                // No `name` and no form: what is typed here is printed, never sent.
                <input id="permit-name" type="text" autocomplete="off" placeholder=handle.unwrap_or_default()/>
            </p>
            <p class="permit__statement">{i18n.t_args("permit-passed", &[("module", module.meta.title.get(i18n.lang).clone().into())])}</p>
            <dl>
                <dt>{i18n.t("permit-date")}</dt><dd>{display_date(&permit.issued_on)}</dd>
                <dt>{i18n.t("permit-class")}</dt><dd>{class.clone().unwrap_or_else(|| i18n.t("permit-guest"))}</dd>
            </dl>
            {signatures(i18n, &permit.tier, class.is_some())}
            <p class="permit__code">
                {i18n.t("permit-code")} " " <strong class="code">{codes::display(&permit.code)}</strong>
                <br/>{i18n.t_args("permit-check-at", &[("address", format!("{host}/verify").into())])}
            </p>
        </article>
    }
}

/// The signature lines: a parent's for younger pupils (a 14–17 signs it
/// themselves), and the teacher's or presenter's for a class.
fn signatures(i18n: I18n, tier: &str, in_class: bool) -> impl IntoView {
    let own = if tier == "14-17" {
        "permit-own-signature"
    } else {
        "permit-parent-signature"
    };
    view! {
        <div class="permit__signatures">
            <p class="permit__signature">{i18n.t(own)}</p>
            {in_class.then(|| view! { <p class="permit__signature">{i18n.t("permit-teacher-signature")}</p> })}
        </div>
    }
}

/// `/verify?code=`: what a permit code proves, and nothing about the pupil.
#[component]
pub fn VerifyPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let typed = leptos_router::hooks::use_query_map()
        .get_untracked()
        .get("code")
        .unwrap_or_default();
    let db = AppState::current().map(|s| s.db);
    let page = async move {
        let lang = i18n.lang;
        let answer = if typed.trim().is_empty() {
            None
        } else {
            let found = match (codes::normalise_permit(&typed), db) {
                (Some(code), Some(db)) => crate::course::find_permit(&db, &code).await.ok().flatten(),
                _ => None,
            };
            Some(match found {
                Some(permit) => {
                    let title = content
                        .module(&permit.module_id)
                        .map(|m| m.meta.title.get(lang).clone())
                        .unwrap_or(permit.module_id.clone());
                    let class = permit
                        .class_name
                        .clone()
                        .unwrap_or_else(|| i18n.t("permit-guest"));
                    Either::Left(view! {
                        <section class="feedback feedback--right" role="status">
                            <h2>{i18n.t("verify-valid")}</h2>
                            <p>{i18n.t_args("verify-proves", &[
                                ("module", title.into()),
                                ("tier", i18n.t(&format!("tier-{}", permit.tier)).into()),
                                ("date", display_date(&permit.issued_on).into()),
                                ("class", class.into()),
                                ("version", display_date(&permit.content_reviewed).into()),
                            ])}</p>
                            <p>{i18n.t("verify-nothing-about-pupil")}</p>
                        </section>
                    })
                }
                None => Either::Right(view! { <p class="error" role="alert">{i18n.t("verify-unknown")}</p> }),
            })
        };
        view! {
            <PageTitle text=i18n.t("verify-title")/>
            <h1>{i18n.t("verify-title")}</h1>
            <p class="lead">{i18n.t("verify-lead")}</p>
            <form method="get" action="/verify" class="inline">
                <label for="code">{i18n.t("permit-code")}</label>
                <input id="code" name="code" required=true maxlength="20" autocomplete="off" value=typed.clone()/>
                <button type="submit" class="button">{i18n.t("verify-submit")}</button>
            </form>
            {answer}
        }
    };
    view! { <Suspense fallback=|| ()>{Suspend::new(page)}</Suspense> }
}
