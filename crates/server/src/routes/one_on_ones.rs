//! 1on1 requests: booking without double booking, the lifecycle (accept,
//! with a place and a message; decline; cancel), reading, and the calendar
//! file of a confirmed one (or the mentee's tentative hold of a request).
//!
//! Every write runs in one `BEGIN IMMEDIATE` transaction: it holds SQLite's
//! write lock from its first read, so the busy time it checks cannot change
//! before it writes. The partial unique indexes on active 1on1s back this up
//! in the database itself; their violation is a 409, never a 500.

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Duration, Utc};
use naname_contract::one_on_ones::{
    transition, Action, NewOneOnOne, OneOnOne, OneOnOneQuery, Side, Status, TransitionError,
    TransitionMessage, IDEMPOTENCY_HEADER,
};
use naname_contract::place::{Acceptance, PlaceKind};
use naname_contract::problem::PROBLEM_CONTENT_TYPE;
use naname_contract::slots::Rejection;
use naname_contract::Problem;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::auth::CurrentSession;
use crate::booking::{Calendar, Refusal};
use crate::extract::{ApiJson, ApiQuery, OptionalJson};
use crate::ics;
use crate::problem::ApiError;
use crate::routes::mentors::parse_id;
use crate::store::idempotency::Stored;
use crate::store::one_on_ones::{NewOneOnOneRow, Record, StatusChange};
use crate::{store, AppState};

/// Longest `Idempotency-Key` accepted (a UUID is 36).
pub const MAX_IDEMPOTENCY_KEY_LEN: usize = 255;
/// Set on an answer replayed for a repeated `Idempotency-Key`.
pub const REPLAYED_HEADER: &str = "idempotent-replayed";

fn slot_taken() -> ApiError {
    ApiError::conflict("slot_taken", "The mentor's time is already taken")
}

fn mentee_busy() -> ApiError {
    ApiError::conflict("mentee_busy", "You already have a 1on1 at this time")
}

fn refused(refusal: Refusal) -> ApiError {
    let (code, title) = match refusal {
        Refusal::MenteeBusy => return mentee_busy(),
        Refusal::Rule(Rejection::Busy) => return slot_taken(),
        Refusal::Rule(Rejection::InPast) => ("in_past", "This time has passed"),
        Refusal::Rule(Rejection::TooSoon) => ("too_soon", "The mentor needs more notice than that"),
        Refusal::Rule(Rejection::BeyondHorizon) => {
            ("beyond_horizon", "The mentor does not take requests that far ahead")
        }
        Refusal::Rule(Rejection::NotOffered) => ("not_offered", "The mentor does not offer this time"),
    };
    ApiError::unprocessable(code, title, "start", title)
}

fn idempotency_key(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let Some(value) = headers.get(IDEMPOTENCY_HEADER) else {
        return Ok(None);
    };
    value
        .to_str()
        .ok()
        .map(str::trim)
        .filter(|k| {
            !k.is_empty() && k.len() <= MAX_IDEMPOTENCY_KEY_LEN && k.bytes().all(|b| b.is_ascii_graphic())
        })
        .map(|k| Some(k.to_string()))
        .ok_or_else(|| {
            ApiError::field(IDEMPOTENCY_HEADER, "invalid", "1 to 255 visible ASCII characters, e.g. a UUID")
        })
}

/// Tells a retry (same request) from another request reusing a key.
fn request_hash(request: &NewOneOnOne) -> Result<String, ApiError> {
    let canonical =
        serde_json::to_vec(request).map_err(|e| ApiError::Internal(format!("serialising: {e}")))?;
    Ok(hex::encode(Sha256::digest(&canonical)))
}

