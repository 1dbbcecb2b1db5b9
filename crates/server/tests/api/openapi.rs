use naname_server::openapi_json;

use crate::common::TestApp;

#[test]
fn committed_openapi_json_is_current() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../openapi.json");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let generated = openapi_json();
    assert!(
        committed.trim_end() == generated.trim_end(),
        "openapi.json is stale; run `cargo run -p naname-server -- openapi > openapi.json`"
    );
}

#[tokio::test]
async fn served_document_lists_every_endpoint() {
    let app = TestApp::new().await;
    let res = app.get("/api/openapi.json", None).await;
    assert_eq!(res.header("content-type"), "application/json");
    let doc: serde_json::Value = res.json();
    assert_eq!(doc, serde_json::from_str::<serde_json::Value>(&openapi_json()).unwrap());
    for path in [
        "/api/session",
        "/api/sessions",
        "/api/me",
        "/api/people",
        "/api/themes",
        "/api/mentors",
        "/api/mentors/{id}",
        "/api/mentors/{id}/slots",
        "/api/topics",
        "/api/responses",
        "/api/one-on-ones",
        "/api/one-on-ones/{id}",
        "/api/one-on-ones/{id}.ics",
        "/api/one-on-ones/{id}/accept",
        "/api/one-on-ones/{id}/decline",
        "/api/one-on-ones/{id}/cancel",
        "/api/health",
        "/api/openapi.json",
        "/api/admin/themes",
        "/api/admin/themes/{id}",
        "/api/admin/themes/{id}/impact",
        "/api/admin/themes/{id}/changes",
        "/api/admin/themes/{id}/registrations",
        "/api/admin/themes/examples",
        "/api/admin/theme-categories",
        "/api/admin/people/{id}/registrations",
        "/api/me/mentor-themes",
        "/api/me/mentor-themes/{id}/approve",
        "/api/me/mentor-themes/{id}/decline",
        "/api/me/mentor-themes/{id}/answers",
        "/api/me/mentor-themes/{id}/stop",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} missing");
    }
    assert_eq!(doc["components"]["securitySchemes"]["session_cookie"]["in"], "cookie");
    assert_eq!(doc["components"]["securitySchemes"]["session_cookie"]["name"], "naname_session");
    let problem =
        &doc["paths"]["/api/mentors"]["get"]["responses"]["422"]["content"]["application/problem+json"];
    assert!(problem.is_object(), "problem responses are documented as problem+json");
}

fn document() -> serde_json::Value {
    serde_json::from_str(&openapi_json()).unwrap()
}

/// Every operation: (method, path, the operation object).
fn operations(doc: &serde_json::Value) -> Vec<(String, String, serde_json::Value)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            out.push((method.clone(), path.clone(), op.clone()));
        }
    }
    out
}

#[test]
fn the_document_states_the_limits_the_rules_enforce() {
    use naname_contract::auth::{MAX_EMAIL_LEN, MAX_PASSWORD_LEN};
    use naname_contract::one_on_ones::{MAX_MESSAGE_CHARS, MAX_NOTE_CHARS, MAX_TOPICS};
    use naname_contract::page::MAX_LIMIT;
    use naname_contract::search::MAX_QUERY_CHARS;
    let doc = document();
    let schemas = &doc["components"]["schemas"];
    let new = &schemas["NewOneOnOne"]["properties"];
    assert_eq!(new["topic_ids"]["minItems"], 1);
    assert_eq!(new["topic_ids"]["maxItems"], MAX_TOPICS);
    assert_eq!(new["topic_ids"]["uniqueItems"], true);
    assert_eq!(new["topic_ids"]["items"]["minimum"], 1);
    assert_eq!(new["note"]["maxLength"], MAX_NOTE_CHARS);
    for id in ["mentor_id", "theme_id", "response_id"] {
        assert_eq!(new[id]["minimum"], 1, "{id}");
    }
    assert!(new["start"]["description"].as_str().unwrap_or("").contains("9999-12-31T23:59:59Z"));
    assert_eq!(schemas["TransitionMessage"]["properties"]["message"]["maxLength"], MAX_MESSAGE_CHARS);
    assert_eq!(schemas["Acceptance"]["properties"]["message"]["maxLength"], MAX_MESSAGE_CHARS);
    assert_eq!(
        schemas["Place"]["properties"]["value"]["maxLength"],
        naname_contract::place::MAX_PLACE_URL_CHARS
    );
    let login = &schemas["LoginRequest"]["properties"];
    assert_eq!(login["email"]["maxLength"], MAX_EMAIL_LEN);
    assert!(login["email"]["pattern"].is_string());
    assert_eq!(
        (login["password"]["minLength"].clone(), login["password"]["maxLength"].clone()),
        (1.into(), MAX_PASSWORD_LEN.into())
    );

    let facet = &schemas["ThemeFacet"]["properties"]["count"];
    assert_eq!(
        (facet["format"].clone(), facet["maximum"].clone()),
        ("int64".into(), u64::from(u32::MAX).into())
    );
    for page in ["MentorPage", "Page_Person"] {
        let p = &schemas[page]["properties"];
        for field in ["offset", "total"] {
            assert_eq!(p[field]["format"], "int64", "{page}.{field}");
            assert_eq!(p[field]["minimum"], 0, "{page}.{field}");
            assert_eq!(p[field]["maximum"], u64::from(u32::MAX), "{page}.{field}");
        }
        assert_eq!(
            (p["limit"]["minimum"].clone(), p["limit"]["maximum"].clone()),
            (1.into(), MAX_LIMIT.into())
        );
    }
    for path in ["/api/mentors", "/api/people"] {
        let params = doc["paths"][path]["get"]["parameters"].as_array().unwrap();
        let param = |name: &str| params.iter().find(|p| p["name"] == name).unwrap()["schema"].clone();
        assert_eq!(param("offset")["format"], "int64", "{path}");
        assert_eq!(param("offset")["minimum"], 0, "{path}");
        assert_eq!(param("offset")["maximum"], u64::from(u32::MAX), "{path}");
        assert_eq!(param("q")["maxLength"], MAX_QUERY_CHARS, "{path}");
    }
    let key = doc["paths"]["/api/one-on-ones"]["post"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "idempotency-key")
        .unwrap()
        .clone();
    assert_eq!(key["required"], false);
    assert_eq!(key["schema"]["type"], "string");
    assert_eq!(key["schema"]["maxLength"], 255);
    for (method, path, op) in operations(&doc) {
        for p in op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["in"] == "path" && p["name"] == "id")
        {
            assert_eq!(p["schema"]["minimum"], 1, "{method} {path}");
        }
    }
}

