//! Actors: the people, organisations, places and groups in the story, each once.

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

/// Find the actors of `doc`, most salient first.
pub fn extract(doc: &Document) -> Vec<Actor> {
    let _ = doc;
    Vec::new()
}
