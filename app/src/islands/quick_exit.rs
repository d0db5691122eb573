use leptos::prelude::*;

/// Where the quick exit leads: the server sends the visitor on to a neutral
/// site and keeps Lanterne's pages neutral for a few minutes (see
/// `web::quick_exit`), so "Back" shows nothing even without JavaScript.
pub const EXIT_PATH: &str = "/exit";

/// The quick exit: a plain link that works without JavaScript. With
/// JavaScript, the link and pressing Escape twice in a row both leave by
/// replacing the current history entry, so "Back" does not return here.
#[island]
pub fn QuickExit(label: String, hint: String, keys: String) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    leave_on_double_escape();
    let on_click = move |_event: leptos::ev::MouseEvent| {
        #[cfg(feature = "hydrate")]
        {
            _event.prevent_default();
            leave();
        }
    };
    view! {
        <a class="quick-exit" href=EXIT_PATH target="_top" rel="noreferrer" on:click=on_click aria-describedby="quick-exit-hint">
            {label}
        </a>
        <span class="visually-hidden" id="quick-exit-hint">{hint}</span>
        <span class="quick-exit__hint" aria-hidden="true">{keys}</span>
    }
}

#[cfg(feature = "hydrate")]
fn leave() {
    // Inside a learning platform's frame, the whole window leaves, not the frame.
    let own = window().location().origin().unwrap_or_default();
    let top = window().top().ok().flatten().unwrap_or_else(window);
    if top.location().replace(&format!("{own}{EXIT_PATH}")).is_err() {
        let _ = window().location().replace(EXIT_PATH);
    }
}

#[cfg(feature = "hydrate")]
fn leave_on_double_escape() {
    use std::time::Duration;
    // Two presses within this window count as "twice".
    const WINDOW: Duration = Duration::from_millis(1500);
    let armed = StoredValue::new(false);
    // The island lives as long as the page, so the listener is never removed.
    let _listener = window_event_listener(leptos::ev::keydown, move |event| {
        if event.key() != "Escape" {
            return;
        }
        if armed.get_value() {
            leave();
        } else {
            armed.set_value(true);
            set_timeout(move || armed.set_value(false), WINDOW);
        }
    });
}
