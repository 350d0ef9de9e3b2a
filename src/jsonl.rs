//! The JSONL batch format: one `{"id", "text", "reference_date"?}` object a line in, one
//! result object (with the same `"id"`) a line out. Used by `dossier --jsonl`.

use crate::offsets::Unit;
use crate::output::Keys;
use crate::Options;
use serde::Deserialize;

#[derive(Deserialize)]
struct Line {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    reference_date: Option<String>,
}

/// What became of one input line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Processed {
    /// The result object as one line of JSON (no newline).
    pub json: String,
    /// The line was not valid UTF-8 and was read lossily.
    pub lossy: bool,
}

/// Process line `n` (1-based, for messages) of a JSONL input.
///
/// ```
/// let o = dossier::Options::default();
/// let got = dossier::jsonl::process_line(1, br#"{"id": "x", "text": "Putin spoke."}"#, &o).unwrap();
/// assert!(got.json.contains(r#""id":"x""#));
/// let err = dossier::jsonl::process_line(2, b"{oops", &o).unwrap_err();
/// assert!(err.starts_with("line 2:"));
/// ```
pub fn process_line(n: usize, raw: &[u8], base: &Options) -> Result<Processed, String> {
    let (s, lossy) = match std::str::from_utf8(raw) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), false),
        Err(_) => (String::from_utf8_lossy(raw), true),
    };
    let line: Line = serde_json::from_str(&s)
        .map_err(|e| format!("line {n}: not a JSON object with \"id\" and \"text\": {e}"))?;
    let mut options = base.clone();
    if let Some(rd) = line.reference_date.as_deref().filter(|s| !s.is_empty()) {
        options = options
            .with_reference_date_str(rd)
            .map_err(|e| format!("line {n}: {e}"))?;
    }
    drop(s);
    let d = crate::summarise_owned(line.text, &options).map_err(|e| format!("line {n}: {e}"))?;
    // Keys sorted at every level, the id among them: the lines were first written through
    // a `serde_json::Value`, whose maps sort their keys, and stay byte for byte the same.
    let view = d
        .json(Unit::CodePoint)
        .with_keys(Keys::Sorted, Some(&line.id));
    let json = serde_json::to_string(&view).map_err(|e| format!("line {n}: {e}"))?;
    Ok(Processed { json, lossy })
}
