//! The request form: what the mentee chose and typed, turned into a
//! [`NewOneOnOne`], and what a failed send means for the page.

use naname_contract::mentors::Mentor;
use naname_contract::one_on_ones::NewOneOnOne;
use naname_contract::slots::Interval;
use naname_contract::topics::{ResponseKind, TopicCatalog};
use naname_contract::FieldError;

use crate::api::ApiError;
use crate::i18n::Key;

/// Everything the mentee typed; it survives a taken slot and going back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub theme: Option<i64>,
    /// In the order ticked.
    pub topics: Vec<i64>,
    pub response: Option<i64>,
    pub note: String,
}

/// The theme to start with: the one the People filter had (if the mentor
/// holds it), else the mentor's only theme, else none.
pub fn initial_theme(held: &[i64], wanted: &[i64]) -> Option<i64> {
    wanted.iter().copied().find(|w| held.contains(w)).or(match held {
        [only] => Some(*only),
        _ => None,
    })
}

/// The topics with `id` ticked or unticked; a tick past `limit` (the
/// slot's, [`naname_contract::one_on_ones::max_topics`]) is ignored.
pub fn toggle_topic(topics: &[i64], id: i64, limit: usize) -> Vec<i64> {
    let mut next: Vec<i64> = topics.iter().copied().filter(|&t| t != id).collect();
    if next.len() == topics.len() && next.len() < limit {
        next.push(id);
    }
    next
}

/// The form's fields in the order the page shows them: the validation
/// summary lists errors in this order.
pub const FIELD_ORDER: [&str; 5] = ["start", "theme_id", "topic_ids", "response_id", "note"];

/// The validation summary's lines: one per field with an error, in page
/// order (fields the form does not show come last), with its message.
pub fn summary_lines(errors: &[FieldError]) -> Vec<(String, Key)> {
    let known = |field: &str| FIELD_ORDER.contains(&field);
    let in_order = FIELD_ORDER.iter().filter_map(|&field| errors.iter().find(|e| e.field == field));
    let others = errors.iter().filter(|e| !known(&e.field));
    let mut lines: Vec<(String, Key)> = Vec::new();
    for e in in_order.chain(others) {
        if !lines.iter().any(|(f, _)| *f == e.field) {
            lines.push((e.field.clone(), field_key(&e.field, &e.code)));
        }
    }
    lines
}

impl Draft {
    /// The request to send, or every field error at once (the contract's
    /// rules plus what the form needs: a slot, a theme, a response).
    pub fn to_request(
        &self,
        mentor_id: i64,
        slot: Option<&Interval>,
    ) -> Result<NewOneOnOne, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut require = |missing: bool, field: &str| {
            if missing {
                errors.push(FieldError::new(field, "required", ""));
            }
        };
        require(slot.is_none(), "start");
        require(self.theme.is_none(), "theme_id");
        require(self.response.is_none(), "response_id");
        let request = NewOneOnOne {
            mentor_id,
            start: slot.map(|s| s.start).unwrap_or_default(),
            theme_id: self.theme.unwrap_or_default(),
            topic_ids: self.topics.clone(),
            response_id: self.response.unwrap_or_default(),
            note: self.note.trim().to_string(),
        };
        // With a slot, its length says how many topics fit.
        let checked = match slot {
            Some(s) => request.validate_for_slot((s.end - s.start).num_minutes()),
            None => request.validate(),
        };
        if let Err(more) = checked {
            errors.extend(more);
        }
        if errors.is_empty() {
            Ok(request)
        } else {
            Err(errors)
        }
    }
}

