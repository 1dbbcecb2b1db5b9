//! The app's JSON reader (src/api/wire.rs) in a real browser, against the
//! contract's serde derives (what the server writes with): every answer
//! reads the same both ways, and what does not match the contract is an
//! error that names where.
#![cfg(target_arch = "wasm32")]

use std::fmt::Debug;

use naname::api::wire::{parse, FromJs};
use naname::api::{decode_response, ApiError};
use naname_contract::auth::{Me, Role};
use naname_contract::mentors::Mentor;
use naname_contract::one_on_ones::{MentorSlots, OneOnOne, Side, Status};
use naname_contract::people::{HireKind, Person};
use naname_contract::themes::ThemeCatalog;
use naname_contract::topics::{ResponseKind, TimeFrame, TopicCatalog};
use naname_contract::Page;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Reads `json` with serde (the reference) and with the app's reader.
fn same<T: FromJs + DeserializeOwned + PartialEq + Debug>(json: &str) -> T {
    let reference: T = serde_json::from_str(json).expect("the fixture follows the contract");
    let ours: T = parse(json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ours, reference);
    ours
}

/// What the server writes for `value` reads back as `value`.
fn round_trip<T: FromJs + Serialize + PartialEq + Debug>(value: T) {
    let json = serde_json::to_string(&value).unwrap();
    assert_eq!(parse::<T>(&json).unwrap_or_else(|e| panic!("{json}: {e}")), value);
}

fn error<T: FromJs + Debug>(json: &str) -> String {
    parse::<T>(json).expect_err(json).to_string()
}

const DEPARTMENT: &str = r#"{"id":3,"name":{"ja":"開発部","en":"Engineering"}}"#;

fn person(extra: &str) -> String {
    format!(
        r#"{{"id":12,"name":"佐藤 健","name_reading":"さとう けん","name_latin":"Ken Sato",
        "department":{DEPARTMENT},"title":{{"ja":"主任","en":"Lead"}},
        "office":{{"ja":"東京","en":"Tokyo"}},"time_zone":"Asia/Tokyo","joined_year":2019,
        "hire_kind":"career_hire","is_mentor":true{extra}}}"#
    )
}

const PARTICIPANT: &str = r#"{"id":2,"name":"高橋 彩","name_reading":"たかはし あや",
    "name_latin":"Aya Takahashi","department":{"ja":"人事部","en":"HR"},"time_zone":"Asia/Tokyo"}"#;

fn one_on_one(optional: &str) -> String {
    format!(
        r#"{{"id":41,"mentor":{PARTICIPANT},"mentee":{PARTICIPANT},
        "start":"2026-12-01T03:00:00Z","end":"2026-12-01T03:30:00Z","status":"cancelled",
        "theme":{{"id":7,"name":{{"ja":"キャリア","en":"Career"}}}},
        "topics":[{{"id":5,"category_id":1,"time_frame":"future","prompt":{{"ja":"これから","en":"Next"}},
                    "recommended":true}}],
        "response":{{"id":2,"name":{{"ja":"聞いてほしい","en":"Listen"}},"description":{{"ja":"","en":""}}}},
        "note":"<script>alert(1)</script>\n改行","created_at":"2026-11-25T22:37:56.123456789+09:00"{optional}}}"#
    )
}

