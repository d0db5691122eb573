//! Live sessions, the presenter's side: `/teachers/live` lists them and
//! starts one (any module, optionally for one of the teacher's classes);
//! the forms that move a session, reveal, count a show of hands and end it.
//! Only the session's presenter may use them; another teacher's session is
//! "not found". Each move is announced to the devices (`crate::live::Hub`).

use super::frame::{module_title, teacher_page, TeacherBar};
use crate::classes;
use crate::content::ContentIndex;
use crate::i18n::{use_i18n, I18n};
use crate::live::{self, Control, LiveSession};
use crate::pages::parts::{use_content, FlashMessage, PageTitle};
use crate::state::AppState;
use crate::web::{flash, AppError, Endpoints, FormData, Teacher};
use axum::extract::{Path, State};
use axum::response::Redirect;
use leptos::prelude::*;
use tower_sessions::Session;

pub(super) fn endpoints(endpoints: Endpoints) -> Endpoints {
    endpoints
        .post("/teachers/live", start)
        .post("/teachers/live/{id}/show", show)
        .post("/teachers/live/{id}/reveal", reveal)
        .post("/teachers/live/{id}/hands", hands)
        .post("/teachers/live/{id}/end", end)
}

pub(super) fn live_path(id: &str) -> String {
    format!("/teachers/live/{id}")
}

/// `/teachers/live`: the teacher's sessions and the form to start one.
#[component]
pub fn LiveSessionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    teacher_page(move |teacher, db| async move {
        let sessions = live::sessions(&db, &teacher, None).await?;
        let classes = classes::classes_of(&db, &teacher).await?;
        Ok(view! {
            <PageTitle text=i18n.t("live-title")/>
            <TeacherBar/>
            <h1>{i18n.t("live-title")}</h1>
            <FlashMessage/>
            <p class="lead">{i18n.t("live-lead")}</p>
            {start_form(i18n, &content, &classes)}
            {session_list(i18n, &content, &sessions)}
        })
    })
}

fn start_form(i18n: I18n, content: &ContentIndex, classes: &[classes::Class]) -> impl IntoView {
    let modules = crate::content::Tier::ALL
        .into_iter()
        .map(|tier| {
            let options = content
                .tier(tier)
                .map(|m| view! { <option value=m.id.clone()>{module_title(m, i18n.lang)}</option> })
                .collect_view();
            view! { <optgroup label=i18n.t(&format!("tier-{}", tier.code()))>{options}</optgroup> }
        })
        .collect_view();
    let class_options = classes
        .iter()
        .filter(|c| !c.archived)
        .map(|c| view! { <option value=c.id.clone()>{c.name.clone()}</option> })
        .collect_view();
    view! {
        <form method="post" action="/teachers/live" class="stacked panel">
            <label for="module">{i18n.t("live-module")}</label>
            <select id="module" name="module">{modules}</select>
            <label for="class">{i18n.t("live-class")}</label>
            <select id="class" name="class">
                <option value="">{i18n.t("live-no-class")}</option>
                {class_options}
            </select>
            <div class="option">
                <input type="checkbox" id="safeguarding" name="safeguarding" value="1"/>
                <label for="safeguarding">{i18n.t("live-safeguarding")}</label>
            </div>
            <p class="hint">{i18n.t("live-safeguarding-hint")} " " <a href="/teachers/disclosure">{i18n.t("disclosure-title")}</a></p>
            <button type="submit" class="button">{i18n.t("live-start")}</button>
        </form>
    }
}

fn session_list(i18n: I18n, content: &ContentIndex, sessions: &[LiveSession]) -> impl IntoView {
    let items = sessions
        .iter()
        .map(|s| {
            let title = content
                .module(&s.module_id)
                .map(|m| module_title(m, i18n.lang))
                .unwrap_or_else(|| s.module_id.clone());
            let state = i18n.t(if s.is_open() {
                "live-state-open"
            } else {
                "live-state-ended"
            });
            view! {
                <li>
                    <a href=live_path(&s.id)>{title}</a> " · " {state} " · "
                    <a href=format!("{}/report", live_path(&s.id))>{i18n.t("live-report")}</a>
                </li>
            }
        })
        .collect_view();
    (!sessions.is_empty()).then(|| {
        view! {
            <h2>{i18n.t("live-past")}</h2>
            <ul>{items}</ul>
        }
    })
}

