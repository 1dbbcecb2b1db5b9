//! The supply side: admins define theme categories and themes (with typed
//! required items) and register people as mentors per theme; mentors
//! approve, decline, answer and stop (see [`crate::mentor_themes`]).
//!
//! The rules are plain functions so the app runs the same ones before it
//! sends: every field error names the exact place, e.g.
//! `required_items[2].options[0]`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::people::Person;
use crate::problem::FieldError;
use crate::Localized;

/// Names and labels (categories, themes, required items): 1 to this many characters, both languages.
pub const MAX_NAME_CHARS: usize = 80;
/// A theme's description, per language (may be empty in both).
pub const MAX_DESCRIPTION_CHARS: usize = 1000;
pub const MAX_REQUIRED_ITEMS: usize = 20;
pub const MIN_OPTIONS: usize = 2;
pub const MAX_OPTIONS: usize = 20;
/// One option of a single-choice item.
pub const MAX_OPTION_CHARS: usize = 80;
/// The answer to a short-text item.
pub const MAX_SHORT_TEXT_CHARS: usize = 60;
/// The answer to a long-text item.
pub const MAX_LONG_TEXT_CHARS: usize = 400;
/// The answer to a year item is a year in this range.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2100;
/// The admin's message to the people registered, and a mentor's reason to decline.
pub const MAX_REGISTRATION_MESSAGE_CHARS: usize = 1000;
/// People registered for a theme in one request.
pub const MAX_PEOPLE_PER_REGISTRATION: usize = 100;
/// Categories or themes in one reorder.
pub const MAX_REORDER_IDS: usize = 1000;

/// What a required item asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// One line, at most 60 characters.
    ShortText,
    /// Several lines, at most 400 characters.
    LongText,
    /// One of the item's `options`, written exactly as the option.
    SingleChoice,
    /// A year, 1900 to 2100, e.g. `"2019"`.
    Year,
}

impl ItemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::ShortText => "short_text",
            ItemKind::LongText => "long_text",
            ItemKind::SingleChoice => "single_choice",
            ItemKind::Year => "year",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "short_text" => ItemKind::ShortText,
            "long_text" => ItemKind::LongText,
            "single_choice" => ItemKind::SingleChoice,
            "year" => ItemKind::Year,
            _ => return None,
        })
    }
}

/// A required item as an admin writes it. Without `id` it is new; with the
/// `id` of one of the theme's items it replaces that item (its answers are
/// kept where they still fit the item).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RequiredItemInput {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    pub label: Localized,
    pub kind: ItemKind,
    /// Only for `single_choice`: 2 to 20 different options, each 1 to 80
    /// characters. Options are written once, as mentors' answers are.
    #[serde(default)]
    pub options: Vec<String>,
    /// Whether a mentor must answer it to approve (default true).
    #[serde(default = "yes")]
    pub required: bool,
}

fn yes() -> bool {
    true
}

/// A theme as an admin writes it (create and replace).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ThemeInput {
    pub category_id: i64,
    pub name: Localized,
    #[serde(default)]
    pub description: Localized,
    #[serde(default)]
    pub required_items: Vec<RequiredItemInput>,
}

/// A category as an admin writes it (create and rename).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct CategoryInput {
    pub name: Localized,
}

/// A new order: every id of the set, once, first shown first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Reorder {
    pub ids: Vec<i64>,
}

/// `PATCH /api/admin/themes/{id}`: archive or bring back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ThemePatch {
    pub archived: bool,
}

/// `POST /api/admin/themes/{id}/impact`: the change to weigh, exactly one of
/// a new version of the theme or an archive flag.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ThemeChange {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<ThemeInput>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
}

/// What a change to a theme would do, before it is saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ThemeImpact {
    /// Mentors holding the theme approved now (on cards while it is live).
    pub approved_mentors: u32,
    /// Approved mentors who would have a required item to answer (new
    /// required items, items made required, answers that no longer fit).
    /// They stay listed; their registration shows `needs_answer`.
    pub asked_to_answer: u32,
    /// Answers deleted because their item is removed or they no longer fit it.
    pub answers_dropped: u32,
    /// Archiving: mentors whose cards lose the theme at once.
    pub hidden_from_mentors: u32,
    /// Archiving: of those, mentors who leave the mentor list altogether
    /// (it was their only live approved theme).
    pub no_longer_mentors: u32,
    /// 1on1s requested or accepted under the theme. They stay answerable
    /// whatever the change; archiving only stops new requests.
    pub open_one_on_ones: u32,
    /// Registrations still waiting for the mentor's answer.
    pub pending_registrations: u32,
}

