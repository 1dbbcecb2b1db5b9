use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Duration, Utc};
use naname_contract::instant::{rfc3339_utc, DAY};
use naname_contract::mentors::{Mentor, MentorFilter, MentorPage, MentorQuery, NextFree, ThemeFacet};
use naname_contract::one_on_ones::{MentorSlots, SlotsQuery};
use naname_contract::slots::Interval;
use naname_contract::{Page, Problem};
use serde::Serialize;
use sqlx::SqlitePool;

use crate::auth::CurrentSession;
use crate::booking::Calendar;
use crate::extract::ApiQuery;
use crate::problem::ApiError;
use crate::{store, AppState};

/// Mentors holding **every** requested theme approved (intersection), sorted
/// by reading. `q` searches name, reading, Latin name, department, what they
/// talk about and their theme names. Unknown theme ids match nobody. With
/// the page come the filter's facets (how many mentors each theme would
/// leave) and each listed mentor's next free time for the caller.
#[utoipa::path(
    get,
    path = "/api/mentors",
    tag = "mentors",
    security(("session_cookie" = [])),
    params(
        ("theme" = Option<Vec<i64>>, Query, description = "Theme id, a positive integer; repeat for several (`theme=1&theme=2`), at most 20 different ones", style = Form, explode),
        ("q" = Option<String>, Query, description = "Search words (at most 100 characters)"),
        ("offset" = Option<u64>, Query, description = "Items to skip, 0 to 4294967295 (past the end: no items)", minimum = 0),
        ("limit" = Option<u32>, Query, description = "Page size, 1 to 100 (default 24)", minimum = 1, maximum = 100),
    ),
    responses(
        (status = 200, description = "One page of mentor cards, the filter's theme facets and each card's next free time", body = MentorPage),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid or unknown query parameter", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    session: CurrentSession,
    ApiQuery(query): ApiQuery<MentorQuery>,
) -> Result<Response, ApiError> {
    let filter = query.validate().map_err(ApiError::Validation)?;
    let pool = &state.pool;
    let listing = state.cache.value(pool, format!("mentors|{filter:?}"), || listing(pool, &filter)).await?;
    let now = state.now();
    let mut next_free = Vec::with_capacity(listing.ids.len());
    for &id in &listing.ids {
        let start = first_free(&state, id, session.person_id, now).await?;
        next_free.push(NextFree { mentor_id: id, start, no_times: offers_no_times(&state, id).await? });
    }
    Ok(([(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], listing.answer(&next_free))
        .into_response())
}

/// A page of cards and its filter's facets, serialised once per data
/// revision. The caller's next free times are added per request: they
/// depend on who asks and on the time.
struct Listing {
    /// The page's mentors, in order.
    ids: Vec<i64>,
    /// The JSON of the [`MentorPage`] up to `next_free`: its fields before
    /// it, without the closing brace.
    head: Vec<u8>,
}

/// The fields of [`MentorPage`] before `next_free`, in its order.
#[derive(Serialize)]
struct Head<'a> {
    items: &'a [Mentor],
    total: u32,
    offset: u32,
    limit: u32,
    facets: &'a [ThemeFacet],
}

impl Listing {
    fn new(page: &Page<Mentor>, facets: &[ThemeFacet]) -> Result<Listing, serde_json::Error> {
        let head =
            Head { items: &page.items, total: page.total, offset: page.offset, limit: page.limit, facets };
        let mut head = serde_json::to_vec(&head)?;
        // An object always ends with its brace; `next_free` goes before it.
        head.pop();
        Ok(Listing { ids: page.items.iter().map(|m| m.person.id).collect(), head })
    }

    /// The whole [`MentorPage`] JSON with these next free times.
    fn answer(&self, next_free: &[NextFree]) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.head.len() + 16 + next_free.len() * 56);
        out.extend_from_slice(&self.head);
        out.extend_from_slice(b",\"next_free\":");
        // Writing plain data to a Vec cannot fail.
        let _ = serde_json::to_writer(&mut out, next_free);
        out.push(b'}');
        out
    }
}

async fn listing(pool: &SqlitePool, filter: &MentorFilter) -> Result<Listing, sqlx::Error> {
    let page = store::mentors::search(pool, filter).await?;
    let facets = store::mentors::facets(pool, filter).await?;
    Listing::new(&page, &facets).map_err(|e| sqlx::Error::Protocol(format!("serialising mentors: {e}")))
}

/// How long "nothing free" is trusted as time passes: the horizon moves on
/// and may bring a slot into reach.
const RECHECK_NONE_SECONDS: i64 = 300;

