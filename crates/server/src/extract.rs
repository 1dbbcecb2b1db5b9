//! Request extractors whose rejections are problems naming the offending
//! field, instead of axum's plain-text rejections.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use naname_contract::FieldError;
use serde::de::DeserializeOwned;

use crate::problem::ApiError;

/// Request bodies above this are refused with 413 before they are parsed.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// A JSON body (`application/json` or `application/*+json`).
pub struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        if !is_json(req.headers()) {
            return Err(ApiError::UnsupportedMediaType);
        }
        let bytes = body_bytes(req, state).await?;
        parse_json(&bytes).map(ApiJson)
    }
}

/// A JSON body that may be left out entirely (no bytes at all): then `T::default()`.
pub struct OptionalJson<T>(pub T);

impl<T, S> FromRequest<S> for OptionalJson<T>
where
    T: DeserializeOwned + Default,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let json = is_json(req.headers());
        let bytes = body_bytes(req, state).await?;
        if bytes.is_empty() {
            return Ok(OptionalJson(T::default()));
        }
        if !json {
            return Err(ApiError::UnsupportedMediaType);
        }
        parse_json(&bytes).map(OptionalJson)
    }
}

/// The whole body, at most [`MAX_BODY_BYTES`] (413 beyond); 408 when it
/// stalls past the server's body timeout (`serve::HttpLimits::body`).
pub(crate) async fn body_bytes<S: Send + Sync>(req: Request, state: &S) -> Result<Bytes, ApiError> {
    Bytes::from_request(req, state).await.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::PayloadTooLarge
        } else if timed_out(&rejection) {
            ApiError::RequestTimeout
        } else {
            ApiError::BadRequest(rejection.body_text())
        }
    })
}

fn timed_out(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(error);
    while let Some(e) = cause {
        if e.is::<tower_http::timeout::TimeoutError>() {
            return true;
        }
        cause = e.source();
    }
    false
}

fn is_json(headers: &HeaderMap) -> bool {
    let Some(value) = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let mime = value.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    mime == "application/json" || (mime.starts_with("application/") && mime.ends_with("+json"))
}

pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        match inner.classify() {
            serde_json::error::Category::Data => {
                ApiError::Validation(vec![field_error(&path, &inner.to_string())])
            }
            _ => ApiError::BadRequest(format!("The body is not valid JSON: {inner}")),
        }
    })?;
    de.end().map_err(|e| ApiError::BadRequest(format!("The body is not valid JSON: {e}")))?;
    Ok(value)
}

/// A query string, decoded so that repeated keys (`theme=1&theme=2`) fill a `Vec`.
pub struct ApiQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, ApiError> {
        parse_query(parts.uri.query().unwrap_or("")).map(ApiQuery)
    }
}

pub fn parse_query<T: DeserializeOwned>(query: &str) -> Result<T, ApiError> {
    let de = serde_html_form::Deserializer::from_bytes(query.as_bytes());
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        ApiError::Validation(vec![field_error(&path, &e.into_inner().to_string())])
    })
}

/// Serde reports unknown and missing fields at the level of the enclosing
/// object, so their names are recovered from the message.
fn field_error(path: &str, message: &str) -> FieldError {
    if let Some(name) = backticked_after(message, "unknown field `") {
        return FieldError::new(join(path, &name), "unknown_field", format!("Unknown field `{name}`"));
    }
    if let Some(name) = backticked_after(message, "missing field `") {
        return FieldError::new(join(path, &name), "required", format!("`{name}` is required"));
    }
    let field = if path == "." { String::new() } else { path.to_string() };
    FieldError::new(field, "invalid", strip_position(message))
}

fn backticked_after(message: &str, prefix: &str) -> Option<String> {
    let rest = message.split_once(prefix)?.1;
    Some(rest.split('`').next()?.to_string())
}

/// Depending on where serde failed, the path may already end with the name.
fn join(path: &str, name: &str) -> String {
    if path == name || path.ends_with(&format!(".{name}")) {
        path.to_string()
    } else if path.is_empty() || path == "." {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

/// `invalid type: integer `1`, expected a string at line 1 column 12` reads
/// better without the position, which means nothing to the app's user.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use naname_contract::auth::LoginRequest;
    use naname_contract::mentors::MentorQuery;

    fn field_errors(e: ApiError) -> Vec<(String, String)> {
        match e {
            ApiError::Validation(errs) => errs.into_iter().map(|e| (e.field, e.code)).collect(),
            other => panic!("expected validation, got {other:?}"),
        }
    }

    #[test]
    fn json_errors_name_the_field() {
        let e = parse_json::<LoginRequest>(br#"{"email":"a@b.c","password":"x","admin":true}"#).unwrap_err();
        assert_eq!(field_errors(e), vec![("admin".into(), "unknown_field".into())]);
        let e = parse_json::<LoginRequest>(br#"{"email":"a@b.c"}"#).unwrap_err();
        assert_eq!(field_errors(e), vec![("password".into(), "required".into())]);
        let e = parse_json::<LoginRequest>(br#"{"email":1,"password":"x"}"#).unwrap_err();
        assert_eq!(field_errors(e), vec![("email".into(), "invalid".into())]);
        assert!(matches!(parse_json::<LoginRequest>(b"{"), Err(ApiError::BadRequest(_))));
        assert!(matches!(
            parse_json::<LoginRequest>(br#"{"email":"a","password":"b"} x"#),
            Err(ApiError::BadRequest(_))
        ));
    }

    #[test]
    fn query_repeats_and_errors() {
        let q: MentorQuery = parse_query("theme=3&theme=1&q=%E3%81%82&limit=5").unwrap();
        assert_eq!(q.theme, vec![3, 1]);
        assert_eq!(q.q.as_deref(), Some("あ"));
        assert_eq!(q.limit, Some(5));
        let q: MentorQuery = parse_query("theme=2").unwrap();
        assert_eq!(q.theme, vec![2]);
        let e = parse_query::<MentorQuery>("limit=abc").unwrap_err();
        assert_eq!(field_errors(e), vec![("limit".into(), "invalid".into())]);
        let e = parse_query::<MentorQuery>("sort=name").unwrap_err();
        assert_eq!(field_errors(e), vec![("sort".into(), "unknown_field".into())]);
        let e = parse_query::<MentorQuery>("theme=x").unwrap_err();
        assert_eq!(field_errors(e)[0].1, "invalid");
    }
}
