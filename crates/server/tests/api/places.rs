//! Where a 1on1 happens: accepting with a place and a message, the mentor's
//! remembered default (`/api/me/place-default`), both people's view of it,
//! and the calendar file's LOCATION, URL and DESCRIPTION.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use naname_contract::one_on_ones::{OneOnOne, Status};
use naname_contract::place::{Place, PlaceDefault, PlaceKind};
use naname_contract::CSRF_HEADER;
use naname_server::ics::{unfold, MAX_LINE_OCTETS};

use crate::common::{Session, TestApp, TestResponse};

const LINK: &str = "https://meet.example.com/abc-defg-hij?pwd=1,2";

/// The seeded request of 宮崎 遥 to 高橋 彩 (mentor@example.com), its mentor and its mentee.
async fn request(app: &TestApp) -> (OneOnOne, Session, Session) {
    let mentor = app.login("mentor@example.com").await;
    let waiting: Vec<OneOnOne> = app.get_json("/api/one-on-ones?as=mentor&status=requested", &mentor).await;
    assert_eq!(waiting.len(), 1, "{waiting:#?}");
    let mentee = app.session_for(waiting[0].mentee.id).await;
    (waiting[0].clone(), mentor, mentee)
}

async fn put(app: &TestApp, path: &str, session: &Session, body: &str) -> TestResponse {
    app.send(
        Request::builder()
            .method(Method::PUT)
            .uri(path)
            .header(header::COOKIE, &session.cookie)
            .header(CSRF_HEADER, &session.csrf)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .expect("request"),
    )
    .await
}

async fn default_of(app: &TestApp, session: &Session) -> Option<Place> {
    app.get_json::<PlaceDefault>("/api/me/place-default", session).await.place
}

fn accept_path(o: &OneOnOne) -> String {
    format!("/api/one-on-ones/{}/accept", o.id)
}

