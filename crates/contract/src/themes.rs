use serde::{Deserialize, Serialize};

use crate::Localized;

/// A group of mentor themes, following the brief's columns: attributes (year
/// joined, career hire…), work experience, experience outside work, use of
/// company programmes, other.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThemeCategory {
    pub id: i64,
    pub name: Localized,
    pub themes: Vec<Theme>,
}

/// What a mentor can talk about, defined by an admin.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Theme {
    pub id: i64,
    pub category_id: i64,
    pub name: Localized,
    pub description: Localized,
    /// Items a mentor must fill in before the theme shows on their card.
    pub required_items: Vec<RequiredItem>,
    /// Mentors who hold this theme approved.
    pub mentor_count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequiredItem {
    pub id: i64,
    pub label: Localized,
}

/// `GET /api/themes`: every category with its themes, in display order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThemeCatalog {
    pub categories: Vec<ThemeCategory>,
}

impl ThemeCatalog {
    pub fn theme(&self, id: i64) -> Option<&Theme> {
        self.categories.iter().flat_map(|c| c.themes.iter()).find(|t| t.id == id)
    }
}
