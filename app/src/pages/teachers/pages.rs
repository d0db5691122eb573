//! The teacher's pages. Pages about a class load it through `class_page`,
//! which checks that it belongs to the signed-in teacher.

use super::classes::{FreshCard, FRESH_CARDS, MAX_CLASS_NAME, MAX_LABEL};
use super::{class_page, display_date, teacher_page};
use crate::classes::{self, Class};
use crate::content::dates::{iso_from_days, today};
use crate::content::{Country, Module, Tier};
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
fn TeacherBar() -> impl IntoView {
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

fn country_name(i18n: I18n, country: Country) -> String {
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

fn module_title(module: &Module, lang: Lang) -> String {
    module.meta.title.get(lang).clone()
}

/// `/teachers/classes/:class`: the class's session, pupils, assignments and settings.
#[component]
pub fn ClassPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let flash = use_flash();
    class_page(move |db, class| async move {
        let lang = i18n.lang;
        let pupils = classes::pupils_of(&db, &class.id).await.unwrap_or_default();
        let assignments = classes::assignments(&db, &class.id).await.unwrap_or_default();
        let base = format!("/teachers/classes/{}", class.id);
        let warning = (class.days_left() <= 30).then(|| {
            view! {
                <p class="warning" role="note">
                    {i18n.t_args("teacher-purge-warning", &[("date", display_date(&class.year_end).into())])}
                </p>
            }
        });
        let (session_text, session_button, open_value) = if class.is_open {
            (
                i18n.t("teacher-session-is-open"),
                i18n.t("teacher-close-session"),
                "0",
            )
        } else {
            (
                i18n.t("teacher-session-is-closed"),
                i18n.t("teacher-open-session"),
                "1",
            )
        };
        let pupil_rows = pupils.iter().map(|pupil| {
            let handle = pupil.handle(i18n);
            let label_id = format!("label-{}", pupil.number);
            let pupil_base = format!("{base}/pupils/{}", pupil.id);
            view! {
                <tr>
                    <td>{pupil.number}</td>
                    <th scope="row">{handle.clone()}</th>
                    <td>
                        <form method="post" action=format!("{pupil_base}/label") class="inline">
                            <label for=label_id.clone() class="visually-hidden">{i18n.t_args("teacher-relabel-for", &[("handle", handle.clone().into())])}</label>
                            <input id=label_id name="label" maxlength=MAX_LABEL.to_string() value=pupil.label.clone().unwrap_or_default()/>
                            <button type="submit" class="button button--quiet">{i18n.t("teacher-relabel")}</button>
                        </form>
                    </td>
                    <td>
                        <form method="post" action=format!("{pupil_base}/reset")>
                            <button type="submit" class="button button--quiet" aria-label=i18n.t_args("teacher-reset-code-for", &[("handle", handle.into())])>
                                {i18n.t("teacher-reset-code")}
                            </button>
                        </form>
                    </td>
                </tr>
            }
        }).collect_view();
        let assigned = assignments.iter().map(|assignment| {
            let title = content.module(&assignment.module_id).map(|m| module_title(m, lang)).unwrap_or_else(|| assignment.module_id.clone());
            let due = assignment.due_date.as_deref().map(|d| i18n.t_args("teacher-due-on", &[("date", display_date(d).into())]));
            view! {
                <li>
                    <strong>{title}</strong> {due.map(|d| view! { " · " {d} })}
                    <form method="post" action=format!("{base}/assignments/{}/remove", assignment.module_id) class="inline">
                        <button type="submit" class="button button--quiet">{i18n.t("teacher-unassign")}</button>
                    </form>
                </li>
            }
        }).collect_view();
        let options = content
            .tier(class.tier)
            .map(|m| {
                let sensitive = m
                    .meta
                    .sensitive
                    .then(|| format!(" ({})", i18n.t("teacher-sensitive")));
                view! { <option value=m.id.clone()>{module_title(m, lang)}{sensitive}</option> }
            })
            .collect_view();
        let guides = content
            .tier(class.tier)
            .filter(|m| m.guide.is_some())
            .map(|m| {
                view! {
                    <li><a href=format!("/teachers/guides/{}", m.id)>{module_title(m, lang)}</a></li>
                }
            })
            .collect_view();
        view! {
            <PageTitle text=class.name.clone()/>
            <TeacherBar/>
            <h1>{class.name.clone()}</h1>
            <FlashMessage/>
            {warning}
            <p class="meta">
                {i18n.t(&format!("tier-{}", class.tier.code()))} " · " {country_name(i18n, class.country)} " · "
                {i18n.t_args("teacher-year-end-on", &[("date", display_date(&class.year_end).into())])}
            </p>
            <section class="panel" aria-labelledby="session-title">
                <h2 id="session-title">{i18n.t("teacher-session-title")}</h2>
                <p>{i18n.t("teacher-class-code")} " " <strong class="code">{codes::display(&class.code)}</strong></p>
                <p>{session_text}</p>
                <form method="post" action=format!("{base}/session")>
                    <input type="hidden" name="open" value=open_value/>
                    <button type="submit" class="button">{session_button}</button>
                </form>
                <p class="actions">
                    <a href=format!("{base}/results")>{i18n.t("teacher-results-title")}</a>
                    " · "
                    <a href=format!("{base}/export.csv")>{i18n.t("teacher-export-csv")}</a>
                </p>
            </section>
            <h2 id="pupils">{i18n.t("teacher-pupils-title")}</h2>
            <p class="hint">{i18n.t("teacher-label-warning")}</p>
            {if pupils.is_empty() {
                Either::Left(view! { <p>{i18n.t("teacher-no-pupils")}</p> })
            } else {
                Either::Right(view! {
                    <table class="pupils">
                        <thead><tr>
                            <th scope="col">{i18n.t("teacher-pupil-number")}</th>
                            <th scope="col">{i18n.t("teacher-pupil-handle")}</th>
                            <th scope="col">{i18n.t("teacher-pupil-label")}</th>
                            <th scope="col">{i18n.t("teacher-pupil-card")}</th>
                        </tr></thead>
                        <tbody>{pupil_rows}</tbody>
                    </table>
                })
            }}
            <form method="post" action=format!("{base}/pupils") class="inline">
                <label for="count">{i18n.t("teacher-add-pupils-count")}</label>
                <input id="count" name="count" type="number" min="1" max=classes::MAX_PUPILS.to_string() required=true value=flash.field("count")/>
                <button type="submit" class="button">{i18n.t("teacher-add-pupils")}</button>
            </form>
            <p class="hint">{i18n.t("teacher-cards-once")}</p>
            <h2 id="assignments">{i18n.t("teacher-assignments-title")}</h2>
            {if assignments.is_empty() {
                Either::Left(view! { <p>{i18n.t("teacher-no-assignments")}</p> })
            } else {
                Either::Right(view! { <ul class="assignments">{assigned}</ul> })
            }}
            <form method="post" action=format!("{base}/assignments") class="stacked">
                <label for="module">{i18n.t("teacher-assign-module")}</label>
                <select id="module" name="module">{options}</select>
                <label for="due">{i18n.t("teacher-assign-due")}</label>
                <input id="due" name="due" type="date" value=flash.field("due")/>
                <button type="submit" class="button">{i18n.t("teacher-assign")}</button>
            </form>
            <h2>{i18n.t("teacher-guides-title")}</h2>
            <ul>{guides}</ul>
            <h2>{i18n.t("teacher-settings-title")}</h2>
            <form method="post" action=format!("{base}/rename") class="inline">
                <label for="rename">{i18n.t("teacher-class-name")}</label>
                <input id="rename" name="name" required=true maxlength=MAX_CLASS_NAME.to_string() value=class.name.clone()/>
                <button type="submit" class="button button--quiet">{i18n.t("teacher-rename")}</button>
            </form>
            <form method="post" action=format!("{base}/archive")>
                <input type="hidden" name="archived" value=if class.archived { "0" } else { "1" }/>
                <button type="submit" class="button button--quiet">
                    {i18n.t(if class.archived { "teacher-unarchive" } else { "teacher-archive" })}
                </button>
            </form>
            <form method="post" action=format!("{base}/delete") class="danger-zone">
                <p>{i18n.t("teacher-delete-class-text")}</p>
                <input type="checkbox" id="confirm-delete" name="confirm" value="1"/>
                <label for="confirm-delete">{i18n.t("teacher-delete-class-confirm")}</label>
                <button type="submit" class="button button--danger">{i18n.t("teacher-delete-class")}</button>
            </form>
        }
    })
}

/// The address pupils type, from the request's `Host`.
fn site_address() -> String {
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

/// What to do if a pupil tells you something (content brief §7), for teachers:
/// a section of the checklist page, or (`standalone`) a page of its own.
#[component]
pub fn DisclosureCard(#[prop(optional)] standalone: bool) -> impl IntoView {
    let i18n = use_i18n();
    let steps = [
        "disclosure-listen",
        "disclosure-believe",
        "disclosure-no-investigation",
        "disclosure-no-secret",
        "disclosure-write-down",
        "disclosure-tell-lead",
        "disclosure-danger",
        "disclosure-no-forwarding",
    ];
    view! {
        <section class="disclosure" aria-labelledby="disclosure-title">
            {if standalone {
                Either::Left(view! { <h1 id="disclosure-title">{i18n.t("disclosure-title")}</h1> })
            } else {
                Either::Right(view! { <h2 id="disclosure-title">{i18n.t("disclosure-title")}</h2> })
            }}
            <ol>{steps.into_iter().map(|id| view! { <li>{i18n.t(id)}</li> }).collect_view()}</ol>
        </section>
    }
}

/// `/teachers/disclosure`: the card on its own, printable.
#[component]
pub fn DisclosurePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=i18n.t("disclosure-title")/>
        <DisclosureCard standalone=true/>
        <p><a href="/help">{i18n.t("shell-get-help")}</a></p>
    }
}

