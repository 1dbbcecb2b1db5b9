//! The typed client's wire in a real browser: answers decode into the
//! contract's types with their serde derives after `JSON.parse` (optional
//! fields absent or null, fields a backend adds ignored, large ids exact),
//! a decode failure names where it went wrong, and request bodies read back
//! on the server's side (serde_json) as the values they were written from.
#![cfg(target_arch = "wasm32")]

use chrono::DateTime;
use naname::api::wire::{decode, encode};
use naname::api::{decode_response, ApiError};
use naname_contract::auth::{LoginRequest, Me, Role};
use naname_contract::one_on_ones::{MentorSlots, NewOneOnOne, OneOnOne, Side, Status, TransitionMessage};
use naname_contract::people::Person;
use naname_contract::topics::ResponseKind;
use naname_contract::Page;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

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

/// Decodes `json` in the browser and with serde_json, which the server writes with.
fn both<T: serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(json: &str) -> T {
    let ours: T = decode(json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ours, serde_json::from_str::<T>(json).unwrap());
    ours
}

fn error<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
    decode::<T>(json).expect_err(json)
}

#[wasm_bindgen_test]
fn answers_decode_into_the_contract_types() {
    let me = both::<Me>(&format!(
        r#"{{"id":3,"email":"mentee@example.com","name":"山田","name_reading":"やまだ",
        "name_latin":"Yamada","department":{DEPARTMENT},"role":"admin","is_mentor":false,
        "time_zone":"Europe/London","csrf_token":"tok"}}"#
    ));
    assert_eq!(me.role, Role::Admin);
    // Fields a backend adds are ignored.
    let page = both::<Page<Person>>(&format!(
        r#"{{"items":[{},{}],"total":74,"offset":24,"limit":2}}"#,
        person(""),
        person(r#","pronouns":"they","avatar":{"url":"x"}"#)
    ));
    assert_eq!(page.items.len(), 2);

    let absent = both::<OneOnOne>(&one_on_one(""));
    assert_eq!(absent.message, None);
    assert_eq!(absent.note, "<script>alert(1)</script>\n改行");
    assert_eq!(absent.status, Status::Cancelled);
    both::<OneOnOne>(&one_on_one(r#","message":null,"cancelled_by":null"#));
    let present = both::<OneOnOne>(&one_on_one(r#","message":"また今度","cancelled_by":"mentor""#));
    assert_eq!(present.cancelled_by, Some(Side::Mentor));
    assert_eq!(present.created_at.timestamp_subsec_nanos(), 123_456_789);

    let slots = both::<MentorSlots>(
        r#"{"mentor_id":9007199254740991,"time_zone":"Asia/Tokyo","slot_minutes":30,
        "slots":[{"start":"2026-12-01T03:00:00Z","end":"2026-12-01T03:30:00Z"}],
        "next_available":"2026-12-01T03:00:00Z","bookable_until":"2027-02-28T15:00:00Z"}"#,
    );
    assert_eq!(slots.mentor_id, 9_007_199_254_740_991);
}

#[wasm_bindgen_test]
fn what_breaks_the_contract_is_an_error_naming_where() {
    let no_zone = person("").replace(r#""time_zone":"Asia/Tokyo","#, "");
    let e = error::<Page<Person>>(&format!(
        r#"{{"items":[{},{no_zone}],"total":2,"offset":0,"limit":2}}"#,
        person("")
    ));
    assert!(e.starts_with("items[1]") && e.contains("time_zone"), "{e}");
    let e = error::<OneOnOne>(&one_on_one("").replace(r#""status":"cancelled""#, r#""status":"lost""#));
    assert!(e.starts_with("status: ") && e.contains("lost"), "{e}");
    let e = error::<OneOnOne>(&one_on_one("").replace("2026-12-01T03:00:00Z", "2026-12-01 03:00"));
    assert!(e.starts_with("start: "), "{e}");
    let e = error::<OneOnOne>(&one_on_one("").replace(r#""id":41"#, r#""id":4.5"#));
    assert!(e.starts_with("id: "), "{e}");
    let e = error::<MentorSlots>(
        r#"{"mentor_id":2,"time_zone":"Asia/Tokyo","slot_minutes":-30,"slots":[],
        "bookable_until":"2027-02-28T15:00:00Z"}"#,
    );
    assert!(e.starts_with("slot_minutes: "), "{e}");
    assert!(error::<Vec<ResponseKind>>("[null]").starts_with("[0]: "));
    assert_eq!(error::<Me>("<html>"), "the answer is not JSON");
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
    let plain = decode_response::<()>(502, "Bad Gateway").unwrap_err();
    assert_eq!(plain, ApiError::Http { status: 502, problem: None });
}

#[wasm_bindgen_test]
fn request_bodies_read_back_as_the_server_reads_them() {
    let login =
        LoginRequest { email: "a\"b\\c@example.com".into(), password: "p\u{1}\n\t\u{7f}パス🙂".into() };
    assert_eq!(serde_json::from_str::<LoginRequest>(&encode(&login).unwrap()).unwrap(), login);
    let request = NewOneOnOne {
        mentor_id: 2,
        start: DateTime::from_timestamp(1_796_000_400, 0).unwrap(),
        theme_id: 7,
        topic_ids: vec![3, 1, 20],
        response_id: 4,
        note: "話したいこと\n- \"quoted\" </script>".into(),
    };
    assert_eq!(serde_json::from_str::<NewOneOnOne>(&encode(&request).unwrap()).unwrap(), request);
    let message = TransitionMessage { message: Some("また今度".into()) };
    assert_eq!(serde_json::from_str::<TransitionMessage>(&encode(&message).unwrap()).unwrap(), message);
}
