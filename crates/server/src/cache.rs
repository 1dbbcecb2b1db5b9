//! In-memory caches for the hot read paths.
//!
//! The budget (p99 ≤ 10 ms with 64 connections on two cores) leaves no room
//! for a few SQL round trips per request, so list answers are kept as
//! serialised JSON, keyed by their normalised query. SQL stays the source of
//! truth:
//!
//! - list answers are tagged with the `data_revision` counter, which
//!   database triggers move on every change to people, themes or mentors, by
//!   anyone. The counter is re-read at most every [`REVISION_RECHECK`], or
//!   at once after [`Cache::data_changed`], which handlers that write call.
//! - sessions are not cached at all: each request reads its session (one
//!   primary-key lookup), so a session ended by any process ends at once.
//! - busy time (people's requested and accepted 1on1s, which slots are
//!   computed from) is tagged with its own counter, `booking_revision`, moved
//!   by triggers on every change to `one_on_ones`, so that bookings do not
//!   empty the list caches. Handlers that book or change a 1on1 call
//!   [`Cache::bookings_changed`]; the booking itself always reads busy time
//!   from the database inside its write transaction, never from here.
//! - a mentor's first free slot (for the "next free" line of mentor cards)
//!   is kept under both counters and for as long as time cannot change it:
//!   until that slot falls inside the mentor's notice period.

use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use sqlx::SqlitePool;

use naname_contract::slots::Interval;

use crate::problem::ApiError;

pub const REVISION_RECHECK: Duration = Duration::from_millis(250);
/// Beyond this many entries a map is simply emptied: cheaper than LRU
/// bookkeeping, and the hot entries come back on the next request.
const MAX_RESPONSES: usize = 512;
const MAX_VALUES: usize = 4096;
const MAX_BUSY: usize = 50_000;
const MAX_FIRST_FREE: usize = 50_000;

type Value = Arc<dyn Any + Send + Sync>;
/// `(person, day)` → `(booking revision, busy intervals)`.
type BusyMap = HashMap<(i64, i64), (i64, Arc<Vec<Interval>>)>;
/// Mentor → `(data revision, booking revision, valid until, first free slot)`.
type FirstFreeMap = HashMap<i64, (i64, i64, i64, Option<Interval>)>;

#[derive(Default)]
pub struct Cache {
    revision: Mutex<Revision>,
    bookings: Mutex<Revision>,
    /// Per person and day: their active 1on1s ending after the day before.
    busy: Mutex<BusyMap>,
    first_free: Mutex<FirstFreeMap>,
    responses: Mutex<HashMap<String, (i64, Bytes)>>,
    /// One load per key at a time: when a popular entry goes stale, the
    /// requests that find it so wait for one query instead of all running it.
    loading: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    /// Parsed values (e.g. a mentor's availability rules) under the same revision rule.
    values: Mutex<HashMap<String, (i64, Value)>>,
}

#[derive(Default)]
struct Revision {
    n: i64,
    checked: Option<Instant>,
    /// Moved by every `…_changed` call: a read that started before one must
    /// not mark its (possibly older) number as fresh.
    epoch: u64,
}

/// A counter from memory when it was read recently, else from the database.
async fn counter(slot: &Mutex<Revision>, sql: &'static str, pool: &SqlitePool) -> Result<i64, sqlx::Error> {
    let epoch = match slot.lock() {
        Ok(r) if r.checked.is_some_and(|at| at.elapsed() < REVISION_RECHECK) => return Ok(r.n),
        Ok(r) => r.epoch,
        Err(_) => 0,
    };
    let n: i64 = sqlx::query_scalar(sql).fetch_one(pool).await?;
    if let Ok(mut r) = slot.lock() {
        if r.epoch == epoch {
            r.n = n;
            r.checked = Some(Instant::now());
        }
    }
    Ok(n)
}

fn expire(slot: &Mutex<Revision>) {
    if let Ok(mut r) = slot.lock() {
        r.checked = None;
        r.epoch = r.epoch.wrapping_add(1);
    }
}

impl Cache {
    /// The data revision, from memory when it was read recently.
    async fn revision(&self, pool: &SqlitePool) -> Result<i64, sqlx::Error> {
        counter(&self.revision, "SELECT n FROM data_revision WHERE id = 1", pool).await
    }

    /// Makes the next read look at the database's revision, so a write is
    /// visible to the very next request.
    pub fn data_changed(&self) {
        expire(&self.revision);
    }

    /// Makes the next read of busy time look at the database's booking
    /// revision: call after committing any change to a 1on1.
    pub fn bookings_changed(&self) {
        expire(&self.bookings);
    }

    /// `person_id`'s requested and accepted 1on1s (as mentor or mentee) that
    /// end after the day before `day` (days since the Unix epoch): all that
    /// can block a slot from that day on.
    pub async fn busy<F, Fut>(
        &self,
        pool: &SqlitePool,
        person_id: i64,
        day: i64,
        load: F,
    ) -> Result<Arc<Vec<Interval>>, sqlx::Error>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Vec<Interval>, sqlx::Error>>,
    {
        let revision = counter(&self.bookings, "SELECT n FROM booking_revision WHERE id = 1", pool).await?;
        let hit = self.busy.lock().ok().and_then(|m| {
            m.get(&(person_id, day)).filter(|(rev, _)| *rev == revision).map(|(_, v)| v.clone())
        });
        if let Some(busy) = hit {
            return Ok(busy);
        }
        let busy = Arc::new(load().await?);
        if let Ok(mut m) = self.busy.lock() {
            if m.len() >= MAX_BUSY {
                m.clear();
            }
            m.insert((person_id, day), (revision, busy.clone()));
        }
        Ok(busy)
    }

