//! `/live/:id`: a device's page. It shows the presenter's current screen
//! and, for a question or a scenario's choice, the answer form, once. With
//! JavaScript an island reloads it when the presenter moves. Without, its
//! link "look for the next screen" asks for `?wait=<where it is>`: the
//! server holds that request until the presenter moves (25 seconds at most),
//! so one click follows the presenter, and no page refreshes on a timer.

use super::screen::{shown, Shown};
use super::seat;
use crate::content::Module;
use crate::i18n::{use_i18n, I18n};
use crate::live::{self, LiveSession, Moved, Screen};
use crate::pages::parts::{use_content, use_param, Failed, FlashMessage, PageTitle};
use crate::state::AppState;
use crate::web::{flash, AppError, FormData};
use axum::extract::{Path, State};
use axum::response::Redirect;
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;
use tower_sessions::Session;

fn request_session() -> Option<Session> {
    use_context::<http::request::Parts>().and_then(|parts| parts.extensions.get::<Session>().cloned())
}

/// What the device needs to draw its page.
struct Device {
    live: LiveSession,
    /// Whether this device answered the current screen's poll.
    answered: bool,
}

async fn device(state: &AppState, session: Option<Session>, id: &str) -> Result<Option<Device>, AppError> {
    let (Some(session), Some(live)) = (session, live::by_id(&state.db, id).await?) else {
        return Ok(None);
    };
    let Some(seat) = seat(&session, id).await else {
        return Ok(None);
    };
    let content = state.content.get();
    let poll = content
        .module(&live.module_id)
        .and_then(|m| live.current(m).and_then(|s| s.poll_id(m)));
    let answered = match poll {
        Some(poll) => live::has_answered(&state.db, &live.id, &poll, &seat.participant).await?,
        None => false,
    };
    Ok(Some(Device { live, answered }))
}

#[component]
pub fn LiveDevicePage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let id = use_param("id");
    let wait = leptos_router::hooks::use_query_map().get_untracked().get("wait");
    let Some(state) = AppState::current() else {
        return Either::Left(());
    };
    let page = async move {
        if let Some(wait) = wait {
            wait_for_move(&state, &id, &wait).await;
        }
        match device(&state, request_session(), &id).await {
            Ok(Some(device)) => match content.module(&device.live.module_id) {
                Some(module) => EitherOf3::A(device_view(i18n, module, &device)),
                None => EitherOf3::B(not_joined(i18n)),
            },
            Ok(None) => EitherOf3::B(not_joined(i18n)),
            Err(error) => EitherOf3::C(view! { <Failed error/> }),
        }
    };
    Either::Right(view! {
        <PageTitle text=i18n.t("live-device-title")/>
        <Suspense fallback=|| ()>{Suspend::new(page)}</Suspense>
    })
}

/// Where a session is, as a device compares it: the news without its count.
fn place(moved: &Moved) -> (i64, bool, bool) {
    (moved.screen, moved.revealed, moved.ended)
}

/// Holds a device's request until session `id` is no longer where `wait`
/// says (or 25 seconds pass).
async fn wait_for_move(state: &AppState, id: &str, wait: &str) {
    let Some(seen) = Moved::decode(wait) else { return };
    let mut news = state.live.subscribe();
    match live::by_id(&state.db, id).await {
        Ok(Some(live)) if place(&live.moved(0)) == place(&seen) => {}
        _ => return,
    }
    let patience = tokio::time::sleep(std::time::Duration::from_secs(25));
    tokio::pin!(patience);
    loop {
        tokio::select! {
            _ = &mut patience => return,
            heard = news.recv() => match heard {
                Ok(moved) if moved.session == id && place(&moved) != place(&seen) => return,
                Ok(_) | Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                Err(_) => return,
            },
        }
    }
}

fn not_joined(i18n: I18n) -> impl IntoView {
    view! {
        <h1>{i18n.t("live-device-title")}</h1>
        <p>{i18n.t("live-not-joined")}</p>
        <p><a class="button" href="/live">{i18n.t("live-join-title")}</a></p>
    }
}

