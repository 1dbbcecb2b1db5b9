//! `cargo xtask <command>`: the project's own automation, so a fresh machine
//! needs nothing but Rust, Node.js and apt to build, run and test naname.
//!
//! Kept to the standard library plus the two compressors of `dist/`
//! (pure Rust, no build scripts): xtask itself must build in seconds.

mod bench;
mod build;
mod cmd;
mod compress;
mod load;
mod run;
mod server;
mod setup;
mod split;
mod test;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  setup            install every missing tool at its pinned version
  run [--port N] [--reset]
                   build the app and serve it with the reference backend and demo data
  test [--no-lint] [--e2e-only]
                   run every test: lint, host, component (wasm, Chromium), end to end (Playwright)
  bench [--only GROUP,...]
                   measure the budgets of docs/architecture.md; groups: slots, wire (bytes on the wire),
                   first-load, reads (server p99), filter (People page), booking,
                   hardening (far-past slots, memory after 100 sign-ins, booking with synchronous=FULL)
  ci               what .ci/run does: test
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, rest) = match args.split_first() {
        Some((c, rest)) => (c.as_str(), rest),
        None => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match command {
        "setup" => setup::setup(),
        "run" => run::run(rest),
        // Only the app build (dist/), as `run` and `bench` do it.
        "build" => build::app().map(|_| ()),
        "test" | "ci" => test::test(rest),
        "bench" => bench::bench(rest),
        "help" | "--help" | "-h" => {
            print!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
