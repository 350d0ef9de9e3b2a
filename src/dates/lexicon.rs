//! The dates lexicon (`data/dates_lexicon.tsv`) and the shapes of number tokens.

use std::sync::OnceLock;

/// A calendar or clock unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

impl Unit {
    fn parse(s: &str) -> Option<Unit> {
        Some(match s {
            "S" => Unit::Second,
            "MIN" => Unit::Minute,
            "H" => Unit::Hour,
            "D" => Unit::Day,
            "W" => Unit::Week,
            "WE" => Unit::Weekend,
            "FN" => Unit::Fortnight,
            "M" => Unit::Month,
            "Q" => Unit::Quarter,
            "Y" => Unit::Year,
            "DE" => Unit::Decade,
            "C" => Unit::Century,
            "ML" => Unit::Millennium,
            _ => return None,
        })
    }
}

/// What an atom (a word, a part of a hyphenated word, or a number) means to the dates
/// grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    /// Nothing temporal.
    None,
    /// January = 1.
    Month(u8),
    /// Monday = 1.
    Weekday(u8),
    /// "Mondays".
    Weekdays(u8),
    /// A number word: "two", "twenty".
    Num(u32),
    /// An ordinal word or number: "third", "19th".
    Ord(u32),
    /// A unit; `true` when plural.
    Unit(Unit, bool),
    /// Season: 0 SP, 1 SU, 2 FA, 3 WI; `true` when plural.
    Season(u8, bool),
    /// Part of day: 0 MO, 1 AF, 2 EV, 3 NI; `true` when plural.
    Pod(u8, bool),
    /// "noon" (12), "midnight" (24).
    ClockWord(u8),
    /// yesterday -1, today 0, tomorrow 1.
    Deictic(i8),
    /// "tonight".
    Tonight,
    /// "overnight".
    Overnight,
    /// PRESENT_REF (0), PAST_REF (1), FUTURE_REF (2).
    Ref(u8),
    /// last/past -1, this 0, next 1; `true` when anchored to the last date (following).
    Rel(i8, bool),
    /// ago -1, hence 1; earlier/before -1 and later/after 1 anchored (`true`).
    Dir(i8, bool),
    /// early (0), late (1), mid (2).
    Mod(u8),
    /// daily, weekly...: index into [`SET_VALUES`].
    SetAdv(u8),
    /// several, few, many, some (None) or couple (2).
    Fuzzy(Option<u8>),
    /// Christmas...: (month, day); day [`FOURTH_THURSDAY`] (Thanksgiving),
    /// [`ELECTION_DAY`], [`EASTER`], [`FIRST_MONDAY`], [`LAST_MONDAY`], [`THIRD_MONDAY`],
    /// [`SECOND_SUNDAY`], [`THIRD_SUNDAY`]
    /// or [`FIRST_TUESDAY`] for the movable ones.
    Holiday(u8, u8),
    /// a.m. (1), p.m. (2).
    Ampm(u8),
    /// A time-zone abbreviation.
    Tz,
    /// Digits: value and digit count ("1990", "05").
    Int(u32, u8),
    /// "1990s" (1990), "90s" (90).
    Decade(u32),
    /// A count and a half written with a decimal point: "12.5" (12).
    Half(u32),
    /// "10:35" (h, m) or "3pm" with its a.m./p.m. (0 none).
    Clock(u8, u8, u8),
    /// "5/19/2025": (a, b, year or 0, digits of year).
    Slash(u8, u8, u16, u8),
    /// "2025-05-19".
    Iso(u16, u8, u8),
    /// "2025-05-19T22:10:00Z": a day and its hour and minute.
    IsoTime(u16, u8, u8, u8, u8),
    /// A count and its unit in one token, as a live blog's "2h ago", "12m ago", "3d ago".
    Short(u32, Unit),
    /// A financial period code: "Q4FY25", "3Q25", "1H2025", "H1FY26" — `true` for a half,
    /// its number, and its year (0 when the code has none: "3Q 2024" takes the next word).
    Period(bool, u8, u16),
}

