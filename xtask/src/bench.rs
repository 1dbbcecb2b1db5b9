//! `cargo xtask bench`: the budgets of DESIGN.md §6, measured, never asserted
//! in timed tests. Prints each figure beside its budget; exits non-zero when a
//! budget is missed so a regression is loud.

use std::fs;
use std::path::Path;
use std::process::Stdio;

use crate::build::{self, Profile};
use crate::cmd::{command, Result};
use crate::server::{http, TestServer};
use crate::setup;

const BUNDLE_BUDGET_KB: f64 = 250.0;
const P99_BUDGET_MS: f64 = 10.0;
const BENCH_MENTORS: &str = "2000";

struct Row {
    what: String,
    figure: String,
    budget: String,
    ok: bool,
}

pub fn bench(_args: &[String]) -> Result {
    setup::setup()?;
    setup::apt_tool("wrk")?;
    let dist = build::app()?;
    let binary = build::server(Profile::Release)?;
    let mut rows = vec![bundle(&dist)?, slot_engine()?];

    let server = TestServer::start(&binary, &dist, "bench", &["--bench-mentors", BENCH_MENTORS])?;
    let cookie = login(server.port)?;
    for (what, path) in [
        ("GET /api/mentors (2,000 mentors, first page)", "/api/mentors".to_string()),
        ("GET /api/mentors?theme=…&q=… (filtered)", "/api/mentors?theme=1&theme=2&q=%E3%81%AE".to_string()),
        ("GET /api/people?q=…", "/api/people?q=%E3%81%95".to_string()),
        // A demo mentor (busy with demo 1on1s) and a synthetic one, one week each.
        ("GET /api/mentors/2/slots (one week)", "/api/mentors/2/slots".to_string()),
        ("GET /api/mentors/75/slots (one week, bench mentor)", "/api/mentors/75/slots".to_string()),
    ] {
        rows.push(load(&server, &cookie, what, &path)?);
    }
    rows.push(people_page(&server, &dist)?);
    drop(server);

    println!("\n{:<58} {:>28} {:>22}", "what", "measured", "budget");
    for r in &rows {
        println!("{:<58} {:>28} {:>22} {}", r.what, r.figure, r.budget, if r.ok { "ok" } else { "MISSED" });
    }
    if rows.iter().all(|r| r.ok) {
        Ok(())
    } else {
        Err("a budget was missed".into())
    }
}

/// Gzipped size of what a browser downloads: wasm + js + css.
fn bundle(dist: &Path) -> Result<Row> {
    let mut total = 0u64;
    let mut parts = Vec::new();
    for entry in fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(ext, "wasm" | "js" | "css") {
            continue;
        }
        let out = command("gzip", &["-9", "-c", &path.to_string_lossy()])
            .stderr(Stdio::inherit())
            .output()
            .map_err(|e| format!("gzip: {e}"))?;
        let size = out.stdout.len() as u64;
        parts.push(format!("{ext} {:.1}", size as f64 / 1024.0));
        total += size;
    }
    let kb = total as f64 / 1024.0;
    eprintln!("bundle (gzip -9, KB): {}", parts.join(", "));
    Ok(Row {
        what: "app transfer size, wasm + js + css, gzip".into(),
        figure: format!("{kb:.1} KB"),
        budget: format!("<= {BUNDLE_BUDGET_KB} KB"),
        ok: kb <= BUNDLE_BUDGET_KB,
    })
}

fn login(port: u16) -> Result<String> {
    let body = r#"{"email":"mentee@example.com","password":"naname-demo"}"#;
    let res =
        http(port, "POST", "/api/session", &[("x-csrf-token", "login")], body).ok_or("login: no answer")?;
    res.lines()
        .find_map(|l| {
            let l = l.strip_prefix("set-cookie: ").or_else(|| l.strip_prefix("Set-Cookie: "))?;
            l.split(';').next().map(str::to_string)
        })
        .ok_or_else(|| format!("login did not set a cookie:\n{res}"))
}

/// 64 connections on loopback for 10 s with wrk; p99 and errors from its report.
fn load(server: &TestServer, cookie: &str, what: &str, path: &str) -> Result<Row> {
    let url = format!("{}{path}", server.url());
    let header = format!("Cookie: {cookie}");
    let out = command("wrk", &["-t2", "-c64", "-d10s", "--latency", "-H", &header, &url])
        .output()
        .map_err(|e| format!("wrk: {e}"))?;
    let report = String::from_utf8_lossy(&out.stdout);
    eprintln!("{what}\n{report}");
    let p99 = report
        .lines()
        .find_map(|l| l.trim().strip_prefix("99%").map(|v| v.trim().to_string()))
        .ok_or("wrk printed no 99% line")?;
    let p99_ms = parse_duration_ms(&p99).ok_or_else(|| format!("wrk latency `{p99}`"))?;
    let errors = report.lines().any(|l| l.contains("Non-2xx") || l.contains("Socket errors"));
    let rps = report.lines().find_map(|l| l.strip_prefix("Requests/sec:")).unwrap_or("").trim().to_string();
    Ok(Row {
        what: format!("{what}, 64 conns"),
        figure: format!("p99 {p99_ms:.2} ms, {rps} rps{}", if errors { ", ERRORS" } else { "" }),
        budget: format!("p99 <= {P99_BUDGET_MS} ms, 0 err"),
        ok: p99_ms <= P99_BUDGET_MS && !errors,
    })
}

