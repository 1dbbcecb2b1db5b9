//! Settings → My mentor themes: the registrations in the order the page
//! shows them, the answer form's validation state (the contract's own
//! rules, the server's field errors mapped back to their item), and the
//! mentor card a mentee would see after the change being typed.

use std::collections::BTreeMap;

use naname_contract::admin::{
    AdminRequiredItem, ItemKind, RegistrationStatus, MAX_LONG_TEXT_CHARS, MAX_SHORT_TEXT_CHARS,
};
use naname_contract::mentor_themes::{is_text, Answers, MyRegistration};
use naname_contract::mentors::{Mentor, MentorTheme, ThemeAnswer};
use naname_contract::people::Person;
use naname_contract::{FieldError, UserText};

use crate::api::ApiError;
use crate::i18n::Key;

/// The three parts of the page: what waits for my answer, what is on my
/// card, and what is over (declined or stopped).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Pending,
    Approved,
    History,
}

impl Group {
    pub const ALL: [Group; 3] = [Group::Pending, Group::Approved, Group::History];

    pub fn of(status: RegistrationStatus) -> Group {
        match status {
            RegistrationStatus::Pending => Group::Pending,
            RegistrationStatus::Approved => Group::Approved,
            RegistrationStatus::Declined | RegistrationStatus::Stopped => Group::History,
        }
    }
}

/// The registrations of one group, in the server's order (theme order).
pub fn in_group(regs: &[MyRegistration], group: Group) -> Vec<MyRegistration> {
    regs.iter().filter(|r| Group::of(r.status) == group).cloned().collect()
}

/// What a registration's form is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Answering the items to approve (a pending or stopped registration).
    Approve,
    /// Changing the answers of an approved registration.
    Edit,
    Decline,
    /// Confirming "stop mentoring this theme".
    Stop,
}

/// A draft: per item, the answer being typed. A text item has a Japanese
/// and an English side; a choice or a year is a value, kept in `ja`.
pub type Draft = BTreeMap<i64, UserText>;

/// What the answer form starts from: the answers I gave before (an edit,
/// or taking a stopped theme up again), nothing for a new registration.
pub fn starting_draft(reg: &MyRegistration) -> Draft {
    let side = |map: &BTreeMap<i64, String>, id| map.get(&id).cloned().unwrap_or_default();
    reg.required_items
        .iter()
        .map(|i| (i.id, UserText::new(side(&reg.answers, i.id), side(&reg.answers_en, i.id))))
        .collect()
}

/// The draft as the API takes it: `answers` (Japanese side, or the value),
/// `answers_en` (English side of text items); empty sides left out.
pub fn to_answers(items: &[AdminRequiredItem], draft: &Draft) -> Answers {
    let mut answers = Answers::default();
    for item in items {
        let Some(text) = draft.get(&item.id) else { continue };
        if !text.ja.trim().is_empty() {
            answers.answers.insert(item.id, text.ja.clone());
        }
        if is_text(item.kind) && !text.en.trim().is_empty() {
            answers.answers_en.insert(item.id, text.en.clone());
        }
    }
    answers
}

/// The draft checked with the contract's rules, exactly as the server
/// checks it: the answers to send, or the field errors (`answers[<id>]`,
/// `answers_en[<id>]`).
pub fn check(items: &[AdminRequiredItem], draft: &Draft) -> Result<Answers, Vec<FieldError>> {
    let answers = to_answers(items, draft);
    answers.validate(items)?;
    Ok(answers)
}

/// The item a field error is about (`answers[12]` or `answers_en[12]` → 12).
pub fn item_of(field: &str) -> Option<i64> {
    let rest = field.strip_prefix("answers[").or_else(|| field.strip_prefix("answers_en["))?;
    rest.strip_suffix(']')?.parse().ok()
}

/// Each item's error code, from the app's check or the server's 422.
pub fn errors_by_item(errors: &[FieldError]) -> BTreeMap<i64, String> {
    let mut out = BTreeMap::new();
    for e in errors {
        if let Some(id) = item_of(&e.field) {
            out.entry(id).or_insert_with(|| e.code.clone());
        }
    }
    out
}

/// The first item, in the form's order, that has an error: it takes focus.
pub fn first_invalid(items: &[AdminRequiredItem], errors: &BTreeMap<i64, String>) -> Option<i64> {
    items.iter().map(|i| i.id).find(|id| errors.contains_key(id))
}

/// Field errors that no item of the form shows (an item removed meanwhile):
/// the form says so in its alert instead.
pub fn stray_errors(items: &[AdminRequiredItem], errors: &[FieldError]) -> usize {
    errors.iter().filter(|e| item_of(&e.field).is_none_or(|id| !items.iter().any(|i| i.id == id))).count()
}

