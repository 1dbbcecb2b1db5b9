//! My 1on1s: which side and section a 1on1 belongs in, what its viewer can
//! do with it (the contract's lifecycle rules decide), where the page opens,
//! and the words it uses for each.

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
    /// Declined or cancelled, for a time still to come: an answer to read,
    /// not history.
    Closed,
    /// Done, expired, or declined or cancelled for a time gone by.
    Past,
}

impl Section {
    pub const ALL: [Section; 4] = [Section::Requested, Section::Upcoming, Section::Closed, Section::Past];

    pub fn of(o: &OneOnOne, now: DateTime<Utc>) -> Section {
        match o.status {
            Status::Requested => Section::Requested,
            Status::Accepted => Section::Upcoming,
            Status::Declined | Status::Cancelled if o.start > now => Section::Closed,
            _ => Section::Past,
        }
    }
}

/// Which side of 1on1 `o` person `me` is on.
pub fn side_of(o: &OneOnOne, me: i64) -> Side {
    if o.mentor.id == me {
        Side::Mentor
    } else {
        Side::Mentee
    }
}

/// The 1on1s of one side and section: the coming ones soonest first, the
/// past ones latest first. `all` is sorted by start, as the API sends it.
pub fn in_section(
    all: &[OneOnOne],
    me: i64,
    side: Side,
    section: Section,
    now: DateTime<Utc>,
) -> Vec<OneOnOne> {
    let mut out: Vec<OneOnOne> =
        all.iter().filter(|o| side_of(o, me) == side && Section::of(o, now) == section).cloned().collect();
    if section == Section::Past {
        out.reverse();
    }
    out
}

/// A section's heading, its one-line empty state and the heading's id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionText {
    pub title: Key,
    pub empty: Key,
    pub id: &'static str,
}

impl Section {
    /// A mentor's requests are the ones for them; a mentee's, the ones they sent.
    pub fn text(self, side: Side) -> SectionText {
        let (title, empty, id) = match self {
            Section::Requested if side == Side::Mentor => {
                (Key::SecRequestsForYou, Key::EmptyRequestedMentor, "sec-requested")
            }
            Section::Requested => (Key::SecYourRequests, Key::EmptyRequestedMentee, "sec-requested"),
            Section::Upcoming => (Key::SecUpcoming, Key::EmptyUpcoming, "sec-upcoming"),
            Section::Closed => (Key::SecClosed, Key::EmptyClosed, "sec-closed"),
            Section::Past => (Key::SecPast, Key::EmptyPast, "sec-past"),
        };
        SectionText { title, empty, id }
    }

    /// Whether the section is shown while empty (as one line). "Closed" is
    /// there only while something is in it.
    pub fn shown_when_empty(self) -> bool {
        self != Section::Closed
    }

    /// Whether the empty section offers "find a mentor": a mentee's, where
    /// their requests would show.
    pub fn offers_find_mentor(self, side: Side) -> bool {
        side == Side::Mentee && self == Section::Requested
    }
}

/// The status, in words for the viewer on `side`: a declined request is the
/// mentor's decision, a cancellation says who cancelled.
pub fn status_key(o: &OneOnOne, side: Side) -> Key {
    match (o.status, side) {
        (Status::Requested, Side::Mentor) => Key::StatusToAnswer,
        (Status::Requested, Side::Mentee) => Key::StatusRequested,
        (Status::Accepted, _) => Key::StatusAccepted,
        (Status::Declined, Side::Mentee) => Key::StatusDeclinedMentee,
        (Status::Declined, Side::Mentor) => Key::StatusDeclinedMentor,
        (Status::Cancelled, _) => match o.cancelled_by {
            Some(by) if by == side => Key::StatusCancelledByYou,
            Some(Side::Mentor) => Key::StatusCancelledByMentor,
            Some(Side::Mentee) => Key::StatusCancelledByMentee,
            None => Key::StatusCancelled,
        },
        (Status::Expired, _) => Key::StatusExpired,
        (Status::Done, _) => Key::StatusDone,
    }
}

