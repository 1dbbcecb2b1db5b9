//! The import tab's words for what each row of a CSV does, and the
//! "failed rows" file built from them.

use naname_contract::admin_import::{failed_rows_csv, ImportOutcome, ImportReport, ImportRow, InvalidReason};

use crate::i18n::{format, text, Key, Lang};

fn outcome_key(outcome: ImportOutcome) -> Key {
    match outcome {
        ImportOutcome::WillRegister => Key::ImportWillRegister,
        ImportOutcome::WillReregister => Key::ImportWillReregister,
        ImportOutcome::AlreadyRegistered => Key::ImportAlreadyRegistered,
        ImportOutcome::UnknownEmail => Key::ImportUnknownEmail,
        ImportOutcome::UnknownTheme => Key::ImportUnknownTheme,
        ImportOutcome::ArchivedTheme => Key::ImportArchivedTheme,
        ImportOutcome::Duplicate => Key::ImportDuplicate,
        ImportOutcome::Invalid => Key::ImportInvalid,
    }
}

/// An outcome as the label of its count ("Duplicates: 2").
pub fn count_key(outcome: ImportOutcome) -> Key {
    match outcome {
        ImportOutcome::Duplicate => Key::ImportDuplicateRows,
        other => outcome_key(other),
    }
}

fn reason_key(reason: InvalidReason) -> Key {
    match reason {
        InvalidReason::EmailRequired => Key::ImportEmailRequired,
        InvalidReason::EmailTooLong => Key::ImportEmailTooLong,
        InvalidReason::ThemeRequired => Key::ImportThemeRequired,
        InvalidReason::MessageTooLong => Key::ImportMessageTooLong,
    }
}

/// What a row does, in words: "Unknown email", "Duplicate of line 3", "The email is empty".
pub fn row_outcome(lang: Lang, row: &ImportRow) -> String {
    match (row.outcome, row.reason) {
        (ImportOutcome::Invalid, Some(reason)) => text(lang, reason_key(reason)).to_string(),
        (ImportOutcome::Duplicate, _) => {
            let line = row.duplicate_of.map(|l| l.to_string()).unwrap_or_default();
            format(text(lang, Key::ImportDuplicate), &[("line", &line)])
        }
        (outcome, _) => text(lang, outcome_key(outcome)).to_string(),
    }
}

/// The badge class of an outcome: fine, left alone, or needing a fix.
pub fn outcome_tone(outcome: ImportOutcome) -> &'static str {
    if outcome.registers() {
        "import-ok"
    } else if outcome.failed() {
        "import-bad"
    } else {
        "import-same"
    }
}

/// The failed rows as a CSV to fix and upload again, the reason in words
/// with the line it came from.
pub fn failed_csv(lang: Lang, report: &ImportReport) -> String {
    failed_rows_csv(report, |row| {
        let line = text(lang, Key::ImportColLine);
        format!("{} ({line} {})", row_outcome(lang, row), row.line)
    })
}

/// The outcomes present in a report, in their order, with their counts.
pub fn counts(report: &ImportReport) -> Vec<(ImportOutcome, usize)> {
    ImportOutcome::ALL.into_iter().map(|o| (o, report.count(o))).filter(|(_, n)| *n > 0).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use naname_contract::admin_import::CsvEncoding;

    fn row(line: u64, outcome: ImportOutcome) -> ImportRow {
        ImportRow {
            line,
            email: "x@example.com".into(),
            theme: "海外駐在".into(),
            message: String::new(),
            outcome,
            reason: None,
            duplicate_of: None,
            person_id: None,
            theme_id: None,
        }
    }

    #[test]
    fn outcomes_read_in_both_languages() {
        let mut dup = row(4, ImportOutcome::Duplicate);
        dup.duplicate_of = Some(2);
        assert_eq!(row_outcome(Lang::En, &dup), "Duplicate of line 2");
        assert_eq!(row_outcome(Lang::Ja, &dup), "2行目と重複");
        let mut bad = row(5, ImportOutcome::Invalid);
        bad.reason = Some(InvalidReason::EmailRequired);
        assert_eq!(row_outcome(Lang::En, &bad), "The email is empty");
        assert_eq!(
            row_outcome(Lang::Ja, &row(1, ImportOutcome::UnknownEmail)),
            "メールアドレスが見つかりません"
        );
        assert_eq!(outcome_tone(ImportOutcome::WillRegister), "import-ok");
        assert_eq!(outcome_tone(ImportOutcome::AlreadyRegistered), "import-same");
        assert_eq!(outcome_tone(ImportOutcome::UnknownTheme), "import-bad");
    }

    #[test]
    fn the_failed_file_names_each_reason_and_line() {
        let report = ImportReport {
            dry_run: true,
            encoding: CsvEncoding::ShiftJis,
            header: true,
            rows: vec![row(2, ImportOutcome::WillRegister), row(3, ImportOutcome::UnknownEmail)],
            registered: 0,
        };
        let csv = failed_csv(Lang::En, &report);
        assert_eq!(
            csv,
            "\u{feff}email,theme,message,reason\r\nx@example.com,海外駐在,,Unknown email (Line 3)\r\n"
        );
        assert_eq!(counts(&report), vec![(ImportOutcome::WillRegister, 1), (ImportOutcome::UnknownEmail, 1)]);
    }
}
