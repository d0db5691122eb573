//! Permits in the database: issued once per holder, found by their code.
//! A permit names the class and the content version, never the pupil.

use crate::db::Db;
use sqlx::Row;

/// What a permit proves.
#[derive(Clone, Debug)]
pub struct Permit {
    pub code: String,
    pub module_id: String,
    pub tier: String,
    pub class_name: Option<String>,
    pub content_reviewed: String,
    pub issued_on: String,
}

#[tracing::instrument(skip(db))]
pub async fn find_permit(db: &Db, code: &str) -> Result<Option<Permit>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT code, module_id, tier, class_name, content_reviewed, issued_on FROM permits WHERE code = $1",
    )
    .bind(code)
    .fetch_optional(&db.pool)
    .await?;
    row.map(|row| {
        Ok(Permit {
            code: row.try_get("code")?,
            module_id: row.try_get("module_id")?,
            tier: row.try_get("tier")?,
            class_name: row.try_get("class_name")?,
            content_reviewed: row.try_get("content_reviewed")?,
            issued_on: row.try_get("issued_on")?,
        })
    })
    .transpose()
}

/// Issues `permit` to `holder` unless they hold one already; returns the
/// code of the permit they hold. One statement decides, so a double click
/// (or two tabs) issues one permit.
#[tracing::instrument(skip_all)]
pub async fn issue_once(db: &Db, permit: &Permit, holder: &str) -> Result<String, sqlx::Error> {
    sqlx::query(
        "INSERT INTO permits (code, module_id, tier, class_name, content_reviewed, issued_on, holder) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (holder) DO NOTHING",
    )
    .bind(&permit.code)
    .bind(&permit.module_id)
    .bind(&permit.tier)
    .bind(permit.class_name.clone())
    .bind(&permit.content_reviewed)
    .bind(&permit.issued_on)
    .bind(holder)
    .execute(&db.pool)
    .await?;
    sqlx::query_scalar("SELECT code FROM permits WHERE holder = $1")
        .bind(holder)
        .fetch_one(&db.pool)
        .await
}
