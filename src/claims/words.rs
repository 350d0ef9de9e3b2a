//! Small function-word lists the Claims stage reads (`data/claim_words.tsv`).

use crate::hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/claim_words.tsv");

fn lists() -> &'static HashMap<&'static str, HashSet<&'static str>> {
    static LISTS: OnceLock<HashMap<&'static str, HashSet<&'static str>>> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut map: HashMap<&'static str, HashSet<&'static str>> = HashMap::default();
        for line in DATA.lines() {
            if line.starts_with('#') {
                continue;
            }
            if let Some((name, words)) = line.split_once('\t') {
                map.entry(name.trim())
                    .or_default()
                    .extend(words.split_whitespace());
            }
        }
        map
    })
}

/// `s` lower-cased as `str::to_lowercase` does, with curly apostrophes made straight;
/// borrowed when that changes nothing (most words), else one allocation.
pub(crate) fn lower_apos(s: &str) -> std::borrow::Cow<'_, str> {
    let l = crate::segment::lower(s);
    // An ASCII word has no curly apostrophe: no second scan.
    if !s.is_ascii() && l.contains('’') {
        std::borrow::Cow::Owned(l.replace('’', "'"))
    } else {
        l
    }
}

/// Is the lower-cased `word` in list `name`?
pub fn is(name: &str, word: &str) -> bool {
    lists().get(name).is_some_and(|set| set.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let cases = [
            ("aux", "also", true),
            ("det", "the", true),
            ("pronoun", "she", true),
            ("pronoun", "table", false),
            ("role_head", "spokesman", true),
            ("nolist", "the", false),
        ];
        for (list, word, want) in cases {
            assert_eq!(is(list, word), want, "{list} {word}");
        }
    }
}
