//! A deterministic demo organisation, so the app is worth clicking through on
//! first start and tests can rely on exact facts (ids, names, who holds
//! which theme). [`bulk`] adds synthetic mentors for benchmarks, and
//! [`bulk_mentees`] people who can sign in and book them.

pub mod mentors;
pub mod one_on_ones;
pub mod org;
pub mod themes;
pub mod topics;

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Duration, Utc};
use naname_contract::auth::Role;
use naname_contract::availability::{Availability, DateException, MinuteRange, WeeklyRange};
use naname_contract::people::HireKind;
use naname_contract::slots::Interval;
use naname_contract::UserText;
use sqlx::{SqliteConnection, SqlitePool};

use crate::auth::{hash_password, PasswordError};
use crate::booking::Calendar;
use crate::store::mentors::{NewProfile, NewRegistration, RegistrationStatus};
use crate::store::one_on_ones::NewOneOnOneRow;
use crate::store::people::{NewDepartment, NewPerson};
use crate::store::themes::NewTheme;
use crate::store::topics::{NewResponse, NewTopic};
use crate::store::{self, CategoryTable};

/// Every demo account's password.
pub const DEMO_PASSWORD: &str = "naname-demo";

/// 2026-01-05T00:00:00Z: registrations are dated from here, one day apart,
/// so the data does not depend on when it was seeded.
const REGISTERED_FROM: i64 = 1_767_571_200;
const DAY: i64 = 24 * 60 * 60;

