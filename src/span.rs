//! Byte spans into a [`Document`](crate::Document)'s text.

/// A half-open byte range `start..end` into the document text.
///
/// Byte offsets are the core's one truth; they are converted to code points (CLI, JSON) or
/// UTF-16 indices (JavaScript) once, at the boundary, by [`crate::offsets`].
///
/// ```
/// use dossier::Span;
/// let text = "Putin said";
/// let s = Span::new(0, 5);
/// assert_eq!(s.slice(text), "Putin");
/// assert_eq!(s.len(), 5);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (callers keep `start <= end`).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text the span covers, or `""` when it does not fall on character boundaries
    /// inside `text` (never panics).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub const fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: &Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}
