//! A list loaded page by page ("show more"), where only the answer to the
//! latest request may land: when the filter changes quickly, an older, slower
//! answer must never overwrite a newer one.

use naname_contract::mentors::Mentor;
use naname_contract::people::Person;
use naname_contract::Page;

use crate::api::ApiError;

/// Something listed by id, so a page boundary shifting under us (someone
/// added meanwhile) never shows an item twice.
pub trait HasId {
    fn id(&self) -> i64;
}

impl HasId for Person {
    fn id(&self) -> i64 {
        self.id
    }
}

impl HasId for Mentor {
    fn id(&self) -> i64 {
        self.person.id
    }
}

/// Proof that a request was the latest one when it started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticket(u64);

#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    Idle,
    /// Loading the first page for a new filter.
    Loading,
    /// Loading the next page of the same filter.
    LoadingMore,
    Failed(ApiError),
    FailedMore(ApiError),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Paged<T> {
    pub items: Vec<T>,
    /// Every match, not just the loaded ones; `None` until a first answer.
    pub total: Option<u32>,
    pub phase: Phase,
    generation: u64,
}

impl<T> Default for Paged<T> {
    fn default() -> Self {
        Self { items: Vec::new(), total: None, phase: Phase::Idle, generation: 0 }
    }
}

impl<T: HasId> Paged<T> {
    /// Starts over for a new filter; any answer still on its way is now stale.
    /// Loaded items stay until the new answer replaces them, so the view can
    /// keep showing them (dimmed) instead of flashing empty.
    pub fn begin_reload(&mut self) -> Ticket {
        self.generation += 1;
        self.phase = Phase::Loading;
        Ticket(self.generation)
    }

    /// Starts loading the next page; `None` when there is nothing more or a
    /// load is already running. Returns the offset to ask for.
    pub fn begin_more(&mut self) -> Option<(Ticket, u32)> {
        if self.is_loading() || !self.has_more() {
            return None;
        }
        self.generation += 1;
        self.phase = Phase::LoadingMore;
        Some((Ticket(self.generation), self.items.len() as u32))
    }

    /// Applies an answer. Returns `false` (and changes nothing) when a newer
    /// request has started since this one.
    pub fn finish(&mut self, ticket: Ticket, result: Result<Page<T>, ApiError>) -> bool {
        if ticket.0 != self.generation {
            return false;
        }
        let more = self.phase == Phase::LoadingMore;
        match result {
            Ok(page) => {
                if more {
                    // A page is short; a scan is cheaper than a hash set in code size.
                    let known = self.items.len();
                    for item in page.items {
                        if !self.items[..known].iter().any(|i| i.id() == item.id()) {
                            self.items.push(item);
                        }
                    }
                } else {
                    self.items = page.items;
                }
                self.total = Some(page.total);
                self.phase = Phase::Idle;
            }
            Err(e) if more => self.phase = Phase::FailedMore(e),
            Err(e) => {
                self.items.clear();
                self.total = None;
                self.phase = Phase::Failed(e);
            }
        }
        true
    }

    pub fn is_loading(&self) -> bool {
        matches!(self.phase, Phase::Loading | Phase::LoadingMore)
    }

    /// More matches exist than are loaded.
    pub fn has_more(&self) -> bool {
        self.total.is_some_and(|t| (self.items.len() as u64) < t as u64)
    }

    /// Nothing to show yet: the very first load.
    pub fn is_first_load(&self) -> bool {
        self.phase == Phase::Loading && self.total.is_none()
    }

    /// Loaded, and nothing matched.
    pub fn is_empty_result(&self) -> bool {
        self.phase == Phase::Idle && self.total == Some(0)
    }

    pub fn error(&self) -> Option<&ApiError> {
        match &self.phase {
            Phase::Failed(e) => Some(e),
            _ => None,
        }
    }

    pub fn more_error(&self) -> Option<&ApiError> {
        match &self.phase {
            Phase::FailedMore(e) => Some(e),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq)]
    struct Item(i64);
    impl HasId for Item {
        fn id(&self) -> i64 {
            self.0
        }
    }

    fn page(ids: &[i64], total: u32, offset: u32) -> Result<Page<Item>, ApiError> {
        Ok(Page { items: ids.iter().map(|&i| Item(i)).collect(), total, offset, limit: 2 })
    }

    #[test]
    fn stale_answers_are_dropped() {
        let mut list = Paged::<Item>::default();
        let slow = list.begin_reload(); // filter A
        let fast = list.begin_reload(); // filter B, typed right after
        assert!(list.finish(fast, page(&[2], 1, 0)));
        // A's answer arrives last and must not overwrite B's.
        assert!(!list.finish(slow, page(&[1, 1, 1], 3, 0)));
        assert_eq!(list.items, vec![Item(2)]);
        assert_eq!(list.total, Some(1));
        assert_eq!(list.phase, Phase::Idle);
    }

    #[test]
    fn stale_errors_are_dropped_too() {
        let mut list = Paged::<Item>::default();
        let old = list.begin_reload();
        let new = list.begin_reload();
        assert!(!list.finish(old, Err(ApiError::Network)));
        assert!(list.is_loading());
        assert!(list.finish(new, page(&[], 0, 0)));
        assert!(list.is_empty_result());
    }

    #[test]
    fn a_new_filter_cancels_show_more() {
        let mut list = Paged::<Item>::default();
        let t = list.begin_reload();
        list.finish(t, page(&[1, 2], 5, 0));
        let (more, offset) = list.begin_more().unwrap();
        assert_eq!(offset, 2);
        let reload = list.begin_reload();
        assert!(!list.finish(more, page(&[3, 4], 5, 2)));
        assert!(list.finish(reload, page(&[9], 1, 0)));
        assert_eq!(list.items, vec![Item(9)]);
    }

    #[test]
    fn show_more_appends_without_duplicates() {
        let mut list = Paged::<Item>::default();
        assert!(list.begin_more().is_none(), "nothing loaded yet");
        let t = list.begin_reload();
        assert!(list.is_first_load());
        list.finish(t, page(&[1, 2], 4, 0));
        assert!(list.has_more());
        let (more, _) = list.begin_more().unwrap();
        assert!(list.begin_more().is_none(), "no double request");
        list.finish(more, page(&[2, 3], 4, 2));
        assert_eq!(list.items, vec![Item(1), Item(2), Item(3)]);
        let (more, offset) = list.begin_more().unwrap();
        assert_eq!(offset, 3);
        list.finish(more, page(&[4], 4, 3));
        assert!(!list.has_more());
        assert!(list.begin_more().is_none());
    }

    #[test]
    fn failures() {
        let mut list = Paged::<Item>::default();
        let t = list.begin_reload();
        list.finish(t, page(&[1], 3, 0));
        let (more, _) = list.begin_more().unwrap();
        list.finish(more, Err(ApiError::Timeout));
        assert_eq!(list.more_error(), Some(&ApiError::Timeout));
        assert_eq!(list.items.len(), 1, "loaded items stay after a failed show-more");
        assert!(list.begin_more().is_some(), "show more can be retried");
        let t = list.begin_reload();
        list.finish(t, Err(ApiError::Network));
        assert_eq!(list.error(), Some(&ApiError::Network));
        assert!(list.items.is_empty());
        assert!(!list.has_more());
    }
}
