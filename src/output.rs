//! The result object of the JSON contract, written once: [`Json`], a [`Serialize`] view of
//! a [`Dossier`] made by [`Dossier::json`].
//!
//! Offsets are converted from the core's bytes into the caller's unit here and nowhere
//! else: code points for JSON (so `text[start:end]` in Python is the span's text), UTF-16
//! code units for JavaScript (the wasm binding), or bytes. The view borrows every string
//! from the dossier, so the JSON can be streamed to a writer without a second copy of the
//! text and the mentions ([`Dossier::write_json`]).
//!
//! There is no owned copy of the object: a Rust caller reads the findings from the
//! [`Dossier`]'s own fields (byte spans into [`Document::text`](crate::Document::text)),
//! or, for the contract's values, turns the view into a [`serde_json::Value`]:
//!
//! ```
//! use dossier::offsets::Unit;
//! let d = dossier::summarise("In Zürich, Vladimir Putin said talks went well.", &Default::default())?;
//! let v = serde_json::to_value(d.json(Unit::CodePoint)).expect("a JSON value");
//! let chars: Vec<char> = v["text"].as_str().unwrap_or_default().chars().collect();
//! let actors = v["actors"].as_array().into_iter().flatten();
//! let mentions: Vec<_> = actors.flat_map(|a| a["mentions"].as_array()).flatten().collect();
//! assert!(!mentions.is_empty());
//! for m in mentions {
//!     // Code points ("ü" is one): `text[start:end]` in Python is the mention.
//!     let at = |k: &str| m[k].as_u64().unwrap_or_default() as usize;
//!     assert_eq!(chars[at("start")..at("end")].iter().collect::<String>(), m["text"]);
//! }
//! # Ok::<(), dossier::Error>(())
//! ```

use crate::actors::Actor;
use crate::claims::Claim;
use crate::dates::Timex;
use crate::offsets::{OffsetIndex, Unit};
use crate::{Dossier, Span};
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

struct Conv<'t> {
    idx: OffsetIndex<'t>,
    text: &'t str,
    unit: Unit,
}

impl Conv<'_> {
    fn at(&self, b: usize) -> usize {
        self.idx.convert(b, self.unit)
    }
}

fn round(x: f64) -> f64 {
    if x.is_finite() {
        (x * 10_000.0).round() / 10_000.0
    } else {
        0.0
    }
}

/// The order of the keys of every object: the contract's (the `KEYS` of each `Object`),
/// or sorted (what a `serde_json::Value` map gives; the JSONL lines have always been
/// written so).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Keys {
    Contract,
    Sorted,
}

/// The result object of the JSON contract as a borrowing [`Serialize`] view of a
/// [`Dossier`]: it copies no string (the text, the mentions, the claims are written
/// straight from the document), so a caller can stream a large result to a writer with
/// `serde_json::to_writer`. Made by [`Dossier::json`]; its keys and their order are those
/// of the README's "The result object".
///
/// ```
/// use dossier::offsets::Unit;
/// let d = dossier::summarise("Putin spoke. “It went well,” he said.", &Default::default())?;
/// let mut out = Vec::new();
/// serde_json::to_writer(&mut out, &d.json(Unit::CodePoint)).unwrap();
/// assert!(out.starts_with(br#"{"text":"Putin spoke."#));
/// # Ok::<(), dossier::Error>(())
/// ```
pub struct Json<'a> {
    c: Ctx<'a>,
    id: Option<&'a serde_json::Value>,
}

struct Ctx<'a> {
    d: &'a Dossier,
    conv: Conv<'a>,
    keys: Keys,
}

