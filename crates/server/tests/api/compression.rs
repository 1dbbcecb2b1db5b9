//! What goes over the wire compressed: the app's files from their
//! build-time `.br` / `.gz` copies, the larger API answers on the fly.

use std::io::{Read, Write};
use std::path::Path;

use axum::http::StatusCode;
use base64::Engine;
use naname_contract::one_on_ones::{OneOnOne, Status};
use sha2::{Digest, Sha256};

use crate::common::{TestApp, TestResponse};

const INIT: &str =
    "import init from '/naname-0123456789abcdef.js'; await init('/naname-0123456789abcdef_bg.wasm');";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// Accept-Encoding as a browser sends it, gzip alone, and none at all.
const CLIENTS: [(Option<&str>, &str); 3] = [(Some("br, gzip"), "br"), (Some("gzip"), "gzip"), (None, "")];

fn index_html() -> String {
    // Long enough that both encodings shrink it, as they do a real index.html.
    let meta = "<meta name=\"description\" content=\"naname — mentoring 1on1s\">".repeat(20);
    format!(
        "<!DOCTYPE html><html><head>{meta}<link rel=\"stylesheet\" href=\"/style-fedcba9876543210.css\">\
         <script type=\"module\">{INIT}</script></head><body></body></html>"
    )
}

/// Hashed assets with their content type, and the bytes written for them.
fn assets() -> Vec<(&'static str, &'static str, Vec<u8>)> {
    let mut wasm = b"\0asm\x01\0\0\0".to_vec();
    wasm.extend((0..4000u32).flat_map(|i| (i % 17).to_le_bytes()));
    vec![
        ("/naname-0123456789abcdef_bg.wasm", "application/wasm", wasm),
        (
            "/naname-0123456789abcdef.js",
            "text/javascript",
            "export default function init() { return 1; }\n".repeat(100).into_bytes(),
        ),
        ("/style-fedcba9876543210.css", "text/css", ".mentor-card { margin: 0 }\n".repeat(100).into_bytes()),
    ]
}

/// A dist/ as `cargo xtask` leaves it: each file beside its `.br` and `.gz`,
/// except the icon, which has no compressed copies.
fn precompressed_app(dir: &Path) {
    let mut files = vec![("/index.html", index_html().into_bytes())];
    files.extend(assets().into_iter().map(|(path, _, data)| (path, data)));
    for (path, data) in files {
        let file = dir.join(&path[1..]);
        std::fs::write(&file, &data).unwrap();
        std::fs::write(file.with_extension(ext(&file, "br")), brotli(&data)).unwrap();
        std::fs::write(file.with_extension(ext(&file, "gz")), gzip(&data)).unwrap();
    }
    std::fs::write(dir.join("favicon.svg"), "<svg/>").unwrap();
}

fn ext(file: &Path, encoding: &str) -> String {
    format!("{}.{encoding}", file.extension().unwrap().to_str().unwrap())
}

fn brotli(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, ..Default::default() };
    brotli::BrotliCompress(&mut &data[..], &mut out, &params).unwrap();
    out
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

/// The body as the client reads it after undoing `Content-Encoding`.
fn decoded(res: &TestResponse) -> Vec<u8> {
    let mut out = Vec::new();
    match res.header("content-encoding") {
        "br" => brotli::Decompressor::new(&res.body[..], 4096).read_to_end(&mut out).unwrap(),
        "gzip" => flate2::read::GzDecoder::new(&res.body[..]).read_to_end(&mut out).unwrap(),
        "" => return res.body.clone(),
        other => panic!("unexpected content-encoding {other}"),
    };
    out
}

fn accept(encoding: Option<&str>) -> Vec<(&str, &str)> {
    encoding.map(|e| ("accept-encoding", e)).into_iter().collect()
}

#[track_caller]
fn assert_varies(res: &TestResponse) {
    let vary: Vec<_> = res.headers.get_all("vary").iter().map(|v| v.to_str().unwrap().to_string()).collect();
    assert!(vary.iter().any(|v| v.to_ascii_lowercase().contains("accept-encoding")), "vary: {vary:?}");
}

#[tokio::test]
async fn hashed_assets_are_sent_from_their_precompressed_copies() {
    let dist = tempfile::tempdir().unwrap();
    precompressed_app(dist.path());
    let app = TestApp::with_static(dist.path().to_path_buf()).await;

    for (client, encoding) in CLIENTS {
        for (path, content_type, original) in assets() {
            let res = app.get_with(path, None, &accept(client)).await;
            assert_eq!(res.status, StatusCode::OK, "{path}");
            assert_eq!(res.header("content-encoding"), encoding, "{path} for {client:?}");
            assert_eq!(res.header("content-type"), content_type, "{path}");
            assert_eq!(res.header("cache-control"), IMMUTABLE, "{path}");
            assert_varies(&res);
            assert_eq!(decoded(&res), original, "{path} for {client:?}");
            if !encoding.is_empty() {
                assert!(res.body.len() < original.len(), "{path} is sent smaller");
            }
        }
    }
}

