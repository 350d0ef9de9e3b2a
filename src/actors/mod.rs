//! Actors: the people, organisations, places and groups in the story, each once.
//!
//! A trained sequence labeller ([`model`]) finds the names; [`gazetteer`] lists feed it
//! and type demonyms; roles, merging of name variants and salience follow.

pub mod features;
pub mod gazetteer;
mod merge;
pub mod model;
mod roles;
mod salience;
pub mod train;

use crate::{Document, Span};
use gazetteer::{Category, Gazetteer};

/// What kind of actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActorKind {
    /// A person.
    Person,
    /// A company, agency, party, institution or other organisation.
    Organization,
    /// A country, city, region or other place.
    Place,
    /// A nationality, political or religious group ("Russian", "Democrats").
    Group,
    /// Any other named thing.
    Other,
}

impl ActorKind {
    /// The name used in JSON: `person`, `organization`, `place`, `group`, `other`.
    pub fn as_str(&self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Place => "place",
            ActorKind::Group => "group",
            ActorKind::Other => "other",
        }
    }
}

/// One real-world entity of the article, with all its mentions.
#[derive(Clone, Debug, PartialEq)]
pub struct Actor {
    /// The fullest name the article uses.
    pub name: String,
    /// What it is.
    pub kind: ActorKind,
    /// Roles and titles the article gives it ("President", "Kremlin spokesman").
    pub roles: Vec<String>,
    /// Other names it goes by in the article.
    pub aliases: Vec<String>,
    /// How central it is (higher is more central); actors are sorted by it, descending.
    pub salience: f64,
    /// Every mention: the name as written, without title, "the" or possessive.
    pub mentions: Vec<Span>,
    /// The kind of each mention (parallel to `mentions`) as the tagger read it where that
    /// differs from the actor's ("Russian" is a group mention of the place Russia). May be
    /// empty: then every mention has the actor's kind.
    pub mention_kinds: Vec<ActorKind>,
}

impl Actor {
    /// The kind of mention `i`: its own when known, else the actor's.
    pub fn mention_kind(&self, i: usize) -> ActorKind {
        self.mention_kinds.get(i).copied().unwrap_or(self.kind)
    }
}

/// A recognised name: its span and the tagger's type (index into [`model::TYPES`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The name as written.
    pub span: Span,
    /// Token range in `doc.tokens()`.
    pub tokens: (usize, usize),
    /// Tagger type: 0 PER, 1 ORG, 2 LOC, 3 MISC.
    pub ty: usize,
}

/// Run the tagger over `doc`: every name, in text order.
pub fn recognise(doc: &Document) -> Vec<Mention> {
    recognise_with_roles(doc).0
}

/// [`recognise`], and the role words of every token, which the tagger's gazetteer pass
/// marks on the way.
fn recognise_with_roles(doc: &Document) -> (Vec<Mention>, Vec<roles::RoleTok>) {
    let model = model::Model::builtin();
    let gaz = Gazetteer::builtin();
    let mut scorer = model;
    let tokens = doc.tokens();
    let mut rt = vec![roles::RoleTok::No; tokens.len()];
    let tags = model::tag_document_with(&mut scorer, doc, gaz, None, |start, infos| {
        let to = rt.get_mut(start..).unwrap_or(&mut []);
        for (o, i) in to.iter_mut().zip(infos) {
            *o = roles::RoleTok::of(i);
        }
    });
    let mentions = train::entities(&tags)
        .into_iter()
        .filter_map(|(s, e, ty)| {
            let (a, b) = (tokens.get(s)?, tokens.get(e.checked_sub(1)?)?);
            Some(Mention {
                span: Span::new(a.span().start, b.span().end),
                tokens: (s, e),
                ty,
            })
        })
        .collect();
    (mentions, rt)
}

/// A cleaned mention on its way to an actor.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub span: Span,
    pub toks: (usize, usize),
    pub kind: ActorKind,
    /// A nationality word ("Russian"): it joins its country's actor when there is one.
    pub demonym: bool,
    /// A single all-capitals word ("NATO").
    pub acronym: bool,
}

fn group_kind(gaz: &Gazetteer, text: &str, toks: &[crate::segment::Token]) -> bool {
    let cats = gaz.lookup(text, toks);
    let group = (1 << Category::Demonym as u16)
        | (1 << Category::Religion as u16)
        | (1 << Category::Party as u16);
    if cats & group != 0 {
        return true;
    }
    if toks.len() == 1 {
        let w = toks.first().map_or("", |t| t.text(text));
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        return cap
            && ["ian", "ians", "ese", "ean", "eans", "ish", "ists"]
                .iter()
                .any(|s| w.ends_with(s));
    }
    false
}

