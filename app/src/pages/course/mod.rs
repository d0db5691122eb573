//! The pupil's course: the catalogue, and the module player (lessons,
//! "what would you do?" scenarios, quizzes graded on the server, the result).
//! Every step is a page and every answer a form, so it all works without
//! JavaScript. Progress is kept in the session.

mod access;
mod catalogue;
mod common;
mod emblems;
mod handlers;
mod lesson;
mod overview;
mod permit;
mod question;
mod result;
mod scenario;
mod steps;

pub use catalogue::Catalogue;
pub use handlers::endpoints;
pub use lesson::LessonPage;
pub use overview::ModuleOverview;
pub use permit::{PermitPage, VerifyPage};
pub use question::QuestionPage;
pub use result::ResultPage;
pub use scenario::ScenarioPage;
