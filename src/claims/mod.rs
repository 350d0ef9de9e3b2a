//! Claims: who said or claimed what.
//!
//! [`quotes`] pairs the quotation marks, [`attribution`] finds cues from the reporting-verb
//! lexicon with their sources and contents, [`speaker`] resolves sources to actors and
//! [`rank`] scores the claims.

pub mod attribution;
pub mod lexicon;
pub mod quotes;
pub mod rank;
pub mod speaker;
mod words;

use crate::actors::Actor;
use crate::{Document, Span};

/// An attribution: a source, a cue and the content attributed.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// The actor (index into the actor list) the source resolves to.
    pub speaker: Option<usize>,
    /// The words naming the speaker where they stand ("Putin", "he", "the spokesman").
    pub source: Option<Span>,
    /// The reporting words ("said", "according to").
    pub cue: Option<Span>,
    /// What was claimed, without the cue: first to last word.
    pub content: Span,
    /// The pieces of `content` when it is split ("…," he said, "…"); empty when whole.
    pub parts: Vec<Span>,
    /// A direct quotation.
    pub direct: bool,
    /// Rank: higher is more important; claims are sorted by text position, not score.
    pub score: f64,
}

/// Find the claims of `doc`, in text order.
pub fn extract(doc: &Document, actors: &[Actor]) -> Vec<Claim> {
    let quotes = quotes::find(doc);
    let raws = attribution::find(doc, &quotes);
    let speakers = speaker::resolve(doc, actors, &raws);
    let mut claims: Vec<Claim> = raws
        .iter()
        .zip(speakers)
        .map(|(r, speaker)| Claim {
            speaker,
            source: r.source,
            cue: r.cue,
            content: r.content,
            parts: r.parts.clone(),
            direct: r.direct,
            score: 0.0,
        })
        .collect();
    rank::score(doc, actors, &mut claims);
    claims
}

#[cfg(test)]
mod tests;
