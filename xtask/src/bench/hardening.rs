//! `cargo xtask bench --only hardening`: what the fixes of issue 9 bound
//! and what they cost, each on a server of its own so nothing else it did
//! shows in the figure:
//!
//! - a slots window far in the past answers at once (it walked 14-day steps
//!   from the window to now: 2.2 s for year −262,143);
//! - the memory after 100 concurrent sign-ins stays about the baseline plus
//!   one Argon2 buffer per password thread (it was 1.6 GB after 80);
//! - booking throughput with `synchronous=FULL` (a 201 survives a power
//!   loss) beside `synchronous=NORMAL`, the setting before.

use std::path::Path;
use std::time::{Duration, Instant};

use super::{booking, sign_in, Row, BENCH_MENTEES, BENCH_MENTORS};
use crate::cmd::Result;
use crate::load::{self, Request};
use crate::server::{http, TestServer};

/// Concurrent sign-ins in the memory row, one synthetic mentee each.
const SIGN_INS: usize = 100;
/// Resident memory the server may have after them: the baseline (about
/// 30 MiB with the demo data) plus a 19 MiB Argon2 buffer per core, with
/// room to spare; the unbounded server reached 1.6 GB after 80.
const RSS_AFTER_SIGN_INS_MIB: f64 = 256.0;
/// A slots request the server refuses should take no longer than one it answers.
const FAR_PAST_MS: f64 = 10.0;

pub(super) fn rows(binary: &Path, dist: &Path) -> Result<Vec<Row>> {
    let mentees = SIGN_INS.to_string();
    let server = TestServer::start(binary, dist, "bench-hardening", &["--bench-mentees", &mentees])?;
    let mut rows = vec![far_past_slots(&server)?, sign_in_memory(&server)?];
    drop(server);

    let bench_mentees = BENCH_MENTEES.to_string();
    for (durability, extra) in [("NORMAL, as before", Some("normal")), ("FULL, now", None)] {
        let mut args = vec!["--bench-mentors", BENCH_MENTORS, "--bench-mentees", &bench_mentees];
        if let Some(setting) = extra {
            args.extend(["--sqlite-synchronous", setting]);
        }
        let server = TestServer::start(binary, dist, &format!("bench-{}", extra.unwrap_or("full")), &args)?;
        // The first row is the load, the second the race (the booking group's).
        let mut load = booking(&server)?.swap_remove(0);
        load.what = format!("{}, synchronous={durability}", load.what);
        rows.push(load);
    }
    Ok(rows)
}

/// `GET /api/mentors/2/slots` for a week in year −262,143, 20 times in a row.
fn far_past_slots(server: &TestServer) -> Result<Row> {
    let session = sign_in(server.port, "mentee@example.com")?;
    let path = "/api/mentors/2/slots?from=-262143-01-01T00:00:00Z&to=-262143-01-08T00:00:00Z";
    let mut times = Vec::new();
    let mut statuses = Vec::new();
    for _ in 0..20 {
        let started = Instant::now();
        let answer = http(server.port, "GET", path, &[("Cookie", &session.cookie)], "").unwrap_or_default();
        times.push(started.elapsed());
        statuses.push(answer.split(' ').nth(1).unwrap_or("none").to_string());
    }
    times.sort_unstable();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let (median, max) = (ms(times[times.len() / 2]), ms(times[times.len() - 1]));
    statuses.dedup();
    eprintln!("far-past slots window: {statuses:?}, median {median:.2} ms, max {max:.2} ms");
    let refused = statuses.iter().all(|s| s.starts_with('4'));
    Ok(Row {
        what: "GET /api/mentors/2/slots, a week in year −262,143".into(),
        figure: format!("{} in {median:.2} ms (max {max:.2})", statuses.join("/")),
        budget: format!("4xx, median <= {FAR_PAST_MS} ms"),
        ok: refused && median <= FAR_PAST_MS,
    })
}

/// 100 sign-ins at the same moment, each on its own connection; the
/// server's resident memory before, just after and at its peak.
fn sign_in_memory(server: &TestServer) -> Result<Row> {
    let before = memory(server.pid(), "VmRSS")?;
    let requests = (1..=SIGN_INS)
        .map(|i| {
            let body = format!(r#"{{"email":"bench.mentee.{i:05}@example.com","password":"naname-demo"}}"#);
            Request::new(server.port, "POST", "/api/session", &[("x-csrf-token", "login")], &body)
        })
        .collect();
    let out = load::burst(server.port, requests);
    let after = memory(server.pid(), "VmRSS")?;
    let peak = memory(server.pid(), "VmHWM")?;
    let (ok, busy, other) = (out.count(200), out.count(503), out.others(&[200, 503]));
    eprintln!(
        "{SIGN_INS} concurrent sign-ins: {:?}, {} connection errors, last answer after {:.0} ms; \
         RSS {before:.0} MiB before, {after:.0} MiB after, {peak:.0} MiB at the peak",
        out.statuses,
        out.errors,
        out.quantile_ms(1.0),
    );
    Ok(Row {
        what: format!("RSS after {SIGN_INS} concurrent sign-ins"),
        figure: format!("{after:.0} MiB (peak {peak:.0}), {ok}×200 {busy}×503 {other} other"),
        budget: format!("<= {RSS_AFTER_SIGN_INS_MIB} MiB, 200/503 only"),
        ok: after <= RSS_AFTER_SIGN_INS_MIB && other == 0,
    })
}

/// A `/proc/PID/status` field in MiB (`VmRSS`: now, `VmHWM`: the peak).
fn memory(pid: u32, field: &str) -> Result<f64> {
    let status =
        std::fs::read_to_string(format!("/proc/{pid}/status")).map_err(|e| format!("/proc/{pid}: {e}"))?;
    let kib: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{field}:")))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .ok_or_else(|| format!("no {field} in /proc/{pid}/status"))?;
    Ok(kib / 1024.0)
}
