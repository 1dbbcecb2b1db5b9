//! My 1on1s: which section a 1on1 belongs in, what its viewer can do with
//! it (the contract's lifecycle rules decide), and the words the page uses
//! for each.

use chrono::{DateTime, Utc};
use naname_contract::one_on_ones::{
    transition, Action, OneOnOne, Participant, Side, Status, TransitionError,
};

use crate::api::ApiError;
use crate::i18n::{format, text, Key, Lang};
use crate::state::route::ONE_ON_ONES;

/// The page's sections, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Waiting for the mentor's answer.
    Requested,
    /// Accepted, not over yet.
    Upcoming,
    /// Done, declined, cancelled or expired.
    Past,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Requested, Section::Upcoming, Section::Past];

    pub fn of(status: Status) -> Section {
        match status {
            Status::Requested => Section::Requested,
            Status::Accepted => Section::Upcoming,
            _ => Section::Past,
        }
    }
}

/// The 1on1s of one section: the coming ones soonest first, the past ones
/// latest first. `all` is sorted by start, as the API sends it.
pub fn in_section(all: &[OneOnOne], section: Section) -> Vec<&OneOnOne> {
    let mut out: Vec<&OneOnOne> = all.iter().filter(|o| Section::of(o.status) == section).collect();
    if section == Section::Past {
        out.reverse();
    }
    out
}

/// A section's heading, its empty-state message and the heading's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionText {
    pub title: Key,
    pub empty: Key,
    pub id: &'static str,
}

impl Section {
    /// A mentor's empty "requested" section says nobody asked yet; a mentee's, that they asked nothing.
    pub fn text(self, side: Side) -> SectionText {
        let (title, empty, id) = match self {
            Section::Requested if side == Side::Mentor => {
                (Key::SecRequested, Key::EmptyRequestedMentor, "sec-requested")
            }
            Section::Requested => (Key::SecRequested, Key::EmptyRequestedMentee, "sec-requested"),
            Section::Upcoming => (Key::SecUpcoming, Key::EmptyUpcoming, "sec-upcoming"),
            Section::Past => (Key::SecPast, Key::EmptyPast, "sec-past"),
        };
        SectionText { title, empty, id }
    }

    /// Whether the empty section offers "find a mentor": to mentees, where a request would show.
    pub fn offers_find_mentor(self, side: Side) -> bool {
        side == Side::Mentee && self != Section::Past
    }
}

pub fn status_key(status: Status) -> Key {
    match status {
        Status::Requested => Key::StatusRequested,
        Status::Accepted => Key::StatusAccepted,
        Status::Declined => Key::StatusDeclined,
        Status::Cancelled => Key::StatusCancelled,
        Status::Expired => Key::StatusExpired,
        Status::Done => Key::StatusDone,
    }
}

/// The other person on a 1on1, seen from `side`.
pub fn other(o: &OneOnOne, side: Side) -> &Participant {
    if side == Side::Mentee {
        &o.mentor
    } else {
        &o.mentee
    }
}

/// A participant's name for a reader of `lang`: the Latin spelling in English when there is one.
pub fn name_in(p: &Participant, lang: Lang) -> &str {
    if lang == Lang::En && !p.name_latin.is_empty() {
        &p.name_latin
    } else {
        &p.name
    }
}

/// The name of the other person on 1on1 `id` of `all`, for the notice after an action.
pub fn other_name(all: &[OneOnOne], id: i64, side: Side, lang: Lang) -> Option<String> {
    all.iter().find(|o| o.id == id).map(|o| name_in(other(o, side), lang).to_string())
}

/// "Mentee · Sales": the other person's role on the 1on1 and their department.
pub fn role_line(person: &Participant, side: Side, lang: Lang) -> String {
    let role = if side == Side::Mentee { Key::LabelMentor } else { Key::LabelMentee };
    format!("{} · {}", text(lang, role), person.department.get(lang.code()))
}

/// The line with the other person's local time `theirs` (e.g. "12:00–12:30 Europe/London").
pub fn their_time_line(theirs: &str, side: Side, lang: Lang) -> String {
    if side == Side::Mentee {
        format(text(lang, Key::MentorLocal), &[("when", theirs)])
    } else {
        format!("{}: {theirs}", text(lang, Key::LabelMentee))
    }
}

/// The notice after `action` went through.
pub fn done_key(action: Action) -> Key {
    match action {
        Action::Accept => Key::DidAccept,
        Action::Decline => Key::DidDecline,
        Action::Cancel => Key::DidCancel,
    }
}

