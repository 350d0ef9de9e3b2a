//! The result object of the JSON contract, in one place.
//!
//! Offsets are converted from the core's bytes into the caller's unit here and nowhere
//! else: code points for JSON (so `text[start:end]` in Python is the span's text), UTF-16
//! code units for JavaScript.

use crate::offsets::{OffsetIndex, Unit};
use crate::{Dossier, Span};
use serde::{Deserialize, Serialize};

/// A span of the text in the output unit, with its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutSpan {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The text covered.
    pub text: String,
}

/// An actor mention: a span with its text, and its own kind when that differs from the
/// actor's (a demonym "Russian" of the place Russia is a `group` mention).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutMention {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The text covered.
    pub text: String,
    /// person | organization | place | group | other, when not the actor's kind.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub kind: Option<String>,
}

/// A span without its text (sentences, skipped lines).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutRange {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
}

/// An actor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutActor {
    /// Stable within one result: `a1` is the most salient.
    pub id: String,
    /// The fullest name used.
    pub name: String,
    /// person | organization | place | group | other.
    pub kind: String,
    /// Roles and titles.
    pub roles: Vec<String>,
    /// Other names used.
    pub aliases: Vec<String>,
    /// Centrality, higher first.
    pub salience: f64,
    /// Every mention.
    pub mentions: Vec<OutMention>,
}

/// A time expression.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutDate {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The words.
    pub text: String,
    /// DATE | TIME | DURATION | SET.
    #[serde(rename = "type")]
    pub kind: String,
    /// TIMEX3 value.
    pub value: String,
    /// Index of the sentence it is in, if any.
    pub sentence: Option<usize>,
}

/// Claim content: a span, with its parts when split.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutContent {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The text covered (parts joined by a space when split).
    pub text: String,
    /// The pieces, when the content is split around the cue.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub parts: Vec<OutSpan>,
}

/// A claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutClaim {
    /// The speaker's actor id.
    pub speaker: Option<String>,
    /// The words naming the speaker where they stand.
    pub source: Option<OutSpan>,
    /// The reporting words.
    pub cue: Option<OutSpan>,
    /// What was claimed.
    pub content: OutContent,
    /// A direct quotation.
    pub direct: bool,
    /// Importance, higher first.
    pub score: f64,
}

/// The whole result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Output {
    /// What all offsets index.
    pub text: String,
    /// `YYYY-MM-DD` or null.
    pub reference_date: Option<String>,
    /// Where the reference date came from: `given`, `published`, or null.
    pub reference_source: Option<String>,
    /// `text` or `html`: how the input was read.
    pub format: String,
    /// Sentences.
    pub sentences: Vec<OutRange>,
    /// Boilerplate lines that no extractor read.
    pub skipped: Vec<OutRange>,
    /// Actors, most salient first.
    pub actors: Vec<OutActor>,
    /// Time expressions in text order.
    pub dates: Vec<OutDate>,
    /// Claims in text order.
    pub claims: Vec<OutClaim>,
    /// The gist: up to three sentences in text order.
    pub summary: Vec<OutSpan>,
}

struct Conv<'t> {
    idx: OffsetIndex<'t>,
    text: &'t str,
    unit: Unit,
}

impl Conv<'_> {
    fn at(&self, b: usize) -> usize {
        self.idx.convert(b, self.unit)
    }
    fn range(&self, s: Span) -> OutRange {
        OutRange {
            start: self.at(s.start),
            end: self.at(s.end),
        }
    }
    fn span(&self, s: Span) -> OutSpan {
        OutSpan {
            start: self.at(s.start),
            end: self.at(s.end),
            text: s.slice(self.text).to_owned(),
        }
    }
}

fn round(x: f64) -> f64 {
    if x.is_finite() {
        (x * 10_000.0).round() / 10_000.0
    } else {
        0.0
    }
}

impl Output {
    /// Build the result object from a [`Dossier`], with offsets in `unit`.
    pub fn new(d: &Dossier, unit: Unit) -> Output {
        let doc = &d.document;
        let text = doc.text();
        let c = Conv {
            idx: OffsetIndex::new(text),
            text,
            unit,
        };
        let actor_id = |i: usize| format!("a{}", i + 1);
        Output {
            text: text.to_owned(),
            reference_date: doc.reference().map(|r| r.date.to_string()),
            reference_source: doc.reference().map(|r| r.source.as_str().to_owned()),
            format: match doc.format() {
                crate::Format::Html => "html",
                _ => "text",
            }
            .to_owned(),
            sentences: doc.sentences().iter().map(|s| c.range(s.span)).collect(),
            skipped: doc.boilerplate().iter().map(|s| c.range(*s)).collect(),
            actors: d
                .actors
                .iter()
                .enumerate()
                .map(|(i, a)| OutActor {
                    id: actor_id(i),
                    name: a.name.clone(),
                    kind: a.kind.as_str().to_owned(),
                    roles: a.roles.clone(),
                    aliases: a.aliases.clone(),
                    salience: round(a.salience),
                    mentions: a
                        .mentions
                        .iter()
                        .enumerate()
                        .map(|(k, m)| {
                            let s = c.span(*m);
                            let mk = a.mention_kind(k);
                            OutMention {
                                start: s.start,
                                end: s.end,
                                text: s.text,
                                kind: (mk != a.kind).then(|| mk.as_str().to_owned()),
                            }
                        })
                        .collect(),
                })
                .collect(),
            dates: d
                .dates
                .iter()
                .map(|t| OutDate {
                    start: c.at(t.span.start),
                    end: c.at(t.span.end),
                    text: t.span.slice(text).to_owned(),
                    kind: t.kind.as_str().to_owned(),
                    value: t.value.clone(),
                    sentence: doc.sentence_at(t.span.start),
                })
                .collect(),
            claims: d
                .claims
                .iter()
                .map(|cl| OutClaim {
                    speaker: cl.speaker.filter(|i| *i < d.actors.len()).map(actor_id),
                    source: cl.source.map(|s| c.span(s)),
                    cue: cl.cue.map(|s| c.span(s)),
                    content: OutContent {
                        start: c.at(cl.content.start),
                        end: c.at(cl.content.end),
                        text: if cl.parts.is_empty() {
                            cl.content.slice(text).to_owned()
                        } else {
                            cl.parts
                                .iter()
                                .map(|p| p.slice(text))
                                .collect::<Vec<_>>()
                                .join(" ")
                        },
                        parts: cl.parts.iter().map(|p| c.span(*p)).collect(),
                    },
                    direct: cl.direct,
                    score: round(cl.score),
                })
                .collect(),
            summary: d
                .summary
                .iter()
                .filter_map(|i| doc.sentences().get(*i))
                .map(|s| c.span(s.span))
                .collect(),
        }
    }
}
