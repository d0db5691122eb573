//! Teacher accounts in the database (server only): found by email, created
//! once per address, their password hash changed, deleted with all their
//! classes and sessions in one transaction.

use crate::codes::random_id;
use crate::db::{now_unix, Db};

/// The password "hash" of an account a learning platform made: no password
/// verifies against it, and the account page offers no password form.
pub const PLATFORM_ACCOUNT: &str = "!lti";

/// Whether the account `id` was made by a learning platform (it has no password).
#[tracing::instrument(skip(db))]
pub async fn is_platform_account(db: &Db, id: &str) -> Result<bool, sqlx::Error> {
    Ok(password_hash_of(db, id).await?.as_deref() == Some(PLATFORM_ACCOUNT))
}

#[tracing::instrument(skip_all)]
pub async fn find_by_email(db: &Db, email: &str) -> Result<Option<(String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, password_hash FROM teachers WHERE email = $1")
        .bind(email)
        .fetch_optional(&db.pool)
        .await
}

#[tracing::instrument(skip(db))]
pub async fn password_hash_of(db: &Db, id: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT password_hash FROM teachers WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

/// The email of a teacher account.
#[tracing::instrument(skip(db))]
pub async fn email_of(db: &Db, id: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT email FROM teachers WHERE id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
}

#[tracing::instrument(skip_all)]
pub async fn insert_teacher(db: &Db, email: &str, hash: &str) -> Result<Option<String>, sqlx::Error> {
    let id = random_id();
    let inserted = sqlx::query(
        "INSERT INTO teachers (id, email, password_hash, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (email) DO NOTHING",
    )
    .bind(&id)
    .bind(email)
    .bind(hash)
    .bind(now_unix())
    .execute(&db.pool)
    .await?;
    Ok((inserted.rows_affected() == 1).then_some(id))
}

/// Deletes a teacher, their classes, everything their pupils did and every
/// session of theirs, all or nothing.
#[tracing::instrument(skip(db))]
pub async fn delete_teacher(db: &Db, id: &str) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    crate::classes::delete_classes_in(&mut tx, "teacher_id = $1", &[id]).await?;
    sqlx::query("DELETE FROM teachers WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    crate::session::end_sessions_of(&mut tx, id).await?;
    tx.commit().await?;
    db.forget_deleted().await
}

/// Ends every session of a teacher.
#[tracing::instrument(skip(db))]
pub async fn end_sessions(db: &Db, id: &str) -> Result<(), sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    crate::session::end_sessions_of(&mut conn, id).await
}

/// Sets a teacher's password hash.
#[tracing::instrument(skip(db, hash))]
pub async fn set_password(db: &Db, id: &str, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE teachers SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// The account as its owner may download it: email and creation time.
#[tracing::instrument(skip(db))]
pub async fn account_of(db: &Db, id: &str) -> Result<(String, i64), sqlx::Error> {
    sqlx::query_as("SELECT email, created_at FROM teachers WHERE id = $1")
        .bind(id)
        .fetch_one(&db.pool)
        .await
}