/// When `viewer` could first book `mentor`, as the slots endpoint from
/// `now` would say: the mentor's first free slot (shared by everyone, from
/// the cache) unless it clashes with the viewer's own 1on1s, which is rare
/// and then computed for them.
/// Whether the mentor has set no 1on1 times at all (or has no profile).
async fn offers_no_times(state: &AppState, mentor: i64) -> Result<bool, sqlx::Error> {
    let pool = &state.pool;
    let calendar = state.cache.value(pool, format!("calendar|{mentor}"), || calendar(pool, mentor)).await?;
    Ok(calendar.as_ref().as_ref().is_none_or(|c| c.rules.offers_nothing()))
}

async fn first_free(
    state: &AppState,
    mentor: i64,
    viewer: i64,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    let pool = &state.pool;
    let day = now.timestamp().div_euclid(DAY);
    let load = || async {
        let calendar =
            state.cache.value(pool, format!("calendar|{mentor}"), || calendar(pool, mentor)).await?;
        let Some(calendar) = calendar.as_ref() else {
            return Ok((None, now.timestamp() + RECHECK_NONE_SECONDS));
        };
        let busy = state.cache.busy(pool, mentor, day, || busy_from(pool, mentor, day)).await?;
        let slot_length = Duration::minutes(calendar.rules.slot_minutes.into());
        let notice = Duration::minutes(calendar.rules.min_notice_minutes.into());
        Ok(match calendar.next_available(&busy, &[], now, now) {
            // The answer holds until its slot comes inside the notice period.
            Some(start) => (Some(Interval::new(start, start + slot_length)), (start - notice).timestamp()),
            None => (None, now.timestamp() + RECHECK_NONE_SECONDS),
        })
    };
    let Some(slot) = state.cache.first_free(pool, mentor, now.timestamp(), load).await? else {
        return Ok(None);
    };
    if viewer == mentor {
        return Ok(Some(slot.start));
    }
    let viewer_busy = state.cache.busy(pool, viewer, day, || busy_from(pool, viewer, day)).await?;
    if !viewer_busy.iter().any(|b| b.overlaps(&slot)) {
        return Ok(Some(slot.start));
    }
    let calendar = state.cache.value(pool, format!("calendar|{mentor}"), || calendar(pool, mentor)).await?;
    let mentor_busy = state.cache.busy(pool, mentor, day, || busy_from(pool, mentor, day)).await?;
    Ok(calendar.as_ref().as_ref().and_then(|c| c.next_available(&mentor_busy, &viewer_busy, now, now)))
}

/// A path id: anything but a positive integer names nothing.
pub(crate) fn parse_id(raw: &str) -> Result<i64, ApiError> {
    raw.parse::<i64>().ok().filter(|id| *id > 0).ok_or(ApiError::NotFound)
}

