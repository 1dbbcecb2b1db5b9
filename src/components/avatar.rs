//! Coloured initials; decorative, the name is always written next to them.

/// The first visible character of a name.
pub fn initial(name: &str) -> String {
    name.chars().find(|c| !c.is_whitespace()).map(String::from).unwrap_or_default()
}
