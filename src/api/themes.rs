//! `/api/themes`: the mentor theme catalogue.

use naname_contract::themes::ThemeCatalog;

use super::{send, ApiError, Call};

/// `GET /api/themes`: every category with its themes, in display order.
pub async fn catalog() -> Result<ThemeCatalog, ApiError> {
    send(Call::get("/themes")).await
}
