//! The reporting-verb lexicon (`data/reporting_verbs.tsv`): every form of a cue word and
//! what kind of cue it is.

use crate::hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// What kind of reporting word a cue is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    /// A speech act taking a clause or a quotation ("said", "noted").
    Speech,
    /// A speech act with an addressee before the clause ("told", "assured").
    Tell,
    /// A speech act taking a noun phrase ("denied", "criticised", "described … as").
    Act,
    /// A belief, intention or perception ("thinks", "wants").
    Belief,
    /// A reporting noun ("statement", "remarks").
    Noun,
    /// "according (to)".
    According,
}

/// One lexicon entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The lemma ("say" for "said").
    pub lemma: &'static str,
    /// Its class.
    pub class: CueClass,
}

const DATA: &str = include_str!("../../data/reporting_verbs.tsv");

fn table() -> &'static HashMap<&'static str, Entry> {
    static TABLE: OnceLock<HashMap<&'static str, Entry>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::default();
        for line in DATA.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(lemma), Some(forms), Some(class)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            let class = match class.trim() {
                "speech" => CueClass::Speech,
                "tell" => CueClass::Tell,
                "act" => CueClass::Act,
                "belief" => CueClass::Belief,
                "noun" => CueClass::Noun,
                "according" => CueClass::According,
                _ => continue,
            };
            for form in forms.split_whitespace() {
                map.entry(form).or_insert(Entry { lemma, class });
            }
        }
        map
    })
}

/// The entry for a lower-cased word form, if it is a cue word.
pub fn lookup(lower: &str) -> Option<Entry> {
    table().get(lower).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_resolve_to_lemmas_and_classes() {
        let cases = [
            ("said", Some(("say", CueClass::Speech))),
            ("told", Some(("tell", CueClass::Tell))),
            ("emphasised", Some(("emphasise", CueClass::Speech))),
            ("criticized", Some(("criticise", CueClass::Act))),
            ("believes", Some(("believe", CueClass::Belief))),
            ("according", Some(("according", CueClass::According))),
            ("states", None),
            ("table", None),
        ];
        for (form, want) in cases {
            let got = lookup(form).map(|e| (e.lemma, e.class));
            assert_eq!(got, want, "{form}");
        }
    }
}