impl<'a> Json<'a> {
    /// The view of `d` with offsets in `unit`.
    pub fn new(d: &'a Dossier, unit: Unit) -> Json<'a> {
        let text = d.document.text();
        Json {
            c: Ctx {
                d,
                conv: Conv {
                    idx: OffsetIndex::new(text),
                    text,
                    unit,
                },
                keys: Keys::Contract,
            },
            id: None,
        }
    }

    /// Write every object's keys in `keys` order, and add `"id": id` to the top-level
    /// object when given (the JSONL result line).
    pub(crate) fn with_keys(mut self, keys: Keys, id: Option<&'a serde_json::Value>) -> Self {
        self.c.keys = keys;
        self.id = id;
        self
    }
}

/// An object of the contract: its keys in both orders, and how to write one field.
trait Object {
    const NAME: &'static str;
    /// The keys in the contract's order.
    const KEYS: &'static [&'static str];
    /// The same keys, sorted.
    const SORTED: &'static [&'static str];
    fn keys(&self) -> Keys;
    /// Left out of this object (an optional key with nothing to say).
    fn skip(&self, _key: &str) -> bool {
        false
    }
    fn field<S: SerializeStruct>(&self, key: &'static str, st: &mut S) -> Result<(), S::Error>;
}

/// Serialises an [`Object`].
struct Obj<T>(T);

impl<T: Object> Serialize for Obj<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let keys = match self.0.keys() {
            Keys::Contract => T::KEYS,
            Keys::Sorted => T::SORTED,
        };
        let len = keys.iter().filter(|k| !self.0.skip(k)).count();
        let mut st = s.serialize_struct(T::NAME, len)?;
        for &k in keys {
            if self.0.skip(k) {
                st.skip_field(k)?;
            } else {
                self.0.field(k, &mut st)?;
            }
        }
        st.end()
    }
}

/// Serialises the items of a fresh iterator as a sequence.
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

/// An actor id, `a1` for actor 0, written without allocating.
struct ActorId(usize);

impl Serialize for ActorId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("a{}", self.0.saturating_add(1)))
    }
}

impl Serialize for crate::claims::Words<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A span without its text.
struct RangeV<'c>(&'c Ctx<'c>, Span);

impl Object for RangeV<'_> {
    const NAME: &'static str = "Range";
    const KEYS: &'static [&'static str] = &["start", "end"];
    const SORTED: &'static [&'static str] = &["end", "start"];
    fn keys(&self) -> Keys {
        self.0.keys
    }
    fn field<S: SerializeStruct>(&self, key: &'static str, st: &mut S) -> Result<(), S::Error> {
        match key {
            "start" => st.serialize_field(key, &self.0.conv.at(self.1.start)),
            "end" => st.serialize_field(key, &self.0.conv.at(self.1.end)),
            _ => st.skip_field(key),
        }
    }
}

/// A span with its text.
struct SpanV<'c>(&'c Ctx<'c>, Span);

impl Object for SpanV<'_> {
    const NAME: &'static str = "Span";
    const KEYS: &'static [&'static str] = &["start", "end", "text"];
    const SORTED: &'static [&'static str] = &["end", "start", "text"];
    fn keys(&self) -> Keys {
        self.0.keys
    }
    fn field<S: SerializeStruct>(&self, key: &'static str, st: &mut S) -> Result<(), S::Error> {
        match key {
            "start" => st.serialize_field(key, &self.0.conv.at(self.1.start)),
            "end" => st.serialize_field(key, &self.0.conv.at(self.1.end)),
            "text" => st.serialize_field(key, self.1.slice(self.0.conv.text)),
            _ => st.skip_field(key),
        }
    }
}

/// Mention `k` of an actor.
struct MentionV<'c>(&'c Ctx<'c>, &'c Actor, usize);

impl MentionV<'_> {
    fn span(&self) -> Span {
        self.1.mentions.get(self.2).copied().unwrap_or_default()
    }
    /// Its own kind, when that differs from the actor's.
    fn own_kind(&self) -> Option<&'static str> {
        let mk = self.1.mention_kind(self.2);
        (mk != self.1.kind).then(|| mk.as_str())
    }
}

