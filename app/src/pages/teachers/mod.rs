//! The teacher's side: accounts, classes, login cards, assignments with the
//! safeguarding checklist, the results dashboard, facilitator guides, export
//! and deletion. Every page and form checks who is asking: a teacher reaches
//! only their own classes (others get "not found"), anyone else is sent to
//! the login page.
//!
//! - `frame.rs`: the frame of every teacher's page (who may see it, the bar)
//! - `home.rs`, `account_pages.rs`, `account.rs`, `passwords.rs`, `export.rs`:
//!   the way in, the account's pages and forms, password hashing, the JSON export
//! - `class_list.rs`, `class_page.rs`, `class_forms.rs`, `cards.rs`: the
//!   classes, one class's page, the forms that change it, the login cards
//! - `safeguarding.rs`: the disclosure card, the checklist, the letter to parents
//! - `results.rs`, `figures.rs`, `csv.rs`: the dashboard, its figures, the CSV export
//! - `checkins.rs`, `impact.rs`: a class's check-ins (open, close) and what
//!   they show (see `crate::checkins`)
//! - `live.rs`, `projector.rs`: live sessions: starting and moving one, the
//!   projector view and the report (the room's side is `pages/live/`)
//! - `guide.rs`: a module's facilitator guide

pub mod account;
mod account_pages;
mod cards;
mod checkins;
mod class_forms;
mod class_list;
mod class_page;
mod csv;
mod export;
mod figures;
pub(crate) mod frame;
mod guide;
mod home;
mod impact;
mod live;
pub mod passwords;
mod platform;
mod projector;
mod results;
mod safeguarding;

pub use account_pages::{AccountPage, LoginPage, SignupPage};
pub use cards::CardsPage;
pub use class_list::ClassesPage;
pub use class_page::{ClassPage, JoinScreenPage, ResetCardPage};
pub use guide::GuidePage;
pub use home::Teachers;
pub use impact::ImpactPage;
pub use live::LiveSessionsPage;
pub use projector::{LiveReportPage, ProjectorPage};
pub use results::ResultsPage;
pub use safeguarding::{ChecklistPage, DisclosurePage, LetterPage};

use crate::web::Endpoints;

/// Every form and download of the teacher's side.
pub fn endpoints() -> Endpoints {
    let endpoints = account::endpoints(Endpoints::new());
    let endpoints = checkins::endpoints(endpoints);
    let endpoints = live::endpoints(endpoints);
    class_forms::endpoints(endpoints).get("/teachers/classes/{class}/export.csv", csv::export_csv)
}