#[wasm_bindgen_test]
fn every_answer_reads_as_serde_reads_it() {
    let me = same::<Me>(&format!(
        r#"{{"id":3,"email":"mentee@example.com","name":"山田","name_reading":"やまだ",
        "name_latin":"Yamada","department":{DEPARTMENT},"role":"admin","is_mentor":false,
        "time_zone":"Europe/London","csrf_token":"tok"}}"#
    ));
    assert_eq!(me.role, Role::Admin);

    let page = same::<Page<Person>>(&format!(
        r#"{{"items":[{},{}],"total":74,"offset":24,"limit":2}}"#,
        person(""),
        // Fields a backend adds are ignored.
        person(r#","pronouns":"they","avatar":{"url":"x"}"#)
    ));
    assert_eq!(page.items.len(), 2);
    assert_eq!(page.items[0].hire_kind, HireKind::CareerHire);

    same::<Page<Mentor>>(&format!(
        r#"{{"items":[{{"person":{},"talk_about":"何でも","themes":[{{"theme_id":7,"category_id":1,
        "name":{{"ja":"育児","en":"Parenting"}},"answers":[{{"item_id":1,"label":{{"ja":"経験","en":"Experience"}},
        "answer":"2人"}}]}}]}}],"total":1,"offset":0,"limit":24}}"#,
        person("")
    ));

    same::<ThemeCatalog>(
        r#"{"categories":[{"id":1,"name":{"ja":"ライフ","en":"Life"},"themes":[{"id":7,"category_id":1,
        "name":{"ja":"育児","en":"Parenting"},"description":{"ja":"説明","en":"About"},
        "required_items":[{"id":1,"label":{"ja":"経験","en":"Experience"}}],"mentor_count":4}]},
        {"id":2,"name":{"ja":"空","en":"Empty"},"themes":[]}]}"#,
    );

    same::<TopicCatalog>(
        r#"{"categories":[{"id":1,"name":{"ja":"仕事","en":"Work"},"topics":[
        {"id":1,"category_id":1,"time_frame":"past","prompt":{"ja":"過去","en":"Past"},"recommended":false},
        {"id":2,"category_id":1,"time_frame":"present","prompt":{"ja":"今","en":"Now"},"recommended":true}]}]}"#,
    );
    same::<Vec<ResponseKind>>(
        r#"[{"id":1,"name":{"ja":"助言","en":"Advice"},"description":{"ja":"説明","en":"About"}}]"#,
    );

    // Optional fields: absent, null, and present.
    let absent = same::<OneOnOne>(&one_on_one(""));
    assert_eq!(absent.message, None);
    assert_eq!(absent.note, "<script>alert(1)</script>\n改行");
    same::<OneOnOne>(&one_on_one(r#","message":null,"cancelled_by":null"#));
    let present = same::<OneOnOne>(&one_on_one(r#","message":"また今度","cancelled_by":"mentor""#));
    assert_eq!(present.cancelled_by, Some(Side::Mentor));
    assert_eq!(present.created_at.timestamp_subsec_nanos(), 123_456_789);

    same::<MentorSlots>(
        r#"{"mentor_id":2,"time_zone":"Asia/Tokyo","slot_minutes":30,
        "slots":[{"start":"2026-12-01T03:00:00Z","end":"2026-12-01T03:30:00Z"}],
        "next_available":"2026-12-01T03:00:00Z","bookable_until":"2027-02-28T15:00:00Z"}"#,
    );
    same::<MentorSlots>(
        r#"{"mentor_id":2,"time_zone":"Asia/Tokyo","slot_minutes":30,"slots":[],
        "bookable_until":"2027-02-28T15:00:00Z"}"#,
    );
}

#[wasm_bindgen_test]
fn every_enum_name_the_server_writes_reads_back() {
    for s in Status::ALL {
        round_trip(s);
    }
    for s in [Side::Mentee, Side::Mentor] {
        round_trip(s);
    }
    for t in [TimeFrame::Past, TimeFrame::Present, TimeFrame::Future] {
        round_trip(t);
    }
    for h in [HireKind::NewGraduate, HireKind::CareerHire] {
        round_trip(h);
    }
    for r in [Role::Employee, Role::Admin] {
        round_trip(r);
    }
}

#[wasm_bindgen_test]
fn what_breaks_the_contract_is_an_error_naming_where() {
    assert_eq!(error::<Me>("<html>"), "(answer): expected JSON");
    assert_eq!(error::<Me>("null"), "(answer): expected an object");
    let no_email = person("").replace(r#""time_zone":"Asia/Tokyo","#, "");
    assert_eq!(
        error::<Page<Person>>(&format!(
            r#"{{"items":[{},{no_email}],"total":2,"offset":0,"limit":2}}"#,
            person("")
        )),
        "items[1].time_zone: expected a string"
    );
    assert_eq!(
        error::<OneOnOne>(&one_on_one("").replace(r#""status":"cancelled""#, r#""status":"lost""#)),
        "status: expected one of: requested accepted declined cancelled expired done"
    );
    assert_eq!(
        error::<OneOnOne>(&one_on_one("").replace("2026-12-01T03:00:00Z", "2026-12-01 03:00")),
        "start: expected an RFC 3339 timestamp"
    );
    assert_eq!(
        error::<OneOnOne>(&one_on_one("").replace(r#""id":41"#, r#""id":4.5"#)),
        "id: expected a whole number"
    );
    assert_eq!(
        error::<OneOnOne>(&one_on_one("").replace(r#""id":41"#, r#""id":9007199254740993"#)),
        "id: expected a whole number"
    );
    assert_eq!(
        error::<MentorSlots>(
            r#"{"mentor_id":2,"time_zone":"Asia/Tokyo","slot_minutes":-30,"slots":[],
            "bookable_until":"2027-02-28T15:00:00Z"}"#
        ),
        "slot_minutes: expected a u16"
    );
    assert_eq!(error::<Vec<ResponseKind>>(r#"{"0":1}"#), "(answer): expected an array");
    assert_eq!(error::<Vec<ResponseKind>>("[null]"), "[0]: expected an object");
}

#[wasm_bindgen_test]
fn answers_and_problems_through_the_client() {
    let ok: Page<i64> = decode_response(200, r#"{"items":[1,2],"total":9,"offset":0,"limit":2}"#).unwrap();
    assert_eq!(ok.total, 9);
    let unit: () = decode_response(204, "").unwrap();
    assert_eq!(unit, ());
    let bad: Result<Page<i64>, _> = decode_response(200, "<html>");
    assert!(matches!(bad, Err(ApiError::Decode(_))));
    let err = decode_response::<()>(
        422,
        r#"{"type":"/problems/validation","title":"t","status":422,"code":"validation",
            "errors":[{"field":"q","code":"too_long","message":"m"}]}"#,
    )
    .unwrap_err();
    assert_eq!(err.code(), Some("validation"));
    assert_eq!(err.field_errors()[0].code, "too_long");
    // `errors` and `detail` may be left out.
    let err = decode_response::<()>(
        409,
        r#"{"type":"/problems/slot_taken","title":"t","status":409,"code":"slot_taken"}"#,
    )
    .unwrap_err();
    assert_eq!(err.code(), Some("slot_taken"));
    assert!(err.field_errors().is_empty());
    let plain = decode_response::<()>(502, "Bad Gateway").unwrap_err();
    assert_eq!(plain, ApiError::Http { status: 502, problem: None });
}
