//! The way in from a platform. `/lti/login` (GET or POST) is the OIDC
//! third-party login initiation: it sends the browser to the platform with a
//! state and a nonce. `/lti/launch` receives the platform's signed token,
//! checks it fully (`crate::lti::launch`), finds or makes the class, teacher
//! or pupil (`crate::lti::people`) and signs the user in. When the browser
//! kept no cookie in the platform's frame (third-party cookies blocked), the
//! sign-in is handed to a new tab with a one-time ticket instead.

use super::{plain_page, refusal_page};
use crate::content::Tier;
use crate::i18n::{translate, Lang};
use crate::lti::claims::{Role, DEEP_LINKING_REQUEST};
use crate::lti::deep_link::PendingPick;
use crate::lti::grades::{self, GradeTarget};
use crate::lti::tickets::{self, TicketError};
use crate::lti::{launch as check, people, Launch, Refusal};
use crate::session::{SessionUser, TypedSession};
use crate::state::AppState;
use crate::web::{cookie, escape_html, flash, FormData};
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;
use http::{header, HeaderMap, HeaderValue};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

/// The cookie that ties a login to the browser that started it.
const STATE_COOKIE: &str = "lanterne_lti_state";
/// The cookie that says which platform frames this browser's pages.
pub const FRAME_COOKIE: &str = "lanterne_frame";
/// The session key of a deep-linking request waiting for the pick.
pub(super) const PICK: &str = "lti_pick";

/// Set on a launch's response: the platform whose pages may frame it.
#[derive(Clone, Debug)]
pub struct FramedBy(pub String);

#[derive(Debug, Deserialize)]
pub(super) struct LoginParams {
    iss: String,
    login_hint: String,
    target_link_uri: String,
    #[serde(default)]
    lti_message_hint: Option<String>,
    #[serde(default)]
    client_id: Option<String>,
}

fn language(lang: Option<Extension<Lang>>) -> Lang {
    lang.map(|Extension(lang)| lang).unwrap_or_default()
}

pub(super) async fn login_get(
    State(state): State<AppState>,
    lang: Option<Extension<Lang>>,
    headers: HeaderMap,
    params: Result<Query<LoginParams>, axum::extract::rejection::QueryRejection>,
) -> Response {
    login(&state, language(lang), &headers, params.ok().map(|Query(p)| p)).await
}

pub(super) async fn login_post(
    State(state): State<AppState>,
    lang: Option<Extension<Lang>>,
    headers: HeaderMap,
    form: FormData,
) -> Response {
    let field = |name: &str| form.raw(name).to_owned();
    let params = (!field("iss").is_empty()).then(|| LoginParams {
        iss: field("iss"),
        login_hint: field("login_hint"),
        target_link_uri: field("target_link_uri"),
        lti_message_hint: Some(field("lti_message_hint")).filter(|h| !h.is_empty()),
        client_id: Some(field("client_id")).filter(|c| !c.is_empty()),
    });
    login(&state, language(lang), &headers, params).await
}

/// This instance's launch URL, as the browser reached it.
fn own_launch_url(state: &AppState, headers: &HeaderMap) -> Option<String> {
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let scheme = if state.site.secure_cookies {
        "https"
    } else {
        "http"
    };
    Some(format!("{scheme}://{host}/lti/launch"))
}

fn with_cookie(mut response: Response, cookie: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// The login initiation: off to the platform's authorisation endpoint.
async fn login(state: &AppState, lang: Lang, headers: &HeaderMap, params: Option<LoginParams>) -> Response {
    let Some(params) = params.filter(|p| !p.login_hint.is_empty()) else {
        return refusal_page(lang, Refusal::Invalid);
    };
    let launch_url = own_launch_url(state, headers);
    if launch_url.as_deref() != Some(params.target_link_uri.as_str()) {
        tracing::warn!(
            target = params.target_link_uri,
            "an LTI login for another launch URL"
        );
        return refusal_page(lang, Refusal::Invalid);
    }
    let login = match check::begin(&state.db, &params.iss, params.client_id.as_deref()).await {
        Ok(login) => login,
        Err(refusal) => return refusal_page(lang, refusal),
    };
    let mut query = vec![
        ("scope", "openid"),
        ("response_type", "id_token"),
        ("response_mode", "form_post"),
        ("prompt", "none"),
        ("client_id", login.platform.client_id.as_str()),
        ("redirect_uri", params.target_link_uri.as_str()),
        ("login_hint", params.login_hint.as_str()),
        ("state", login.state.as_str()),
        ("nonce", login.nonce.as_str()),
    ];
    if let Some(hint) = &params.lti_message_hint {
        query.push(("lti_message_hint", hint));
    }
    let Ok(mut url) = reqwest::Url::parse(&login.platform.auth_url) else {
        return refusal_page(lang, Refusal::NotRegistered);
    };
    url.query_pairs_mut().extend_pairs(query);
    let cookie = format!(
        "{STATE_COOKIE}={}; Path=/lti/; Max-Age={}; HttpOnly; Secure; SameSite=None; Partitioned",
        login.state,
        check::LOGIN_SECONDS
    );
    with_cookie(Redirect::to(url.as_str()).into_response(), &cookie)
}

/// Who a launch signs in, where they land, and what their session keeps.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Entry {
    user: SessionUser,
    destination: String,
    pick: Option<PendingPick>,
    grade: Option<(String, GradeTarget)>,
    notice: Option<String>,
}

