//! The course as a learner follows it (server only): what each learner did
//! (lessons read, scenario paths, answers with their grades, the permit),
//! where it is kept (a guest's in their session, a class pupil's in the
//! database), the scores it gives and the addresses of a module's parts.
//! The pages that show it are in `pages/course/`.

mod learner;
pub mod paths;
mod permits;
mod progress;
pub mod shuffle;
mod store;

pub use learner::{Learner, LearnerError};
pub use permits::{find_permit, issue_once, Permit};
pub use progress::*;
pub use store::*;
