//! A 201 means the booking survives a power loss: SQLite syncs the WAL on
//! every commit (`synchronous=FULL`), on every connection of the pool.

use crate::common::TestApp;

#[tokio::test]
async fn every_connection_syncs_each_commit() {
    let app = TestApp::new().await;
    let mut conns = Vec::new();
    // More than the pool's minimum: connections opened later get the setting too.
    for _ in 0..4 {
        conns.push(app.pool.acquire().await.unwrap());
    }
    for conn in &mut conns {
        let (journal,): (String,) =
            sqlx::query_as("PRAGMA journal_mode").fetch_one(&mut **conn).await.unwrap();
        let (synchronous,): (i64,) =
            sqlx::query_as("PRAGMA synchronous").fetch_one(&mut **conn).await.unwrap();
        assert_eq!(journal, "wal");
        assert_eq!(synchronous, 2, "FULL (NORMAL is 1)");
    }
}
