//! My card as mentees will see it once the open form is saved: the People
//! page's own `MentorCard`, built from me, my approved themes and the
//! answers being typed (`state::mentor_themes::preview`).

use leptos::prelude::*;

use super::Desk;
use crate::components::MentorCard;
use crate::i18n::{tr, Key};
use crate::state::mentor_themes::{preview, Mode};

#[component]
pub fn Preview(desk: Desk) -> impl IntoView {
    let mentor = Memo::new(move |_| {
        let person = desk.person.get()?;
        let editing = desk.open.get().filter(|(_, mode)| matches!(mode, Mode::Approve | Mode::Edit));
        desk.regs.with(|regs| {
            let regs = regs.ready()?;
            desk.draft.with(|draft| {
                desk.talk_about.with(|talk| preview(&person, talk, regs, editing.map(|(id, _)| (id, draft))))
            })
        })
    });
    let loaded = move || desk.person.with(Option::is_some);
    // A click on the preview's request link would ask myself for a 1on1:
    // the card is for looking at, so it goes nowhere.
    let inert_links = |ev: leptos::ev::MouseEvent| ev.prevent_default();

    view! {
        <section class="my-theme-preview" aria-labelledby="my-theme-preview-title">
            <h4 class="block-label" id="my-theme-preview-title">
                {tr(Key::PreviewTitle)}
            </h4>
            {move || {
                loaded()
                    .then(|| match mentor.get() {
                        Some(mentor) => view! {
                            <p class="field-hint my-theme-preview-lead">{tr(Key::PreviewLead)}</p>
                            <div class="my-theme-preview-card" on:click=inert_links>
                                <MentorCard mentor />
                            </div>
                        }
                        .into_any(),
                        None => view! { <p class="field-hint">{tr(Key::PreviewNone)}</p> }.into_any(),
                    })
            }}
        </section>
    }
}