fn clean(doc: &Document, gaz: &Gazetteer, rt: &[roles::RoleTok], m: &Mention) -> Option<Found> {
    let text = doc.text();
    let tokens = doc.tokens();
    let (mut a, b) = m.tokens;
    // No leading lower-case "the" ("The Hague" keeps its "The"); for people no leading
    // title ("President", "Mr").
    while a + 1 < b {
        let t = tokens.get(a)?;
        let w = t.text(text);
        let title = m.ty == 0
            && (rt.get(a) == Some(&roles::RoleTok::Head)
                || gaz.is(text, tokens.get(a..=a)?, Category::Honorific));
        if w == "the" || title {
            a += 1;
        } else {
            break;
        }
    }
    let toks = tokens.get(a..b)?;
    let span = Span::new(toks.first()?.span().start, toks.last()?.span().end);
    let s = span.slice(text);
    if !s.chars().any(char::is_alphanumeric) {
        return None;
    }
    let is_group = group_kind(gaz, text, toks);
    let kind = match m.ty {
        0 => ActorKind::Person,
        1 => ActorKind::Organization,
        2 => ActorKind::Place,
        _ if is_group => ActorKind::Group,
        _ => ActorKind::Other,
    };
    let demonym = kind == ActorKind::Group && gaz.demonym_country(text, toks).is_some();
    let acronym = toks.len() == 1 && {
        let (mut letters, mut caps) = (0usize, true);
        for c in s.chars().filter(|c| *c != '.') {
            letters += 1;
            caps &= c.is_uppercase() || c.is_ascii_digit();
        }
        (2..=6).contains(&letters) && caps
    };
    Some(Found {
        span,
        toks: (a, b),
        kind,
        demonym,
        acronym,
    })
}

/// Find the actors of `doc`, most salient first.
pub fn extract(doc: &Document) -> Vec<Actor> {
    let text = doc.text();
    let tokens = doc.tokens();
    let gaz = Gazetteer::builtin();
    let (mentions, rt) = recognise_with_roles(doc);
    // The mentions are consumed here, not held to the end (40 bytes each: 5 MB of peak
    // memory at 10 MB of text).
    let mut found: Vec<Found> = mentions
        .into_iter()
        .filter_map(|m| clean(doc, gaz, &rt, &m))
        .collect();
    drop_headline_guesses(doc, gaz, &mut found);
    if found.is_empty() {
        return Vec::new();
    }
    // The mention covering each token (roles::NO_OWNER when none): 4 bytes a token.
    let mut owner: Vec<u32> = vec![roles::NO_OWNER; tokens.len()];
    for (i, f) in found.iter().enumerate() {
        let i = u32::try_from(i).unwrap_or(roles::NO_OWNER);
        for o in owner.iter_mut().take(f.toks.1).skip(f.toks.0) {
            *o = i;
        }
    }
    let role_of = roles::roles(doc, &found, &owner, &rt);
    let keys: Vec<String> = found
        .iter()
        .map(|f| merge::norm(f.span.slice(text)))
        .collect();
    let country: Vec<Option<String>> = found
        .iter()
        .map(|f| {
            if f.kind == ActorKind::Person {
                return None;
            }
            let toks = tokens.get(f.toks.0..f.toks.1)?;
            gaz.canonical_country(text, toks)
        })
        .collect();
    let roots = merge::cluster(&found, &keys, &country);
    // Actors in order of first mention.
    let mut index: crate::hash::FxHashMap<usize, usize> = Default::default();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for (i, r) in roots.iter().enumerate() {
        let k = *index.entry(*r).or_insert_with(|| {
            members.push(Vec::new());
            members.len() - 1
        });
        if let Some(m) = members.get_mut(k) {
            m.push(i);
        }
    }
    let mut actors: Vec<Actor> = members
        .iter()
        .map(|ms| build(doc, &found, &role_of, ms))
        .collect();
    let sal = salience::scores(doc, gaz, &found, &members, &actors);
    for (a, s) in actors.iter_mut().zip(sal) {
        a.salience = s;
    }
    // Most salient first; ties by first mention.
    let mut order: Vec<usize> = (0..actors.len()).collect();
    order.sort_by(|&x, &y| {
        let (ax, ay) = (&actors[x], &actors[y]);
        ay.salience.total_cmp(&ax.salience).then(x.cmp(&y))
    });
    let mut sorted: Vec<Option<Actor>> = actors.drain(..).map(Some).collect();
    order
        .into_iter()
        .filter_map(|i| sorted.get_mut(i).and_then(Option::take))
        .collect()
}

/// Function words that are capitalised only in title-case headlines.
const TITLE_CASE_MARKS: [&str; 16] = [
    "In", "To", "At", "Of", "On", "For", "And", "With", "From", "By", "Over", "After", "Into",
    "Is", "Are", "Vs",
];

