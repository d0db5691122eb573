//! Every user-visible string goes through Fluent. The `.ftl` files live in
//! `locales/<lang>/` at the repository root and are compiled into the binary,
//! so a running server never reads them from disk.
//!
//! This file only declares the parts and re-exports them: `lang` (the one
//! list of languages), `negotiate` (which one a request gets) and `translate`
//! (the bundles and the translator).

mod lang;
mod negotiate;
mod translate;

pub use lang::Lang;
pub use negotiate::{negotiate, LANG_COOKIE};
pub use translate::{translate, use_i18n, I18n};

#[cfg(test)]
mod tests;
