//! Lanterne's application: pages, components and server functions.
//!
//! Each feature lives in one folder: its components, its `#[server]` functions
//! and, behind the `ssr` feature, its repository. The same crate compiles to
//! the server (`ssr`) and to the browser's WebAssembly (`hydrate`); in the
//! browser only the islands (`#[island]`) run: every page is complete HTML
//! from the server and works without JavaScript.

pub mod content;
pub mod i18n;
pub mod islands;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod shell;

#[cfg(feature = "ssr")]
pub mod accounts;
#[cfg(feature = "ssr")]
pub mod checkins;
#[cfg(feature = "ssr")]
pub mod classes;
#[cfg(feature = "ssr")]
pub mod codes;
#[cfg(feature = "ssr")]
pub mod course;
#[cfg(feature = "ssr")]
pub mod dates;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod group_commit;
#[cfg(feature = "ssr")]
pub mod live;
#[cfg(feature = "ssr")]
pub mod lti;
#[cfg(feature = "ssr")]
pub mod session;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(feature = "ssr")]
pub mod web;

#[cfg(feature = "ssr")]
pub use shell::{shell, App};

/// The browser entry point: wakes up the islands of a server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
