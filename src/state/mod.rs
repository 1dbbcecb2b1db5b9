//! Plain state and the pure functions around it, tested on the host.

pub mod calendar;
pub mod one_on_ones;
pub mod paging;
pub mod request;
pub mod route;
pub mod url;

pub use paging::{Paged, Phase, Ticket};
pub use url::PeopleQuery;

use crate::api::ApiError;

/// Something loaded once (e.g. the theme catalogue).
#[derive(Debug, Clone, PartialEq)]
pub enum Remote<T> {
    Loading,
    Ready(T),
    Failed(ApiError),
}

impl<T> Remote<T> {
    pub fn ready(&self) -> Option<&T> {
        match self {
            Remote::Ready(t) => Some(t),
            _ => None,
        }
    }
}
