use leptos::prelude::*;

/// Read-aloud for the youngest pupils: the browser's speech synthesis reads
/// the lesson text (`#lesson-text`) in the page's language. The button is
/// hidden in the HTML and shown only once the WebAssembly has wired it, so
/// without JavaScript nobody meets a button that does nothing. Plain DOM calls
/// rather than signals keep the bundle small.
#[island]
pub fn ReadAloud(listen: String, stop: String, lang: String) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    wire(listen.clone(), stop, lang);
    #[cfg(not(feature = "hydrate"))]
    let _ = (stop, lang);
    view! {
        <button type="button" id="read-aloud" class="button button--quiet read-aloud" hidden=true>
            {listen}
        </button>
    }
}

#[cfg(feature = "hydrate")]
fn wire(listen: String, stop: String, lang: String) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(button) = document().get_element_by_id("read-aloud") else {
        return;
    };
    let label = button.clone();
    let on_click = Closure::<dyn FnMut()>::new(move || {
        let reading = label.text_content().is_some_and(|t| t.trim() == stop);
        let now_reading = speak_or_stop(&lang, reading);
        label.set_text_content(Some(if now_reading { &stop } else { &listen }));
    });
    if button
        .add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())
        .is_ok()
    {
        // The page owns the button for its whole life.
        on_click.forget();
        let _ = button.remove_attribute("hidden");
    }
}

/// Starts reading the lesson, or stops; returns whether it is now reading.
#[cfg(feature = "hydrate")]
fn speak_or_stop(lang: &str, reading: bool) -> bool {
    let Ok(synthesis) = window().speech_synthesis() else {
        return false;
    };
    synthesis.cancel();
    if reading {
        return false;
    }
    let text = document()
        .get_element_by_id("lesson-text")
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&text) else {
        return false;
    };
    utterance.set_lang(lang);
    synthesis.speak(&utterance);
    true
}
