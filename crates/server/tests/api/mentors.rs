use chrono::{DateTime, Utc};
use naname_contract::mentors::{facet_counts, holds_all, Mentor, MentorPage};
use naname_contract::one_on_ones::MentorSlots;
use naname_contract::search::reading_order;
use naname_contract::themes::ThemeCatalog;
use naname_contract::Page;
use naname_server::seed::mentors::MENTORS;
use naname_server::seed::org::PEOPLE;
use naname_server::seed::themes::*;

use crate::common::{at, request_body, Session, TestApp};

/// Names of the seeded mentors holding every theme in `wanted`, sorted by
/// reading: the expected answer, computed from the seed tables alone.
fn expected(wanted: &[i64]) -> Vec<&'static str> {
    let mut found: Vec<(&str, &str)> = MENTORS
        .iter()
        .filter(|m| !m.approved.is_empty())
        .filter(|m| {
            let held: Vec<i64> = m.approved.iter().map(|(id, _)| *id).collect();
            holds_all(&held, wanted)
        })
        .filter_map(|m| PEOPLE.iter().find(|p| p.email() == m.email))
        .map(|p| (p.reading, p.name))
        .collect();
    found.sort_by(|a, b| reading_order(a.0, b.0).then(a.1.cmp(b.1)));
    found.into_iter().map(|(_, name)| name).collect()
}

fn names(page: &Page<Mentor>) -> Vec<&str> {
    page.items.iter().map(|m| m.person.name.as_str()).collect()
}

async fn mentors(app: &TestApp, s: &Session, query: &str) -> Page<Mentor> {
    app.get_json(&format!("/api/mentors?limit=100&{query}"), s).await
}

#[tokio::test]
async fn without_a_filter_every_mentor_is_listed() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let page = mentors(&app, &s, "").await;
    assert_eq!(names(&page), expected(&[]));
    assert!(page.total >= 20);
    assert!(page
        .items
        .iter()
        .all(|m| m.person.is_mentor && !m.themes.is_empty() && !m.talk_about.is_empty()));
    assert!(!names(&page).contains(&"遠藤 蓮"), "pending only is not a mentor");
}

#[tokio::test]
async fn one_theme() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    for theme in [PARENTAL_LEAVE, POSTING_ABROAD, CAREER_WITHIN_1] {
        let page = mentors(&app, &s, &format!("theme={theme}")).await;
        assert_eq!(names(&page), expected(&[theme]), "theme {theme}");
        assert!(!page.items.is_empty());
        assert!(page.items.iter().all(|m| m.themes.iter().any(|t| t.theme_id == theme)));
    }
}

#[tokio::test]
async fn two_themes_is_an_intersection() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let page = mentors(&app, &s, &format!("theme={CAREER_1_TO_3}&theme={PARENTAL_LEAVE}")).await;
    let want = expected(&[CAREER_1_TO_3, PARENTAL_LEAVE]);
    assert!(want.len() >= 3);
    assert_eq!(names(&page), want);
    assert_eq!(page.total as usize, want.len());
    assert!(names(&page).contains(&"高橋 彩"));
    // Neither the order nor repeats of the ids matter.
    let again =
        mentors(&app, &s, &format!("theme={PARENTAL_LEAVE}&theme={CAREER_1_TO_3}&theme={PARENTAL_LEAVE}"))
            .await;
    assert_eq!(again, page);
    // Strictly fewer than either theme alone: an intersection, not a union.
    assert!(want.len() < expected(&[CAREER_1_TO_3]).len());
    assert!(want.len() < expected(&[PARENTAL_LEAVE]).len());
}

