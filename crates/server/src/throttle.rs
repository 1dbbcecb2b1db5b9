//! Sign-in throttling: after a few failed sign-ins for one email address, or
//! more from one client address, within a window, `POST /api/session`
//! answers 429 with `Retry-After` until the oldest failure leaves the window.
//!
//! Failures count by the normalised email whether or not an account has it,
//! and a throttled sign-in is refused before the password is checked, so the
//! answer says nothing about which addresses exist. A successful sign-in
//! clears its email's failures; an address's failures only age out, or one
//! valid account would let its holder reset the address's count between
//! guesses at others.
//!
//! In process memory: a restart forgets, and several server processes each
//! count their own (the limits then multiply by the number of processes).

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};

/// Failures counted per key within [`WINDOW`] before sign-ins are refused.
pub const EMAIL_LIMIT: usize = 5;
/// Higher than per email: an office behind one NAT address shares it.
pub const ADDRESS_LIMIT: usize = 20;
pub const WINDOW: Duration = Duration::minutes(15);
/// Beyond this many keys the expired ones are dropped, then, if still
/// full, everything: memory stays bounded under a flood of made-up emails
/// (which the per-address limit slows anyway).
const MAX_KEYS: usize = 100_000;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Email(String),
    Address(IpAddr),
}

#[derive(Default)]
pub struct LoginThrottle {
    failures: Mutex<HashMap<Key, VecDeque<DateTime<Utc>>>>,
}

fn keys(email: &str, address: Option<IpAddr>) -> impl Iterator<Item = (Key, usize)> {
    std::iter::once((Key::Email(email.trim().to_lowercase()), EMAIL_LIMIT))
        .chain(address.map(|a| (Key::Address(a), ADDRESS_LIMIT)))
}

impl LoginThrottle {
    /// `Err(seconds to wait)` when the email or the address is throttled at
    /// `now`. Otherwise the attempt counts as a failure at once, so that
    /// concurrent guesses cannot all pass before the first one fails; a
    /// success takes it back ([`LoginThrottle::succeeded`]).
    pub fn attempt(&self, email: &str, address: Option<IpAddr>, now: DateTime<Utc>) -> Result<(), u64> {
        let Ok(mut map) = self.failures.lock() else { return Ok(()) };
        let mut wait = Duration::zero();
        for (key, limit) in keys(email, address) {
            let Some(times) = map.get_mut(&key) else { continue };
            forget_old(times, now);
            if times.len() >= limit {
                // Throttled until the failure `limit` places from the newest leaves the window.
                let until = times[times.len() - limit] + WINDOW;
                wait = wait.max(until - now);
            }
        }
        if wait > Duration::zero() {
            return Err(u64::try_from(wait.num_seconds()).unwrap_or(0).max(1));
        }
        if map.len() >= MAX_KEYS {
            map.retain(|_, times| {
                forget_old(times, now);
                !times.is_empty()
            });
            if map.len() >= MAX_KEYS {
                map.clear();
            }
        }
        for (key, limit) in keys(email, address) {
            let times = map.entry(key).or_default();
            times.push_back(now);
            // Only the newest `limit` matter.
            while times.len() > limit {
                times.pop_front();
            }
        }
        Ok(())
    }

    /// The attempt made at `now` signed in: the email starts afresh, and the
    /// address loses that one count (its earlier failures stay, see the module).
    pub fn succeeded(&self, email: &str, address: Option<IpAddr>, now: DateTime<Utc>) {
        let Ok(mut map) = self.failures.lock() else { return };
        for (key, _) in keys(email, address) {
            match key {
                Key::Email(_) => {
                    map.remove(&key);
                }
                Key::Address(_) => {
                    if let Some(times) = map.get_mut(&key) {
                        if let Some(i) = times.iter().rposition(|t| *t == now) {
                            times.remove(i);
                        }
                    }
                }
            }
        }
    }
}

fn forget_old(times: &mut VecDeque<DateTime<Utc>>, now: DateTime<Utc>) {
    while times.front().is_some_and(|t| *t + WINDOW <= now) {
        times.pop_front();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(minutes: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).unwrap() + Duration::minutes(minutes)
    }

    #[test]
    fn an_email_is_throttled_after_its_limit_until_the_window_passes() {
        let throttle = LoginThrottle::default();
        for i in 0..EMAIL_LIMIT as i64 {
            assert_eq!(throttle.attempt("a@example.com", None, t(i)), Ok(()));
        }
        // The first failure was at t(0): free again at t(15). Refusals do not count.
        assert_eq!(throttle.attempt(" A@Example.com", None, t(5)), Err(10 * 60));
        assert_eq!(throttle.attempt("a@example.com", None, t(14)), Err(60));
        assert_eq!(throttle.attempt("b@example.com", None, t(5)), Ok(()));
        assert_eq!(throttle.attempt("a@example.com", None, t(15)), Ok(()));
        // That one counts with the four still in the window.
        assert_eq!(throttle.attempt("a@example.com", None, t(15)), Err(60));
    }

    #[test]
    fn a_success_clears_the_email_and_is_not_a_failure_of_the_address() {
        let throttle = LoginThrottle::default();
        let ip: IpAddr = [127, 0, 0, 1].into();
        for i in 0..EMAIL_LIMIT as i64 - 1 {
            throttle.attempt("a@example.com", Some(ip), t(i)).unwrap();
        }
        throttle.attempt("a@example.com", Some(ip), t(4)).unwrap();
        throttle.succeeded("a@example.com", Some(ip), t(4));
        for _ in 0..EMAIL_LIMIT {
            assert_eq!(throttle.attempt("a@example.com", None, t(5)), Ok(()));
        }
        // Many people signing in from one address are no failures.
        for i in 0..3 * ADDRESS_LIMIT {
            let email = format!("user{i}@example.com");
            throttle.attempt(&email, Some(ip), t(6)).unwrap();
            throttle.succeeded(&email, Some(ip), t(6));
        }
        assert_eq!(throttle.attempt("new@example.com", Some(ip), t(6)), Ok(()));
    }

    #[test]
    fn an_address_is_throttled_across_emails() {
        let throttle = LoginThrottle::default();
        let ip: IpAddr = [192, 0, 2, 1].into();
        for i in 0..ADDRESS_LIMIT {
            throttle.attempt(&format!("user{i}@example.com"), Some(ip), t(0)).unwrap();
        }
        assert_eq!(throttle.attempt("new@example.com", Some(ip), t(1)), Err(14 * 60));
        assert_eq!(throttle.attempt("new@example.com", Some([192, 0, 2, 2].into()), t(1)), Ok(()));
        assert_eq!(throttle.attempt("new@example.com", None, t(1)), Ok(()));
    }
}
