//! The Lanterne server: configuration, database, sessions, the HTTP stack and
//! the command line. The pages themselves live in the `app` crate.

pub mod config;
pub mod content;
pub mod db;
pub mod failure;
pub mod housekeeping;
pub mod http;
pub mod lti;
pub mod report;
pub mod sessions;
pub mod startup;
pub mod telemetry;
