//! Publication dates in datelines and "Published/Updated" lines.

use jiff::civil::Date;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A dateline found on one line.
pub(crate) struct Found {
    pub date: Date,
    /// The line is only metadata ("Published: …") and extractors should skip it.
    pub metadata_line: bool,
    /// How surely the date is the publication's: [`PUBLISHED`], [`UPDATED`] or
    /// [`HEADLINE`]. The highest in the first lines wins; among equals, the first.
    pub rank: u8,
}

/// "Published: May 19, 2025", "By Jane Doe | May 19, 2025", a line that is a date.
pub(crate) const PUBLISHED: u8 = 3;
/// "Updated May 21, 2025", "Last modified on …": the publication's, failing a better.
pub(crate) const UPDATED: u8 = 2;
/// A date inside a short line of other words, such as a headline ("Remembering May 8,
/// 1945"): the weakest.
pub(crate) const HEADLINE: u8 = 1;

/// Words that make a line's date an update rather than the publication.
const UPDATE_WORDS: [&str; 2] = ["updated", "modified"];

const META: [&str; 11] = [
    "published",
    "this article was published",
    "this article was first published",
    "this article was originally published",
    "first published",
    "last updated",
    "updated",
    "posted",
    "date:",
    "dated",
    "last modified",
];

pub(crate) fn find_dateline(line: &str) -> Option<Found> {
    let lower = line.to_ascii_lowercase();
    let words = line.split_whitespace().count();
    let label = if UPDATE_WORDS.iter().any(|w| lower.contains(w)) {
        UPDATED
    } else {
        PUBLISHED
    };
    if META.iter().any(|m| lower.starts_with(m)) {
        let (date, _, _) = first_date(line, usize::MAX)?;
        return Some(Found {
            date,
            metadata_line: words <= 20,
            rank: label,
        });
    }
    // A byline: "By Jane Doe and John Smith, CNN | Updated 2:15 PM EDT, Mon May 19, 2025",
    // "TOI News Desk / TIMESOFINDIA.COM / Updated: May 19, 2025".
    let byline = lower.starts_with("by ") || line.contains(" | ") || line.contains(" / ");
    if byline && words <= 25 {
        if let Some((date, _, _)) = first_date(line, 25) {
            return Some(Found {
                date,
                metadata_line: true,
                rank: label,
            });
        }
    }
    // A wire or press-release dateline with its year opens the lead, however long:
    // "SAN JOSE, Calif., Nov. 5, 2025 /PRNewswire/ -- Halvorsen Systems ...".
    // With an agency ("(Reuters)", "/PRNewswire/") it is the publication's; with only a
    // dash it may be a headline's ("HIROSHIMA, August 6, 1945 — The day the world
    // changed"), so a "Published" or "Updated" line wins.
    if let Some((date, agency)) = wire_dateline(line) {
        return Some(Found {
            date,
            metadata_line: false,
            rank: if agency { label } else { HEADLINE },
        });
    }
    if words <= 12 {
        let (date, start, len) = first_date(line, 6)?;
        // A line that is mostly its date ("Mon 19 May 2025 10.45 BST", "May 19, 2025 at
        // 6:00 PM GMT+1") dates the article; a headline with a date in it ("Remembering
        // May 8, 1945: Europe marks VE Day") may not.
        let wordy = |w: &&str| w.len() > 2 && *w != "at" && w.chars().any(char::is_lowercase);
        let before = line[..start].split_whitespace().filter(wordy).count();
        let after = line
            .get(start + len..)
            .map_or(0, |r| r.split_whitespace().filter(wordy).count());
        let rank = if before == 0 && after <= 3 {
            label
        } else {
            HEADLINE
        };
        return Some(Found {
            date,
            metadata_line: false,
            rank,
        });
    }
    None
}

/// A footer's "This article was published on Thursday, December 4, 2025.": the date.
pub(crate) fn footer_date(line: &str) -> Option<Date> {
    let opens = |m: &&str| {
        line.get(..m.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(m))
    };
    if !META[1..4].iter().any(opens) {
        return None;
    }
    first_date(line, 12).map(|(date, _, _)| date)
}

