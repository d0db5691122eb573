//! `POST /checkin`: a pupil's answers, scored and stored once, all or none.
//! A guest, a closed check-in or a second submission gets a message; an
//! incomplete form comes back with what was ticked and the gaps marked.

use super::items::MISSING;
use crate::checkins::{self, NotStored};
use crate::state::AppState;
use crate::web::flash::{self, Flash};
use crate::web::{AppError, FormData, Viewer};
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::Extension;
use tower_sessions::Session;

fn to(path: &str) -> Response {
    Redirect::to(path).into_response()
}

pub(super) async fn answer(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    session: Session,
    form: FormData,
) -> Result<Response, AppError> {
    let Some((pupil, class)) = viewer.pupil else {
        flash::error(&session, "checkin-error-guest", &form, &[]).await;
        return Ok(to("/checkin"));
    };
    let content = state.content.get();
    let (Some(checkin), Some(occasion)) = (
        content.checkin(class.tier),
        checkins::open_occasion(&state.db, &class.id).await?,
    ) else {
        flash::error(&session, "checkin-error-closed", &form, &[]).await;
        return Ok(to("/checkin"));
    };
    let chosen = |id: &str| form.all(id).into_iter().map(str::to_owned).collect();
    let answers = match checkins::score(checkin, occasion.occasion, chosen) {
        Ok(answers) => answers,
        Err(missing) => {
            let items = occasion
                .occasion
                .parts(checkin)
                .flat_map(|p| &p.items)
                .map(|i| i.id.as_str());
            keep_answers(&session, &form, items, &missing).await;
            return Ok(to(&format!("/checkin#item-{}", missing[0])));
        }
    };
    let respondent = checkins::respondent(&class.id, &pupil.id);
    match checkins::submit(&state.db, &occasion.id, &respondent, &answers).await? {
        Ok(()) => flash::notice(&session, "checkin-thanks").await,
        Err(NotStored::AlreadyAnswered) => flash::notice(&session, "checkin-already").await,
        Err(NotStored::Closed) => {
            flash::error(&session, "checkin-error-closed", &form, &[]).await;
            return Ok(to("/checkin"));
        }
    }
    Ok(to("/modules"))
}

/// Refuses an incomplete form, keeping every answer given and the gaps.
async fn keep_answers<'a>(
    session: &Session,
    form: &FormData,
    items: impl Iterator<Item = &'a str>,
    missing: &[String],
) {
    let mut fields: std::collections::BTreeMap<String, String> =
        items.map(|id| (id.to_owned(), form.all(id).join(","))).collect();
    fields.insert(MISSING.to_owned(), missing.join(","));
    flash::store(
        session,
        Flash {
            message: "checkin-error-missing".into(),
            error: true,
            fields,
        },
    )
    .await;
}
