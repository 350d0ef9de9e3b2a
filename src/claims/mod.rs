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

impl Claim {
    /// The words claimed: the content's text, or its parts joined by a space when it is
    /// split around the cue.
    ///
    /// ```
    /// let text = "“We will,” he said, “win.”";
    /// let d = dossier::summarise(text, &dossier::Options::default()).unwrap();
    /// let words = d.claims[0].words(d.document.text()).to_string();
    /// assert!(words.contains("We will") && words.contains("win") && !words.contains("said"));
    /// ```
    pub fn words<'a>(&'a self, text: &'a str) -> Words<'a> {
        Words(self, text)
    }
}

/// The words of a [`Claim`] ([`Claim::words`]), written without a copy.
pub struct Words<'a>(&'a Claim, &'a str);

impl std::fmt::Display for Words<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (claim, text) = (self.0, self.1);
        if claim.parts.is_empty() {
            return f.write_str(claim.content.slice(text));
        }
        for (i, p) in claim.parts.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            f.write_str(p.slice(text))?;
        }
        Ok(())
    }
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