/// The longest answer an item takes, for the counter (text items only).
pub fn max_chars(kind: ItemKind) -> Option<usize> {
    match kind {
        ItemKind::ShortText => Some(MAX_SHORT_TEXT_CHARS),
        ItemKind::LongText => Some(MAX_LONG_TEXT_CHARS),
        ItemKind::SingleChoice | ItemKind::Year => None,
    }
}

/// An answer's length as the rules count it: characters of the trimmed text.
pub fn answer_chars(answer: &str) -> usize {
    answer.trim().chars().count()
}

/// The message of an item's error code, with the number it names (the
/// length limit) when there is one.
pub fn answer_error(kind: ItemKind, code: &str) -> (Key, Option<usize>) {
    match code {
        "required" => (Key::ErrAnswerRequired, None),
        "too_long" => (Key::ErrAnswerTooLong, max_chars(kind)),
        "unknown_item" => (Key::ErrThemeChanged, None),
        _ if kind == ItemKind::Year => (Key::ErrAnswerYear, None),
        _ if kind == ItemKind::SingleChoice => (Key::ErrAnswerChoice, None),
        _ => (Key::ErrFieldInvalid, None),
    }
}

/// What a failed write says: this API's own conflicts by code, anything
/// else as every page says it.
pub fn write_error(error: &ApiError) -> Key {
    match error.code() {
        Some("not_pending") => Key::ErrNotPending,
        Some("not_approved") => Key::ErrNotApproved,
        Some("theme_archived") => Key::ErrThemeArchived,
        Some("validation") if !error.field_errors().is_empty() => Key::ErrAnswersFix,
        _ => error.message_key(),
    }
}

/// The card's themes: a registration's answers in its items' order, the
/// empty ones left out (as the server leaves them out).
fn card_theme(reg: &MyRegistration, answers: &Draft) -> MentorTheme {
    let answers = reg
        .required_items
        .iter()
        .filter_map(|item| {
            let text = answers.get(&item.id)?;
            let (ja, en) = (text.ja.trim(), text.en.trim());
            let answer = if is_text(item.kind) { UserText::new(ja, en) } else { UserText::neutral(ja) };
            (!ja.is_empty() || !en.is_empty()).then(|| ThemeAnswer {
                item_id: item.id,
                label: item.label.clone(),
                answer,
            })
        })
        .collect();
    MentorTheme { theme_id: reg.theme_id, category_id: reg.category_id, name: reg.name.clone(), answers }
}

/// The mentor card mentees would see once the change being typed is saved:
/// every approved registration on a live theme, with `editing` (a theme
/// being approved or edited) shown with the draft's answers. `None` when
/// the card would show no theme: the person would not be a mentor.
pub fn preview(
    person: &Person,
    talk_about: &UserText,
    regs: &[MyRegistration],
    editing: Option<(i64, &Draft)>,
) -> Option<Mentor> {
    let themes: Vec<MentorTheme> = regs
        .iter()
        .filter(|r| !r.archived)
        .filter_map(|r| match editing {
            Some((id, draft)) if id == r.theme_id => Some(card_theme(r, draft)),
            _ if r.status == RegistrationStatus::Approved => Some(card_theme(r, &starting_draft(r))),
            _ => None,
        })
        .collect();
    if themes.is_empty() {
        return None;
    }
    let mut person = person.clone();
    person.is_mentor = true;
    Some(Mentor { person, talk_about: talk_about.trimmed(), themes })
}

