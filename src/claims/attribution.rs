//! Attributions: reporting cues, the source naming the speaker and the content claimed.
//!
//! Works sentence by sentence on tokens: a cue from the lexicon, the noun phrase before it
//! (or after it, "…," said X), and the content after it ("said (that) …") or before it
//! ("…, X said"), or both ("…, X said, …"). Quotations bound contents that run over
//! several sentences; pure-quote sentences after a "…," he said join the claim as parts.

use super::lexicon::{self, CueClass, Entry};
use super::quotes::Quotes;
use super::words::{is, lower_apos};
use crate::segment::{ParagraphKind, TokenKind};
use crate::{Document, Span};
use std::borrow::Cow;

/// An attribution before speaker resolution.
#[derive(Clone, Debug, PartialEq)]
pub struct Raw {
    /// The words naming the speaker.
    pub source: Option<Span>,
    /// The cue.
    pub cue: Option<Span>,
    /// First to last byte of the content.
    pub content: Span,
    /// The pieces when split.
    pub parts: Vec<Span>,
    /// A direct quotation.
    pub direct: bool,
    /// The cue's class (none for a quote without a cue).
    pub class: Option<CueClass>,
    /// For a quote without cue or source: the source of the attribution whose speaker it
    /// continues.
    pub inherit: Option<Span>,
    /// The sentence holding the cue (or the content's start).
    pub sentence: usize,
}

/// A token of the sentence being read.
struct W<'a> {
    span: Span,
    lower: Cow<'a, str>,
    kind: TokenKind,
    cap: bool,
    /// The double quotation it lies in.
    q: Option<u32>,
    /// A quotation mark.
    mark: bool,
}

struct Sent<'a> {
    t: Vec<W<'a>>,
}

type Range = (usize, usize);

/// The most tokens a content reaches from its cue: keeps work linear in run-on text.
const WINDOW: usize = 200;