/// wrk prints `812.00us`, `4.21ms`, `1.02s`.
fn parse_duration_ms(s: &str) -> Option<f64> {
    let (num, unit) = s.split_at(s.find(|c: char| c.is_ascii_alphabetic())?);
    let v: f64 = num.parse().ok()?;
    Some(match unit {
        "us" => v / 1000.0,
        "ms" => v,
        "s" => v * 1000.0,
        _ => return None,
    })
}

/// The engine on the host, one mentor, 12 weeks (crates/contract/examples/slot_bench.rs).
fn slot_engine() -> Result<Row> {
    let out = command(
        "cargo",
        &["run", "--release", "--quiet", "-p", "naname-contract", "--example", "slot_bench"],
    )
    .stderr(Stdio::inherit())
    .output()
    .map_err(|e| format!("slot_bench: {e}"))?;
    let line = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let median = json_number(&line, "median_us").ok_or_else(|| format!("slot_bench printed `{line}`"))?;
    let p99 = json_number(&line, "p99_us").unwrap_or(f64::NAN);
    Ok(Row {
        what: "slot engine, one mentor, 12 weeks (host)".into(),
        figure: format!("median {:.3} ms, p99 {:.3} ms", median / 1000.0, p99 / 1000.0),
        budget: "<= 1 ms".into(),
        ok: median <= 1000.0,
    })
}

/// The `href` of the stylesheet link; Trunk minifies the HTML, so values may be unquoted.
fn stylesheet_href(html: &str) -> Option<String> {
    html.split("href=").skip(1).find_map(|rest| {
        let value = rest.trim_start_matches(['"', '\'']);
        let end = value.find(['"', '\'', ' ', '>']).unwrap_or(value.len());
        value[..end].ends_with(".css").then(|| value[..end].to_string())
    })
}

/// A number field of a one-line JSON object printed by our own bench programs.
fn json_number(line: &str, name: &str) -> Option<f64> {
    let at = line.find(&format!("\"{name}\":"))? + name.len() + 3;
    line[at..].split([',', '}']).next()?.trim().parse().ok()
}

/// Chip toggle to painted result in Chromium, the app against a plain-JS page.
fn people_page(server: &TestServer, dist: &Path) -> Result<Row> {
    let index = fs::read_to_string(dist.join("index.html")).map_err(|e| format!("dist/index.html: {e}"))?;
    let css = stylesheet_href(&index).ok_or("no stylesheet in dist/index.html")?;
    let out = command("node", &["tests/bench/people-filter.mjs"])
        .env("NANAME_URL", server.url())
        .env("NANAME_CSS", css)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("node: {e}"))?;
    if !out.status.success() {
        return Err("the People page benchmark failed".into());
    }
    let line = String::from_utf8_lossy(&out.stdout).trim().to_string();
    eprintln!("People page: {line}");
    let app = json_number(&line, "app_median_ms").ok_or("no app_median_ms")?;
    let base = json_number(&line, "baseline_median_ms").ok_or("no baseline_median_ms")?;
    Ok(Row {
        what: format!("People: chip toggle → painted, {BENCH_MENTORS} mentors (median)"),
        figure: format!("app {app:.1} ms vs plain JS {base:.1} ms"),
        budget: "app <= plain JS".into(),
        ok: app <= base,
    })
}

#[cfg(test)]
mod tests {
    use super::parse_duration_ms;

    #[test]
    fn stylesheet_links_quoted_or_not() {
        use super::stylesheet_href;
        assert_eq!(
            stylesheet_href("<link href=/main-1.css integrity=x rel=stylesheet>").as_deref(),
            Some("/main-1.css")
        );
        assert_eq!(
            stylesheet_href(r#"<link rel="icon" href="/f.svg"><link href="/m.css" rel="stylesheet">"#)
                .as_deref(),
            Some("/m.css")
        );
        assert_eq!(stylesheet_href("<p>no css</p>"), None);
    }

    #[test]
    fn wrk_durations() {
        assert_eq!(parse_duration_ms("812.00us"), Some(0.812));
        assert_eq!(parse_duration_ms("4.21ms"), Some(4.21));
        assert_eq!(parse_duration_ms("1.50s"), Some(1500.0));
        assert_eq!(parse_duration_ms("abc"), None);
    }
}
