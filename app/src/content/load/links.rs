//! Links between pages, checked once every page is known, and phone numbers
//! made into links.

use super::loader::Loader;
use crate::content::help::{HelpDirectory, ReachKind};
use crate::content::modules::{Document, Module};
use crate::content::phones::link_phone_numbers;

/// Pages of the site that content may link to, besides modules, parents'
/// documents (`/parents/<name>`) and help directories (`/help/<region>`).
pub const SITE_PAGES: [&str; 5] = ["/", "/pupils", "/teachers", "/parents", "/help"];

impl Loader {
    pub(super) fn check_links(&mut self, modules: &[Module], documents: &[Document], help: &[HelpDirectory]) {
        for (path, line, url) in std::mem::take(&mut self.links) {
            if !url.starts_with('/') {
                if !["https://", "http://", "mailto:", "tel:", "#"]
                    .iter()
                    .any(|p| url.starts_with(p))
                {
                    self.report.error(
                        &path,
                        line,
                        format!("link to `{url}`: use a site page (/help) or a full https:// address"),
                    );
                }
                continue;
            }
            let target = url
                .split(['#', '?'])
                .next()
                .unwrap_or_default()
                .trim_end_matches('/');
            let target = if target.is_empty() { "/" } else { target };
            let exists = SITE_PAGES.contains(&target)
                || target
                    .strip_prefix("/modules/")
                    .is_some_and(|id| modules.iter().any(|m| m.id == id))
                || target
                    .strip_prefix("/parents/")
                    .is_some_and(|id| documents.iter().any(|d| d.id == id))
                || target
                    .strip_prefix("/help/")
                    .is_some_and(|r| help.iter().any(|h| h.region == r));
            if !exists {
                self.report.error(
                    &path,
                    line,
                    format!("link to a page that does not exist: `{url}`"),
                );
            }
        }
    }
}

/// Every number a visitor may call: each help directory's emergency numbers
/// and its services' phones.
pub(super) fn phone_numbers(help: &[HelpDirectory]) -> Vec<String> {
    let mut numbers: Vec<String> = help
        .iter()
        .flat_map(|d| {
            let phones = d
                .services
                .iter()
                .flat_map(|s| &s.reach)
                .filter(|r| r.kind == ReachKind::Phone);
            d.emergency.iter().cloned().chain(phones.map(|r| r.value.clone()))
        })
        .collect();
    numbers.sort();
    numbers.dedup();
    numbers
}

/// Parents read on a phone: every number of the help directories (and any
/// number in bold) in their documents and conversation cards is a `tel:` link.
pub(super) fn link_phones(numbers: &[String], modules: &mut [Module], documents: &mut [Document]) {
    let cards = modules.iter_mut().filter_map(|m| m.parents.as_mut());
    for document in documents.iter_mut().chain(cards) {
        document.html = document
            .html
            .map(|html| html.map(|h| link_phone_numbers(h, numbers)));
    }
}