/// A required item as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminRequiredItem {
    pub id: i64,
    pub label: Localized,
    pub kind: ItemKind,
    pub options: Vec<String>,
    pub required: bool,
}

/// Registrations of a theme by status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationCounts {
    pub pending: u32,
    pub approved: u32,
    pub declined: u32,
    pub stopped: u32,
    /// Approved ones with a required item unanswered.
    pub needs_answer: u32,
}

/// A theme as admins see it, archived ones included.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminTheme {
    pub id: i64,
    pub category_id: i64,
    pub name: Localized,
    pub description: Localized,
    pub required_items: Vec<AdminRequiredItem>,
    pub archived: bool,
    /// Moves on every change of the theme or its items; the `ETag` is `"<id>-<version>"`.
    pub version: i64,
    pub registrations: RegistrationCounts,
    /// Every 1on1 ever made under the theme.
    pub one_on_ones: u32,
    /// Never used (no registrations, no 1on1s): only then can it be deleted.
    pub deletable: bool,
}

impl AdminTheme {
    /// The entity tag of this version, quoted as in the header.
    pub fn etag(&self) -> String {
        theme_etag(self.id, self.version)
    }
}

pub fn theme_etag(id: i64, version: i64) -> String {
    format!("\"{id}-{version}\"")
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminCategory {
    pub id: i64,
    pub name: Localized,
    /// Live and archived themes, in display order.
    pub themes: Vec<AdminTheme>,
}

/// `GET /api/admin/themes`: every category with all its themes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdminCatalog {
    pub categories: Vec<AdminCategory>,
}

/// Where a registration stands. `stopped`: the mentor approved, then
/// stopped mentoring the theme (1on1s already requested stay answerable).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RegistrationStatus {
    Pending,
    Approved,
    Declined,
    Stopped,
}

impl RegistrationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RegistrationStatus::Pending => "pending",
            RegistrationStatus::Approved => "approved",
            RegistrationStatus::Declined => "declined",
            RegistrationStatus::Stopped => "stopped",
        }
    }
}

/// One person's registration for one theme, as admins see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Registration {
    pub theme_id: i64,
    pub theme_name: Localized,
    pub theme_archived: bool,
    pub person: Person,
    pub status: RegistrationStatus,
    /// Approved, with a required item unanswered (an item added later).
    pub needs_answer: bool,
    pub registered_by: Option<PersonRef>,
    pub registered_at: DateTime<Utc>,
    /// When the person approved or declined.
    pub decided_at: Option<DateTime<Utc>>,
    pub stopped_at: Option<DateTime<Utc>>,
    /// The admin's message to the person.
    pub message: String,
    /// The person's reason when declining (may be empty).
    pub decline_reason: String,
}

/// A theme's registrations, or a person's across themes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationList {
    /// By theme order, then by reading.
    pub items: Vec<Registration>,
}

/// A person named in passing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonRef {
    pub id: i64,
    pub name: String,
}

/// `POST /api/admin/themes/{id}/registrations`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewRegistrations {
    pub person_ids: Vec<i64>,
    #[serde(default)]
    pub message: Option<String>,
}

/// What happened to each person of a [`NewRegistrations`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RegistrationOutcome {
    /// Now pending.
    Registered,
    /// Had declined or stopped; asked again (pending, earlier answers kept).
    Reregistered,
    /// Already pending or approved: left as it was.
    AlreadyRegistered,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationResult {
    pub person_id: i64,
    pub outcome: RegistrationOutcome,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationResults {
    pub results: Vec<RegistrationResult>,
}

/// What an audit entry recorded of the thing changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AuditState {
    Theme {
        category_id: i64,
        name: Localized,
        description: Localized,
        required_items: Vec<AdminRequiredItem>,
        archived: bool,
        version: i64,
    },
    Category {
        name: Localized,
        sort: i64,
    },
    Registration {
        person_id: i64,
        status: RegistrationStatus,
        message: String,
        decline_reason: String,
    },
    /// A new order of categories or of a category's themes.
    Order {
        ids: Vec<i64>,
    },
}

/// One recorded write: who, what, when, before and after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEntry {
    pub id: i64,
    pub at: DateTime<Utc>,
    /// Who did it (`null` if that person was removed since).
    pub actor: Option<PersonRef>,
    /// E.g. `theme.create`, `theme.update`, `theme.archive`, `registration.create`, `registration.approve`.
    pub action: String,
    pub theme_id: Option<i64>,
    pub before: Option<AuditState>,
    pub after: Option<AuditState>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditLog {
    /// Newest first.
    pub entries: Vec<AuditEntry>,
}