/// The button that sends an open decline or cancel form.
pub fn confirm_key(action: Action) -> Key {
    match action {
        Action::Decline => Key::ConfirmDecline,
        _ => Key::ConfirmCancel,
    }
}

/// Whether a failed action means the 1on1 moved on meanwhile (the other
/// person acted, the cut-off passed): the list is read again to show where it stands.
pub fn moved_on(e: &ApiError) -> bool {
    matches!(e.code(), Some("invalid_transition" | "too_late_to_cancel"))
}

/// Whether cancelling is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CancelOffer {
    No,
    Yes,
    /// Shown but disabled, with the reason: the mentee's cut-off has passed.
    TooLate,
}

/// What the viewer can do with a 1on1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offer {
    pub accept: bool,
    pub decline: bool,
    pub cancel: CancelOffer,
    /// The calendar file (accepted, not over).
    pub ics: bool,
}

pub fn offer(o: &OneOnOne, side: Side, now: DateTime<Utc>) -> Offer {
    let can = |action| transition(o.status, o.start, o.end, now, side, action);
    Offer {
        accept: can(Action::Accept).is_ok(),
        decline: can(Action::Decline).is_ok(),
        cancel: match can(Action::Cancel) {
            Ok(_) => CancelOffer::Yes,
            Err(TransitionError::TooLateToCancel) => CancelOffer::TooLate,
            Err(_) => CancelOffer::No,
        },
        ics: o.status == Status::Accepted && now < o.end,
    }
}

/// The page's URL state: `?as=mentor` or `?as=mentee` for a side,
/// `requested=ID` right after a request was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageQuery {
    /// The side the URL names, if it names one.
    pub side: Option<Side>,
    pub requested: Option<i64>,
}

impl PageQuery {
    /// Reads the page's query: the pairs of the router's `use_query_map`, decoded.
    pub fn from_query<K: AsRef<str>, V: AsRef<str>>(query: impl IntoIterator<Item = (K, V)>) -> Self {
        let mut out = PageQuery { side: None, requested: None };
        for (key, value) in query {
            match (key.as_ref(), value.as_ref()) {
                ("as", "mentor") => out.side = Some(Side::Mentor),
                ("as", "mentee") => out.side = Some(Side::Mentee),
                ("requested", id) => out.requested = id.parse().ok(),
                _ => {}
            }
        }
        out
    }

    /// The side to show at once, or `None` when it depends on the mentor's
    /// requests (see [`opening_side`]): a mentor without a side in the URL.
    /// Right after a request was sent it is the mentee side, where that request is.
    pub fn side_for(&self, is_mentor: bool) -> Option<Side> {
        if !is_mentor {
            return Some(Side::Mentee);
        }
        match (self.side, self.requested) {
            (Some(side), _) => Some(side),
            (None, Some(_)) => Some(Side::Mentee),
            (None, None) => None,
        }
    }

    /// Where a mentee lands after sending request `id`: their side, with a notice about it.
    pub fn requested_href(id: i64) -> String {
        format!("{ONE_ON_ONES}?requested={id}")
    }

    /// The page's address for a side (a switch drops the one-off notice).
    pub fn href(side: Side) -> String {
        match side {
            Side::Mentee => ONE_ON_ONES.to_string(),
            Side::Mentor => format!("{ONE_ON_ONES}?as=mentor"),
        }
    }
}

