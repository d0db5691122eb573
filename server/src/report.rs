//! `lanterne report`: reads the database and writes the check-ins' programme
//! report (HTML) or research export (CSV) to a file or the standard output.

use crate::config::{ReportArgs, ReportFormat};
use crate::failure::StartupError;
use app::checkins::report::{self, Period};
use app::i18n::{I18n, Lang};
use std::io::Write;

pub async fn run(args: &ReportArgs) -> Result<(), StartupError> {
    let period = Period::of(args.since.as_deref(), args.until.as_deref()).ok_or_else(|| {
        StartupError::new(
            "a date is not a real day written YYYY-MM-DD",
            "--since or --until",
        )
    })?;
    let lang = Lang::from_code(&args.lang)
        .ok_or_else(|| StartupError::new(format!("no language `{}`", args.lang), "--lang (fr or en)"))?;
    let db = crate::db::connect(&args.database.database_url)
        .await
        .map_err(StartupError::database)?;
    let mut out: Box<dyn Write> = match &args.out {
        Some(path) => Box::new(std::fs::File::create(path).map_err(|error| {
            StartupError::new(format!("cannot write {}: {error}", path.display()), "--out")
        })?),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = std::io::BufWriter::new(&mut out);
    let written = match args.format {
        ReportFormat::Html => write_html(&db, period, I18n { lang }, args, &mut out).await,
        ReportFormat::Csv => report::csv(&db, period, &mut out).await.map(|left_out| {
            if left_out > 0 {
                eprintln!("lanterne: {left_out} responses from groups of fewer than 3 classes or 5 pupils were left out");
            }
        }),
    };
    written
        .and_then(|()| Ok(out.flush()?))
        .map_err(|error| StartupError::new(error.to_string(), "--database-url (DATABASE_URL) or --out"))
}

async fn write_html(
    db: &app::db::Db,
    period: Period,
    i18n: I18n,
    args: &ReportArgs,
    out: &mut impl Write,
) -> Result<(), report::ReportError> {
    let heading = match (&args.since, &args.until) {
        (None, None) => i18n.t("report-title"),
        (since, until) => i18n.t_args(
            "report-title-period",
            &[
                ("since", since.clone().unwrap_or_else(|| "…".into()).into()),
                ("until", until.clone().unwrap_or_else(|| "…".into()).into()),
            ],
        ),
    };
    let html = report::html(db, period, i18n, &heading).await?;
    Ok(out.write_all(html.as_bytes())?)
}
