use leptos::prelude::*;

/// With JavaScript, answering a question or choosing in a scenario does not
/// reload the page: the form marked `data-in-place` is posted with `fetch`,
/// the server answers exactly as without JavaScript (it grades, stores and
/// redirects to the page that explains), and the explanation replaces the
/// form inside `#player`. The verdict is read out by screen readers through
/// the live region this island renders, and focus moves to it. Without
/// JavaScript the same form simply posts and the next page shows the same.
#[island]
pub fn AnswerInPlace() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    wire();
    view! { <p id="announce" class="visually-hidden" aria-live="polite"></p> }
}

#[cfg(feature = "hydrate")]
fn wire() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let on_submit = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let Some(form) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
            .filter(|f| f.has_attribute("data-in-place"))
        else {
            return;
        };
        event.prevent_default();
        leptos::task::spawn_local(async move {
            if answer(&form).await.is_none() {
                // Anything unexpected: let the browser post the form itself.
                let _ = form.remove_attribute("data-in-place");
                let _ = form.submit();
            }
        });
    });
    if document()
        .add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref())
        .is_ok()
    {
        on_submit.forget();
    }
}

/// Posts `form`, then shows the page it leads to in place; `None` if that could not be done.
#[cfg(feature = "hydrate")]
async fn answer(form: &web_sys::HtmlFormElement) -> Option<()> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let data = web_sys::FormData::new_with_form(form).ok()?;
    let body = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&body);
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str_and_init(&form.action(), &init))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    let location = window().location();
    let here = location.pathname().ok()?;
    let url = response.url();
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    if !response.ok() {
        return None;
    }
    // The answer leads elsewhere (say, the end of the module): go there as a link would.
    let path = url
        .split_once("://")
        .and_then(|(_, rest)| rest.find('/').map(|i| rest[i..].to_owned()))?;
    if path.split('?').next() != Some(here.as_str()) {
        let _ = location.assign(&url);
        return Some(());
    }
    let parsed = web_sys::DomParser::new()
        .ok()?
        .parse_from_string(&text, web_sys::SupportedType::TextHtml)
        .ok()?;
    let fresh = parsed.get_element_by_id("player")?;
    let player = document().get_element_by_id("player")?;
    player.set_inner_html(&fresh.inner_html());
    if let Some(history) = window().history().ok() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
    let verdict = player.query_selector("[data-verdict]").ok().flatten();
    if let Some(verdict) = verdict.and_then(|v| v.dyn_into::<web_sys::HtmlElement>().ok()) {
        if let Some(announce) = document().get_element_by_id("announce") {
            announce.set_text_content(verdict.text_content().as_deref());
        }
        let _ = verdict.focus();
    }
    Some(())
}
