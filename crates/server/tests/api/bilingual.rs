//! What mentors write in Japanese and English: `/api/me/mentor-profile`,
//! English answers, and search over both languages.

use axum::http::Method;
use naname_contract::mentor_themes::MyRegistration;
use naname_contract::mentors::{Mentor, MentorProfile, MAX_TALK_ABOUT_CHARS};
use naname_contract::{Page, UserText};
use serde_json::json;

use crate::admin::{create_theme, theme_body, write};
use crate::common::TestApp;

const PROFILE: &str = "/api/me/mentor-profile";

async fn search(app: &TestApp, s: &crate::common::Session, q: &str) -> Vec<Mentor> {
    let page: Page<Mentor> = app.get_json(&format!("/api/mentors?limit=100&q={q}"), s).await;
    page.items
}

fn names(mentors: &[Mentor]) -> Vec<&str> {
    mentors.iter().map(|m| m.person.name.as_str()).collect()
}

#[tokio::test]
async fn search_finds_a_mentor_by_the_english_side_of_their_text() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    // 池田 誠 wrote ロンドン in Japanese and London in English.
    let london = search(&app, &s, "london").await;
    assert!(names(&london).contains(&"池田 誠"), "{:?}", names(&london));
    let ikeda = london.iter().find(|m| m.person.name == "池田 誠").unwrap();
    assert!(ikeda.talk_about.ja.contains("ロンドン") && ikeda.talk_about.en.contains("London"));
    let rondon = search(&app, &s, "%E3%83%AD%E3%83%B3%E3%83%89%E3%83%B3").await;
    assert!(names(&rondon).contains(&"池田 誠"));

    // The demo has both fallbacks: Japanese only, and English only.
    let maeda = search(&app, &s, "maeda").await;
    assert_eq!(maeda[0].talk_about.en, "");
    assert!(!maeda[0].talk_about.ja.is_empty());
    let oliver = search(&app, &s, "oliver").await;
    assert_eq!(oliver[0].talk_about.ja, "");
    assert!(oliver[0].talk_about.en.contains("London"));
    // Language-neutral answers are not, English-only ones are as written.
    let sports = oliver[0].themes.iter().flat_map(|t| &t.answers).next().unwrap();
    assert_eq!(sports.answer, UserText::new("", "Football (20 years at a local club)"));
}

#[tokio::test]
async fn the_profile_round_trips_and_is_searchable_at_once() {
    let app = TestApp::new().await;
    let mentor = app.login("mentor@example.com").await;
    let other = app.login("mentee@example.com").await;
    // Warm the list cache: the write must still show on the next answer.
    assert!(search(&app, &other, "bristol").await.is_empty());

    let before: MentorProfile = app.get_json(PROFILE, &mentor).await;
    assert!(before.talk_about.ja.starts_with("2024年にSIerから転職"));
    assert!(before.talk_about.en.starts_with("I moved here"));

    let body = json!({ "talk_about": { "ja": " ブリストル育ちです。 ", "en": " I grew up in Bristol. " } });
    let res = write(&app, Method::PUT, PROFILE, &mentor, Some(body), &[]).await;
    assert_eq!(res.status, 200, "{}", res.text());
    let saved: MentorProfile = res.json();
    assert_eq!(saved.talk_about, UserText::new("ブリストル育ちです。", "I grew up in Bristol."));
    assert_eq!(app.get_json::<MentorProfile>(PROFILE, &mentor).await, saved);

    let found = search(&app, &other, "bristol").await;
    assert_eq!(names(&found), ["高橋 彩"]);
    assert_eq!(found[0].talk_about, saved.talk_about);
    assert_eq!(
        names(&search(&app, &other, "%E3%83%96%E3%83%AA%E3%82%B9%E3%83%88%E3%83%AB").await),
        ["高橋 彩"]
    );

    // English only: the Japanese side is emptied, the old words are gone from search.
    let body = json!({ "talk_about": { "en": "Bristol, then Leeds." } });
    let saved: MentorProfile = write(&app, Method::PUT, PROFILE, &mentor, Some(body), &[]).await.json();
    assert_eq!(saved.talk_about, UserText::new("", "Bristol, then Leeds."));
    assert!(search(&app, &other, "%E3%83%96%E3%83%AA%E3%82%B9%E3%83%88%E3%83%AB").await.is_empty());
    assert_eq!(names(&search(&app, &other, "leeds").await), ["高橋 彩"]);
}

#[tokio::test]
async fn a_person_who_is_not_yet_a_mentor_can_write_it() {
    let app = TestApp::new().await;
    let mentee = app.login("mentee@example.com").await;
    let empty: MentorProfile = app.get_json(PROFILE, &mentee).await;
    assert_eq!(empty.talk_about, UserText::default());
    let body = json!({ "talk_about": { "ja": "海外出張の話", "en": "" } });
    let res = write(&app, Method::PUT, PROFILE, &mentee, Some(body), &[]).await;
    assert_eq!(res.status, 200, "{}", res.text());
    let mine: MentorProfile = app.get_json(PROFILE, &mentee).await;
    assert_eq!(mine.talk_about, UserText::new("海外出張の話", ""));
    // Not a mentor: nobody finds them as one.
    assert!(search(&app, &mentee, "%E6%B5%B7%E5%A4%96%E5%87%BA%E5%BC%B5%E3%81%AE%E8%A9%B1").await.is_empty());
}

