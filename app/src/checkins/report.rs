//! `lanterne report`: the check-ins across every class, for whoever runs the
//! instance. The HTML gives, per tier, the figures of all its classes, then
//! per country, per module assigned and per content version; any group of
//! fewer than 3 classes or 5 pupils is suppressed, and no teacher, class or
//! pupil identifier is written. The CSV is the research export: one row per
//! item response, the pupil a key salted anew for each export.

use super::chart::{change_cell_text, mean_text, measure_name, occasion_name, svg};
use super::figures::{counts, figures, Cell, MeasureFigures, ScoreRow, Threshold};
use super::model::Occasion;
use super::store::{score_rows, Scope};
use crate::content::{escape_html, Tier};
use crate::db::Db;
use crate::i18n::I18n;
use sqlx::Row;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

/// What the report covers: occasions opened in `[from, to)`, Unix seconds.
#[derive(Clone, Copy, Debug)]
pub struct Period {
    pub from: i64,
    pub to: i64,
}

impl Period {
    /// From `since` to `until` included (`YYYY-MM-DD`); `None` for a date
    /// that is not one.
    pub fn of(since: Option<&str>, until: Option<&str>) -> Option<Period> {
        let day = |d: &str| crate::dates::days_from_iso(d).map(|day| day * 86_400);
        Some(Period {
            from: since.map(day).unwrap_or(Some(i64::MIN))?,
            to: until
                .map(|d| day(d).map(|at| at + 86_400))
                .unwrap_or(Some(i64::MAX))?,
        })
    }
}

/// What a class brings to the report's groups: its tier, country and modules.
struct ClassFacts {
    tier: Tier,
    country: String,
    modules: Vec<String>,
}

async fn class_facts(db: &Db) -> Result<BTreeMap<String, ClassFacts>, sqlx::Error> {
    let mut facts = BTreeMap::new();
    for row in sqlx::query("SELECT id, tier, country FROM classes")
        .fetch_all(&db.pool)
        .await?
    {
        let tier: String = row.try_get("tier")?;
        let Some(tier) = Tier::from_code(&tier) else {
            continue;
        };
        let fact = ClassFacts {
            tier,
            country: row.try_get("country")?,
            modules: vec![],
        };
        facts.insert(row.try_get::<String, _>("id")?, fact);
    }
    for row in sqlx::query("SELECT class_id, module_id FROM assignments")
        .fetch_all(&db.pool)
        .await?
    {
        if let Some(fact) = facts.get_mut(&row.try_get::<String, _>("class_id")?) {
            fact.modules.push(row.try_get("module_id")?);
        }
    }
    Ok(facts)
}

/// How a tier's classes are split.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Breakdown {
    Country,
    Module,
    Version,
}

/// A tier's figures: all its classes, then each breakdown's groups.
struct TierReport<'a> {
    all: Vec<&'a ScoreRow>,
    groups: BTreeMap<(Breakdown, String), Vec<&'a ScoreRow>>,
}

fn group<'a>(rows: &'a [ScoreRow], facts: &BTreeMap<String, ClassFacts>) -> BTreeMap<Tier, TierReport<'a>> {
    let mut tiers: BTreeMap<Tier, TierReport> = BTreeMap::new();
    for row in rows {
        let Some(fact) = facts.get(&row.class) else {
            continue;
        };
        let tier = tiers.entry(fact.tier).or_insert_with(|| TierReport {
            all: vec![],
            groups: BTreeMap::new(),
        });
        tier.all.push(row);
        let keys = [
            (Breakdown::Country, fact.country.clone()),
            (Breakdown::Version, row.version.clone()),
        ]
        .into_iter()
        .chain(fact.modules.iter().map(|m| (Breakdown::Module, m.clone())));
        for key in keys {
            tier.groups.entry(key).or_default().push(row);
        }
    }
    tiers
}

/// The report as one self-contained HTML page (styles inline, charts as SVG).
pub async fn html(db: &Db, period: Period, i18n: I18n, heading: &str) -> Result<String, sqlx::Error> {
    let rows = score_rows(
        db,
        Scope::Period {
            from: period.from,
            to: period.to,
        },
    )
    .await?;
    let facts = class_facts(db).await?;
    let tiers = group(&rows, &facts);
    let mut body = String::new();
    if tiers.is_empty() {
        body.push_str(&format!("<p>{}</p>", escape_html(&i18n.t("report-none"))));
    }
    for (tier, report) in &tiers {
        body.push_str(&tier_section(i18n, *tier, report));
    }
    Ok(page(i18n, heading, &body))
}

