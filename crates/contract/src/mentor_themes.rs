//! The mentor's side of registrations (`/api/me/mentor-themes`): what an
//! admin registered them for, and their answers to the themes' items.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::admin::{
    check_answer, AdminRequiredItem, ItemKind, PersonRef, RegistrationStatus, MAX_REGISTRATION_MESSAGE_CHARS,
};
use crate::problem::FieldError;
use crate::{Localized, UserText};

/// One of my registrations, with what I need to decide or edit it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyRegistration {
    pub theme_id: i64,
    pub category_id: i64,
    pub name: Localized,
    pub description: Localized,
    /// Archived themes show here (with their history) but on no card.
    pub archived: bool,
    pub required_items: Vec<AdminRequiredItem>,
    pub status: RegistrationStatus,
    /// Approved, with a required item (added later) unanswered.
    pub needs_answer: bool,
    pub registered_by: Option<PersonRef>,
    pub registered_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
    pub stopped_at: Option<DateTime<Utc>>,
    /// The admin's message.
    pub message: String,
    pub decline_reason: String,
    /// My answers by item id: the Japanese side of text answers, and the
    /// value of a choice or a year. An English-only text answer is not here.
    #[serde(with = "item_keys")]
    pub answers: BTreeMap<i64, String>,
    /// The English side of my text answers (short and long text only).
    #[serde(default, with = "item_keys")]
    pub answers_en: BTreeMap<i64, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyRegistrations {
    /// Pending first, then approved, stopped, declined; by theme order within each.
    pub items: Vec<MyRegistration>,
}

/// Approve, or edit the answers of, a registration: an answer per item id
/// (as a string key, JSON objects have no others). Every required item
/// needs a non-empty answer (a text item in Japanese, English or both); an
/// empty one for an optional item removes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// Japanese text answers, and the value of choices and years.
    #[serde(default, with = "item_keys")]
    pub answers: BTreeMap<i64, String>,
    /// English text answers (short and long text items only); optional, so
    /// a client that writes Japanese only sends none.
    #[serde(default, with = "item_keys")]
    pub answers_en: BTreeMap<i64, String>,
}

/// Whether answers to `kind` are written in a language (and so may have an
/// English side); a chosen option or a year is the same in both.
pub fn is_text(kind: ItemKind) -> bool {
    matches!(kind, ItemKind::ShortText | ItemKind::LongText)
}

/// Whether a stored answer (`ja` side or value, `en` side) still fits an
/// item of `kind`: each written side passes the item's check, and only
/// text items have an English side.
pub fn answer_fits(kind: ItemKind, options: &[String], ja: &str, en: &str) -> bool {
    if ja.is_empty() && en.is_empty() {
        return false;
    }
    let side_ok = |s: &str| s.is_empty() || check_answer(kind, options, s).is_ok();
    if is_text(kind) {
        side_ok(ja) && side_ok(en)
    } else {
        en.is_empty() && check_answer(kind, options, ja).is_ok()
    }
}

/// Answers keyed by item id as JSON writes them, `{"11": "…"}`, through
/// string keys: serde_json turns integer keys into strings and back by
/// itself, but the app's serde-wasm-bindgen wire refuses a map key that is
/// not a string and does not read an integer from one.
mod item_keys {
    use std::collections::BTreeMap;

