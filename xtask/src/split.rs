//! Lazy-loaded routes with Trunk kept as the build tool (decision 0007).
//!
//! Trunk cannot split a wasm module (trunk-rs/trunk#1022): the split has to
//! happen between `cargo build` and `wasm-bindgen`, and every output module
//! needs its own `wasm-opt`. So Trunk builds as usual (HTML, CSS, icons,
//! hashing, and an unsplit wasm we throw away), and afterwards this module
//! redoes the wasm half of the pipeline on cargo's artifact:
//!
//! 1. `wasm_split_cli_support::transform` cuts `naname.wasm` (linked with
//!    `--emit-relocs`, see build.rs) at the `#[lazy]` split points into a
//!    main module, one module per split and shared chunks, and writes the
//!    JS "link" module that fetches and instantiates them;
//! 2. `wasm-bindgen` (the pinned CLI) on the main module only, keeping the
//!    linker's exports the chunks import;
//! 3. `wasm-opt -Oz` on the main module and on every chunk;
//! 4. names with a content hash, references rewritten, and Trunk's JS/wasm
//!    in dist/ replaced (index.html pointed at ours).

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::Hasher;
use std::path::Path;

use crate::build::target_dir;
use crate::cmd::{self, command, Result};

/// What the split wrote into dist/, for the build log.
pub struct Split {
    pub main_js: String,
    pub main_wasm: String,
    pub link_js: String,
    pub chunks: Vec<String>,
}

const OUT_NAME: &str = "naname";
const LINK: &str = "__wasm_split.js";
/// wasm-opt's options, as index.html gives them to Trunk.
const WASM_OPT: &[&str] = &["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int"];

/// Replaces Trunk's wasm and JS glue in `dist` with a split build of cargo's
/// artifact (Trunk has just built it, with the wasm-release profile).
pub fn split_into(dist: &Path) -> Result<Split> {
    let input = target_dir().join("wasm32-unknown-unknown/wasm-release").join(format!("{OUT_NAME}.wasm"));
    let work = target_dir().join("wasm-split");
    let _ = fs::remove_dir_all(&work);
    let split_dir = work.join("split");
    let bindgen_dir = work.join("bindgen");
    fs::create_dir_all(&split_dir).map_err(|e| format!("{}: {e}", split_dir.display()))?;

    // 1. split
    let wasm = fs::read(&input).map_err(|e| format!("{}: {e}", input.display()))?;
    let main_split = split_dir.join(format!("{OUT_NAME}_split.wasm"));
    let main_module = format!("./{OUT_NAME}.js");
    let link_name = format!("./{LINK}");
    let split = wasm_split_cli_support::transform({
        let mut opts = wasm_split_cli_support::Options::new(&wasm);
        opts.output_dir = &split_dir;
        opts.main_out_path = &main_split;
        opts.main_module = &main_module;
        opts.link_name = &link_name;
        opts
    })
    .map_err(|e| format!("wasm-split: {e:?}"))?;
    eprintln!("wasm-split: {} module(s) besides main: {:?}", split.split_modules.len(), split.prefetch_map);

    // 2. wasm-bindgen on the main module (the chunks are plain wasm that the
    //    link module instantiates against the main module's exports)
    let main_split_arg = main_split.to_string_lossy().into_owned();
    let bindgen_out = bindgen_dir.to_string_lossy().into_owned();
    cmd::run(&mut command(
        "wasm-bindgen",
        &[
            "--target=web",
            "--no-typescript",
            "--keep-lld-exports",
            "--no-demangle",
            &format!("--out-name={OUT_NAME}"),
            &format!("--out-dir={bindgen_out}"),
            &main_split_arg,
        ],
    ))?;

    // 3. wasm-opt on every module
    let main_bg = bindgen_dir.join(format!("{OUT_NAME}_bg.wasm"));
    let mut modules = vec![main_bg.clone()];
    modules.extend(split.split_modules.iter().cloned());
    for m in &modules {
        let path = m.to_string_lossy().into_owned();
        let mut args = WASM_OPT.to_vec();
        args.extend([path.as_str(), "-o", path.as_str()]);
        cmd::run(&mut command("wasm-opt", &args))?;
    }

    // 4. one content hash for the whole set: the main JS and the link module
    //    import each other, so neither name can hash only its own content.
    let main_js_path = bindgen_dir.join(format!("{OUT_NAME}.js"));
    let link_path = split_dir.join(LINK);
    let mut hasher = DefaultHasher::new();
    for f in [&main_js_path, &link_path].into_iter().chain(modules.iter()) {
        hasher.write(&read(f)?);
    }
    let hash = format!("{:016x}", hasher.finish());
    let main_js = format!("{OUT_NAME}-{hash}.js");
    let main_wasm = format!("{OUT_NAME}-{hash}_bg.wasm");
    let link_js = format!("wasm_split-{hash}.js");

    let mut chunks = Vec::new();
    let mut link = String::from_utf8(read(&link_path)?).map_err(|e| e.to_string())?;
    link = replace_once(&link, &format!("\"{main_module}\""), &format!("\"./{main_js}\""))?;
    for m in &split.split_modules {
        let stem = m.file_stem().and_then(|s| s.to_str()).ok_or("chunk without a name")?;
        let name = format!("{stem}-{hash}.wasm");
        link = replace_once(&link, &format!("\"./{stem}.wasm\""), &format!("\"./{name}\""))?;
        copy(m, &dist.join(&name))?;
        chunks.push(name);
    }
    write(&dist.join(&link_js), link.as_bytes())?;

    let js = String::from_utf8(read(&main_js_path)?).map_err(|e| e.to_string())?;
    // The import statements only (wasm-bindgen writes one per split): the
    // imports object's keys are the module name in the wasm's import
    // section and stay.
    let from = format!("from \"./{LINK}\"");
    if !js.contains(&from) {
        return Err(format!("the main JS has no `{from}`"));
    }
    let js = js.replace(&from, &format!("from \"./{link_js}\""));
    let js = js.replace(&format!("'{OUT_NAME}_bg.wasm'"), &format!("'{main_wasm}'"));
    write(&dist.join(&main_js), js.as_bytes())?;
    copy(&main_bg, &dist.join(&main_wasm))?;
    let snippets = bindgen_dir.join("snippets");
    if snippets.is_dir() {
        // The same crate snippets Trunk copied (same names): nothing to do
        // unless Trunk's are missing.
        if !dist.join("snippets").is_dir() {
            return Err("wasm-bindgen wrote snippets/ but Trunk did not".into());
        }
    }

    rewrite_index(dist, &main_js, &main_wasm, &link_js)?;
    Ok(Split { main_js, main_wasm, link_js, chunks })
}

