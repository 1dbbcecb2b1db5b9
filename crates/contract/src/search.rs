//! Search text normalisation, the same on both sides so that a query typed in
//! the app means what the server searches for.

pub const MAX_QUERY_CHARS: usize = 100;

/// Trims, folds case and ASCII-width variants (full-width `Ｓａｔｏ` → `sato`),
/// turns katakana into hiragana so `サトウ` finds a reading stored as `さとう`,
/// and collapses runs of white space (including the ideographic space).
pub fn normalize_query(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        let c = match c as u32 {
            // Full-width ASCII block → ASCII.
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            // Katakana ァ..ヶ → hiragana ぁ..ゖ.
            0x30A1..=0x30F6 => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            _ => c,
        };
        out.extend(c.to_lowercase());
    }
    out
}

/// The order of name readings: あいうえお order whichever kana a reading is
/// written in (foreign names are read in katakana, Japanese ones in
/// hiragana), case and width folded as for search; the raw text breaks ties
/// so the order is total.
pub fn reading_order(a: &str, b: &str) -> std::cmp::Ordering {
    normalize_query(a).cmp(&normalize_query(b)).then_with(|| a.cmp(b))
}

/// Whether every word of a normalised query occurs in one of the haystacks
/// (each normalised the same way).
pub fn matches_all_words(normalized_query: &str, haystacks: &[&str]) -> bool {
    let hay: Vec<String> = haystacks.iter().map(|h| normalize_query(h)).collect();
    normalized_query.split(' ').filter(|w| !w.is_empty()).all(|w| hay.iter().any(|h| h.contains(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_width_case_kana_and_space() {
        assert_eq!(normalize_query("  Ｓａｔｏ　Misaki  "), "sato misaki");
        assert_eq!(normalize_query("サトウ"), "さとう");
        assert_eq!(normalize_query("佐藤"), "佐藤");
        assert_eq!(normalize_query(""), "");
    }

    #[test]
    fn readings_sort_together_in_either_kana() {
        let mut names =
            ["わたなべ たくや", "オリバー ベネット", "あべ はやと", "エミリー カーター", "えんどう れん"];
        names.sort_by(|a, b| reading_order(a, b));
        assert_eq!(
            names,
            ["あべ はやと", "エミリー カーター", "えんどう れん", "オリバー ベネット", "わたなべ たくや"]
        );
        assert_eq!(
            reading_order("さとう", "サトウ"),
            std::cmp::Ordering::Less,
            "ties broken by the raw text"
        );
    }

    #[test]
    fn every_word_must_match_somewhere() {
        let q = normalize_query("さとう 営業");
        assert!(matches_all_words(&q, &["佐藤 美咲", "サトウ ミサキ", "営業部"]));
        assert!(!matches_all_words(&q, &["佐藤 美咲", "さとう みさき", "開発部"]));
        assert!(matches_all_words("", &["x"]));
    }
}
