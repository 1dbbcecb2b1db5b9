use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::page::ListQuery;
use crate::people::Person;
use crate::problem::FieldError;
use crate::{Localized, UserText};

/// At most this many themes in one filter; more is certainly not a person.
pub const MAX_FILTER_THEMES: usize = 20;

/// At most this many characters on each side of what a mentor can talk about.
pub const MAX_TALK_ABOUT_CHARS: usize = 1000;

/// A mentor card: the person, the themes they hold approved, and what they can talk about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Mentor {
    pub person: Person,
    /// Free text the mentor wrote about themselves as a mentor, in Japanese,
    /// English or both (a card shows the reader's language when written).
    pub talk_about: UserText,
    pub themes: Vec<MentorTheme>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MentorTheme {
    pub theme_id: i64,
    pub category_id: i64,
    pub name: Localized,
    /// The mentor's answers to the theme's required items.
    pub answers: Vec<ThemeAnswer>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThemeAnswer {
    pub item_id: i64,
    pub label: Localized,
    /// A text answer as the mentor wrote it (either side may be empty); a
    /// chosen option or a year is the same on both sides.
    pub answer: UserText,
}

/// `GET` and `PUT /api/me/mentor-profile`: what I can talk about as a
/// mentor, in Japanese, English or both (both may be empty: the card then
/// has no such block).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MentorProfile {
    pub talk_about: UserText,
}

impl MentorProfile {
    /// The profile trimmed, or field errors `talk_about.ja` / `talk_about.en`.
    pub fn validate(&self) -> Result<MentorProfile, Vec<FieldError>> {
        let mut errors = Vec::new();
        self.talk_about.check("talk_about", MAX_TALK_ABOUT_CHARS, false, &mut errors);
        if errors.is_empty() {
            Ok(MentorProfile { talk_about: self.talk_about.trimmed() })
        } else {
            Err(errors)
        }
    }
}

/// `GET /api/mentors`: one page of mentor cards, with what helps a mentee
/// narrow the filter (facets) and choose between the cards (next free time).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MentorPage {
    pub items: Vec<Mentor>,
    /// Every mentor matching the filter, not just `items`.
    pub total: u32,
    pub offset: u32,
    pub limit: u32,
    /// Per theme, how many mentors would match if that theme were added to
    /// the filter, under the same rule (they hold every theme, and match the
    /// search words); for a theme already in the filter, that is `total`.
    /// Sorted by theme id; a theme not listed has 0. The same on every page
    /// of one filter.
    pub facets: Vec<ThemeFacet>,
    /// The first time each mentor in `items` can be booked by the caller,
    /// in the order of `items`.
    pub next_free: Vec<NextFree>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThemeFacet {
    pub theme_id: i64,
    pub count: u32,
}

/// A mentor's first bookable slot, as `GET /api/mentors/{id}/slots` from now
/// would offer it to the same caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NextFree {
    pub mentor_id: i64,
    /// `null`: nothing bookable within the mentor's horizon (every slot is
    /// taken, or they offer no times at the moment).
    pub start: Option<DateTime<Utc>>,
    /// The mentor has set no 1on1 times at all (not merely all taken).
    #[serde(default)]
    pub no_times: bool,
}

/// The facet rule of [`MentorPage::facets`], for anyone holding the mentors
/// that match a filter: each matching mentor counts once for every theme
/// they hold. `held` lists the approved theme ids of each matching mentor.
pub fn facet_counts<'a>(held: impl IntoIterator<Item = &'a [i64]>) -> Vec<ThemeFacet> {
    let mut counts = std::collections::BTreeMap::<i64, u32>::new();
    for themes in held {
        let mut themes = themes.to_vec();
        themes.sort_unstable();
        themes.dedup();
        for theme_id in themes {
            *counts.entry(theme_id).or_default() += 1;
        }
    }
    counts.into_iter().map(|(theme_id, count)| ThemeFacet { theme_id, count }).collect()
}