fn tier_section(i18n: I18n, tier: Tier, report: &TierReport) -> String {
    let name = i18n.t(&format!("tier-{}", tier.code()));
    let mut out = format!("<section><h2>{}</h2>", escape_html(&name));
    let (pupils, classes) = counts(&report.all);
    if pupils < Threshold::PROGRAMME.pupils || classes < Threshold::PROGRAMME.classes {
        out.push_str(&format!(
            "<p class=\"suppressed\">{}</p></section>",
            escape_html(&i18n.t("report-suppressed"))
        ));
        return out;
    }
    let summary = i18n.t_args(
        "report-summary",
        &[("classes", classes.into()), ("pupils", pupils.into())],
    );
    out.push_str(&format!("<p>{}</p>", escape_html(&summary)));
    let all = figures(&report.all, Threshold::PROGRAMME);
    out.push_str(&svg(i18n, &all, &name));
    out.push_str(&figures_table(i18n, &all));
    for breakdown in [Breakdown::Country, Breakdown::Module, Breakdown::Version] {
        out.push_str(&breakdown_table(i18n, breakdown, report));
    }
    out.push_str("</section>");
    out
}

/// The mean per occasion and the changes, one row per measure.
fn figures_table(i18n: I18n, figures: &[MeasureFigures]) -> String {
    let mut out = format!(
        "<table><caption>{}</caption><thead><tr><th scope=\"col\">{}</th>",
        escape_html(&i18n.t("impact-table-caption")),
        escape_html(&i18n.t("impact-measure"))
    );
    for occasion in Occasion::ALL {
        out.push_str(&format!(
            "<th scope=\"col\">{}</th>",
            escape_html(&occasion_name(i18n, occasion))
        ));
    }
    for key in ["impact-change-after", "impact-change-later"] {
        out.push_str(&format!("<th scope=\"col\">{}</th>", escape_html(&i18n.t(key))));
    }
    out.push_str("</tr></thead><tbody>");
    for figure in figures {
        out.push_str(&format!(
            "<tr><th scope=\"row\">{}</th>",
            escape_html(&measure_name(i18n, figure.measure))
        ));
        for cell in &figure.means {
            out.push_str(&cell_html(
                i18n,
                mean_text(i18n, figure.measure, cell),
                cell.shown().map(|m| m.pupils),
            ));
        }
        for cell in &figure.changes {
            let text = change_cell_text(i18n, figure.measure, cell);
            out.push_str(&cell_html(i18n, text, cell.shown().map(|c| c.pupils)));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}

fn cell_html(i18n: I18n, text: String, pupils: Option<usize>) -> String {
    let n = pupils
        .map(|count| {
            format!(
                "<br><small>{}</small>",
                escape_html(&i18n.t_args("impact-pupils", &[("count", count.into())]))
            )
        })
        .unwrap_or_default();
    format!("<td>{}{n}</td>", escape_html(&text))
}

/// One breakdown of a tier: a row per group, with the change before to
/// after of each measure; a group under the threshold is one suppressed row.
fn breakdown_table(i18n: I18n, breakdown: Breakdown, report: &TierReport) -> String {
    let key = match breakdown {
        Breakdown::Country => "report-by-country",
        Breakdown::Module => "report-by-module",
        Breakdown::Version => "report-by-version",
    };
    let mut out = format!(
        "<h3>{}</h3><table><thead><tr><th scope=\"col\">{}</th>",
        escape_html(&i18n.t(key)),
        escape_html(&i18n.t("report-group"))
    );
    for head in ["report-classes", "report-pupils"] {
        out.push_str(&format!("<th scope=\"col\">{}</th>", escape_html(&i18n.t(head))));
    }
    let measures: Vec<_> = super::model::Measure::ALL.to_vec();
    for measure in &measures {
        out.push_str(&format!(
            "<th scope=\"col\">{}</th>",
            escape_html(&measure_name(i18n, *measure))
        ));
    }
    out.push_str("</tr></thead><tbody>");
    for ((_, name), rows) in report.groups.iter().filter(|((b, _), _)| *b == breakdown) {
        out.push_str(&group_row(i18n, breakdown, name, rows, measures.len()));
    }
    out.push_str("</tbody></table>");
    out
}

fn group_name(i18n: I18n, breakdown: Breakdown, name: &str) -> String {
    match breakdown {
        Breakdown::Country => i18n.t(&format!("country-{name}")),
        Breakdown::Module | Breakdown::Version => name.to_owned(),
    }
}

fn group_row(i18n: I18n, breakdown: Breakdown, name: &str, rows: &[&ScoreRow], columns: usize) -> String {
    let label = escape_html(&group_name(i18n, breakdown, name));
    let (pupils, classes) = counts(rows);
    if pupils < Threshold::PROGRAMME.pupils || classes < Threshold::PROGRAMME.classes {
        return format!(
            "<tr class=\"suppressed\"><th scope=\"row\">{label}</th><td colspan=\"{}\">{}</td></tr>",
            columns + 2,
            escape_html(&i18n.t("report-suppressed"))
        );
    }
    let mut out = format!("<tr><th scope=\"row\">{label}</th><td>{classes}</td><td>{pupils}</td>");
    for figure in figures(rows, Threshold::PROGRAMME) {
        let means: Vec<String> = Occasion::ALL
            .iter()
            .map(|o| mean_text(i18n, figure.measure, figure.mean(*o)))
            .collect();
        let change = match &figure.changes[0] {
            Cell::Empty => String::new(),
            cell => format!(
                "<br><small>{}</small>",
                escape_html(&change_cell_text(i18n, figure.measure, cell))
            ),
        };
        out.push_str(&format!("<td>{}{change}</td>", escape_html(&means.join(" → "))));
    }
    out.push_str("</tr>");
    out
}

fn page(i18n: I18n, heading: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title>\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>{STYLE}</style></head>\
         <body><main><h1>{title}</h1><p>{rule}</p>{body}<h2>{meaning_title}</h2><p>{meaning}</p></main></body></html>",
        lang = i18n.lang.code(),
        title = escape_html(heading),
        rule = escape_html(&i18n.t("report-rule")),
        meaning_title = escape_html(&i18n.t("impact-meaning-title")),
        meaning = escape_html(&i18n.t("impact-meaning")),
    )
}

const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;color:#1f2933;margin:0 auto;max-width:72rem;padding:1rem}\
table{border-collapse:collapse;margin:1rem 0;width:100%}th,td{border:1px solid #9aa5b1;padding:.3rem .5rem;text-align:left;vertical-align:top}\
caption{text-align:left;font-weight:600}.suppressed{color:#52606d;font-style:italic}svg{max-width:100%;height:auto}\
section{break-inside:auto}h2{break-after:avoid}tr{break-inside:avoid}@media print{body{font-size:11pt;max-width:none}}";

/// The research export: one row per item response in the period, from
/// groups (tier, country, content version) of at least 3 classes and 5
/// pupils; returns how many rows were left out.
pub async fn csv(db: &Db, period: Period, out: &mut impl Write) -> Result<u64, ReportError> {
    let kept = large_groups(db, period).await?;
    let salt = crate::codes::random_id();
    writeln!(
        out,
        "tier,country,content_version,occasion,part,item_id,answer,pupil"
    )?;
    // Pupils in an order of this export's own (the stored key turned by a
    // random offset), so that two exports' rows do not line up.
    let turn = 2 + rand::random::<u8>() % 60;
    let sql = format!(
        "SELECT c.tier, c.country, o.content_version, o.occasion, a.part, a.item_id, a.answer, a.respondent \
         FROM checkin_answers a JOIN checkin_occasions o ON o.id = a.occasion_id JOIN classes c ON c.id = o.class_id \
         WHERE o.opened_at >= $1 AND o.opened_at < $2 \
         ORDER BY substr(a.respondent, {turn}) || substr(a.respondent, 1, {turn}), o.occasion, a.item_id"
    );
    let mut rows = sqlx::query(&sql)
        .bind(period.from)
        .bind(period.to)
        .fetch(&db.pool);
    let mut left_out = 0;
    use futures::TryStreamExt;
    while let Some(row) = rows.try_next().await? {
        let field = |name: &str| row.try_get::<String, _>(name);
        let group = (field("tier")?, field("country")?, field("content_version")?);
        if !kept.contains(&group) {
            left_out += 1;
            continue;
        }
        let pupil = &crate::codes::one_way(&format!("{salt}:{}", field("respondent")?))[..16];
        let (occasion, part, item, answer) = (
            field("occasion")?,
            field("part")?,
            field("item_id")?,
            field("answer")?,
        );
        writeln!(
            out,
            "{},{},{},{occasion},{part},{item},\"{answer}\",{pupil}",
            group.0, group.1, group.2
        )?;
    }
    Ok(left_out)
}

/// The (tier, country, content version) groups large enough to export.
async fn large_groups(db: &Db, period: Period) -> Result<BTreeSet<(String, String, String)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT c.tier, c.country, o.content_version, COUNT(DISTINCT c.id) AS classes, COUNT(DISTINCT a.respondent) AS pupils \
         FROM checkin_answers a JOIN checkin_occasions o ON o.id = a.occasion_id JOIN classes c ON c.id = o.class_id \
         WHERE o.opened_at >= $1 AND o.opened_at < $2 GROUP BY c.tier, c.country, o.content_version",
    )
    .bind(period.from)
    .bind(period.to)
    .fetch_all(&db.pool)
    .await?;
    let mut kept = BTreeSet::new();
    for row in rows {
        let (classes, pupils): (i64, i64) = (row.try_get("classes")?, row.try_get("pupils")?);
        if classes >= Threshold::PROGRAMME.classes as i64 && pupils >= Threshold::PROGRAMME.pupils as i64 {
            kept.insert((
                row.try_get("tier")?,
                row.try_get("country")?,
                row.try_get("content_version")?,
            ));
        }
    }
    Ok(kept)
}

/// Why the export stopped.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("the database could not be read: {0}")]
    Database(#[from] sqlx::Error),
    #[error("the file could not be written: {0}")]
    Write(#[from] std::io::Error),
}