/// A wire-service dateline without a year at the start of `line`: "KYIV, May 20 (Reuters)
/// -", "WASHINGTON, Jan. 6 (AP) —", "NEW YORK, March 3 -". The place is in capitals, a
/// comma follows it, then a month and a day, then an agency in brackets or a dash.
/// Returns (month, day).
pub(crate) fn find_yearless_dateline(line: &str) -> Option<(i8, i8)> {
    let (rest, caps) = after_wire_place(line)?;
    let (m, d, p) = month_day(rest)?;
    // The day must exist in some year (29 February does).
    if !goes_on(&rest[p..], caps) || Date::new(2000, m, d as i8).is_err() {
        return None;
    }
    Some((m, d as i8))
}

/// A wire dateline with its year: "SAN JOSE, Calif., Nov. 5, 2025 /PRNewswire/ --",
/// "LONDON, 3 June 2025 (Reuters) -". The place in capitals, at most one state or country
/// after it ("Calif.", "N.Y.", "Texas"), the date, then an agency or a dash.
fn wire_dateline(line: &str) -> Option<(Date, bool)> {
    let (mut rest, caps) = after_wire_place(line)?;
    if parse_date_prefix(rest).is_none() {
        // "Calif., ": one capitalised word or abbreviation and a comma
        let comma = rest.get(..16.min(rest.len()))?.find(',')?;
        let state = rest[..comma].trim();
        if !state.chars().next().is_some_and(char::is_uppercase)
            || state.split_whitespace().count() > 2
        {
            return None;
        }
        rest = &rest[comma + 1..];
        rest = &rest[skip_seps(rest)..];
    }
    let (date, n) = parse_date_prefix(rest)?;
    let after = rest[n..].trim_start();
    let agency = after.starts_with(['(', '/']);
    goes_on(after, caps).then_some((date, agency))
}

/// Whether what follows a dateline's date goes on as a dateline: after a place in
/// capitals an agency or a dash ([`agency_or_dash`]), after one in normal capitals only
/// a known agency ([`agency_strict`]).
fn goes_on(after: &str, caps: bool) -> bool {
    if caps {
        agency_or_dash(after)
    } else {
        agency_strict(after)
    }
}

/// What follows a dateline's place and its comma ("KYIV, ", "New Delhi, "), if the line
/// opens with one, and whether the place is in capitals. A place in normal capitals
/// ("Paris") is also the start of many sentences ("Paris, Texas, is ..."), so its
/// dateline must go on with an agency in brackets or a dash ([`agency_strict`]).
fn after_wire_place(line: &str) -> Option<(&str, bool)> {
    let comma = line.get(..40.min(line.len()))?.find(',')?;
    let place = line[..comma].trim();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || place.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let caps = !place.chars().any(char::is_lowercase);
    if !caps && !normal_place(place) {
        return None;
    }
    let rest = &line[comma + 1..];
    Some((&rest[skip_seps(rest)..], caps))
}

/// A place name in normal capitals: one to four words, each capitalised or a particle
/// ("Rio de Janeiro"), of letters, dots, hyphens and apostrophes.
fn normal_place(place: &str) -> bool {
    const PARTICLES: [&str; 12] = [
        "de", "da", "do", "del", "la", "le", "al", "el", "of", "upon", "du", "sur",
    ];
    let words: Vec<&str> = place.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 4
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            (w.starts_with(char::is_uppercase) || PARTICLES.contains(w))
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '\u{2019}'))
        })
}

/// After a dateline in normal capitals: AP's dash ("—", "--"), "/PRNewswire/", or an
/// agency in brackets: an abbreviation in capitals ("(AFP)", "(PTI)") or a wire service's
/// name ("(Reuters)"). A hyphen or any other bracket is not enough.
fn agency_strict(s: &str) -> bool {
    let after = s.trim_start();
    // (a hyphen is no proof: a fixture list's "Arsenal, Dec 30 - Brentford"; AP's dash
    // is)
    if after.starts_with(['/', '\u{2014}']) || after.starts_with("--") {
        return true;
    }
    let Some(inner) = after.strip_prefix('(') else {
        return false;
    };
    let Some(close) = inner.get(..30.min(inner.len())).and_then(|h| h.find(')')) else {
        return false;
    };
    let name = inner[..close].trim();
    // An agency: an abbreviation in capitals ("AFP", "PTI") or a wire service's name (not
    // "(Home)", "(Election Day)").
    let caps = (2..=6).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase());
    caps || AGENCIES.iter().any(|a| name.eq_ignore_ascii_case(a))
}

