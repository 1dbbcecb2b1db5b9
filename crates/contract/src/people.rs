use serde::{Deserialize, Serialize};

use crate::Localized;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Department {
    pub id: i64,
    pub name: Localized,
}

/// How someone joined the company; career hires are a common mentor theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum HireKind {
    NewGraduate,
    CareerHire,
}

/// A colleague as listed on the People page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Person {
    pub id: i64,
    /// Display name as the person writes it, e.g. `佐藤 美咲`.
    pub name: String,
    /// Kana reading, e.g. `さとう みさき`.
    pub name_reading: String,
    /// Latin spelling for readers who do not read Japanese, e.g. `Misaki Sato`.
    pub name_latin: String,
    pub department: Department,
    pub title: Localized,
    /// Office location, e.g. 東京本社 / Tokyo HQ.
    pub office: Localized,
    /// IANA zone name.
    pub time_zone: String,
    pub joined_year: i32,
    pub hire_kind: HireKind,
    pub is_mentor: bool,
}

impl Person {
    /// The name a reader of `lang` recognises first.
    pub fn display_name(&self, lang: &str) -> &str {
        if lang.starts_with("en") && !self.name_latin.is_empty() {
            &self.name_latin
        } else {
            &self.name
        }
    }
}