/// The message for a field error of the request form, by field and code.
pub fn field_key(field: &str, code: &str) -> Key {
    match (field, code) {
        ("start", "required") => Key::ReqErrSlotRequired,
        ("start", "in_past") => Key::ErrInPast,
        ("start", "too_soon") => Key::ErrTooSoon,
        ("start", "beyond_horizon") => Key::ErrBeyondHorizon,
        ("start", _) => Key::ErrNotOffered,
        ("theme_id", "required") => Key::ReqErrThemeRequired,
        ("theme_id", _) => Key::ErrThemeNotHeld,
        ("topic_ids", "required") => Key::ReqErrTopicsRequired,
        ("topic_ids", "too_many") => Key::ReqErrTopicsTooMany,
        ("topic_ids", _) => Key::ReqErrTopicsUnknown,
        ("response_id", "required") => Key::ReqErrResponseRequired,
        ("response_id", _) => Key::ReqErrResponseUnknown,
        ("note", _) => Key::ReqErrNoteTooLong,
        (field, code) => crate::api::field_error_key(field, code),
    }
}

/// What a failed send means for the page.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The slot went to someone else: refresh the calendar, choose again,
    /// keep everything typed.
    SlotGone(ApiError),
    /// Field errors to show next to the fields (422).
    Fields(Vec<FieldError>),
    /// No answer (network, timeout): the request may or may not have
    /// arrived, so a retry must reuse the idempotency key.
    Unknown(ApiError),
    /// Anything else, shown as it is.
    Other(ApiError),
}

pub fn failure(error: ApiError) -> Failure {
    let field_errors = error.field_errors();
    let slot_code = error.code().is_some_and(|c| {
        matches!(c, "slot_taken" | "mentee_busy" | "in_past" | "too_soon" | "beyond_horizon" | "not_offered")
    });
    if slot_code {
        Failure::SlotGone(error)
    } else if matches!(error, ApiError::Network | ApiError::Timeout)
        || error.status().is_some_and(|s| s >= 500)
    {
        Failure::Unknown(error)
    } else if !field_errors.is_empty() && error.code() != Some("idempotency_mismatch") {
        Failure::Fields(field_errors.to_vec())
    } else {
        Failure::Other(error)
    }
}

/// What the review step lists, in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub theme: String,
    pub topics: Vec<String>,
    pub response: String,
    pub response_description: String,
    pub note: String,
}

pub fn review(
    draft: &Draft,
    mentor: &Mentor,
    catalog: &TopicCatalog,
    responses: &[ResponseKind],
    lang: &str,
) -> Review {
    let theme = mentor.themes.iter().find(|t| Some(t.theme_id) == draft.theme);
    let response = responses.iter().find(|r| Some(r.id) == draft.response);
    Review {
        theme: theme.map(|t| t.name.get(lang).to_string()).unwrap_or_default(),
        // In the grid's order, whatever order they were ticked in.
        topics: catalog
            .categories
            .iter()
            .flat_map(|c| &c.topics)
            .filter(|t| draft.topics.contains(&t.id))
            .map(|t| t.prompt.get(lang).to_string())
            .collect(),
        response: response.map(|r| r.name.get(lang).to_string()).unwrap_or_default(),
        response_description: response.map(|r| r.description.get(lang).to_string()).unwrap_or_default(),
        note: draft.note.trim().to_string(),
    }
}