/// In title-case headings every word is capitalised, so capitals say nothing: keep a
/// name found there only when the body names it too (any word of it), or when the
/// gazetteer knows it.
fn drop_headline_guesses(doc: &Document, gaz: &Gazetteer, found: &mut Vec<Found>) {
    let text = doc.text();
    let tokens = doc.tokens();
    let title_case = |f: &Found| -> bool {
        let Some(si) = doc.sentence_at(f.span.start) else {
            return false;
        };
        if doc.sentence_kind(si) != crate::segment::ParagraphKind::Heading {
            return false;
        }
        // Title case shows in capitalised function words ("Putin Backs Peaceful
        // Settlement In Ukraine"); all-capitals headlines are what the tagger was
        // trained on, and table rows of names and numbers are not headlines.
        let toks = doc.sentence_tokens(si);
        toks.iter()
            .skip(1)
            .any(|t| TITLE_CASE_MARKS.contains(&t.text(text)))
    };
    let titled: Vec<bool> = found.iter().map(title_case).collect();
    if !titled.contains(&true) {
        return;
    }
    let body: crate::hash::FxHashSet<String> = found
        .iter()
        .zip(&titled)
        .filter(|(_, &t)| !t)
        .flat_map(|(f, _)| {
            tokens
                .get(f.toks.0..f.toks.1)
                .unwrap_or(&[])
                .iter()
                .map(|t| merge::norm(t.text(text)))
        })
        .collect();
    let mut titled = titled.into_iter();
    found.retain(|f| {
        if !titled.next().unwrap_or(false) {
            return true;
        }
        let Some(toks) = tokens.get(f.toks.0..f.toks.1) else {
            return false;
        };
        gaz.lookup(text, toks) != 0
            || toks
                .iter()
                .all(|t| body.contains(&merge::norm(t.text(text))))
    });
}

/// The text of `span` with its white space collapsed to single spaces.
fn surface(text: &str, span: Span) -> String {
    let s = span.slice(text);
    // Most names have single spaces only between their words already.
    let spaced = s
        .split(' ')
        .all(|w| !w.is_empty() && !w.contains(char::is_whitespace));
    if spaced {
        return s.to_owned();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn build(doc: &Document, found: &[Found], role_of: &[Option<String>], ms: &[usize]) -> Actor {
    let text = doc.text();
    // Kind: the majority over non-demonym mentions (ties: the first mention's kind).
    let mut counts: Vec<(ActorKind, usize, usize)> = Vec::new();
    let named = ms.iter().any(|&j| found.get(j).is_some_and(|g| !g.demonym));
    for (pos, &i) in ms.iter().enumerate() {
        let Some(f) = found.get(i) else { continue };
        if f.demonym && named {
            continue;
        }
        match counts.iter_mut().find(|c| c.0 == f.kind) {
            Some(c) => c.1 += 1,
            None => counts.push((f.kind, 1, pos)),
        }
    }
    let kind = counts
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
        .map_or(ActorKind::Other, |c| c.0);
    // Name: for people the longest name; else the most frequent non-demonym form
    // (ties: longest, then first).
    let mut forms: Vec<(String, usize, usize, usize)> = Vec::new(); // form, count, words, first
    for (pos, &i) in ms.iter().enumerate() {
        let Some(f) = found.get(i) else { continue };
        let s = surface(text, f.span);
        let words = f.toks.1 - f.toks.0;
        let weight = usize::from(!f.demonym);
        match forms.iter_mut().find(|x| x.0 == s) {
            Some(x) => x.1 += weight,
            None => forms.push((s, weight, words, pos)),
        }
    }
    let name = if kind == ActorKind::Person {
        forms
            .iter()
            .max_by(|a, b| a.2.cmp(&b.2).then(a.1.cmp(&b.1)).then(b.3.cmp(&a.3)))
            .map(|x| x.0.clone())
    } else {
        forms
            .iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(a.2.cmp(&b.2)).then(b.3.cmp(&a.3)))
            .map(|x| x.0.clone())
    }
    .unwrap_or_default();
    // A country named by an alias only ("US") keeps the article's form as its name.
    let aliases: Vec<String> = forms
        .iter()
        .map(|x| x.0.clone())
        .filter(|x| *x != name)
        .collect();
    let mut roles: Vec<String> = Vec::new();
    for &i in ms {
        if let Some(Some(r)) = role_of.get(i) {
            if !roles.iter().any(|x| x.eq_ignore_ascii_case(r)) {
                roles.push(r.clone());
            }
        }
    }
    let mut ment: Vec<(Span, ActorKind)> = ms
        .iter()
        .filter_map(|&i| found.get(i).map(|f| (f.span, f.kind)))
        .collect();
    ment.sort_by_key(|m| m.0);
    Actor {
        name,
        kind,
        roles,
        aliases,
        salience: 0.0,
        mentions: ment.iter().map(|m| m.0).collect(),
        mention_kinds: ment.iter().map(|m| m.1).collect(),
    }
}

#[cfg(test)]
mod tests;
