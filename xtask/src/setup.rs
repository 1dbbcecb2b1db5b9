//! Installs what is missing, at pinned versions, and nothing else: a second
//! run with everything present makes no network request.

use std::fs;

use crate::cmd::{self, command, output, root, Result};

pub const TRUNK_VERSION: &str = "0.21.14";
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

pub fn setup() -> Result {
    let mut missing = Vec::new();
    for (name, step) in [
        ("wasm32 target", wasm_target as fn() -> Result),
        ("trunk", trunk),
        ("wasm-bindgen-cli", wasm_bindgen),
        ("npm packages (Playwright, axe-core, binaryen's wasm-opt)", npm),
        ("Chromium and chromedriver", chromium),
    ] {
        if let Err(e) = step() {
            eprintln!("xtask setup: could not install {name}: {e}");
            missing.push(name);
        }
    }
    if missing.is_empty() {
        eprintln!("xtask setup: all tools present");
        Ok(())
    } else {
        Err(format!("missing after setup: {}", missing.join(", ")))
    }
}

fn wasm_target() -> Result {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|l| l == "wasm32-unknown-unknown") {
        return Ok(());
    }
    cmd::run(&mut command("rustup", &["target", "add", "wasm32-unknown-unknown"]))
}

fn trunk() -> Result {
    if output("trunk", &["--version"]).is_some_and(|v| v.ends_with(TRUNK_VERSION)) {
        return Ok(());
    }
    cmd::run(&mut command("cargo", &["install", "trunk", "--version", TRUNK_VERSION, "--locked"]))
}

/// wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly, or the
/// generated JS glue does not match the wasm.
fn wasm_bindgen() -> Result {
    let want = locked_version("wasm-bindgen")?;
    if output("wasm-bindgen", &["--version"]).is_some_and(|v| v.ends_with(&want)) {
        return Ok(());
    }
    // `--locked` can fail on a yanked transitive version; the unlocked install is the documented fallback.
    cmd::run(&mut command("cargo", &["install", "wasm-bindgen-cli", "--version", &want, "--locked"]))
        .or_else(|_| cmd::run(&mut command("cargo", &["install", "wasm-bindgen-cli", "--version", &want])))
}

pub fn locked_version(package: &str) -> Result<String> {
    let lock = fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let needle = format!("name = \"{package}\"\nversion = \"");
    let start = lock.find(&needle).ok_or_else(|| format!("{package} is not in Cargo.lock"))? + needle.len();
    let end = lock[start..].find('"').ok_or("malformed Cargo.lock")?;
    Ok(lock[start..start + end].to_string())
}

/// `npm ci` when node_modules does not match package-lock.json (npm records
/// what it installed in node_modules/.package-lock.json).
fn npm() -> Result {
    let lock = fs::read_to_string(root().join("package-lock.json"))
        .map_err(|e| format!("package-lock.json: {e}"))?;
    let installed = fs::read_to_string(root().join("node_modules/.package-lock.json")).unwrap_or_default();
    if same_packages(&lock, &installed) && root().join("node_modules/.bin/wasm-opt").exists() {
        return Ok(());
    }
    cmd::run(command("npm", &["ci", "--no-audit", "--no-fund"]).env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))
}

/// Compares the "packages" sections, ignoring the root entry that only the lock file has.
fn same_packages(lock: &str, installed: &str) -> bool {
    let section = |s: &str| s.find("\"node_modules/").map(|i| s[i..].trim_end().to_string());
    !installed.is_empty() && section(lock) == section(installed)
}

fn chromium() -> Result {
    if std::path::Path::new(CHROMIUM).exists() && std::path::Path::new(CHROMEDRIVER).exists() {
        return Ok(());
    }
    apt_install(&["chromium", "chromium-driver"])
}

/// A Debian tool (e.g. `wrk` for benchmarks) unless it is already on PATH.
pub fn apt_tool(name: &str) -> Result {
    if output("which", &[name]).is_some() {
        return Ok(());
    }
    apt_install(&[name])
}

/// `apt-get install`, through sudo unless root; `apt-get update` once if the package lists are stale.
fn apt_install(packages: &[&str]) -> Result {
    let root_user = output("id", &["-u"]).as_deref() == Some("0");
    let apt = |args: &[&str]| {
        let mut c = if root_user { command("apt-get", args) } else { command("sudo", &["apt-get"]) };
        if !root_user {
            c.args(args);
        }
        cmd::run(c.env("DEBIAN_FRONTEND", "noninteractive"))
    };
    let mut install = vec!["install", "-y", "--no-install-recommends"];
    install.extend_from_slice(packages);
    apt(&install).or_else(|_| apt(&["update"]).and_then(|_| apt(&install)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_versions_from_the_lock_file() {
        let v = locked_version("wasm-bindgen").unwrap();
        assert!(v.starts_with("0.2."), "{v}");
        assert!(locked_version("no-such-package").is_err());
    }

    #[test]
    fn package_sections_compare_without_the_root_entry() {
        let lock = r#"{"name":"x","packages":{"":{"name":"x"},"node_modules/a":{"version":"1"}}}"#;
        let installed = r#"{"name":"x","packages":{"node_modules/a":{"version":"1"}}}"#;
        assert!(same_packages(lock, installed));
        assert!(!same_packages(lock, r#"{"packages":{"node_modules/a":{"version":"2"}}}"#));
        assert!(!same_packages(lock, ""));
    }
}
