//! The admin's theme form: what is typed (strings, a local key per item so
//! views keep their inputs while items move), the [`ThemeInput`] it sends,
//! and where each field error goes. The rules are the contract's
//! ([`ThemeInput::validate`]), so the app refuses what the server would.

use std::collections::HashMap;

use naname_contract::admin::{AdminTheme, ItemKind, RequiredItemInput, ThemeImpact, ThemeInput};
use naname_contract::{FieldError, Localized};

use crate::i18n::Key;

/// One required item as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemDraft {
    /// Stable within the page (not sent): the view's key while items move.
    pub key: u32,
    /// The stored item's id; `None` for an item added here.
    pub id: Option<i64>,
    pub label: Localized,
    pub kind: ItemKind,
    /// Kept while the kind is switched away and back; sent only for single choice.
    pub options: Vec<String>,
    pub required: bool,
}

impl ItemDraft {
    pub fn new(key: u32) -> Self {
        ItemDraft {
            key,
            id: None,
            label: Localized::default(),
            kind: ItemKind::ShortText,
            options: vec![String::new(), String::new()],
            required: true,
        }
    }
}

/// The whole form.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ThemeDraft {
    /// `None` until a category is chosen.
    pub category_id: Option<i64>,
    pub name: Localized,
    pub description: Localized,
    pub items: Vec<ItemDraft>,
    /// The next item key to hand out.
    pub next_key: u32,
}

impl ThemeDraft {
    /// A new theme, in `category_id` when one was given (or the only one there is).
    pub fn blank(category_id: Option<i64>) -> Self {
        ThemeDraft { category_id, ..ThemeDraft::default() }
    }

    /// The form for a stored theme.
    pub fn from_theme(theme: &AdminTheme) -> Self {
        let items: Vec<ItemDraft> = theme
            .required_items
            .iter()
            .enumerate()
            .map(|(i, item)| ItemDraft {
                key: i as u32,
                id: Some(item.id),
                label: item.label.clone(),
                kind: item.kind,
                options: if item.kind == ItemKind::SingleChoice {
                    item.options.clone()
                } else {
                    vec![String::new(), String::new()]
                },
                required: item.required,
            })
            .collect();
        ThemeDraft {
            category_id: Some(theme.category_id),
            name: theme.name.clone(),
            description: theme.description.clone(),
            next_key: items.len() as u32,
            items,
        }
    }

    pub fn add_item(&mut self) {
        self.items.push(ItemDraft::new(self.next_key));
        self.next_key += 1;
    }

    /// What is sent. Without a category the id is 0, which the rules refuse
    /// at `category_id`.
    pub fn to_input(&self) -> ThemeInput {
        ThemeInput {
            category_id: self.category_id.unwrap_or(0),
            name: self.name.clone(),
            description: self.description.clone(),
            required_items: self
                .items
                .iter()
                .map(|item| RequiredItemInput {
                    id: item.id,
                    label: item.label.clone(),
                    kind: item.kind,
                    options: if item.kind == ItemKind::SingleChoice {
                        item.options.clone()
                    } else {
                        Vec::new()
                    },
                    required: item.required,
                })
                .collect(),
        }
    }

    /// The contract's errors for what is typed, in the order of the form.
    pub fn check(&self) -> Vec<FieldError> {
        self.to_input().validate().err().unwrap_or_default()
    }
}

/// Whether saving `draft` over `before` could touch approved mentors
/// (a new or newly required item, an item removed, a kind or options
/// changed): then the page asks the server for the impact first.
pub fn affects_mentors(before: &AdminTheme, draft: &ThemeInput) -> bool {
    if before.required_items.len() != draft.required_items.iter().filter(|i| i.id.is_some()).count() {
        return true;
    }
    draft.required_items.iter().any(|item| match item.id {
        None => item.required,
        Some(id) => match before.required_items.iter().find(|b| b.id == id) {
            None => true,
            Some(b) => (item.required && !b.required) || b.kind != item.kind || b.options != item.options,
        },
    })
}

/// Moves the element at `index` one place up or down; the new index, or
/// `None` when it is already at that end.
pub fn move_by_one<T>(list: &mut [T], index: usize, up: bool) -> Option<usize> {
    let to = if up { index.checked_sub(1)? } else { index + 1 };
    if to >= list.len() {
        return None;
    }
    list.swap(index, to);
    Some(to)
}

/// The ids in their new order after moving `id` one place, or `None`.
pub fn moved_ids(ids: &[i64], id: i64, up: bool) -> Option<(Vec<i64>, usize)> {
    let mut ids = ids.to_vec();
    let index = ids.iter().position(|&i| i == id)?;
    let to = move_by_one(&mut ids, index, up)?;
    Some((ids, to))
}

