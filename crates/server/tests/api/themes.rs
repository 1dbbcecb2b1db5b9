use naname_contract::themes::ThemeCatalog;
use naname_server::seed::mentors::MENTORS;
use naname_server::seed::themes::{CATEGORIES, POSTING_ABROAD, THEMES};

use crate::common::TestApp;

#[tokio::test]
async fn catalog_has_categories_themes_items_and_counts_in_order() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    let catalog: ThemeCatalog = app.get_json("/api/themes", &s).await;

    let categories: Vec<(&str, &str)> =
        catalog.categories.iter().map(|c| (c.name.ja.as_str(), c.name.en.as_str())).collect();
    let expected: Vec<(&str, &str)> = CATEGORIES.iter().map(|&(_, ja, en)| (ja, en)).collect();
    assert_eq!(categories, expected);
    assert_eq!(catalog.categories[0].name.ja, "年次・属性");

    let ids: Vec<i64> = catalog.categories.iter().flat_map(|c| c.themes.iter().map(|t| t.id)).collect();
    let expected: Vec<i64> = THEMES.iter().map(|t| t.id).collect();
    assert_eq!(ids, expected);
    assert!(ids.len() >= 22);

    for category in &catalog.categories {
        assert!(!category.themes.is_empty());
        for theme in &category.themes {
            assert_eq!(theme.category_id, category.id);
            assert!(!theme.name.ja.is_empty() && !theme.name.en.is_empty());
            assert!(!theme.description.ja.is_empty() && !theme.description.en.is_empty());
            // Counted here from the seed data, independently of the SQL.
            let holders = MENTORS.iter().filter(|m| m.approved.iter().any(|(id, _)| *id == theme.id)).count();
            assert_eq!(theme.mentor_count as usize, holders, "{}", theme.name.ja);
        }
    }

    let abroad = catalog.theme(POSTING_ABROAD).expect("posting abroad");
    assert_eq!(abroad.name.ja, "海外駐在");
    let labels: Vec<&str> = abroad.required_items.iter().map(|i| i.label.ja.as_str()).collect();
    assert_eq!(labels, vec!["駐在した国・期間", "現地での担当業務"]);
    assert_eq!(abroad.required_items[0].label.en, "Country and period");

    // Some themes have nobody yet: the app's empty state.
    assert!(catalog.categories.iter().flat_map(|c| &c.themes).any(|t| t.mentor_count == 0));
}

#[tokio::test]
async fn archived_themes_leave_the_catalog() {
    let app = TestApp::new().await;
    let s = app.login("mentee@example.com").await;
    sqlx::query("UPDATE themes SET archived = 1 WHERE id = ?")
        .bind(POSTING_ABROAD)
        .execute(&app.pool)
        .await
        .unwrap();
    let catalog: ThemeCatalog = app.get_json("/api/themes", &s).await;
    assert!(catalog.theme(POSTING_ABROAD).is_none());
    assert_eq!(catalog.categories.iter().map(|c| c.themes.len()).sum::<usize>(), THEMES.len() - 1);
}