/// Wire services whose names are not written in capitals.
const AGENCIES: [&str; 14] = [
    "Reuters",
    "Bloomberg",
    "Xinhua",
    "Kyodo",
    "Yonhap",
    "Interfax",
    "Tass",
    "dpa",
    "Bernama",
    "Anadolu",
    "Antara",
    "Prensa Latina",
    "Associated Press",
    "Press Trust of India",
];

/// Whether `s` goes on as a dateline does after its date: an agency ("(Reuters)",
/// "/PRNewswire/") or a dash.
fn agency_or_dash(s: &str) -> bool {
    let after = s.trim_start();
    after.starts_with('(') || after.starts_with(['-', '\u{2013}', '\u{2014}', '/'])
}

/// The first full date (with a year) starting at one of the first `max_words` words: the
/// date, and where its words start and how long they are.
fn first_date(line: &str, max_words: usize) -> Option<(Date, usize, usize)> {
    let mut seen = 0;
    let mut prev_alnum = false;
    for (i, c) in line.char_indices() {
        let alnum = c.is_alphanumeric();
        if alnum && !prev_alnum {
            if seen >= max_words {
                return None;
            }
            seen += 1;
            if let Some((d, n)) = parse_date_prefix(&line[i..]) {
                return Some((d, i, n));
            }
        }
        prev_alnum = alnum;
    }
    None
}

pub(crate) fn month_of(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    let hit = |m: &&str| {
        *m == w || (w.len() == 3 && m.starts_with(&w)) || (w == "sept" && *m == "september")
    };
    MONTHS.iter().position(hit).map(|p| p as i8 + 1)
}

pub(crate) fn is_weekday(word: &str) -> bool {
    let w = word.trim_end_matches(['.', ',']).to_ascii_lowercase();
    w.len() >= 3
        && WEEKDAYS
            .iter()
            .any(|d| d.starts_with(&w) && (w.len() == 3 || *d == w))
}

/// Reads a number of at most `max` digits; returns (value, digits).
fn number(s: &str, max: usize) -> Option<(i32, usize)> {
    let n = s.bytes().take_while(|b| b.is_ascii_digit()).count();
    if n == 0 || n > max {
        return None;
    }
    Some((s[..n].parse().ok()?, n))
}

fn skip_ordinal(s: &str) -> usize {
    for suf in ["st", "nd", "rd", "th"] {
        if s.get(..2).is_some_and(|p| p.eq_ignore_ascii_case(suf))
            && !s[2..].starts_with(|c: char| c.is_alphanumeric())
        {
            return 2;
        }
    }
    0
}

fn skip_seps(s: &str) -> usize {
    s.len() - s.trim_start_matches([' ', ',', '\t']).len()
}

