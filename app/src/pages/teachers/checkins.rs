//! The check-ins of a class on its page: each occasion's state, the button
//! that opens or closes it, and the way to the impact page; and the forms
//! behind them. "Later" opens only four weeks after "after".

use super::class_forms::own_class;
use super::frame::class_base;
use crate::checkins::{self, Occasion, OccasionRow, LATER_AFTER_DAYS};
use crate::classes::Class;
use crate::db::now_unix;
use crate::i18n::I18n;
use crate::state::AppState;
use crate::web::{display_date, flash, AppError, Endpoints, FormData, Teacher};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use tower_sessions::Session;

pub(super) fn endpoints(endpoints: Endpoints) -> Endpoints {
    endpoints
        .post("/teachers/classes/{class}/checkins/open", open)
        .post("/teachers/classes/{class}/checkins/close", close)
}

/// The first moment "later" may open, once "after" was opened.
fn later_opens_at(occasions: &[OccasionRow]) -> Option<i64> {
    let after = occasions.iter().find(|o| o.occasion == Occasion::After)?;
    Some(after.opened_at + LATER_AFTER_DAYS * 86_400)
}

/// Why an occasion may not open now: a Fluent id and the date it names.
fn refusal(occasions: &[OccasionRow], occasion: Occasion, now: i64) -> Option<(&'static str, String)> {
    if occasion != Occasion::Later {
        return None;
    }
    match later_opens_at(occasions) {
        None => Some(("checkin-later-needs-after", String::new())),
        Some(at) if at > now => Some(("checkin-later-from", day(at))),
        Some(_) => None,
    }
}

fn day(unix: i64) -> String {
    display_date(&crate::dates::iso_from_days(unix.div_euclid(86_400)))
}

#[component]
pub(super) fn CheckinsSection(i18n: I18n, class: Class, occasions: Vec<OccasionRow>) -> impl IntoView {
    let base = class_base(&class);
    let now = now_unix();
    let rows = Occasion::ALL
        .into_iter()
        .map(|occasion| {
            let row = occasions.iter().find(|o| o.occasion == occasion);
            let status = status(i18n, row);
            let action = action(i18n, &base, &occasions, occasion, row, now);
            view! {
                <li>
                    <strong>{i18n.t(&format!("checkin-occasion-{}", occasion.code()))}</strong>
                    " · " {status}
                    {action}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="checkins">
            <h2 id="checkins">{i18n.t("checkin-teacher-title")}</h2>
            <p>{i18n.t("checkin-teacher-intro")}</p>
            <ul class="checkin-occasions">{rows}</ul>
            <p><a href=format!("{base}/impact")>{i18n.t("impact-title")}</a></p>
        </section>
    }
}

fn status(i18n: I18n, row: Option<&OccasionRow>) -> String {
    match row {
        None => i18n.t("checkin-not-opened"),
        Some(row) => {
            let key = if row.is_open() {
                "checkin-open-since"
            } else {
                "checkin-closed"
            };
            i18n.t_args(
                key,
                &[
                    ("date", day(row.opened_at).into()),
                    ("count", row.answered.into()),
                ],
            )
        }
    }
}

fn action(
    i18n: I18n,
    base: &str,
    occasions: &[OccasionRow],
    occasion: Occasion,
    row: Option<&OccasionRow>,
    now: i64,
) -> impl IntoView {
    if row.is_some_and(OccasionRow::is_open) {
        return EitherOf3::A(view! {
            <form method="post" action=format!("{base}/checkins/close") class="inline">
                <button type="submit" class="button button--quiet">{i18n.t("checkin-close")}</button>
            </form>
        });
    }
    if let Some((key, date)) = refusal(occasions, occasion, now) {
        return EitherOf3::B(
            view! { " · " <span class="hint">{i18n.t_args(key, &[("date", date.into())])}</span> },
        );
    }
    let label = if row.is_some() {
        "checkin-reopen"
    } else {
        "checkin-open"
    };
    EitherOf3::C(view! {
        <form method="post" action=format!("{base}/checkins/open") class="inline">
            <input type="hidden" name="occasion" value=occasion.code()/>
            <button type="submit" class="button">{i18n.t(label)}</button>
        </form>
    })
}

fn back(class_id: &str) -> Response {
    Redirect::to(&format!("/teachers/classes/{class_id}#checkins")).into_response()
}

async fn open(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    Path(class_id): Path<String>,
    form: FormData,
) -> Result<Response, AppError> {
    let class = match own_class(&state, &session, &teacher, &class_id).await {
        Ok(class) => class,
        Err(answer) => return Ok(answer),
    };
    let content = state.content.get();
    let (Some(occasion), Some(checkin)) = (
        Occasion::from_code(form.text("occasion")),
        content.checkin(class.tier),
    ) else {
        flash::error(&session, "checkin-error-occasion", &form, &[]).await;
        return Ok(back(&class.id));
    };
    let occasions = checkins::occasions_of(&state.db, &class.id).await?;
    if refusal(&occasions, occasion, now_unix()).is_some() {
        flash::error(&session, "checkin-error-later", &form, &[]).await;
        return Ok(back(&class.id));
    }
    checkins::open(&state.db, &class.id, occasion, &checkin.version).await?;
    flash::notice(&session, "checkin-notice-opened").await;
    Ok(back(&class.id))
}

async fn close(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    session: Session,
    Path(class_id): Path<String>,
) -> Result<Response, AppError> {
    let class = match own_class(&state, &session, &teacher, &class_id).await {
        Ok(class) => class,
        Err(answer) => return Ok(answer),
    };
    checkins::close(&state.db, &class.id).await?;
    flash::notice(&session, "checkin-notice-closed").await;
    Ok(back(&class.id))
}
