//! The entity tagger: a greedy left-to-right averaged-perceptron sequence labeller over
//! BILOU tags, with a document-level history of the types each word received.
//!
//! Model file format (all integers little-endian), written by [`super::train`]:
//!
//! ```text
//! magic   b"DSNER\x03"
//! u8      number of tags (17)
//! u8      reserved (0)
//! f32     scale: real weight = stored weight * scale
//! u32     number of features n
//! features in ascending hash order, in three columns (each column compresses better on
//! its own: the wasm is served gzipped, and the model is most of it):
//!   n varints: bit mask of the tags with a non-zero weight
//!   per feature, per set bit, low to high: zig-zag varint weight (fits i16)
//!   the last 4n bytes: u32 hash minus the previous hash (the first: the hash itself),
//!     as four byte planes: the low bytes of all n, then the second bytes, and so on
//! ```

use super::features::flag::{CAP, DIGIT};
use super::features::{dynamic_features, static_features, BuildIdentity, DocFacts, TokInfo, HIST};
use super::gazetteer::Gazetteer;
use crate::Document;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Entity types the tagger knows.
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// Number of tags: O plus B, I, L, U for each type.
pub const NTAGS: usize = 1 + 4 * TYPES.len();

/// The tag `O`.
pub const O: u8 = 0;

/// Tag id of position `pos` (0 B, 1 I, 2 L, 3 U) of type `ty`.
pub const fn tag(ty: usize, pos: usize) -> u8 {
    (1 + 4 * ty + pos) as u8
}

/// Type index of a non-O tag.
pub const fn tag_type(t: u8) -> usize {
    (t as usize - 1) / 4
}

/// Position of a non-O tag: 0 B, 1 I, 2 L, 3 U.
pub const fn tag_pos(t: u8) -> usize {
    (t as usize - 1) % 4
}

/// Does tag `t` leave an entity open (B or I), so that the next tag must continue it?
pub const fn opens(t: u8) -> bool {
    t != O && matches!(tag_pos(t), 0 | 1)
}

/// May tag `next` follow tag `prev`?
pub fn allowed(prev: u8, next: u8) -> bool {
    if opens(prev) {
        next != O && tag_type(next) == tag_type(prev) && matches!(tag_pos(next), 1 | 2)
    } else {
        next == O || matches!(tag_pos(next), 0 | 3)
    }
}

/// Something that scores features per tag (the trained model, or weights in training).
pub trait Scorer {
    /// Add the weights of `feats` to `scores`.
    fn add(&self, feats: &[u32], scores: &mut [f32; NTAGS]);
    /// Training only: one token was tagged `pred` where `gold` is right, with features
    /// `feats` (all of them, static and dynamic).
    fn learn(&mut self, feats: &[u32], gold: u8, pred: u8) {
        let _ = (feats, gold, pred);
    }
    /// True when the weights never change while a document is tagged, so that the tagger
    /// may skip tokens whose tag is plain (not while learning).
    fn fixed(&self) -> bool {
        false
    }
}

/// Magic bytes at the start of a model file.
pub const MAGIC: &[u8; 6] = b"DSNER\x03";

/// A loaded model: an open-addressing table from feature hash to a row of weights.
#[derive(Debug, Default)]
pub struct Model {
    /// (feature hash, row index) per slot; hash 0 marks an empty slot.
    slots: Vec<(u32, u32)>,
    weights: Vec<[f32; NTAGS]>,
    mask: usize,
    scale: f32,
}

fn varint(data: &[u8], pos: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    let mut shift = 0;
    loop {
        let b = *data.get(*pos)?;
        *pos += 1;
        if shift > 63 {
            return None;
        }
        v |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(v);
        }
        shift += 7;
    }
}

/// Append a varint.
pub fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        } else {
            out.push(b | 0x80);
        }
    }
}