    /// A mentor's first bookable slot at `now` (Unix seconds) by their own
    /// rules and busy time. `load` computes it and says until when (Unix
    /// seconds) the answer holds as time passes; it is shared until then, or
    /// until the data or any booking changes.
    pub async fn first_free<F, Fut>(
        &self,
        pool: &SqlitePool,
        mentor_id: i64,
        now: i64,
        load: F,
    ) -> Result<Option<Interval>, sqlx::Error>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<(Option<Interval>, i64), sqlx::Error>>,
    {
        // Read before loading: a change during the load then makes the entry stale, not wrong.
        let data = self.revision(pool).await?;
        let bookings = counter(&self.bookings, "SELECT n FROM booking_revision WHERE id = 1", pool).await?;
        let hit = self.first_free.lock().ok().and_then(|m| {
            m.get(&mentor_id)
                .filter(|(d, b, until, _)| *d == data && *b == bookings && now < *until)
                .map(|(_, _, _, slot)| *slot)
        });
        if let Some(slot) = hit {
            return Ok(slot);
        }
        let (slot, until) = load().await?;
        if let Ok(mut m) = self.first_free.lock() {
            if m.len() >= MAX_FIRST_FREE {
                m.clear();
            }
            m.insert(mentor_id, (data, bookings, until, slot));
        }
        Ok(slot)
    }

    /// The JSON answer for `key`: cached when the data has not changed since,
    /// otherwise computed by `load` and remembered.
    pub async fn json<T, F, Fut>(&self, pool: &SqlitePool, key: String, load: F) -> Result<Response, ApiError>
    where
        T: Serialize,
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, sqlx::Error>>,
    {
        // Read before loading: a change during the load then makes the entry stale, not wrong.
        let revision = self.revision(pool).await?;
        let body = match self.cached(&key, revision) {
            Some(body) => body,
            None => {
                let gate = self.loading.lock().ok().map(|mut m| m.entry(key.clone()).or_default().clone());
                let _turn = match &gate {
                    Some(gate) => Some(gate.lock().await),
                    None => None,
                };
                match self.cached(&key, revision) {
                    Some(body) => body,
                    None => {
                        let loaded = self.load(key.clone(), revision, load).await;
                        if let Ok(mut m) = self.loading.lock() {
                            m.remove(&key);
                        }
                        loaded?
                    }
                }
            }
        };
        Ok(([(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], body).into_response())
    }

    /// A list endpoint's answer for an already validated `filter`: validation
    /// normalises it (themes sorted, text folded), so equivalent URLs share
    /// the entry keyed by `resource` and the filter; `search` loads a miss.
    pub async fn list<'a, Filter, T, Fut>(
        &self,
        pool: &'a SqlitePool,
        resource: &str,
        filter: &'a Filter,
        search: fn(&'a SqlitePool, &'a Filter) -> Fut,
    ) -> Result<Response, ApiError>
    where
        Filter: std::fmt::Debug,
        T: Serialize,
        Fut: Future<Output = Result<T, sqlx::Error>>,
    {
        self.json(pool, format!("{resource}|{filter:?}"), || search(pool, filter)).await
    }

    fn cached(&self, key: &str, revision: i64) -> Option<Bytes> {
        let map = self.responses.lock().ok()?;
        map.get(key).filter(|(rev, _)| *rev == revision).map(|(_, body)| body.clone())
    }

    async fn load<T, F, Fut>(&self, key: String, revision: i64, load: F) -> Result<Bytes, ApiError>
    where
        T: Serialize,
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, sqlx::Error>>,
    {
        let value = load().await?;
        let body = Bytes::from(
            serde_json::to_vec(&value).map_err(|e| ApiError::Internal(format!("serialising: {e}")))?,
        );
        if let Ok(mut m) = self.responses.lock() {
            if m.len() >= MAX_RESPONSES {
                m.clear();
            }
            m.insert(key, (revision, body.clone()));
        }
        Ok(body)
    }

    /// A value computed by `load` from data covered by the revision counter,
    /// shared until that data changes.
    pub async fn value<T, F, Fut>(
        &self,
        pool: &SqlitePool,
        key: String,
        load: F,
    ) -> Result<Arc<T>, sqlx::Error>
    where
        T: Send + Sync + 'static,
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, sqlx::Error>>,
    {
        let revision = self.revision(pool).await?;
        let hit = self
            .values
            .lock()
            .ok()
            .and_then(|m| m.get(&key).filter(|(rev, _)| *rev == revision).map(|(_, v)| v.clone()));
        if let Some(value) = hit.and_then(|v| v.downcast::<T>().ok()) {
            return Ok(value);
        }
        let value = Arc::new(load().await?);
        if let Ok(mut m) = self.values.lock() {
            if m.len() >= MAX_VALUES {
                m.clear();
            }
            m.insert(key, (revision, value.clone() as Value));
        }
        Ok(value)
    }
}
