//! Ranking claims: speaker salience, position, and content that can be checked.

use super::words::is;
use super::Claim;
use crate::actors::Actor;
use crate::segment::TokenKind;
use crate::Document;

/// Set every claim's `score` (0..1, higher is more important).
pub fn score(doc: &Document, actors: &[Actor], claims: &mut [Claim]) {
    let text = doc.text();
    let max_sal = actors.iter().map(|a| a.salience).fold(0.0_f64, f64::max);
    let len = text.len().max(1) as f64;
    for c in claims.iter_mut() {
        let speaker = match c.speaker.and_then(|s| actors.get(s)) {
            Some(a) if max_sal > 0.0 => 0.4 + 0.6 * (a.salience / max_sal).clamp(0.0, 1.0),
            Some(_) => 0.5,
            None if c.source.is_some() => 0.25,
            None => 0.1,
        };
        let position = 1.0 - (c.content.start as f64 / len).clamp(0.0, 1.0);
        let a = doc.token_at_or_after(c.content.start);
        let b = doc.token_at_or_after(c.content.end);
        let toks = doc.tokens().get(a..b).unwrap_or(&[]);
        let words = toks.iter().filter(|t| t.kind == TokenKind::Word).count();
        let numbers = toks.iter().any(|t| t.kind == TokenKind::Number);
        let checkable_words = toks
            .iter()
            .filter(|t| {
                t.kind == TokenKind::Word && is("checkable", &crate::segment::lower(t.text(text)))
            })
            .count();
        let checkable = (if numbers { 0.4 } else { 0.0 } + 0.2 * checkable_words as f64).min(1.0);
        let length = if words < 4 {
            0.3
        } else if words > 60 {
            0.7
        } else {
            1.0
        };
        let direct = if c.direct { 1.0 } else { 0.6 };
        let s = 0.35 * speaker + 0.25 * position + 0.25 * checkable + 0.15 * direct;
        c.score = (s * length * 1000.0).round() / 1000.0;
    }
}
