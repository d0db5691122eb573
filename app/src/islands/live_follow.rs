use leptos::prelude::*;

/// Follows a live session: listens to the session's server-sent events
/// (`events`). On a device (`reload`) it reloads the page as soon as the
/// presenter moves (the screen, the reveal or the end differ from `at`, as
/// `Moved::encode` writes them); on the projector, whose own forms move it,
/// it only updates the count of answers (`#live-answered`). Without
/// JavaScript the device's "next screen" link does the following.
#[island]
pub fn LiveFollow(events: String, at: String, reload: bool) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    follow(&events, at, reload);
    #[cfg(not(feature = "hydrate"))]
    let _ = (events, at, reload);
}

/// `session:screen:revealed:answered:ended` → (where, answered).
#[cfg(feature = "hydrate")]
fn split(news: &str) -> Option<(String, String)> {
    let parts: Vec<&str> = news.split(':').collect();
    let [session, screen, revealed, answered, ended] = parts.as_slice() else {
        return None;
    };
    Some((
        format!("{session}:{screen}:{revealed}:{ended}"),
        (*answered).to_owned(),
    ))
}

#[cfg(feature = "hydrate")]
fn follow(events: &str, at: String, reload: bool) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Ok(source) = web_sys::EventSource::new(events) else {
        return;
    };
    let Some((here, _)) = split(&at) else { return };
    let on_news = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let Some((there, answered)) = event.data().as_string().as_deref().and_then(split) else {
            return;
        };
        if there != here {
            if reload {
                let _ = window().location().reload();
            }
        } else if let Some(count) = document().get_element_by_id("live-answered") {
            count.set_text_content(Some(&answered));
        }
    });
    if source
        .add_event_listener_with_callback("moved", on_news.as_ref().unchecked_ref())
        .is_ok()
    {
        // The stream lives as long as the page.
        on_news.forget();
        std::mem::forget(source);
    }
}
