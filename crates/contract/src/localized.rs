use serde::{Deserialize, Serialize};

/// Text an organisation maintains in both product languages (theme names,
/// department names, …). Text people write themselves is a plain `String`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub ja: String,
    pub en: String,
}

impl Localized {
    pub fn new(ja: impl Into<String>, en: impl Into<String>) -> Self {
        Self { ja: ja.into(), en: en.into() }
    }

    /// The text for a language tag such as `ja`, `en`, `en-GB`; Japanese is
    /// the fallback because it is the organisation's source language.
    pub fn get(&self, lang: &str) -> &str {
        if lang.starts_with("en") && !self.en.is_empty() {
            &self.en
        } else {
            &self.ja
        }
    }
}
