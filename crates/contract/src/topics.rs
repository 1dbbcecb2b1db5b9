//! What a mentee wants to talk about (topics) and how they want the mentor to
//! respond (対応). Admins maintain both; the defaults come from the brief.

use serde::{Deserialize, Serialize};

use crate::Localized;

/// The brief's topic grid has three columns: looking back, now, looking ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum TimeFrame {
    Past,
    Present,
    Future,
}

/// A row of the grid: 業務の進捗や進め方, 人間関係, 心身の状態, …
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TopicCategory {
    pub id: i64,
    pub name: Localized,
    pub topics: Vec<Topic>,
}

/// One cell prompt, e.g. "what went well recently".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Topic {
    pub id: i64,
    pub category_id: i64,
    pub time_frame: TimeFrame,
    pub prompt: Localized,
    /// Recommended by the admin (e.g. for new graduates); shown first.
    pub recommended: bool,
}

/// `GET /api/topics`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TopicCatalog {
    pub categories: Vec<TopicCategory>,
}

impl TopicCatalog {
    pub fn topic(&self, id: i64) -> Option<&Topic> {
        self.categories.iter().flat_map(|c| c.topics.iter()).find(|t| t.id == id)
    }

    /// Recommended topics first, then the grid order (category, past → future).
    pub fn ordered(&self) -> Vec<&Topic> {
        let mut all: Vec<&Topic> = self.categories.iter().flat_map(|c| c.topics.iter()).collect();
        all.sort_by_key(|t| !t.recommended);
        all
    }
}

/// The response the mentee wants (対応): just listen, think together, advice…
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResponseKind {
    pub id: i64,
    pub name: Localized,
    pub description: Localized,
}
