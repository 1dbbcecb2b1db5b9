use leptos::prelude::*;

/// A coloured initial; decorative, the name is always written next to it.
#[component]
pub fn Avatar(
    /// Seeds the colour, so a person keeps theirs across lists.
    id: i64,
    #[prop(into)] name: Signal<String>,
    #[prop(optional)] small: bool,
) -> impl IntoView {
    let tone = format!("avatar tone-{}", id.rem_euclid(6));
    let class = if small { format!("{tone} avatar-sm") } else { tone };
    let initial =
        move || name.with(|n| n.chars().find(|c| !c.is_whitespace()).map(String::from).unwrap_or_default());
    view! { <span class=class aria-hidden="true">{initial}</span> }
}
