//! Brotli and gzip copies of the built app, made once at build time: the
//! server sends `name.br` / `name.gz` to clients that accept them (docs/architecture.md
//! #budgets, bytes on the wire), so no request pays for brotli 11.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use brotli::enc::BrotliEncoderParams;
use flate2::write::GzEncoder;
use flate2::Compression;

use crate::cmd::Result;

/// Text and wasm; images and fonts are compressed already.
const COMPRESSIBLE: &[&str] =
    &["html", "htm", "js", "mjs", "wasm", "css", "svg", "json", "map", "txt", "xml", "webmanifest", "ico"];

/// The largest window browsers decode (RFC 7932). Brotli's "large window"
/// extension goes further, but no browser accepts it as `br`.
const BROTLI_WINDOW_BITS: i32 = 24;

/// What was written for one file, for the build log and the tests.
#[derive(Debug, PartialEq, Eq)]
pub struct Compressed {
    pub path: PathBuf,
    pub original: usize,
    /// None when that encoding would not make the file smaller.
    pub br: Option<usize>,
    pub gz: Option<usize>,
}

/// Writes `name.br` and `name.gz` beside every compressible file under
/// `dir`, in a stable order. An encoding that does not shrink a file is left
/// out (a stale copy removed), so the server answers with identity instead.
pub fn precompress(dir: &Path) -> Result<Vec<Compressed>> {
    let mut files = Vec::new();
    collect(dir, &mut files)?;
    files.sort();
    files.iter().map(|path| compress_file(path)).collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result {
    for entry in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if is_compressible(&path) {
            out.push(path);
        }
    }
    Ok(())
}

fn is_compressible(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    COMPRESSIBLE.iter().any(|c| ext.eq_ignore_ascii_case(c))
}

fn compress_file(path: &Path) -> Result<Compressed> {
    let data = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let br = write_if_smaller(path, "br", &data, brotli(&data)?)?;
    let gz = write_if_smaller(path, "gz", &data, gzip(&data)?)?;
    Ok(Compressed { path: path.to_path_buf(), original: data.len(), br, gz })
}

fn write_if_smaller(path: &Path, ext: &str, original: &[u8], packed: Vec<u8>) -> Result<Option<usize>> {
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".{ext}"));
    let target = PathBuf::from(name);
    if packed.len() >= original.len() {
        match fs::remove_file(&target) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(format!("{}: {e}", target.display()))
            }
            _ => return Ok(None),
        }
    }
    fs::write(&target, &packed).map_err(|e| format!("{}: {e}", target.display()))?;
    Ok(Some(packed.len()))
}

pub fn brotli(data: &[u8]) -> Result<Vec<u8>> {
    let params = BrotliEncoderParams {
        quality: 11,
        lgwin: BROTLI_WINDOW_BITS,
        size_hint: data.len(),
        ..BrotliEncoderParams::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &data[..], &mut out, &params).map_err(|e| format!("brotli: {e}"))?;
    Ok(out)
}

/// Level 9. flate2 writes no file name and a zero mtime, so the bytes depend
/// on the input alone and rebuilds are reproducible.
pub fn gzip(data: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(data).map_err(|e| format!("gzip: {e}"))?;
    encoder.finish().map_err(|e| format!("gzip: {e}"))
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn unbrotli(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        brotli::Decompressor::new(data, 4096).read_to_end(&mut out).unwrap();
        out
    }

    fn gunzip(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(data).read_to_end(&mut out).unwrap();
        out
    }

    #[test]
    fn writes_both_encodings_beside_compressible_files() {
        let dir = tempdir("both");
        let js = "export function init() { return 'naname'; }\n".repeat(200);
        fs::create_dir(dir.join("snippets")).unwrap();
        fs::write(dir.join("app-0123456789abcdef.js"), &js).unwrap();
        fs::write(dir.join("snippets/x.css"), "body { color: red; }\n".repeat(50)).unwrap();
        fs::write(dir.join("photo.png"), vec![7u8; 4096]).unwrap();

        let out = precompress(&dir).unwrap();
        let names: Vec<_> = out.iter().map(|c| c.path.strip_prefix(&dir).unwrap().to_owned()).collect();
        assert_eq!(names, [PathBuf::from("app-0123456789abcdef.js"), PathBuf::from("snippets/x.css")]);
        let br = fs::read(dir.join("app-0123456789abcdef.js.br")).unwrap();
        let gz = fs::read(dir.join("app-0123456789abcdef.js.gz")).unwrap();
        assert_eq!(unbrotli(&br), js.as_bytes());
        assert_eq!(gunzip(&gz), js.as_bytes());
        assert_eq!(out[0].br, Some(br.len()));
        assert!(dir.join("snippets/x.css.br").is_file());
        assert!(!dir.join("photo.png.br").exists(), "images are not recompressed");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn skips_files_compression_does_not_shrink_and_removes_stale_copies() {
        let dir = tempdir("skip");
        fs::write(dir.join("a.json"), "{}").unwrap();
        fs::write(dir.join("a.json.br"), "stale").unwrap();
        let out = precompress(&dir).unwrap();
        assert_eq!(out, [Compressed { path: dir.join("a.json"), original: 2, br: None, gz: None }]);
        assert!(!dir.join("a.json.br").exists() && !dir.join("a.json.gz").exists());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn output_is_reproducible() {
        let data = "<html>naname</html>".repeat(100);
        assert_eq!(brotli(data.as_bytes()).unwrap(), brotli(data.as_bytes()).unwrap());
        let gz = gzip(data.as_bytes()).unwrap();
        assert_eq!(&gz[4..8], [0; 4], "mtime");
        assert_eq!(gz, gzip(data.as_bytes()).unwrap());
    }

    fn tempdir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-compress-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }
}
