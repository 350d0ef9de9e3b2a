//! Invariants every result must keep, shared by the property, pathological and seed tests.
#![allow(dead_code)]

use dossier::offsets::Unit;
use dossier::{Dossier, Options, Span};
use serde_json::Value;

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

/// An offset of a span in the JSON (a non-negative integer), or a failed test.
fn offset(v: &Value, key: &str, what: &str) -> usize {
    v[key]
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or_else(|| panic!("{what}: {key:?} is not an offset in {v}"))
}

/// A string of the JSON, or a failed test.
fn string<'v>(v: &'v Value, key: &str, what: &str) -> &'v str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("{what}: {key:?} is not a string in {v}"))
}

/// An array of the JSON, or a failed test.
fn array<'v>(v: &'v Value, key: &str, what: &str) -> &'v [Value] {
    v[key]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_else(|| panic!("{what}: {key:?} is not an array"))
}

/// Check the result object as the view writes it, with offsets in `unit`: every span
/// slices the text to its own text, every range slices it.
fn check_json(json: &str, unit: Unit) {
    let out: Value = serde_json::from_str(json).expect("the view writes JSON");
    let sl = Sliceable::new(string(&out, "text", "result"), unit);
    let span_ok = |s: &Value, what: &str| {
        let (start, end) = (offset(s, "start", what), offset(s, "end", what));
        let want = string(s, "text", what);
        let got = sl.slice(start, end);
        assert_eq!(
            got.as_deref(),
            Some(want),
            "{what} {start}..{end} in {unit:?}"
        );
    };
    for a in array(&out, "actors", "result") {
        for m in array(a, "mentions", "actor") {
            span_ok(m, "mention");
        }
    }
    for d in array(&out, "dates", "result") {
        span_ok(d, "date");
    }
    for c in array(&out, "claims", "result") {
        let content = &c["content"];
        // `parts` is written only when the content is split.
        let parts = match content.get("parts") {
            None => &[][..],
            Some(_) => array(content, "parts", "claim content"),
        };
        assert!(
            content.get("parts").is_none() || !parts.is_empty(),
            "empty parts written in {c}"
        );
        for key in ["source", "cue"] {
            match c.get(key) {
                Some(Value::Null) => {}
                Some(s) => span_ok(s, "claim part"),
                None => panic!("claim without {key:?}: {c}"),
            }
        }
        for s in parts {
            span_ok(s, "claim part");
        }
        if parts.is_empty() {
            span_ok(content, "claim content");
        }
    }
    for s in array(&out, "summary", "result") {
        span_ok(s, "summary");
    }
    for key in ["sentences", "skipped"] {
        for r in array(&out, key, "result") {
            let (start, end) = (offset(r, "start", key), offset(r, "end", key));
            assert!(
                sl.slice(start, end).is_some(),
                "range {start}..{end} of {key} in {unit:?}"
            );
        }
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
        check_json(&serde_json::to_string(&d.json(unit)).expect("json"), unit);
    }
    // The CLI's JSON is the view's, streamed.
    let mut streamed = Vec::new();
    d.write_json(&mut streamed).expect("write_json");
    assert_eq!(
        streamed,
        serde_json::to_vec(&d.json(Unit::CodePoint)).expect("json"),
        "write_json differs from the view"
    );
    // Deterministic: the same input gives byte-identical JSON, handed over or borrowed.
    let again = dossier::summarise_owned(input.to_owned(), opts).expect("summarise again");
    assert_eq!(d.to_json(), again.to_json(), "output is not deterministic");
    d
}
