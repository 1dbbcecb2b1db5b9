//! Every error leaves the server as `application/problem+json` (RFC 9457)
//! carrying the contract's [`Problem`], so the app has one error shape to decode.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use naname_contract::problem::PROBLEM_CONTENT_TYPE;
use naname_contract::{FieldError, Problem};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("not signed in")]
    Unauthenticated,
    #[error("wrong email or password")]
    InvalidCredentials,
    #[error("missing or wrong CSRF token")]
    Csrf,
    /// Too many failed sign-ins; try again after this many seconds (`Retry-After`).
    #[error("rate limited for {0} s")]
    RateLimited(u64),
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    /// A rule of the domain said no: a conflict, a refused booking…, with its own code.
    #[error("{}: {}", .0.code, .0.title)]
    Problem(Box<Problem>),
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("payload too large")]
    PayloadTooLarge,
    /// The body did not arrive in time.
    #[error("request timeout")]
    RequestTimeout,
    /// Too many sign-ins at once to check their passwords; try again after
    /// this many seconds (`Retry-After`).
    #[error("busy for {0} s")]
    Busy(u64),
    #[error("service unavailable: {0}")]
    Unavailable(String),
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        ApiError::Internal(format!("database: {e}"))
    }
}

impl ApiError {
    pub fn to_problem(&self) -> Problem {
        match self {
            ApiError::Validation(errors) => Problem::validation(errors.clone()),
            ApiError::BadRequest(detail) => {
                Problem::new(400, "bad_request", "The request is malformed").with_detail(detail.clone())
            }
            ApiError::Unauthenticated => Problem::new(401, "unauthenticated", "Sign in first"),
            ApiError::InvalidCredentials => {
                Problem::new(401, "invalid_credentials", "The email address or password is wrong")
            }
            ApiError::Csrf => {
                Problem::new(403, "csrf", "The request is missing its CSRF token").with_detail(format!(
                    "Send the csrf_token from GET /api/me in the {} header",
                    naname_contract::CSRF_HEADER
                ))
            }
            ApiError::RateLimited(seconds) => {
                Problem::new(429, "rate_limited", "Too many failed sign-ins; try again later")
                    .with_detail(format!("Try again in {seconds} seconds"))
            }
            ApiError::NotFound => Problem::new(404, "not_found", "Nothing is here"),
            ApiError::Forbidden => Problem::new(403, "forbidden", "This is not yours to do"),
            ApiError::Problem(problem) => (**problem).clone(),
            ApiError::UnsupportedMediaType => {
                Problem::new(415, "unsupported_media_type", "Send the body as application/json")
            }
            ApiError::PayloadTooLarge => {
                Problem::new(413, "payload_too_large", "The request body is too large")
            }
            ApiError::RequestTimeout => {
                Problem::new(408, "timeout", "The request body did not arrive in time")
            }
            ApiError::Busy(seconds) => {
                Problem::new(503, "busy", "Too many people are signing in right now; try again in a moment")
                    .with_detail(format!("Try again in {seconds} seconds"))
            }
            // Details of server-side failures stay in the log, not in the answer.
            ApiError::Unavailable(_) => Problem::new(503, "unavailable", "The service is not ready"),
            ApiError::Internal(_) => Problem::new(500, "internal", "Something went wrong on the server"),
        }
    }
}

impl ApiError {
    /// 409 with a stable `code`.
    pub fn conflict(code: &str, title: &str) -> Self {
        ApiError::Problem(Box::new(Problem::new(409, code, title)))
    }

    /// 422 with a stable `code` and the field it is about.
    pub fn unprocessable(code: &str, title: &str, field: &str, message: &str) -> Self {
        let mut problem = Problem::new(422, code, title);
        problem.errors.push(FieldError::new(field, code, message));
        ApiError::Problem(Box::new(problem))
    }

    /// `If-Match` against the current `ETag` of what a write changes (`noun`:
    /// "theme", "preferred times"): 428 without one, 412 when it is stale.
    /// `*` matches anything.
    pub fn check_if_match(headers: &axum::http::HeaderMap, current: &str, noun: &str) -> Result<(), Self> {
        let values: Vec<&str> =
            headers.get_all(axum::http::header::IF_MATCH).iter().filter_map(|v| v.to_str().ok()).collect();
        if values.is_empty() {
            return Err(ApiError::Problem(Box::new(
                Problem::new(
                    428,
                    "precondition_required",
                    format!("Send the ETag of the {noun} in If-Match"),
                )
                .with_detail(format!("GET the {noun} first; its ETag says which version you are changing")),
            )));
        }
        let matches =
            values.iter().flat_map(|v| v.split(',')).map(str::trim).any(|tag| tag == "*" || tag == current);
        if matches {
            Ok(())
        } else {
            Err(ApiError::Problem(Box::new(
                Problem::new(412, "precondition_failed", format!("The {noun} changed since you loaded it"))
                    .with_detail(format!("Current version: {current}; reload, then apply your change again")),
            )))
        }
    }

    /// 422 `validation` naming one field.
    pub fn field(field: &str, code: &str, message: &str) -> Self {
        ApiError::Validation(vec![FieldError::new(field, code, message)])
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match &self {
            ApiError::Internal(msg) | ApiError::Unavailable(msg) => {
                tracing::error!(error = %msg, "request failed")
            }
            _ => {}
        }
        let mut res = problem_response(&self.to_problem());
        if let ApiError::RateLimited(seconds) | ApiError::Busy(seconds) = self {
            res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        res
    }
}

pub fn problem_response(problem: &Problem) -> Response {
    let status = StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = serde_json::to_vec(problem).unwrap_or_else(|_| b"{}".to_vec());
    let mut res = (status, body).into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_CONTENT_TYPE));
    res
}

/// The problem for a bare status some layer produced on its own (axum's 405,
/// a body-limit 413, a panic caught as 500, …).
pub fn problem_for_status(status: StatusCode) -> Problem {
    let code = match status.as_u16() {
        400 => "bad_request",
        401 => "unauthenticated",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        408 => "timeout",
        413 => "payload_too_large",
        415 => "unsupported_media_type",
        422 => "validation",
        429 => "too_many_requests",
        s if s >= 500 => "internal",
        _ => "error",
    };
    Problem::new(status.as_u16(), code, status.canonical_reason().unwrap_or("Error"))
}

/// Rewrites any error answer that is not already problem+json, so no plain
/// text rejection from axum or tower-http ever reaches the app. Headers such
/// as `Allow` on a 405 are kept.
pub async fn ensure_problem(req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let is_problem = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with(PROBLEM_CONTENT_TYPE));
    if is_problem {
        return res;
    }
    let (mut parts, _) = res.into_parts();
    let problem = problem_for_status(status);
    let body = serde_json::to_vec(&problem).unwrap_or_else(|_| b"{}".to_vec());
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_CONTENT_TYPE));
    Response::from_parts(parts, Body::from(body))
}

/// Fallback for `/api/*` paths no route knows.
pub async fn api_not_found() -> ApiError {
    ApiError::NotFound
}

/// Whether a path belongs to the API, which answers problems, not pages.
pub fn is_api_path(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/")
}

/// Fallback outside the API when no web app is served.
pub async fn not_found(uri: axum::http::Uri) -> Response {
    if is_api_path(uri.path()) {
        ApiError::NotFound.into_response()
    } else {
        (StatusCode::NOT_FOUND, "Not found").into_response()
    }
}
