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

use super::{extract, ActorKind};
use crate::{Document, Options};

fn seed() -> (Document, Vec<super::Actor>) {
    let text = include_str!("../../tests/data/seed-article.txt");
    let opts = Options::default()
        .with_reference_date_str("2025-05-20")
        .expect("date");
    let doc = Document::new(text, &opts);
    let actors = extract(&doc);
    (doc, actors)
}

fn named<'a>(actors: &'a [super::Actor], doc: &Document, word: &str) -> Vec<&'a super::Actor> {
    actors
        .iter()
        .filter(|a| {
            a.mentions
                .iter()
                .any(|m| m.slice(doc.text()).contains(word))
        })
        .collect()
}

#[test]
fn seed_people_are_one_actor_each_with_roles() {
    let (doc, actors) = seed();
    let cases = [
        ("Trump", "President"),
        ("Putin", "President"),
        ("Zelensky", "President"),
        ("Vance", "Vice President"),
        ("Peskov", "spokesman"),
    ];
    for (word, role) in cases {
        let got = named(&actors, &doc, word);
        assert_eq!(
            got.len(),
            1,
            "{word}: {:?}",
            got.iter().map(|a| &a.name).collect::<Vec<_>>()
        );
        let a = got[0];
        assert_eq!(a.kind, ActorKind::Person, "{word}");
        assert!(
            a.roles.iter().any(|r| r.contains(role)),
            "{word}: roles {:?}",
            a.roles
        );
        for m in &a.mentions {
            let s = m.slice(doc.text());
            assert!(
                !s.contains("President") && !s.starts_with("the ") && !s.ends_with("s"),
                "{word}: mention {s:?}"
            );
        }
    }
    let z = named(&actors, &doc, "Zelensky")[0];
    let forms: Vec<&str> = z.mentions.iter().map(|m| m.slice(doc.text())).collect();
    assert!(
        forms.contains(&"Zelensky") || forms.contains(&"Volodymyr Zelensky"),
        "{forms:?}"
    );
    assert!(forms.contains(&"Zelenskyy"), "{forms:?}");
    // Vance's role is not Trump's.
    let trump = named(&actors, &doc, "Trump")[0];
    assert!(
        !trump.roles.iter().any(|r| r.contains("Vice")),
        "{:?}",
        trump.roles
    );
}

#[test]
fn seed_places_and_bodies_are_actors_and_stay_apart_from_people() {
    let (doc, actors) = seed();
    for word in [
        "Russia", "Ukraine", "NATO", "Vatican", "Kremlin", "Istanbul",
    ] {
        let got: Vec<_> = actors
            .iter()
            .filter(|a| a.mentions.iter().any(|m| m.slice(doc.text()) == word))
            .collect();
        assert_eq!(got.len(), 1, "{word}");
        assert_ne!(got[0].kind, ActorKind::Person, "{word}");
    }
    // "the Kremlin" is not Putin.
    let putin = named(&actors, &doc, "Putin")[0];
    assert!(putin
        .mentions
        .iter()
        .all(|m| m.slice(doc.text()).contains("Putin")));
}

#[test]
fn seed_skips_also_read_lines_and_ranks_trump_and_putin_first() {
    let (doc, actors) = seed();
    let text = doc.text();
    for a in &actors {
        for m in &a.mentions {
            assert!(
                !doc.is_skipped(m.start),
                "{} from a skipped line",
                m.slice(text)
            );
        }
    }
    for word in [
        "Maria",
        "Sanchez",
        "Bhutto",
        "Tharoor",
        "Colombian",
        "Pakistan",
    ] {
        assert!(named(&actors, &doc, word).is_empty(), "{word}");
    }
    let people: Vec<&str> = actors
        .iter()
        .filter(|a| a.kind == ActorKind::Person)
        .take(2)
        .map(|a| a.name.as_str())
        .collect();
    assert!(people.iter().any(|n| n.contains("Trump")), "{people:?}");
    assert!(people.iter().any(|n| n.contains("Putin")), "{people:?}");
    for w in actors.windows(2) {
        assert!(w[0].salience >= w[1].salience);
    }
    assert!(actors.iter().all(|a| (0.0..=1.0).contains(&a.salience)));
    assert_eq!(actors.first().map(|a| a.salience), Some(1.0));
}