#[tokio::test]
async fn pairs_nobody_holds_and_unknown_themes_are_empty_not_errors() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    for query in [
        format!("theme={JOINED_2020_OR_EARLIER}&theme={CAREER_WITHIN_1}"),
        format!("theme={POSTING_ABROAD}&theme={PARENTAL_LEAVE}"),
        format!("theme={JOINT_PROPOSALS}"),
        "theme=9999".to_string(),
        format!("theme={PARENTAL_LEAVE}&theme=9999"),
    ] {
        let page = mentors(&app, &s, &query).await;
        assert!(page.items.is_empty(), "{query}: {:?}", names(&page));
        assert_eq!(page.total, 0);
    }
    assert!(expected(&[POSTING_ABROAD, PARENTAL_LEAVE]).is_empty());
}

#[tokio::test]
async fn cards_show_only_approved_themes_with_answers() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let page = mentors(&app, &s, "q=takahashi").await;
    assert_eq!(names(&page), vec!["高橋 彩"]);
    let card = &page.items[0];
    let themes: Vec<i64> = card.themes.iter().map(|t| t.theme_id).collect();
    // Display order: by category, then by theme; the pending 自主勉強会 is absent.
    assert_eq!(themes, vec![CAREER_1_TO_3, CLUBS, PARENTAL_LEAVE, SHORT_HOURS]);
    assert!(!themes.contains(&STUDY_GROUP));
    let leave = card.themes.iter().find(|t| t.theme_id == PARENTAL_LEAVE).unwrap();
    assert_eq!(leave.name.ja, "育休・産休取得");
    assert_eq!(leave.category_id, 4);
    let answers: Vec<(&str, &str)> =
        leave.answers.iter().map(|a| (a.label.ja.as_str(), a.answer.ja.as_str())).collect();
    assert_eq!(answers[0], ("取得時期・期間", "2024年10月〜2025年3月（約6か月）"));
    assert_eq!(answers.len(), 2);
    assert!(card.talk_about.ja.contains("育休"));
    assert!(card.talk_about.en.contains("parental leave"));
    assert_eq!(card.person.department.name.ja, "開発部");

    // Declined registrations do not show either.
    let page = mentors(&app, &s, "q=suzuki").await;
    let suzuki = page.items.iter().find(|m| m.person.name == "鈴木 大輔").unwrap();
    assert!(suzuki.themes.iter().all(|t| t.theme_id != ASSESSMENT));
    let page = mentors(&app, &s, &format!("theme={ASSESSMENT}")).await;
    assert!(!names(&page).contains(&"鈴木 大輔"));
}

#[tokio::test]
async fn search_covers_talk_about_theme_names_people_and_departments() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    // What they talk about.
    assert_eq!(names(&mentors(&app, &s, "q=%E3%83%A9%E3%82%B0%E3%83%93%E3%83%BC").await), vec!["林 浩二"]);
    // A theme name: 海外駐在.
    let abroad = mentors(&app, &s, "q=%E6%B5%B7%E5%A4%96%E9%A7%90%E5%9C%A8").await;
    assert_eq!(names(&abroad), expected(&[POSTING_ABROAD]));
    // An English theme name, in any case.
    let abroad_en = mentors(&app, &s, "q=Posting%20ABROAD").await;
    assert_eq!(names(&abroad_en), expected(&[POSTING_ABROAD]));
    // Latin name, department.
    assert_eq!(names(&mentors(&app, &s, "q=emily").await), vec!["Emily Carter"]);
    // (Some wrote in English that they worked in Customer Success: they match too.)
    let cs = mentors(&app, &s, "q=customer%20success").await;
    let in_cs = |m: &Mentor| m.person.department.name.en == "Customer Success";
    assert!(cs.items.iter().filter(|m| in_cs(m)).count() >= 2);
    assert!(cs.items.iter().all(|m| in_cs(m) || m.talk_about.en.contains("Customer Success")));
    // Combined with a theme filter, both apply.
    let both = mentors(&app, &s, &format!("theme={PARENTAL_LEAVE}&q=%E5%A4%A7%E9%98%AA")).await;
    assert_eq!(names(&both), vec!["吉田 恵"]);
    // A word nobody has.
    assert!(mentors(&app, &s, "q=zzzz").await.items.is_empty());
    // LIKE wildcards are literal.
    assert!(mentors(&app, &s, "q=%25").await.items.is_empty());
    assert!(mentors(&app, &s, "q=_").await.items.is_empty());
}