impl Model {
    /// Parse a model file; `None` when it is malformed.
    pub fn parse(data: &[u8]) -> Option<Model> {
        if data.get(..6)? != MAGIC || *data.get(6)? as usize != NTAGS {
            return None;
        }
        let scale = f32::from_le_bytes(data.get(8..12)?.try_into().ok()?);
        let n = u32::from_le_bytes(data.get(12..16)?.try_into().ok()?) as usize;
        if n > data.len() {
            return None;
        }
        let size = (n * 2).next_power_of_two().max(16);
        let mut m = Model {
            slots: vec![(0, 0); size],
            weights: Vec::with_capacity(n),
            mask: size - 1,
            scale,
        };
        let mut pos = 16;
        let masks = (0..n)
            .map(|_| varint(data, &mut pos))
            .collect::<Option<Vec<u64>>>()?;
        let planes = data.len().checked_sub(n * 4)?;
        let mut hash = 0u64;
        for (row, &bits) in masks.iter().enumerate() {
            let byte = |k: usize| data.get(planes + k * n + row).copied().map(u64::from);
            hash += byte(0)? | byte(1)? << 8 | byte(2)? << 16 | byte(3)? << 24;
            let key = u32::try_from(hash).ok()?;
            if key == 0 {
                return None;
            }
            let mut w = [0f32; NTAGS];
            // The set bits of the tags' mask, low to high (bits above the tags are not
            // weights).
            let mut set = bits & ((1u64 << NTAGS) - 1);
            while set != 0 {
                let t = set.trailing_zeros() as usize;
                set &= set - 1;
                let z = varint(data, &mut pos)?;
                let v = ((z >> 1) as i64) ^ -((z & 1) as i64);
                *w.get_mut(t)? = i32::try_from(v).ok()? as f32 * scale;
            }
            m.weights.push(w);
            let mut slot = (key as usize).wrapping_mul(0x9E37_79B9) & m.mask;
            loop {
                let k = m.slots.get(slot)?.0;
                if k == 0 {
                    break;
                }
                if k == key {
                    return None;
                }
                slot = (slot + 1) & m.mask;
            }
            *m.slots.get_mut(slot)? = (key, row as u32);
        }
        if pos != planes {
            return None;
        }
        Some(m)
    }

    /// The built-in model.
    pub fn builtin() -> &'static Model {
        static M: OnceLock<Model> = OnceLock::new();
        M.get_or_init(|| {
            Model::parse(include_bytes!("../../data/actors-model.bin")).unwrap_or_default()
        })
    }

    /// Number of features.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// True when the model has no features.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The weight scale.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    #[inline]
    fn row(&self, key: u32) -> Option<&[f32; NTAGS]> {
        if self.slots.is_empty() {
            return None;
        }
        let mut slot = (key as usize).wrapping_mul(0x9E37_79B9) & self.mask;
        loop {
            let (k, r) = *self.slots.get(slot)?;
            if k == key {
                return self.weights.get(r as usize);
            }
            if k == 0 {
                return None;
            }
            slot = (slot + 1) & self.mask;
        }
    }
}

impl Scorer for &Model {
    fn fixed(&self) -> bool {
        true
    }
    fn add(&self, feats: &[u32], scores: &mut [f32; NTAGS]) {
        for &f in feats {
            if let Some(r) = self.row(f) {
                for (s, &w) in scores.iter_mut().zip(r) {
                    *s += w;
                }
            }
        }
    }
}

/// Can token `i` of a sentence (text `word`), after tag `prev`, only be `O`? True when no
/// entity is open, the token has no capital letter and is not a number, and neither of
/// the next two tokens is capitalised: "the", "said", commas. The model tags such tokens
/// `O` (on the dev sets, 470,000 tokens, it never tagged one otherwise, and "van der Sar"
/// is why the second token ahead counts), so the tagger skips scoring them: about two
/// thirds of the tokens of news text.
fn plainly_outside(infos: &[TokInfo], word: &str, prev: u8, i: usize) -> bool {
    let cap_at = |j: usize| infos.get(j).is_some_and(|t| t.flags & CAP != 0);
    !opens(prev)
        && infos.get(i).is_some_and(|t| t.flags & DIGIT == 0)
        && !word.chars().any(char::is_uppercase)
        && !cap_at(i + 1)
        && !cap_at(i + 2)
}