/// Field errors by field, with the impact endpoint's `theme.` prefix taken
/// off so they land on the same inputs as a save's. The first per field wins.
pub fn errors_by_field(errors: &[FieldError]) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for e in errors {
        let field = e.field.strip_prefix("theme.").unwrap_or(&e.field).to_string();
        map.entry(field).or_insert_with(|| e.code.clone());
    }
    map
}

/// The first field with an error, in the order given (the rules and the
/// server list them in form order), without the `theme.` prefix.
pub fn first_field(errors: &[FieldError]) -> Option<String> {
    errors.first().map(|e| e.field.strip_prefix("theme.").unwrap_or(&e.field).to_string())
}

/// The element id of a field: `required_items[2].options[0]` →
/// `tf-required_items-2-options-0` (ids cannot hold brackets in CSS
/// selectors without escaping, and the error's id adds `-error`).
pub fn dom_id(field: &str) -> String {
    let mut id = String::from("tf-");
    for c in field.chars() {
        match c {
            '.' | '[' => id.push('-'),
            ']' => {}
            c => id.push(c),
        }
    }
    id
}

/// The message for a field error of the theme form.
pub fn error_key(code: &str) -> Key {
    match code {
        "required" => Key::ErrFieldRequired,
        "too_long" => Key::ErrFieldTooLong,
        "duplicate" => Key::AthErrDuplicateOption,
        "too_few" => Key::AthErrTooFewOptions,
        "too_many" => Key::AthErrTooMany,
        "not_found" => Key::AthErrNoCategory,
        "unknown_item" => Key::AthErrUnknownItem,
        _ => Key::ErrFieldInvalid,
    }
}

/// What a change would do, as sentences with their number: only what
/// happens (zeros are left out), or "no mentor is affected".
pub fn impact_lines(impact: &ThemeImpact, archive: bool) -> Vec<(Key, u32)> {
    let lines: Vec<(Key, u32)> = if archive {
        vec![
            (Key::AthImpactHidden, impact.hidden_from_mentors),
            (Key::AthImpactNoLongerMentors, impact.no_longer_mentors),
            (Key::AthImpactOpenOneOnOnes, impact.open_one_on_ones),
            (Key::AthImpactPending, impact.pending_registrations),
        ]
    } else {
        vec![
            (Key::AthImpactAsked, impact.asked_to_answer),
            (Key::AthImpactDropped, impact.answers_dropped),
            (Key::AthImpactOpenOneOnOnes, impact.open_one_on_ones),
        ]
    };
    let lines: Vec<(Key, u32)> = lines.into_iter().filter(|(_, n)| *n > 0).collect();
    if lines.iter().all(|(k, _)| *k == Key::AthImpactOpenOneOnOnes || *k == Key::AthImpactPending) {
        let mut out = vec![(Key::AthImpactNone, 0)];
        out.extend(lines);
        out
    } else {
        lines
    }
}

