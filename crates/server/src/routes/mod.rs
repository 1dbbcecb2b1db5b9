//! HTTP handlers, one module per resource, and the router that ties them
//! to the middleware every request passes.

pub mod activity;
pub mod admin;
pub mod admin_import;
pub mod admin_topics;
pub mod availability;
pub mod health;
pub mod me;
pub mod mentor_profile;
pub mod mentor_themes;
pub mod mentors;
pub mod one_on_ones;
pub mod openapi;
pub mod people;
pub mod place_default;
pub mod security;
pub mod session;
pub mod themes;
pub mod topics;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderName, HeaderValue};
use axum::routing::{delete, get, post, put};
use axum::{middleware, Router};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::predicate::{NotForContentType, Predicate, SizeAbove};
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

use crate::extract::MAX_BODY_BYTES;
use crate::{auth, problem, web, AppState};
use naname_contract::admin_import::MAX_IMPORT_BYTES;

/// Answers above this many bytes are compressed for clients that accept it.
/// Below it the saving is a few hundred bytes at most, less than the CPU
/// time and the extra header cost on loopback and LAN.
pub const COMPRESS_ABOVE_BYTES: u16 = 1024;

pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/session", post(session::login).delete(session::logout))
        .route("/sessions", delete(session::logout_everywhere))
        .route("/me", get(me::me))
        .route("/me/place-default", get(place_default::get).merge(put(place_default::put)))
        .route("/me/mentor-profile", get(mentor_profile::get).merge(put(mentor_profile::put)))
        .route("/me/availability", get(availability::get).merge(put(availability::put)))
        .route("/me/mentor-themes", get(mentor_themes::list))
        .route("/me/mentor-themes/{id}/approve", post(mentor_themes::approve))
        .route("/me/mentor-themes/{id}/decline", post(mentor_themes::decline))
        .route("/me/mentor-themes/{id}/answers", put(mentor_themes::put_answers))
        .route("/me/mentor-themes/{id}/stop", post(mentor_themes::stop))
        .nest("/admin", admin_router(state.clone()))
        .route("/people", get(people::list))
        .route("/themes", get(themes::catalog))
        .route("/mentors", get(mentors::list))
        .route("/mentors/{id}", get(mentors::get))
        .route("/mentors/{id}/slots", get(mentors::slots))
        .route("/topics", get(topics::catalog))
        .route("/responses", get(topics::responses))
        .route("/one-on-ones", get(one_on_ones::list).post(one_on_ones::create))
        // `{id}` is also `{id}.ics`: a route parameter is a whole segment.
        .route("/one-on-ones/{id}", get(one_on_ones::get))
        .route("/one-on-ones/{id}/accept", post(one_on_ones::accept))
        .route("/one-on-ones/{id}/decline", post(one_on_ones::decline))
        .route("/one-on-ones/{id}/cancel", post(one_on_ones::cancel))
        .route("/openapi.json", get(openapi::document))
        .route("/health", get(health::health))
        .fallback(problem::api_not_found)
        .layer(middleware::from_fn_with_state(state.clone(), auth::session_layer))
        .layer(CatchPanicLayer::new())
        .layer(middleware::from_fn(problem::ensure_problem))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        // Answers carry personal data and the CSRF token: never cache them.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
        ))
        // Outside `ensure_problem`, which replaces bodies: it must see them plain.
        .layer(compression())
        .with_state(state.clone());

    let mut app = Router::new().nest("/api", api);
    if let Some(dir) = &state.config.static_dir {
        app = app.merge(web::router(dir.clone()));
    } else {
        app = app.fallback(problem::not_found);
    }
    app.layer(SetResponseHeaderLayer::overriding(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    ))
    .layer(SetResponseHeaderLayer::overriding(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    ))
    .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
    .layer(SetResponseHeaderLayer::overriding(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    ))
    .layer(middleware::map_response_with_state(state.config.secure_cookies, security::headers))
    .layer(TraceLayer::new_for_http())
}

/// `/api/admin/…`. The admin guard is a layer of this whole router, so no
/// route added here can miss it (a test walks `openapi.json` to check).
fn admin_router(state: AppState) -> Router<AppState> {
    Router::new()
        .route("/themes", get(admin::catalog).post(admin::create_theme))
        .route("/themes/examples", post(admin::examples))
        .route(
            "/themes/{id}",
            get(admin::get_theme).put(admin::put_theme).patch(admin::patch_theme).delete(admin::delete_theme),
        )
        .route("/themes/{id}/impact", post(admin::impact))
        .route("/themes/{id}/changes", get(admin::changes))
        .route("/themes/{id}/registrations", get(admin::registrations).post(admin::register))
        .route("/themes/{id}/registrations/{person_id}", delete(admin::withdraw))
        .route("/people/{id}/registrations", get(admin::person_registrations))
        .route("/theme-categories", post(admin::create_category))
        .route("/theme-categories/order", put(admin::order_categories))
        .route("/theme-categories/{id}", put(admin::rename_category))
        .route("/theme-categories/{id}/theme-order", put(admin::order_themes))
        .route(
            "/registrations/import",
            post(admin_import::import).layer(DefaultBodyLimit::max(MAX_IMPORT_BYTES)),
        )
        .route("/topics", get(admin_topics::topic_catalog).post(admin_topics::create_topic))
        .route(
            "/topics/{id}",
            put(admin_topics::put_topic).patch(admin_topics::patch_topic).delete(admin_topics::delete_topic),
        )
        .route("/topic-categories", post(admin_topics::create_topic_category))
        .route("/topic-categories/{id}", put(admin_topics::rename_topic_category))
        .route("/responses", post(admin_topics::create_response))
        .route(
            "/responses/{id}",
            put(admin_topics::put_response)
                .patch(admin_topics::patch_response)
                .delete(admin_topics::delete_response),
        )
        .route("/activity", get(activity::activity))
        .route("/activity.csv", get(activity::activity_csv))
        .fallback(problem::api_not_found)
        .layer(middleware::from_fn_with_state(state, auth::admin_layer))
}

/// On the fly, brotli or gzip: tower-http's default predicate (never
/// event streams, images or gRPC; never an answer that already has a
/// `Content-Encoding`) with a higher size floor.
///
/// At the fastest level: on the first page of 2,000 mentors (31 KB of JSON)
/// it sends 3.4 KB instead of tower-http's default brotli 4's 2.7 KB, and
/// serves about twice as many requests per second under 64 connections;
/// the read budget (p99 ≤ 10 ms) is about CPU, the bytes are a rounding error
/// beside the app's own files.
fn compression() -> CompressionLayer<impl Predicate> {
    let predicate = SizeAbove::new(COMPRESS_ABOVE_BYTES)
        .and(NotForContentType::GRPC)
        .and(NotForContentType::IMAGES)
        .and(NotForContentType::SSE);
    CompressionLayer::new().br(true).gzip(true).quality(CompressionLevel::Fastest).compress_when(predicate)
}
