//! The naname contract: every type that crosses the wire between the web app
//! and a backend, and the validation rules both sides apply.
//!
//! Types are defined once here; the reference server derives its OpenAPI
//! document from them (feature `openapi`), and the browser app decodes into
//! them, so the two sides cannot drift apart silently.

pub mod activity;
pub mod admin;
pub mod admin_import;
pub mod admin_topics;
pub mod auth;
pub mod availability;
pub mod instant;
pub mod localized;
pub mod mentor_themes;
pub mod mentors;
pub mod one_on_ones;
pub mod page;
pub mod people;
pub mod place;
pub mod problem;
pub mod search;
pub mod slots;
pub mod themes;
pub mod topics;
pub mod user_text;

pub use localized::Localized;
pub use page::Page;
pub use problem::{FieldError, Problem};
pub use user_text::UserText;

/// Header every state-changing request must carry (see [`auth::CSRF_HEADER`]).
pub use auth::CSRF_HEADER;