/// [`Lex::Holiday`] day: the fourth Thursday of the month (Thanksgiving).
pub(crate) const FOURTH_THURSDAY: u8 = 0;
/// [`Lex::Holiday`] day: the Tuesday after the first Monday of the month (US Election Day).
pub(crate) const ELECTION_DAY: u8 = 40;
/// [`Lex::Holiday`] day: Easter Sunday (its month is 3 or 4 by the year).
pub(crate) const EASTER: u8 = 41;
/// [`Lex::Holiday`] day: the first Monday of the month (US Labor Day).
pub(crate) const FIRST_MONDAY: u8 = 42;
/// [`Lex::Holiday`] day: the last Monday of the month (US Memorial Day).
pub(crate) const LAST_MONDAY: u8 = 43;
/// [`Lex::Holiday`] day: the third Monday of the month (Martin Luther King Jr. Day,
/// Presidents Day).
pub(crate) const THIRD_MONDAY: u8 = 44;
/// [`Lex::Holiday`] day: the first Tuesday of the month (Super Tuesday in March).
pub(crate) const FIRST_TUESDAY: u8 = 45;
/// [`Lex::Holiday`] day: the second Sunday of the month (Mother's Day in May, as in the
/// US, Canada and Australia).
pub(crate) const SECOND_SUNDAY: u8 = 46;
/// [`Lex::Holiday`] day: the third Sunday of the month (Father's Day in June).
pub(crate) const THIRD_SUNDAY: u8 = 47;
/// [`Lex::Holiday`] day: Lunar (Chinese) New Year. This and the four after it are set by
/// the moon: their days come from a table (`data/lunar_holidays.tsv`), and their month is 0.
pub(crate) const LUNAR_NEW_YEAR: u8 = 48;
/// [`Lex::Holiday`] day: Diwali (Lakshmi Puja).
pub(crate) const DIWALI: u8 = 49;
/// [`Lex::Holiday`] day: Ramadan (a month: its value is the month most of it falls in).
pub(crate) const RAMADAN: u8 = 50;
/// [`Lex::Holiday`] day: Eid al-Fitr.
pub(crate) const EID_AL_FITR: u8 = 51;
/// [`Lex::Holiday`] day: Eid al-Adha.
pub(crate) const EID_AL_ADHA: u8 = 52;
/// [`Lex::Holiday`] day: the second Monday of the month (Canada's Thanksgiving in October).
pub(crate) const SECOND_MONDAY: u8 = 53;
/// [`Lex::Holiday`] day: the Monday before the 25th (Canada's Victoria Day in May).
pub(crate) const MONDAY_BEFORE_25: u8 = 54;

/// Values of [`Lex::SetAdv`].
pub(crate) const SET_VALUES: &[&str] = &[
    "P1D", "P1W", "P1M", "P1Y", "PT1H", "P3M", "P2W", "P6M", "P2Y",
];

/// Word-list flags of an atom ([`lookup_start`]): class `start` (words that mean nothing
/// alone, [`Lex::None`], but begin patterns: "the", "about", "every").
pub(crate) const START: u16 = 1;
/// Class `not_year_prev`: "Flight 1998", "Room 2020" are numbers.
pub(crate) const NOT_YEAR_PREV: u16 = 2;
/// Class `street`: "1600 Pennsylvania Avenue" is an address.
pub(crate) const STREET: u16 = 4;
/// Class `present_event`: "the summit ends Friday" tells of what is ahead.
pub(crate) const PRESENT_EVENT: u16 = 8;
/// Class `past`: past-tense cues ("said", "bought").
pub(crate) const PAST: u16 = 16;
/// Class `holiday_day`: a holiday only with "Day" after it ("Election Day").
pub(crate) const HOLIDAY_DAY: u16 = 32;
/// Class `generic`: "today's world" is no date.
pub(crate) const GENERIC: u16 = 64;
/// Class `day_name`: "Black Friday" is no weekday.
pub(crate) const DAY_NAME: u16 = 128;
/// Class `contract`: after a month, a futures contract ("December bonds").
pub(crate) const CONTRACT: u16 = 256;
/// Class `in_play`: a sentence telling of a match in play ("scored early in the second half").
pub(crate) const IN_PLAY: u16 = 512;
/// Class `newspaper`: after a weekday, a newspaper's name ("The Sunday Times").
pub(crate) const NEWSPAPER: u16 = 1024;
/// Class `measure`: before "per", a unit of a rate ("miles per hour").
pub(crate) const MEASURE: u16 = 2048;
/// Class `holiday_thing`: after a holiday, a thing named for it ("Christmas trees").
pub(crate) const HOLIDAY_THING: u16 = 4096;
/// Class `sept_11`: after "Sept. 11", the attacks of 2001 ("the Sept. 11 attacks").
pub(crate) const SEPT_11: u16 = 8192;
/// Class `event_noun`: after "the" and a month, an event of that month ("the May
/// election").
pub(crate) const EVENT_NOUN: u16 = 16384;

