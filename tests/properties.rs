//! Property tests: no input panics, every span is valid in all three offset systems, output
//! is deterministic, HTML intake never emits markup.

mod common;

use dossier::{Format, Options};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "Putin",
    "Trump",
    "Zelenskyy",
    "Zelensky",
    "said",
    "told",
    "according to",
    "Mr.",
    "U.S.",
    "Jan.",
    "May",
    "Saturday",
    "two-hour",
    "2025",
    "5/19/2025",
    "1.",
    ".",
    ",",
    "!",
    "?",
    "...",
    "…",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "(",
    ")",
    ":",
    "—",
    "-",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "  ",
    "<p>",
    "</p>",
    "<b>",
    "&amp;",
    "&#8220;",
    "ALSO READ:",
    "Advertisement",
    "Published: May 20, 2025",
    "😀",
    "é",
    "e\u{301}",
    "\u{200B}",
    "\u{202E}",
    "\u{FEFF}",
    "\0",
    "\t",
    "ß",
    "İ",
    "ﬁ",
    "Ω",
    "日本",
    "$100.00",
    "3.5%",
    "https://x.y/z.",
    "a@b.co",
    "NATO",
    "the Kremlin",
    "spokesman",
    "President",
    "he",
    "she",
    "they",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| {
        let mut s = String::new();
        for (i, p) in v.iter().enumerate() {
            if i % 3 == 0 {
                s.push(' ');
            }
            s.push_str(p);
        }
        s
    })
}

fn options() -> impl Strategy<Value = Options> {
    (
        any::<bool>(),
        prop::sample::select(&[Format::Auto, Format::Text, Format::Html][..]),
        any::<bool>(),
    )
        .prop_map(|(with_date, format, day_first)| {
            let mut o = Options::default();
            if with_date {
                o = o.with_reference_date_str("2025-05-20").expect("date");
            }
            o.format = format;
            o.day_first = day_first;
            o
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn news_like_input_keeps_every_invariant(text in article(), opts in options()) {
        common::check(&text, &opts);
    }

    #[test]
    fn arbitrary_input_keeps_every_invariant(text in any::<String>(), opts in options()) {
        common::check(&text, &opts);
    }

    #[test]
    fn html_intake_never_emits_markup(
        parts in prop::collection::vec(
            prop::sample::select(&["<p>", "</p>", "<div class=\"a\">", "</div>", "<br>", "<b>", "</b>",
                "<script>var a = '<p>x</p>';</script>", "<style>p{}</style>", "<!-- c -->", "<nav>menu</nav>",
                "Putin", " said ", "&amp;", "&nbsp;", "&#169;", "“quoted”", "\n"][..]),
            0..60)
    ) {
        let html = format!("<html><body>{}</body></html>", parts.concat());
        let d = dossier::summarise(&html, &Options { format: Format::Html, ..Options::default() })
            .expect("summarise");
        let text = d.document.text();
        prop_assert!(!text.contains('<'), "markup in {text:?}");
        prop_assert!(!text.contains("menu"), "nav text in {text:?}");
        prop_assert!(!text.contains("var a"), "script text in {text:?}");
    }
}
