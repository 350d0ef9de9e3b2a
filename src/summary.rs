//! The gist: three sentences that tell the story.

use crate::actors::Actor;
use crate::claims::Claim;
use crate::Document;

/// Pick up to three sentences (indices into [`Document::sentences`], in text order).
pub fn gist(doc: &Document, actors: &[Actor], claims: &[Claim]) -> Vec<usize> {
    let _ = (actors, claims);
    doc.sentences()
        .iter()
        .enumerate()
        .map(|(i, _)| i)
        .take(3)
        .collect()
}