#[derive(Clone, Copy)]
struct Entry {
    lex: Lex,
    flags: u16,
}

fn table() -> &'static crate::hash::FxHashMap<&'static str, Entry> {
    static T: OnceLock<crate::hash::FxHashMap<&'static str, Entry>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m: crate::hash::FxHashMap<&'static str, Entry> = crate::hash::FxHashMap::default();
        for line in include_str!("../../data/dates_lexicon.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut f = line.split('\t');
            let (Some(w), Some(c), v) = (f.next(), f.next(), f.next().unwrap_or("")) else {
                continue;
            };
            let flag = match c {
                "start" => START,
                "not_year_prev" => NOT_YEAR_PREV,
                "street" => STREET,
                "present_event" => PRESENT_EVENT,
                "past" => PAST,
                "holiday_day" => HOLIDAY_DAY,
                "generic" => GENERIC,
                "day_name" => DAY_NAME,
                "contract" => CONTRACT,
                "in_play" => IN_PLAY,
                "newspaper" => NEWSPAPER,
                "measure" => MEASURE,
                "holiday_thing" => HOLIDAY_THING,
                "sept_11" => SEPT_11,
                "event_noun" => EVENT_NOUN,
                _ => 0,
            };
            if flag != 0 {
                m.entry(w)
                    .or_insert(Entry {
                        lex: Lex::None,
                        flags: 0,
                    })
                    .flags |= flag;
                continue;
            }
            let n: i64 = v.trim_start_matches('A').parse().unwrap_or(0);
            let lex = match c {
                "month" => Lex::Month(n as u8),
                "weekday" => Lex::Weekday(n as u8),
                "weekdays" => Lex::Weekdays(n as u8),
                "num" => Lex::Num(n as u32),
                "ord" => Lex::Ord(n as u32),
                "unit" | "units" => match Unit::parse(v) {
                    Some(u) => Lex::Unit(u, c == "units"),
                    None => continue,
                },
                "season" | "seasons" => match ["SP", "SU", "FA", "WI"].iter().position(|s| *s == v)
                {
                    Some(i) => Lex::Season(i as u8, c == "seasons"),
                    None => continue,
                },
                "pod" => match ["MO", "AF", "EV", "NI"]
                    .iter()
                    .position(|s| v.starts_with(s))
                {
                    Some(i) => Lex::Pod(i as u8, v.len() > 2),
                    None => continue,
                },
                "clockword" => Lex::ClockWord(if v.starts_with("24") { 24 } else { 12 }),
                "deictic" => Lex::Deictic(n as i8),
                "tonight" => Lex::Tonight,
                "overnight" => Lex::Overnight,
                "ref" => Lex::Ref(match v {
                    "PAST_REF" => 1,
                    "FUTURE_REF" => 2,
                    _ => 0,
                }),
                "rel" => Lex::Rel(n as i8, v.starts_with('A')),
                "dir" => Lex::Dir(n as i8, v.starts_with('A')),
                "mod" => Lex::Mod(match v {
                    "START" => 0,
                    "END" => 1,
                    _ => 2,
                }),
                "set" => match SET_VALUES.iter().position(|s| *s == v) {
                    Some(i) => Lex::SetAdv(i as u8),
                    None => continue,
                },
                "fuzzy" => Lex::Fuzzy(v.parse().ok()),
                "holiday" => {
                    let mut p = v.split('-');
                    let mo = p.next().and_then(|x| x.parse().ok()).unwrap_or(0);
                    let d = match p.next() {
                        Some("TH") => FOURTH_THURSDAY,
                        Some("ED") => ELECTION_DAY,
                        Some("EASTER") => EASTER,
                        Some("FM") => FIRST_MONDAY,
                        Some("LM") => LAST_MONDAY,
                        Some("TM") => THIRD_MONDAY,
                        Some("FT") => FIRST_TUESDAY,
                        Some("SS") => SECOND_SUNDAY,
                        Some("TS") => THIRD_SUNDAY,
                        Some("SM") => SECOND_MONDAY,
                        Some("VD") => MONDAY_BEFORE_25,
                        Some("DIWALI") => DIWALI,
                        Some("RAMADAN") => RAMADAN,
                        Some("ADHA") => EID_AL_ADHA,
                        x => x.and_then(|x| x.parse().ok()).unwrap_or(FOURTH_THURSDAY),
                    };
                    Lex::Holiday(mo, d)
                }
                "ampm" => Lex::Ampm(n as u8),
                "tz" => Lex::Tz,
                _ => continue,
            };
            m.entry(w)
                .or_insert(Entry {
                    lex: Lex::None,
                    flags: 0,
                })
                .lex = lex;
        }
        m
    })
}