#[tokio::test]
async fn paging_keeps_the_total() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let all = expected(&[]);
    let first: Page<Mentor> = app.get_json("/api/mentors?limit=5", &s).await;
    assert_eq!((first.items.len(), first.total as usize, first.limit), (5, all.len(), 5));
    assert_eq!(names(&first), &all[..5]);
    let tail_offset = all.len() - 2;
    let tail: Page<Mentor> = app.get_json(&format!("/api/mentors?limit=5&offset={tail_offset}"), &s).await;
    assert_eq!(names(&tail), &all[tail_offset..]);
    assert!(!tail.has_more());
    let beyond: Page<Mentor> = app.get_json("/api/mentors?offset=1000", &s).await;
    assert!(beyond.items.is_empty());
    assert_eq!(beyond.total as usize, all.len());
    let default: Page<Mentor> = app.get_json("/api/mentors", &s).await;
    assert_eq!(default.limit, 24);
}

#[tokio::test]
async fn bad_queries_are_422_problems() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let too_many: String = (1..=21).map(|i| format!("theme={i}&")).collect();
    let p = app.get(&format!("/api/mentors?{too_many}"), Some(&s)).await.problem(422, "validation");
    assert_eq!((p.errors[0].field.as_str(), p.errors[0].code.as_str()), ("theme", "too_many"));
    let p = app.get("/api/mentors?limit=0", Some(&s)).await.problem(422, "validation");
    assert_eq!((p.errors[0].field.as_str(), p.errors[0].code.as_str()), ("limit", "out_of_range"));
    let p = app.get("/api/mentors?limit=abc", Some(&s)).await.problem(422, "validation");
    assert_eq!(p.errors[0].field, "limit");
    let p = app.get("/api/mentors?theme=abc", Some(&s)).await.problem(422, "validation");
    assert!(p.errors[0].field.starts_with("theme"), "{p:?}");
    let p = app.get("/api/mentors?theme=0", Some(&s)).await.problem(422, "validation");
    assert_eq!((p.errors[0].field.as_str(), p.errors[0].code.as_str()), ("theme", "invalid"));
    let p = app.get("/api/mentors?themes=1", Some(&s)).await.problem(422, "validation");
    assert_eq!((p.errors[0].field.as_str(), p.errors[0].code.as_str()), ("themes", "unknown_field"));
    app.get("/api/mentors?limit=99999999999999", Some(&s)).await.problem(422, "validation");
}

#[tokio::test]
async fn bulk_adds_synthetic_mentors_once() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    assert_eq!(naname_server::seed::bulk(&app.pool, 60).await.unwrap(), 60);
    assert_eq!(naname_server::seed::bulk(&app.pool, 60).await.unwrap(), 0);
    let page: Page<Mentor> = app.get_json("/api/mentors?limit=1", &s).await;
    assert_eq!(page.total as usize, expected(&[]).len() + 60);
    let synthetic = mentors(&app, &s, "q=%E5%90%88%E6%88%90%E3%83%87%E3%83%BC%E3%82%BF").await;
    assert_eq!(synthetic.total, 60);
    assert!(synthetic.items.iter().all(|m| m.themes.len() >= 2 && m.themes.len() <= 5));
    // The demo's impossible pair stays empty.
    let page = mentors(&app, &s, &format!("theme={JOINED_2020_OR_EARLIER}&theme={CAREER_WITHIN_1}")).await;
    assert_eq!(page.total, 0);
}

