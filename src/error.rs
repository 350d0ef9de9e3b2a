//! The one error type.

use std::fmt;

/// What went wrong, in words a user can act on.
///
/// ```
/// let err = dossier::Options::default().with_reference_date_str("2025-13-40").unwrap_err();
/// assert_eq!(err.kind(), dossier::ErrorKind::BadDate);
/// assert!(err.to_string().contains("2025-13-40"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

/// The kinds of [`Error`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A reference date that is not a valid `YYYY-MM-DD` calendar date.
    BadDate,
    /// Input larger than [`crate::Options::max_input_bytes`].
    TooLarge,
    /// An option value that is not understood.
    BadOption,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
        }
    }

    /// The kind of error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
