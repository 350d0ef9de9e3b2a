use super::*;

fn sentences(text: &str) -> Vec<&str> {
    let seg = segment(text, &[]);
    seg.sentences.iter().map(|s| s.span.slice(text)).collect()
}

#[test]
fn sentence_splitting_table() {
    let cases: &[(&str, &[&str])] = &[
        // A hard-wrapped line that ends on a word no sentence ends with, or on a month's
        // abbreviation before its day, goes on; a headline line does not.
        (
            "The Fed will meet on\nMonday to decide. It meets on Jun.\n24 again.\nMarkets Rally\nStocks rose.",
            &[
                "The Fed will meet on\nMonday to decide.",
                "It meets on Jun.\n24 again.",
                "Markets Rally",
                "Stocks rose.",
            ],
        ),
        (
            "Mr. Smith went to Washington. He left.",
            &["Mr. Smith went to Washington.", "He left."],
        ),
        (
            "The U.S. and Russia met. They talked.",
            &["The U.S. and Russia met.", "They talked."],
        ),
        (
            "Vice President JD Vance spoke. Jonas E. Smith agreed.",
            &["Vice President JD Vance spoke.", "Jonas E. Smith agreed."],
        ),
        (
            "It cost $100.00 in total. Prices rose 3.5% on Jan. 5 in St. Louis.",
            &[
                "It cost $100.00 in total.",
                "Prices rose 3.5% on Jan. 5 in St. Louis.",
            ],
        ),
        (
            "See https://example.com/a.b?c=1. Mail me at a.b@example.org. Done.",
            &[
                "See https://example.com/a.b?c=1.",
                "Mail me at a.b@example.org.",
                "Done.",
            ],
        ),
        (
            "He said: \"It was good.\" Then he left.",
            &["He said: \"It was good.\"", "Then he left."],
        ),
        (
            "“We’re at a bit of an impasse,” Vance noted. Putin agreed.",
            &[
                "“We’re at a bit of an impasse,” Vance noted.",
                "Putin agreed.",
            ],
        ),
        (
            "Wait... what happened? Nobody knows!!! Really?! Yes.",
            &[
                "Wait... what happened?",
                "Nobody knows!!!",
                "Really?!",
                "Yes.",
            ],
        ),
        (
            "1.) First item. 2.) Second item.",
            &["1.) First item.", "2.) Second item."],
        ),
        (
            "Acme Inc. The company said so. Acme Inc. shares fell.",
            &[
                "Acme Inc.",
                "The company said so.",
                "Acme Inc. shares fell.",
            ],
        ),
        ("The talks… They failed.", &["The talks…", "They failed."]),
        // A clock ends a sentence before a capital that does not go on telling the time.
        (
            "Polls open at 7 a.m. Players arrive at 9 a.m. Monday. Doors shut at 3 p.m. \
             EST. Kick-off is at 8 p.m. London time. Results come at 10 p.m. Smith said.",
            &[
                "Polls open at 7 a.m.",
                "Players arrive at 9 a.m. Monday.",
                "Doors shut at 3 p.m. EST.",
                "Kick-off is at 8 p.m. London time.",
                "Results come at 10 p.m.",
                "Smith said.",
            ],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(&sentences(text), want, "{text}");
    }
}

#[test]
fn paragraphs_headings_and_boilerplate() {
    let text = "Putin Backs Peaceful Settlement In Ukraine\n\nPutin said it. Trump agreed.\nALSO READ: Other\nthis line continues\nthe previous one.";
    let skip = [Span::new(73, 89)];
    assert_eq!(skip[0].slice(text), "ALSO READ: Other");
    let seg = segment(text, &skip);
    let kinds: Vec<ParagraphKind> = seg.paragraphs.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            ParagraphKind::Heading,
            ParagraphKind::Body,
            ParagraphKind::Boilerplate,
            ParagraphKind::Body
        ]
    );
    assert_eq!(
        seg.paragraphs[3].span.slice(text),
        "this line continues\nthe previous one."
    );
    assert!(seg.tokens.iter().all(|t| !t.span().overlaps(&skip[0])));
}

#[test]
fn tokens_of_tricky_words() {
    let text = "Russia-Ukraine talks, co-operation, don't, Zelenskyy’s 10:30 3/4 U.K. #tag";
    let mut toks = Vec::new();
    tokenize(text, Span::new(0, text.len()), &mut toks);
    let got: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
    assert_eq!(
        got,
        [
            "Russia",
            "-",
            "Ukraine",
            "talks",
            ",",
            "co-operation",
            ",",
            "don't",
            ",",
            "Zelenskyy",
            "’s",
            "10:30",
            "3/4",
            "U.K.",
            "#",
            "tag"
        ]
    );
}

#[test]
fn long_runs_stay_linear_and_bounded() {
    let text = "x".repeat(1_000_000);
    let seg = segment(&text, &[]);
    assert_eq!(seg.tokens.len(), 1_000_000 / 256 + 1);
    let quotes = "\"".repeat(100_000);
    let seg = segment(&quotes, &[]);
    assert_eq!(seg.tokens.len(), 100_000);
}

#[test]
fn runaway_sentences_are_cut() {
    let text = "putin said the talks will begin on saturday, in istanbul ".repeat(200);
    let seg = segment(&text, &[]);
    assert!(seg.sentences.len() > 1);
    for s in &seg.sentences {
        assert!(
            s.tokens.len() <= sentences::MAX_SENTENCE_TOKENS,
            "{}",
            s.tokens.len()
        );
    }
    // Cut after a comma where there is one.
    assert!(seg.sentences[0].span.slice(&text).ends_with(','));
    // Sentences still tile the tokens.
    let total: usize = seg.sentences.iter().map(|s| s.tokens.len()).sum();
    assert_eq!(total, seg.tokens.len());
}

#[test]
fn tokens_are_seven_bytes_and_keep_their_span() {
    assert_eq!(std::mem::size_of::<Token>(), 7);
    let t = Token::new(Span::new(70_000, 70_256), TokenKind::Word);
    assert_eq!(
        (t.span(), t.kind),
        (Span::new(70_000, 70_256), TokenKind::Word)
    );
    // Longer than a token can be: cut, never a panic.
    let t = Token::new(Span::new(1, 100_000), TokenKind::Url);
    assert_eq!(t.span(), Span::new(1, 65_536));
    // The tokenizer cuts long runs itself, so no token comes near the limit.
    let long = "x".repeat(200_000);
    let seg = segment(&long, &[]);
    assert!(seg.tokens.iter().all(|t| t.span().len() <= 256));
    assert_eq!(seg.tokens.last().map(|t| t.span().end), Some(long.len()));
}
