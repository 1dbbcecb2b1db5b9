//! `cargo xtask test`: every test the project has, in the order that fails fastest.

use std::time::Instant;

use crate::build::{self, Profile};
use crate::cmd::{self, command, Result};
use crate::server::TestServer;
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
                command(
                    "cargo",
                    &[
                        "test",
                        "--locked",
                        "-p",
                        "naname",
                        "--target",
                        "wasm32-unknown-unknown",
                        "--test",
                        "*",
                    ],
                )
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
    let server = TestServer::start(&server, &dist, "e2e", &[])?;
    cmd::run(
        command("npx", &["playwright", "test", "--config", "tests/e2e/playwright.config.ts"])
            .env("NANAME_URL", server.url())
            .env("NANAME_E2E_TMP", &server.dir),
    )
}
