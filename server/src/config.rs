//! Typed configuration: command-line flags, each with an environment variable
//! and a default that runs out of the box.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "lanterne",
    version,
    about = "Lanterne: online safety lessons for children"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// How log lines are written.
    #[arg(long, env = "LANTERNE_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the site.
    Serve(Settings),
    /// Create the database if needed and apply the migrations, then exit.
    Migrate(DatabaseArgs),
    /// Validate the course material and print its reading levels; exits non-zero on any error.
    Check(CheckArgs),
    /// Write the check-ins' programme report (HTML) or research export (CSV).
    Report(ReportArgs),
    /// Register learning platforms (LTI 1.3) and manage Lanterne's signing key.
    Lti(LtiArgs),
}

#[derive(Clone, Debug, Args)]
pub struct LtiArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    #[command(subcommand)]
    pub command: LtiCommand,
}

#[derive(Clone, Debug, Subcommand)]
pub enum LtiCommand {
    /// Register a platform: the values its administrator gives you.
    AddPlatform(PlatformArgs),
    /// List the registered platforms.
    List,
    /// Remove a platform, by the id `list` shows or by issuer.
    Remove {
        /// The platform's id or issuer.
        platform: String,
    },
    /// Retire Lanterne's signing key for a new one (the old one stays published for a day).
    RotateKey,
}

#[derive(Clone, Debug, Args)]
pub struct PlatformArgs {
    /// The platform's issuer (Moodle: the site's URL, e.g. https://elea.ac-example.fr).
    #[arg(long)]
    pub issuer: String,
    /// The client id the platform gave Lanterne.
    #[arg(long)]
    pub client_id: String,
    /// A deployment id of Lanterne on the platform (repeat for several).
    #[arg(long = "deployment-id", required = true)]
    pub deployment_ids: Vec<String>,
    /// The platform's authentication request URL (OIDC).
    #[arg(long)]
    pub auth_url: String,
    /// The platform's access token URL.
    #[arg(long)]
    pub token_url: String,
    /// The platform's public keyset URL.
    #[arg(long)]
    pub jwks_url: String,
    /// An origin allowed to frame Lanterne for this platform (repeat for
    /// several); by default the issuer's origin.
    #[arg(long = "frame-origin")]
    pub frame_origins: Vec<String>,
}

/// What `lanterne report` covers and where it writes.
#[derive(Clone, Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// The first day of the occasions counted, `YYYY-MM-DD` (by default, the first ever).
    #[arg(long)]
    pub since: Option<String>,
    /// The last day of the occasions counted, `YYYY-MM-DD`, included (by default, no end).
    #[arg(long)]
    pub until: Option<String>,
    /// `html`: the figures, printable; `csv`: one row per item response.
    #[arg(long, value_enum, default_value_t = ReportFormat::Html)]
    pub format: ReportFormat,
    /// The file to write; by default the standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// The language of the HTML report: `fr` or `en`.
    #[arg(long, default_value = "en")]
    pub lang: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Html,
    Csv,
}

#[derive(Clone, Debug, Args)]
pub struct CheckArgs {
    /// The content folder.
    #[arg(long, env = "LANTERNE_CONTENT", default_value = "content")]
    pub content: PathBuf,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

#[derive(Clone, Debug, Args)]
pub struct DatabaseArgs {
    /// `sqlite://path/to/file.db` or `postgres://user@host/database`.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/lanterne.db")]
    pub database_url: String,
}

/// Everything `lanterne serve` needs to know.
#[derive(Clone, Debug, Args)]
pub struct Settings {
    /// Where to listen; port 0 picks a free port.
    #[arg(long, env = "LANTERNE_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// The repository root: `style/`, `public/` and `target/site/pkg/` are found under it.
    #[arg(long, env = "LANTERNE_ROOT", default_value = ".")]
    pub root: PathBuf,
    /// The course material (see content/README.md); invalid content stops the
    /// start. By default the `content` folder under `--root`.
    #[arg(long, env = "LANTERNE_CONTENT")]
    pub content: Option<PathBuf>,
    /// Reload the content when a file changes (for authors); a bad edit keeps the last good version.
    #[arg(long, env = "LANTERNE_WATCH_CONTENT", default_value_t = false)]
    pub watch_content: bool,
    /// Mark cookies `Secure`: set this when the site is served over HTTPS.
    #[arg(long, env = "LANTERNE_SECURE_COOKIES", default_value_t = false)]
    pub secure_cookies: bool,
    /// Minutes without a request after which a session ends.
    #[arg(long, env = "LANTERNE_SESSION_IDLE_MINUTES", default_value_t = 120,
          value_parser = clap::value_parser!(i64).range(1..=60 * 24 * 30))]
    pub session_idle_minutes: i64,
    /// Take the client's address from the last `X-Forwarded-For` entry (set this
    /// only behind a load balancer that appends it), for per-address throttling.
    #[arg(long, env = "LANTERNE_TRUST_FORWARDED_FOR", default_value_t = false)]
    pub trust_forwarded_for: bool,
}

impl Settings {
    /// The content folder: the one given, or `content` under the root.
    pub fn content_dir(&self) -> PathBuf {
        self.content.clone().unwrap_or_else(|| self.root.join("content"))
    }

    /// Settings for tests and tools: everything default but the database.
    pub fn for_database(database_url: &str) -> Self {
        Settings {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            database: DatabaseArgs {
                database_url: database_url.to_owned(),
            },
            root: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".."),
            content: None,
            watch_content: false,
            secure_cookies: false,
            session_idle_minutes: 120,
            trust_forwarded_for: false,
        }
    }
}
