//! Salience: how central an actor is to the article, from 0 to 1 (the most central).
//!
//! Each mention counts, more when it is in the headline or lead, and more again when the
//! actor is the grammatical subject or the speaker (a name opening its sentence, or right
//! before a reporting verb); an early first mention adds a bonus.

use super::gazetteer::{Category, Gazetteer};
use super::{Actor, ActorKind, Found};
use crate::segment::ParagraphKind;
use crate::Document;

/// Is the mention `f` a subject or speaker: first in its sentence, or followed (within
/// two tokens) by a reporting verb?
fn subject(doc: &Document, gaz: &Gazetteer, f: &Found) -> bool {
    let text = doc.text();
    let tokens = doc.tokens();
    let Some(si) = doc.sentence_at(f.span.start) else {
        return false;
    };
    let Some(sent) = doc.sentences().get(si) else {
        return false;
    };
    let first_word = (sent.tokens.start..f.toks.0).all(|k| {
        tokens
            .get(k)
            .is_some_and(|t| !t.text(text).chars().any(char::is_alphanumeric))
    });
    if first_word {
        return true;
    }
    (f.toks.1..(f.toks.1 + 2).min(sent.tokens.end)).any(|k| {
        tokens
            .get(k..=k)
            .is_some_and(|t| gaz.is(text, t, Category::Cue))
    })
}

/// Salience of each actor (`members[a]` are the indices into `found` of actor `a`).
pub(crate) fn scores(
    doc: &Document,
    gaz: &Gazetteer,
    found: &[Found],
    members: &[Vec<usize>],
    actors: &[Actor],
) -> Vec<f64> {
    let mut raw: Vec<f64> = Vec::with_capacity(members.len());
    for (ms, a) in members.iter().zip(actors) {
        let mut s = 0.0;
        let mut first: Option<usize> = None;
        for &i in ms {
            let Some(f) = found.get(i) else { continue };
            let si = doc.sentence_at(f.span.start).unwrap_or(usize::MAX);
            first = Some(first.map_or(si, |x: usize| x.min(si)));
            let mut w = 1.0;
            if si < 3 || doc.sentence_kind(si) == ParagraphKind::Heading {
                w += 0.5;
            }
            if subject(doc, gaz, f) {
                w += 1.0;
            }
            s += w;
        }
        if let Some(fs) = first {
            s += 2.0 / (1.0 + fs as f64 / 2.0);
        }
        s *= match a.kind {
            ActorKind::Person | ActorKind::Organization => 1.0,
            ActorKind::Place => 0.8,
            ActorKind::Group | ActorKind::Other => 0.5,
        };
        raw.push(s);
    }
    let max = raw.iter().copied().fold(0.0, f64::max);
    if max > 0.0 {
        for x in raw.iter_mut() {
            *x /= max;
        }
    }
    raw
}
