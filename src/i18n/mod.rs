//! Every user-visible string, in Japanese and English.
//!
//! The table lives in [`strings`]; a missing translation is a compile error
//! (each key is written with both languages), and the host tests check that
//! no entry is empty, untranslated or missing a placeholder.

mod strings;

use leptos::prelude::*;

pub use strings::{text, Key};

/// The product languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// BCP 47 tag, used for `<html lang>`, storage and [`naname_contract::Localized::get`].
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        if code == "ja" || code.starts_with("ja-") {
            Some(Lang::Ja)
        } else if code == "en" || code.starts_with("en-") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language's own name, shown on the switch whatever the page language is.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ja => "日本語",
            Lang::En => "English",
        }
    }
}

/// The stored choice wins; then the first browser language we speak;
/// Japanese otherwise (the organisation's source language).
pub fn pick_lang<'a>(stored: Option<&str>, browser: impl IntoIterator<Item = &'a str>) -> Lang {
    stored
        .and_then(Lang::from_code)
        .or_else(|| browser.into_iter().find_map(Lang::from_code))
        .unwrap_or_default()
}

/// Replaces `{name}` placeholders. Unknown placeholders stay visible, which
/// makes a mistake obvious instead of silently dropping text.
pub fn format(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

pub const STORAGE_KEY: &str = "naname.lang";

/// The reactive language of the app, shared through context.
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    pub fn new(lang: Lang) -> Self {
        Self { lang: RwSignal::new(lang) }
    }

    /// Tracked: views that call it re-render when the language changes.
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    pub fn lang_untracked(&self) -> Lang {
        self.lang.get_untracked()
    }

    pub fn t(&self, key: Key) -> &'static str {
        text(self.lang.get(), key)
    }

    pub fn tf(&self, key: Key, args: &[(&str, &str)]) -> String {
        format(self.t(key), args)
    }

    /// Switches language and remembers it for the next visit.
    pub fn set(&self, lang: Lang) {
        self.lang.set(lang);
        if let Some(storage) = window().local_storage().ok().flatten() {
            let _ = storage.set_item(STORAGE_KEY, lang.code());
        }
    }
}

/// The language for this browser: stored choice, else `navigator.languages`.
pub fn detect_lang() -> Lang {
    let win = window();
    let stored = win.local_storage().ok().flatten().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let nav = win.navigator();
    let mut browser: Vec<String> = nav.languages().iter().filter_map(|v| v.as_string()).collect::<Vec<_>>();
    if let Some(l) = nav.language() {
        browser.push(l);
    }
    pick_lang(stored.as_deref(), browser.iter().map(String::as_str))
}

/// Provides [`I18n`] to the tree below and keeps `<html lang>` in step.
pub fn provide_i18n(lang: Lang) -> I18n {
    let i18n = I18n::new(lang);
    provide_context(i18n);
    Effect::new(move |_| {
        let lang = i18n.lang();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.code());
        }
    });
    i18n
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Translated text that follows the language, for use in views. Every call
/// returns the same closure type, so the view code for it is generated once
/// rather than once per string (which matters for the size of the app).
pub fn tr(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages() {
        for &key in Key::ALL {
            for lang in Lang::ALL {
                assert!(!text(lang, key).trim().is_empty(), "{key:?} is empty in {lang:?}");
            }
        }
    }

    #[test]
    fn translations_are_not_copies() {
        // Product and language names are the same in both languages on purpose.
        let same_on_purpose = [Key::AppName, Key::DemoPasswordValue];
        for &key in Key::ALL {
            if same_on_purpose.contains(&key) {
                continue;
            }
            assert_ne!(text(Lang::Ja, key), text(Lang::En, key), "{key:?} is not translated");
        }
    }

    fn placeholders(s: &str) -> Vec<&str> {
        let mut out: Vec<&str> =
            s.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect();
        out.sort_unstable();
        out
    }

    #[test]
    fn placeholders_match_across_languages() {
        for &key in Key::ALL {
            assert_eq!(
                placeholders(text(Lang::Ja, key)),
                placeholders(text(Lang::En, key)),
                "{key:?} has different placeholders"
            );
        }
    }

    #[test]
    fn keys_are_unique_and_listed() {
        let mut seen = std::collections::HashSet::new();
        for key in Key::ALL {
            assert!(seen.insert(key), "{key:?} listed twice");
        }
        assert!(Key::ALL.len() > 50);
    }

    #[test]
    fn language_choice() {
        assert_eq!(pick_lang(Some("en"), ["ja-JP"]), Lang::En);
        assert_eq!(pick_lang(None, ["en-GB", "ja"]), Lang::En);
        assert_eq!(pick_lang(None, ["fr-FR", "ja-JP"]), Lang::Ja);
        assert_eq!(pick_lang(Some("xx"), ["fr"]), Lang::Ja);
        assert_eq!(pick_lang(None, []), Lang::Ja);
        assert_eq!(Lang::from_code("EN-us"), Some(Lang::En));
        assert_eq!(Lang::from_code("english"), None);
    }

    #[test]
    fn formatting() {
        assert_eq!(format("{n}人のメンター", &[("n", "12")]), "12人のメンター");
        assert_eq!(format("Hi {name}, {n}", &[("name", "A"), ("n", "2")]), "Hi A, 2");
        assert_eq!(format("{missing}", &[]), "{missing}");
    }
}
