//! `GET /live/:id/events`: the session's news as server-sent events, one
//! `moved` event each time the presenter moves or a device answers, with
//! where the session is and how many answered (never an answer key). A
//! comment every 15 seconds keeps proxies from closing the stream.

use crate::state::AppState;
use axum::extract::{Path, State};
use axum::response::sse::{Event, KeepAlive, Sse};
use futures::Stream;
use std::convert::Infallible;
use std::time::Duration;

pub(super) async fn events(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let receiver = state.live.subscribe();
    let stream = futures::stream::unfold((receiver, id), |(mut receiver, id)| async move {
        loop {
            match receiver.recv().await {
                Ok(moved) if moved.session == id => {
                    let event = Event::default().event("moved").data(moved.encode());
                    return Some((Ok(event), (receiver, id)));
                }
                Ok(_) => continue,
                // Fell behind: the next news brings the device up to date.
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
                Err(tokio::sync::broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
}
