//! The teacher's pages. Pages about a class load it through `class_page`,
//! which checks that it belongs to the signed-in teacher.

use super::classes::{FreshCard, FRESH_CARDS, MAX_CLASS_NAME};
use super::{class_page, teacher_page};
use crate::classes;
use crate::content::{Country, Module, Tier};
use crate::dates::{iso_from_days, today};
use crate::i18n::{use_i18n, I18n, Lang};
use crate::pages::{use_content, use_param, FlashMessage, NotFound, PageTitle};
use crate::web::{codes, use_flash, use_viewer};
use leptos::either::Either;
use leptos::prelude::*;

/// `/teachers`: what Lanterne offers teachers, and the way in.
#[component]
pub fn Teachers() -> impl IntoView {
    let i18n = use_i18n();
    let signed_in = use_viewer().teacher_id().is_some();
    let points = [
        "teachers-point-classes",
        "teachers-point-results",
        "teachers-point-guides",
        "teachers-point-privacy",
    ];
    view! {
        <PageTitle text=i18n.t("teachers-title")/>
        <h1>{i18n.t("teachers-title")}</h1>
        <FlashMessage/>
        <p class="lead">{i18n.t("teachers-lead")}</p>
        <ul class="points">
            {points.into_iter().map(|id| view! { <li>{i18n.t(id)}</li> }).collect_view()}
        </ul>
        {if signed_in {
            Either::Left(view! { <p><a class="button" href="/teachers/classes">{i18n.t("teacher-my-classes")}</a></p> })
        } else {
            Either::Right(view! {
                <p class="actions">
                    <a class="button" href="/teachers/signup">{i18n.t("teacher-signup-title")}</a>
                    " "
                    <a class="button button--quiet" href="/teachers/login">{i18n.t("teacher-login-title")}</a>
                </p>
            })
        }}
        <p><a href="/teachers/disclosure">{i18n.t("disclosure-title")}</a></p>
    }
}

/// An email and password form (sign up and log in differ by a confirmation field).
#[component]
fn AccountForm(action: &'static str, confirm: bool, submit: String) -> impl IntoView {
    let i18n = use_i18n();
    let flash = use_flash();
    let autocomplete = if confirm {
        "new-password"
    } else {
        "current-password"
    };
    view! {
        <form method="post" action=action class="stacked">
            <label for="email">{i18n.t("teacher-email")}</label>
            <input id="email" name="email" type="email" autocomplete="email" required=true maxlength="254" value=flash.field("email")/>
            <label for="password">{i18n.t("teacher-password")}</label>
            <input id="password" name="password" type="password" autocomplete=autocomplete required=true maxlength="200"/>
            {confirm.then(|| view! {
                <p class="hint" id="password-hint">{i18n.t_args("teacher-password-hint", &[("min", super::account::MIN_PASSWORD.into())])}</p>
                <label for="confirm">{i18n.t("teacher-password-confirm")}</label>
                <input id="confirm" name="confirm" type="password" autocomplete="new-password" required=true maxlength="200"/>
            })}
            <button type="submit" class="button">{submit}</button>
        </form>
    }
}

#[component]
pub fn SignupPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("teacher-signup-title")/>
        <h1>{i18n.t("teacher-signup-title")}</h1>
        <FlashMessage/>
        <p>{i18n.t("teacher-signup-lead")}</p>
        <AccountForm action="/teachers/signup" confirm=true submit=i18n.t("teacher-signup-submit")/>
        <p><a href="/teachers/login">{i18n.t("teacher-have-account")}</a></p>
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("teacher-login-title")/>
        <h1>{i18n.t("teacher-login-title")}</h1>
        <FlashMessage/>
        <AccountForm action="/teachers/login" confirm=false submit=i18n.t("teacher-login-submit")/>
        <p><a href="/teachers/signup">{i18n.t("teacher-no-account")}</a></p>
    }
}

