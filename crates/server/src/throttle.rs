//! Sign-in throttling that an attacker cannot turn against the person they
//! attack: failures count per email *and client* (a client address, or a
//! browser the account signed in from before), so guessing someone's
//! password from one place refuses only that place; wider ceilings per
//! email and per address stop distributed guessing and spraying, and a
//! trusted device is exempt from them.
//!
//! Within a [`WINDOW`] of 15 minutes, `POST /api/session` answers 429 with
//! `Retry-After`, until the oldest counted failure leaves the window, when
//!
//! - the email has [`PAIR_LIMIT`] failures from this client: the client
//!   address, or the device when the browser carries a device cookie of
//!   the email's account (see `store::devices`);
//! - without such a device: the email has [`EMAIL_LIMIT`] failures from
//!   anywhere, or the address has [`ADDRESS_LIMIT`] failures for any emails;
//! - the account signed in successfully [`SUCCESS_LIMIT`] times (each
//!   sign-in costs an Argon2 hash; a script with a valid password must not
//!   keep the hashing threads busy).
//!
//! Failures count by the normalised email whether or not an account has it,
//! and a throttled sign-in is refused before the password is checked, so the
//! answer says nothing about which addresses exist. An attempt counts as a
//! failure from the moment it starts, so concurrent guesses cannot all pass
//! before the first one fails; a success takes that count back and clears
//! the email's failures from this client only (not the email's or the
//! address's wider counts: a valid account must not reset them between
//! guesses at others).
//!
//! IPv6 clients count by their /64, which one subscriber usually holds whole.
//! In process memory: a restart forgets, and several server processes each
//! count their own (the limits then multiply by the number of processes).

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};

/// Failures for one email from one client (address or trusted device).
pub const PAIR_LIMIT: usize = 5;
/// Failures for one email from clients it does not trust, all addresses
/// together: distributed guessing. The owner's own browser is exempt.
pub const EMAIL_LIMIT: usize = 50;
/// Failures from one address for any emails, from clients those emails do
/// not trust: password spraying. High, because an office shares an address
/// and one bad actor there must not keep colleagues out; colleagues who
/// signed in from their browser before are exempt.
pub const ADDRESS_LIMIT: usize = 100;
/// Successful sign-ins of one account.
pub const SUCCESS_LIMIT: usize = 60;
pub const WINDOW: Duration = Duration::minutes(15);
/// Beyond this many keys the expired ones are dropped, then, if still
/// full, everything: memory stays bounded under a flood of made-up emails.
const MAX_KEYS: usize = 100_000;

/// Who is signing in, from where.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Client {
    /// A client address (`None` when unknown, e.g. the router driven in tests).
    Address(Option<IpAddr>),
    /// A browser holding a device cookie of the account (the token's hash).
    Device(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Pair(String, Client),
    Email(String),
    Address(IpAddr),
    Success(String),
}

/// One sign-in attempt, as the throttle sees it.
#[derive(Debug, Clone)]
pub struct Attempt {
    email: String,
    client: Client,
    at: DateTime<Utc>,
}

impl Attempt {
    /// `device` is the hash of a device token the browser sent, already
    /// known to belong to this email's account (anything else is `None`).
    pub fn new(email: &str, address: Option<IpAddr>, device: Option<&str>, at: DateTime<Utc>) -> Self {
        let client = match device {
            Some(device) => Client::Device(device.to_string()),
            None => Client::Address(address.map(group)),
        };
        Attempt { email: normalize_email(email), client, at }
    }

    /// Every failure count this attempt is judged by, with its limit.
    fn failure_keys(&self) -> Vec<(Key, usize)> {
        let mut keys = vec![(Key::Pair(self.email.clone(), self.client.clone()), PAIR_LIMIT)];
        if let Client::Address(address) = &self.client {
            keys.push((Key::Email(self.email.clone()), EMAIL_LIMIT));
            if let Some(address) = address {
                keys.push((Key::Address(*address), ADDRESS_LIMIT));
            }
        }
        keys
    }
}

/// The email as accounts are looked up by: trimmed, lower case.
pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// The address an attempt counts under: IPv4 as is (also when mapped into
/// IPv6), IPv6 by its /64.
fn group(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut segments = v6.segments();
                segments[4..].fill(0);
                IpAddr::V6(segments.into())
            }
        },
    }
}

