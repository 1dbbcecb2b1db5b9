use naname_contract::people::Person;
use naname_contract::search::reading_order;
use naname_contract::Page;
use naname_server::seed::org::{DEPARTMENTS, ENGINEERING, PEOPLE};

use crate::common::TestApp;

fn names(page: &Page<Person>) -> Vec<&str> {
    page.items.iter().map(|p| p.name.as_str()).collect()
}

#[tokio::test]
async fn lists_everyone_sorted_by_reading_with_paging() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let first: Page<Person> = app.get_json("/api/people", &s).await;
    assert_eq!(first.total as usize, PEOPLE.len());
    assert!(first.total >= 70);
    assert_eq!((first.offset, first.limit, first.items.len()), (0, 24, 24));

    let all: Page<Person> = app.get_json("/api/people?limit=100", &s).await;
    let readings: Vec<&str> = all.items.iter().map(|p| p.name_reading.as_str()).collect();
    let mut sorted = readings.clone();
    sorted.sort_by(|a, b| reading_order(a, b));
    assert_eq!(readings, sorted);
    // Foreign names are read in katakana and sort among the hiragana ones (あいうえお).
    let at = |reading: &str| readings.iter().position(|r| *r == reading).unwrap();
    assert!(at("おがわ だいき") < at("オリバー ベネット") && at("オリバー ベネット") < at("かとう りょう"));
    assert!(at("エミリー カーター") < at("えんどう れん"));
    assert_eq!(&all.items[..24], &first.items[..]);

    let last: Page<Person> = app.get_json("/api/people?offset=70&limit=10", &s).await;
    assert_eq!(last.items.len(), PEOPLE.len() - 70);
    assert!(!last.has_more());
    let beyond: Page<Person> = app.get_json("/api/people?offset=500", &s).await;
    assert!(beyond.items.is_empty());
    assert_eq!(beyond.total as usize, PEOPLE.len());

    let departments: std::collections::HashSet<i64> = all.items.iter().map(|p| p.department.id).collect();
    assert!(departments.len() >= 6);
    let zones: std::collections::HashSet<&str> = all.items.iter().map(|p| p.time_zone.as_str()).collect();
    for zone in ["Asia/Tokyo", "Asia/Singapore", "Europe/London", "America/New_York"] {
        assert!(zones.contains(zone), "{zone}");
    }
}

#[tokio::test]
async fn search_folds_kana_width_and_case() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    for q in [
        "さとう",
        "サトウ",
        "佐藤",
        "misaki",
        "MISAKI",
        "%EF%BC%AD%EF%BD%89%EF%BD%93%EF%BD%81%EF%BD%8B%EF%BD%89",
        "佐藤美咲",
        "sato%20misaki",
    ] {
        let page: Page<Person> = app.get_json(&format!("/api/people?q={q}"), &s).await;
        assert!(names(&page).contains(&"佐藤 美咲"), "{q}: {:?}", names(&page));
    }
    // Every word must match somewhere: name and department.
    let page: Page<Person> =
        app.get_json("/api/people?q=%E3%81%95%E3%81%A8%E3%81%86%20%E5%96%B6%E6%A5%AD", &s).await;
    assert_eq!(names(&page), vec!["佐藤 美咲"]);
    let page: Page<Person> = app.get_json("/api/people?q=sato%20engineering", &s).await;
    assert!(page.items.is_empty(), "{:?}", names(&page));
}

#[tokio::test]
async fn search_covers_department_office_and_title() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let engineering: Page<Person> = app.get_json("/api/people?q=Engineering&limit=100", &s).await;
    let expected =
        PEOPLE.iter().filter(|p| p.department == ENGINEERING || p.title.1.contains("Engineering")).count();
    assert_eq!(engineering.total as usize, expected);
    assert!(engineering
        .items
        .iter()
        .all(|p| p.department.id == ENGINEERING || p.title.en.contains("Engineering")));
    assert_eq!(DEPARTMENTS[1].2, "Engineering");

    let london: Page<Person> = app.get_json("/api/people?q=%E3%83%AD%E3%83%B3%E3%83%89%E3%83%B3", &s).await;
    assert!(!london.items.is_empty());
    assert!(london.items.iter().all(|p| p.office.en == "London Office"));
    assert!(london.items.iter().all(|p| p.time_zone == "Europe/London"));

    let heads: Page<Person> = app.get_json("/api/people?q=%E9%83%A8%E9%95%B7&limit=100", &s).await;
    assert!(heads.items.iter().all(|p| p.title.ja.contains("部長")), "{:?}", names(&heads));
}

#[tokio::test]
async fn mentor_flag_follows_approved_themes_only() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let page: Page<Person> = app.get_json("/api/people?q=endo", &s).await;
    let endo = page.items.iter().find(|p| p.name == "遠藤 蓮").expect("遠藤 蓮");
    assert!(!endo.is_mentor, "a pending registration does not make a mentor");
    let page: Page<Person> = app.get_json("/api/people?q=takahashi", &s).await;
    assert!(page.items.iter().any(|p| p.name == "高橋 彩" && p.is_mentor));
}

#[tokio::test]
async fn bad_queries_are_422_problems() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let p = app.get(&format!("/api/people?q={}", "a".repeat(101)), Some(&s)).await.problem(422, "validation");
    assert_eq!(p.errors[0].field, "q");
    let p = app.get("/api/people?limit=101", Some(&s)).await.problem(422, "validation");
    assert_eq!((p.errors[0].field.as_str(), p.errors[0].code.as_str()), ("limit", "out_of_range"));
    let p = app.get("/api/people?offset=-1", Some(&s)).await.problem(422, "validation");
    assert_eq!(p.errors[0].field, "offset");
    let p = app.get("/api/people?sort=name", Some(&s)).await.problem(422, "validation");
    assert_eq!((p.errors[0].field.as_str(), p.errors[0].code.as_str()), ("sort", "unknown_field"));
    // People take no theme filter.
    app.get("/api/people?theme=1", Some(&s)).await.problem(422, "validation");
    // Percent-encoding that is not UTF-8 is not a 500.
    let res = app.get("/api/people?q=%FF", Some(&s)).await;
    assert!(res.status.is_success() || res.status.as_u16() == 422, "{}", res.status);
}