impl Object for MentionV<'_> {
    const NAME: &'static str = "Mention";
    const KEYS: &'static [&'static str] = &["start", "end", "text", "kind"];
    const SORTED: &'static [&'static str] = &["end", "kind", "start", "text"];
    fn keys(&self) -> Keys {
        self.0.keys
    }
    fn skip(&self, key: &str) -> bool {
        key == "kind" && self.own_kind().is_none()
    }
    fn field<S: SerializeStruct>(&self, key: &'static str, st: &mut S) -> Result<(), S::Error> {
        let span = self.span();
        match key {
            "start" => st.serialize_field(key, &self.0.conv.at(span.start)),
            "end" => st.serialize_field(key, &self.0.conv.at(span.end)),
            "text" => st.serialize_field(key, span.slice(self.0.conv.text)),
            "kind" => st.serialize_field(key, &self.own_kind()),
            _ => st.skip_field(key),
        }
    }
}

/// Actor `i`.
struct ActorV<'c>(&'c Ctx<'c>, usize, &'c Actor);

impl Object for ActorV<'_> {
    const NAME: &'static str = "Actor";
    const KEYS: &'static [&'static str] = &[
        "id", "name", "kind", "roles", "aliases", "salience", "mentions",
    ];
    const SORTED: &'static [&'static str] = &[
        "aliases", "id", "kind", "mentions", "name", "roles", "salience",
    ];
    fn keys(&self) -> Keys {
        self.0.keys
    }
    fn field<S: SerializeStruct>(&self, key: &'static str, st: &mut S) -> Result<(), S::Error> {
        let (c, a) = (self.0, self.2);
        match key {
            "id" => st.serialize_field(key, &ActorId(self.1)),
            "name" => st.serialize_field(key, &a.name),
            "kind" => st.serialize_field(key, a.kind.as_str()),
            "roles" => st.serialize_field(key, &a.roles),
            "aliases" => st.serialize_field(key, &a.aliases),
            "salience" => st.serialize_field(key, &round(a.salience)),
            "mentions" => st.serialize_field(
                key,
                &Seq(|| (0..a.mentions.len()).map(move |k| Obj(MentionV(c, a, k)))),
            ),
            _ => st.skip_field(key),
        }
    }
}

/// A time expression.
struct DateV<'c>(&'c Ctx<'c>, &'c Timex);

impl Object for DateV<'_> {
    const NAME: &'static str = "Date";
    const KEYS: &'static [&'static str] = &["start", "end", "text", "type", "value", "sentence"];
    const SORTED: &'static [&'static str] = &["end", "sentence", "start", "text", "type", "value"];
    fn keys(&self) -> Keys {
        self.0.keys
    }
    fn field<S: SerializeStruct>(&self, key: &'static str, st: &mut S) -> Result<(), S::Error> {
        let (c, t) = (self.0, self.1);
        match key {
            "start" => st.serialize_field(key, &c.conv.at(t.span.start)),
            "end" => st.serialize_field(key, &c.conv.at(t.span.end)),
            "text" => st.serialize_field(key, t.span.slice(c.conv.text)),
            "type" => st.serialize_field(key, t.kind.as_str()),
            "value" => st.serialize_field(key, &t.value),
            "sentence" => st.serialize_field(key, &c.d.document.sentence_at(t.span.start)),
            _ => st.skip_field(key),
        }
    }
}

/// What a claim claims.
struct ContentV<'c>(&'c Ctx<'c>, &'c Claim);

impl Object for ContentV<'_> {
    const NAME: &'static str = "Content";
    const KEYS: &'static [&'static str] = &["start", "end", "text", "parts"];
    const SORTED: &'static [&'static str] = &["end", "parts", "start", "text"];
    fn keys(&self) -> Keys {
        self.0.keys
    }
    fn skip(&self, key: &str) -> bool {
        key == "parts" && self.1.parts.is_empty()
    }
    fn field<S: SerializeStruct>(&self, key: &'static str, st: &mut S) -> Result<(), S::Error> {
        let (c, cl) = (self.0, self.1);
        match key {
            "start" => st.serialize_field(key, &c.conv.at(cl.content.start)),
            "end" => st.serialize_field(key, &c.conv.at(cl.content.end)),
            "text" if cl.parts.is_empty() => st.serialize_field(key, cl.content.slice(c.conv.text)),
            "text" => st.serialize_field(key, &cl.words(c.conv.text)),
            "parts" => st.serialize_field(key, &Seq(|| cl.parts.iter().map(|p| Obj(SpanV(c, *p))))),
            _ => st.skip_field(key),
        }
    }
}

