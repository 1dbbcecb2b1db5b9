//! CSV import of mentor registrations: `POST /api/admin/registrations/import`.
//!
//! The file has one registration a row: the person's email, the theme (its
//! name in Japanese or English, or its id) and an optional message to the
//! person; further columns are ignored (so the failed-rows file, which adds
//! a reason column, can be uploaded again as it is). The server answers a dry run first (what each row would do) and
//! registers the valid rows in one transaction when asked to commit; rows
//! already pending or approved are left alone, so uploading the same file
//! twice changes nothing.
//!
//! [`csv_record`] is the one CSV writer of the app and the server: quoted
//! where needed and safe to open in a spreadsheet.

use serde::{Deserialize, Serialize};

/// The largest file the import takes (413 beyond).
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;
/// The most data rows a file may have (413 beyond; blank rows and the header do not count).
pub const MAX_IMPORT_ROWS: usize = 5000;
/// An email cell longer than this is `invalid` (`email_too_long`).
pub const MAX_IMPORT_EMAIL_CHARS: usize = 254;
/// The largest message, the same as for registering in the app.
pub use crate::admin::MAX_REGISTRATION_MESSAGE_CHARS;

/// How the file's bytes were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CsvEncoding {
    /// UTF-8 starting with a byte order mark (Excel's "CSV UTF-8").
    Utf8Bom,
    /// UTF-8 without a byte order mark.
    Utf8,
    /// Shift_JIS as Windows writes it (CP932, the Japanese Excel default).
    ShiftJis,
}

impl CsvEncoding {
    /// The name people know it by.
    pub fn label(self) -> &'static str {
        match self {
            CsvEncoding::Utf8Bom => "UTF-8 (BOM)",
            CsvEncoding::Utf8 => "UTF-8",
            CsvEncoding::ShiftJis => "Shift_JIS (CP932)",
        }
    }
}

/// What a row does (dry run) or did (commit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ImportOutcome {
    /// A new registration, pending until the person approves.
    WillRegister,
    /// The person had declined or stopped the theme: asked again.
    WillReregister,
    /// Already pending or approved: left as it is.
    AlreadyRegistered,
    /// Nobody has this email.
    UnknownEmail,
    /// No theme has this name or id.
    UnknownTheme,
    /// The theme is archived: nobody can be registered for it.
    ArchivedTheme,
    /// The same person and theme as an earlier row (`duplicate_of`).
    Duplicate,
    /// The row itself is wrong (`reason`).
    Invalid,
}

impl ImportOutcome {
    pub const ALL: [ImportOutcome; 8] = [
        ImportOutcome::WillRegister,
        ImportOutcome::WillReregister,
        ImportOutcome::AlreadyRegistered,
        ImportOutcome::UnknownEmail,
        ImportOutcome::UnknownTheme,
        ImportOutcome::ArchivedTheme,
        ImportOutcome::Duplicate,
        ImportOutcome::Invalid,
    ];

    /// Whether the row registers someone on commit.
    pub fn registers(self) -> bool {
        matches!(self, ImportOutcome::WillRegister | ImportOutcome::WillReregister)
    }

    /// Whether the row belongs in the "failed rows" file to fix and upload again.
    pub fn failed(self) -> bool {
        !self.registers() && self != ImportOutcome::AlreadyRegistered
    }
}

/// Why a row is [`ImportOutcome::Invalid`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum InvalidReason {
    EmailRequired,
    EmailTooLong,
    ThemeRequired,
    MessageTooLong,
}

/// One data row of the file, as read and as resolved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportRow {
    /// The row's line in the file, counting from 1 (the header is line 1 when there is one).
    pub line: u64,
    /// The cells as written (trimmed).
    pub email: String,
    pub theme: String,
    pub message: String,
    pub outcome: ImportOutcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<InvalidReason>,
    /// For `duplicate`: the line of the first row with the same person and theme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<u64>,
    /// The person found by the email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_id: Option<i64>,
    /// The theme found by the name or id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme_id: Option<i64>,
}

/// The answer of an import, dry run or commit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportReport {
    /// True when nothing was written.
    pub dry_run: bool,
    pub encoding: CsvEncoding,
    /// Whether the first row was recognised as a header and skipped.
    pub header: bool,
    /// Every data row, in file order.
    pub rows: Vec<ImportRow>,
    /// Registrations written (0 on a dry run).
    pub registered: u64,
}

