//! Safeguarding for teachers: the card "if a pupil tells you something" for
//! the class's country and school level (from `content/teachers/`), the
//! checklist before a sensitive module, and the letter to parents.

use super::frame::{class_page, module_title, site_address, TeacherBar};
use crate::classes::Class;
use crate::content::{Country, Tier};
use crate::dates::{iso_from_days, today};
use crate::i18n::{use_i18n, I18n, Lang};
use crate::pages::parts::{use_content, use_param, FlashMessage, NotFound, PageTitle, Provenance};
use crate::web::{display_date, AppError};
use leptos::either::Either;
use leptos::prelude::*;

/// Primary wording for 8–10 classes (the head teacher), secondary above.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum School {
    Primary,
    Secondary,
}

impl School {
    pub const ALL: [School; 2] = [School::Primary, School::Secondary];

    pub fn of(tier: Tier) -> School {
        match tier {
            Tier::Young => School::Primary,
            Tier::Middle | Tier::Teen => School::Secondary,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            School::Primary => "primary",
            School::Secondary => "secondary",
        }
    }

    fn from_code(code: &str) -> Option<School> {
        School::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The address of the disclosure card for a country and school level.
pub fn disclosure_path(country: Country, school: School) -> String {
    format!(
        "/teachers/disclosure?country={}&school={}",
        country.code(),
        school.code()
    )
}

/// The disclosure card of a class: its country's, in its school level's wording.
pub fn class_disclosure_path(class: &Class) -> String {
    disclosure_path(class.country, School::of(class.tier))
}

/// `fr-primary`, `gb-secondary`…: what Fluent messages select on.
fn setting(country: Country, school: School) -> String {
    format!("{}-{}", country.code(), school.code())
}

/// What to do if a pupil tells you something (content brief §7), for a
/// country and school level: a section of the checklist page, or
/// (`standalone`) the body of a page of its own.
#[component]
pub fn DisclosureCard(country: Country, school: School, #[prop(optional)] standalone: bool) -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let lang = i18n.lang;
    let document = content
        .teacher_document(&format!("disclosure-{}", school.code()))
        .cloned();
    let Some(document) = document else {
        return Either::Right(view! { <NotFound/> });
    };
    let title = document.title.get(lang).clone();
    let html = document.html.get(lang).get(country).to_owned();
    let heading = if standalone {
        Either::Left(view! { <h1 id="disclosure-title">{title}</h1> })
    } else {
        Either::Right(view! { <h2 id="disclosure-title">{title}</h2> })
    };
    Either::Left(view! {
        <section class="disclosure" aria-labelledby="disclosure-title">
            {heading}
            <p class="meta">{i18n.t_args("disclosure-for", &[("setting", setting(country, school).into())])}</p>
            <div class="prose" inner_html=html></div>
            <Provenance reviewed=document.reviewed.clone() sources=document.sources.clone()/>
        </section>
    })
}

/// `/teachers/disclosure?country=gb&school=primary`: the card on its own,
/// printable, for the country and school level chosen (the language's country
/// and secondary school unless asked).
#[component]
pub fn DisclosurePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = leptos_router::hooks::use_query_map().get_untracked();
    let country = query
        .get("country")
        .and_then(|c| Country::ALL.into_iter().find(|k| k.code() == c))
        .unwrap_or_else(|| Country::for_language(i18n.lang));
    let school = query
        .get("school")
        .and_then(|s| School::from_code(&s))
        .unwrap_or(School::Secondary);
    let choices = Country::ALL
        .into_iter()
        .flat_map(|c| School::ALL.map(|s| (c, s)))
        .map(|(c, s)| {
            let current = (c == country && s == school).then_some("page");
            let href = disclosure_path(c, s);
            view! { <li><a href=href aria-current=current>{i18n.t_args("disclosure-for", &[("setting", setting(c, s).into())])}</a></li> }
        })
        .collect_view();
    view! {
        <PageTitle text=i18n.t("disclosure-title")/>
        <nav class="region-switch no-print" aria-label=i18n.t("disclosure-choose")>
            <ul>{choices}</ul>
        </nav>
        <DisclosureCard country school standalone=true/>
        <p class="no-print"><a href="/parents/help">{i18n.t("disclosure-adult-help")}</a></p>
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
        let module = content.module(&module_id).ok_or(AppError::NotFound)?;
        let school = School::of(class.tier);
        let place = setting(class.country, school);
        let base = format!("/teachers/classes/{}", class.id);
        let items = [
            (
                "lead",
                i18n.t_args("checklist-lead", &[("setting", place.into())]),
            ),
            ("rules", i18n.t("checklist-rules")),
            ("letter", i18n.t("checklist-letter")),
        ];
        Ok(view! {
            <PageTitle text=i18n.t("checklist-title")/>
            <TeacherBar/>
            <h1>{i18n.t("checklist-title")}</h1>
            <FlashMessage/>
            <p class="lead">{i18n.t_args("checklist-lead-text", &[("module", module_title(module, i18n.lang).into()), ("class", class.name.clone().into())])}</p>
            <p>{i18n.t("checklist-remembered")}</p>
            <form method="post" action=format!("{base}/assignments") class="stacked">
                <input type="hidden" name="module" value=module.id.clone()/>
                <input type="hidden" name="due" value=due/>
                <input type="hidden" name="checklist" value="1"/>
                <fieldset>
                    <legend>{i18n.t("checklist-legend")}</legend>
                    {items.into_iter().map(|(name, text)| view! {
                        <div class="option">
                            <input type="checkbox" id=format!("check-{name}") name=name value="1"/>
                            <label for=format!("check-{name}")>{text}</label>
                        </div>
                    }).collect_view()}
                </fieldset>
                <p><a href=format!("{base}/letter/{}", module.id)>{i18n.t("checklist-open-letter")}</a></p>
                <button type="submit" class="button">{i18n.t("checklist-confirm")}</button>
            </form>
            <DisclosureCard country=class.country school/>
        })
    })
}

