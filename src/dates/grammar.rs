//! The dates grammar: hand-written patterns over the atoms of one sentence.
//!
//! Atoms are tokens with hyphenated words split at their hyphens ("two-hour" is "two" and
//! "hour", joined), each with its meaning from the lexicon. At each atom every pattern is
//! tried and the longest match wins; matching then resumes after it.

use super::lexicon::{self, Lex, Unit, SET_VALUES};
use super::normalise::{duration, Tense, Tod, Val};
use super::TimexType;

/// One atom of a sentence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Atom {
    pub start: usize,
    pub end: usize,
    pub lex: Lex,
    /// Joined to the atom before by a hyphen.
    pub joined: bool,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// A word (letters).
    pub word: bool,
    /// May start a match: [`G::match_at`] is only tried here (see [`lexicon::lookup_start`]).
    pub may_start: bool,
    /// Word lists the word is in ([`lexicon::PAST`]...).
    pub flags: u16,
}

/// A match: atoms `start..end`.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    pub val: Val,
    pub tod: Option<Tod>,
    /// The tense to resolve with, when the words themselves say ("last April").
    pub tense: Option<Tense>,
}

fn f(start: usize, end: usize, kind: TimexType, val: Val) -> Option<Found> {
    Some(Found {
        start,
        end,
        kind,
        val,
        tod: None,
        tense: None,
    })
}

/// A part `p` of the day `val` tells: "Tuesday morning", "the following afternoon".
fn part_of(start: usize, end: usize, val: Val, p: u8) -> Option<Found> {
    Some(Found {
        start,
        end,
        kind: TimexType::Time,
        val,
        tod: Some(Tod::Part(p)),
        tense: None,
    })
}

const PREP_MONTH: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "of",
    "before",
    "after",
    "during",
    "through",
    "from",
    "to",
    "and",
    "or",
    "last",
    "this",
    "next",
    "early",
    "late",
    "mid",
    "around",
    "since",
    "throughout",
    "between",
    "on",
    "each",
    "every",
    "that",
    "for",
    "into",
    "past",
    "come",
];

/// Signs a price starts with ("$9.99", "£5").
const CURRENCY: [char; 4] = ['$', '\u{a3}', '\u{20ac}', '\u{a5}'];

/// The end of a street's name that a weekday may begin ("Sunday Creek Road").
const ROAD_WORDS: &[&str] = &["Road", "Rd", "Rd.", "Lane", "Drive", "Avenue", "Boulevard"];

/// Words after a four-digit number that show it is not a year.
const NOT_YEAR_NEXT: &[&str] = &[
    "percent",
    "people",
    "persons",
    "men",
    "women",
    "troops",
    "soldiers",
    "shares",
    "dollars",
    "pounds",
    "marks",
    "yen",
    "francs",
    "tons",
    "miles",
    "kilometers",
    "feet",
    "meters",
    "acres",
    "employees",
    "workers",
    "jobs",
    "units",
    "votes",
    "points",
    "barrels",
    "cars",
    "students",
    "children",
    "residents",
    "homes",
    "members",
    "times",
    "pages",
];

pub(crate) struct G<'a> {
    pub text: &'a str,
    pub atoms: &'a [Atom],
    pub day_first: bool,
    /// Whether the sentence is a headline ("Fed's Powell to speak Monday").
    pub headline: bool,
    /// Where the story is told ([`super::Place`]).
    pub place: super::Place,
    /// Nesting of the patterns that call each other ("the end of the early ..."), kept
    /// shallow so that no input can recurse deeply.
    pub depth: std::cell::Cell<u8>,
}

/// How deep patterns may nest.
const MAX_DEPTH: u8 = 4;

