//! 1on1 requests and their lifecycle.
//!
//! requested → accepted | declined | cancelled | expired (not answered before
//! its start); accepted → cancelled | done (after its end). Only `requested`
//! and `accepted` hold the slot.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::availability::MAX_HORIZON_DAYS;
use crate::instant::in_api_range;
use crate::problem::FieldError;
use crate::topics::{ResponseKind, Topic};
use crate::Localized;

/// The most topics any request may name; a slot's own limit is [`max_topics`].
pub const MAX_TOPICS: usize = 10;
/// A 1on1 as short as the shortest slot still fits this many topics.
pub const MIN_TOPIC_LIMIT: usize = 3;
pub const MAX_NOTE_CHARS: usize = 2000;
pub const MAX_MESSAGE_CHARS: usize = 1000;
/// A mentee cannot cancel later than this before the start; past that they
/// talk to the mentor (who can still cancel).
pub const MENTEE_CANCEL_CUTOFF_MINUTES: i64 = 60;
/// `GET /api/mentors/{id}/slots` answers at most this range.
pub const MAX_SLOT_RANGE_DAYS: i64 = 42;
/// What a field error says about an instant outside [`crate::instant::in_api_range`].
pub const API_RANGE: &str = "Between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z";
/// Header carrying the client's idempotency key on `POST /api/one-on-ones`.
pub const IDEMPOTENCY_HEADER: &str = "idempotency-key";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Requested,
    Accepted,
    Declined,
    Cancelled,
    Expired,
    Done,
}

impl Status {
    /// Every status, in lifecycle order.
    pub const ALL: [Status; 6] = [
        Status::Requested,
        Status::Accepted,
        Status::Declined,
        Status::Cancelled,
        Status::Expired,
        Status::Done,
    ];

    /// Whether a 1on1 in this state holds its slot.
    pub fn is_active(self) -> bool {
        matches!(self, Status::Requested | Status::Accepted)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Requested => "requested",
            Status::Accepted => "accepted",
            Status::Declined => "declined",
            Status::Cancelled => "cancelled",
            Status::Expired => "expired",
            Status::Done => "done",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.as_str() == s)
    }
}

/// What time does to a stored status: an unanswered request expires at its
/// start, an accepted 1on1 is done at its end. Stored rows keep the status
/// people gave them; readers see this one.
pub fn effective_status(
    stored: Status,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Status {
    match stored {
        Status::Requested if now >= start => Status::Expired,
        Status::Accepted if now >= end => Status::Done,
        s => s,
    }
}

/// Which side of a 1on1 someone is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Mentee,
    Mentor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Accept,
    Decline,
    Cancel,
}

/// Why a transition is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransitionError {
    /// Not this person's move (→ 403).
    NotAllowed,
    /// Not from this state (→ 409).
    Conflict,
    /// The mentee's cancellation cut-off has passed (→ 409 with its own code).
    TooLateToCancel,
}

/// The lifecycle rules in one place: who may do what, from which state, when.
pub fn transition(
    stored: Status,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    now: DateTime<Utc>,
    side: Side,
    action: Action,
) -> Result<Status, TransitionError> {
    let current = effective_status(stored, start, end, now);
    match (action, side) {
        (Action::Accept | Action::Decline, Side::Mentee) => Err(TransitionError::NotAllowed),
        // A mentor answers a request by declining it; cancelling is for what they accepted.
        (Action::Cancel, Side::Mentor) if current == Status::Requested => Err(TransitionError::NotAllowed),
        (Action::Accept, Side::Mentor) if current == Status::Requested => Ok(Status::Accepted),
        (Action::Decline, Side::Mentor) if current == Status::Requested => Ok(Status::Declined),
        (Action::Cancel, _) if current.is_active() => {
            if side == Side::Mentee && now > start - Duration::minutes(MENTEE_CANCEL_CUTOFF_MINUTES) {
                Err(TransitionError::TooLateToCancel)
            } else {
                Ok(Status::Cancelled)
            }
        }
        _ => Err(TransitionError::Conflict),
    }
}

