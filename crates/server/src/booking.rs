//! The contract's slot engine applied to two people: the mentor's rules and
//! busy time decide what is offered; the mentee's own 1on1s then take away
//! what they could not attend. Pure: the handlers load the data.
//!
//! The mentor's buffer pads only the mentor's meetings (it is their rest
//! time); a mentee is merely kept from being in two 1on1s at once.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use naname_contract::availability::Availability;
use naname_contract::slots::{bookable_slots, check_start, Interval, Rejection, Slot};

/// The zone a mentor's times are written in. An unknown name (the database
/// was edited by hand) falls back to UTC rather than failing every request.
pub fn zone(name: &str) -> Tz {
    name.parse().unwrap_or_else(|_| {
        tracing::warn!(zone = name, "unknown time zone, using UTC");
        Tz::UTC
    })
}

/// A mentor's rules, ready for the engine.
#[derive(Debug, Clone)]
pub struct Calendar {
    pub rules: Availability,
    pub tz: Tz,
}

impl Calendar {
    pub fn new(rules: Availability) -> Self {
        let tz = zone(&rules.time_zone);
        Self { rules, tz }
    }

    /// The last instant requests are taken for.
    pub fn bookable_until(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        now + Duration::days(self.rules.horizon_days.into())
    }

    /// Bookable slots starting in `[from, to)`.
    pub fn slots(
        &self,
        mentor_busy: &[Interval],
        mentee_busy: &[Interval],
        now: DateTime<Utc>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Vec<Slot> {
        let mut slots = bookable_slots(&self.tz, &self.rules, mentor_busy, now, from, to);
        slots.retain(|s| !mentee_busy.iter().any(|b| b.overlaps(s)));
        slots
    }

    /// The first bookable slot at or after `from`, looking as far as the
    /// horizon, a fortnight at a time so that an early hit is cheap. Nothing
    /// before `now` is bookable, so the walk starts there at the earliest:
    /// its length is bounded by the horizon, not by how far back `from` is.
    pub fn next_available(
        &self,
        mentor_busy: &[Interval],
        mentee_busy: &[Interval],
        now: DateTime<Utc>,
        from: DateTime<Utc>,
    ) -> Option<DateTime<Utc>> {
        let until = self.bookable_until(now);
        let mut start = from.max(now);
        while start < until {
            let end = (start + Duration::days(14)).min(until);
            if let Some(slot) = self.slots(mentor_busy, mentee_busy, now, start, end).first() {
                return Some(slot.start);
            }
            start = end;
        }
        None
    }

    /// Whether `start` may be booked now, and the slot it opens.
    pub fn check(
        &self,
        mentor_busy: &[Interval],
        mentee_busy: &[Interval],
        now: DateTime<Utc>,
        start: DateTime<Utc>,
    ) -> Result<Slot, Refusal> {
        let slot = check_start(&self.tz, &self.rules, mentor_busy, now, start).map_err(Refusal::Rule)?;
        if mentee_busy.iter().any(|b| b.overlaps(&slot)) {
            return Err(Refusal::MenteeBusy);
        }
        Ok(slot)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The mentor's rules or busy time (`Busy`: the mentor's time is taken).
    Rule(Rejection),
    /// The mentee already has a 1on1 then.
    MenteeBusy,
}

#[cfg(test)]
mod tests {
    use super::*;
    use naname_contract::availability::WeeklyRange;

    fn t(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn calendar() -> Calendar {
        Calendar::new(Availability {
            time_zone: "Asia/Tokyo".into(),
            // Tuesdays 12:00–13:00 JST = 03:00–04:00 UTC.
            weekly: vec![WeeklyRange::new(2, 12 * 60, 13 * 60)],
            exceptions: vec![],
            slot_minutes: 30,
            buffer_minutes: 15,
            min_notice_minutes: 24 * 60,
            horizon_days: 30,
        })
    }

    #[test]
    fn mentee_busy_time_removes_slots_without_the_buffer() {
        let c = calendar();
        let now = t("2030-01-07T00:00:00Z");
        let (from, to) = (now, now + Duration::days(7));
        let all = c.slots(&[], &[], now, from, to);
        assert_eq!(
            all.iter().map(|s| s.start).collect::<Vec<_>>(),
            [t("2030-01-08T03:00:00Z"), t("2030-01-08T03:30:00Z")]
        );
        // The mentee's meeting ends as the second slot starts: only the first goes.
        let mentee = [Interval::new(t("2030-01-08T02:30:00Z"), t("2030-01-08T03:30:00Z"))];
        assert_eq!(c.slots(&[], &mentee, now, from, to).len(), 1);
        assert_eq!(c.check(&[], &mentee, now, t("2030-01-08T03:00:00Z")), Err(Refusal::MenteeBusy));
        assert!(c.check(&[], &mentee, now, t("2030-01-08T03:30:00Z")).is_ok());
        // The same meeting on the mentor's side also takes the buffer: both go.
        assert!(c.slots(&mentee, &[], now, from, to).is_empty());
        assert_eq!(
            c.check(&mentee, &[], now, t("2030-01-08T03:30:00Z")),
            Err(Refusal::Rule(Rejection::Busy))
        );
    }

    #[test]
    fn next_available_looks_past_the_range_up_to_the_horizon() {
        let c = calendar();
        let now = t("2030-01-07T00:00:00Z");
        let busy = [Interval::new(t("2030-01-08T00:00:00Z"), t("2030-01-16T00:00:00Z"))];
        assert_eq!(c.next_available(&busy, &[], now, now), Some(t("2030-01-22T03:00:00Z")));
        let everything = [Interval::new(now, now + Duration::days(60))];
        assert_eq!(c.next_available(&everything, &[], now, now), None);
        assert_eq!(c.bookable_until(now), t("2030-02-06T00:00:00Z"));
    }

    #[test]
    fn next_available_from_the_far_past_starts_at_now() {
        let c = calendar();
        let now = t("2030-01-07T00:00:00Z");
        let ancient = DateTime::<Utc>::MIN_UTC;
        assert_eq!(c.next_available(&[], &[], now, ancient), c.next_available(&[], &[], now, now));
        assert_eq!(c.next_available(&[], &[], now, ancient), Some(t("2030-01-08T03:00:00Z")));
        let everything = [Interval::new(now, now + Duration::days(60))];
        let started = std::time::Instant::now();
        assert_eq!(c.next_available(&everything, &[], now, ancient), None);
        // Three fortnights to the horizon, not 6.8 million from year −262,143.
        assert!(started.elapsed() < std::time::Duration::from_millis(100), "{:?}", started.elapsed());
    }

    #[test]
    fn unknown_zones_fall_back_to_utc() {
        assert_eq!(zone("Mars/Olympus_Mons"), Tz::UTC);
        assert_eq!(zone("Europe/London"), Tz::Europe__London);
    }
}