/// The label of a message by `author`, read by the viewer on `side`.
fn message_from(author: Side, side: Side) -> Key {
    match author {
        a if a == side => Key::MessageYours,
        Side::Mentor => Key::MessageFromMentor,
        Side::Mentee => Key::MessageFromMentee,
    }
}

/// The decline or cancel message with its label (whose words they are).
pub fn closing_message(o: &OneOnOne, side: Side) -> Option<(Key, &str)> {
    let author = match o.status {
        Status::Declined => Side::Mentor,
        _ => o.cancelled_by?,
    };
    o.message.as_deref().map(|m| (message_from(author, side), m))
}

/// The mentor's words when accepting, with their label.
pub fn acceptance_message(o: &OneOnOne, side: Side) -> Option<(Key, &str)> {
    o.acceptance_message.as_deref().map(|m| (message_from(Side::Mentor, side), m))
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
pub fn other_name(all: &[OneOnOne], id: i64, me: i64, lang: Lang) -> Option<String> {
    all.iter().find(|o| o.id == id).map(|o| name_in(other(o, side_of(o, me)), lang).to_string())
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

/// Which calendar file a 1on1 has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarFile {
    /// Accepted, not over: the event, with Google and Outlook links beside it.
    Confirmed,
    /// The mentee's request, unanswered: a tentative hold.
    Hold,
}

/// What the viewer can do with a 1on1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Offer {
    pub accept: bool,
    pub decline: bool,
    pub cancel: CancelOffer,
    pub calendar: Option<CalendarFile>,
    /// "Request another time": the mentee of a declined, cancelled or expired request.
    pub request_again: bool,
}

pub fn offer(o: &OneOnOne, side: Side, now: DateTime<Utc>) -> Offer {
    let can = |action| transition(o.status, o.start, o.end, now, side, action);
    let calendar = match (o.status, side) {
        (Status::Accepted, _) if now < o.end => Some(CalendarFile::Confirmed),
        (Status::Requested, Side::Mentee) if now < o.start => Some(CalendarFile::Hold),
        _ => None,
    };
    Offer {
        accept: can(Action::Accept).is_ok(),
        decline: can(Action::Decline).is_ok(),
        cancel: match can(Action::Cancel) {
            Ok(_) => CancelOffer::Yes,
            Err(TransitionError::TooLateToCancel) => CancelOffer::TooLate,
            Err(_) => CancelOffer::No,
        },
        calendar,
        request_again: side == Side::Mentee
            && matches!(o.status, Status::Declined | Status::Cancelled | Status::Expired),
    }
}

/// Whether a 1on1's details start open: a request waiting for this mentor,
/// who reads the topics and the note before answering.
pub fn starts_open(o: &OneOnOne, side: Side) -> bool {
    side == Side::Mentor && o.status == Status::Requested
}

/// What one side holds, for the side switch and for where the page opens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SideSummary {
    /// Requests waiting for this person's answer.
    pub to_answer: usize,
    /// Requested or accepted, still to come: what the switch counts.
    pub open: usize,
}

pub fn summary(all: &[OneOnOne], me: i64, side: Side) -> SideSummary {
    let mine = all.iter().filter(|o| side_of(o, me) == side);
    let mut out = SideSummary::default();
    for o in mine {
        if o.status.is_active() {
            out.open += 1;
        }
        if side == Side::Mentor && o.status == Status::Requested {
            out.to_answer += 1;
        }
    }
    out
}

