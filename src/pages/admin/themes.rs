//! The admin's themes tab (built by its own change; this is the route's slot).

use leptos::prelude::*;

#[component]
pub fn ThemesTab() -> impl IntoView {
    view! { <section class="admin-section" data-tab="themes"></section> }
}
