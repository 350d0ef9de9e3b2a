//! The JavaScript API (compiled only for wasm32): `summarise(text, options?)`.
//!
//! Offsets in the returned object are UTF-16 code units, so `text.slice(start, end)` in
//! JavaScript is the span's text. Errors are thrown as JS `Error`s. Nothing here panics:
//! a panic in wasm would kill the page.

use crate::offsets::Unit;
use crate::{Format, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options for `summarise`. */
export interface SummariseOptions {
  /** `YYYY-MM-DD`: the date relative expressions resolve against. */
  referenceDate?: string | null;
  /** How to read the input; detected by default. */
  format?: "auto" | "text" | "html";
  /** Read numeric dates such as 5/6/2025 day first. */
  dayFirst?: boolean;
  /** `YYYY-MM-DD`: the day the article is read on. With no `referenceDate` and no full
   * publication date in the article, it gives the year of a dateline without one
   * ("KYIV, May 20 (Reuters) -"), or else is the reference date itself. */
  today?: string | null;
}
/** A span of `text` in UTF-16 code units: `text.slice(start, end)`. */
export interface Span { start: number; end: number; text: string; }
export interface Range { start: number; end: number; }
export interface Actor {
  id: string; name: string;
  kind: "person" | "organization" | "place" | "group" | "other";
  roles: string[]; aliases: string[]; salience: number;
  /** `kind` is present when a mention's kind differs from the actor's ("Russian" of Russia). */
  mentions: (Span & { kind?: Actor["kind"] })[];
}
export interface DateMention {
  start: number; end: number; text: string;
  type: "DATE" | "TIME" | "DURATION" | "SET"; value: string; sentence: number | null;
}
export interface Claim {
  speaker: string | null; source: Span | null; cue: Span | null;
  content: Span & { parts?: Span[] }; direct: boolean; score: number;
}
export interface Dossier {
  text: string; reference_date: string | null; reference_source: "given" | "published" | "today" | null;
  format: "text" | "html"; sentences: Range[]; skipped: Range[];
  actors: Actor[]; dates: DateMention[]; claims: Claim[]; summary: Span[];
}
"#;

/// Field `key` of the options object: `None` when absent, undefined or null.
fn field(obj: &JsValue, key: &str) -> Result<Option<JsValue>, JsError> {
    let v = js_sys::Reflect::get(obj, &JsValue::from_str(key))
        .map_err(|_| JsError::new(&format!("bad options: cannot read {key}")))?;
    Ok((!v.is_undefined() && !v.is_null()).then_some(v))
}

/// A string field (read by hand, not through serde: the deserializer's error machinery
/// cost the wasm 2.6 KB gzipped).
fn string_field(obj: &JsValue, key: &str) -> Result<Option<String>, JsError> {
    match field(obj, key)? {
        None => Ok(None),
        Some(v) => v
            .as_string()
            .map(Some)
            .ok_or_else(|| JsError::new(&format!("bad options: {key} must be a string"))),
    }
}

fn options(value: JsValue) -> Result<Options, JsError> {
    let mut o = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(o);
    }
    if !value.is_object() {
        return Err(JsError::new("bad options: expected an object"));
    }
    let reference_date = string_field(&value, "referenceDate")?;
    let today = string_field(&value, "today")?;
    let format = string_field(&value, "format")?;
    let day_first = match field(&value, "dayFirst")? {
        None => None,
        Some(v) => Some(
            v.as_bool()
                .ok_or_else(|| JsError::new("bad options: dayFirst must be a boolean"))?,
        ),
    };
    if let Some(d) = reference_date.as_deref().filter(|d| !d.is_empty()) {
        o = o
            .with_reference_date_str(d)
            .map_err(|e| JsError::new(&e.to_string()))?;
    }
    if let Some(d) = today.as_deref().filter(|d| !d.is_empty()) {
        o.today = Some(crate::parse_reference_date(d).map_err(|e| JsError::new(&e.to_string()))?);
    }
    o.format = match format.as_deref() {
        None | Some("auto") => Format::Auto,
        Some("text") => Format::Text,
        Some("html") => Format::Html,
        Some(other) => {
            return Err(JsError::new(&format!(
                "format must be \"auto\", \"text\" or \"html\", not {other:?}"
            )))
        }
    };
    o.day_first = day_first.unwrap_or(false);
    Ok(o)
}

/// Extract actors, dates, claims and the gist from an article (plain text or HTML).
/// Offsets are UTF-16 code units into the returned `text`.
#[wasm_bindgen(unchecked_return_type = "Dossier")]
pub fn summarise(
    text: String,
    #[wasm_bindgen(unchecked_param_type = "SummariseOptions | undefined")] options_value: JsValue,
) -> Result<JsValue, JsError> {
    let opts = options(options_value)?;
    // The text the binding copied in from JS becomes the document's own (no second copy),
    // and the result crosses from a view that borrows its strings.
    let d = crate::summarise_owned(text, &opts).map_err(|e| JsError::new(&e.to_string()))?;
    d.json(Unit::Utf16)
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The publication date found in an article (a dateline, a "Published/Updated" line or,
/// in HTML, a publication-time meta tag) as `YYYY-MM-DD`, or `null` when there is none.
/// This is the reference date `summarise` uses when none is given. A wire dateline without
/// a year ("KYIV, May 20 (Reuters) -") counts only with the `today` option, which gives it
/// its year.
#[wasm_bindgen(js_name = detectReferenceDate, unchecked_return_type = "string | null")]
pub fn detect_reference_date(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "SummariseOptions | undefined")] options_value: JsValue,
) -> Result<JsValue, JsError> {
    let opts = options(options_value)?;
    if text.len() > opts.max_input_bytes {
        return Ok(JsValue::NULL);
    }
    let got = crate::intake::intake(text, opts.format);
    let found = got.published_as_of(opts.today);
    Ok(found.map_or(JsValue::NULL, |d| JsValue::from_str(&d.to_string())))
}

/// HTML (a web page, or the HTML flavour of the clipboard) as the plain text `summarise`
/// would read from it: paragraph breaks kept, entities decoded, scripts, styles and
/// navigation dropped. Never runs or loads anything.
#[wasm_bindgen(js_name = htmlToText)]
pub fn html_to_text(html: &str) -> String {
    crate::intake::intake(html, Format::Html).text
}

/// The library version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
