//! A CSS media query as a signal, for the few layouts that change behaviour
//! and not only looks (People's tabs, the theme sheet on phones).

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Phones: the theme list opens as a sheet.
pub const PHONE: &str = "(max-width: 760px)";
/// One column: People's mentors and colleagues become tabs.
pub const ONE_COLUMN: &str = "(max-width: 1024px)";

/// Whether `query` matches, following the viewport; the listener goes with
/// the owner that created it.
pub fn use_media(query: &str) -> Signal<bool> {
    let Some(list) = window().match_media(query).ok().flatten() else {
        return Signal::stored(false);
    };
    let matches = RwSignal::new(list.matches());
    let read = list.clone();
    let listener = Closure::<dyn Fn()>::new(move || {
        matches.try_set(read.matches());
    });
    let _ = list.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
    let held = SendWrapper::new((list, listener));
    on_cleanup(move || {
        let (list, listener) = held.take();
        let _ = list.remove_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
    });
    matches.into()
}
