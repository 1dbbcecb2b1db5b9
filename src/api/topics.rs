//! `/api/topics` and `/api/responses`: what a mentee can ask to talk about,
//! and how they want the mentor to respond (対応).

use naname_contract::topics::{ResponseKind, TopicCatalog};

use super::{send, ApiError, Call};

/// `GET /api/topics`: the topic grid, by category.
pub async fn catalog() -> Result<TopicCatalog, ApiError> {
    send(Call::get("/topics")).await
}

/// `GET /api/responses`: the responses wanted, in display order.
pub async fn responses() -> Result<Vec<ResponseKind>, ApiError> {
    send(Call::get("/responses")).await
}