/// Puts a registration the server sent back in place of the old one.
pub fn replace(regs: &mut Vec<MyRegistration>, updated: MyRegistration) {
    match regs.iter_mut().find(|r| r.theme_id == updated.theme_id) {
        Some(slot) => *slot = updated,
        None => regs.push(updated),
    }
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;
    use naname_contract::people::{Department, HireKind};
    use naname_contract::Localized;

    use super::*;

    fn item(id: i64, kind: ItemKind, options: &[&str], required: bool) -> AdminRequiredItem {
        AdminRequiredItem {
            id,
            label: Localized::new(format!("項目{id}"), format!("Item {id}")),
            kind,
            options: options.iter().map(|o| o.to_string()).collect(),
            required,
        }
    }

    fn reg(theme_id: i64, status: RegistrationStatus, answers: &[(i64, &str)]) -> MyRegistration {
        MyRegistration {
            theme_id,
            category_id: 1,
            name: Localized::new(format!("テーマ{theme_id}"), format!("Theme {theme_id}")),
            description: Localized::default(),
            archived: false,
            required_items: vec![
                item(theme_id * 10 + 1, ItemKind::SingleChoice, &["東京", "大阪"], true),
                item(theme_id * 10 + 2, ItemKind::ShortText, &[], false),
            ],
            status,
            needs_answer: false,
            registered_by: None,
            registered_at: DateTime::from_timestamp(1_700_000_000, 0).unwrap(),
            decided_at: None,
            stopped_at: None,
            message: String::new(),
            decline_reason: String::new(),
            answers: answers.iter().map(|(k, v)| (*k, v.to_string())).collect(),
            answers_en: BTreeMap::new(),
        }
    }

    fn person() -> Person {
        Person {
            id: 3,
            name: "山田 花子".into(),
            name_reading: "やまだ はなこ".into(),
            name_latin: "Hanako Yamada".into(),
            department: Department { id: 1, name: Localized::new("営業部", "Sales") },
            title: Localized::default(),
            office: Localized::new("東京本社", "Tokyo HQ"),
            time_zone: "Asia/Tokyo".into(),
            joined_year: 2020,
            hire_kind: HireKind::CareerHire,
            is_mentor: false,
        }
    }

    #[test]
    fn groups_keep_the_server_order() {
        let regs = vec![
            reg(1, RegistrationStatus::Pending, &[]),
            reg(2, RegistrationStatus::Approved, &[(21, "東京")]),
            reg(3, RegistrationStatus::Stopped, &[]),
            reg(4, RegistrationStatus::Declined, &[]),
            reg(5, RegistrationStatus::Pending, &[]),
        ];
        let ids = |g| in_group(&regs, g).iter().map(|r| r.theme_id).collect::<Vec<_>>();
        assert_eq!(ids(Group::Pending), [1, 5]);
        assert_eq!(ids(Group::Approved), [2]);
        assert_eq!(ids(Group::History), [3, 4]);
    }

    #[test]
    fn the_form_checks_what_the_server_checks() {
        let r = reg(1, RegistrationStatus::Pending, &[]);
        let draft = starting_draft(&r);
        assert_eq!(draft, BTreeMap::from([(11, UserText::default()), (12, UserText::default())]));
        let errors = check(&r.required_items, &draft).unwrap_err();
        let by_item = errors_by_item(&errors);
        assert_eq!(
            by_item,
            BTreeMap::from([(11, "required".to_string())]),
            "the optional item may stay empty"
        );
        assert_eq!(first_invalid(&r.required_items, &by_item), Some(11));

        let mut draft = draft;
        draft.insert(11, UserText::new("名古屋", ""));
        draft.insert(12, UserText::new("", "x".repeat(61)));
        let errors = check(&r.required_items, &draft).unwrap_err();
        assert!(errors.iter().any(|e| e.field == "answers_en[12]"), "{errors:?}");
        let by_item = errors_by_item(&errors);
        assert_eq!(by_item.get(&11).map(String::as_str), Some("invalid"));
        assert_eq!(
            by_item.get(&12).map(String::as_str),
            Some("too_long"),
            "the English side's error is the item's"
        );

        draft.insert(11, UserText::new("大阪", "ignored: a choice has no English side"));
        draft.insert(12, UserText::new("  ", "Sales"));
        let sent = check(&r.required_items, &draft).unwrap();
        assert_eq!(sent.answers, BTreeMap::from([(11, "大阪".to_string())]));
        assert_eq!(sent.answers_en, BTreeMap::from([(12, "Sales".to_string())]), "English only is an answer");
    }

    #[test]
    fn server_errors_find_their_item() {
        let r = reg(1, RegistrationStatus::Pending, &[]);
        let errors = vec![
            FieldError::new("answers[12]", "too_long", "x"),
            FieldError::new("answers[11]", "required", "x"),
            FieldError::new("answers[99]", "unknown_item", "x"),
            FieldError::new("body", "invalid", "x"),
        ];
        let by_item = errors_by_item(&errors);
        assert_eq!(first_invalid(&r.required_items, &by_item), Some(11), "form order, not the server's");
        assert_eq!(stray_errors(&r.required_items, &errors), 2);
        assert_eq!(item_of("answers[7]"), Some(7));
        assert_eq!(item_of("answers[x]"), None);
        assert_eq!(item_of("reason"), None);
        assert_eq!(max_chars(ItemKind::ShortText), Some(60));
        assert_eq!(max_chars(ItemKind::LongText), Some(400));
        assert_eq!(max_chars(ItemKind::Year), None);
        assert_eq!(answer_chars(" あいう "), 3);
    }

    #[test]
    fn the_preview_shows_the_card_after_this_change() {
        let mut archived = reg(6, RegistrationStatus::Approved, &[(61, "東京")]);
        archived.archived = true;
        let regs = vec![
            reg(1, RegistrationStatus::Pending, &[]),
            reg(2, RegistrationStatus::Approved, &[(21, "東京"), (22, "営業")]),
            reg(3, RegistrationStatus::Stopped, &[(31, "大阪")]),
            reg(4, RegistrationStatus::Declined, &[]),
            archived,
        ];
        let none = UserText::default();
        assert!(preview(&person(), &none, &regs[..1], None).is_none(), "no approved theme: not a mentor");

        let now = preview(&person(), &UserText::new(" 話せます ", "I can talk"), &regs, None).unwrap();
        assert!(now.person.is_mentor);
        assert_eq!(now.talk_about, UserText::new("話せます", "I can talk"));
        assert_eq!(now.themes.len(), 1, "stopped, declined, pending and archived themes are on no card");
        assert_eq!(now.themes[0].theme_id, 2);
        let answers: Vec<(i64, &str)> =
            now.themes[0].answers.iter().map(|a| (a.item_id, a.answer.ja.as_str())).collect();
        assert_eq!(answers, [(21, "東京"), (22, "営業")]);
        assert_eq!(
            now.themes[0].answers[0].answer,
            UserText::neutral("東京"),
            "a choice reads the same in both"
        );
        assert_eq!(now.themes[0].answers[0].label.en, "Item 21");

        // Approving theme 1 with the answers being typed: it joins, in theme order.
        let draft = BTreeMap::from([(11, UserText::new(" 大阪 ", "")), (12, UserText::new("", " Sales "))]);
        let after = preview(&person(), &none, &regs, Some((1, &draft))).unwrap();
        assert_eq!(after.themes.iter().map(|t| t.theme_id).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(after.themes[0].answers[0].answer, UserText::neutral("大阪"));
        assert_eq!(after.themes[0].answers[1].answer, UserText::new("", "Sales"), "English only, trimmed");

        // Editing theme 2 replaces its answers; taking stopped theme 3 up again shows it.
        let edit = BTreeMap::from([(21, UserText::new("大阪", ""))]);
        let edited = preview(&person(), &none, &regs, Some((2, &edit))).unwrap();
        assert_eq!(edited.themes[0].answers.len(), 1, "items left empty are not on the card");
        assert_eq!(edited.themes[0].answers[0].answer.ja, "大阪");
        let again = preview(&person(), &none, &regs, Some((3, &starting_draft(&regs[2])))).unwrap();
        assert_eq!(again.themes.iter().map(|t| t.theme_id).collect::<Vec<_>>(), [2, 3]);
    }

    #[test]
    fn errors_say_what_to_do() {
        assert_eq!(answer_error(ItemKind::ShortText, "too_long"), (Key::ErrAnswerTooLong, Some(60)));
        assert_eq!(answer_error(ItemKind::LongText, "too_long"), (Key::ErrAnswerTooLong, Some(400)));
        assert_eq!(answer_error(ItemKind::Year, "invalid").0, Key::ErrAnswerYear);
        assert_eq!(answer_error(ItemKind::SingleChoice, "invalid").0, Key::ErrAnswerChoice);
        assert_eq!(answer_error(ItemKind::SingleChoice, "required").0, Key::ErrAnswerRequired);
        let conflict = |code: &str| ApiError::Http {
            status: 409,
            problem: Some(Box::new(naname_contract::Problem::new(409, code, "x"))),
        };
        assert_eq!(write_error(&conflict("not_pending")), Key::ErrNotPending);
        assert_eq!(write_error(&conflict("theme_archived")), Key::ErrThemeArchived);
        assert_eq!(write_error(&conflict("other")), Key::ErrConflict);
        let mut p =
            naname_contract::Problem::validation(vec![FieldError::new("answers[1]", "required", "x")]);
        p.status = 422;
        assert_eq!(
            write_error(&ApiError::Http { status: 422, problem: Some(Box::new(p)) }),
            Key::ErrAnswersFix
        );
        assert_eq!(write_error(&ApiError::Network), Key::ErrNetwork);
    }

    #[test]
    fn an_answer_from_the_server_replaces_the_old_row() {
        let mut regs =
            vec![reg(1, RegistrationStatus::Pending, &[]), reg(2, RegistrationStatus::Pending, &[])];
        replace(&mut regs, reg(1, RegistrationStatus::Approved, &[(11, "東京")]));
        assert_eq!(regs.len(), 2);
        assert_eq!(regs[0].status, RegistrationStatus::Approved);
        assert_eq!(regs[1].status, RegistrationStatus::Pending);
    }
}
