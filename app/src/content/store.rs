//! The content being served, swapped whole when a valid edit is reloaded.

use super::check::Report;
use super::index::ContentIndex;
use super::load::load;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

/// Holds the current [`ContentIndex`]. Requests take a cheap `Arc` of it; a
/// reload replaces it only when the new content is valid.
#[derive(Debug)]
pub struct ContentStore {
    dir: PathBuf,
    current: RwLock<Arc<ContentIndex>>,
}

impl ContentStore {
    /// Loads `dir`; fails with the report when the content is invalid.
    pub fn open(dir: &Path) -> Result<(ContentStore, Report), Report> {
        match load(dir) {
            (Some(index), report) => {
                let store = ContentStore {
                    dir: dir.to_path_buf(),
                    current: RwLock::new(Arc::new(index)),
                };
                Ok((store, report))
            }
            (None, report) => Err(report),
        }
    }

    /// A store around an index built elsewhere (tests).
    pub fn from_index(dir: &Path, index: ContentIndex) -> ContentStore {
        ContentStore {
            dir: dir.to_path_buf(),
            current: RwLock::new(Arc::new(index)),
        }
    }

    /// The content to answer the current request with.
    pub fn get(&self) -> Arc<ContentIndex> {
        match self.current.read() {
            Ok(guard) => guard.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Loads the folder again. A valid result replaces what is served; an
    /// invalid one leaves the last good content in place. Either way, the
    /// report says what was found.
    pub fn reload(&self) -> Result<Report, Report> {
        let (index, report) = load(&self.dir);
        let index = index.ok_or_else(|| report.clone())?;
        match self.current.write() {
            Ok(mut guard) => *guard = Arc::new(index),
            Err(poisoned) => *poisoned.into_inner() = Arc::new(index),
        }
        Ok(report)
    }
}