impl ImportReport {
    /// How many rows have `outcome`.
    pub fn count(&self, outcome: ImportOutcome) -> usize {
        self.rows.iter().filter(|r| r.outcome == outcome).count()
    }

    /// How many rows a commit registers.
    pub fn to_register(&self) -> usize {
        self.rows.iter().filter(|r| r.outcome.registers()).count()
    }
}

/// Whether a first row is a header: its first cell names the email column
/// (`email`, `e-mail`, `mail`, `メール`, `メールアドレス`, …), which an
/// address never is.
pub fn is_header(first_cell: &str) -> bool {
    // `normalize_query` folds width, case and katakana (メール → めーる).
    let cell = crate::search::normalize_query(first_cell).replace(['-', '_', ' ', '・'], "");
    matches!(cell.as_str(), "email" | "mail" | "emailaddress" | "mailaddress" | "めーる" | "めーるあどれす")
}

/// One CSV field: quoted when it holds a comma, a quote or a line break
/// (RFC 4180), and with a leading `'` when a spreadsheet would read it as
/// a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return).
pub fn csv_field(value: &str) -> String {
    let formula = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let value = if formula { format!("'{value}") } else { value.to_string() };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// One CSV record ending in CRLF, as Excel writes them.
pub fn csv_record<S: AsRef<str>>(fields: &[S]) -> String {
    let mut line = fields.iter().map(|f| csv_field(f.as_ref())).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// The byte order mark that makes Excel read a CSV as UTF-8.
pub const UTF8_BOM: &str = "\u{feff}";

/// The failed rows of a report as a CSV to fix and upload again: the
/// original three columns and a `reason` column (`reason` holds the
/// outcome's and the reason's names, e.g. `unknown_email`), UTF-8 with a
/// BOM, with a header row the import recognises.
pub fn failed_rows_csv(report: &ImportReport, reason_text: impl Fn(&ImportRow) -> String) -> String {
    let mut out = String::from(UTF8_BOM);
    out.push_str(&csv_record(&["email", "theme", "message", "reason"]));
    for row in report.rows.iter().filter(|r| r.outcome.failed()) {
        out.push_str(&csv_record(&[&row.email, &row.theme, &row.message, &reason_text(row)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_neutralised() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        for lead in ["+1", "-1", "@SUM(A1)", "\tx"] {
            assert_eq!(csv_field(lead), format!("'{lead}"), "{lead:?}");
        }
        assert_eq!(csv_field("\rx"), "\"'\rx\"");
        assert_eq!(csv_field("a-b"), "a-b", "only a leading sign is a formula");
        assert_eq!(csv_record(&["a", "b,c", ""]), "a,\"b,c\",\r\n");
    }

    #[test]
    fn headers_are_recognised_in_both_languages() {
        for h in ["email", "Email", "E-mail", "ｅｍａｉｌ", "メール", "メールアドレス", "mail address"]
        {
            assert!(is_header(h), "{h}");
        }
        for cell in ["mentee@example.com", "", "名前"] {
            assert!(!is_header(cell), "{cell}");
        }
    }

    fn row(line: u64, outcome: ImportOutcome) -> ImportRow {
        ImportRow {
            line,
            email: format!("p{line}@example.com"),
            theme: "海外駐在".into(),
            message: "=1+1".into(),
            outcome,
            reason: None,
            duplicate_of: None,
            person_id: None,
            theme_id: None,
        }
    }

    #[test]
    fn failed_rows_keep_their_columns_with_a_reason() {
        let report = ImportReport {
            dry_run: true,
            encoding: CsvEncoding::ShiftJis,
            header: false,
            rows: vec![
                row(1, ImportOutcome::WillRegister),
                row(2, ImportOutcome::UnknownEmail),
                row(3, ImportOutcome::AlreadyRegistered),
                row(4, ImportOutcome::Duplicate),
            ],
            registered: 0,
        };
        assert_eq!(report.to_register(), 1);
        assert_eq!(report.count(ImportOutcome::UnknownEmail), 1);
        let csv = failed_rows_csv(&report, |r| format!("line {}", r.line));
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(
            lines,
            [
                "email,theme,message,reason",
                "p2@example.com,海外駐在,'=1+1,line 2",
                "p4@example.com,海外駐在,'=1+1,line 4",
                ""
            ]
        );
        assert!(is_header(lines[0].split(',').next().unwrap()), "the file can be uploaded again");
    }
}
