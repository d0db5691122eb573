//! The news that a live session moved (a new screen, a reveal, one more
//! answer), sent to every device that follows it. Within one instance it is
//! a broadcast channel; with PostgreSQL every instance sends it with
//! `NOTIFY` and hears it with `LISTEN`, so a device on one instance follows
//! a presenter on another. The news carries no answer key: only where the
//! session is and how many answered.

use crate::db::{Backend, Db};
use tokio::sync::broadcast;

/// The channel PostgreSQL carries the news on.
const CHANNEL: &str = "lanterne_live";

/// Where a session is now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    pub session: String,
    pub screen: i64,
    pub revealed: bool,
    /// Devices that answered the current screen's poll.
    pub answered: i64,
    pub ended: bool,
}

impl Moved {
    /// As sent over `NOTIFY` and in an event: `session:screen:revealed:answered:ended`.
    pub fn encode(&self) -> String {
        format!(
            "{}:{}:{}:{}:{}",
            self.session, self.screen, self.revealed as u8, self.answered, self.ended as u8
        )
    }

    pub fn decode(text: &str) -> Option<Moved> {
        let mut parts = text.split(':');
        let session = parts.next()?.to_owned();
        let screen = parts.next()?.parse().ok()?;
        let revealed = parts.next()? == "1";
        let answered = parts.next()?.parse().ok()?;
        let ended = parts.next()? == "1";
        Some(Moved {
            session,
            screen,
            revealed,
            answered,
            ended,
        })
    }
}

/// Every follower of this instance hears the news here.
#[derive(Clone, Debug)]
pub struct Hub {
    sender: broadcast::Sender<Moved>,
}

impl Default for Hub {
    fn default() -> Self {
        Hub {
            sender: broadcast::channel(1024).0,
        }
    }
}

impl Hub {
    pub fn subscribe(&self) -> broadcast::Receiver<Moved> {
        self.sender.subscribe()
    }

    /// Tells every follower, on every instance, that a session moved.
    pub async fn announce(&self, db: &Db, moved: Moved) {
        match db.backend {
            Backend::Sqlite => {
                let _ = self.sender.send(moved);
            }
            Backend::Postgres => {
                let sent = sqlx::query("SELECT pg_notify($1, $2)")
                    .bind(CHANNEL)
                    .bind(moved.encode())
                    .execute(&db.pool)
                    .await;
                if let Err(error) = sent {
                    tracing::warn!(%error, "could not announce a live session's move; telling this instance only");
                    let _ = self.sender.send(moved);
                }
            }
        }
    }

    /// With PostgreSQL: listens for the news of every instance and passes it
    /// on to this one's followers, reconnecting when the connection drops.
    pub fn listen(&self, database_url: &str) {
        if Backend::from_url(database_url) != Some(Backend::Postgres) {
            return;
        }
        let (sender, url) = (self.sender.clone(), database_url.to_owned());
        tokio::spawn(async move {
            loop {
                if let Err(error) = relay(&url, &sender).await {
                    tracing::warn!(%error, "the live sessions' listener stopped; reconnecting");
                }
                tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            }
        });
    }
}

async fn relay(url: &str, sender: &broadcast::Sender<Moved>) -> Result<(), sqlx::Error> {
    let mut listener = sqlx::postgres::PgListener::connect(url).await?;
    listener.listen(CHANNEL).await?;
    loop {
        let notification = listener.recv().await?;
        if let Some(moved) = Moved::decode(notification.payload()) {
            let _ = sender.send(moved);
        }
    }
}
