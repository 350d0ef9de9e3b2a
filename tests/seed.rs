//! The seed article (the one this product was conceived for), end to end, with reference
//! date 2025-05-20: the acceptance checks of the Foundation issue.

mod common;

use dossier::actors::ActorKind;
use dossier::{Dossier, Options};

const SEED: &str = include_str!("data/seed-article.txt");

fn seed() -> Dossier {
    let opts = Options::default()
        .with_reference_date_str("2025-05-20")
        .expect("date");
    common::check(SEED, &opts)
}

fn actor<'d>(d: &'d Dossier, surname: &str) -> Vec<&'d dossier::actors::Actor> {
    d.actors
        .iter()
        .filter(|a| {
            a.mentions
                .iter()
                .any(|m| m.slice(d.document.text()).contains(surname))
        })
        .collect()
}

#[test]
fn the_five_principals_are_person_actors() {
    let d = seed();
    for name in ["Trump", "Putin", "Vance", "Peskov"] {
        let found = actor(&d, name);
        assert_eq!(
            found.len(),
            1,
            "{name}: {:?}",
            found.iter().map(|a| &a.name).collect::<Vec<_>>()
        );
        assert_eq!(found[0].kind, ActorKind::Person, "{name}");
    }
    let z = actor(&d, "Zelensk");
    assert_eq!(
        z.len(),
        1,
        "one Zelenskyy actor: {:?}",
        z.iter().map(|a| &a.name).collect::<Vec<_>>()
    );
    assert_eq!(z[0].kind, ActorKind::Person);
}

#[test]
fn nothing_from_the_also_read_lines() {
    let d = seed();
    let json = d.to_json();
    let out: serde_json::Value = serde_json::from_str(&json).expect("json");
    for field in ["actors", "dates", "claims", "summary"] {
        let s = out[field].to_string();
        for leak in [
            "Colombian",
            "Maria Jose",
            "Sanchez",
            "Bilawal",
            "Tharoor",
            "Pakistan",
        ] {
            assert!(!s.contains(leak), "{leak} leaked into {field}");
        }
    }
}

#[test]
fn may_19_is_resolved() {
    let d = seed();
    let text = d.document.text();
    let may19 = d
        .dates
        .iter()
        .find(|t| t.span.slice(text) == "May 19")
        .expect("May 19 found");
    assert_eq!(may19.value, "2025-05-19");
}

#[test]
fn putins_peaceful_settlement_quote_is_his_claim() {
    let d = seed();
    let text = d.document.text();
    let claim = d
        .claims
        .iter()
        .find(|c| {
            c.content
                .slice(text)
                .contains("peaceful settlement of the Ukrainian crisis")
        })
        .expect("the peaceful-settlement quote is a claim");
    let speaker = claim
        .speaker
        .and_then(|i| d.actors.get(i))
        .expect("speaker resolved");
    assert!(
        speaker.name.contains("Putin"),
        "speaker is {}",
        speaker.name
    );
    assert!(claim.direct);
}

#[test]
fn every_span_is_its_text_in_code_points() {
    let d = seed();
    let out: serde_json::Value = serde_json::from_str(&d.to_json()).expect("json");
    let chars: Vec<char> = out["text"].as_str().expect("text").chars().collect();
    let at = |s: &serde_json::Value| {
        let offset = |k: &str| s[k].as_u64().expect("offset") as usize;
        chars[offset("start")..offset("end")]
            .iter()
            .collect::<String>()
    };
    let actors = out["actors"].as_array().expect("actors");
    assert!(!actors.is_empty());
    for a in actors {
        for m in a["mentions"].as_array().expect("mentions") {
            assert_eq!(at(m), m["text"]);
        }
    }
    let dates = out["dates"].as_array().expect("dates");
    assert!(!dates.is_empty());
    for t in dates {
        assert_eq!(at(t), t["text"]);
    }
    assert_eq!(out["summary"].as_array().map(Vec::len), Some(3));
}