/// `/teachers/classes/:class/assign/:module`: the checklist before a sensitive module.
#[component]
pub fn ChecklistPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let module_id = use_param("module");
    let due = leptos_router::hooks::use_query_map()
        .get_untracked()
        .get("due")
        .unwrap_or_default();
    class_page(move |_db, class| async move {
        let Some(module) = content.module(&module_id) else {
            return Either::Right(view! { <NotFound/> });
        };
        let base = format!("/teachers/classes/{}", class.id);
        let items = [
            ("lead", "checklist-lead"),
            ("rules", "checklist-rules"),
            ("letter", "checklist-letter"),
        ];
        Either::Left(view! {
            <PageTitle text=i18n.t("checklist-title")/>
            <TeacherBar/>
            <h1>{i18n.t("checklist-title")}</h1>
            <FlashMessage/>
            <p class="lead">{i18n.t_args("checklist-lead-text", &[("module", module_title(module, i18n.lang).into()), ("class", class.name.clone().into())])}</p>
            <form method="post" action=format!("{base}/assignments") class="stacked">
                <input type="hidden" name="module" value=module.id.clone()/>
                <input type="hidden" name="due" value=due/>
                <input type="hidden" name="checklist" value="1"/>
                <fieldset>
                    <legend>{i18n.t("checklist-legend")}</legend>
                    {items.into_iter().map(|(name, text)| view! {
                        <div class="option">
                            <input type="checkbox" id=format!("check-{name}") name=name value="1"/>
                            <label for=format!("check-{name}")>{i18n.t(text)}</label>
                        </div>
                    }).collect_view()}
                </fieldset>
                <p><a href=format!("{base}/letter/{}", module.id)>{i18n.t("checklist-open-letter")}</a></p>
                <button type="submit" class="button">{i18n.t("checklist-confirm")}</button>
            </form>
            <DisclosureCard/>
        })
    })
}

