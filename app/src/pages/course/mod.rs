//! The pupil's course: the catalogue, and the module player (lessons,
//! "what would you do?" scenarios, quizzes graded on the server, the result).
//! Every step is a page and every answer a form, so it all works without
//! JavaScript. Progress is kept in the session.

mod access;
mod handlers;
mod permit;

pub use handlers::endpoints;
pub use permit::{PermitPage, VerifyPage};

use super::parts::{use_content, use_param, NotFound, PageTitle};
use crate::content::{Module, ModuleKind, QuestionKind, Tier};
use crate::course::{self, is_done, paths, ModuleProgress};
use crate::i18n::{use_i18n, I18n};
use leptos::either::Either;
use leptos::prelude::*;

fn module_progress(id: &str) -> ModuleProgress {
    course::current().modules.get(id).cloned().unwrap_or_default()
}

/// A module's card in the catalogue, with the pupil's progress.
fn module_card(i18n: I18n, module: &Module, due: Option<String>) -> impl IntoView {
    let lang = i18n.lang;
    let progress = module_progress(&module.id);
    let parts = paths::parts(module);
    let done = parts.iter().filter(|p| is_done(module, &progress, p)).count();
    let total = parts.len() - 1;
    let kind = (module.meta.kind == ModuleKind::FinalTest).then(|| i18n.t("course-final-test"));
    let due = due.map(|d| i18n.t_args("course-due", &[("date", crate::web::display_date(&d).into())]));
    view! {
        <li class="card">
            <h3><a href=paths::module(&module.id)>{module.meta.title.get(lang).clone()}</a></h3>
            {kind.map(|k| view! { <p class="eyebrow">{k}</p> })}
            <p>{module.meta.summary.get(lang).clone()}</p>
            <p class="meta">
                {i18n.t_args("course-minutes", &[("minutes", module.meta.duration.into())])} " · "
                {i18n.t_args("course-parts-done", &[("done", done.into()), ("total", total.into())])}
                {due.map(|d| view! { " · " <strong>{d}</strong> })}
            </p>
        </li>
    }
}

/// `/modules`: what the teacher assigned first, then the modules a learner
/// may open: a class pupil's own tier (sensitive ones once assigned), every
/// tier for a guest.
#[component]
pub fn Catalogue() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let viewer = crate::web::use_viewer();
    let tiers: Vec<Tier> = match &viewer.pupil {
        Some((_, class)) => vec![class.tier],
        None => Tier::ALL.to_vec(),
    };
    let mut hidden = 0;
    let tiers = tiers
        .into_iter()
        .map(|tier| {
            let (open, locked): (Vec<&Module>, Vec<&Module>) = content
                .tier(tier)
                .partition(|m| access::access(&viewer, m) == access::Access::Open);
            hidden += locked.len();
            let cards = open
                .into_iter()
                .map(|module| module_card(i18n, module, None))
                .collect_view();
            view! {
                <section aria-labelledby=format!("tier-{}", tier.code())>
                    <h2 id=format!("tier-{}", tier.code())>{i18n.t(&format!("tier-{}", tier.code()))}</h2>
                    <ul class="cards">{cards}</ul>
                </section>
            }
        })
        .collect_view();
    let hidden = (hidden > 0).then(|| {
        view! { <p class="notice">{i18n.t_args("access-more-later", &[("count", hidden.into())])}</p> }
    });
    let intro = match &viewer.pupil {
        Some((pupil, class)) => {
            let assigned = viewer
                .assignments
                .iter()
                .filter_map(|a| {
                    let module = content.module(&a.module_id)?;
                    (access::access(&viewer, module) == access::Access::Open)
                        .then(|| module_card(i18n, module, a.due_date.clone()))
                })
                .collect_view();
            Either::Left(view! {
                <p class="notice">
                    {i18n.t_args("join-you-are", &[("handle", pupil.handle(i18n).into()), ("class", class.name.clone().into())])}
                    " " <a href="/join">{i18n.t("course-not-you")}</a>
                </p>
                {(!viewer.assignments.is_empty()).then(|| view! {
                    <section aria-labelledby="assigned">
                        <h2 id="assigned">{i18n.t("course-assigned")}</h2>
                        <ul class="cards">{assigned}</ul>
                    </section>
                })}
            })
        }
        None => Either::Right(view! {
            <p>{i18n.t("course-guest-note")} " " <a href="/join">{i18n.t("course-join-class")}</a></p>
        }),
    };
    view! {
        <PageTitle text=i18n.t("course-catalogue-title") description=i18n.t("course-catalogue-lead")/>
        <h1>{i18n.t("course-catalogue-title")}</h1>
        <p class="lead">{i18n.t("course-catalogue-lead")}</p>
        {intro}
        {tiers}
        {hidden}
    }
}

