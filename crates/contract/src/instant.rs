//! Instants as Unix seconds and the calendar dates and RFC 3339 text they
//! stand for, with integer arithmetic only: the server writes slot lists with
//! it (chrono's `Display` per instant was most of the slots endpoint's time)
//! and the browser app writes the slot window's query with it. Reading
//! timestamps is chrono's, through the contract types' serde derives.

/// Seconds in a day (no leap seconds in Unix time).
pub const DAY: i64 = 86_400;

/// The first and last instants (Unix seconds) the API accepts in a request:
/// 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z. Well-formed RFC 3339 text
/// reaches years ±262,143, where date arithmetic overflows; no booking rule
/// needs anything outside these.
pub const EARLIEST: i64 = 0;
pub const LATEST: i64 = 253_402_300_799;

/// Whether an instant (Unix seconds) is one the API accepts.
pub fn in_api_range(t: i64) -> bool {
    (EARLIEST..=LATEST).contains(&t)
}

/// Proleptic Gregorian `(year, month, day)` of a count of days since
/// 1970-01-01 (Howard Hinnant's `civil_from_days`).
pub fn civil_from_days(day: i64) -> (i64, u32, u32) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The day count of a proleptic Gregorian date (Hinnant's `days_from_civil`),
/// the inverse of [`civil_from_days`].
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = i64::from(if m > 2 { m - 3 } else { m + 9 });
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// `2030-01-08T03:00:00Z` for an instant in whole seconds, the form the API
/// writes; `None` outside the years 0000–9999, which RFC 3339 cannot write.
pub fn rfc3339_utc(t: i64) -> Option<[u8; 20]> {
    let (year, month, day) = civil_from_days(t.div_euclid(DAY));
    if !(0..=9999).contains(&year) {
        return None;
    }
    let secs = t.rem_euclid(DAY);
    let mut out = *b"0000-00-00T00:00:00Z";
    let mut put = |at: usize, v: i64| {
        out[at] = b'0' + (v / 10) as u8;
        out[at + 1] = b'0' + (v % 10) as u8;
    };
    put(0, year / 100);
    put(2, year % 100);
    put(5, i64::from(month));
    put(8, i64::from(day));
    put(11, secs / 3600);
    put(14, secs / 60 % 60);
    put(17, secs % 60);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, SecondsFormat};

    #[test]
    fn writes_rfc3339_like_chrono() {
        for t in [0, -1, 1_796_000_000, 951_782_400, -62_167_219_200, 253_402_300_799] {
            let chrono = DateTime::from_timestamp(t, 0).unwrap().to_rfc3339_opts(SecondsFormat::Secs, true);
            assert_eq!(std::str::from_utf8(&rfc3339_utc(t).unwrap()).unwrap(), chrono, "{t}");
        }
        assert_eq!(rfc3339_utc(-62_167_219_201), None);
        assert_eq!(rfc3339_utc(253_402_300_800), None);
    }

    #[test]
    fn the_api_range_is_what_rfc3339_writes_from_1970() {
        assert!(in_api_range(0) && in_api_range(LATEST));
        assert!(!in_api_range(-1) && !in_api_range(LATEST + 1));
        assert_eq!(&rfc3339_utc(LATEST).unwrap(), b"9999-12-31T23:59:59Z");
        assert_eq!(&rfc3339_utc(EARLIEST).unwrap(), b"1970-01-01T00:00:00Z");
    }

    #[test]
    fn civil_dates_round_trip() {
        for day in [-800_000, -1, 0, 1, 20_000, 2_000_000] {
            let (y, m, d) = civil_from_days(day);
            assert_eq!(days_from_civil(y, m, d), day);
        }
    }
}
