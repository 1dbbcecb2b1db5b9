//! One theme's page, or a new theme (built by its own change; this is the route's slot).

use leptos::prelude::*;

#[component]
pub fn ThemePage(id: Option<i64>) -> impl IntoView {
    view! { <section class="admin-section" data-theme=id></section> }
}
