//! Security headers on every answer, the API's and the app's alike, beyond
//! the ones `mod.rs` sets: what the browser may do with the page, who may
//! embed the answer, and (over HTTPS) that it stays HTTPS.

use axum::extract::State;
use axum::http::{header, HeaderName, HeaderValue};
use axum::response::Response;

/// Everything a browser could grant a page that the app never asks for: a
/// script injected despite the CSP still cannot turn on the camera, read
/// the location or the clipboard, or take payments.
pub const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), bluetooth=(), browsing-topics=(), \
camera=(), clipboard-read=(), clipboard-write=(), display-capture=(), encrypted-media=(), fullscreen=(), \
geolocation=(), gyroscope=(), hid=(), idle-detection=(), magnetometer=(), microphone=(), midi=(), \
payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), \
usb=(), xr-spatial-tracking=()";

/// One year: browsers then refuse plain HTTP for the host for that long.
/// Without `includeSubDomains`: other hosts of the company's domain are not ours to pin.
pub const HSTS: &str = "max-age=31536000";

/// Adds `Permissions-Policy`, `Cross-Origin-Resource-Policy: same-origin`
/// (no other site may load an answer, not even as an image or a script),
/// and, with `https` (`--secure-cookies`: the app is served over HTTPS),
/// `Strict-Transport-Security`. Over plain HTTP a browser ignores HSTS
/// anyway, and a developer's localhost must not be pinned to HTTPS.
pub async fn headers(State(https): State<bool>, mut res: Response) -> Response {
    let headers = res.headers_mut();
    headers
        .insert(HeaderName::from_static("permissions-policy"), HeaderValue::from_static(PERMISSIONS_POLICY));
    headers.insert(
        HeaderName::from_static("cross-origin-resource-policy"),
        HeaderValue::from_static("same-origin"),
    );
    if https {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static(HSTS));
    }
    res
}
