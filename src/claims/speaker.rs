//! Speaker resolution: which actor a claim's source names.
//!
//! A source whose head word lies in an actor mention is that actor ("Kremlin spokesman
//! Dmitry Peskov"); a possessive before the head makes another person ("Trump's
//! spokeswoman" is not Trump). Pronouns go to the previous claim's speaker when near,
//! else to the subject of the sentence before, else to the nearest person mentioned
//! before; "who" to the actor named just before it; "the spokesman" / "the president" to
//! the actor with that role mentioned last.

use super::attribution::Raw;
use super::words::is;
use crate::actors::{Actor, ActorKind};
use crate::segment::TokenKind;
use crate::{Document, Span};

/// An actor mention: where, and whose.
#[derive(Clone, Copy, Debug)]
struct Mention {
    span: Span,
    actor: usize,
}

/// Role words and mention starts per actor, computed once per document.
struct Ctx {
    /// Role word (lower case) to the actors carrying it.
    roles: crate::hash::FxHashMap<String, Vec<usize>>,
    /// Sorted mention starts of every actor.
    starts: Vec<Vec<usize>>,
}

impl Ctx {
    fn new(actors: &[Actor]) -> Ctx {
        let mut roles: crate::hash::FxHashMap<String, Vec<usize>> = Default::default();
        for (ai, a) in actors.iter().enumerate() {
            for r in &a.roles {
                for w in r.to_lowercase().split_whitespace() {
                    let list = roles.entry(w.to_string()).or_default();
                    if list.last() != Some(&ai) {
                        list.push(ai);
                    }
                }
            }
        }
        let starts = actors
            .iter()
            .map(|a| {
                let mut v: Vec<usize> = a.mentions.iter().map(|m| m.start).collect();
                v.sort_unstable();
                v
            })
            .collect();
        Ctx { roles, starts }
    }
}

/// The speaker of every attribution (same order).
pub fn resolve(doc: &Document, actors: &[Actor], raws: &[Raw]) -> Vec<Option<usize>> {
    let ctx = Ctx::new(actors);
    let mut mentions: Vec<Mention> = actors
        .iter()
        .enumerate()
        .flat_map(|(a, act)| {
            act.mentions
                .iter()
                .map(move |m| Mention { span: *m, actor: a })
        })
        .collect();
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    let mut out: Vec<Option<usize>> = Vec::with_capacity(raws.len());
    // (sentence, speaker) of resolved claims so far, in text order of their cue.
    let mut recent: Vec<(usize, usize)> = Vec::new();
    for r in raws {
        let got = r
            .source
            .or(r.inherit)
            .and_then(|src| resolve_one(doc, actors, &ctx, &mentions, src, &recent));
        if let (Some(a), Some(si)) = (got, r.source.and_then(|s| doc.sentence_at(s.start))) {
            recent.push((si, a));
        }
        out.push(got);
    }
    out
}