#[tokio::test]
async fn bad_profiles_are_refused_with_the_field() {
    let app = TestApp::new().await;
    let mentor = app.login("mentor@example.com").await;
    let long = "a".repeat(MAX_TALK_ABOUT_CHARS + 1);
    let res =
        write(&app, Method::PUT, PROFILE, &mentor, Some(json!({ "talk_about": { "en": long } })), &[]).await;
    let problem = res.problem(422, "validation");
    assert_eq!(problem.errors[0].field, "talk_about.en");
    assert_eq!(problem.errors[0].code, "too_long");
    for body in [
        json!({ "talk_about": { "ja": "x", "fr": "y" } }),
        json!({ "talk_about": "x" }),
        json!({}),
        json!({ "talk_about": {}, "extra": 1 }),
    ] {
        write(&app, Method::PUT, PROFILE, &mentor, Some(body), &[]).await.problem(422, "validation");
    }
    // Nothing was stored.
    let kept: MentorProfile = app.get_json(PROFILE, &mentor).await;
    assert!(kept.talk_about.ja.starts_with("2024年"));

    app.get(PROFILE, None).await.problem(401, "unauthenticated");
    let no_csrf = crate::common::Session { cookie: mentor.cookie.clone(), csrf: "wrong".into() };
    write(&app, Method::PUT, PROFILE, &no_csrf, Some(json!({ "talk_about": {} })), &[])
        .await
        .problem(403, "csrf");
}

#[tokio::test]
async fn answers_have_an_english_side_for_text_items_only() {
    let app = TestApp::new().await;
    let admin = app.login("admin@example.com").await;
    let mentee_id = app.person_id("mentee@example.com").await;
    let mentee = app.session_for(mentee_id).await;
    let (theme, _) = create_theme(&app, &admin, theme_body(3, "海外出張")).await;
    let register = json!({ "person_ids": [mentee_id] });
    let path = format!("/api/admin/themes/{}/registrations", theme.id);
    assert_eq!(write(&app, Method::POST, &path, &admin, Some(register), &[]).await.status, 200);
    let [country, kind, year] = [0, 1, 2].map(|i| theme.required_items[i].id.to_string());
    let approve = format!("/api/me/mentor-themes/{}/approve", theme.id);

    // A choice or a year has no English side.
    let body = json!({ "answers": { kind.clone(): "駐在" }, "answers_en": { country.clone(): "USA", kind.clone(): "Posting" } });
    let problem =
        write(&app, Method::POST, &approve, &mentee, Some(body), &[]).await.problem(422, "validation");
    let fields: Vec<(&str, &str)> =
        problem.errors.iter().map(|e| (e.field.as_str(), e.code.as_str())).collect();
    assert_eq!(fields, [(format!("answers_en[{kind}]").as_str(), "language_neutral")]);

    // The required text item answered in English only is answered.
    let body = json!({ "answers": { kind.clone(): "駐在", year.clone(): "2019" }, "answers_en": { country.clone(): " USA " } });
    let res = write(&app, Method::POST, &approve, &mentee, Some(body), &[]).await;
    assert_eq!(res.status, 200, "{}", res.text());
    let reg: MyRegistration = res.json();
    assert!(!reg.needs_answer);
    assert_eq!(reg.answers_en.get(&theme.required_items[0].id).map(String::as_str), Some("USA"));
    assert!(!reg.answers.contains_key(&theme.required_items[0].id));

    // On the card: the text answer as written, the choice and the year the same in both.
    let page: Page<Mentor> = app.get_json(&format!("/api/mentors?theme={}", theme.id), &admin).await;
    let answers = &page.items[0].themes.iter().find(|t| t.theme_id == theme.id).unwrap().answers;
    let shown: Vec<&UserText> = answers.iter().map(|a| &a.answer).collect();
    assert_eq!(shown, [&UserText::new("", "USA"), &UserText::neutral("駐在"), &UserText::neutral("2019")]);

    // Editing adds the Japanese side; an answer without `answers_en` drops the English one.
    let put = format!("/api/me/mentor-themes/{}/answers", theme.id);
    let body = json!({ "answers": { country.clone(): "米国", kind.clone(): "出張" }, "answers_en": { country.clone(): "USA" } });
    let reg: MyRegistration = write(&app, Method::PUT, &put, &mentee, Some(body), &[]).await.json();
    assert_eq!(reg.answers.get(&theme.required_items[0].id).map(String::as_str), Some("米国"));
    assert_eq!(reg.answers_en.len(), 1);
    let body = json!({ "answers": { country.clone(): "米国", kind: "出張" } });
    let reg: MyRegistration = write(&app, Method::PUT, &put, &mentee, Some(body), &[]).await.json();
    assert!(reg.answers_en.is_empty());
    // Too long in English names the English side.
    let body =
        json!({ "answers": { country.clone(): "米国" }, "answers_en": { country.clone(): "x".repeat(61) } });
    let problem = write(&app, Method::PUT, &put, &mentee, Some(body), &[]).await.problem(422, "validation");
    assert!(problem
        .errors
        .iter()
        .any(|e| e.field == format!("answers_en[{country}]") && e.code == "too_long"));
}
