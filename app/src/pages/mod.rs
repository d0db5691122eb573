//! The site's pages. Each page is a component; features that grow forms,
//! server functions and storage get a folder of their own; `parts.rs` holds
//! what every page uses (title, messages, the not-found and error pages).

mod audiences;
pub mod checkin;
pub mod course;
pub(crate) mod help;
mod home;
pub mod join;
pub mod live;
pub mod lti;
pub mod parents;
pub mod parts;
mod privacy;
pub mod teachers;

pub use audiences::Pupils;
pub use course::{Catalogue, LessonPage, ModuleOverview, QuestionPage, ResultPage, ScenarioPage};
pub use help::{Help, ParentsHelp};
pub use home::Home;
pub use parents::{ConversationCard, ParentsDocument, ParentsHome};
pub use parts::NotFound;
pub use privacy::{PrivacyPage, PupilsPrivacyPage, TierPrivacyPage};
