//! Tests of the actors stage: the committed model, recognition, roles, merging, salience.

use super::gazetteer::Gazetteer;
use super::model::{tag_document, Model, MAGIC, NTAGS};
use super::train::{entities, example, serialise, train, Config};

#[test]
fn committed_model_parses_in_the_training_format() {
    let bytes = include_bytes!("../../data/actors-model.bin");
    assert_eq!(&bytes[..6], MAGIC);
    assert_eq!(bytes[6] as usize, NTAGS);
    let m = Model::parse(bytes).expect("the committed model parses");
    assert!(m.len() > 10_000, "model has {} features", m.len());
    assert!(m.scale() > 0.0);
    assert!(!Model::builtin().is_empty());
}

#[test]
fn training_writes_what_the_model_reads() {
    let docs = [
        (
            "Putin met Trump in Istanbul.",
            vec![(0, 5, "PER"), (10, 15, "PER"), (19, 27, "LOC")],
        ),
        (
            "NATO said Russia and Ukraine talked.",
            vec![(0, 4, "ORG"), (10, 16, "LOC"), (21, 28, "LOC")],
        ),
        (
            "Vladimir Putin spoke to Reuters.",
            vec![(0, 14, "PER"), (24, 31, "ORG")],
        ),
    ];
    let examples: Vec<_> = docs.iter().map(|(t, e)| example(t, e).0).collect();
    let gaz = Gazetteer::parse("");
    let cfg = Config {
        epochs: 10,
        min_count: 1,
        min_weight: 1,
        max_q: 100,
        clip: 0.5,
        ..Config::default()
    };
    let w = train(&examples, &gaz, &cfg, |_, _| {});
    let bytes = serialise(&w, &cfg);
    assert_eq!(bytes, serialise(&w, &cfg), "serialising is deterministic");
    let m = Model::parse(&bytes).expect("parses");
    assert!(!m.is_empty());
    // The tiny model learns its training data.
    for ex in &examples {
        let mut s = &m;
        let pred = tag_document(&mut s, &ex.doc, &gaz, None);
        assert_eq!(entities(&pred), entities(&ex.gold));
    }
    // A truncated file is refused, not misread.
    assert!(Model::parse(&bytes[..bytes.len() - 1]).is_none());
}

#[test]
fn gold_spans_align_to_tokens() {
    // "Germany's": the possessive is its own token, so the entity ends on a token edge.
    let (ex, unaligned) = example(
        "Germany's envoy met Werner Zwingmann.",
        &[(0, 7, "LOC"), (20, 36, "PER")],
    );
    assert_eq!(unaligned, 0);
    assert_eq!(entities(&ex.gold), vec![(0, 1, 2), (4, 6, 0)]);
}
