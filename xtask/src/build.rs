//! Release build of the web app and builds of the reference server.

use std::path::{Path, PathBuf};

use crate::cmd::{self, command, root, Result};
use crate::compress;

/// `trunk build --release --offline` into dist/, then the brotli and gzip
/// copies the server sends. `NANAME_DEMO=1` makes the login page list the
/// demo logins; the reference server seeds those users.
pub fn app() -> Result<PathBuf> {
    // Trunk runs cargo with --offline: fetch first so a fresh machine has the crates.
    cmd::run(&mut command("cargo", &["fetch", "--locked"]))?;
    // The lazy routes' code out of the main module (decision 0007;
    // NANAME_SPLIT=0 is the unsplit build).
    let split = std::env::var("NANAME_SPLIT").as_deref() != Ok("0");
    let mut args = vec!["build", "--release", "--offline"];
    if split {
        args.extend(["--features", "split"]);
    }
    cmd::run(command("trunk", &args).env("NANAME_DEMO", "1"))?;
    let dist = root().join("dist");
    if split {
        let s = crate::split::split_into(&dist)?;
        eprintln!("split: {} + {} + {} + chunks {:?}", s.main_js, s.main_wasm, s.link_js, s.chunks);
    }
    precompress(&dist)?;
    Ok(dist)
}

fn precompress(dist: &Path) -> Result {
    let kib = |n: usize| n as f64 / 1024.0;
    let size = |n: Option<usize>| n.map_or("-".to_string(), |n| format!("{:.1}", kib(n)));
    for c in compress::precompress(dist)? {
        let name = c.path.strip_prefix(dist).unwrap_or(&c.path).display();
        eprintln!("precompressed {name}: {:.1} KiB, br {}, gz {}", kib(c.original), size(c.br), size(c.gz));
    }
    Ok(())
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// For tests: shares artifacts with `cargo test`.
    Dev,
    /// For `run` and benchmarks.
    Release,
}

pub fn server(profile: Profile) -> Result<PathBuf> {
    let mut args = vec!["build", "--locked", "-p", "naname-server", "--bin", "naname-server"];
    if profile == Profile::Release {
        args.push("--release");
    }
    cmd::run(&mut command("cargo", &args))?;
    let dir = if profile == Profile::Release { "release" } else { "debug" };
    Ok(target_dir().join(dir).join("naname-server"))
}

pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root().join("target"))
}
