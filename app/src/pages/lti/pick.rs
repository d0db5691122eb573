//! `/lti/pick`: an instructor's deep-linking request. They pick modules of
//! one tier (the course's class follows it while it has no pupils) and the
//! country whose help numbers pupils see; Lanterne assigns the picked modules
//! to the class and answers the platform with one resource link per module.
//! A sensitive module is linked but opens for pupils only once its
//! safeguarding checklist is done on the class page, as for any class.

use super::entry::PICK;
use super::plain_page;
use crate::classes::{self, Class, ClassChange};
use crate::content::{Country, Module, Tier};
use crate::i18n::{translate, use_i18n, I18n, Lang};
use crate::lti::deep_link::{self, PendingPick, Picked};
use crate::lti::{keys, platforms};
use crate::pages::parts::{use_content, FlashMessage, PageTitle};
use crate::pages::teachers::frame::{country_name, teacher_page};
use crate::state::AppState;
use crate::web::{escape_html, flash, AppError, FormData, Teacher};
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;
use http::{header, HeaderMap, HeaderValue};
use leptos::prelude::*;
use tower_sessions::Session;

fn request_session() -> Option<Session> {
    use_context::<http::request::Parts>().and_then(|parts| parts.extensions.get::<Session>().cloned())
}

fn asked_tier() -> Option<Tier> {
    let parts = use_context::<http::request::Parts>()?;
    let query = parts.uri.query()?;
    let (_, value) = form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == "tier")?;
    Tier::from_code(&value)
}

async fn pending(session: &Session) -> Option<PendingPick> {
    session.get::<PendingPick>(PICK).await.ok().flatten()
}

/// `/lti/pick`: the modules of a tier to pick from.
#[component]
pub fn LtiPickPage() -> impl IntoView {
    let i18n = use_i18n();
    let (session, tier) = (request_session(), asked_tier());
    teacher_page(move |teacher, db| async move {
        let pick = match &session {
            Some(session) => pending(session).await,
            None => None,
        };
        let Some(pick) = pick else {
            return Ok(view! { <NoPick/> }.into_any());
        };
        let class = classes::class_of(&db, &teacher, &pick.class_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let has_pupils = !classes::pupils_of(&db, &class.id).await?.is_empty();
        let tier = if has_pupils {
            class.tier
        } else {
            tier.unwrap_or(class.tier)
        };
        Ok(view! { <PickForm i18n class tier has_pupils multiple=pick.multiple/> }.into_any())
    })
}

#[component]
fn NoPick() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("lti-pick-title")/>
        <h1>{i18n.t("lti-pick-title")}</h1>
        <p>{i18n.t("lti-pick-none")}</p>
    }
}

#[component]
fn PickForm(i18n: I18n, class: Class, tier: Tier, has_pupils: bool, multiple: bool) -> impl IntoView {
    let content = use_content();
    let modules: Vec<Module> = content
        .modules()
        .iter()
        .filter(|m| m.meta.tier == tier)
        .cloned()
        .collect();
    let tiers = (!has_pupils).then(|| {
        Tier::ALL
            .into_iter()
            .map(|t| {
                let label = i18n.t(&format!("tier-{}", t.code()));
                let current = (t == tier).then_some("page");
                view! { <li><a href=format!("/lti/pick?tier={}", t.code()) aria-current=current>{label}</a></li> }
            })
            .collect_view()
    });
    let kind = if multiple { "checkbox" } else { "radio" };
    let rows = modules
        .into_iter()
        .map(|m| {
            let id = format!("module-{}", m.id);
            let note = m
                .meta
                .sensitive
                .then(|| view! { <span class="hint">{i18n.t("lti-pick-sensitive")}</span> });
            view! {
                <li>
                    <input type=kind id=id.clone() name="module" value=m.id.clone()/>
                    <label for=id>{m.meta.title.get(i18n.lang).clone()}</label>
                    " " {note}
                    <p class="hint">{m.meta.summary.get(i18n.lang).clone()}</p>
                </li>
            }
        })
        .collect_view();
    let countries = Country::ALL
        .into_iter()
        .map(|c| view! { <option value=c.code() selected={c == class.country}>{country_name(i18n, c)}</option> })
        .collect_view();
    view! {
        <PageTitle text=i18n.t("lti-pick-title")/>
        <h1>{i18n.t("lti-pick-title")}</h1>
        <FlashMessage/>
        <p class="lead">{i18n.t_args("lti-pick-lead", &[("class", class.name.clone().into())])}</p>
        {tiers.map(|links| view! { <nav aria-label=i18n.t("lti-pick-tiers")><ul class="tier-links">{links}</ul></nav> })}
        <form method="post" action="/lti/pick" class="stacked">
            <input type="hidden" name="tier" value=tier.code()/>
            <fieldset>
                <legend>{i18n.t_args("lti-pick-modules", &[("tier", i18n.t(&format!("tier-{}", tier.code())).into())])}</legend>
                <ul class="pick-list">{rows}</ul>
            </fieldset>
            <label for="country">{i18n.t("lti-pick-country")}</label>
            <select id="country" name="country">{countries}</select>
            <button type="submit" class="button">{i18n.t("lti-pick-submit")}</button>
        </form>
    }
}