async fn start(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    form: FormData,
) -> Result<Redirect, AppError> {
    let content = state.content.get();
    let Some(module) = content.module(form.text("module")) else {
        flash::error(&session, "live-error-module", &form, &[]).await;
        return Ok(Redirect::to("/teachers/live"));
    };
    if module.meta.sensitive && form.text("safeguarding") != "1" {
        flash::error(&session, "live-error-safeguarding", &form, &[]).await;
        return Ok(Redirect::to("/teachers/live"));
    }
    let class = match form.text("class") {
        "" => None,
        id => match classes::class_of(&state.db, &teacher, id).await? {
            Some(class) => Some(class.id),
            None => {
                flash::error(&session, "teacher-error-class-not-found", &form, &[]).await;
                return Ok(Redirect::to("/teachers/live"));
            }
        },
    };
    let live = live::start(&state.db, &teacher, &module.id, class.as_deref()).await?;
    Ok(Redirect::to(&live_path(&live.id)))
}

/// Applies a control and tells the devices; "not found" for another
/// teacher's session, a message for one that ended.
async fn apply(
    state: &AppState,
    teacher: &str,
    session: &Session,
    id: &str,
    control: Control,
) -> Result<Redirect, AppError> {
    if !live::control(&state.db, teacher, id, control).await? {
        flash::error(session, "live-error-ended", &FormData::default(), &[]).await;
        return Ok(Redirect::to("/teachers/live"));
    }
    if let Some(live) = live::by_id(&state.db, id).await? {
        state.live.announce(&state.db, live.moved(0)).await;
    }
    let then = if control == Control::End {
        format!("{}/report", live_path(id))
    } else {
        live_path(id)
    };
    Ok(Redirect::to(&then))
}

async fn show(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Redirect, AppError> {
    let screen = form.text("screen").parse::<i64>().ok();
    let last = match live::of_teacher(&state.db, &teacher, &id).await? {
        Some(live) => state
            .content
            .get()
            .module(&live.module_id)
            .map_or(0, |m| live::screens(m).len() as i64 - 1),
        None => return Ok(Redirect::to("/teachers/live")),
    };
    let Some(screen) = screen.filter(|s| (0..=last).contains(s)) else {
        return Ok(Redirect::to(&live_path(&id)));
    };
    apply(&state, &teacher, &session, &id, Control::Show(screen)).await
}

async fn reveal(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    apply(&state, &teacher, &session, &id, Control::Reveal).await
}

async fn end(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    Path(id): Path<String>,
) -> Result<Redirect, AppError> {
    apply(&state, &teacher, &session, &id, Control::End).await
}

/// A show of hands for the current poll: one whole number per option.
async fn hands(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Redirect, AppError> {
    let Some(live) = live::of_teacher(&state.db, &teacher, &id).await? else {
        return Ok(Redirect::to("/teachers/live"));
    };
    let content = state.content.get();
    let poll = content
        .module(&live.module_id)
        .and_then(|m| Some((m, live.current(m)?)))
        .and_then(|(m, screen)| Some((screen.poll_id(m)?, live::option_count(m, screen))));
    let Some((poll, options)) = poll else {
        return Ok(Redirect::to(&live_path(&id)));
    };
    let counts: Option<Vec<i64>> = (0..options)
        .map(|i| {
            form.text(&format!("hands-{i}"))
                .parse::<i64>()
                .ok()
                .filter(|n| (0..=1000).contains(n))
        })
        .collect();
    let Some(counts) = counts else {
        flash::error(&session, "live-error-hands", &form, &[]).await;
        return Ok(Redirect::to(&live_path(&id)));
    };
    live::set_hands(&state.db, &live.id, &poll, &counts).await?;
    apply(&state, &teacher, &session, &id, Control::Reveal).await
}
