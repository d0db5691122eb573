//! The page of one class, in the order a teacher uses it in class: the
//! session and how to join, the assignments, guides and letters, then the
//! roster (folded away) and the settings. Also the projector view of "how
//! to join" and the confirmation before a lost card is replaced.

use super::frame::{
    class_base, class_page, country_name, module_title, purge_warning, site_address, TeacherBar,
};
use crate::classes::{self, Assignment, Class, Pupil, MAX_CLASS_NAME, MAX_LABEL};
use crate::codes;
use crate::content::ContentIndex;
use crate::i18n::{use_i18n, I18n};
use crate::pages::parts::{use_content, use_param, FlashMessage, PageTitle};
use crate::web::{display_date, use_flash, AppError, Flash};
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

/// `/teachers/classes/:class`: the class's session, assignments, pupils and settings.
#[component]
pub fn ClassPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let flash = use_flash();
    class_page(move |db, class| async move {
        let pupils = classes::pupils_of(&db, &class.id).await?;
        let assignments = classes::assignments(&db, &class.id).await?;
        let occasions = crate::checkins::occasions_of(&db, &class.id).await?;
        let platform = match crate::lti::people::is_platform_class(&db, &class.id).await? {
            true => Some(crate::lti::grades::status_of_class(&db, &class.id).await?),
            false => None,
        };
        let platform = platform.map(
            |statuses| view! { <super::platform::PlatformSection i18n content=content.clone() statuses/> },
        );
        let warning = purge_warning(i18n, &class);
        Ok(view! {
            <PageTitle text=class.name.clone()/>
            <TeacherBar/>
            <h1>{class.name.clone()}</h1>
            <FlashMessage/>
            {warning}
            <p class="meta">
                {i18n.t(&format!("tier-{}", class.tier.code()))} " · " {country_name(i18n, class.country)} " · "
                {i18n.t_args("teacher-year-end-on", &[("date", display_date(&class.year_end).into())])}
            </p>
            {platform}
            <SessionPanel i18n class=class.clone()/>
            <AssignmentsSection i18n content=content.clone() class=class.clone() assignments flash=flash.clone()/>
            <GuidesSection i18n content=content.clone() class=class.clone()/>
            <super::checkins::CheckinsSection i18n class=class.clone() occasions/>
            <Roster i18n class=class.clone() pupils flash=flash.clone()/>
            <ClassSettings i18n class/>
        })
    })
}

#[component]
fn SessionPanel(i18n: I18n, class: Class) -> impl IntoView {
    let base = class_base(&class);
    let (text, button, open_value) = if class.is_open {
        ("teacher-session-is-open", "teacher-close-session", "0")
    } else {
        ("teacher-session-is-closed", "teacher-open-session", "1")
    };
    view! {
        <section class="panel" aria-labelledby="session-title">
            <h2 id="session-title">{i18n.t("teacher-session-title")}</h2>
            <p>{i18n.t("teacher-class-code")} " " <strong class="code">{codes::display(&class.code)}</strong></p>
            <p>{i18n.t(text)}</p>
            <form method="post" action=format!("{base}/session")>
                <input type="hidden" name="open" value=open_value/>
                <button type="submit" class="button">{i18n.t(button)}</button>
            </form>
            <p class="actions">
                <a href=format!("{base}/join-screen")>{i18n.t("teacher-join-screen")}</a>
                " · "
                <a href=format!("{base}/results")>{i18n.t("teacher-results-title")}</a>
                " · "
                <a href=format!("{base}/export.csv")>{i18n.t("teacher-export-csv")}</a>
            </p>
        </section>
    }
}

#[component]
fn AssignmentsSection(
    i18n: I18n,
    content: Arc<ContentIndex>,
    class: Class,
    assignments: Vec<Assignment>,
    flash: Flash,
) -> impl IntoView {
    let lang = i18n.lang;
    let base = class_base(&class);
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
    view! {
        <section aria-labelledby="assignments">
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
        </section>
    }
}

