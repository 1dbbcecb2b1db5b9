//! The JSON on the wire: the contract's own types, read and written by
//! their serde derives, so `naname_contract` is the one definition of it.
//!
//! The browser parses the text (`JSON.parse`) and serde-wasm-bindgen walks
//! the result: about 7 KiB (brotli) less code than serde_json's parser. A
//! decode failure names where it went wrong (`items[1].time_zone: …`)
//! through serde_path_to_error, so a backend that strays from the contract
//! is told what to fix.

use js_sys::JSON;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsValue;

/// The value of a JSON text, or why it is not one of `T`.
pub fn decode<T: DeserializeOwned>(json: &str) -> Result<T, String> {
    let value = JSON::parse(json).map_err(|_| "the answer is not JSON".to_string())?;
    from_value(value)
}

/// `T` from a parsed JSON value (what `decode` does after `JSON.parse`).
pub fn from_value<T: DeserializeOwned>(value: JsValue) -> Result<T, String> {
    serde_path_to_error::deserialize(serde_wasm_bindgen::Deserializer::from(value)).map_err(|e| {
        let path = e.path().to_string();
        // The root is `.`: say nothing rather than a lone dot.
        if path == "." {
            e.into_inner().to_string()
        } else {
            format!("{path}: {}", e.into_inner())
        }
    })
}

/// The JSON text of a request body. Plain objects, `null` for `None`, and
/// numbers (ids stay far below 2^53), as the contract's serde writes them.
pub fn encode<T: Serialize>(value: &T) -> Result<String, String> {
    let value =
        value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| e.to_string())?;
    JSON::stringify(&value).map(String::from).map_err(|_| "the body cannot be written as JSON".to_string())
}
