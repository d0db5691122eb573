//! Group commit (server only). Each commit waits for the disk (SQLite with
//! `synchronous = FULL`, PostgreSQL with `synchronous_commit`), and SQLite has
//! one writer: one commit per answer capped a classroom burst at the disk's
//! commit rate (about 1,600 writes a second here). The frequent one-statement
//! writes (answers, sessions) are instead queued to one task that runs every
//! statement waiting in one transaction and commits them together, then
//! answers each caller: a write is acknowledged only once committed, so
//! nothing acknowledged is lost. If the group fails, each statement is run
//! again on its own, so one bad statement fails alone.

use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::{Any, AnyPool};
use tokio::sync::{mpsc, oneshot};

/// The most statements committed together.
const MOST: usize = 256;

/// A value bound to a statement's `$n` parameter.
#[derive(Clone, Debug)]
pub enum Value {
    Text(String),
    MaybeText(Option<String>),
    Int(i64),
    MaybeInt(Option<i64>),
}

/// One statement and its parameters, in order.
#[derive(Clone, Debug)]
pub struct Statement {
    pub sql: &'static str,
    pub values: Vec<Value>,
}

impl Statement {
    fn query(&self) -> Query<'static, Any, AnyArguments<'static>> {
        self.values
            .iter()
            .cloned()
            .fold(sqlx::query(self.sql), |query, value| match value {
                Value::Text(v) => query.bind(v),
                Value::MaybeText(v) => query.bind(v),
                Value::Int(v) => query.bind(v),
                Value::MaybeInt(v) => query.bind(v),
            })
    }

    /// Runs the statement alone on `pool`: the rows it changed.
    pub async fn run_alone(&self, pool: &AnyPool) -> Result<u64, sqlx::Error> {
        Ok(self.query().execute(pool).await?.rows_affected())
    }
}

struct Job {
    statement: Statement,
    done: oneshot::Sender<Result<u64, sqlx::Error>>,
}

/// The queue of writes waiting to be committed together.
#[derive(Clone, Debug)]
pub struct GroupCommit {
    queue: mpsc::UnboundedSender<Job>,
}

impl GroupCommit {
    /// Starts the task that commits what `pool` is asked to write; `begin`
    /// opens a write transaction (`BEGIN IMMEDIATE` on SQLite).
    pub fn start(pool: AnyPool, begin: &'static str) -> GroupCommit {
        let (queue, waiting) = mpsc::unbounded_channel();
        tokio::spawn(commit_forever(pool, begin, waiting));
        GroupCommit { queue }
    }

    /// Runs `statement` with others and returns the rows it changed once
    /// they are committed.
    pub async fn execute(&self, statement: Statement) -> Result<u64, sqlx::Error> {
        let (done, answer) = oneshot::channel();
        let stopped = || sqlx::Error::PoolClosed;
        self.queue.send(Job { statement, done }).map_err(|_| stopped())?;
        answer.await.map_err(|_| stopped())?
    }
}

async fn commit_forever(pool: AnyPool, begin: &'static str, mut waiting: mpsc::UnboundedReceiver<Job>) {
    while let Some(first) = waiting.recv().await {
        let mut group = vec![first];
        while group.len() < MOST {
            match waiting.try_recv() {
                Ok(job) => group.push(job),
                Err(_) => break,
            }
        }
        match commit_group(&pool, begin, &group).await {
            Ok(changed) => {
                for (job, rows) in group.into_iter().zip(changed) {
                    let _ = job.done.send(Ok(rows));
                }
            }
            Err(error) => {
                tracing::warn!(%error, statements = group.len(), "a group commit failed; each write is tried alone");
                for job in group {
                    let _ = job.done.send(job.statement.run_alone(&pool).await);
                }
            }
        }
    }
}

/// Every statement of `group` in one write transaction, committed once.
async fn commit_group(pool: &AnyPool, begin: &'static str, group: &[Job]) -> Result<Vec<u64>, sqlx::Error> {
    let mut tx = pool.begin_with(begin).await?;
    let mut changed = Vec::with_capacity(group.len());
    for job in group {
        changed.push(job.statement.query().execute(&mut *tx).await?.rows_affected());
    }
    tx.commit().await?;
    Ok(changed)
}
