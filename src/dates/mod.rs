//! Dates: time expressions normalised to TimeML TIMEX3 values.

use crate::{Document, Options, Span};

/// TIMEX3 type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimexType {
    /// A calendar date or period: `2025-05-19`, `2025-W20`, `PAST_REF`.
    Date,
    /// A time of day: `2025-05-19T15:00`, `2025-05-19TMO`.
    Time,
    /// A length of time: `PT2H`, `P30Y`.
    Duration,
    /// A recurrence: `P1W` ("every week").
    Set,
}

impl TimexType {
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub fn as_str(&self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// A time expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timex {
    /// The words.
    pub span: Span,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 value.
    pub value: String,
}

/// Find and normalise the time expressions of `doc`, in text order.
pub fn extract(doc: &Document, options: &Options) -> Vec<Timex> {
    let _ = (doc, options);
    Vec::new()
}
