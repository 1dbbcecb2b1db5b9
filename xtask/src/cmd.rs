//! Running commands with the project's tool directories on PATH.

use std::path::PathBuf;
use std::process::{Command, Stdio};

pub type Result<T = ()> = std::result::Result<T, String>;

/// The repository root (xtask lives one level below it).
/// The repository: the parent of xtask's manifest directory. Read at run
/// time (`cargo run` and `cargo test` set it): clones that share one target
/// dir share one xtask build, so the path compiled in may be another clone's.
pub fn root() -> PathBuf {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest.parent().expect("xtask is inside the repository").to_path_buf()
}

/// PATH with cargo's bin dir and the npm tools (wasm-opt) in front, so Trunk
/// finds the pinned wasm-bindgen and wasm-opt and never downloads its own.
pub fn tool_path() -> String {
    let mut dirs = vec![root().join("node_modules/.bin")];
    if let Some(home) =
        std::env::var_os("CARGO_HOME").map(PathBuf::from).or_else(|| home().map(|h| h.join(".cargo")))
    {
        dirs.push(home.join("bin"));
    }
    let mut path = std::env::join_paths(&dirs).unwrap_or_default().to_string_lossy().into_owned();
    if let Some(old) = std::env::var_os("PATH") {
        path.push(':');
        path.push_str(&old.to_string_lossy());
    }
    path
}

fn home() -> Option<PathBuf> {
    std::env::var_os("HOME").map(PathBuf::from)
}

pub fn command(program: &str, args: &[&str]) -> Command {
    let mut c = Command::new(program);
    c.args(args).current_dir(root()).env("PATH", tool_path());
    c
}

/// Runs to completion, streaming output; fails with the command line on a non-zero exit.
pub fn run(c: &mut Command) -> Result {
    let line = describe(c);
    eprintln!("$ {line}");
    let status = c.status().map_err(|e| format!("could not start `{line}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{line}` failed ({status})"))
    }
}

/// Stdout of a command, or None when it is missing or fails.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = command(program, args).stderr(Stdio::null()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn describe(c: &Command) -> String {
    std::iter::once(c.get_program().to_string_lossy().into_owned())
        .chain(c.get_args().map(|a| a.to_string_lossy().into_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}
