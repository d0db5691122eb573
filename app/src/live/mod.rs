//! Live sessions (server only): a presenter runs a module in front of a
//! room; devices join with a 6-digit code and follow the presenter's screen.
//!
//! - `model.rs`: a module as the room sees it, screen by screen
//! - `store.rs`: sessions, who answered (to answer once) and the counts
//! - `hub.rs`: the news that a session moved, to every device: an
//!   in-process channel, shared between instances through PostgreSQL's
//!   `LISTEN/NOTIFY`

mod hub;
mod model;
mod store;

pub use hub::*;
pub use model::*;
pub use store::*;
