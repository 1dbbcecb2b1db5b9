//! `/api/me/mentor-themes`: the themes an admin registered me for, and my
//! answers to them (approve, decline, edit the answers, stop).

use gloo_net::http::Method;
use naname_contract::mentor_themes::{Answers, Decline, MyRegistration, MyRegistrations};
use naname_contract::mentors::MentorProfile;

use super::{send, ApiError, Call};

/// `GET /api/me/mentor-themes`: pending first, then approved, stopped, declined.
pub async fn list() -> Result<Vec<MyRegistration>, ApiError> {
    send::<MyRegistrations>(Call::get("/me/mentor-themes")).await.map(|r| r.items)
}

/// `POST /api/me/mentor-themes/{id}/approve` with an answer per item.
pub async fn approve(theme_id: i64, answers: &Answers) -> Result<MyRegistration, ApiError> {
    send(Call::post_json(&format!("/me/mentor-themes/{theme_id}/approve"), answers)?).await
}

/// `PUT /api/me/mentor-themes/{id}/answers`: new answers for an approved theme.
pub async fn put_answers(theme_id: i64, answers: &Answers) -> Result<MyRegistration, ApiError> {
    let path = format!("/me/mentor-themes/{theme_id}/answers");
    send(Call { method: Method::PUT, ..Call::post_json(&path, answers)? }).await
}

/// `GET /api/me/mentor-profile`: what I wrote I can talk about, ja and en.
pub async fn profile() -> Result<MentorProfile, ApiError> {
    send(Call::get("/me/mentor-profile")).await
}

/// `PUT /api/me/mentor-profile`.
pub async fn put_profile(profile: &MentorProfile) -> Result<MentorProfile, ApiError> {
    send(Call { method: Method::PUT, ..Call::post_json("/me/mentor-profile", profile)? }).await
}

/// `POST /api/me/mentor-themes/{id}/decline`, with the reason when there is one.
pub async fn decline(theme_id: i64, reason: &str) -> Result<MyRegistration, ApiError> {
    let path = format!("/me/mentor-themes/{theme_id}/decline");
    let call = match reason.trim() {
        "" => Call::post(&path),
        r => Call::post_json(&path, &Decline { reason: Some(r.to_string()) })?,
    };
    send(call).await
}

/// `POST /api/me/mentor-themes/{id}/stop`.
pub async fn stop(theme_id: i64) -> Result<MyRegistration, ApiError> {
    send(Call::post(&format!("/me/mentor-themes/{theme_id}/stop"))).await
}
