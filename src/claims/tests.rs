//! Claims: table-driven tests of attribution, speaker resolution and the seed article.

use super::*;
use crate::actors::{Actor, ActorKind};
use crate::Options;

/// (source, cue, content) texts of the claims of `text`, in text order.
fn claims_of(text: &str) -> Vec<(String, String, String)> {
    let doc = Document::new(text, &Options::default());
    extract(&doc, &[])
        .iter()
        .map(|c| {
            let t = doc.text();
            let content = if c.parts.is_empty() {
                c.content.slice(t).to_string()
            } else {
                c.parts
                    .iter()
                    .map(|p| p.slice(t))
                    .collect::<Vec<_>>()
                    .join(" | ")
            };
            (
                c.source.map_or(String::new(), |s| s.slice(t).to_string()),
                c.cue.map_or(String::new(), |s| s.slice(t).to_string()),
                content,
            )
        })
        .collect()
}

#[test]
#[allow(clippy::type_complexity)]
fn attribution_patterns() {
    let cases: &[(&str, &[(&str, &str, &str)])] = &[
        // X said (that) …
        ("Trump said he informed the leaders.", &[("Trump", "said", "he informed the leaders")]),
        (
            "The senator said that the bill would pass.",
            &[("The senator", "said", "that the bill would pass")],
        ),
        // … , X said / trailing quote
        (
            "“We’re at a bit of an impasse,” Vance noted.",
            &[("Vance", "noted", "“We’re at a bit of an impasse,”")],
        ),
        (
            "The bill is dead, the senator said.",
            &[("the senator", "said", "The bill is dead")],
        ),
        // inverted
        (
            "\"This is shameful,\" said Irwin Redlener, a pediatrician.",
            &[("Irwin Redlener", "said", "\"This is shameful,\"")],
        ),
        // according to X, …
        (
            "According to Zelenskyy, these delegates lacked the authority to make decisions.",
            &[("Zelenskyy", "According to", "these delegates lacked the authority to make decisions")],
        ),
        (
            "Trump leads the field, according to a new poll.",
            &[("a new poll", "according to", "Trump leads the field")],
        ),
        // adverbials before "that"
        (
            "Donald Trump announced on Truth Social that talks would begin.",
            &[("Donald Trump", "announced", "that talks would begin")],
        ),
        // told Y that …
        (
            "Sessions told reporters on Friday that the report was wrong.",
            &[("Sessions", "told", "that the report was wrong")],
        ),
        // coordination and an intro participle
        (
            "Kremlin spokesman Dmitry Peskov acknowledged that it would be slow but affirmed Russia’s willingness to engage.",
            &[
                ("Kremlin spokesman Dmitry Peskov", "acknowledged", "that it would be slow"),
                ("Kremlin spokesman Dmitry Peskov", "affirmed", "Russia’s willingness to engage"),
            ],
        ),
        (
            "While acknowledging that Putin made concessions, Vance noted that talks are stuck.",
            &[
                ("Vance", "acknowledging", "that Putin made concessions"),
                ("Vance", "noted", "that talks are stuck"),
            ],
        ),
        // partial quote inside paraphrase
        (
            "Vance emphasised that the US will not “spin its wheels” in stalled talks, signalling impatience.",
            &[("Vance", "emphasised", "that the US will not “spin its wheels” in stalled talks")],
        ),
        // split quote
        (
            "\"Politics is a tough game,\" he said. \"That's the way it is.\"",
            &[("he", "said", "\"Politics is a tough game,\" | \"That's the way it is.\"")],
        ),
        // quote after a colon, running over sentences
        (
            "Carville warned: “Stalin said it. Do something else.”",
            &[("Carville", "warned", "“Stalin said it. Do something else.”")],
        ),
        // organisation as speaker
        (
            "They spoke in March, and the Kremlin hinted there may have been other calls.",
            &[("the Kremlin", "hinted", "there may have been other calls")],
        ),
        // apposition with an age; "As X has pointed out, …"; "Name: “…”"
        (
            "Jillian Chase, 27, a user in New York, said the election came up.",
            &[("Jillian Chase", "said", "the election came up")],
        ),
        (
            "As Paul Ryan has pointed out, that is the textbook definition of racism.",
            &[("Paul Ryan", "pointed", "that is the textbook definition of racism")],
        ),
        (
            "The surge does not surprise pollster Daron Shaw: “Lesser-known candidates get a boost.”",
            &[("Daron Shaw", ":", "“Lesser-known candidates get a boost.”")],
        ),
        ("BENENSON: Sanders does not decide. He is negative.", &[("BENENSON", ":", "Sanders does not decide. He is negative.")]),
        // a quotation paragraph without a cue continues the speaker before
        (
            "“We are ready,” he said.\n\n“The talks will go on for weeks.”",
            &[("he", "said", "“We are ready,”"), ("", "", "“The talks will go on for weeks.”")],
        ),
        // nouns and passives are no cues
        ("He held a phone call with Putin. Trump is expected to press Putin.", &[]),
    ];
    for (text, want) in cases {
        let got = claims_of(text);
        let want: Vec<(String, String, String)> = want
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

fn actor(name: &str, kind: ActorKind, roles: &[&str], text: &str, names: &[&str]) -> Actor {
    let mut mentions = Vec::new();
    for n in names {
        let mut from = 0;
        while let Some(i) = text.get(from..).and_then(|t| t.find(n)) {
            mentions.push(Span::new(from + i, from + i + n.len()));
            from += i + n.len();
        }
    }
    mentions.sort();
    Actor {
        name: name.to_string(),
        kind,
        roles: roles.iter().map(|r| r.to_string()).collect(),
        aliases: Vec::new(),
        salience: 1.0,
        mentions,
        mention_kinds: Vec::new(),
    }
}

#[test]
fn speakers_resolve_by_name_pronoun_and_role() {
    let text = "Kremlin spokesman Dmitry Peskov met Vladimir Putin. The spokesman said talks were slow. \
                Putin spoke later. He said Russia favours peace. Trump's spokeswoman said nothing changed. \
                “We will see,” Trump said.";
    let actors = vec![
        actor(
            "Dmitry Peskov",
            ActorKind::Person,
            &["Kremlin spokesman"],
            text,
            &["Dmitry Peskov"],
        ),
        actor(
            "Vladimir Putin",
            ActorKind::Person,
            &["President"],
            text,
            &["Vladimir Putin", "Putin"],
        ),
        actor(
            "Donald Trump",
            ActorKind::Person,
            &["President"],
            text,
            &["Trump"],
        ),
    ];
    let doc = Document::new(text, &Options::default());
    let got: Vec<(String, Option<String>)> = extract(&doc, &actors)
        .iter()
        .map(|c| {
            (
                c.source
                    .map_or(String::new(), |s| s.slice(text).to_string()),
                c.speaker
                    .and_then(|a| actors.get(a))
                    .map(|a| a.name.clone()),
            )
        })
        .collect();
    let want = [
        ("The spokesman", Some("Dmitry Peskov")),
        ("He", Some("Vladimir Putin")),
        ("Trump's spokeswoman", None),
        ("Trump", Some("Donald Trump")),
    ];
    let want: Vec<(String, Option<String>)> = want
        .iter()
        .map(|(s, a)| (s.to_string(), a.map(str::to_string)))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn spans_are_valid_on_hostile_input() {
    let cases = [
        "",
        "\"",
        "“",
        "said",
        "according to",
        ", he said.",
        "'' '' ''",
        "“a” “b” said: “c",
        "X: ",
        "He said: “one.\n\n“two.\n\nthree”",
    ];
    for text in cases {
        let doc = Document::new(text, &Options::default());
        for c in extract(&doc, &[]) {
            for s in [Some(c.content), c.source, c.cue]
                .into_iter()
                .flatten()
                .chain(c.parts.iter().copied())
            {
                assert!(
                    s.start <= s.end && doc.text().get(s.start..s.end).is_some(),
                    "{text}"
                );
            }
        }
    }
}

/// The seed article, end to end, with the real actors stage.
#[test]
fn seed_article_claims() {
    let text = include_str!("../../tests/data/seed-article.txt");
    let opts = Options {
        reference_date: jiff::civil::Date::new(2025, 5, 20).ok(),
        ..Options::default()
    };
    let doc = Document::new(text, &opts);
    let actors = crate::actors::extract(&doc);
    let claims = extract(&doc, &actors);
    // Every claim holding the needle, with its speaker's name.
    let by = |needle: &str| -> Vec<Option<String>> {
        claims
            .iter()
            .filter(|c| c.content.slice(text).contains(needle))
            .map(|c| {
                c.speaker
                    .and_then(|a| actors.get(a))
                    .map(|a| a.name.clone())
            })
            .collect()
    };
    let cases = [
        ("very informative and quite a frank conversation", "Putin"),
        (
            "Russia, too, favours a peaceful settlement of the Ukrainian crisis",
            "Putin",
        ),
        ("We’re at a bit of an impasse", "Vance"),
        ("spin its wheels", "Vance"),
        ("slow and complex process", "Peskov"),
        ("lacked the authority", "Zelensk"),
        ("immediate", "Trump"),
    ];
    for (needle, who) in cases {
        let got = by(needle);
        assert!(
            got.iter()
                .any(|g| g.as_deref().is_some_and(|g| g.contains(who))),
            "{needle}: {got:?}"
        );
    }
    for c in &claims {
        assert!(!c.content.slice(text).contains("ALSO READ"));
        assert!(!doc.is_skipped(c.content.start));
    }
    let gist = crate::summary::gist(&doc, &actors, &claims);
    assert_eq!(gist.len(), 3);
}
