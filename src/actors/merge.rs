//! Merging mentions into actors: one actor per real-world entity of the article.
//!
//! Same name (case, dots and apostrophes aside); surname ↔ full name; spelling variants
//! of long person names (Zelensky / Zelenskyy); acronyms ↔ expansions (NATO); country
//! aliases (US / United States) and demonyms ("Russian" joins Russia when the article
//! names Russia).

use super::{ActorKind, Found};
use crate::hash::FxHashMap as HashMap;

/// A normalised name: lower case, no dots, straight apostrophes, single spaces.
pub(crate) fn norm(s: &str) -> String {
    if !s.is_ascii() {
        return norm_chars(s);
    }
    // The common case, a byte at a time (for ASCII, lower-casing is one byte), as
    // [`norm_chars`].
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for &b in s.as_bytes() {
        if char::from(b).is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if b == b'.' {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(char::from(b.to_ascii_lowercase()));
    }
    out
}

/// [`norm`] for any text, a character at a time.
fn norm_chars(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if c == '.' {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        let c = if c == '’' { '\'' } else { c };
        out.extend(c.to_lowercase());
    }
    out
}

/// Disjoint sets of mentions; each set's root is its earliest mention, so the roots
/// depend only on which sets were joined, never on the order of the unions.
struct Dsu {
    parent: Vec<usize>,
    /// How many unions joined two sets so far: while it stands, every root stands.
    joins: usize,
}
impl Dsu {
    fn new(n: usize) -> Dsu {
        Dsu {
            parent: (0..n).collect(),
            joins: 0,
        }
    }
    fn find(&mut self, mut x: usize) -> usize {
        while let Some(&p) = self.parent.get(x) {
            if p == x {
                break;
            }
            let gp = self.parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.parent.get_mut(x) {
                *slot = gp;
            }
            x = p;
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // Keep the earlier mention as the root.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            if let Some(slot) = self.parent.get_mut(hi) {
                *slot = lo;
                self.joins += 1;
            }
        }
    }
}

