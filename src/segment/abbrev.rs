//! The abbreviation list in `data/abbreviations.tsv`.

use crate::hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../data/abbreviations.tsv");

/// How an abbreviation behaves at a full stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbbrevClass {
    /// Stands before a name and never ends a sentence (Mr., Gen., St.).
    Title,
    /// Rarely ends a sentence (Jan., No., approx.).
    Inner,
    /// May end a sentence (Inc., U.S., etc.).
    Any,
}

fn table() -> &'static HashMap<&'static str, AbbrevClass> {
    static MAP: OnceLock<HashMap<&'static str, AbbrevClass>> = OnceLock::new();
    MAP.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (class, word) = l.split_once('\t')?;
                let class = match class {
                    "title" => AbbrevClass::Title,
                    "inner" => AbbrevClass::Inner,
                    "any" => AbbrevClass::Any,
                    _ => return None,
                };
                Some((word, class))
            })
            .collect()
    })
}

/// The class of `word` (without its final stop) as an abbreviation, if it is one.
/// Single letters are initials (titles: "E." in "Jonas E. Smith"); runs of single letters
/// with stops ("U.S", "e.g") may end a sentence.
///
/// ```
/// use dossier::segment::{abbreviation, AbbrevClass};
/// assert_eq!(abbreviation("Mr"), Some(AbbrevClass::Title));
/// assert_eq!(abbreviation("E"), Some(AbbrevClass::Title));
/// assert_eq!(abbreviation("U.S"), Some(AbbrevClass::Any));
/// assert_eq!(abbreviation("said"), None);
/// ```
pub fn abbreviation(word: &str) -> Option<AbbrevClass> {
    if let Some(c) = table().get(word) {
        return Some(*c);
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return Some(AbbrevClass::Title);
        }
    }
    // Dotted letter runs: U.S, a.m, N.A.T.O
    let parts: Vec<&str> = word.split('.').collect();
    if parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
    {
        return Some(AbbrevClass::Any);
    }
    None
}