/// The stored answer as a response.
fn answer(stored: &Stored, replayed: bool) -> Response {
    let status = StatusCode::from_u16(stored.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let content_type = if status.is_success() { "application/json" } else { PROBLEM_CONTENT_TYPE };
    let mut res = (status, stored.body.clone()).into_response();
    let headers = res.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Some(location) = stored.location.as_deref().and_then(|l| HeaderValue::from_str(l).ok()) {
        headers.insert(header::LOCATION, location);
    }
    if replayed {
        headers.insert(HeaderName::from_static(REPLAYED_HEADER), HeaderValue::from_static("true"));
    }
    res
}

fn replay(stored: &Stored, request_hash: &str) -> Result<Response, ApiError> {
    if stored.request_hash != request_hash {
        return Err(ApiError::unprocessable(
            "idempotency_mismatch",
            "This Idempotency-Key was used for a different request",
            IDEMPOTENCY_HEADER,
            "Send a new key with a new request",
        ));
    }
    Ok(answer(stored, true))
}

/// Requests a 1on1 in one of the mentor's bookable slots.
///
/// Checked in this order: the body (`validation`); the mentor exists and is
/// a mentor (`validation` on `mentor_id`); not oneself (`self_booking`); the
/// mentor holds the theme (`theme_not_held`); topics and response exist
/// (`validation` on `topic_ids` / `response_id`); then, atomically with the
/// insert, the slot: `in_past`, `too_soon`, `beyond_horizon`, `not_offered`
/// (422), `slot_taken` when the mentor's time is taken, `mentee_busy` when the
/// caller already has a 1on1 then (409). Once the slot (and so its length)
/// is known, no more topics than fit it: about one per ten minutes, at least
/// three (`validation`, `too_many` on `topic_ids`).
///
/// With an `Idempotency-Key` header, a repeat of the same request by the same
/// person gets the first answer again (with `idempotent-replayed: true`),
/// for 24 hours; the same key with another body is `idempotency_mismatch`.
/// Remembered are the answers a retry could see differently: the 201, and
/// refusals that depend on the data or the time (every 409, and the 422s
/// from `mentor_id` onwards except `self_booking`). Not remembered: bodies
/// failing the request's own rules (`validation` before any lookup),
/// `self_booking`, and server errors. A person keeps at most 100 live keys;
/// a new one forgets their oldest.
#[utoipa::path(
    post,
    path = "/api/one-on-ones",
    tag = "one-on-ones",
    security(("session_cookie" = [])),
    request_body = NewOneOnOne,
    params(
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
        ("idempotency-key" = Option<String>, Header, description = "Client-chosen key (1–255 visible ASCII characters, e.g. a UUID) making retries safe"),
    ),
    responses(
        (status = 201, description = "Requested; status `requested`", body = OneOnOne,
            headers(("location" = String, description = "`/api/one-on-ones/{id}`"))),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Missing or wrong CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`slot_taken` or `mentee_busy`", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "Body is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`, `self_booking`, `theme_not_held`, `in_past`, `too_soon`, `beyond_horizon`, `not_offered` or `idempotency_mismatch`", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create(
    State(state): State<AppState>,
    session: CurrentSession,
    headers: HeaderMap,
    ApiJson(request): ApiJson<NewOneOnOne>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    request.validate().map_err(ApiError::Validation)?;
    let person = session.person_id;
    let hash = request_hash(&request)?;
    let now = state.now();
    if let Some(key) = &key {
        let mut conn = state.pool.acquire().await?;
        if let Some(stored) = store::idempotency::find(&mut conn, person, key, now).await? {
            return replay(&stored, &hash);
        }
    }

    let error = match book(&state, person, &request, now, key.as_deref(), &hash).await {
        Ok(Booked::Created(stored)) => return Ok(answer(&stored, false)),
        Ok(Booked::Replay(stored)) => return replay(&stored, &hash),
        Err(error) => error,
    };
    // A refusal that depends on the data or the time is an answer too: a
    // retry gets the same one. `self_booking` depends on nothing but the
    // request, so a retry gets it anyway; server failures are not
    // remembered, so a retry can succeed.
    let Some(key) = key else {
        return Err(error);
    };
    let problem = error.to_problem();
    if !matches!(problem.status, 409 | 422) || problem.code == "self_booking" {
        return Err(error);
    }
    let body = serde_json::to_vec(&problem).map_err(|e| ApiError::Internal(format!("serialising: {e}")))?;
    let refusal = Stored { request_hash: hash.clone(), status: problem.status, body, location: None };
    let (_turn, mut tx) = state.begin_write().await?;
    let earlier = if store::idempotency::remember(&mut tx, person, &key, &refusal, now).await? {
        None
    } else {
        store::idempotency::find(&mut tx, person, &key, now).await?
    };
    tx.commit().await?;
    match earlier {
        Some(stored) => replay(&stored, &hash),
        None => Err(error),
    }
}

/// The contract's `check_start` against the mentor's rules and busy time,
/// then the mentee's own 1on1s, all as the database has them now.
async fn check_slot(
    conn: &mut sqlx::SqliteConnection,
    mentor_id: i64,
    mentee_id: i64,
    start: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<naname_contract::slots::Slot, ApiError> {
    let rules = store::availability::load(conn, mentor_id)
        .await?
        .ok_or_else(|| ApiError::field("mentor_id", "unknown", "No mentor has this id"))?;
    let calendar = Calendar::new(rules);
    // Checked: `start` passed NewOneOnOne::validate, but this must not panic whatever it is.
    let day = Duration::days(1);
    let (Some(since), Some(until)) = (start.checked_sub_signed(day), start.checked_add_signed(day)) else {
        return Err(refused(Refusal::Rule(Rejection::NotOffered)));
    };
    let mentor_time = store::one_on_ones::busy(conn, mentor_id, since, until).await?;
    let mentee_time = store::one_on_ones::busy(conn, mentee_id, since, until).await?;
    calendar.check(&mentor_time, &mentee_time, now, start).map_err(refused)
}

/// The contract's topic limit for the slot's length (`too_many` on `topic_ids`).
fn fits_slot(request: &NewOneOnOne, slot: &naname_contract::slots::Slot) -> Result<(), ApiError> {
    let minutes = (slot.end - slot.start).num_minutes();
    request.validate_for_slot(minutes).map_err(ApiError::Validation)
}

enum Booked {
    Created(Stored),
    /// A concurrent request with the same key got there first.
    Replay(Stored),
}

async fn book(
    state: &AppState,
    person: i64,
    request: &NewOneOnOne,
    now: DateTime<Utc>,
    key: Option<&str>,
    hash: &str,
) -> Result<Booked, ApiError> {
    // What does not depend on time or on other bookings is checked outside
    // the write lock, so refusals cost writers nothing.
    let mut conn = state.pool.acquire().await?;
    if !store::mentors::is_mentor(&mut conn, request.mentor_id).await? {
        return Err(ApiError::field("mentor_id", "unknown", "No mentor has this id"));
    }
    if request.mentor_id == person {
        return Err(ApiError::unprocessable(
            "self_booking",
            "You cannot request a 1on1 with yourself",
            "mentor_id",
            "Choose another mentor",
        ));
    }
    if !store::mentors::holds_theme(&mut conn, request.mentor_id, request.theme_id).await? {
        return Err(ApiError::unprocessable(
            "theme_not_held",
            "The mentor does not hold this theme",
            "theme_id",
            "Choose one of the mentor's themes",
        ));
    }
    let live = store::topics::live_topic_ids(&mut conn, &request.topic_ids).await?;
    let unknown: Vec<String> =
        request.topic_ids.iter().filter(|id| !live.contains(id)).map(i64::to_string).collect();
    if !unknown.is_empty() {
        return Err(ApiError::field(
            "topic_ids",
            "unknown",
            &format!("Unknown topics: {}", unknown.join(", ")),
        ));
    }
    if !store::topics::response_is_live(&mut conn, request.response_id).await? {
        return Err(ApiError::field("response_id", "unknown", "Unknown response"));
    }
    // A first look at the slot without the write lock: most refusals end
    // here, so they do not queue behind writers. Only the second look, under
    // the lock, can let a request through.
    let offered = check_slot(&mut conn, request.mentor_id, person, request.start, now).await?;
    // The slot's length is known now, and with it how many topics fit.
    fits_slot(request, &offered)?;
    drop(conn);

    let (_turn, mut tx) = state.begin_write().await?;
    if let Some(key) = key {
        if let Some(stored) = store::idempotency::find(&mut tx, person, key, now).await? {
            return Ok(Booked::Replay(stored));
        }
    }
    let slot = check_slot(&mut tx, request.mentor_id, person, request.start, now).await?;
    // The mentor may have changed their slot length since the first look.
    fits_slot(request, &slot)?;

    let row = NewOneOnOneRow {
        mentor_id: request.mentor_id,
        mentee_id: person,
        slot,
        status: Status::Requested,
        theme_id: request.theme_id,
        topic_ids: &request.topic_ids,
        response_id: request.response_id,
        note: request.note.trim(),
        created_at: now,
    };
    let id = match store::one_on_ones::insert(&mut tx, &row).await {
        Ok(id) => id,
        Err(e) => {
            return Err(match store::one_on_ones::slot_violation(&e) {
                Some(Side::Mentee) => mentee_busy(),
                Some(Side::Mentor) => slot_taken(),
                None => e.into(),
            })
        }
    };
    let record = store::one_on_ones::get(&mut tx, id)
        .await?
        .ok_or_else(|| ApiError::Internal(format!("1on1 {id} vanished after insert")))?;
    let body =
        serde_json::to_vec(&record.at(now)).map_err(|e| ApiError::Internal(format!("serialising: {e}")))?;
    let created = Stored {
        request_hash: hash.to_string(),
        status: 201,
        body,
        location: Some(format!("/api/one-on-ones/{id}")),
    };
    if let Some(key) = key {
        store::idempotency::remember(&mut tx, person, key, &created, now).await?;
    }
    tx.commit().await?;
    state.cache.bookings_changed();
    Ok(Booked::Created(created))
}

/// The caller's 1on1s, sorted by start. `as` picks a side (both when
/// absent); `status` (repeatable) filters on the effective status, in which
/// an unanswered request is `expired` from its start and an accepted one
/// `done` from its end.
#[utoipa::path(
    get,
    path = "/api/one-on-ones",
    tag = "one-on-ones",
    security(("session_cookie" = [])),
    params(
        ("as" = Option<Side>, Query, description = "`mentee` or `mentor`; both when absent"),
        ("status" = Option<Vec<Status>>, Query, description = "Effective status; repeat for several", style = Form, explode),
    ),
    responses(
        (status = 200, description = "The caller's 1on1s, sorted by start", body = Vec<OneOnOne>),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown `as` or `status` value, or unknown parameter (`validation`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    session: CurrentSession,
    ApiQuery(query): ApiQuery<OneOnOneQuery>,
) -> Result<Json<Vec<OneOnOne>>, ApiError> {
    let now = state.now();
    let mut conn = state.pool.acquire().await?;
    let records = store::one_on_ones::list_for(&mut conn, session.person_id, query.side).await?;
    Ok(Json(records.into_iter().map(|r| r.at(now)).filter(|o| query.wants(o.status)).collect()))
}

/// A 1on1 the caller takes part in; anyone else gets 404, as if it did not exist.
async fn visible(state: &AppState, person: i64, raw_id: &str) -> Result<Record, ApiError> {
    let id = parse_id(raw_id)?;
    let mut conn = state.pool.acquire().await?;
    let record = store::one_on_ones::get(&mut conn, id).await?.ok_or(ApiError::NotFound)?;
    record.side_of(person).ok_or(ApiError::NotFound)?;
    Ok(record)
}

/// One 1on1 of the caller's. `GET /api/one-on-ones/{id}.ics` is its calendar file.
#[utoipa::path(
    get,
    path = "/api/one-on-ones/{id}",
    tag = "one-on-ones",
    security(("session_cookie" = [])),
    params(("id" = i64, Path, description = "The 1on1's id")),
    responses(
        (status = 200, description = "The 1on1", body = OneOnOne),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such 1on1, or the caller is neither its mentor nor its mentee (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A query parameter other than `lang` (`validation`, `unknown_field`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    query: ApiQuery<CalendarQuery>,
) -> Result<Response, ApiError> {
    if let Some(id) = id.strip_suffix(".ics") {
        return calendar(State(state), session, Path(id.to_string()), query).await;
    }
    let record = visible(&state, session.person_id, &id).await?;
    Ok(Json(record.at(state.now())).into_response())
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    Ja,
    En,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarQuery {
    #[serde(default)]
    lang: Option<Lang>,
}

/// The calendar file (iCalendar, RFC 5545) of an accepted (or done) 1on1:
/// one event in UTC, the mentor as organizer, the mentee as attendee, with
/// the place as `LOCATION` (and a video link as `URL`) and the mentor's
/// message in the description. While a request waits for the mentor, its
/// mentee gets it as a tentative hold (`STATUS:TENTATIVE`, same `UID`, a
/// lower `SEQUENCE`), which the confirmed file later updates.
#[utoipa::path(
    get,
    path = "/api/one-on-ones/{id}.ics",
    tag = "one-on-ones",
    security(("session_cookie" = [])),
    params(
        ("id" = i64, Path, description = "The 1on1's id"),
        ("lang" = Option<Lang>, Query, description = "Language of the summary and description (default `ja`)"),
    ),
    responses(
        (status = 200, description = "The event, as an attachment: `STATUS:CONFIRMED` once accepted, `STATUS:TENTATIVE` for the mentee of a request", content_type = "text/calendar"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such 1on1 for the caller (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Neither accepted nor done, nor a request asked for by its mentee (`not_accepted`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`lang` other than `ja` or `en`, or another query parameter (`validation`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn calendar(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    ApiQuery(query): ApiQuery<CalendarQuery>,
) -> Result<Response, ApiError> {
    let record = visible(&state, session.person_id, &id).await?;
    let side = record.side_of(session.person_id);
    let now = state.now();
    let (mentor_email, mentee_email) = (record.mentor_email.clone(), record.mentee_email.clone());
    let o = record.at(now);
    let status = match (o.status, side) {
        (Status::Accepted | Status::Done, _) => ics::EventStatus::Confirmed,
        (Status::Requested, Some(Side::Mentee)) => ics::EventStatus::Tentative,
        _ => {
            return Err(ApiError::conflict(
                "not_accepted",
                "Only an accepted 1on1 (or, for its mentee, a request) has a calendar file",
            ))
        }
    };
    let lang = query.lang.unwrap_or_default();
    let (summary, description) = event_text(&o, lang);
    let (mentor_name, mentee_name) = match lang {
        Lang::Ja => (&o.mentor.name, &o.mentee.name),
        Lang::En => (&o.mentor.name_latin, &o.mentee.name_latin),
    };
    let uid = format!("one-on-one-{}@naname", o.id);
    let url = o.place.as_ref().filter(|p| p.kind == PlaceKind::Online).map(|p| p.value.as_str());
    let text = ics::calendar(&ics::Event {
        uid: &uid,
        status,
        stamp: now,
        start: o.start,
        end: o.end,
        summary: &summary,
        description: &description,
        location: o.place.as_ref().map(|p| p.value.as_str()),
        url,
        organizer: ics::Attendee { name: mentor_name, email: &mentor_email },
        attendee: ics::Attendee { name: mentee_name, email: &mentee_email },
    });
    let disposition = format!("attachment; filename=\"naname-1on1-{}.ics\"", o.id);
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8")),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_str(&disposition).map_err(|e| ApiError::Internal(e.to_string()))?,
            ),
        ],
        text,
    )
        .into_response())
}

/// SUMMARY and DESCRIPTION of the calendar event, in one language: the
/// place and the mentor's message first (what one looks up just before), then
/// what the mentee asked for.
fn event_text(o: &OneOnOne, lang: Lang) -> (String, String) {
    let pick = |l: &naname_contract::Localized| match lang {
        Lang::Ja => l.ja.clone(),
        Lang::En => l.en.clone(),
    };
    let (summary, labels, online) = match lang {
        Lang::Ja => (
            format!("1on1: {} × {}", o.mentor.name, o.mentee.name),
            ["テーマ", "トピック", "希望する対応", "メモ", "場所", "メンターからのメッセージ"],
            "オンライン",
        ),
        Lang::En => (
            format!("1on1: {} × {}", o.mentor.name_latin, o.mentee.name_latin),
            ["Theme", "Topics", "Response wanted", "Note", "Place", "Message from the mentor"],
            "Online",
        ),
    };
    let mut d = String::new();
    match &o.place {
        Some(p) if p.kind == PlaceKind::Online => {
            d.push_str(&format!("{}: {online} {}\n", labels[4], p.value))
        }
        Some(p) => d.push_str(&format!("{}: {}\n", labels[4], p.value)),
        None => {}
    }
    if let Some(m) = &o.acceptance_message {
        d.push_str(&format!("{}: {m}\n", labels[5]));
    }
    d.push_str(&format!("{}: {}\n{}:\n", labels[0], pick(&o.theme.name), labels[1]));
    for t in &o.topics {
        d.push_str(&format!("・{}\n", pick(&t.prompt)));
    }
    d.push_str(&format!("{}: {} — {}", labels[2], pick(&o.response.name), pick(&o.response.description)));
    if !o.note.is_empty() {
        d.push_str(&format!("\n{}: {}", labels[3], o.note));
    }
    (summary, d)
}

fn transition_error(e: TransitionError) -> ApiError {
    match e {
        TransitionError::NotAllowed => ApiError::Forbidden,
        TransitionError::Conflict => {
            ApiError::conflict("invalid_transition", "The 1on1 is not in a state that allows this")
        }
        TransitionError::TooLateToCancel => ApiError::conflict(
            "too_late_to_cancel",
            "It is too late to cancel; contact the mentor (they can still cancel)",
        ),
    }
}

/// One lifecycle step, decided by the contract's `transition` with the
/// caller's side, applied under the write lock.
async fn act(
    state: &AppState,
    person: i64,
    raw_id: &str,
    action: Action,
    message: Option<String>,
    acceptance: Acceptance,
) -> Result<Json<OneOnOne>, ApiError> {
    let id = parse_id(raw_id)?;
    let now = state.now();
    let (_turn, mut tx) = state.begin_write().await?;
    let record = store::one_on_ones::get(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    let side = record.side_of(person).ok_or(ApiError::NotFound)?;
    let stored = record.stored_status();
    let slot = record.slot();
    let next = transition(stored, slot.start, slot.end, now, side, action).map_err(transition_error)?;
    if action == Action::Accept {
        // Requests may overlap (the mentor changed slot length, or data was
        // fixed by hand); accepting two of them must not be possible.
        if store::one_on_ones::accepted_overlap(&mut tx, record.one_on_one.mentor.id, slot, id).await? {
            return Err(slot_taken());
        }
        if store::one_on_ones::accepted_overlap(&mut tx, record.one_on_one.mentee.id, slot, id).await? {
            return Err(mentee_busy());
        }
    }
    let change = StatusChange {
        status: next,
        message: message.as_deref(),
        cancelled_by: (action == Action::Cancel).then_some(side),
        place: acceptance.place.as_ref(),
        acceptance_message: acceptance.message.as_deref(),
        at: now,
    };
    if !store::one_on_ones::set_status(&mut tx, id, stored, &change).await? {
        return Err(transition_error(TransitionError::Conflict));
    }
    // The place given is the mentor's default from now on (accepting
    // without one leaves the default as it was).
    if let Some(place) = &acceptance.place {
        store::one_on_ones::set_place_default(&mut tx, person, Some(place), now).await?;
    }
    let updated = store::one_on_ones::get(&mut tx, id).await?.ok_or(ApiError::NotFound)?;
    tx.commit().await?;
    state.cache.bookings_changed();
    Ok(Json(updated.at(now)))
}

/// The message to store: trimmed, nothing when blank.
fn message(body: TransitionMessage) -> Result<Option<String>, ApiError> {
    body.validate().map_err(ApiError::Validation)?;
    Ok(body.message.map(|m| m.trim().to_string()).filter(|m| !m.is_empty()))
}

/// The mentor accepts a request that has not started yet, optionally saying
/// where (a video link or a room) and with a message to the mentee. A place
/// given becomes the mentor's default (`GET /api/me/place-default`).
#[utoipa::path(
    post,
    path = "/api/one-on-ones/{id}/accept",
    tag = "one-on-ones",
    security(("session_cookie" = [])),
    request_body(content = Option<Acceptance>, description = "Optional: no body at all is no place and no message; a body must be an `Acceptance` object (not `null`)"),
    params(
        ("id" = i64, Path, description = "The 1on1's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "Accepted", body = OneOnOne),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The mentee cannot accept (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such 1on1 for the caller (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not requested any more, e.g. expired (`invalid_transition`); another accepted 1on1 overlaps (`slot_taken`, `mentee_busy`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "A body that is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation`: unknown field, `place.kind` not `online` or `office`, `place.value` missing, too long or (online) not an `https` URL, `message` too long", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn accept(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    OptionalJson(body): OptionalJson<Acceptance>,
) -> Result<Json<OneOnOne>, ApiError> {
    body.validate().map_err(ApiError::Validation)?;
    act(&state, session.person_id, &id, Action::Accept, None, body.trimmed()).await
}

/// The mentor declines a request, optionally saying why. The slot is free again.
#[utoipa::path(
    post,
    path = "/api/one-on-ones/{id}/decline",
    tag = "one-on-ones",
    security(("session_cookie" = [])),
    request_body(content = Option<TransitionMessage>, description = "Optional: no body at all is no message; a body must be a `TransitionMessage` object (not `null`)"),
    params(
        ("id" = i64, Path, description = "The 1on1's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "Declined", body = OneOnOne),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The mentee cannot decline (`forbidden`), or missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such 1on1 for the caller (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not requested any more (`invalid_transition`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "A body that is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Message too long, not an object, or unknown fields (`validation`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn decline(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    OptionalJson(body): OptionalJson<TransitionMessage>,
) -> Result<Json<OneOnOne>, ApiError> {
    let message = message(body)?;
    act(&state, session.person_id, &id, Action::Decline, message, Acceptance::default()).await
}

/// The mentee cancels a requested or accepted 1on1, the mentor an accepted
/// one (a request they answer by declining), optionally saying why; the
/// mentee only until 60 minutes before the start. The slot is free again.
#[utoipa::path(
    post,
    path = "/api/one-on-ones/{id}/cancel",
    tag = "one-on-ones",
    security(("session_cookie" = [])),
    request_body(content = Option<TransitionMessage>, description = "Optional: no body at all is no message; a body must be a `TransitionMessage` object (not `null`)"),
    params(
        ("id" = i64, Path, description = "The 1on1's id"),
        ("x-csrf-token" = String, Header, description = "The session's `csrf_token`"),
    ),
    responses(
        (status = 200, description = "Cancelled", body = OneOnOne),
        (status = 400, description = "Malformed JSON (`bad_request`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "The mentor of a request not accepted yet, who declines it instead (`forbidden`); missing CSRF header (`csrf`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such 1on1 for the caller (`not_found`)", body = Problem, content_type = "application/problem+json"),
        (status = 408, description = "The body did not arrive within 30 seconds (`timeout`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not active (`invalid_transition`), or the mentee's cut-off has passed (`too_late_to_cancel`)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body larger than 64 KiB (`payload_too_large`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "A body that is not JSON (`unsupported_media_type`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Message too long, not an object, or unknown fields (`validation`)", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn cancel(
    State(state): State<AppState>,
    session: CurrentSession,
    Path(id): Path<String>,
    OptionalJson(body): OptionalJson<TransitionMessage>,
) -> Result<Json<OneOnOne>, ApiError> {
    let message = message(body)?;
    act(&state, session.person_id, &id, Action::Cancel, message, Acceptance::default()).await
}