impl<'a> G<'a> {
    /// The grammar over one sentence's `atoms` of `text`.
    pub(crate) fn new(text: &'a str, atoms: &'a [Atom], day_first: bool) -> G<'a> {
        G {
            text,
            atoms,
            day_first,
            headline: false,
            place: super::Place::default(),
            depth: std::cell::Cell::new(0),
        }
    }

    pub(crate) fn lx(&self, i: usize) -> Lex {
        self.atoms.get(i).map_or(Lex::None, |a| a.lex)
    }

    pub(crate) fn s(&self, i: usize) -> &'a str {
        self.atoms
            .get(i)
            .and_then(|a| self.text.get(a.start..a.end))
            .unwrap_or("")
    }

    /// Whether atom `i` names a weekday.
    pub(crate) fn is_weekday(&self, i: usize) -> bool {
        matches!(self.lx(i), Lex::Weekday(_))
    }

    /// Whether the sentence names the United States ("U.S.", "American", "the United
    /// States"): whose holiday a country-less "Independence Day" or "Labour Day" is.
    fn names_us(&self) -> bool {
        (0..self.atoms.len()).any(|k| {
            self.is_any(k, &["U.S.", "American", "Americans"])
                || self.is(k, "United") && self.is(k + 1, "States")
        })
    }

    pub(crate) fn is(&self, i: usize, w: &str) -> bool {
        self.s(i).eq_ignore_ascii_case(w)
    }

    pub(crate) fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        let s = self.s(i);
        !s.is_empty() && ws.iter().any(|w| s.eq_ignore_ascii_case(w))
    }

    /// Atom `i` is in word list `flag` ([`lexicon::PAST`]...).
    fn has(&self, i: usize, flag: u16) -> bool {
        self.atoms.get(i).is_some_and(|a| a.flags & flag != 0)
    }

    /// Whether atom `i` looks like a past tense or participle: a listed irregular past
    /// ("took", "held") or an -ed word.
    pub(crate) fn past_form(&self, i: usize) -> bool {
        self.has(i, lexicon::PAST) || self.s(i).ends_with("ed")
    }

    pub(crate) fn joined(&self, i: usize) -> bool {
        self.atoms.get(i).is_some_and(|a| a.joined)
    }

    pub(crate) fn cap(&self, i: usize) -> bool {
        self.atoms.get(i).is_some_and(|a| a.cap)
    }

    /// A four-digit year at `i`.
    pub(crate) fn year(&self, i: usize) -> Option<i32> {
        match self.lx(i) {
            Lex::Int(v, 4) if (1000..=2199).contains(&v) => Some(v as i32),
            _ => None,
        }
    }

    /// A year at `i` that counts no noun after it: "bushfires of 1983 killed", "Christmas
    /// Eve, 1915," (not "crowds of 1500 people", "Christmas Day, 2000 volunteers", "1998's
    /// record").
    fn year_alone(&self, i: usize) -> Option<i32> {
        let y = self.year(i)?;
        let next = self.atoms.get(i + 1);
        let noun = next.is_some_and(|a| a.word && !a.cap) && !self.past_form(i + 1)
            || self.is_any(i + 1, &["'s", "’s"]);
        (!noun).then_some(y)
    }

    /// The part of day after "N o'clock" at `j` that makes the hour a.m. or p.m.: "in the
    /// morning", "that night", "that evening", "at night". The hour, and where the time
    /// ends.
    fn oclock_part(&self, h: u8, j: usize) -> (u8, usize) {
        let at = if self.is(j, "in") && self.is(j + 1, "the") {
            j + 2
        } else if self.is_any(j, &["that", "at"]) {
            j + 1
        } else {
            return (h, j);
        };
        match self.lx(at) {
            Lex::Pod(p @ 0..=3, false) => (
                to24(h, if p == 0 || p == 3 && h < 6 { 1 } else { 2 }),
                at + 1,
            ),
            _ => (h, j),
        }
    }

    /// A day of the month at `i`.
    fn mday(&self, i: usize) -> Option<u8> {
        match self.lx(i) {
            Lex::Int(v, 1..=2) | Lex::Ord(v) if (1..=31).contains(&v) => Some(v as u8),
            _ => None,
        }
    }

    /// A count at `i`: (value or None for "several", atoms used).
    fn count(&self, i: usize) -> Option<(Option<u32>, usize)> {
        match self.lx(i) {
            // "15-plus years", "90-plus minutes"
            Lex::Int(v, n) if n <= 7 && self.is(i + 1, "plus") && self.joined(i + 1) => {
                Some((Some(v), 2))
            }
            // ("12.5 hours": read with its half below)
            Lex::Half(v) => Some((Some(v), 1)),
            // ("about 125,000 years": a count with commas, shape 9)
            Lex::Int(v, n) if n <= 7 || n == 9 => {
                // "1.5"? Not an integer token, so never here.
                Some((Some(v), 1))
            }
            Lex::Num(v) => {
                // "twenty four", "twenty-four", "a hundred"
                if v >= 20 && v % 10 == 0 && v < 100 {
                    if let Lex::Num(u) = self.lx(i + 1) {
                        if (1..=9).contains(&u) {
                            return Some((Some(v + u), 2));
                        }
                    }
                }
                if let Lex::Num(m @ (100 | 1000)) = self.lx(i + 1) {
                    return Some((Some(v * m), 2));
                }
                Some((Some(v), 1))
            }
            Lex::Fuzzy(Some(n)) => {
                // "couple of"
                let k = if self.is(i + 1, "of") { 2 } else { 1 };
                Some((Some(u32::from(n)), k))
            }
            Lex::Fuzzy(None) => Some((None, 1)),
            // "in a single year"
            _ if self.is(i, "a")
                && self.is(i + 1, "single")
                && matches!(self.lx(i + 2), Lex::Unit(_, false)) =>
            {
                Some((Some(1), 2))
            }
            // "extended a curfew for another week", "could last another month"
            _ if self.is(i, "another")
                && matches!(
                    self.lx(i + 1),
                    Lex::Unit(Unit::Hour | Unit::Week | Unit::Month | Unit::Year, false)
                ) =>
            {
                Some((Some(1), 1))
            }
            _ if self.is_any(i, &["a", "an"]) => match self.lx(i + 1) {
                Lex::Fuzzy(Some(n)) => {
                    let k = if self.is(i + 2, "of") { 3 } else { 2 };
                    Some((Some(u32::from(n)), k))
                }
                Lex::Fuzzy(None) => Some((None, 2)),
                // "a hundred", "a dozen" (not "a twelve-year absence")
                Lex::Num(100) | Lex::Num(1000) | Lex::Num(12)
                    if !self.is(i + 1, "twelve") && !self.joined(i + 2) =>
                {
                    if let Lex::Num(v) = self.lx(i + 1) {
                        Some((Some(v), 2))
                    } else {
                        None
                    }
                }
                _ => Some((Some(1), 1)),
            },
            _ => None,
        }
    }

    /// The longest match starting at atom `i`.
    pub(crate) fn match_at(&self, i: usize) -> Option<Found> {
        let mut best: Option<Found> = None;
        let mut take = |c: Option<Found>| {
            if let Some(c) = c {
                if c.end > c.start && best.as_ref().is_none_or(|b| c.end > b.end) {
                    best = Some(c);
                }
            }
        };
        // "Islam will one day be ...", "and one day China would pay": someday, not a
        // length of a day.
        if self.is(i, "one")
            && self.is(i + 1, "day")
            && i > 0
            && (self.is_any(i - 1, MODALS)
                || self.is_any(i - 1, &["and", "but", ",", "that"])
                    // (a subject between: "one day would not be enough" is a length)
                    && (i + 3..i + 5).any(|k| self.is_any(k, MODALS)))
        {
            take(f(i, i + 2, TimexType::Date, Val::Lit("FUTURE_REF")));
        }
        // "Tue 3 Jun 2025", "Wed, 4 June": a short weekday (without its stop only before
        // a date: "Sun" and "Wed" are words too) goes with the date after it.
        const SHORT: &[&str] = &["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        if SHORT.contains(&self.s(i)) {
            let k = if self.is(i + 1, ",") { i + 2 } else { i + 1 };
            if let Some(d) = self.core(k) {
                if d.start == k && matches!(d.val, Val::Day { .. }) {
                    take(Some(Found { start: i, ..d }));
                }
            }
        }
        take(self.core(i));
        take(self.the(i));
        take(self.modified(i));
        take(self.approx(i));
        take(self.second_day(i));
        take(self.first_day(i));
        // "from 19 April to 1 June 2024", "April 19 to June 1, 2024": the start of a range
        // takes the year of its end.
        if let Some(Found {
            end,
            val: Val::Day { y: y @ None, m, d },
            ..
        }) = best.as_mut()
        {
            let k = *end;
            if self.is_any(k, &["to", "until", "through", "and", "-", "–"]) {
                let later = self.month_date(k + 1).or_else(|| self.day_month(k + 1));
                if let Some(Found {
                    val:
                        Val::Day {
                            y: Some(y2),
                            m: m2,
                            d: d2,
                        },
                    ..
                }) = later
                {
                    *y = Some(if (*m, *d) <= (m2, d2) { y2 } else { y2 - 1 });
                }
            }
        }
        // "a once-a-day pill": a hyphened set before a noun is an adjective (as "a
        // quarterly dividend" is; "a two-hour call", a length, is tagged as TimeBank tags
        // it, and so is "the late-night signing ceremony", a time)
        if let Some(b) = best.as_ref().filter(|b| b.kind == TimexType::Set) {
            let hyphened = (b.start + 1..b.end).any(|k| self.joined(k));
            let noun_after = self
                .atoms
                .get(b.end)
                .is_some_and(|a| a.word && !a.cap && a.lex == Lex::None && !a.joined)
                && !self.is_any(
                    b.end,
                    &[
                        "from", "to", "on", "in", "at", "and", "or", "but", "for", "with", "until",
                        "since", "during", "after", "before", "by", "of", "as", "the", "a", "an",
                        "is", "are", "was", "were", "will", "while", "when", "except",
                    ],
                );
            if hyphened && noun_after {
                return None;
            }
        }
        // "the Year of the Pig" (a zodiac year), "a day-night match", "the day ahead of
        // the election" (the day before it, unnamed): no time told ("daily life" is a set,
        // as AQUAINT tags it)
        if let Some(b) = best.as_ref() {
            let w = |k: usize| self.s(k);
            let refuse = self.is(b.end, "of")
                && self.is(b.end + 1, "the")
                && self.cap(b.end + 2)
                && b.end > 0
                && w(b.end - 1) == "Year"
                || b.kind == TimexType::Duration
                    && self.joined(b.end)
                    && self.is_any(b.end, &["night"])
                || b.kind == TimexType::Duration
                    && b.end > 0
                    && self.is(b.end - 1, "ahead")
                    && self.is(b.end, "of");
            if refuse {
                return None;
            }
        }
        // "a late-night show", "late-night comedians": a kind of programme, no time (a
        // "late-night signing ceremony" still is one)
        if let Some(b) = best
            .as_ref()
            .filter(|b| b.kind == TimexType::Time && b.end > b.start + 1 && self.joined(b.end - 1))
        {
            if self.is_any(
                b.end,
                &[
                    "show",
                    "shows",
                    "host",
                    "hosts",
                    "comedian",
                    "comedians",
                    "comedy",
                    "talk",
                    "television",
                    "TV",
                    "programme",
                    "program",
                    "programs",
                    "slot",
                    "snack",
                    "snacks",
                ],
            ) {
                return None;
            }
        }
        best
    }

    /// The first day of "12-14 June", "from 12 to 14 June", "12 and 14 June 2025", and
    /// any day of a list "12, 14 and 16 May": the month (and year) of the last.
    fn first_day(&self, i: usize) -> Option<Found> {
        // (not ages: "the children, aged 3, 5 and 8")
        if i > 0 && self.is_any(i - 1, &["aged", "ages", "age"]) {
            return None;
        }
        let d = self.mday(i)?;
        // Up to six more days, each after the one before it, then the day with its month.
        let (mut k, mut prev) = (i, d);
        for _ in 0..6 {
            let next = if self.joined(k + 1) {
                k + 1
            } else if self.is_any(k + 1, &["and", "or", "to", "-", "–"])
                || self.is(k + 1, ",") && k + 2 < self.atoms.len()
            {
                k + 2
            } else {
                return None;
            };
            if let Some(later) = self.day_month(next) {
                return match later.val {
                    Val::Day { y, m, d: d2 } if prev < d2 => {
                        f(i, i + 1, TimexType::Date, Val::Day { y, m, d })
                    }
                    _ => None,
                };
            }
            // (a list goes on only with commas: "12, 14 and 16 May")
            let more = self
                .mday(next)
                .filter(|&d2| d2 > prev && self.is(k + 1, ","))?;
            (k, prev) = (next, more);
        }
        None
    }

    /// The second day of "April 24 and 25", "May 3 or 4", "June 5-7": the month of the
    /// first.
    fn second_day(&self, i: usize) -> Option<Found> {
        let d = self.mday(i)?;
        let first = if self.joined(i) {
            i.checked_sub(1)?
        } else if i > 0 && self.is_any(i - 1, &["and", "or", "to", "through", "-", "–"]) {
            i.checked_sub(2)?
        } else {
            return None;
        };
        if self.mday(first)? >= d {
            return None;
        }
        let mut k = first.checked_sub(1)?;
        if self.is(k, ".") {
            k = k.checked_sub(1)?;
        }
        let Lex::Month(m) = self.lx(k) else {
            return None;
        };
        // "April 24 and 25 people", "May 3 to 5 percent" are counts.
        let next = i + 1;
        if !self.cap(k)
            || matches!(self.lx(next), Lex::Unit(..) | Lex::Month(_))
            || self.atoms.get(next).is_some_and(|a| a.word)
                && !self.is_any(
                    next,
                    &[
                        "in",
                        "at",
                        "on",
                        "and",
                        "or",
                        "but",
                        "when",
                        "while",
                        "as",
                        "for",
                        "with",
                        "by",
                        "respectively",
                        "to",
                        "during",
                    ],
                )
                // ("from June 14 to 16 this year")
                && !(self.is_any(next, &["this", "next", "last"]) && self.is(next + 1, "year"))
        {
            return None;
        }
        f(i, i + 1, TimexType::Date, Val::Day { y: None, m, d })
    }

    /// "the" + a noun phrase.
    fn the(&self, i: usize) -> Option<Found> {
        let d = self.depth.get();
        if d >= MAX_DEPTH {
            return None;
        }
        // "the eve of Thanksgiving": the day before the holiday ("the eve of the election"
        // names no day the text gives).
        if self.is(i, "the") && self.is(i + 1, "eve") && self.is(i + 2, "of") {
            // (or of a day: "the eve of the Fourth of July", "the eve of May 9")
            self.depth.set(d + 1);
            let h = self
                .holiday(i + 3)
                .or_else(|| self.core(i + 3))
                .or_else(|| self.the(i + 3));
            self.depth.set(d);
            let h = h.filter(|h| h.start == i + 3)?;
            if let (TimexType::Date, Val::Holiday { .. } | Val::Day { .. }) = (h.kind, &h.val) {
                let val = Val::Around {
                    inner: Box::new(h.val),
                    days: -1,
                    week: false,
                };
                return Some(Found { start: i, val, ..h });
            }
            return None;
        }
        // "player of the year", "album of the year": an award, no date
        if i > 1
            && self.is(i, "the")
            && self.is(i + 1, "year")
            && self.is(i - 1, "of")
            && self.is_any(
                i - 2,
                &[
                    "player",
                    "players",
                    "coach",
                    "manager",
                    "team",
                    "album",
                    "song",
                    "record",
                    "person",
                    "book",
                    "car",
                    "athlete",
                    "rookie",
                    "footballer",
                    "sportsman",
                    "sportswoman",
                    "woman",
                    "man",
                    "employee",
                    "word",
                    "personality",
                    "goal",
                    "newcomer",
                    "artist",
                    "entertainer",
                    "driver",
                    "horse",
                ],
            )
        {
            return None;
        }
        // "The Day After Tomorrow", "The Day of the Jackal": a title
        if self.is(i, "the")
            && self.is(i + 1, "Day")
            && self.cap(i + 1)
            && self.cap(i + 2)
            && self.atoms.get(i + 2).is_some_and(|a| a.word)
        {
            return None;
        }
        self.depth.set(d + 1);
        let r = self.the_inner(i);
        self.depth.set(d);
        r
    }

    fn the_inner(&self, i: usize) -> Option<Found> {
        if !self.is(i, "the") {
            return None;
        }
        let mut j = i + 1;
        if self.is_any(j, &["comparable", "corresponding"]) {
            j += 1;
        }
        let mut best: Option<Found> = None;
        for c in [self.the_np(j), self.modified(j), self.core_np(j)]
            .into_iter()
            .flatten()
        {
            if best.as_ref().is_none_or(|b| c.end > b.end) {
                best = Some(c);
            }
        }
        let mut b = best?;
        // "the weeks before the shooting": the span is "weeks" alone.
        let stretch = matches!(self.lx(j), Lex::Unit(_, true))
            && self.is_any(j + 1, &["before", "after", "leading", "following", "prior"]);
        // "the two-week trip", "the third-quarter loss": an adjective, written without
        // its article (TimeBank convention).
        // ("the mid-1990s" is a decade, not an adjective)
        let adjective = b.start == j
            && b.end == j + 2
            && self.joined(j + 1)
            && !(matches!(self.lx(j), Lex::Mod(_)) && matches!(self.lx(j + 1), Lex::Decade(_)));
        if !stretch && !adjective {
            b.start = i;
        }
        Some(b)
    }

    /// Core matches that may take a "the" before them.
    fn core_np(&self, j: usize) -> Option<Found> {
        let c = self.core(j)?;
        match self.lx(j) {
            Lex::Int(_, 4) if matches!(c.val, Val::Decade(_)) => Some(c),
            // "the 9/11 families": "the" goes with the noun.
            Lex::Month(_)
            | Lex::Weekday(_)
            | Lex::Deictic(_)
            | Lex::Ref(_)
            | Lex::Int(_, 4)
            | Lex::Slash(..) => None,
            Lex::Clock(..) => None,
            // "the current weakness": the TIMEX3 is "current" alone
            _ if c.end == j + 1 && self.is(j, "current") => None,
            _ => Some(c),
        }
    }

    /// Noun phrases that only exist after "the".
    fn the_np(&self, j: usize) -> Option<Found> {
        use TimexType::*;
        // "slips into the new year", "until the new year": the year about to begin (or
        // just begun); "New Year" is the holiday
        if self.is(j, "new")
            && self.is(j + 1, "year")
            && !self.cap(j)
            && !self.cap(j + 1)
            && !self.is_any(
                j + 2,
                &[
                    "'s",
                    "’s",
                    "holiday",
                    "holidays",
                    "celebrations",
                    "eve",
                    "day",
                ],
            )
        {
            return f(j, j + 2, Date, Val::NewYear);
        }
        // "since the turn of the century": its first year ("the turn of the 20th
        // century" 1900)
        if self.is(j, "turn") && self.is(j + 1, "of") && self.is(j + 2, "the") {
            if self.is_any(j + 3, &["century", "millennium"]) && !self.is_any(j + 4, &["'s", "’s"])
            {
                return f(j, j + 4, Date, Val::TurnOfCentury);
            }
            if let Some(c) = self.the(j + 2).filter(|c| c.start == j + 2) {
                if let Val::Century(n) = c.val {
                    return f(j, c.end, Date, Val::Year(n * 100));
                }
            }
        }
        // "the third Friday of March", "the last Sunday in October 2026", "the first week
        // of June", "the last weekend of April"
        let nth = match self.lx(j) {
            Lex::Ord(n @ 1..=5) => Some(n as i8),
            Lex::Rel(-1, false) if self.is(j, "last") => Some(-1),
            _ => None,
        };
        if let Some(nth) = nth {
            let wd = match self.lx(j + 1) {
                Lex::Weekday(w) => Some(w),
                Lex::Unit(Unit::Week, false) => Some(super::normalise::WEEK),
                Lex::Unit(Unit::Weekend, false) => Some(super::normalise::WEEKEND),
                _ => None,
            };
            if let (Some(wd), true, Lex::Month(m)) =
                (wd, self.is_any(j + 2, &["of", "in"]), self.lx(j + 3))
            {
                let (y, end) = match self.year_tail(j + 4) {
                    Some((Ok(y), n)) => (Some(y), j + 4 + n),
                    _ => (None, j + 4),
                };
                return f(j, end, Date, Val::NthInMonth { y, m, nth, wd });
            }
        }
        // "the weekend of 5-6 October", "the weekend of March 28-29": the weekend holding
        // the days told
        if matches!(self.lx(j), Lex::Unit(Unit::Weekend, false)) && self.is(j + 1, "of") {
            let days = self
                .first_day(j + 2)
                .or_else(|| self.day_month(j + 2))
                .or_else(|| self.month_date(j + 2))
                .filter(|d| d.start == j + 2);
            if let Some(Found {
                end,
                val: Val::Day { y, m, d },
                ..
            }) = days
            {
                // (to the range's last day: "5-6 October")
                let end = (end..(end + 6).min(self.atoms.len()))
                    .take_while(|&k| {
                        self.joined(k)
                            || self.is_any(k, &["-", "–", "and", "to"])
                            || matches!(self.lx(k), Lex::Int(..) | Lex::Month(_) | Lex::Ord(_))
                    })
                    .last()
                    .map_or(end, |k| k + 1);
                // (and its year: "March 28-29, 2026")
                let comma = usize::from(self.is(end, ","));
                let (y, end) = match (y, self.year(end + comma)) {
                    (None, Some(yy)) => (Some(yy), end + comma + 1),
                    _ => (y, end),
                };
                return f(j, end, Date, Val::WeekendOf { y, m, d });
            }
        }
        // "on the 14th", "the 30th of this month" (not "the 14th century", "the 14th of 20
        // seeds")
        if let Lex::Ord(d @ 1..=31) = self.lx(j) {
            if self.is(j + 1, "of") {
                if let (Lex::Rel(n, false), Lex::Unit(Unit::Month, false)) =
                    (self.lx(j + 2), self.lx(j + 3))
                {
                    let val = Val::DayOfMonth {
                        d: d as u8,
                        n: Some(n),
                    };
                    return f(j, j + 4, Date, val);
                }
            }
            let told = j > 1
                && self.is_any(
                    j - 2,
                    &[
                        "on", "by", "until", "till", "from", "since", "before", "after",
                    ],
                );
            if told && self.ends_clause(j + 1) {
                return f(
                    j,
                    j + 1,
                    Date,
                    Val::DayOfMonth {
                        d: d as u8,
                        n: None,
                    },
                );
            }
        }
        // "the early hours of Sunday": that day's small hours, a morning ("the early hours
        // of Thursday morning" leaves "Thursday morning" to tell it, as AQUAINT does).
        // ("the small hours of Sunday", "the wee hours of Sunday": the same)
        if self.is_any(j, &["early", "small", "wee"])
            && self.is(j + 1, "hours")
            && self.is(j + 2, "of")
        {
            if let Some(d) = self.day_at(j + 3) {
                return Some(Found {
                    start: j,
                    end: d.end,
                    kind: Time,
                    val: d.val,
                    tod: Some(Tod::Part(0)),
                    tense: d.tense,
                });
            }
        }
        // "later in the day": the day told of
        if self.is(j, "day")
            && j > 2
            && self.is(j - 2, "in")
            && self.is_any(j - 3, &["later", "earlier"])
        {
            return f(j, j + 1, Date, Val::Anchor);
        }
        // "..., he said at the time." (not "at the time he was captured", a clause's time,
        // nor "at the time of its founding")
        if self.is(j, "time") && j > 1 && self.is(j - 2, "at") && self.ends_clause(j + 1) {
            return f(j - 1, j + 1, Date, Val::Lit("PAST_REF"));
        }
        // the past / the future / the near future
        if self.is(j, "past")
            && !matches!(self.lx(j + 1), Lex::Unit(..) | Lex::Num(_) | Lex::Int(..))
            && !self.is_any(j + 1, &["several", "few", "couple", "many"])
        {
            return f(j, j + 1, Date, Val::Lit("PAST_REF"));
        }
        // "the future of the alliance" is no time.
        if self.is(j, "future") && !self.is(j + 1, "of") && !self.title_word(j) {
            return f(j, j + 1, Date, Val::Lit("FUTURE_REF"));
        }
        // (TimeBank leaves "the foreseeable future" untagged)
        if self.is(j, "near") && self.is(j + 1, "future") {
            return f(j, j + 2, Date, Val::Lit("FUTURE_REF"));
        }
        // "in the near term", "over the long term" (the noun, not "long-term")
        if self.is_any(j, &["near", "short", "long"])
            && self.is(j + 1, "term")
            && !self.joined(j + 1)
            && !self.joined(j + 2)
            && (self.ends_clause(j + 2)
                || !self.atoms.get(j + 2).is_some_and(|a| a.word)
                || self.is_any(
                    j + 2,
                    &["and", "or", "but", "as", "when", "while", "if", "because"],
                ))
        {
            return f(j, j + 2, Date, Val::Lit("FUTURE_REF"));
        }
        // the 1988 (second) quarter / period
        if let Some(y) = self.year(j) {
            if let Lex::Ord(q) = self.lx(j + 1) {
                if self.is_any(j + 2, &["quarter", "half"]) {
                    return self.qh(j, j + 3, Some(y), q, self.is(j + 2, "half"));
                }
            }
            if self.is(j + 1, "period") {
                return f(j, j + 2, Date, Val::YearPeriod(y));
            }
            if self.is(j + 1, "quarter") {
                return f(j, j + 2, Date, Val::Quarter { y: Some(y), q: 0 });
            }
        }
        // the fiscal year, the full year, the current fiscal year
        let mut k = j;
        if self.is_any(k, &["current", "full", "latest", "same"]) {
            k += 1;
        }
        let fiscal = self.is(k, "fiscal");
        if fiscal {
            k += 1;
        }
        if (k > j) && self.is(k, "year") && !self.joined(k + 1) {
            if self.is_any(k + 1, &["ended", "ending"]) {
                return f(j, k + 1, Duration, Val::Lit("P1Y"));
            }
            let n = if self.is(j, "latest") { -1 } else { 0 };
            return f(
                j,
                k + 1,
                Date,
                Val::Shift {
                    unit: Unit::Year,
                    n,
                    anchored: false,
                    ago: false,
                },
            );
        }
        // "in the weeks before the shooting": a stretch before the date just told; the
        // span is the unit word alone (TimeBank convention).
        if let Lex::Unit(u @ (Unit::Day | Unit::Week | Unit::Month), true) = self.lx(j) {
            if self.is_any(j + 1, &["before", "after", "leading", "following", "prior"]) {
                let _ = u;
                return f(
                    j,
                    j + 1,
                    Date,
                    Val::Shift {
                        unit: Unit::Month,
                        n: 0,
                        anchored: true,
                        ago: false,
                    },
                );
            }
        }
        // "in the morning": the day last mentioned ("the morning session" is not a time).
        if let Lex::Pod(p, false) = self.lx(j) {
            if j >= 2
                && self.is_any(j - 2, &["in", "during"])
                && (self.ends_clause(j + 1)
                    || !self.atoms.get(j + 1).is_some_and(|a| a.word)
                    // ("in the morning on Friday")
                    || self.is(j + 1, "on")
                        && matches!(self.lx(j + 2), Lex::Weekday(_) | Lex::Month(_)))
            {
                return self.pod_of_day(j, j + 1, p);
            }
        }
        // the next/following morning, the previous evening
        if self.is_any(j, &["next", "following", "previous", "preceding"]) {
            if let Lex::Pod(p, false) = self.lx(j + 1) {
                let n = if self.is_any(j, &["next", "following"]) {
                    1
                } else {
                    -1
                };
                let val = Val::Shift {
                    unit: Unit::Day,
                    n,
                    anchored: true,
                    ago: false,
                };
                return part_of(j, j + 2, val, p);
            }
        }
        // the coming weeks, the weeks ahead
        if let Lex::Unit(u, true) = self.lx(j + 1) {
            if self.is_any(
                j,
                &["coming", "next", "past", "last", "recent", "first", "final"],
            ) {
                return f(j, j + 2, Duration, Val::Str(duration(None, u)));
            }
        }
        // "the weekend before last", "the week after next": two back or ahead.
        if let Lex::Unit(u @ (Unit::Week | Unit::Weekend | Unit::Month | Unit::Year), false) =
            self.lx(j)
        {
            let n = match (self.s(j + 1), self.s(j + 2)) {
                (b, l) if b.eq_ignore_ascii_case("before") && l.eq_ignore_ascii_case("last") => -2,
                (a, x) if a.eq_ignore_ascii_case("after") && x.eq_ignore_ascii_case("next") => 2,
                _ => 0,
            };
            // (not "the week before last Tuesday's vote", "the month after next year's
            // election": "last" and "next" go with what follows)
            let more = matches!(
                self.lx(j + 3),
                Lex::Weekday(_)
                    | Lex::Unit(..)
                    | Lex::Month(_)
                    | Lex::Holiday(..)
                    | Lex::Season(..)
            ) || self.is_any(j + 3, &["'s", "’s"]);
            if n != 0 && !more {
                let val = Val::Shift {
                    unit: u,
                    n,
                    anchored: false,
                    ago: false,
                };
                return f(j, j + 3, Date, val);
            }
        }
        if let Lex::Unit(u, plural) = self.lx(j) {
            // "the weeks ahead" (PXW, TimeBank), "the week ahead" (P1W)
            if self.is(j + 1, "ahead") {
                let n = if plural { None } else { Some(1) };
                return f(j, j + 2, Duration, Val::Str(duration(n, u)));
            }
        }
        // the latest quarter / the quarter / the latest period / the current quarter
        let k = if self.is_any(j, &["latest", "recent", "current", "same"]) {
            j + 1
        } else {
            j
        };
        let what = if self.is(j, "current") {
            Val::Shift {
                unit: Unit::Quarter,
                n: 0,
                anchored: false,
                ago: false,
            }
        } else if self.is_any(j, &["latest", "recent"]) {
            Val::LatestQuarter
        } else {
            Val::Quarter { y: None, q: 0 }
        };
        // the corresponding period last year, the quarter a year ago
        if self.is_any(k, &["quarter", "period"]) {
            let ago = (self.is(k + 1, "last") && self.is(k + 2, "year"))
                || (self.is(k + 1, "a")
                    && self.is(k + 2, "year")
                    && self.is_any(k + 3, &["ago", "earlier"]));
            if ago {
                let end = if self.is(k + 1, "last") { k + 3 } else { k + 4 };
                return f(j, end, Date, Val::QuarterAgo);
            }
        }
        // "the quarter ended Sept. 30": the calendar quarter holding most of the three
        // months to that day (its middle, a month and a half before), unless a (fiscal)
        // quarter was named before.
        if self.is(k, "quarter")
            && !self.is(j, "current")
            && self.is_any(k + 1, &["ended", "ending"])
        {
            if let Some(Found {
                val: Val::Day { y, m, d },
                ..
            }) = self.month_date(k + 2)
            {
                let mid = i32::from(m) - if d >= 15 { 1 } else { 2 };
                let (y, mid) = if mid < 1 {
                    (y.map(|y| y - 1), mid + 12)
                } else {
                    (y, mid)
                };
                let q = u8::try_from((mid - 1) / 3 + 1).unwrap_or(4);
                return f(j, k + 1, Date, Val::QuarterEnded { y, q });
            }
        }
        // "the quarter of Democratic voters" is a share ("the quarter of 2024", "the
        // quarter of this year" are quarters).
        let share = self.is(k + 1, "of")
            && self.year(k + 2).is_none()
            && !(self.is_any(k + 2, &["fiscal", "this", "last", "next", "that", "the"])
                && (self.year(k + 3).is_some() || self.is_any(k + 3, &["year", "fiscal"])));
        if self.is(k, "quarter") && !self.joined(k + 1) && !share {
            return f(j, k + 1, Date, what);
        }
        if k > j && self.is(k, "period") {
            return f(j, k + 1, Date, what);
        }
        // the first/last/second half [of 1989]
        if self.is_any(j, &["first", "last", "second", "latter"]) && self.is(j + 1, "half") {
            let h = if self.is(j, "first") { 1 } else { 2 };
            // "the last half of the '80s": the decade (TimeML has no half-decades).
            if self.is(j + 2, "of") {
                let mut k = if self.is(j + 3, "the") { j + 4 } else { j + 3 };
                if self.is_any(k, &["'", "’"]) {
                    k += 1;
                }
                // "the second half of May": the month (nor has it half-months).
                if let Some(d) = self
                    .core(k)
                    .filter(|d| d.start == k && matches!(d.val, Val::Decade(_) | Val::Month { .. }))
                {
                    return Some(Found { start: j, ..d });
                }
            }
            return match self.year_tail(j + 2) {
                Some((Ok(y), u)) => f(j, j + 2 + u, Date, Val::Half { y: Some(y), h }),
                _ if self.in_match(j) => None,
                _ => f(j, j + 2, Date, Val::Half { y: None, h }),
            };
        }
        // the first/last two quarters [of 1990]: a half year
        if self.is_any(j, &["first", "last"]) && self.is(j + 1, "two") && self.is(j + 2, "quarters")
        {
            let h = if self.is(j, "first") { 1 } else { 2 };
            if let Some((Ok(y), u)) = self.year_tail(j + 3) {
                return f(j, j + 3 + u, Date, Val::Half { y: Some(y), h });
            }
        }
        // the year 2000, the year two thousand
        if self.is(j, "year") {
            if let Some(y) = self.year(j + 1) {
                return f(j, j + 2, Date, Val::Year(y));
            }
            if self.is(j + 1, "two") && self.is(j + 2, "thousand") {
                return f(j, j + 3, Date, Val::Year(2000));
            }
        }
        // "The night before, it had rained": the day before the one told last (a DATE, as
        // "that night" is).
        if self.is_any(j, &["night", "evening", "morning"])
            && self.is(j + 1, "before")
            && self.ends_clause(j + 2)
        {
            let val = Val::Shift {
                unit: Unit::Day,
                n: -1,
                anchored: true,
                ago: false,
            };
            return f(j, j + 2, Date, val);
        }
        // "the week of March 6", "the day before last Tuesday", "the day after Christmas"
        if self.is_any(j, &["week", "day"]) {
            let (k, days) = match (self.is(j, "week"), self.s(j + 1)) {
                (true, s) if s.eq_ignore_ascii_case("of") => (j + 2, 0),
                (false, s) if s.eq_ignore_ascii_case("before") => (j + 2, -1),
                (false, s) if s.eq_ignore_ascii_case("after") => (j + 2, 1),
                _ => (0, 0),
            };
            if k > 0 {
                let day = self.core(k).filter(|d| {
                    d.start == k
                        && d.kind == Date
                        && matches!(
                            d.val,
                            Val::Day { .. }
                                | Val::DayOn { .. }
                                | Val::Weekday { .. }
                                | Val::DayOff(_)
                                | Val::Holiday { .. }
                        )
                });
                if let Some(d) = day {
                    let week = days == 0;
                    return Some(Found {
                        start: j,
                        end: d.end,
                        kind: Date,
                        val: Val::Around {
                            inner: Box::new(d.val),
                            days,
                            week,
                        },
                        tod: None,
                        tense: d.tense,
                    });
                }
                // "The day before, he had resigned": the day before the one told last.
                if days != 0 && self.ends_clause(k) {
                    return f(
                        j,
                        k,
                        Date,
                        Val::Shift {
                            unit: Unit::Day,
                            n: days,
                            anchored: true,
                            ago: false,
                        },
                    );
                }
            }
        }
        // the year / the week / the month / the day / the weekend
        if let Lex::Unit(u, false) = self.lx(j) {
            match u {
                Unit::Year => {
                    // "since 2013, the year the Supreme Court ruled": the year told; "the
                    // year Dr. Doyle received her doctorate": some year, no date.
                    let clause = self.atoms.get(j + 1).is_some_and(|a| a.word)
                        && (self.cap(j + 1)
                            || self.is_any(
                                j + 1,
                                &[
                                    "the", "a", "an", "his", "her", "their", "its", "my", "our",
                                    "he", "she", "they", "we", "i", "when", "that", "which",
                                ],
                            ));
                    if clause {
                        let told = j.checked_sub(3).filter(|&k| self.is(k + 1, ","));
                        return match told.and_then(|k| self.year(k)) {
                            Some(y) => f(j, j + 1, Date, Val::Year(y)),
                            None => None,
                        };
                    }
                    if self.is_any(j + 1, &["ended", "ending", "earlier", "ago", "before"]) {
                        if self.is_any(j + 1, &["ended", "ending"]) {
                            return f(j, j + 1, Duration, Val::Lit("P1Y"));
                        }
                        return None;
                    }
                    // "closed out 2020 on Thursday with the S&P 500 up 16 percent for the
                    // year": the one year the sentence told before it.
                    // (not a founding or a start, "The company, founded in 1998, expects
                    // sales to grow 7% for the year", "Since 2008 ... over the year to June";
                    // nor a forecast's year)
                    if j > 1
                        && self.is_any(j - 2, &["for", "over", "during"])
                        && !self.is_any(j + 1, &["to", "ending", "ended", "through"])
                        && !(0..j).any(|k| {
                            self.is_any(
                                k,
                                &[
                                    "expects",
                                    "expected",
                                    "expect",
                                    "will",
                                    "forecast",
                                    "forecasts",
                                    "projected",
                                    "sees",
                                ],
                            )
                        })
                    {
                        let mut years = (j.saturating_sub(20)..j - 1).filter(|&k| {
                            self.year(k).is_some()
                                && !(k.saturating_sub(2)..k).any(|c| {
                                    self.is_any(
                                        c,
                                        &[
                                            "since",
                                            "founded",
                                            "established",
                                            "born",
                                            "from",
                                            "created",
                                            "formed",
                                            "opened",
                                            "built",
                                            "until",
                                        ],
                                    )
                                })
                        });
                        if let (Some(k), None) = (years.next(), years.next()) {
                            if let Some(y) = self.year(k) {
                                return f(j, j + 1, Date, Val::Year(y));
                            }
                        }
                    }
                    return f(
                        j,
                        j + 1,
                        Date,
                        Val::Shift {
                            unit: Unit::Year,
                            n: 0,
                            anchored: false,
                            ago: false,
                        },
                    );
                }
                Unit::Weekend => {
                    return f(
                        j,
                        j + 1,
                        Date,
                        Val::Shift {
                            unit: Unit::Weekend,
                            n: 0,
                            anchored: true,
                            ago: false,
                        },
                    )
                }
                _ => {}
            }
        }
        // the first/second half
        None
    }

    fn qh(&self, start: usize, end: usize, y: Option<i32>, n: u32, half: bool) -> Option<Found> {
        if half {
            if !(1..=2).contains(&n) {
                return None;
            }
            return f(start, end, TimexType::Date, Val::Half { y, h: n as u8 });
        }
        if !(1..=4).contains(&n) {
            return None;
        }
        f(start, end, TimexType::Date, Val::Quarter { y, q: n as u8 })
    }

    /// A year after a quarter/half/season/month: "of 1998", "1998", "of this year", "of
    /// last year". Returns (year spec, atoms used): year spec Ok(year) or Err(shift).
    fn year_tail(&self, j: usize) -> Option<(Result<i32, i32>, usize)> {
        let k = if self.is(j, "of") || self.is(j, ",") {
            j + 1
        } else {
            j
        };
        if let Some(y) = self.year(k) {
            return Some((Ok(y), k + 1 - j));
        }
        // "the third quarter of fiscal 2024", "the first half of calendar 2026", "First
        // Quarter Fiscal 2026", "the first quarter of fiscal year 2026"
        if self.is_any(k, &["fiscal", "calendar"]) {
            let y_at = k + 1 + usize::from(self.is(k + 1, "year"));
            if let Some(y) = self.year(y_at) {
                return Some((Ok(y), y_at + 1 - j));
            }
        }
        if let Some(sp) = self.spelled_year(k) {
            if let Val::Year(y) = sp.val {
                return Some((Ok(y), sp.end - j));
            }
        }
        // "Q1 FY26", "H2 FY2025": the fiscal year, written as its year (as "fiscal 1988").
        if self.s(k).starts_with("FY") {
            if let Some(Found {
                val: Val::Year(y),
                end,
                ..
            }) = self.quarter(k)
            {
                return Some((Ok(y), end - j));
            }
        }
        // "the second half of the year": this year
        if k > j && self.is(k, "the") && self.is(k + 1, "year") && !self.joined(k + 2) {
            return Some((Err(0), k + 2 - j));
        }
        if k > j || self.is(j, "this") || self.is(j, "last") || self.is(j, "next") {
            if let (Lex::Rel(n, false), Lex::Unit(Unit::Year, false)) = (self.lx(k), self.lx(k + 1))
            {
                return Some((Err(i32::from(n)), k + 2 - j));
            }
        }
        None
    }

    /// Forms with early/late/mid, earlier/later, "the end of" in front.
    fn modified(&self, i: usize) -> Option<Found> {
        let d = self.depth.get();
        if d >= MAX_DEPTH {
            return None;
        }
        self.depth.set(d + 1);
        let r = self.modified_inner(i);
        self.depth.set(d);
        r
    }

    fn modified_inner(&self, i: usize) -> Option<Found> {
        // early/late/mid X
        if let Lex::Mod(_) = self.lx(i) {
            let j = i + 1;
            // "mid-afternoon", "early morning [yesterday]": a time of the day told next, or
            // of the day last mentioned.
            if let Lex::Pod(p, false) = self.lx(j) {
                return self.pod_of_day(i, j + 1, p);
            }
            let inner = self.core(j).or_else(|| self.the(j))?;
            if inner.start != j {
                return None;
            }
            return Some(Found { start: i, ..inner });
        }
        // "by end-October", "until end-2025", "start-2026"
        if self.is_any(i, &["end", "start"]) && self.joined(i + 1) {
            let inner = self.core(i + 1).filter(|d| {
                d.start == i + 1 && matches!(d.val, Val::Month { .. } | Val::Year(_))
            })?;
            return Some(Found { start: i, ..inner });
        }
        // earlier/later this week, earlier today, later that year
        if self.is_any(i, &["earlier", "later"]) {
            let j = i + 1;
            // "later that year"; "later in the decade", "earlier in the year": the one
            // under discussion
            let in_the = self.is(j, "in")
                && self.is(j + 1, "the")
                && !self.is_any(j + 3, &["'s", "’s", "of"]);
            let unit_at = if self.is(j, "that") {
                Some(j + 1)
            } else if in_the {
                Some(j + 2)
            } else {
                None
            };
            if let Some(k) = unit_at {
                if let Lex::Unit(u, false) = self.lx(k) {
                    if k == j + 1
                        || matches!(
                            u,
                            Unit::Week | Unit::Month | Unit::Year | Unit::Decade | Unit::Century
                        )
                    {
                        return f(
                            i,
                            k + 1,
                            TimexType::Date,
                            Val::Shift {
                                unit: u,
                                n: 0,
                                anchored: true,
                                ago: false,
                            },
                        );
                    }
                }
            }
            let inner = self.core(j)?;
            let ok = matches!(
                self.lx(j),
                Lex::Rel(0, false) | Lex::Deictic(_) | Lex::Weekday(_) | Lex::Tonight
            );
            // "Earlier Tuesday, his campaign manager says ...": a day of the week told as
            // earlier is gone or today ("Later Monday, he flew to Paris" may be either).
            if self.is(i, "earlier") && self.is_weekday(j) && inner.tense.is_none() {
                return Some(Found {
                    start: i,
                    tense: Some(Tense::Past),
                    ..inner
                });
            }
            if ok {
                return Some(Found { start: i, ..inner });
            }
            return None;
        }
        // the end/beginning/middle/start/rest of X
        if self.is(i, "the")
            && self.is_any(
                i + 1,
                &[
                    "end",
                    "beginning",
                    "middle",
                    "start",
                    "close",
                    "rest",
                    "remainder",
                ],
            )
            && self.is(i + 2, "of")
        {
            let j = i + 3;
            // "the end of the week / month / decade": the current one
            if self.is(j, "the") {
                if let Lex::Unit(
                    u @ (Unit::Week | Unit::Month | Unit::Decade | Unit::Century),
                    false,
                ) = self.lx(j + 1)
                {
                    if !self.is_any(j + 2, &["'s", "’s"]) {
                        return f(
                            i,
                            j + 2,
                            TimexType::Date,
                            Val::Shift {
                                unit: u,
                                n: 0,
                                anchored: false,
                                ago: false,
                            },
                        );
                    }
                }
            }
            let inner = self.the(j).or_else(|| self.core(j))?;
            // ("at the close of Tuesday's meeting": the meeting's close; the day alone)
            if inner.start != j || self.is_any(inner.end, &["'s", "’s"]) {
                return None;
            }
            return Some(Found { start: i, ..inner });
        }
        None
    }

    /// nearly/about/more than/up to + a duration.
    fn approx(&self, i: usize) -> Option<Found> {
        let k = if (self.is_any(i, &["more", "less", "fewer"]) && self.is(i + 1, "than"))
            || (self.is(i, "up") && self.is(i + 1, "to"))
            || (self.is(i, "at") && self.is_any(i + 1, &["least", "most"]))
            || (self.is(i, "just") && self.is_any(i + 1, &["over", "under"]))
        {
            2
        } else if self.is_any(
            i,
            &[
                "nearly",
                "almost",
                "about",
                "roughly",
                "approximately",
                "some",
                "around",
                "under",
                "only",
                "barely",
            ],
        )
            // "lasted over a week" is more than a week; "rose over three years" is during
            // them, and "over" is no part of the expression.
            || self.is(i, "over")
                && (self.is_any(i + 1, &["a", "an"])
                    || i > 0
                        && self.is_any(
                            i - 1,
                            &["little", "last", "lasted", "lasting", "took", "for", "of", "than"],
                        ))
        {
            1
        } else {
            // "around 7:15 p.m.", "around Nov. 1", "right now", "more recently"
            let inner = if self.is(i, "around") {
                self.time(i + 1).or_else(|| self.month_date(i + 1))
            } else if (self.is(i, "right") && self.is(i + 1, "now"))
                || (self.is_any(i, &["more", "most"]) && self.is(i + 1, "recently"))
            {
                self.refs(i + 1)
            } else {
                None
            }?;
            return Some(Found { start: i, ..inner });
        };
        // "about two years ago" stays a point in time, as "two years ago" is (TimeML
        // keeps DATE and marks the approximation): TimeBank's gold writes it as a
        // length as often as a date.
        let inner = self.quantity(i + k)?;
        Some(Found { start: i, ..inner })
    }

    /// Everything that stands on its own.
    fn core(&self, i: usize) -> Option<Found> {
        let mut best: Option<Found> = None;
        for c in [
            self.month_date(i),
            self.day_month(i),
            self.numeric(i),
            self.weekday(i),
            self.deictic(i),
            self.rel(i),
            self.quantity(i),
            self.quarter(i),
            self.season(i),
            self.refs(i),
            self.set(i),
            self.time(i),
            self.holiday_part(i),
            self.british(i),
            self.year_ago(i),
            self.spelled_year(i),
            self.year_end(i),
            self.decade_word(i),
            self.short_year(i),
        ]
        .into_iter()
        .flatten()
        {
            if best.as_ref().is_none_or(|b| c.end > b.end) {
                best = Some(c);
            }
        }
        best
    }

    /// British idioms: "Friday week" and "a week on Monday" (the weekday a week after the
    /// coming one), "this day last year" (the reference day a year back; "this time last
    /// year", looser, is last year).
    fn british(&self, i: usize) -> Option<Found> {
        use TimexType::Date;
        if self.is(i, "this")
            && self.is_any(i + 1, &["day", "time"])
            && self.is(i + 2, "last")
            && self.is(i + 3, "year")
        {
            let val = if self.is(i + 1, "day") {
                Val::DayAgo {
                    unit: Unit::Year,
                    n: 1,
                    week: false,
                }
            } else {
                Val::Shift {
                    unit: Unit::Year,
                    n: -1,
                    anchored: false,
                    ago: true,
                }
            };
            return f(i, i + 4, Date, val);
        }
        let week_on = |wd: u8, start: usize, end: usize| {
            Some(Found {
                start,
                end,
                kind: Date,
                val: Val::Around {
                    inner: Box::new(Val::Weekday { wd, dir: 0 }),
                    days: 7,
                    week: false,
                },
                tod: None,
                tense: Some(Tense::Future),
            })
        };
        // (not "the Friday week of protests", "Monday week's vote")
        let ends = |k: usize| {
            !self.atoms.get(k).is_some_and(|a| a.word)
                || self.ends_clause(k)
                || self.is_any(k, &["at", "in", "on", "when", "and", "or", "to", "for"])
        };
        if let Lex::Weekday(wd) = self.lx(i) {
            if self.cap(i) && self.is(i + 1, "week") && !self.joined(i + 2) && ends(i + 2) {
                return week_on(wd, i, i + 2);
            }
        }
        // (not a length reached: "The shutdown hit a week on Monday", "It will be a week on
        // Monday since the vote")
        let reached = i > 0
            && self.is_any(
                i - 1,
                &[
                    "hit", "hits", "reached", "reaches", "be", "is", "was", "been", "marks",
                    "marked", "lasted", "entered", "turned", "turns",
                ],
            );
        if !reached && self.is(i, "a") && self.is(i + 1, "week") && self.is(i + 2, "on") {
            if let Lex::Weekday(wd) = self.lx(i + 3) {
                if self.cap(i + 3) && !self.is_any(i + 4, &["'s", "’s"]) {
                    return week_on(wd, i, i + 4);
                }
            }
        }
        None
    }

    /// "in '98", "the summer of '69": a year without its century (the one a news reader
    /// means: 1931 to 2030).
    fn short_year(&self, i: usize) -> Option<Found> {
        if !self.is_any(i, &["'", "’"]) {
            return None;
        }
        let (Some(a), Some(b)) = (self.atoms.get(i), self.atoms.get(i + 1)) else {
            return None;
        };
        // "the '80s": the apostrophe goes with the decade.
        if let Lex::Decade(_) = b.lex {
            let inner = self
                .core(i + 1)
                .filter(|d| a.end == b.start && d.start == i + 1)?;
            return matches!(inner.val, Val::Decade(_)).then_some(Found { start: i, ..inner });
        }
        let Lex::Int(v, 2) = b.lex else {
            return None;
        };
        // "'27 companies reported": an opening quote, unless a preposition tells a year.
        let told = i > 0
            && (self.is_any(i - 1, PREP_MONTH) || matches!(self.lx(i - 1), Lex::Season(..)))
            || !self.atoms.get(i + 2).is_some_and(|a| a.word);
        if a.end != b.start
            || !told
            || matches!(self.lx(i + 2), Lex::Unit(..) | Lex::Int(..))
            || self.is_any(i + 2, &["%", "percent", "per", "times", "'", "’"])
        {
            return None;
        }
        let y = if v > 30 { 1900 + v } else { 2000 + v };
        f(i, i + 2, TimexType::Date, Val::Year(y as i32))
    }

    /// Month [day] [, year] | Month year | Month.
    fn month_date(&self, i: usize) -> Option<Found> {
        let Lex::Month(m) = self.lx(i) else {
            return None;
        };
        let word = self.s(i);
        let mut j = i + 1;
        // "Sept." tokens carry their stop; "Sept ." may not.
        if self.is(j, ".") && word.len() <= 4 {
            j += 1;
        }
        if let Some(d) = self.mday(j) {
            if !matches!(self.lx(j + 1), Lex::Unit(..)) && !self.is_any(j + 1, &["%"]) {
                let mut k = j + 1;
                if self.is(k, ",") {
                    k += 1;
                }
                if let Some(y) = self.year(k) {
                    return f(i, k + 1, TimexType::Date, Val::Day { y: Some(y), m, d });
                }
                // "May 13 next year", "June 16th of last year"
                if let Some(found) = self.day_in_year_told(i, j + 1, m, d) {
                    return Some(found);
                }
                if word.eq_ignore_ascii_case("may") && !self.cap(i) {
                    return None;
                }
                // "the Sept. 11 attacks": the day of 2001.
                if (m, d) == (9, 11) && self.has(j + 1, lexicon::SEPT_11) {
                    return f(i, j + 1, TimexType::Date, Val::Lit("2001-09-11"));
                }
                // "the March 8 Alliance", "the May 4th Movement": a name (not "On April 9
                // Coalition forces ...").
                if i > 0
                    && self.is(i - 1, "the")
                    && self.cap(j + 1)
                    && self.is_any(
                        j + 1,
                        &[
                            "Alliance",
                            "Movement",
                            "Coalition",
                            "Front",
                            "Brigade",
                            "Revolution",
                        ],
                    )
                {
                    return None;
                }
                return f(i, j + 1, TimexType::Date, Val::Day { y: None, m, d });
            }
        }
        let k = if self.is(j, "of") || self.is(j, ",") {
            j + 1
        } else {
            j
        };
        if let Some(sp) = self.spelled_year(k).filter(|_| self.cap(i)) {
            if let Val::Year(y) = sp.val {
                return f(i, sp.end, TimexType::Date, Val::Month { y: Some(y), m });
            }
        }
        if let Some(y) = self.year(k) {
            if word.eq_ignore_ascii_case("may") && !self.cap(i) {
                return None;
            }
            return f(i, k + 1, TimexType::Date, Val::Month { y: Some(y), m });
        }
        if let (Lex::Rel(n, false), Lex::Unit(Unit::Year, false)) = (self.lx(k), self.lx(k + 1)) {
            // "June last year", "March of next year"
            return f(
                i,
                k + 2,
                TimexType::Date,
                Val::MonthIn {
                    n: i32::from(n),
                    m,
                    d: 0,
                    told: false,
                },
            );
        }
        // "April of that year", "in May that year"
        if self.is(k, "that") && matches!(self.lx(k + 1), Lex::Unit(Unit::Year, false)) {
            let told = true;
            return f(
                i,
                k + 2,
                TimexType::Date,
                Val::MonthIn {
                    n: 0,
                    m,
                    d: 0,
                    told,
                },
            );
        }
        // "July 95" (a table's column): a year without its century.
        if let Lex::Int(v @ 32..=99, 2) = self.lx(j) {
            if self.cap(i) && !self.joined(j) {
                let y = 1900 + v as i32;
                return f(i, j + 1, TimexType::Date, Val::Month { y: Some(y), m });
            }
        }
        // "the December quarter" (Australian and Indian reports), "the April-June quarter":
        // the quarter ending then.
        let (last, k) = match (self.lx(j), self.lx(j + 1)) {
            (Lex::Month(m2), _) if self.joined(j) && self.cap(j) => (m2, j + 1),
            (_, Lex::Month(m2)) if self.is_any(j, &["-", "–"]) && self.cap(j + 1) => (m2, j + 2),
            _ => (m, j),
        };
        if self.cap(i) && self.is(k, "quarter") && last % 3 == 0 && (last == m || last == m + 2) {
            let q = last / 3;
            // ("the December quarter of 2022"; not "of FY26", a fiscal year that may
            // start in April)
            let of = usize::from(self.is(k + 1, "of"));
            if let (false, Some(y)) = (self.s(k + 1 + of).starts_with("FY"), self.year(k + 1 + of))
            {
                return f(
                    i,
                    k + 2 + of,
                    TimexType::Date,
                    Val::Quarter { y: Some(y), q },
                );
            }
            return f(i, k + 1, TimexType::Date, Val::Quarter { y: None, q });
        }
        // A month alone; not an abbreviation without its stop ("his wife Jan").
        let bare_abbreviation = !word.ends_with('.')
            && word.len() <= 4
            && !["may", "june", "july"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w));
        if !self.cap(i) || bare_abbreviation {
            return None;
        }
        // "during a May interview", "an August speech", "Apple's May event": the month as
        // a modifier.
        let modifier = i > 0
            && (self.is_any(i - 1, &["a", "an", "'s", "’s"]) || self.is_any(i - 1, POSSESSIVES))
            && self.atoms.get(i + 1).is_some_and(|a| a.word && !a.cap)
            // "the May election", "the June deadline", "the June jobs report"
            || i > 0
                && self.is(i - 1, "the")
                && (self.has(i + 1, lexicon::EVENT_NOUN)
                    || self.atoms.get(i + 1).is_some_and(|a| a.word)
                        && self.has(i + 2, lexicon::EVENT_NOUN)
                        && !self.cap(i + 2))
                && !self.cap(i + 1)
            // "The Nasdaq finished August with a gain"
            || i > 0
                && self.is_any(i - 1, &["finished", "ended", "closed", "began", "started"])
                && !self.cap(i - 1)
                && !matches!(self.lx(i + 1), Lex::Int(..));
        let prev_ok = i > 0 && (self.is_any(i - 1, PREP_MONTH) || self.joined(i))
            || modifier
            // ("as early as May", "as late as March")
            || i > 2
                && self.is(i - 1, "as")
                && self.is_any(i - 2, &["early", "late", "soon"])
                // (not a name and its verb: "as soon as May signs the letter")
                && (self.ends_clause(i + 1)
                    || self.year(i + 1).is_some()
                    || self.is_any(i + 1, &["and", "or", "next", "this", "if", "at", "when"]));
        let ambiguous = word.eq_ignore_ascii_case("may")
            || word.eq_ignore_ascii_case("march")
            || word.eq_ignore_ascii_case("august");
        if ambiguous && !prev_ok {
            return None;
        }
        // A name: "Theresa May", "May Day" (not "The May election").
        if i > 0
            && !modifier
            && self.cap(i - 1)
            && self.atoms.get(i - 1).is_some_and(|a| a.word)
            && !matches!(
                self.lx(i - 1),
                Lex::Month(_) | Lex::Weekday(_) | Lex::Mod(_) | Lex::Rel(..)
            )
            && !self.is_any(i - 1, PREP_MONTH)
        {
            return None;
        }
        if self.cap(i + 1)
            && self.atoms.get(i + 1).is_some_and(|a| a.word)
            && !self.joined(i + 1)
            && !matches!(self.lx(i + 1), Lex::Weekday(_) | Lex::Month(_))
        {
            return None;
        }
        // "from April to October": the end of the range follows its start.
        if i > 0 && self.is_any(i - 1, &["to", "through", "until", "till", "-", "–"]) {
            return f(i, i + 1, TimexType::Date, Val::MonthAfter { m });
        }
        // "hit by typhoons every year between July and October", "temperatures in May
        // routinely fall": a month of any year (unless a year is told).
        if self.habitual(i) {
            return f(i, i + 1, TimexType::Date, Val::Str(format!("XXXX-{m:02}")));
        }
        // "the November election", "November's general election": with no tense told,
        // an election named by its month is ahead (elections are announced).
        let k = if self.is_any(i + 1, &["'s", "’s"]) {
            i + 2
        } else {
            i + 1
        };
        let k = if self.is_any(k, &["general", "presidential", "midterm", "local"]) {
            k + 1
        } else {
            k
        };
        if self.is_any(
            k,
            &[
                "election",
                "elections",
                "vote",
                "ballot",
                "referendum",
                "polls",
            ],
        ) && !self.cap(k)
            && tense_of_cues(self, i, i + 1)
                .1
                .is_none_or(|c| reporting_frame(self, i + 1, c))
        {
            return Some(Found {
                tense: Some(Tense::Future),
                ..f(i, i + 1, TimexType::Date, Val::Month { y: None, m })?
            });
        }
        // "the April-June period", "the July-September quarter": a calendar quarter
        if self.is_any(i + 1, &["-", "–", "to"]) && self.is_any(i + 3, &["period", "quarter"]) {
            if let Lex::Month(m2) = self.lx(i + 2) {
                if m % 3 == 1 && m2 == m + 2 {
                    let (y, used) = match self.year_tail(i + 4) {
                        Some((Ok(y), u)) if self.is(i + 4, "of") => (Some(y), u),
                        _ => (None, 0),
                    };
                    return f(
                        i,
                        i + 4 + used,
                        TimexType::Date,
                        Val::Quarter { y, q: m2 / 3 },
                    );
                }
            }
        }
        // "December bonds", "the October contract": a futures month is the next one.
        // ("crude for November delivery" is; "its November delivery figures" are no
        // contract, and November may be this one)
        let futures = if self.is(i + 1, "delivery") {
            i > 0 && self.is(i - 1, "for") || self.has(i + 2, lexicon::CONTRACT)
        } else {
            !(i > 0 && self.is_any(i - 1, PREP_MONTH)) && self.has(i + 1, lexicon::CONTRACT)
        };
        if futures {
            return Some(Found {
                tense: Some(Tense::StrictFuture),
                ..f(i, i + 1, TimexType::Date, Val::Month { y: None, m })?
            });
        }
        // "from August to September 1914", "between June and August 2019": the range's
        // end tells the year of its start.
        if self.is_any(i + 1, &["to", "-", "–", "until", "through", "and"]) {
            if let Some(Val::Month { y: Some(y), m: m2 }) = self
                .month_date(i + 2)
                .filter(|e| e.start == i + 2)
                .map(|e| e.val)
            {
                let y = if m <= m2 { y } else { y - 1 };
                return f(i, i + 1, TimexType::Date, Val::Month { y: Some(y), m });
            }
        }
        f(i, i + 1, TimexType::Date, Val::Month { y: None, m })
    }

    /// Whether the clause of the month at atom `i` tells of what happens every year
    /// ("every year", "usually", "routinely") and the sentence names no year.
    fn habitual(&self, i: usize) -> bool {
        let n = self.atoms.len();
        let brk = |k: usize| self.is_any(k, &[",", ";", ":", "but"]);
        let lo = (0..i).rev().find(|&k| brk(k)).map_or(0, |k| k + 1);
        let hi = (i..n).find(|&k| brk(k)).unwrap_or(n);
        let cue_at = |k: usize| {
            // (not an adjective's: "the normally quiet town")
            self.is_any(
                k,
                &[
                    "usually",
                    "routinely",
                    "typically",
                    "traditionally",
                    "normally",
                    "annually",
                ],
            ) && !(k > 0 && self.is_any(k - 1, DETERMINERS))
                || self.is_any(k, &["every", "each"])
                    && matches!(
                        self.lx(k + 1),
                        Lex::Unit(Unit::Year, false) | Lex::Season(_, false)
                    )
        };
        // ("Every year, the festival is held in May": a habit fronted before its comma)
        let first = (0..n).find(|&k| brk(k)).unwrap_or(n);
        // (the phrase alone: not "Usually quiet, the town erupted")
        let fronted = first + 1 == lo
            && self.is(first, ",")
            && (first == 1 && cue_at(0)
                || first == 2 && self.is_any(0, &["every", "each"]) && cue_at(0));
        (fronted || (lo..hi).any(cue_at))
            && !(0..n).any(|k| {
                self.year(k).is_some()
                    || matches!(self.lx(k), Lex::Rel(..)) && matches!(self.lx(k + 1), Lex::Unit(..))
            })
            // ("... and this time they arrived early in May")
            && !(lo..hi)
                .any(|k| self.is(k, "this") && self.is(k + 1, "time") && !self.is(k + 2, "of"))
    }

    /// 19 May [2025] | the 19th of May.
    fn day_month(&self, i: usize) -> Option<Found> {
        let d = self.mday(i)?;
        let j = if self.is(i + 1, "of") { i + 2 } else { i + 1 };
        let Lex::Month(m) = self.lx(j) else {
            return None;
        };
        if !self.cap(j) {
            return None;
        }
        let mut k = j + 1;
        if self.is(k, ",") {
            k += 1;
        }
        if let Some(y) = self.year(k) {
            return f(i, k + 1, TimexType::Date, Val::Day { y: Some(y), m, d });
        }
        // "3 June next year", "16 June of last year"
        if let Some(found) = self.day_in_year_told(i, j + 1, m, d) {
            return Some(found);
        }
        // "the first July general election", "the first July weekend": the first of its
        // kind in a July, not the 1st ("the first of July" is)
        if j == i + 1
            && matches!(self.lx(i), Lex::Ord(_))
            && !self.s(i).starts_with(|c: char| c.is_ascii_digit())
            && self
                .atoms
                .get(j + 1)
                .is_some_and(|a| a.word && !a.cap && a.lex == Lex::None)
        {
            return None;
        }
        f(i, j + 1, TimexType::Date, Val::Day { y: None, m, d })
    }

    /// Day `d` of month `m` (atoms `i..k`) with "[of] next/last/this year" from atom `k`:
    /// "May 13 next year", "3 June of last year".
    fn day_in_year_told(&self, i: usize, k: usize, m: u8, d: u8) -> Option<Found> {
        let of = usize::from(self.is(k, "of"));
        let (Lex::Rel(n, false), Lex::Unit(Unit::Year, false)) =
            (self.lx(k + of), self.lx(k + 1 + of))
        else {
            return None;
        };
        let (n, told) = (i32::from(n), false);
        f(
            i,
            k + 2 + of,
            TimexType::Date,
            Val::MonthIn { n, m, d, told },
        )
    }

    /// Years, decades, ISO and slash dates, fiscal years, centuries.
    fn numeric(&self, i: usize) -> Option<Found> {
        use TimexType::Date;
        let prev_sym = i > 0 && {
            let p = self.s(i - 1);
            matches!(p, "$" | "#" | "£" | "€" | "No." | "no.") || p.ends_with('$')
        };
        match self.lx(i) {
            Lex::Iso(y, m, d) if (1..=12).contains(&m) && (1..=31).contains(&d) => f(
                i,
                i + 1,
                Date,
                Val::Day {
                    y: Some(i32::from(y)),
                    m,
                    d,
                },
            ),
            Lex::IsoTime(y, m, d, h, mi) if (1..=12).contains(&m) && (1..=31).contains(&d) => {
                Some(Found {
                    start: i,
                    end: i + 1,
                    kind: TimexType::Time,
                    val: Val::Day {
                        y: Some(i32::from(y)),
                        m,
                        d,
                    },
                    tod: Some(Tod::Clock(h, mi)),
                    tense: None,
                })
            }
            // "9/11": the attacks of 2001.
            // (A name: it anchors nothing told after it.)
            Lex::Slash(9, 11, _, 0) if !prev_sym && self.s(i) == "9/11" => {
                f(i, i + 1, Date, Val::Lit("2001-09-11"))
            }
            Lex::Slash(a, b, y, yn) => {
                if prev_sym || self.is(i + 1, "vote") || self.is(i + 1, "split") {
                    return None;
                }
                let (m, d) = if self.day_first || a > 12 {
                    (b, a)
                } else {
                    (a, b)
                };
                // (a day the month has, in some year: not "2/30", "4/31")
                if !(1..=12).contains(&m) || jiff::civil::Date::new(2000, m as i8, d as i8).is_err()
                {
                    return None;
                }
                let y = match yn {
                    4 => Some(i32::from(y)),
                    2 => Some(if y < 50 {
                        2000 + i32::from(y)
                    } else {
                        1900 + i32::from(y)
                    }),
                    // "5/19" alone only right after "on" (or a deadline's "by" or "until"
                    // with a day above 12, no fraction: "by 12/31", not "cut by 3/4").
                    _ if i > 0 && self.is(i - 1, "on") => None,
                    // (and not a price's sixteenths or thirty-seconds: "rose by 3/16")
                    _ if i > 0
                        && d > 12
                        && !matches!(b, 16 | 32)
                        && self.is_any(i - 1, &["by", "until", "till", "before"]) =>
                    {
                        None
                    }
                    _ => return None,
                };
                f(i, i + 1, Date, Val::Day { y, m, d })
            }
            // "file their 1040s": forms; a decade that early comes with its "the" ("the
            // 1040s", "the early 1040s")
            Lex::Decade(v)
                if (1000..1500).contains(&v)
                    && !(i > 0
                        && (self.is(i - 1, "the") || matches!(self.lx(i - 1), Lex::Mod(_)))) =>
            {
                None
            }
            Lex::Decade(v) => {
                // "in their 30s" is an age, and so is "in their 60s and 70s".
                let age_at = |k: usize| {
                    k > 0
                        && (self.is_any(k - 1, POSSESSIVES)
                            || k > 1
                                && matches!(self.lx(k - 1), Lex::Mod(_))
                                && self.is_any(k - 2, POSSESSIVES))
                };
                let age = v < 100
                    && (age_at(i)
                        || (1..=2).any(|m| {
                            // ("in their late 60s and early 70s": the joining word at c)
                            let c = i.saturating_sub(m);
                            c > 0
                                && (m == 1 || matches!(self.lx(i - 1), Lex::Mod(_)))
                                && self.is_any(c, &["and", "or", "to", "-", "–"])
                                && matches!(self.lx(c - 1), Lex::Decade(w) if w < 100)
                                && age_at(c - 1)
                        }));
                // "the low-50s", "the upper 30s", "the low to mid 40s": a rate, not a decade.
                let rate = v < 100
                    && i > 0
                    && (self.is_any(i - 1, RATE_MODS)
                        || i > 2
                            && matches!(self.lx(i - 1), Lex::Mod(_))
                            && self.is_any(i - 2, &["to", "-", "–"])
                            && (self.is_any(i - 3, RATE_MODS)
                                || i > 3
                                    && matches!(self.lx(i - 3), Lex::Decade(_))
                                    && self.is_any(i - 4, RATE_MODS)));
                // "remains in the 30s in polls", "approval in the mid-20s": a share or a
                // reading told in the same clause, close by.
                let reading = v < 100
                    && !(i > 0 && self.is_any(i - 1, &["'", "’"]))
                    && (i.saturating_sub(5)..(i + 6).min(self.atoms.len())).any(|k| {
                        self.is_any(
                            k,
                            &[
                                "percent",
                                "%",
                                "poll",
                                "polls",
                                "polling",
                                "approval",
                                "points",
                                "degrees",
                                "temperature",
                                "temperatures",
                                "°",
                            ],
                        ) && !(k.min(i)..k.max(i)).any(|c| self.is_any(c, &[",", ";"]))
                    });
                // "unemployment is in the mid-30s" (not "Inflation was rampant in the 70s")
                let reading = reading
                    || v < 100
                        && i > 0
                        && matches!(self.lx(i - 1), Lex::Mod(_))
                        && (i.saturating_sub(6)..i)
                            .any(|k| self.is_any(k, &["unemployment", "rate", "rates", "ratings"]))
                        // (told in the present: "Mortgage rates peaked in the early 80s" is
                        // a decade)
                        && (i.saturating_sub(5)..i).any(|k| {
                            self.is_any(k, &["is", "are", "remains", "remain", "stands", "hovers"])
                        });
                // "highs in the 60s", "lows into the upper 20s": a temperature (not "music
                // from the 60s hit new highs").
                let temperature = v < 100
                    && (i.saturating_sub(4)..i).any(|k| {
                        self.is_any(k, &["highs", "lows"])
                            && (k + 1..i).all(|c| {
                                self.is_any(
                                    c,
                                    &[
                                        "in", "into", "the", "upper", "lower", "mid", "low",
                                        "high", "-",
                                    ],
                                )
                            })
                    });
                if prev_sym || age || rate || reading || temperature {
                    return None;
                }
                f(i, i + 1, Date, centuryish(v))
            }
            // "the 1980's", "the 90's": a decade written with an apostrophe.
            Lex::Int(v, n @ (2 | 4))
                if v % 10 == 0
                    && (n == 2 || (1000..=2100).contains(&v))
                    && i > 0
                    && (self.is(i - 1, "the")
                        || matches!(self.lx(i - 1), Lex::Mod(_))
                            && !(i > 1 && self.is_any(i - 2, POSSESSIVES)))
                    && self.is_any(i + 1, &["'s", "’s"])
                    && self
                        .atoms
                        .get(i + 1)
                        .is_some_and(|a| self.atoms.get(i).is_some_and(|b| b.end == a.start)) =>
            {
                f(i, i + 2, Date, centuryish(v))
            }
            // "(0050 GMT)", "by 1350 GMT": a clock time, not a year; so are "by 1700 hours"
            // and "at 0414 local time" (but "worked 1700 hours" is a length).
            Lex::Int(v, 4)
                if matches!(self.lx(i + 1), Lex::Tz)
                    || i > 0
                        && self.is_any(i - 1, CLOCK_CUES)
                        && (self.is_any(i + 1, &["hours", "hrs"])
                            || self.is(i + 1, "local") && self.is(i + 2, "time")) =>
            {
                let end =
                    if matches!(self.lx(i + 1), Lex::Tz) || self.is_any(i + 1, &["hours", "hrs"]) {
                        i + 2
                    } else {
                        i + 1
                    };
                // "10:35 a.m. (0735 GMT)": the time told again in another zone.
                let again = i > 1
                    && self.is(i - 1, "(")
                    && (matches!(self.lx(i - 2), Lex::Ampm(_) | Lex::Clock(..) | Lex::Tz)
                        || self.is(i - 2, "time"));
                if v % 100 >= 60 || v / 100 > 24 || again {
                    return None;
                }
                // "by 1700 hours on Friday": the day told just after.
                let val = self.day_after(end).unwrap_or(Val::Anchor);
                Some(Found {
                    start: i,
                    end,
                    kind: TimexType::Time,
                    val,
                    tod: Some(Tod::Clock((v / 100) as u8, (v % 100) as u8)),
                    tense: None,
                })
            }
            Lex::Int(..) => {
                let y = self.year(i)?;
                // "the 2024-25 budget", "the 1998-99 season": a fiscal, school or sports
                // year, told by the year it begins in.
                if self.joined(i + 1)
                    && matches!(self.lx(i + 1), Lex::Int(v, 2) if v as i32 == (y + 1) % 100)
                    && !self.joined(i + 2)
                    && !(i > 0 && self.joined(i))
                    // (not a document's number: "Resolution 2024-25")
                    && !(i > 0
                        && self.cap(i - 1)
                        && self.atoms.get(i - 1).is_some_and(|a| a.word)
                        && !self.is_any(i - 1, DETERMINERS)
                        && !self.is_any(i - 1, PREP_MONTH))
                {
                    return f(i, i + 2, Date, Val::Year(y));
                }
                // "2019-2021": a range of years, each one a year
                let range = self.joined(i + 1) && self.year(i + 1).is_some();
                // "212-859-1761", "(212) 555-1999": the last group of a phone number.
                let phone =
                    i > 0 && self.joined(i) && matches!(self.lx(i - 1), Lex::Int(_, n) if n != 4);
                if prev_sym
                    || phone
                    || (self.joined(i + 1) && !range)
                    || self.is_any(i + 1, &["%", ":"])
                        && self
                            .atoms
                            .get(i + 1)
                            .is_some_and(|a| self.atoms.get(i).is_some_and(|b| a.start == b.end))
                        // ("Late 2024: Costs climb", a timeline's entry)
                        && !(self.is(i + 1, ":")
                            && (i == 0 || i == 1 && matches!(self.lx(0), Lex::Mod(_)))
                            && !self.joined(i + 2)
                            && self.atoms.get(i + 2).is_some_and(|a| a.word))
                {
                    return None;
                }
                if self.is_any(i + 1, NOT_YEAR_NEXT)
                    || (!range && matches!(self.lx(i + 1), Lex::Unit(..) | Lex::Int(..) | Lex::Tz))
                    || (i > 0 && self.has(i - 1, lexicon::NOT_YEAR_PREV))
                    // "Euro 2024 kicks off", "Expo 2025" (not the currency: "the euro 2024
                    // low")
                    || (i > 0
                        && self.cap(i - 1)
                        && self.is_any(
                            i - 1,
                            &["Euro", "Expo", "Vision", "Agenda", "Mars", "ExoMars", "Russell"],
                        ))
                    // a catalogue's designation: "the asteroid 2004 RK33", "2014 MU69"
                    || self.atoms.get(i + 1).is_some_and(|a| {
                        let w = self.s(i + 1);
                        a.word
                            && w.len() <= 8
                            && w.bytes().take(2).all(|b| b.is_ascii_uppercase())
                            && w.bytes().skip(2).all(|b| b.is_ascii_digit())
                            && w.bytes().any(|b| b.is_ascii_digit())
                    })
                    // a software release: "Windows 2000", "Office 2016", "SQL Server 2008"
                    // (not "the Foreign Office 2016 review": an office named before it)
                    || (i > 0
                        && self.cap(i - 1)
                        && (self.is_any(i - 1, &["Windows", "Excel", "Outlook", "Photoshop"])
                            || self.is_any(i - 1, &["Office", "Server", "Studio"])
                                && (i < 2
                                    || !self.cap(i - 2)
                                    || self.is_any(
                                        i - 2,
                                        &["Microsoft", "SQL", "Windows", "Visual", "Exchange"],
                                    ))))
                    // "at 1600 Pennsylvania Avenue" (but not "In 1986, the Supreme Court",
                    // "in 1990 Supreme Court justices")
                    || !(i > 0 && self.is_any(i - 1, &["in", "since", "until"]))
                        && (i + 1..i + 4).any(|k| {
                        self.has(k + 1, lexicon::STREET)
                            && (i + 1..=k).all(|c| {
                                self.cap(c) && self.atoms.get(c).is_some_and(|a| a.word)
                            })
                    })
                {
                    return None;
                }
                let after_prep = i > 0 && self.is_any(i - 1, &["in", "since", "of", "by", "until"]);
                if !((1500..=2100).contains(&y) || after_prep) {
                    return None;
                }
                f(i, i + 1, Date, Val::Year(y))
            }
            // (not "his ninth century in one-day cricket": a hundred runs)
            Lex::Ord(c)
                if (1..=21).contains(&c)
                    && self.is(i + 1, "century")
                    && !(i > 0 && self.is_any(i - 1, &["his", "her"])) =>
            {
                f(i, i + 2, Date, Val::Century(c as i32 - 1))
            }
            _ if self.is(i, "fiscal") => {
                if let Some(y) = self.year(i + 1) {
                    return f(i, i + 2, Date, Val::Year(y));
                }
                if let Lex::Int(v, 2) = self.lx(i + 1) {
                    let y = if v < 50 { 2000 + v } else { 1900 + v } as i32;
                    return f(i, i + 2, Date, Val::Year(y));
                }
                None
            }
            _ => None,
        }
    }

    /// Weekday [morning] | Weekday, Month day | Mondays.
    fn weekday(&self, i: usize) -> Option<Found> {
        let wd = match self.lx(i) {
            Lex::Weekday(w) => w,
            // (not "a TGI Fridays")
            Lex::Weekdays(_) if i > 0 && self.cap(i - 1) && self.has(i - 1, lexicon::DAY_NAME) => {
                return None;
            }
            Lex::Weekdays(w) => {
                // "airs Thursdays at 9:30 p.m.": the weekly slot, one set
                if self.is(i + 1, "at") {
                    if let Some(t) = self.time(i + 2).filter(|t| {
                        t.start == i + 2
                            && matches!(t.val, Val::Anchor)
                            && t.kind == TimexType::Time
                    }) {
                        if let Some(Tod::Clock(h, mi)) = t.tod {
                            let v = format!("XXXX-WXX-{w}T{h:02}:{mi:02}");
                            return f(i, t.end, TimexType::Set, Val::Str(v));
                        }
                    }
                }
                return f(i, i + 1, TimexType::Set, Val::Str(format!("XXXX-WXX-{w}")));
            }
            _ => return None,
        };
        if !self.cap(i) || self.some_weekday(i) {
            return None;
        }
        // "further from the Sun.": the star, not an abbreviated Sunday
        if i > 0 && self.is(i - 1, "the") && self.is_any(i, &["Sun", "Sun."]) {
            return None;
        }
        // "Black Friday", "Super Tuesday", "Fox News Sunday": names; "The Sunday Times",
        // "the Mail on Sunday": newspapers.
        if i > 0
            && self.cap(i - 1)
            && self.has(i - 1, lexicon::DAY_NAME)
            // ("in Sheffield Wednesday afternoon": Sheffield, Alabama, on Wednesday)
            && !(self.is(i - 1, "Sheffield")
                && (matches!(self.lx(i + 1), Lex::Pod(..))
                    || i > 1 && self.is_any(i - 2, &["in", "through", "near"])))
            || self.cap(i + 1)
                && self.has(i + 1, lexicon::NEWSPAPER)
                // (not "the Sunday World Cup final")
                && !self.is_any(i + 2, &["Cup", "Series", "Championship", "Championships"])
            || i > 1 && self.is(i - 1, "on") && self.s(i - 2) == "Mail"
            // "Tuesday Morning Corp.", "Sunday Night Inc.": companies
            || self.cap(i + 1)
                && matches!(self.lx(i + 1), Lex::Pod(..))
                && self.is_any(
                    i + 2,
                    &["Corp", "Corp.", "Inc", "Inc.", "Co", "Co.", "Ltd", "Ltd.", "LLC", "plc"],
                )
            // "Saturday Night Live", "Monday Night Football": shows
            || self.cap(i + 1)
                && self.is_any(i + 1, &["Night", "Morning", "Nights"])
                && self.cap(i + 2)
                && self.is_any(
                    i + 2,
                    &[
                        "Live", "Football", "Baseball", "Raw", "Lights", "Fever", "Fights",
                        "Massacre", "Smackdown", "Nitro", "Countdown",
                    ],
                )
            // "Actress Tuesday Weld": a name between capitalised words
            || i > 0
                && self.cap(i - 1)
                && self.atoms.get(i - 1).is_some_and(|a| a.word && a.lex == Lex::None)
                && !self.is_any(i - 1, PREP_MONTH)
                && self.cap(i + 1)
                && self.atoms.get(i + 1).is_some_and(|a| a.word && a.lex == Lex::None)
                && !self.has(i + 1, lexicon::NEWSPAPER)
                // (not a headline's "Putin Meets Trump Tuesday In Helsinki")
                && !self.is_any(i + 1, PREP_MONTH)
                && !self.is_any(i + 1, &["As", "With", "Amid", "Over", "Night", "Evening"])
            // "on Sunday Creek Road", "Monday Road": a street's name (not "On Monday Wall
            // Street stocks", "said Monday Downing Street", "Sunday St. Louis officers",
            // "Monday After Road Washout")
            || self.cap(i + 1) && self.is_any(i + 1, ROAD_WORDS)
            || self.cap(i + 1)
                && self.atoms.get(i + 1).is_some_and(|a| a.word)
                && !self.is_any(i + 1, PREP_MONTH)
                && self.cap(i + 2)
                && self.is_any(i + 2, ROAD_WORDS)
            // "Sunday trading laws", "Sunday working rules": a kind of thing
            // (but "slid 5% in Sunday trading" is that day's market)
            || self.is(i, "Sunday")
                && self.is_any(i + 1, &["trading", "working", "opening", "shopping"])
                && !(i > 0 && self.is_any(i - 1, &["in", "during", "early", "late", "on"]))
            // "several Sunday papers", "Saturday Magazine"
            || self.is_any(
                i + 1,
                &[
                    "papers",
                    "paper",
                    "newspapers",
                    "newspaper",
                    "magazine",
                    "supplement",
                    "edition",
                    "editions",
                ],
            )
        {
            return None;
        }
        let mut j = i + 1;
        let bracket = self.is(j, "(");
        if self.is(j, ",") || bracket {
            j += 1;
        }
        if let Some(md) = self.month_date(j).or_else(|| self.day_month(j)) {
            // ("Saturday, June 7 this year"; "next Friday (Sept. 6)": the date says which)
            if matches!(md.val, Val::Day { .. } | Val::MonthIn { d: 1.., .. }) {
                let end = md.end + usize::from(bracket && self.is(md.end, ")"));
                // ("the season ends on Sunday 24 May": the year where it is a Sunday)
                let val = match md.val {
                    Val::Day { y: None, m, d } => Val::DayOn { m, d, wd },
                    v => v,
                };
                return Some(Found {
                    start: i,
                    end,
                    val,
                    ..md
                });
            }
        }
        // "will meet again on Tuesday next" (British): the coming Tuesday; not "Tuesday
        // next week", which is told elsewhere
        if self.is(i + 1, "next")
            && !matches!(self.lx(i + 2), Lex::Unit(..) | Lex::Pod(..) | Lex::Month(_))
            && !self.atoms.get(i + 2).is_some_and(|a| {
                a.word
                    && !self.cap(i + 2)
                    && !self.is_any(i + 2, &["and", "or", "but", "when", "at", "in"])
            })
        {
            return f(i, i + 2, TimexType::Date, Val::Weekday { wd, dir: 1 });
        }
        // "from Monday to Friday": the end of a range comes after its start.
        let range_end = i > 1
            && self.is_any(i - 1, &["to", "until", "till", "through", "thru", "-", "–"])
            && matches!(self.lx(i - 2), Lex::Weekday(_));
        let val = if range_end {
            Val::AnchoredWeekday { wd, dir: 1 }
        } else {
            Val::Weekday { wd, dir: 0 }
        };
        if let Lex::Pod(p, plural) = self.lx(i + 1) {
            if plural {
                return f(
                    i,
                    i + 2,
                    TimexType::Set,
                    Val::Str(format!("XXXX-WXX-{wd}T{}", pod(p))),
                );
            }
            return part_of(i, i + 2, val, p);
        }
        f(i, i + 1, TimexType::Date, val)
    }

    /// yesterday/today/tomorrow [morning], tonight, overnight.
    fn deictic(&self, i: usize) -> Option<Found> {
        match self.lx(i) {
            Lex::Deictic(n) => {
                // "today's world", "the people of tomorrow": generic, not dates; "today's
                // vote" is one.
                if n == 0
                    && self.is_any(i + 1, &["'s", "’s"])
                    && (i + 2..i + 5).any(|k| self.has(k, lexicon::GENERIC))
                {
                    return None;
                }
                // (nor the film's "The Day After Tomorrow")
                if i > 0 && self.is(i - 1, "of") && n == 1
                    || n == 0 && self.title_word(i)
                    // (a programme: "the BBC's Today programme", "on the Today show")
                    || i > 0
                        && self.cap(i)
                        && self.is_any(
                            i + 1,
                            &["programme", "program", "show", "newspaper", "magazine"],
                        )
                    || n == 1 && self.cap(i) && i > 0 && self.cap(i - 1) && self.is(i - 1, "After")
                {
                    return None;
                }
                // "racial struggles, which, even today, inflame the streets": these days
                // (not "not even today", nor one told in the past: "and even today the
                // selling continued")
                if n == 0
                    && i > 0
                    && self.is(i - 1, "even")
                    && !(i > 1 && self.is(i - 2, "not"))
                    && !matches!(self.lx(i + 1), Lex::Pod(..))
                    && !self.is_any(i + 1, &["'s", "’s"])
                    && !(i + 1..(i + 8).min(self.atoms.len()))
                        .take_while(|&k| !self.is_any(k, &[",", ";"]))
                        .any(|k| {
                            self.has(k, lexicon::PAST) || self.s(k).ends_with("ed") && !self.cap(k)
                        })
                {
                    return f(i, i + 1, TimexType::Date, Val::Lit("PRESENT_REF"));
                }
                if let Lex::Pod(p, false) = self.lx(i + 1) {
                    return part_of(i, i + 2, Val::DayOff(i32::from(n)), p);
                }
                f(i, i + 1, TimexType::Date, Val::DayOff(i32::from(n)))
            }
            // "overnight losses in New York": the night before the day last told (TimeBank);
            // "results are expected overnight": the coming night; "Overnight, crews ...",
            // "fell overnight.": an adverb.
            Lex::Overnight if !self.joined(i + 1) => {
                // "the heaviest snow is expected overnight Wednesday", "overnight on
                // Sunday": that day's night
                let w = i + 1 + usize::from(self.is(i + 1, "on"));
                let day = self
                    .weekday(w)
                    .filter(|d| self.is_weekday(w) && d.end == w + 1 && d.tod.is_none());
                if let Some(d) = day {
                    return Some(Found {
                        start: i,
                        kind: TimexType::Time,
                        tod: Some(Tod::Part(3)),
                        ..d
                    });
                }
                // "an overnight stay", "the overnight rate": a kind of thing, no night
                if i > 0 && self.is_any(i - 1, &["a", "an"])
                    || self.is_any(
                        i + 1,
                        &[
                            "rate",
                            "rates",
                            "stay",
                            "stays",
                            "bag",
                            "bags",
                            "lending",
                            "repo",
                            "call",
                            "interbank",
                            "index",
                            "swap",
                            "swaps",
                        ],
                    )
                {
                    return None;
                }
                Some(Found {
                    start: i,
                    end: i + 1,
                    kind: TimexType::Time,
                    val: Val::Overnight {
                        adverb: !self.atoms.get(i + 1).is_some_and(|a| a.word)
                            || self.is_any(
                                i + 1,
                                &[
                                    "to", "and", "as", "in", "on", "at", "after", "before", "while",
                                ],
                            ),
                    },
                    tod: Some(Tod::Part(3)),
                    tense: None,
                })
            }
            // "rose 3.1 percent in morning trading": that day's morning (TimeBank leaves
            // "early trading" untagged)
            Lex::Pod(p @ 0..=1, false)
                if i > 0 && self.is(i - 1, "in") && self.is(i + 1, "trading") =>
            {
                // (the reference day's, unless the sentence names its day: "On Friday,
                // shares fell in afternoon trading"; one named after it is left alone:
                // "in afternoon trading in Tokyo on Friday")
                let day_word = |k: usize| {
                    self.is_weekday(k) || matches!(self.lx(k), Lex::Deictic(_) | Lex::Month(_))
                };
                // ("as investors awaited Thursday's report" names another day's thing)
                if (i + 1..self.atoms.len())
                    .any(|k| day_word(k) && !self.is_any(k + 1, &["'s", "’s"]))
                {
                    return None;
                }
                let day_told = (0..i).any(day_word);
                Some(Found {
                    start: i,
                    end: i + 1,
                    kind: TimexType::Time,
                    val: if day_told {
                        Val::Anchor
                    } else {
                        Val::DayOff(0)
                    },
                    tod: Some(Tod::Part(p)),
                    tense: None,
                })
            }
            Lex::Tonight if self.title_word(i) => None,
            // ("on \"The Tonight Show\"")
            Lex::Tonight if self.cap(i) && self.is(i + 1, "Show") => None,
            Lex::Tonight => Some(Found {
                start: i,
                end: i + 1,
                kind: TimexType::Time,
                val: Val::DayOff(0),
                tod: Some(Tod::Part(3)),
                tense: None,
            }),
            _ => None,
        }
    }

    /// "USA Today", "Larry King Now", "Americans for Peace Now", "the Future Party": a
    /// capitalised "today", "now", "tonight" or "future" inside a sentence is a title, when
    /// it follows a capitalised word or comes before one (but not in a headline's run of
    /// capitals, "Stocks Rally Today As Fed Cuts", nor a line in capitals).
    fn title_word(&self, i: usize) -> bool {
        let shout = |k: usize| {
            let w = self.s(k);
            w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase())
        };
        let word = |k: usize| self.atoms.get(k).is_some_and(|a| a.word);
        // After "Co." a sentence may have ended unseen.
        if i == 0
            || !self.cap(i)
            || shout(i) && shout(i + 1)
            || !word(i - 1)
            || self.s(i - 1).ends_with('.')
            || !self.is_any(i, &["today", "now", "tonight", "future"])
        {
            return false;
        }
        let next_cap = word(i + 1) && self.cap(i + 1);
        if self.cap(i - 1) {
            shout(i - 1) && self.s(i - 1).len() <= 5 || !next_cap
        } else {
            next_cap
        }
    }

    /// last/this/next + unit/weekday/month/season/part of day; "that day".
    /// "last" as a verb: "will last 72 hours", "expected to last two days".
    fn last_verb(&self, i: usize) -> bool {
        self.is(i, "last")
            && i > 0
            && (self.is_any(i - 1, MODALS)
                || self.is_any(i - 1, &["to", "did", "does", "didn't", "not"]))
    }

    fn rel(&self, i: usize) -> Option<Found> {
        use TimexType::*;
        // "prior-year" is read as "year-earlier" ([`G::year_ago`]); "on a last night" (of a
        // show's run) is no date.
        if self.last_verb(i)
            || self.is(i, "prior") && self.joined(i + 1) && self.is(i + 1, "year")
            || i > 0 && self.is(i, "last") && self.is_any(i - 1, &["a", "an"])
            // "warned that Year 11 pupils": a school year
            || self.is(i + 1, "Year")
                && self.cap(i + 1)
                && matches!(self.lx(i + 2), Lex::Int(..) | Lex::Num(_))
            // "Following Wednesday's decision": a preposition ("the following Wednesday"
            // is a day)
            || self.is(i, "following")
                && !(i > 0 && self.is(i - 1, "the"))
                && self.is_weekday(i + 1)
                && self.is_any(i + 2, &["'s", "’s"])
        {
            return None;
        }
        let (n, anchored) = match self.lx(i) {
            // "came into force the next year": the year after the one told, as "the
            // following year"; "over the next year" looks ahead from today.
            Lex::Rel(1, false)
                if self.is(i, "next")
                    && i > 0
                    && self.is(i - 1, "the")
                    && !(i > 1
                        && self.is_any(
                            i - 2,
                            &[
                                "over",
                                "in",
                                "during",
                                "within",
                                "for",
                                "through",
                                "throughout",
                            ],
                        )) =>
            {
                (1, true)
            }
            Lex::Rel(n, a) => (n, a),
            _ if self.is(i, "that") => (0, true),
            _ => return None,
        };
        let mut j = i + 1;
        // "in the last fortnight", "within the next fortnight": a length (two weeks are
        // no calendar unit).
        if matches!(self.lx(j), Lex::Unit(Unit::Fortnight, false))
            && i > 0
            && self.is(i - 1, "the")
            && self.is_any(i, &["past", "last", "next", "coming"])
            // (not "the last fortnight of June")
            && !self.is(j + 1, "of")
        {
            return f(i, j + 1, Duration, Val::Lit("P2W"));
        }
        // "over the past decade", "the next decade": a span of ten years (not "in the last
        // decade", the decade before this one, as TimeBank writes it).
        if matches!(self.lx(j), Lex::Unit(Unit::Decade, false))
            && self.is_any(i, &["past", "last", "next", "coming"])
        {
            let k = if i > 0 && self.is(i - 1, "the") {
                i - 1
            } else {
                i
            };
            // ("the droughts of the past decade", "much of the past decade", "the next
            // decade": a span too, as blind annotators wrote it six times in six)
            if self.is(j + 1, "and") && self.is(j + 2, "a") && self.is(j + 3, "half") {
                // "the past decade and a half"
                return f(i, j + 4, Duration, Val::Lit("P15Y"));
            }
            // "the last decade of the 19th century": a decade of that century, not the one
            // before this (the century is tagged on its own)
            if self.is(j + 1, "of") {
                return None;
            }
            if self.is_any(i, &["past", "next", "coming"])
                || k > 0 && self.is_any(k - 1, &["over", "during", "throughout", "within", "for"])
            {
                return f(i, j + 1, Duration, Val::Lit("P10Y"));
            }
        }
        // "the past year and a half": a length.
        if let Lex::Unit(u, false) = self.lx(j) {
            if self.is_any(i, &["past", "last", "next", "coming"])
                && self.is(j + 1, "and")
                && self.is(j + 2, "a")
                && self.is(j + 3, "half")
            {
                if let Some(v) = half_duration(1, u) {
                    return f(i, j + 4, Duration, Val::Str(v));
                }
            }
        }
        // "this past spring", "this coming Sunday": the one before / after.
        let mut n = n;
        if self.is(i, "this") && self.is_any(j, &["past", "coming"]) {
            n = if self.is(j, "past") { -1 } else { 1 };
            j += 1;
        }
        // "the same day", "the same evening": as "that day"
        let that = self.is(i, "that")
            || self.is(i, "same")
                && matches!(
                    self.lx(i + 1),
                    Lex::Unit(Unit::Day, false) | Lex::Pod(_, false)
                );
        // "that same day"
        if that && self.is(j, "same") {
            j += 1;
        }
        let fiscal = self.is(j, "fiscal");
        if fiscal {
            j += 1;
        }
        let n = i32::from(n);
        let next_like = self.is(i, "next");
        // "This Week", "CBS This Morning" (titles) mid-sentence.
        if i > 0 && self.cap(i) && self.cap(j) && matches!(self.lx(j), Lex::Unit(..) | Lex::Pod(..))
        {
            return None;
        }
        match self.lx(j) {
            // "next Easter", "last Christmas": the one after or before today's; "this
            // Christmas": this year's.
            Lex::Holiday(..) if !that && !anchored && (n != 0 || self.is(i, "this")) => {
                let h = self.holiday(j).filter(|h| h.start == j)?;
                let tense = match n {
                    1.. => Tense::StrictFuture,
                    0 => Tense::Same,
                    _ => Tense::StrictPast,
                };
                Some(Found {
                    start: i,
                    tense: Some(tense),
                    ..h
                })
            }
            Lex::Unit(Unit::Year, false)
                if !that && !anchored && self.is_any(j + 1, &["'s", "’s"]) =>
            {
                // this year's third quarter, last year's quarter
                let k = j + 2;
                if let Lex::Ord(q) = self.lx(k) {
                    if self.is_any(k + 1, &["quarter", "half"]) {
                        let mut found = self.qh(i, k + 2, None, q, self.is(k + 1, "half"))?;
                        found.val = match found.val {
                            Val::Quarter { q, .. } => Val::QuarterIn(n, q),
                            v => v,
                        };
                        found.tense = Some(tense_of(n));
                        return Some(found);
                    }
                }
                if self.is_any(k, &["quarter", "period"]) {
                    return f(i, k + 1, Date, Val::QuarterIn(n, 0));
                }
                f(
                    i,
                    j + 1,
                    Date,
                    Val::Shift {
                        unit: Unit::Year,
                        n,
                        anchored: false,
                        ago: false,
                    },
                )
            }
            Lex::Unit(u, false) => {
                if that
                    && !matches!(
                        u,
                        Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Quarter
                    )
                {
                    return None;
                }
                // "the next day" is the day after the one just told; "next year" is not.
                let anchored = anchored
                    || that
                    || (next_like && matches!(u, Unit::Day) && i > 0 && self.is(i - 1, "the"));
                let n = if that { 0 } else { n };
                if matches!(u, Unit::Day) && !anchored {
                    return None;
                }
                if matches!(u, Unit::Second | Unit::Minute | Unit::Hour) {
                    return None;
                }
                f(
                    i,
                    j + 1,
                    Date,
                    Val::Shift {
                        unit: u,
                        n,
                        anchored,
                        ago: false,
                    },
                )
            }
            // ("the previous Saturday, 16 May": the date says which, too)
            Lex::Weekday(wd)
                if !that
                    && self.weekday(j).is_some_and(|w| {
                        w.end > j + 1
                            && (!anchored || matches!(w.val, Val::Day { .. } | Val::DayOn { .. }))
                    }) =>
            {
                // ("last Tuesday evening": the direction still counts)
                let val = Val::Weekday {
                    wd,
                    dir: if n == 0 { THIS_WEEK } else { n as i8 },
                };
                Some(self.weekday_told(i, self.weekday(j)?, val))
            }
            // "The protest began on March 1. That Friday, police moved in": the first Friday
            // from the day told (not "said that Friday was the deadline").
            Lex::Weekday(wd)
                if self.is(i, "that")
                    && self.cap(j)
                    && !self.is_any(j + 1, &["'s", "’s"])
                    && (i == 0
                        || self.is_any(
                            i - 1,
                            &[
                                "on", "by", "until", "till", "since", "before", "after", "from",
                            ],
                        )) =>
            {
                let val = Val::AnchoredWeekday { wd, dir: 0 };
                Some(self.weekday_told(i, self.weekday(j)?, val))
            }
            Lex::Weekday(wd) if !that => {
                let val = if anchored {
                    Val::AnchoredWeekday { wd, dir: n as i8 }
                } else {
                    Val::Weekday {
                        wd,
                        dir: if n == 0 { THIS_WEEK } else { n as i8 },
                    }
                };
                // "the following Wednesday night": that day's night
                if let Lex::Pod(p, false) = self.lx(j + 1) {
                    return part_of(i, j + 2, val, p);
                }
                f(i, j + 1, Date, val)
            }
            Lex::Month(m) if !that && !anchored && self.cap(j) => {
                // "the upcoming Jan. 9, 2005 election": the year told wins.
                if let Some(md) = self.month_date(j).filter(|md| {
                    matches!(
                        md.val,
                        Val::Day { y: Some(_), .. } | Val::Month { y: Some(_), .. }
                    )
                }) {
                    return Some(Found { start: i, ..md });
                }
                if let Some(d) = self.mday(j + 1) {
                    return Some(Found {
                        start: i,
                        end: j + 2,
                        kind: Date,
                        val: Val::Day { y: None, m, d },
                        tod: None,
                        tense: Some(tense_of(n)),
                    });
                }
                Some(Found {
                    start: i,
                    end: j + 1,
                    kind: Date,
                    val: Val::Month { y: None, m },
                    tod: None,
                    tense: Some(match n {
                        -1 => Tense::StrictPast,
                        1 => Tense::StrictFuture,
                        _ => Tense::Same,
                    }),
                })
            }
            // "that summer", "the following spring": of the year told last.
            Lex::Season(s, false) if anchored => {
                f(i, j + 1, Date, Val::SeasonTold { s, n: n as i8 })
            }
            Lex::Season(s, false) => f(
                i,
                j + 1,
                Date,
                Val::Season {
                    y: None,
                    s,
                    n: Some(n as i8),
                },
            ),
            // "that night", "later that evening": the day last told, a TIME with its part
            // of day (as TimeBank types "this morning" and "the morning").
            // Not "that morning session": a noun may not follow.
            Lex::Pod(p, false)
                if that
                    && !self.joined(j + 1)
                    && (!self.atoms.get(j + 1).is_some_and(|a| a.word)
                        || self.cap(j + 1)
                        || self.is_any(
                            j + 1,
                            &[
                                "he", "she", "they", "we", "i", "it", "the", "a", "an", "his",
                                "her", "their",
                            ],
                        )) =>
            {
                part_of(
                    i,
                    j + 1,
                    Val::Shift {
                        unit: Unit::Day,
                        n: 0,
                        anchored: true,
                        ago: false,
                    },
                    p,
                )
            }
            Lex::Pod(p, false) if !anchored => {
                // this morning, last night
                let off = if n < 0 && p == 3 { -1 } else { 0 };
                if n > 0 {
                    return None;
                }
                part_of(i, j + 1, Val::DayOff(off), p)
            }
            Lex::Ord(q) if self.is(j + 1, "quarter") && !that => self.qh(i, j + 2, None, q, false),
            _ => {
                // the next two weeks, the past three months (durations)
                if that || fiscal {
                    return None;
                }
                let q = self.quantity(j)?;
                if q.kind == Duration {
                    return Some(Found { start: i, ..q });
                }
                None
            }
        }
    }

    /// [count] unit[s] [ago|later] | two-hour | a week.
    fn quantity(&self, i: usize) -> Option<Found> {
        let d = self.depth.get();
        if d >= MAX_DEPTH {
            return None;
        }
        self.depth.set(d + 1);
        let r = self
            .quantity_inner(i)
            .map(|q| self.compound(q))
            .map(|q| self.days_a_week(q));
        self.depth.set(d);
        r
    }

    /// "five days a week", "two days per month": how often, a set of the period.
    fn days_a_week(&self, q: Found) -> Found {
        let k = q.end;
        match (self.lx(k.wrapping_sub(1)), self.lx(k + 1)) {
            (
                Lex::Unit(Unit::Day, _),
                Lex::Unit(u @ (Unit::Week | Unit::Month | Unit::Year), false),
            ) if q.kind == TimexType::Duration
                    && k > q.start
                    && self.is_any(k, &["a", "per", "each", "every"])
                    // (not "five days a week ago")
                    && !self.is_any(k + 2, &["ago", "later", "earlier", "before", "after", "from"]) =>
            {
                Found {
                    end: k + 2,
                    kind: TimexType::Set,
                    val: Val::Str(duration(Some(1), u)),
                    ..q
                }
            }
            _ => q,
        }
    }

    /// "four hours 48 mins 2 seconds", "two hours and 15 minutes": one length, when each
    /// part is exact and smaller than the one before (PT4H48M2S).
    fn compound(&self, mut q: Found) -> Found {
        loop {
            let Val::Str(v) = &q.val else { return q };
            if q.kind != TimexType::Duration || v.contains('X') {
                return q;
            }
            let mut j = q.end;
            if self.is_any(j, &[",", "and"]) {
                j += 1;
            }
            if !matches!(self.lx(j), Lex::Int(..) | Lex::Num(_)) {
                return q;
            }
            let Some(next) = self.quantity_inner(j) else {
                return q;
            };
            let Val::Str(w) = &next.val else { return q };
            if next.kind != TimexType::Duration || w.contains('X') {
                return q;
            }
            match join_durations(v, w) {
                Some(joined) => {
                    q.end = next.end;
                    q.val = Val::Str(joined);
                }
                None => return q,
            }
        }
    }

    fn quantity_inner(&self, i: usize) -> Option<Found> {
        use TimexType::*;
        // A live blog's "2h ago" (only with "ago": "2h" alone is no time).
        if let Lex::Short(n, u) = self.lx(i) {
            if !self.is(i + 1, "ago") {
                return None;
            }
            let val = Val::Shift {
                unit: u,
                n: -(n.min(10_000) as i32),
                anchored: false,
                ago: true,
            };
            return f(i, i + 2, Date, val);
        }
        // "a quarter century", "a half-century", "a quarter of a century"
        let part = i + usize::from(self.is_any(i, &["a", "an"]));
        if matches!(self.lx(part), Lex::Unit(Unit::Quarter, false)) || self.is(part, "half") {
            let mut c = part + 1;
            if self.is(c, "of") && self.is(c + 1, "a") {
                c += 2;
            }
            if self.is(c, "century") {
                let v = if self.is(part, "quarter") {
                    "P25Y"
                } else {
                    "P50Y"
                };
                return f(i, c + 1, Duration, Val::Lit(v));
            }
        }
        // "a half-hour", "a half hour"
        let h = if self.is(i, "a") { i + 1 } else { i };
        if self.is(h, "half")
            && matches!(self.lx(h + 1), Lex::Unit(Unit::Hour, false))
            && !self.joined(h + 2)
        {
            return f(i, h + 2, Duration, Val::Lit("PT30M"));
        }
        // "half an hour", "half a year"
        if self.is(i, "half") && self.is_any(i + 1, &["a", "an"]) {
            // "half a century ago": fifty years before
            if let (Lex::Unit(u @ (Unit::Century | Unit::Decade), false), true) =
                (self.lx(i + 2), self.is(i + 3, "ago"))
            {
                let n = if u == Unit::Century { -50 } else { -5 };
                let val = Val::Shift {
                    unit: Unit::Year,
                    n,
                    anchored: false,
                    ago: true,
                };
                return f(i, i + 4, Date, val);
            }
            if let Lex::Unit(u, false) = self.lx(i + 2) {
                let v = half_duration(0, u)?;
                return f(i, i + 3, Duration, Val::Str(v));
            }
        }
        // "a month-long strike": the length is "month-long", without its article.
        if self.is_any(i, &["a", "an"])
            && matches!(self.lx(i + 1), Lex::Unit(_, false))
            && self.joined(i + 2)
            && self.is(i + 2, "long")
        {
            return None;
        }
        if let Lex::Unit(u, plural) = self.lx(i) {
            if self.joined(i + 1) && self.is(i + 1, "long") && (i == 0 || !self.joined(i)) {
                let n = if plural { None } else { Some(1) };
                return f(i, i + 2, Duration, Val::Str(duration(n, u)));
            }
        }
        let (n, k) = match self.count(i) {
            Some(c) => c,
            None => {
                // bare plural: "for years", "within weeks"
                if let Lex::Unit(u, true) = self.lx(i) {
                    // "the first time in years"
                    let in_years = i > 0 && self.is(i - 1, "in") && self.ends_clause(i + 1);
                    // "Hours after the attack", "days later" (not "the days after")
                    let apart = self.is_any(i + 1, &["after", "before", "later", "earlier"])
                        && (i == 0 || self.is_any(i - 1, &["just", "only", "mere", ",", "and"]))
                        // "appeared on television hours later" (not "the days after", "those
                        // years later")
                        || self.is_any(i + 1, &["later", "earlier"])
                            && i > 0
                            && !self.is_any(i - 1, DETERMINERS)
                            && !self.is_any(i - 1, &["those", "these", "many", "few", "of"])
                            && self.atoms.get(i - 1).is_some_and(|a| a.word)
                        // "after months of talks", "killed in weeks of violence"
                        || i > 0 && self.is_any(i - 1, &["after", "in"]) && self.is(i + 1, "of");
                    // "months ago", "Years ago": some time before
                    if self.is(i + 1, "ago") && !matches!(u, Unit::Second | Unit::Minute) {
                        return f(i, i + 2, Date, Val::Lit("PAST_REF"));
                    }
                    // ("Tourists spend weekends in the old town": a habit)
                    let habit = u == Unit::Weekend
                        && i > 0
                        && self.is_any(i - 1, &["spend", "spending", "spends"]);
                    // "could last weeks, not months"
                    let lasting = i > 0 && self.last_verb(i - 1)
                        || i > 2
                            && self.is(i - 1, "not")
                            && self.is(i - 2, ",")
                            && matches!(self.lx(i - 3), Lex::Unit(_, true));
                    if in_years
                        || apart
                        || lasting
                        || !habit
                            && i > 0
                            && self.is_any(
                                i - 1,
                                &[
                                    "for", "within", "over", "lasting", "lasted", "took", "take",
                                    "spent", "spend", "spending", "spends", "waited", "wait",
                                    "waiting",
                                ],
                            )
                    {
                        return f(i, i + 1, Duration, Val::Str(duration(None, u)));
                    }
                }
                // first/last/next/past nine months (not the verb: "will last 72 hours")
                if !self.last_verb(i)
                    && self.is_any(
                        i,
                        &[
                            "first", "last", "next", "past", "previous", "coming", "final",
                        ],
                    )
                {
                    if let Some(q) = self.quantity(i + 1) {
                        if q.kind == Duration && !matches!(self.lx(i + 1), Lex::Unit(..)) {
                            return Some(Found { start: i, ..q });
                        }
                    }
                }
                return None;
            }
        };
        let mut j = i + k;
        // "a week or so ago": "or so" is only an approximation
        let or_so = |j: usize| self.is(j + 1, "or") && self.is(j + 2, "so");
        // "2 1/2 years", "one and a half hours"
        let mut half = matches!(self.lx(i), Lex::Half(_));
        if n.is_some() && matches!(self.lx(j), Lex::Slash(1, 2, 0, 0)) {
            half = true;
            j += 1;
        } else if n.is_some()
            && self.is(j, "and")
            && self.is_any(j + 1, &["a", "one"])
            && self.is(j + 2, "half")
        {
            half = true;
            j += 3;
        }
        // "two more weeks", "an additional year", "another two days"
        if self.is_any(
            j,
            &[
                "more",
                "additional",
                "extra",
                "further",
                "straight",
                "consecutive",
                "successive",
                "full",
                "whole",
                "entire",
            ],
        ) && matches!(self.lx(j + 1), Lex::Unit(..))
        {
            j += 1;
        }
        // "eight trading days", "ten business days": still days (TimeBank)
        if self.is_any(j, &["trading", "business", "working"])
            && matches!(self.lx(j + 1), Lex::Unit(Unit::Day, _))
        {
            j += 1;
        }
        let Lex::Unit(u, plural) = self.lx(j) else {
            // "two seconds"
            // ... but "June 19-23 Second test" is an ordinal.
            let ordinal = self.is(j, "second") && n != Some(1) && !self.joined(j);
            if self.is_any(j, &["second", "seconds"]) && !self.is(i, "a") && !ordinal {
                return f(i, j + 1, Duration, Val::Str(duration(n, Unit::Second)));
            }
            return None;
        };
        // "five-years-ago", "a day-to-day basis", "quarter-on-quarter"; "a quarter point"
        // is a rate's; "the Thirty Years' War", "the Six-Day War" are names.
        let war = |k: usize| self.is(k, "War") && self.cap(k);
        if self.joined(j + 1) && self.is_any(j + 1, &["ago", "earlier", "to", "on"])
            || u == Unit::Quarter && self.is_any(j + 1, &["point", "points", "percentage"])
            // "cutting water losses by a quarter": a fraction
            || u == Unit::Quarter && !plural && i > 0 && self.is(i - 1, "by")
            || war(j + 1)
            || self.is_any(j + 1, &["'", "’"]) && war(j + 2)
        {
            return None;
        }
        // "a minute and a half"
        let mut end = j + 1;
        if !half && self.is(j + 1, "and") && self.is(j + 2, "a") && self.is(j + 3, "half") {
            half = true;
            end = j + 4;
        }
        if half && !self.is_any(end, &["old", "olds"]) {
            let n = n?;
            let v = half_duration(n, u).unwrap_or_else(|| duration(Some(n), u));
            return f(i, end, Duration, Val::Str(v));
        }
        let article = k == 1 && j == i + 1 && self.is_any(i, &["a", "an"]);
        if article && plural {
            return None;
        }
        // "a day of national mourning", "a day of action": a kind of day, no length
        if article
            && u == Unit::Day
            && self.is(j + 1, "of")
            && self.is_any(
                j + 2,
                &[
                    "mourning",
                    "national",
                    "action",
                    "prayer",
                    "rest",
                    "remembrance",
                    "reckoning",
                    "protest",
                    "protests",
                    "celebration",
                    "solidarity",
                    "rage",
                ],
            )
        {
            return None;
        }
        // (a count with commas is one: "about 125,000 years")
        if matches!(self.lx(i), Lex::Int(_, n) if n > 4 && n != 9) {
            return None;
        }
        // five-year-old, two-year-olds, 21 years of age: an age.
        if self.is_any(j + 1, &["old", "olds"]) || self.is(j + 1, "of") && self.is(j + 2, "age") {
            return None;
        }
        // "babies aged 2 months to 8 months", "children between the ages of 6 months and
        // 5 years": ages too.
        let aged = (i.saturating_sub(5)..i).rev().find(|&k| {
            self.is_any(k, &["aged", "ages"])
                || !(matches!(self.lx(k), Lex::Int(..) | Lex::Num(_) | Lex::Unit(..))
                    || self.is_any(k, &["to", "and", "or", "between", "of", "-", "–"]))
        });
        // (a person's age: "babies aged", "the ages of"; not a whisky's "aged 18 years"
        // nor "dry-aged 45 days")
        if aged.is_some_and(|k| {
            self.is(k, "ages")
                || self.is(k, "aged")
                    && k > 0
                    && !self.joined(k)
                    && self.atoms.get(k - 1).is_some_and(|a| a.word && !a.cap)
                    && self.s(k - 1).ends_with('s')
        }) {
            return None;
        }
        // ago / earlier / later / from now
        let j = if or_so(j) && matches!(self.lx(j + 3), Lex::Dir(..)) {
            j + 2
        } else {
            j
        };
        // "a year prior" is "a year earlier" ("prior to" is a signal, not part of it).
        let dir = match self.lx(j + 1) {
            Lex::Dir(d, anchored) => Some((d, anchored)),
            _ if self.is(j + 1, "prior") && !self.is(j + 2, "to") => Some((-1, true)),
            _ => None,
        };
        let earlier = self.is_any(j + 1, &["earlier", "prior"]);
        // "a subscription of $9.99 a month after a free trial": a price's rate, not "a
        // month after" ("C$307.2 a year earlier" is the comparison's date)
        let currency = |k: usize| self.s(k).starts_with(CURRENCY);
        if article
            && i > 0
            && self.is_any(j + 1, &["after", "before"])
            && (currency(i - 1)
                || i > 1
                    && currency(i - 2)
                    && self.s(i - 1).starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
        // "Islam will one day be", "Maybe one day I will", "hopes one day to coach": an
        // unnamed day ahead ("had only been in the job one day" is a length).
        if u == Unit::Day && !plural && j == i + 1 && self.is(i, "one") && dir.is_none() {
            let modal = |k: usize| {
                self.is_any(
                    k,
                    &[
                        "will", "would", "could", "may", "might", "can", "shall", "'ll",
                    ],
                )
            };
            // (a modal just before, or a subject and its modal just after: "one day we
            // will"; not "will last one day", "took one day and will take")
            let ahead = i > 0
                && (modal(i - 1)
                    || self.is_any(i - 1, &["maybe", "perhaps", "Maybe", "Perhaps"])
                    || self.is_any(i - 1, &["hope", "hopes", "hoping", "dream", "dreams"]))
                || self.is_any(j + 1, &["I", "we", "you", "he", "she", "they"]) && modal(j + 2)
                || self.is_any(
                    j + 1,
                    &["I'll", "we'll", "you'll", "he'll", "she'll", "they'll"],
                );
            if ahead {
                return f(i, j + 1, Date, Val::Lit("FUTURE_REF"));
            }
        }
        // "opened a year later than planned": a delay's length, no date.
        if dir.is_some() && self.is(j + 2, "than") && self.is_any(j + 1, &["later", "earlier"]) {
            return f(i, j + 1, Duration, Val::Str(duration(n, u)));
        }
        if let Some((d, anchored)) = dir {
            // "nearly 60,000 years ago", "150,000 years later": before any calendar a date
            // can be written in, a length.
            let deep = |m: u32| n.is_some_and(|n| n.saturating_mul(m) >= 2000);
            if match u {
                Unit::Year => deep(1),
                Unit::Decade => deep(10),
                Unit::Century => deep(100),
                Unit::Millennium => deep(1000),
                _ => false,
            } {
                return f(i, j + 1, Duration, Val::Str(duration(n, u)));
            }
            // "three days later", "a day earlier", "an hour after": TimeML marks the
            // length (a DURATION) and leaves "later" to a signal. Years and longer keep
            // the date they point at ("a year earlier": the year-ago period).
            if anchored
                && !self.joined(j + 1)
                && !matches!(
                    u,
                    Unit::Quarter | Unit::Year | Unit::Decade | Unit::Century | Unit::Millennium
                )
            {
                return f(i, j + 1, Duration, Val::Str(duration(n, u)));
            }
            // "A year ago today", "five years ago this week": the reference day (or week)
            // that long ago.
            if !anchored && d < 0 && !self.joined(j + 1) {
                if let (Some(n), true) = (
                    n,
                    matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year),
                ) {
                    let n = n.min(10_000) as i32;
                    let tail = if self.is(j + 2, "today") {
                        Some((j + 3, false))
                    } else if self.is(j + 2, "this") && self.is(j + 3, "week") {
                        Some((j + 4, true))
                    } else {
                        None
                    };
                    if let Some((end, week)) = tail {
                        return f(i, end, Date, Val::DayAgo { unit: u, n, week });
                    }
                }
            }
            if !self.joined(j + 1)
                && (!self.is_any(j + 1, &["before", "after"]) || self.ends_clause(j + 2))
            {
                let val = match n {
                    Some(n) => Val::Shift {
                        unit: u,
                        n: i32::from(d) * n as i32,
                        // ("a year earlier" is the year-ago period, from the reference
                        // date; "four years earlier" after "in 2011" is 2007)
                        // ("a decade earlier" is from the year told, as "a decade later")
                        anchored: anchored
                            && (!earlier
                                || self.is(j, "day")
                                || n >= 2
                                || matches!(u, Unit::Decade | Unit::Century)),
                        ago: true,
                    },
                    None => Val::Lit(if d < 0 { "PAST_REF" } else { "FUTURE_REF" }),
                };
                return f(i, j + 2, Date, val);
            }
        }
        // "a week from Friday", "three weeks from today": counted from that day.
        if self.is(j + 1, "from") && matches!(u, Unit::Day | Unit::Week | Unit::Fortnight) {
            let day = self
                .day_at(j + 2)
                // (not "five days from Monday to Friday", a range)
                .filter(|d| !self.is_any(d.end, &["to", "until", "till", "through", "-", "–"]));
            if let (Some(d), Some(n)) = (day, n) {
                let per = match u {
                    Unit::Day => 1,
                    Unit::Week => 7,
                    _ => 14,
                };
                return Some(Found {
                    start: i,
                    end: d.end,
                    kind: Date,
                    val: Val::Around {
                        inner: Box::new(d.val),
                        days: (n.min(10_000) * per) as i32,
                        week: false,
                    },
                    tod: None,
                    // The day counted from is ahead ("a week from Friday").
                    tense: Some(Tense::Future),
                });
            }
        }
        // "many years from now"
        if n.is_none() && self.is(j + 1, "from") && self.is(j + 2, "now") {
            return f(i, j + 3, Date, Val::Lit("FUTURE_REF"));
        }
        if self.is(j + 1, "from") && self.is(j + 2, "now") {
            if let Some(n) = n {
                return f(
                    i,
                    j + 3,
                    Date,
                    Val::Shift {
                        unit: u,
                        n: n as i32,
                        anchored: false,
                        ago: true,
                    },
                );
            }
        }
        if article && i > 0 {
            // "twice a year" is a set; "$5 a year", "four flights a week", "24 hours a
            // day" are rates, not time expressions.
            // The words of the set include how often: "twice a year", "three times a week".
            if self.is_any(i - 1, &["once", "twice", "thrice"]) {
                return f(i - 1, j + 1, Set, Val::Str(duration(Some(1), u)));
            }
            if i > 1
                && self.is(i - 1, "times")
                && matches!(self.lx(i - 2), Lex::Int(_, 1..=2) | Lex::Num(_))
            {
                return f(i - 2, j + 1, Set, Val::Str(duration(Some(1), u)));
            }
            let p = self.atoms.get(i - 1);
            let rate = matches!(
                self.lx(i - 1),
                Lex::Int(..) | Lex::Num(_) | Lex::Unit(_, true)
            ) || self.s(i - 1).starts_with(|c: char| c.is_ascii_digit())
                // ("a subscription of $9.99 a month"; "N70,000 a month", "Dh9,500 a month":
                // an amount in any currency written with its sign)
                || self.s(i - 1).starts_with(CURRENCY)
                || self.s(i - 1).bytes().any(|b| b.is_ascii_digit())
                || self.is_any(
                    i - 1,
                    &[
                        "million", "billion", "percent", "%", "times", "cents", "cent", "pc",
                        "lakh", "lakhs", "crore", "crores", "bn", "mn", "kronor", "krona",
                        "kroner", "yen", "yuan", "renminbi", "rand", "naira", "baht", "ringgit",
                        "rupiah", "lira", "euro", "riyal", "dirham", "shekel", "zloty",
                        "forint", "reais",
                    ],
                )
                || p.is_some_and(|a| {
                    a.word
                        && !a.cap
                        && self.s(i - 1).ends_with('s')
                        && self.s(i - 1).len() > 3
                        && !self.is_any(
                            i - 1,
                            &[
                                "was", "has", "is", "this", "as", "his", "its", "than", "less",
                                "across", "plus",
                            ],
                        )
                });
            if rate {
                return None;
            }
        }
        // "three-quarters of", "a quarter of": fractions.
        if matches!(u, Unit::Quarter) && (self.is(j + 1, "of") || self.joined(j)) {
            return None;
        }
        // "60 Minutes": a title.
        if self.cap(j) && j > 0 && !self.cap(i) {
            return None;
        }
        if matches!(u, Unit::Weekend) {
            return None;
        }
        f(i, j + 1, Duration, Val::Str(duration(n, u)))
    }

    /// A part of day ending before atom `j`, with the day told right after it if any
    /// ("yesterday", "Friday"), else the day last mentioned.
    fn pod_of_day(&self, start: usize, j: usize, p: u8) -> Option<Found> {
        let day = self
            .deictic(j)
            .filter(|d| d.kind == TimexType::Date && d.end == j + 1)
            .or_else(|| {
                self.weekday(j)
                    .filter(|d| d.kind == TimexType::Date && d.end == j + 1)
            });
        // ("from early afternoon on Friday": the day told just after, which stays an
        // expression of its own, as a clock's does)
        let on = || {
            self.is(j, "on")
                .then(|| {
                    self.weekday(j + 1)
                        .or_else(|| self.month_date(j + 1))
                        .or_else(|| self.day_month(j + 1))
                })
                .flatten()
                .filter(|d| {
                    d.start == j + 1
                        && d.kind == TimexType::Date
                        && matches!(
                            d.val,
                            Val::Weekday { .. } | Val::Day { .. } | Val::DayOn { .. }
                        )
                })
        };
        let (val, end) = match day {
            Some(d) => (d.val, d.end),
            None => (on().map_or(Val::Anchor, |d| d.val), j),
        };
        part_of(start, end, val, p)
    }

    /// year-end, year end, year's end: the last day of the year (the one before when
    /// "since").
    fn year_end(&self, i: usize) -> Option<Found> {
        if !self.is(i, "year") {
            return None;
        }
        let mut j = i + 1;
        if self.is_any(j, &["'s", "’s"]) {
            j += 1;
        }
        if !self.is(j, "end") || self.is(j + 1, "of") || self.joined(j + 1) {
            return None;
        }
        let since = i > 0 && self.is(i - 1, "since");
        // With no tense cue, "by year's end" is this year's.
        let t = if since {
            Tense::StrictPast
        } else {
            match tense(self, i, j + 1) {
                Tense::Unknown => Tense::Same,
                t => t,
            }
        };
        Some(Found {
            start: i,
            end: j + 1,
            kind: TimexType::Date,
            val: Val::Day {
                y: None,
                m: 12,
                d: 31,
            },
            tod: None,
            tense: Some(t),
        })
    }

    /// "the nineties", "the early eighties": a decade in words, only after "the" (so that
    /// "in his sixties", an age, is not one).
    fn decade_word(&self, i: usize) -> Option<Found> {
        const WORDS: [&str; 8] = [
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ];
        let k = WORDS.iter().position(|w| self.is(i, w))?;
        let the = |b: usize| b > 0 && self.is(b - 1, "the");
        if !(the(i) || (i > 0 && matches!(self.lx(i - 1), Lex::Mod(_)) && the(i - 1))) {
            return None;
        }
        f(i, i + 1, TimexType::Date, Val::Decade(192 + k as i32))
    }

    fn ends_clause(&self, j: usize) -> bool {
        j >= self.atoms.len() || matches!(self.s(j), "," | "." | ";" | ":" | ")" | "''" | "\"")
    }

    /// third quarter [of 1998], third-quarter, Q3, first half, fiscal 1989.
    fn quarter(&self, i: usize) -> Option<Found> {
        let mut j = i;
        if self.is(j, "fiscal") {
            j += 1;
        }
        // "Q4FY25", "3Q25", "1H2025"; "3Q 2025", "2H FY26"
        if let Lex::Period(half, n, y) = self.lx(j) {
            let (y, used) = match (y, self.year_tail(j + 1)) {
                (0, Some((Ok(y), u))) => (Some(y), u),
                (0, _) => return None,
                (y, _) => (Some(i32::from(y)), 0),
            };
            let val = if half {
                Val::Half { y, h: n }
            } else {
                Val::Quarter { y, q: n }
            };
            return f(i, j + 1 + used, TimexType::Date, val);
        }
        let s = self.s(j);
        // "H1 2025": a half year (upper case only: "h1" is rarely a date)
        if s.len() == 2 && s.starts_with('H') {
            let h = s.as_bytes().get(1).map_or(0, |b| b.wrapping_sub(b'0'));
            if (1..=2).contains(&h) {
                if let Some((Ok(y), used)) = self.year_tail(j + 1) {
                    return f(
                        i,
                        j + 1 + used,
                        TimexType::Date,
                        Val::Half { y: Some(y), h },
                    );
                }
                // "H1 results", "its H2 profit": a company's half (as "Q3 results")
                if self.is_any(
                    j + 1,
                    &[
                        "results",
                        "profit",
                        "profits",
                        "earnings",
                        "sales",
                        "revenue",
                        "revenues",
                        "loss",
                        "losses",
                        "net",
                        "figures",
                        "dividend",
                        "guidance",
                        "EBITDA",
                        "output",
                        "deliveries",
                    ],
                ) {
                    return f(i, j + 1, TimexType::Date, Val::HalfCode(h));
                }
            }
        }
        // "FY2024", "FY 2024", "FY24": the fiscal year, written as its year ("fiscal 1988" is
        // 1988 in TimeBank)
        if s.len() >= 2 && s.as_bytes().get(..2) == Some(b"FY".as_slice()) {
            let rest = s.get(2..).unwrap_or("");
            let (digits, used) = if rest.is_empty() {
                (self.s(j + 1), 2)
            } else {
                (rest, 1)
            };
            if digits.len() == 4 || digits.len() == 2 {
                if let Ok(v) = digits.parse::<i32>() {
                    let y = match digits.len() {
                        4 if (1000..=2199).contains(&v) => Some(v),
                        2 if v < 50 => Some(2000 + v),
                        2 => Some(1900 + v),
                        _ => None,
                    };
                    if let Some(y) = y {
                        // "FY2025-26": the fiscal year ending in 2026.
                        let end = j + used;
                        if self.joined(end) {
                            if let Lex::Int(v, 2) = self.lx(end) {
                                if v as i32 == (y + 1) % 100 {
                                    return f(i, end + 1, TimexType::Date, Val::Year(y + 1));
                                }
                            }
                        }
                        return f(i, end, TimexType::Date, Val::Year(y));
                    }
                }
            }
        }
        if s.len() == 2 && (s.starts_with('Q') || s.starts_with('q')) {
            let q = s.as_bytes().get(1).map_or(0, |b| b.wrapping_sub(b'0'));
            if (1..=4).contains(&q) {
                let (y, used) = match self.year_tail(j + 1) {
                    Some((Ok(y), u)) => (Some(y), u),
                    _ => (None, 0),
                };
                return f(i, j + 1 + used, TimexType::Date, Val::Quarter { y, q });
            }
        }
        let Lex::Ord(n) = self.lx(j) else {
            return None;
        };
        if self.is(j + 1, "fiscal") {
            j += 1;
        }
        let half = self.is(j + 1, "half");
        if !(half || self.is(j + 1, "quarter")) {
            return None;
        }
        match self.year_tail(j + 2) {
            Some((Ok(y), u)) => self.qh(i, j + 2 + u, Some(y), n, half),
            Some((Err(shift), u)) => {
                let mut found = self.qh(i, j + 2 + u, None, n, half)?;
                found.val = match found.val {
                    Val::Quarter { q, .. } => Val::QuarterIn(shift, q),
                    Val::Half { h, .. } => Val::HalfIn(shift, h),
                    v => v,
                };
                Some(found)
            }
            // "early in the second half", "a first-half goal": a match's, not a year's.
            None if self.in_match(i) => None,
            None => self.qh(i, j + 2, None, n, half),
        }
    }

    /// Whether the sentence tells of a game in play: its halves and quarters are no dates.
    fn in_play(&self) -> bool {
        self.atoms.iter().any(|a| a.flags & lexicon::IN_PLAY != 0)
    }

    /// Whether the sentence holds a score ("2-0"; not a rate, "4-6%", nor a vote, "voted
    /// 7-2").
    fn has_score(&self) -> bool {
        self.atoms.iter().enumerate().any(|(k, a)| {
            matches!(a.lex, Lex::Int(_, 1))
                && self.joined(k + 1)
                && matches!(self.lx(k + 1), Lex::Int(_, 1))
                && !self.is_any(k + 2, &["%", "percent", "per", "pct", "points"])
                && !(k > 0 && self.is_any(k - 1, &["voted", "vote", "ruled", "split"]))
        })
    }

    /// Whether a half or quarter starting at atom `i` is a match's: told in a game in play,
    /// or counted into ("five minutes into the second half").
    fn in_match(&self, i: usize) -> bool {
        let k = if i > 0 && self.is(i - 1, "the") {
            i - 1
        } else {
            i
        };
        // ("a 2-0 first-half deficit": a half written as an adjective beside a score)
        self.in_play()
            || self.joined(i + 1) && self.has_score()
            || k > 1
                && self.is(k - 1, "into")
                && self.is_any(k - 2, &["minutes", "minute", "mins", "seconds"])
    }

    /// summer [of] [2023] | the summer (via "the").
    fn season(&self, i: usize) -> Option<Found> {
        let Lex::Season(s, plural) = self.lx(i) else {
            return None;
        };
        if plural {
            return None;
        }
        // "the fall of that year", "that summer of that year": the year told
        if self.is(i + 1, "of")
            && self.is(i + 2, "that")
            && matches!(self.lx(i + 3), Lex::Unit(Unit::Year, false))
        {
            return f(i, i + 4, TimexType::Date, Val::SeasonTold { s, n: 0 });
        }
        if let Some((Ok(y), u)) = self.year_tail(i + 1) {
            return f(
                i,
                i + 1 + u,
                TimexType::Date,
                Val::Season {
                    y: Some(y),
                    s,
                    n: None,
                },
            );
        }
        let prev_ok = i > 0
            && (self.is_any(
                i - 1,
                &[
                    "the", "this", "last", "next", "in", "early", "late", "mid", "since", "during",
                    "until", "by", "past", "coming", "before", "till", "through", "throughout",
                    "into",
                ],
            ) || self.joined(i)
                // ("after spring", "from summer"; not "after fall", "from fall": a tumble)
                || self.is_any(i - 1, &["after", "from"]) && !self.is(i, "fall")
                // ("its driest autumn since 2008", "the wettest summer on record"; not "the
                // latest spring collection")
                || self.s(i - 1).ends_with("est")
                    && !self.cap(i - 1)
                    && !self.is(i, "fall")
                    && (!self.atoms.get(i + 1).is_some_and(|a| a.word)
                        || self.is_any(i + 1, &["since", "on", "in", "for", "of", "ever", "yet"])));
        // "the Spring Statement", "the Summer Olympics": a name.
        if !prev_ok
            || self.cap(i) && self.cap(i + 1) && self.atoms.get(i + 1).is_some_and(|a| a.word)
        {
            return None;
        }
        if i > 0 && self.is(i - 1, "in") && self.is(i, "fall") {
            // "a fall in prices" is not autumn; "in fall" rarely is.
            return None;
        }
        // "since the fall of communism", "the fall of Saigon" (not "the fall of that year")
        if self.is(i, "fall")
            && self.is(i + 1, "of")
            && !(self.is_any(i + 2, &["that", "this", "last", "next", "each", "every"])
                && matches!(self.lx(i + 3), Lex::Unit(Unit::Year, false)))
        {
            return None;
        }
        f(
            i,
            i + 1,
            TimexType::Date,
            Val::Season {
                y: None,
                s,
                n: None,
            },
        )
    }

    /// now, recently, currently...
    fn refs(&self, i: usize) -> Option<Found> {
        use TimexType::Date;
        match self.lx(i) {
            Lex::Ref(r) => {
                if self.joined(i + 1) || self.title_word(i) {
                    return None;
                }
                // "Now, he says", "Now that ...": a discourse marker; "Now officials are
                // investigating" is the present.
                if i == 0
                    && r == 0
                    && self.is(i, "now")
                    // ("Now to the Pentagon", "Now tell us ...": a segue, an imperative)
                    && (i + 1 >= self.atoms.len()
                        || self.is_any(
                            i + 1,
                            &[
                                ",", "that", "for", "to", "tell", "let's", "look", "consider",
                                "imagine", "listen", "here", "here's", "remember", "think",
                                "compare", "ask", "watch", "turn", "picture", "suppose",
                            ],
                        ))
                {
                    return None;
                }
                // "buy now, pay later": a kind of credit, no time
                if r == 0
                    && i > 0
                    && self.is(i - 1, "buy")
                    && (self.is(i + 1, "pay") || self.is(i + 1, ",") && self.is(i + 2, "pay"))
                {
                    return None;
                }
                let v = ["PRESENT_REF", "PAST_REF", "FUTURE_REF"]
                    .get(r as usize)
                    .copied()
                    .unwrap_or("PRESENT_REF");
                f(i, i + 1, Date, Val::Lit(v))
            }
            _ if self.is(i, "recent") => match self.lx(i + 1) {
                Lex::Unit(Unit::Year, true) => f(i, i + 2, Date, Val::Lit("PAST_REF")),
                Lex::Unit(u, true) => f(i, i + 2, TimexType::Duration, Val::Str(duration(None, u))),
                _ => None,
            },
            // "the current weakness", "its current position": the present (TimeBank); not
            // the noun ("the current.") nor "current account(s)/affairs".
            _ if self.is(i, "current")
                && self.atoms.get(i + 1).is_some_and(|a| a.word)
                && !matches!(self.lx(i + 1), Lex::Unit(..) | Lex::Season(..))
                && !self.is_any(i + 1, &["account", "accounts", "affairs", "fiscal"]) =>
            {
                // "the then current price": the past
                if i > 0 && self.is(i - 1, "then") {
                    return f(i - 1, i + 1, Date, Val::Lit("PAST_REF"));
                }
                f(i, i + 1, Date, Val::Lit("PRESENT_REF"))
            }
            // "in coming months", "future quarters" (with "the": a duration, see the_np)
            _ if self.is_any(i, &["future", "coming"])
                && !(i > 0 && self.is(i - 1, "the"))
                && matches!(self.lx(i + 1), Lex::Unit(_, true)) =>
            {
                f(i, i + 2, Date, Val::Lit("FUTURE_REF"))
            }
            // "at a later date"
            _ if self.is(i, "a")
                && self.is_any(i + 1, &["later", "future"])
                && self.is(i + 2, "date") =>
            {
                f(i, i + 3, Date, Val::Lit("FUTURE_REF"))
            }
            _ if self.is(i, "these") && self.is(i + 1, "days") => {
                f(i, i + 2, Date, Val::Lit("PRESENT_REF"))
            }
            // "At present, about 11,000 people ..." (not "at present prices", "at present
            // exchange rates", "at present-day prices")
            _ if self.is(i, "at")
                && self.is(i + 1, "present")
                && !self.joined(i + 2)
                && !self.is_any(
                    i + 2,
                    &[
                        "levels", "level", "rates", "rate", "prices", "values", "value", "trends",
                        "exchange", "market", "day",
                    ],
                ) =>
            {
                f(i, i + 2, Date, Val::Lit("PRESENT_REF"))
            }
            // "A generation ago, that share ..."
            _ if self.is(i, "a") && self.is(i + 1, "generation") && self.is(i + 2, "ago") => {
                f(i, i + 3, Date, Val::Lit("PAST_REF"))
            }
            _ if self.is(i, "once")
                && i > 0
                && self.is_any(i - 1, &["was", "were", "had", "is", "are"]) =>
            {
                None
            }
            _ => None,
        }
    }

    /// every/each X, daily, weekly.
    fn set(&self, i: usize) -> Option<Found> {
        use TimexType::Set;
        // "trains run half-hourly"
        if self.is(i, "half") && self.joined(i + 1) && self.is(i + 1, "hourly") {
            return f(i, i + 2, Set, Val::Lit("PT30M"));
        }
        // "paid bi-weekly"
        if self.is(i, "bi") && self.joined(i + 1) && self.is(i + 1, "weekly") {
            return f(i, i + 2, Set, Val::Lit("P2W"));
        }
        if let Lex::SetAdv(k) = self.lx(i) {
            // A newspaper: "China Daily", "NBC Nightly News", "the Communist Party daily
            // Granma", "the news weekly Der Spiegel", "the daily said".
            let w = self.s(i);
            let shout = w.bytes().all(|b| !b.is_ascii_lowercase());
            let next_word = self.atoms.get(i + 1).is_some_and(|a| a.word);
            if i > 0 && self.cap(i) && !shout
                || next_word && !self.joined(i + 1) && (self.cap(i + 1) && !shout)
                || self.is_any(
                    i + 1,
                    &[
                        "said",
                        "says",
                        "reported",
                        "reports",
                        "wrote",
                        "quoted",
                        "newspaper",
                        "paper",
                        "tabloid",
                        "magazine",
                    ],
                )
            {
                return None;
            }
            let v = SET_VALUES.get(k as usize).copied().unwrap_or("P1D");
            // "reports quarterly" is a recurrence; "a quarterly dividend" names a kind of
            // payment (TimeBank leaves it, 10 times in 11).
            if v == "P3M" && next_word {
                return None;
            }
            return f(i, i + 1, Set, Val::Lit(v));
        }
        // "classes on alternate days": every other day
        if self.is(i, "alternate") && i > 0 && self.is(i - 1, "on") {
            if let Lex::Unit(u @ (Unit::Day | Unit::Week | Unit::Month | Unit::Year), true) =
                self.lx(i + 1)
            {
                return f(i, i + 2, Set, Val::Str(duration(Some(2), u)));
            }
        }
        // "open on weekends", "at weekends"
        if let Lex::Unit(Unit::Weekend, true) = self.lx(i) {
            if i > 0 && self.is_any(i - 1, &["on", "at", "during"]) {
                return f(i, i + 1, Set, Val::Lit("XXXX-WXX-WE"));
            }
        }
        if !self.is_any(i, &["every", "each", "per"]) {
            return None;
        }
        // "200 miles per hour", "460,000 barrels per day": a rate, not a recurrence.
        if self.is(i, "per") && i > 0 && self.has(i - 1, lexicon::MEASURE) {
            return None;
        }
        let mut j = i + 1;
        // "every other week", "every alternate day"
        if self.is_any(j, &["other", "alternate"]) {
            j += 1;
        }
        let other = j > i + 1;
        if !other && self.is(i, "per") && self.is(j, "annum") {
            return f(i, j + 1, Set, Val::Lit("P1Y"));
        }
        // "every four years"
        if !other && self.is(i, "every") {
            if let (Lex::Int(n @ 2..=99, _) | Lex::Num(n @ 2..=99), Lex::Unit(u, true)) =
                (self.lx(j), self.lx(j + 1))
            {
                if !matches!(u, Unit::Quarter | Unit::Weekend) {
                    return f(i, j + 2, Set, Val::Str(duration(Some(n), u)));
                }
            }
        }
        // "every half-hour", "every half hour"
        if !other && self.is(j, "half") && matches!(self.lx(j + 1), Lex::Unit(Unit::Hour, false)) {
            return f(i, j + 2, Set, Val::Lit("PT30M"));
        }
        match self.lx(j) {
            Lex::Unit(Unit::Weekend, false) if !other => f(i, j + 1, Set, Val::Lit("XXXX-WXX-WE")),
            Lex::Unit(u, false) => {
                let k = if other { 2 } else { 1 };
                let v = if matches!(u, Unit::Quarter) {
                    format!("P{k}Q")
                } else {
                    duration(Some(k), u)
                };
                f(i, j + 1, Set, Val::Str(v))
            }
            // "every Friday afternoon"
            Lex::Weekday(w) => match self.lx(j + 1) {
                Lex::Pod(p, false) => {
                    f(i, j + 2, Set, Val::Str(format!("XXXX-WXX-{w}T{}", pod(p))))
                }
                _ => f(i, j + 1, Set, Val::Str(format!("XXXX-WXX-{w}"))),
            },
            Lex::Month(m) if self.cap(j) => f(i, j + 1, Set, Val::Str(format!("XXXX-{m:02}"))),
            // "every Christmas" (a holiday on a fixed day)
            Lex::Holiday(m, d @ 1..=31) if self.cap(j) => {
                let h = self.holiday(j).filter(|h| h.start == j)?;
                f(i, h.end, Set, Val::Str(format!("XXXX-{m:02}-{d:02}")))
            }
            Lex::Season(s, false) => {
                let code = ["SP", "SU", "FA", "WI"]
                    .get(s as usize)
                    .copied()
                    .unwrap_or("SU");
                f(i, j + 1, Set, Val::Str(format!("XXXX-{code}")))
            }
            Lex::Pod(p, false) => f(i, j + 1, Set, Val::Str(format!("XXXX-XX-XXT{}", pod(p)))),
            _ => None,
        }
    }

    /// 3 p.m. [EST] [Friday], 10:35, noon [Thursday].
    fn time(&self, i: usize) -> Option<Found> {
        // A clock without am/pm: "13:30", "10:30" (but not the "1:16" of a results table).
        let mut bare = false;
        let (h, m, mut j) = match self.lx(i) {
            Lex::Clock(h, m, ap) => {
                let mut j = i + 1;
                let mut ap = ap;
                if ap == 0 || ap == lexicon::DOTTED {
                    if let Lex::Ampm(a) = self.lx(j) {
                        ap = a;
                        j += 1;
                    } else if ap == lexicon::DOTTED && !matches!(self.lx(j), Lex::Tz)
                        // (a number before it makes a results table, but not a year: "3 June
                        // 2025 16:05 BST")
                        || i > 0
                            && matches!(self.lx(i - 1), Lex::Int(..))
                            && self.year(i - 1).is_none()
                    {
                        // ("10.45 BST", a British dotted clock with its zone, is a time.)
                        return None;
                    } else {
                        bare = true;
                    }
                }
                // "10.30 am": a dotted hour with am/pm is a 12-hour clock.
                if self.s(i).contains('.') && (h == 0 || h > 12) && ap != lexicon::DOTTED {
                    return None;
                }
                (to24(h, ap), m, j)
            }
            Lex::Int(h, 1..=2) if h <= 12 => {
                if let Lex::Ampm(a) = self.lx(i + 1) {
                    (to24(h as u8, a), 0, i + 2)
                } else if self.is(i + 1, "o'clock") {
                    let (h, j) = self.oclock_part(h as u8, i + 2);
                    (h, 0, j)
                } else if self.is(i + 1, "in")
                    && self.is(i + 2, "the")
                    && matches!(self.lx(i + 3), Lex::Pod(0..=2, false))
                {
                    // "4 in the morning", "5 in the afternoon"
                    let ap = if matches!(self.lx(i + 3), Lex::Pod(0, _)) {
                        1
                    } else {
                        2
                    };
                    (to24(h as u8, ap), 0, i + 4)
                } else {
                    return None;
                }
            }
            // "three o'clock [in the morning]"
            Lex::Num(h @ 1..=12) if self.is(i + 1, "o'clock") => {
                let (h, j) = self.oclock_part(h as u8, i + 2);
                (h, 0, j)
            }
            Lex::ClockWord(_) if i > 0 && self.is(i - 1, "high") => return None,
            Lex::ClockWord(h) => {
                if !(self.is(i, "noon")
                    || matches!(
                        self.lx(i + 1),
                        Lex::Weekday(_) | Lex::Deictic(_) | Lex::Tonight | Lex::Tz
                    )
                    // "midnight on Friday", "The deadline is midnight."
                    || self.is(i + 1, "on") && matches!(self.lx(i + 2), Lex::Weekday(_))
                    || i > 0
                        && self.is_any(
                            i - 1,
                            &[
                                "at", "by", "until", "after", "before", "from", "till", "around",
                                "past", "is", "was", "be",
                            ],
                        ))
                {
                    return None;
                }
                (h, 0, i + 1)
            }
            _ => return None,
        };
        // "Happy hour tonight, beginning around 5:00": a bare clock in a sentence that
        // tells of the evening or night is p.m. ("last night at 1:30" is not).
        // Only the clock's own clause counts ("Polls open at 7:00 and close at 10:00
        // tonight"), and not one of the morning ("from 10:00 at night until 6:00 in the
        // morning", "at 5:20 this morning after a night of violence").
        let h = if bare {
            let brk = |k: usize| {
                self.is_any(
                    k,
                    &[
                        ",", ";", "and", "but", "until", "till", "to", "before", "after", "while",
                        "-", "–", "from",
                    ],
                )
            };
            let clause = || {
                (0..i)
                    .rev()
                    .take_while(move |&k| !brk(k))
                    .chain((i + 1..self.atoms.len()).take_while(move |&k| !brk(k)))
            };
            let pod = |p: u8| {
                clause().any(|k| {
                    matches!(self.lx(k), Lex::Pod(q, _) if q == p)
                        || p == 2 && self.lx(k) == Lex::Tonight
                })
            };
            let morning = (0..self.atoms.len()).any(|k| {
                matches!(self.lx(k), Lex::Pod(0, _))
                    || self.is_any(k, &["breakfast", "dawn", "a.m.", "am"])
            });
            match h {
                5..=11 if !morning && (pod(2) || pod(3)) => h + 12,
                1..=6 if !morning && pod(1) => h + 12,
                _ => h,
            }
        } else {
            h
        };
        let tz = matches!(self.lx(j), Lex::Tz);
        if tz {
            j += 1;
        }
        // A bare clock is a time when told as one: "at 10:30", "from 1:30-2:30", "10:30 GMT",
        // "13:30 local time", "10:30 Friday". Elsewhere it is a score or a race time.
        let told = tz
            || i > 0
                && (self.is_any(i - 1, CLOCK_CUES) || matches!(self.lx(i - 1), Lex::Clock(..)))
            || i > 1 && self.is(i - 1, "and") && matches!(self.lx(i - 2), Lex::Clock(..))
            || self.is_any(j, &["local", "hours", "hrs", "o'clock", "kickoff"])
            // "open 09:00-17:30": hours, as the end is
            || self.s(i).len() == 5 && {
                let k = if self.joined(j) {
                    j
                } else if self.is_any(j, &["-", "–"]) {
                    j + 1
                } else {
                    usize::MAX
                };
                matches!(self.lx(k), Lex::Clock(_, _, 0)) && self.s(k).len() == 5
            }
            // "(12:30 kick-off)"
            || self.is(j, "kick") && self.is(j + 1, "off");
        let mut k = j;
        if self.is(k, ",") {
            k += 1;
        }
        let mut val = Val::Anchor;
        let day = self
            .weekday(k)
            .filter(|d| d.kind == TimexType::Date)
            .or_else(|| self.deictic(k).filter(|d| d.kind == TimexType::Date))
            .or_else(|| {
                self.month_date(k)
                    .filter(|d| matches!(d.val, Val::Day { .. }))
            });
        if let Some(d) = day {
            val = d.val;
            j = d.end;
        } else if self.lx(k) == Lex::Tonight
            && !self.joined(k + 1)
            && !self.is_any(k + 1, &["'s", "’s"])
        {
            // "from midnight tonight", "at 10pm tonight": today's
            val = Val::DayOff(0);
            j = k + 1;
        } else if let Some(v) = self.day_after(j) {
            val = v;
        }
        // "09:15 — The prime minister has arrived": a live blog's entry, on the reference
        // day (a clock "HH:MM" opening its line, before a dash or a capitalised word; not
        // "2:06 Jones finished").
        let line_start = i == 0
            && self.atoms.first().is_some_and(|a| {
                self.text.get(..a.start).is_some_and(|b| {
                    b.trim_end_matches([' ', '\t']).ends_with('\n') || b.is_empty()
                })
            });
        if bare
            && !told
            && line_start
            && self.s(i).len() == 5
            && matches!(val, Val::Anchor)
            && (self.is_any(j, &["—", "–", "-", ":", "|"])
                || self.cap(j) && self.atoms.get(j).is_some_and(|a| a.word))
        {
            val = Val::DayOff(0);
        } else if bare && !told && matches!(val, Val::Anchor) {
            return None;
        }
        Some(Found {
            start: i,
            end: j,
            kind: TimexType::Time,
            val,
            tod: Some(Tod::Clock(h, m)),
            tense: None,
        })
    }

    /// The day a clock time ending at atom `j` is told on, when it is told just after it:
    /// "10:35 a.m. (0735 GMT) Friday", "at 4:17am on 6 February 2023", "by 1700 hours on
    /// Friday", "at 2.14am on Christmas Day 2018".
    fn day_after(&self, j: usize) -> Option<Val> {
        for k in j..(j + 6).min(self.atoms.len()) {
            // (not the day of a closing frame: "a window that opens at 14:32 GMT,
            // Arianespace said Thursday")
            if self.is_any(
                k,
                &[
                    "said",
                    "says",
                    "told",
                    "announced",
                    "reported",
                    "added",
                    "according",
                ],
            ) {
                return None;
            }
            match self.lx(k) {
                Lex::Weekday(_) if self.some_weekday(k) => return None,
                // ("at 9am on Saturday, May 31": the weekday's date when it tells one)
                Lex::Weekday(wd) if self.cap(k) => {
                    // (not "left at 7am and returned on Thursday 27 June")
                    let next_to = (j..k).all(|c| {
                        self.is_any(c, &["on", ",", "to", "-", "–", "until", "and"])
                            || matches!(self.lx(c), Lex::Clock(..) | Lex::Ampm(_) | Lex::Int(..))
                    }) && !(j..k).any(|c| {
                        self.is(c, "and")
                            && !matches!(self.lx(c + 1), Lex::Clock(..) | Lex::Int(..))
                    });
                    // ("at noon next Thursday": the one after this week's)
                    let dir = if k > j && self.is(k - 1, "next") {
                        1
                    } else {
                        0
                    };
                    return Some(
                        self.weekday(k)
                            .map(|w| w.val)
                            .filter(|v| next_to && matches!(v, Val::Day { .. } | Val::DayOn { .. }))
                            .unwrap_or(Val::Weekday { wd, dir }),
                    );
                }
                Lex::Deictic(n) => return Some(Val::DayOff(i32::from(n))),
                // ("from 07:00 to 22:00 on 15 November": after the range's end too)
                // (and a holiday of several words: "at 7.30am on Independence Day")
                _ if k > j
                    && self.is(k - 1, "on")
                    && (matches!(
                        self.lx(k),
                        Lex::Month(_) | Lex::Int(..) | Lex::Ord(_) | Lex::Holiday(..)
                    ) || self.cap(k) && self.holiday(k).is_some())
                    && (j..k - 1).all(|c| {
                        // ("at 7:58 am local time on December 26, 2004")
                        self.is_any(c, &["to", "-", "–", "until", "and", "local", "time"])
                            || matches!(self.lx(c), Lex::Clock(..) | Lex::Ampm(_) | Lex::Int(..))
                    }) =>
                {
                    let day = self
                        .month_date(k)
                        .or_else(|| self.day_month(k))
                        .or_else(|| self.holiday(k));
                    if let Some(d) = day.filter(|d| {
                        d.start == k && matches!(d.val, Val::Day { .. } | Val::Holiday { .. })
                    }) {
                        return Some(d.val);
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// The weekday `w` with its words from atom `i` ("this coming", "That"): its date when
    /// it tells one ("this coming Sunday, March 8", "That Monday, March 4"), else `val`
    /// with its part of day ("last Tuesday evening", "That Friday night").
    fn weekday_told(&self, i: usize, w: Found, val: Val) -> Found {
        match w.val {
            Val::Day { .. } | Val::DayOn { .. } => Found { start: i, ..w },
            _ => Found { start: i, val, ..w },
        }
    }

    /// "falls on a Friday this year", "at 4pm on a wet Friday in February": some Friday,
    /// no date ("during a Friday visit" is that Friday's).
    fn some_weekday(&self, i: usize) -> bool {
        i > 1 && self.is(i - 1, "a") && self.is(i - 2, "on")
            || i > 2
                && self.is(i - 2, "a")
                && self.is(i - 3, "on")
                && self
                    .atoms
                    .get(i - 1)
                    .is_some_and(|a| a.word && !a.cap && a.lex == Lex::None)
    }

    /// A day named by one word at atom `k` (a weekday or yesterday/today/tomorrow, and what
    /// goes with it): what "a week from Friday" and "the early hours of Sunday" count from.
    fn day_at(&self, k: usize) -> Option<Found> {
        self.weekday(k)
            .or_else(|| self.deictic(k))
            .filter(|d| d.start == k && d.kind == TimexType::Date)
    }

    /// year-ago, year-earlier [quarter|period]
    fn year_ago(&self, j: usize) -> Option<Found> {
        // "prior-year" is "year-earlier"
        let prior = self.is(j, "prior") && self.joined(j + 1) && self.is(j + 1, "year");
        if !(prior
            || self.is(j, "year") && self.joined(j + 1) && self.is_any(j + 1, &["ago", "earlier"]))
        {
            return None;
        }
        if self.is_any(j + 2, &["quarter", "period"]) {
            return f(j, j + 3, TimexType::Date, Val::QuarterAgo);
        }
        f(
            j,
            j + 2,
            TimexType::Date,
            Val::Shift {
                unit: Unit::Year,
                n: -1,
                anchored: false,
                ago: true,
            },
        )
    }

    /// nineteen ninety-six, nineteen eighty
    fn spelled_year(&self, i: usize) -> Option<Found> {
        let (Lex::Num(c @ 10..=20), Lex::Num(t)) = (self.lx(i), self.lx(i + 1)) else {
            return None;
        };
        // Capitalised inside a sentence it is a title: "Orwell wrote Nineteen Eighty-Four".
        if !((10..100).contains(&t) && (t < 20 || t % 10 == 0)) || i > 0 && self.cap(i) {
            return None;
        }
        let (u, end) = match self.lx(i + 2) {
            Lex::Num(u @ 1..=9) if t >= 20 && self.joined(i + 2) => (u, i + 3),
            _ => (0, i + 2),
        };
        f(i, end, TimexType::Date, Val::Year((c * 100 + t + u) as i32))
    }

    /// A holiday, with its part of the day ("Thanksgiving morning", a TIME) or its weekend
    /// ("the Memorial Day weekend").
    fn holiday_part(&self, i: usize) -> Option<Found> {
        let h = self.holiday(i)?;
        let (TimexType::Date, &Val::Holiday { y, m, d }) = (h.kind, &h.val) else {
            return Some(h);
        };
        if let Lex::Pod(p @ 0..=3, false) = self.lx(h.end) {
            return part_of(h.start, h.end + 1, h.val, p);
        }
        if self.is(h.end, "weekend") {
            return Some(Found {
                end: h.end + 1,
                val: Val::HolidayWeekend { y, m, d },
                ..h
            });
        }
        Some(h)
    }

    /// A holiday set by the moon named in more than one word at `i`: "Lunar New Year",
    /// "Chinese New Year", "the Chinese Spring Festival", "Eid al-Fitr", "Eid ul-Adha".
    /// Where its name ends, and its [`Lex::Holiday`] day.
    fn moon_holiday(&self, i: usize) -> Option<(usize, u8)> {
        use super::lexicon::{EID_AL_ADHA, EID_AL_FITR, LUNAR_NEW_YEAR};
        let caps = |k: usize, w: &str| self.cap(k) && self.is(k, w);
        if self.is_any(i, &["Lunar", "Chinese"])
            && self.cap(i)
            && caps(i + 1, "New")
            && caps(i + 2, "Year")
        {
            // ("Lunar New Year's Day"; its eve is read by the caller)
            if self.is_any(i + 3, &["'s", "’s"]) {
                return self.is(i + 4, "Day").then_some((i + 5, LUNAR_NEW_YEAR));
            }
            return Some((i + 3, LUNAR_NEW_YEAR));
        }
        // ("Spring Festival" alone only before a word of the Chinese holiday's: not a
        // town's "Spring Festival of the arts")
        let spring = |k: usize| caps(k, "Spring") && caps(k + 1, "Festival");
        if caps(i, "Chinese") && spring(i + 1) {
            return Some((i + 3, LUNAR_NEW_YEAR));
        }
        if spring(i)
            && self.is_any(i + 2, &["holiday", "holidays", "travel", "rush", "period"])
            // (not a school's: "the Jefferson High Spring Festival holiday")
            && !(i > 0 && self.cap(i - 1) && !self.is_any(i - 1, &["the", "this", "last", "next"]))
        {
            return Some((i + 2, LUNAR_NEW_YEAR));
        }
        if caps(i, "Eid") {
            let mut j = i + 1;
            while j < i + 3 && self.is_any(j, &["al", "ul", "el", "il", "-"]) {
                j += 1;
            }
            if self.is(j, "Fitr") {
                return Some((j + 1, EID_AL_FITR));
            }
            if self.is_any(j, &["Adha", "Azha"]) {
                return Some((j + 1, EID_AL_ADHA));
            }
        }
        None
    }

    fn holiday(&self, i: usize) -> Option<Found> {
        // "last year's Christmas", "next year's Diwali": the holiday of that year.
        let year_told = |y: Option<i32>, m: u8, d: u8| {
            let n = match (i > 2).then(|| self.s(i - 3)) {
                Some(w) if w.eq_ignore_ascii_case("last") => -1,
                Some(w) if w.eq_ignore_ascii_case("next") => 1,
                Some(w) if w.eq_ignore_ascii_case("this") => 0,
                _ => return Val::Holiday { y, m, d },
            };
            if y.is_none() && self.is(i - 2, "year") && self.is_any(i - 1, &["'s", "’s"]) {
                Val::HolidayIn { n, m, d }
            } else {
                Val::Holiday { y, m, d }
            }
        };
        // "Chinese New Year's Eve", "Lunar New Year's Eve": the day before
        if self.is_any(i, &["Lunar", "Chinese"])
            && self.cap(i)
            && self.is(i + 1, "New")
            && self.is(i + 2, "Year")
            && self.is_any(i + 3, &["'s", "’s"])
            && self.is(i + 4, "Eve")
        {
            let inner = Box::new(year_told(None, 0, super::lexicon::LUNAR_NEW_YEAR));
            let val = Val::Around {
                inner,
                days: -1,
                week: false,
            };
            return f(i, i + 5, TimexType::Date, val);
        }
        if let Some((end, d)) = self.moon_holiday(i) {
            let y = self.year(end);
            let end = end + usize::from(y.is_some());
            return f(i, end, TimexType::Date, year_told(y, 0, d));
        }
        // "New Year's [Day]" (Jan. 1), "New Year's Eve" (Dec. 31)
        if self.is(i, "new")
            && self.cap(i)
            && self.is(i + 1, "year")
            && self.cap(i + 1)
            && self.is_any(i + 2, &["'s", "’s"])
        {
            let j = i + 3;
            let (end, m, d) = if self.is(j, "eve") {
                (j + 1, 12, 31)
            } else if self.is(j, "day") {
                (j + 1, 1, 1)
            } else {
                (j, 1, 1)
            };
            // "New Year's Eve, 1999", "New Year's Day 1863"
            let told = self.year(end).map(|y| (y, end + 1)).or_else(|| {
                self.is(end, ",")
                    .then(|| self.year_alone(end + 1).map(|y| (y, end + 2)))
                    .flatten()
            });
            if let Some((y, e)) = told {
                let val = Val::Holiday { y: Some(y), m, d };
                return f(i, e, TimexType::Date, val);
            }
            // "New Year's Eve that year": of the year told
            if self.is(end, "that") && matches!(self.lx(end + 1), Lex::Unit(Unit::Year, false)) {
                let val = Val::MonthIn {
                    n: 0,
                    m,
                    d,
                    told: true,
                };
                return f(i, end + 2, TimexType::Date, val);
            }
            return f(i, end, TimexType::Date, Val::Holiday { y: None, m, d });
        }
        // "Good Friday" (Easter less two days), "Black Friday" and "Cyber Monday" (after
        // Thanksgiving), "May Day".
        if self.cap(i) && self.cap(i + 1) {
            // "Ash Wednesday 2020", "the Ash Wednesday bushfires of 1983": a year told
            // with the feast
            // (not "Palm Sunday crowds of 1500 people", "closed on Good Friday as in 2019")
            let year = self.year(i + 2).or_else(|| {
                if self.is(i + 2, "in") {
                    // "founded on Palm Sunday in 1994"
                    return self.year(i + 3);
                }
                (i + 2..i + 5)
                    .find(|&k| self.is(k, "of"))
                    .filter(|&k| (i + 2..k).all(|c| self.atoms.get(c).is_some_and(|a| a.word)))
                    .and_then(|k| self.year_alone(k + 1))
            });
            let end = i + 2 + usize::from(self.year(i + 2).is_some());
            let around = |m: u8, d: u8, days: i32| {
                let inner = Box::new(Val::Holiday { y: year, m, d });
                f(
                    i,
                    end,
                    TimexType::Date,
                    Val::Around {
                        inner,
                        days,
                        week: false,
                    },
                )
            };
            // A holiday on day `d` of month `m` (or a movable feast's code), named up to `end`.
            let fixed = |end: usize, m: u8, d: u8| {
                f(i, end, TimexType::Date, Val::Holiday { y: None, m, d })
            };
            let easter = super::lexicon::EASTER;
            let thanksgiving = super::lexicon::FOURTH_THURSDAY;
            match (self.s(i), self.s(i + 1)) {
                // (not the 1998 "Good Friday Agreement")
                ("Good", "Friday") if self.is_any(i + 2, &["Agreement", "accord", "Accord"]) => {
                    return None;
                }
                ("Good", "Friday") => return around(4, easter, -2),
                ("Palm", "Sunday") => return around(4, easter, -7),
                ("Maundy", "Thursday") | ("Holy", "Thursday") => return around(4, easter, -3),
                ("Ash", "Wednesday") => return around(4, easter, -46),
                // (only the United States' said so: many countries have one, and a film
                // has the name; "Pakistan marks Independence Day" is August 14)
                ("Independence", "Day")
                    if i > 0
                        && (self.is_any(i - 1, &["U.S.", "US", "American"])
                            || i > 1
                                && self.is(i - 2, "America")
                                && self.is_any(i - 1, &["'s", "’s"])) =>
                {
                    return fixed(i + 2, 7, 4);
                }
                // "Bonfire Night" (Guy Fawkes), "All Saints' Day"
                ("Bonfire", "Night") => return fixed(i + 2, 11, 5),
                ("All", "Saints") => {
                    let j = i + 2 + usize::from(self.is_any(i + 2, &["'", "’", "'s", "’s"]));
                    if !self.is(j, "Day") {
                        return None;
                    }
                    return fixed(j + 1, 11, 1);
                }
                // (Saudi Arabia's; many countries have one)
                ("Saudi", "National") if self.is(i + 2, "Day") => return fixed(i + 3, 9, 23),
                // India's (15 August) and Pakistan's (14 August): named before it, or the
                // country of the story ("NEW DELHI — ... on Independence Day")
                ("Independence", "Day") => {
                    let named = |w: &[&str]| {
                        i > 0 && self.is_any(i - 1, w)
                            || i > 1 && self.is_any(i - 2, w) && self.is_any(i - 1, &["'s", "’s"])
                    };
                    // ("a 'gift' to the United States on its Independence Day": the
                    // United States' in a sentence that names them)
                    let d = if named(&["Pakistan", "Pakistani"]) {
                        14
                    } else if named(&["India", "Indian"]) {
                        15
                    } else if self.names_us() {
                        return fixed(i + 2, 7, 4);
                    } else if self.place.pakistan {
                        14
                    } else if self.place.india {
                        15
                    } else {
                        return None;
                    };
                    return fixed(i + 2, 8, d);
                }
                ("Black", "Friday") => return around(11, thanksgiving, 1),
                ("Cyber", "Monday") => return around(11, thanksgiving, 4),
                // (the first Tuesday of March since 2012, and mostly before)
                // (not "Mini Super Tuesday", "Super Tuesday II")
                ("Super", "Tuesday")
                    if !(i > 0 && self.is(i - 1, "Mini")
                        || self.is_any(i + 2, &["II", "III", "2", "3"])) =>
                {
                    return fixed(i + 2, 3, super::lexicon::FIRST_TUESDAY);
                }
                ("MLK", "Day") => return fixed(i + 2, 1, super::lexicon::THIRD_MONDAY),
                // "Martin Luther King Jr. Day", "Martin Luther King Day"
                ("Martin", "Luther") if self.is(i + 2, "King") => {
                    let j = if self.is_any(i + 3, &["Jr.", "Jr"]) {
                        i + 4
                    } else {
                        i + 3
                    };
                    if !self.is(j, "Day") {
                        return None;
                    }
                    return fixed(j + 1, 1, super::lexicon::THIRD_MONDAY);
                }
                ("May", "Day") => return fixed(i + 2, 5, 1),
                _ => {}
            }
        }
        let Lex::Holiday(m, d) = self.lx(i) else {
            return None;
        };
        if !self.cap(i) {
            return None;
        }
        // "Labour Day" is the first Monday of September only in Canada (and, spelled so by
        // Reuters, the United States'); in most countries it is 1 May, and in Australia
        // and New Zealand it falls by state: told where neither is named, no day.
        if self.is(i, "Labour")
            && !(self.place.canadian
                || self.names_us()
                || (0..self.atoms.len())
                    .any(|k| self.is_any(k, &["Canadian", "Canada", "Canadians"])))
        {
            return None;
        }
        // Thanksgiving in a Canadian story is October's second Monday.
        // (not "U.S. Thanksgiving", "American Thanksgiving")
        let (m, d) = if (m, d) == (11, super::lexicon::FOURTH_THURSDAY)
            && self.place.canadian
            && !(i > 0 && self.is_any(i - 1, &["U.S.", "US", "American"]))
        {
            (10, super::lexicon::SECOND_MONDAY)
        } else {
            (m, d)
        };
        // "Tariq Ramadan": a surname after a name (not "During Ramadan", "Happy Diwali")
        if d >= super::lexicon::LUNAR_NEW_YEAR
            && i > 0
            && self.cap(i - 1)
            && self
                .atoms
                .get(i - 1)
                .is_some_and(|a| a.word && a.lex == Lex::None)
            && !self.is_any(i - 1, PREP_MONTH)
            && !self.is_any(
                i - 1,
                &[
                    "the",
                    "a",
                    "for",
                    "holy",
                    "happy",
                    "ahead",
                    "celebrate",
                    "celebrating",
                ],
            )
        {
            return None;
        }
        let mut j = i + 1;
        let easter = d == super::lexicon::EASTER;
        // "Election Day", "Valentine's Day", never "election" alone nor "Election day" (any
        // election's: "Election day in Bosnia is September 14"); "Easter Island", "Easter
        // eggs" are no dates.
        if self.has(i, lexicon::HOLIDAY_DAY) {
            if self.is_any(j, &["'s", "’s", "'", "’"]) {
                j += 1;
            }
            if !self.is(j, "day") || !self.cap(j) {
                return None;
            }
        }
        if easter
            && (self.cap(j)
                && !self.is_any(j, &["Sunday", "Monday", "week", "Mass", "Masses", "Vigil"])
                || self.is_any(
                    j,
                    &["egg", "eggs", "bunny", "lily", "lilies", "island", "rising"],
                ))
            // "Christmas trees", "Christmas cards": things, not the day.
            || self.has(j, lexicon::HOLIDAY_THING)
        {
            return None;
        }
        // "Easter week", "Christmas week": the week of the day; "Easter Monday": the day after.
        if self.is(j, "week") || easter && self.is(j, "Monday") {
            let week = self.is(j, "week");
            return f(
                i,
                j + 1,
                TimexType::Date,
                Val::Around {
                    inner: Box::new(Val::Holiday { y: None, m, d }),
                    days: i32::from(!week),
                    week,
                },
            );
        }
        if self.is_any(j, &["day"]) || easter && self.is(j, "Sunday") {
            j += 1;
        } else if self.is(j, "eve") {
            // "Christmas Eve, 1915"
            let (y, end) = match (self.year(j + 1), self.is(j + 1, ",")) {
                (Some(y), _) => (Some(y), j + 2),
                (None, true) => match self.year_alone(j + 2) {
                    Some(y) => (Some(y), j + 3),
                    None => (None, j + 1),
                },
                _ => (None, j + 1),
            };
            // (a movable feast's eve is the day before it: "Thanksgiving Eve")
            let val = if (2..=31).contains(&d) {
                Val::Holiday { y, m, d: d - 1 }
            } else {
                Val::Around {
                    inner: Box::new(Val::Holiday { y, m, d }),
                    days: -1,
                    week: false,
                }
            };
            return f(i, end, TimexType::Date, val);
        }
        let mut y = self.year(j);
        if y.is_some() {
            j += 1;
        } else if self.is(j, ",") && d <= 31 {
            // "Christmas Day, 1914" (not "Christmas Day, 2000 volunteers served")
            if let Some(yy) = self.year_alone(j + 1) {
                y = Some(yy);
                j += 2;
            }
        }
        // "St. Patrick's Day"
        let start = if i > 0
            && self.is_any(i, &["patrick", "stephen"])
            && self.is_any(i - 1, &["st.", "st", "saint"])
        {
            i - 1
        } else {
            i
        };
        f(start, j, TimexType::Date, year_told(y, m, d))
    }
}

/// "the 1990s" is a decade, "the 1800s" a century (the nineteenth).
fn centuryish(v: u32) -> Val {
    if v % 100 == 0 && (1000..2000).contains(&v) {
        Val::Century((v / 100) as i32)
    } else {
        Val::Decade(decade(v))
    }
}

/// The decade of "1990s" (1990) or "90s" (90) as TimeML writes it (199); two digits are
/// 1930 to 2020.
fn decade(v: u32) -> i32 {
    let v = v as i32;
    if v >= 1000 {
        v / 10
    } else if v >= 30 {
        190 + v / 10
    } else {
        200 + v / 10
    }
}

/// "PT4H" and "PT48M" make "PT4H48M"; `None` unless each unit of `b` is smaller than
/// every unit of `a` ("P2D" + "PT3H" = "P2DT3H"; not "PT48M" + "PT4H").
fn join_durations(a: &str, b: &str) -> Option<String> {
    const ORDER: &str = "YMWDhms";
    // Units in order, with months and minutes told apart by the T.
    fn units(v: &str) -> Option<Vec<(String, usize)>> {
        let body = v.strip_prefix('P')?;
        let (date, time) = body.split_once('T').unwrap_or((body, ""));
        let mut out = Vec::new();
        for (part, is_time) in [(date, false), (time, true)] {
            let mut num = String::new();
            for c in part.chars() {
                if c.is_ascii_digit() || c == '.' {
                    num.push(c);
                    continue;
                }
                let key = if is_time { c.to_ascii_lowercase() } else { c };
                let rank = ORDER.find(key)?;
                if num.is_empty() {
                    return None;
                }
                out.push((std::mem::take(&mut num) + &c.to_string(), rank));
            }
        }
        Some(out)
    }
    let (ua, ub) = (units(a)?, units(b)?);
    let last = ua.last()?.1;
    if ub.first()?.1 <= last {
        return None;
    }
    let (mut date, mut time) = (String::new(), String::new());
    for (text, rank) in ua.iter().chain(&ub) {
        if *rank >= 4 {
            time.push_str(text);
        } else {
            date.push_str(text);
        }
    }
    Some(if time.is_empty() {
        format!("P{date}")
    } else {
        format!("P{date}T{time}")
    })
}

/// A TIMEX3 duration of `n` and a half units, where the unit splits evenly ("P2Y6M").
fn half_duration(n: u32, unit: Unit) -> Option<String> {
    let lead = |s: &str| {
        if n == 0 {
            String::new()
        } else {
            format!("{n}{s}")
        }
    };
    Some(match unit {
        Unit::Minute => format!("PT{}30S", lead("M")),
        Unit::Hour => format!("PT{}30M", lead("H")),
        Unit::Day => format!("P{}T12H", lead("D")),
        Unit::Year => format!("P{}6M", lead("Y")),
        Unit::Decade => format!("P{}Y", n.checked_mul(10)?.checked_add(5)?),
        Unit::Century => format!("P{}Y", n.checked_mul(100)?.checked_add(50)?),
        _ => return None,
    })
}

fn pod(p: u8) -> &'static str {
    ["MO", "AF", "EV", "NI"]
        .get(p as usize)
        .copied()
        .unwrap_or("MO")
}

fn to24(h: u8, ampm: u8) -> u8 {
    match (ampm, h) {
        (1, 12) => 0,
        (2, 1..=11) => h + 12,
        _ => h,
    }
}

/// [`Val::Weekday`] direction for "this Saturday": the day of the current week unless the
/// tense says otherwise.
pub(crate) const THIS_WEEK: i8 = 2;

fn tense_of(n: i32) -> Tense {
    match n {
        n if n < 0 => Tense::Past,
        n if n > 0 => Tense::Future,
        _ => Tense::Same,
    }
}

const FUTURE: &[&str] = &[
    "will",
    "'ll",
    "shall",
    "would",
    "planning",
    "scheduled",
    "due",
    "upcoming",
    "intends",
    "wo",
    "tomorrow",
    "tonight",
];
/// Future cues only when "to" follows: "expected to", "plans to".
const FUTURE_TO: &[&str] = &[
    "going",
    "plans",
    "plan",
    "expected",
    "expects",
    "expect",
    "set",
    "hopes",
    "hope",
    "aims",
    "intend",
    "intended",
    "hoped",
    "want",
    "wants",
    "forecast",
    "slated",
    "poised",
    "likely",
    "unlikely",
    "predicted",
    "projected",
    "hoping",
    "aiming",
    "expecting",
    "preparing",
];
/// Before a two-digit decade, they make it a rate or a temperature: "the upper 70s".
const RATE_MODS: &[&str] = &["low", "high", "upper", "lower"];
/// Before a decade, they make it an age: "in their 30s", "in his late 20's".
const POSSESSIVES: &[&str] = &["their", "his", "her", "my", "our", "your", "its"];
/// Words before a clock time that tell it is one: "at 10:30", "from 13:00".
const CLOCK_CUES: &[&str] = &[
    "at",
    "by",
    "until",
    "till",
    "after",
    "before",
    "from",
    "around",
    "about",
    "past",
    "since",
    "between",
    "to",
    "-",
    "–",
    "approximately",
    "nearly",
    "shortly",
];
/// Modal verbs: a verb's base form follows ("will hit", "could last", "will one day").
const MODALS: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "must", "should", "shall", "wo",
];
/// Verbs a headline's "to" is future before ("Unions to strike on Monday"), besides the
/// present-event words.
const HEADLINE_VERBS: &[&str] = &[
    "speak", "resign", "strike", "cut", "unveil", "hold", "raise", "sign", "announce", "step",
    "quit", "join", "buy", "sell", "seek", "release", "end", "lift", "ban", "scrap", "axe", "vote",
    "decide", "testify", "be", "get", "hike", "boost", "sue", "appeal", "rule", "attend",
    "address", "lead", "name", "launch", "stand", "run", "take",
];
/// Future cues on their own: "Forecasters expect a weak fourth quarter".
const FUTURE_VERBS: &[&str] = &[
    "expect",
    "expects",
    "predict",
    "predicts",
    "anticipate",
    "anticipates",
];
/// Verbs that ask for or promise what is ahead: "urged residents to leave by Friday".
const DIRECTIVES: &[&str] = &[
    "urged",
    "ordered",
    "told",
    "asked",
    "instructed",
    "directed",
    "warned",
    "advised",
    "requested",
    "required",
    "pressed",
    "encouraged",
    "invited",
    "gave",
    "given",
    "promised",
    "pledged",
    "vowed",
    "agreed",
    "wanted",
];
/// Neither past nor future although they end in -ed.
const NEUTRAL_ED: &[&str] = &[
    "planned",
    "scheduled",
    "expected",
    "proposed",
    "unexpected",
    "supposed",
];

/// Words before an adjective: an -ed word after them is no verb.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "this",
];

/// How many atoms either side of a time expression [`tense`] looks at for cues.
const TENSE_WINDOW: usize = 24;
/// How far [`tense`] looks when there is no cue within [`TENSE_WINDOW`].
const FAR_WINDOW: usize = 48;

/// The tense around atoms `s..e`: the nearest tense cue in the sentence wins.
pub(crate) fn tense(g: &G<'_>, s: usize, e: usize) -> Tense {
    let n = g.atoms.len();
    // "until Tuesday", "as early as Tuesday" are ahead ("not until Tuesday" is when it
    // happened: the verb tells).
    let not_until =
        (s.saturating_sub(5)..s.saturating_sub(1)).any(|k| g.is_any(k, &["not", "n't", "never"]));
    // "from 3pm until 9pm on Wednesday", "from 6pm on Friday until 6am on Saturday",
    // "from Monday to Friday": a range. A simple past tells it is past ("Police closed the
    // road from ..."), a future or a present event that it is ahead ("The festival runs
    // from ..."), and so does a present ("is in force from"); a state that has held ("has
    // been closed from") is past; told with none of these ("has issued a warning ...
    // from"), days of the week are this week's and months and dates keep their nearest
    // year.
    let range = !not_until
        && (s > 0 && g.is(s - 1, "from") && (e..(e + 4).min(n)).any(|k| range_word(g, k))
            || s > 1
                && range_word(g, s - 1)
                && (s.saturating_sub(7)..s - 1)
                    .rev()
                    .take_while(|&k| !g.is_any(k, &[",", ";", "and", "but"]))
                    .any(|k| g.is(k, "from")));
    if range {
        // The atoms of the range's clause before it, nearest first.
        let before = || {
            (s.saturating_sub(10)..s)
                .rev()
                .take_while(|&k| !g.is_any(k, &[",", ";"]))
        };
        // ("A warning is in place from 6am on Monday": a present is ahead.)
        let present = before().any(|k| g.is_any(k, &["is", "are"]));
        // ("The bridge has been closed from Monday until Wednesday": a state that has
        // held, not one announced, "has been issued")
        let state = (s.saturating_sub(8)..s).any(|k| {
            g.is(k, "been")
                && !g.is_any(
                    k + 1,
                    &[
                        "issued",
                        "announced",
                        "imposed",
                        "introduced",
                        "extended",
                        "scheduled",
                        "planned",
                        "called",
                        "put",
                    ],
                )
        });
        let weekday = (s..(e + 4).min(n)).any(|k| g.is_weekday(k));
        // "is on a four-day visit from Monday to Thursday", "are now closed from ...": under
        // way, begun on or before today and ending on or after it.
        let under_way = before()
            .any(|k| g.is_any(k, &["is", "are"]) && g.is_any(k + 1, &["on", "currently", "now"]));
        if under_way && weekday {
            return if g.is(s - 1, "from") {
                Tense::Past
            } else {
                Tense::Future
            };
        }
        return match tense_of_cues(g, s, e) {
            _ if state && weekday => Tense::Past,
            (Tense::Past, Some(k)) if !(k > 0 && g.is_any(k - 1, &["has", "have"])) => Tense::Past,
            (Tense::Future, _) => Tense::Future,
            _ if present => Tense::Future,
            // (this week's only for days of the week: a month or a date keeps its nearest
            // year, "has been closed from December 28 until January 3")
            _ if weekday => Tense::Same,
            _ => Tense::Unknown,
        };
    }
    // "Companies racing to finish computer fixes before Jan. 1": a goal raced for is
    // ahead; so is a day counted down to from today ("said today, four days before
    // Tuesday's presidential election").
    if s > 0
        && g.is_any(s - 1, &["before", "by"])
        && (s.saturating_sub(9)..s - 1).any(|k| {
            g.is(k + 1, "to")
                && g.is_any(
                    k,
                    &[
                        "racing",
                        "rushing",
                        "scrambling",
                        "hurrying",
                        "struggling",
                        "striving",
                        "working",
                        "pushing",
                        "race",
                        "rush",
                        "scramble",
                    ],
                )
        })
        && !(s.saturating_sub(12)..s).any(|k| g.is_any(k, &["had", "hadn't"]))
        || s > 4
            && g.is(s - 1, "before")
            && matches!(g.lx(s - 2), Lex::Unit(..))
            && g.is(s - 4, ",")
            && g.is_any(s - 5, &["today", "tonight"])
    {
        return Tense::Future;
    }
    // "Taxpayers have until April 15 to file", "The council has until Friday": a time
    // still given is ahead, whatever the sentence tells after it; so is what is "likely
    // by Thursday night", "expected by Friday", "due by Monday".
    if s > 1
        && (g.is_any(s - 1, &["until", "till"]) && g.is_any(s - 2, &["have", "has"])
            || g.is(s - 1, "by")
                && g.is_any(
                    s - 2,
                    &["likely", "unlikely", "expected", "due", "possible"],
                )
                // (not what was awaited: "had been expected by March", "was due by Monday";
                // "was likely by Thursday night" is a forecast's)
                && !(s.saturating_sub(5)..s - 2).any(|k| {
                    g.is_any(k, &["had", "been"])
                        || g.is_any(k, &["was", "were"]) && g.is_any(s - 2, &["expected", "due"])
                }))
    {
        return Tense::Future;
    }
    // "might not be fully restored until Thursday", "won't reopen until Monday": a wait a
    // modal tells is ahead ("could not be reached until Monday", "would not dock until
    // Tuesday" may be past; so is "should not have been published until Monday"; and the
    // modal is the wait's own, just before its "not": not "will ask why it did not act
    // until Monday")
    if not_until
        && s > 0
        && g.is_any(s - 1, &["until", "till"])
        && (s.saturating_sub(8)..s).any(|k| {
            g.is_any(
                k,
                &[
                    "will", "wo", "might", "may", "must", "should", "shall", "can", "ca",
                ],
            ) && !g.cap(k)
                && g.is_any(k + 1, &["not", "n't"])
                // (a perfect: "should not have been published until Monday"; not a
                // possession, "might not have power back until the weekend")
                && !(g.is(k + 2, "have") && (g.is(k + 3, "been") || g.past_form(k + 3)))
                && !(k..s).any(|c| g.is_any(c, &[",", ";", "why", "that", "when", "because"]))
        })
    {
        return Tense::Future;
    }
    // "A judge ordered those polling places to stay open until 10 p.m.": a bare clock a
    // past order reaches to is of the day told, not one ahead.
    if s > 0
        && g.is_any(s - 1, &["until", "till"])
        && (s..e).all(|k| !g.is_weekday(k) && !matches!(g.lx(k), Lex::Deictic(_) | Lex::Tonight))
        && (s..e).any(|k| matches!(g.lx(k), Lex::Clock(..) | Lex::ClockWord(_) | Lex::Ampm(_)))
        // (and no day told after the clock: "has ordered pools to stay open until 9 p.m. on
        // Saturday")
        && !g.is_any(e, &["on", "this", "next", "tomorrow", "tonight"])
        && !g.is_weekday(e)
        && (s.saturating_sub(10)..s).any(|k| {
            g.is_any(
                k,
                &["ordered", "allowed", "permitted", "told", "asked", "urged"],
            ) && !(k > 0 && g.is_any(k - 1, &["has", "have", "will", "to"]))
                && (k + 1..s).any(|c| g.is(c, "to"))
                && !(k + 1..s).any(|c| g.is_any(c, &[",", ";", "and", "but"]))
        })
    {
        return Tense::Unknown;
    }
    if s > 0 && g.is_any(s - 1, &["until", "till"]) && !not_until
        || s > 1 && g.is(s - 1, "after") && g.is_any(s - 2, &["until", "till"])
        || until_at_least(g, s)
        || s > 1 && g.is(s - 1, "as") && g.is_any(s - 2, &["early", "soon"])
    {
        // ... unless told in the past perfect: "Until Thursday, they had not called him".
        let lo = s.saturating_sub(TENSE_WINDOW);
        let hi = (e + TENSE_WINDOW).min(n);
        // (not a "had" before an infinitive that carries the date: "colleagues had
        // expected him to wait until the autumn", a wait still ahead)
        // (with its object: "had expected to remain in the city until May, but were
        // withdrawn in April" is the troops' own past plan)
        let infinitive = |k: usize| {
            k < s
                && g.is_any(k + 1, &["expected", "anticipated", "assumed"])
                && !g.is(k + 2, "to")
                && (k + 1..s).any(|c| {
                    g.is(c, "to")
                        && g.atoms.get(c + 1).is_some_and(|a| a.word && !a.cap)
                        && matches!(g.lx(c + 1), Lex::None)
                })
        };
        if (lo..hi).any(|k| g.is_any(k, &["had", "hadn't"]) && !infinitive(k)) {
            return Tense::Past;
        }
        // ("A deal could come as early as August", told in September: next August)
        if g.is(s - 1, "as") && (s..e).any(|k| matches!(g.lx(k), Lex::Month(_))) {
            return Tense::StrictFuture;
        }
        return Tense::Future;
    }
    // '"Make sure you vote on Sunday," said the party leader', '"Stay off the roads on
    // Thursday," police warned': a quoted imperative asks for what is ahead (the date
    // inside the quote, not a day's thing: "Remember Sunday's game").
    let quote = |k: usize| g.is_any(k, &["\"", "“", "‘"]);
    if s > 1
        && quote(0)
        && g.is_any(
            1,
            &[
                "Make", "Stay", "Come", "Join", "Vote", "Don't", "Don’t", "Please", "Bring",
                "Keep", "Avoid", "Check", "Go", "Call", "Plan", "Book", "Turn", "Be", "Get",
            ],
        )
        && !(1..s).any(|k| g.is_any(k, &["\"", "”", "’"]) || quote(k))
        && !g.is_any(e, &["'s", "’s"])
        && g.is_weekday(s)
    {
        return Tense::Future;
    }
    // "Come November, voters decide"; a fixture list's "Playing Sunday:".
    if s > 0
        && (g.is(s - 1, "come")
            || g.is(s - 1, "playing")
                && g.is(e, ":")
                && !(s > 1 && g.is_any(s - 2, &["was", "were"])))
    {
        return Tense::Future;
    }
    // "landed in Dublin, a day after talks in Paris on Monday", "The announcement follows
    // the company's investor day on Monday", "comes after talks on Monday": the earlier of
    // two events, gone (not when the later is ahead: "will meet a day after talks on
    // Monday", nor "follows a plan to vote on Monday"; an "after" only after a past or a
    // perfect: "The final takes place on Sunday, a day after the bronze match on Saturday"
    // is a schedule).
    if g.is_weekday(s) && !g.is_any(e, &["'s", "’s"]) {
        let cue = (s.saturating_sub(12)..s)
            .rev()
            .take_while(|&k| !g.is_any(k, &[";", "but", "to", "will", "would"]))
            .find(|&k| {
                g.is(k, "follows")
                    // (not "followed by chemistry on Wednesday", a sequence)
                    || g.is(k, "followed") && !g.is(k + 1, "by")
                    || g.is(k, "after")
                        && !g.cap(k)
                        && k > 0
                        && g.is_any(
                            k - 1,
                            &["came", "day", "days", "hours", "weeks", "shortly", "soon"],
                        )
                        && (0..k).any(|j| {
                            g.is_any(j, &["has", "have", "had"])
                                || g.atoms.get(j).is_some_and(|a| a.word && !a.cap)
                                    && g.past_form(j)
                        })
            });
        if let Some(k) = cue {
            let ahead = (0..k).any(|j| {
                g.is_any(
                    j,
                    &["will", "would", "'ll", "shall", "could", "may", "might"],
                ) && !g.cap(j)
                    || g.is_any(j, &["is", "are"])
                        && g.is_any(j + 1, &["due", "expected", "set", "scheduled", "to"])
            });
            if !ahead {
                return Tense::Past;
            }
        }
    }
    // "warning extended to Saturday morning", "has postponed the vote to Friday", "extends
    // the warning into Sunday": a deferral reaches ahead (unless told in the past perfect;
    // "The fighting extended into Sunday" is a past, "Flight delays ... led to Monday's
    // cancellations" no deferral).
    if s > 0 && g.is_any(s - 1, &["to", "into"]) && !g.is_any(e, &["'s", "’s"]) {
        let deferral = (s.saturating_sub(20)..s - 1).any(|k| {
            let w = g.s(k);
            let stem = [
                "extend",
                "postpone",
                "delay",
                "adjourn",
                "defer",
                "reschedul",
                "push",
            ]
            .iter()
            .find(|p| {
                w.len() >= p.len() && w.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
            });
            let Some(stem) = stem else {
                return false;
            };
            let rest = &w[stem.len()..];
            // A simple past defers only what a deadline word names ("warning extended
            // to Saturday"); after has/have/was/were/been, or as a present, it is a verb.
            let aux = k > 0
                && g.is_any(
                    k - 1,
                    &["has", "have", "was", "were", "been", "be", "is", "are"],
                );
            let deadline_noun = k > 0
                && (g.has(k - 1, lexicon::EVENT_NOUN)
                    || g.is_any(
                        k - 1,
                        &[
                            "warning",
                            "alert",
                            "deadline",
                            "ban",
                            "curfew",
                            "lockdown",
                            "offer",
                            "order",
                            "restrictions",
                            "talks",
                        ],
                    ));
            match rest {
                // "extends", "agreed to delay the vote to", "is extending", "an adjournment"
                "s" | "es" | "" | "ing" | "ment" => true,
                // "adjourned the case to Friday" (an object between); "The fighting
                // extended into Sunday" (none) is a past
                "ed" | "d" | "red" => aux || deadline_noun || k + 2 != s,
                _ => false,
            }
        });
        let had = (s.saturating_sub(TENSE_WINDOW)..s).any(|k| g.is_any(k, &["had", "hadn't"]));
        if deferral && !had {
            return Tense::Future;
        }
    }
    // "a premium of 34% over Harlan's closing price on Friday": a price struck is past,
    // whatever the deal will do.
    if s > 2
        && g.is(s - 1, "on")
        && (g.is(s - 3, "closing") && g.is_any(s - 2, &["price", "prices", "level", "value"])
            || g.is(s - 2, "close") && g.is_any(s - 3, &["'s", "’s", "the", "its", "their"]))
        && g.is_weekday(s)
    {
        return Tense::Past;
    }
    let (t, cue) = tense_of_cues(g, s, e);
    // The word that tells a start just before the expression: "starting Wednesday",
    // "effective Monday", "starting in April", "beginning on May 1".
    let start_word = if s > 1
        && g.is_any(s - 1, &["in", "on", "at"])
        && g.is_any(s - 2, &["starting", "beginning"])
    {
        Some(s - 2)
    } else if s > 0 && g.is_any(s - 1, &["starting", "beginning", "effective"]) {
        Some(s - 1)
    } else {
        None
    };
    // "prepare for more snow starting Wednesday afternoon", "effective Monday": a start
    // told with no past is ahead ("was suspended starting Friday" is not).
    // ("Forecasters said a storm could bury the region beginning Saturday afternoon": a
    // start a modal tells, whatever the saying's tense)
    let modal_start = start_word.is_some_and(|w| {
        (w.saturating_sub(12)..w).any(|k| {
            g.is_any(k, &["could", "may", "might", "will", "would", "should"])
                && !g.cap(k)
                && !g.is_any(k + 1, &["have", "not", "n't"])
        }) && !(w.saturating_sub(14)..w).any(|k| g.is_any(k, &["had", "hadn't"]))
    });
    if start_word.is_some_and(|w| !(w > 0 && g.is_any(w - 1, &["was", "were", "is", "are"])))
        // (not the verb: "He is starting Wednesday's game")
        && !g.is_any(e, &["'s", "’s"])
        && (matches!(t, Tense::Unknown | Tense::Same) || modal_start)
    {
        return Tense::Future;
    }
    // "created a new office, effective Feb. 1": when a change takes effect is told by
    // the calendar, not by the past of its announcement: the next such day, or one just
    // gone ("became effective" and "was effective" are past). So is "approved a plan
    // that moves pickup to every two weeks starting in April".
    let decided = |k: usize| {
        g.is_any(
            k,
            &[
                "approved",
                "announced",
                "voted",
                "agreed",
                "decided",
                "ordered",
                "unveiled",
                "adopted",
                "passed",
                "declared",
            ],
        )
    };
    if start_word.is_some_and(|w| {
        w > 0
            && (g.is(w, "effective") && g.is(w - 1, ",")
                || !g.is(w, "effective") && cue.is_some_and(decided))
    }) && t == Tense::Past
        && cue.is_some_and(|k| k < s && !g.is_any(k, &["had", "was", "were", "became"]))
        // (no date told before it in the sentence: "In March 2019, the board created a new
        // office, effective April 1", "appointed Jones in July, effective Aug. 1")
        && !(0..s).any(|k| {
            matches!(
                g.lx(k),
                Lex::Month(_) | Lex::Weekday(_) | Lex::Deictic(_) | Lex::Unit(Unit::Year, _)
            ) || g.year(k).is_some()
        })
    {
        // (a weekday after a decision is this week's: "ordered evacuations beginning at 6
        // p.m. Thursday", told on the Wednesday before or the Saturday after)
        let weekday =
            (s..e).any(|c| g.is_weekday(c)) && start_word.is_some_and(|w| !g.is(w, "effective"));
        return if weekday { Tense::Same } else { Tense::Future };
    }
    // "Thursday is shaping up to be the most dangerous day (we have seen)": told in the
    // present, ahead, unless a verb close by tells otherwise ("Monday is when the attack
    // took place").
    let opens = s == 0 || g.is_any(s - 1, &[",", "\"", "“", "and", "but"]);
    if opens
        && g.is_any(e, &["is", "looks", "promises", "marks"])
        // (a cue in a "since" clause tells of that: "Tuesday marks 25 years since the dam
        // gave way")
        && cue.is_none_or(|k| k < s || k > e + 6 || (e..k).any(|c| g.is(c, "since")))
    {
        return Tense::Future;
    }
    // "Shoppers are stocking up ahead of Christmas", "prices have jumped ahead of
    // Thanksgiving", "Security was tightened ahead of Sunday's final", "are cautious ahead
    // of the Fed's decision on Wednesday", "retailers are preparing for Black Friday": what
    // is done ahead of a day is told before the day comes (once it has come, news tells
    // the day itself); not what "had" been done.
    // ("ahead of", "in the run-up to", "in the lead-up to")
    // ("in the run-up to Christmas" is often told after it: "Sales in the run-up to
    // Christmas were the weakest since 2008"; ahead only with no cue)
    let ahead_of = |p: usize| {
        let q = if g.is(p, "ahead") && g.is(p + 1, "of") {
            p + 2
        } else if g.is_any(
            p,
            &[
                "preparing",
                "prepare",
                "prepares",
                "bracing",
                "brace",
                "waiting",
                "wait",
                "waits",
            ],
        ) && g.is(p + 1, "for")
        {
            // ("bracing for a third walkout on Saturday", "preparing for Black Friday",
            // "waiting for Friday's retail sales figures"; not the past's "Troops braced
            // for an attack on Sunday, but it never came")
            p + 2
        } else if g.is_any(p, &["run", "lead"])
            && g.is(p + 1, "up")
            && g.is(p + 2, "to")
            && t == Tense::Unknown
        {
            p + 3
        } else if g.is(p, "to")
            && g.is(p + 1, "go")
            && g.is_any(p + 2, &["before", "until", "till"])
            && p > 0
            && matches!(
                g.lx(p - 1),
                Lex::Unit(Unit::Day | Unit::Week | Unit::Month, _)
            )
        {
            // ("with two days to go before Thursday's referendum": a countdown of days,
            // not a match's last minutes, "with 10 minutes to go before half-time on
            // Saturday, Kane scored"; nor one told in the past perfect, "the polls had
            // narrowed")
            return p + 3 <= s
                && s - (p + 3) <= 4
                && !(0..g.atoms.len()).any(|k| g.is_any(k, &["had", "hadn't"]));
        } else {
            return false;
        };
        // ("two points ahead of Liverpool on Saturday", "well ahead of schedule": a place)
        let margin = p > 0
            && (g.is_any(
                p - 1,
                &[
                    "well", "far", "way", "just", "points", "seconds", "minutes", "lengths",
                    "strokes", "shots", "goals", "votes", "games", "runs", "places",
                ],
            ) || matches!(g.lx(p - 1), Lex::Unit(..)));
        // The day itself ("ahead of Sunday's final", "ahead of Christmas"), or an event
        // on it ("ahead of the Fed's decision on Wednesday"; not "ahead of schedule on
        // Friday", "ahead of her rival on Sunday").
        !margin
            && q <= s
            && (s == q
                || s - q <= 7
                    // ("ahead of its release Friday": the event right before its day)
                    && (g.is_any(s - 1, &["on", "in", "at"]) || g.has(s - 1, lexicon::EVENT_NOUN))
                    && (g.is_any(q, DETERMINERS) || g.is_any(q + 1, &["'s", "’s"]))
                    && !(q..s).any(|c| {
                        g.is_any(
                            c,
                            &[
                                ",",
                                ";",
                                "and",
                                "but",
                                "that",
                                "which",
                                "who",
                                "after",
                                "schedule",
                                "expectations",
                                "time",
                                "forecasts",
                                "estimates",
                                "rival",
                                "rivals",
                                "target",
                            ],
                        ) || matches!(g.lx(c), Lex::Month(_) | Lex::Weekday(_) | Lex::Int(..))
                    }))
    };
    let ahead = (s.saturating_sub(10)..s).any(ahead_of)
        // ("Investors await Friday's jobs report")
        || s > 0 && g.is_any(s - 1, &["await", "awaits", "awaiting"]);
    // (not "had fallen ahead of Thursday's report" — a "had" in the date's own clause —
    // nor "rose ahead of Christmas last year")
    // (a present perfect is no past perfect: "have had a week to prepare for Thursday
    // night's game")
    let had = (s.saturating_sub(20)..s)
        .rev()
        .take_while(|&c| !g.is(c, ","))
        .any(|c| {
            g.is_any(c, &["had", "hadn't"])
                && !(c > 0 && g.is_any(c - 1, &["have", "has", "'ve", "’ve"]))
        });
    // ... nor one whose event is told as done: "ahead of Sunday's final, which Spain won")
    let told = (e..(e + 4).min(n)).any(|c| {
        g.is_any(c, &["last", "ago", "earlier", "previous"])
            || c > 0 && g.is(c - 1, "in") && g.year(c).is_some()
    }) || (e..(e + 5).min(n)).any(|c| {
        g.is_any(c, &["which", "that", "when", "where"])
            && (c + 1..(c + 5).min(n))
                .any(|k| g.has(k, lexicon::PAST) || g.s(k).ends_with("ed") && !g.cap(k))
    });
    // A weekday is ahead in any tense (news tells the day itself once it has come); a
    // holiday or month told in the past may be the one gone ("Retailers hired workers
    // ahead of Christmas", told in January): ahead only told now or as what has been.
    let weekday = (s..e).any(|c| g.is_weekday(c));
    let now = t == Tense::Unknown
        || t == Tense::Past && cue.is_none()
        || t == Tense::Past
            && cue
                .is_some_and(|k| k < s && k > 0 && g.is_any(k - 1, &["have", "has", "'ve", "’ve"]));
    if ahead && !had && !told && t != Tense::Future && (weekday || now) {
        return Tense::Future;
    }
    // "Matt has confirmed the booking for 3rd Dec", "Tickets for Sunday are sold out, the
    // board said": a booking is for a day ahead, unless told as gone ("He had an
    // appointment for Tuesday but never showed up").
    if s > 1
        && g.is(s - 1, "for")
        && g.is_any(
            s - 2,
            &[
                "booking",
                "bookings",
                "reservation",
                "reservations",
                "appointment",
                "appointments",
                "tickets",
            ],
        )
        && !g.is_any(e, &["'s", "’s"])
        && (now
            || t == Tense::Past
                && cue.is_some_and(|k| {
                    k > e
                        && g.is_any(k, &["said", "says", "told", "announced"])
                        && (k.saturating_sub(4)..k).any(|c| g.is(c, ","))
                }))
    {
        return Tense::Future;
    }
    // "The Met Office issued a yellow warning for Wednesday night": a warning is issued
    // ahead of its day (not one "had issued", "lifted", or told with another past: "A
    // flood warning for Friday was lifted", "Despite a warning for Tuesday, thousands
    // attended").
    if s > 1
        && g.is(s - 1, "for")
        && g.is_any(s - 2, &["warning", "warnings", "alert", "alerts", "watch"])
        && !g.is_any(e, &["'s", "’s"])
        && match (t, cue) {
            (Tense::Unknown, _) => true,
            (Tense::Past, Some(k)) => {
                k < s
                    && g.is_any(k, &["issued", "issues", "issue", "declared", "put"])
                    && !(k.saturating_sub(3)..k).any(|c| g.is_any(c, &["had", "which", "who"]))
                    && !(e..n).any(|c| g.past_form(c))
            }
            _ => false,
        }
    {
        return Tense::Future;
    }
    if t != Tense::Unknown {
        return t;
    }
    // "conditions forecast for Thursday" (not "rain was forecast for Monday", "the
    // forecast for Thursday was wrong"); "sailings have been cancelled for Friday
    // afternoon".
    if s > 1
        && g.is(s - 1, "for")
        && !g.is_any(e, &["was", "were", "had"])
        && (g.is_any(s - 2, &["forecast", "forecasts", "predicted"])
            && !(s > 2 && g.is_any(s - 3, &["was", "were", "had", "the", "a", "its"]))
            || s > 3
                && g.s(s - 2).ends_with("ed")
                && g.is(s - 3, "been")
                && g.is_any(s - 4, &["has", "have"]))
        && !g.is_any(e, &["'s", "’s"])
    {
        return Tense::Future;
    }
    t
}

/// Whether atom `k` ends the start of a range: "until", "to", "through", a dash.
fn range_word(g: &G<'_>, k: usize) -> bool {
    g.is_any(k, &["until", "till", "to", "through", "thru", "-", "–"])
}

/// "until at least Thursday": the expression at `s` follows it.
pub(crate) fn until_at_least(g: &G<'_>, s: usize) -> bool {
    s > 2 && g.is(s - 1, "least") && g.is(s - 2, "at") && g.is_any(s - 3, &["until", "till", "by"])
}

/// Keep the cue at atom `k` telling `t` at distance `d` when it is nearer than `best`.
fn keep_nearest(best: &mut Option<(usize, Tense, usize)>, d: usize, t: Tense, k: usize) {
    if best.is_none_or(|(bd, _, _)| d < bd) {
        *best = Some((d, t, k));
    }
}

/// Whether the cue at atom `k` is the verb of a closing frame after the expression ending
/// at `e`: "..., the poll found."
/// So is one right after a comma and a short subject when the sentence told something
/// before the expression: "The government will publish its plan before Christmas, the
/// health secretary told MPs on Thursday, after ..." (not "On Monday, officials said").
fn reporting_frame(g: &G<'_>, e: usize, k: usize) -> bool {
    if k < e
        || !g.is_any(
            k,
            &[
                "said",
                "says",
                "told",
                "reported",
                "found",
                "added",
                "announced",
                "showed",
            ],
        )
    {
        return false;
    }
    let Some(c) = (e..k).rev().find(|&c| g.is(c, ",")) else {
        return false;
    };
    // ("If you can work from home on Thursday, do it," said meteorologist Claire Dion: a
    // quote's closing mark after its comma)
    let c = if g.is_any(c + 1, &["\"", "”", "'", "’"]) {
        c + 1
    } else {
        c
    };
    k + 4 >= g.atoms.len()
        || k - c <= 5
            && ((c + 1)..k).all(|x| {
                g.atoms.get(x).is_some_and(|a| a.word)
                    && !g.is_any(x, &["that", "which", "who", "and", "but", "when", "as"])
            })
            && ((0..e).any(|x| {
                g.is_any(x, MODALS)
                    || g.is_any(x, FUTURE)
                    || g.has(x, lexicon::PAST) && !g.is_any(x, &["last", "past"])
            }) || quoted(g, c))
}

/// Whether the comma or mark at atom `c` closes a quote that opens the sentence: '"That
/// puts us well into the summer," she said' tells its dates by its own verbs, and with
/// none, by none.
fn quoted(g: &G<'_>, c: usize) -> bool {
    g.is_any(0, &["\"", "“"])
        && g.is_any(c, &["\"", "”"])
        && !(1..c).any(|x| g.is_any(x, &["\"", "“", "”"]))
}

/// Whether "could" at atom `k` tells of what is ahead of the expression at `s..e`: before
/// an event verb ("could reopen on Friday") or a deadline ("could bring heavy rain by
/// Tuesday"), before a quarter, month or season ("the economy could contract in the first
/// quarter": rarely a past ability's, as "could not be located Wednesday" is), or as "could
/// be" and a participle ("elections could be held in the spring", not "smoke could be seen
/// on Monday").
fn could_ahead(g: &G<'_>, k: usize, s: usize, e: usize) -> bool {
    let period = k < s
        && s - k <= 6
        && g.atoms.get(k + 1).is_some_and(|a| a.word && !a.cap)
        // (not a past ability: "could hardly walk in January", "could only watch in the
        // summer", "could see the comet in March")
        && !g.is_any(
            k + 1,
            &[
                "have", "'ve", "’ve", "be", "hardly", "only", "barely", "scarcely", "just",
                "still", "see", "hear", "feel", "smell", "watch", "remember", "recall", "afford",
                "tell",
            ],
        )
        && (s..e).all(|c| !g.is_weekday(c) && !matches!(g.lx(c), Lex::Int(..) | Lex::Deictic(_)))
        && (s..e).any(|c| {
            matches!(g.lx(c), Lex::Month(_) | Lex::Season(..) | Lex::Unit(Unit::Quarter, _))
        });
    let be_done = g.is(k + 1, "be")
        && k + 2 < s
        && s - k <= 6
        && g.past_form(k + 2)
        && !g.is_any(
            k + 2,
            &[
                "seen",
                "heard",
                "felt",
                "found",
                "smelled",
                "located",
                "reached",
                "identified",
                "confirmed",
                "determined",
                "verified",
                "spotted",
                "detected",
                "noticed",
                "observed",
                "blamed",
                "used",
            ],
        );
    // "snow could fall Wednesday", "the storm could hit on Thursday": a forecast's verb
    // right before the day.
    // (an object or a measure between: "could hit the coast Sunday", "temperatures could
    // reach 35C on Sunday")
    let forecast = k + 2 <= s
        && s - k <= 7
        && !(k..s).any(|c| g.is_any(c, &[",", ";", "and", "but", "after", "since"]))
        && g.is_any(
            k + 1,
            &[
                "fall", "hit", "bring", "dump", "drop", "strike", "reach", "arrive", "come",
                "occur", "happen", "rain", "snow", "freeze", "peak", "crest",
            ],
        );
    g.has(k + 1, lexicon::PRESENT_EVENT)
        || k < s && s - k <= 8 && g.is(s - 1, "by")
        || period
        || be_done
        || forecast
}

/// [`tense`] from the verbs and other cues around atoms `s..e`, and the atom of the cue
/// that told it.
/// Whether the modal at `k` tells of taking part in the event a possessive day `s..e`
/// names: "voters may punish Labour in Thursday's general election", "fans can see her
/// at Saturday's final" (not "must learn from Saturday's defeat").
fn takes_part(g: &G<'_>, k: usize, s: usize, e: usize) -> bool {
    const SCHEDULED: &[&str] = &[
        "election",
        "elections",
        "vote",
        "poll",
        "polls",
        "ballot",
        "referendum",
        "primary",
        "primaries",
        "runoff",
        "caucus",
        "caucuses",
        "meeting",
        "summit",
        "session",
        "talks",
        "conference",
        "hearing",
        "trial",
        "final",
        "match",
        "game",
        "race",
        "debate",
        "concert",
        "festival",
        "ceremony",
        "inauguration",
        "sentencing",
        "launch",
        "parade",
        "rally",
        "march",
        "premiere",
    ];
    g.is_any(k, &["may", "might", "must", "should", "can"])
        && !g.cap(k)
        && !g.is_any(k + 1, &["not", "n't", "have", "'ve", "’ve"])
        && s > 0
        && g.is_any(s - 1, &["in", "at", "during", "for"])
        && !(k + 1..s).any(|c| g.is_any(c, &[",", ";", "and", "but", "that", "which"]))
        && (e + 1..e + 4).any(|c| g.is_any(c, SCHEDULED))
}

fn tense_of_cues(g: &G<'_>, s: usize, e: usize) -> (Tense, Option<usize>) {
    let n = g.atoms.len();
    // "called a strike for Thursday", "the vote for Friday": an event set for that day.
    if s > 1
        && g.is(s - 1, "for")
        && g.has(s - 2, lexicon::EVENT_NOUN)
        && !g.is_any(e, &["'s", "’s"])
    {
        return (Tense::Future, None);
    }
    // "revenue projections for Q3", "its outlook for the fourth quarter": what a forecast
    // is for is ahead (not one "missed" or "beat": that period is over; a day's forecast
    // is judged once the day has come, "The forecast for Thursday was wrong").
    if s > 1
        && !(s..e).any(|k| g.is_weekday(k))
        && g.is(s - 1, "for")
        && g.is_any(
            s - 2,
            &[
                "projection",
                "projections",
                "forecast",
                "forecasts",
                "outlook",
                "guidance",
                "target",
                "targets",
            ],
        )
        && !(s.saturating_sub(7)..s - 2).any(|k| {
            g.is_any(
                k,
                &[
                    "missed",
                    "beat",
                    "exceeded",
                    "met",
                    "topped",
                    "surpassed",
                    "had",
                ],
            )
        })
    {
        return (Tense::Future, None);
    }
    // "Both sides have agreed to meet again on Sunday": what has just been agreed is
    // ahead ("which agreed to purchase the line in February" is the agreement's past).
    if (s.saturating_sub(10)..s).any(|k| {
        g.is_any(k, &["has", "have", "'ve", "’ve"])
            && g.is(k + 1, "agreed")
            && g.is(k + 2, "to")
            && !(k + 3..s).any(|c| g.is_any(c, &[",", ";", "but", "after", "since"]))
    }) {
        return (Tense::Future, None);
    }
    // "She declared Wednesday a day of national mourning": a day so named is ahead.
    if s > 0
        && g.is_any(
            s - 1,
            &[
                "declared",
                "declares",
                "designated",
                "proclaimed",
                "named",
                "declaring",
            ],
        )
        && (s..e).any(|k| g.is_weekday(k))
        && g.is_any(e, &["a", "an", "as"])
    {
        return (Tense::Future, None);
    }
    // "has issued a severe weather warning for Cumbria for Friday night and Saturday", "an
    // orange alert for Thursday": what a warning is for is ahead.
    if s > 1
        && g.is_any(s - 1, &["for", "on"])
        && (s.saturating_sub(7)..s - 1).any(|k| {
            g.is_any(
                k,
                &[
                    "warning",
                    "warnings",
                    "alert",
                    "alerts",
                    "watch",
                    "advisory",
                    "advisories",
                ],
            ) && !(k + 1..s - 1).any(|c| g.is_any(c, &[",", ";", "but", "which", "that"]))
        })
        // (issued and in force now, not what "had" been issued, was lifted, or was
        // defied: "Despite a warning for Sunday, thousands attended")
        && (s.saturating_sub(12)..s).any(|k| {
            g.is_any(k, &["has", "have", "issues", "is", "are", "remains", "remain"])
        })
        && !(s.saturating_sub(12)..(s + 12).min(n)).any(|k| g.is_any(k, &["had", "hadn't", "lifted"]))
    {
        return (Tense::Future, None);
    }
    // "canceled classes for today and Wednesday": a day joined to today or tomorrow is
    // ahead, one joined to yesterday gone.
    if s > 1 && g.is_any(s - 1, &["and", "or"]) {
        match g.lx(s - 2) {
            Lex::Deictic(0 | 1) | Lex::Tonight => return (Tense::Future, None),
            Lex::Deictic(-1) => return (Tense::Past, None),
            _ => {}
        }
    }
    // ... and a weekday told before today or yesterday ("failing to reach a verdict
    // Wednesday or today") is gone.
    if (s..e).any(|k| g.is_weekday(k))
        && g.is_any(e, &["and", "or"])
        && matches!(g.lx(e + 1), Lex::Deictic(0 | -1))
    {
        return (Tense::Past, None);
    }
    // "with the winner advancing to Sunday's final": where a match's winner goes is
    // ahead.
    if s > 2
        && g.is_any(s - 1, &["to", "into"])
        && g.s(s - 2).to_ascii_lowercase().starts_with("advanc")
        && (s.saturating_sub(8)..s - 2).any(|k| g.is_any(k, &["winner", "winners", "victor"]))
    {
        return (Tense::Future, None);
    }
    // "set a trial date of Jan. 9", "a target date for June": a date set for an event is
    // ahead.
    if s > 2
        && g.is_any(s - 1, &["of", "for"])
        && g.is(s - 2, "date")
        && g.is_any(
            s - 3,
            &[
                "trial",
                "court",
                "hearing",
                "sentencing",
                "arraignment",
                "release",
                "launch",
                "target",
                "start",
                "closing",
                "completion",
                "delivery",
                "election",
                "wedding",
            ],
        )
        && !(s.saturating_sub(8)..s - 3).any(|k| g.is_any(k, &["had", "original", "originally"]))
    {
        return (Tense::Future, None);
    }
    let mut best: Option<(usize, Tense, usize)> = None;
    // How far the cue at atom `k` is from the expression; the verb usually comes before
    // it ("marched on Friday").
    let apart = |k: usize| if k < s { s - k } else { k + 3 - e };
    // The nearest cue wins; far cues count when there is nothing nearer (a long sentence
    // such as "X will be named commander of ... for a mission in December").
    // Beyond the window, a cue counts only when there is none within it ("In January, a
    // week after ..., a clinic bombing in ... killed").
    let lo = s.saturating_sub(FAR_WINDOW);
    let hi = (e + FAR_WINDOW).min(n);
    // Where the next clause begins after the expression.
    let next_clause = (e..hi).find(|&c| g.is_any(c, &["and", "but", ";"]));
    // Where the clause holding the expression begins, after a "but" or ";" before it.
    let this_clause = (lo..s).rev().find(|&c| g.is_any(c, &["but", ";"]));
    let embedded = (e..(e + 4).min(hi)).find(|&c| g.is_any(c, &["that", "whether"]));
    let relative = (s.saturating_sub(15)..s)
        .rev()
        .take_while(|&c| !g.is(c, ","))
        .any(|c| g.is_any(c, &["which", "who"]))
        // "The bill, adopted by the government in December, would raise ...": a
        // participle's aside
        || (s.saturating_sub(12)..s).rev().find(|&c| g.is(c, ",")).is_some_and(|c| {
            c > 0
                && g.atoms.get(c - 1).is_some_and(|a| a.word && !a.cap)
                && g.past_form(c + 1)
                && !g.cap(c + 1)
                && !g.is_any(c + 1, NEUTRAL_ED)
        });
    let comma_after = (e..hi).find(|&c| g.is(c, ","));
    // A ", which ... ," clause closed before the expression: its comma-to-comma span.
    let past_relative = (s.saturating_sub(8)..s)
        .rev()
        .take_while(|&c| !g.is_any(c, &[",", ";"]))
        .any(|c| {
            g.is_any(c, &["that", "which", "who"])
                && c > 0
                && g.atoms.get(c - 1).is_some_and(|a| a.word)
                && (g.past_form(c + 1) && !g.is_any(c + 1, NEUTRAL_ED))
        });
    // A ", <participle> ... ," aside after its subject that holds the expression: its
    // two commas.
    let participle_aside = (lo..s)
        .rev()
        .take_while(|&c| !g.is_any(c, &[";", "and", "but", "that", "which", "who"]))
        .find(|&c| g.is(c, ","))
        .filter(|&a| {
            a > 0
                && g.cap(a - 1)
                && g.atoms.get(a - 1).is_some_and(|x| x.word)
                && !g.cap(a + 1)
                && (g.past_form(a + 1)
                    || g.is_any(
                        a + 1,
                        &["beaten", "taken", "driven", "shot", "hit", "struck"],
                    ))
                && !g.is_any(a + 1, NEUTRAL_ED)
        })
        .and_then(|a| Some((a, (e..hi).find(|&c| g.is(c, ","))?, false)))
        // ... or a ", which/who ... ," aside ("Tesla, which cut prices in April, is
        // expected to ..."): its own verb tells.
        .or_else(|| {
            let a = (lo..s).rev().find(|&c| g.is(c, ","))?;
            let b = (e..hi).find(|&c| g.is(c, ","))?;
            (g.is_any(a + 1, &["which", "who"])
                && a > 0
                && g.cap(a - 1)
                && !(a + 1..s).any(|c| g.is_any(c, &[";", "and", "but"])))
            .then_some((a, b, true))
        });
    let closed_relative = (lo..s).rev().find(|&c| g.is(c, ",")).and_then(|b| {
        let a = (lo..b).rev().find(|&c| g.is(c, ","))?;
        g.is_any(a + 1, &["which", "who"]).then_some((a, b))
    });
    for k in lo..hi {
        if k >= s && k < e {
            continue;
        }
        let far = if k + TENSE_WINDOW < s || k >= e + TENSE_WINDOW {
            1000
        } else {
            0
        };
        let w = g.s(k);
        let a = match g.atoms.get(k) {
            Some(a) => a,
            None => continue,
        };
        if !a.word {
            continue;
        }
        let lw = |l: &[&str]| l.iter().any(|x| w.eq_ignore_ascii_case(x));
        // "since" tells of its own date, not of one told after it ("the miners trapped
        // since Aug. 5 might not be freed before Christmas").
        if lw(&["since"]) && (k >= e || s - k > 3) {
            continue;
        }
        // A headline's "to" and a verb is a future: "Fed's Powell to speak Monday".
        if g.headline
            && w == "to"
            // (a name before it: not "Shares rise to record high", "went to visit"; and
            // a verb after it, or a bare date as headlines write it: "Obama to visit
            // Japan on Friday", "Minister to resign Friday", not "Setback to peace talks
            // on Friday", "Stocks Rally to record highs on Friday")
            && k > 0
            && (!(s > 0 && g.is_any(s - 1, &["on", "at", "in", "by", "for", "until"]))
                || (g.has(k + 1, lexicon::PRESENT_EVENT) || g.is_any(k + 1, HEADLINE_VERBS))
                    // (no verb of its own between: "Bid to sell Chelsea collapses on Monday")
                    && !(k + 2..s).any(|c| {
                        let w = g.s(c);
                        w.ends_with('s') && !g.cap(c)
                            || w.ends_with("ed")
                            || g.has(c, lexicon::PRESENT_EVENT)
                            || g.is_any(c, HEADLINE_VERBS)
                    }))
            && (g.cap(k - 1)
                || k > 1 && g.is_any(k - 1, &["'s", "’s"]) && g.cap(k - 2)
                // ("OPEC ministers to meet Friday": a noun, no past verb)
                || (g.has(k + 1, lexicon::PRESENT_EVENT) || g.is_any(k + 1, HEADLINE_VERBS))
                    && !g.past_form(k - 1))
            && g.atoms.get(k - 1).is_some_and(|b| b.word)
            && g.atoms.get(k + 1).is_some_and(|b| b.word && !b.cap)
            && matches!(g.lx(k + 1), Lex::None)
            && !g.is_any(k + 1, DETERMINERS)
        {
            keep_nearest(&mut best, far + apart(k), Tense::Future, k);
            continue;
        }
        // "expect the economy to have grown by 10 percent in the second quarter": a
        // perfect infinitive tells what is done.
        // (not a deadline, "hopes to have completed the merger by February": a future
        // perfect)
        if lw(&["have"])
            && k > 0
            && (g.is(k - 1, "to")
                && !(s > 0 && g.is_any(s - 1, &["by", "until", "before"]))
                // "Sales could have fallen in March", "may have left on Friday": what
                // might have been is past
                || g.is_any(k - 1, &["could", "might", "may", "must", "would", "should"]))
            && (g.s(k + 1).ends_with("ed")
                || g.is_any(
                    k + 1,
                    &[
                        "been", "grown", "shown", "known", "risen", "fallen", "taken", "given",
                        "shrunk", "begun", "done", "gone", "seen", "won", "lost", "cut",
                    ],
                )
                || g.has(k + 1, lexicon::PAST))
        {
            keep_nearest(&mut best, far + apart(k), Tense::Past, k);
            continue;
        }
        // "were originally due to take place in May": a plan told as the past's.
        if lw(&["due", "scheduled", "set", "expected", "planned", "slated"])
            && k > 1
            && g.is_any(k - 2, &["was", "were"])
            && g.is_any(k - 1, &["originally", "initially", "previously", "once"])
        {
            keep_nearest(&mut best, far + apart(k), Tense::Past, k);
            continue;
        }
        // "was hoping to finish the race on Sunday but withdrew": a hope of the past.
        if lw(&["hoping", "aiming", "expecting", "preparing"])
            && k > 0
            && g.is_any(k - 1, &["was", "were"])
            && g.is(k + 1, "to")
        {
            keep_nearest(&mut best, far + apart(k), Tense::Past, k);
            continue;
        }
        // "were planning to": the verb after the auxiliary decides.
        if g.is_any(k, &["was", "were", "is", "are"])
            && g.is_any(
                k + 1,
                &[
                    "planning",
                    "going",
                    "scheduled",
                    "expected",
                    "due",
                    "set",
                    "about",
                ],
            )
        {
            continue;
        }
        // "began as (previously) planned Saturday night": the plan tells no tense; the verb
        // before it does.
        if w.ends_with("ed")
            && g.is_any(k, &["planned", "scheduled", "expected"])
            && k > 0
            && (g.is(k - 1, "as")
                || k > 1
                    && g.is(k - 2, "as")
                    && g.is_any(k - 1, &["previously", "originally", "initially", "earlier"]))
        {
            continue;
        }
        // "urged residents to complete evacuations by noon Wednesday": a deadline that a
        // directive or a promise sets is ahead of it; the infinitive, not the verb of
        // asking, carries the date (not "had ordered them to leave by Friday").
        // ("was ordered to surrender his passport by Friday": the passive too)
        if k + 2 < s
            && s - k <= 10
            && g.is(s - 1, "by")
            && (lw(DIRECTIVES) || lw(&["was", "were"]) && g.is_any(k + 1, DIRECTIVES))
            && !(k > 0 && g.is(k - 1, "had"))
            && (k + 1..s - 1).any(|c| g.is(c, "to"))
            && !(k..s).any(|c| g.is_any(c, &[",", ";", "and", "but", "that"]))
        {
            continue;
        }
        // What is asked for, faced, held or kept for the day is ahead (four shapes of one
        // cue):
        if (
            // "called on supporters to rally in central Chisinau on Friday", "invited them to
            // visit on Tuesday", "urged both sides to return to the table this weekend": what
            // a call or an invitation asks for is ahead of it ("urged residents to stay
            // indoors over the weekend" may be told after it).
            k + 3 < s
                && s - k <= 12
                && (g.is(s - 1, "on") || g.is(s, "this"))
                && (lw(&[
                    "urged",
                    "asked",
                    "invited",
                    "encouraged",
                    "instructed",
                    "ordered",
                    "requested",
                ]) || lw(&["called"]) && g.is(k + 1, "on"))
                && !(k > 0 && g.is_any(k - 1, &["had", "was", "were"]))
                && (k + 2..s - 1).any(|c| g.is(c, "to") && !g.is(c - 1, "on"))
                && !(k..s).any(|c| g.is_any(c, &[",", ";", "and", "but", "that"]))
        ) || (
            // "The government is facing a confidence vote on Thursday": an event faced is
            // ahead.
            lw(&["facing", "faces", "face"])
                // (not a fronted participle: "Facing a deadline on Tuesday, negotiators
                // reached a deal", "Last week, facing a vote on Thursday, the board agreed")
                && !g.cap(k)
                && !(k > 0 && g.is(k - 1, ","))
                && k < s
                && s - k <= 7
                && s > 1
                && g.is_any(s - 1, &["on", "in"])
                && (k + 1..s).any(|c| g.has(c, lexicon::EVENT_NOUN))
                && !(k..s).any(|c| g.is_any(c, &[",", ";", "and", "but"]))
                && !g.is_any(e, &["'s", "’s"])
                && !(k > 0 && g.is_any(k - 1, &["had", "was", "were"]))
        ) || (
            // "The museum holds an open day on Saturday": an event held, told in the present,
            // is ahead ("Ford, which holds an unwelcome stake" after the date is no event's).
            lw(&["holds", "stages"])
                && k < s
                && s - k <= 7
                && k > 0
                && !g.cap(k)
                && !g.is_any(k - 1, &["which", "who", "that"])
                && g.is_any(k + 1, &["a", "an", "its", "their", "his", "her", "the"])
                && !(k..s).any(|c| g.is_any(c, &[",", ";", "and", "but"]))
                && !g.is_any(e, &["'s", "’s"])
        ) || (
            // "Hotels are (already, fully) booked for Sunday": a present passive's "for" is
            // the day it is kept for, ahead.
            w.ends_with("ed")
                && k + 2 == s
                && g.is(k + 1, "for")
                && !g.is_any(e, &["'s", "’s"])
                && k > 0
                && (g.is_any(k - 1, &["is", "are"])
                    || k > 1
                        && g.is_any(k - 2, &["is", "are"])
                        && (g.s(k - 1).ends_with("ly") || g.is_any(k - 1, &["already", "now"]))
                        && !g.cap(k - 1))
        ) {
            keep_nearest(&mut best, far + apart(k), Tense::Future, k);
            continue;
        }
        // "failed to predict ... on Tuesday night": an infinitive asserts nothing; the
        // verb before it tells.
        if k > 1 && g.is(k - 1, "to") && lw(FUTURE_VERBS) && g.past_form(k - 2) {
            continue;
        }
        // An -ed word is a weak cue (adjectives, participles): it counts from further.
        let mut weak = 0;
        // A bare "set" before the date is a verb in the past ("set Friday as the deadline",
        // "the record set on Aug. 6"): ahead only as "set for", "set to", "is set".
        let bare_set = g.is(k, "set")
            && !g.is_any(k + 1, &["for", "to"])
            && !(k > 0 && g.is_any(k - 1, &["is", "are", "be", "been", "was", "were"]));
        // "followed by chemistry on Wednesday": a sequence, no past; "rain predicted for
        // Thursday": a forecast.
        let sequence = g.is_any(k, &["followed", "preceded"]) && g.is(k + 1, "by")
            || g.is_any(k, &["predicted", "forecasted"]) && g.is(k + 1, "for");
        // "should close", "must be repaid" tell of what is ahead; "should have" does not.
        // So do "can use them on Wednesday", "might be busy on Friday", "may appear on the
        // November ballot" (a capitalised "May" is the month), "may not be known until
        // Thursday". "could" is often a past ("could not be located Wednesday", "could
        // smell smoke on Monday night"): ahead only where [`could_ahead`] says.
        let modal = lw(&["should", "must", "can", "might", "may", "could"]) && {
            let not = usize::from(g.is_any(k + 1, &["not", "n't"]));
            (g.is_any(k, &["should", "must", "can", "might"])
                || g.is(k, "may") && !a.cap
                || g.is(k, "could") && not == 0 && could_ahead(g, k, s, e))
                // (not "may not have to appear", "might not have time to")
                && (!g.is_any(k + 1 + not, &["have", "'ve", "’ve"])
                    || g.is_any(k + 2 + not, &["to", "time"]))
                && (not == 0 || g.is_any(k, &["may", "might"]))
        };
        // "Asked on Monday whether ...": a participle opening the sentence is a past.
        let opening_participle =
            k == 0 && lw(&["asked", "pressed", "questioned", "interviewed", "reached"]);
        let t = if opening_participle {
            Tense::Past
        } else if lw(FUTURE)
            || modal
            // "Let's meet on Friday"
            || g.s(k) == "Let" && g.is_any(k + 1, &["'s", "’s", "us"])
            || (k < s
                && !bare_set
                && g.is_any(
                    k,
                    &[
                        "planned",
                        "plans",
                        "scheduled",
                        "expected",
                        "set",
                        "pencilled",
                        "penciled",
                        "earmarked",
                    ],
                ))
            // (not a name: "the Nortel Open in January")
            // ("voters head to the polls", "the tariffs take effect")
            || ((a.flags & lexicon::PRESENT_EVENT != 0
                && !(a.cap && k > 0)
                // (an adjective: "a low on Wednesday, close to its record"; a compound:
                // "the first close-up images", "the run-up to")
                && !(g.is(k, "close") && g.is(k + 1, "to") || g.joined(k + 1))
                // (an adjective: "a free open house on Saturday", "in open court")
                && !(g.is(k, "open")
                    && g.is_any(
                        k + 1,
                        &[
                            "house", "houses", "letter", "day", "market", "season", "water",
                            "air", "court", "secret", "question", "session", "forum",
                        ],
                    ))
                // (a noun: "during a Friday visit", "at a Tel Aviv peace rally on Nov. 4")
                && !(k == e && s > 0 && g.is_any(s - 1, DETERMINERS))
                && !(w.bytes().last() != Some(b's')
                    && (k.saturating_sub(4)..k).any(|c| {
                        g.is_any(c, &["a", "an"])
                            && (c + 1..k).all(|x| g.atoms.get(x).is_some_and(|a| a.word))
                    }))
                // (a bare verb after "let" and its object: "Mr. Bush let the offensive
                // begin Saturday night" is told by "let"; not "Let's meet")
                && !(w.bytes().last() != Some(b's')
                    && (k.saturating_sub(4)..k).any(|c| {
                        g.s(c) == "let"
                            && !g.is_any(c + 1, &["'s", "’s"])
                            && !(c..k).any(|x| g.is_any(x, &[",", "and", "who", "that", "which"]))
                    }))
                || g.is_any(k, &["takes", "goes", "take"]) && g.is_any(k + 1, &["effect", "into"])
                // ("New restrictions come into force at 00:01 on Tuesday")
                || g.is_any(k, &["come", "comes"])
                    && g.is(k + 1, "into")
                    && g.is_any(k + 2, &["force", "effect"])
                // ("before Irma makes landfall on Sunday")
                || g.is_any(k, &["makes", "make"]) && g.is(k + 1, "landfall")
                // ("The game tips off at 1 p.m.", "The parade steps off at 9 a.m.")
                || g.is_any(k, &["tips", "tip", "steps", "step", "kick"]) && g.is(k + 1, "off")
                || g.is(k, "head") && g.is_any(k + 1, &["to", "for", "into", "home", "back"]))
                && !(k > 0
                    && g.is_any(
                        k - 1,
                        &[
                            "did", "didn't", "does", "do", "not", "n't", "to", "had", "has",
                            "have", "would", "could", "the", "a", "its", "their", "his", "her",
                            "'s", "’s", "was", "were",
                            // (a noun: "on leave", "maternity leave")
                            "on", "maternity", "paternity", "sick", "annual", "parental",
                            "medical", "unpaid", "administrative", "compassionate",
                        ],
                    )
                    // (an object after a past verb: "watched play in the Test on Thursday",
                    // "Rain washed out play on Wednesday")
                    || k > 0 && g.past_form(k - 1) && !g.cap(k - 1)
                    || k > 1
                        && g.is_any(k - 1, &["out", "up", "off", "down"])
                        && g.past_form(k - 2)
                        && !g.cap(k - 2)))
            || w.ends_with("'ll")
            || w.ends_with("’ll")
            // (not a noun: "the announcement on Tuesday of plans to expand")
            || (lw(FUTURE_TO)
                && g.is(k + 1, "to")
                && !(k > 0 && g.is(k - 1, "of")))
            || lw(FUTURE_VERBS)
            // "The Met Office forecasts a dry Saturday" (not the noun: "cut its forecasts",
            // "The weather forecasts for Monday were grim")
            || (g.is(k, "forecasts")
                && k > 0
                && (g.cap(k - 1) && g.atoms.get(k - 1).is_some_and(|b| b.word)
                    || g.is_any(k - 1, &["it", "he", "she", "which", "who", "that"]))
                && !g.is_any(k + 1, &["for", "of", "were", "are", "was", "is", "and"]))
            // "Forecasters said rain is possible on Monday" (before the day, and not a
            // day's thing: "More arrests are likely after Saturday's raid", "The fire
            // Sunday is likely arson")
            || (g.is_any(k, &["possible", "likely"])
                && k > 0
                && k < s
                && !g.is_any(e, &["'s", "’s"])
                && g.is_any(k - 1, &["is", "are", "remains", "remain"])
                && !g.is(k + 1, "to"))
            // "We are expecting the worst conditions on Thursday"
            || (g.is(k, "expecting")
                && k > 0
                && (g.is_any(k - 1, &["is", "are", "am"])
                    || g.s(k - 1).ends_with("'re")
                    || g.s(k - 1).ends_with("’re")))
            || (g.is_any(k, &["is", "are"]) && g.is(k + 1, "to"))
            // "warning of painful decisions in the autumn": the season warned of is ahead (a
            // day or a month may be the warning's own: "The IMF warned of a slowdown on
            // Tuesday")
            // (a present: "Last year, the bank warned of a slowdown in the summer" is past)
            || (g.is_any(k, &["warning", "warns", "warn"])
                && g.is(k + 1, "of")
                && (matches!(g.lx(s), Lex::Season(..))
                    || g.is(s, "the") && matches!(g.lx(s + 1), Lex::Season(..))))
            // "the match, to be played on Sunday" (not "was about to be deported", a past)
            || (g.is(k, "be")
                && k > 0
                && g.is(k - 1, "to")
                // ("the first doses to be given on Monday"; not "was to be given", a plan
                // of the past)
                && (g.s(k + 1).ends_with("ed")
                    || !(k > 1 && g.is_any(k - 2, &["was", "were"]))
                        && (g.s(k + 1).ends_with("en") || g.has(k + 1, lexicon::PAST)))
                // (nor "were waiting to be carried out")
                && !(k > 2
                    && (g.is(k - 2, "about") || g.s(k - 2).ends_with("ing"))
                    && g.is_any(k - 3, &["was", "were"])))
        {
            Tense::Future
        } else if a.flags & lexicon::PAST != 0
            // (a name: "the Met Office")
            && !(a.cap && g.cap(k + 1))
            && !(k > 0 && g.is_any(k - 1, &["be", "been", "being", "is", "are"]))
            // ("will go broke in February", "Broke and facing a deadline": the adjective)
            && !(g.is(k, "broke")
                && (k == 0 || g.is_any(k - 1, &["go", "goes", "going", "gone", "went", "flat"])))
            // ("will print its last edition in March"; a round, "their Champions League
            // last-16 tie")
            && !(g.is(k, "last")
                && (k > 0 && (g.is_any(k - 1, DETERMINERS) || g.is_any(k - 1, POSSESSIVES))
                    || g.joined(k + 1) && matches!(g.lx(k + 1), Lex::Int(..) | Lex::Num(_))))
            // (an adjective after an article: "will get a paid holiday on Monday"; not
            // "This led to a strike")
            && !(k > 0
                && g.is_any(k - 1, &["a", "an", "the", "its", "their", "his", "her", "our"]))
            // "will hit", "to hit": a base form that looks like a past tense (not after
            // the name: "Theresa May won").
            && !(k > 0
                && (g.is_any(k - 1, MODALS) && !(g.is(k - 1, "may") && g.cap(k - 1))
                    || g.is(k - 1, "to")
                    || g.s(k - 1).ends_with("'ll")))
            // ("set Friday as the deadline", "the record set on 4 December")
            || bare_set && (k + 1 == s || k + 2 == s && g.is_any(k + 1, &["on", "in"]))
        {
            Tense::Past
        } else if w.len() > 4
            && w.ends_with("ed")
            // (not "proceed", "exceed"; but "agreed", "freed" are past)
            && (!w.ends_with("eed")
                || lw(&["agreed", "disagreed", "decreed", "guaranteed", "freed", "refereed"]))
            && !a.cap
            && (!lw(NEUTRAL_ED)
                // ("the cuts Gov. Tom Corbett proposed in February": after its subject,
                // the verb)
                || g.is(k, "proposed")
                    && k > 0
                    && (g.cap(k - 1) && g.atoms.get(k - 1).is_some_and(|b| b.word)
                        || g.is_any(k - 1, &["he", "she", "they", "we", "it", "i"])
                        // ("the cuts the mayor proposed on Monday"; not "the newly
                        // proposed rules")
                        || k > 1
                            && g.is_any(k - 2, DETERMINERS)
                            && g.atoms.get(k - 1).is_some_and(|b| b.word)
                            && !g.s(k - 1).ends_with("ly")
                        // ("A new rule proposed Tuesday would ban ...": the noun's
                        // participle, with its day)
                        || k > 0
                            && g.atoms.get(k - 1).is_some_and(|b| b.word && !b.cap)
                            && !g.is_any(k - 1, DETERMINERS)
                            && !g.s(k - 1).ends_with("ly")
                            && (k + 1 == s || k + 2 == s && g.is_any(k + 1, &["on", "in"]))))
            && !sequence
        {
            // "will be held": a participle after be/is/are says nothing; nor does an
            // adjective ("a still unspecified date", "the undisclosed sum").
            // ("after being arrested on Sunday" is done: a past)
            let after_being =
                k > 1 && g.is(k - 1, "being") && g.is_any(k - 2, &["after", "since", "for"]);
            if !after_being && k > 0 && g.is_any(k - 1, &["be", "been", "being", "is", "are"])
                // ("whether to keep them closed through the weekend", "will stay closed
                // until Monday": a state, not a past)
                || k > 0 && g.is_any(k - 1, &["remain", "remains", "stay", "stays", "staying"])
                || (k.saturating_sub(3)..k.saturating_sub(1))
                    .any(|c| g.is_any(c, &["keep", "keeps", "keeping"]))
                || w.len() > 2
                    && w.as_bytes()[..2].eq_ignore_ascii_case(b"un")
                    // (verbs: "Apple unveiled a redesign on Monday")
                    && !lw(&[
                        "unveiled",
                        "unleashed",
                        "uncovered",
                        "unlocked",
                        "unloaded",
                        "unfolded",
                        "unraveled",
                        "unravelled",
                        "united",
                        "unsealed",
                        "unblocked",
                        "unplugged",
                        "undertook",
                        "underwent",
                    ])
                || k > 0 && g.is_any(k - 1, DETERMINERS)
                || k > 1
                    && g.is_any(k - 2, DETERMINERS)
                    && (g.s(k - 1).ends_with("ly") || g.is_any(k - 1, &["still", "very", "most"]))
            {
                continue;
            }
            // ... but right before the date it is the verb that governs it ("announced
            // Monday it would ...", "passed in June").
            let governs = k + 1 == s || k + 2 == s && g.is_any(k + 1, &["on", "in"]);
            // ... unless it is a participle after its noun in a clause a "will" tells:
            // "Residents will see the rate on tax bills mailed in late January".
            let reduced = k > 0
                && g.atoms.get(k - 1).is_some_and(|a| a.word && !a.cap)
                && g.s(k - 1).ends_with('s')
                && !g.is_any(
                    k - 1,
                    &[
                        "was", "has", "is", "its", "his", "this", "thus", "as", "us", "yes",
                    ],
                )
                && (k.saturating_sub(8)..k)
                    .rev()
                    .take_while(|&c| !g.is_any(c, &[",", ";", "that", "which"]))
                    .any(|c| g.is_any(c, &["will", "'ll"]) && !g.cap(c));
            weak = if reduced {
                12
            } else if governs {
                0
            } else {
                4
            };
            Tense::Past
        } else {
            continue;
        };
        // A modal is a weak cue: in reported speech the verb of saying governs ("In
        // January, the commissioner ruled that he should go back").
        // ... unless it comes between the verb of saying and the date, whose verb it
        // carries ("said the bridge could reopen on Friday").
        if modal && !lw(FUTURE) {
            // (not "must learn from Saturday's defeat": the day names a thing)
            weak = if k < s
                && s - k <= 4
                && !(k..s).any(|c| g.is_any(c, &[",", ";"]))
                && !g.is_any(e, &["'s", "’s"])
            {
                1
            } else {
                4
            };
        }
        // ... and a verb of saying before such a modal frames it, and tells the date
        // nothing ("Forecasters said it could strike the coast by Saturday"; "would" is
        // the saying's own future, often gone: "said it would close on Friday").
        if t == Tense::Past
            && k < s
            && g.is_any(k, &["said", "says", "warned", "predicted", "told", "added"])
            && (k + 1..s).any(|c| {
                g.is_any(
                    c,
                    &["could", "might", "may", "will", "should", "must", "can"],
                ) && !g.cap(c)
            })
        {
            weak += 6;
        }
        // "asked whether he would run": a modal in an embedded question is reported.
        if t == Tense::Future
            && (modal || lw(&["would", "could"]))
            && k > 0
            && (k.saturating_sub(6)..k).any(|c| g.is_any(c, &["whether", "if"]))
        {
            weak = weak.max(6);
        }
        // "had been due to expire": the past perfect wins.
        let t = if t == Tense::Future
            && ((k > 0 && g.is(k - 1, "had")) || (k > 1 && g.is(k - 2, "had")))
        {
            Tense::Past
        } else {
            t
        };
        // A cue after the time expression and past "and", "but" or ";" belongs to the next
        // clause ("pleaded guilty on Friday and will be sentenced in June").
        if k >= e && next_clause.is_some_and(|c| c < k) {
            weak += 12;
        }
        // ... as does one before the "but" that opens the expression's clause ("The storm
        // weakened last night, but it could drop rain over the weekend").
        if k < s && this_clause.is_some_and(|c| k < c) {
            weak += 12;
        }
        // ("..., State House said yesterday": the day of the saying, not of what was said)
        if k > e && matches!(g.lx(k), Lex::Deictic(_)) && reporting_frame(g, e, k - 1) {
            continue;
        }
        // A closing "..., the poll found" frames what was told before it: the clause's
        // own verb tells first.
        if reporting_frame(g, e, k) {
            // (a quote's: its own verbs tell, or none does)
            if (e..k)
                .rev()
                .find(|&c| g.is(c, ","))
                .is_some_and(|c| quoted(g, c + 1))
            {
                continue;
            }
            weak += 12;
        }
        // ... and so does one in a clause the date's verb governs ("telling MPs on Monday
        // that the commissioners would ...") or in the main clause after a relative one
        // ("The storm, which dumped snow on Sunday, was expected to ...").
        if k >= e
            && (embedded.is_some_and(|c| c < k) || relative && comma_after.is_some_and(|c| c < k))
        {
            weak += 12;
        }
        // ... and one in what a ", saying ..." clause reports ("kept its rate unchanged
        // on Monday, saying inflation is expected to ease").
        if k >= e
            && (e..k).any(|c| {
                g.is_any(
                    c,
                    &[
                        "saying", "adding", "noting", "warning", "arguing", "citing", "stating",
                    ],
                ) && c > 0
                    && g.is(c - 1, ",")
            })
        {
            weak += 12;
        }
        // ... and one in a ", when ..." clause that tells of the date ("a road race on
        // Sunday, when organizers had planned to ...").
        if k >= e && (e..k).any(|c| g.is_any(c, &["when", "where"]) && c > 0 && g.is(c - 1, ",")) {
            weak += 12;
        }
        // ... and one in an aside that measures from the date to another event ("on
        // Wednesday, a decade after it was launched").
        if k >= e
            && (e..k).any(|c| {
                g.is(c, ",")
                    && (c + 1..(c + 5).min(k)).any(|x| g.is_any(x, &["after", "since", "before"]))
            })
        {
            weak += 12;
        }
        // ... and one before a "that" opening the date's clause (a verb of saying, most
        // often): the clause's own verb tells ("said Friday that Sunday's parade will go
        // ahead").
        if k < s && (k + 1..s).any(|c| g.is(c, "that")) {
            weak += 12;
        }
        // ... and one in a relative clause closed before the date ("The jury, which began
        // deliberating on Tuesday, could reach a verdict by Monday").
        if k < s && closed_relative.is_some_and(|(a, b)| a < k && k < b) {
            continue;
        }
        // ... and one after the date when the date is in a relative clause a past verb
        // opens ("A cruise that left Southampton on Sunday will reach ...").
        if k >= e && past_relative {
            weak += 12;
        }
        // ... and one outside a participle's aside that holds the date ("Arsenal, beaten
        // by City on Sunday, travel to Chelsea on Saturday"): the participle tells.
        match participle_aside {
            // (a relative's verb may be no cue at all: "which cut")
            Some((a, b, true)) if k < a || k > b => continue,
            Some((a, b, false)) if k < a || k > b => weak += 12,
            _ => {}
        }
        // The past verb of a day's own thing tells it is done ("after Friday's report
        // showed employers added only 96,000 jobs").
        let own_past = t == Tense::Past
            && k > e
            && k <= e + 3
            && g.is_any(e, &["'s", "’s"])
            && (e + 1..k).all(|c| g.atoms.get(c).is_some_and(|a| a.word && !a.cap));
        let d = if own_past { 0 } else { far + weak + apart(k) };
        keep_nearest(&mut best, d, t, k);
    }
    // "The campaign runs through November", "a loan to pay down by February": with no
    // other cue, a span or deadline reaching to a date reaches ahead ("sales this year
    // through August" and "reports were filed by Wednesday" have their past verbs).
    // "Wednesday's ruling": done unless told as ahead ("Monday's debate will be his
    // first"); reported speech does not count ("they would get around Wednesday's ruling").
    let possessive = g.is_any(e, &["'s", "’s"]);
    let t = match best {
        // (nor does a modal before it, "must learn from Saturday's defeat", or a negated
        // one, "Monday's debate might not move mountains"; after it, it may be a preview:
        // "Saturday's match must be played behind closed doors")
        Some((_, Tense::Future, k))
            if possessive
                // (nor one far before it: "will face each other in a runoff on May 7
                // after finishing first and second in Sunday's vote")
                && (k + 8 < s
                    || g.is_any(k, &["would", "could"])
                    || (k < s || g.is_any(k + 1, &["not", "n't"]))
                        && g.is_any(k, &["may", "might", "must", "should", "can"]))
                // (but a modal does tell of taking part in a day's event: "voters may
                // punish Labour in Thursday's general election")
                && !(k + 8 >= s && k < s && takes_part(g, k, s, e)) =>
        {
            Tense::Past
        }
        Some((_, t, _)) => t,
        None if possessive => Tense::Past,
        None if s > 0 && g.is_any(s - 1, &["through", "thru", "by"]) => Tense::Future,
        // "The final is on Sunday", "The election is in November": a date told in the
        // present is scheduled.
        // "Rain is forecast for Wednesday", "The warning is for Wednesday".
        None if s > 0 && g.is_any(s - 1, &["is", "are"])
            // "when they are published on Monday": a present passive is scheduled
            || s > 2
                && g.is_any(s - 1, &["on", "in"])
                && g.s(s - 2).ends_with("ed")
                && g.is_any(s - 3, &["is", "are"])
            || s > 1
                && g.is_any(s - 1, &["on", "in", "at", "for"])
                && (g.is_any(s - 2, &["is", "are"])
                    || s > 2
                        && g.is_any(s - 2, &["forecast", "predicted", "forecasted"])
                        && g.is_any(s - 3, &["is", "are", "be"])) =>
        {
            Tense::Future
        }
        None => Tense::Unknown,
    };
    (t, best.map(|(_, _, k)| k))
}
