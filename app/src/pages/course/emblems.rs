//! A face for each tier and module: the tier's colour (a class the
//! stylesheet knows) and the pictures of `content/emblems/`, drawn inline.

use crate::content::{tier_emblem, ContentIndex, Module, Tier};
use leptos::prelude::*;

/// The class that gives a page or a section its tier's colours (and, for
/// 8–10, larger type).
pub(super) fn tier_class(tier: Tier) -> String {
    format!("tier tier--{}", tier.code())
}

/// A module's emblem, decorative: its title is always written beside it.
pub(super) fn module_emblem(content: &ContentIndex, module: &Module, class: &str) -> impl IntoView {
    picture(content, &module.meta.emblem, class)
}

/// A tier's emblem, decorative: the tier's name is always written beside it.
pub(super) fn tier_picture(content: &ContentIndex, tier: Tier, class: &str) -> impl IntoView {
    picture(content, &tier_emblem(tier), class)
}

/// The decorative inline SVG of picture `name` (nothing if there is none).
pub(super) fn decorative_svg(content: &ContentIndex, name: &str, class: &str) -> String {
    content
        .emblem(name)
        .map(|e| e.svg(class, None))
        .unwrap_or_default()
}

fn picture(content: &ContentIndex, name: &str, class: &str) -> impl IntoView {
    view! { <span class="emblem-box" inner_html=decorative_svg(content, name, class)></span> }
}
