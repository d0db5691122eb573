//! `lanterne`: the one binary. See `lanterne --help`.

use clap::Parser;
use server::config::{Cli, Command};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    server::telemetry::init(cli.log_format);
    match cli.command {
        Command::Serve(settings) => {
            let app = server::startup::Application::build(settings).await?;
            tracing::info!(address = %app.address(), "Lanterne is listening");
            app.run_until_stopped(server::startup::shutdown_signal()).await?;
        }
        Command::Check(args) => {
            if !server::content::check(&args.content) {
                std::process::exit(1);
            }
        }
        Command::Migrate(database) => {
            server::db::connect(&database.database_url).await?;
            tracing::info!("the database is migrated");
        }
    }
    Ok(())
}