/// Where a mentor lands when the URL names no side: the mentor side when
/// requests await their answer (something to act on), else the mentee side.
/// `mentor_side` is their 1on1s as mentor, with effective statuses.
pub fn opening_side(mentor_side: &[OneOnOne]) -> Side {
    if mentor_side.iter().any(|o| o.status == Status::Requested) {
        Side::Mentor
    } else {
        Side::Mentee
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;
    use naname_contract::one_on_ones::{Participant, ThemeRef};
    use naname_contract::topics::ResponseKind;
    use naname_contract::{Localized, Problem};

    fn parse(search: &str) -> PageQuery {
        PageQuery::from_query(crate::state::url::tests::query(search))
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn person(id: i64) -> Participant {
        Participant {
            id,
            name: format!("P{id}"),
            name_reading: String::new(),
            name_latin: String::new(),
            department: Localized::default(),
            time_zone: "Asia/Tokyo".into(),
        }
    }

    fn one(id: i64, start: &str, status: Status) -> OneOnOne {
        let start = at(start);
        OneOnOne {
            id,
            mentor: person(2),
            mentee: person(3),
            start,
            end: start + Duration::minutes(30),
            status,
            theme: ThemeRef { id: 1, name: Localized::default() },
            topics: vec![],
            response: ResponseKind { id: 1, name: Localized::default(), description: Localized::default() },
            note: String::new(),
            message: None,
            cancelled_by: None,
            created_at: start - Duration::days(3),
        }
    }

    #[test]
    fn sections_and_their_order() {
        // Sorted by start, as the API answers.
        let all = vec![
            one(4, "2026-11-01T03:00:00Z", Status::Done),
            one(6, "2026-11-10T03:00:00Z", Status::Cancelled),
            one(7, "2026-11-15T03:00:00Z", Status::Expired),
            one(5, "2026-11-20T03:00:00Z", Status::Declined),
            one(2, "2026-12-01T03:00:00Z", Status::Requested),
            one(3, "2026-12-02T03:00:00Z", Status::Accepted),
            one(1, "2026-12-03T03:00:00Z", Status::Requested),
        ];
        let ids = |s| in_section(&all, s).iter().map(|o| o.id).collect::<Vec<_>>();
        assert_eq!(ids(Section::Requested), [2, 1], "soonest first");
        assert_eq!(ids(Section::Upcoming), [3]);
        assert_eq!(ids(Section::Past), [5, 7, 6, 4], "latest first");
    }

    #[test]
    fn what_each_side_can_do() {
        let now = at("2026-11-25T00:00:00Z");
        let requested = one(1, "2026-12-01T03:00:00Z", Status::Requested);
        let mentor = offer(&requested, Side::Mentor, now);
        assert_eq!(mentor, Offer { accept: true, decline: true, cancel: CancelOffer::Yes, ics: false });
        let mentee = offer(&requested, Side::Mentee, now);
        assert_eq!(mentee, Offer { accept: false, decline: false, cancel: CancelOffer::Yes, ics: false });

        let accepted = one(2, "2026-12-01T03:00:00Z", Status::Accepted);
        let mentor = offer(&accepted, Side::Mentor, now);
        assert_eq!(mentor, Offer { accept: false, decline: false, cancel: CancelOffer::Yes, ics: true });
        // 30 minutes before the start: the mentee is past the cut-off, the mentor is not.
        let close = at("2026-12-01T02:30:00Z");
        assert_eq!(offer(&accepted, Side::Mentee, close).cancel, CancelOffer::TooLate);
        assert_eq!(offer(&accepted, Side::Mentor, close).cancel, CancelOffer::Yes);

        for status in [Status::Declined, Status::Cancelled, Status::Expired, Status::Done] {
            let o = one(3, "2026-12-01T03:00:00Z", status);
            for side in [Side::Mentee, Side::Mentor] {
                assert_eq!(
                    offer(&o, side, now),
                    Offer { accept: false, decline: false, cancel: CancelOffer::No, ics: false }
                );
            }
        }
    }

    #[test]
    fn page_query() {
        assert_eq!(parse(""), PageQuery { side: None, requested: None });
        assert_eq!(
            parse("?as=mentor&requested=12"),
            PageQuery { side: Some(Side::Mentor), requested: Some(12) }
        );
        assert_eq!(parse("?as=mentee"), PageQuery { side: Some(Side::Mentee), requested: None });
        assert_eq!(parse("?as=boss&requested=x"), PageQuery { side: None, requested: None });
        assert_eq!(PageQuery::href(Side::Mentor), "/one-on-ones?as=mentor");
    }

    #[test]
    fn which_side_the_page_opens_on() {
        let q = parse;
        // Not a mentor: always the mentee side, whatever the URL says.
        assert_eq!(q("?as=mentor").side_for(false), Some(Side::Mentee));
        assert_eq!(q("").side_for(false), Some(Side::Mentee));
        // A mentor: the side the URL names; right after sending a request, that request's side.
        assert_eq!(q("?as=mentor").side_for(true), Some(Side::Mentor));
        assert_eq!(q("?as=mentee").side_for(true), Some(Side::Mentee));
        assert_eq!(q("?requested=7").side_for(true), Some(Side::Mentee));
        // Otherwise it depends on what waits for their answer.
        assert_eq!(q("").side_for(true), None);

        let waiting = vec![
            one(1, "2026-11-01T03:00:00Z", Status::Done),
            one(2, "2026-12-01T03:00:00Z", Status::Requested),
        ];
        assert_eq!(opening_side(&waiting), Side::Mentor);
        let answered = vec![
            one(1, "2026-11-01T03:00:00Z", Status::Expired),
            one(2, "2026-12-01T03:00:00Z", Status::Accepted),
            one(3, "2026-12-02T03:00:00Z", Status::Declined),
        ];
        assert_eq!(opening_side(&answered), Side::Mentee, "nothing to act on as mentor");
        assert_eq!(opening_side(&[]), Side::Mentee);
    }

    fn named(mut p: Participant, name: &str, latin: &str) -> Participant {
        p.name = name.into();
        p.name_latin = latin.into();
        p.department = Localized::new("営業部", "Sales");
        p
    }

    #[test]
    fn the_other_person_and_their_name() {
        let mut o = one(1, "2026-12-01T03:00:00Z", Status::Requested);
        o.mentor = named(person(2), "高橋 彩", "Aya Takahashi");
        o.mentee = named(person(3), "山田 翔太", "");
        assert_eq!(other(&o, Side::Mentee).id, 2, "a mentee sees their mentor");
        assert_eq!(other(&o, Side::Mentor).id, 3);
        assert_eq!(name_in(&o.mentor, Lang::En), "Aya Takahashi");
        assert_eq!(name_in(&o.mentor, Lang::Ja), "高橋 彩");
        assert_eq!(name_in(&o.mentee, Lang::En), "山田 翔太", "no Latin spelling: the name as written");
        let all = [one(7, "2026-11-01T03:00:00Z", Status::Done), o];
        assert_eq!(other_name(&all, 1, Side::Mentor, Lang::Ja).as_deref(), Some("山田 翔太"));
        assert_eq!(other_name(&all, 1, Side::Mentee, Lang::En).as_deref(), Some("Aya Takahashi"));
        assert_eq!(other_name(&all, 9, Side::Mentee, Lang::En), None);
    }

    #[test]
    fn lines_about_the_other_person() {
        let p = named(person(3), "山田 翔太", "Shota Yamada");
        assert_eq!(role_line(&p, Side::Mentor, Lang::En), "Mentee · Sales");
        assert_eq!(
            role_line(&p, Side::Mentee, Lang::Ja),
            format!("{} · 営業部", text(Lang::Ja, Key::LabelMentor))
        );
        let theirs = "12:00–12:30 Europe/London";
        assert_eq!(
            their_time_line(theirs, Side::Mentee, Lang::En),
            format(text(Lang::En, Key::MentorLocal), &[("when", theirs)])
        );
        assert!(their_time_line(theirs, Side::Mentee, Lang::En).contains(theirs));
        assert_eq!(their_time_line(theirs, Side::Mentor, Lang::En), format!("Mentee: {theirs}"));
    }

    #[test]
    fn section_words_and_links() {
        let mentor = Section::Requested.text(Side::Mentor);
        assert_eq!(
            (mentor.title, mentor.empty, mentor.id),
            (Key::SecRequested, Key::EmptyRequestedMentor, "sec-requested")
        );
        assert_eq!(Section::Requested.text(Side::Mentee).empty, Key::EmptyRequestedMentee);
        assert_eq!(Section::Upcoming.text(Side::Mentor), Section::Upcoming.text(Side::Mentee));
        let ids: Vec<_> = Section::ALL.iter().map(|s| s.text(Side::Mentee).id).collect();
        assert_eq!(ids, ["sec-requested", "sec-upcoming", "sec-past"]);
        assert!(Section::Requested.offers_find_mentor(Side::Mentee));
        assert!(Section::Upcoming.offers_find_mentor(Side::Mentee));
        assert!(!Section::Past.offers_find_mentor(Side::Mentee));
        assert!(
            Section::ALL.iter().all(|s| !s.offers_find_mentor(Side::Mentor)),
            "a mentor is not looking for one here"
        );
    }

    #[test]
    fn keys_for_statuses_and_actions() {
        let keys: std::collections::HashSet<_> = Status::ALL.iter().map(|&s| status_key(s)).collect();
        assert_eq!(keys.len(), Status::ALL.len(), "one label per status");
        assert_eq!(status_key(Status::Requested), Key::StatusRequested);
        assert_eq!(done_key(Action::Accept), Key::DidAccept);
        assert_eq!(done_key(Action::Decline), Key::DidDecline);
        assert_eq!(done_key(Action::Cancel), Key::DidCancel);
        assert_eq!(confirm_key(Action::Decline), Key::ConfirmDecline);
        assert_eq!(confirm_key(Action::Cancel), Key::ConfirmCancel);
    }

    #[test]
    fn failures_that_mean_the_1on1_moved_on() {
        let problem = |status, code| ApiError::Http {
            status,
            problem: Some(Box::new(Problem::new(status, code, "x"))),
        };
        assert!(moved_on(&problem(409, "invalid_transition")));
        assert!(moved_on(&problem(409, "too_late_to_cancel")));
        assert!(!moved_on(&problem(409, "conflict")));
        assert!(!moved_on(&problem(500, "internal")));
        assert!(!moved_on(&ApiError::Network));
    }
}