/// `GET /api/mentors?theme=..&theme=..&q=&offset=&limit=`.
///
/// Rule: a mentor matches when they hold **every** requested theme approved
/// (intersection). A mentee narrowing down by "career hire" and "parental
/// leave" wants someone who has lived both, not either.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MentorQuery {
    #[serde(default)]
    pub theme: Vec<i64>,
    #[serde(default)]
    pub q: Option<String>,
    #[serde(default)]
    pub offset: Option<u32>,
    #[serde(default)]
    pub limit: Option<u32>,
}

/// A [`MentorQuery`] after validation: themes sorted and de-duplicated, the
/// search text normalised, paging bounded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentorFilter {
    pub themes: Vec<i64>,
    pub q: String,
    pub offset: u32,
    pub limit: u32,
}

impl MentorQuery {
    pub fn validate(&self) -> Result<MentorFilter, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut themes = self.theme.clone();
        themes.sort_unstable();
        themes.dedup();
        if themes.len() > MAX_FILTER_THEMES {
            errors.push(FieldError::new("theme", "too_many", format!("At most {MAX_FILTER_THEMES} themes")));
        }
        if themes.iter().any(|&t| t <= 0) {
            errors.push(FieldError::new("theme", "invalid", "Theme ids are positive integers"));
        }
        let list = ListQuery { q: self.q.clone(), offset: self.offset, limit: self.limit }.check(&mut errors);
        if errors.is_empty() {
            Ok(MentorFilter { themes, q: list.q, offset: list.offset, limit: list.limit })
        } else {
            Err(errors)
        }
    }
}

/// Whether a mentor holding `held` (approved theme ids) passes a filter on `wanted`.
pub fn holds_all(held: &[i64], wanted: &[i64]) -> bool {
    wanted.iter().all(|w| held.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes_are_deduplicated_and_sorted() {
        let f = MentorQuery { theme: vec![5, 2, 5], ..Default::default() }.validate().unwrap();
        assert_eq!(f.themes, vec![2, 5]);
        assert_eq!(f.limit, crate::page::DEFAULT_LIMIT);
        assert_eq!(f.offset, 0);
    }

    #[test]
    fn bad_queries_name_the_field() {
        let errs = MentorQuery {
            theme: (1..=21).collect(),
            q: Some("あ".repeat(101)),
            limit: Some(0),
            offset: None,
        }
        .validate()
        .unwrap_err();
        let fields: Vec<_> = errs.iter().map(|e| (e.field.as_str(), e.code.as_str())).collect();
        assert_eq!(fields, vec![("theme", "too_many"), ("q", "too_long"), ("limit", "out_of_range")]);
        assert!(MentorQuery { theme: vec![0], ..Default::default() }.validate().is_err());
    }

    #[test]
    fn facets_count_each_matching_mentor_once_per_theme() {
        let held: [&[i64]; 3] = [&[1, 2, 3], &[2, 3], &[3, 3, 5]];
        let f = facet_counts(held);
        let pairs: Vec<(i64, u32)> = f.iter().map(|f| (f.theme_id, f.count)).collect();
        assert_eq!(pairs, [(1, 1), (2, 2), (3, 3), (5, 1)]);
        assert!(facet_counts(std::iter::empty()).is_empty());
    }

    #[test]
    fn a_profile_is_trimmed_and_limited_per_language() {
        let ok = MentorProfile { talk_about: UserText::new(" ロンドン ", "") }.validate().unwrap();
        assert_eq!(ok.talk_about, UserText::new("ロンドン", ""));
        let long = "a".repeat(MAX_TALK_ABOUT_CHARS + 1);
        let errs = MentorProfile { talk_about: UserText::new("", long) }.validate().unwrap_err();
        assert_eq!((errs[0].field.as_str(), errs[0].code.as_str()), ("talk_about.en", "too_long"));
        assert!(MentorProfile::default().validate().is_ok());
    }

    #[test]
    fn intersection_rule() {
        assert!(holds_all(&[1, 2, 3], &[1, 3]));
        assert!(!holds_all(&[1, 2], &[1, 3]));
        assert!(holds_all(&[1], &[]));
    }
}
