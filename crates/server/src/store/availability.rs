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
