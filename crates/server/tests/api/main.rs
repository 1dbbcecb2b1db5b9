//! HTTP-level tests of the reference server, one binary so they build and
//! link once.

mod booking;
mod common;
mod compression;
mod errors;
mod lifecycle;
mod mentors;
mod openapi;
mod people;
mod places;
mod session;
mod slots;
mod static_app;
mod themes;
