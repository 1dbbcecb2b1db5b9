//! The JSON on the wire, read and written without serde in the browser.
//!
//! serde's derived deserializers cost about 45 KB of the gzipped app (most
//! of a page's worth of code), so the app reads answers with the browser's
//! own `JSON.parse` and a small [`FromJs`] per contract type, and writes its
//! few request bodies with [`JsonObject`]. The contract types keep their
//! serde derives: the server and the tests use them, and the tests check
//! that what is read and written here agrees with them (tests/wire.rs and
//! the host tests below).
//!
//! Decoding is as strict as the contract: a missing or mistyped field is an
//! error naming its path (`items[3].person.department`); fields the app does
//! not know are ignored, so a backend may add some.

use chrono::{DateTime, Utc};
use js_sys::{Array, Reflect, JSON};
use naname_contract::auth::{LoginRequest, Me, Role};
use naname_contract::mentors::{Mentor, MentorTheme, ThemeAnswer};
use naname_contract::one_on_ones::{
    MentorSlots, NewOneOnOne, OneOnOne, Participant, Side, Status, ThemeRef, TransitionMessage,
};
use naname_contract::people::{Department, HireKind, Person};
use naname_contract::slots::Interval;
use naname_contract::themes::{RequiredItem, Theme, ThemeCatalog, ThemeCategory};
use naname_contract::topics::{ResponseKind, TimeFrame, Topic, TopicCatalog, TopicCategory};
use naname_contract::{FieldError, Localized, Page, Problem};
use wasm_bindgen::JsValue;

use naname_contract::instant::parse_rfc3339;

use crate::state::calendar::rfc3339;

/// Where an answer did not match the contract, e.g. `items[3].id: a whole number`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    path: String,
    expected: &'static str,
}

impl DecodeError {
    fn expected(expected: &'static str) -> Self {
        DecodeError { path: String::new(), expected }
    }

    /// The same error one level up: inside field `key`, or item `index`.
    /// Never inlined: it is the cold path of every field read.
    #[inline(never)]
    fn inside(mut self, key: Option<&str>, index: u32) -> Self {
        let segment = match key {
            Some(key) => format!(".{key}"),
            None => format!("[{index}]"),
        };
        self.path.insert_str(0, &segment);
        self
    }
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = self.path.trim_start_matches('.');
        write!(f, "{}: expected {}", if path.is_empty() { "(answer)" } else { path }, self.expected)
    }
}

/// A contract type read from a parsed JSON value.
pub trait FromJs: Sized {
    fn from_js(v: &JsValue) -> Result<Self, DecodeError>;
}

/// Parses a JSON text and reads it as `T`.
pub fn parse<T: FromJs>(json: &str) -> Result<T, DecodeError> {
    let value = JSON::parse(json).map_err(|_| DecodeError::expected("JSON"))?;
    T::from_js(&value)
}

/// Field `key` of object `v`.
pub fn field<T: FromJs>(v: &JsValue, key: &str) -> Result<T, DecodeError> {
    T::from_js(&member(v, key)?).map_err(|e| e.inside(Some(key), 0))
}

/// The value of field `key` (`undefined` when absent). Reading a field of a
/// non-object is an error of its own, so a `null` in place of an object is
/// reported as such.
#[inline(never)]
fn member(v: &JsValue, key: &str) -> Result<JsValue, DecodeError> {
    if !v.is_object() || Array::is_array(v) {
        return Err(DecodeError::expected("an object"));
    }
    Ok(Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED))
}

/// A field the contract lets a backend leave out (`#[serde(default)]`).
fn field_or_default<T: FromJs + Default>(v: &JsValue, key: &str) -> Result<T, DecodeError> {
    match field::<Option<T>>(v, key)? {
        Some(t) => Ok(t),
        None => Ok(T::default()),
    }
}

impl FromJs for String {
    fn from_js(v: &JsValue) -> Result<Self, DecodeError> {
        v.as_string().ok_or(DecodeError::expected("a string"))
    }
}

impl FromJs for bool {
    fn from_js(v: &JsValue) -> Result<Self, DecodeError> {
        v.as_bool().ok_or(DecodeError::expected("true or false"))
    }
}

/// Largest integer a JSON number (an IEEE double in the browser) holds exactly.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

impl FromJs for i64 {
    fn from_js(v: &JsValue) -> Result<Self, DecodeError> {
        match v.as_f64() {
            Some(f) if f.fract() == 0.0 && f.abs() <= MAX_SAFE_INTEGER => Ok(f as i64),
            _ => Err(DecodeError::expected("a whole number")),
        }
    }
}

