//! Moving focus by element id, after a view changed under the person
//! (a row removed, a form closed): one helper for every page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves focus to the element with this id, when there is one.
pub fn focus_id(id: &str) {
    let el = document().get_element_by_id(id).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}
