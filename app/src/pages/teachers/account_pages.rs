//! The account pages: sign up, log in, and the signed-in teacher's account
//! (export, password, deletion).

use super::frame::{teacher_page, TeacherBar};
use crate::i18n::use_i18n;
use crate::pages::parts::{FlashMessage, PageTitle};
use crate::web::use_flash;
use leptos::prelude::*;

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

#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    teacher_page(move |teacher, db| async move {
        let from_platform = crate::accounts::is_platform_account(&db, &teacher).await?;
        let email = crate::accounts::email_of(&db, &teacher)
            .await?
            .unwrap_or_default();
        let who = if from_platform {
            i18n.t("lti-account-platform")
        } else {
            i18n.t_args("teacher-signed-in-as", &[("email", email.into())])
        };
        Ok(view! {
            <PageTitle text=i18n.t("teacher-account-title")/>
            <TeacherBar/>
            <h1>{i18n.t("teacher-account-title")}</h1>
            <FlashMessage/>
            <p>{who}</p>
            <h2>{i18n.t("teacher-export-account")}</h2>
            <p>{i18n.t("teacher-export-account-text")}</p>
            <p><a href="/teachers/account/export.json">{i18n.t("teacher-export-account")}</a></p>
            {(!from_platform).then(|| view! { <PasswordForm/> })}
            <h2>{i18n.t("teacher-delete-account")}</h2>
            <p>{i18n.t("teacher-delete-account-text")}</p>
            <DeleteForm from_platform/>
        })
    })
}

#[component]
fn PasswordForm() -> impl IntoView {
    let i18n = use_i18n();
    view! {
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
    }
}

/// Deleting the account takes its password; an account a platform made has
/// none, so a box to tick says the teacher means it.
#[component]
fn DeleteForm(from_platform: bool) -> impl IntoView {
    let i18n = use_i18n();
    let proof = if from_platform {
        view! {
            <input id="delete-confirm" name="confirm" type="checkbox" value="1" required=true/>
            <label for="delete-confirm">{i18n.t("lti-account-delete-confirm")}</label>
        }
        .into_any()
    } else {
        view! {
            <label for="delete-current">{i18n.t("teacher-current-password")}</label>
            <input id="delete-current" name="current" type="password" autocomplete="current-password" required=true/>
        }
        .into_any()
    };
    view! {
        <form method="post" action="/teachers/account/delete" class="stacked">
            {proof}
            <button type="submit" class="button button--danger">{i18n.t("teacher-delete-account")}</button>
        </form>
    }
}