/// `/modules/:id`: what the module holds and where to carry on.
#[component]
pub fn ModuleOverview() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let Some(module) = content.module(&use_param("id")) else {
        return Either::Left(view! { <NotFound/> }.into_any());
    };
    if let Some(locked) = access::locked_page(module) {
        return Either::Left(locked);
    }
    let lang = i18n.lang;
    let progress = module_progress(&module.id);
    let parts = paths::parts(module);
    let next = parts
        .iter()
        .find(|p| !is_done(module, &progress, p))
        .cloned()
        .unwrap_or_else(|| paths::result(&module.id));
    let started = parts.iter().any(|p| is_done(module, &progress, p));
    let items = parts[..parts.len() - 1]
        .iter()
        .map(|path| {
            let done = is_done(module, &progress, path)
                .then(|| view! { <span class="done">" ✓ " {i18n.t("course-done")}</span> });
            view! { <li><a href=path.clone()>{part_label(i18n, module, path)}</a>{done}</li> }
        })
        .collect_view();
    Either::Right(view! {
        <PageTitle text=module.meta.title.get(lang).clone() description=module.meta.summary.get(lang).clone()/>
        <p class="breadcrumb"><a href="/modules">{i18n.t("course-back-to-modules")}</a> " · " <access::TierLabel tier=module.meta.tier/></p>
        <h1>{module.meta.title.get(lang).clone()}</h1>
        <p class="lead">{module.meta.summary.get(lang).clone()}</p>
        <p><a class="button" href=next>{i18n.t(if started { "course-continue" } else { "course-start" })}</a></p>
        <h2>{i18n.t("course-overview-parts")}</h2>
        <ol class="parts">{items}</ol>
    })
}

fn part_label(i18n: I18n, module: &Module, path: &str) -> String {
    let lang = i18n.lang;
    let tail = path.rsplit('/').next().unwrap_or_default();
    if path.contains("/lessons/") {
        let title = tail
            .parse::<usize>()
            .ok()
            .and_then(|n| module.lessons.get(n - 1))
            .map(|l| l.title.get(lang).clone());
        return title.unwrap_or_default();
    }
    if path.contains("/scenarios/") {
        let title = module
            .scenarios
            .iter()
            .find(|s| s.slug == tail)
            .map(|s| s.title.get(lang).clone())
            .unwrap_or_default();
        return format!("{} {title}", i18n.t("course-scenario"));
    }
    i18n.t_args(
        "course-question-label",
        &[("n", tail.parse::<usize>().unwrap_or(0).into())],
    )
}