fn resolve_one(
    doc: &Document,
    actors: &[Actor],
    ctx: &Ctx,
    mentions: &[Mention],
    src: Span,
    recent: &[(usize, usize)],
) -> Option<usize> {
    let text = doc.text();
    let a = doc.token_at_or_after(src.start);
    let b = doc.token_at_or_after(src.end);
    let toks = doc.tokens().get(a..b)?;
    let words: Vec<(Span, String)> = toks
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| {
            (
                t.span(),
                super::words::lower_apos(t.text(text)).into_owned(),
            )
        })
        .collect();
    let possessive = words.iter().any(|(_, w)| w == "'s");
    let (head, head_word) = words.iter().rev().find(|(_, w)| w != "'s")?.clone();
    // A name: the head lies in a mention.
    if let Some(m) = overlapping(mentions, head) {
        return Some(m.actor);
    }
    if words.len() == 1 {
        match head_word.as_str() {
            "he" | "she" | "him" | "i" => {
                return pronoun(doc, actors, mentions, src, recent, &head_word)
            }
            "who" | "which" | "that" => {
                let i = mentions.partition_point(|m| m.span.end <= src.start);
                return i
                    .checked_sub(1)
                    .and_then(|k| mentions.get(k))
                    .filter(|m| {
                        text.get(m.span.end..src.start)
                            .is_some_and(|gap| gap.len() <= 4)
                    })
                    .map(|m| m.actor);
            }
            "they" | "we" => {
                let si = doc.sentence_at(src.start)?;
                return recent
                    .iter()
                    .rev()
                    .take_while(|(s, _)| s + 2 >= si)
                    .find(|(_, a)| actors.get(*a).is_some_and(|x| x.kind != ActorKind::Person))
                    .map(|(_, a)| *a);
            }
            _ => {}
        }
    }
    // A role: "the spokesman", "the president" (but not "Trump's spokeswoman").
    if !possessive && is("role_head", &head_word) {
        let mut best: Option<(usize, usize)> = None; // (last mention start before src, actor)
        for &ai in ctx
            .roles
            .get(head_word.as_str())
            .map_or(&[][..], Vec::as_slice)
        {
            let starts = ctx.starts.get(ai).map_or(&[][..], Vec::as_slice);
            let i = starts.partition_point(|&st| st < src.start);
            if let Some(&l) = i.checked_sub(1).and_then(|k| starts.get(k)) {
                if best.is_none_or(|(bl, _)| l > bl) {
                    best = Some((l, ai));
                }
            }
        }
        return best.map(|(_, a)| a);
    }
    None
}

fn overlapping(mentions: &[Mention], span: Span) -> Option<&Mention> {
    let i = mentions.partition_point(|m| m.span.end <= span.start);
    mentions.get(i).filter(|m| m.span.start < span.end)
}

/// He/she: the previous claim's speaker when in this or the previous sentence, else the
/// first person of the previous sentence, else the nearest person before.
fn pronoun(
    doc: &Document,
    actors: &[Actor],
    mentions: &[Mention],
    src: Span,
    recent: &[(usize, usize)],
    word: &str,
) -> Option<usize> {
    let si = doc.sentence_at(src.start)?;
    let person = |a: usize| {
        actors
            .get(a)
            .is_some_and(|x| x.kind == ActorKind::Person && gender_ok(x, word))
    };
    if let Some((_, a)) = recent
        .iter()
        .rev()
        .take_while(|(s, _)| s + 1 >= si)
        .find(|(_, a)| person(*a))
    {
        return Some(*a);
    }
    let before = mentions.partition_point(|m| m.span.start < src.start);
    let prev_sentence = si
        .checked_sub(1)
        .and_then(|p| doc.sentences().get(p))
        .map(|s| s.span);
    let this_start = doc.sentences().get(si).map_or(src.start, |s| s.span.start);
    // A person earlier in this sentence (the subject of a clause before the pronoun).
    if let Some(m) = mentions
        .get(..before)
        .unwrap_or(&[])
        .iter()
        .rev()
        .take_while(|m| m.span.start >= this_start)
        .filter(|m| person(m.actor))
        .last()
    {
        return Some(m.actor);
    }
    if let Some(ps) = prev_sentence {
        let i = mentions.partition_point(|m| m.span.start < ps.start);
        if let Some(m) = mentions
            .get(i..before)
            .unwrap_or(&[])
            .iter()
            .find(|m| m.span.end <= ps.end && person(m.actor))
        {
            return Some(m.actor);
        }
    }
    mentions
        .get(..before)
        .unwrap_or(&[])
        .iter()
        .rev()
        .take(50)
        .find(|m| person(m.actor))
        .map(|m| m.actor)
}

/// Could `word` (he/she) refer to this person? Only titles and roles tell gender here.
fn gender_ok(actor: &Actor, word: &str) -> bool {
    let female = actor.roles.iter().any(|r| {
        r.to_lowercase()
            .split_whitespace()
            .any(|w| is("female_title", w))
    });
    let male = actor.roles.iter().any(|r| {
        r.to_lowercase()
            .split_whitespace()
            .any(|w| is("male_title", w))
    });
    match word {
        "he" | "him" => !female,
        "she" => !male,
        _ => true,
    }
}
