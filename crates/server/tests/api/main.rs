//! HTTP-level tests of the reference server, one binary so they build and
//! link once.

mod admin;
mod admin_import;
mod admin_topics;
mod availability;
mod bilingual;
mod booking;
mod common;
mod compression;
mod durability;
mod errors;
mod headers;
mod idempotency;
mod lifecycle;
mod limits;
mod mentors;
mod openapi;
mod people;
mod places;
mod serve;
mod session;
mod sessions;
mod slots;
mod static_app;
mod themes;
mod throttle;
