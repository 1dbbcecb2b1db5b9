//! Reading a registrations CSV: the encoding, the rows, and what each row
//! means against the people and themes there are. Pure functions; the
//! handler (`routes::admin_import`) feeds them what the database holds.

use std::collections::HashMap;

use naname_contract::admin::RegistrationStatus;
use naname_contract::admin_import::{
    is_header, CsvEncoding, ImportOutcome, ImportRow, InvalidReason, MAX_IMPORT_EMAIL_CHARS, MAX_IMPORT_ROWS,
    MAX_REGISTRATION_MESSAGE_CHARS,
};
use naname_contract::search::normalize_query;
use naname_contract::Problem;

use crate::problem::ApiError;

/// The file's text and how it was written: UTF-8 with a BOM, UTF-8, or else
/// Shift_JIS as Windows writes it (WHATWG's `Shift_JIS` is CP932, with the
/// NEC and IBM extensions Excel uses). Bytes that are none of these are 422.
pub fn decode(bytes: &[u8]) -> Result<(String, CsvEncoding), ApiError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest)
            .map(|s| (s.to_string(), CsvEncoding::Utf8Bom))
            .map_err(|_| unreadable("The file starts with a UTF-8 byte order mark but is not UTF-8"));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), CsvEncoding::Utf8));
    }
    let (text, had_errors) = encoding_rs::SHIFT_JIS.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(unreadable("The file is neither UTF-8 nor Shift_JIS (CP932)"));
    }
    Ok((text.into_owned(), CsvEncoding::ShiftJis))
}

fn unreadable(detail: &str) -> ApiError {
    ApiError::Problem(Box::new(
        Problem::new(422, "unreadable_csv", "The file cannot be read as CSV").with_detail(detail),
    ))
}

/// One data row as written: its line and its first three cells, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRow {
    pub line: u64,
    pub email: String,
    pub theme: String,
    pub message: String,
}

/// The rows of the file and whether its first row was a header. Blank rows
/// are skipped; cells past the third are ignored. More than
/// [`MAX_IMPORT_ROWS`] data rows is 413, an empty file or broken quoting 422.
pub fn parse(text: &str) -> Result<(bool, Vec<RawRow>), ApiError> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut header = false;
    let mut first = true;
    let mut lines = Lines { bytes: text.as_bytes(), at: 0, line: 1 };
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            unreadable(&format!("Line {line}: {e}"))
        })?;
        let cell = |i: usize| record.get(i).unwrap_or("").trim().to_string();
        let (email, theme, message) = (cell(0), cell(1), cell(2));
        if email.is_empty() && theme.is_empty() && message.is_empty() {
            continue;
        }
        if std::mem::take(&mut first) && is_header(&email) {
            header = true;
            continue;
        }
        if rows.len() == MAX_IMPORT_ROWS {
            return Err(ApiError::Problem(Box::new(
                Problem::new(413, "too_many_rows", "The file has too many rows")
                    .with_detail(format!("At most {MAX_IMPORT_ROWS} rows a file; split it")),
            )));
        }
        let line = lines.of(record.position().map_or(0, |p| p.byte()));
        rows.push(RawRow { line, email, theme, message });
    }
    if rows.is_empty() {
        return Err(ApiError::Problem(Box::new(Problem::new(422, "empty_csv", "The file has no rows"))));
    }
    Ok((header, rows))
}

/// Line numbers of records, counted here: the csv crate's own count lags
/// behind after a CRLF (the LF is read with the next record), and a
/// record's start may sit before blank lines it skipped. Records come in
/// order, so the count goes on from the previous one.
struct Lines<'a> {
    bytes: &'a [u8],
    at: usize,
    line: u64,
}

impl Lines<'_> {
    /// The line (from 1) of the first character of the record starting at byte `start`.
    fn of(&mut self, start: u64) -> u64 {
        let mut to = usize::try_from(start).unwrap_or(usize::MAX).clamp(self.at, self.bytes.len());
        while to < self.bytes.len() && matches!(self.bytes[to], b'\r' | b'\n') {
            to += 1;
        }
        self.line += self.bytes[self.at..to].iter().filter(|&&b| b == b'\n').count() as u64;
        self.at = to;
        self.line
    }
}