impl Entry {
    fn to(user: SessionUser, destination: String) -> Entry {
        Entry {
            user,
            destination,
            pick: None,
            grade: None,
            notice: None,
        }
    }
}

fn failed(error: impl std::fmt::Display) -> Refusal {
    tracing::error!(%error, "an LTI launch could not be completed");
    Refusal::Failed
}

/// `POST /lti/launch`: the platform's signed token, checked, and the sign-in.
pub(super) async fn launch(
    State(state): State<AppState>,
    session: Session,
    lang: Option<Extension<Lang>>,
    headers: HeaderMap,
    form: FormData,
) -> Response {
    let lang = language(lang);
    if !form.raw("error").is_empty() {
        tracing::warn!(error = form.raw("error"), "the platform refused the LTI login");
        return refusal_page(lang, Refusal::Stale);
    }
    let given_state = form.raw("state");
    let kept = cookie(&headers, STATE_COOKIE) == Some(given_state);
    let launch = match check::verify(&state.db, &state.lti.remote, form.raw("id_token"), given_state).await {
        Ok(launch) => launch,
        Err(refusal) => return refusal_page(lang, refusal),
    };
    let entry = match enter(&state, &launch).await {
        Ok(entry) => entry,
        Err(refusal) => return refusal_page(lang, refusal),
    };
    let mut response = if kept {
        match sign_in(&state, &session, &entry).await {
            Ok(()) => Redirect::to(&entry.destination).into_response(),
            Err(error) => return refusal_page(lang, failed(error)),
        }
    } else {
        match hand_to_new_tab(&state, lang, &entry).await {
            Ok(page) => page,
            Err(error) => return refusal_page(lang, failed(error)),
        }
    };
    response
        .extensions_mut()
        .insert(FramedBy(launch.platform.id.clone()));
    let response = with_cookie(
        response,
        &format!("{STATE_COOKIE}=; Path=/lti/; Max-Age=0; HttpOnly; Secure; SameSite=None; Partitioned"),
    );
    let frame = format!(
        "{FRAME_COOKIE}={}; Path=/; HttpOnly; Secure; SameSite=None; Partitioned",
        launch.platform.id
    );
    with_cookie(response, &frame)
}

/// The user a checked launch is, made at their first launch.
async fn enter(state: &AppState, launch: &Launch) -> Result<Entry, Refusal> {
    let content = state.content.get();
    let module = launch
        .claims
        .module()
        .and_then(|id| Some((id.clone(), content.module(&id)?.meta.tier)));
    let sub = launch.claims.sub.clone().unwrap_or_default();
    match launch.claims.role() {
        Some(Role::Instructor) => instructor(state, launch, &sub, module.map(|(_, tier)| tier)).await,
        Some(Role::Learner) if launch.claims.message_type != DEEP_LINKING_REQUEST => {
            learner(state, launch, &sub, module.map(|(id, _)| id)).await
        }
        _ => {
            tracing::warn!("an LTI launch by a role Lanterne has nothing for");
            Err(Refusal::Role)
        }
    }
}

async fn instructor(
    state: &AppState,
    launch: &Launch,
    sub: &str,
    tier: Option<Tier>,
) -> Result<Entry, Refusal> {
    let (platform, claims) = (&launch.platform, &launch.claims);
    let teacher = people::teacher(&state.db, platform, sub).await.map_err(failed)?;
    let tier = tier.unwrap_or(Tier::Young);
    let Some(class) = people::class_or_new(&state.db, platform, claims, &teacher, tier)
        .await
        .map_err(failed)?
    else {
        tracing::warn!("an LTI launch without a course");
        return Err(Refusal::Invalid);
    };
    let user = SessionUser::Teacher { id: teacher.clone() };
    if class.teacher_id != teacher {
        let mut entry = Entry::to(user, "/teachers/classes".to_owned());
        entry.notice = Some("lti-notice-not-owner".to_owned());
        return Ok(entry);
    }
    match &claims.deep_linking {
        Some(settings) if claims.message_type == DEEP_LINKING_REQUEST => {
            let mut entry = Entry::to(user, "/lti/pick".to_owned());
            let grades = claims.can_post_scores();
            entry.pick = Some(PendingPick::new(
                platform,
                &claims.deployment_id,
                &class.id,
                settings,
                grades,
            ));
            Ok(entry)
        }
        _ => Ok(Entry::to(user, format!("/teachers/classes/{}", class.id))),
    }
}