/// A claim.
struct ClaimV<'c>(&'c Ctx<'c>, &'c Claim);

impl Object for ClaimV<'_> {
    const NAME: &'static str = "Claim";
    const KEYS: &'static [&'static str] =
        &["speaker", "source", "cue", "content", "direct", "score"];
    const SORTED: &'static [&'static str] =
        &["content", "cue", "direct", "score", "source", "speaker"];
    fn keys(&self) -> Keys {
        self.0.keys
    }
    fn field<S: SerializeStruct>(&self, key: &'static str, st: &mut S) -> Result<(), S::Error> {
        let (c, cl) = (self.0, self.1);
        match key {
            "speaker" => st.serialize_field(
                key,
                &cl.speaker.filter(|i| *i < c.d.actors.len()).map(ActorId),
            ),
            "source" => st.serialize_field(key, &cl.source.map(|s| Obj(SpanV(c, s)))),
            "cue" => st.serialize_field(key, &cl.cue.map(|s| Obj(SpanV(c, s)))),
            "content" => st.serialize_field(key, &Obj(ContentV(c, cl))),
            "direct" => st.serialize_field(key, &cl.direct),
            "score" => st.serialize_field(key, &round(cl.score)),
            _ => st.skip_field(key),
        }
    }
}

impl Object for &Json<'_> {
    const NAME: &'static str = "Dossier";
    const KEYS: &'static [&'static str] = &[
        "text",
        "reference_date",
        "reference_source",
        "format",
        "sentences",
        "skipped",
        "actors",
        "dates",
        "claims",
        "summary",
        "id",
    ];
    const SORTED: &'static [&'static str] = &[
        "actors",
        "claims",
        "dates",
        "format",
        "id",
        "reference_date",
        "reference_source",
        "sentences",
        "skipped",
        "summary",
        "text",
    ];
    fn keys(&self) -> Keys {
        self.c.keys
    }
    fn skip(&self, key: &str) -> bool {
        key == "id" && (cfg!(target_arch = "wasm32") || self.id.is_none())
    }
    fn field<S: SerializeStruct>(&self, key: &'static str, st: &mut S) -> Result<(), S::Error> {
        let c = &self.c;
        let (d, doc) = (c.d, &c.d.document);
        match key {
            "text" => st.serialize_field(key, doc.text()),
            "reference_date" => {
                st.serialize_field(key, &doc.reference().map(|r| r.date.to_string()))
            }
            "reference_source" => {
                st.serialize_field(key, &doc.reference().map(|r| r.source.as_str()))
            }
            "format" => st.serialize_field(key, format_name(doc.format())),
            "sentences" => st.serialize_field(
                key,
                &Seq(|| doc.sentences().iter().map(|s| Obj(RangeV(c, s.span)))),
            ),
            "skipped" => st.serialize_field(
                key,
                &Seq(|| doc.boilerplate().iter().map(|s| Obj(RangeV(c, *s)))),
            ),
            "actors" => st.serialize_field(
                key,
                &Seq(|| {
                    d.actors
                        .iter()
                        .enumerate()
                        .map(|(i, a)| Obj(ActorV(c, i, a)))
                }),
            ),
            "dates" => st.serialize_field(key, &Seq(|| d.dates.iter().map(|t| Obj(DateV(c, t))))),
            "claims" => {
                st.serialize_field(key, &Seq(|| d.claims.iter().map(|cl| Obj(ClaimV(c, cl)))))
            }
            "summary" => st.serialize_field(
                key,
                &Seq(|| {
                    d.summary
                        .iter()
                        .filter_map(|i| doc.sentences().get(*i))
                        .map(|s| Obj(SpanV(c, s.span)))
                }),
            ),
            // Only the JSONL lines of the native CLI carry an id: the wasm build never sets
            // one, and writing a `serde_json::Value` would cost it the Value serialiser.
            #[cfg(not(target_arch = "wasm32"))]
            "id" => st.serialize_field(key, &self.id),
            _ => st.skip_field(key),
        }
    }
}