/// What the pick form asked for, checked against the content and the class.
fn picked_modules<'a>(all: &'a [Module], form: &FormData, tier: Tier) -> Vec<&'a Module> {
    let chosen = form.all("module");
    all.iter()
        .filter(|m| m.meta.tier == tier && chosen.contains(&m.id.as_str()))
        .collect()
}

fn back(tier: &str) -> Response {
    Redirect::to(&format!("/lti/pick?tier={tier}")).into_response()
}

/// `POST /lti/pick`: assigns the picked modules and answers the platform.
pub(super) async fn send(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    lang: Option<Extension<Lang>>,
    headers: HeaderMap,
    form: FormData,
) -> Result<Response, AppError> {
    let lang = lang.map(|Extension(l)| l).unwrap_or_default();
    let Some(pick) = pending(&session).await else {
        flash::error(&session, "lti-error-no-pick", &form, &[]).await;
        return Ok(Redirect::to("/lti/pick").into_response());
    };
    let class = classes::class_of(&state.db, &teacher, &pick.class_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let content = state.content.get();
    let tier = Tier::from_code(form.text("tier")).unwrap_or(class.tier);
    let chosen = picked_modules(content.modules(), &form, tier);
    let problem = if chosen.is_empty() {
        Some("lti-error-pick-none")
    } else if !pick.multiple && chosen.len() > 1 {
        Some("lti-error-pick-one")
    } else if tier != class.tier && !classes::pupils_of(&state.db, &class.id).await?.is_empty() {
        Some("lti-error-tier-fixed")
    } else {
        None
    };
    if let Some(problem) = problem {
        flash::error(&session, problem, &form, &[]).await;
        return Ok(back(tier.code()));
    }
    settle_class(&state, &teacher, &class, tier, &form, &chosen).await?;
    let jwt = answer(&state, &headers, &pick, &chosen, lang).await?;
    let _ = session.remove::<PendingPick>(PICK).await;
    Ok(return_page(lang, &pick, &jwt, &chosen, &class))
}

/// The class follows the pick: its tier and country, the modules assigned
/// (a sensitive one waits for its checklist).
async fn settle_class(
    state: &AppState,
    teacher: &str,
    class: &Class,
    tier: Tier,
    form: &FormData,
    chosen: &[&Module],
) -> Result<(), AppError> {
    let db = &state.db;
    if tier != class.tier {
        classes::update_class(db, teacher, &class.id, ClassChange::Tier(tier)).await?;
    }
    if let Some(country) = Country::from_code(form.text("country")) {
        classes::update_class(db, teacher, &class.id, ClassChange::Country(country)).await?;
    }
    for module in chosen.iter().filter(|m| !m.meta.sensitive) {
        classes::assign(db, teacher, &class.id, &module.id, None).await?;
    }
    Ok(())
}

/// The signed deep-linking response for the chosen modules.
async fn answer(
    state: &AppState,
    headers: &HeaderMap,
    pick: &PendingPick,
    chosen: &[&Module],
    lang: Lang,
) -> Result<String, AppError> {
    let failed = |e: &dyn std::fmt::Display| AppError::internal("answering a deep link", e);
    let platform = platforms::by_id(&state.db, &pick.platform_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let key = keys::current(&state.db).await.map_err(|e| failed(&e))?;
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    let scheme = if state.site.secure_cookies {
        "https"
    } else {
        "http"
    };
    let launch_url = format!("{scheme}://{host}/lti/launch");
    let picked: Vec<Picked> = chosen
        .iter()
        .map(|m| Picked {
            module_id: m.id.clone(),
            title: m.meta.title.get(lang).clone(),
            summary: m.meta.summary.get(lang).clone(),
        })
        .collect();
    deep_link::response(&key, &platform, pick, &launch_url, &picked).map_err(|e| failed(&e))
}

/// The page that takes the answer back to the platform: one button (no
/// script needed), and the checklists still to do.
fn return_page(lang: Lang, pick: &PendingPick, jwt: &str, chosen: &[&Module], class: &Class) -> Response {
    let t = |id: &str| escape_html(&translate(lang, id, None));
    let titles: String = chosen
        .iter()
        .map(|m| {
            let title = escape_html(m.meta.title.get(lang));
            let checklist = m.meta.sensitive.then(|| {
                format!(
                    " — <a href=\"/teachers/classes/{}/assign/{}\" target=\"_blank\" rel=\"noopener\">{}</a>",
                    class.id,
                    m.id,
                    t("lti-return-checklist")
                )
            });
            format!("<li>{title}{}</li>", checklist.unwrap_or_default())
        })
        .collect();
    let body = format!(
        "<p>{lead}</p><ul>{titles}</ul><form method=\"post\" action=\"{action}\">\
         <input type=\"hidden\" name=\"JWT\" value=\"{jwt}\">\
         <button type=\"submit\" class=\"button\">{button}</button></form>",
        lead = t("lti-return-lead"),
        action = escape_html(&pick.return_url),
        jwt = escape_html(jwt),
        button = t("lti-return-button"),
    );
    let mut response = plain_page(lang, "lti-return-title", &body).into_response();
    let origin = platforms::origin_of(&pick.return_url).unwrap_or_default();
    let policy = crate::state::content_security_policy(None)
        .replace("form-action 'self'", &format!("form-action 'self' {origin}"));
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}
