//! The SQL of classes, pupils and assignments. Every function that reaches a
//! class through a teacher takes the teacher's id and checks ownership in the
//! query itself, so a forgotten check cannot leak another teacher's class.

use super::model::{Assignment, Class, Pupil, ANIMALS, COLOURS};
use crate::codes;
use crate::content::{Country, Tier};
use crate::db::{now_unix, Db};
use rand::Rng;
use sqlx::any::AnyRow;
use sqlx::Row;

const CLASS_COLUMNS: &str = "id, teacher_id, name, tier, country, year_end, code, is_open, archived";

fn class_from_row(row: &AnyRow) -> Result<Class, sqlx::Error> {
    let tier: String = row.try_get("tier")?;
    let country: String = row.try_get("country")?;
    Ok(Class {
        id: row.try_get("id")?,
        teacher_id: row.try_get("teacher_id")?,
        name: row.try_get("name")?,
        tier: Tier::from_code(&tier).unwrap_or(Tier::Young),
        country: Country::from_code(&country).unwrap_or_default(),
        year_end: row.try_get("year_end")?,
        code: row.try_get("code")?,
        is_open: row.try_get::<i64, _>("is_open")? != 0,
        archived: row.try_get::<i64, _>("archived")? != 0,
    })
}

fn pupil_from_row(row: &AnyRow) -> Result<Pupil, sqlx::Error> {
    Ok(Pupil {
        id: row.try_get("id")?,
        class_id: row.try_get("class_id")?,
        number: row.try_get("number")?,
        animal: row.try_get("animal")?,
        colour: row.try_get("colour")?,
        label: row.try_get("label")?,
    })
}

/// What a teacher types to create a class.
pub struct NewClass<'a> {
    pub name: &'a str,
    pub tier: Tier,
    pub country: Country,
    pub year_end: &'a str,
}

/// Creates a class with a fresh class code.
#[tracing::instrument(level = "debug", skip(db, new))]
pub async fn create_class(db: &Db, teacher_id: &str, new: NewClass<'_>) -> Result<Class, sqlx::Error> {
    let id = codes::random_id();
    let mut last_error = None;
    // A code already taken is drawn again (244 million codes: rarely needed).
    for _ in 0..8 {
        let code = codes::new_code();
        let inserted = sqlx::query(
            "INSERT INTO classes (id, teacher_id, name, tier, country, year_end, code, is_open, archived, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 0, 0, $8)",
        )
        .bind(&id)
        .bind(teacher_id)
        .bind(new.name)
        .bind(new.tier.code())
        .bind(new.country.code())
        .bind(new.year_end)
        .bind(&code)
        .bind(now_unix())
        .execute(&db.pool)
        .await;
        match inserted {
            Ok(_) => {
                return Ok(Class {
                    id,
                    teacher_id: teacher_id.to_owned(),
                    name: new.name.to_owned(),
                    tier: new.tier,
                    country: new.country,
                    year_end: new.year_end.to_owned(),
                    code,
                    is_open: false,
                    archived: false,
                })
            }
            Err(error) => last_error = Some(error),
        }
    }
    Err(last_error.unwrap_or(sqlx::Error::RowNotFound))
}

/// The classes of a teacher, current ones first, then by name.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn classes_of(db: &Db, teacher_id: &str) -> Result<Vec<Class>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {CLASS_COLUMNS} FROM classes WHERE teacher_id = $1 ORDER BY archived, name, created_at"
    ))
    .bind(teacher_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(class_from_row).collect()
}

/// The class `class_id` if it belongs to `teacher_id`.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn class_of(db: &Db, teacher_id: &str, class_id: &str) -> Result<Option<Class>, sqlx::Error> {
    let row = sqlx::query(&format!(
        "SELECT {CLASS_COLUMNS} FROM classes WHERE id = $1 AND teacher_id = $2"
    ))
    .bind(class_id)
    .bind(teacher_id)
    .fetch_optional(&db.pool)
    .await?;
    row.as_ref().map(class_from_row).transpose()
}