/// The language a class's letters are written in: its country's.
fn class_language(class: &Class) -> Lang {
    match class.country {
        Country::France => Lang::Fr,
        Country::UnitedKingdom => Lang::En,
    }
}

/// `/teachers/classes/:class/letter/:module`: the letter to parents, in the class's language.
#[component]
pub fn LetterPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let module_id = use_param("module");
    class_page(move |_db, class| async move {
        let Some(module) = content.module(&module_id) else {
            return Either::Right(view! { <NotFound/> });
        };
        let letter = I18n {
            lang: class_language(&class),
        };
        let title = module_title(module, letter.lang);
        let summary = module.meta.summary.get(letter.lang).clone();
        let card = format!("/parents/cards/{}", module.id);
        Either::Left(view! {
            <PageTitle text=i18n.t("letter-page-title")/>
            <div class="no-print"><TeacherBar/></div>
            <h1 class="no-print">{i18n.t("letter-page-title")} " · " {class.name.clone()}</h1>
            <p class="no-print">{i18n.t("letter-page-hint")}</p>
            <article class="letter" lang=letter.lang.code()>
                <p>{letter.t("letter-greeting")}</p>
                <p>{letter.t_args("letter-intro", &[("class", class.name.clone().into()), ("module", title.into())])}</p>
                <p>{summary}</p>
                <p>{letter.t("letter-approach")}</p>
                <p>{letter.t("letter-talk")} " " <span class="url">{site_address()} {card}</span></p>
                <p>{letter.t("letter-help")} " " <span class="url">{site_address()} "/parents/help"</span></p>
                <p>{letter.t("letter-questions")}</p>
                <p class="signature">{letter.t("letter-signature")}</p>
            </article>
        })
    })
}

/// `/teachers/guides/:module`: the facilitator guide, printable.
#[component]
pub fn GuidePage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let module_id = use_param("module");
    teacher_page(move |_teacher, _db| async move {
        let Some((module, guide)) = content
            .module(&module_id)
            .and_then(|m| Some((m, m.guide.as_ref()?)))
        else {
            return Either::Right(view! { <NotFound/> });
        };
        let lang = i18n.lang;
        let html = guide.html.get(lang).get(Country::for_language(lang)).to_owned();
        Either::Left(view! {
            <PageTitle text=guide.title.get(lang).clone()/>
            <div class="no-print"><TeacherBar/></div>
            <p class="eyebrow">{i18n.t("teacher-guide")} " · " {module_title(module, lang)}</p>
            <h1>{guide.title.get(lang).clone()}</h1>
            <div class="prose" inner_html=html></div>
            <crate::pages::Provenance reviewed=Some(module.meta.reviewed.clone()) sources=module.meta.sources.clone()/>
        })
    })
}