/// What `word` means (case-insensitive; no allocation).
pub(crate) fn lookup(word: &str) -> Lex {
    lookup_start(word).0
}

/// What `word` means, its word-list flags ([`START`], [`PAST`]...), and whether a time
/// expression may start with it: any word with a meaning, a word of class `start`, or a
/// quarter / half / fiscal-year shape ("Q3", "H1", "FY2024"). The grammar is tried only
/// at such atoms, so every word it tests at the first atom of a pattern must be in the
/// lexicon.
pub(crate) fn lookup_start(word: &str) -> (Lex, u16, bool) {
    if let Some(l) = period_code(word) {
        return (l, 0, true);
    }
    if let Some(l) = number_shape(word) {
        return (l, 0, l != Lex::None);
    }
    let b = word.as_bytes();
    let shape = (b.len() == 2 && matches!(b[0], b'H' | b'Q' | b'q') && b[1].is_ascii_digit())
        || b.starts_with(b"FY");
    let mut buf = [0u8; 24];
    if b.is_empty() || b.len() > buf.len() {
        return (Lex::None, 0, shape);
    }
    for (o, c) in buf.iter_mut().zip(b) {
        // Curly apostrophe bytes are not ASCII: such words simply do not match.
        *o = c.to_ascii_lowercase();
    }
    let Ok(s) = std::str::from_utf8(&buf[..b.len()]) else {
        return (Lex::None, 0, shape);
    };
    match table().get(s) {
        Some(e) => (
            e.lex,
            e.flags,
            e.lex != Lex::None || e.flags & START != 0 || shape,
        ),
        None => (Lex::None, 0, shape),
    }
}

/// "Q4FY25", "Q3FY2026", "H1FY26", "3Q25", "1H2025", "3Q 2024": a quarter or half in the
/// compact codes of financial news (upper case only). The year may be written as a fiscal
/// year's, which is its year ("Q1 FY26" is 2026-Q1, as "fiscal 1988" is 1988); two digits
/// count from 1950.
fn period_code(s: &str) -> Option<Lex> {
    let b = s.as_bytes();
    let (half, n, rest) = match b {
        [b'Q', d @ b'1'..=b'4', rest @ ..] | [d @ b'1'..=b'4', b'Q', rest @ ..] => {
            (false, d - b'0', rest)
        }
        [b'H', d @ b'1'..=b'2', rest @ ..] | [d @ b'1'..=b'2', b'H', rest @ ..] => {
            (true, d - b'0', rest)
        }
        _ => return None,
    };
    let letter_first = b[0].is_ascii_alphabetic();
    let fy = rest.starts_with(b"FY");
    let ys = if fy { &rest[2..] } else { rest };
    // "Q3" and "H1" alone are read by the grammar with the year told after them; "3Q"
    // and "2H" alone only with one ("3Q 2024"), as "Route 2H" is no half year.
    if ys.is_empty() {
        return (!letter_first && !fy).then_some(Lex::Period(half, n, 0));
    }
    let (v, len) = digits(std::str::from_utf8(ys).ok()?)?;
    let y = match len {
        4 if (1900..=2199).contains(&v) => v,
        2 if v < 50 => 2000 + v,
        2 => 1900 + v,
        _ => return None,
    };
    Some(Lex::Period(half, n, y as u16))
}

