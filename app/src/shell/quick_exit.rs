use leptos::prelude::*;

/// The quick exit: a plain link to a neutral site that works without
/// JavaScript. With JavaScript, pressing Escape twice in a row also leaves,
/// replacing the current history entry so "back" does not return here.
#[island]
pub fn QuickExit(label: String, hint: String, href: String) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    leave_on_double_escape(href.clone());
    view! {
        <a class="quick-exit" href=href rel="noreferrer">
            {label}
            <span class="visually-hidden">" (" {hint} ")"</span>
        </a>
    }
}

#[cfg(feature = "hydrate")]
fn leave_on_double_escape(href: String) {
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
            let _ = window().location().replace(&href);
        } else {
            armed.set_value(true);
            set_timeout(move || armed.set_value(false), WINDOW);
        }
    });
}
