//! The site's pages. Each page is a component; features that grow forms,
//! server functions and storage get a folder of their own.

mod audiences;
mod help;
mod home;
mod not_found;

pub use audiences::{Parents, Pupils, Teachers};
pub use help::Help;
pub use home::Home;
pub use not_found::NotFound;

use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

/// The `<title>` of a page: its own title, then the site's name.
#[component]
pub fn PageTitle(#[prop(into)] text: String) -> impl IntoView {
    let i18n = use_i18n();
    view! { <Title text=format!("{text} · {}", i18n.t("site-name"))/> }
}
