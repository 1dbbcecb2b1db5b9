//! HTTP-level tests of the reference server, one binary so they build and
//! link once.

mod common;
mod errors;
mod mentors;
mod openapi;
mod people;
mod session;
mod static_app;
mod themes;
