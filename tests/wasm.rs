//! The JavaScript API in headless Chromium (wasm-bindgen-test): `make test-wasm`.
//!
//! Offsets are UTF-16 code units, so for every span `text.slice(start, end) == span.text`
//! must hold in JavaScript's own string indexing, on text full of non-ASCII characters.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Error as JsErrorObj, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("data/seed-article.txt");

const NON_ASCII: &str = "Zürich, 3 März 2025 — “We will not back down,” said Zoë Ångström, \
the Élysée’s envoy 🇫🇷, on Monday. Meanwhile Владимир Путин said talks in Genève \
were “productive” 🙂. On Tuesday, São Paulo’s mayor José Müller met Putin and Trump.\n\n\
ALSO READ: Ignored 😀 boilerplate\n\nTrump said: “A deal is close.” 北京 said nothing.";

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn num(v: &JsValue, key: &str) -> u32 {
    get(v, key).as_f64().map(|f| f as u32).unwrap_or(u32::MAX)
}

fn opts(reference_date: &str) -> JsValue {
    let o = Object::new();
    Reflect::set(&o, &"referenceDate".into(), &reference_date.into()).unwrap();
    o.into()
}

fn summarise(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    dossier::wasm::summarise(text.to_owned(), options).map_err(JsValue::from)
}

/// Check one span object against the JS string `text` in UTF-16 indexing.
fn check_span(text: &JsString, span: &JsValue, what: &str) -> usize {
    if span.is_null() || span.is_undefined() {
        return 0;
    }
    let (start, end) = (num(span, "start"), num(span, "end"));
    assert!(start <= end, "{what}: start {start} > end {end}");
    assert!(
        end <= text.length(),
        "{what}: end {end} past the text ({})",
        text.length()
    );
    let sliced = text.slice(start, end);
    if let Some(want) = get(span, "text").as_string() {
        assert_eq!(
            String::from(sliced),
            want,
            "{what}: text.slice({start}, {end}) is not the span's text"
        );
    }
    1
}

/// Every span of a result indexes its `text` in UTF-16; returns how many were checked.
fn check_result(r: &JsValue) -> usize {
    let text: JsString = get(r, "text").dyn_into().expect("text is a string");
    let mut n = 0;
    let list = |k: &str| Array::from(&get(r, k));
    for s in list("sentences").iter() {
        n += check_span(&text, &s, "sentence");
    }
    for s in list("skipped").iter() {
        n += check_span(&text, &s, "skipped");
    }
    for a in list("actors").iter() {
        for m in Array::from(&get(&a, "mentions")).iter() {
            n += check_span(&text, &m, "mention");
        }
    }
    for d in list("dates").iter() {
        n += check_span(&text, &d, "date");
    }
    for c in list("claims").iter() {
        n += check_span(&text, &get(&c, "source"), "claim source");
        n += check_span(&text, &get(&c, "cue"), "claim cue");
        let content = get(&c, "content");
        n += check_span(&text, &content, "claim content");
        let parts = get(&content, "parts");
        if !parts.is_undefined() {
            for p in Array::from(&parts).iter() {
                n += check_span(&text, &p, "claim part");
            }
        }
    }
    for s in list("summary").iter() {
        n += check_span(&text, &s, "summary");
    }
    n
}

#[wasm_bindgen_test]
fn non_ascii_spans_slice_in_utf16() {
    let r = summarise(NON_ASCII, opts("2025-03-04")).expect("summarise works");
    let text: JsString = get(&r, "text").dyn_into().unwrap();
    assert_eq!(String::from(text.clone()), NON_ASCII);
    // UTF-16 length, not bytes or code points: the emoji are two units each.
    assert_eq!(text.length() as usize, NON_ASCII.encode_utf16().count());
    assert_eq!(
        get(&r, "reference_date").as_string().as_deref(),
        Some("2025-03-04")
    );
    let checked = check_result(&r);
    assert!(
        checked >= 3,
        "expected sentences at least, checked {checked}"
    );
    // The boilerplate line is reported as skipped, at its UTF-16 position.
    let skipped = Array::from(&get(&r, "skipped"));
    assert_eq!(skipped.length(), 1);
    let s = skipped.get(0);
    let line = text.slice(num(&s, "start"), num(&s, "end"));
    assert!(String::from(line).starts_with("ALSO READ"));
}

#[wasm_bindgen_test]
fn seed_article_spans_slice_in_utf16() {
    let r = summarise(SEED, opts("2025-05-20")).expect("summarise works");
    assert!(check_result(&r) > 20);
    assert!(Array::from(&get(&r, "summary")).length() >= 1);
}