/// The bar above every page of a signed-in teacher.
#[component]
pub(super) fn TeacherBar() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="teacher-bar" aria-label=i18n.t("teacher-bar-label")>
            <a href="/teachers/classes">{i18n.t("teacher-my-classes")}</a>
            <a href="/teachers/account">{i18n.t("teacher-account-title")}</a>
            <form method="post" action="/teachers/logout">
                <button type="submit" class="button button--quiet">{i18n.t("teacher-logout")}</button>
            </form>
        </nav>
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    teacher_page(move |teacher, db| async move {
        let email = super::account::email_of(&db, &teacher)
            .await
            .ok()
            .flatten()
            .unwrap_or_default();
        view! {
            <PageTitle text=i18n.t("teacher-account-title")/>
            <TeacherBar/>
            <h1>{i18n.t("teacher-account-title")}</h1>
            <FlashMessage/>
            <p>{i18n.t_args("teacher-signed-in-as", &[("email", email.into())])}</p>
            <h2>{i18n.t("teacher-export-account")}</h2>
            <p>{i18n.t("teacher-export-account-text")}</p>
            <p><a href="/teachers/account/export.json">{i18n.t("teacher-export-account")}</a></p>
            <h2>{i18n.t("teacher-change-password")}</h2>
            <form method="post" action="/teachers/account/password" class="stacked">
                <label for="current">{i18n.t("teacher-current-password")}</label>
                <input id="current" name="current" type="password" autocomplete="current-password" required=true/>
                <label for="password">{i18n.t("teacher-new-password")}</label>
                <input id="password" name="password" type="password" autocomplete="new-password" required=true/>
                <label for="confirm">{i18n.t("teacher-password-confirm")}</label>
                <input id="confirm" name="confirm" type="password" autocomplete="new-password" required=true/>
                <button type="submit" class="button">{i18n.t("teacher-change-password")}</button>
            </form>
            <h2>{i18n.t("teacher-delete-account")}</h2>
            <p>{i18n.t("teacher-delete-account-text")}</p>
            <form method="post" action="/teachers/account/delete" class="stacked">
                <label for="delete-current">{i18n.t("teacher-current-password")}</label>
                <input id="delete-current" name="current" type="password" autocomplete="current-password" required=true/>
                <button type="submit" class="button button--danger">{i18n.t("teacher-delete-account")}</button>
            </form>
        }
    })
}

/// The 31 July after today: the default end of a school year.
fn next_year_end() -> String {
    let today_iso = iso_from_days(today());
    let year: i64 = today_iso[..4].parse().unwrap_or(2026);
    let this_year = format!("{year}-07-31");
    if today_iso.as_str() <= this_year.as_str() {
        this_year
    } else {
        format!("{}-07-31", year + 1)
    }
}

pub(super) fn country_name(i18n: I18n, country: Country) -> String {
    i18n.t(&format!("country-{}", country.code()))
}

