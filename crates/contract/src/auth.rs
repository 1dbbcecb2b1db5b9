use serde::{Deserialize, Serialize};

use crate::people::Department;
use crate::problem::FieldError;

/// Every POST/PUT/PATCH/DELETE carries this header. With a session, its value
/// must equal [`Me::csrf_token`]; for the login itself (no session yet) it
/// must be present, which a cross-site form cannot arrange.
pub const CSRF_HEADER: &str = "x-csrf-token";

pub const MAX_EMAIL_LEN: usize = 254;
pub const MAX_PASSWORD_LEN: usize = 256;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
}

impl LoginRequest {
    /// Shape checks only; whether the credentials are right is the server's business.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        // Lengths in characters of the field as sent, as the OpenAPI
        // document's `maxLength` counts them; the shape after trimming.
        let email = self.email.trim();
        if email.is_empty() {
            errors.push(FieldError::new("email", "required", "Enter your email address"));
        } else if self.email.chars().count() > MAX_EMAIL_LEN {
            errors.push(FieldError::new("email", "too_long", "The email address is too long"));
        } else if !looks_like_email(email) {
            errors.push(FieldError::new("email", "invalid", "Enter an email address like name@example.com"));
        }
        if self.password.is_empty() {
            errors.push(FieldError::new("password", "required", "Enter your password"));
        } else if self.password.chars().count() > MAX_PASSWORD_LEN {
            errors.push(FieldError::new("password", "too_long", "The password is too long"));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// Deliberately loose: one `@` with text on both sides and a dot in the
/// domain. The login itself is the real check.
pub fn looks_like_email(s: &str) -> bool {
    let mut parts = s.splitn(2, '@');
    let (Some(local), Some(domain)) = (parts.next(), parts.next()) else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(char::is_whitespace)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Employee,
    Admin,
}

/// The signed-in person. A mentor is an employee with at least one approved theme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub name_reading: String,
    pub name_latin: String,
    pub department: Department,
    pub role: Role,
    pub is_mentor: bool,
    /// IANA zone name, e.g. `Asia/Tokyo`.
    pub time_zone: String,
    /// Send back in the [`CSRF_HEADER`] header on every write.
    pub csrf_token: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_shape() {
        assert!(looks_like_email("mentee@example.com"));
        assert!(looks_like_email("a.b+c@sub.example.co.jp"));
        for bad in ["", "a", "a@", "@b.c", "a@b", "a@.b", "a@b.", "a b@c.d", "a@b@c.d"] {
            assert!(!looks_like_email(bad), "{bad} accepted");
        }
    }

    #[test]
    fn login_validation_names_each_field() {
        let r = LoginRequest { email: " ".into(), password: String::new() };
        let errs = r.validate().unwrap_err();
        assert_eq!(
            errs.iter().map(|e| (e.field.as_str(), e.code.as_str())).collect::<Vec<_>>(),
            vec![("email", "required"), ("password", "required")]
        );
        let ok = LoginRequest { email: "x@example.com".into(), password: "p".into() };
        assert!(ok.validate().is_ok());
        let long = LoginRequest { email: "x@example.com".into(), password: "p".repeat(300) };
        assert_eq!(long.validate().unwrap_err()[0].code, "too_long");
        // Characters as sent (the OpenAPI `maxLength`), not bytes: 256 kana pass.
        let kana = LoginRequest { email: "x@example.com".into(), password: "あ".repeat(MAX_PASSWORD_LEN) };
        assert!(kana.validate().is_ok());
        let padded =
            LoginRequest { email: format!("{}@example.com ", "x".repeat(242)), password: "p".into() };
        assert_eq!(padded.validate().unwrap_err()[0].code, "too_long");
    }

    #[test]
    fn unknown_login_fields_are_rejected() {
        let r: Result<LoginRequest, _> =
            serde_json::from_str(r#"{"email":"a@b.c","password":"x","admin":true}"#);
        assert!(r.is_err());
    }
}
