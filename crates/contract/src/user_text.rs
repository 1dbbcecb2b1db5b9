//! Text people write themselves (what a mentor can talk about, their answers
//! to a theme's items), in Japanese, in English, or in both.
//!
//! Unlike [`crate::Localized`], which an organisation keeps complete in both
//! languages, either side may be missing here: a reader then sees the other
//! side, marked as such, rather than nothing.

use serde::{Deserialize, Serialize};

use crate::problem::FieldError;

/// One text in the two product languages; an empty side is not written.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct UserText {
    #[serde(default)]
    pub ja: String,
    #[serde(default)]
    pub en: String,
}

/// The language of a side of a [`UserText`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextLang {
    Ja,
    En,
}

impl TextLang {
    /// For a language tag such as `ja`, `en`, `en-GB`; Japanese unless English.
    pub fn of(tag: &str) -> Self {
        if tag.starts_with("en") {
            TextLang::En
        } else {
            TextLang::Ja
        }
    }

    /// The BCP 47 tag, for an element's `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            TextLang::Ja => "ja",
            TextLang::En => "en",
        }
    }

    pub fn other(self) -> Self {
        match self {
            TextLang::Ja => TextLang::En,
            TextLang::En => TextLang::Ja,
        }
    }
}

/// The side of a [`UserText`] to show a reader, and in which language it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown<'a> {
    pub text: &'a str,
    pub lang: TextLang,
    /// The reader's language was not written: this is the other one.
    pub fallback: bool,
}

impl UserText {
    pub fn new(ja: impl Into<String>, en: impl Into<String>) -> Self {
        Self { ja: ja.into(), en: en.into() }
    }

    /// A language-neutral value (a year, a chosen option): the same on both
    /// sides, so no reader sees it as a fallback.
    pub fn neutral(value: impl Into<String>) -> Self {
        let value = value.into();
        Self { ja: value.clone(), en: value }
    }

    pub fn side(&self, lang: TextLang) -> &str {
        match lang {
            TextLang::Ja => &self.ja,
            TextLang::En => &self.en,
        }
    }

    /// Neither side is written (blank counts as not written).
    pub fn is_empty(&self) -> bool {
        self.ja.trim().is_empty() && self.en.trim().is_empty()
    }

    pub fn trimmed(&self) -> Self {
        Self::new(self.ja.trim(), self.en.trim())
    }

    /// What a reader of `viewer` (a language tag) sees: their language when
    /// it is written, otherwise the other side flagged as a fallback;
    /// `None` when neither is written.
    pub fn show(&self, viewer: &str) -> Option<Shown<'_>> {
        let want = TextLang::of(viewer);
        [(want, false), (want.other(), true)].into_iter().find_map(|(lang, fallback)| {
            let text = self.side(lang).trim();
            (!text.is_empty()).then_some(Shown { text, lang, fallback })
        })
    }

    /// Field errors for this text at `field` (`field.ja`, `field.en` over
    /// `max` characters after trimming; `field` itself when `required` and
    /// neither side is written).
    pub fn check(&self, field: &str, max: usize, required: bool, errors: &mut Vec<FieldError>) {
        for (side, text) in [("ja", &self.ja), ("en", &self.en)] {
            if text.trim().chars().count() > max {
                errors.push(FieldError::new(
                    format!("{field}.{side}"),
                    "too_long",
                    format!("At most {max} characters"),
                ));
            }
        }
        if required && self.is_empty() {
            errors.push(FieldError::new(field, "required", "Write it in Japanese, English or both"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_viewers_language_first_then_the_other_flagged() {
        let both = UserText::new("ロンドンに5年", "Five years in London");
        assert_eq!(
            both.show("ja"),
            Some(Shown { text: "ロンドンに5年", lang: TextLang::Ja, fallback: false })
        );
        assert_eq!(
            both.show("en-GB"),
            Some(Shown { text: "Five years in London", lang: TextLang::En, fallback: false })
        );

        let ja_only = UserText::new("ロンドンに5年", " ");
        assert_eq!(
            ja_only.show("en"),
            Some(Shown { text: "ロンドンに5年", lang: TextLang::Ja, fallback: true })
        );
        assert!(!ja_only.show("ja").unwrap().fallback);

        let en_only = UserText::new("", " Five years in London ");
        assert_eq!(
            en_only.show("ja"),
            Some(Shown { text: "Five years in London", lang: TextLang::En, fallback: true })
        );

        assert_eq!(UserText::default().show("ja"), None);
        assert!(UserText::new(" ", "\n").is_empty());
    }

    #[test]
    fn neutral_values_are_never_a_fallback() {
        let year = UserText::neutral("2019");
        assert!(!year.show("ja").unwrap().fallback);
        assert!(!year.show("en").unwrap().fallback);
    }

    #[test]
    fn checks_name_the_side() {
        let mut errors = Vec::new();
        UserText::new("あ".repeat(5), "a".repeat(6)).check("talk_about", 5, false, &mut errors);
        let fields: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.code.as_str())).collect();
        assert_eq!(fields, [("talk_about.en", "too_long")]);

        let mut errors = Vec::new();
        UserText::new(" ", "").check("answers[3]", 5, true, &mut errors);
        assert_eq!(errors[0].field, "answers[3]");
        assert_eq!(errors[0].code, "required");

        let mut errors = Vec::new();
        UserText::new("", "London").check("x", 10, true, &mut errors);
        assert!(errors.is_empty());
    }

    #[test]
    fn sides_default_to_empty_on_the_wire() {
        let t: UserText = serde_json::from_str(r#"{"en":"London"}"#).unwrap();
        assert_eq!(t, UserText::new("", "London"));
        assert!(serde_json::from_str::<UserText>(r#"{"ja":"","fr":"x"}"#).is_err());
    }
}
