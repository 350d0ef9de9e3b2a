//! Actors: the people, organisations, places and groups in the story, each once.
//!
//! A trained sequence labeller ([`model`]) finds the names; [`gazetteer`] lists feed it
//! and type demonyms; roles, merging of name variants and salience follow.

pub mod features;
pub mod gazetteer;
pub mod model;
pub mod train;

use crate::{Document, Span};

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
    let model = model::Model::builtin();
    let gaz = gazetteer::Gazetteer::builtin();
    let mut scorer = model;
    let tags = model::tag_document(&mut scorer, doc, gaz, None);
    let tokens = doc.tokens();
    train::entities(&tags)
        .into_iter()
        .filter_map(|(s, e, ty)| {
            let (a, b) = (tokens.get(s)?, tokens.get(e.checked_sub(1)?)?);
            Some(Mention {
                span: Span::new(a.span().start, b.span().end),
                tokens: (s, e),
                ty,
            })
        })
        .collect()
}

/// Find the actors of `doc`, most salient first.
pub fn extract(doc: &Document) -> Vec<Actor> {
    let text = doc.text();
    let mentions = recognise(doc);
    let mut actors: Vec<Actor> = Vec::new();
    let mut by_key: std::collections::HashMap<(ActorKind, String), usize> =
        std::collections::HashMap::new();
    for m in &mentions {
        let kind = match m.ty {
            0 => ActorKind::Person,
            1 => ActorKind::Organization,
            2 => ActorKind::Place,
            _ => ActorKind::Group,
        };
        let name = m.span.slice(text).to_owned();
        let i = *by_key.entry((kind, name.clone())).or_insert_with(|| {
            actors.push(Actor {
                name,
                kind,
                roles: Vec::new(),
                aliases: Vec::new(),
                salience: 0.0,
                mentions: Vec::new(),
            });
            actors.len() - 1
        });
        if let Some(a) = actors.get_mut(i) {
            a.mentions.push(m.span);
            a.salience += 1.0;
        }
    }
    actors.sort_by(|a, b| b.salience.total_cmp(&a.salience));
    actors
}

#[cfg(test)]
mod tests;
