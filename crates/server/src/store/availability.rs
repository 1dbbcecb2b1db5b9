//! A mentor's preferred 1on1 times: their profile's booking rules, weekly
//! hours and date exceptions, as the contract's [`Availability`].

use std::collections::BTreeMap;

use chrono::NaiveDate;
use naname_contract::availability::{Availability, DateException, MinuteRange, WeeklyRange};
use sqlx::SqliteConnection;

/// The mentor's availability, or `None` when there is no such person. A
/// person without a mentor profile offers nothing, in their own zone.
pub async fn load(conn: &mut SqliteConnection, mentor_id: i64) -> Result<Option<Availability>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Profile {
        person_zone: String,
        time_zone: Option<String>,
        slot_minutes: Option<i64>,
        buffer_minutes: Option<i64>,
        min_notice_minutes: Option<i64>,
        horizon_days: Option<i64>,
    }
    let profile: Option<Profile> = sqlx::query_as(
        "SELECT p.time_zone AS person_zone, mp.time_zone, mp.slot_minutes, mp.buffer_minutes, \
         mp.min_notice_minutes, mp.horizon_days \
         FROM people p LEFT JOIN mentor_profiles mp ON mp.person_id = p.id WHERE p.id = ?",
    )
    .bind(mentor_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(p) = profile else {
        return Ok(None);
    };
    let Some(time_zone) = p.time_zone else {
        return Ok(Some(Availability {
            time_zone: p.person_zone,
            weekly: vec![],
            exceptions: vec![],
            slot_minutes: 30,
            buffer_minutes: 0,
            min_notice_minutes: 0,
            horizon_days: 1,
        }));
    };

    let weekly: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT weekday, start_minute, end_minute FROM mentor_availability \
         WHERE mentor_id = ? ORDER BY weekday, start_minute",
    )
    .bind(mentor_id)
    .fetch_all(&mut *conn)
    .await?;
    let exceptions: Vec<(String, Option<i64>, Option<i64>)> = sqlx::query_as(
        "SELECT day, start_minute, end_minute FROM mentor_availability_exceptions \
         WHERE mentor_id = ? ORDER BY day, start_minute",
    )
    .bind(mentor_id)
    .fetch_all(&mut *conn)
    .await?;

    // A row without minutes makes the day a day off; rows with minutes add hours.
    let mut by_day: BTreeMap<NaiveDate, DateException> = BTreeMap::new();
    for (day, start, end) in exceptions {
        let Ok(date) = day.parse::<NaiveDate>() else {
            tracing::warn!(mentor_id, day, "unreadable availability exception date, ignored");
            continue;
        };
        let entry =
            by_day.entry(date).or_insert_with(|| DateException { date, day_off: false, extra: vec![] });
        match (start, end) {
            (Some(s), Some(e)) => entry.extra.push(MinuteRange::new(minute(s), minute(e))),
            _ => entry.day_off = true,
        }
    }

    Ok(Some(Availability {
        time_zone,
        weekly: weekly
            .into_iter()
            .map(|(d, s, e)| WeeklyRange::new(u8::try_from(d).unwrap_or(0), minute(s), minute(e)))
            .collect(),
        exceptions: by_day.into_values().collect(),
        slot_minutes: p.slot_minutes.and_then(|m| u16::try_from(m).ok()).unwrap_or(30),
        buffer_minutes: p.buffer_minutes.and_then(|m| u16::try_from(m).ok()).unwrap_or(0),
        min_notice_minutes: p.min_notice_minutes.and_then(|m| u32::try_from(m).ok()).unwrap_or(0),
        horizon_days: p.horizon_days.and_then(|d| u16::try_from(d).ok()).unwrap_or(1),
    }))
}

/// The table's CHECK constraints keep minutes within a day.
fn minute(m: i64) -> u16 {
    u16::try_from(m.clamp(0, 1440)).unwrap_or(0)
}

/// A date exception: a day off (`None`) or extra hours `(start, end)` in minutes.
pub async fn insert_exception(
    conn: &mut SqliteConnection,
    mentor_id: i64,
    day: NaiveDate,
    minutes: Option<(i64, i64)>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO mentor_availability_exceptions (mentor_id, day, start_minute, end_minute) \
         VALUES (?, ?, ?, ?)",
    )
    .bind(mentor_id)
    .bind(day.format("%Y-%m-%d").to_string())
    .bind(minutes.map(|m| m.0))
    .bind(minutes.map(|m| m.1))
    .execute(conn)
    .await?;
    Ok(())
}

/// The version of `person_id`'s preferred times: 0 without a profile.
pub async fn version(conn: &mut SqliteConnection, person_id: i64) -> Result<i64, sqlx::Error> {
    let v: Option<i64> =
        sqlx::query_scalar("SELECT availability_version FROM mentor_profiles WHERE person_id = ?")
            .bind(person_id)
            .fetch_optional(conn)
            .await?;
    Ok(v.unwrap_or(0))
}

/// Replaces `person_id`'s preferred times with `a` (validated) and moves
/// the version; the caller holds the write transaction, so it is all or
/// nothing. Creates the profile when there is none. Returns the new version.
pub async fn save(conn: &mut SqliteConnection, person_id: i64, a: &Availability) -> Result<i64, sqlx::Error> {
    let version: i64 = sqlx::query_scalar(
        "INSERT INTO mentor_profiles (person_id, time_zone, slot_minutes, buffer_minutes, min_notice_minutes, \
         horizon_days, availability_version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1) \
         ON CONFLICT (person_id) DO UPDATE SET time_zone = excluded.time_zone, \
         slot_minutes = excluded.slot_minutes, buffer_minutes = excluded.buffer_minutes, \
         min_notice_minutes = excluded.min_notice_minutes, horizon_days = excluded.horizon_days, \
         availability_version = mentor_profiles.availability_version + 1 \
         RETURNING availability_version",
    )
    .bind(person_id)
    .bind(&a.time_zone)
    .bind(i64::from(a.slot_minutes))
    .bind(i64::from(a.buffer_minutes))
    .bind(i64::from(a.min_notice_minutes))
    .bind(i64::from(a.horizon_days))
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM mentor_availability WHERE mentor_id = ?")
        .bind(person_id)
        .execute(&mut *conn)
        .await?;
    for w in &a.weekly {
        sqlx::query(
            "INSERT INTO mentor_availability (mentor_id, weekday, start_minute, end_minute) VALUES (?, ?, ?, ?)",
        )
        .bind(person_id)
        .bind(i64::from(w.weekday))
        .bind(i64::from(w.start_minute))
        .bind(i64::from(w.end_minute))
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query("DELETE FROM mentor_availability_exceptions WHERE mentor_id = ?")
        .bind(person_id)
        .execute(&mut *conn)
        .await?;
    for e in &a.exceptions {
        if e.day_off {
            insert_exception(conn, person_id, e.date, None).await?;
        }
        for r in &e.extra {
            let minutes = (i64::from(r.start_minute), i64::from(r.end_minute));
            insert_exception(conn, person_id, e.date, Some(minutes)).await?;
        }
    }
    Ok(version)
}
