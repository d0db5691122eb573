//! Check-ins (server only): what a class answers before the modules, after
//! them and weeks later, and the figures that show what changed.
//!
//! - `model.rs`: occasions (with the knowledge form each asks), measures and
//!   the scoring of one pupil's answers
//! - `store.rs`: occasions and answers in the database; a pupil appears
//!   there only as a one-way key that pairs their answers
//! - `figures.rs`: means, paired changes with their 95 % interval, and the
//!   threshold under which a figure is hidden
//! - `chart.rs`: the figures as an SVG chart and as words and numbers, for
//!   the class's impact page and the programme report
//! - `report.rs`: `lanterne report`, the figures across classes (HTML) and
//!   the research export (CSV)

pub mod chart;
mod figures;
mod model;
pub mod report;
mod store;

pub use figures::*;
pub use model::*;
pub use store::*;

#[cfg(test)]
mod tests;
