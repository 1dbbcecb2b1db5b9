//! `cargo xtask run`: the app with the reference backend and demo data.

use std::os::unix::process::CommandExt;

use crate::build::{self, Profile};
use crate::cmd::{command, Result};
use crate::setup;

pub fn run(args: &[String]) -> Result {
    let mut port = "8080".to_string();
    let mut reset = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--port" => port = it.next().ok_or("--port needs a number")?.clone(),
            "--reset" => reset = true,
            other => return Err(format!("run: unknown option `{other}` (options: --port N, --reset)")),
        }
    }
    port.parse::<u16>().map_err(|_| format!("--port: `{port}` is not a port number"))?;

    setup::setup()?;
    let dist = build::app()?;
    let server = build::server(Profile::Release)?;
    let dist = dist.to_string_lossy().into_owned();
    let mut serve = vec!["serve", "--db", "data/naname.db", "--static", &dist, "--port", &port];
    if reset {
        serve.push("--reset");
    }
    // Replace this process so Ctrl-C reaches the server directly and it shuts down cleanly.
    let err = command(&server.to_string_lossy(), &serve).exec();
    Err(format!("could not start the server: {err}"))
}