/// One mentor's card.
#[utoipa::path(
    get,
    path = "/api/mentors/{id}",
    tag = "mentors",
    security(("session_cookie" = [])),
    params(("id" = i64, Path, description = "The mentor's person id")),
    responses(
        (status = 200, description = "The mentor card", body = Mentor),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such person, or not a mentor (`not_found`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get(
    State(state): State<AppState>,
    _session: CurrentSession,
    Path(id): Path<String>,
) -> Result<Json<Mentor>, ApiError> {
    let id = parse_id(&id)?;
    let mentor = state
        .cache
        .value(&state.pool, format!("mentor|{id}"), || store::mentors::get(&state.pool, id))
        .await?;
    mentor.as_ref().clone().map(Json).ok_or(ApiError::NotFound)
}

/// The mentor's rules, or `None` when `id` is not a mentor.
async fn calendar(pool: &SqlitePool, id: i64) -> Result<Option<Calendar>, sqlx::Error> {
    let mut conn = pool.acquire().await?;
    if !store::mentors::is_mentor(&mut conn, id).await? {
        return Ok(None);
    }
    Ok(store::availability::load(&mut conn, id).await?.map(Calendar::new))
}

/// Bookable slots of a mentor for the signed-in person: the mentor's
/// preferred times (weekly hours and date exceptions in their zone, slot
/// length, buffer, minimum notice, horizon) minus the mentor's requested and
/// accepted 1on1s (with the buffer) minus the caller's own 1on1s. Computed on
/// every request, never cached.
#[utoipa::path(
    get,
    path = "/api/mentors/{id}/slots",
    tag = "one-on-ones",
    security(("session_cookie" = [])),
    params(
        ("id" = i64, Path, description = "The mentor's person id"),
        ("from" = Option<String>, Query, format = DateTime, description = "RFC 3339 instant from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z, before now + 92 days (the longest horizon); slots starting at or after it (default: now)"),
        ("to" = Option<String>, Query, format = DateTime, description = "RFC 3339 instant from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z, after `from`, at most 42 days later, and after now − 1 day; slots starting before it (default: `from` + 7 days)"),
    ),
    responses(
        (status = 200, description = "Bookable slots, sorted", body = MentorSlots),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such person, or not a mentor (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Bad `from`/`to` (`validation`, field named): unreadable, outside 1970–9999 or a window that cannot hold a bookable slot (`out_of_range`), `to` not after `from` (`invalid`), more than 42 days (`out_of_range`); unknown parameter (`unknown_field`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn slots(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    ApiQuery(query): ApiQuery<SlotsQuery>,
) -> Result<Response, ApiError> {
    let id = parse_id(&id)?;
    let now = state.now();
    let calendar =
        state.cache.value(&state.pool, format!("calendar|{id}"), || calendar(&state.pool, id)).await?;
    let Some(calendar) = calendar.as_ref() else {
        return Err(ApiError::NotFound);
    };
    let (from, to) = query.validate(now).map_err(ApiError::Validation)?;

    // Busy time from the cache (invalidated by every booking change), as it
    // stands today: everything that can still block a slot.
    let day = now.timestamp().div_euclid(DAY);
    let pool = &state.pool;
    let mentor_busy = state.cache.busy(pool, id, day, || busy_from(pool, id, day)).await?;
    let mentee_busy = if session.person_id == id {
        Arc::default()
    } else {
        let person = session.person_id;
        state.cache.busy(pool, person, day, || busy_from(pool, person, day)).await?
    };

    let slots = calendar.slots(&mentor_busy, &mentee_busy, now, from, to);
    let next_available = match slots.first() {
        Some(first) => Some(first.start),
        None => calendar.next_available(&mentor_busy, &mentee_busy, now, to),
    };
    let answer = MentorSlots {
        mentor_id: id,
        time_zone: calendar.rules.time_zone.clone(),
        slot_minutes: calendar.rules.slot_minutes,
        slots,
        next_available,
        bookable_until: calendar.bookable_until(now),
        no_times: calendar.rules.offers_nothing(),
    };
    Ok(([(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], slots_json(&answer))
        .into_response())
}

/// A person's requested and accepted 1on1s ending after the day before `day`.
async fn busy_from(pool: &SqlitePool, person_id: i64, day: i64) -> Result<Vec<Interval>, sqlx::Error> {
    let since = DateTime::from_timestamp((day - 1) * DAY, 0).unwrap_or_default();
    let mut conn = pool.acquire().await?;
    store::one_on_ones::busy(&mut conn, person_id, since, DateTime::<Utc>::MAX_UTC).await
}

/// `serde_json::to_vec(slots)`, byte for byte, without going through
/// chrono's `Display` per instant: with hundreds of slots that was most of
/// the endpoint's time.
fn slots_json(s: &MentorSlots) -> Vec<u8> {
    let mut out = Vec::with_capacity(160 + s.slots.len() * 64);
    out.extend_from_slice(format!("{{\"mentor_id\":{},\"time_zone\":", s.mentor_id).as_bytes());
    json_str(&mut out, &s.time_zone);
    out.extend_from_slice(format!(",\"slot_minutes\":{},\"slots\":[", s.slot_minutes).as_bytes());
    for (i, slot) in s.slots.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"start\":");
        json_instant(&mut out, slot.start);
        out.extend_from_slice(b",\"end\":");
        json_instant(&mut out, slot.end);
        out.push(b'}');
    }
    out.extend_from_slice(b"],\"next_available\":");
    match s.next_available {
        Some(t) => json_instant(&mut out, t),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"bookable_until\":");
    json_instant(&mut out, s.bookable_until);
    out.extend_from_slice(if s.no_times { b",\"no_times\":true}" } else { b",\"no_times\":false}" });
    out
}

fn json_str(out: &mut Vec<u8>, s: &str) {
    // Writing to a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, s);
}

/// `"2030-01-08T03:00:00Z"` for whole seconds in years 0–9999, by the
/// contract's integer arithmetic; anything else through chrono.
fn json_instant(out: &mut Vec<u8>, t: DateTime<Utc>) {
    match rfc3339_utc(t.timestamp()).filter(|_| t.timestamp_subsec_nanos() == 0) {
        Some(text) => {
            out.push(b'"');
            out.extend_from_slice(&text);
            out.push(b'"');
        }
        None => {
            let _ = serde_json::to_writer(&mut *out, &t);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listing_answers_are_mentor_pages() {
        use naname_contract::people::{Department, HireKind, Person};
        use naname_contract::Localized;
        let mentor = |id: i64| Mentor {
            person: Person {
                id,
                name: "高橋 \"彩\"".into(),
                name_reading: "たかはし あや".into(),
                name_latin: "Aya Takahashi".into(),
                department: Department { id: 2, name: Localized::new("開発部", "Engineering") },
                title: Localized::new("リーダー", "Team Lead"),
                office: Localized::new("東京本社", "Tokyo HQ"),
                time_zone: "Asia/Tokyo".into(),
                joined_year: 2024,
                hire_kind: HireKind::CareerHire,
                is_mentor: true,
            },
            talk_about: naname_contract::UserText::new("}{", "London \"x\""),
            themes: vec![],
        };
        let page = Page { items: vec![mentor(2), mentor(7)], total: 9, offset: 3, limit: 2 };
        let facets = [ThemeFacet { theme_id: 4, count: 9 }, ThemeFacet { theme_id: 19, count: 2 }];
        let t = DateTime::parse_from_rfc3339("2030-01-08T03:00:00Z").unwrap().with_timezone(&Utc);
        let next_free = [
            NextFree { mentor_id: 2, start: Some(t), no_times: false },
            NextFree { mentor_id: 7, start: None, no_times: true },
        ];
        let listing = Listing::new(&page, &facets).unwrap();
        assert_eq!(listing.ids, [2, 7]);
        let answer: MentorPage = serde_json::from_slice(&listing.answer(&next_free)).unwrap();
        let whole = MentorPage {
            items: page.items.clone(),
            total: 9,
            offset: 3,
            limit: 2,
            facets: facets.to_vec(),
            next_free: next_free.to_vec(),
        };
        assert_eq!(answer, whole);
        assert_eq!(listing.answer(&next_free), serde_json::to_vec(&whole).unwrap(), "byte for byte");

        let empty = Listing::new(&Page { items: vec![], total: 0, offset: 0, limit: 24 }, &[]).unwrap();
        let answer: MentorPage = serde_json::from_slice(&empty.answer(&[])).unwrap();
        assert!(answer.items.is_empty() && answer.facets.is_empty() && answer.next_free.is_empty());
    }

    #[test]
    fn hand_written_slots_json_matches_serde() {
        let t = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        let mut answer = MentorSlots {
            mentor_id: 42,
            time_zone: "Asia/\"Tokyo\"\\".into(),
            slot_minutes: 45,
            slots: vec![
                Interval::new(t("2030-01-08T03:00:00Z"), t("2030-01-08T03:45:00Z")),
                Interval::new(t("2031-12-31T23:15:00Z"), t("2032-01-01T00:00:00Z")),
            ],
            next_available: Some(t("2030-01-08T03:00:00Z")),
            bookable_until: t("2030-03-08T00:00:00.123456789Z"),
            no_times: false,
        };
        assert_eq!(String::from_utf8(slots_json(&answer)).unwrap(), serde_json::to_string(&answer).unwrap());
        answer.slots.clear();
        answer.next_available = None;
        answer.bookable_until = t("0099-02-03T04:05:06Z");
        answer.no_times = true;
        assert_eq!(String::from_utf8(slots_json(&answer)).unwrap(), serde_json::to_string(&answer).unwrap());
    }

    #[test]
    fn instants_match_chrono_across_centuries() {
        let mut ts: i64 = -62_167_219_200;
        while ts <= 253_402_300_799 {
            let t = DateTime::from_timestamp(ts, 0).unwrap();
            let mut out = Vec::new();
            json_instant(&mut out, t);
            assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&t).unwrap(), "{ts}");
            // About 40,000 instants: leap days, century years and every time of day come up.
            ts += 7_919_993;
        }
        for edge in
            ["2000-02-29T23:59:59Z", "1900-03-01T00:00:00Z", "2100-02-28T12:00:00Z", "1969-12-31T23:59:59Z"]
        {
            let t = DateTime::parse_from_rfc3339(edge).unwrap().with_timezone(&Utc);
            let mut out = Vec::new();
            json_instant(&mut out, t);
            assert_eq!(String::from_utf8(out).unwrap(), format!("\"{edge}\""));
        }
    }
}
