//! A small, non-generic DOM builder for large fragments that are rebuilt as
//! a whole: a week of slots, the topic grid, a review, a list of 1on1s.
//!
//! Why not `view!`: each view shape is its own generic type, and the code
//! Leptos generates per shape made these pages cost ~70 KB gzip, far over
//! the app's size budget. These calls cost a few bytes each. Interaction is
//! delegated to the container's `on:` handlers (reading `data-*`
//! attributes), and text is always set as text, never parsed as HTML.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::api::{ApiError, Remedy};
use crate::i18n::{text, Key, Lang};

/// An element being built.
pub struct H(pub Element);

impl H {
    pub fn new(tag: &str) -> H {
        H(leptos::prelude::document().create_element(tag).expect("a valid tag name"))
    }

    /// `new` with a class, the usual case.
    pub fn of(tag: &str, class: &str) -> H {
        H::new(tag).class(class)
    }

    pub fn class(self, class: &str) -> H {
        self.0.set_class_name(class);
        self
    }

    pub fn attr(self, name: &str, value: &str) -> H {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Sets a boolean attribute such as `disabled` when `on`.
    pub fn flag(self, name: &str, on: bool) -> H {
        if on {
            let _ = self.0.set_attribute(name, "");
        }
        self
    }

    /// Appends text (as a text node: markup in it stays text).
    pub fn text(self, text: &str) -> H {
        let _ = self.0.append_with_str_1(text);
        self
    }

    pub fn child(self, child: H) -> H {
        self.add(child);
        self
    }

    pub fn add(&self, child: H) {
        let _ = self.0.append_with_node_1(&child.0);
    }

    /// `<tag class=class>text</tag>` appended.
    pub fn line(self, tag: &str, class: &str, text: &str) -> H {
        self.child(H::of(tag, class).text(text))
    }
}

/// Replaces what `target` shows with `content`.
pub fn show(target: &Element, content: H) {
    target.replace_children_with_node_1(&content.0);
}

/// Elements under `root` matching `selector`, as `HtmlElement`s.
pub fn find_all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok()).collect()
}

/// Sets or removes a boolean attribute.
pub fn set_flag(el: &Element, name: &str, on: bool) {
    let _ = if on { el.set_attribute(name, "") } else { el.remove_attribute(name) };
}

/// The nearest element from an event's target up matching `selector`.
pub fn closest(target: Option<web_sys::EventTarget>, selector: &str) -> Option<Element> {
    target?.dyn_into::<Element>().ok()?.closest(selector).ok()?
}

/// A `data-*` attribute read as a number.
pub fn data_num(el: &Element, name: &str) -> Option<i64> {
    el.get_attribute(name)?.parse().ok()
}

/// Focuses the first element matching `selector`, after the next paint.
pub fn focus_later(selector: String) {
    leptos::prelude::request_animation_frame(move || {
        let el = leptos::prelude::document().query_selector(&selector).ok().flatten();
        if let Some(el) = el.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// The loading state of [`crate::components::LoadingState`], built.
pub fn loading(lang: Lang, label: Key) -> H {
    H::of("div", "state state-loading")
        .attr("role", "status")
        .child(H::of("span", "spinner").attr("aria-hidden", "true"))
        .line("span", "", text(lang, label))
}

/// The error state of [`crate::components::ErrorState`], built: the message
/// and a button whose `data-act` is `retry`, `reload` or `sign-in` (see [`common_act`]).
pub fn error(lang: Lang, e: &ApiError) -> H {
    let (act, key, class) = match e.remedy() {
        Remedy::Retry => ("retry", Key::Retry, "btn btn-secondary"),
        Remedy::Reload => ("reload", Key::Reload, "btn btn-secondary"),
        Remedy::SignIn => ("sign-in", Key::SignInAgain, "btn btn-primary"),
    };
    H::of("div", "state state-error")
        .attr("role", "alert")
        .line("p", "state-message", &e.message(lang))
        .child(H::of("div", "state-actions").child(button(class, act, 0).text(text(lang, key))))
}

/// `<button type=button class=class data-act=act data-id=id>`.
pub fn button(class: &str, act: &str, id: i64) -> H {
    H::of("button", class).attr("type", "button").attr("data-act", act).attr("data-id", &id.to_string())
}

/// The `data-act` and `data-id` of the clicked action, if any.
pub fn action(ev: &web_sys::Event) -> Option<(String, i64)> {
    let el = closest(ev.target(), "[data-act]")?;
    if el.has_attribute("disabled") {
        return None;
    }
    Some((el.get_attribute("data-act")?, data_num(&el, "data-id").unwrap_or(0)))
}

/// Handles the actions every error state offers except `retry`; true when it did.
pub fn common_act(act: &str, auth: crate::auth::Auth) -> bool {
    match act {
        "reload" => {
            let _ = leptos::prelude::window().location().reload();
            true
        }
        "sign-in" => {
            auth.signed_out();
            true
        }
        _ => false,
    }
}