/// A theme as the import matches it.
#[derive(Debug, Clone)]
pub struct ThemeKey {
    pub id: i64,
    pub name_ja: String,
    pub name_en: String,
    pub archived: bool,
}

/// What the import compares cells with.
pub struct Directory {
    /// Lower-cased email → person id.
    pub people: HashMap<String, i64>,
    pub themes: Vec<ThemeKey>,
}

impl Directory {
    /// A theme by id (digits) or by its name in either language, width, case
    /// and kana folded as in search; a live theme wins over an archived one
    /// of the same name.
    fn theme(&self, cell: &str) -> Option<&ThemeKey> {
        if let Ok(id) = cell.parse::<i64>() {
            return self.themes.iter().find(|t| t.id == id);
        }
        let wanted = normalize_query(cell);
        let mut matches = self
            .themes
            .iter()
            .filter(|t| normalize_query(&t.name_ja) == wanted || normalize_query(&t.name_en) == wanted);
        let first = matches.next()?;
        Some(if first.archived { matches.find(|t| !t.archived).unwrap_or(first) } else { first })
    }
}

/// Each row's outcome. `status` gives a person's current registration for a
/// theme (none, pending, approved, declined, stopped).
pub fn resolve(
    rows: &[RawRow],
    directory: &Directory,
    mut status: impl FnMut(i64, i64) -> Option<RegistrationStatus>,
) -> Vec<ImportRow> {
    let mut seen: HashMap<(i64, i64), u64> = HashMap::new();
    rows.iter()
        .map(|raw| {
            let mut row = ImportRow {
                line: raw.line,
                email: raw.email.clone(),
                theme: raw.theme.clone(),
                message: raw.message.clone(),
                outcome: ImportOutcome::Invalid,
                reason: None,
                duplicate_of: None,
                person_id: None,
                theme_id: None,
            };
            row.reason = invalid(raw);
            if row.reason.is_some() {
                return row;
            }
            row.person_id = directory.people.get(&raw.email.to_lowercase()).copied();
            let theme = directory.theme(&raw.theme);
            row.theme_id = theme.map(|t| t.id);
            row.outcome = match (row.person_id, theme) {
                (None, _) => ImportOutcome::UnknownEmail,
                (_, None) => ImportOutcome::UnknownTheme,
                (_, Some(t)) if t.archived => ImportOutcome::ArchivedTheme,
                (Some(person), Some(t)) => match seen.get(&(person, t.id)) {
                    Some(&line) => {
                        row.duplicate_of = Some(line);
                        ImportOutcome::Duplicate
                    }
                    None => {
                        seen.insert((person, t.id), raw.line);
                        match status(person, t.id) {
                            None => ImportOutcome::WillRegister,
                            Some(RegistrationStatus::Pending | RegistrationStatus::Approved) => {
                                ImportOutcome::AlreadyRegistered
                            }
                            Some(_) => ImportOutcome::WillReregister,
                        }
                    }
                },
            };
            row
        })
        .collect()
}