/// The class `id`, whoever's it is (for a platform's launch, which proves
/// its course by a signed token).
#[tracing::instrument(level = "debug", skip(db))]
pub async fn class_by_id(db: &Db, id: &str) -> Result<Option<Class>, sqlx::Error> {
    let row = sqlx::query(&format!("SELECT {CLASS_COLUMNS} FROM classes WHERE id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(class_from_row).transpose()
}

/// The class a pupil's class code names.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn class_by_code(db: &Db, code: &str) -> Result<Option<Class>, sqlx::Error> {
    let row = sqlx::query(&format!("SELECT {CLASS_COLUMNS} FROM classes WHERE code = $1"))
        .bind(code)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(class_from_row).transpose()
}

/// Changes one of a teacher's classes; false if it is not theirs.
#[tracing::instrument(level = "debug", skip(db, change))]
pub async fn update_class(
    db: &Db,
    teacher_id: &str,
    class_id: &str,
    change: ClassChange<'_>,
) -> Result<bool, sqlx::Error> {
    let (sql, value): (&str, Value) = match change {
        ClassChange::Name(name) => (
            "UPDATE classes SET name = $1 WHERE id = $2 AND teacher_id = $3",
            Value::Text(name),
        ),
        ClassChange::Archived(on) => (
            "UPDATE classes SET archived = $1, is_open = 0 WHERE id = $2 AND teacher_id = $3",
            Value::Flag(on),
        ),
        ClassChange::Open(on) => (
            "UPDATE classes SET is_open = $1 WHERE id = $2 AND teacher_id = $3",
            Value::Flag(on),
        ),
        ClassChange::Tier(tier) => (
            "UPDATE classes SET tier = $1 WHERE id = $2 AND teacher_id = $3",
            Value::Text(tier.code()),
        ),
        ClassChange::Country(country) => (
            "UPDATE classes SET country = $1 WHERE id = $2 AND teacher_id = $3",
            Value::Text(country.code()),
        ),
    };
    let query = sqlx::query(sql);
    let query = match value {
        Value::Text(text) => query.bind(text.to_owned()),
        Value::Flag(on) => query.bind(i64::from(on)),
    };
    let done = query.bind(class_id).bind(teacher_id).execute(&db.pool).await?;
    Ok(done.rows_affected() == 1)
}

enum Value<'a> {
    Text(&'a str),
    Flag(bool),
}

/// One change to a class.
pub enum ClassChange<'a> {
    Name(&'a str),
    Archived(bool),
    Open(bool),
    /// Only for a platform's course, whose tier follows the modules picked.
    Tier(Tier),
    Country(Country),
}

/// The statements that delete every trace of the pupils of the classes
/// `WHERE` selects (`$1` is bound by the caller), children first; the
/// pupils' sessions go too, found by their indexed owner.
const DELETE_CLASS_DATA: [&str; 12] = [
    "DELETE FROM sessions WHERE owner IN (SELECT id FROM pupils WHERE class_id IN (SELECT id FROM classes WHERE {WHERE}))",
    "DELETE FROM answers WHERE pupil_id IN (SELECT id FROM pupils WHERE class_id IN (SELECT id FROM classes WHERE {WHERE}))",
    "DELETE FROM pupil_progress WHERE pupil_id IN (SELECT id FROM pupils WHERE class_id IN (SELECT id FROM classes WHERE {WHERE}))",
    "DELETE FROM lti_scores WHERE class_id IN (SELECT id FROM classes WHERE {WHERE})",
    "DELETE FROM lti_pupils WHERE class_id IN (SELECT id FROM classes WHERE {WHERE})",
    "DELETE FROM lti_classes WHERE class_id IN (SELECT id FROM classes WHERE {WHERE})",
    "DELETE FROM pupils WHERE class_id IN (SELECT id FROM classes WHERE {WHERE})",
    "DELETE FROM assignments WHERE class_id IN (SELECT id FROM classes WHERE {WHERE})",
    "DELETE FROM safeguarding_checks WHERE class_id IN (SELECT id FROM classes WHERE {WHERE})",
    "DELETE FROM checkin_answers WHERE occasion_id IN (SELECT id FROM checkin_occasions WHERE class_id IN (SELECT id FROM classes WHERE {WHERE}))",
    "DELETE FROM checkin_occasions WHERE class_id IN (SELECT id FROM classes WHERE {WHERE})",
    "DELETE FROM classes WHERE {WHERE}",
];

/// Deletes the classes `condition` selects and all their pupils' data, in
/// the caller's transaction; returns how many classes went.
#[tracing::instrument(level = "debug", skip_all)]
pub(crate) async fn delete_classes_in(
    tx: &mut sqlx::AnyConnection,
    condition: &str,
    binds: &[&str],
) -> Result<u64, sqlx::Error> {
    let mut deleted = 0;
    for statement in DELETE_CLASS_DATA {
        let sql = statement.replace("{WHERE}", condition);
        let mut query = sqlx::query(&sql);
        for value in binds {
            query = query.bind(value.to_string());
        }
        deleted = query.execute(&mut *tx).await?.rows_affected();
    }
    Ok(deleted)
}

#[tracing::instrument(skip(db))]
async fn delete_classes_where(db: &Db, condition: &str, binds: &[&str]) -> Result<u64, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let deleted = delete_classes_in(&mut tx, condition, binds).await?;
    tx.commit().await?;
    if deleted > 0 {
        db.forget_deleted().await?;
    }
    Ok(deleted)
}