/// The facilitator guides of the class's tier, each with its letter to parents.
#[component]
fn GuidesSection(i18n: I18n, content: Arc<ContentIndex>, class: Class) -> impl IntoView {
    let base = class_base(&class);
    let guides = content
        .tier(class.tier)
        .filter(|m| m.guide.is_some())
        .map(|m| {
            let letter = m.meta.sensitive.then(|| {
                view! {
                    " · " <a href=format!("{base}/letter/{}", m.id)>{i18n.t("teacher-letter-link")}</a>
                }
            });
            view! {
                <li><a href=format!("/teachers/guides/{}", m.id)>{module_title(m, i18n.lang)}</a>{letter}</li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="guides">
            <h2 id="guides">{i18n.t("teacher-guides-title")}</h2>
            <ul>{guides}</ul>
            <p><a href=super::safeguarding::class_disclosure_path(&class)>{i18n.t("disclosure-title")}</a></p>
        </section>
    }
}

/// The pupils, folded away once there are some: a teacher rarely needs them in class.
#[component]
fn Roster(i18n: I18n, class: Class, pupils: Vec<Pupil>, flash: Flash) -> impl IntoView {
    let base = class_base(&class);
    let count = pupils.len();
    let table = (!pupils.is_empty()).then(|| view! { <PupilTable i18n class=class.clone() pupils/> });
    view! {
        <details class="roster" open=count == 0>
            <summary><h2 id="pupils">{i18n.t_args("teacher-pupils-count", &[("count", count.into())])}</h2></summary>
            <p class="hint">{i18n.t("teacher-label-warning")}</p>
            {if count == 0 {
                Either::Left(view! { <p>{i18n.t("teacher-no-pupils")}</p> })
            } else {
                Either::Right(table)
            }}
            <form method="post" action=format!("{base}/pupils") class="inline">
                <label for="count">{i18n.t("teacher-add-pupils-count")}</label>
                <input id="count" name="count" type="number" min="1" max=classes::MAX_PUPILS.to_string() required=true value=flash.field("count")/>
                <button type="submit" class="button">{i18n.t("teacher-add-pupils")}</button>
            </form>
            <p class="hint">{i18n.t("teacher-cards-once")}</p>
        </details>
    }
}

#[component]
fn PupilTable(i18n: I18n, class: Class, pupils: Vec<Pupil>) -> impl IntoView {
    let base = class_base(&class);
    let rows = pupils.iter().map(|pupil| {
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
                    <a class="button button--quiet" href=format!("{pupil_base}/reset") aria-label=i18n.t_args("teacher-reset-code-for", &[("handle", handle.into())])>
                        {i18n.t("teacher-reset-code")}
                    </a>
                </td>
            </tr>
        }
    }).collect_view();
    view! {
        <table class="pupils">
            <thead><tr>
                <th scope="col">{i18n.t("teacher-pupil-number")}</th>
                <th scope="col">{i18n.t("teacher-pupil-handle")}</th>
                <th scope="col">{i18n.t("teacher-pupil-label")}</th>
                <th scope="col">{i18n.t("teacher-pupil-card")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[component]
fn ClassSettings(i18n: I18n, class: Class) -> impl IntoView {
    let base = class_base(&class);
    view! {
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
}

/// `/teachers/classes/:class/join-screen`: for the projector, the address to
/// type and the class code, large.
#[component]
pub fn JoinScreenPage() -> impl IntoView {
    let i18n = use_i18n();
    let address = site_address();
    class_page(move |_db, class| async move {
        Ok::<_, AppError>(view! {
            <PageTitle text=i18n.t("teacher-join-screen")/>
            <section class="join-screen" aria-labelledby="join-screen-title">
                <h1 id="join-screen-title">{i18n.t("join-screen-title")}</h1>
                <p class="join-screen__step">{i18n.t("join-screen-go-to")}</p>
                <p class="join-screen__big">{address} "/join"</p>
                <p class="join-screen__step">{i18n.t("join-screen-class-code")}</p>
                <p class="join-screen__big code">{codes::display(&class.code)}</p>
                <p class="join-screen__step">{i18n.t("join-screen-card")}</p>
            </section>
            <p class="no-print"><a href=class_base(&class)>{i18n.t("teacher-back-to-class")}</a></p>
        })
    })
}

/// `/teachers/classes/:class/pupils/:pupil/reset`: replacing a lost card, once confirmed.
#[component]
pub fn ResetCardPage() -> impl IntoView {
    let i18n = use_i18n();
    let pupil_id = use_param("pupil");
    class_page(move |db, class| async move {
        let pupils = classes::pupils_of(&db, &class.id).await?;
        let pupil = pupils
            .into_iter()
            .find(|p| p.id == pupil_id)
            .ok_or(AppError::NotFound)?;
        let handle = pupil.handle(i18n);
        let base = class_base(&class);
        Ok(view! {
            <PageTitle text=i18n.t("teacher-reset-title")/>
            <TeacherBar/>
            <h1>{i18n.t("teacher-reset-title")}</h1>
            <p>{i18n.t_args("teacher-reset-text", &[("handle", handle.into())])}</p>
            <form method="post" action=format!("{base}/pupils/{}/reset", pupil.id)>
                <button type="submit" class="button">{i18n.t("teacher-reset-confirm")}</button>
            </form>
            <p><a href=format!("{base}#pupils")>{i18n.t("teacher-back-to-class")}</a></p>
        })
    })
}
