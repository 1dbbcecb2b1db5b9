//! One module per route.

pub mod login;
pub mod people;
pub mod placeholders;

pub use login::LoginPage;
pub use people::PeoplePage;
pub use placeholders::{
    AdminPage, MentorRequestPage, NotAllowedPage, NotFoundPage, OneOnOnesPage, SettingsPage, SurveysPage,
};

use std::collections::HashMap;

use leptos::prelude::*;
use naname_contract::people::Person;

/// What recent pages saw, for pages that come after them: mentors' names for
/// the request page, and the People view (with its filters) to go back to.
#[derive(Debug, Clone, Copy)]
pub struct Recent {
    pub mentors: StoredValue<HashMap<i64, Person>>,
    pub people_href: StoredValue<String>,
}

impl Recent {
    pub fn new() -> Self {
        Self {
            mentors: StoredValue::new(HashMap::new()),
            people_href: StoredValue::new(crate::state::url::HOME.to_string()),
        }
    }
}

impl Default for Recent {
    fn default() -> Self {
        Self::new()
    }
}
