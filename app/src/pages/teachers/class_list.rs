//! `/teachers/classes`: the teacher's classes and the form to create one.

use super::frame::{country_name, teacher_page, TeacherBar};
use crate::classes::{self, Class, MAX_CLASS_NAME};
use crate::content::{Country, Tier};
use crate::dates::next_year_end;
use crate::i18n::{use_i18n, I18n};
use crate::pages::parts::{FlashMessage, PageTitle};
use crate::web::use_flash;
use leptos::either::Either;
use leptos::prelude::*;

/// `/teachers/classes`: the teacher's classes and the form to create one.
#[component]
pub fn ClassesPage() -> impl IntoView {
    let i18n = use_i18n();
    teacher_page(move |teacher, db| async move {
        let classes = classes::classes_of(&db, &teacher).await?;
        Ok(view! {
            <PageTitle text=i18n.t("teacher-my-classes")/>
            <TeacherBar/>
            <h1>{i18n.t("teacher-my-classes")}</h1>
            <FlashMessage/>
            <ClassList i18n classes/>
            <NewClassForm i18n/>
        })
    })
}

/// The teacher's classes, each with its tier, country and whether it is open.
#[component]
fn ClassList(i18n: I18n, classes: Vec<Class>) -> impl IntoView {
    if classes.is_empty() {
        return Either::Left(view! { <p>{i18n.t("teacher-no-classes")}</p> });
    }
    let status = move |class: &Class| {
        if class.archived {
            i18n.t("teacher-class-archived")
        } else if class.is_open {
            i18n.t("teacher-session-is-open")
        } else {
            i18n.t("teacher-session-is-closed")
        }
    };
    Either::Right(view! {
        <ul class="cards">
            {classes.into_iter().map(|class| view! {
                <li class="card">
                    <h3><a href=format!("/teachers/classes/{}", class.id)>{class.name.clone()}</a></h3>
                    <p class="meta">
                        {i18n.t(&format!("tier-{}", class.tier.code()))} " · "
                        {country_name(i18n, class.country)} " · " {status(&class)}
                    </p>
                </li>
            }).collect_view()}
        </ul>
    })
}

/// The form that creates a class, filled again with what was typed after a refusal.
#[component]
fn NewClassForm(i18n: I18n) -> impl IntoView {
    let flash = use_flash();
    let tier = flash.field("tier");
    let country = match flash.field("country") {
        c if c.is_empty() => Country::for_language(i18n.lang).code().to_owned(),
        c => c,
    };
    let year_end = Some(flash.field("year_end"))
        .filter(|y| !y.is_empty())
        .unwrap_or_else(next_year_end);
    view! {
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
}