/// Narrower integers: an `i64` that fits.
macro_rules! narrow_int {
    ($($t:ty),*) => {$(
        impl FromJs for $t {
            fn from_js(v: &JsValue) -> Result<Self, DecodeError> {
                <$t>::try_from(i64::from_js(v)?).map_err(|_| DecodeError::expected(concat!("a ", stringify!($t))))
            }
        }
    )*};
}
narrow_int!(i32, u32, u16);

/// `null` or absent is `None`.
impl<T: FromJs> FromJs for Option<T> {
    fn from_js(v: &JsValue) -> Result<Self, DecodeError> {
        if v.is_null() || v.is_undefined() {
            Ok(None)
        } else {
            T::from_js(v).map(Some)
        }
    }
}

impl<T: FromJs> FromJs for Vec<T> {
    fn from_js(v: &JsValue) -> Result<Self, DecodeError> {
        if !Array::is_array(v) {
            return Err(DecodeError::expected("an array"));
        }
        let array = Array::from(v);
        (0..array.length()).map(|i| T::from_js(&array.get(i)).map_err(|e| e.inside(None, i))).collect()
    }
}

/// An RFC 3339 timestamp.
impl FromJs for DateTime<Utc> {
    fn from_js(v: &JsValue) -> Result<Self, DecodeError> {
        v.as_string()
            .and_then(|s| parse_rfc3339(&s))
            .and_then(|(secs, nanos)| DateTime::from_timestamp(secs, nanos))
            .ok_or(DecodeError::expected("an RFC 3339 timestamp"))
    }
}

/// The answer of an endpoint without a body (204): anything goes.
impl FromJs for () {
    fn from_js(_: &JsValue) -> Result<Self, DecodeError> {
        Ok(())
    }
}

/// Structs whose wire names are their field names (serde's default). The
/// struct literal names every field, so a field added to the contract and
/// forgotten here does not compile.
macro_rules! from_js_struct {
    ($($ty:ident { $($field:ident),* $(,)? })*) => {$(
        impl FromJs for $ty {
            fn from_js(v: &JsValue) -> Result<Self, DecodeError> {
                Ok($ty { $($field: field(v, stringify!($field))?),* })
            }
        }
    )*};
}

/// Enums of bare names (`#[serde(rename_all = "snake_case")]` in the contract).
macro_rules! from_js_enum {
    ($($ty:ident { $($variant:ident = $name:literal),* $(,)? })*) => {$(
        impl FromJs for $ty {
            fn from_js(v: &JsValue) -> Result<Self, DecodeError> {
                match v.as_string().as_deref() {
                    $(Some($name) => Ok($ty::$variant),)*
                    _ => Err(DecodeError::expected(concat!("one of:", $(" ", $name),*))),
                }
            }
        }
    )*};
}

from_js_enum! {
    Role { Employee = "employee", Admin = "admin" }
    HireKind { NewGraduate = "new_graduate", CareerHire = "career_hire" }
    TimeFrame { Past = "past", Present = "present", Future = "future" }
    Status {
        Requested = "requested",
        Accepted = "accepted",
        Declined = "declined",
        Cancelled = "cancelled",
        Expired = "expired",
        Done = "done",
    }
    Side { Mentee = "mentee", Mentor = "mentor" }
}

from_js_struct! {
    Localized { ja, en }
    Department { id, name }
    Me { id, email, name, name_reading, name_latin, department, role, is_mentor, time_zone, csrf_token }
    Person {
        id, name, name_reading, name_latin, department, title, office, time_zone, joined_year,
        hire_kind, is_mentor,
    }
    Mentor { person, talk_about, themes }
    MentorTheme { theme_id, category_id, name, answers }
    ThemeAnswer { item_id, label, answer }
    ThemeCatalog { categories }
    ThemeCategory { id, name, themes }
    Theme { id, category_id, name, description, required_items, mentor_count }
    RequiredItem { id, label }
    TopicCatalog { categories }
    TopicCategory { id, name, topics }
    Topic { id, category_id, time_frame, prompt, recommended }
    ResponseKind { id, name, description }
    Participant { id, name, name_reading, name_latin, department, time_zone }
    ThemeRef { id, name }
    Interval { start, end }
    FieldError { field, code, message }
    OneOnOne {
        id, mentor, mentee, start, end, status, theme, topics, response, note, message,
        cancelled_by, created_at,
    }
    MentorSlots { mentor_id, time_zone, slot_minutes, slots, next_available, bookable_until }
}

