//! Classes and their pupils (server only): what a teacher creates, what a
//! pupil signs in to, and everything a class's pupils did. Deleting a class
//! deletes all of it; a class past its school year's end is purged.
//!
//! A pupil is a random id, a class, a generated handle ("Blue Fox 12") the
//! teacher may relabel, and the hash of their login code: nothing else.

mod model;
mod store;

pub use model::*;
pub use store::*;
