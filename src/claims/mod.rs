//! Claims: who said or claimed what.

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
    let _ = (doc, actors);
    Vec::new()
}
