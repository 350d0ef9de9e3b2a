//! Roles: the title or job the article gives a person, found around the name but never
//! inside its mention ("US President Donald Trump", "Dmitry Peskov, the Kremlin
//! spokesman,", "Ukraine's foreign minister Andrii Sybiha").

use super::features::{role, TokInfo};
#[cfg(test)]
use super::gazetteer::{tok_hash, Category, Gazetteer};
use super::Found;
use crate::segment::Token;
use crate::{Document, Span};

/// What each token can be inside a role.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum RoleTok {
    /// Nothing to do with roles.
    #[default]
    No,
    /// A role word ("President", "spokesman", "foreign minister").
    Head,
    /// A word that may qualify a role ("former", "deputy").
    Modifier,
}

impl RoleTok {
    /// The role of a token from the [`TokInfo::role`] bits the gazetteer marked: a word
    /// inside a role is a role word, even when it may also be a modifier.
    pub(crate) fn of(info: &TokInfo) -> RoleTok {
        if info.role & role::HEAD != 0 {
            RoleTok::Head
        } else if info.role & role::MODIFIER != 0 {
            RoleTok::Modifier
        } else {
            RoleTok::No
        }
    }
}

/// Mark role words and modifiers over the document's tokens (multi-word roles too), one
/// lookup per run: what the tagger's gazetteer pass marks on the way ([`RoleTok::of`]),
/// kept as the reference the tests hold it to.
#[cfg(test)]
pub(crate) fn role_tokens(doc: &Document, gaz: &Gazetteer) -> Vec<RoleTok> {
    let text = doc.text();
    let tokens = doc.tokens();
    let mut out = vec![RoleTok::No; tokens.len()];
    // Each token is hashed once (per sentence, into a reused buffer); lookups of runs
    // combine the hashes.
    let mut sent_hashes: Vec<u64> = Vec::new();
    let role = 1 << Category::Role as u16;
    let modifier = 1 << Category::Modifier as u16;
    for sent in doc.sentences() {
        let r = sent.tokens.clone();
        sent_hashes.clear();
        sent_hashes.extend(
            tokens
                .get(r.clone())
                .unwrap_or(&[])
                .iter()
                .map(|t| tok_hash(t.text(text))),
        );
        let hashes = |a: usize, b: usize| sent_hashes.get(a - r.start..b - r.start);
        for i in r.clone() {
            if out.get(i) == Some(&RoleTok::Head) {
                continue;
            }
            // Longest role ending here (up to four words).
            for len in (1..=4usize).rev() {
                let Some(s) = (i + 1).checked_sub(len) else {
                    continue;
                };
                if s < r.start {
                    continue;
                }
                let Some(hs) = hashes(s, i + 1) else {
                    continue;
                };
                if gaz.lookup_hashes(hs) & role != 0 {
                    for k in s..=i {
                        if let Some(o) = out.get_mut(k) {
                            *o = RoleTok::Head;
                        }
                    }
                    break;
                }
            }
            if out.get(i) == Some(&RoleTok::No) {
                if let Some(h) = hashes(i, i + 1) {
                    if gaz.lookup_hashes(h) & modifier != 0 {
                        if let Some(o) = out.get_mut(i) {
                            *o = RoleTok::Modifier;
                        }
                    }
                }
            }
        }
    }
    out
}

fn is_possessive(s: &str) -> bool {
    matches!(s, "'s" | "’s" | "'" | "’")
}

fn is_article(s: &str) -> bool {
    matches!(
        s,
        "the" | "The" | "a" | "A" | "an" | "An" | "his" | "her" | "its" | "their"
    )
}