#[derive(Default)]
pub struct LoginThrottle {
    counts: Mutex<HashMap<Key, VecDeque<DateTime<Utc>>>>,
}

impl LoginThrottle {
    /// `Err(seconds to wait)` when the attempt is throttled. Otherwise it
    /// counts as a failure at once; [`LoginThrottle::succeeded`] or
    /// [`LoginThrottle::abandoned`] takes that back.
    pub fn begin(&self, attempt: &Attempt) -> Result<(), u64> {
        let Ok(mut map) = self.counts.lock() else { return Ok(()) };
        let now = attempt.at;
        let failures = attempt.failure_keys();
        let success = (Key::Success(attempt.email.clone()), SUCCESS_LIMIT);
        let mut wait = Duration::zero();
        for (key, limit) in failures.iter().chain([&success]) {
            let Some(times) = map.get_mut(key) else { continue };
            forget_old(times, now);
            if times.len() >= *limit {
                // Throttled until the entry `limit` places from the newest leaves the window.
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
        for (key, limit) in failures {
            push(map.entry(key).or_default(), now, limit);
        }
        Ok(())
    }

    /// The attempt signed in: its client starts afresh for the email, the
    /// wider counts lose this attempt only, and the account's successes grow.
    pub fn succeeded(&self, attempt: &Attempt) {
        let Ok(mut map) = self.counts.lock() else { return };
        for (key, _) in attempt.failure_keys() {
            if matches!(key, Key::Pair(..)) {
                map.remove(&key);
            } else {
                take_back(&mut map, &key, attempt.at);
            }
        }
        push(map.entry(Key::Success(attempt.email.clone())).or_default(), attempt.at, SUCCESS_LIMIT);
    }

    /// The attempt was never judged (the server was too busy to check the
    /// password): it counts for nothing.
    pub fn abandoned(&self, attempt: &Attempt) {
        let Ok(mut map) = self.counts.lock() else { return };
        for (key, _) in attempt.failure_keys() {
            take_back(&mut map, &key, attempt.at);
        }
    }
}

/// Adds `now`; only the newest `limit` entries matter.
fn push(times: &mut VecDeque<DateTime<Utc>>, now: DateTime<Utc>, limit: usize) {
    times.push_back(now);
    while times.len() > limit {
        times.pop_front();
    }
}

fn take_back(map: &mut HashMap<Key, VecDeque<DateTime<Utc>>>, key: &Key, at: DateTime<Utc>) {
    if let Some(times) = map.get_mut(key) {
        if let Some(i) = times.iter().rposition(|t| *t == at) {
            times.remove(i);
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

    fn ip(s: &str) -> Option<IpAddr> {
        Some(s.parse().unwrap())
    }

    fn from(email: &str, address: &str, at: DateTime<Utc>) -> Attempt {
        Attempt::new(email, ip(address), None, at)
    }

    #[test]
    fn one_client_is_throttled_after_its_limit_until_the_window_passes() {
        let throttle = LoginThrottle::default();
        for i in 0..PAIR_LIMIT as i64 {
            assert_eq!(throttle.begin(&from("a@example.com", "192.0.2.1", t(i))), Ok(()));
        }
        // The first failure was at t(0): free again at t(15). Refusals do not count.
        assert_eq!(throttle.begin(&from(" A@Example.com", "192.0.2.1", t(5))), Err(10 * 60));
        assert_eq!(throttle.begin(&from("a@example.com", "192.0.2.1", t(14))), Err(60));
        // The same email from elsewhere, and another email from here, are not throttled.
        assert_eq!(throttle.begin(&from("a@example.com", "192.0.2.2", t(5))), Ok(()));
        assert_eq!(throttle.begin(&from("b@example.com", "192.0.2.1", t(5))), Ok(()));
        assert_eq!(throttle.begin(&from("a@example.com", "192.0.2.1", t(15))), Ok(()));
        // That one counts with the four still in the window.
        assert_eq!(throttle.begin(&from("a@example.com", "192.0.2.1", t(15))), Err(60));
    }

    #[test]
    fn the_email_ceiling_stops_distributed_guessing_but_not_a_trusted_device() {
        let throttle = LoginThrottle::default();
        for i in 0..EMAIL_LIMIT {
            let address = format!("198.51.100.{i}");
            throttle.begin(&from("victim@example.com", &address, t(0))).unwrap();
        }
        assert_eq!(throttle.begin(&from("victim@example.com", "203.0.113.9", t(1))), Err(14 * 60));
        let own = Attempt::new("victim@example.com", ip("203.0.113.9"), Some("device-hash"), t(1));
        assert_eq!(throttle.begin(&own), Ok(()));
        throttle.succeeded(&own);
        // A success does not reset the ceiling for everyone else.
        assert!(throttle.begin(&from("victim@example.com", "203.0.113.10", t(2))).is_err());
    }

    #[test]
    fn the_address_ceiling_spares_trusted_devices() {
        let throttle = LoginThrottle::default();
        for i in 0..ADDRESS_LIMIT {
            throttle.begin(&from(&format!("guess{i}@example.com"), "192.0.2.7", t(0))).unwrap();
        }
        assert_eq!(throttle.begin(&from("new@example.com", "192.0.2.7", t(1))), Err(14 * 60));
        let colleague = Attempt::new("colleague@example.com", ip("192.0.2.7"), Some("their-device"), t(1));
        assert_eq!(throttle.begin(&colleague), Ok(()));
        assert_eq!(throttle.begin(&from("new@example.com", "192.0.2.8", t(1))), Ok(()));
    }

    #[test]
    fn a_success_clears_its_client_and_good_sign_ins_never_add_up() {
        let throttle = LoginThrottle::default();
        for i in 0..PAIR_LIMIT as i64 - 1 {
            throttle.begin(&from("a@example.com", "127.0.0.1", t(i))).unwrap();
        }
        let good = from("a@example.com", "127.0.0.1", t(4));
        throttle.begin(&good).unwrap();
        throttle.succeeded(&good);
        for _ in 0..PAIR_LIMIT {
            assert_eq!(throttle.begin(&from("a@example.com", "127.0.0.1", t(5))), Ok(()));
        }
        // Many people signing in from one address are no failures.
        for i in 0..3 * ADDRESS_LIMIT {
            let attempt = from(&format!("user{i}@example.com"), "127.0.0.2", t(6));
            throttle.begin(&attempt).unwrap();
            throttle.succeeded(&attempt);
        }
        assert_eq!(throttle.begin(&from("new@example.com", "127.0.0.2", t(6))), Ok(()));
    }

    #[test]
    fn successful_sign_ins_of_one_account_are_limited() {
        let throttle = LoginThrottle::default();
        for i in 0..SUCCESS_LIMIT {
            let attempt = from("busy@example.com", &format!("192.0.2.{}", i % 200), t(0));
            throttle.begin(&attempt).unwrap();
            throttle.succeeded(&attempt);
        }
        assert_eq!(throttle.begin(&from("busy@example.com", "192.0.2.250", t(1))), Err(14 * 60));
        assert_eq!(throttle.begin(&from("other@example.com", "192.0.2.250", t(1))), Ok(()));
    }

    #[test]
    fn an_abandoned_attempt_counts_for_nothing() {
        let throttle = LoginThrottle::default();
        for _ in 0..10 * PAIR_LIMIT {
            let attempt = from("a@example.com", "192.0.2.1", t(0));
            throttle.begin(&attempt).unwrap();
            throttle.abandoned(&attempt);
        }
        assert_eq!(throttle.begin(&from("a@example.com", "192.0.2.1", t(0))), Ok(()));
    }

    #[test]
    fn ipv6_clients_count_by_their_64_and_mapped_ipv4_as_ipv4() {
        assert_eq!(
            group("2001:db8:1:2:aaaa:bbbb:cccc:dddd".parse().unwrap()),
            "2001:db8:1:2::".parse::<IpAddr>().unwrap()
        );
        assert_eq!(group("::ffff:192.0.2.1".parse().unwrap()), "192.0.2.1".parse::<IpAddr>().unwrap());
        let throttle = LoginThrottle::default();
        for i in 0..PAIR_LIMIT {
            throttle.begin(&from("a@example.com", &format!("2001:db8::{i:x}"), t(0))).unwrap();
        }
        assert!(throttle.begin(&from("a@example.com", "2001:db8::ffff", t(0))).is_err());
        assert!(throttle.begin(&from("a@example.com", "2001:db8:0:1::1", t(0))).is_ok());
    }
}
