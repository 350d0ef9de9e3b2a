//! Invariants every result must keep, shared by the property, pathological and seed tests.
#![allow(dead_code)]

use dossier::offsets::Unit;
use dossier::output::Output;
use dossier::{Dossier, Options, Span};

/// A text indexed in one offset unit, for slicing many spans.
pub struct Sliceable<'t> {
    text: &'t str,
    chars: Vec<char>,
    units: Vec<u16>,
    unit: Unit,
}

impl<'t> Sliceable<'t> {
    /// Index `text` for slicing in `unit`.
    pub fn new(text: &'t str, unit: Unit) -> Sliceable<'t> {
        Sliceable {
            text,
            chars: if unit == Unit::CodePoint {
                text.chars().collect()
            } else {
                vec![]
            },
            units: if unit == Unit::Utf16 {
                text.encode_utf16().collect()
            } else {
                vec![]
            },
            unit,
        }
    }

    /// The text between offsets `start..end` in the unit, if they are valid.
    pub fn slice(&self, start: usize, end: usize) -> Option<String> {
        if start > end {
            return None;
        }
        match self.unit {
            Unit::Byte => self.text.get(start..end).map(str::to_owned),
            Unit::CodePoint => self.chars.get(start..end).map(|c| c.iter().collect()),
            Unit::Utf16 => self
                .units
                .get(start..end)
                .and_then(|u| String::from_utf16(u).ok()),
        }
    }
}

fn check_output(out: &Output, unit: Unit) {
    let sl = Sliceable::new(&out.text, unit);
    let span_ok = |start: usize, end: usize, want: &str, what: &str| {
        let got = sl.slice(start, end);
        assert_eq!(
            got.as_deref(),
            Some(want),
            "{what} {start}..{end} in {unit:?}"
        );
    };
    for a in &out.actors {
        for m in &a.mentions {
            span_ok(m.start, m.end, &m.text, "mention");
        }
    }
    for d in &out.dates {
        span_ok(d.start, d.end, &d.text, "date");
    }
    for c in &out.claims {
        for s in c
            .source
            .iter()
            .chain(c.cue.iter())
            .chain(c.content.parts.iter())
        {
            span_ok(s.start, s.end, &s.text, "claim part");
        }
        if c.content.parts.is_empty() {
            span_ok(
                c.content.start,
                c.content.end,
                &c.content.text,
                "claim content",
            );
        }
    }
    for s in &out.summary {
        span_ok(s.start, s.end, &s.text, "summary");
    }
    for r in out.sentences.iter().chain(out.skipped.iter()) {
        assert!(
            sl.slice(r.start, r.end).is_some(),
            "range {r:?} in {unit:?}"
        );
    }
}

fn byte_span_ok(text: &str, s: Span) -> bool {
    s.start <= s.end
        && s.end <= text.len()
        && text.is_char_boundary(s.start)
        && text.is_char_boundary(s.end)
}

/// Check every invariant of the contract on one input; returns the result for further checks.
pub fn check(input: &str, opts: &Options) -> Dossier {
    let d = dossier::summarise(input, opts).expect("summarise");
    let text = d.document.text();
    let mut spans: Vec<Span> = Vec::new();
    spans.extend(d.document.sentences().iter().map(|s| s.span));
    spans.extend(d.document.tokens().iter().map(|t| t.span()));
    spans.extend(d.actors.iter().flat_map(|a| a.mentions.iter().copied()));
    spans.extend(d.dates.iter().map(|t| t.span));
    for c in &d.claims {
        spans.extend(
            c.source
                .iter()
                .chain(c.cue.iter())
                .chain(c.parts.iter())
                .copied(),
        );
        spans.push(c.content);
    }
    for s in &spans {
        assert!(byte_span_ok(text, *s), "bad byte span {s:?}");
    }
    // Mentions of all actors: sorted within an actor, never overlapping across actors.
    let mut all: Vec<Span> = d
        .actors
        .iter()
        .flat_map(|a| a.mentions.iter().copied())
        .collect();
    for a in &d.actors {
        assert!(
            a.mentions.windows(2).all(|w| w[0].end <= w[1].start),
            "mentions of {} unsorted",
            a.name
        );
        assert!(!a.mentions.is_empty(), "actor {} without mentions", a.name);
    }
    all.sort();
    assert!(
        all.windows(2).all(|w| w[0].end <= w[1].start),
        "overlapping mentions"
    );
    assert!(
        d.dates.windows(2).all(|w| w[0].span.end <= w[1].span.start),
        "dates unsorted or overlapping"
    );
    assert!(
        d.actors.windows(2).all(|w| w[0].salience >= w[1].salience),
        "actors not by salience"
    );
    assert!(d.summary.len() <= 3);
    // Nothing is extracted from boilerplate lines.
    for s in &spans {
        assert!(
            !d.document.is_skipped(s.start),
            "span {s:?} inside a boilerplate line"
        );
    }
    for c in &d.claims {
        assert!(
            c.speaker.is_none_or(|i| i < d.actors.len()),
            "speaker out of range"
        );
    }
    for unit in [Unit::Byte, Unit::CodePoint, Unit::Utf16] {
        let out = d.to_output(unit);
        check_output(&out, unit);
        // The streamed view writes the owned object's JSON, byte for byte.
        assert_eq!(
            serde_json::to_string(&d.json(unit)).expect("json"),
            serde_json::to_string(&out).expect("json"),
            "the view and the object differ in {unit:?}"
        );
    }
    // Deterministic: the same input gives byte-identical JSON, handed over or borrowed.
    let again = dossier::summarise_owned(input.to_owned(), opts).expect("summarise again");
    assert_eq!(d.to_json(), again.to_json(), "output is not deterministic");
    d
}
