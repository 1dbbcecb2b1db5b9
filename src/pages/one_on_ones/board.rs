//! The page's shared state and what runs an action: the sections, rows and
//! forms read the [`Board`] and report to its `act` callback.

use leptos::prelude::*;
use leptos::task::spawn_local;
use naname_contract::one_on_ones::{Action, OneOnOne};
use naname_contract::place::{Acceptance, Place};
use naname_contract::FieldError;

use super::focus_soon;
use crate::api::{self, ApiError};
use crate::i18n::{format, text, use_i18n};
use crate::state::accept::AcceptDraft;
use crate::state::one_on_ones::{done_key, moved_on, other_name};
use crate::state::Remote;

/// What the sections, rows and their actions read and report to.
#[derive(Clone, Copy)]
pub struct Board {
    /// The signed-in person: which side of each 1on1 they are on.
    pub me: i64,
    /// Both sides' 1on1s, sorted by start.
    pub list: RwSignal<Remote<Vec<OneOnOne>>>,
    /// The 1on1 an action is running for; every action waits for it.
    pub busy: RwSignal<Option<i64>>,
    /// The last action's failure, by 1on1.
    pub failed: RwSignal<Option<(i64, ApiError)>>,
    /// The form that is open: accept (place and message), decline or cancel.
    pub open: RwSignal<Option<(i64, Action)>>,
    /// Typed into an open decline or cancel form.
    pub message: RwSignal<String>,
    /// The open accept form.
    pub draft: RwSignal<AcceptDraft>,
    pub draft_errors: RwSignal<Vec<FieldError>>,
    /// Where the mentor's accept form starts (their remembered default).
    pub place_default: RwSignal<Option<Place>>,
    /// Runs an action on a 1on1 (with what its open form holds).
    pub act: Callback<(i64, Action)>,
}

impl Board {
    /// The board over `list`, with `open` (the page closes forms when it
    /// reloads); `reload` reads the list again quietly, `notice` says what
    /// an action did.
    pub fn new(
        me: i64,
        list: RwSignal<Remote<Vec<OneOnOne>>>,
        open: RwSignal<Option<(i64, Action)>>,
        reload: Callback<()>,
        notice: RwSignal<Option<String>>,
        notice_slot: NodeRef<leptos::html::Div>,
    ) -> Board {
        let i18n = use_i18n();
        let busy = RwSignal::new(None);
        let failed = RwSignal::new(None);
        let message = RwSignal::new(String::new());
        let draft = RwSignal::new(AcceptDraft::default());
        let draft_errors = RwSignal::new(Vec::new());
        let place_default = RwSignal::new(None);
        let act = Callback::new(move |(id, action): (i64, Action)| {
            let lang = i18n.lang_untracked();
            let name = list.with_untracked(|l| l.ready().and_then(|all| other_name(all, id, me, lang)));
            // Accepting sends the open form's content, else the default place
            // shown beside the button.
            let acceptance = || {
                if open.get_untracked() == Some((id, Action::Accept)) {
                    draft.with_untracked(AcceptDraft::to_acceptance)
                } else {
                    Ok(Acceptance { place: place_default.get_untracked(), message: None })
                }
            };
            let body = match action {
                Action::Accept => match acceptance() {
                    Ok(body) => Some(body),
                    Err(errors) => {
                        draft_errors.set(errors);
                        return;
                    }
                },
                _ => None,
            };
            busy.set(Some(id));
            failed.set(None);
            let text_to_send = message.get_untracked();
            spawn_local(async move {
                let result = match (action, &body) {
                    (Action::Accept, Some(body)) => api::one_on_ones::accept(id, body).await,
                    (Action::Decline, _) => api::one_on_ones::close(id, "decline", &text_to_send).await,
                    _ => api::one_on_ones::close(id, "cancel", &text_to_send).await,
                };
                busy.try_set(None);
                match result {
                    Ok(_) => {
                        // The server remembers a place given as the default; so does the page.
                        if let Some(place) = body.and_then(|b| b.place) {
                            place_default.try_set(Some(place));
                        }
                        let done =
                            format(text(lang, done_key(action)), &[("name", &name.unwrap_or_default())]);
                        notice.try_set(Some(done));
                        focus_soon(notice_slot);
                        reload.run(());
                    }
                    Err(e) => {
                        // The 1on1 moved on meanwhile: show where it stands now.
                        if moved_on(&e) {
                            reload.run(());
                        }
                        let fields = e.field_errors().to_vec();
                        if action == Action::Accept && !fields.is_empty() && open.get_untracked().is_some() {
                            draft_errors.try_set(fields);
                        } else {
                            // The row shows it in its alert, which takes focus.
                            failed.try_set(Some((id, e)));
                        }
                    }
                }
            });
        });
        Board { me, list, busy, failed, open, message, draft, draft_errors, place_default, act }
    }

    /// Reads where the mentor's accept form starts; without it the form starts empty.
    pub fn load_place_default(&self) {
        let place_default = self.place_default;
        spawn_local(async move {
            if let Ok(place) = api::one_on_ones::place_default().await {
                place_default.try_set(place);
            }
        });
    }
}
