//! Features for the entity tagger: every feature is a 32-bit FNV-1a hash built over the
//! token bytes in place, so tagging allocates no string per token.

use super::gazetteer::{Gazetteer, GAZ_CATEGORIES};
use crate::segment::{ParagraphKind, TokenKind};
use crate::Document;
use std::collections::HashMap;

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

/// An FNV-1a hash under construction.
#[derive(Clone, Copy)]
pub(crate) struct H(u32);

impl H {
    /// A hash seeded with a feature template id.
    pub(crate) fn new(template: u8) -> H {
        H(FNV_OFFSET).byte(template)
    }
    pub(crate) fn byte(self, b: u8) -> H {
        H((self.0 ^ u32::from(b)).wrapping_mul(FNV_PRIME))
    }
    pub(crate) fn bytes(mut self, bs: &[u8]) -> H {
        for &b in bs {
            self = self.byte(b);
        }
        self
    }
    pub(crate) fn u32(self, v: u32) -> H {
        self.bytes(&v.to_le_bytes())
    }
    /// Finish: never 0 (0 marks an empty slot in the model table).
    pub(crate) fn done(self) -> u32 {
        // A final avalanche so that sorted hashes spread evenly.
        let mut x = self.0;
        x ^= x >> 16;
        x = x.wrapping_mul(0x7feb_352d);
        x ^= x >> 15;
        x = x.wrapping_mul(0x846c_a68b);
        x ^= x >> 16;
        x.max(1)
    }
}

