//! One module per route.

pub mod login;
pub mod one_on_ones;
pub mod people;
pub mod placeholders;
pub mod request;

pub use login::LoginPage;
pub use one_on_ones::OneOnOnesPage;
pub use people::PeoplePage;
pub use placeholders::{AdminPage, NotAllowedPage, NotFoundPage, SettingsPage, SurveysPage};
pub use request::MentorRequestPage;

use leptos::prelude::*;
use naname_contract::people::Person;

/// What recent pages saw, for pages that come after them: mentors' names for
/// the request page, and the People view (with its filters) to go back to.
#[derive(Debug, Clone, Copy)]
pub struct Recent {
    mentors: StoredValue<Vec<Person>>,
    pub people_href: StoredValue<String>,
}

/// Enough for any realistic browsing session; the oldest are forgotten first.
const REMEMBERED_MENTORS: usize = 500;

impl Recent {
    pub fn new() -> Self {
        Self {
            mentors: StoredValue::new(Vec::new()),
            people_href: StoredValue::new(crate::state::url::HOME.to_string()),
        }
    }

    pub fn remember(&self, people: impl IntoIterator<Item = Person>) {
        self.mentors.update_value(|seen| {
            for person in people {
                seen.retain(|p| p.id != person.id);
                seen.push(person);
            }
            let excess = seen.len().saturating_sub(REMEMBERED_MENTORS);
            seen.drain(..excess);
        });
    }

    pub fn mentor(&self, id: i64) -> Option<Person> {
        self.mentors.with_value(|seen| seen.iter().find(|p| p.id == id).cloned())
    }
}

impl Default for Recent {
    fn default() -> Self {
        Self::new()
    }
}
