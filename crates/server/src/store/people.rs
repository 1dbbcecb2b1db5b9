use naname_contract::auth::Role;
use naname_contract::page::ListFilter;
use naname_contract::people::{Department, HireKind, Person};
use naname_contract::{Localized, Page};
use sqlx::{QueryBuilder, Sqlite, SqliteConnection, SqlitePool};

use super::{push_word_filters, search_text, words, READING_COLLATION};

/// Columns of a [`PersonRow`], for `people p JOIN departments d`.
pub(crate) const PERSON_COLUMNS: &str = "p.id, p.name, p.name_reading, p.name_latin, \
     p.department_id, d.name_ja AS department_ja, d.name_en AS department_en, \
     p.title_ja, p.title_en, p.office_ja, p.office_en, p.time_zone, p.joined_year, p.hire_kind, \
     EXISTS (SELECT 1 FROM approved_mentor_themes a WHERE a.mentor_id = p.id) AS is_mentor";

#[derive(sqlx::FromRow)]
pub(crate) struct PersonRow {
    id: i64,
    name: String,
    name_reading: String,
    name_latin: String,
    department_id: i64,
    department_ja: String,
    department_en: String,
    title_ja: String,
    title_en: String,
    office_ja: String,
    office_en: String,
    time_zone: String,
    joined_year: i32,
    hire_kind: String,
    is_mentor: bool,
}

impl PersonRow {
    pub(crate) fn id(&self) -> i64 {
        self.id
    }
}

impl From<PersonRow> for Person {
    fn from(r: PersonRow) -> Self {
        Person {
            id: r.id,
            name: r.name,
            name_reading: r.name_reading,
            name_latin: r.name_latin,
            department: Department {
                id: r.department_id,
                name: Localized::new(r.department_ja, r.department_en),
            },
            title: Localized::new(r.title_ja, r.title_en),
            office: Localized::new(r.office_ja, r.office_en),
            time_zone: r.time_zone,
            joined_year: r.joined_year,
            // The column's CHECK constraint allows only the two values.
            hire_kind: if r.hire_kind == "new_graduate" {
                HireKind::NewGraduate
            } else {
                HireKind::CareerHire
            },
            is_mentor: r.is_mentor,
        }
    }
}

pub fn hire_kind_str(kind: HireKind) -> &'static str {
    match kind {
        HireKind::NewGraduate => "new_graduate",
        HireKind::CareerHire => "career_hire",
    }
}

pub fn role_str(role: Role) -> &'static str {
    match role {
        Role::Employee => "employee",
        Role::Admin => "admin",
    }
}

pub struct LoginRow {
    pub id: i64,
    pub password_hash: String,
}

/// Emails are stored lower-case, so the lookup is case-insensitive.
pub async fn find_login(pool: &SqlitePool, email: &str) -> Result<Option<LoginRow>, sqlx::Error> {
    let row: Option<(i64, String)> = sqlx::query_as("SELECT id, password_hash FROM people WHERE email = ?")
        .bind(email.trim().to_lowercase())
        .fetch_optional(pool)
        .await?;
    Ok(row.map(|(id, password_hash)| LoginRow { id, password_hash }))
}

pub struct Account {
    pub person: Person,
    pub email: String,
    pub role: Role,
}

pub async fn account(pool: &SqlitePool, id: i64) -> Result<Option<Account>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        person: PersonRow,
        email: String,
        role: String,
    }
    let sql = format!(
        "SELECT {PERSON_COLUMNS}, p.email, p.role FROM people p JOIN departments d ON d.id = p.department_id WHERE p.id = ?"
    );
    let row: Option<Row> = sqlx::query_as(&sql).bind(id).fetch_optional(pool).await?;
    Ok(row.map(|r| Account {
        person: r.person.into(),
        email: r.email,
        role: if r.role == "admin" { Role::Admin } else { Role::Employee },
    }))
}

/// Colleagues matching every word of `filter.q` in their name, reading, Latin
/// name, title, office or department, sorted by reading.
pub async fn search(pool: &SqlitePool, filter: &ListFilter) -> Result<Page<Person>, sqlx::Error> {
    const FROM: &str = " FROM people p JOIN departments d ON d.id = p.department_id WHERE 1 = 1";
    let words = words(&filter.q);
    let columns = [("p.search_text", ""), ("d.search_text", "")];

    let mut count = QueryBuilder::<Sqlite>::new("SELECT COUNT(*)");
    count.push(FROM);
    push_word_filters(&mut count, &words, &columns);
    let total: i64 = count.build_query_scalar().fetch_one(pool).await?;

    let mut page = QueryBuilder::<Sqlite>::new(format!("SELECT {PERSON_COLUMNS}"));
    page.push(FROM);
    push_word_filters(&mut page, &words, &columns);
    page.push(format!(" ORDER BY p.name_reading COLLATE {READING_COLLATION}, p.id LIMIT "))
        .push_bind(i64::from(filter.limit))
        .push(" OFFSET ")
        .push_bind(i64::from(filter.offset));
    let rows: Vec<PersonRow> = page.build_query_as().fetch_all(pool).await?;

    Ok(Page {
        items: rows.into_iter().map(Person::from).collect(),
        total: u32::try_from(total).unwrap_or(u32::MAX),
        offset: filter.offset,
        limit: filter.limit,
    })
}

pub struct NewDepartment<'a> {
    pub id: i64,
    pub name_ja: &'a str,
    pub name_en: &'a str,
    pub sort: i64,
}

pub async fn insert_department(
    conn: &mut SqliteConnection,
    d: &NewDepartment<'_>,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO departments (id, name_ja, name_en, sort, search_text) VALUES (?, ?, ?, ?, ?)")
        .bind(d.id)
        .bind(d.name_ja)
        .bind(d.name_en)
        .bind(d.sort)
        .bind(search_text(&[d.name_ja, d.name_en]))
        .execute(conn)
        .await?;
    Ok(())
}

pub struct NewPerson<'a> {
    pub email: &'a str,
    pub password_hash: &'a str,
    pub name: &'a str,
    pub name_reading: &'a str,
    pub name_latin: &'a str,
    pub department_id: i64,
    pub title: (&'a str, &'a str),
    pub office: (&'a str, &'a str),
    pub time_zone: &'a str,
    pub joined_year: i32,
    pub hire_kind: HireKind,
    pub role: Role,
}

pub async fn insert_person(conn: &mut SqliteConnection, p: &NewPerson<'_>) -> Result<i64, sqlx::Error> {
    let search =
        search_text(&[p.name, p.name_reading, p.name_latin, p.title.0, p.title.1, p.office.0, p.office.1]);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO people (email, password_hash, name, name_reading, name_latin, department_id, \
         title_ja, title_en, office_ja, office_en, time_zone, joined_year, hire_kind, role, search_text) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(p.email.trim().to_lowercase())
    .bind(p.password_hash)
    .bind(p.name)
    .bind(p.name_reading)
    .bind(p.name_latin)
    .bind(p.department_id)
    .bind(p.title.0)
    .bind(p.title.1)
    .bind(p.office.0)
    .bind(p.office.1)
    .bind(p.time_zone)
    .bind(p.joined_year)
    .bind(hire_kind_str(p.hire_kind))
    .bind(role_str(p.role))
    .bind(search)
    .fetch_one(conn)
    .await?;
    Ok(id)
}

pub async fn count(pool: &SqlitePool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM people").fetch_one(pool).await
}

/// Whether the person exists and is an admin.
pub async fn is_admin(pool: &SqlitePool, id: i64) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM people WHERE id = ? AND role = 'admin')")
        .bind(id)
        .fetch_one(pool)
        .await
}
