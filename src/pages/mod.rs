//! One module per route.

pub mod admin;
pub mod login;
pub mod one_on_ones;
pub mod people;
pub mod placeholders;
pub mod request;
pub mod settings;

pub use admin::AdminPage;
pub use login::LoginPage;
pub use one_on_ones::OneOnOnesPage;
pub use people::PeoplePage;
pub use placeholders::{NotAllowedPage, NotFoundPage, SurveysPage};
pub use request::MentorRequestPage;
pub use settings::SettingsPage;

use leptos::prelude::*;

/// What recent pages saw, for pages that come after them: the People view
/// (with its filters) to go back to.
#[derive(Debug, Clone, Copy)]
pub struct Recent {
    pub people_href: StoredValue<String>,
}

impl Recent {
    pub fn new() -> Self {
        Self { people_href: StoredValue::new(crate::state::route::HOME.to_string()) }
    }
}

impl Default for Recent {
    fn default() -> Self {
        Self::new()
    }
}