/// Whether a save needs the admin's confirmation after the impact (it
/// asks mentors to answer or drops answers).
pub fn needs_confirmation(impact: &ThemeImpact) -> bool {
    impact.asked_to_answer > 0 || impact.answers_dropped > 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use naname_contract::admin::{AdminRequiredItem, RegistrationCounts};

    fn stored() -> AdminTheme {
        AdminTheme {
            id: 4,
            category_id: 2,
            name: Localized::new("海外駐在", "Posting abroad"),
            description: Localized::default(),
            required_items: vec![AdminRequiredItem {
                id: 11,
                label: Localized::new("国", "Country"),
                kind: ItemKind::SingleChoice,
                options: vec!["米国".into(), "英国".into()],
                required: true,
            }],
            archived: false,
            version: 3,
            registrations: RegistrationCounts::default(),
            one_on_ones: 0,
            deletable: true,
        }
    }

    fn fields(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.field.as_str()).collect()
    }

    #[test]
    fn a_stored_theme_round_trips_through_the_form() {
        let theme = stored();
        let draft = ThemeDraft::from_theme(&theme);
        assert_eq!(draft.items[0].id, Some(11));
        assert_eq!(draft.next_key, 1);
        let input = draft.to_input();
        assert_eq!(input.category_id, 2);
        assert_eq!(input.required_items[0].options, vec!["米国", "英国"]);
        assert!(draft.check().is_empty());
        assert!(!affects_mentors(&theme, &input), "nothing changed");
    }

    #[test]
    fn the_rules_point_at_the_fields_of_the_form() {
        let mut draft = ThemeDraft::blank(None);
        draft.name = Localized::new("テーマ", "");
        draft.add_item();
        draft.items[0].label = Localized::new("国", "Country");
        draft.items[0].kind = ItemKind::SingleChoice;
        draft.items[0].options = vec!["A".into(), "a".into()];
        let errors = draft.check();
        assert_eq!(fields(&errors), ["category_id", "name.en", "required_items[0].options[1]"]);
        let map = errors_by_field(&errors);
        assert_eq!(map["required_items[0].options[1]"], "duplicate");
        assert_eq!(error_key(&map["required_items[0].options[1]"]), Key::AthErrDuplicateOption);
        assert_eq!(first_field(&errors).as_deref(), Some("category_id"));
    }

    #[test]
    fn options_are_sent_only_for_single_choice() {
        let mut draft = ThemeDraft::blank(Some(1));
        draft.name = Localized::new("a", "b");
        draft.add_item();
        draft.items[0].label = Localized::new("年", "Year");
        draft.items[0].kind = ItemKind::Year;
        assert!(draft.to_input().required_items[0].options.is_empty());
        assert!(draft.check().is_empty(), "the blank options of another kind are not sent");
        draft.items[0].kind = ItemKind::SingleChoice;
        assert_eq!(fields(&draft.check()), ["required_items[0].options[0]", "required_items[0].options[1]"]);
    }

    #[test]
    fn server_errors_land_on_the_same_fields() {
        let errors = vec![
            FieldError::new("theme.required_items[2].options[0]", "required", "x"),
            FieldError::new("theme.required_items[2].options[0]", "duplicate", "x"),
            FieldError::new("name.ja", "too_long", "x"),
        ];
        let map = errors_by_field(&errors);
        assert_eq!(map["required_items[2].options[0]"], "required", "the first per field");
        assert_eq!(map["name.ja"], "too_long");
        assert_eq!(first_field(&errors).as_deref(), Some("required_items[2].options[0]"));
        assert_eq!(dom_id("required_items[2].options[0]"), "tf-required_items-2-options-0");
        assert_eq!(dom_id("name.ja"), "tf-name-ja");
        assert_eq!(error_key("too_few"), Key::AthErrTooFewOptions);
        assert_eq!(error_key("whatever"), Key::ErrFieldInvalid);
    }

    #[test]
    fn what_touches_approved_mentors() {
        let theme = stored();
        let base = ThemeDraft::from_theme(&theme);
        let mut added = base.clone();
        added.add_item();
        assert!(affects_mentors(&theme, &added.to_input()), "a new required item");
        added.items[1].required = false;
        assert!(!affects_mentors(&theme, &added.to_input()), "a new optional item asks nobody");
        let mut removed = base.clone();
        removed.items.clear();
        assert!(affects_mentors(&theme, &removed.to_input()), "an item removed drops answers");
        let mut options = base.clone();
        options.items[0].options.push("仏国".into());
        assert!(affects_mentors(&theme, &options.to_input()));
        let mut renamed = base.clone();
        renamed.name.en = "Working abroad".into();
        renamed.items[0].label.en = "Which country".into();
        assert!(!affects_mentors(&theme, &renamed.to_input()), "wording only");
    }

    #[test]
    fn impact_in_sentences() {
        let impact = ThemeImpact {
            approved_mentors: 8,
            asked_to_answer: 8,
            open_one_on_ones: 2,
            ..Default::default()
        };
        assert_eq!(
            impact_lines(&impact, false),
            [(Key::AthImpactAsked, 8), (Key::AthImpactOpenOneOnOnes, 2)]
        );
        assert!(needs_confirmation(&impact));
        let archive = ThemeImpact { hidden_from_mentors: 5, pending_registrations: 2, ..Default::default() };
        assert_eq!(impact_lines(&archive, true), [(Key::AthImpactHidden, 5), (Key::AthImpactPending, 2)]);
        let quiet = ThemeImpact { open_one_on_ones: 1, ..Default::default() };
        assert_eq!(impact_lines(&quiet, true), [(Key::AthImpactNone, 0), (Key::AthImpactOpenOneOnOnes, 1)]);
        assert!(!needs_confirmation(&quiet));
    }

    #[test]
    fn moving_one_place() {
        let mut list = vec!['a', 'b', 'c'];
        assert_eq!(move_by_one(&mut list, 0, true), None);
        assert_eq!(move_by_one(&mut list, 2, false), None);
        assert_eq!(move_by_one(&mut list, 0, false), Some(1));
        assert_eq!(list, ['b', 'a', 'c']);
        assert_eq!(moved_ids(&[5, 6, 7], 7, true), Some((vec![5, 7, 6], 1)));
        assert_eq!(moved_ids(&[5, 6, 7], 9, true), None);
    }
}