/// Where a mentor lands when the URL names no side: the side with something
/// to act on, else the only side with anything upcoming, else the side they
/// chose last (the mentee side when they never chose).
pub fn opening_side(mentee: SideSummary, mentor: SideSummary, last: Option<Side>) -> Side {
    let only = |a: bool, b: bool| match (a, b) {
        (true, false) => Some(Side::Mentee),
        (false, true) => Some(Side::Mentor),
        _ => None,
    };
    only(mentee.to_answer > 0, mentor.to_answer > 0)
        .or_else(|| only(mentee.open > 0, mentor.open > 0))
        .or(last)
        .unwrap_or(Side::Mentee)
}

/// Where the last side chosen by hand is kept (`localStorage`).
pub const SIDE_STORAGE_KEY: &str = "naname.one-on-ones.side";

pub fn side_name(side: Side) -> &'static str {
    match side {
        Side::Mentee => "mentee",
        Side::Mentor => "mentor",
    }
}

pub fn parse_side(s: &str) -> Option<Side> {
    [Side::Mentee, Side::Mentor].into_iter().find(|side| side_name(*side) == s)
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
                ("as", side) => out.side = parse_side(side).or(out.side),
                ("requested", id) => out.requested = id.parse().ok(),
                _ => {}
            }
        }
        out
    }

    /// The side to show at once, or `None` when it depends on what the
    /// mentor has on each side (see [`opening_side`]): a mentor without a
    /// side in the URL. Right after a request was sent it is the mentee
    /// side, where that request is.
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

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use chrono::Duration;
    use naname_contract::one_on_ones::{Participant, ThemeRef};
    use naname_contract::topics::ResponseKind;
    use naname_contract::{Localized, Problem};

    /// The mentor's id in [`one`]; the mentee is 3.
    pub const MENTOR: i64 = 2;
    pub const MENTEE: i64 = 3;

    fn parse(search: &str) -> PageQuery {
        PageQuery::from_query(crate::state::url::tests::query(search))
    }

    pub fn at(s: &str) -> DateTime<Utc> {
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

    /// A 30-minute 1on1 of mentee 3 with mentor 2.
    pub fn one(id: i64, start: &str, status: Status) -> OneOnOne {
        let start = at(start);
        OneOnOne {
            id,
            mentor: person(MENTOR),
            mentee: person(MENTEE),
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
            place: None,
            acceptance_message: None,
        }
    }

    /// The same, with person 3 as the mentor and 2 as the mentee.
    fn reversed(id: i64, start: &str, status: Status) -> OneOnOne {
        let mut o = one(id, start, status);
        std::mem::swap(&mut o.mentor, &mut o.mentee);
        o
    }

    #[test]
    fn sections_sides_and_their_order() {
        let now = at("2026-11-25T00:00:00Z");
        // Sorted by start, as the API answers.
        let all = vec![
            one(4, "2026-11-01T03:00:00Z", Status::Done),
            one(6, "2026-11-10T03:00:00Z", Status::Cancelled),
            one(7, "2026-11-15T03:00:00Z", Status::Expired),
            one(5, "2026-11-20T03:00:00Z", Status::Declined),
            reversed(9, "2026-11-30T03:00:00Z", Status::Requested),
            one(2, "2026-12-01T03:00:00Z", Status::Requested),
            one(3, "2026-12-02T03:00:00Z", Status::Accepted),
            one(8, "2026-12-02T05:00:00Z", Status::Declined),
            one(10, "2026-12-02T06:00:00Z", Status::Cancelled),
            one(1, "2026-12-03T03:00:00Z", Status::Requested),
        ];
        let ids = |me, side, section| {
            in_section(&all, me, side, section, now).iter().map(|o| o.id).collect::<Vec<_>>()
        };
        assert_eq!(ids(MENTOR, Side::Mentor, Section::Requested), [2, 1], "soonest first");
        assert_eq!(ids(MENTOR, Side::Mentor, Section::Upcoming), [3]);
        assert_eq!(
            ids(MENTOR, Side::Mentor, Section::Closed),
            [8, 10],
            "declined or cancelled, still to come"
        );
        assert_eq!(ids(MENTOR, Side::Mentor, Section::Past), [5, 7, 6, 4], "latest first");
        assert_eq!(ids(MENTOR, Side::Mentee, Section::Requested), [9], "person 2 is the mentee of 9");
        assert_eq!(ids(MENTEE, Side::Mentor, Section::Requested), [9]);
        assert_eq!(ids(MENTEE, Side::Mentee, Section::Closed), [8, 10]);
        assert_eq!(side_of(&all[4], MENTOR), Side::Mentee);
        assert_eq!(side_of(&all[5], MENTOR), Side::Mentor);
        // A declined request whose time has come is history.
        assert_eq!(Section::of(&all[7], at("2026-12-02T05:00:00Z")), Section::Past);
    }

    #[test]
    fn what_each_side_can_do() {
        let now = at("2026-11-25T00:00:00Z");
        let requested = one(1, "2026-12-01T03:00:00Z", Status::Requested);
        let mentor = offer(&requested, Side::Mentor, now);
        let none = Offer {
            accept: false,
            decline: false,
            cancel: CancelOffer::No,
            calendar: None,
            request_again: false,
        };
        assert_eq!(
            mentor,
            Offer { accept: true, decline: true, ..none },
            "a mentor declines, never cancels a request"
        );
        let mentee = offer(&requested, Side::Mentee, now);
        assert_eq!(mentee, Offer { cancel: CancelOffer::Yes, calendar: Some(CalendarFile::Hold), ..none });

        let accepted = one(2, "2026-12-01T03:00:00Z", Status::Accepted);
        let mentor = offer(&accepted, Side::Mentor, now);
        assert_eq!(
            mentor,
            Offer { cancel: CancelOffer::Yes, calendar: Some(CalendarFile::Confirmed), ..none }
        );
        // 30 minutes before the start: the mentee is past the cut-off, the mentor is not.
        let close = at("2026-12-01T02:30:00Z");
        assert_eq!(offer(&accepted, Side::Mentee, close).cancel, CancelOffer::TooLate);
        assert_eq!(offer(&accepted, Side::Mentor, close).cancel, CancelOffer::Yes);
        assert_eq!(offer(&accepted, Side::Mentee, accepted.end).calendar, None, "over");

        for status in [Status::Declined, Status::Cancelled, Status::Expired] {
            let o = one(3, "2026-12-01T03:00:00Z", status);
            assert_eq!(offer(&o, Side::Mentor, now), none);
            assert_eq!(offer(&o, Side::Mentee, now), Offer { request_again: true, ..none });
        }
        let done = one(4, "2026-11-01T03:00:00Z", Status::Done);
        for side in [Side::Mentee, Side::Mentor] {
            assert_eq!(offer(&done, side, now), none);
        }
        assert!(starts_open(&requested, Side::Mentor));
        assert!(!starts_open(&requested, Side::Mentee));
        assert!(!starts_open(&accepted, Side::Mentor));
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
        assert_eq!(PageQuery::href(Side::Mentee), "/one-on-ones");
        for side in [Side::Mentee, Side::Mentor] {
            assert_eq!(parse_side(side_name(side)), Some(side));
        }
        assert_eq!(parse_side("boss"), None);
    }

    #[test]
    fn which_side_the_url_names() {
        let q = parse;
        // Not a mentor: always the mentee side, whatever the URL says.
        assert_eq!(q("?as=mentor").side_for(false), Some(Side::Mentee));
        assert_eq!(q("").side_for(false), Some(Side::Mentee));
        // A mentor: the side the URL names; right after sending a request, that request's side.
        assert_eq!(q("?as=mentor").side_for(true), Some(Side::Mentor));
        assert_eq!(q("?as=mentee").side_for(true), Some(Side::Mentee));
        assert_eq!(q("?requested=7").side_for(true), Some(Side::Mentee));
        // Otherwise it depends on what they have on each side.
        assert_eq!(q("").side_for(true), None);
    }

    #[test]
    fn what_each_side_holds() {
        let all = vec![
            one(1, "2026-11-01T03:00:00Z", Status::Done),
            one(2, "2026-12-01T03:00:00Z", Status::Requested),
            one(3, "2026-12-02T03:00:00Z", Status::Accepted),
            one(4, "2026-12-03T03:00:00Z", Status::Declined),
            reversed(5, "2026-12-04T03:00:00Z", Status::Accepted),
        ];
        assert_eq!(summary(&all, MENTOR, Side::Mentor), SideSummary { to_answer: 1, open: 2 });
        assert_eq!(summary(&all, MENTOR, Side::Mentee), SideSummary { to_answer: 0, open: 1 });
        assert_eq!(summary(&all, MENTEE, Side::Mentee), SideSummary { to_answer: 0, open: 2 });
        assert_eq!(summary(&[], MENTOR, Side::Mentor), SideSummary::default());
    }

    #[test]
    fn where_a_mentor_lands() {
        let s = |to_answer, open| SideSummary { to_answer, open };
        let nothing = s(0, 0);
        // Something to act on wins, whatever was chosen last.
        assert_eq!(opening_side(s(0, 3), s(1, 1), Some(Side::Mentee)), Side::Mentor);
        // Requests answered, 7 upcoming as mentor, nothing as mentee: the mentor side.
        assert_eq!(opening_side(nothing, s(0, 7), Some(Side::Mentee)), Side::Mentor);
        assert_eq!(opening_side(nothing, s(0, 7), None), Side::Mentor);
        assert_eq!(opening_side(s(0, 2), nothing, Some(Side::Mentor)), Side::Mentee);
        // Both sides (or neither) have something coming: the last choice, else the mentee side.
        assert_eq!(opening_side(s(0, 2), s(0, 7), Some(Side::Mentor)), Side::Mentor);
        assert_eq!(opening_side(s(0, 2), s(0, 7), Some(Side::Mentee)), Side::Mentee);
        assert_eq!(opening_side(s(0, 2), s(0, 7), None), Side::Mentee);
        assert_eq!(opening_side(nothing, nothing, Some(Side::Mentor)), Side::Mentor);
        assert_eq!(opening_side(nothing, nothing, None), Side::Mentee);
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
        assert_eq!(other_name(&all, 1, MENTOR, Lang::Ja).as_deref(), Some("山田 翔太"));
        assert_eq!(other_name(&all, 1, MENTEE, Lang::En).as_deref(), Some("Aya Takahashi"));
        assert_eq!(other_name(&all, 9, MENTEE, Lang::En), None);
    }

    #[test]
    fn lines_about_the_other_person() {
        let p = named(person(3), "山田 翔太", "Shota Yamada");
        assert_eq!(role_line(&p, Side::Mentor, Lang::En), "Mentee · Sales");
        assert_eq!(role_line(&p, Side::Mentor, Lang::Ja), "メンティー · 営業部");
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
            (Key::SecRequestsForYou, Key::EmptyRequestedMentor, "sec-requested")
        );
        assert_eq!(text(Lang::En, mentor.title), "Requests for you");
        let mentee = Section::Requested.text(Side::Mentee);
        assert_eq!((mentee.title, mentee.empty), (Key::SecYourRequests, Key::EmptyRequestedMentee));
        assert_eq!(text(Lang::En, mentee.title), "Your requests");
        assert_eq!(Section::Upcoming.text(Side::Mentor), Section::Upcoming.text(Side::Mentee));
        let ids: Vec<_> = Section::ALL.iter().map(|s| s.text(Side::Mentee).id).collect();
        assert_eq!(ids, ["sec-requested", "sec-upcoming", "sec-closed", "sec-past"]);
        assert!(Section::Requested.offers_find_mentor(Side::Mentee));
        assert!(!Section::Upcoming.offers_find_mentor(Side::Mentee), "one offer is enough");
        assert!(!Section::Past.offers_find_mentor(Side::Mentee));
        assert!(
            Section::ALL.iter().all(|s| !s.offers_find_mentor(Side::Mentor)),
            "a mentor is not looking for one here"
        );
        assert!(!Section::Closed.shown_when_empty());
        assert!(Section::Past.shown_when_empty() && Section::Requested.shown_when_empty());
    }

    #[test]
    fn statuses_in_the_viewers_words() {
        let o = |status| one(1, "2026-12-01T03:00:00Z", status);
        assert_eq!(status_key(&o(Status::Requested), Side::Mentee), Key::StatusRequested);
        assert_eq!(status_key(&o(Status::Requested), Side::Mentor), Key::StatusToAnswer);
        let declined = o(Status::Declined);
        assert_eq!(status_key(&declined, Side::Mentee), Key::StatusDeclinedMentee);
        assert_eq!(text(Lang::Ja, Key::StatusDeclinedMentee), "メンターが今回は見送りました");
        assert_eq!(text(Lang::En, Key::StatusDeclinedMentee), "The mentor couldn't take this one");
        assert_eq!(status_key(&declined, Side::Mentor), Key::StatusDeclinedMentor);
        let mut cancelled = o(Status::Cancelled);
        cancelled.cancelled_by = Some(Side::Mentor);
        assert_eq!(status_key(&cancelled, Side::Mentor), Key::StatusCancelledByYou);
        assert_eq!(status_key(&cancelled, Side::Mentee), Key::StatusCancelledByMentor);
        cancelled.cancelled_by = Some(Side::Mentee);
        assert_eq!(status_key(&cancelled, Side::Mentor), Key::StatusCancelledByMentee);
        for status in Status::ALL {
            for side in [Side::Mentee, Side::Mentor] {
                assert!(!text(Lang::Ja, status_key(&o(status), side)).contains("辞退"), "{status:?}");
            }
        }
        assert_eq!(done_key(Action::Accept), Key::DidAccept);
        assert_eq!(done_key(Action::Decline), Key::DidDecline);
        assert_eq!(done_key(Action::Cancel), Key::DidCancel);
        assert_eq!(confirm_key(Action::Decline), Key::ConfirmDecline);
        assert_eq!(confirm_key(Action::Cancel), Key::ConfirmCancel);
        assert_eq!((text(Lang::Ja, Key::KeepIt), text(Lang::En, Key::KeepIt)), ("閉じる", "Keep it"));
    }

    #[test]
    fn whose_message_it_is() {
        let mut declined = one(1, "2026-12-01T03:00:00Z", Status::Declined);
        assert_eq!(closing_message(&declined, Side::Mentee), None);
        declined.message = Some("その週は出張です".into());
        assert_eq!(
            closing_message(&declined, Side::Mentee),
            Some((Key::MessageFromMentor, "その週は出張です"))
        );
        assert_eq!(closing_message(&declined, Side::Mentor), Some((Key::MessageYours, "その週は出張です")));
        let mut cancelled = one(2, "2026-12-01T03:00:00Z", Status::Cancelled);
        cancelled.message = Some("急用です".into());
        cancelled.cancelled_by = Some(Side::Mentee);
        assert_eq!(closing_message(&cancelled, Side::Mentor), Some((Key::MessageFromMentee, "急用です")));
        assert_eq!(closing_message(&cancelled, Side::Mentee), Some((Key::MessageYours, "急用です")));
        let mut accepted = one(3, "2026-12-01T03:00:00Z", Status::Accepted);
        accepted.acceptance_message = Some("よろしく".into());
        assert_eq!(acceptance_message(&accepted, Side::Mentee), Some((Key::MessageFromMentor, "よろしく")));
        assert_eq!(acceptance_message(&accepted, Side::Mentor), Some((Key::MessageYours, "よろしく")));
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
