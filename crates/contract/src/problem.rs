//! RFC 9457 problem details, the one error shape of the API.

use serde::{Deserialize, Serialize};

pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

/// An error answer. `code` is a stable machine-readable name the app maps to a
/// message in the reader's language; `title`/`detail` are for humans reading
/// raw responses and logs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    /// A URI reference naming the problem type, e.g. `/problems/validation`.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Stable code, e.g. `validation`, `unauthenticated`, `csrf`, `not_found`.
    pub code: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// What is wrong with one field of the request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// JSON pointer-ish path of the field, e.g. `email` or `theme[3]`.
    pub field: String,
    /// Stable code: `required`, `too_long`, `too_many`, `invalid`, `unknown_field`, `out_of_range`.
    pub code: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: impl Into<String>, message: impl Into<String>) -> Self {
        Self { field: field.into(), code: code.into(), message: message.into() }
    }
}

impl Problem {
    pub fn new(status: u16, code: &str, title: impl Into<String>) -> Self {
        Self {
            kind: format!("/problems/{code}"),
            title: title.into(),
            status,
            detail: None,
            code: code.to_string(),
            errors: Vec::new(),
        }
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    pub fn validation(errors: Vec<FieldError>) -> Self {
        Self { errors, ..Self::new(422, "validation", "The request has invalid fields") }
    }
}
