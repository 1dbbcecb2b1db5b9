//! `/api/admin/topics…` and `/api/admin/responses…`: the admin's side of the
//! topic grid (category × past/present/future prompts), the audiences a topic
//! is recommended to, and the responses wanted (対応).
//!
//! Anything a 1on1 already refers to is archived, never deleted: an old 1on1
//! keeps showing the words the mentee chose.

use serde::{Deserialize, Serialize};

use crate::admin::{check_name, MAX_DESCRIPTION_CHARS};
use crate::problem::FieldError;
use crate::topics::TimeFrame;
use crate::Localized;

/// Who a topic is recommended to. Both set is "everyone"; neither is "nobody
/// in particular". The signed-in mentee sees `recommended` when their own
/// hire kind is set here.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Audience {
    pub new_graduates: bool,
    pub career_hires: bool,
}

impl Audience {
    pub const EVERYONE: Audience = Audience { new_graduates: true, career_hires: true };
}

/// One prompt as the admin sees it, archived ones included.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminTopic {
    pub id: i64,
    pub category_id: i64,
    pub time_frame: TimeFrame,
    pub prompt: Localized,
    pub audience: Audience,
    pub archived: bool,
    /// Chosen in at least one 1on1: it can only be archived.
    pub used: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminTopicCategory {
    pub id: i64,
    pub name: Localized,
    /// Grid order: past → present → future, then the admin's order.
    pub topics: Vec<AdminTopic>,
}

/// A response wanted (対応) as the admin sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminResponse {
    pub id: i64,
    pub name: Localized,
    pub description: Localized,
    pub archived: bool,
    pub used: bool,
}

/// `GET /api/admin/topics`: everything, archived included.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminTopicCatalog {
    pub categories: Vec<AdminTopicCategory>,
    pub responses: Vec<AdminResponse>,
}

/// `POST /api/admin/topic-categories`, `PUT /api/admin/topic-categories/{id}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TopicCategoryInput {
    pub name: Localized,
}

/// `POST /api/admin/topics`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewTopicInput {
    pub category_id: i64,
    pub time_frame: TimeFrame,
    pub prompt: Localized,
    #[serde(default)]
    pub audience: Audience,
}

/// `PUT /api/admin/topics/{id}`: the prompt and who it is recommended to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct TopicInput {
    pub prompt: Localized,
    #[serde(default)]
    pub audience: Audience,
}

/// `POST /api/admin/responses`, `PUT /api/admin/responses/{id}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ResponseInput {
    pub name: Localized,
    pub description: Localized,
}

/// `PATCH /api/admin/topics/{id}`, `PATCH /api/admin/responses/{id}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ArchivePatch {
    pub archived: bool,
}

/// What an audit row of a topic write keeps, before and after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TopicAuditState {
    TopicCategory { name: Localized },
    Topic { category_id: i64, time_frame: TimeFrame, prompt: Localized, audience: Audience, archived: bool },
    Response { name: Localized, description: Localized, archived: bool },
}

fn trimmed(l: &Localized) -> Localized {
    Localized::new(l.ja.trim(), l.en.trim())
}

fn done<T>(errors: Vec<FieldError>, value: T) -> Result<T, Vec<FieldError>> {
    if errors.is_empty() {
        Ok(value)
    } else {
        Err(errors)
    }
}

impl TopicCategoryInput {
    /// Trimmed, or every field error (`name.ja`, `name.en`: 1–80 characters).
    pub fn validate(&self) -> Result<TopicCategoryInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        check_name(&mut errors, "name", &self.name);
        done(errors, TopicCategoryInput { name: trimmed(&self.name) })
    }
}

impl NewTopicInput {
    /// Trimmed, or every field error (`prompt.ja`, `prompt.en`, `category_id`).
    pub fn validate(&self) -> Result<NewTopicInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        if self.category_id < 1 {
            errors.push(FieldError::new("category_id", "invalid", "Not an id"));
        }
        check_name(&mut errors, "prompt", &self.prompt);
        done(errors, NewTopicInput { prompt: trimmed(&self.prompt), ..self.clone() })
    }
}

impl TopicInput {
    pub fn validate(&self) -> Result<TopicInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        check_name(&mut errors, "prompt", &self.prompt);
        done(errors, TopicInput { prompt: trimmed(&self.prompt), audience: self.audience })
    }
}

impl ResponseInput {
    /// Name 1–80 characters in both languages; the description may be empty
    /// but is written in both or neither, at most 1,000 characters.
    pub fn validate(&self) -> Result<ResponseInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        check_name(&mut errors, "name", &self.name);
        let d = trimmed(&self.description);
        for (side, text) in [("ja", &d.ja), ("en", &d.en)] {
            let field = format!("description.{side}");
            if text.chars().count() > MAX_DESCRIPTION_CHARS {
                errors.push(FieldError::new(
                    field,
                    "too_long",
                    format!("At most {MAX_DESCRIPTION_CHARS} characters"),
                ));
            } else if text.is_empty() && !(d.ja.is_empty() && d.en.is_empty()) {
                errors.push(FieldError::new(field, "required", "Write it in both languages"));
            }
        }
        done(errors, ResponseInput { name: trimmed(&self.name), description: d })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_checked_in_both_languages() {
        let input = NewTopicInput {
            category_id: 1,
            time_frame: TimeFrame::Past,
            prompt: Localized::new("  ", "x".repeat(81)),
            audience: Audience::default(),
        };
        let errors = input.validate().unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["prompt.ja", "prompt.en"]);
    }

    #[test]
    fn a_description_is_written_in_both_languages_or_neither() {
        let one_side = ResponseInput {
            name: Localized::new("傾聴", "Listen"),
            description: Localized::new("聞く", ""),
        };
        let errors = one_side.validate().unwrap_err();
        assert_eq!(errors[0].field, "description.en");
        let neither =
            ResponseInput { name: Localized::new(" 傾聴 ", "Listen"), description: Localized::new("", "") };
        assert_eq!(neither.validate().unwrap().name.ja, "傾聴");
    }
}