/// `/teachers/classes`: the teacher's classes and the form to create one.
#[component]
pub fn ClassesPage() -> impl IntoView {
    let i18n = use_i18n();
    let flash = use_flash();
    teacher_page(move |teacher, db| async move {
        let classes = classes::classes_of(&db, &teacher).await.unwrap_or_default();
        let list = if classes.is_empty() {
            Either::Left(view! { <p>{i18n.t("teacher-no-classes")}</p> })
        } else {
            Either::Right(view! {
                <ul class="cards">
                    {classes.into_iter().map(|class| {
                        let status = if class.archived {
                            i18n.t("teacher-class-archived")
                        } else if class.is_open {
                            i18n.t("teacher-session-is-open")
                        } else {
                            i18n.t("teacher-session-is-closed")
                        };
                        view! {
                            <li class="card">
                                <h3><a href=format!("/teachers/classes/{}", class.id)>{class.name.clone()}</a></h3>
                                <p class="meta">
                                    {i18n.t(&format!("tier-{}", class.tier.code()))} " · "
                                    {country_name(i18n, class.country)} " · " {status}
                                </p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })
        };
        let tier = flash.field("tier");
        let country = match flash.field("country") {
            c if c.is_empty() => Country::for_language(i18n.lang).code().to_owned(),
            c => c,
        };
        let year_end = Some(flash.field("year_end"))
            .filter(|y| !y.is_empty())
            .unwrap_or_else(next_year_end);
        view! {
            <PageTitle text=i18n.t("teacher-my-classes")/>
            <TeacherBar/>
            <h1>{i18n.t("teacher-my-classes")}</h1>
            <FlashMessage/>
            {list}
            <h2 id="new-class">{i18n.t("teacher-new-class")}</h2>
            <form method="post" action="/teachers/classes" class="stacked">
                <label for="name">{i18n.t("teacher-class-name")}</label>
                <p class="hint">{i18n.t("teacher-class-name-hint")}</p>
                <input id="name" name="name" required=true maxlength=MAX_CLASS_NAME.to_string() value=flash.field("name")/>
                <label for="tier">{i18n.t("teacher-class-tier")}</label>
                <select id="tier" name="tier">
                    {Tier::ALL.into_iter().map(|t| view! {
                        <option value=t.code() selected=tier == t.code()>{i18n.t(&format!("tier-{}", t.code()))}</option>
                    }).collect_view()}
                </select>
                <label for="country">{i18n.t("teacher-class-country")}</label>
                <p class="hint">{i18n.t("teacher-class-country-hint")}</p>
                <select id="country" name="country">
                    {Country::ALL.into_iter().map(|c| view! {
                        <option value=c.code() selected=country == c.code()>{country_name(i18n, c)}</option>
                    }).collect_view()}
                </select>
                <label for="year_end">{i18n.t("teacher-class-year-end")}</label>
                <p class="hint">{i18n.t("teacher-class-year-end-hint")}</p>
                <input id="year_end" name="year_end" type="date" required=true value=year_end/>
                <button type="submit" class="button">{i18n.t("teacher-create-class")}</button>
            </form>
        }
    })
}

pub(super) fn module_title(module: &Module, lang: Lang) -> String {
    module.meta.title.get(lang).clone()
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

/// `/teachers/classes/:class/cards`: login cards for the codes just generated, to cut out.
#[component]
pub fn CardsPage() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_context::<http::request::Parts>()
        .and_then(|p| p.extensions.get::<tower_sessions::Session>().cloned());
    let address = site_address();
    class_page(move |db, class| async move {
        let fresh: Vec<FreshCard> = match session {
            Some(session) => session.get(FRESH_CARDS).await.ok().flatten().unwrap_or_default(),
            None => Vec::new(),
        };
        let pupils = classes::pupils_of(&db, &class.id).await.unwrap_or_default();
        let cards = fresh
            .iter()
            .filter(|card| card.class_id == class.id)
            .filter_map(|card| Some((pupils.iter().find(|p| p.id == card.pupil_id)?, &card.code)))
            .map(|(pupil, code)| view! {
                <li class="login-card">
                    <p class="login-card__site">{i18n.t("site-name")} " · " {address.clone()} "/join"</p>
                    <p class="login-card__handle">{pupil.handle(i18n)}</p>
                    <dl>
                        <dt>{i18n.t("join-class-code")}</dt><dd class="code">{codes::display(&class.code)}</dd>
                        <dt>{i18n.t("join-personal-code")}</dt><dd class="code">{codes::display(code)}</dd>
                    </dl>
                    <p class="login-card__note">{i18n.t("teacher-card-note")}</p>
                </li>
            })
            .collect_view();
        let base = format!("/teachers/classes/{}", class.id);
        view! {
            <PageTitle text=i18n.t("teacher-cards-title")/>
            <div class="no-print"><TeacherBar/></div>
            <h1 class="no-print">{i18n.t("teacher-cards-title")} " · " {class.name.clone()}</h1>
            <div class="no-print"><FlashMessage/></div>
            <p class="no-print">{i18n.t("teacher-cards-lead")}</p>
            <ul class="login-cards">{cards}</ul>
            <form method="post" action=format!("{base}/cards/forget") class="no-print">
                <button type="submit" class="button">{i18n.t("teacher-cards-forget")}</button>
            </form>
            <p class="no-print"><a href=base>{i18n.t("teacher-back-to-class")}</a></p>
        }
    })
}

/// `/teachers/guides/:module`: the facilitator guide, printable.
#[component]
pub fn GuidePage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let module_id = use_param("module");
    teacher_page(move |teacher, db| async move {
        let Some((module, guide)) = content
            .module(&module_id)
            .and_then(|m| Some((m, m.guide.as_ref()?)))
        else {
            return Either::Right(view! { <NotFound/> });
        };
        let lang = i18n.lang;
        let html = guide.html.get(lang).get(Country::for_language(lang)).to_owned();
        // The letter to parents of each of the teacher's classes that can do this module.
        let letters = classes::classes_of(&db, &teacher)
            .await
            .unwrap_or_default()
            .into_iter()
            .filter(|c| c.tier == module.meta.tier && module.meta.sensitive)
            .map(|c| view! {
                <li><a href=format!("/teachers/classes/{}/letter/{}", c.id, module.id)>{c.name.clone()}</a></li>
            })
            .collect::<Vec<_>>();
        let letters = (!letters.is_empty()).then(|| {
            view! {
                <nav class="no-print" aria-labelledby="guide-letters">
                    <h2 id="guide-letters">{i18n.t("teacher-guide-letters")}</h2>
                    <ul>{letters}</ul>
                </nav>
            }
        });
        Either::Left(view! {
            <PageTitle text=guide.title.get(lang).clone()/>
            <div class="no-print"><TeacherBar/></div>
            <p class="eyebrow">{i18n.t("teacher-guide")} " · " {module_title(module, lang)}</p>
            <h1>{guide.title.get(lang).clone()}</h1>
            {letters}
            <div class="prose" inner_html=html></div>
            <crate::pages::Provenance reviewed=Some(module.meta.reviewed.clone()) sources=module.meta.sources.clone()/>
        })
    })
}
