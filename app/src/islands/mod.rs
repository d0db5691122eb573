//! The islands: the only components compiled into the browser's WebAssembly
//! (the quick exit, read-aloud, answers shown in place, a live session followed). Each enhances a page
//! that works without them; everything else is rendered on the server.

mod answer_in_place;
mod live_follow;
mod quick_exit;
mod read_aloud;
pub use answer_in_place::AnswerInPlace;
pub use live_follow::LiveFollow;
pub use quick_exit::QuickExit;
pub use read_aloud::ReadAloud;