impl<T: FromJs> FromJs for Page<T> {
    fn from_js(v: &JsValue) -> Result<Self, DecodeError> {
        Ok(Page {
            items: field(v, "items")?,
            total: field(v, "total")?,
            offset: field(v, "offset")?,
            limit: field(v, "limit")?,
        })
    }
}

/// RFC 9457 problem details; `type` is a Rust keyword, hence `kind`.
impl FromJs for Problem {
    fn from_js(v: &JsValue) -> Result<Self, DecodeError> {
        Ok(Problem {
            kind: field(v, "type")?,
            title: field(v, "title")?,
            status: field(v, "status")?,
            detail: field(v, "detail")?,
            code: field(v, "code")?,
            errors: field_or_default(v, "errors")?,
        })
    }
}

/// A JSON object written field by field, for the app's request bodies.
#[derive(Debug)]
pub struct JsonObject(String);

impl JsonObject {
    pub fn new() -> Self {
        JsonObject(String::from("{"))
    }

    fn key(&mut self, key: &str) {
        if self.0.len() > 1 {
            self.0.push(',');
        }
        push_string(&mut self.0, key);
        self.0.push(':');
    }

    pub fn string(mut self, key: &str, value: &str) -> Self {
        self.key(key);
        push_string(&mut self.0, value);
        self
    }

    pub fn int(mut self, key: &str, value: i64) -> Self {
        self.key(key);
        self.0.push_str(&value.to_string());
        self
    }

    pub fn ints(mut self, key: &str, values: &[i64]) -> Self {
        self.key(key);
        let items: Vec<String> = values.iter().map(i64::to_string).collect();
        self.0.push('[');
        self.0.push_str(&items.join(","));
        self.0.push(']');
        self
    }

    pub fn finish(mut self) -> String {
        self.0.push('}');
        self.0
    }
}

impl Default for JsonObject {
    fn default() -> Self {
        Self::new()
    }
}

/// A JSON string literal: quotes, backslashes and control characters escaped.
fn push_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The body of `POST /api/session`.
pub fn login_body(r: &LoginRequest) -> String {
    JsonObject::new().string("email", &r.email).string("password", &r.password).finish()
}

/// The body of `POST /api/one-on-ones` (starts are whole minutes, so whole seconds are exact).
pub fn new_one_on_one_body(r: &NewOneOnOne) -> String {
    JsonObject::new()
        .int("mentor_id", r.mentor_id)
        .string("start", &rfc3339(r.start.timestamp()))
        .int("theme_id", r.theme_id)
        .ints("topic_ids", &r.topic_ids)
        .int("response_id", r.response_id)
        .string("note", &r.note)
        .finish()
}

/// The body of `POST /api/one-on-ones/{id}/decline | cancel`.
pub fn transition_body(r: &TransitionMessage) -> String {
    match &r.message {
        Some(m) => JsonObject::new().string("message", m).finish(),
        None => JsonObject::new().finish(),
    }
}

#[cfg(test)]
mod tests {
    //! The bodies written here must read back, with the contract's own serde
    //! derives (what the server uses), as the values they were written from.
    use super::*;

    #[test]
    fn login_body_reads_back() {
        let r = LoginRequest {
            email: "a\"b\\c@example.com".into(),
            password: "p\u{1}\n\t\u{7f}パス🙂".into(),
        };
        let back: LoginRequest = serde_json::from_str(&login_body(&r)).unwrap();
        assert_eq!(back, r);
    }

    #[test]
    fn new_one_on_one_body_reads_back() {
        for (topics, note) in [(vec![3, 1, 20], "話したいこと\n- \"quoted\""), (vec![], "")] {
            let r = NewOneOnOne {
                mentor_id: 2,
                start: DateTime::from_timestamp(1_796_000_400, 0).unwrap(),
                theme_id: 7,
                topic_ids: topics,
                response_id: 4,
                note: note.into(),
            };
            let back: NewOneOnOne = serde_json::from_str(&new_one_on_one_body(&r)).unwrap();
            assert_eq!(back, r);
        }
    }

    #[test]
    fn transition_body_reads_back() {
        for message in [None, Some("また今度 </script>".to_string())] {
            let r = TransitionMessage { message };
            let back: TransitionMessage = serde_json::from_str(&transition_body(&r)).unwrap();
            assert_eq!(back, r);
        }
    }
}