/// `/modules/:id/lessons/:n`: one lesson, one screen.
#[component]
pub fn LessonPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let n: usize = use_param("n").parse().unwrap_or(0);
    let Some((module, lesson)) = content
        .module(&use_param("id"))
        .and_then(|m| Some((m, m.lessons.get(n.checked_sub(1)?)?)))
    else {
        return Either::Left(view! { <NotFound/> }.into_any());
    };
    if let Some(locked) = access::locked_page(module) {
        return Either::Left(locked);
    }
    let lang = i18n.lang;
    let html = lesson
        .html
        .get(lang)
        .get(crate::web::viewer::learner_country(lang))
        .to_owned();
    let action = format!("{}/done", paths::lesson(&module.id, n));
    let read_aloud = (module.meta.tier == Tier::Young).then(|| {
        view! {
            <crate::shell::ReadAloud
                listen=i18n.t("course-read-aloud")
                stop=i18n.t("course-read-aloud-stop")
                lang=lang.code().to_owned()
            />
        }
    });
    Either::Right(view! {
        <PageTitle text=lesson.title.get(lang).clone() description=module.meta.summary.get(lang).clone()/>
        <p class="breadcrumb"><a href=paths::module(&module.id)>{module.meta.title.get(lang).clone()}</a> " · " <access::TierLabel tier=module.meta.tier/></p>
        <p class="eyebrow">{i18n.t_args("course-lesson-of", &[("n", n.into()), ("total", module.lessons.len().into())])}</p>
        <article class="lesson">
            <h1>{lesson.title.get(lang).clone()}</h1>
            {read_aloud}
            <div class="prose" id="lesson-text" inner_html=html></div>
        </article>
        <form method="post" action=action>
            <button type="submit" class="button">{i18n.t("course-lesson-done")}</button>
        </form>
    })
}

/// `/modules/:id/scenarios/:slug`: the current step, and what the last choice meant.
#[component]
pub fn ScenarioPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let slug = use_param("slug");
    let Some((module, scenario)) = content
        .module(&use_param("id"))
        .and_then(|m| Some((m, m.scenarios.iter().find(|s| s.slug == slug)?)))
    else {
        return Either::Left(view! { <NotFound/> }.into_any());
    };
    if let Some(locked) = access::locked_page(module) {
        return Either::Left(locked);
    }
    let lang = i18n.lang;
    let state = module_progress(&module.id)
        .scenarios
        .get(&slug)
        .cloned()
        .unwrap_or_default();
    let here = paths::scenario(&module.id, &slug);
    let feedback = state.last.and_then(|(step, choice)| {
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
    });
    let body = if state.finished {
        let next = paths::after(module, &here);
        let ending = scenario
            .steps
            .get(state.current)
            .filter(|s| s.choices.is_empty())
            .map(|s| s.public(lang));
        (view! {
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
        })
        .into_any()
    } else if let Some(step) = scenario.steps.get(state.current) {
        let public = step.public(lang);
        let only_one = public.choices_html.len() == 1;
        let choices = public
            .choices_html
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
        let form_body = if only_one {
            // One way on: the choice is the button itself, nothing to tick.
            let html = public.choices_html.first().cloned().unwrap_or_default();
            (view! {
                <input type="hidden" name="choice" value="0"/>
                <button type="submit" class="button" inner_html=html></button>
            })
            .into_any()
        } else {
            (view! {
                <fieldset>
                    <legend>{i18n.t("course-what-would-you-do")}</legend>
                    {choices}
                </fieldset>
                <button type="submit" class="button">{i18n.t("course-choose")}</button>
            })
            .into_any()
        };
        (view! {
            <section class="step" aria-labelledby="step-title">
                <h2 id="step-title">{public.title}</h2>
                <div class="prose" inner_html=public.body_html></div>
                <form method="post" action=format!("{here}/choose") data-in-place="">
                    <input type="hidden" name="step" value=state.current.to_string()/>
                    {form_body}
                </form>
            </section>
        })
        .into_any()
    } else {
        view! { <NotFound/> }.into_any()
    };
    Either::Right(view! {
        <PageTitle text=scenario.title.get(lang).clone()/>
        <p class="breadcrumb"><a href=paths::module(&module.id)>{module.meta.title.get(lang).clone()}</a> " · " <access::TierLabel tier=module.meta.tier/></p>
        <p class="eyebrow">{i18n.t("course-scenario")}</p>
        <h1>{scenario.title.get(lang).clone()}</h1>
        <crate::shell::AnswerInPlace/>
        <div id="player">
            {feedback}
            {body}
        </div>
    })
}