#[tokio::test]
async fn cached_lists_follow_database_changes() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let query = format!("theme={STUDY_GROUP}");
    assert!(!names(&mentors(&app, &s, &query).await).contains(&"高橋 彩"));

    // A write by anyone moves the revision; the cache notices within its recheck interval…
    sqlx::query("UPDATE mentor_themes SET status = 'approved' WHERE mentor_id = 2 AND theme_id = ?")
        .bind(STUDY_GROUP)
        .execute(&app.pool)
        .await
        .unwrap();
    tokio::time::sleep(naname_server::cache::REVISION_RECHECK + std::time::Duration::from_millis(50)).await;
    assert!(names(&mentors(&app, &s, &query).await).contains(&"高橋 彩"));

    // …and at once when the writer says so.
    sqlx::query("UPDATE mentor_themes SET status = 'declined' WHERE mentor_id = 2 AND theme_id = ?")
        .bind(STUDY_GROUP)
        .execute(&app.pool)
        .await
        .unwrap();
    app.state.cache.data_changed();
    assert!(!names(&mentors(&app, &s, &query).await).contains(&"高橋 彩"));
}

/// Every mentor matching `query`, page by page, as the facets see them.
async fn all_pages(app: &TestApp, s: &Session, query: &str) -> Vec<MentorPage> {
    let mut pages: Vec<MentorPage> = Vec::new();
    loop {
        let offset: usize = pages.iter().map(|p| p.items.len()).sum();
        let page: MentorPage =
            app.get_json(&format!("/api/mentors?limit=7&offset={offset}&{query}"), s).await;
        let done = page.items.is_empty() || offset + page.items.len() >= page.total as usize;
        pages.push(page);
        if done {
            return pages;
        }
    }
}

#[tokio::test]
async fn facets_count_what_each_theme_would_leave() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    for query in [
        String::new(),
        format!("theme={CAREER_1_TO_3}"),
        format!("theme={CAREER_1_TO_3}&theme={PARENTAL_LEAVE}"),
        "q=%E5%A4%A7%E9%98%AA".to_string(),
        format!("theme={NEW_GRADUATE}&q=tokyo"),
        format!("theme={JOINED_2020_OR_EARLIER}&theme={CAREER_WITHIN_1}"),
    ] {
        let pages = all_pages(&app, &s, &query).await;
        let first = &pages[0];
        // The same facets on every page of one filter.
        assert!(pages.iter().all(|p| p.facets == first.facets), "{query}");
        // The contract's rule over the matching mentors' themes.
        let held: Vec<Vec<i64>> = pages
            .iter()
            .flat_map(|p| &p.items)
            .map(|m| m.themes.iter().map(|t| t.theme_id).collect())
            .collect();
        assert_eq!(first.facets, facet_counts(held.iter().map(Vec::as_slice)), "{query}");
        assert!(first.facets.windows(2).all(|w| w[0].theme_id < w[1].theme_id), "sorted by theme");
        assert!(first.facets.iter().all(|f| f.count > 0), "zeros are left out");
        // A chip's count is what the list says once that chip is added.
        for theme in 1..=27 {
            let count = first.facets.iter().find(|f| f.theme_id == theme).map_or(0, |f| f.count);
            let sep = if query.is_empty() { "" } else { "&" };
            let added: MentorPage =
                app.get_json(&format!("/api/mentors?limit=1&{query}{sep}theme={theme}"), &s).await;
            assert_eq!(added.total, count, "{query} + theme {theme}");
        }
    }
    // Without a filter, the facets are the catalogue's counts.
    let unfiltered: MentorPage = app.get_json("/api/mentors?limit=1", &s).await;
    let catalog: ThemeCatalog = app.get_json("/api/themes", &s).await;
    for theme in catalog.categories.iter().flat_map(|c| &c.themes) {
        let count = unfiltered.facets.iter().find(|f| f.theme_id == theme.id).map_or(0, |f| f.count);
        assert_eq!(count, theme.mentor_count, "{}", theme.name.en);
    }
}

