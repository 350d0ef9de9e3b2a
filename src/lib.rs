//! Dossier: actors, dates and key claims from a pasted news article.
//!
//! The core is plain Rust with no binding code: text goes in, a [`Document`] owns it, and
//! each pipeline stage reads the document and adds one kind of finding:
//!
//! 1. [`intake`]: plain text or HTML to document text; boilerplate lines; publication date.
//! 2. [`segment`]: paragraphs, sentences and tokens.
//! 3. [`actors`]: people, organisations, places and groups, each once, with roles.
//! 4. [`dates`]: time expressions normalised to TIMEX3 values against the reference date.
//! 5. [`claims`]: who said what, with the speaker resolved to an actor.
//! 6. [`summary`]: the three-sentence gist.
//!
//! The findings are plain Rust values with byte spans into the document text. [`output`]
//! turns them into the JSON contract, converting byte offsets to code points or UTF-16
//! indices once, at that boundary: [`Dossier::json`] is a view that borrows every string
//! and can be streamed to a writer ([`Dossier::write_json`]). For a large article,
//! [`summarise_owned`] takes the caller's `String` as the document text instead of
//! copying it.
//!
//! ```
//! let opts = dossier::Options::default().with_reference_date_str("2025-05-20")?;
//! let d = dossier::summarise("Vladimir Putin said on Saturday that talks went well.", &opts)?;
//! // In Rust: the findings, with byte spans into the document text.
//! let text = d.document.text();
//! let saturday = d.dates.iter().find(|t| t.span.slice(text) == "Saturday");
//! assert_eq!(saturday.map(|t| t.value.as_str()), Some("2025-05-17"));
//! // The JSON contract: every span with its text, offsets in code points.
//! let v: serde_json::Value = serde_json::from_str(&d.to_json()).expect("JSON");
//! assert_eq!(v["reference_date"], "2025-05-20");
//! assert_eq!(v["text"], text);
//! # Ok::<(), dossier::Error>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod actors;
pub mod claims;
pub mod dates;
mod document;
mod error;
mod hash;
pub mod intake;
pub mod jsonl;
pub mod offsets;
pub mod output;
pub mod segment;
mod span;
pub mod summary;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use document::{Document, Reference, ReferenceSource};
pub use error::{Error, ErrorKind};
pub use intake::Format;
pub use span::Span;

use jiff::civil::Date;

/// The largest input [`summarise`] accepts by default: 32 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 32 << 20;

/// How to read and resolve an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// The date relative expressions ("Saturday", "last week") resolve against. When
    /// `None`, a dateline or "Published" line in the article is used, if there is one.
    pub reference_date: Option<Date>,
    /// Plain text, HTML, or detect.
    pub format: Format,
    /// Read numeric dates such as `5/6/2025` day first (6 May) instead of month first
    /// (the default, US style). A first number above 12 is always a day.
    pub day_first: bool,
    /// Inputs longer than this many bytes are refused with [`ErrorKind::TooLarge`].
    pub max_input_bytes: usize,
    /// The day the article is read on (the page passes the reader's today). With no
    /// reference date given and no full publication date in the article, a wire dateline
    /// without a year ("KYIV, May 20 (Reuters) -") is read as the latest such day on or
    /// before it; failing that, it is the reference date itself
    /// ([`ReferenceSource::Today`]). `None` (the CLI's default) leaves relative dates
    /// unresolved instead.
    ///
    /// ```
    /// use dossier::{Options, ReferenceSource};
    /// let today = dossier::parse_reference_date("2026-01-03").unwrap();
    /// let o = Options { today: Some(today), ..Options::default() };
    /// let d = dossier::summarise("KYIV, Dec. 30 (Reuters) - Putin spoke on Saturday.", &o).unwrap();
    /// let r = d.document.reference().unwrap();
    /// assert_eq!((r.date.to_string(), r.source), ("2025-12-30".into(), ReferenceSource::Published));
    /// assert_eq!(d.dates[1].value, "2025-12-27");
    /// ```
    pub today: Option<Date>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            reference_date: None,
            format: Format::Auto,
            day_first: false,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            today: None,
        }
    }
}

impl Options {
    /// Set the reference date from `YYYY-MM-DD`.
    ///
    /// ```
    /// let o = dossier::Options::default().with_reference_date_str("2025-05-20").unwrap();
    /// assert_eq!(o.reference_date.unwrap().to_string(), "2025-05-20");
    /// assert!(dossier::Options::default().with_reference_date_str("20/05/2025").is_err());
    /// ```
    pub fn with_reference_date_str(mut self, s: &str) -> Result<Options, Error> {
        self.reference_date = Some(parse_reference_date(s)?);
        Ok(self)
    }
}

