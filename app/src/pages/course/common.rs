//! What several pages of the module player share.

use super::access;
use crate::content::{ContentIndex, Module};
use crate::course::{self, ModuleProgress};
use crate::pages::parts::{use_param, NotFound};
use leptos::prelude::*;

/// The pupil's progress in module `id` (empty before they start it).
pub(super) fn module_progress(id: &str) -> ModuleProgress {
    course::current().modules.get(id).cloned().unwrap_or_default()
}

/// The module a page of `/modules/:id/…` shows and the `part` of it asked for,
/// or the page to show instead: "not found", or the locked page when this
/// learner may not open the module (the safeguarding gate).
pub(super) fn open_part<'a, T>(
    content: &'a ContentIndex,
    part: impl FnOnce(&'a Module) -> Option<T>,
) -> Result<(&'a Module, T), AnyView> {
    let not_found = || view! { <NotFound/> }.into_any();
    let module = content.module(&use_param("id")).ok_or_else(not_found)?;
    let part = part(module).ok_or_else(not_found)?;
    match access::locked_page(module) {
        Some(locked) => Err(locked),
        None => Ok((module, part)),
    }
}