#[wasm_bindgen_test]
fn bad_reference_date_is_a_js_error() {
    for bad in ["20/05/2025", "2025-13-40", "tomorrow", "2025-02-30"] {
        let e = summarise("Putin spoke.", opts(bad)).expect_err(bad);
        assert!(e.is_instance_of::<JsErrorObj>(), "{bad}: not a JS Error");
        let msg = String::from(e.unchecked_ref::<JsErrorObj>().message());
        assert!(
            msg.contains(bad),
            "{bad}: message {msg:?} does not name the date"
        );
    }
}

#[wasm_bindgen_test]
fn bad_format_is_a_js_error() {
    let o = Object::new();
    Reflect::set(&o, &"format".into(), &"pdf".into()).unwrap();
    let e = summarise("Putin spoke.", o.into()).unwrap_err();
    assert!(e.is_instance_of::<JsErrorObj>());
}

#[wasm_bindgen_test]
fn options_of_the_wrong_type_are_js_errors() {
    let o = Object::new();
    Reflect::set(&o, &"dayFirst".into(), &"yes".into()).unwrap();
    let p = Object::new();
    Reflect::set(&p, &"referenceDate".into(), &JsValue::from_f64(20250520.0)).unwrap();
    for bad in [o.into(), p.into(), JsValue::from_str("2025-05-20")] {
        let e = summarise("Putin spoke.", bad).unwrap_err();
        assert!(e.is_instance_of::<JsErrorObj>());
        let msg = String::from(e.unchecked_ref::<JsErrorObj>().message());
        assert!(msg.starts_with("bad options"), "{msg}");
    }
}

#[wasm_bindgen_test]
fn options_may_be_missing_or_null() {
    for o in [JsValue::UNDEFINED, JsValue::NULL, Object::new().into()] {
        let r = summarise("Putin spoke on Monday.", o).expect("no options is fine");
        assert!(check_result(&r) >= 1);
    }
}

#[wasm_bindgen_test]
fn lone_surrogates_do_not_crash() {
    // A JS string with unpaired surrogates: wasm-bindgen replaces them with U+FFFD on the
    // way in, and the result must still index its own text.
    let units: [u16; 12] = [
        0x0054, 0xD800, 0x0072, 0x0075, 0x006D, 0x0070, 0x0020, 0xDC00, 0x002E, 0xD83D, 0x0020,
        0x0041,
    ];
    // The same lossy conversion the generated glue applies to a JS string argument.
    let s = String::from(JsString::from_char_code(&units));
    assert_eq!(s.chars().filter(|&c| c == '\u{FFFD}').count(), 3);
    let r = summarise(&s, JsValue::UNDEFINED).expect("lone surrogates are not an error");
    check_result(&r);
    let r = summarise(
        &format!("{s} Putin said “yes” on Monday. {s}"),
        opts("2025-05-20"),
    );
    check_result(&r.expect("lone surrogates inside an article"));
}

#[wasm_bindgen_test]
fn html_and_reference_date_helpers() {
    let html =
        "<html><head><meta property=\"article:published_time\" content=\"2025-05-19T10:00:00Z\">\
        <script>alert(1)</script></head><body><p>Putin &amp; Trump spoke.</p></body></html>";
    let text = dossier::wasm::html_to_text(html);
    assert!(text.contains("Putin & Trump spoke."), "{text:?}");
    assert!(!text.contains("alert"));
    let d = dossier::wasm::detect_reference_date(html, JsValue::UNDEFINED).unwrap();
    assert_eq!(d.as_string().as_deref(), Some("2025-05-19"));
    let none = dossier::wasm::detect_reference_date("No date here.", JsValue::UNDEFINED).unwrap();
    assert!(none.is_null());
}

#[wasm_bindgen_test]
fn hostile_and_empty_inputs_do_not_crash() {
    let inputs = [
        "",
        " ",
        "\n\n\n",
        "<",
        "<img src=x onerror=alert(1)>",
        "<script>alert(1)</script>",
        "&#xD800; &#0; &#x110000; &amp",
        "\u{0}\u{FEFF}\u{200B}",
        "“”‘’“",
        "Mr. Mr. Mr. U.S. Jan. St. ... ... !!! ???",
        "🇺🇦🇷🇺👨‍👩‍👧‍👦",
    ];
    for s in inputs {
        let r = summarise(s, JsValue::UNDEFINED).expect(s);
        check_result(&r);
    }
}
