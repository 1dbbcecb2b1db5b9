//! Instants as Unix seconds and the calendar dates and RFC 3339 text they
//! stand for, with integer arithmetic only: the server writes slot lists with
//! it (chrono's `Display` per instant was most of the slots endpoint's time)
//! and the browser app reads and writes timestamps with it (chrono's parser
//! and formatter would cost it ~14 KB of wasm).

/// Seconds in a day (no leap seconds in Unix time).
pub const DAY: i64 = 86_400;

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

/// Unix seconds and nanoseconds of an RFC 3339 timestamp such as
/// `2026-12-01T12:00:00+09:00` or `2026-12-01T03:00:00.5Z`; `None` for
/// anything else. The browser app reads with this: chrono's parser costs
/// ~14 KB of its wasm.
pub fn parse_rfc3339(s: &str) -> Option<(i64, u32)> {
    let b = s.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let digits = b.get(from..from + len)?;
        digits.iter().try_fold(0i64, |n, &c| c.is_ascii_digit().then(|| n * 10 + i64::from(c - b'0')))
    };
    let sep = |at: usize, allowed: &[u8]| b.get(at).is_some_and(|c| allowed.contains(c));
    if !(sep(4, b"-") && sep(7, b"-") && sep(10, b"Tt ") && sep(13, b":") && sep(16, b":")) {
        return None;
    }
    let (year, month, day) = (num(0, 4)?, num(5, 2)? as u32, num(8, 2)? as u32);
    let (hour, minute, second) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => return None,
    };
    // A leap second (:60) is read as the last instant of its minute, like chrono does.
    if !(1..=days_in_month).contains(&day) || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut at = 19;
    let mut nanos = 0u32;
    if sep(at, b".") {
        at += 1;
        let start = at;
        while b.get(at).is_some_and(u8::is_ascii_digit) {
            if at - start < 9 {
                nanos = nanos * 10 + u32::from(b[at] - b'0');
            }
            at += 1;
        }
        if at == start {
            return None;
        }
        nanos *= 10u32.pow(9u32.saturating_sub((at - start) as u32));
    }
    let offset = match b.get(at)? {
        b'Z' | b'z' if at + 1 == b.len() => 0,
        sign @ (b'+' | b'-') if at + 6 == b.len() && sep(at + 3, b":") => {
            let (h, m) = (num(at + 1, 2)?, num(at + 4, 2)?);
            if h > 23 || m > 59 {
                return None;
            }
            let minutes = h * 60 + m;
            if *sign == b'-' {
                -minutes
            } else {
                minutes
            }
        }
        _ => return None,
    };
    let second = second.min(59);
    let secs = days_from_civil(year, month, day) * DAY + hour * 3600 + minute * 60 + second - offset * 60;
    Some((secs, nanos))
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
    fn reads_rfc3339_like_chrono() {
        for s in [
            "2026-12-01T03:00:00Z",
            "2026-12-01T12:00:00+09:00",
            "2026-03-08T01:59:59-05:00",
            "1969-12-31T23:59:59Z",
            "2024-02-29T00:00:00.5Z",
            "2026-11-25T22:37:56.123456789+05:30",
            "2026-11-25t22:37:56.1234567891z",
            "2000-01-01T00:00:00-00:00",
            "9999-12-31T23:59:59Z",
        ] {
            let chrono = DateTime::parse_from_rfc3339(s).unwrap();
            let ours = parse_rfc3339(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!(ours, (chrono.timestamp(), chrono.timestamp_subsec_nanos()), "{s}");
        }
        for day in [-800_000, -1, 0, 1, 20_000, 2_000_000] {
            let (y, m, d) = civil_from_days(day);
            assert_eq!(days_from_civil(y, m, d), day);
        }
        let t = 1_796_000_000;
        let written = rfc3339_utc(t).unwrap();
        assert_eq!(parse_rfc3339(std::str::from_utf8(&written).unwrap()), Some((t, 0)));
    }

    #[test]
    fn refuses_what_is_not_rfc3339() {
        for s in [
            "",
            "2026-12-01",
            "2026-12-01T03:00:00",
            "2026-12-01T03:00Z",
            "2026-02-29T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-12-32T00:00:00Z",
            "2026-12-01T24:00:00Z",
            "2026-12-01T03:00:00.Z",
            "2026-12-01T03:00:00+0900",
            "2026-12-01T03:00:00+24:00",
            "2026-12-01T03:00:00Zjunk",
            "2026-12-01 03:00:00Z ",
            "+2026-12-01T03:00:00Z",
            "２０２６-12-01T03:00:00Z",
        ] {
            assert_eq!(parse_rfc3339(s), None, "{s:?}");
            assert!(DateTime::parse_from_rfc3339(s).is_err(), "chrono accepts {s:?}");
        }
    }
}