// ---- rules ----

fn trimmed(l: &Localized) -> Localized {
    Localized::new(l.ja.trim(), l.en.trim())
}

fn check_text(errors: &mut Vec<FieldError>, field: &str, text: &str, min: usize, max: usize) {
    let n = text.chars().count();
    if n < min {
        errors.push(FieldError::new(field, "required", "Write it"));
    } else if n > max {
        errors.push(FieldError::new(field, "too_long", format!("At most {max} characters")));
    }
}

/// A name in both languages, 1 to [`MAX_NAME_CHARS`] each (after trimming).
pub fn check_name(errors: &mut Vec<FieldError>, field: &str, name: &Localized) {
    check_text(errors, &format!("{field}.ja"), name.ja.trim(), 1, MAX_NAME_CHARS);
    check_text(errors, &format!("{field}.en"), name.en.trim(), 1, MAX_NAME_CHARS);
}

impl CategoryInput {
    /// The input trimmed, or every field error.
    pub fn validate(&self) -> Result<CategoryInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        check_name(&mut errors, "name", &self.name);
        if errors.is_empty() {
            Ok(CategoryInput { name: trimmed(&self.name) })
        } else {
            Err(errors)
        }
    }
}

impl Reorder {
    /// Ids unique and positive; whether they are exactly the set is for the server to say.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        if self.ids.len() > MAX_REORDER_IDS {
            errors.push(FieldError::new("ids", "too_many", format!("At most {MAX_REORDER_IDS} ids")));
        }
        let mut seen = std::collections::HashSet::new();
        for (i, id) in self.ids.iter().enumerate() {
            if *id < 1 {
                errors.push(FieldError::new(format!("ids[{i}]"), "invalid", "Not an id"));
            } else if !seen.insert(*id) {
                errors.push(FieldError::new(format!("ids[{i}]"), "duplicate", "Listed twice"));
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

impl RequiredItemInput {
    fn check(&self, errors: &mut Vec<FieldError>, at: &str) {
        check_name(errors, &format!("{at}.label"), &self.label);
        if let Some(id) = self.id {
            if id < 1 {
                errors.push(FieldError::new(format!("{at}.id"), "invalid", "Not an item id"));
            }
        }
        if self.kind == ItemKind::SingleChoice {
            if self.options.len() < MIN_OPTIONS {
                errors.push(FieldError::new(
                    format!("{at}.options"),
                    "too_few",
                    format!("At least {MIN_OPTIONS} options"),
                ));
            } else if self.options.len() > MAX_OPTIONS {
                errors.push(FieldError::new(
                    format!("{at}.options"),
                    "too_many",
                    format!("At most {MAX_OPTIONS} options"),
                ));
            }
            let mut seen = std::collections::HashSet::new();
            for (j, option) in self.options.iter().enumerate() {
                let field = format!("{at}.options[{j}]");
                let option = option.trim();
                let before = errors.len();
                check_text(errors, &field, option, 1, MAX_OPTION_CHARS);
                if errors.len() == before && !seen.insert(option.to_lowercase()) {
                    errors.push(FieldError::new(field, "duplicate", "The same option twice"));
                }
            }
        } else if !self.options.is_empty() {
            errors.push(FieldError::new(
                format!("{at}.options"),
                "invalid",
                "Only single-choice items have options",
            ));
        }
    }
}

impl ThemeInput {
    /// The input trimmed, or every field error, each naming its place
    /// (`name.en`, `required_items[2].options[0]`, …).
    pub fn validate(&self) -> Result<ThemeInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        if self.category_id < 1 {
            errors.push(FieldError::new("category_id", "invalid", "Not a category id"));
        }
        check_name(&mut errors, "name", &self.name);
        let (dja, den) = (self.description.ja.trim(), self.description.en.trim());
        check_text(&mut errors, "description.ja", dja, usize::from(!den.is_empty()), MAX_DESCRIPTION_CHARS);
        check_text(&mut errors, "description.en", den, usize::from(!dja.is_empty()), MAX_DESCRIPTION_CHARS);
        if self.required_items.len() > MAX_REQUIRED_ITEMS {
            errors.push(FieldError::new(
                "required_items",
                "too_many",
                format!("At most {MAX_REQUIRED_ITEMS} items"),
            ));
        }
        let mut ids = std::collections::HashSet::new();
        for (i, item) in self.required_items.iter().enumerate() {
            let at = format!("required_items[{i}]");
            item.check(&mut errors, &at);
            if let Some(id) = item.id {
                if !ids.insert(id) {
                    errors.push(FieldError::new(format!("{at}.id"), "duplicate", "The same item twice"));
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ThemeInput {
            category_id: self.category_id,
            name: trimmed(&self.name),
            description: trimmed(&self.description),
            required_items: self
                .required_items
                .iter()
                .map(|i| RequiredItemInput {
                    id: i.id,
                    label: trimmed(&i.label),
                    kind: i.kind,
                    options: i.options.iter().map(|o| o.trim().to_string()).collect(),
                    required: i.required,
                })
                .collect(),
        })
    }
}

impl ThemeChange {
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        match (&self.theme, self.archived) {
            (Some(theme), None) => theme.validate().map(|_| ()).map_err(|errors| {
                errors.into_iter().map(|e| FieldError { field: format!("theme.{}", e.field), ..e }).collect()
            }),
            (None, Some(_)) => Ok(()),
            _ => Err(vec![FieldError::new("theme", "invalid", "Send exactly one of `theme` and `archived`")]),
        }
    }
}

impl NewRegistrations {
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        if self.person_ids.is_empty() {
            errors.push(FieldError::new("person_ids", "required", "Choose at least one person"));
        } else if self.person_ids.len() > MAX_PEOPLE_PER_REGISTRATION {
            errors.push(FieldError::new(
                "person_ids",
                "too_many",
                format!("At most {MAX_PEOPLE_PER_REGISTRATION} people at once"),
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for (i, id) in self.person_ids.iter().enumerate() {
            if *id < 1 {
                errors.push(FieldError::new(format!("person_ids[{i}]"), "invalid", "Not a person id"));
            } else if !seen.insert(*id) {
                errors.push(FieldError::new(format!("person_ids[{i}]"), "duplicate", "Listed twice"));
            }
        }
        if let Some(m) = &self.message {
            check_text(&mut errors, "message", m.trim(), 0, MAX_REGISTRATION_MESSAGE_CHARS);
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// Whether `answer` (already trimmed) is a valid answer to an item of this
/// kind and options; the error code when not. An empty answer is "no
/// answer", which only the `required` flag judges.
pub fn check_answer(kind: ItemKind, options: &[String], answer: &str) -> Result<(), (&'static str, String)> {
    let n = answer.chars().count();
    match kind {
        ItemKind::ShortText if n > MAX_SHORT_TEXT_CHARS => {
            Err(("too_long", format!("At most {MAX_SHORT_TEXT_CHARS} characters")))
        }
        ItemKind::LongText if n > MAX_LONG_TEXT_CHARS => {
            Err(("too_long", format!("At most {MAX_LONG_TEXT_CHARS} characters")))
        }
        ItemKind::SingleChoice if !options.iter().any(|o| o == answer) => {
            Err(("invalid", "Choose one of the options".to_string()))
        }
        ItemKind::Year => match answer.parse::<i32>() {
            Ok(y) if (MIN_YEAR..=MAX_YEAR).contains(&y) && answer.len() == 4 => Ok(()),
            _ => Err(("invalid", format!("A year from {MIN_YEAR} to {MAX_YEAR}"))),
        },
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(kind: ItemKind, options: &[&str]) -> RequiredItemInput {
        RequiredItemInput {
            id: None,
            label: Localized::new("国", "Country"),
            kind,
            options: options.iter().map(|s| s.to_string()).collect(),
            required: true,
        }
    }

    fn theme(items: Vec<RequiredItemInput>) -> ThemeInput {
        ThemeInput {
            category_id: 1,
            name: Localized::new(" 海外駐在 ", "Posting abroad"),
            description: Localized::default(),
            required_items: items,
        }
    }

    fn fields(errors: Vec<FieldError>) -> Vec<(String, String)> {
        errors.into_iter().map(|e| (e.field, e.code)).collect()
    }

    #[test]
    fn a_valid_theme_comes_back_trimmed() {
        let t = theme(vec![item(ItemKind::SingleChoice, &[" A ", "B"]), item(ItemKind::Year, &[])]);
        let ok = t.validate().unwrap();
        assert_eq!(ok.name.ja, "海外駐在");
        assert_eq!(ok.required_items[0].options, vec!["A", "B"]);
    }

    #[test]
    fn errors_point_at_the_exact_place() {
        let mut t = theme(vec![
            item(ItemKind::ShortText, &[]),
            item(ItemKind::ShortText, &["x"]),
            item(ItemKind::SingleChoice, &["", "b", "B"]),
            item(ItemKind::SingleChoice, &["only"]),
        ]);
        t.name.en = "x".repeat(MAX_NAME_CHARS + 1);
        t.required_items[0].label.ja = "  ".into();
        t.description.ja = "説明".into();
        assert_eq!(
            fields(t.validate().unwrap_err()),
            vec![
                ("name.en".into(), "too_long".into()),
                ("description.en".into(), "required".into()),
                ("required_items[0].label.ja".into(), "required".into()),
                ("required_items[1].options".into(), "invalid".into()),
                ("required_items[2].options[0]".into(), "required".into()),
                ("required_items[2].options[2]".into(), "duplicate".into()),
                ("required_items[3].options".into(), "too_few".into()),
            ]
        );
    }

    #[test]
    fn names_are_counted_in_characters_and_items_are_capped() {
        let mut t = theme((0..=MAX_REQUIRED_ITEMS).map(|_| item(ItemKind::LongText, &[])).collect());
        t.name.ja = "あ".repeat(MAX_NAME_CHARS);
        assert_eq!(fields(t.validate().unwrap_err()), vec![("required_items".into(), "too_many".into())]);
        let options: Vec<String> = (0..=MAX_OPTIONS).map(|i| format!("o{i}")).collect();
        let refs: Vec<&str> = options.iter().map(String::as_str).collect();
        let t = theme(vec![item(ItemKind::SingleChoice, &refs)]);
        assert_eq!(
            fields(t.validate().unwrap_err()),
            vec![("required_items[0].options".into(), "too_many".into())]
        );
        let mut t = theme(vec![item(ItemKind::Year, &[]), item(ItemKind::Year, &[])]);
        t.required_items[0].id = Some(7);
        t.required_items[1].id = Some(7);
        assert_eq!(
            fields(t.validate().unwrap_err()),
            vec![("required_items[1].id".into(), "duplicate".into())]
        );
    }

    #[test]
    fn answers_fit_their_kind() {
        let options = vec!["A".to_string(), "B".to_string()];
        assert!(check_answer(ItemKind::ShortText, &[], &"x".repeat(60)).is_ok());
        assert_eq!(check_answer(ItemKind::ShortText, &[], &"x".repeat(61)).unwrap_err().0, "too_long");
        assert!(check_answer(ItemKind::LongText, &[], &"あ".repeat(400)).is_ok());
        assert_eq!(check_answer(ItemKind::LongText, &[], &"あ".repeat(401)).unwrap_err().0, "too_long");
        assert!(check_answer(ItemKind::SingleChoice, &options, "B").is_ok());
        assert_eq!(check_answer(ItemKind::SingleChoice, &options, "C").unwrap_err().0, "invalid");
        assert!(check_answer(ItemKind::Year, &[], "2019").is_ok());
        for bad in ["1899", "2101", "+201", "19", "20190", "abcd"] {
            assert!(check_answer(ItemKind::Year, &[], bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn registrations_and_orders_are_checked() {
        let r = NewRegistrations { person_ids: vec![3, 3, 0], message: Some("x".repeat(1001)) };
        assert_eq!(
            fields(r.validate().unwrap_err()),
            vec![
                ("person_ids[1]".into(), "duplicate".into()),
                ("person_ids[2]".into(), "invalid".into()),
                ("message".into(), "too_long".into()),
            ]
        );
        assert!(Reorder { ids: vec![2, 1] }.validate().is_ok());
        assert_eq!(fields(Reorder { ids: vec![2, 2] }.validate().unwrap_err())[0].1, "duplicate");
        let both = ThemeChange { theme: Some(theme(vec![])), archived: Some(true) };
        assert!(both.validate().is_err());
        let mut bad = theme(vec![]);
        bad.name.ja.clear();
        let change = ThemeChange { theme: Some(bad), archived: None };
        assert_eq!(fields(change.validate().unwrap_err()), vec![("theme.name.ja".into(), "required".into())]);
    }

    #[test]
    fn unknown_fields_are_refused() {
        assert!(serde_json::from_str::<ThemeInput>(
            r#"{"category_id":1,"name":{"ja":"a","en":"b"},"colour":"red"}"#
        )
        .is_err());
        let t: ThemeInput = serde_json::from_str(
            r#"{"category_id":1,"name":{"ja":"a","en":"b"},"required_items":[{"label":{"ja":"a","en":"b"},"kind":"year"}]}"#,
        )
        .unwrap();
        assert!(t.required_items[0].required);
    }
}
