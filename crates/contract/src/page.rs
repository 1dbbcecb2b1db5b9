use serde::{Deserialize, Serialize};

use crate::problem::FieldError;
use crate::search::{normalize_query, MAX_QUERY_CHARS};

/// One page of a longer list. `total` counts every match, not just `items`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: u32,
    pub offset: u32,
    pub limit: u32,
}

impl<T> Page<T> {
    /// Whether more items follow this page.
    pub fn has_more(&self) -> bool {
        (self.offset as u64 + self.items.len() as u64) < self.total as u64
    }
}

pub const DEFAULT_LIMIT: u32 = 24;
pub const MAX_LIMIT: u32 = 100;

/// `?q=&offset=&limit=`, the search-and-page part of every list endpoint
/// (`GET /api/people` takes exactly this).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    #[serde(default)]
    pub q: Option<String>,
    #[serde(default)]
    pub offset: Option<u32>,
    #[serde(default)]
    pub limit: Option<u32>,
}

/// A [`ListQuery`] after validation: search text normalised, paging bounded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListFilter {
    pub q: String,
    pub offset: u32,
    pub limit: u32,
}

impl ListQuery {
    pub fn validate(&self) -> Result<ListFilter, Vec<FieldError>> {
        let mut errors = Vec::new();
        let f = self.check(&mut errors);
        if errors.is_empty() {
            Ok(f)
        } else {
            Err(errors)
        }
    }

    /// Appends what is wrong to `errors`, so callers with more fields report all at once.
    pub(crate) fn check(&self, errors: &mut Vec<FieldError>) -> ListFilter {
        let q = self.q.as_deref().unwrap_or("");
        if q.chars().count() > MAX_QUERY_CHARS {
            errors.push(FieldError::new("q", "too_long", format!("At most {MAX_QUERY_CHARS} characters")));
        }
        let limit = self.limit.unwrap_or(DEFAULT_LIMIT);
        if limit == 0 || limit > MAX_LIMIT {
            errors.push(FieldError::new("limit", "out_of_range", format!("Between 1 and {MAX_LIMIT}")));
        }
        ListFilter { q: normalize_query(q), offset: self.offset.unwrap_or(0), limit }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_bounds() {
        let f = ListQuery::default().validate().unwrap();
        assert_eq!((f.q.as_str(), f.offset, f.limit), ("", 0, DEFAULT_LIMIT));
        assert!(ListQuery { limit: Some(MAX_LIMIT + 1), ..Default::default() }.validate().is_err());
        assert_eq!(
            ListQuery { q: Some(" Ｓato ".into()), ..Default::default() }.validate().unwrap().q,
            "sato"
        );
    }

    #[test]
    fn has_more() {
        let p = Page { items: vec![1, 2], total: 5, offset: 2, limit: 2 };
        assert!(p.has_more());
        let p = Page { items: vec![1], total: 5, offset: 4, limit: 2 };
        assert!(!p.has_more());
    }
}