/// `GET /api/mentors/{id}/slots` from now: what the card's next free time must say.
async fn first_slot(app: &TestApp, s: &Session, mentor: i64) -> Option<DateTime<Utc>> {
    let slots: MentorSlots = app.get_json(&format!("/api/mentors/{mentor}/slots"), s).await;
    slots.next_available
}

async fn next_free(app: &TestApp, s: &Session, query: &str) -> Vec<(i64, Option<DateTime<Utc>>)> {
    let page: MentorPage = app.get_json(&format!("/api/mentors?limit=100&{query}"), s).await;
    let ids: Vec<i64> = page.items.iter().map(|m| m.person.id).collect();
    let listed: Vec<i64> = page.next_free.iter().map(|n| n.mentor_id).collect();
    assert_eq!(listed, ids, "one entry per card, in order");
    page.next_free.iter().map(|n| (n.mentor_id, n.start)).collect()
}

#[tokio::test]
async fn next_free_is_the_first_slot_the_caller_could_book() {
    let app = TestApp::new().await;
    let mentee = app.login("mentee@example.com").await;
    let other = app.session_for(app.person_id("daiki.ogawa@example.com").await).await;
    for s in [&mentee, &other] {
        let listed = next_free(&app, s, "").await;
        assert!(listed.len() >= 20);
        for (id, start) in listed {
            assert_eq!(start, first_slot(&app, s, id).await, "mentor {id}");
        }
    }
    // 林 浩二's first slot (Thursday 12:00 JST) clashes with the mentee's own
    // 1on1 with 高橋 彩: the mentee is offered the next one, others are not.
    let hayashi = app.person_id("koji.hayashi@example.com").await;
    let of =
        |list: Vec<(i64, Option<DateTime<Utc>>)>| list.into_iter().find(|(id, _)| *id == hayashi).unwrap().1;
    assert_eq!(of(next_free(&app, &other, "q=hayashi").await), Some(at("2030-01-10T03:00:00Z")));
    assert_eq!(of(next_free(&app, &mentee, "q=hayashi").await), Some(at("2030-01-10T03:30:00Z")));

    // A booking moves it at once, for everyone.
    let ito = app.person_id("sakura.ito@example.com").await;
    let first = first_slot(&app, &other, ito).await.unwrap();
    let body = request_body(ito, &first.to_rfc3339_opts(chrono::SecondsFormat::Secs, true), NEW_GRADUATE);
    assert_eq!(app.post("/api/one-on-ones", &mentee, Some(&body), &[]).await.status.as_u16(), 201);
    let moved = next_free(&app, &other, "q=ito").await.into_iter().find(|(id, _)| *id == ito).unwrap().1;
    assert!(moved.is_some_and(|m| m > first), "{moved:?}");
    assert_eq!(moved, first_slot(&app, &other, ito).await);

    // Time moves it too: once the first slot is inside the notice period.
    app.clock.advance(chrono::Duration::days(2));
    for (id, start) in next_free(&app, &other, "").await {
        assert_eq!(start, first_slot(&app, &other, id).await, "mentor {id}, two days on");
    }
}

#[tokio::test]
async fn a_mentor_with_nothing_free_says_so() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    // 前田 和也 is closing the books: every Thursday in his horizon is a day off (seed).
    let maeda = app.person_id("kazuya.maeda@example.com").await;
    let listed = next_free(&app, &s, "q=maeda").await;
    assert_eq!(listed, [(maeda, None)]);
    assert_eq!(first_slot(&app, &s, maeda).await, None);

    // A mentor who removes their weekly hours has nothing free either.
    let takahashi = 2;
    assert!(next_free(&app, &s, "q=takahashi").await[0].1.is_some());
    sqlx::query("DELETE FROM mentor_availability WHERE mentor_id = ?")
        .bind(takahashi)
        .execute(&app.pool)
        .await
        .unwrap();
    app.state.cache.data_changed();
    assert_eq!(next_free(&app, &s, "q=takahashi").await, [(takahashi, None)]);
}
