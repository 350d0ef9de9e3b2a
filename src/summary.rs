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
use crate::hash::{FxHashMap, FxHashSet};
use crate::segment::{lower, ParagraphKind, TokenKind};
use crate::Document;
use std::sync::OnceLock;

const STOP: &str = include_str!("../data/stopwords.txt");

fn stopwords() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        STOP.lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
            .collect()
    })
}

fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "they" | "it" | "this" | "these" | "those" | "his" | "her" | "their" | "its"
    )
}

/// The number of elements two sorted, deduplicated slices share.
fn common(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// How much two sentences' word sets overlap: shared words over the smaller set's size.
fn overlap(a: &[u32], b: &[u32]) -> f64 {
    common(a, b) as f64 / (a.len().min(b.len()).max(1) as f64)
}

/// Pick up to three sentences (indices into [`Document::sentences`], in text order).
pub fn gist(doc: &Document, actors: &[Actor], claims: &[Claim]) -> Vec<usize> {
    let text = doc.text();
    let stop = stopwords();
    let sentences = doc.sentences();
    // Content words are interned: a sentence's words are a sorted set of ids, and a word
    // is lower-cased and looked up once per token.
    let mut ids: FxHashMap<String, u32> = FxHashMap::default();
    let mut content: Vec<bool> = Vec::new();
    // Candidate sentences: body text, at least a few words.
    let mut words_of: Vec<(usize, Vec<u32>, usize)> = Vec::new();
    for si in 0..sentences.len() {
        if doc.sentence_kind(si) != ParagraphKind::Body {
            continue;
        }
        let toks = doc.sentence_tokens(si);
        let n_words = toks.iter().filter(|t| t.kind == TokenKind::Word).count();
        let mut set: Vec<u32> = Vec::new();
        for t in toks {
            if t.kind != TokenKind::Word && t.kind != TokenKind::Number {
                continue;
            }
            let w = lower(t.text(text));
            let id = match ids.get(&*w) {
                Some(&id) => id,
                None => {
                    let id = content.len() as u32;
                    content.push(w.chars().count() > 2 && !stop.contains(&*w));
                    ids.insert(w.into_owned(), id);
                    id
                }
            };
            if content.get(id as usize).copied().unwrap_or(false) {
                set.push(id);
            }
        }
        set.sort_unstable();
        set.dedup();
        words_of.push((si, set, n_words));
    }
    drop(ids);
    let body = words_of.iter().filter(|(_, _, n)| *n >= 5).count();
    let k = match body {
        0 => return Vec::new(),
        1..=2 => 1,
        3 => 2,
        _ => 3,
    };
    // Document frequency of content words (in how many sentences they occur).
    let mut df: Vec<f64> = vec![0.0; content.len()];
    for (_, set, _) in &words_of {
        for &w in set {
            if let Some(d) = df.get_mut(w as usize) {
                *d += 1.0;
            }
        }
    }
    // Actor salience per sentence.
    let max_sal = actors.iter().map(|a| a.salience).fold(0.0_f64, f64::max);
    let mut actor_weight: Vec<f64> = vec![0.0; sentences.len()];
    for a in actors {
        for m in &a.mentions {
            if let Some(si) = doc.sentence_at(m.start) {
                let w = if max_sal > 0.0 {
                    a.salience / max_sal
                } else {
                    0.5
                };
                if let Some(e) = actor_weight.get_mut(si) {
                    *e = e.max(w) + 0.1 * w;
                }
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
    let mut speakers_in: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for c in claims {
        if let (Some(a), Some(si)) = (c.speaker, doc.sentence_at(c.content.start)) {
            speakers_in.entry(si).or_default().push(a);
        }
    }
    let mut claim_in: Vec<bool> = vec![false; sentences.len()];
    for c in claims {
        if let Some(si) = doc.sentence_at(c.content.start) {
            if let Some(x) = claim_in.get_mut(si) {
                *x = true;
            }
        }
    }
    let total = words_of.len().max(1) as f64;
    // The lead: the first body sentence of a useful length.
    let lead_entry = words_of.iter().find(|(_, _, n)| *n >= 8);
    let lead: Option<&Vec<u32>> = lead_entry.map(|(_, set, _)| set);
    let lead_si = lead_entry.map(|(si, _, _)| *si);
    // A sentence opening with a pronoun dangles without the one before it.
    let dangling = |si: usize| {
        doc.sentence_tokens(si)
            .iter()
            .find(|t| t.kind == TokenKind::Word)
            .is_some_and(|t| is_pronoun(&lower(t.text(text))))
    };
    let chosen_now = |si: usize| si.checked_sub(1).is_some_and(|p| Some(p) == lead_si);
    let score_of = |rank: usize, set: &[u32], n: usize, si: usize| -> f64 {
        let central: f64 = set
            .iter()
            .map(|&w| {
                let f = df.get(w as usize).copied().unwrap_or(1.0);
                if f >= 2.0 {
                    (f / total).sqrt()
                } else {
                    0.0
                }
            })
            .sum::<f64>()
            * 3.0
            / (set.len() as f64 + 3.0);
        let actorw = actor_weight.get(si).copied().unwrap_or(0.0).min(1.5);
        let position = 1.0 / (1.0 + rank as f64 / 5.0);
        let length = if n < 8 {
            0.5
        } else if n > 45 {
            0.7
        } else {
            1.0
        };
        let claim = if claim_in.get(si).copied().unwrap_or(false) {
            0.1
        } else {
            0.0
        };
        // Overlap with the lead: the story the article opens with.
        let lead_overlap = lead.map_or(0.0, |l| overlap(set, l));
        let dangle = if dangling(si) && !chosen_now(si) {
            0.6
        } else {
            1.0
        };
        (central + 0.3 * actorw + 0.6 * position + 0.5 * lead_overlap + claim) * length * dangle
    };
    // The score of each candidate does not depend on what is chosen: computed once.
    let scores: Vec<f64> = words_of
        .iter()
        .enumerate()
        .map(|(rank, (si, set, n))| {
            if *n < 5 {
                0.0
            } else {
                score_of(rank, set, *n, *si)
            }
        })
        .collect();
    let mut chosen: Vec<usize> = Vec::new();
    let mut chosen_sets: Vec<&Vec<u32>> = Vec::new();
    if let Some((si, set, _)) = lead_entry {
        chosen.push(*si);
        chosen_sets.push(set);
    }
    while chosen.len() < k {
        let mut best: Option<(f64, usize, &Vec<u32>)> = None;
        for (rank, (si, set, n)) in words_of.iter().enumerate() {
            if *n < 5 || chosen.contains(si) {
                continue;
            }
            let redundancy = chosen_sets
                .iter()
                .map(|c| overlap(set, c))
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
            let base = scores.get(rank).copied().unwrap_or(0.0);
            let s = (base + 0.3 * novelty) * (1.0 - 0.5 * redundancy);
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
