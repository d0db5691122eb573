use crate::i18n::{use_i18n, Lang};
use crate::pages;
use crate::pages::teachers;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::use_location;
use leptos_router::{path, SsrMode};

use crate::islands::QuickExit;

/// The whole HTML document for a request, rendered on the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = request_language();
    provide_context(lang);
    let hydrate = crate::state::AppState::current().is_some_and(|s| s.site.has_wasm_bundle);
    set_content_security_policy();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="stylesheet" href="/style/lanterne.css"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                {hydrate.then(|| view! { <HydrationScripts options islands=true/> })}
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The language the server negotiated for this request (see `i18n::negotiate`).
fn request_language() -> Lang {
    use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Lang>().copied())
        .unwrap_or_default()
}

/// Scripts run only with this response's nonce; nothing else may execute.
fn set_content_security_policy() {
    let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    let policy = crate::state::content_security_policy(Some(&nonce));
    if let Ok(value) = http::HeaderValue::from_str(&policy) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}

/// The application: the shared layout around the page the path asks for.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <SkipLink/>
            <Header/>
            <main id="main" tabindex="-1">
                <Routes fallback=pages::NotFound>
                    <Route path=path!("/") view=pages::Home/>
                    <Route path=path!("/pupils") view=pages::Pupils/>
                    <Route path=path!("/modules") view=pages::Catalogue/>
                    <Route path=path!("/modules/:id") view=pages::ModuleOverview/>
                    <Route path=path!("/modules/:id/lessons/:n") view=pages::LessonPage/>
                    <Route path=path!("/modules/:id/scenarios/:slug") view=pages::ScenarioPage/>
                    <Route path=path!("/modules/:id/quiz/:n") view=pages::QuestionPage/>
                    <Route path=path!("/modules/:id/result") view=pages::ResultPage/>
                    <Route path=path!("/modules/:id/permit") view=pages::course::PermitPage ssr=SsrMode::Async/>
                    <Route path=path!("/join") view=pages::join::JoinPage/>
                    <Route path=path!("/checkin") view=pages::checkin::CheckinPage ssr=SsrMode::Async/>
                    <Route path=path!("/live") view=pages::live::LiveJoinPage/>
                    <Route path=path!("/live/:id") view=pages::live::LiveDevicePage ssr=SsrMode::Async/>
                    <Route path=path!("/lti/pick") view=pages::lti::LtiPickPage ssr=SsrMode::Async/>
                    <Route path=path!("/verify") view=pages::course::VerifyPage ssr=SsrMode::Async/>
                    <Route path=path!("/teachers") view=teachers::Teachers/>
                    <Route path=path!("/teachers/signup") view=teachers::SignupPage/>
                    <Route path=path!("/teachers/login") view=teachers::LoginPage/>
                    <Route path=path!("/teachers/disclosure") view=teachers::DisclosurePage/>
                    <Route path=path!("/teachers/account") view=teachers::AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("/teachers/classes") view=teachers::ClassesPage ssr=SsrMode::Async/>
                    <Route path=path!("/teachers/classes/:class") view=teachers::ClassPage ssr=SsrMode::Async/>
                    <Route path=path!("/teachers/classes/:class/cards") view=teachers::CardsPage ssr=SsrMode::Async/>
                    <Route path=path!("/teachers/classes/:class/join-screen") view=teachers::JoinScreenPage ssr=SsrMode::Async/>
                    <Route path=path!("/teachers/classes/:class/pupils/:pupil/reset") view=teachers::ResetCardPage ssr=SsrMode::Async/>
                    <Route path=path!("/teachers/classes/:class/results") view=teachers::ResultsPage ssr=SsrMode::Async/>
                    <Route path=path!("/teachers/classes/:class/impact") view=teachers::ImpactPage ssr=SsrMode::Async/>
                    <Route path=path!("/teachers/classes/:class/assign/:module") view=teachers::ChecklistPage ssr=SsrMode::Async/>
                    <Route path=path!("/teachers/classes/:class/letter/:module") view=teachers::LetterPage ssr=SsrMode::Async/>
                    <Route path=path!("/teachers/guides/:module") view=teachers::GuidePage ssr=SsrMode::Async/>
                    <Route path=path!("/teachers/live") view=teachers::LiveSessionsPage ssr=SsrMode::Async/>
                    <Route path=path!("/teachers/live/:id") view=teachers::ProjectorPage ssr=SsrMode::Async/>
                    <Route path=path!("/teachers/live/:id/report") view=teachers::LiveReportPage ssr=SsrMode::Async/>
                    <Route path=path!("/parents") view=pages::ParentsHome/>
                    <Route path=path!("/parents/help") view=pages::ParentsHelp/>
                    <Route path=path!("/parents/help/:region") view=pages::ParentsHelp/>
                    <Route path=path!("/parents/cards/:module") view=pages::ConversationCard/>
                    <Route path=path!("/parents/:doc") view=pages::ParentsDocument/>
                    <Route path=path!("/privacy") view=pages::PrivacyPage/>
                    <Route path=path!("/privacy/pupils") view=pages::PupilsPrivacyPage/>
                    <Route path=path!("/privacy/pupils/:tier") view=pages::TierPrivacyPage/>
                    <Route path=path!("/help") view=pages::Help/>
                    <Route path=path!("/help/:region") view=pages::Help/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

#[component]
fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    view! { <a class="skip-link" href="#main">{i18n.t("shell-skip-to-content")}</a> }
}

#[component]
fn Header() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <div class="site-header__bar">
                <A href="/" attr:class="site-name">
                    <img src="/favicon.svg" alt="" width="32" height="32"/>
                    {i18n.t("site-name")}
                </A>
                <div class="site-header__tools">
                    <a class="help-link" href="/help">{i18n.t("shell-get-help")}</a>
                    <a class="help-link help-link--parent" href="/parents/help">{i18n.t("shell-parent-help")}</a>
                    <QuickExit
                        label=i18n.t("shell-quick-exit")
                        hint=i18n.t("shell-quick-exit-hint")
                        keys=i18n.t("shell-quick-exit-keys")
                    />
                </div>
            </div>
            <div class="site-header__bar">
                <nav aria-label=i18n.t("shell-nav-label")>
                    <ul class="site-nav">
                        <li><A href="/pupils">{i18n.t("nav-pupils")}</A></li>
                        <li><A href="/teachers">{i18n.t("nav-teachers")}</A></li>
                        <li><A href="/parents">{i18n.t("nav-parents")}</A></li>
                    </ul>
                </nav>
                <LanguageSwitcher/>
            </div>
        </header>
    }
}

/// A plain form: it works without JavaScript and brings the visitor back to
/// the page they were on.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let here = use_location().pathname.get_untracked();
    view! {
        <form class="lang-switch" method="post" action="/lang">
            <input type="hidden" name="next" value=here/>
            <span class="visually-hidden">{i18n.t("shell-language")}</span>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    let current = lang == i18n.lang;
                    view! {
                        <button
                            type="submit"
                            name="lang"
                            value=lang.code()
                            lang=lang.code()
                            aria-pressed=if current { "true" } else { "false" }
                        >
                            {lang.endonym()}
                        </button>
                    }
                })
                .collect_view()}
        </form>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{i18n.t("shell-footer-never-your-fault")}</p>
            <p>
                {i18n.t("shell-footer-privacy")} " "
                <a href="/privacy">{i18n.t("shell-footer-privacy-link")}</a> " · "
                <a href="/privacy/pupils">{i18n.t("shell-footer-privacy-pupils")}</a>
            </p>
        </footer>
    }
}
