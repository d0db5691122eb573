//! What several pages of the module player share.

use crate::course::{self, ModuleProgress};

/// The pupil's progress in module `id` (empty before they start it).
pub(super) fn module_progress(id: &str) -> ModuleProgress {
    course::current().modules.get(id).cloned().unwrap_or_default()
}
