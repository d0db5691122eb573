//! The CSV export of a class's results, made to open well in a spreadsheet:
//! a byte-order mark, `;` in French and `,` in English, numbers unquoted,
//! named after the class and the day.

use super::figures::ClassResults;
use super::results::load;
use crate::classes;
use crate::content::ContentIndex;
use crate::dates::{iso_from_days, today};
use crate::i18n::{I18n, Lang};
use crate::state::AppState;
use crate::web::{AppError, Teacher};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::Extension;

/// A CSV field: quoted, and never read as a formula by a spreadsheet.
fn csv_field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    format!("\"{}\"", value.replace('"', "\"\""))
}

/// The column separator spreadsheets expect in the language: French Excel
/// reads `;` (the comma is the decimal mark there), English Excel `,`.
fn separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => ";",
        Lang::En => ",",
    }
}

/// The letter without its accent, for the accented letters of French.
fn unaccented(c: char) -> char {
    const FROM: &str = "àâäáéèêëíîïóôöúùûüçÀÂÄÁÉÈÊËÍÎÏÓÔÖÚÙÛÜÇ";
    const TO: &str = "aaaaeeeeiiioooouuuucAAAAEEEEIIIOOOOUUUUC";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// `lanterne-<class>-<date>.csv`, with only letters, digits and hyphens.
fn export_file_name(class_name: &str, date: &str) -> String {
    let mut slug = String::new();
    for c in class_name.chars().map(unaccented) {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_matches('-');
    let slug = if slug.is_empty() { "class" } else { slug };
    format!("lanterne-{slug}-{date}.csv")
}

/// `GET /teachers/classes/{class}/export.csv`: one line per pupil and module.
pub async fn export_csv(
    State(state): State<AppState>,
    Teacher(teacher): Teacher,
    Path(class_id): Path<String>,
    Extension(lang): Extension<Lang>,
) -> Result<Response, AppError> {
    let class = classes::class_of(&state.db, &teacher, &class_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let content = state.content.get();
    let results = load(&state.db, &class, &content).await?;
    let disposition = format!(
        "attachment; filename=\"{}\"",
        export_file_name(&class.name, &iso_from_days(today()))
    );
    let headers = [
        (http::header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
        (http::header::CONTENT_DISPOSITION, disposition),
        (http::header::CACHE_CONTROL, "no-store".to_owned()),
    ];
    Ok((headers, csv_text(I18n { lang }, &results, &content)).into_response())
}

/// The file: a byte-order mark (so spreadsheet programs read UTF-8), the
/// header line, then one line per pupil and module.
fn csv_text(i18n: I18n, results: &ClassResults, content: &ContentIndex) -> String {
    let separator = separator(i18n.lang);
    let header = [
        "csv-pupil",
        "csv-module",
        "csv-parts-done",
        "csv-parts-total",
        "csv-right",
        "csv-graded",
    ]
    .map(|id| csv_field(&i18n.t(id)))
    .join(separator);
    let mut csv = format!("\u{feff}{header}\r\n");
    for pupil in &results.pupils {
        for module in results.modules.iter().filter_map(|id| content.module(id)) {
            let (done, total) = results.parts(pupil, module);
            let (right, graded) = results
                .of(pupil, &module.id)
                .map(|p| p.score(module))
                .unwrap_or((0, 0));
            let line = [
                csv_field(&pupil.handle(i18n)),
                csv_field(module.meta.title.get(i18n.lang)),
                done.to_string(),
                total.to_string(),
                right.to_string(),
                graded.to_string(),
            ]
            .join(separator);
            csv.push_str(&line);
            csv.push_str("\r\n");
        }
    }
    csv
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("Blue Fox 12"), "\"Blue Fox 12\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(
            export_file_name("CM2 B – Mme Dupré", "2027-06-30"),
            "lanterne-cm2-b-mme-dupre-2027-06-30.csv"
        );
        assert_eq!(
            export_file_name("«»", "2027-06-30"),
            "lanterne-class-2027-06-30.csv"
        );
    }
}
