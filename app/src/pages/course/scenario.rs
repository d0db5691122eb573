//! `/modules/:id/scenarios/:slug`: a "what would you do?" scenario, one step
//! at a time, each choice a form.

use super::common::{module_progress, open_part};
use super::emblems::tier_class;
use super::steps::part_header;
use crate::content::{Module, PublicStep, Scenario};
use crate::course::{paths, ScenarioProgress};
use crate::i18n::{use_i18n, I18n};
use crate::pages::parts::{use_content, use_param, NotFound, PageTitle};
use leptos::either::Either;
use leptos::prelude::*;

/// `/modules/:id/scenarios/:slug`: the current step, and what the last choice meant.
#[component]
pub fn ScenarioPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let slug = use_param("slug");
    let (module, scenario) = match open_part(&content, |m| m.scenarios.iter().find(|s| s.slug == slug)) {
        Ok(found) => found,
        Err(page) => return Either::Left(page),
    };
    let lang = i18n.lang;
    let state = module_progress(&module.id)
        .scenarios
        .get(&slug)
        .cloned()
        .unwrap_or_default();
    let here = paths::scenario(&module.id, &slug);
    let feedback = choice_feedback(i18n, scenario, &state);
    let body = if state.finished {
        scenario_end(i18n, module, scenario, &state, &here).into_any()
    } else if let Some(step) = scenario.steps.get(state.current) {
        scenario_step(i18n, step.public(lang), state.current, &here).into_any()
    } else {
        view! { <NotFound/> }.into_any()
    };
    Either::Right(view! {
        <PageTitle text=scenario.title.get(lang).clone()/>
        <div class=tier_class(module.meta.tier)>
        {part_header(i18n, &content, module, &here)}
        <p class="eyebrow">{i18n.t("course-scenario")}</p>
        <h1>{scenario.title.get(lang).clone()}</h1>
        <crate::islands::AnswerInPlace/>
        <div id="player">
            {feedback}
            {body}
        </div>
        </div>
    })
}

/// The pupil's last choice and what it meant, if they made one.
fn choice_feedback(i18n: I18n, scenario: &Scenario, state: &ScenarioProgress) -> Option<impl IntoView> {
    let lang = i18n.lang;
    let (step, choice) = state.last?;
    let step = scenario.steps.get(step)?;
    let chosen = step.choices.get(choice)?.text_html.get(lang).clone();
    let (explanation, _) = step.choose(choice, lang)?;
    Some(view! {
        <section class="feedback" role="status" aria-labelledby="feedback-title" data-verdict="" tabindex="-1" autofocus=true>
            <h2 id="feedback-title">{i18n.t("course-you-chose")}</h2>
            <p class="feedback__choice" inner_html=chosen></p>
            <div inner_html=explanation.to_owned()></div>
        </section>
    })
}

/// A finished scenario: its ending, the way on, and a form to start again.
fn scenario_end(
    i18n: I18n,
    module: &Module,
    scenario: &Scenario,
    state: &ScenarioProgress,
    here: &str,
) -> impl IntoView {
    let next = paths::after(module, here);
    let ending = scenario
        .steps
        .get(state.current)
        .filter(|s| s.choices.is_empty())
        .map(|s| s.public(i18n.lang));
    view! {
        {ending.map(|step| view! {
            <section class="step" aria-labelledby="step-title">
                <h2 id="step-title">{step.title}</h2>
                <div class="prose" inner_html=step.body_html></div>
            </section>
        })}
        <p class="end">{i18n.t("course-scenario-end")}</p>
        <p><a class="button" href=next>{i18n.t("course-next")}</a></p>
        <form method="post" action=format!("{here}/restart")>
            <button type="submit" class="button button--quiet">{i18n.t("course-restart")}</button>
        </form>
    }
}

/// The step the pupil is on (number `current`), with the form to choose what to do.
fn scenario_step(i18n: I18n, public: PublicStep, current: usize, here: &str) -> impl IntoView {
    // Under a conversation, the choices are drawn as the replies one could send.
    let chat = public.chat;
    let form_body = choice_inputs(i18n, &public.choices_html, chat);
    view! {
        <section class=if chat { "step step--chat" } else { "step" } aria-labelledby="step-title">
            <h2 id="step-title">{public.title}</h2>
            <div class="prose" inner_html=public.body_html></div>
            <form method="post" action=format!("{here}/choose") data-in-place="">
                <input type="hidden" name="step" value=current.to_string()/>
                {form_body}
            </form>
        </section>
    }
}

/// The inside of a step's form: a button when there is one way on, else a
/// radio button per choice and a button to confirm it.
fn choice_inputs(i18n: I18n, choices_html: &[String], chat: bool) -> AnyView {
    if let [html] = choices_html {
        // One way on: the choice is the button itself, nothing to tick.
        let html = html.clone();
        return (view! {
            <input type="hidden" name="choice" value="0"/>
            <button type="submit" class="button" inner_html=html></button>
        })
        .into_any();
    }
    let choices = choices_html
        .iter()
        .enumerate()
        .map(|(i, html)| {
            let id = format!("choice-{i}");
            view! {
                <div class="option">
                    <input type="radio" name="choice" id=id.clone() value=i.to_string() required=true/>
                    <label for=id inner_html=html.clone()></label>
                </div>
            }
        })
        .collect_view();
    (view! {
        <fieldset class=chat.then_some("replies")>
            <legend>{i18n.t("course-what-would-you-do")}</legend>
            {choices}
        </fieldset>
        <button type="submit" class="button">{i18n.t("course-choose")}</button>
    })
    .into_any()
}