#[test]
fn roles_merges_and_kinds() {
    // (text, name word, expected role substring or "", expected mention count)
    let cases = [
        (
            "Dmitry Peskov, the Kremlin spokesman, said talks were slow. Peskov left.",
            "Peskov",
            "Kremlin spokesman",
            2,
        ),
        (
            "Ukraine's foreign minister Andrii Sybiha spoke. Sybiha said no.",
            "Sybiha",
            "foreign minister",
            2,
        ),
        (
            "President Trump spoke. Donald Trump later left. Trump returned.",
            "Trump",
            "President",
            3,
        ),
    ];
    for (text, word, role, n) in cases {
        let doc = Document::new(text, &Options::default());
        let actors = extract(&doc);
        let got = named(&actors, &doc, word);
        assert_eq!(got.len(), 1, "{text}: {actors:?}");
        assert_eq!(got[0].mentions.len(), n, "{text}");
        assert!(
            got[0].roles.iter().any(|r| r.contains(role)),
            "{text}: {:?}",
            got[0].roles
        );
    }
    // Acronym and expansion; demonym joins its country but keeps a group mention kind.
    let text = "The North Atlantic Treaty Organization met in Brussels. NATO said Russian troops left Russia.";
    let doc = Document::new(text, &Options::default());
    let actors = extract(&doc);
    let nato = named(&actors, &doc, "NATO");
    assert_eq!(nato.len(), 1, "{actors:?}");
    assert_eq!(nato[0].mentions.len(), 2, "{actors:?}");
    let russia = named(&actors, &doc, "Russia");
    assert_eq!(russia.len(), 1, "{actors:?}");
    let r = russia[0];
    let k = r
        .mentions
        .iter()
        .position(|m| m.slice(text) == "Russian")
        .expect("Russian");
    assert_eq!(r.mention_kind(k), ActorKind::Group);
}

/// The built-in model scoring every token, without the shortcuts the tagger takes with a
/// fixed model (tokens tagged `O` unscored).
struct EveryToken<'a>(&'a Model);

impl super::model::Scorer for EveryToken<'_> {
    fn add(&self, feats: &[u32], scores: &mut [f32; NTAGS]) {
        self.0.add(feats, scores);
    }
}

#[test]
fn shortcuts_tag_as_scoring_every_token_does() {
    use super::model::Scorer as _;
    let model = Model::builtin();
    let gaz = Gazetteer::builtin();
    // The seed article, and words the shortcuts must not swallow: particles of names
    // ("van der Sar", "de Gaulle"), lower-case brands, hyphenated names, repeated words in
    // headlines and in running text.
    let texts = [
        include_str!("../../tests/data/seed-article.txt"),
        "Edwin van der Sar saved twice, and goalkeeper van der Sar was praised. Charles de Gaulle airport was shut, said de Villepin.",
        "The iPhone maker and eBay gained; anti-Castro groups met al-Qaida's critics in Rome.",
        "SOCCER - AJAX BEAT PSV. Ajax beat PSV on Sunday, and Ajax fans cheered in Amsterdam.",
        "the minister, who spoke to reporters in paris on monday, said talks with nato went on.",
    ];
    for text in texts {
        let doc = crate::Document::new(text, &crate::Options::default());
        let fast = tag_document(&mut &*model, &doc, gaz, None);
        let full = tag_document(&mut EveryToken(model), &doc, gaz, None);
        assert_eq!(fast, full, "{text}");
        assert!(!EveryToken(model).fixed());
    }
}

#[test]
fn role_words_marked_while_tagging_are_the_reference_lookups() {
    // The tagger's gazetteer pass marks role words and modifiers (longest role ending at
    // each word, up to four words; modifiers outside roles): the same marks as looking
    // every run up on its own.
    let texts = [
        include_str!("../../tests/data/seed-article.txt"),
        "US President Donald Trump met Ukraine's foreign minister Andrii Sybiha and the former deputy foreign minister.",
        "Dmitry Peskov, the Kremlin spokesman, said the deputy prime minister and chief executive officer would attend.",
        "FORMER PRIME MINISTER Boris Johnson and the Secretary of State spoke; the acting attorney general did not.",
        "minister minister former deputy deputy president vice president chief of staff",
        "",
    ];
    use super::roles::RoleTok;
    let gaz = Gazetteer::builtin();
    let mut seen = Vec::new();
    for text in texts {
        let doc = crate::Document::new(text, &crate::Options::default());
        let (_, marked) = super::recognise_with_roles(&doc);
        assert_eq!(marked, super::roles::role_tokens(&doc, gaz), "{text}");
        assert_eq!(marked.len(), doc.tokens().len());
        seen.extend(marked);
    }
    assert!(seen.contains(&RoleTok::Head) && seen.contains(&RoleTok::Modifier));
}
