//! Segmentation: paragraphs, sentences and tokens.
//!
//! Paragraphs are lines (a hard-wrapped line that continues in lower case joins the one
//! before it); boilerplate lines become [`ParagraphKind::Boilerplate`] paragraphs with no
//! sentences, so no extractor ever reads them. Sentences are split on tokens, so that
//! abbreviations (Mr., U.S., Jan.), initials (JD Vance, Jonas E. Smith), decimals and
//! money, URLs and e-mail addresses, closing quotes, ellipses, list markers and `!?` runs
//! all survive.

mod abbrev;
mod sentences;
mod tokens;

pub use abbrev::{abbreviation, AbbrevClass};
pub(crate) use tokens::lower;
pub use tokens::{tokenize, Token, TokenKind};

use crate::Span;
use std::ops::Range;

/// What a paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParagraphKind {
    /// Article prose.
    Body,
    /// A headline or cross-head: short, no closing stop, title case or capitals.
    Heading,
    /// A boilerplate line found by intake; it has no sentences.
    Boilerplate,
}

/// A paragraph of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: ParagraphKind,
    /// Its sentences, as indices into [`Segmentation::sentences`].
    pub sentences: Range<usize>,
}

/// A sentence of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Where it is (first token's start to last token's end).
    pub span: Span,
    /// Its tokens, as indices into [`Segmentation::tokens`].
    pub tokens: Range<usize>,
    /// The paragraph it belongs to.
    pub paragraph: usize,
}

/// The segmented document.
#[derive(Clone, Debug, Default)]
pub struct Segmentation {
    /// Paragraphs in text order (boilerplate lines included, marked).
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order (none inside boilerplate).
    pub tokens: Vec<Token>,
}

/// Segment `text`, treating the `boilerplate` spans (sorted, disjoint) as skipped lines.
///
/// ```
/// let seg = dossier::segment::segment("Mr. Smith paid $100.00 in the U.S. on Jan. 5. He left!", &[]);
/// assert_eq!(seg.sentences.len(), 2);
/// ```
pub fn segment(text: &str, boilerplate: &[Span]) -> Segmentation {
    let mut seg = Segmentation::default();
    let lines = line_spans(text);
    let mut b = 0;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        while b < boilerplate.len() && boilerplate[b].end <= line.start {
            b += 1;
        }
        if b < boilerplate.len() && boilerplate[b].overlaps(&line) {
            let n = seg.sentences.len();
            seg.paragraphs.push(Paragraph {
                span: line,
                kind: ParagraphKind::Boilerplate,
                sentences: n..n,
            });
            i += 1;
            continue;
        }
        // Join hard-wrapped continuation lines.
        let mut span = line;
        while i + 1 < lines.len() {
            let next = lines[i + 1];
            let overlaps_skip = boilerplate[b..]
                .iter()
                .take_while(|s| s.start < next.end)
                .any(|s| s.overlaps(&next));
            if overlaps_skip || !continues(span.slice(text), next.slice(text)) {
                break;
            }
            span = span.cover(&next);
            i += 1;
        }
        let p = seg.paragraphs.len();
        let t0 = seg.tokens.len();
        tokenize(text, span, &mut seg.tokens);
        let s0 = seg.sentences.len();
        sentences::split(text, &seg.tokens, t0, p, &mut seg.sentences);
        let kind = if is_heading(text, span, &seg.tokens[t0..], seg.sentences.len() - s0) {
            ParagraphKind::Heading
        } else {
            ParagraphKind::Body
        };
        seg.paragraphs.push(Paragraph {
            span,
            kind,
            sentences: s0..seg.sentences.len(),
        });
        i += 1;
    }
    seg
}

/// Non-empty lines, trimmed.
fn line_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in 0..=bytes.len() {
        if i == bytes.len() || bytes[i] == b'\n' {
            let line = &text[start..i];
            let lead = line.len() - line.trim_start().len();
            let t = line.trim();
            if !t.is_empty() {
                out.push(Span::new(start + lead, start + lead + t.len()));
            }
            start = i + 1;
        }
    }
    out
}

/// Does `next` continue the paragraph `prev` (a hard-wrapped line)? It does when it starts
/// in lower case after a line with no final stop, when `prev` ends on a word no sentence
/// ends with ("will meet on" / "Monday"), or on an abbreviation that rarely ends one before
/// a number ("Sept." / "24", "No." / "5": the abbreviation list's `inner` class).
fn continues(prev: &str, next: &str) -> bool {
    let last = prev.chars().next_back().unwrap_or('.');
    let first = next.chars().next().unwrap_or('A');
    let last_word = prev.rsplit(' ').next().unwrap_or("");
    const OPEN: &[&str] = &[
        "on", "in", "at", "of", "the", "a", "an", "to", "and", "or", "by", "for", "from", "with",
        "than", "until", "since", "between",
    ];
    let inner_abbreviation = last_word
        .strip_suffix('.')
        .is_some_and(|w| abbreviation(w) == Some(AbbrevClass::Inner));
    first.is_lowercase() && !matches!(last, '.' | '!' | '?' | ':' | '…' | '"' | '”' | '’' | ')')
        || OPEN.contains(&last_word)
        || first.is_ascii_digit() && inner_abbreviation
}

fn is_heading(text: &str, span: Span, tokens: &[Token], sentences: usize) -> bool {
    if sentences != 1 {
        return false;
    }
    let words: Vec<&str> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.span().slice(text))
        .collect();
    if words.is_empty() || words.len() > 25 {
        return false;
    }
    let letters = span.slice(text).chars().filter(|c| c.is_alphabetic());
    let (mut up, mut all) = (0usize, 0usize);
    for c in letters {
        all += 1;
        up += usize::from(c.is_uppercase());
    }
    if all >= 4 && up * 10 >= all * 8 {
        return true;
    }
    let last = span.slice(text).chars().next_back().unwrap_or('.');
    if matches!(last, '.' | '!' | ',' | ';' | '…') || words.len() > 16 {
        return false;
    }
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().count() > 3).collect();
    if long.is_empty() {
        return false;
    }
    let caps = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    caps * 10 >= long.len() * 7
}

#[cfg(test)]
mod tests;