/// Deletes a teacher's class and everything its pupils did; false if it is not theirs.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn delete_class(db: &Db, teacher_id: &str, class_id: &str) -> Result<bool, sqlx::Error> {
    Ok(delete_classes_where(db, "id = $1 AND teacher_id = $2", &[class_id, teacher_id]).await? == 1)
}

/// Purges every class whose school year ended before `today` (`YYYY-MM-DD`).
#[tracing::instrument(level = "debug", skip(db))]
pub async fn purge_expired(db: &Db, today: &str) -> Result<u64, sqlx::Error> {
    delete_classes_where(db, "year_end < $1", &[today]).await
}

/// Adds `count` pupils to a class; returns each with their personal code,
/// which is stored only as a hash and shown this once.
#[tracing::instrument(skip(db, class), fields(class = %class.id))]
pub async fn add_pupils(db: &Db, class: &Class, count: i64) -> Result<Vec<(Pupil, String)>, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    // The class row is locked (PostgreSQL) or the database is (SQLite), so two
    // teachers' tabs adding pupils at once number them one after the other;
    // UNIQUE (class_id, number) makes a duplicate impossible either way.
    sqlx::query(&format!(
        "SELECT id FROM classes WHERE id = $1{}",
        db.for_update()
    ))
    .bind(&class.id)
    .fetch_optional(&mut *tx)
    .await?;
    let last: Option<i64> = sqlx::query_scalar("SELECT MAX(number) FROM pupils WHERE class_id = $1")
        .bind(&class.id)
        .fetch_one(&mut *tx)
        .await?;
    let taken: Vec<(i64, i64)> = sqlx::query_as("SELECT animal, colour FROM pupils WHERE class_id = $1")
        .bind(&class.id)
        .fetch_all(&mut *tx)
        .await?;
    let mut taken = taken;
    let mut added = Vec::new();
    for number in last.unwrap_or(0) + 1..=last.unwrap_or(0) + count {
        let (animal, colour) = distinct_handle(&taken, &mut rand::rng());
        taken.push((animal, colour));
        let pupil = Pupil {
            id: codes::random_id(),
            class_id: class.id.clone(),
            number,
            animal,
            colour,
            label: None,
        };
        let code = codes::new_code();
        sqlx::query(
            "INSERT INTO pupils (id, class_id, number, animal, colour, label, code_hash, created_at) \
             VALUES ($1, $2, $3, $4, $5, NULL, $6, $7)",
        )
        .bind(&pupil.id)
        .bind(&pupil.class_id)
        .bind(number)
        .bind(animal)
        .bind(colour)
        .bind(codes::pupil_code_hash(&class.id, &code))
        .bind(now_unix())
        .execute(&mut *tx)
        .await?;
        added.push((pupil, code));
    }
    tx.commit().await?;
    Ok(added)
}