/// The text of a role run `a..b` (token indices), trimmed of leading and trailing
/// articles and "of".
fn run_text(text: &str, tokens: &[Token], mut a: usize, mut b: usize) -> Option<String> {
    while a < b {
        let s = tokens.get(a)?.text(text);
        if is_article(s) || s == "of" || s == "," {
            a += 1;
        } else {
            break;
        }
    }
    while b > a {
        let s = tokens.get(b - 1)?.text(text);
        if is_article(s) || s == "of" || s == "," || is_possessive(s) {
            b -= 1;
        } else {
            break;
        }
    }
    if a >= b {
        return None;
    }
    let span = Span::new(tokens.get(a)?.span().start, tokens.get(b - 1)?.span().end);
    let s = span.slice(text);
    // Collapse line breaks and runs of spaces.
    Some(s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// `owner[t]` when no mention covers token `t`.
pub(crate) const NO_OWNER: u32 = u32::MAX;

/// The mention covering token `k`, if any.
fn owner_of(owner: &[u32], k: usize) -> Option<usize> {
    owner
        .get(k)
        .filter(|&&o| o != NO_OWNER)
        .map(|&o| o as usize)
}

/// Roles of each person mention in `found` (others get none). `owner[t]` is the index of
/// the mention covering token `t`, or [`NO_OWNER`].
pub(crate) fn roles(
    doc: &Document,
    found: &[Found],
    owner: &[u32],
    rt: &[RoleTok],
) -> Vec<Option<String>> {
    let text = doc.text();
    let tokens = doc.tokens();
    let mut out = vec![None; found.len()];
    for (fi, f) in found.iter().enumerate() {
        if f.kind != super::ActorKind::Person {
            continue;
        }
        let Some(si) = doc.sentence_at(f.span.start) else {
            continue;
        };
        let Some(sent) = doc.sentences().get(si) else {
            continue;
        };
        let (s0, s1) = (sent.tokens.start, sent.tokens.end);
        // Before the name: a run of role words, modifiers, other names and possessives
        // that ends in a role word right before the name.
        let (a, _) = f.toks;
        if a > s0 && rt.get(a - 1) == Some(&RoleTok::Head) {
            let mut j = a;
            let mut heads = 0;
            while j > s0 {
                let k = j - 1;
                let Some(t) = tokens.get(k) else { break };
                let s = t.text(text);
                match rt.get(k) {
                    Some(RoleTok::Head) => heads += 1,
                    Some(RoleTok::Modifier) => {}
                    _ => {
                        if let Some(o) = owner_of(owner, k) {
                            // Another name inside the role ("US", "Kremlin", "Putin's").
                            let other = found.get(o).map_or(a, |x| x.toks.0);
                            let person =
                                found.get(o).map(|x| x.kind) == Some(super::ActorKind::Person);
                            let poss = tokens.get(j).is_some_and(|n| is_possessive(n.text(text)));
                            if person && !poss {
                                break;
                            }
                            j = other;
                            continue;
                        }
                        if !(is_possessive(s) || s == "-") {
                            break;
                        }
                    }
                }
                j = k;
            }
            if heads > 0 {
                out[fi] = run_text(text, tokens, j, a);
            }
        }
        if out[fi].is_some() {
            continue;
        }
        // After the name: ", [the] Kremlin spokesman," (an appositive ending in a role word).
        let (_, b) = f.toks;
        if tokens.get(b).is_some_and(|t| t.text(text) == ",") {
            let mut j = b + 1;
            let mut last_head = None;
            while j < s1 {
                let Some(t) = tokens.get(j) else { break };
                let s = t.text(text);
                match rt.get(j) {
                    Some(RoleTok::Head) => last_head = Some(j),
                    Some(RoleTok::Modifier) => {}
                    _ => {
                        if let Some(o) = owner_of(owner, j) {
                            j = found.get(o).map_or(j + 1, |x| x.toks.1);
                            continue;
                        }
                        if !(is_possessive(s) || is_article(s) || s == "-" || s == "of") {
                            break;
                        }
                    }
                }
                j += 1;
            }
            // The appositive must end at a comma, a stop or the sentence's end, right
            // after its last role word.
            if let Some(h) = last_head {
                let end_ok = j == s1
                    || tokens
                        .get(j)
                        .is_some_and(|t| matches!(t.text(text), "," | "." | ";" | ")"));
                if end_ok && h + 1 == j {
                    out[fi] = run_text(text, tokens, b + 1, j);
                }
            }
        }
    }
    out
}
