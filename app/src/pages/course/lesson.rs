//! `/modules/:id/lessons/:n`: a lesson of a module.

use super::common::open_part;
use super::emblems::tier_class;
use super::steps::part_header;
use crate::content::Tier;
use crate::course::paths;
use crate::i18n::use_i18n;
use crate::pages::parts::{use_content, use_param, PageTitle};
use leptos::either::Either;
use leptos::prelude::*;

/// `/modules/:id/lessons/:n`: one lesson, one screen.
#[component]
pub fn LessonPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let n: usize = use_param("n").parse().unwrap_or(0);
    let (module, lesson) = match open_part(&content, |m| m.lessons.get(n.checked_sub(1)?)) {
        Ok(found) => found,
        Err(page) => return Either::Left(page),
    };
    let lang = i18n.lang;
    let html = lesson
        .html
        .get(lang)
        .get(crate::web::viewer::learner_country(lang))
        .to_owned();
    let here = paths::lesson(&module.id, n);
    let action = format!("{here}/done");
    let read_aloud = (module.meta.tier == Tier::Young).then(|| {
        view! {
            <crate::islands::ReadAloud
                listen=i18n.t("course-read-aloud")
                stop=i18n.t("course-read-aloud-stop")
                lang=lang.code().to_owned()
            />
        }
    });
    Either::Right(view! {
        <PageTitle text=lesson.title.get(lang).clone() description=module.meta.summary.get(lang).clone()/>
        <div class=tier_class(module.meta.tier)>
        {part_header(i18n, &content, module, &here)}
        <p class="eyebrow">{i18n.t_args("course-lesson-of", &[("n", n.into()), ("total", module.lessons.len().into())])}</p>
        <article class="lesson">
            <h1>{lesson.title.get(lang).clone()}</h1>
            {read_aloud}
            <div class="prose" id="lesson-text" inner_html=html></div>
        </article>
        <form method="post" action=action>
            <button type="submit" class="button">{i18n.t("course-lesson-done")}</button>
        </form>
        </div>
    })
}