/// The language a class's letters are written in: its country's.
fn class_language(class: &Class) -> Lang {
    class.country.language()
}

/// `/teachers/classes/:class/letter/:module`: the letter to parents, in the
/// class's language, dated, with the school's name typed at print time (never
/// sent) and a signature line.
#[component]
pub fn LetterPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let module_id = use_param("module");
    class_page(move |_db, class| async move {
        let module = content.module(&module_id).ok_or(AppError::NotFound)?;
        let letter = I18n {
            lang: class_language(&class),
        };
        let title = module_title(module, letter.lang);
        let summary = module.meta.summary.get(letter.lang).clone();
        let card = format!("/parents/cards/{}", module.id);
        let date = display_date(&iso_from_days(today()));
        Ok(view! {
            <PageTitle text=i18n.t("letter-page-title")/>
            <div class="no-print"><TeacherBar/></div>
            <h1 class="no-print">{i18n.t("letter-page-title")} " · " {class.name.clone()}</h1>
            <p class="no-print">{i18n.t("letter-page-hint")}</p>
            <article class="letter" lang=letter.lang.code()>
                <p class="letter__school">
                    <label for="letter-school">{letter.t("letter-school")}</label>
                    // No `name` and no form: what is typed here is printed, never sent.
                    <input id="letter-school" type="text" autocomplete="off"/>
                </p>
                <p class="letter__date">{letter.t_args("letter-date", &[("date", date.into())])}</p>
                <p>{letter.t("letter-greeting")}</p>
                <p>{letter.t_args("letter-intro", &[("class", class.name.clone().into()), ("module", title.into())])}</p>
                <p>{summary}</p>
                <p>{letter.t("letter-approach")}</p>
                <p>{letter.t("letter-talk")} " " <span class="url">{site_address()} {card}</span></p>
                <p>{letter.t("letter-help")} " " <span class="url">{site_address()} "/parents/help"</span></p>
                <p>{letter.t("letter-questions")}</p>
                <p class="signature">{letter.t("letter-signature")}</p>
                <p class="letter__sign-line">{letter.t("letter-signature-line")}</p>
            </article>
        })
    })
}