/// `/modules/:id/quiz/:n`: a question, then its explanation once answered.
#[component]
pub fn QuestionPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let n: usize = use_param("n").parse().unwrap_or(0);
    let Some((module, question)) = content
        .module(&use_param("id"))
        .and_then(|m| Some((m, m.quiz.as_ref()?.questions.get(n.checked_sub(1)?)?)))
    else {
        return Either::Left(view! { <NotFound/> }.into_any());
    };
    if let Some(locked) = access::locked_page(module) {
        return Either::Left(locked);
    }
    let lang = i18n.lang;
    let total = module.quiz.as_ref().map_or(0, |q| q.questions.len());
    let query = leptos_router::hooks::use_query_map().get_untracked();
    let again = query.get("again").is_some();
    let error = query.get("error").map(|e| {
        if e == "save" {
            "error-try-again"
        } else {
            "course-error-no-answer"
        }
    });
    let last = module_progress(&module.id)
        .answers
        .get(&question.id)
        .and_then(|a| a.last().cloned());
    let here = paths::question(&module.id, n);
    let public = question.public(lang);
    let graded = last.as_ref().filter(|_| !again).and_then(|given| {
        // The explanations come from today's content; the verdict is the
        // grade the answer was given.
        let mut graded = question.grade(&given.options, lang)?;
        graded.correct = given.correct;
        Some(graded)
    });
    let content_view = match graded {
        Some(graded) => Either::Left(answered(i18n, module, &here, &public, graded)),
        None => {
            let multiple = question.kind == QuestionKind::Multiple;
            let input_type = if multiple { "checkbox" } else { "radio" };
            let options = public
                .options_html
                .iter()
                .enumerate()
                .map(|(i, html)| {
                    let id = format!("option-{i}");
                    view! {
                        <div class="option">
                            <input type=input_type name="option" id=id.clone() value=i.to_string()/>
                            <label for=id inner_html=html.clone()></label>
                        </div>
                    }
                })
                .collect_view();
            let hint = i18n.t(if multiple {
                "course-choose-several"
            } else {
                "course-choose-one"
            });
            Either::Right(view! {
                {error.map(|id| view! { <p class="error" role="alert">{i18n.t(id)}</p> })}
                <form method="post" action=format!("{here}/answer") data-in-place="">
                    <fieldset>
                        <legend>{hint}</legend>
                        {options}
                    </fieldset>
                    <button type="submit" class="button">{i18n.t("course-answer")}</button>
                </form>
            })
        }
    };
    Either::Right(view! {
        <PageTitle text=i18n.t_args("course-question-of", &[("n", n.into()), ("total", total.into())])/>
        <p class="breadcrumb"><a href=paths::module(&module.id)>{module.meta.title.get(lang).clone()}</a> " · " <access::TierLabel tier=module.meta.tier/></p>
        <p class="eyebrow">{i18n.t_args("course-question-of", &[("n", n.into()), ("total", total.into())])}</p>
        <h1 inner_html=public.title.clone()></h1>
        <div class="prose" inner_html=public.body_html.clone()></div>
        <crate::shell::AnswerInPlace/>
        <div id="player">{content_view}</div>
    })
}

