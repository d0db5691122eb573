//! Work the server does on its own, every hour and once at start: purge the
//! classes whose school year has ended (with all their pupils' data),
//! forget old failed sign-in attempts, unfinished LTI logins and retired LTI keys.

use app::dates::{iso_from_days, today};
use app::db::Db;
use std::time::Duration;

/// Runs one round: returns the number of classes purged.
pub async fn run_once(db: &Db) -> Result<u64, sqlx::Error> {
    let purged = app::classes::purge_expired(db, &iso_from_days(today())).await?;
    if purged > 0 {
        tracing::info!(purged, "purged classes past their school year's end");
    }
    app::web::throttle::purge(db).await?;
    app::lti::launch::purge_logins(db).await?;
    app::lti::tickets::purge(db).await?;
    app::lti::keys::purge_retired(db).await?;
    Ok(purged)
}

/// Starts the hourly housekeeping in the background.
pub fn spawn(db: Db, every: Duration) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(every);
        loop {
            interval.tick().await;
            if let Err(error) = run_once(&db).await {
                tracing::error!(%error, "housekeeping failed; it will run again");
            }
        }
    });
}
