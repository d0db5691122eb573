//! `lanterne`: the one binary. See `lanterne --help`.

use clap::Parser;
use server::config::{Cli, Command};
use server::failure::StartupError;

#[tokio::main]
async fn main() {
    let cli = Cli::parse();
    server::telemetry::init(cli.log_format);
    if let Err(error) = run(cli.command).await {
        // One plain message a person can act on; the details only when asked.
        eprintln!("lanterne: {error}");
        if std::env::var_os("RUST_BACKTRACE").is_some_and(|v| v != "0") {
            eprintln!("{error:?}");
        }
        std::process::exit(1);
    }
}

async fn run(command: Command) -> Result<(), StartupError> {
    match command {
        Command::Serve(settings) => {
            let app = server::startup::Application::build(settings).await?;
            tracing::info!(address = %app.address(), "Lanterne is listening");
            app.run_until_stopped(server::startup::shutdown_signal())
                .await
                .map_err(|error| {
                    StartupError::new(format!("the server stopped: {error}"), "--addr (LANTERNE_ADDR)")
                })?;
        }
        Command::Check(args) => {
            if !server::content::check(&args.content) {
                std::process::exit(1);
            }
        }
        Command::Report(args) => server::report::run(&args).await?,
        Command::Lti(args) => server::lti::run(&args).await?,
        Command::Migrate(database) => {
            server::db::connect(&database.database_url)
                .await
                .map_err(StartupError::database)?;
            tracing::info!("the database is migrated");
        }
    }
    Ok(())
}
