//! Who is who after a launch, with no names. A platform's course becomes a
//! Lanterne class owned by the first instructor who launches in it; an
//! instructor is a teacher account (no password, no email) linked by a
//! one-way key; a learner is a pupil of the course's class, linked the same way.

use super::claims::LaunchClaims;
use super::platforms::Platform;
use super::user_key;
use crate::classes::{self, Class, NewClass, Pupil, MAX_CLASS_NAME};
use crate::codes::{one_way, random_id};
use crate::content::{Country, Tier};
use crate::db::{now_unix, Db};

/// The one-way key of the launch's course on its platform and deployment.
fn context_key(platform: &Platform, claims: &LaunchClaims) -> Option<String> {
    let context = claims.context.as_ref()?;
    Some(one_way(&format!(
        "lti-context\n{}\n{}\n{}",
        platform.issuer, claims.deployment_id, context.id
    )))
}

/// The teacher account of the launch's instructor, made at their first launch.
pub async fn teacher(db: &Db, platform: &Platform, sub: &str) -> Result<String, sqlx::Error> {
    let key = user_key(&platform.issuer, sub);
    let found: Option<String> = sqlx::query_scalar("SELECT teacher_id FROM lti_teachers WHERE user_key = $1")
        .bind(&key)
        .fetch_optional(&db.pool)
        .await?;
    if let Some(id) = found {
        return Ok(id);
    }
    let id = random_id();
    let mut tx = db.begin_write().await?;
    // The account has no email and no password: `email` holds a unique
    // placeholder no one can sign in with, and the hash is not a hash.
    sqlx::query("INSERT INTO teachers (id, email, password_hash, created_at) VALUES ($1, $2, $3, $4)")
        .bind(&id)
        .bind(format!("lti:{id}"))
        .bind(crate::accounts::PLATFORM_ACCOUNT)
        .bind(now_unix())
        .execute(&mut *tx)
        .await?;
    let linked = sqlx::query(
        "INSERT INTO lti_teachers (user_key, teacher_id) VALUES ($1, $2) ON CONFLICT (user_key) DO NOTHING",
    )
    .bind(&key)
    .bind(&id)
    .execute(&mut *tx)
    .await?;
    if linked.rows_affected() == 0 {
        // A second launch of the same instructor won the race: use theirs.
        tx.rollback().await?;
        return Box::pin(teacher(db, platform, sub)).await;
    }
    tx.commit().await?;
    Ok(id)
}

/// The class of the launch's course, if it has one.
pub async fn class(
    db: &Db,
    platform: &Platform,
    claims: &LaunchClaims,
) -> Result<Option<Class>, sqlx::Error> {
    let Some(key) = context_key(platform, claims) else {
        return Ok(None);
    };
    let id: Option<String> = sqlx::query_scalar("SELECT class_id FROM lti_classes WHERE context_key = $1")
        .bind(&key)
        .fetch_optional(&db.pool)
        .await?;
    match id {
        Some(id) => classes::class_by_id(db, &id).await,
        None => Ok(None),
    }
}

/// The class of the launch's course, made for `teacher_id` if it has none:
/// named after the course, of `tier`, the school year ending next 31 July.
pub async fn class_or_new(
    db: &Db,
    platform: &Platform,
    claims: &LaunchClaims,
    teacher_id: &str,
    tier: Tier,
) -> Result<Option<Class>, sqlx::Error> {
    if let Some(class) = class(db, platform, claims).await? {
        return Ok(Some(class));
    }
    let Some(key) = context_key(platform, claims) else {
        return Ok(None);
    };
    let title = claims
        .context
        .as_ref()
        .and_then(|c| c.title.clone())
        .unwrap_or_default();
    let name: String = title.trim().chars().take(MAX_CLASS_NAME).collect();
    let name = if name.is_empty() { "LMS".to_owned() } else { name };
    let year_end = crate::dates::next_year_end();
    let new = NewClass {
        name: &name,
        tier,
        country: Country::default(),
        year_end: &year_end,
    };
    let class = classes::create_class(db, teacher_id, new).await?;
    let linked = sqlx::query(
        "INSERT INTO lti_classes (context_key, class_id, platform_id) VALUES ($1, $2, $3) ON CONFLICT (context_key) DO NOTHING",
    )
    .bind(&key)
    .bind(&class.id)
    .bind(&platform.id)
    .execute(&db.pool)
    .await?;
    if linked.rows_affected() == 0 {
        // Another launch made the course's class meanwhile: keep that one.
        classes::delete_class(db, teacher_id, &class.id).await?;
        return self::class(db, platform, claims).await;
    }
    Ok(Some(class))
}

/// The pupil of `class` the launch's learner is, made at their first launch.
pub async fn pupil(db: &Db, platform: &Platform, class: &Class, sub: &str) -> Result<Pupil, sqlx::Error> {
    let key = user_key(&platform.issuer, sub);
    let lookup = || async {
        let id: Option<String> =
            sqlx::query_scalar("SELECT pupil_id FROM lti_pupils WHERE class_id = $1 AND user_key = $2")
                .bind(&class.id)
                .bind(&key)
                .fetch_optional(&db.pool)
                .await?;
        match id {
            Some(id) => Ok::<_, sqlx::Error>(classes::pupil_with_class(db, &id).await?.map(|(p, _)| p)),
            None => Ok(None),
        }
    };
    if let Some(pupil) = lookup().await? {
        return Ok(pupil);
    }
    let (pupil, _code) = classes::add_pupils(db, class, 1)
        .await?
        .pop()
        .ok_or(sqlx::Error::RowNotFound)?;
    let linked = sqlx::query(
        "INSERT INTO lti_pupils (class_id, user_key, pupil_id) VALUES ($1, $2, $3) ON CONFLICT (class_id, user_key) DO NOTHING",
    )
    .bind(&class.id)
    .bind(&key)
    .bind(&pupil.id)
    .execute(&db.pool)
    .await?;
    if linked.rows_affected() == 1 {
        return Ok(pupil);
    }
    // A second launch of the same learner won the race: drop this pupil.
    sqlx::query("DELETE FROM pupils WHERE id = $1")
        .bind(&pupil.id)
        .execute(&db.pool)
        .await?;
    lookup().await?.ok_or(sqlx::Error::RowNotFound)
}

/// Whether `class` is a platform's course (its pupils come from launches).
pub async fn is_platform_class(db: &Db, class_id: &str) -> Result<bool, sqlx::Error> {
    let found: Option<String> = sqlx::query_scalar("SELECT platform_id FROM lti_classes WHERE class_id = $1")
        .bind(class_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(found.is_some())
}