/// The verdict, the explanation of each chosen option, the right options the
/// pupil missed, and help when the answer says they are troubled or alone.
fn answered(
    i18n: I18n,
    module: &Module,
    here: &str,
    public: &crate::content::PublicQuestion,
    graded: crate::content::Graded,
) -> impl IntoView {
    let chose_right = graded.feedback.iter().any(|(_, right, _)| *right);
    let verdict = match graded.correct {
        Some(true) => ("feedback feedback--right", i18n.t("course-right")),
        Some(false) if chose_right => ("feedback feedback--wrong", i18n.t("course-partly-right")),
        Some(false) => ("feedback feedback--wrong", i18n.t("course-wrong")),
        None => ("feedback", i18n.t("course-attitude-thanks")),
    };
    let graded_question = graded.correct.is_some();
    let explanations = graded
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
        .collect_view();
    let chosen: Vec<usize> = graded.feedback.iter().map(|(i, _, _)| *i).collect();
    let missed: Vec<String> = graded
        .right_options
        .iter()
        .filter(|i| !chosen.contains(i))
        .filter_map(|i| public.options_html.get(*i).cloned())
        .collect();
    let missed = (public.kind == QuestionKind::Multiple && !missed.is_empty()).then(|| {
        view! {
            <p class="feedback__missed">{i18n.t("course-also-right")}</p>
            <ul class="feedback__missed-list">
                {missed.into_iter().map(|html| view! { <li inner_html=html></li> }).collect_view()}
            </ul>
        }
    });
    let help = graded.distress.then(|| {
        let region = crate::web::viewer::learner_country(i18n.lang).code().to_owned();
        let in_class = crate::web::use_viewer().pupil.is_some();
        view! { <crate::pages::help::HelpCard region in_class/> }
    });
    let retry = (graded.correct == Some(false))
        .then(|| view! { <p><a class="button button--quiet" href=format!("{here}?again=1")>{i18n.t("course-try-again")}</a></p> });
    let next = paths::after(module, here);
    view! {
        <section class=verdict.0 role="status" aria-labelledby="verdict" data-verdict="" tabindex="-1" autofocus=true>
            <h2 id="verdict">{verdict.1}</h2>
            <ul class="explanations">{explanations}</ul>
            {missed}
        </section>
        {help}
        {retry}
        <p><a class="button" href=next>{i18n.t("course-next")}</a></p>
    }
}

/// `/modules/:id/result`: the score, first answers only, against the pass mark.
#[component]
pub fn ResultPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = use_content();
    let Some(module) = content.module(&use_param("id")) else {
        return Either::Left(view! { <NotFound/> }.into_any());
    };
    if let Some(locked) = access::locked_page(module) {
        return Either::Left(locked);
    }
    let lang = i18n.lang;
    let progress = module_progress(&module.id);
    let (right, graded) = progress.score(module);
    let passed = progress.passed(module);
    let permit = (passed && module.meta.kind == ModuleKind::FinalTest).then(|| {
        let label = if progress.permit.is_some() {
            "permit-see"
        } else {
            "permit-get"
        };
        view! {
            <form method="post" action=format!("{}/permit", paths::module(&module.id))>
                <button type="submit" class="button">{i18n.t(label)}</button>
            </form>
        }
    });
    let card = module
        .parents
        .is_some()
        .then(|| format!("/parents/cards/{}", module.id));
    Either::Right(view! {
        <PageTitle text=i18n.t("course-result-title")/>
        <p class="breadcrumb"><a href=paths::module(&module.id)>{module.meta.title.get(lang).clone()}</a> " · " <access::TierLabel tier=module.meta.tier/></p>
        <h1>{i18n.t("course-result-title")}</h1>
        <section class=if passed { "feedback feedback--right" } else { "feedback" } role="status">
            <p class="score">{i18n.t_args("course-score", &[("right", right.into()), ("total", graded.into())])}</p>
            <p>{i18n.t(if passed { "course-passed" } else { "course-not-passed" })}</p>
        </section>
        {permit}
        {crate::web::use_viewer().pupil.is_some().then(|| view! {
            <form method="post" action="/leave" class="sign-out">
                <button type="submit" class="button">{i18n.t("course-finished-sign-out")}</button>
                <p class="hint">{i18n.t("course-finished-sign-out-hint")}</p>
            </form>
        })}
        <p>{i18n.t("shell-footer-never-your-fault")}</p>
        <ul class="next-steps">
            <li><a href="/modules">{i18n.t("course-back-to-modules")}</a></li>
            {card.map(|href| view! { <li><a href=href>{i18n.t("course-parents-card")}</a></li> })}
            <li><a href="/help">{i18n.t("shell-get-help")}</a></li>
        </ul>
    })
}