/// An animal and colour that no pupil of the class has, so that two handles
/// never differ by their number alone ("Orange Beaver 8" and "Orange Beaver 9");
/// an animal nobody has yet when there is one.
fn distinct_handle(taken: &[(i64, i64)], rng: &mut impl Rng) -> (i64, i64) {
    let all = (0..ANIMALS).flat_map(|a| (0..COLOURS).map(move |c| (a, c)));
    let free: Vec<(i64, i64)> = all.filter(|pair| !taken.contains(pair)).collect();
    let new_animal: Vec<(i64, i64)> = free
        .iter()
        .copied()
        .filter(|(a, _)| !taken.iter().any(|(t, _)| t == a))
        .collect();
    let choices = if new_animal.is_empty() { &free } else { &new_animal };
    match choices.len() {
        0 => (rng.random_range(0..ANIMALS), rng.random_range(0..COLOURS)),
        n => choices[rng.random_range(0..n)],
    }
}

/// The pupils of a class, by number.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn pupils_of(db: &Db, class_id: &str) -> Result<Vec<Pupil>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, class_id, number, animal, colour, label FROM pupils WHERE class_id = $1 ORDER BY number",
    )
    .bind(class_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter().map(pupil_from_row).collect()
}

/// Relabels a pupil of a teacher's class (`None` brings the generated handle back).
#[tracing::instrument(level = "debug", skip(db, label))]
pub async fn relabel(
    db: &Db,
    teacher_id: &str,
    class_id: &str,
    pupil_id: &str,
    label: Option<&str>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE pupils SET label = $1 WHERE id = $2 AND class_id = $3 \
         AND class_id IN (SELECT id FROM classes WHERE teacher_id = $4)",
    )
    .bind(label.map(str::to_owned))
    .bind(pupil_id)
    .bind(class_id)
    .bind(teacher_id)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Gives a pupil of a teacher's class a new personal code; the old card stops
/// working and every session opened with it ends. Returns the code and the
/// pupil's number in the class.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn reset_code(
    db: &Db,
    teacher_id: &str,
    class_id: &str,
    pupil_id: &str,
) -> Result<Option<(String, i64)>, sqlx::Error> {
    let code = codes::new_code();
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "UPDATE pupils SET code_hash = $1 WHERE id = $2 AND class_id = $3 \
         AND class_id IN (SELECT id FROM classes WHERE teacher_id = $4)",
    )
    .bind(codes::pupil_code_hash(class_id, &code))
    .bind(pupil_id)
    .bind(class_id)
    .bind(teacher_id)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(None);
    }
    // The card was lost: whoever signed in with it is signed out.
    crate::session::end_sessions_of(&mut tx, pupil_id).await?;
    let number: i64 = sqlx::query_scalar("SELECT number FROM pupils WHERE id = $1")
        .bind(pupil_id)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Some((code, number)))
}

/// The pupil of `class` whose personal code is `code` (already normalised).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn pupil_by_code(db: &Db, class: &Class, code: &str) -> Result<Option<Pupil>, sqlx::Error> {
    let row = sqlx::query("SELECT id, class_id, number, animal, colour, label FROM pupils WHERE code_hash = $1 AND class_id = $2")
        .bind(codes::pupil_code_hash(&class.id, code))
        .bind(&class.id)
        .fetch_optional(&db.pool)
        .await?;
    row.as_ref().map(pupil_from_row).transpose()
}