impl Serialize for Json<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Obj(self).serialize(s)
    }
}

fn format_name(f: crate::Format) -> &'static str {
    match f {
        crate::Format::Html => "html",
        _ => "text",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    fn inputs() -> Vec<(&'static str, Options)> {
        let seed = include_str!("../tests/data/seed-article.txt");
        let html = "<html><head><meta property=\"article:published_time\" content=\"2025-05-20\"></head><body><h1>Talks</h1><p>Russian officials said on Friday that “the talks,” Putin said, “went well.” Zelenskyy 😀 disagreed.</p><p>ALSO READ: Other news</p></body></html>";
        let dated = "Published: May 20, 2025\n\nKYIV — Ukrainian President Volodymyr Zelenskyy said Monday that Russia’s “so-called ceasefire” was a sham, the Kremlin’s Dmitry Peskov denied it.";
        let given = Options::default()
            .with_reference_date_str("2025-05-20")
            .expect("date");
        vec![
            (seed, given),
            (seed, Options::default()),
            (html, Options::default()),
            (dated, Options::default()),
            ("", Options::default()),
        ]
    }

    fn dossiers() -> Vec<Dossier> {
        inputs()
            .iter()
            .map(|(text, opts)| crate::summarise(text, opts).expect("summarise"))
            .collect()
    }

    #[test]
    fn an_input_handed_over_gives_the_same_result() {
        for (text, opts) in inputs() {
            let borrowed = crate::summarise(text, &opts).expect("summarise");
            let owned = crate::summarise_owned(text.to_owned(), &opts).expect("summarise");
            assert_eq!(owned.document.format(), borrowed.document.format());
            assert_eq!(owned.to_json(), borrowed.to_json());
        }
    }

    #[test]
    fn sorted_keys_serialise_as_a_json_value_does() {
        let id = serde_json::json!({"b": 1, "a": "x"});
        let mut seen_parts = false;
        for d in dossiers() {
            for unit in [Unit::Byte, Unit::CodePoint, Unit::Utf16] {
                // A `Value` map sorts its keys; the view in the contract's order is read
                // into one, and the sorted view must write exactly what the map writes.
                let mut v = serde_json::to_value(d.json(unit)).expect("value");
                let serde_json::Value::Object(m) = &mut v else {
                    panic!("the result is not an object");
                };
                m.insert("id".into(), id.clone());
                let view = d.json(unit).with_keys(Keys::Sorted, Some(&id));
                let sorted = serde_json::to_string(&view).expect("json");
                assert_eq!(sorted, serde_json::to_string(&v).expect("json"));
                seen_parts |= sorted.contains("\"parts\"");
            }
        }
        assert!(seen_parts, "no split claim in the test texts");
    }

    #[test]
    fn sorted_key_lists_are_the_contract_lists_sorted() {
        fn check<T: Object>() {
            let mut want = T::KEYS.to_vec();
            want.sort_unstable();
            assert_eq!(T::SORTED, want.as_slice(), "{}", T::NAME);
        }
        check::<RangeV<'_>>();
        check::<SpanV<'_>>();
        check::<MentionV<'_>>();
        check::<ActorV<'_>>();
        check::<DateV<'_>>();
        check::<ContentV<'_>>();
        check::<ClaimV<'_>>();
        check::<&Json<'_>>();
    }
}
