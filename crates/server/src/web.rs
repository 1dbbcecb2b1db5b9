//! Serves the built web app (Trunk's `dist/`): files as they are, and
//! `index.html` for every other non-API path so the app's router can take over.
//!
//! `cargo xtask` writes `name.br` and `name.gz` beside each file at build
//! time; they are sent to clients that accept them, and the plain file to
//! the others or when a copy is missing.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::handler::Handler;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use base64::Engine;
use sha2::{Digest, Sha256};
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// Hashed file names never change content, so browsers may keep them for a year.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Everything else is revalidated (ServeDir answers `If-Modified-Since`).
const REVALIDATE: &str = "no-cache";

#[derive(Clone)]
struct Index(Arc<PathBuf>);

pub fn router(dir: PathBuf) -> Router {
    let index = Index(Arc::new(dir.join("index.html")));
    let spa = spa_fallback.with_state(index.clone());
    let files = ServeDir::new(&dir)
        .append_index_html_on_directories(false)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(spa);
    Router::new()
        .route("/", get(serve_index))
        .route("/index.html", get(serve_index))
        .with_state(index)
        .fallback_service(files)
        .layer(middleware::from_fn(cache_headers))
}

/// The app's HTML, compressed like the other files, with a CSP computed
/// from the plain HTML (the .br and .gz are made from the same file).
async fn serve_index(State(index): State<Index>, req: Request) -> Response {
    let html = match tokio::fs::read_to_string(index.0.as_path()).await {
        Ok(html) => html,
        Err(e) => {
            tracing::error!(path = %index.0.display(), error = %e, "cannot read index.html");
            return (StatusCode::NOT_FOUND, "The web app is not built: index.html is missing")
                .into_response();
        }
    };
    let file = ServeFile::new(index.0.as_path()).precompressed_br().precompressed_gzip();
    let mut res = match file.oneshot(req).await {
        Ok(res) => res.into_response(),
        Err(never) => match never {},
    };
    let headers = res.headers_mut();
    if headers.contains_key(header::CONTENT_TYPE) {
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(REVALIDATE));
    if let Ok(value) = HeaderValue::from_str(&content_security_policy(&html)) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    res
}

/// App routes (`/people`, `/mentors/12`) get the app; a missing asset
/// (`/missing.js`) stays a 404 so a broken build is not masked by HTML.
async fn spa_fallback(State(index): State<Index>, req: Request) -> Response {
    let path = req.uri().path();
    if crate::problem::is_api_path(path) {
        return crate::problem::ApiError::NotFound.into_response();
    }
    let last = path.rsplit('/').next().unwrap_or("");
    if last.contains('.') {
        return (StatusCode::NOT_FOUND, "Not found").into_response();
    }
    serve_index(State(index), req).await
}

/// Every answer varies with `Accept-Encoding`, the identity ones too: a
/// shared cache must not hand a plain copy to a client that takes brotli,
/// nor brotli to one that does not.
async fn cache_headers(req: Request, next: Next) -> Response {
    let hashed = is_hashed_asset(req.uri().path());
    let mut res = next.run(req).await;
    res.headers_mut().append(header::VARY, HeaderValue::from_static("accept-encoding"));
    if res.status().is_success() && !res.headers().contains_key(header::CACHE_CONTROL) {
        let value = if hashed { IMMUTABLE } else { REVALIDATE };
        res.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    }
    res
}

/// Trunk names built files `name-<hash>[_bg].ext`, the hash being a u64 in
/// hex without leading zeros (so sometimes 15 digits or fewer).
fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or("");
    let stem = name.split('.').next().unwrap_or("");
    stem.split('-').skip(1).any(|part| {
        let hex = part.split('_').next().unwrap_or("");
        hex.len() >= 12 && hex.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// The CSP for the app's HTML. Trunk injects an inline module script that
/// loads the wasm; rather than allow every inline script, the exact ones in
/// this `index.html` are allowed by hash (and inline `<style>` the same way).
pub fn content_security_policy(html: &str) -> String {
    let scripts = inline_hashes(html, "script");
    let styles = inline_hashes(html, "style");
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{scripts}; style-src 'self'{styles}; \
         img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; \
         base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// ` 'sha256-…'` for each `<tag>` element without a `src` attribute.
fn inline_hashes(html: &str, tag: &str) -> String {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let lower = html.to_ascii_lowercase();
    let mut out = String::new();
    let mut from = 0;
    while let Some(start) = lower[from..].find(&open).map(|i| from + i) {
        let Some(tag_end) = lower[start..].find('>').map(|i| start + i) else { break };
        let attributes = &lower[start + open.len()..tag_end];
        let Some(body_end) = lower[tag_end..].find(&close).map(|i| tag_end + i) else { break };
        let is_tag = attributes.is_empty() || attributes.starts_with(|c: char| c.is_whitespace());
        if is_tag && !attributes.contains("src=") {
            let body = &html[tag_end + 1..body_end];
            if !body.trim().is_empty() {
                let digest =
                    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body.as_bytes()));
                out.push_str(&format!(" 'sha256-{digest}'"));
            }
        }
        from = body_end + close.len();
    }
    out
}

/// Whether `dir` looks like a built app, for a helpful start-up warning.
pub fn has_index(dir: &Path) -> bool {
    dir.join("index.html").is_file()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names() {
        assert!(is_hashed_asset("/naname-6c2f8c1e5e2b7c44_bg.wasm"));
        assert!(is_hashed_asset("/naname-6c2f8c1e5e2b7c44.js"));
        assert!(is_hashed_asset("/style-0123456789abcdef.css"));
        assert!(is_hashed_asset("/naname-cfa3f946e538c57.js"));
        assert!(!is_hashed_asset("/favicon.ico"));
        assert!(!is_hashed_asset("/my-icon.svg"));
    }

    #[test]
    fn csp_allows_exactly_the_inline_script() {
        let html = "<html><head><script type=\"module\">init()</script>\
                    <script src=\"/a.js\"></script><link rel=stylesheet href=/s.css></head></html>";
        let csp = content_security_policy(html);
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"init()"));
        assert!(csp.contains(&format!("script-src 'self' 'wasm-unsafe-eval' 'sha256-{expected}';")), "{csp}");
        assert!(csp.contains("style-src 'self';"), "{csp}");
    }
}