#[tokio::test]
async fn accepting_with_a_link_shows_it_to_both_and_in_the_calendar_file() {
    let app = TestApp::new().await;
    let (o, mentor, mentee) = request(&app).await;
    assert_eq!(default_of(&app, &mentor).await, None);
    assert_eq!((o.place.clone(), o.acceptance_message.clone()), (None, None));

    let body = serde_json::json!({
        "place": { "kind": "online", "value": format!("  {LINK}  ") },
        "message": "  当日はカメラオンでお願いします。\n資料は不要です。  ",
    })
    .to_string();
    let res = app.post(&accept_path(&o), &mentor, Some(&body), &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let accepted: OneOnOne = res.json();
    let place = Place::new(PlaceKind::Online, LINK);
    assert_eq!(accepted.status, Status::Accepted);
    assert_eq!(accepted.place.as_ref(), Some(&place), "trimmed");
    assert_eq!(
        accepted.acceptance_message.as_deref(),
        Some("当日はカメラオンでお願いします。\n資料は不要です。")
    );
    assert_eq!(accepted.message, None, "the decline/cancel message stays apart");

    // The mentee sees it in the list and alone.
    let mine: Vec<OneOnOne> = app.get_json("/api/one-on-ones?as=mentee", &mentee).await;
    let seen = mine.iter().find(|x| x.id == o.id).expect("in the mentee's list");
    assert_eq!(seen.place.as_ref(), Some(&place));
    assert_eq!(seen.acceptance_message, accepted.acceptance_message);

    // Remembered as the mentor's default.
    assert_eq!(default_of(&app, &mentor).await, Some(place.clone()));

    // The calendar file, for both, in both languages.
    for (session, lang) in [(&mentee, "ja"), (&mentor, "en")] {
        let res = app.get(&format!("/api/one-on-ones/{}.ics?lang={lang}", o.id), Some(session)).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.text());
        let text = res.text();
        assert!(text.split("\r\n").all(|l| l.len() <= MAX_LINE_OCTETS), "folded:\n{text}");
        let lines = unfold(&text);
        assert!(
            lines.contains(&"LOCATION:https://meet.example.com/abc-defg-hij?pwd=1\\,2".to_string()),
            "{lines:#?}"
        );
        assert!(lines.contains(&format!("URL:{LINK}")), "a URI is not TEXT-escaped: {lines:#?}");
        assert!(lines.contains(&"STATUS:CONFIRMED".to_string()));
        let description = lines.iter().find(|l| l.starts_with("DESCRIPTION:")).unwrap();
        let (place_label, message_label) = if lang == "ja" {
            ("場所: オンライン", "メンターからのメッセージ: ")
        } else {
            ("Place: Online", "Message from the mentor: ")
        };
        assert!(description.contains(place_label), "{description}");
        assert!(
            description
                .contains(&format!("{message_label}当日はカメラオンでお願いします。\\n資料は不要です。\\n")),
            "{description}"
        );
    }

    // Cancelling later keeps where it was to be, and its own message apart.
    let cancelled: OneOnOne = app
        .post(&format!("/api/one-on-ones/{}/cancel", o.id), &mentor, Some(r#"{"message":"急用です"}"#), &[])
        .await
        .json();
    assert_eq!(cancelled.place.as_ref(), Some(&place));
    assert_eq!(cancelled.message.as_deref(), Some("急用です"));
    assert_eq!(cancelled.acceptance_message, accepted.acceptance_message);
}

#[tokio::test]
async fn an_office_room_with_hostile_text_is_escaped_in_the_calendar_file() {
    let app = TestApp::new().await;
    let (o, mentor, mentee) = request(&app).await;
    let room = r#"本社 12F, 会議室; "さくら" \ 奥"#;
    let message = "END:VEVENT\nATTENDEE:mailto:evil@example.com\n".to_string() + &"長いメッセージ".repeat(30);
    let body =
        serde_json::json!({ "place": { "kind": "office", "value": room }, "message": message }).to_string();
    let res = app.post(&accept_path(&o), &mentor, Some(&body), &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());

    let text = app.get(&format!("/api/one-on-ones/{}.ics", o.id), Some(&mentee)).await.text();
    assert!(!text.replace("\r\n", "").contains('\n'), "no bare LF");
    assert!(text.split("\r\n").all(|l| l.len() <= MAX_LINE_OCTETS), "folded:\n{text}");
    let lines = unfold(&text);
    assert!(lines.contains(&r#"LOCATION:本社 12F\, 会議室\; "さくら" \\ 奥"#.to_string()), "{lines:#?}");
    assert!(!lines.iter().any(|l| l.starts_with("URL")), "a room has no URL");
    assert_eq!(lines.iter().filter(|l| *l == "END:VEVENT").count(), 1);
    assert_eq!(lines.iter().filter(|l| l.starts_with("ATTENDEE")).count(), 1);
    let description = lines.iter().find(|l| l.starts_with("DESCRIPTION:")).unwrap();
    assert!(description.contains(r#"場所: 本社 12F\, 会議室\; "さくら" \\ 奥\n"#), "{description}");
    assert!(
        description.contains(r"END:VEVENT\nATTENDEE:mailto:evil@example.com\n長いメッセージ"),
        "{description}"
    );
    assert_eq!(default_of(&app, &mentor).await, Some(Place::new(PlaceKind::Office, room)));
}

#[tokio::test]
async fn bad_accept_bodies_are_named_and_change_nothing() {
    let app = TestApp::new().await;
    let (o, mentor, _) = request(&app).await;
    let path = accept_path(&o);
    let long_link = format!("https://meet.example.com/{}", "a".repeat(1000));
    let cases: [(String, &str, &str); 8] = [
        (r#"{"where":"online"}"#.into(), "where", "unknown_field"),
        (
            r#"{"place":{"kind":"online","value":"https://x.test","pin":"1"}}"#.into(),
            "place.pin",
            "unknown_field",
        ),
        (r#"{"place":{"kind":"phone","value":"03-1234"}}"#.into(), "place.kind", "invalid"),
        (
            r#"{"place":{"kind":"online","value":"http://meet.example.com/x"}}"#.into(),
            "place.value",
            "invalid",
        ),
        (r#"{"place":{"kind":"online","value":"javascript:alert(1)"}}"#.into(), "place.value", "invalid"),
        (r#"{"place":{"kind":"office","value":"   "}}"#.into(), "place.value", "required"),
        (
            serde_json::json!({ "place": { "kind": "online", "value": long_link } }).to_string(),
            "place.value",
            "too_long",
        ),
        (serde_json::json!({ "message": "あ".repeat(1001) }).to_string(), "message", "too_long"),
    ];
    for (body, field, code) in cases {
        let p = app.post(&path, &mentor, Some(&body), &[]).await.problem(422, "validation");
        assert_eq!((p.errors[0].field.as_str(), p.errors[0].code.as_str()), (field, code), "{body}: {p:?}");
    }
    let p = app
        .post(&path, &mentor, Some(r#"{"place":{"kind":"online"}}"#), &[])
        .await
        .problem(422, "validation");
    assert_eq!(p.errors[0].field, "place.value");

    let not_json = app
        .send(
            Request::post(&path)
                .header(header::COOKIE, &mentor.cookie)
                .header(CSRF_HEADER, &mentor.csrf)
                .header(header::CONTENT_TYPE, "text/plain")
                .body(Body::from("online"))
                .unwrap(),
        )
        .await;
    not_json.problem(415, "unsupported_media_type");
    let huge = serde_json::json!({ "message": "x".repeat(70 * 1024) }).to_string();
    app.post(&path, &mentor, Some(&huge), &[]).await.problem(413, "payload_too_large");
    app.post(&path, &mentor, Some("{"), &[]).await.problem(400, "bad_request");

    let still: OneOnOne = app.get_json(&format!("/api/one-on-ones/{}", o.id), &mentor).await;
    assert_eq!((still.status, still.place), (Status::Requested, None));
    assert_eq!(default_of(&app, &mentor).await, None);
}

#[tokio::test]
async fn only_the_mentor_of_the_request_accepts_it_with_a_place() {
    let app = TestApp::new().await;
    let (o, mentor, mentee) = request(&app).await;
    let body = format!(r#"{{"place":{{"kind":"online","value":"{LINK}"}}}}"#);
    let admin = app.login("admin@example.com").await;
    app.post(&accept_path(&o), &admin, Some(&body), &[]).await.problem(404, "not_found");
    // Another mentor is a stranger to this 1on1 too.
    let other_mentor = app.session_for(app.person_id("misaki.sato@example.com").await).await;
    app.post(&accept_path(&o), &other_mentor, Some(&body), &[]).await.problem(404, "not_found");
    app.post(&accept_path(&o), &mentee, Some(&body), &[]).await.problem(403, "forbidden");
    assert_eq!(default_of(&app, &other_mentor).await, None, "a refused accept sets no default");
    let without_csrf = app
        .send(
            Request::post(accept_path(&o))
                .header(header::COOKIE, &mentor.cookie)
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body.clone()))
                .unwrap(),
        )
        .await;
    without_csrf.problem(403, "csrf");

    // A mentor declines a request; cancelling is for what they accepted.
    app.post(&format!("/api/one-on-ones/{}/cancel", o.id), &mentor, None, &[])
        .await
        .problem(403, "forbidden");
    let still: OneOnOne = app.get_json(&format!("/api/one-on-ones/{}", o.id), &mentee).await;
    assert_eq!((still.status, still.place), (Status::Requested, None));
    // The mentee can still withdraw it.
    let res = app.post(&format!("/api/one-on-ones/{}/cancel", o.id), &mentee, None, &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
}

#[tokio::test]
async fn the_default_place_is_remembered_per_mentor() {
    let app = TestApp::new().await;
    let (o, mentor, mentee) = request(&app).await;
    let path = "/api/me/place-default";
    app.get(path, None).await.problem(401, "unauthenticated");
    assert_eq!(app.get_json::<PlaceDefault>(path, &mentee).await, PlaceDefault { place: None });

    // Set by hand (trimmed), read back, forgotten.
    let res = put(&app, path, &mentor, r#"{"place":{"kind":"office","value":"  本社 12F さくら  "}}"#).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let room = Place::new(PlaceKind::Office, "本社 12F さくら");
    assert_eq!(res.json::<PlaceDefault>().place.as_ref(), Some(&room));
    assert_eq!(default_of(&app, &mentor).await, Some(room.clone()));
    let other_mentor = app.session_for(app.person_id("misaki.sato@example.com").await).await;
    assert_eq!(default_of(&app, &other_mentor).await, None, "one default per mentor");

    // Accepting without a place leaves the default; with one, replaces it.
    let res = app.post(&accept_path(&o), &mentor, None, &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert_eq!(res.json::<OneOnOne>().place, None, "no place given, none stored");
    assert_eq!(default_of(&app, &mentor).await, Some(room));

    let res = put(&app, path, &mentor, r#"{"place":null}"#).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert_eq!(default_of(&app, &mentor).await, None);

    // Refusals.
    put(&app, path, &mentee, r#"{"place":{"kind":"office","value":"3F"}}"#).await.problem(403, "forbidden");
    assert_eq!(default_of(&app, &mentee).await, None, "not a mentor");
    let p = put(&app, path, &mentor, r#"{"place":{"kind":"online","value":"meet.example.com"}}"#)
        .await
        .problem(422, "validation");
    assert_eq!(p.errors[0].field, "place.value");
    let p = put(&app, path, &mentor, r#"{"place":null,"kind":"office"}"#).await.problem(422, "validation");
    assert_eq!((p.errors[0].field.as_str(), p.errors[0].code.as_str()), ("kind", "unknown_field"));
    let res = app
        .send(
            Request::put(path)
                .header(header::COOKIE, &mentor.cookie)
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(r#"{"place":null}"#))
                .unwrap(),
        )
        .await;
    res.problem(403, "csrf");
}