async fn learner(
    state: &AppState,
    launch: &Launch,
    sub: &str,
    module: Option<String>,
) -> Result<Entry, Refusal> {
    let (platform, claims) = (&launch.platform, &launch.claims);
    let Some(class) = people::class(&state.db, platform, claims).await.map_err(failed)? else {
        tracing::warn!("an LTI learner launch in a course no instructor opened yet");
        return Err(Refusal::NoClass);
    };
    let pupil = people::pupil(&state.db, platform, &class, sub)
        .await
        .map_err(failed)?;
    let user = SessionUser::Pupil {
        id: pupil.id,
        class_id: class.id,
    };
    let destination = module
        .as_ref()
        .map_or("/modules".to_owned(), |id| crate::course::paths::module(id));
    let mut entry = Entry::to(user, destination);
    if let (Some(module), Some(line_item)) = (module, claims.line_item()) {
        let target = GradeTarget {
            platform_id: platform.id.clone(),
            sub: sub.to_owned(),
            line_item: line_item.to_owned(),
        };
        entry.grade = Some((module, target));
    }
    Ok(entry)
}

/// Signs the entry's user in, with what their session keeps; a pupil who
/// finished the linked module's quiz before (in another session) has their
/// score queued now, so it reaches the gradebook all the same.
async fn sign_in(state: &AppState, session: &Session, entry: &Entry) -> Result<(), String> {
    let text = |e: &dyn std::fmt::Display| e.to_string();
    TypedSession::new(session.clone())
        .login(entry.user.clone())
        .await
        .map_err(|e| text(&e))?;
    if let Some(pick) = &entry.pick {
        session.insert(PICK, pick).await.map_err(|e| text(&e))?;
    }
    if let Some((module, target)) = &entry.grade {
        grades::remember(session, module, target.clone())
            .await
            .map_err(|e| text(&e))?;
        if let SessionUser::Pupil { id, class_id } = &entry.user {
            catch_up(state, session, (class_id, id), module)
                .await
                .map_err(|e| text(&e))?;
        }
    }
    if let Some(notice) = &entry.notice {
        flash::notice(session, notice).await;
    }
    Ok(())
}

async fn catch_up(
    state: &AppState,
    session: &Session,
    who: (&str, &str),
    module_id: &str,
) -> Result<(), crate::course::LearnerError> {
    let content = state.content.get();
    let Some(module) = content.module(module_id) else {
        return Ok(());
    };
    let learner = crate::course::Learner::Pupil {
        id: who.1.to_owned(),
        db: state.db.clone(),
    };
    let progress = learner.load().await?;
    let done = progress.modules.get(module_id).cloned().unwrap_or_default();
    Ok(grades::after_answer(&state.db, &state.lti, session, who, module, &done).await?)
}

/// The page that opens Lanterne in a new tab, where its cookie is first-party.
async fn hand_to_new_tab(state: &AppState, lang: Lang, entry: &Entry) -> Result<Response, TicketError> {
    let ticket = tickets::hand_out(&state.db, entry, &entry.destination).await?;
    let t = |id: &str| escape_html(&translate(lang, id, None));
    let body = format!(
        "<p>{text}</p><p><a class=\"button\" href=\"/lti/continue/{ticket}\" target=\"_blank\" rel=\"noopener\">{open}</a></p>",
        text = t("lti-new-tab-text"),
        open = t("lti-new-tab-open"),
    );
    Ok(plain_page(lang, "lti-new-tab-title", &body).into_response())
}

/// `GET /lti/continue/{ticket}`: the new tab's sign-in, once, within minutes.
pub(super) async fn continue_in_tab(
    State(state): State<AppState>,
    session: Session,
    lang: Option<Extension<Lang>>,
    Path(ticket): Path<String>,
) -> Response {
    let lang = language(lang);
    match tickets::take::<Entry>(&state.db, &ticket).await {
        Ok(Some(entry)) => match sign_in(&state, &session, &entry).await {
            Ok(()) => Redirect::to(&entry.destination).into_response(),
            Err(error) => refusal_page(lang, failed(error)),
        },
        Ok(None) => refusal_page(lang, Refusal::Stale),
        Err(error) => refusal_page(lang, failed(error)),
    }
}