/// Parse a full calendar date (with a year) at the start of `s`, returning it and the bytes
/// read. Numeric dates are read month first unless the first number is above 12.
///
/// ```
/// use dossier::intake::parse_date_prefix;
/// let (d, n) = parse_date_prefix("Tuesday, May 20th, 2025 10:30 IST").unwrap();
/// assert_eq!(d.to_string(), "2025-05-20");
/// assert_eq!(n, 23);
/// assert_eq!(parse_date_prefix("20 May 2025").unwrap().0.to_string(), "2025-05-20");
/// assert_eq!(parse_date_prefix("1996-08-30").unwrap().0.to_string(), "1996-08-30");
/// assert_eq!(parse_date_prefix("16-05-2025 14:32 IST").unwrap().0.to_string(), "2025-05-16");
/// assert!(parse_date_prefix("May 20").is_none());
/// ```
pub fn parse_date_prefix(s: &str) -> Option<(Date, usize)> {
    let mut pos = 0;
    // Optional weekday.
    let first: String = s
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '.')
        .collect();
    if is_weekday(&first) && month_of(&first).is_none() {
        pos += first.len();
        pos += skip_seps(&s[pos..]);
    }
    let rest = &s[pos..];
    // ISO yyyy-mm-dd
    if let Some((y, 4)) = number(rest, 4) {
        let r = &rest[4..];
        if let Some(r2) = r.strip_prefix('-') {
            let (m, mn) = number(r2, 2)?;
            let r3 = r2[mn..].strip_prefix('-')?;
            let (d, dn) = number(r3, 2)?;
            let date = Date::new(y as i16, m as i8, d as i8).ok()?;
            return Some((date, pos + 4 + 1 + mn + 1 + dn));
        }
        return None;
    }
    // Numeric m/d/yyyy or d/m/yyyy (also '.' or '-' separated: "16-05-2025").
    if let Some((a, an)) = number(rest, 2) {
        let sep = rest[an..].chars().next();
        if matches!(sep, Some('/') | Some('.') | Some('-')) {
            let sep = sep?;
            let r = &rest[an + 1..];
            let (b, bn) = number(r, 2)?;
            let r2 = r[bn..].strip_prefix(sep)?;
            let (y, yn) = number(r2, 4)?;
            if yn != 4 {
                return None;
            }
            let (m, d) = if a > 12 { (b, a) } else { (a, b) };
            let date = Date::new(y as i16, m as i8, d as i8).ok()?;
            return Some((date, pos + an + 1 + bn + 1 + yn));
        }
        // d Month yyyy
        let mut p = an + skip_ordinal(&rest[an..]);
        p += skip_seps(&rest[p..]);
        let (word, wn) = word_at(&rest[p..]);
        let m = month_of(word)?;
        p += wn;
        p += skip_seps(&rest[p..]);
        let (y, yn) = number(&rest[p..], 4)?;
        if yn != 4 {
            return None;
        }
        let date = Date::new(y as i16, m, a as i8).ok()?;
        return Some((date, pos + p + yn));
    }
    // Month d, yyyy
    let (m, d, mut p) = month_day(rest)?;
    p += skip_seps(&rest[p..]);
    let (y, yn) = number(&rest[p..], 4)?;
    if yn != 4 {
        return None;
    }
    let date = Date::new(y as i16, m, d as i8).ok()?;
    Some((date, pos + p + yn))
}

/// "May 20", "Sept. 5th" at the start of `s`: (month, day, bytes read).
fn month_day(s: &str) -> Option<(i8, i32, usize)> {
    let (word, wn) = word_at(s);
    let m = month_of(word)?;
    let mut p = wn;
    p += skip_seps(&s[p..]);
    let (d, dn) = number(&s[p..], 2)?;
    p += dn;
    p += skip_ordinal(&s[p..]);
    Some((m, d, p))
}