impl<'a> Sent<'a> {
    fn new(doc: &'a Document, quotes: &Quotes, si: usize) -> Sent<'a> {
        let text = doc.text();
        let g0 = doc.sentences().get(si).map_or(0, |s| s.tokens.start);
        let t = doc
            .sentence_tokens(si)
            .iter()
            .enumerate()
            .map(|(k, tok)| {
                let s = tok.text(text);
                W {
                    span: tok.span(),
                    lower: lower_apos(s),
                    kind: tok.kind,
                    cap: s.chars().next().is_some_and(char::is_uppercase),
                    q: quotes.inside.get(g0 + k).copied().flatten(),
                    mark: tok.kind == TokenKind::Punct
                        && matches!(
                            s,
                            "\"" | "“" | "”" | "'" | "‘" | "’" | "«" | "»" | "„" | "`"
                        ),
                }
            })
            .collect();
        Sent { t }
    }

    fn n(&self) -> usize {
        self.t.len()
    }

    fn low(&self, k: usize) -> &str {
        self.t.get(k).map_or("", |w| &*w.lower)
    }

    fn is_word(&self, k: usize) -> bool {
        self.t.get(k).is_some_and(|w| w.kind == TokenKind::Word)
    }

    fn cap(&self, k: usize) -> bool {
        self.t
            .get(k)
            .is_some_and(|w| w.cap && w.kind == TokenKind::Word)
    }

    fn mark(&self, k: usize) -> bool {
        self.t.get(k).is_some_and(|w| w.mark)
    }

    fn span(&self, r: Range) -> Option<Span> {
        let a = self.t.get(r.0)?;
        let b = self.t.get(r.1)?;
        (a.span.start < b.span.end).then(|| Span::new(a.span.start, b.span.end))
    }

    /// A lower-case verb form from the lexicon (not "according", not a noun).
    fn verb_cue(&self, k: usize) -> bool {
        self.is_word(k)
            && !self.cap(k)
            && lexicon::lookup(self.low(k))
                .is_some_and(|e| !matches!(e.class, CueClass::Noun | CueClass::According))
    }

    fn is_ing(&self, k: usize) -> bool {
        let l = self.low(k);
        self.is_word(k)
            && !self.cap(k)
            && l.len() >= 5
            && l.ends_with("ing")
            && !is("ing_not_clause", l)
    }
}

/// Find the attributions of `doc`, in text order of their contents.
pub fn find(doc: &Document, quotes: &Quotes) -> Vec<Raw> {
    let mut out: Vec<Raw> = Vec::new();
    let mut per_sentence: Vec<usize> = vec![0; doc.sentences().len()];
    for si in 0..doc.sentences().len() {
        let kind = doc.sentence_kind(si);
        if kind == ParagraphKind::Boilerplate {
            continue;
        }
        let s = Sent::new(doc, quotes, si);
        let before = out.len();
        sentence(doc, quotes, &s, si, &mut out);
        if let Some(c) = per_sentence.get_mut(si) {
            *c = out.len() - before;
        }
    }
    follow_on_quotes(doc, quotes, &per_sentence, &mut out);
    unattributed(doc, quotes, &mut out);
    for r in &mut out {
        r.direct = is_direct(quotes, r);
    }
    out.sort_by_key(|r| (r.content.start, r.content.end));
    dedup(&mut out);
    out
}

fn sentence(doc: &Document, quotes: &Quotes, s: &Sent, si: usize, out: &mut Vec<Raw>) {
    let n = s.n();
    let mut last_source: Option<Range> = None;
    let mut found_any = false;
    let mut i = 0;
    while i < n {
        let Some((entry, ce)) = cue_at(s, i) else {
            i += 1;
            continue;
        };
        if let Some((source, content, class)) =
            attribute(doc, quotes, s, si, i, ce, entry, last_source)
        {
            if let Some(src) = source {
                last_source = Some(src);
            }
            let cue = s.span((i, ce - 1));
            let parts: Vec<Span> = content.iter().filter_map(|r| s.span(*r)).collect();
            if let Some(raw) = make(
                quotes,
                s,
                source.and_then(|r| s.span(r)),
                cue,
                parts,
                Some(class),
                si,
            ) {
                out.push(raw);
                found_any = true;
            }
        }
        i = ce;
    }
    if !found_any {
        if let Some(raw) = colon(doc, quotes, s, si).or_else(|| colon_quote(quotes, s, si)) {
            out.push(raw);
        }
    }
}

/// Build an attribution from spans, widening the content over quotations it opens or
/// closes in another sentence.
fn make(
    quotes: &Quotes,
    s: &Sent,
    source: Option<Span>,
    cue: Option<Span>,
    mut parts: Vec<Span>,
    class: Option<CueClass>,
    si: usize,
) -> Option<Raw> {
    if parts.is_empty() {
        return None;
    }
    // Widen over quotations open at the part's first or last token.
    for p in parts.iter_mut() {
        let first = s.t.partition_point(|w| w.span.start < p.start);
        let last =
            s.t.partition_point(|w| w.span.end <= p.end)
                .saturating_sub(1);
        for w in [s.t.get(first), s.t.get(last)].into_iter().flatten() {
            if w.span.start < p.start || w.span.end > p.end {
                continue;
            }
            if let Some(q) = w.q.and_then(|q| quotes.list.get(q as usize)) {
                if q.span.start < p.start && q.span.end > p.start {
                    p.start = q.span.start;
                }
                if q.span.end > p.end && q.span.start < p.end {
                    p.end = q.span.end;
                }
            }
        }
    }
    let first = parts.first()?.start;
    let last = parts.last()?.end;
    let content = Span::new(first, last);
    if parts.len() == 1 {
        parts.clear();
    }
    Some(Raw {
        source,
        cue,
        content,
        parts,
        direct: false,
        class,
        inherit: None,
        sentence: si,
    })
}

/// Is there a cue at `i`? Returns its entry and the index one past its last token.
fn cue_at(s: &Sent, i: usize) -> Option<(Entry, usize)> {
    let w = s.t.get(i)?;
    if w.kind != TokenKind::Word || w.q.is_some() {
        return None;
    }
    let entry = lexicon::lookup(&w.lower)?;
    if w.cap && i > 0 {
        return None;
    }
    match entry.class {
        CueClass::According => (s.low(i + 1) == "to").then_some((entry, i + 2)),
        // Nouns need a construction of their own; beliefs and intentions ("thinks",
        // "wants") are not claims a reader can check, and guessing them costs precision.
        CueClass::Noun | CueClass::Belief => None,
        _ => {
            // A determiner before it makes it a noun or an adjective ("the report",
            // "their first publicly confirmed conversation").
            let mut j = i;
            while j > 0 && is("aux", s.low(j - 1)) && !is("be_passive", s.low(j - 1)) {
                j -= 1;
            }
            if j > 0 && is("det", s.low(j - 1)) {
                return None;
            }
            if i > 0 && matches!(s.low(i - 1), "'s") && !(i > 1 && is("pronoun", s.low(i - 2))) {
                return None;
            }
            // "a phone call", "follow-up calls": a form that is also a noun needs a
            // subject-like word, an auxiliary or a comma before it.
            if is("noun_ambiguous", &w.lower) && j == i {
                let p = s.low(i.wrapping_sub(1));
                let subject_like = i > 0
                    && (is("pronoun", p)
                        || s.cap(i - 1)
                        || matches!(p, "," | "and" | "but" | "who" | "that" | "which"));
                if !subject_like {
                    return None;
                }
            }
            // An infinitive ("reasons to hope", "Obama to announce") or a gerund after a
            // preposition ("a ban on admitting") is no report; nor is an adjective
            // ("pledged delegates").
            if i > 0 && s.low(i - 1) == "to" {
                return None;
            }
            if i > 0 && w.lower.ends_with("ing") && is("gerund_preposition", s.low(i - 1)) {
                return None;
            }
            if is("adjectival_follower", s.low(i + 1)) {
                return None;
            }
            if matches!(entry.lemma, "respond" | "reply") && s.low(i + 1) == "to" {
                return None;
            }
            // Passives ("is expected", "was told") are not the speaker's cue.
            let mut p = i;
            while p > 0
                && matches!(
                    s.low(p - 1),
                    "also" | "not" | "n't" | "widely" | "reportedly" | "never" | "often" | "long"
                )
            {
                p -= 1;
            }
            if p > 0 && is("be_passive", s.low(p - 1)) && !w.lower.ends_with("ing") {
                return None;
            }
            if s.low(i + 1) == "to" {
                let ok_to = takes_to(entry.lemma);
                let addressee = s.cap(i + 2)
                    || matches!(
                        s.low(i + 2),
                        "reporters"
                            | "journalists"
                            | "his"
                            | "her"
                            | "their"
                            | "me"
                            | "us"
                            | "them"
                            | "him"
                            | "supporters"
                            | "members"
                            | "lawmakers"
                    );
                if !ok_to && !addressee {
                    return None;
                }
            }
            Some((entry, i + 1))
        }
    }
}

/// Source and content ranges of the cue at `i..ce`.
#[allow(clippy::too_many_arguments)]
fn attribute(
    doc: &Document,
    quotes: &Quotes,
    s: &Sent,
    si: usize,
    i: usize,
    ce: usize,
    entry: Entry,
    last_source: Option<Range>,
) -> Option<(Option<Range>, Vec<Range>, CueClass)> {
    let n = s.n();
    let class = entry.class;
    if class == CueClass::According {
        let src = np_fwd(s, ce);
        let after = || src.and_then(|(_, b)| fwd_plain(s, b + 1));
        let content = if i > 0 && s.low(i - 1) == "," || i > 1 {
            // "In addition, according to X, …": a short opener is no content.
            match back(s, i) {
                Some(b) if b.1 - b.0 < 3 && after().is_some() => after(),
                Some(b) => Some(b),
                None => after(),
            }
        } else {
            src.and_then(|(_, b)| fwd_plain(s, b + 1))
        };
        return content.map(|c| (src, vec![c], class));
    }
    let ing = s.low(i).ends_with("ing");
    // A participle opening the sentence: "While acknowledging that …, Vance noted …".
    if ing && (i == 0 || (i == 1 && is("intro", s.low(0)))) {
        let comma = (ce..n.min(ce + WINDOW))
            .find(|&k| s.low(k) == "," && s.t.get(k).is_some_and(|w| w.q.is_none()));
        let limit = comma.unwrap_or(n);
        let content = fwd(s, ce, entry, limit)?.0;
        let src = comma.and_then(|c| np_fwd(s, c + 1));
        return Some((src, vec![content], class));
    }
    // A participle after a clause: "…, saying …"; coordination: "… and said …".
    let j = skip_aux_back(s, i);
    let coordinated = j.is_some_and(|j| matches!(s.low(j), "and" | "but" | "or"));
    if (ing
        && j.is_some_and(|j| {
            matches!(
                s.low(j),
                "," | "and" | "but" | "by" | "while" | "after" | "before" | "in"
            ) || s.mark(j)
        }))
        || coordinated
    {
        let src = last_source.or_else(|| subject(s));
        let content = fwd(s, ce, entry, n)?.0;
        return Some((src, vec![content], class));
    }
    let Some(j) = j else {
        // Cue first in the sentence: "Said X: …" or a "he said." after a quote.
        let src = np_fwd(s, ce)?;
        let content = fwd(s, src.1 + 1, entry, n)?.0;
        return Some((Some(src), vec![content], class));
    };
    let jl = s.low(j);
    if jl == "," || s.mark(j) {
        // Apposition after a name opening the sentence: "Jillian Chase, 27, a user, said".
        let appos = if jl == "," { apposition(s, j) } else { None };
        if let Some(name) = appos.filter(|n| n.0 == 0) {
            return decide(doc, quotes, s, si, name, ce, entry);
        }
        // Inverted: "…,” said X" / "…, said X, a …".
        if let Some(src) = np_fwd(s, ce) {
            let starts_ok = (s.cap(src.0)
                || is("det", s.low(src.0))
                || is("pronoun", s.low(src.0))
                || s.low(src.0) == "one"
                || (s.mark(j) && (src.0..=src.1).any(|k| s.cap(k))))
                && is("inverted_lemma", entry.lemma)
                && !is("time_word", s.low(src.0))
                && (s.mark(j) || j >= 6);
            let after = src.1 + 1;
            let ends_ok = after >= n
                || matches!(s.low(after), "," | ";" | "." | "!" | "?" | "—" | "–" | "(")
                || s.mark(after)
                || s.mark(j);
            if starts_ok && ends_ok {
                if let Some(c) = back(s, j + 1) {
                    let mut parts = vec![c];
                    if s.low(after) == "," && s.mark(after + 1) {
                        if let Some(c2) = fwd_plain(s, after + 1) {
                            parts.push(c2);
                        }
                    }
                    return Some((Some(src), parts, class));
                }
            }
        }
        if jl != "," {
            return None;
        }
        // Apposition: "Mark Dubowitz, executive director of …, said".
        return decide(doc, quotes, s, si, appos?, ce, entry);
    }
    if is("pronoun", jl) || jl == "that" {
        return decide(doc, quotes, s, si, (j, j), ce, entry);
    }
    let src = np_back(s, j)?;
    decide(doc, quotes, s, si, src, ce, entry)
}

/// The name before an apposition ending at the comma `j` (before one of the last three
/// commas: "Jillian Chase, 27, a user in New York, said").
fn apposition(s: &Sent, j: usize) -> Option<Range> {
    // The name is before one of the last three commas ("Jillian Chase, 27, a user, said").
    let lo = j.saturating_sub(24);
    (lo..j)
        .rev()
        .filter(|&k| s.low(k) == "," && s.t.get(k).is_some_and(|w| w.q.is_none()))
        .take(3)
        .find_map(|c| {
            let mut e = c.checked_sub(1)?;
            if s.low(e) == ")" {
                e = (e.saturating_sub(8)..e)
                    .rev()
                    .find(|&k| s.low(k) == "(")?
                    .checked_sub(1)?;
            }
            let name = np_back(s, e)?;
            ((name.0..=name.1).any(|k| s.cap(k)) || is("pronoun", s.low(name.1))).then_some(name)
        })
}

/// With the source before the cue: content after it, before it, or both.
fn decide(
    doc: &Document,
    quotes: &Quotes,
    s: &Sent,
    si: usize,
    src: Range,
    ce: usize,
    entry: Entry,
) -> Option<(Option<Range>, Vec<Range>, CueClass)> {
    let n = s.n();
    let class = entry.class;
    let f = fwd(s, ce, entry, n);
    let Some(bi) = src.0.checked_sub(1) else {
        if let Some((c, _)) = f {
            return Some((Some(src), vec![c], class));
        }
        // "he said." after a quotation that closed the previous sentence.
        let _ = (doc, quotes, si);
        return None;
    };
    let bl = s.low(bi);
    if bl != "," && !s.mark(bi) {
        return f.map(|(c, _)| (Some(src), vec![c], class));
    }
    let b = back(s, bi + 1);
    match (b, f) {
        (None, None) => None,
        (Some(b), None) if intro(s, b) && b.1 - b.0 < 6 => None,
        (Some(b), None) => Some((Some(src), vec![b], class)),
        (None, Some((c, _))) => Some((Some(src), vec![c], class)),
        (Some(b), Some((c, after_comma))) => {
            let quoted_before = s.mark(b.0) && s.mark(b.1);
            if quoted_before {
                if after_comma {
                    Some((Some(src), vec![b, c], class))
                } else {
                    Some((Some(src), vec![b], class))
                }
            } else if after_comma && b.1 - b.0 >= 3 && (!intro(s, b) || s.low(b.0).ends_with("ing"))
            {
                Some((Some(src), vec![b, c], class))
            } else if intro(s, b) {
                Some((Some(src), vec![c], class))
            } else if after_comma {
                if b.1 - b.0 < 2 {
                    Some((Some(src), vec![c], class))
                } else {
                    Some((Some(src), vec![b, c], class))
                }
            } else {
                Some((Some(src), vec![c], class))
            }
        }
    }
}

/// Does the range read as an introductory phrase ("Speaking aboard Air Force Two")?
fn intro(s: &Sent, r: Range) -> bool {
    if (r.0..=r.1).any(|k| s.mark(k)) || r.1 - r.0 > 20 {
        return false;
    }
    let first = s.low(r.0);
    is("intro", first) || first.ends_with("ing") || (first.ends_with("ed") && r.1 - r.0 < 8)
}

/// Skip auxiliaries and adverbs before the cue at `i`; the index of the word before.
fn skip_aux_back(s: &Sent, i: usize) -> Option<usize> {
    let mut j = i.checked_sub(1)?;
    loop {
        let l = s.low(j);
        let aux = is("aux", l) && !(matches!(l, "'s") && j > 0 && !is("pronoun", s.low(j - 1)));
        if !aux {
            return Some(j);
        }
        j = j.checked_sub(1)?;
    }
}

/// The noun phrase ending at `j` (the words naming a speaker before a cue).
fn np_back(s: &Sent, j: usize) -> Option<Range> {
    let w = s.t.get(j)?;
    if w.kind != TokenKind::Word {
        return None;
    }
    let l = s.low(j);
    if is("pronoun", l) {
        return Some((j, j));
    }
    if is("np_break", l) || s.verb_cue(j) || (!w.cap && l.ends_with("ed")) {
        return None;
    }
    let mut a = j;
    while a > 0 && j - a < 9 {
        let p = a - 1;
        let pl = s.low(p);
        let ok = if pl == "'s" {
            true
        } else if pl == "and" {
            p > 0 && s.cap(p - 1) && s.cap(a)
        } else if s.is_word(p) {
            !is("np_break", pl)
                && !is("pronoun", pl)
                && (!pl.ends_with("ed") || s.cap(p))
                && !s.verb_cue(p)
        } else {
            s.t.get(p).is_some_and(|w| w.kind == TokenKind::Number)
        };
        if !ok {
            break;
        }
        a = p;
    }
    Some((a, j))
}

/// The noun phrase starting at `k` (after "according to", or "…,” said X").
fn np_fwd(s: &Sent, k: usize) -> Option<Range> {
    let n = s.n();
    if k >= n {
        return None;
    }
    if is("pronoun", s.low(k)) && s.low(k) != "it" {
        return Some((k, k));
    }
    let mut b = None;
    let mut m = k;
    while m < n && m - k < 12 {
        let l = s.low(m);
        let ok = if s.is_word(m) {
            !is("fwd_break", l) && (!s.verb_cue(m) || is("det", s.low(m.saturating_sub(1))))
        } else {
            l == "'s" || s.t.get(m).is_some_and(|w| w.kind == TokenKind::Number)
        };
        if !ok {
            break;
        }
        b = Some(m);
        m += 1;
    }
    b.map(|b| (k, b))
}

/// The subject of the sentence's main clause, for participles and coordinated cues.
fn subject(s: &Sent) -> Option<Range> {
    let n = s.n();
    let mut k = 0;
    let first = s.low(0);
    if is("intro", first) || first.ends_with("ing") || first.ends_with("ed") {
        k = (0..n.min(15)).find(|&k| s.low(k) == ",")? + 1;
    }
    while matches!(s.low(k), "and" | "but" | "so" | "yet") {
        k += 1;
    }
    if is("pronoun", s.low(k)) {
        return Some((k, k));
    }
    let a = k;
    while k < n && k - a < 8 && (s.cap(k) || matches!(s.low(k), "the" | "a" | "an" | "of" | "'s")) {
        k += 1;
    }
    let mut b = k.checked_sub(1)?;
    while b > a && matches!(s.low(b), "the" | "a" | "an" | "of") {
        b -= 1;
    }
    (b >= a && (a..=b).any(|m| s.cap(m))).then_some((a, b))
}

/// Content after the cue ending at `ce`: skips "that"-less adverbials, addressees and
/// colons; ends at the sentence's end or where another clause takes over. Returns the
/// range and whether it followed a comma.
fn fwd(s: &Sent, ce: usize, entry: Entry, limit: usize) -> Option<(Range, bool)> {
    let n = s.n().min(limit).min(ce + WINDOW);
    let mut k = ce;
    if k >= n {
        return None;
    }
    if (entry.lemma == "call" && matches!(s.low(k), "for" | "on"))
        || (entry.lemma == "point" && s.low(k) == "out")
    {
        k += 1;
    }
    let mut after_comma = false;
    let is_stop = |m: usize| s.mark(m) || matches!(s.low(m), "." | ";" | "!" | "?");
    if s.low(k) == ":" {
        k += 1;
    } else if entry.class == CueClass::Tell
        && matches!(entry.lemma, "tell" | "inform" | "assure" | "remind")
    {
        if s.low(k) != "that" {
            let found = (k..n.min(k + 10))
                .take_while(|&m| !is_stop(m))
                .find(|&m| matches!(s.low(m), "that" | ":"));
            match found {
                Some(m) if s.low(m) == ":" => k = m + 1,
                Some(m) => k = m,
                None => {
                    let obj = np_fwd(s, k)?;
                    k = obj.1 + 1;
                    if s.low(k) == "," {
                        k += 1;
                        after_comma = true;
                    }
                }
            }
        }
    } else if s.low(k) == "," || is("adverbial", s.low(k)) || adverb(s, k) {
        let found = (k..n.min(k + 12))
            .take_while(|&m| !is_stop(m))
            .find(|&m| matches!(s.low(m), "that" | ":"));
        match found {
            Some(m) if s.low(m) == ":" => k = m + 1,
            Some(m) => k = m,
            None => {
                if s.low(k) == "," {
                    after_comma = true;
                    k += 1;
                } else {
                    // "said Tuesday night he would …": skip time words and adverbs; a
                    // prepositional phrase with no "that" after it is no content.
                    while k < n && (is("time_word", s.low(k)) || adverb(s, k)) {
                        k += 1;
                    }
                    if k < n && s.low(k) == "," {
                        k += 1;
                    }
                    let to_ok = s.low(k) == "to" && takes_to(entry.lemma);
                    if k >= n || (is("preposition", s.low(k)) && !to_ok) {
                        // "he said of Trump, “…”": a quotation after the phrase.
                        let c = (k..n.min(k + 8)).find(|&m| s.low(m) == ",")?;
                        if !s.mark(c + 1) {
                            return None;
                        }
                        k = c + 1;
                        after_comma = true;
                    }
                }
            }
        }
    }
    let wh = matches!(
        s.low(k),
        "who" | "what" | "whether" | "why" | "how" | "where"
    ) && !after_comma;
    if k >= n || (is("subordinator", s.low(k)) && !s.mark(k) && !wh) || s.is_ing(k) {
        return None;
    }
    let mut end = n;
    for m in k + 1..n {
        if s.t.get(m).is_some_and(|w| w.q.is_some() && !w.mark) {
            continue;
        }
        let l = s.low(m);
        let prev_comma = {
            let mut p = m - 1;
            while p > k && s.mark(p) {
                p -= 1;
            }
            s.low(p) == ","
        };
        let cut = (prev_comma && s.is_ing(m))
            || (l == "," && matches!(s.low(m + 1), "according" | "while" | "whereas"))
            || (matches!(l, "and" | "but") && {
                let mut q = m + 1;
                while is("aux", s.low(q)) && q < n {
                    q += 1;
                }
                s.verb_cue(q)
            })
            || (l == "," && trailing_attribution(s, m + 1))
            || l == ";"
            || (l == "," && s.low(m + 1) == "but")
            || (l == "," && {
                let q = (m + 1..n.min(m + 6))
                    .find(|&q| !s.is_word(q) || is("np_break", s.low(q)) || s.verb_cue(q));
                q.is_some_and(|q| q > m + 1 && s.verb_cue(q) && (m + 1..q).any(|r| s.cap(r)))
            })
            || (l == "," && {
                let mut q = m + 1;
                while is("aux", s.low(q)) && q < n {
                    q += 1;
                }
                s.verb_cue(q) && !s.is_ing(q)
            })
            || (matches!(l, "and" | "but") && {
                let q = m + 1;
                let v = s.low(q);
                s.is_word(q)
                    && !s.cap(q)
                    && v.len() > 4
                    && v.ends_with("ed")
                    && !is("preposition", s.low(q + 1))
            });
        if cut {
            end = m;
            break;
        }
    }
    let end = trim_end(s, k, end)?;
    Some(((k, end), after_comma))
}

/// Verbs whose content may be an infinitive ("vowed to remain").
fn takes_to(lemma: &str) -> bool {
    matches!(
        lemma,
        "vow"
            | "promise"
            | "pledge"
            | "threaten"
            | "agree"
            | "plan"
            | "want"
            | "hope"
            | "expect"
            | "seek"
            | "urge"
            | "ask"
            | "tell"
            | "warn"
            | "propose"
            | "decline"
            | "refuse"
    )
}

/// An adverb in -ly ("sarcastically", "repeatedly").
fn adverb(s: &Sent, k: usize) -> bool {
    let l = s.low(k);
    s.is_word(k)
        && !s.cap(k)
        && l.len() > 4
        && l.ends_with("ly")
        && !matches!(
            l,
            "only"
                | "family"
                | "early"
                | "italy"
                | "july"
                | "rally"
                | "ally"
                | "supply"
                | "reply"
                | "apply"
        )
}

/// A ", he said." / ", said Smith." at `k` closing the sentence?
fn trailing_attribution(s: &Sent, k: usize) -> bool {
    let n = s.n();
    (k..n.min(k + 4)).any(|m| {
        s.verb_cue(m)
            && lexicon::lookup(s.low(m))
                .is_some_and(|e| matches!(e.class, CueClass::Speech | CueClass::Tell))
            && n <= m + 8
            && (m + 1..n).all(|r| !s.is_word(r) || r < m + 4)
    })
}

/// Content from `k` to the end of the sentence (after "according to X," etc.).
fn fwd_plain(s: &Sent, mut k: usize) -> Option<Range> {
    if s.low(k) == "," {
        k += 1;
    }
    let end = trim_end(s, k, s.n().min(k + WINDOW))?;
    Some((k, end))
}

/// Content before `upto` (exclusive): from the sentence start.
fn back(s: &Sent, upto: usize) -> Option<Range> {
    let mut b = upto;
    while b > 0 && matches!(s.low(b - 1), "," | "—" | "–" | "-" | ":") {
        b -= 1;
    }
    let b = b.checked_sub(1)?;
    let lo = b.saturating_sub(WINDOW);
    let a = (lo..b)
        .rev()
        .find(|&k| {
            matches!(s.low(k), "—" | "–" | "-" | ";" | ":")
                && s.t.get(k).is_some_and(|w| w.q.is_none())
        })
        .map_or(lo, |k| k + 1);
    (a <= b).then_some((a, b))
}

/// The last index before `end` that is not trailing punctuation (quote marks stay).
fn trim_end(s: &Sent, k: usize, end: usize) -> Option<usize> {
    let mut e = end;
    while e > k {
        let w = s.t.get(e - 1)?;
        if w.kind == TokenKind::Punct && !w.mark && w.lower != ")" {
            e -= 1;
        } else {
            break;
        }
    }
    (e > k).then_some(e - 1)
}

/// "Judicial Watch: State Department Hid …": a short name and a colon opening a sentence.
fn colon(doc: &Document, quotes: &Quotes, s: &Sent, si: usize) -> Option<Raw> {
    let c = (1..s.n().min(7)).find(|&k| s.low(k) == ":")?;
    if !(0..c).all(|k| s.is_word(k) || matches!(s.low(k), "'s" | "-")) || !(0..c).any(|k| s.cap(k))
    {
        return None;
    }
    if is("colon_label", s.low(0))
        || (0..c).any(|k| s.verb_cue(k) || (s.is_word(k) && !s.cap(k)))
        || c > 4
    {
        return None;
    }
    let words = (c + 1..s.n()).filter(|&k| s.is_word(k)).count();
    if words < 3 || !(s.cap(c + 1) || s.mark(c + 1)) {
        return None;
    }
    let end = trim_end(s, c + 1, s.n())?;
    let mut content = s.span((c + 1, end))?;
    // "BENENSON: …" opening a paragraph speaks for the whole paragraph.
    let sentences = doc.sentences();
    if let Some(p) = sentences
        .get(si)
        .and_then(|x| doc.paragraphs().get(x.paragraph))
    {
        if p.sentences.start == si && p.sentences.len() > 1 {
            if let Some(last) = p
                .sentences
                .end
                .checked_sub(1)
                .and_then(|l| sentences.get(l))
            {
                content.end = content.end.max(last.span.end);
            }
        }
    }
    make(
        quotes,
        s,
        s.span((0, c - 1)),
        s.span((c, c)),
        vec![content],
        Some(CueClass::Speech),
        si,
    )
}

/// "… doesn't surprise pollster Daron Shaw: “…”": a name, a colon and a quotation.
fn colon_quote(quotes: &Quotes, s: &Sent, si: usize) -> Option<Raw> {
    let c = (1..s.n())
        .find(|&k| s.low(k) == ":" && s.mark(k + 1) && s.t.get(k).is_some_and(|w| w.q.is_none()))?;
    if !s.cap(c - 1) {
        return None;
    }
    let mut a = c - 1;
    while a > 0 && (s.cap(a - 1) || s.low(a - 1) == "'s") && c - a < 6 {
        a -= 1;
    }
    let name = (a, c - 1);
    let end = trim_end(s, c + 1, s.n())?;
    let content = s.span((c + 1, end))?;
    make(
        quotes,
        s,
        s.span(name),
        s.span((c, c)),
        vec![content],
        Some(CueClass::Speech),
        si,
    )
}

/// `“…,” he said. “…”`: pure-quote sentences right after a claim whose quotation came
/// first join it as parts.
fn follow_on_quotes(doc: &Document, quotes: &Quotes, per_sentence: &[usize], out: &mut [Raw]) {
    let sentences = doc.sentences();
    for r in out.iter_mut() {
        let Some(cue) = r.cue else { continue };
        let ends_quoted = r.content.end <= cue.start;
        let quoted_first = ends_quoted
            || enclosing(quotes, r.content).is_some_and(|q| {
                q.span.end >= r.content.end.min(cue.start) && q.span.end <= cue.start
            });
        if !quoted_first {
            continue;
        }
        let Some(sent) = sentences.get(r.sentence) else {
            continue;
        };
        let para = sent.paragraph;
        let mut next = r.sentence + 1;
        let mut parts = if r.parts.is_empty() {
            vec![r.content]
        } else {
            r.parts.clone()
        };
        let mut added = false;
        while let Some(ns) = sentences.get(next) {
            if ns.paragraph != para || per_sentence.get(next).copied().unwrap_or(0) > 0 {
                break;
            }
            let Some(q) = quotes.at(ns.tokens.start) else {
                break;
            };
            if q.first != ns.tokens.start || parts.last().is_some_and(|p| p.end > q.span.start) {
                break;
            }
            parts.push(q.span);
            added = true;
            next = doc
                .sentence_at(q.span.end.saturating_sub(1))
                .map_or(next + 1, |x| x + 1);
        }
        if added {
            r.content = Span::new(
                parts.first().map_or(r.content.start, |p| p.start),
                parts.last().map_or(r.content.end, |p| p.end),
            );
            r.parts = parts;
        }
    }
}

/// Quotations no cue claimed, opening a paragraph or sentence: they continue the
/// speaker of the attribution just before (within two paragraphs).
fn unattributed(doc: &Document, quotes: &Quotes, out: &mut Vec<Raw>) {
    let mut covered: Vec<Span> = out
        .iter()
        .flat_map(|r| {
            if r.parts.is_empty() {
                vec![r.content]
            } else {
                r.parts.clone()
            }
        })
        .collect();
    covered.sort();
    let mut ends: Vec<(usize, usize)> = out
        .iter()
        .enumerate()
        .filter(|(_, r)| r.source.is_some())
        .map(|(k, r)| (r.content.end, k))
        .collect();
    ends.sort();
    let mut extra = Vec::new();
    for q in quotes.list.iter().filter(|q| q.double) {
        let words = doc.tokens().get(q.first..q.end).map_or(0, |ts| {
            ts.iter().filter(|t| t.kind == TokenKind::Word).count()
        });
        if words < 4 {
            continue;
        }
        let Some(si) = doc.sentence_at(q.span.start) else {
            continue;
        };
        if doc.sentence_kind(si) != ParagraphKind::Body {
            continue;
        }
        if doc
            .sentences()
            .get(si)
            .is_none_or(|s| s.tokens.start != q.first)
        {
            continue;
        }
        // Only a quotation opening its paragraph continues a speaker.
        let para_start = doc
            .sentences()
            .get(si)
            .and_then(|s| doc.paragraphs().get(s.paragraph))
            .is_some_and(|p| p.sentences.start == si);
        if !para_start {
            continue;
        }
        let i = covered.partition_point(|c| c.end <= q.span.start);
        if covered.get(i).is_some_and(|c| c.start < q.span.end) {
            continue;
        }
        // The attribution just before, within two paragraphs.
        let para = doc.sentences().get(si).map_or(0, |s| s.paragraph);
        let at = ends.partition_point(|(e, _)| *e <= q.span.start);
        let prev = at
            .checked_sub(1)
            .and_then(|x| ends.get(x))
            .and_then(|(_, k)| out.get(*k))
            .filter(|r| {
                doc.sentences()
                    .get(r.sentence)
                    .is_some_and(|s| s.paragraph + 2 >= para)
            });
        let Some(src) = prev.and_then(|r| r.source.or(r.inherit)) else {
            continue;
        };
        extra.push(Raw {
            source: None,
            cue: None,
            content: q.span,
            parts: Vec::new(),
            direct: true,
            class: None,
            inherit: Some(src),
            sentence: si,
        });
    }
    out.extend(extra);
}

fn is_direct(quotes: &Quotes, r: &Raw) -> bool {
    let parts = if r.parts.is_empty() {
        std::slice::from_ref(&r.content)
    } else {
        r.parts.as_slice()
    };
    parts.iter().all(|p| {
        enclosing(quotes, *p)
            .is_some_and(|q| q.span.end + 1 >= p.end && q.span.len() * 10 >= p.len() * 9)
    })
}

/// The double quotation starting at or just before `p` (the last few that start before
/// it, so the search stays logarithmic).
fn enclosing(quotes: &Quotes, p: Span) -> Option<&super::quotes::Quote> {
    let i = quotes.list.partition_point(|q| q.span.start <= p.start + 1);
    quotes
        .list
        .get(..i)
        .unwrap_or(&[])
        .iter()
        .rev()
        .take(4)
        .find(|q| q.double && q.span.end > p.start)
}

/// Drop attributions whose content repeats another's (keeping the one with a source).
fn dedup(out: &mut Vec<Raw>) {
    let mut keep: Vec<Raw> = Vec::with_capacity(out.len());
    for r in out.drain(..) {
        if let Some(k) = keep
            .iter_mut()
            .rev()
            .take(4)
            .find(|k| k.content == r.content)
        {
            if k.source.is_none() && r.source.is_some() {
                *k = r;
            }
            continue;
        }
        keep.push(r);
    }
    *out = keep;
}