/// `POST /api/one-on-ones`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewOneOnOne {
    pub mentor_id: i64,
    pub start: DateTime<Utc>,
    /// The mentor's theme the mentee comes for.
    pub theme_id: i64,
    pub topic_ids: Vec<i64>,
    /// The kind of response wanted (対応).
    pub response_id: i64,
    #[serde(default)]
    pub note: String,
}

/// How many topics fit a 1on1 of `slot_minutes`: about ten minutes each,
/// so three for the usual 30 minutes and six for an hour; never fewer than
/// [`MIN_TOPIC_LIMIT`] (a short slot still has room to say what matters) nor
/// more than [`MAX_TOPICS`]. A mentee who ticks ten topics for half an hour
/// gets none of them talked through.
pub fn max_topics(slot_minutes: i64) -> usize {
    let fit = usize::try_from(slot_minutes / 10).unwrap_or(0);
    fit.clamp(MIN_TOPIC_LIMIT, MAX_TOPICS)
}

impl NewOneOnOne {
    /// The rules that need nothing but the body.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        if self.topic_ids.is_empty() {
            errors.push(FieldError::new("topic_ids", "required", "Choose at least one topic"));
        } else if self.topic_ids.len() > MAX_TOPICS {
            errors.push(FieldError::new("topic_ids", "too_many", format!("At most {MAX_TOPICS} topics")));
        }
        let mut ids = self.topic_ids.clone();
        ids.sort_unstable();
        ids.dedup();
        if ids.len() != self.topic_ids.len() {
            errors.push(FieldError::new("topic_ids", "duplicate", "A topic is listed twice"));
        }
        if self.note.chars().count() > MAX_NOTE_CHARS {
            errors.push(FieldError::new("note", "too_long", format!("At most {MAX_NOTE_CHARS} characters")));
        }
        if !in_api_range(self.start.timestamp()) {
            errors.push(FieldError::new("start", "out_of_range", API_RANGE));
        } else if self.start.timestamp() % 60 != 0 {
            errors.push(FieldError::new("start", "invalid", "Start on a whole minute"));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// [`validate`](Self::validate), and the topic limit of the slot asked
    /// for, once its length is known (the mentor's slot length): at most
    /// [`max_topics`] topics, else `too_many` on `topic_ids`.
    pub fn validate_for_slot(&self, slot_minutes: i64) -> Result<(), Vec<FieldError>> {
        let mut errors = self.validate().err().unwrap_or_default();
        let limit = max_topics(slot_minutes);
        let counted = errors.iter().any(|e| e.field == "topic_ids" && e.code == "too_many");
        if self.topic_ids.len() > limit && !counted {
            errors.push(FieldError::new(
                "topic_ids",
                "too_many",
                format!("At most {limit} topics for a {slot_minutes}-minute 1on1"),
            ));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// `POST /api/one-on-ones/{id}/decline` and `/cancel`: an optional message to the other person.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TransitionMessage {
    #[serde(default)]
    pub message: Option<String>,
}

impl TransitionMessage {
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        match &self.message {
            Some(m) if m.chars().count() > MAX_MESSAGE_CHARS => Err(vec![FieldError::new(
                "message",
                "too_long",
                format!("At most {MAX_MESSAGE_CHARS} characters"),
            )]),
            _ => Ok(()),
        }
    }
}

/// Someone on a 1on1, as the other side sees them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Participant {
    pub id: i64,
    pub name: String,
    pub name_reading: String,
    pub name_latin: String,
    pub department: Localized,
    pub time_zone: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThemeRef {
    pub id: i64,
    pub name: Localized,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OneOnOne {
    pub id: i64,
    pub mentor: Participant,
    pub mentee: Participant,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// Effective status (see [`effective_status`]).
    pub status: Status,
    pub theme: ThemeRef,
    pub topics: Vec<Topic>,
    pub response: ResponseKind,
    pub note: String,
    /// The mentor's message when declining, or the canceller's message.
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub cancelled_by: Option<Side>,
    pub created_at: DateTime<Utc>,
    /// Where it happens, as the mentor said when accepting.
    #[serde(default)]
    pub place: Option<crate::place::Place>,
    /// The mentor's message when accepting (kept apart from `message`, which
    /// a later cancellation may fill).
    #[serde(default)]
    pub acceptance_message: Option<String>,
}

/// `GET /api/one-on-ones?as=mentor&status=requested&status=accepted`.
///
/// `as` picks the side (both when absent); `status` filters on the
/// effective status and may repeat (every status when absent).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OneOnOneQuery {
    #[serde(default, rename = "as", skip_serializing_if = "Option::is_none")]
    pub side: Option<Side>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status: Vec<Status>,
}

impl OneOnOneQuery {
    /// Whether a 1on1 with this effective status passes the filter.
    pub fn wants(&self, status: Status) -> bool {
        self.status.is_empty() || self.status.contains(&status)
    }
}

/// `GET /api/mentors/{id}/slots?from=&to=`: RFC 3339 instants. `from`
/// defaults to now and `to` to a week after `from`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlotsQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<DateTime<Utc>>,
}