/// Parse a `YYYY-MM-DD` reference date.
pub fn parse_reference_date(s: &str) -> Result<Date, Error> {
    let t = s.trim();
    let shaped = t.len() == 10
        && t.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let bad = || {
        Error::new(
            ErrorKind::BadDate,
            format!("reference date {s:?} is not a calendar date of the form YYYY-MM-DD"),
        )
    };
    if !shaped {
        return Err(bad());
    }
    // The shape is checked, so the parts are digits; jiff checks the calendar (its full
    // ISO 8601 parser is not needed here, and would cost the wasm its error machinery).
    let part = |a: usize, b: usize| t.get(a..b).and_then(|p| p.parse::<i16>().ok());
    match (part(0, 4), part(5, 7), part(8, 10)) {
        (Some(y), Some(m), Some(d)) => Date::new(y, m as i8, d as i8).map_err(|_| bad()),
        _ => Err(bad()),
    }
}

/// Everything found in one article.
#[derive(Clone, Debug)]
pub struct Dossier {
    /// The document (text, segmentation, reference date).
    pub document: Document,
    /// Actors, most salient first.
    pub actors: Vec<actors::Actor>,
    /// Time expressions in text order.
    pub dates: Vec<dates::Timex>,
    /// Claims in text order.
    pub claims: Vec<claims::Claim>,
    /// The gist: sentence indices in text order.
    pub summary: Vec<usize>,
}

/// Read `input` and extract actors, dates, claims and the gist.
///
/// Never panics on any input; the only errors are an input larger than
/// [`Options::max_input_bytes`] and bad options.
pub fn summarise(input: &str, options: &Options) -> Result<Dossier, Error> {
    check_size(input, options)?;
    Ok(run(Document::new(input, options), options))
}

/// [`summarise`] an input the caller hands over: plain text becomes the document text
/// as it is, without the copy [`summarise`] makes of a borrowed input (for a large
/// article, that copy is as large as the article).
///
/// ```
/// let text = String::from("Putin said on Saturday that talks went well.");
/// let d = dossier::summarise_owned(text, &dossier::Options::default())?;
/// assert_eq!(d.document.text(), "Putin said on Saturday that talks went well.");
/// # Ok::<(), dossier::Error>(())
/// ```
pub fn summarise_owned(input: String, options: &Options) -> Result<Dossier, Error> {
    check_size(&input, options)?;
    Ok(run(Document::from_owned(input, options), options))
}

fn check_size(input: &str, options: &Options) -> Result<(), Error> {
    if input.len() > options.max_input_bytes {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!(
                "the article is {} bytes; the limit is {} bytes",
                input.len(),
                options.max_input_bytes
            ),
        ));
    }
    Ok(())
}

fn run(document: Document, options: &Options) -> Dossier {
    let actors = actors::extract(&document);
    let dates = dates::extract(&document, options);
    let claims = claims::extract(&document, &actors);
    let summary = summary::gist(&document, &actors, &claims);
    Dossier {
        document,
        actors,
        dates,
        claims,
        summary,
    }
}

impl Dossier {
    /// The result object of the JSON contract as a [`Serialize`](serde::Serialize) view
    /// with offsets in `unit`: it borrows every string from the dossier instead of copying
    /// it, so it can be written straight to a writer, or read into a
    /// [`serde_json::Value`] where owned values are wanted.
    ///
    /// ```
    /// use dossier::offsets::Unit;
    /// let text = "😀 Vladimir Putin said on Saturday that talks went well.";
    /// let d = dossier::summarise(text, &Default::default())?;
    /// let v = serde_json::to_value(d.json(Unit::Utf16)).expect("a JSON value");
    /// let date = &v["dates"][0];
    /// assert_eq!(date["text"], "Saturday");
    /// // UTF-16 code units, as JavaScript's `text.slice(start, end)` counts them: the
    /// // emoji is two (one code point, four bytes).
    /// assert_eq!((date["start"].as_u64(), date["end"].as_u64()), (Some(26), Some(34)));
    /// # Ok::<(), dossier::Error>(())
    /// ```
    pub fn json(&self, unit: offsets::Unit) -> output::Json<'_> {
        output::Json::new(self, unit)
    }

    /// The result object as JSON with code-point offsets (the CLI's `--json`, compact).
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.json(offsets::Unit::CodePoint)).unwrap_or_default()
    }

    /// Write [`to_json`](Dossier::to_json)'s JSON to `w` as it is made, without holding
    /// it (for a large article the JSON is several times the size of the text).
    ///
    /// ```
    /// let d = dossier::summarise("Putin spoke.", &Default::default())?;
    /// let mut out = Vec::new();
    /// d.write_json(&mut out)?;
    /// assert_eq!(out, d.to_json().into_bytes());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_json<W: std::io::Write>(&self, w: W) -> std::io::Result<()> {
        serde_json::to_writer(w, &self.json(offsets::Unit::CodePoint)).map_err(Into::into)
    }
}