/// Tag one sentence (`infos` and `words` of its tokens) greedily, left to right, writing
/// tags into `tags`. `hist` maps a word's exact hash to the types it received so far in
/// the document and is updated. With a [fixed](Scorer::fixed) scorer, tokens that are
/// [plainly outside](plainly_outside) entities are tagged `O` unscored. With `gold` and a
/// learner, updates the weights.
pub(crate) fn tag_sentence<S: Scorer>(
    scorer: &mut S,
    infos: &[TokInfo],
    words: &[&str],
    hist: &mut HashMap<u32, [u16; HIST], BuildIdentity>,
    tags: &mut Vec<u8>,
    gold: Option<&[u8]>,
) {
    tags.clear();
    let mut stat = Vec::with_capacity(64);
    let mut feats = Vec::with_capacity(64);
    let (mut prev, mut prev2) = (O, O);
    let n = infos.len();
    let fixed = scorer.fixed() && gold.is_none();
    for i in 0..n {
        let Some(t) = infos.get(i) else { break };
        let word = words.get(i).copied().unwrap_or("");
        if fixed && plainly_outside(infos, word, prev, i) {
            tags.push(O);
            prev2 = prev;
            prev = O;
            continue;
        }
        stat.clear();
        static_features(infos, words, i, &mut stat);
        let mut base = [0f32; NTAGS];
        scorer.add(&stat, &mut base);
        feats.clear();
        let cap = t.flags & CAP != 0;
        dynamic_features(
            t,
            prev,
            prev2,
            if cap { hist.get(&t.exact) } else { None },
            &mut feats,
        );
        scorer.add(&feats, &mut base);
        // The best tag that may follow `prev` (an open entity can only be continued or
        // closed; nothing is continued that was not opened; the sentence's last token
        // closes everything), and, for learning, the best tag of all.
        let last = i + 1 == n;
        // The fallback is always allowed: close the open entity, or O.
        let mut best = if opens(prev) {
            prev - tag_pos(prev) as u8 + 2
        } else {
            O
        };
        let mut best_score = f32::NEG_INFINITY;
        let mut raw = O;
        let mut raw_score = f32::NEG_INFINITY;
        for (k, &s) in base.iter().enumerate() {
            let k = k as u8;
            if s > raw_score {
                raw_score = s;
                raw = k;
            }
            if s > best_score && allowed(prev, k) && !(last && opens(k)) {
                best_score = s;
                best = k;
            }
        }
        if let Some(gold) = gold {
            let g = gold.get(i).copied().unwrap_or(O);
            feats.extend_from_slice(&stat);
            scorer.learn(&feats, g, raw);
        }
        tags.push(best);
        prev2 = prev;
        prev = best;
    }
    // Record the types in the history (each token of an entity, and O for capitalised
    // words outside entities).
    for (i, &tg) in tags.iter().enumerate() {
        let Some(t) = infos.get(i) else { break };
        if t.flags & CAP == 0 {
            continue;
        }
        let slot = if tg == O { HIST - 1 } else { tag_type(tg) };
        let e = hist.entry(t.exact).or_insert([0; HIST]);
        e[slot] = e[slot].saturating_add(1);
    }
}

/// Tag every token of `doc` (tags indexed like `doc.tokens()`). With `gold` (same
/// indexing), the scorer learns from each token.
pub fn tag_document<S: Scorer>(
    scorer: &mut S,
    doc: &Document,
    gaz: &Gazetteer,
    gold: Option<&[u8]>,
) -> Vec<u8> {
    tag_document_with(scorer, doc, gaz, gold, |_, _| {})
}

/// [`tag_document`], showing `each` the facts of every sentence's tokens once tagged
/// (with the index of its first token): what the actors stage reads of them (role words)
/// comes from there instead of a second pass over the document.
pub(crate) fn tag_document_with<S: Scorer>(
    scorer: &mut S,
    doc: &Document,
    gaz: &Gazetteer,
    gold: Option<&[u8]>,
    mut each: impl FnMut(usize, &[TokInfo]),
) -> Vec<u8> {
    let facts = DocFacts::new(doc);
    let text = doc.text();
    let tokens = doc.tokens();
    let mut out = vec![O; tokens.len()];
    let mut hist = HashMap::default();
    let mut infos = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    let mut tags = Vec::new();
    let mut hashes = Vec::new();
    for (si, sent) in doc.sentences().iter().enumerate() {
        let r = sent.tokens.clone();
        let Some(toks) = tokens.get(r.clone()) else {
            continue;
        };
        facts.sentence(doc, gaz, si, &mut infos, &mut hashes);
        words.clear();
        words.extend(toks.iter().map(|t| t.text(text)));
        let g = gold.and_then(|g| g.get(r.clone()));
        tag_sentence(scorer, &infos, &words, &mut hist, &mut tags, g);
        if let Some(o) = out.get_mut(r.clone()) {
            for (o, t) in o.iter_mut().zip(&tags) {
                *o = *t;
            }
        }
        each(r.start, &infos);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transitions() {
        let per_b = tag(0, 0);
        let per_i = tag(0, 1);
        let per_l = tag(0, 2);
        let per_u = tag(0, 3);
        let org_l = tag(1, 2);
        let cases = [
            (O, O, true),
            (O, per_b, true),
            (O, per_i, false),
            (per_b, per_i, true),
            (per_b, per_l, true),
            (per_b, org_l, false),
            (per_b, O, false),
            (per_l, per_u, true),
            (per_u, per_b, true),
            (per_i, per_u, false),
        ];
        for (a, b, ok) in cases {
            assert_eq!(allowed(a, b), ok, "{a} -> {b}");
        }
    }

    #[test]
    fn malformed_models_are_refused() {
        assert!(Model::parse(b"").is_none());
        assert!(Model::parse(b"DSNER\x03\x11\x00\x00\x00\x80\x3f\x05\x00\x00\x00").is_none());
        let mut ok = MAGIC.to_vec();
        ok.extend([NTAGS as u8, 0]);
        ok.extend(1.0f32.to_le_bytes());
        ok.extend(0u32.to_le_bytes());
        assert!(Model::parse(&ok).is_some_and(|m| m.is_empty()));
    }
}
