//! Pathological inputs (issue 8): each must finish with sane output, keeping every
//! invariant. Sizes are real; timing is measured by the benches, never asserted here.

mod common;

use dossier::{ErrorKind, Format, Options};

fn opts() -> Options {
    Options::default()
        .with_reference_date_str("2025-05-20")
        .expect("date")
}

#[test]
fn a_5mb_line_without_spaces() {
    let text = "abcdefghij".repeat(500_000);
    let d = common::check(&text, &opts());
    assert!(d.document.tokens().len() > 1);
}

#[test]
fn a_million_quote_marks() {
    common::check(&"\"".repeat(1_000_000), &opts());
    common::check(&"“”‘’«»".repeat(100_000), &opts());
}

#[test]
fn unbalanced_and_mismatched_quotes() {
    let text =
        "“He said ‘yes.” She said \"no. ‘Maybe’ ” they said ” “ “ Putin said: “ ".repeat(2_000);
    common::check(&text, &opts());
}

#[test]
fn html_nested_100000_deep() {
    let html = "<div>".repeat(100_000) + "Putin said it was good." + &"</div>".repeat(100_000);
    let d = common::check(&html, &opts());
    assert_eq!(d.document.text(), "Putin said it was good.");
    let unclosed = "<b><i><span>".repeat(100_000) + "text";
    common::check(
        &unclosed,
        &Options {
            format: Format::Html,
            ..opts()
        },
    );
}

#[test]
fn a_hundred_thousand_dates() {
    let text = "On May 19, 2025 and Saturday and 5/19/2025 and two hours later, ".repeat(25_000);
    common::check(&text, &opts());
}

#[test]
fn bidi_zero_width_and_combining_marks() {
    let text = "Pu\u{200B}tin \u{202E}said\u{202C} that Zele\u{0301}nskyy\u{FEFF} spoke. e\u{0301}\u{0302}\u{0303} ".repeat(10_000);
    common::check(&text, &opts());
    common::check(&"\u{0301}".repeat(100_000), &opts());
}

#[test]
fn nul_bytes_and_control_characters() {
    let text = "Putin\0said\0\u{1}\u{7f} \0 Trump. \u{8}\u{c}".repeat(10_000);
    common::check(&text, &opts());
}

#[test]
fn all_capitals_and_no_punctuation() {
    common::check(
        &"PUTIN SAID THE TALKS WILL BEGIN ON SATURDAY IN ISTANBUL ".repeat(10_000),
        &opts(),
    );
    common::check(
        &"putin said the talks will begin on saturday in istanbul ".repeat(10_000),
        &opts(),
    );
}

#[test]
fn binary_garbage() {
    // A deterministic pseudo-random byte soup, read lossily as the CLI does.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let bytes: Vec<u8> = (0..1_000_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    let text = String::from_utf8_lossy(&bytes);
    common::check(&text, &opts());
    common::check(
        &text,
        &Options {
            format: Format::Html,
            ..opts()
        },
    );
}

#[test]
fn empty_and_blank() {
    for text in ["", " ", "\n\n\n", "\t \r\n"] {
        let d = common::check(text, &opts());
        assert!(
            d.actors.is_empty()
                && d.dates.is_empty()
                && d.claims.is_empty()
                && d.summary.is_empty()
        );
    }
}

#[test]
fn too_large_is_an_error_in_words() {
    let o = Options {
        max_input_bytes: 10,
        ..Options::default()
    };
    let err = dossier::summarise("01234567890", &o).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::TooLarge);
    assert!(err.to_string().contains("limit"));
}