fn device_view(i18n: I18n, module: &Module, device: &Device) -> impl IntoView {
    let live = &device.live;
    let here = format!("/live/{}", live.id);
    let moved = live.moved(0);
    let screen = live.current(module);
    let country = crate::web::viewer::learner_country(i18n.lang);
    let body = match (
        live.is_open(),
        screen.and_then(|s| shown(module, s, i18n.lang, country)),
    ) {
        (true, Some(words)) => Either::Left(screen_view(
            i18n,
            &here,
            &words,
            screen.is_some_and(|s| s.poll_id(module).is_some()),
            device,
        )),
        _ => Either::Right(view! { <p>{i18n.t("live-ended")}</p> }),
    };
    let next = format!("{here}?wait={}", moved.encode());
    view! {
        <crate::islands::LiveFollow events=format!("{here}/events") at=moved.encode() reload=true/>
        <p class="eyebrow">{module.meta.title.get(i18n.lang).clone()}</p>
        <FlashMessage/>
        {body}
        {live.is_open().then(|| view! { <p class="live-next"><a class="button button--quiet" href=next>{i18n.t("live-look-again")}</a></p> })}
    }
}

fn screen_view(i18n: I18n, here: &str, words: &Shown, poll: bool, device: &Device) -> impl IntoView {
    let form = (poll && !device.answered && !device.live.revealed).then(|| {
        let kind = if words.several { "checkbox" } else { "radio" };
        let options = words
            .options
            .iter()
            .enumerate()
            .map(|(i, html)| {
                let id = format!("option-{i}");
                view! {
                    <div class="option">
                        <input type=kind name="option" id=id.clone() value=i.to_string()/>
                        <label for=id inner_html=html.clone()></label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <form method="post" action=format!("{here}/answer")>
                <input type="hidden" name="screen" value=device.live.screen.to_string()/>
                <fieldset>
                    <legend>{i18n.t(if words.several { "course-choose-several" } else { "course-choose-one" })}</legend>
                    {options}
                </fieldset>
                <button type="submit" class="button">{i18n.t("course-answer")}</button>
            </form>
        }
    });
    let sent = (poll && device.answered)
        .then(|| view! { <p class="notice" role="status">{i18n.t("live-answer-sent")}</p> });
    view! {
        <h1 inner_html=words.title.clone()></h1>
        <div class="prose" inner_html=words.html.clone()></div>
        {form}
        {sent}
        {(poll && device.live.revealed).then(|| view! { <p class="notice">{i18n.t("live-look-at-screen")}</p> })}
    }
}

/// `POST /live/:id/answer`: a device's answer to the screen it was shown,
/// counted once; then the news for the projector.
pub(super) async fn answer(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Redirect, AppError> {
    let here = format!("/live/{id}");
    let (Some(seat), Some(live)) = (seat(&session, &id).await, live::by_id(&state.db, &id).await?) else {
        return Ok(Redirect::to("/live"));
    };
    let content = state.content.get();
    let screen = content
        .module(&live.module_id)
        .and_then(|m| Some((m, live.current(m)?)));
    let same_screen = form.text("screen") == live.screen.to_string();
    let Some((module, screen)) = screen.filter(|_| live.is_open() && same_screen && !live.revealed) else {
        flash::error(&session, "live-error-moved", &form, &[]).await;
        return Ok(Redirect::to(&here));
    };
    let (Some(poll), Some(options)) = (screen.poll_id(module), valid_options(module, screen, &form)) else {
        flash::error(&session, "course-error-no-answer", &form, &[]).await;
        return Ok(Redirect::to(&here));
    };
    if live::answer(&state.db, &live.id, &poll, &seat.participant, &options).await? {
        let answered = live::answered(&state.db, &live.id, &poll).await?;
        state.live.announce(&state.db, live.moved(answered)).await;
    }
    Ok(Redirect::to(&here))
}

/// The options chosen, if they are a valid answer to the screen's poll.
fn valid_options(module: &Module, screen: Screen, form: &FormData) -> Option<Vec<usize>> {
    let mut chosen = form.numbers("option")?;
    chosen.sort_unstable();
    chosen.dedup();
    let (count, several) = match screen {
        Screen::Scenario(i) => (module.scenarios.get(i)?.steps.first()?.choices.len(), false),
        Screen::Question(i) => {
            let question = module.quiz.as_ref()?.questions.get(i)?;
            (
                question.option_count(),
                question.kind == crate::content::QuestionKind::Multiple,
            )
        }
        Screen::Lesson(_) => return None,
    };
    let valid = !chosen.is_empty() && chosen.iter().all(|&c| c < count) && (several || chosen.len() == 1);
    valid.then_some(chosen)
}
