//! SQL, one module per resource. Handlers never write SQL; this layer never
//! speaks HTTP. Queries are checked at run time (not with `query!`) so the
//! crate builds without a database at hand.

pub mod activity;
pub mod admin;
pub mod admin_import;
pub mod admin_topics;
pub mod availability;
pub mod devices;
pub mod idempotency;
pub mod mentors;
pub mod one_on_ones;
pub mod people;
pub mod sessions;
pub mod themes;
pub mod topics;

use naname_contract::search::normalize_query;
use sqlx::{QueryBuilder, Sqlite, SqliteConnection, SqlitePool, Transaction};

/// The collation `open_db` registers for ordering people by reading.
pub const READING_COLLATION: &str = "reading";

/// A write transaction that holds SQLite's write lock from its first
/// statement (`BEGIN IMMEDIATE`), so that what it reads cannot change before
/// it writes: concurrent writers queue on the busy timeout instead of
/// failing mid-way, and check-then-insert is atomic.
pub async fn begin_write(pool: &SqlitePool) -> Result<Transaction<'static, Sqlite>, sqlx::Error> {
    pool.begin_with("BEGIN IMMEDIATE").await
}

/// The tables of named, sorted categories that group a catalogue: the closed
/// set [`insert_category`] may write to (a table name cannot be a bound parameter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CategoryTable {
    /// `theme_categories`, grouping mentor themes.
    Themes,
    /// `topic_categories`, grouping the topic grid.
    Topics,
}

impl CategoryTable {
    fn table(self) -> &'static str {
        match self {
            CategoryTable::Themes => "theme_categories",
            CategoryTable::Topics => "topic_categories",
        }
    }
}

pub async fn insert_category(
    conn: &mut SqliteConnection,
    table: CategoryTable,
    id: i64,
    name: (&str, &str),
    sort: i64,
) -> Result<(), sqlx::Error> {
    let sql = format!("INSERT INTO {} (id, name_ja, name_en, sort) VALUES (?, ?, ?, ?)", table.table());
    sqlx::query(&sql).bind(id).bind(name.0).bind(name.1).bind(sort).execute(conn).await?;
    Ok(())
}

/// The text stored in `search_text` columns: the fields normalised the way the
/// contract normalises queries, plus each field without its spaces so that
/// `佐藤美咲` finds `佐藤 美咲`.
pub fn search_text(fields: &[&str]) -> String {
    let mut parts: Vec<String> = Vec::with_capacity(fields.len() * 2);
    for field in fields {
        let normalized = normalize_query(field);
        if normalized.is_empty() {
            continue;
        }
        if normalized.contains(' ') {
            parts.push(normalized.replace(' ', ""));
        }
        parts.push(normalized);
    }
    parts.join(" ")
}

/// A `LIKE` pattern matching `word` anywhere, with `%`, `_` and `\` taken literally.
pub fn like_pattern(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 2);
    out.push('%');
    for c in word.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// The words of an already normalised query.
pub fn words(normalized: &str) -> Vec<&str> {
    normalized.split(' ').filter(|w| !w.is_empty()).collect()
}

/// How one searchable field is tested: the SQL before and after `LIKE ?`.
/// A plain column is `("p.search_text", "")`; a sub-select can wrap the test.
pub type SearchField<'a> = (&'a str, &'a str);

/// Appends ` AND (<field> LIKE ? OR …)` for each word: every word must occur
/// in at least one field, the contract's search rule.
pub fn push_word_filters(qb: &mut QueryBuilder<'_, Sqlite>, words: &[&str], fields: &[SearchField<'_>]) {
    for word in words {
        let pattern = like_pattern(word);
        qb.push(" AND (");
        for (i, (before, after)) in fields.iter().enumerate() {
            if i > 0 {
                qb.push(" OR ");
            }
            qb.push(*before).push(" LIKE ").push_bind(pattern.clone()).push(" ESCAPE '\\'").push(*after);
        }
        qb.push(")");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_text_folds_and_joins() {
        assert_eq!(
            search_text(&["佐藤 美咲", "サトウ ミサキ", "Misaki Sato", ""]),
            "佐藤美咲 佐藤 美咲 さとうみさき さとう みさき misakisato misaki sato"
        );
    }

    #[test]
    fn like_escapes_wildcards() {
        assert_eq!(like_pattern("a%b_c\\"), "%a\\%b\\_c\\\\%");
    }
}
