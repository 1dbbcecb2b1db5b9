//! Plain state and the pure functions around it, tested on the host.

pub mod accept;
pub mod admin_import;
pub mod admin_theme;
pub mod admin_topics;
pub mod calendar;
pub mod calendar_links;
pub mod facets;
pub mod locale;
pub mod mentor_themes;
pub mod next_free;
pub mod one_on_ones;
pub mod paging;
pub mod request;
pub mod route;
pub mod times_form;
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

    /// Which of the three it is, without the value: a view that switches on
    /// it is not rebuilt when a new value replaces a ready one.
    pub fn phase(&self) -> Remote<()> {
        match self {
            Remote::Loading => Remote::Loading,
            Remote::Ready(_) => Remote::Ready(()),
            Remote::Failed(e) => Remote::Failed(e.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phase_drops_the_value_and_keeps_the_error() {
        assert_eq!(Remote::<Vec<i64>>::Loading.phase(), Remote::Loading);
        assert_eq!(Remote::Ready(vec![1]).phase(), Remote::Ready(vec![2]).phase());
        assert_eq!(Remote::<i64>::Failed(ApiError::Network).phase(), Remote::Failed(ApiError::Network));
        assert_ne!(Remote::<i64>::Failed(ApiError::Network).phase(), Remote::Failed(ApiError::Timeout));
    }
}
