//! The document: the text and everything segmentation found in it.

use crate::intake::{self, Format};
use crate::segment::{self, Paragraph, ParagraphKind, Segmentation, Sentence, Token};
use crate::{Options, Span};
use jiff::civil::Date;

/// Where the reference date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReferenceSource {
    /// Given by the caller (CLI flag, JS option, JSONL field).
    Given,
    /// Found in the article: a dateline, a "Published/Updated" line or a meta tag.
    Published,
    /// The day the article is read on ([`crate::Options::today`]), for want of the others.
    Today,
}

impl ReferenceSource {
    /// A short name: `"given"`, `"published"` or `"today"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            ReferenceSource::Given => "given",
            ReferenceSource::Published => "published",
            ReferenceSource::Today => "today",
        }
    }
}

/// The date relative expressions are resolved against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The date.
    pub date: Date,
    /// Where it came from.
    pub source: ReferenceSource,
}

/// A document: it owns the text, and every later stage reads it and adds findings of its
/// own; none of them changes it.
///
/// ```
/// use dossier::{Document, Options};
/// let doc = Document::new("Putin spoke. Trump listened.\n\nALSO READ: Other news", &Options::default());
/// assert_eq!(doc.sentences().len(), 2);
/// assert_eq!(doc.paragraphs().len(), 2);
/// assert!(doc.is_skipped(doc.text().find("Other").unwrap()));
/// ```
#[derive(Clone, Debug)]
pub struct Document {
    text: String,
    format: Format,
    boilerplate: Vec<Span>,
    seg: Segmentation,
    reference: Option<Reference>,
}

impl Document {
    /// Read `input` (plain text or HTML) and segment it.
    pub fn new(input: &str, options: &Options) -> Document {
        Document::from_intake(intake::intake(input, options.format), options)
    }

    /// Read `input` (plain text or HTML) and segment it, keeping plain text as the
    /// document text without copying it.
    pub fn from_owned(input: String, options: &Options) -> Document {
        Document::from_intake(intake::intake_owned(input, options.format), options)
    }

    fn from_intake(got: intake::Intake, options: &Options) -> Document {
        let reference = match options.reference_date {
            Some(date) => Some(Reference {
                date,
                source: ReferenceSource::Given,
            }),
            None => match got.published_as_of(options.today) {
                Some(date) => Some(Reference {
                    date,
                    source: ReferenceSource::Published,
                }),
                None => options.today.map(|date| Reference {
                    date,
                    source: ReferenceSource::Today,
                }),
            },
        };
        let seg = segment::segment(&got.text, &got.boilerplate);
        Document {
            text: got.text,
            format: got.format,
            boilerplate: got.boilerplate,
            seg,
            reference,
        }
    }

    /// The text every offset indexes.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The format intake used.
    pub fn format(&self) -> Format {
        self.format
    }

    /// The reference date, if one was given or found.
    pub fn reference(&self) -> Option<Reference> {
        self.reference
    }

    /// Boilerplate lines, sorted and disjoint; no extractor reads them.
    pub fn boilerplate(&self) -> &[Span] {
        &self.boilerplate
    }

    /// Is the byte at `offset` inside a boilerplate line?
    pub fn is_skipped(&self, offset: usize) -> bool {
        let i = self.boilerplate.partition_point(|s| s.end <= offset);
        self.boilerplate.get(i).is_some_and(|s| s.start <= offset)
    }

    /// Paragraphs, boilerplate lines included (marked).
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.seg.paragraphs
    }

    /// Sentences in text order (none in boilerplate).
    pub fn sentences(&self) -> &[Sentence] {
        &self.seg.sentences
    }

    /// Tokens in text order (none in boilerplate).
    pub fn tokens(&self) -> &[Token] {
        &self.seg.tokens
    }

    /// The tokens of sentence `i` (empty when out of range).
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        self.seg
            .sentences
            .get(i)
            .and_then(|s| self.seg.tokens.get(s.tokens.clone()))
            .unwrap_or(&[])
    }

    /// The kind of the paragraph sentence `i` belongs to.
    pub fn sentence_kind(&self, i: usize) -> ParagraphKind {
        self.seg
            .sentences
            .get(i)
            .and_then(|s| self.seg.paragraphs.get(s.paragraph))
            .map_or(ParagraphKind::Body, |p| p.kind)
    }

    /// The index of the sentence holding byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.seg.sentences.partition_point(|s| s.span.end <= offset);
        self.seg
            .sentences
            .get(i)
            .filter(|s| s.span.start <= offset)
            .map(|_| i)
    }

    /// The index of the first token starting at or after byte `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.seg.tokens.partition_point(|t| t.span().start < offset)
    }
}