fn digits(s: &str) -> Option<(u32, u8)> {
    if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().map(|v| (v, s.len() as u8))
}

/// The shape of a token that starts with a digit (or an apostrophe decade: "'90s").
fn number_shape(s: &str) -> Option<Lex> {
    let first = s.bytes().next()?;
    if !first.is_ascii_digit() {
        if let Some(r) = s.strip_prefix('\'').or_else(|| s.strip_prefix('’')) {
            if let Some(d) = r.strip_suffix('s') {
                if let Some((v, 2)) = digits(d) {
                    return Some(Lex::Decade(v));
                }
            }
        }
        return None;
    }
    if let Some((v, n)) = digits(s) {
        return Some(Lex::Int(v, n));
    }
    // "2h", "12m", "3d", "1w", "2mo", "1y", "5min", "3hrs" (not "80s": a decade)
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&n) {
        let unit = match s.get(n..).unwrap_or("") {
            "sec" | "secs" => Some(Unit::Second),
            "m" | "min" | "mins" => Some(Unit::Minute),
            "h" | "hr" | "hrs" => Some(Unit::Hour),
            "d" => Some(Unit::Day),
            "w" | "wk" | "wks" => Some(Unit::Week),
            "mo" => Some(Unit::Month),
            "y" | "yr" | "yrs" => Some(Unit::Year),
            _ => None,
        };
        if let (Some(u), Some((v, _))) = (unit, s.get(..n).and_then(digits)) {
            return Some(Lex::Short(v, u));
        }
    }
    // "the 2016/17 season": a year that runs into the next, told by the one it begins in
    if let Some((a, b)) = s.split_once('/') {
        if let (Some((y, 4)), Some((z, 2))) = (digits(a), digits(b)) {
            if (1900..=2100).contains(&y) && z == (y + 1) % 100 {
                return Some(Lex::Int(y, 4));
            }
        }
    }
    // "12.5 hours"
    if let Some((v, n)) = s.strip_suffix(".5").and_then(digits) {
        if n <= 4 {
            return Some(Lex::Half(v));
        }
    }
    if s.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        // "1,000": a count, never a year.
        let v = s.bytes().filter(u8::is_ascii_digit).fold(0u32, |a, b| {
            a.saturating_mul(10).saturating_add(u32::from(b - b'0'))
        });
        return Some(Lex::Int(v, 9));
    }
    for suf in ["st", "nd", "rd", "th"] {
        if let Some(d) = s.strip_suffix(suf) {
            if let Some((v, _)) = digits(d) {
                return Some(Lex::Ord(v));
            }
        }
    }
    if let Some(d) = s.strip_suffix('s').or_else(|| s.strip_suffix("'s")) {
        if let Some((v, n)) = digits(d) {
            if (n == 4 || n == 2) && v % 10 == 0 {
                return Some(Lex::Decade(v));
            }
        }
    }
    for (suf, ap) in [
        ("a.m.", 1),
        ("p.m.", 2),
        ("am", 1),
        ("pm", 2),
        ("a.m", 1),
        ("p.m", 2),
    ] {
        if s.len() > suf.len() && s.is_char_boundary(s.len() - suf.len()) {
            let (d, tail) = s.split_at(s.len() - suf.len());
            if tail.eq_ignore_ascii_case(suf) {
                if let Some(l) = clock(d, ap) {
                    return Some(l);
                }
            }
        }
    }
    if let Some(l) = clock(s, 0) {
        return Some(l);
    }
    let mut sl = s.split('/');
    let (p0, p1, p2, p3) = (sl.next(), sl.next(), sl.next(), sl.next());
    if let (Some(p0), Some(p1), None) = (p0, p1, p3) {
        let a = digits(p0)?;
        let b = digits(p1)?;
        if a.1 > 2 || b.1 > 2 {
            return Some(Lex::None);
        }
        let (y, yn) = match p2 {
            Some(p) => {
                let y = digits(p)?;
                if y.1 != 2 && y.1 != 4 {
                    return Some(Lex::None);
                }
                (y.0 as u16, y.1)
            }
            None => (0, 0),
        };
        return Some(Lex::Slash(a.0 as u8, b.0 as u8, y, yn));
    }
    // "2025-05-19T22:10", "2025-05-19T22:10:00Z", "2025-05-19T22:10:00+01:00"
    if s.len() >= 16 && s.as_bytes().get(10) == Some(&b'T') {
        let part = |a: usize, b: usize| s.get(a..b).and_then(digits).map(|(v, _)| v);
        let seps = s.as_bytes().get(4) == Some(&b'-')
            && s.as_bytes().get(7) == Some(&b'-')
            && s.as_bytes().get(13) == Some(&b':');
        if let (true, Some(y), Some(m), Some(d), Some(h), Some(mi)) = (
            seps,
            part(0, 4),
            part(5, 7),
            part(8, 10),
            part(11, 13),
            part(14, 16),
        ) {
            if h < 24 && mi < 60 {
                return Some(Lex::IsoTime(y as u16, m as u8, d as u8, h as u8, mi as u8));
            }
        }
    }
    let mut dp = s.split('-');
    if let (Some(a), Some(b), Some(c), None) = (dp.next(), dp.next(), dp.next(), dp.next()) {
        if let (Some((y, 4)), Some((m, 2)), Some((d, 2))) = (digits(a), digits(b), digits(c)) {
            return Some(Lex::Iso(y as u16, m as u8, d as u8));
        }
    }
    // "20-05-2025", "20.05.2025": read as "20/05/2025" is (month first unless the first
    // number is above 12 or the day-first option is on).
    for sep in ['-', '.'] {
        let mut p = s.split(sep);
        if let (Some(a), Some(b), Some(c), None) = (p.next(), p.next(), p.next(), p.next()) {
            if let (Some((a, 1..=2)), Some((b, 1..=2)), Some((y, 4))) =
                (digits(a), digits(b), digits(c))
            {
                return Some(Lex::Slash(a as u8, b as u8, y as u16, 4));
            }
        }
    }
    Some(Lex::None)
}

