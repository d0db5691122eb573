//! The database handle shared by every feature's repository (server only).
//!
//! One `sqlx::AnyPool` serves SQLite and PostgreSQL: queries use `$1`-style
//! parameters, which both accept, and portable types (text, integers, with
//! times as Unix seconds). Where SQL differs, a repository matches on
//! [`Db::backend`].

use crate::group_commit::{GroupCommit, Statement};
use sqlx::AnyPool;

/// Which database engine a [`Db`] talks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The engine a database URL names, if Lanterne supports it.
    pub fn from_url(url: &str) -> Option<Backend> {
        if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }
}

/// A pool of connections and the engine behind it.
#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
    /// The frequent one-statement writes, committed together.
    grouped: GroupCommit,
}

impl Db {
    /// The handle on `pool`. It starts the group commit's task, so it is made
    /// inside the server's runtime.
    pub fn new(pool: AnyPool, backend: Backend) -> Db {
        let begin = match backend {
            Backend::Sqlite => "BEGIN IMMEDIATE",
            Backend::Postgres => "BEGIN",
        };
        let grouped = GroupCommit::start(pool.clone(), begin);
        Db {
            pool,
            backend,
            grouped,
        }
    }

    /// Runs a one-statement write and returns the rows it changed once it is
    /// committed, with the others waiting (see `group_commit.rs`).
    pub async fn write(&self, statement: Statement) -> Result<u64, sqlx::Error> {
        self.grouped.execute(statement).await
    }

    /// A transaction that will write. On SQLite it takes the write lock at
    /// once (`BEGIN IMMEDIATE`), so a transaction that reads then writes
    /// waits its turn instead of failing busy when another wrote meanwhile;
    /// on PostgreSQL rows are locked with `FOR UPDATE` where it matters.
    pub async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    /// After a deletion of people's data: on SQLite, the write-ahead log,
    /// which still holds the pages as they were before, is copied into the
    /// database (where `secure_delete` zeroed what was deleted) and emptied.
    /// On PostgreSQL deleted rows stay in the files until `VACUUM` reuses
    /// their space (the README says what an operator runs).
    pub async fn forget_deleted(&self) -> Result<(), sqlx::Error> {
        if self.backend == Backend::Sqlite {
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    /// ` FOR UPDATE` on PostgreSQL (row locks), nothing on SQLite (whose
    /// write transactions already hold the database's one write lock).
    pub fn for_update(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite => "",
            Backend::Postgres => " FOR UPDATE",
        }
    }
}

/// The current time as Unix seconds, the way Lanterne stores times.
pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}