/// Synthetic mentors' emails start with this; nothing else does.
pub const BENCH_EMAIL_PREFIX: &str = "bench.mentor.";
/// Synthetic mentees' emails start with this; they sign in with [`DEMO_PASSWORD`].
pub const BENCH_MENTEE_EMAIL_PREFIX: &str = "bench.mentee.";

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error(transparent)]
    Db(#[from] sqlx::Error),
    #[error(transparent)]
    Password(#[from] PasswordError),
    #[error("seed data is inconsistent: {0}")]
    Data(String),
}

pub async fn is_empty(pool: &SqlitePool) -> Result<bool, sqlx::Error> {
    Ok(store::people::count(pool).await? == 0)
}

/// Inserts the demo organisation into an empty database, in one transaction,
/// with its 1on1s placed relative to now.
pub async fn demo(pool: &SqlitePool) -> Result<(), SeedError> {
    demo_at(pool, Utc::now()).await
}

/// The default topics and responses, unless some exist already (a database
/// seeded before they existed, or started with `--no-seed`, gets them too).
pub async fn ensure_catalogs(pool: &SqlitePool) -> Result<bool, SeedError> {
    let mut tx = pool.begin().await?;
    let added = catalogs(&mut tx).await?;
    tx.commit().await?;
    Ok(added)
}

/// Inserts the default topics and responses when there are none; returns whether it did.
async fn catalogs(conn: &mut SqliteConnection) -> Result<bool, SeedError> {
    let (topics, responses) = store::topics::count(&mut *conn).await?;
    if topics > 0 || responses > 0 {
        return Ok(false);
    }
    for (sort, &(id, ja, en)) in (0i64..).zip(topics::CATEGORIES.iter()) {
        store::insert_category(conn, CategoryTable::Topics, id, (ja, en), sort).await?;
    }
    for (sort, t) in (0i64..).zip(topics::TOPICS.iter()) {
        store::topics::insert_topic(
            conn,
            &NewTopic {
                id: t.id,
                category_id: t.category,
                time_frame: t.time_frame,
                prompt: (t.ja, t.en),
                recommended: t.recommended,
                sort,
            },
        )
        .await?;
    }
    for (sort, r) in (0i64..).zip(topics::RESPONSES.iter()) {
        store::topics::insert_response(
            conn,
            &NewResponse { id: r.id, name: r.name, description: r.description, sort },
        )
        .await?;
    }
    Ok(true)
}

/// [`demo`] as if seeded at `now`: tests pass their clock's time.
pub async fn demo_at(pool: &SqlitePool, now: DateTime<Utc>) -> Result<(), SeedError> {
    // One hash for everyone: argon2 is deliberately slow.
    let password_hash = tokio::task::spawn_blocking(|| hash_password(DEMO_PASSWORD))
        .await
        .map_err(|e| SeedError::Data(format!("hashing task: {e}")))??;

    let mut tx = pool.begin().await?;
    let conn: &mut SqliteConnection = &mut tx;

    for (sort, &(id, name_ja, name_en)) in (0i64..).zip(org::DEPARTMENTS.iter()) {
        store::people::insert_department(conn, &NewDepartment { id, name_ja, name_en, sort }).await?;
    }

    for (sort, &(id, ja, en)) in (0i64..).zip(themes::CATEGORIES.iter()) {
        store::insert_category(conn, CategoryTable::Themes, id, (ja, en), sort).await?;
    }
    let mut items: HashMap<i64, Vec<i64>> = HashMap::new();
    for (sort, t) in (0i64..).zip(themes::THEMES.iter()) {
        store::themes::insert_theme(
            conn,
            &NewTheme { id: t.id, category_id: t.category, name: t.name, description: t.description, sort },
        )
        .await?;
        for (item_sort, &label) in (0i64..).zip(t.items.iter()) {
            let item = store::themes::insert_required_item(conn, t.id, label, item_sort).await?;
            items.entry(t.id).or_default().push(item);
        }
    }

    let mut people: HashMap<String, (i64, &'static str)> = HashMap::new();
    let mut admin_id = None;
    for person in org::PEOPLE {
        let office = org::OFFICES
            .get(person.office)
            .ok_or_else(|| SeedError::Data(format!("{} has no office {}", person.name, person.office)))?;
        let email = person.email();
        let id = store::people::insert_person(
            conn,
            &NewPerson {
                email: &email,
                password_hash: &password_hash,
                name: person.name,
                name_reading: person.reading,
                name_latin: person.latin,
                department_id: person.department,
                title: person.title,
                office: (office.ja, office.en),
                time_zone: office.time_zone,
                joined_year: person.joined,
                hire_kind: person.hire,
                role: person.role,
            },
        )
        .await?;
        if person.role == Role::Admin && admin_id.is_none() {
            admin_id = Some(id);
        }
        people.insert(email, (id, office.time_zone));
    }

    catalogs(conn).await?;

    let mut day = 0;
    let mut calendars: HashMap<&str, Calendar> = HashMap::new();
    for m in mentors::MENTORS {
        let &(id, time_zone) = people
            .get(m.email)
            .ok_or_else(|| SeedError::Data(format!("mentor {} is not a person", m.email)))?;
        if !m.approved.is_empty() {
            store::mentors::insert_profile(
                conn,
                &NewProfile {
                    person_id: id,
                    talk_about: &UserText::new(m.talk_about.0, m.talk_about.1),
                    time_zone,
                    slot_minutes: m.slot_minutes,
                    buffer_minutes: m.buffer_minutes,
                    min_notice_minutes: m.notice_hours * 60,
                    horizon_days: m.horizon_days,
                },
            )
            .await?;
            let mut weekly = Vec::new();
            for &(weekday, start, end) in m.times {
                let (start, end) = (minutes(start)?, minutes(end)?);
                store::mentors::insert_availability(conn, id, weekday, start, end).await?;
                weekly.push(WeeklyRange::new(weekday as u8, start as u16, end as u16));
            }
            let mut rules = Availability {
                time_zone: time_zone.to_string(),
                weekly,
                exceptions: vec![],
                slot_minutes: m.slot_minutes as u16,
                buffer_minutes: m.buffer_minutes as u16,
                min_notice_minutes: (m.notice_hours * 60) as u32,
                horizon_days: m.horizon_days as u16,
            };
            for e in mentors::EXCEPTIONS.iter().filter(|e| e.email == m.email) {
                let date = exception_date(&Calendar::new(rules.clone()), now, e.weeks_ahead, e.weekday);
                let extra = match e.extra {
                    Some((start, end)) => Some((minutes(start)?, minutes(end)?)),
                    None => None,
                };
                store::availability::insert_exception(conn, id, date, extra).await?;
                rules.exceptions.push(DateException {
                    date,
                    day_off: extra.is_none(),
                    extra: extra.map(|(s, e)| MinuteRange::new(s as u16, e as u16)).into_iter().collect(),
                });
            }
            calendars.insert(m.email, Calendar::new(rules));
        }
        let registrations = m
            .approved
            .iter()
            .map(|(theme, _)| (*theme, RegistrationStatus::Approved))
            .chain(m.pending.iter().map(|t| (*t, RegistrationStatus::Pending)))
            .chain(m.declined.iter().map(|t| (*t, RegistrationStatus::Declined)));
        for (theme_id, status) in registrations {
            day += 1;
            let registered_at = REGISTERED_FROM + day * DAY;
            let decided_at = (status != RegistrationStatus::Pending).then_some(registered_at + 2 * DAY);
            store::mentors::insert_registration(
                conn,
                &NewRegistration {
                    mentor_id: id,
                    theme_id,
                    status,
                    registered_by: admin_id,
                    registered_at,
                    decided_at,
                },
            )
            .await?;
        }
        for &(theme_id, answers) in m.approved {
            let item_ids = items.get(&theme_id).map(Vec::as_slice).unwrap_or(&[]);
            if item_ids.len() != answers.len() {
                return Err(SeedError::Data(format!(
                    "{} answers {} items of theme {theme_id}, which has {}",
                    m.email,
                    answers.len(),
                    item_ids.len()
                )));
            }
            for (&item_id, &(ja, en)) in item_ids.iter().zip(answers.iter()) {
                store::mentors::insert_answer(conn, id, theme_id, item_id, &UserText::new(ja, en)).await?;
            }
        }
    }

    place_one_on_ones(conn, &people, &calendars, now).await?;

    tx.commit().await?;
    Ok(())
}

/// The first `weekday` on or after `weeks_ahead` weeks from today, in the mentor's zone.
fn exception_date(
    calendar: &Calendar,
    now: DateTime<Utc>,
    weeks_ahead: i64,
    weekday: i64,
) -> chrono::NaiveDate {
    let base = now.with_timezone(&calendar.tz).date_naive() + Duration::days(7 * weeks_ahead);
    let shift = (weekday - i64::from(base.weekday().number_from_monday())).rem_euclid(7);
    base + Duration::days(shift)
}

/// Inserts the demo 1on1s, each on its mentor's first slot from its day on
/// that neither person is busy in.
async fn place_one_on_ones(
    conn: &mut SqliteConnection,
    people: &HashMap<String, (i64, &'static str)>,
    calendars: &HashMap<&str, Calendar>,
    now: DateTime<Utc>,
) -> Result<(), SeedError> {
    let mut busy: HashMap<i64, Vec<Interval>> = HashMap::new();
    for o in one_on_ones::ONE_ON_ONES {
        let person = |email: &str| {
            people.get(email).map(|p| p.0).ok_or_else(|| SeedError::Data(format!("{email} is not a person")))
        };
        let (mentor_id, mentee_id) = (person(o.mentor)?, person(o.mentee)?);
        let calendar = calendars
            .get(o.mentor)
            .ok_or_else(|| SeedError::Data(format!("{} has no calendar", o.mentor)))?;
        let from = now + Duration::days(o.days_from_seeding);
        // In the past, pretend it is two days before: the notice is then
        // behind `from` and the horizon well ahead of it.
        let as_of = if from < now { from - Duration::days(2) } else { now };
        let mentor_busy = busy.get(&mentor_id).cloned().unwrap_or_default();
        let mentee_busy = busy.get(&mentee_id).cloned().unwrap_or_default();
        let to = if from < now { now - Duration::days(1) } else { from + Duration::days(21) };
        let slot = calendar
            .slots(&mentor_busy, &mentee_busy, as_of, from, to)
            .into_iter()
            .next()
            .ok_or_else(|| SeedError::Data(format!("no slot for {} with {}", o.mentee, o.mentor)))?;
        let created_at = if from < now { slot.start - Duration::days(5) } else { now - Duration::days(1) };
        store::one_on_ones::insert(
            conn,
            &NewOneOnOneRow {
                mentor_id,
                mentee_id,
                slot,
                status: o.status,
                theme_id: o.theme,
                topic_ids: o.topics,
                response_id: o.response,
                note: o.note,
                created_at,
            },
        )
        .await?;
        busy.entry(mentor_id).or_default().push(slot);
        busy.entry(mentee_id).or_default().push(slot);
    }
    Ok(())
}

/// `"12:30"` → 750.
fn minutes(hh_mm: &str) -> Result<i64, SeedError> {
    let bad = || SeedError::Data(format!("bad time {hh_mm}"));
    let (h, m) = hh_mm.split_once(':').ok_or_else(bad)?;
    let (h, m): (i64, i64) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    Ok(h * 60 + m)
}

/// Makes sure `n` synthetic mentors exist (adding only the missing ones),
/// for benchmarks with a large organisation. They are career hires of
/// 2021–2022 holding 「キャリア入社（3年以上）」 plus one to four other
/// themes, picked by a fixed-seed generator, and cannot log in. Each offers
/// weekdays 10:00–12:00 and 14:00–17:00 in their office's zone: 30-minute
/// slots, 10-minute buffer, 24 hours' notice, 60 days ahead.
pub async fn bulk(pool: &SqlitePool, n: u32) -> Result<u32, SeedError> {
    const FAMILY: [(&str, &str, &str); 16] = [
        ("青山", "あおやま", "Aoyama"),
        ("石原", "いしはら", "Ishihara"),
        ("上野", "うえの", "Ueno"),
        ("大塚", "おおつか", "Otsuka"),
        ("川口", "かわぐち", "Kawaguchi"),
        ("北村", "きたむら", "Kitamura"),
        ("久保", "くぼ", "Kubo"),
        ("小松", "こまつ", "Komatsu"),
        ("桜井", "さくらい", "Sakurai"),
        ("杉山", "すぎやま", "Sugiyama"),
        ("千葉", "ちば", "Chiba"),
        ("土屋", "つちや", "Tsuchiya"),
        ("中西", "なかにし", "Nakanishi"),
        ("野口", "のぐち", "Noguchi"),
        ("平野", "ひらの", "Hirano"),
        ("松井", "まつい", "Matsui"),
    ];
    const GIVEN: [(&str, &str, &str); 16] = [
        ("明", "あきら", "Akira"),
        ("歩", "あゆむ", "Ayumu"),
        ("樹", "いつき", "Itsuki"),
        ("楓", "かえで", "Kaede"),
        ("薫", "かおる", "Kaoru"),
        ("光", "ひかる", "Hikaru"),
        ("渚", "なぎさ", "Nagisa"),
        ("遥", "はるか", "Haruka"),
        ("瞳", "ひとみ", "Hitomi"),
        ("誠", "まこと", "Makoto"),
        ("真琴", "まこと", "Makoto"),
        ("みのり", "みのり", "Minori"),
        ("悠", "ゆう", "Yu"),
        ("優希", "ゆうき", "Yuki"),
        ("涼", "りょう", "Ryo"),
        ("若菜", "わかな", "Wakana"),
    ];
    const OTHER_THEMES: std::ops::RangeInclusive<i64> = themes::HOME_REGION..=themes::FIRST_TIME_MANAGER;

    let existing = count_emails_starting(pool, BENCH_EMAIL_PREFIX).await?;
    if existing >= n {
        return Ok(0);
    }

    let mut tx = pool.begin().await?;
    let conn: &mut SqliteConnection = &mut tx;
    let mut items: HashMap<i64, Vec<i64>> = HashMap::new();
    for theme_id in std::iter::once(themes::CAREER_3_PLUS).chain(OTHER_THEMES) {
        items.insert(theme_id, store::themes::required_item_ids(conn, theme_id).await?);
    }
    let department_ids: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM departments ORDER BY sort, id").fetch_all(&mut *conn).await?;
    if department_ids.is_empty() {
        return Err(SeedError::Data("bulk mentors need the demo departments; seed the demo first".into()));
    }
    let theme_names: HashMap<i64, String> =
        sqlx::query_as::<_, (i64, String)>("SELECT id, name_ja FROM themes")
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .collect();

    let other_count = (OTHER_THEMES.end() - OTHER_THEMES.start() + 1) as u64;
    for i in existing + 1..=n {
        // Seeded per mentor, so mentor i is the same however the total was reached.
        let mut rng = SplitMix64(0x6e61_6e61_6d65 ^ u64::from(i));
        let (family, family_kana, family_latin) = FAMILY[(i as usize) % FAMILY.len()];
        let (given, given_kana, given_latin) = GIVEN[(i as usize / FAMILY.len()) % GIVEN.len()];
        let office = &org::OFFICES[(rng.next() % 5) as usize];
        let email = format!("{BENCH_EMAIL_PREFIX}{i:05}@example.com");
        let name = format!("{family} {given}");
        let reading = format!("{family_kana} {given_kana}");
        let latin = format!("{given_latin} {family_latin}");
        let department = department_ids[(i as usize) % department_ids.len()];
        let id = store::people::insert_person(
            conn,
            &NewPerson {
                email: &email,
                // Not a PHC string, so no password ever matches.
                password_hash: "!",
                name: &name,
                name_reading: &reading,
                name_latin: &latin,
                department_id: department,
                title: ("メンバー", "Associate"),
                office: (office.ja, office.en),
                time_zone: office.time_zone,
                joined_year: 2021 + (i % 2) as i32,
                hire_kind: HireKind::CareerHire,
                role: Role::Employee,
            },
        )
        .await?;

        let mut held = vec![themes::CAREER_3_PLUS];
        let extra = 1 + rng.next() % 4;
        while (held.len() as u64) < 1 + extra {
            let theme = OTHER_THEMES.start() + (rng.next() % other_count) as i64;
            if !held.contains(&theme) {
                held.push(theme);
            }
        }
        let names: Vec<&str> = held.iter().filter_map(|t| theme_names.get(t).map(String::as_str)).collect();
        let talk_about = format!(
            "【ベンチマーク用の合成データ】No.{i:05} の架空のメンターです。{}について話せる想定で自動生成されました。",
            names.join("、")
        );
        store::mentors::insert_profile(
            conn,
            &NewProfile {
                person_id: id,
                talk_about: &UserText::new(talk_about, ""),
                time_zone: office.time_zone,
                slot_minutes: 30,
                buffer_minutes: 10,
                min_notice_minutes: 24 * 60,
                horizon_days: 60,
            },
        )
        .await?;
        for weekday in 1..=5 {
            store::mentors::insert_availability(conn, id, weekday, 10 * 60, 12 * 60).await?;
            store::mentors::insert_availability(conn, id, weekday, 14 * 60, 17 * 60).await?;
        }
        for &theme_id in &held {
            store::mentors::insert_registration(
                conn,
                &NewRegistration {
                    mentor_id: id,
                    theme_id,
                    status: RegistrationStatus::Approved,
                    registered_by: None,
                    registered_at: REGISTERED_FROM,
                    decided_at: Some(REGISTERED_FROM + DAY),
                },
            )
            .await?;
            for &item_id in items.get(&theme_id).map(Vec::as_slice).unwrap_or(&[]) {
                store::mentors::insert_answer(
                    conn,
                    id,
                    theme_id,
                    item_id,
                    &UserText::new("（合成データ）", ""),
                )
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(n - existing)
}

/// Makes sure `n` synthetic mentees exist (`bench.mentee.00001@example.com`…,
/// password [`DEMO_PASSWORD`]), so a benchmark can book with many sessions at
/// once: one person cannot hold two 1on1s at the same time. Plain employees
/// of the first department in Tokyo; their names avoid the kana the
/// benchmark's people search looks for.
pub async fn bulk_mentees(pool: &SqlitePool, n: u32) -> Result<u32, SeedError> {
    let existing = count_emails_starting(pool, BENCH_MENTEE_EMAIL_PREFIX).await?;
    if existing >= n {
        return Ok(0);
    }
    let password_hash = tokio::task::spawn_blocking(|| hash_password(DEMO_PASSWORD))
        .await
        .map_err(|e| SeedError::Data(format!("hashing task: {e}")))??;
    let mut tx = pool.begin().await?;
    let conn: &mut SqliteConnection = &mut tx;
    let department: i64 = sqlx::query_scalar("SELECT id FROM departments ORDER BY sort, id LIMIT 1")
        .fetch_optional(&mut *conn)
        .await?
        .ok_or_else(|| SeedError::Data("bench mentees need a department; seed the demo first".into()))?;
    let office = &org::OFFICES[0];
    for i in existing + 1..=n {
        let email = format!("{BENCH_MENTEE_EMAIL_PREFIX}{i:05}@example.com");
        store::people::insert_person(
            conn,
            &NewPerson {
                email: &email,
                password_hash: &password_hash,
                name: &format!("受講者 {i:05}"),
                name_reading: &format!("じゅこうしゃ {i:05}"),
                name_latin: &format!("Bench Mentee {i:05}"),
                department_id: department,
                title: ("メンバー", "Associate"),
                office: (office.ja, office.en),
                time_zone: office.time_zone,
                joined_year: 2025,
                hire_kind: HireKind::NewGraduate,
                role: Role::Employee,
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(n - existing)
}

/// How many people's emails start with `prefix` (`_` and `%` do not occur in ours).
async fn count_emails_starting(pool: &SqlitePool, prefix: &str) -> Result<u32, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM people WHERE email LIKE ?")
        .bind(format!("{prefix}%"))
        .fetch_one(pool)
        .await?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// A tiny fixed-seed generator: the benchmark organisation is the same on every machine.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}
