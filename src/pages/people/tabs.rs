//! On one column, mentors and colleagues are two tabs instead of one list
//! below the other (the colleagues started about 16,500 px down a phone).

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::i18n::{tr, use_i18n, Key};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Mentors,
    Colleagues,
}

impl Tab {
    pub fn tab_id(self) -> &'static str {
        match self {
            Tab::Mentors => "tab-mentors",
            Tab::Colleagues => "tab-colleagues",
        }
    }

    pub fn panel_id(self) -> &'static str {
        match self {
            Tab::Mentors => "mentor-panel",
            Tab::Colleagues => "colleague-panel",
        }
    }

    fn other(self) -> Tab {
        match self {
            Tab::Mentors => Tab::Colleagues,
            Tab::Colleagues => Tab::Mentors,
        }
    }
}

/// A tab list (WAI-ARIA tabs with automatic activation): arrow keys, Home
/// and End move between the tabs, and the chosen tab is the one tab stop.
#[component]
pub fn PeopleTabs(
    tab: RwSignal<Tab>,
    #[prop(into)] mentors: Signal<Option<u32>>,
    #[prop(into)] colleagues: Signal<Option<u32>>,
) -> impl IntoView {
    let refs = [NodeRef::<leptos::html::Button>::new(), NodeRef::<leptos::html::Button>::new()];
    let index = |t: Tab| if t == Tab::Mentors { 0 } else { 1 };
    let on_key = move |ev: KeyboardEvent| {
        let next = match ev.key().as_str() {
            "ArrowLeft" | "ArrowRight" => tab.get_untracked().other(),
            "Home" => Tab::Mentors,
            "End" => Tab::Colleagues,
            _ => return,
        };
        ev.prevent_default();
        tab.set(next);
        if let Some(button) = refs[index(next)].get_untracked() {
            let _ = button.focus();
        }
    };
    let button = move |t: Tab, label: Key, count: Signal<Option<u32>>| {
        let i18n = use_i18n();
        let selected = move || tab.get() == t;
        view! {
            <button
                type="button"
                role="tab"
                class="tab"
                id=t.tab_id()
                node_ref=refs[index(t)]
                aria-controls=t.panel_id()
                aria-selected=move || selected().to_string()
                tabindex=move || if selected() { "0" } else { "-1" }
                on:click=move |_| tab.set(t)
            >
                <span>{tr(label)}</span>
                {move || count.get().map(|n| view! { <span class="tab-count">{i18n.tf(Key::ThemeChipCount, &[("n", &n.to_string())])}</span> })}
            </button>
        }
    };
    view! {
        <div class="people-tabs" role="tablist" aria-label=tr(Key::PeopleTabsLabel) on:keydown=on_key>
            {button(Tab::Mentors, Key::TabMentors, mentors)}
            {button(Tab::Colleagues, Key::TabColleagues, colleagues)}
        </div>
    }
}