/// A fresh idempotency key from 128 random bits (`random` gives values in `[0, 1)`).
pub fn idempotency_key(mut random: impl FnMut() -> f64) -> String {
    let mut key = String::with_capacity(32);
    for _ in 0..4 {
        let word = (random() * 4_294_967_296.0) as u32;
        for shift in (0..8).rev() {
            key.push(char::from_digit((word >> (shift * 4)) & 0xf, 16).unwrap_or('0'));
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};
    use naname_contract::mentors::MentorTheme;
    use naname_contract::people::{Department, HireKind, Person};
    use naname_contract::topics::{TimeFrame, Topic, TopicCategory};
    use naname_contract::{Localized, Problem};

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn slot() -> Interval {
        Interval::new(at("2026-12-01T03:00:00Z"), at("2026-12-01T03:30:00Z"))
    }

    fn problem(status: u16, code: &str, errors: Vec<FieldError>) -> ApiError {
        let mut p = Problem::new(status, code, "x");
        p.errors = errors;
        ApiError::Http { status, problem: Some(Box::new(p)) }
    }

    #[test]
    fn theme_to_start_with() {
        assert_eq!(initial_theme(&[4, 19], &[19]), Some(19));
        assert_eq!(initial_theme(&[4, 19], &[7, 4]), Some(4), "the first filter theme the mentor holds");
        assert_eq!(initial_theme(&[4, 19], &[7]), None);
        assert_eq!(initial_theme(&[4], &[]), Some(4), "a mentor's only theme");
        assert_eq!(initial_theme(&[4], &[7]), Some(4));
        assert_eq!(initial_theme(&[], &[7]), None);
    }

    #[test]
    fn no_more_topics_than_the_limit() {
        let mut topics = Vec::new();
        for id in 1..=12 {
            topics = toggle_topic(&topics, id, 3);
        }
        assert_eq!(topics, [1, 2, 3]);
        assert_eq!(toggle_topic(&topics, 3, 3), [1, 2], "unticking always works");
        assert_eq!(toggle_topic(&[2], 2, 3), Vec::<i64>::new());
        // Over the limit (a shorter slot chosen later): unticking still works, ticking does not.
        assert_eq!(toggle_topic(&[1, 2, 3, 4], 9, 3), [1, 2, 3, 4]);
        assert_eq!(toggle_topic(&[1, 2, 3, 4], 4, 3), [1, 2, 3]);
    }

    #[test]
    fn the_slot_length_limits_the_request() {
        let draft =
            Draft { theme: Some(4), topics: vec![1, 2, 3, 4], response: Some(2), note: String::new() };
        let errors = draft.to_request(2, Some(&slot())).unwrap_err();
        assert_eq!((errors[0].field.as_str(), errors[0].code.as_str()), ("topic_ids", "too_many"));
        assert_eq!(field_key(&errors[0].field, &errors[0].code), Key::ReqErrTopicsTooMany);
        let hour = Interval::new(at("2026-12-01T03:00:00Z"), at("2026-12-01T04:00:00Z"));
        assert!(draft.to_request(2, Some(&hour)).is_ok(), "an hour fits six");
    }

    #[test]
    fn the_summary_lists_fields_in_page_order() {
        let errors = vec![
            FieldError::new("note", "too_long", ""),
            FieldError::new("topic_ids", "required", ""),
            FieldError::new("mentor_id", "unknown", ""),
            FieldError::new("theme_id", "required", ""),
            FieldError::new("topic_ids", "duplicate", ""),
        ];
        let lines = summary_lines(&errors);
        let fields: Vec<&str> = lines.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, ["theme_id", "topic_ids", "note", "mentor_id"], "each field once, in page order");
        assert_eq!(lines[1].1, Key::ReqErrTopicsRequired, "the first error of a field");
        assert!(summary_lines(&[]).is_empty());
    }

    #[test]
    fn a_complete_draft_becomes_a_request() {
        let draft =
            Draft { theme: Some(4), topics: vec![3, 1], response: Some(2), note: "  よろしく \n".into() };
        let request = draft.to_request(2, Some(&slot())).unwrap();
        assert_eq!(request.start, at("2026-12-01T03:00:00Z"));
        assert_eq!((request.mentor_id, request.theme_id, request.response_id), (2, 4, 2));
        assert_eq!(request.topic_ids, vec![3, 1]);
        assert_eq!(request.note, "よろしく");
    }

    #[test]
    fn every_missing_field_is_named() {
        let errors = Draft::default().to_request(2, None).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| (e.field.as_str(), e.code.as_str())).collect();
        assert_eq!(
            fields,
            [
                ("start", "required"),
                ("theme_id", "required"),
                ("response_id", "required"),
                ("topic_ids", "required")
            ]
        );
        let long = Draft { theme: Some(1), topics: vec![1], response: Some(1), note: "あ".repeat(2001) };
        let errors = long.to_request(2, Some(&slot())).unwrap_err();
        assert_eq!(field_key(&errors[0].field, &errors[0].code), Key::ReqErrNoteTooLong);
    }

    #[test]
    fn field_messages() {
        assert_eq!(field_key("topic_ids", "required"), Key::ReqErrTopicsRequired);
        assert_eq!(field_key("topic_ids", "too_many"), Key::ReqErrTopicsTooMany);
        assert_eq!(field_key("topic_ids", "unknown"), Key::ReqErrTopicsUnknown);
        assert_eq!(field_key("theme_id", "invalid"), Key::ErrThemeNotHeld);
        assert_eq!(field_key("start", "too_soon"), Key::ErrTooSoon);
        assert_eq!(field_key("response_id", "unknown"), Key::ReqErrResponseUnknown);
    }

    #[test]
    fn what_a_failure_means() {
        let taken = problem(409, "slot_taken", vec![]);
        assert_eq!(failure(taken.clone()), Failure::SlotGone(taken));
        assert!(matches!(failure(problem(409, "mentee_busy", vec![])), Failure::SlotGone(_)));
        let soon = problem(422, "too_soon", vec![FieldError::new("start", "too_soon", "x")]);
        assert!(matches!(failure(soon), Failure::SlotGone(_)));
        assert_eq!(failure(ApiError::Network), Failure::Unknown(ApiError::Network));
        assert_eq!(failure(ApiError::Timeout), Failure::Unknown(ApiError::Timeout));
        assert!(matches!(failure(ApiError::Http { status: 503, problem: None }), Failure::Unknown(_)));
        let fields = vec![FieldError::new("theme_id", "theme_not_held", "x")];
        assert_eq!(failure(problem(422, "theme_not_held", fields.clone())), Failure::Fields(fields));
        let mismatch =
            problem(422, "idempotency_mismatch", vec![FieldError::new("idempotency-key", "x", "x")]);
        assert!(matches!(failure(mismatch), Failure::Other(_)));
        assert!(matches!(failure(problem(403, "csrf", vec![])), Failure::Other(_)));
    }

    #[test]
    fn keys_are_random_hex() {
        let mut n = 0.0;
        let key = idempotency_key(|| {
            n += 0.25;
            n - 0.25
        });
        assert_eq!(key, concat!("00000000", "40000000", "80000000", "c0000000"));
        assert_eq!(key.len(), 32);
        assert!(key.bytes().all(|b| b.is_ascii_hexdigit()));
    }

    fn mentor() -> Mentor {
        Mentor {
            person: Person {
                id: 2,
                name: "高橋 彩".into(),
                name_reading: "たかはし あや".into(),
                name_latin: "Aya Takahashi".into(),
                department: Department { id: 2, name: Localized::new("開発部", "Engineering") },
                title: Localized::default(),
                office: Localized::default(),
                time_zone: "Asia/Tokyo".into(),
                joined_year: 2024,
                hire_kind: HireKind::CareerHire,
                is_mentor: true,
            },
            talk_about: naname_contract::UserText::default(),
            themes: vec![MentorTheme {
                theme_id: 4,
                category_id: 1,
                name: Localized::new("キャリア入社", "Career hire"),
                answers: vec![],
            }],
        }
    }

    #[test]
    fn review_lists_the_choices_in_grid_order() {
        let topic = |id, prompt: &str| Topic {
            id,
            category_id: 1,
            time_frame: TimeFrame::Past,
            prompt: Localized::new(prompt, format!("{prompt} (en)")),
            recommended: false,
        };
        let catalog = TopicCatalog {
            categories: vec![TopicCategory {
                id: 1,
                name: Localized::new("業務", "Work"),
                topics: vec![topic(1, "一"), topic(2, "二"), topic(3, "三")],
            }],
        };
        let responses = vec![ResponseKind {
            id: 2,
            name: Localized::new("一緒に考えてほしい", "Think it through together"),
            description: Localized::new("説明", "Description"),
        }];
        let draft = Draft { theme: Some(4), topics: vec![3, 1], response: Some(2), note: " メモ ".into() };
        let r = review(&draft, &mentor(), &catalog, &responses, "en");
        assert_eq!(r.theme, "Career hire");
        assert_eq!(r.topics, ["一 (en)", "三 (en)"]);
        assert_eq!(
            (r.response.as_str(), r.response_description.as_str()),
            ("Think it through together", "Description")
        );
        assert_eq!(r.note, "メモ");
        assert_eq!(review(&draft, &mentor(), &catalog, &responses, "ja").topics, ["一", "三"]);
    }
}
