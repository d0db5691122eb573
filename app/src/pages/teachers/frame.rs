//! What every teacher's page stands in: the check that a teacher is signed
//! in (and that a class is theirs), the bar above the page, and the small
//! helpers the pages share.

use crate::classes::Class;
use crate::content::{Country, Module};
use crate::db::Db;
use crate::i18n::{use_i18n, I18n, Lang};
use crate::pages::parts::{use_param, Failed};
use crate::state::AppState;
use crate::web::{display_date, use_viewer, AppError};
use leptos::either::Either;
use leptos::prelude::*;
use std::future::Future;

/// Renders `page` with the signed-in teacher's id once its data is loaded
/// (a failure to load is the error page, "not found" the not-found page);
/// anyone else is redirected to the login page.
pub(crate) fn teacher_page<Fut, V>(page: impl FnOnce(String, Db) -> Fut) -> impl IntoView
where
    Fut: Future<Output = Result<V, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    let teacher = use_viewer().teacher_id().map(str::to_owned);
    match (teacher, AppState::current()) {
        (Some(teacher), Some(state)) => {
            let page = page(teacher, state.db);
            let page = async move {
                match page.await {
                    Ok(view) => Either::Left(view),
                    Err(error) => Either::Right(view! { <Failed error/> }),
                }
            };
            Either::Left(view! { <Suspense fallback=|| ()>{Suspend::new(page)}</Suspense> })
        }
        _ => {
            redirect("/teachers/login");
            Either::Right(())
        }
    }
}

/// Like [`teacher_page`], for a page about one class (the `:class` parameter):
/// a class that is not the teacher's is "not found".
pub(super) fn class_page<Fut, V>(page: impl FnOnce(Db, Class) -> Fut + Send + 'static) -> impl IntoView
where
    Fut: Future<Output = Result<V, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    let class_id = use_param("class");
    teacher_page(move |teacher, db| async move {
        match crate::classes::class_of(&db, &teacher, &class_id).await? {
            Some(class) => page(db, class).await,
            None => Err(AppError::NotFound),
        }
    })
}

/// Answers the page with a redirect to `path` (whatever the request accepts).
fn redirect(path: &'static str) {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::SEE_OTHER);
        response.insert_header(http::header::LOCATION, http::HeaderValue::from_static(path));
    }
}

/// The bar above every page of a signed-in teacher.
#[component]
pub(super) fn TeacherBar() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="teacher-bar" aria-label=i18n.t("teacher-bar-label")>
            <a href="/teachers/classes">{i18n.t("teacher-my-classes")}</a>
            <a href="/teachers/live">{i18n.t("live-title")}</a>
            <a href="/teachers/account">{i18n.t("teacher-account-title")}</a>
            <form method="post" action="/teachers/logout">
                <button type="submit" class="button button--quiet">{i18n.t("teacher-logout")}</button>
            </form>
        </nav>
    }
}

pub(crate) fn country_name(i18n: I18n, country: Country) -> String {
    i18n.t(&format!("country-{}", country.code()))
}

pub(super) fn module_title(module: &Module, lang: Lang) -> String {
    module.meta.title.get(lang).clone()
}

/// The address of a class's page.
pub(super) fn class_base(class: &Class) -> String {
    format!("/teachers/classes/{}", class.id)
}

/// The address pupils type, from the request's `Host`.
pub(super) fn site_address() -> String {
    use_context::<http::request::Parts>()
        .and_then(|parts| {
            parts
                .headers
                .get(http::header::HOST)?
                .to_str()
                .ok()
                .map(str::to_owned)
        })
        .unwrap_or_default()
}

/// The warning on a class's pages in its last 30 days before the purge.
pub(super) fn purge_warning(i18n: I18n, class: &Class) -> impl IntoView {
    (class.days_left() <= 30).then(|| {
        view! {
            <p class="warning" role="note">
                {i18n.t_args("teacher-purge-warning", &[("date", display_date(&class.year_end).into())])}
            </p>
        }
    })
}