    use serde::de::Error;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(map: &BTreeMap<i64, String>, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(map.iter().map(|(k, v)| (k.to_string(), v)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<i64, String>, D::Error> {
        BTreeMap::<String, String>::deserialize(d)?
            .into_iter()
            .map(|(k, v)| {
                k.parse().map(|k| (k, v)).map_err(|_| D::Error::custom(format!("not an item id: {k}")))
            })
            .collect()
    }
}

/// Decline a registration, optionally telling the admins why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Decline {
    #[serde(default)]
    pub reason: Option<String>,
}

impl Decline {
    pub fn validate(&self) -> Result<String, Vec<FieldError>> {
        let reason = self.reason.as_deref().unwrap_or("").trim();
        if reason.chars().count() > MAX_REGISTRATION_MESSAGE_CHARS {
            return Err(vec![FieldError::new(
                "reason",
                "too_long",
                format!("At most {MAX_REGISTRATION_MESSAGE_CHARS} characters"),
            )]);
        }
        Ok(reason.to_string())
    }
}

impl Answers {
    /// The answers trimmed and checked against `items`, keyed by item id,
    /// empty ones left out (a choice or a year with `en` empty); or every
    /// field error, named `answers[<item id>]` or `answers_en[<item id>]`.
    pub fn validate(&self, items: &[AdminRequiredItem]) -> Result<BTreeMap<i64, UserText>, Vec<FieldError>> {
        let mut errors = Vec::new();
        for (map, id) in [("answers", &self.answers), ("answers_en", &self.answers_en)]
            .into_iter()
            .flat_map(|(map, answers)| answers.keys().map(move |id| (map, id)))
        {
            if !items.iter().any(|i| i.id == *id) {
                errors.push(FieldError::new(
                    format!("{map}[{id}]"),
                    "unknown_item",
                    "Not an item of this theme",
                ));
            }
        }
        let mut out = BTreeMap::new();
        for item in items {
            let ja = self.answers.get(&item.id).map(|a| a.trim()).unwrap_or("");
            let en = self.answers_en.get(&item.id).map(|a| a.trim()).unwrap_or("");
            if !is_text(item.kind) && !en.is_empty() {
                errors.push(FieldError::new(
                    format!("answers_en[{}]", item.id),
                    "language_neutral",
                    "A choice or a year has no English side: send it in `answers`",
                ));
                continue;
            }
            if ja.is_empty() && en.is_empty() {
                if item.required {
                    errors.push(FieldError::new(
                        format!("answers[{}]", item.id),
                        "required",
                        "Answer this item",
                    ));
                }
                continue;
            }
            let mut fits = true;
            for (map, side) in [("answers", ja), ("answers_en", en)] {
                if side.is_empty() {
                    continue;
                }
                if let Err((code, message)) = check_answer(item.kind, &item.options, side) {
                    errors.push(FieldError::new(format!("{map}[{}]", item.id), code, message));
                    fits = false;
                }
            }
            if fits {
                out.insert(item.id, UserText::new(ja, en));
            }
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(errors)
        }
    }
}

/// Whether approved answers leave a required item unanswered in both languages.
pub fn needs_answer(
    items: &[AdminRequiredItem],
    answers: &BTreeMap<i64, String>,
    answers_en: &BTreeMap<i64, String>,
) -> bool {
    let written = |map: &BTreeMap<i64, String>, id: i64| map.get(&id).is_some_and(|a| !a.trim().is_empty());
    items.iter().any(|i| i.required && !written(answers, i.id) && !written(answers_en, i.id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::admin::ItemKind;

    fn items() -> Vec<AdminRequiredItem> {
        vec![
            AdminRequiredItem {
                id: 11,
                label: Localized::new("国", "Country"),
                kind: ItemKind::ShortText,
                options: vec![],
                required: true,
            },
            AdminRequiredItem {
                id: 12,
                label: Localized::new("年", "Year"),
                kind: ItemKind::Year,
                options: vec![],
                required: false,
            },
            AdminRequiredItem {
                id: 13,
                label: Localized::new("形", "Kind"),
                kind: ItemKind::SingleChoice,
                options: vec!["A".into(), "B".into()],
                required: true,
            },
        ]
    }

    #[test]
    fn answers_name_their_item() {
        let a = Answers {
            answers: BTreeMap::from([(12, "19".into()), (13, "C".into()), (99, "x".into())]),
            ..Default::default()
        };
        let errors: Vec<(String, String)> =
            a.validate(&items()).unwrap_err().into_iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            errors,
            vec![
                ("answers[99]".into(), "unknown_item".into()),
                ("answers[11]".into(), "required".into()),
                ("answers[12]".into(), "invalid".into()),
                ("answers[13]".into(), "invalid".into()),
            ]
        );
        let a = Answers {
            answers: BTreeMap::from([(11, " 米国 ".into()), (12, " ".into()), (13, "B".into())]),
            ..Default::default()
        };
        let ok = a.validate(&items()).unwrap();
        assert_eq!(ok, BTreeMap::from([(11, UserText::new("米国", "")), (13, UserText::new("B", ""))]));
        let ja = BTreeMap::from([(11, "米国".to_string()), (13, "B".to_string())]);
        assert!(!needs_answer(&items(), &ja, &BTreeMap::new()));
        assert!(needs_answer(&items(), &BTreeMap::from([(11, "米国".to_string())]), &BTreeMap::new()));
    }

    #[test]
    fn a_text_item_may_be_answered_in_english_only() {
        let a = Answers {
            answers: BTreeMap::from([(13, "A".into())]),
            answers_en: BTreeMap::from([(11, " USA ".into())]),
        };
        assert_eq!(
            a.validate(&items()).unwrap(),
            BTreeMap::from([(11, UserText::new("", "USA")), (13, UserText::new("A", ""))])
        );
        let en = BTreeMap::from([(11, "USA".to_string())]);
        assert!(!needs_answer(&items(), &BTreeMap::from([(13, "A".to_string())]), &en));
    }

    #[test]
    fn english_answers_are_checked_and_only_for_text_items() {
        let a = Answers {
            answers: BTreeMap::from([(11, "米国".into()), (13, "A".into())]),
            answers_en: BTreeMap::from([(11, "x".repeat(61)), (13, "A".into()), (98, "x".into())]),
        };
        let errors: Vec<(String, String)> =
            a.validate(&items()).unwrap_err().into_iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            errors,
            vec![
                ("answers_en[98]".into(), "unknown_item".into()),
                ("answers_en[11]".into(), "too_long".into()),
                ("answers_en[13]".into(), "language_neutral".into()),
            ]
        );
    }

    #[test]
    fn stored_answers_fit_their_item() {
        let options = ["A".to_string(), "B".to_string()];
        assert!(answer_fits(ItemKind::ShortText, &[], "", "USA"));
        assert!(!answer_fits(ItemKind::ShortText, &[], "", &"x".repeat(61)));
        assert!(answer_fits(ItemKind::SingleChoice, &options, "A", ""));
        // A text answer kept for an item now a choice: the English side no longer fits.
        assert!(!answer_fits(ItemKind::SingleChoice, &options, "A", "A"));
        assert!(!answer_fits(ItemKind::Year, &[], "", ""));
    }

    #[test]
    fn answer_keys_are_strings_both_ways() {
        use serde::de::value::{Error, MapDeserializer};
        // A deserializer that, like the app's, has string keys only.
        let map = MapDeserializer::<_, Error>::new(vec![("11".to_string(), "x".to_string())].into_iter());
        let read = item_keys::deserialize(map).unwrap();
        assert_eq!(read, BTreeMap::from([(11, "x".to_string())]));
        let bad = MapDeserializer::<_, Error>::new(vec![("x".to_string(), "y".to_string())].into_iter());
        assert!(item_keys::deserialize(bad).is_err());
        let written = serde_json::to_value(Answers { answers: read.clone(), answers_en: read }).unwrap();
        assert_eq!(written, serde_json::json!({"answers": {"11": "x"}, "answers_en": {"11": "x"}}));
    }

    #[test]
    fn answers_decode_from_string_keys() {
        let a: Answers = serde_json::from_str(r#"{"answers":{"11":"x"}}"#).unwrap();
        assert_eq!(a.answers.get(&11).map(String::as_str), Some("x"));
        assert!(a.answers_en.is_empty());
        let a: Answers = serde_json::from_str(r#"{"answers_en":{"11":"x"}}"#).unwrap();
        assert_eq!(a.answers_en.get(&11).map(String::as_str), Some("x"));
        assert!(serde_json::from_str::<Answers>(r#"{"answers":{},"x":1}"#).is_err());
        assert_eq!(Decline { reason: Some("x".repeat(1001)) }.validate().unwrap_err()[0].code, "too_long");
    }
}