fn word_at(s: &str) -> (&str, usize) {
    let n = s
        .char_indices()
        .find(|(_, c)| !(c.is_alphabetic() || *c == '.'))
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    (&s[..n], n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines() {
        for (line, want, meta) in [
            ("Published: May 20, 2025", "2025-05-20", true),
            ("Updated on 20 May 2025, 10:32 IST", "2025-05-20", true),
            ("LONDON 1996-08-30", "1996-08-30", false),
            (
                "WASHINGTON, Sept. 12, 2016 (Reuters) -",
                "2016-09-12",
                false,
            ),
            ("Last updated 05/20/2025", "2025-05-20", true),
            (
                "Paris, Dec. 3, 2025 (AFP) - France said",
                "2025-12-03",
                false,
            ),
            ("Published: 16-05-2025 14:32 IST", "2025-05-16", true),
            // A wire or press-release lead with its dateline, however long.
            (
                "SAN JOSE, Calif., Nov. 5, 2025 /PRNewswire/ -- Halvorsen Systems, Inc. \
                 (NASDAQ: HLVS) today reported results for its first quarter of fiscal 2026, \
                 which ended September 30, 2025.",
                "2025-11-05",
                false,
            ),
            (
                "LONDON, 3 June 2025 (Reuters) - Halvorsen Systems reported strong results \
                 for the quarter ended on 31 March 2025, beating forecasts.",
                "2025-06-03",
                false,
            ),
        ] {
            let f = find_dateline(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(f.date.to_string(), want, "{line}");
            assert_eq!(f.metadata_line, meta, "{line}");
        }
    }

    #[test]
    fn ranks() {
        for (line, want, rank) in [
            (
                "Remembering May 8, 1945: Europe marks VE Day",
                "1945-05-08",
                HEADLINE,
            ),
            ("May 19, 2025 at 6:00 PM GMT+1", "2025-05-19", PUBLISHED),
            ("Mon 19 May 2025 10.45 BST", "2025-05-19", PUBLISHED),
            (
                "Last modified on Tue 20 May 2025 08.00 BST",
                "2025-05-20",
                UPDATED,
            ),
            (
                "By Jane Doe and John Smith, CNN | Updated 2:15 PM EDT, Mon May 19, 2025",
                "2025-05-19",
                UPDATED,
            ),
            (
                "TOI News Desk / TIMESOFINDIA.COM / Updated: May 19, 2025, 22:10 IST",
                "2025-05-19",
                UPDATED,
            ),
            ("By Jane Doe | May 19, 2025", "2025-05-19", PUBLISHED),
            // A wire dateline: the publication's with its agency; with only a dash it may
            // be a headline's, and a "Published" line wins.
            (
                "SAN JOSE, Calif., Nov. 5, 2025 /PRNewswire/ -- Halvorsen Systems today \
                 reported results.",
                "2025-11-05",
                PUBLISHED,
            ),
            (
                "HIROSHIMA, August 6, 1945 — The day the world changed",
                "1945-08-06",
                HEADLINE,
            ),
        ] {
            let f = find_dateline(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(
                (f.date.to_string(), f.rank),
                (want.to_string(), rank),
                "{line}"
            );
        }
    }

    #[test]
    fn yearless_datelines() {
        for (line, want) in [
            ("KYIV, May 20 (Reuters) - Putin said", Some((5, 20))),
            ("WASHINGTON, Jan. 6 (AP) \u{2014} The House", Some((1, 6))),
            ("NEW YORK, March 3 - Stocks fell", Some((3, 3))),
            ("SÃO PAULO, Feb. 29 (Reuters) -", Some((2, 29))),
            // A place in normal capitals, with an agency in brackets or a dash.
            ("Kyiv, May 20 (Reuters) - normal capitals", Some((5, 20))),
            ("Paris, Dec 3 (AFP) - France said", Some((12, 3))),
            ("New Delhi, Dec 1 (PTI) The session began", Some((12, 1))),
            ("Rio de Janeiro, Nov. 4 \u{2014} Police said", Some((11, 4))),
            ("Paris, Dec 3, officials said", None),
            ("Smith, Dec 3 (the company said) it would", None),
            ("Paris, Texas, Dec 3 was cold", None),
            ("The mayor of Paris, Dec 3 (AFP) -", None),
            ("KYIV, May 20, officials said", None),
            ("KYIV, May 32 (Reuters) -", None),
            ("KYIV (Reuters) - no date", None),
            ("Putin said on May 20 - or so", None),
        ] {
            assert_eq!(find_yearless_dateline(line), want, "{line}");
        }
    }

    #[test]
    fn refusals() {
        for s in [
            "May 20",
            "Mayor 20 2025",
            "2025-13-40",
            "32/13/2025",
            "March",
            "",
        ] {
            assert!(parse_date_prefix(s).is_none(), "{s}");
        }
        assert!(find_dateline(
            "Smith, Dec. 3, 2025 (the company said) was the day the deal closed and the talks ended."
        )
        .is_none());
        assert!(find_dateline("Putin said on Saturday that talks would begin in Istanbul next week after a call with Trump.").is_none());
    }
}
