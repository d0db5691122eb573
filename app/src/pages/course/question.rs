//! `/modules/:id/quiz/:n`: a quiz question, graded on the server, then what
//! the answer meant.

use super::common::{module_progress, open_part};
use super::emblems::tier_class;
use super::steps::part_header;
use crate::content::{Graded, Module, PublicQuestion, QuestionKind};
use crate::course::paths;
use crate::course::shuffle::{self, Shown};
use crate::i18n::{use_i18n, I18n};
use crate::pages::parts::{use_content, use_param, PageTitle};
use leptos::either::Either;
use leptos::prelude::*;

/// `/modules/:id/quiz/:n`: a question, then its explanation once answered.
#[component]
pub fn QuestionPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let n: usize = use_param("n").parse().unwrap_or(0);
    let found = open_part(&content, |m| m.quiz.as_ref()?.questions.get(n.checked_sub(1)?));
    let (module, question) = match found {
        Ok(found) => found,
        Err(page) => return Either::Left(page),
    };
    let lang = i18n.lang;
    let total = module.quiz.as_ref().map_or(0, |q| q.questions.len());
    let query = leptos_router::hooks::use_query_map().get_untracked();
    let error = query.get("error").map(|e| {
        if e == "save" {
            "error-try-again"
        } else {
            "course-error-no-answer"
        }
    });
    let here = paths::question(&module.id, n);
    let public = question.public(lang);
    let last = module_progress(&module.id)
        .answers
        .get(&question.id)
        .and_then(|a| a.last().cloned());
    let graded = last.filter(|_| query.get("again").is_none()).and_then(|given| {
        // The explanations come from today's content; the verdict is the
        // grade the answer was given.
        let mut graded = question.grade(&given.options, lang)?;
        graded.correct = given.correct;
        Some(graded)
    });
    let content_view = match graded {
        Some(graded) => Either::Left(answered(i18n, module, &here, &public, graded)),
        None => {
            let key = crate::web::use_viewer().shuffle_key.unwrap_or_default();
            let shown = shuffle::arrange(&key, question);
            Either::Right(question_form(i18n, &public, &shown, &here, error))
        }
    };
    Either::Right(view! {
        <PageTitle text=i18n.t_args("course-question-of", &[("n", n.into()), ("total", total.into())])/>
        <div class=tier_class(module.meta.tier)>
        {part_header(i18n, &content, module, &here)}
        <p class="eyebrow">{i18n.t_args("course-question-of", &[("n", n.into()), ("total", total.into())])}</p>
        <h1 inner_html=public.title.clone()></h1>
        <div class="prose" inner_html=public.body_html.clone()></div>
        <crate::islands::AnswerInPlace/>
        <div id="player">{content_view}</div>
        </div>
    })
}

/// The question's options in a form, in the order this learner sees them,
/// with the message `error` (a Fluent id) when the last attempt was refused.
fn question_form(
    i18n: I18n,
    public: &PublicQuestion,
    shown: &[Shown],
    here: &str,
    error: Option<&'static str>,
) -> impl IntoView {
    let multiple = public.kind == QuestionKind::Multiple;
    let input_type = if multiple { "checkbox" } else { "radio" };
    let options = shown
        .iter()
        .enumerate()
        .map(|(i, option)| {
            let id = format!("option-{i}");
            let html = public
                .options_html
                .get(option.authored)
                .cloned()
                .unwrap_or_default();
            view! {
                <div class="option">
                    <input type=input_type name="option" id=id.clone() value=option.id.clone()/>
                    <label for=id inner_html=html></label>
                </div>
            }
        })
        .collect_view();
    let hint = i18n.t(if multiple {
        "course-choose-several"
    } else {
        "course-choose-one"
    });
    view! {
        {error.map(|id| view! { <p class="error" role="alert">{i18n.t(id)}</p> })}
        <form method="post" action=format!("{here}/answer") data-in-place="">
            <fieldset>
                <legend>{hint}</legend>
                {options}
            </fieldset>
            <button type="submit" class="button">{i18n.t("course-answer")}</button>
        </form>
    }
}

/// The verdict, the explanation of each chosen option, the right options the
/// pupil missed, and help when the answer says they are troubled or alone.
fn answered(
    i18n: I18n,
    module: &Module,
    here: &str,
    public: &PublicQuestion,
    graded: Graded,
) -> impl IntoView {
    let (verdict_class, verdict) = verdict(i18n, &graded);
    let explanations = explanations(i18n, public, &graded);
    let missed = missed_options(i18n, public, &graded);
    let help = graded.distress.then(|| {
        let region = crate::web::viewer::learner_country(i18n.lang).code().to_owned();
        let in_class = crate::web::use_viewer().pupil.is_some();
        view! { <crate::pages::help::HelpCard region in_class/> }
    });
    let retry = (graded.correct == Some(false))
        .then(|| view! { <p><a class="button button--quiet" href=format!("{here}?again=1")>{i18n.t("course-try-again")}</a></p> });
    let next = paths::after(module, here);
    view! {
        <section class=verdict_class role="status" aria-labelledby="verdict" data-verdict="" tabindex="-1" autofocus=true>
            <h2 id="verdict">{verdict}</h2>
            <ul class="explanations">{explanations}</ul>
            {missed}
        </section>
        {help}
        {retry}
        <p><a class="button" href=next>{i18n.t("course-next")}</a></p>
    }
}

/// The feedback's class and its heading: right, partly right, wrong, or
/// thanks for an attitude question.
fn verdict(i18n: I18n, graded: &Graded) -> (&'static str, String) {
    let chose_right = graded.feedback.iter().any(|(_, right, _)| *right);
    match graded.correct {
        Some(true) => ("feedback feedback--right", i18n.t("course-right")),
        Some(false) if chose_right => ("feedback feedback--wrong", i18n.t("course-partly-right")),
        Some(false) => ("feedback feedback--wrong", i18n.t("course-wrong")),
        None => ("feedback", i18n.t("course-attitude-thanks")),
    }
}

/// Each option the pupil chose, whether it was right, and its explanation.
fn explanations(i18n: I18n, public: &PublicQuestion, graded: &Graded) -> impl IntoView {
    let graded_question = graded.correct.is_some();
    graded
        .feedback
        .iter()
        .map(|(i, right, html)| {
            let option = public.options_html.get(*i).cloned().unwrap_or_default();
            let label = match (graded_question, right) {
                (false, _) => i18n.t("course-your-answer"),
                (true, true) => i18n.t("course-your-answer-right"),
                (true, false) => i18n.t("course-your-answer-wrong"),
            };
            view! {
                <li>
                    <p class="feedback__choice"><span>{label}</span> " " <span inner_html=option></span></p>
                    <div inner_html=html.clone()></div>
                </li>
            }
        })
        .collect_view()
}

/// The right options the pupil did not choose, on a question with several.
fn missed_options(i18n: I18n, public: &PublicQuestion, graded: &Graded) -> Option<impl IntoView> {
    let chosen: Vec<usize> = graded.feedback.iter().map(|(i, _, _)| *i).collect();
    let missed: Vec<String> = graded
        .right_options
        .iter()
        .filter(|i| !chosen.contains(i))
        .filter_map(|i| public.options_html.get(*i).cloned())
        .collect();
    (public.kind == QuestionKind::Multiple && !missed.is_empty()).then(|| {
        view! {
            <p class="feedback__missed">{i18n.t("course-also-right")}</p>
            <ul class="feedback__missed-list">
                {missed.into_iter().map(|html| view! { <li inner_html=html></li> }).collect_view()}
            </ul>
        }
    })
}
