//! `cargo xtask test`: every test the project has, in the order that fails fastest.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Child;
use std::time::{Duration, Instant};

use crate::build::{self, Profile};
use crate::cmd::{self, command, Result};
use crate::setup::{self, CHROMEDRIVER};

pub fn test(args: &[String]) -> Result {
    let mut lint = true;
    let mut only_e2e = false;
    for a in args {
        match a.as_str() {
            "--no-lint" => lint = false,
            "--e2e-only" => only_e2e = true,
            other => return Err(format!("test: unknown option `{other}` (options: --no-lint, --e2e-only)")),
        }
    }
    let started = Instant::now();
    setup::setup()?;
    if !only_e2e {
        if lint {
            step("format", || cmd::run(&mut command("cargo", &["fmt", "--all", "--check"])))?;
            step("clippy (host)", || {
                cmd::run(&mut command(
                    "cargo",
                    &["clippy", "--locked", "--workspace", "--all-targets", "--", "-D", "warnings"],
                ))
            })?;
            step("clippy (wasm)", || {
                cmd::run(&mut command(
                    "cargo",
                    &[
                        "clippy",
                        "--locked",
                        "-p",
                        "naname",
                        "--target",
                        "wasm32-unknown-unknown",
                        "--all-targets",
                        "--",
                        "-D",
                        "warnings",
                    ],
                ))
            })?;
        }
        step("host tests", || cmd::run(&mut command("cargo", &["test", "--locked", "--workspace"])))?;
        step("component tests (wasm in headless Chromium)", || {
            cmd::run(
                command("cargo", &["test", "--locked", "-p", "naname", "--target", "wasm32-unknown-unknown", "--tests"])
                    .env("CHROMEDRIVER", CHROMEDRIVER),
            )
        })?;
    }
    step("end-to-end tests (Playwright, real server, fresh database)", e2e)?;
    eprintln!("xtask test: all passed in {:.0?}", started.elapsed());
    Ok(())
}

fn step(name: &str, f: impl FnOnce() -> Result) -> Result {
    eprintln!("\n=== {name}");
    let t = Instant::now();
    f().map_err(|e| format!("{name}: {e}"))?;
    eprintln!("=== {name}: ok ({:.1?})", t.elapsed());
    Ok(())
}

fn e2e() -> Result {
    let dist = build::app()?;
    let server = build::server(Profile::Dev)?;
    let dir = std::env::temp_dir().join(format!("naname-e2e-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let port = free_port()?;
    let mut child = Server(
        command(
            &server.to_string_lossy(),
            &[
                "serve",
                "--db",
                &dir.join("e2e.db").to_string_lossy(),
                "--static",
                &dist.to_string_lossy(),
                "--port",
                &port.to_string(),
            ],
        )
        .spawn()
        .map_err(|e| format!("could not start the server: {e}"))?,
    );
    wait_healthy(port, &mut child.0)?;
    let url = format!("http://127.0.0.1:{port}");
    let result = cmd::run(
        command("npx", &["playwright", "test", "--config", "tests/e2e/playwright.config.ts"])
            .env("NANAME_URL", &url)
            .env("NANAME_E2E_TMP", &dir),
    );
    drop(child);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// Stops the server however the test run ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = command("kill", &["-TERM", &self.0.id().to_string()]).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> Result<u16> {
    let l = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port: {e}"))?;
    l.local_addr().map(|a| a.port()).map_err(|e| e.to_string())
}

/// Polls `GET /api/health` until it answers 200 (the server migrates and seeds first).
pub fn wait_healthy(port: u16, child: &mut Child) -> Result {
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        if let Ok(Some(status)) = child.try_wait() {
            return Err(format!("the server exited before it was ready ({status})"));
        }
        if health(port) {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    Err("the server did not become healthy within 120 s".into())
}

fn health(port: u16) -> bool {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else { return false };
    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
    let req = format!("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    if s.write_all(req.as_bytes()).is_err() {
        return false;
    }
    let mut buf = String::new();
    let _ = s.read_to_string(&mut buf);
    buf.starts_with("HTTP/1.1 200")
}