/// Hash of a string, lower-cased (Unicode), without allocating.
fn hash_lower(s: &str) -> u32 {
    let mut h = H(FNV_OFFSET);
    for c in s.chars() {
        if c.is_ascii() {
            h = h.byte(c.to_ascii_lowercase() as u8);
        } else {
            let mut buf = [0u8; 4];
            for l in c.to_lowercase() {
                h = h.bytes(l.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    h.0
}

fn hash_exact(s: &str) -> u32 {
    H(FNV_OFFSET).bytes(s.as_bytes()).0
}

/// Character class for word shapes.
fn class(c: char) -> u8 {
    if c.is_uppercase() {
        b'X'
    } else if c.is_lowercase() {
        b'x'
    } else if c.is_numeric() {
        b'd'
    } else {
        match c {
            '.' | ',' | '-' | '\'' | '’' | '&' => c as u8,
            _ => b'#',
        }
    }
}

/// Both shape hashes under construction, fed one character class at a time.
struct Shapes {
    short: H,
    long: H,
    last: u8,
    n_short: u8,
}

impl Default for Shapes {
    fn default() -> Shapes {
        Shapes {
            short: H(FNV_OFFSET),
            long: H(FNV_OFFSET),
            last: 0,
            n_short: 0,
        }
    }
}

impl Shapes {
    /// Add the class `k` of the `i`th character.
    #[inline]
    fn push(&mut self, i: usize, k: u8) {
        if i < 4 || k != self.last {
            self.long = self.long.byte(k);
        }
        if k != self.last && self.n_short < 6 {
            self.short = self.short.byte(k);
            self.n_short += 1;
        }
        self.last = k;
    }

    /// The short and long shape hashes.
    fn done(&self) -> (u32, u32) {
        (self.short.0, self.long.0)
    }
}

/// Short shape (runs collapsed, at most 6 classes) and long shape (first 4 classes, then
/// collapsed tail) hashes.
fn shapes(s: &str) -> (u32, u32) {
    let mut sh = Shapes::default();
    for (i, c) in s.chars().enumerate() {
        sh.push(i, class(c));
    }
    sh.done()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_affixes_are_the_general_ones() {
        for w in [
            "", "a", "ab", "The", "Putin", "NATO", "U.S.", "co-op", "O'Neill", "1998",
        ] {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            affixes_ascii(w.as_bytes(), &mut a);
            affixes_any(w, &mut b);
            assert_eq!(a, b, "{w:?}");
        }
    }

    #[test]
    fn ascii_path_gives_the_general_facts() {
        let words = [
            "",
            "a",
            "A",
            "the",
            "Putin",
            "NATO",
            "U.S.",
            "1998",
            "3.5",
            "co-op",
            "O'Neill",
            "AT&T",
            "$",
            "#x",
            "--",
            "iPhone",
            "McDonald's",
            "X1-Y2.z",
            "ABCDEFGHIJ",
            "a.b.c.d.e.f.g",
            "'s",
            "...",
            "Mid-1990s",
            "e-mail",
            "W7",
            "Q3",
            "9/11",
        ];
        for w in words {
            for kind in [TokenKind::Word, TokenKind::Number, TokenKind::Punct] {
                for full in [false, true] {
                    let a = token_info_ascii(w.as_bytes(), kind, full);
                    let b = token_info_any(w, kind, full);
                    let key = |t: TokInfo| (t.exact, t.lower, t.shape, t.long_shape, t.flags);
                    assert_eq!(key(a), key(b), "{w:?} {kind:?} {full}");
                }
            }
        }
    }
}

/// Bit flags of a token.
pub(crate) mod flag {
    pub const CAP: u16 = 1; // starts with an upper-case letter
    pub const ALLCAPS: u16 = 2; // all letters upper-case, at least one letter
    pub const LOWER: u16 = 4; // starts with a lower-case letter
    pub const DIGIT: u16 = 8;
    pub const WORD: u16 = 16;
    pub const SENT_START: u16 = 32; // first word of its sentence (after opening punctuation)
    pub const HEADING: u16 = 64; // in a heading paragraph
    pub const CAPS_SENT: u16 = 128; // the sentence is mostly capitals
    pub const DOC_LOWER: u16 = 256; // the same word is written lower-case elsewhere in the doc
    pub const DOC_CAP_MID: u16 = 512; // capitalised, not sentence-initial, elsewhere in the doc
    pub const HAS_PERIOD: u16 = 1024;
    pub const HAS_HYPHEN: u16 = 2048;
    pub const TABLE: u16 = 4096; // the sentence is mostly numbers (a results table row)
}

/// What the tagger knows about one token of the document.
#[derive(Clone, Copy, Default)]
pub(crate) struct TokInfo {
    /// Hash of the exact text.
    pub exact: u32,
    /// Hash of the lower-cased text.
    pub lower: u32,
    pub shape: u32,
    pub long_shape: u32,
    pub flags: u16,
    /// Gazetteer matches: for each category, a 2-bit position code (0 none, 1 B, 2 I/L, 3 U).
    pub gaz: u32,
    /// Hash of the document's first word, lower-cased (a headline's topic: "soccer").
    pub topic: u32,
    /// Role words ([`role::HEAD`], [`role::MODIFIER`] bits), marked with the gazetteer
    /// matches for the actors stage; not a tagger feature.
    pub role: u8,
}

/// Bits of [`TokInfo::role`].
pub(crate) mod role {
    /// Inside a role of up to four words ("President", "foreign minister").
    pub const HEAD: u8 = 1;
    /// A word that may qualify a role ("former", "deputy").
    pub const MODIFIER: u8 = 2;
}

/// The facts of one token on its own (no sentence or document flags yet). With `full`
/// false only `lower` and `flags` are filled in (what [`DocFacts`] needs).
fn token_info(s: &str, kind: TokenKind, full: bool) -> TokInfo {
    if s.is_ascii() {
        return token_info_ascii(s.as_bytes(), kind, full);
    }
    token_info_any(s, kind, full)
}

/// [`token_info`] for an ASCII token in one pass over its bytes (most tokens): the same
/// facts and hashes as the general path, where for ASCII `is_alphabetic` is
/// `is_ascii_alphabetic`, `is_numeric` is `is_ascii_digit` and lower-casing is one byte.
fn token_info_ascii(b: &[u8], kind: TokenKind, full: bool) -> TokInfo {
    let mut f = 0u16;
    match b.first() {
        Some(c) if c.is_ascii_uppercase() => f |= flag::CAP,
        Some(c) if c.is_ascii_lowercase() => f |= flag::LOWER,
        _ => {}
    }
    let (mut letters, mut upper) = (0usize, 0usize);
    let (mut exact, mut lower) = (H(FNV_OFFSET), H(FNV_OFFSET));
    let mut sh = Shapes::default();
    for (i, &c) in b.iter().enumerate() {
        let k = if c.is_ascii_uppercase() {
            letters += 1;
            upper += 1;
            b'X'
        } else if c.is_ascii_lowercase() {
            letters += 1;
            b'x'
        } else if c.is_ascii_digit() {
            f |= flag::DIGIT;
            b'd'
        } else {
            match c {
                b'.' => f |= flag::HAS_PERIOD,
                b'-' => f |= flag::HAS_HYPHEN,
                _ => {}
            }
            match c {
                b'.' | b',' | b'-' | b'\'' | b'&' => c,
                _ => b'#',
            }
        };
        lower = lower.byte(c.to_ascii_lowercase());
        if full {
            exact = exact.byte(c);
            sh.push(i, k);
        }
    }
    let hashes = full.then(|| (exact.0, sh.done()));
    finish_info(f, letters, upper, kind, lower.0, hashes)
}

/// [`token_info`] for any token.
fn token_info_any(s: &str, kind: TokenKind, full: bool) -> TokInfo {
    let mut f = 0u16;
    let first = s.chars().next().unwrap_or(' ');
    if first.is_uppercase() {
        f |= flag::CAP;
    } else if first.is_lowercase() {
        f |= flag::LOWER;
    }
    let mut letters = 0;
    let mut upper = 0;
    for c in s.chars() {
        if c.is_alphabetic() {
            letters += 1;
            upper += usize::from(c.is_uppercase());
        }
        if c.is_ascii_digit() {
            f |= flag::DIGIT;
        } else if c == '.' {
            f |= flag::HAS_PERIOD;
        } else if c == '-' {
            f |= flag::HAS_HYPHEN;
        }
    }
    let hashes = full.then(|| (hash_exact(s), shapes(s)));
    finish_info(f, letters, upper, kind, hash_lower(s), hashes)
}

/// A token's facts from what both paths of [`token_info`] gathered: its character flags
/// `f`, its letters and upper-case letters, its kind, its lower-cased hash, and (when
/// full) its exact hash and shape hashes.
fn finish_info(
    mut f: u16,
    letters: usize,
    upper: usize,
    kind: TokenKind,
    lower: u32,
    hashes: Option<(u32, (u32, u32))>,
) -> TokInfo {
    if letters > 0 && upper == letters {
        f |= flag::ALLCAPS;
    }
    if kind == TokenKind::Word {
        f |= flag::WORD;
    }
    let (exact, (shape, long_shape)) = hashes.unwrap_or_default();
    TokInfo {
        exact,
        lower,
        shape,
        long_shape,
        flags: f,
        gaz: 0,
        topic: 0,
        role: 0,
    }
}

/// The facts of sentence `si`'s tokens on their own and in their sentence (position,
/// heading, capitals, results table; with `gaz`, gazetteer matches, its token hashes
/// written into the buffer that comes with it), into `out`.
fn sentence_infos(
    doc: &Document,
    gaz: Option<(&Gazetteer, &mut Vec<u64>)>,
    si: usize,
    out: &mut Vec<TokInfo>,
) {
    let text = doc.text();
    let toks = doc.sentence_tokens(si);
    out.clear();
    out.extend(
        toks.iter()
            .map(|t| token_info(t.text(text), t.kind, gaz.is_some())),
    );
    let heading = doc.sentence_kind(si) == ParagraphKind::Heading;
    let (mut letters_up, mut words) = (0, 0);
    for i in out.iter() {
        if i.flags & flag::WORD != 0 {
            words += 1;
            if i.flags & flag::ALLCAPS != 0 {
                letters_up += 1;
            }
        }
    }
    let caps_sent = words >= 3 && letters_up * 10 >= words * 8;
    let (numbers, tokens_n) = out.iter().fold((0, 0), |(d, n), i| {
        let num = i.flags & flag::DIGIT != 0 && i.flags & flag::WORD == 0;
        (d + usize::from(num), n + 1)
    });
    let table = numbers >= 2 && numbers * 10 >= tokens_n * 3;
    let mut seen_word = false;
    for i in out.iter_mut() {
        if heading {
            i.flags |= flag::HEADING;
        }
        if caps_sent {
            i.flags |= flag::CAPS_SENT;
        }
        if table {
            i.flags |= flag::TABLE;
        }
        if !seen_word && i.flags & (flag::WORD | flag::DIGIT) != 0 {
            i.flags |= flag::SENT_START;
            seen_word = true;
        }
    }
    if let Some((gaz, hashes)) = gaz {
        gaz.mark(text, toks, out, hashes);
    }
}

/// What the tagger knows about the whole document before it tags a sentence: whether
/// each word (by lower-cased hash) is written lower-case, or capitalised mid-sentence,
/// somewhere in the document, and the document's topic word.
///
/// Built in one pass over the document that keeps nothing per token, so that the
/// per-token facts ([`TokInfo`]) are only ever held for one sentence at a time: at 24
/// bytes a token, a whole document's would be the largest allocation of the pipeline.
pub(crate) struct DocFacts {
    seen: HashMap<u32, u16, BuildIdentity>,
    topic: u32,
}

impl DocFacts {
    /// Read `doc`.
    pub(crate) fn new(doc: &Document) -> DocFacts {
        let text = doc.text();
        let tokens = doc.tokens();
        let mut seen: HashMap<u32, u16, BuildIdentity> = HashMap::default();
        let mut note = |i: &TokInfo| {
            if i.flags & flag::CAPS_SENT != 0 {
                return;
            }
            if i.flags & flag::LOWER != 0 {
                *seen.entry(i.lower).or_default() |= flag::DOC_LOWER;
            } else if i.flags & flag::CAP != 0 && i.flags & (flag::SENT_START | flag::HEADING) == 0
            {
                *seen.entry(i.lower).or_default() |= flag::DOC_CAP_MID;
            }
        };
        // The topic: the first word of the document when it opens an all-capitals
        // sentence ("SOCCER - ..."); none for other documents.
        let first_word = tokens.iter().position(|t| t.kind == TokenKind::Word);
        let mut topic = 0;
        let mut buf = Vec::new();
        // Tokens outside every sentence count too, with their own facts alone.
        let mut next = 0;
        for (si, sent) in doc.sentences().iter().enumerate() {
            for t in tokens.get(next..sent.tokens.start).unwrap_or(&[]) {
                note(&token_info(t.text(text), t.kind, false));
            }
            sentence_infos(doc, None, si, &mut buf);
            for i in &buf {
                note(i);
            }
            if let Some(w) = first_word.filter(|w| sent.tokens.contains(w)) {
                let i = buf.get(w - sent.tokens.start);
                topic = i
                    .filter(|i| i.flags & flag::CAPS_SENT != 0)
                    .map_or(0, |i| i.lower);
            }
            next = next.max(sent.tokens.end);
        }
        for t in tokens.get(next..).unwrap_or(&[]) {
            note(&token_info(t.text(text), t.kind, false));
        }
        DocFacts { seen, topic }
    }

    /// Everything the tagger knows about the tokens of sentence `si`, into `out`
    /// (`hashes`: a buffer for the gazetteer's token hashes, reused between sentences).
    pub(crate) fn sentence(
        &self,
        doc: &Document,
        gaz: &Gazetteer,
        si: usize,
        out: &mut Vec<TokInfo>,
        hashes: &mut Vec<u64>,
    ) {
        sentence_infos(doc, Some((gaz, hashes)), si, out);
        for i in out.iter_mut() {
            if let Some(f) = self.seen.get(&i.lower) {
                i.flags |= f;
            }
            i.topic = self.topic;
        }
    }
}

/// A `BuildHasher` for keys that are hashes already.
#[derive(Clone, Copy, Default)]
pub(crate) struct BuildIdentity;

/// The identity hasher behind [`BuildIdentity`].
#[derive(Default)]
pub(crate) struct Identity(u64);

impl std::hash::Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b) ^ (self.0 >> 56);
        }
    }
    fn write_u32(&mut self, v: u32) {
        self.0 = u64::from(v).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

impl std::hash::BuildHasher for BuildIdentity {
    type Hasher = Identity;
    fn build_hasher(&self) -> Identity {
        Identity(0)
    }
}

/// Prefix and suffix hashes (1 to 4 characters, lower-cased) of a word.
fn affixes(s: &str, out: &mut Vec<u32>) {
    if s.is_ascii() {
        affixes_ascii(s.as_bytes(), out);
        return;
    }
    affixes_any(s, out);
}

/// [`affixes`] of an ASCII word (a character is a byte): each prefix's hash is the
/// running hash of the word's first bytes.
fn affixes_ascii(b: &[u8], out: &mut Vec<u32>) {
    let k_max = b.len().saturating_sub(1).min(4);
    let mut h = H(FNV_OFFSET);
    for (k, &c) in (1..=k_max).zip(b) {
        h = h.byte(c.to_ascii_lowercase());
        out.push(H::new(40 + k as u8).u32(h.0).done());
    }
    for k in 1..=k_max {
        let tail = b.get(b.len() - k..).unwrap_or(&[]);
        let h = tail
            .iter()
            .fold(H(FNV_OFFSET), |h, &c| h.byte(c.to_ascii_lowercase()));
        out.push(H::new(50 + k as u8).u32(h.0).done());
    }
}

/// [`affixes`] of any word.
fn affixes_any(s: &str, out: &mut Vec<u32>) {
    let mut n = 0usize;
    let mut ends = [0usize; 5];
    for (i, c) in s.char_indices() {
        if n >= 5 {
            break;
        }
        ends[n] = i + c.len_utf8();
        n += 1;
    }
    // Prefixes (only when the word is longer than the prefix).
    for k in 1..=4usize {
        if n > k {
            let p = s.get(..ends[k - 1]).unwrap_or("");
            out.push(H::new(40 + k as u8).u32(hash_lower(p)).done());
        }
    }
    let mut starts = [0usize; 5];
    let mut m = 0usize;
    for (i, _) in s.char_indices().rev() {
        if m >= 5 {
            break;
        }
        starts[m] = i;
        m += 1;
    }
    for k in 1..=4usize {
        if m > k {
            let p = s.get(starts[k - 1]..).unwrap_or("");
            out.push(H::new(50 + k as u8).u32(hash_lower(p)).done());
        }
    }
}

const PAD: TokInfo = TokInfo {
    exact: 0x5eed,
    lower: 0x5eed,
    shape: 0x5eed,
    long_shape: 0x5eed,
    flags: 0,
    gaz: 0,
    topic: 0,
    role: 0,
};

/// Static (tag-independent) features of token `i` of a sentence whose tokens are
/// `infos` (with texts `words`), appended to `out`.
pub(crate) fn static_features(infos: &[TokInfo], words: &[&str], i: usize, out: &mut Vec<u32>) {
    let at = |j: isize| -> TokInfo {
        if j < 0 {
            PAD
        } else {
            infos.get(j as usize).copied().unwrap_or(PAD)
        }
    };
    let ii = i as isize;
    let t = at(ii);
    let (p1, p2, n1, n2) = (at(ii - 1), at(ii - 2), at(ii + 1), at(ii + 2));
    let caps = t.flags & flag::CAPS_SENT != 0;
    let f = t.flags;
    out.push(H::new(1).done());
    // In all-caps headlines the exact form says little: use the lower-cased one.
    if !caps {
        out.push(H::new(2).u32(t.exact).done());
    }
    out.push(H::new(3).u32(t.lower).done());
    out.push(H::new(4).u32(t.shape).done());
    out.push(H::new(5).u32(t.long_shape).done());
    if let Some(w) = words.get(i) {
        if w.len() > 1 {
            affixes(w, out);
        }
    }
    out.push(H::new(6).u32(p1.lower).done());
    out.push(H::new(7).u32(n1.lower).done());
    out.push(H::new(8).u32(p2.lower).done());
    out.push(H::new(9).u32(n2.lower).done());
    out.push(H::new(10).u32(p1.lower).u32(t.lower).done());
    out.push(H::new(11).u32(t.lower).u32(n1.lower).done());
    out.push(H::new(12).u32(p1.shape).u32(t.shape).done());
    out.push(H::new(13).u32(t.shape).u32(n1.shape).done());
    out.push(H::new(14).u32(p1.shape).u32(t.shape).u32(n1.shape).done());
    out.push(H::new(15).u32(p1.lower).u32(t.shape).done());
    out.push(H::new(16).u32(t.shape).u32(n1.lower).done());
    // Flags (sentence position, heading, capitals, document facts) with the shape.
    let ctx = f
        & (flag::SENT_START
            | flag::HEADING
            | flag::CAPS_SENT
            | flag::DOC_LOWER
            | flag::DOC_CAP_MID
            | flag::TABLE);
    out.push(H::new(17).u32(u32::from(ctx)).u32(t.shape).done());
    out.push(
        H::new(18)
            .u32(u32::from(
                f & (flag::DOC_LOWER | flag::DOC_CAP_MID | flag::SENT_START),
            ))
            .done(),
    );
    if caps {
        out.push(
            H::new(19)
                .u32(t.lower)
                .u32(u32::from(f & flag::SENT_START))
                .done(),
        );
    }
    // Gazetteer matches: each category's position code, alone and with capitalisation.
    if t.gaz != 0 {
        for c in 0..GAZ_CATEGORIES {
            let code = (t.gaz >> (2 * c)) & 3;
            if code != 0 {
                out.push(H::new(20).byte(c as u8).byte(code as u8).done());
                out.push(
                    H::new(21)
                        .byte(c as u8)
                        .byte(code as u8)
                        .u32(u32::from(f & (flag::CAP | flag::ALLCAPS)))
                        .done(),
                );
            }
        }
    }
    // Wider shape windows, the words on either side together, and the place-gazetteer
    // codes of the neighbours with the word's shape.
    out.push(H::new(80).u32(p2.shape).u32(p1.shape).u32(t.shape).done());
    out.push(H::new(81).u32(t.shape).u32(n1.shape).u32(n2.shape).done());
    out.push(H::new(82).u32(p1.lower).u32(n1.lower).done());
    out.push(
        H::new(83)
            .u32(p1.gaz & 0x3f)
            .u32(t.shape)
            .u32(n1.gaz & 0x3f)
            .done(),
    );
    // Rows of results tables, and the document's topic word with the word's shape.
    if f & flag::TABLE != 0 {
        out.push(
            H::new(73)
                .u32(u32::from(f & flag::SENT_START))
                .u32(t.shape)
                .u32(p1.shape)
                .done(),
        );
    }
    if t.topic != 0 && f & flag::CAP != 0 {
        out.push(H::new(74).u32(t.topic).u32(t.shape).done());
        out.push(H::new(75).u32(t.topic).u32(t.gaz & 0x3f).done());
    }
    for (k, nb) in [(22u8, p1), (23u8, n1)] {
        if nb.gaz != 0 {
            for c in 0..GAZ_CATEGORIES {
                let code = (nb.gaz >> (2 * c)) & 3;
                if code != 0 {
                    out.push(H::new(k).byte(c as u8).byte(code as u8).done());
                }
            }
        }
    }
}

/// Number of entity-type slots in the document history.
pub(crate) const HIST: usize = 5;

/// Dynamic features: they depend on the tags already chosen (`prev`, `prev2`) and on the
/// types earlier occurrences of the same word received (`hist`: counts per type + O).
pub(crate) fn dynamic_features(
    t: &TokInfo,
    prev: u8,
    prev2: u8,
    hist: Option<&[u16; HIST]>,
    out: &mut Vec<u32>,
) {
    out.push(H::new(60).byte(prev).done());
    out.push(H::new(61).byte(prev2).byte(prev).done());
    out.push(H::new(62).byte(prev).u32(t.lower).done());
    out.push(H::new(63).byte(prev).u32(t.shape).done());
    if let Some(h) = hist {
        let total: u32 = h.iter().map(|&x| u32::from(x)).sum();
        if total > 0 {
            let (best, &n) = h
                .iter()
                .enumerate()
                .max_by_key(|(k, &n)| (n, std::cmp::Reverse(*k)))
                .unwrap_or((HIST - 1, &0));
            let share = if n as u32 * 10 >= total * 8 { 1u8 } else { 0 };
            out.push(H::new(64).byte(best as u8).byte(share).done());
            out.push(H::new(65).byte(best as u8).u32(t.shape).done());
        }
    }
}
