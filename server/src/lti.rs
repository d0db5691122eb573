//! `lanterne lti`: register the learning platforms that may launch Lanterne
//! (LTI 1.3), list and remove them, and rotate Lanterne's signing key.

use crate::config::{LtiArgs, LtiCommand, PlatformArgs};
use crate::failure::StartupError;
use app::lti::keys;
use app::lti::platforms::{self, NewPlatform, Platform};

pub async fn run(args: &LtiArgs) -> Result<(), StartupError> {
    let db = crate::db::connect(&args.database.database_url)
        .await
        .map_err(StartupError::database)?;
    match &args.command {
        LtiCommand::AddPlatform(platform) => add(&db, platform).await,
        LtiCommand::List => list(&db).await,
        LtiCommand::Remove { platform } => remove(&db, platform).await,
        LtiCommand::RotateKey => rotate(&db).await,
    }
}

fn database(error: impl std::fmt::Display) -> StartupError {
    StartupError::new(error.to_string(), "--database-url (DATABASE_URL)")
}

async fn add(db: &app::db::Db, args: &PlatformArgs) -> Result<(), StartupError> {
    let new = NewPlatform {
        issuer: args.issuer.clone(),
        client_id: args.client_id.clone(),
        deployments: args.deployment_ids.clone(),
        auth_url: args.auth_url.clone(),
        token_url: args.token_url.clone(),
        jwks_url: args.jwks_url.clone(),
        frame_origins: args.frame_origins.clone(),
    };
    let platform = platforms::add(db, &new).await.map_err(|error| match error {
        platforms::RegistrationError::Database(error) => database(error),
        error => StartupError::new(error.to_string(), "lanterne lti add-platform --help"),
    })?;
    // The key is made now, so the platform can fetch it straight away.
    keys::current(db).await.map_err(database)?;
    println!("registered:");
    print(&platform);
    Ok(())
}

fn print(platform: &Platform) {
    println!("{}", platform.id);
    println!("  issuer         {}", platform.issuer);
    println!("  client id      {}", platform.client_id);
    println!("  deployments    {}", platform.deployments.join(", "));
    println!("  auth URL       {}", platform.auth_url);
    println!("  token URL      {}", platform.token_url);
    println!("  keyset URL     {}", platform.jwks_url);
    println!("  may frame from {}", platform.frame_origins.join(" "));
}

async fn list(db: &app::db::Db) -> Result<(), StartupError> {
    let all = platforms::list(db).await.map_err(database)?;
    if all.is_empty() {
        println!("no platform is registered; add one with `lanterne lti add-platform`");
    }
    all.iter().for_each(print);
    Ok(())
}

async fn remove(db: &app::db::Db, platform: &str) -> Result<(), StartupError> {
    match platforms::remove(db, platform).await.map_err(database)? {
        0 => Err(StartupError::new(
            format!("no platform has the id or issuer {platform}"),
            "lanterne lti list",
        )),
        n => {
            println!("removed {n} platform(s); their courses' classes stay with their teachers");
            Ok(())
        }
    }
}

async fn rotate(db: &app::db::Db) -> Result<(), StartupError> {
    let kid = keys::rotate(db).await.map_err(database)?;
    println!("new signing key {kid}; the previous one stays published for a day");
    Ok(())
}