/// Points index.html at our JS and wasm and removes Trunk's: its
/// `integrity` hashes are of Trunk's files, so they go (the files are
/// same-origin and content-named), and the link module is preloaded.
fn rewrite_index(dist: &Path, main_js: &str, main_wasm: &str, link_js: &str) -> Result {
    let index = dist.join("index.html");
    let mut html = String::from_utf8(read(&index)?).map_err(|e| e.to_string())?;
    let mut old = Vec::new();
    for entry in fs::read_dir(dist).map_err(|e| e.to_string())? {
        let name = entry.map_err(|e| e.to_string())?.file_name().to_string_lossy().into_owned();
        let trunk_js = name.starts_with(&format!("{OUT_NAME}-")) && name.ends_with(".js") && name != main_js;
        let trunk_wasm =
            name.starts_with(&format!("{OUT_NAME}-")) && name.ends_with("_bg.wasm") && name != main_wasm;
        if trunk_js || trunk_wasm {
            old.push(name);
        }
    }
    for name in &old {
        let new = if name.ends_with(".js") { main_js } else { main_wasm };
        if !html.contains(name.as_str()) {
            return Err(format!("index.html does not mention {name}"));
        }
        html = html.replace(name.as_str(), new);
        fs::remove_file(dist.join(name)).map_err(|e| format!("{name}: {e}"))?;
    }
    html = strip_attribute(&html, "integrity");
    let preload = format!("<link rel=\"modulepreload\" href=\"/{link_js}\">");
    html = replace_once(&html, "</head>", &format!("{preload}</head>"))?;
    write(&index, html.as_bytes())
}

/// Removes every `name=…` attribute, quoted or not (Trunk minifies the HTML).
fn strip_attribute(html: &str, name: &str) -> String {
    let needle = format!(" {name}=");
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        out.push_str(&rest[..i]);
        let value = &rest[i + needle.len()..];
        rest = match value.strip_prefix('"') {
            Some(quoted) => quoted.find('"').map_or("", |j| &quoted[j + 1..]),
            None => value.find(|c: char| c.is_whitespace() || c == '>').map_or("", |j| &value[j..]),
        };
    }
    out.push_str(rest);
    out
}

fn replace_once(text: &str, from: &str, to: &str) -> Result<String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        n => Err(format!("expected `{from}` once, found it {n} times")),
    }
}

fn read(path: &Path) -> Result<Vec<u8>> {
    fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, data: &[u8]) -> Result {
    fs::write(path, data).map_err(|e| format!("{}: {e}", path.display()))
}

fn copy(from: &Path, to: &Path) -> Result {
    fs::copy(from, to).map(|_| ()).map_err(|e| format!("{} → {}: {e}", from.display(), to.display()))
}