/// The range a [`SlotsQuery`] leaves out.
pub const DEFAULT_SLOT_RANGE_DAYS: i64 = 7;

impl SlotsQuery {
    /// The range asked for: instants in the API's range, `from < to`, at
    /// most [`MAX_SLOT_RANGE_DAYS`] long, and touching the only time that
    /// can hold a bookable slot: from a day ago (a week view starts on a
    /// Monday already past) to [`MAX_HORIZON_DAYS`] ahead. So the work of
    /// a slots request is bounded whatever the query says.
    pub fn validate(&self, now: DateTime<Utc>) -> Result<(DateTime<Utc>, DateTime<Utc>), Vec<FieldError>> {
        let out_of_range =
            |field: &str, message: &str| Err(vec![FieldError::new(field, "out_of_range", message)]);
        for (field, t) in [("from", self.from), ("to", self.to)] {
            if t.is_some_and(|t| !in_api_range(t.timestamp())) {
                return out_of_range(field, API_RANGE);
            }
        }
        let from = self.from.unwrap_or(now);
        let to = match self.to {
            Some(to) => to,
            None => match from.checked_add_signed(Duration::days(DEFAULT_SLOT_RANGE_DAYS)) {
                Some(to) => to,
                None => return out_of_range("from", API_RANGE),
            },
        };
        if to <= from {
            return Err(vec![FieldError::new("to", "invalid", "`to` must be after `from`")]);
        }
        if to - from > Duration::days(MAX_SLOT_RANGE_DAYS) {
            return out_of_range("to", &format!("At most {MAX_SLOT_RANGE_DAYS} days after `from`"));
        }
        // `now` is the server's clock, far inside chrono's range.
        if to <= now - Duration::days(1) {
            return out_of_range("to", "The window ended more than a day ago");
        }
        if from >= now + Duration::days(MAX_HORIZON_DAYS.into()) {
            return out_of_range(
                "from",
                &format!("No mentor takes requests more than {MAX_HORIZON_DAYS} days ahead"),
            );
        }
        Ok((from, to))
    }
}

