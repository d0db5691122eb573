//! `/teachers/guides/:module`: a module's facilitator guide, printable, with
//! the letter to parents of each class that can follow it.

use super::frame::{module_title, teacher_page, TeacherBar};
use crate::classes;
use crate::content::Country;
use crate::i18n::use_i18n;
use crate::pages::parts::{use_content, use_param, CurriculaSection, PageTitle, Provenance};
use crate::web::AppError;
use leptos::prelude::*;

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
            return Err(AppError::NotFound);
        };
        let lang = i18n.lang;
        let html = guide.html.get(lang).get(Country::for_language(lang)).to_owned();
        // The letter to parents of each of the teacher's classes that can do this module.
        let letters = classes::classes_of(&db, &teacher)
            .await?
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
        Ok(view! {
            <PageTitle text=guide.title.get(lang).clone()/>
            <div class="no-print"><TeacherBar/></div>
            <p class="eyebrow">{i18n.t("teacher-guide")} " · " {module_title(module, lang)}</p>
            <h1>{guide.title.get(lang).clone()}</h1>
            {letters}
            <CurriculaSection module=module.clone()/>
            <div class="prose" inner_html=html></div>
            <Provenance reviewed=Some(module.meta.reviewed.clone()) sources=module.meta.sources.clone()/>
        })
    })
}
