//! The gist: three sentences that tell the story.
//!
//! Extractive and lead-aware: the lead sentence (the first body sentence of a useful
//! length) is kept, then the most central sentences are added greedily. Centrality is a
//! sentence's overlap with the document's salient words (frequent content words) and
//! actors, with a position prior (earlier is better), a length prior (neither a fragment
//! nor a run-on) and a redundancy penalty against the sentences already chosen.
//! A sentence carrying a claim by a speaker the chosen sentences do not quote yet gets a
//! bonus by that speaker's salience (both sides of the story). Headings and boilerplate
//! lines are never chosen. Short texts get fewer sentences. No summary gold is available
//! here, so the design aims at beating Lead-3 without a measured ROUGE.

use crate::actors::Actor;
use crate::claims::Claim;
use crate::segment::{ParagraphKind, TokenKind};
use crate::Document;
use std::collections::{HashMap, HashSet};

const STOP: &str = include_str!("../data/stopwords.txt");

fn stopwords() -> HashSet<&'static str> {
    STOP.lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
}

fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "they" | "it" | "this" | "these" | "those" | "his" | "her" | "their" | "its"
    )
}

/// Pick up to three sentences (indices into [`Document::sentences`], in text order).
pub fn gist(doc: &Document, actors: &[Actor], claims: &[Claim]) -> Vec<usize> {
    let text = doc.text();
    let stop = stopwords();
    let sentences = doc.sentences();
    // Candidate sentences: body text, at least a few words.
    let mut words_of: Vec<(usize, HashSet<String>, usize)> = Vec::new();
    for si in 0..sentences.len() {
        if doc.sentence_kind(si) != ParagraphKind::Body {
            continue;
        }
        let toks = doc.sentence_tokens(si);
        let n_words = toks.iter().filter(|t| t.kind == TokenKind::Word).count();
        let set: HashSet<String> = toks
            .iter()
            .filter(|t| t.kind == TokenKind::Word || t.kind == TokenKind::Number)
            .map(|t| t.text(text).to_lowercase())
            .filter(|w| w.chars().count() > 2 && !stop.contains(w.as_str()))
            .collect();
        words_of.push((si, set, n_words));
    }
    let body = words_of.iter().filter(|(_, _, n)| *n >= 5).count();
    let k = match body {
        0 => return Vec::new(),
        1..=2 => 1,
        3 => 2,
        _ => 3,
    };
    // Document frequency of content words (in how many sentences they occur).
    let mut df: HashMap<&str, f64> = HashMap::new();
    for (_, set, _) in &words_of {
        for w in set {
            *df.entry(w.as_str()).or_default() += 1.0;
        }
    }
    // Actor salience per sentence.
    let max_sal = actors.iter().map(|a| a.salience).fold(0.0_f64, f64::max);
    let mut actor_weight: HashMap<usize, f64> = HashMap::new();
    for a in actors {
        for m in &a.mentions {
            if let Some(si) = doc.sentence_at(m.start) {
                let w = if max_sal > 0.0 {
                    a.salience / max_sal
                } else {
                    0.5
                };
                let e = actor_weight.entry(si).or_default();
                *e = e.max(w) + 0.1 * w;
            }
        }
    }
    let weight = |a: usize| {
        actors.get(a).map_or(0.0, |x| {
            if max_sal > 0.0 {
                x.salience / max_sal
            } else {
                0.5
            }
        })
    };
    let mut speakers_in: HashMap<usize, Vec<usize>> = HashMap::new();
    for c in claims {
        if let (Some(a), Some(si)) = (c.speaker, doc.sentence_at(c.content.start)) {
            speakers_in.entry(si).or_default().push(a);
        }
    }
    let mut claim_in: HashSet<usize> = HashSet::new();
    for c in claims {
        if let Some(si) = doc.sentence_at(c.content.start) {
            claim_in.insert(si);
        }
    }
    let total = words_of.len().max(1) as f64;
    let lead: Option<&HashSet<String>> = words_of
        .iter()
        .find(|(_, _, n)| *n >= 8)
        .map(|(_, set, _)| set);
    let first_word: HashMap<usize, String> = words_of
        .iter()
        .filter_map(|(si, _, _)| {
            doc.sentence_tokens(*si)
                .iter()
                .find(|t| t.kind == TokenKind::Word)
                .map(|t| (*si, t.text(text).to_lowercase()))
        })
        .collect();
    let lead_si = words_of
        .iter()
        .find(|(_, _, n)| *n >= 8)
        .map(|(si, _, _)| *si);
    let chosen_now = |si: usize| si.checked_sub(1).is_some_and(|p| Some(p) == lead_si);
    let score_of = |rank: usize, set: &HashSet<String>, n: usize, si: usize| -> f64 {
        let central: f64 = set
            .iter()
            .map(|w| {
                let f = df.get(w.as_str()).copied().unwrap_or(1.0);
                if f >= 2.0 {
                    (f / total).sqrt()
                } else {
                    0.0
                }
            })
            .sum::<f64>()
            * 3.0
            / (set.len() as f64 + 3.0);
        let actorw = actor_weight.get(&si).copied().unwrap_or(0.0).min(1.5);
        let position = 1.0 / (1.0 + rank as f64 / 5.0);
        let length = if n < 8 {
            0.5
        } else if n > 45 {
            0.7
        } else {
            1.0
        };
        let claim = if claim_in.contains(&si) { 0.1 } else { 0.0 };
        // Overlap with the lead: the story the article opens with.
        let lead_overlap = lead.map_or(0.0, |l: &HashSet<String>| {
            set.intersection(l).count() as f64 / (l.len().min(set.len()).max(1) as f64)
        });
        // A sentence opening with a pronoun dangles without the one before it.
        let dangling = first_word.get(&si).is_some_and(|w| is_pronoun(w));
        let dangle = if dangling && !chosen_now(si) {
            0.6
        } else {
            1.0
        };
        (central + 0.3 * actorw + 0.6 * position + 0.5 * lead_overlap + claim) * length * dangle
    };
    let mut chosen: Vec<usize> = Vec::new();
    let mut chosen_sets: Vec<&HashSet<String>> = Vec::new();
    // The lead: the first body sentence of a useful length.
    if let Some((pos, (si, set, _))) = words_of.iter().enumerate().find(|(_, (_, _, n))| *n >= 8) {
        let _ = pos;
        chosen.push(*si);
        chosen_sets.push(set);
    }
    while chosen.len() < k {
        let mut best: Option<(f64, usize, &HashSet<String>)> = None;
        for (rank, (si, set, n)) in words_of.iter().enumerate() {
            if *n < 5 || chosen.contains(si) {
                continue;
            }
            let redundancy = chosen_sets
                .iter()
                .map(|c| {
                    let inter = set.intersection(c).count() as f64;
                    inter / (set.len().min(c.len()).max(1) as f64)
                })
                .fold(0.0_f64, f64::max);
            if redundancy > 0.6 {
                continue;
            }
            // A speaker the chosen sentences do not quote yet: the other side of the story.
            let novelty = speakers_in
                .get(si)
                .into_iter()
                .flatten()
                .filter(|a| {
                    !chosen
                        .iter()
                        .any(|c| speakers_in.get(c).is_some_and(|v| v.contains(a)))
                })
                .map(|a| weight(*a))
                .fold(0.0_f64, f64::max);
            let s = (score_of(rank, set, *n, *si) + 0.3 * novelty) * (1.0 - 0.5 * redundancy);
            if best.is_none_or(|(b, _, _)| s > b) {
                best = Some((s, *si, set));
            }
        }
        let Some((_, si, set)) = best else { break };
        chosen.push(si);
        chosen_sets.push(set);
    }
    chosen.sort_unstable();
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    #[test]
    fn picks_lead_and_skips_headings_and_boilerplate() {
        let text = "Peace Talks Resume\n\nThe president held a long call with the premier about the war on Monday.\n\nThe call covered trade, the war and a ceasefire plan for the region.\n\nALSO READ: Something else entirely happened somewhere\n\nWeather was mild.\n\nThe premier said the ceasefire plan for the war would start soon.\n\nOfficials said the talks on the war would continue next week.";
        let doc = Document::new(text, &Options::default());
        let got = gist(&doc, &[], &[]);
        assert_eq!(got.len(), 3);
        let texts: Vec<&str> = got
            .iter()
            .map(|&i| doc.sentences()[i].span.slice(doc.text()))
            .collect();
        assert!(texts[0].starts_with("The president held"), "{texts:?}");
        for t in &texts {
            assert!(
                !t.contains("ALSO READ")
                    && !t.starts_with("Peace Talks")
                    && !t.starts_with("Weather"),
                "{texts:?}"
            );
        }
    }

    #[test]
    fn short_texts_get_fewer_sentences() {
        let cases = [
            ("", 0),
            ("Putin spoke with Trump on the phone for two hours.", 1),
        ];
        for (text, want) in cases {
            let doc = Document::new(text, &Options::default());
            assert_eq!(gist(&doc, &[], &[]).len(), want, "{text}");
        }
    }
}