#[test]
fn the_document_lists_every_answer_the_server_gives() {
    let doc = document();
    for (method, path, op) in operations(&doc) {
        let responses = op["responses"].as_object().unwrap();
        let has = |status: &str| responses.contains_key(status);
        let what = format!("{} {path}", method.to_uppercase());
        if let Some(body) = op.get("requestBody") {
            // ApiJson / OptionalJson: malformed, too slow, too large, not JSON, invalid.
            for status in ["400", "408", "413", "415", "422"] {
                assert!(has(status), "{what} lacks {status}");
            }
            let schema = &body["content"]["application/json"]["schema"];
            assert!(
                !schema.to_string().contains(r#""type":"null""#),
                "{what}: a null body is refused: {schema}"
            );
        }
        let params = op["parameters"].as_array().cloned().unwrap_or_default();
        if params.iter().any(|p| p["in"] == "query") {
            assert!(has("422"), "{what}: unknown or invalid query parameters are 422");
        }
        // Required unless one of the alternatives is no security at all.
        let security = op["security"].as_array().cloned().unwrap_or_default();
        if !security.is_empty() && !security.iter().any(|s| s.as_object().is_some_and(|o| o.is_empty())) {
            assert!(has("401"), "{what} lacks 401");
        }
        if method != "get" {
            assert!(has("403"), "{what}: writes without the CSRF header are 403");
        }
        for (status, response) in responses {
            if status.starts_with('4') || status.starts_with('5') {
                assert!(
                    response["content"]["application/problem+json"].is_object(),
                    "{what} {status} is not problem+json"
                );
            }
        }
    }
    // Parsing the query of GET /api/one-on-ones/{id} (for `.ics?lang=`) refuses unknown parameters.
    assert!(doc["paths"]["/api/one-on-ones/{id}"]["get"]["responses"]["422"].is_object());
}

#[test]
fn the_document_states_the_admin_limits() {
    use naname_contract::admin::{
        MAX_LONG_TEXT_CHARS, MAX_NAME_CHARS, MAX_OPTIONS, MAX_PEOPLE_PER_REGISTRATION, MAX_REQUIRED_ITEMS,
    };
    let doc = document();
    let schemas = &doc["components"]["schemas"];
    let theme = &schemas["ThemeInput"]["properties"];
    for lang in ["ja", "en"] {
        assert_eq!(theme["name"]["properties"][lang]["minLength"], 1);
        assert_eq!(theme["name"]["properties"][lang]["maxLength"], MAX_NAME_CHARS);
        assert_eq!(
            schemas["CategoryInput"]["properties"]["name"]["properties"][lang]["maxLength"],
            MAX_NAME_CHARS
        );
    }
    assert_eq!(theme["required_items"]["maxItems"], MAX_REQUIRED_ITEMS);
    let options = &schemas["RequiredItemInput"]["properties"]["options"];
    assert_eq!(
        (options["maxItems"].clone(), options["uniqueItems"].clone()),
        (MAX_OPTIONS.into(), true.into())
    );
    let people = &schemas["NewRegistrations"]["properties"]["person_ids"];
    assert_eq!(
        (people["minItems"].clone(), people["maxItems"].clone()),
        (1.into(), MAX_PEOPLE_PER_REGISTRATION.into())
    );
    let answers = &schemas["Answers"]["properties"]["answers"];
    assert_eq!(answers["propertyNames"]["type"], "string");
    assert_eq!(answers["additionalProperties"]["maxLength"], MAX_LONG_TEXT_CHARS);
    // Theme writes say what an old or missing ETag gets.
    for method in ["put", "patch", "delete"] {
        let responses = &doc["paths"]["/api/admin/themes/{id}"][method]["responses"];
        assert!(responses["412"].is_object() && responses["428"].is_object(), "{method}");
    }
}