/// A signed-in pupil and their class, if both still exist.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn pupil_with_class(db: &Db, pupil_id: &str) -> Result<Option<(Pupil, Class)>, sqlx::Error> {
    let row = sqlx::query("SELECT id, class_id, number, animal, colour, label FROM pupils WHERE id = $1")
        .bind(pupil_id)
        .fetch_optional(&db.pool)
        .await?;
    let Some(pupil) = row.as_ref().map(pupil_from_row).transpose()? else {
        return Ok(None);
    };
    let row = sqlx::query(&format!("SELECT {CLASS_COLUMNS} FROM classes WHERE id = $1"))
        .bind(&pupil.class_id)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row
        .as_ref()
        .map(class_from_row)
        .transpose()?
        .map(|class| (pupil, class)))
}

/// The modules assigned to a class, soonest due first.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn assignments(db: &Db, class_id: &str) -> Result<Vec<Assignment>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT module_id, due_date FROM assignments WHERE class_id = $1 \
         ORDER BY CASE WHEN due_date IS NULL THEN 1 ELSE 0 END, due_date, assigned_at",
    )
    .bind(class_id)
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Assignment {
                module_id: row.try_get("module_id")?,
                due_date: row.try_get("due_date")?,
            })
        })
        .collect()
}

/// Assigns (or re-dates) a module to a teacher's class.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn assign(
    db: &Db,
    teacher_id: &str,
    class_id: &str,
    module_id: &str,
    due: Option<&str>,
) -> Result<bool, sqlx::Error> {
    if class_of(db, teacher_id, class_id).await?.is_none() {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO assignments (class_id, module_id, due_date, assigned_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (class_id, module_id) DO UPDATE SET due_date = excluded.due_date",
    )
    .bind(class_id)
    .bind(module_id)
    .bind(due.map(str::to_owned))
    .bind(now_unix())
    .execute(&db.pool)
    .await?;
    Ok(true)
}

/// Withdraws a module from a teacher's class (what pupils did stays).
#[tracing::instrument(level = "debug", skip(db))]
pub async fn unassign(
    db: &Db,
    teacher_id: &str,
    class_id: &str,
    module_id: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM assignments WHERE class_id = $1 AND module_id = $2 \
         AND class_id IN (SELECT id FROM classes WHERE teacher_id = $3)",
    )
    .bind(class_id)
    .bind(module_id)
    .bind(teacher_id)
    .execute(&db.pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Whether the safeguarding checklist of a sensitive module was confirmed for a class.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn safeguarding_confirmed(db: &Db, class_id: &str, module_id: &str) -> Result<bool, sqlx::Error> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT confirmed_at FROM safeguarding_checks WHERE class_id = $1 AND module_id = $2",
    )
    .bind(class_id)
    .bind(module_id)
    .fetch_optional(&db.pool)
    .await?;
    Ok(found.is_some())
}

/// Records that the teacher went through the checklist for a module and class.
#[tracing::instrument(level = "debug", skip(db))]
pub async fn confirm_safeguarding(db: &Db, class_id: &str, module_id: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO safeguarding_checks (class_id, module_id, confirmed_at) VALUES ($1, $2, $3) \
         ON CONFLICT (class_id, module_id) DO NOTHING",
    )
    .bind(class_id)
    .bind(module_id)
    .bind(now_unix())
    .execute(&db.pool)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles_of_a_full_class_never_differ_by_their_number_alone() {
        let mut rng = rand::rng();
        let mut taken = Vec::new();
        for n in 0..crate::classes::MAX_PUPILS {
            let pair = distinct_handle(&taken, &mut rng);
            assert!(!taken.contains(&pair), "pupil {n} repeats a handle");
            if n < ANIMALS {
                assert!(
                    !taken.iter().any(|(a, _)| *a == pair.0),
                    "pupil {n} repeats an animal"
                );
            }
            taken.push(pair);
        }
    }
}