/// Levenshtein distance over chars, bounded: returns `max + 1` when larger.
fn edit_distance(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut best = cur[0];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
            best = best.min(cur[j + 1]);
        }
        if best > max {
            return max + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The first two characters of a name: [`variant`] names share them.
fn start2(s: &str) -> (Option<char>, Option<char>) {
    let mut c = s.chars();
    (c.next(), c.next())
}

/// Are two surnames spellings of one name (Zelensky / Zelenskyy / Zelenskiy)?
pub(crate) fn variant(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // The first two letters must agree: variants differ inside or at the end. (Checked
    // first: it is the cheap test that rules out almost every pair.)
    if start2(a) != start2(b) {
        return false;
    }
    let n = a.chars().count().min(b.chars().count());
    let max = match n {
        0..=5 => 0,
        6..=8 => 1,
        _ => 2,
    };
    max > 0 && edit_distance(a, b, max) <= max
}

const ACRONYM_SKIP: [&str; 8] = ["of", "the", "and", "for", "de", "&", "du", "on"];

/// Initials of a multi-word name ("North Atlantic Treaty Organization" → "nato").
fn initials(key: &str) -> Option<String> {
    let words: Vec<&str> = key
        .split(' ')
        .filter(|w| !ACRONYM_SKIP.contains(w))
        .collect();
    if words.len() < 2 {
        return None;
    }
    Some(words.iter().filter_map(|w| w.chars().next()).collect())
}

/// Group the mentions `found` into clusters: returns the cluster root of each mention.
/// `country[i]` is the canonical country of mention `i` when it is a country name or a
/// demonym.
pub(crate) fn cluster(found: &[Found], keys: &[String], country: &[Option<String>]) -> Vec<usize> {
    let n = found.len();
    let mut d = Dsu::new(n);
    // 1. Same normalised name (any kind but demonyms, which stay apart from same-text
    //    names only when typed differently).
    let mut by_key: HashMap<&str, usize> = HashMap::default();
    for (i, k) in keys.iter().enumerate() {
        if let Some(&j) = by_key.get(k.as_str()) {
            d.union(i, j);
        } else {
            by_key.insert(k, i);
        }
    }
    // 2. Country aliases (US / U.S. / United States), and demonyms to their country when
    //    the country itself is named.
    let mut by_country: HashMap<&str, usize> = HashMap::default();
    for (i, c) in country.iter().enumerate() {
        let Some(c) = c else { continue };
        if found.get(i).is_some_and(|f| !f.demonym) {
            by_country.entry(c.as_str()).or_insert(i);
        }
    }
    for (i, c) in country.iter().enumerate() {
        if let Some(&j) = c.as_deref().and_then(|c| by_country.get(c)) {
            d.union(i, j);
        }
    }
    // 3. People: full names, then surnames and variants. Linear-ish: exact surnames by
    //    hash; variant scans only over a bounded number of distinct names.
    const MAX_SCAN: usize = 1000;
    let person = |i: usize| found.get(i).is_some_and(|f| f.kind == ActorKind::Person);
    let words: Vec<Vec<&str>> = keys.iter().map(|k| k.split(' ').collect()).collect();
    let wlen = |i: usize| words.get(i).map_or(0, Vec::len);
    let full: Vec<usize> = (0..n).filter(|&i| person(i) && wlen(i) > 1).collect();
    // Variants among full names near each other (fewer than 200 places apart in `full`):
    // same first name (or initial), surname variant. A variant shares its surname's first
    // two characters, so only names with the same initial and surname start are compared
    // (the same pairs pass; unions in any order make the same clusters, each rooted at its
    // earliest mention).
    type NearKey = (Option<char>, (Option<char>, Option<char>));
    let mut near: HashMap<NearKey, Vec<usize>> = HashMap::default();
    for (x, &i) in full.iter().enumerate() {
        let Some(w) = words.get(i) else { continue };
        let (Some(first), Some(last)) = (w.first(), w.last()) else {
            continue;
        };
        near.entry((first.chars().next(), start2(last)))
            .or_default()
            .push(x);
    }
    let mut groups: Vec<&Vec<usize>> = near.values().filter(|g| g.len() > 1).collect();
    groups.sort_unstable_by_key(|g| g.first().copied());
    for g in groups {
        for (a, &x) in g.iter().enumerate() {
            for &y in g
                .get(a + 1..)
                .unwrap_or(&[])
                .iter()
                .take_while(|&&y| y < x + 200)
            {
                let (Some(&i), Some(&j)) = (full.get(x), full.get(y)) else {
                    continue;
                };
                let (Some(li), Some(lj)) = (
                    words.get(i).and_then(|w| w.last()),
                    words.get(j).and_then(|w| w.last()),
                ) else {
                    continue;
                };
                if li != lj && variant(li, lj) {
                    d.union(i, j);
                }
            }
        }
    }
    // Surname -> full-name mentions (ascending), and the distinct surnames in order.
    let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut surnames: Vec<&str> = Vec::new();
    for &j in &full {
        if let Some(l) = words.get(j).and_then(|w| w.last()) {
            let e = by_surname.entry(l).or_default();
            if e.is_empty() {
                surnames.push(l);
            }
            e.push(j);
        }
    }
    // The scans below look for variants among the first MAX_SCAN surnames (and single
    // names) in order; a variant shares its first two characters, so each scan reads
    // only the names with the same start (same names, same order, same result).
    let mut surnames_by_start: HashMap<(Option<char>, Option<char>), Vec<&str>> =
        HashMap::default();
    for s in surnames.iter().take(MAX_SCAN) {
        surnames_by_start.entry(start2(s)).or_default().push(s);
    }
    let mut singles_by_start: HashMap<(Option<char>, Option<char>), Vec<&str>> = HashMap::default();
    // Single words: a surname (or its variant) of exactly one full-name cluster, else the
    // nearest one before; else a variant of another single name.
    let mut singles: HashMap<&str, usize> = HashMap::default();
    // How many single names were new (not variants); the first MAX_SCAN are scanned.
    let mut new_singles = 0usize;
    let mut cands_of: HashMap<&str, (usize, Vec<usize>)> = HashMap::default();
    for i in 0..n {
        if !person(i) || wlen(i) != 1 {
            continue;
        }
        let Some(word) = words.get(i).and_then(|w| w.first()).copied() else {
            continue;
        };
        let mut lists: Vec<&Vec<usize>> = Vec::new();
        if let Some(l) = by_surname.get(word) {
            lists.push(l);
        } else {
            let same_start = surnames_by_start.get(&start2(word));
            for s in same_start.into_iter().flatten() {
                if variant(s, word) {
                    if let Some(l) = by_surname.get(s) {
                        lists.push(l);
                    }
                }
            }
        }
        // The clusters of those full names (distinct, in order), read again only when
        // clusters were joined since they were last read for this word.
        let cands = match cands_of.get_mut(word) {
            Some((joins, cands)) if *joins == d.joins => cands,
            _ => {
                let mut cands: Vec<usize> = Vec::new();
                for l in &lists {
                    for &j in l.iter().take(MAX_SCAN) {
                        let r = d.find(j);
                        if !cands.contains(&r) {
                            cands.push(r);
                        }
                    }
                }
                let e = cands_of.entry(word).or_default();
                *e = (d.joins, cands);
                &mut e.1
            }
        };
        let pick = match cands.len() {
            0 => None,
            1 => cands.first().copied(),
            _ => {
                // The nearest full name before this mention, else the first.
                let before = lists
                    .iter()
                    .filter_map(|l| {
                        let k = l.partition_point(|&j| j < i);
                        k.checked_sub(1).and_then(|k| l.get(k)).copied()
                    })
                    .max();
                before
                    .or_else(|| lists.iter().filter_map(|l| l.first().copied()).min())
                    .map(|j| d.find(j))
            }
        };
        if let Some(r) = pick {
            d.union(i, r);
            continue;
        }
        if let Some(&j) = singles.get(word) {
            d.union(i, j);
            continue;
        }
        let near = singles_by_start
            .get(&start2(word))
            .into_iter()
            .flatten()
            .find(|s| variant(s, word))
            .and_then(|s| singles.get(s))
            .copied();
        if let Some(j) = near {
            d.union(i, j);
        } else {
            if new_singles < MAX_SCAN {
                singles_by_start.entry(start2(word)).or_default().push(word);
            }
            new_singles += 1;
        }
        singles.insert(word, near.unwrap_or(i));
    }
    // 4. Acronyms: an all-capitals single word matching the initials of a longer name.
    let mut by_initials: HashMap<String, usize> = HashMap::default();
    for i in 0..n {
        if person(i) || found.get(i).is_some_and(|f| f.demonym) {
            continue;
        }
        if let Some(ini) = keys.get(i).and_then(|k| initials(k)) {
            if ini.len() >= 2 {
                by_initials.entry(ini).or_insert(i);
            }
        }
    }
    for i in 0..n {
        let Some(f) = found.get(i) else { continue };
        if person(i) || !f.acronym {
            continue;
        }
        if let Some(&j) = keys.get(i).and_then(|k| by_initials.get(k)) {
            d.union(i, j);
        }
    }
    (0..n).map(|i| d.find(i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let cases = [
            ("Zelensky", "Zelenskyy", true),
            ("zelensky", "zelenskiy", true),
            ("Trump", "Trumps", false),
            ("Putin", "Peskov", false),
            ("Johnson", "Jonson", true),
            ("Smith", "Smyth", false),
            ("Anderson", "Henderson", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(variant(a, b), want, "{a} / {b}");
        }
        assert_eq!(norm("U.S.  President’s"), "us president's");
        for s in [
            "U.S.  President's",
            " A\tB\x0bC\r\n",
            "...",
            "",
            "Mr. O'Neill ",
        ] {
            assert_eq!(norm(s), norm_chars(s), "{s:?}");
        }
        assert_eq!(
            initials("north atlantic treaty organization").as_deref(),
            Some("nato")
        );
        assert_eq!(initials("bank of england").as_deref(), Some("be"));
        assert_eq!(edit_distance("kitten", "sitting", 5), 3);
    }
}
