//! Unicode properties the lexer needs beyond identifiers.

use unicode_general_category::{get_general_category, GeneralCategory};

/// Python's `str.isprintable` for one character: everything except the "Other" (C*) and
/// "Separator" (Z*) categories, the ASCII space excepted.
pub(crate) fn is_printable(ch: char) -> bool {
    if ch == ' ' {
        return true;
    }
    !matches!(
        get_general_category(ch),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::Surrogate
            | GeneralCategory::PrivateUse
            | GeneralCategory::Unassigned
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
            | GeneralCategory::SpaceSeparator
    )
}

#[cfg(test)]
mod tests {
    use super::is_printable;

    #[test]
    fn printable_matches_python() {
        assert!(is_printable('€'));
        assert!(is_printable(' '));
        assert!(!is_printable('\u{a0}'));
        assert!(!is_printable('\u{200b}'));
        assert!(!is_printable('\u{7f}'));
        assert!(!is_printable('\u{2028}'));
    }
}
