//! Text a person wrote themselves, shown in the reader's language when it
//! was written in it, otherwise in the other one with a tag saying so
//! (「英語のみ」 / "Japanese only"). The element holding the text carries
//! the language it is written in, so screen readers pronounce it right.

use leptos::prelude::*;
use naname_contract::user_text::TextLang;
use naname_contract::UserText;

use crate::i18n::{text, Key, Lang};

/// The tag naming the language a fallback is written in.
pub fn only_in(lang: TextLang) -> Key {
    match lang {
        TextLang::Ja => Key::WrittenInJapaneseOnly,
        TextLang::En => Key::WrittenInEnglishOnly,
    }
}

/// The "only in X" tag, for a fallback shown to a reader of `viewer`.
#[component]
pub fn OnlyInTag(viewer: Lang, written: TextLang) -> impl IntoView {
    view! { <span class="lang-tag">{text(viewer, only_in(written))}</span> }
}

/// `text` as a paragraph (or, `inline`, a span) of `class`, for a reader of
/// `viewer`; nothing when neither language was written.
#[component]
pub fn UserTextView(
    text: UserText,
    viewer: Lang,
    #[prop(optional)] class: &'static str,
    /// A `<span>` inside a line, instead of a `<p>`.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    text.show(viewer.code()).map(|shown| {
        let (words, lang) = (shown.text.to_string(), shown.lang.code());
        let tag = shown.fallback.then(|| view! { <OnlyInTag viewer written=shown.lang /> });
        // Plain text: whatever a person wrote is never parsed as HTML.
        if inline {
            view! { <span class=class lang=lang>{words}</span>{tag} }.into_any()
        } else {
            view! { <p class=class lang=lang>{words}</p>{tag} }.into_any()
        }
    })
}