#[tokio::test]
async fn index_and_app_routes_are_compressed_with_the_csp_of_the_plain_html() {
    let dist = tempfile::tempdir().unwrap();
    precompressed_app(dist.path());
    let app = TestApp::with_static(dist.path().to_path_buf()).await;
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(INIT.as_bytes()));

    for (client, encoding) in CLIENTS {
        for path in ["/", "/index.html", "/people", "/mentors/12"] {
            let res = app.get_with(path, None, &accept(client)).await;
            assert_eq!(res.status, StatusCode::OK, "{path}");
            assert_eq!(res.header("content-encoding"), encoding, "{path} for {client:?}");
            assert_eq!(res.header("content-type"), "text/html; charset=utf-8", "{path}");
            assert_eq!(res.header("cache-control"), "no-cache", "{path}");
            assert_varies(&res);
            assert_eq!(String::from_utf8(decoded(&res)).unwrap(), index_html(), "{path} for {client:?}");
            let csp = res.header("content-security-policy");
            assert!(csp.contains(&format!("'sha256-{hash}'")), "{path}: {csp}");
        }
    }
}

#[tokio::test]
async fn files_without_compressed_copies_are_sent_as_they_are() {
    let dist = tempfile::tempdir().unwrap();
    precompressed_app(dist.path());
    std::fs::remove_file(dist.path().join("index.html.br")).unwrap();
    let app = TestApp::with_static(dist.path().to_path_buf()).await;

    let icon = app.get_with("/favicon.svg", None, &accept(Some("br, gzip"))).await;
    assert_eq!((icon.status, icon.header("content-encoding")), (StatusCode::OK, ""));
    assert_eq!(icon.text(), "<svg/>");
    assert_eq!(icon.header("cache-control"), "no-cache");
    assert_varies(&icon);
    // Without its .br, index.html falls back to the next encoding the client takes.
    let index = app.get_with("/people", None, &accept(Some("br, gzip"))).await;
    assert_eq!(index.header("content-encoding"), "gzip");
    assert_eq!(String::from_utf8(decoded(&index)).unwrap(), index_html());
    assert!(index.header("content-security-policy").contains("'sha256-"));
}

#[tokio::test]
async fn large_api_answers_are_compressed_and_small_ones_are_not() {
    let app = TestApp::new().await;
    let mentee = app.login("mentee@example.com").await;

    for (client, encoding) in CLIENTS {
        let res = app.get_with("/api/mentors", Some(&mentee), &accept(client)).await;
        assert_eq!(res.status, StatusCode::OK);
        assert_eq!(res.header("content-encoding"), encoding, "/api/mentors for {client:?}");
        assert_eq!(res.header("cache-control"), "no-store");
        assert_eq!(res.header("content-type"), "application/json");
        let json: serde_json::Value = serde_json::from_slice(&decoded(&res)).unwrap();
        assert!(json["items"].as_array().is_some_and(|items| !items.is_empty()), "{json}");
        if !encoding.is_empty() {
            assert_varies(&res);
        }
    }

    let me = app.get_with("/api/me", Some(&mentee), &accept(Some("br, gzip"))).await;
    assert_eq!(me.status, StatusCode::OK);
    assert!(me.body.len() < 1024, "/api/me is {} bytes", me.body.len());
    assert_eq!(me.header("content-encoding"), "");
    assert_eq!(me.header("cache-control"), "no-store");
    // Problems stay plain, readable problem+json.
    let missing = app.get_with("/api/nope", Some(&mentee), &accept(Some("br, gzip"))).await;
    assert_eq!(missing.header("content-encoding"), "");
    missing.problem(404, "not_found");
}

#[tokio::test]
async fn the_calendar_file_still_downloads_for_clients_that_take_compression() {
    let app = TestApp::new().await;
    let mentee = app.login("mentee@example.com").await;
    let mine: Vec<OneOnOne> = app.get_json("/api/one-on-ones?as=mentee", &mentee).await;
    let accepted = mine.iter().find(|o| o.status == Status::Accepted).expect("an accepted 1on1");

    let path = format!("/api/one-on-ones/{}.ics", accepted.id);
    let res = app.get_with(&path, Some(&mentee), &accept(Some("br, gzip"))).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert_eq!(res.header("content-type"), "text/calendar; charset=utf-8");
    assert!(res.header("content-disposition").starts_with("attachment; filename="));
    let text = String::from_utf8(decoded(&res)).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.ends_with("END:VCALENDAR\r\n"), "{text}");
    assert_eq!(text, app.get(&path, Some(&mentee)).await.text(), "the same file either way");
}