fn clock(s: &str, ampm: u8) -> Option<Lex> {
    // "17h00" (South Africa, France), "1700hrs", "0900h" (military)
    if ampm == 0 {
        let four = s
            .strip_suffix("hrs")
            .or_else(|| s.strip_suffix("hr"))
            .or_else(|| s.strip_suffix('h'))
            .and_then(digits)
            .filter(|&(_, n)| n == 4)
            .map(|(v, _)| (v / 100, v % 100));
        let split = s
            .split_once('h')
            .and_then(|(h, m)| Some((digits(h)?, digits(m)?)))
            .filter(|&((_, hn), (_, mn))| hn <= 2 && mn == 2)
            .map(|((h, _), (m, _))| (h, m));
        if let Some((h, m)) = four.or(split) {
            return (h <= 24 && m <= 59).then_some(Lex::Clock(h as u8, m as u8, 0));
        }
    }
    let (h, m, ampm) = match s.split_once(':').or_else(|| s.split_once('.')) {
        Some((h, m)) => {
            let (h, hn) = digits(h)?;
            // ("11:16:00 PM": seconds are left out of the value)
            let m = match m.split_once(':') {
                Some((m, sec)) if !s.contains('.') => {
                    digits(sec).filter(|&(v, n)| n == 2 && v <= 59)?;
                    m
                }
                _ => m,
            };
            let (m, mn) = digits(m)?;
            if hn > 2 || mn != 2 {
                return None;
            }
            // "7.25" is a time only with a.m./p.m. after it ("10.30 am"): marked
            // [`DOTTED`] until the grammar sees one.
            let dotted = ampm == 0 && s.contains('.');
            (h, m, if dotted { DOTTED } else { ampm })
        }
        None if ampm > 0 => (digits(s)?.0, 0, ampm),
        None => return None,
    };
    if h > 24 || m > 59 || (matches!(ampm, 1 | 2) && (h == 0 || h > 12)) {
        return None;
    }
    Some(Lex::Clock(h as u8, m as u8, ampm))
}

/// [`Lex::Clock`] am/pm mark of "10.30": a time only when "am"/"pm" follows.
pub(crate) const DOTTED: u8 = 3;