/// `GET /api/mentors/{id}/slots?from=&to=`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MentorSlots {
    pub mentor_id: i64,
    /// The mentor's zone, to show their local time beside the viewer's.
    pub time_zone: String,
    pub slot_minutes: u16,
    /// Bookable slots starting in `[from, to)`, sorted.
    pub slots: Vec<crate::slots::Interval>,
    /// The first bookable slot at or after `from` within the mentor's horizon,
    /// even beyond `to`: lets the calendar jump to the first week with a free slot.
    #[serde(default)]
    pub next_available: Option<DateTime<Utc>>,
    /// The last instant the mentor accepts requests for (their horizon).
    pub bookable_until: DateTime<Utc>,
    /// The mentor has set no 1on1 times at all: the page says so instead
    /// of showing an empty calendar.
    #[serde(default)]
    pub no_times: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn time_moves_statuses_on() {
        let (s, e) = (t("2026-12-01T03:00:00Z"), t("2026-12-01T03:30:00Z"));
        assert_eq!(effective_status(Status::Requested, s, e, t("2026-12-01T02:59:00Z")), Status::Requested);
        assert_eq!(effective_status(Status::Requested, s, e, s), Status::Expired);
        assert_eq!(effective_status(Status::Accepted, s, e, t("2026-12-01T03:10:00Z")), Status::Accepted);
        assert_eq!(effective_status(Status::Accepted, s, e, e), Status::Done);
        assert_eq!(effective_status(Status::Cancelled, s, e, e), Status::Cancelled);
    }

    #[test]
    fn lifecycle_rules() {
        use Action::*;
        use Side::*;
        let (s, e) = (t("2026-12-01T03:00:00Z"), t("2026-12-01T03:30:00Z"));
        let early = t("2026-11-30T00:00:00Z");
        assert_eq!(transition(Status::Requested, s, e, early, Mentor, Accept), Ok(Status::Accepted));
        assert_eq!(transition(Status::Requested, s, e, early, Mentor, Decline), Ok(Status::Declined));
        assert_eq!(
            transition(Status::Requested, s, e, early, Mentee, Accept),
            Err(TransitionError::NotAllowed)
        );
        assert_eq!(
            transition(Status::Cancelled, s, e, early, Mentor, Accept),
            Err(TransitionError::Conflict)
        );
        assert_eq!(transition(Status::Accepted, s, e, early, Mentor, Accept), Err(TransitionError::Conflict));
        assert_eq!(transition(Status::Accepted, s, e, early, Mentee, Cancel), Ok(Status::Cancelled));
        assert_eq!(transition(Status::Requested, s, e, early, Mentee, Cancel), Ok(Status::Cancelled));
        assert_eq!(
            transition(Status::Requested, s, e, early, Mentor, Cancel),
            Err(TransitionError::NotAllowed),
            "a mentor declines a request rather than cancel it"
        );
        let late = s - Duration::minutes(30);
        assert_eq!(
            transition(Status::Accepted, s, e, late, Mentee, Cancel),
            Err(TransitionError::TooLateToCancel)
        );
        assert_eq!(transition(Status::Accepted, s, e, late, Mentor, Cancel), Ok(Status::Cancelled));
        // An unanswered request has expired at its start: nothing to accept.
        assert_eq!(transition(Status::Requested, s, e, s, Mentor, Accept), Err(TransitionError::Conflict));
        assert_eq!(transition(Status::Declined, s, e, early, Mentee, Cancel), Err(TransitionError::Conflict));
    }

    #[test]
    fn slot_ranges() {
        let now = t("2026-12-01T00:00:00Z");
        let q = SlotsQuery::default();
        assert_eq!(q.validate(now), Ok((now, now + Duration::days(DEFAULT_SLOT_RANGE_DAYS))));
        let q = SlotsQuery { from: Some(now), to: Some(now + Duration::days(MAX_SLOT_RANGE_DAYS)) };
        assert!(q.validate(now).is_ok());
        let q = SlotsQuery {
            from: Some(now),
            to: Some(now + Duration::days(MAX_SLOT_RANGE_DAYS) + Duration::seconds(1)),
        };
        assert_eq!(q.validate(now).unwrap_err()[0].code, "out_of_range");
        let q = SlotsQuery { from: Some(now), to: Some(now) };
        assert_eq!(q.validate(now).unwrap_err()[0].field, "to");
    }

    #[test]
    fn slot_windows_stay_near_now_and_inside_the_api_range() {
        let now = t("2026-12-01T00:00:00Z");
        let err = |from: Option<&str>, to: Option<&str>| {
            // FromStr, as serde reads them: it takes years beyond four digits.
            let read = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
            let q = SlotsQuery { from: from.map(read), to: to.map(read) };
            q.validate(now).map_err(|e| (e[0].field.clone(), e[0].code.clone()))
        };
        let out = |field: &str| Err((field.to_string(), "out_of_range".to_string()));
        assert_eq!(err(Some("-262143-01-01T00:00:00Z"), None), out("from"));
        assert_eq!(err(Some("+262142-12-31T23:59:59Z"), None), out("from"));
        assert_eq!(err(None, Some("+10000-01-01T00:00:00Z")), out("to"));
        assert_eq!(err(Some("9999-12-31T23:59:59Z"), None), out("from"));
        assert_eq!(err(Some("0000-01-01T00:00:00Z"), Some("0000-01-08T00:00:00Z")), out("from"));
        assert_eq!(err(Some("1970-01-01T00:00:00Z"), Some("1970-01-08T00:00:00Z")), out("to"));
        assert_eq!(err(Some("2026-11-23T00:00:00Z"), Some("2026-11-30T00:00:00Z")), out("to"));
        assert!(
            err(Some("2026-11-24T00:00:00Z"), Some("2026-12-01T00:00:00Z")).is_ok(),
            "this week's Monday"
        );
        assert!(err(Some("2027-03-02T23:59:59Z"), None).is_ok(), "just inside 92 days");
        assert_eq!(err(Some("2027-03-03T00:00:00Z"), None), out("from"));
    }

    #[test]
    fn list_filter() {
        let q: OneOnOneQuery = serde_json::from_str(r#"{"as":"mentor","status":["requested"]}"#).unwrap();
        assert_eq!(q.side, Some(Side::Mentor));
        assert!(q.wants(Status::Requested) && !q.wants(Status::Done));
        assert!(OneOnOneQuery::default().wants(Status::Expired));
    }

    #[test]
    fn topics_that_fit_a_slot() {
        assert_eq!(max_topics(30), 3);
        assert_eq!(max_topics(45), 4);
        assert_eq!(max_topics(60), 6);
        assert_eq!(max_topics(90), 9);
        assert_eq!(max_topics(120), MAX_TOPICS, "never above the absolute cap");
        assert_eq!(max_topics(15), MIN_TOPIC_LIMIT, "a short slot still fits three");
        assert_eq!(max_topics(0), MIN_TOPIC_LIMIT);
        assert_eq!(max_topics(-30), MIN_TOPIC_LIMIT);
        for m in (0..600).step_by(5) {
            assert!(max_topics(m) <= max_topics(m + 5), "longer never fits fewer");
        }
    }

    #[test]
    fn new_request_rules() {
        let ok = NewOneOnOne {
            mentor_id: 1,
            start: t("2026-12-01T03:00:00Z"),
            theme_id: 1,
            topic_ids: vec![1, 2],
            response_id: 1,
            note: "よろしくお願いします".into(),
        };
        assert!(ok.validate().is_ok());
        let bad = NewOneOnOne {
            topic_ids: vec![],
            note: "あ".repeat(MAX_NOTE_CHARS + 1),
            start: t("2026-12-01T03:00:30Z"),
            ..ok.clone()
        };
        let codes: Vec<_> = bad.validate().unwrap_err().into_iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            codes,
            [
                ("topic_ids".into(), "required".into()),
                ("note".into(), "too_long".into()),
                ("start".into(), "invalid".into())
            ]
        );
        for start in ["-262143-01-01T00:00:00Z", "1969-12-31T23:59:00Z", "+10000-01-01T00:00:00Z"] {
            let far = NewOneOnOne { start: start.parse().unwrap(), ..ok.clone() };
            assert_eq!(far.validate().unwrap_err()[0].code, "out_of_range", "{start}");
        }
        let dup = NewOneOnOne { topic_ids: vec![3, 3], ..ok.clone() };
        assert_eq!(dup.validate().unwrap_err()[0].code, "duplicate");
        let four = NewOneOnOne { topic_ids: vec![1, 2, 3, 4], ..ok.clone() };
        assert!(four.validate().is_ok(), "the body alone allows up to MAX_TOPICS");
        let errors = four.validate_for_slot(30).unwrap_err();
        assert_eq!(
            errors.iter().map(|e| (e.field.as_str(), e.code.as_str())).collect::<Vec<_>>(),
            [("topic_ids", "too_many")]
        );
        assert!(four.validate_for_slot(45).is_ok());
        let eleven = NewOneOnOne { topic_ids: (1..=11).collect(), ..ok };
        assert_eq!(eleven.validate_for_slot(120).unwrap_err().len(), 1, "too_many is said once");
        assert!(Status::parse("accepted").is_some_and(Status::is_active));
        assert_eq!(Status::parse("nope"), None);
    }
}
