//! The mentor's accept form: where (no place yet, a video link, a room)
//! and a message, started from their remembered default, checked by the
//! contract's rules before it is sent.

use naname_contract::place::{Acceptance, Place, PlaceKind};
use naname_contract::FieldError;

use crate::i18n::Key;

/// What the accept form holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AcceptDraft {
    /// `None`: accept without saying where.
    pub kind: Option<PlaceKind>,
    /// The link or the room; kept while the kind changes, so switching
    /// back and forth loses nothing.
    pub link: String,
    pub room: String,
    pub message: String,
}

impl AcceptDraft {
    /// The form as it opens: the mentor's default place, no message.
    pub fn from_default(default: Option<&Place>) -> AcceptDraft {
        let mut draft = AcceptDraft::default();
        if let Some(p) = default {
            draft.kind = Some(p.kind);
            match p.kind {
                PlaceKind::Online => draft.link = p.value.clone(),
                PlaceKind::Office => draft.room = p.value.clone(),
            }
        }
        draft
    }

    /// The place as chosen now (untrimmed; the contract trims).
    pub fn place(&self) -> Option<Place> {
        self.kind.map(|kind| {
            let value = match kind {
                PlaceKind::Online => &self.link,
                PlaceKind::Office => &self.room,
            };
            Place::new(kind, value.clone())
        })
    }

    /// The body to send, or the field errors the server would give.
    pub fn to_acceptance(&self) -> Result<Acceptance, Vec<FieldError>> {
        let body = Acceptance { place: self.place(), message: Some(self.message.clone()) }.trimmed();
        body.validate().map(|()| body)
    }
}

/// The message of a field error of the accept form, by field and code.
pub fn field_key(field: &str, code: &str, kind: Option<PlaceKind>) -> Key {
    match (field, code, kind) {
        ("place.value", "required", Some(PlaceKind::Online)) => Key::PlaceErrLinkRequired,
        ("place.value", "required", _) => Key::PlaceErrRoomRequired,
        ("place.value", "too_long", _) => Key::ErrFieldTooLong,
        ("place.value", _, Some(PlaceKind::Online)) => Key::PlaceErrLinkInvalid,
        ("place.value", _, _) => Key::PlaceErrRoomInvalid,
        ("message", _, _) => Key::AcceptErrMessageTooLong,
        (field, code, _) => crate::api::field_error_key(field, code),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use naname_contract::one_on_ones::MAX_MESSAGE_CHARS;

    #[test]
    fn opens_with_the_default() {
        let link = Place::new(PlaceKind::Online, "https://meet.example.com/x");
        let draft = AcceptDraft::from_default(Some(&link));
        assert_eq!(
            (draft.kind, draft.link.as_str(), draft.room.as_str()),
            (Some(PlaceKind::Online), link.value.as_str(), "")
        );
        assert_eq!(draft.place(), Some(link));
        let room = AcceptDraft::from_default(Some(&Place::new(PlaceKind::Office, "3F")));
        assert_eq!(room.place(), Some(Place::new(PlaceKind::Office, "3F")));
        assert_eq!(AcceptDraft::from_default(None), AcceptDraft::default());
    }

    #[test]
    fn what_is_sent() {
        let mut draft = AcceptDraft {
            link: " https://meet.example.com/x ".into(),
            room: "3F".into(),
            ..Default::default()
        };
        // No kind chosen: no place, whatever was typed before.
        assert_eq!(draft.to_acceptance(), Ok(Acceptance::default()));
        draft.kind = Some(PlaceKind::Online);
        draft.message = "  よろしくお願いします  ".into();
        let body = draft.to_acceptance().unwrap();
        assert_eq!(body.place, Some(Place::new(PlaceKind::Online, "https://meet.example.com/x")));
        assert_eq!(body.message.as_deref(), Some("よろしくお願いします"));
        // Switching kind keeps what each field held.
        draft.kind = Some(PlaceKind::Office);
        assert_eq!(draft.to_acceptance().unwrap().place, Some(Place::new(PlaceKind::Office, "3F")));
    }

    #[test]
    fn errors_name_the_field() {
        let draft = AcceptDraft {
            kind: Some(PlaceKind::Online),
            link: "meet.example.com".into(),
            ..Default::default()
        };
        let errors = draft.to_acceptance().unwrap_err();
        assert_eq!((errors[0].field.as_str(), errors[0].code.as_str()), ("place.value", "invalid"));
        assert_eq!(field_key("place.value", "invalid", draft.kind), Key::PlaceErrLinkInvalid);
        let empty = AcceptDraft { kind: Some(PlaceKind::Office), ..Default::default() };
        let errors = empty.to_acceptance().unwrap_err();
        assert_eq!(field_key(&errors[0].field, &errors[0].code, empty.kind), Key::PlaceErrRoomRequired);
        assert_eq!(field_key("place.value", "required", Some(PlaceKind::Online)), Key::PlaceErrLinkRequired);
        let long = AcceptDraft { message: "あ".repeat(MAX_MESSAGE_CHARS + 1), ..Default::default() };
        assert_eq!(long.to_acceptance().unwrap_err()[0].field, "message");
        assert_eq!(field_key("message", "too_long", None), Key::AcceptErrMessageTooLong);
        assert_eq!(field_key("place.kind", "invalid", None), Key::ErrFieldInvalid);
    }
}