fn invalid(raw: &RawRow) -> Option<InvalidReason> {
    if raw.email.is_empty() {
        Some(InvalidReason::EmailRequired)
    } else if raw.email.chars().count() > MAX_IMPORT_EMAIL_CHARS {
        Some(InvalidReason::EmailTooLong)
    } else if raw.theme.is_empty() {
        Some(InvalidReason::ThemeRequired)
    } else if raw.message.chars().count() > MAX_REGISTRATION_MESSAGE_CHARS {
        Some(InvalidReason::MessageTooLong)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn directory() -> Directory {
        let theme = |id, ja: &str, en: &str, archived| ThemeKey {
            id,
            name_ja: ja.into(),
            name_en: en.into(),
            archived,
        };
        Directory {
            people: HashMap::from([("a@example.com".into(), 1), ("b@example.com".into(), 2)]),
            themes: vec![
                theme(10, "海外駐在", "Posting abroad", false),
                theme(11, "旧テーマ", "Old theme", true),
                theme(12, "キャリア入社", "Career hire", false),
            ],
        }
    }

    #[test]
    fn encodings_are_told_apart() {
        let (text, enc) = decode("a,海外駐在\n".as_bytes()).unwrap();
        assert_eq!((text.as_str(), enc), ("a,海外駐在\n", CsvEncoding::Utf8));
        let (text, enc) = decode(b"\xEF\xBB\xBFa,b\n").unwrap();
        assert_eq!((text.as_str(), enc), ("a,b\n", CsvEncoding::Utf8Bom));
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("a,海外駐在,①よろしく\n");
        let (text, enc) = decode(&sjis).unwrap();
        assert_eq!((text.as_str(), enc), ("a,海外駐在,①よろしく\n", CsvEncoding::ShiftJis));
        assert!(decode(b"\xEF\xBB\xBF\xff").is_err());
        assert!(decode(b"\x82\xff\xff").is_err(), "not Shift_JIS either");
    }

    #[test]
    fn rows_keep_their_lines_and_skip_the_header_and_blanks() {
        let (header, rows) =
            parse("メールアドレス,テーマ,メッセージ\r\n a@example.com , 海外駐在 \r\n\r\n,,\r\nb@example.com,12,\"two\nlines\",extra\r\n")
                .unwrap();
        assert!(header);
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (rows[0].line, rows[0].email.as_str(), rows[0].theme.as_str()),
            (2, "a@example.com", "海外駐在")
        );
        assert_eq!((rows[1].line, rows[1].message.as_str()), (5, "two\nlines"));
        let (header, rows) = parse("a@example.com,海外駐在").unwrap();
        assert!(!header);
        assert_eq!(rows[0].line, 1);
        assert!(parse("\r\n,,\r\n").is_err());
        assert!(parse("email,theme\n").is_err(), "a header alone is empty");
    }

    #[test]
    fn too_many_rows_is_413() {
        let text = "a@example.com,1\n".repeat(MAX_IMPORT_ROWS + 1);
        match parse(&text) {
            Err(ApiError::Problem(p)) => assert_eq!((p.status, p.code.as_str()), (413, "too_many_rows")),
            other => panic!("{other:?}"),
        }
        assert_eq!(parse(&"a@example.com,1\n".repeat(MAX_IMPORT_ROWS)).unwrap().1.len(), MAX_IMPORT_ROWS);
    }

    #[test]
    fn each_row_gets_its_outcome() {
        let raw = |line, email: &str, theme: &str, message: &str| RawRow {
            line,
            email: email.into(),
            theme: theme.into(),
            message: message.into(),
        };
        let rows = vec![
            raw(1, "A@Example.com", "海外駐在", ""),
            raw(2, "nobody@example.com", "海外駐在", ""),
            raw(3, "a@example.com", "No such", ""),
            raw(4, "a@example.com", "old theme", ""),
            raw(5, "a@example.com", "POSTING ABROAD", ""),
            raw(6, "", "海外駐在", ""),
            raw(7, "b@example.com", "12", &"x".repeat(MAX_REGISTRATION_MESSAGE_CHARS + 1)),
            raw(8, "b@example.com", "ｷｬﾘｱ入社", ""),
            raw(9, "b@example.com", "12", ""),
            raw(10, "b@example.com", "10", ""),
        ];
        let out = resolve(&rows, &directory(), |person, theme| match (person, theme) {
            (2, 12) => Some(RegistrationStatus::Declined),
            (2, 10) => Some(RegistrationStatus::Approved),
            _ => None,
        });
        use ImportOutcome::*;
        let outcomes: Vec<_> = out.iter().map(|r| r.outcome).collect();
        assert_eq!(
            outcomes,
            [
                WillRegister,
                UnknownEmail,
                UnknownTheme,
                ArchivedTheme,
                Duplicate,
                Invalid,
                Invalid,
                UnknownTheme,
                WillReregister,
                AlreadyRegistered
            ]
        );
        assert_eq!(out[4].duplicate_of, Some(1));
        assert_eq!(out[5].reason, Some(InvalidReason::EmailRequired));
        assert_eq!(out[6].reason, Some(InvalidReason::MessageTooLong));
        assert_eq!((out[0].person_id, out[0].theme_id), (Some(1), Some(10)));
    }
}
