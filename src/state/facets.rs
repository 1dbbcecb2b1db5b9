//! What the theme chips show: the few most held themes first, and per chip
//! the number of mentors it would leave (the server's facets of the current
//! filter), so that a chip leading nowhere can say so before it is pressed.

use naname_contract::mentors::{Mentor, MentorPage, NextFree, ThemeFacet};
use naname_contract::themes::ThemeCatalog;
use naname_contract::Page;

/// Chips shown before "all themes".
pub const POPULAR: usize = 6;

/// The `n` themes most mentors hold (ties in catalogue order), leaving out
/// themes nobody holds: a stable order that does not move as the filter
/// changes. By insertion into the short answer, not a standard sort: each
/// sort instantiation costs kilobytes of wasm.
pub fn popular(catalog: &ThemeCatalog, n: usize) -> Vec<i64> {
    let mut top: Vec<(u32, i64)> = Vec::with_capacity(n + 1);
    for t in catalog.categories.iter().flat_map(|c| c.themes.iter()).filter(|t| t.mentor_count > 0) {
        // After every theme holding as many (earlier in the catalogue wins a tie).
        let at = top.iter().position(|&(count, _)| count < t.mentor_count).unwrap_or(top.len());
        if at < n {
            top.insert(at, (t.mentor_count, t.id));
            top.truncate(n);
        }
    }
    top.into_iter().map(|(_, id)| id).collect()
}

/// The facets of one answer of the mentor list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    /// Mentors matching the filter as it is.
    pub total: u32,
    /// As the server sends them; a theme not listed has 0.
    pub counts: Vec<ThemeFacet>,
}

/// What one chip shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chip {
    /// `None` while nothing is known for the current filter.
    pub count: Option<u32>,
    /// Adding it would leave nobody: it cannot be pressed.
    pub disabled: bool,
}

impl Facets {
    pub fn new(total: u32, counts: Vec<ThemeFacet>) -> Self {
        Facets { total, counts }
    }

    /// A linear search: a catalogue has tens of themes.
    pub fn count(&self, theme: i64) -> u32 {
        self.counts.iter().find(|f| f.theme_id == theme).map_or(0, |f| f.count)
    }
}

/// A chip for `theme`: with facets, a selected chip shows the mentors
/// matching now and any other the mentors it would leave (disabled at 0).
/// Without them (the first answer is on its way, or failed), the catalogue's
/// count while nothing is selected, and no count otherwise.
pub fn chip(facets: Option<&Facets>, theme: i64, catalog_count: u32, selected: &[i64]) -> Chip {
    let is_selected = selected.contains(&theme);
    let count = match facets {
        Some(f) if is_selected => Some(f.total),
        Some(f) => Some(f.count(theme)),
        None if selected.is_empty() => Some(catalog_count),
        None => None,
    };
    Chip { count, disabled: !is_selected && count == Some(0) }
}

/// An answer of the mentor list in the page's terms: the page of cards (for
/// [`crate::state::Paged`]), the chips' facets, and the cards' next free times.
pub fn split(answer: MentorPage) -> (Page<Mentor>, Facets, Vec<NextFree>) {
    let MentorPage { items, total, offset, limit, facets, next_free } = answer;
    (Page { items, total, offset, limit }, Facets::new(total, facets), next_free)
}

#[cfg(test)]
mod tests {
    use super::*;
    use naname_contract::themes::{Theme, ThemeCategory};
    use naname_contract::Localized;

    fn catalog(counts: &[(i64, u32)]) -> ThemeCatalog {
        let theme = |&(id, mentor_count): &(i64, u32)| Theme {
            id,
            category_id: 1,
            name: Localized::new("t", "t"),
            description: Localized::default(),
            required_items: vec![],
            mentor_count,
        };
        let (a, b) = counts.split_at(counts.len() / 2);
        ThemeCatalog {
            categories: vec![
                ThemeCategory {
                    id: 1,
                    name: Localized::new("a", "a"),
                    themes: a.iter().map(theme).collect(),
                },
                ThemeCategory {
                    id: 2,
                    name: Localized::new("b", "b"),
                    themes: b.iter().map(theme).collect(),
                },
            ],
        }
    }

    #[test]
    fn popular_is_the_most_held_in_catalogue_order_on_ties() {
        let c = catalog(&[(1, 9), (2, 12), (3, 0), (4, 7), (5, 7), (6, 12)]);
        assert_eq!(popular(&c, 4), [2, 6, 1, 4]);
        assert_eq!(popular(&c, 10), [2, 6, 1, 4, 5], "nobody holds theme 3");
        assert!(popular(&c, 0).is_empty());
    }

    #[test]
    fn chips_show_what_adding_them_would_leave() {
        let f =
            Facets::new(5, vec![ThemeFacet { theme_id: 9, count: 2 }, ThemeFacet { theme_id: 4, count: 5 }]);
        assert_eq!(f.count(9), 2);
        assert_eq!(chip(Some(&f), 9, 11, &[4]), Chip { count: Some(2), disabled: false });
        assert_eq!(chip(Some(&f), 4, 11, &[4]), Chip { count: Some(5), disabled: false }, "selected: now");
        assert_eq!(chip(Some(&f), 7, 11, &[4]), Chip { count: Some(0), disabled: true }, "not listed: 0");
        // A selected chip can always be taken off, even when nothing matches.
        let none = Facets::new(0, vec![]);
        assert_eq!(chip(Some(&none), 4, 11, &[4, 7]), Chip { count: Some(0), disabled: false });
    }

    #[test]
    fn an_answer_splits_into_page_facets_and_next_free() {
        let answer = MentorPage {
            items: vec![],
            total: 4,
            offset: 24,
            limit: 24,
            facets: vec![ThemeFacet { theme_id: 8, count: 1 }, ThemeFacet { theme_id: 2, count: 4 }],
            next_free: vec![NextFree { mentor_id: 5, start: None, no_times: false }],
        };
        let (page, facets, next_free) = split(answer);
        assert_eq!((page.total, page.offset, page.limit), (4, 24, 24));
        assert_eq!((facets.total, facets.count(2), facets.count(8), facets.count(3)), (4, 4, 1, 0));
        assert_eq!(next_free, [NextFree { mentor_id: 5, start: None, no_times: false }]);
    }

    #[test]
    fn before_the_first_answer_the_catalogue_counts_stand_in_when_nothing_is_selected() {
        assert_eq!(chip(None, 3, 6, &[]), Chip { count: Some(6), disabled: false });
        assert_eq!(chip(None, 3, 0, &[]), Chip { count: Some(0), disabled: true });
        assert_eq!(chip(None, 3, 6, &[4]), Chip { count: None, disabled: false });
    }
}
