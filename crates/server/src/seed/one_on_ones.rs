//! Demo 1on1s, so "My 1on1s" has something in it for the demo logins. They
//! are placed relative to the seeding time, on slots the mentor really
//! offers, so the past one is past and the upcoming ones stay bookable facts.

use naname_contract::one_on_ones::Status;

use super::themes::{CAREER_1_TO_3, CLUBS, NEW_GRADUATE, PARENTAL_LEAVE};
use super::topics::*;

/// Where a demo 1on1 goes: the mentor's first free slot starting at or after
/// the seeding time shifted by this many days (negative: in the past).
pub struct SeedOneOnOne {
    pub mentor: &'static str,
    pub mentee: &'static str,
    pub days_from_seeding: i64,
    /// Stored status; an accepted 1on1 in the past reads as `done`.
    pub status: Status,
    pub theme: i64,
    pub topics: &'static [i64],
    pub response: i64,
    pub note: &'static str,
}

/// In placement order: later ones avoid the slots of earlier ones.
pub const ONE_ON_ONES: &[SeedOneOnOne] = &[
    SeedOneOnOne {
        mentor: "mentor@example.com",
        mentee: "mentee@example.com",
        days_from_seeding: -14,
        status: Status::Accepted,
        theme: CLUBS,
        topics: &[CONNECTIONS_TO_BUILD, HOBBIES],
        response: SHARE_EXPERIENCE,
        note: "部署の外にも知り合いを増やしたいです。ボードゲーム部の雰囲気を聞かせてください。",
    },
    SeedOneOnOne {
        mentor: "mentor@example.com",
        mentee: "mentee@example.com",
        days_from_seeding: 3,
        status: Status::Accepted,
        theme: CAREER_1_TO_3,
        topics: &[STRENGTHS_AND_WEAKNESSES, SKILL_TO_GROW],
        response: CONCRETE_ADVICE,
        note: "配属3か月目です。新しい環境で早く立ち上がるために、最初の半年で意識されたことを伺いたいです。",
    },
    SeedOneOnOne {
        mentor: "mentor@example.com",
        mentee: "haruka.miyazaki@example.com",
        days_from_seeding: 5,
        status: Status::Requested,
        theme: PARENTAL_LEAVE,
        topics: &[CIRCUMSTANCES, ROLES_TO_TRY],
        response: SHARE_EXPERIENCE,
        note:
            "来年の育休を考えています。休業前の引き継ぎや、復帰後の働き方の決め方についてお話を聞きたいです。",
    },
    SeedOneOnOne {
        mentor: "misaki.sato@example.com",
        mentee: "mentee@example.com",
        days_from_seeding: 4,
        status: Status::Requested,
        theme: NEW_GRADUATE,
        topics: &[WHAT_WENT_WELL, RELATIONSHIP_WORRIES],
        response: THINK_TOGETHER,
        note: "先輩や他部署の方への相談の仕方に悩んでいます。",
    },
];
