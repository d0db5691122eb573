//! A class, its pupils and what was assigned, as the application holds them.

use crate::content::{Country, Tier};
use crate::i18n::I18n;

/// Animals and colours of generated handles (`animal-N`, `colour-N` in Fluent).
pub const ANIMALS: i64 = 16;
pub const COLOURS: i64 = 8;

/// The most pupils a class may have.
pub const MAX_PUPILS: i64 = 40;

/// The longest class name a teacher may give.
pub const MAX_CLASS_NAME: usize = 60;

/// The longest label a teacher may give a pupil.
pub const MAX_LABEL: usize = 40;

#[derive(Clone, Debug, PartialEq)]
pub struct Class {
    pub id: String,
    pub teacher_id: String,
    pub name: String,
    pub tier: Tier,
    pub country: Country,
    /// `YYYY-MM-DD`: the class and its data are purged after this day.
    pub year_end: String,
    /// The code pupils type to join, stored in clear (it names no one).
    pub code: String,
    /// Whether pupils may sign in now.
    pub is_open: bool,
    pub archived: bool,
}

impl Class {
    /// Days left before the class is purged (negative once past).
    pub fn days_left(&self) -> i64 {
        crate::dates::days_from_iso(&self.year_end).unwrap_or(0) - crate::dates::today()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pupil {
    pub id: String,
    pub class_id: String,
    pub number: i64,
    pub animal: i64,
    pub colour: i64,
    /// The teacher's label, which replaces the generated handle.
    pub label: Option<String>,
}

impl Pupil {
    /// The name a pupil is shown by: the teacher's label, or "Blue Fox 12".
    pub fn handle(&self, i18n: I18n) -> String {
        if let Some(label) = &self.label {
            return label.clone();
        }
        i18n.t_args(
            "pupil-handle",
            &[
                ("animal", i18n.t(&format!("animal-{}", self.animal)).into()),
                ("colour", i18n.t(&format!("colour-{}", self.colour)).into()),
                ("number", self.number.into()),
            ],
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Assignment {
    pub module_id: String,
    /// `YYYY-MM-DD`, if the teacher set one.
    pub due_date: Option<String>,
}
