//! naname web app: a Leptos client-side app that talks to the naname REST API.
//!
//! `api` is the only module that speaks HTTP; `state` holds plain state and
//! pure functions (tested on the host); `components` and `pages` are views.

pub mod api;
pub mod app;
pub mod auth;
pub mod components;
pub mod config;
pub mod i18n;
pub mod intl;
pub mod pages;
pub mod state;

pub use app::App;
