//! Dates: time expressions normalised to TimeML TIMEX3 values.
//!
//! Pattern matching over the tokens of each sentence ([`grammar`]), with the meanings of
//! words in a hand-curated lexicon (`data/dates_lexicon.tsv`), normalised against the
//! reference date ([`normalise`]): relative expressions ("Saturday", "last week", "two
//! years ago") resolve against it, weekdays and bare months by the tense of the sentence
//! (past: the one before, future: the one after), "the following day" and "a week later"
//! against the date mentioned last. With no reference date, values keep unknown parts
//! ("XXXX-05-19") rather than invent a year.
//!
//! TimeML conventions followed where the guidelines and TimeBank agree: "three days later"
//! is the DURATION "three days" (the signal "later" stays outside), while "a year earlier"
//! is the year-ago date; "Friday night" is a TIME (`…TNI`); weeks are ISO weeks ("W07").
//!
//! Numeric dates: `5/6/2025` is month first (US) unless [`Options::day_first`] is set or
//! the article itself writes its dates day first (a `16/08/2025` and no `08/16/2025`); a
//! first number above 12 is always a day. A slash date without a year is only taken right
//! after "on" (so "the 5/4 vote" is not a date).

mod grammar;
mod lexicon;
mod normalise;
mod steps;
#[cfg(test)]
mod tests;

use crate::segment::{ParagraphKind, TokenKind};
use crate::{Document, Options, Span};
use grammar::{Atom, G};
use lexicon::Lex;
use normalise::Ctx;
use steps::{Step, Told};

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

/// Whether sentence `si` is a headline: a heading, or a first line of one short sentence
/// with no closing stop ("Stocks rally as oil prices retreat"). `first_body` is the
/// document's first paragraph that is no boilerplate.
fn is_headline(doc: &Document, si: usize, first_body: Option<usize>) -> bool {
    if doc.sentence_kind(si) == ParagraphKind::Heading {
        return true;
    }
    let Some(sentence) = doc.sentences().get(si) else {
        return false;
    };
    let Some(paragraph) = doc.paragraphs().get(sentence.paragraph) else {
        return false;
    };
    let words = doc
        .sentence_tokens(si)
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .count();
    let last = sentence.span.slice(doc.text()).chars().next_back();
    first_body == Some(sentence.paragraph)
        && paragraph.sentences.len() == 1
        && words <= 16
        && !matches!(
            last,
            Some('.' | '!' | '?' | ',' | ';' | ':' | '"' | '”' | '\'' | '’' | ')' | '…')
        )
}

/// The Monday of an ISO week value (`2024-W19`).
fn week_start(value: &str) -> Option<jiff::civil::Date> {
    let (y, w) = value.split_once("-W")?;
    let (y, w) = (y.parse::<i16>().ok()?, w.parse::<i8>().ok()?);
    jiff::civil::ISOWeekDate::new(y, w, jiff::civil::Weekday::Monday)
        .ok()
        .map(|d| d.date())
}

/// The tense expression `m` is resolved with: its own words', else its clause's, with two
/// corrections from the sentence. `after_day` is whether `m` is a bare time right after a
/// day; `prev` where the expression before ended, its tense and whether it was a time.
fn tense_of(
    g: &G<'_>,
    m: &grammar::Found,
    after_day: bool,
    prev: Option<(usize, normalise::Tense, bool)>,
) -> normalise::Tense {
    use normalise::{Tense, Val};
    let tense = if after_day {
        Tense::Unknown
    } else {
        m.tense.unwrap_or_else(|| grammar::tense(g, m.start, m.end))
    };
    // "Christmas wish lists this year", "this year's Easter": a holiday or month in a
    // clause that tells "this year" is the reference year's.
    let this_year = |k: usize| g.is(k, "this") && g.is(k + 1, "year");
    let tense = if matches!(
        m.val,
        Val::Holiday { y: None, .. } | Val::Month { y: None, .. }
    ) && !matches!(tense, Tense::Same | Tense::Past | Tense::StrictPast)
        && {
            // (not "Prices rose in December and this year they are falling", "shut since
            // November")
            let apart = |k: usize| g.is_any(k, &[",", ";", "but", "and", "since", "over"]);
            (m.end..(m.end + 6).min(g.atoms.len()))
                .take_while(|&k| !apart(k))
                .any(this_year)
                || (m.start.saturating_sub(6)..m.start)
                    .rev()
                    .take_while(|&k| !apart(k))
                    .any(this_year)
        }
        && !(m.start > 0 && g.is_any(m.start - 1, &["since", "over"]))
    {
        Tense::Same
    } else {
        tense
    };
    // "midnight on Friday", "Tuesday night into Wednesday morning": with no cue of its own,
    // an expression joined to the one before takes its tense; so does the day of a clock
    // time ("until 9am on Thursday"), whose day it is.
    match prev {
        Some((e, t, clock))
            if (tense == Tense::Unknown
                || clock && g.is(e, "on")
                // "on Saturday or Monday": one tense for both days
                || g.is_any(e, &["or", "and"])
                    && matches!(m.val, Val::Weekday { .. })
                    && e > 0
                    && (g.is_weekday(e - 1)
                        // ("could fall Tuesday night and Wednesday")
                        || e > 1
                            && g.is_weekday(e - 2)
                            && g.is_any(e - 1, &["morning", "afternoon", "evening", "night"])))
                && !after_day
                && m.start == e + 1
                && (e..m.start)
                    .all(|k| g.is_any(k, &["on", "into", "to", "until", "and", "or"])) =>
        {
            t
        }
        _ => tense,
    }
}

/// Find and normalise the time expressions of `doc`, in text order.
///
/// Each expression the grammar finds is resolved alone ([`normalise::resolve`]), then
/// corrected by what its sentence tells around it ([`steps`], in a fixed order), then
/// remembered for the expressions after it.
pub fn extract(doc: &Document, options: &Options) -> Vec<Timex> {
    use normalise::{Tod, Val};
    let text = doc.text();
    let place = Place::of(doc.text());
    let mut ctx = Ctx {
        reference: doc.reference().map(|r| r.date),
        southern: place.southern,
        ..Ctx::default()
    };
    let mut out: Vec<Timex> = Vec::new();
    let mut atoms: Vec<Atom> = Vec::new();
    let day_first = options.day_first || writes_day_first(text);
    // The sentence, end atom and day each weekday (1 Monday .. 7 Sunday) was last resolved
    // to. (Only within a sentence: across sentences a story may name a past and a coming
    // Saturday; nor across a modal: "arrested on Monday and will appear in court on
    // Monday".)
    let mut weekdays: [Option<(usize, usize, jiff::civil::Date)>; 8] = [None; 8];
    // The day a run of entries is on: the day a line of its own told last ("Sept. 11,
    // 2001" over a timeline's entries), else the day the run's first entry took.
    let mut entries: Option<jiff::civil::Date> = None;
    // The last entry a date opened in a schedule or chronology: its sentence and day.
    let mut last_entry: Option<(usize, jiff::civil::Date)> = None;
    // Whether the run of entries has gone back in time once (a list told newest first).
    let mut descending = false;
    // The last night told ("Friday night"): its sentence and day.
    let mut night: Option<(usize, jiff::civil::Date)> = None;
    let first_body = doc
        .paragraphs()
        .iter()
        .position(|p| p.kind != ParagraphKind::Boilerplate);
    for si in 0..doc.sentences().len() {
        atoms.clear();
        ctx.sentence = si;
        build_atoms(text, doc.sentence_tokens(si), &mut atoms);
        let mut g = G::new(text, &atoms, day_first);
        g.headline = is_headline(doc, si, first_body);
        g.place = place;
        let mut told = Told {
            start: out.len(),
            ..Told::default()
        };
        let mut i = 0;
        while i < atoms.len() {
            // Most atoms cannot start a time expression: skip them without trying the
            // grammar.
            if !atoms.get(i).is_some_and(|a| a.may_start) {
                i += 1;
                continue;
            }
            let Some(m) = g.match_at(i) else {
                i += 1;
                continue;
            };
            if in_title(&g, m.start, m.end) {
                i = m.end.max(i + 1);
                continue;
            }
            let (Some(a), Some(b)) = (atoms.get(m.start), atoms.get(m.end.saturating_sub(1)))
            else {
                i += 1;
                continue;
            };
            // "04/26/2001 07:17 AM", "May 22, at 3 p.m.": a bare time right after a day is
            // that day's, whatever the tense.
            let after_day = matches!(m.val, Val::Anchor)
                && told.day_end.is_some_and(|e| {
                    e <= m.start
                        && m.start - e <= 2
                        && (e..m.start).all(|k| g.is_any(k, &[",", "at", "around", "about", "("]))
                });
            let tense = tense_of(&g, &m, after_day, told.prev);
            told.prev = Some((m.end, tense, m.kind == TimexType::Time));
            // "3:25 p.m." alone on its line, or opening it before a dash ("12:05 p.m. —
            // The Thruway closed ..."), heads an entry of a live blog or a timeline. The
            // first entry of a run takes its day as any clock does ("Here's how Tuesday
            // unfolded:\n7 p.m. — Polls closed"; alone on its line, today's); the entries
            // after it keep that day, whatever day an entry told ("since Tuesday night"),
            // until a line of its own tells another ("Sept. 12, 2001").
            let on_its_line = atoms.iter().enumerate().all(|(k, a)| {
                (m.start..m.end).contains(&k) || !a.word && !matches!(a.lex, Lex::Int(..))
            });
            let lone = matches!(m.val, Val::Anchor) && on_its_line;
            // (the grammar reads a bare "09:15 —" opening its line as today's already)
            let entry = lone
                || matches!(m.val, Val::Anchor | Val::DayOff(0))
                    && m.start == 0
                    && g.is_any(m.end, &["—", "–", "-"])
                    && matches!(m.tod, Some(Tod::Clock(..)));
            let entry_day = entries.filter(|_| entry).map(|d| Val::Day {
                y: Some(i32::from(d.year())),
                m: d.month().unsigned_abs(),
                d: d.day().unsigned_abs(),
            });
            let val = match &entry_day {
                Some(d) => d,
                None if lone => &Val::DayOff(0),
                None => &m.val,
            };
            // A deadline ahead of the reference date ("until at least Friday morning",
            // "by Friday") is no day the story moves to: what follows does not count from
            // it ("stayed in hospital until May 9. The next day, ..." does; so does "hit
            // by Monday's earthquake").
            // ("until Thursday or Friday": both)
            let deadline = !g.is_any(m.end, &["'s", "’s"])
                && (m.start > 0 && g.is_any(m.start - 1, &["until", "till", "by"])
                    || grammar::until_at_least(&g, m.start)
                    || told
                        .prev_deadline
                        .is_some_and(|e| m.start == e + 1 && g.is_any(e, &["or", "and"])));
            told.prev_deadline = deadline.then_some(m.end);
            let before = (ctx.last_day, ctx.last_day_sentence);
            let ahead_before = ctx.last_ahead_day;
            // ("set for 10 p.m. tonight": the day told after it, not the last day ahead)
            if matches!(m.val, Val::Anchor)
                && matches!(
                    g.atoms.get(m.end).map(|a| a.lex),
                    Some(Lex::Tonight | Lex::Deictic(_) | Lex::Weekday(_))
                )
            {
                ctx.last_ahead_day = None;
            }
            let s = Step {
                g: &g,
                m: &m,
                si,
                tense,
            };
            let r = normalise::resolve(val, m.tod, tense, &mut ctx);
            let resolved_day = r.1;
            let r = steps::small_hour_after_night(&s, night, r);
            ctx.follow_moved_day(resolved_day, r.1);
            let r = steps::evening_clock(&s, night, r);
            // (and after a late clock told with its day: "an order at 9:45 p.m. Tuesday.
            // Deputies went door to door until about 2 a.m.")
            let late =
                matches!(m.tod, Some(Tod::Clock(20..=23, _))) && !matches!(m.val, Val::Anchor);
            if let (true, Some(d)) = (late, r.1) {
                night = Some((si, d));
            }
            // (not an adjective: "late-night tweets")
            if let (Some(Tod::Part(3)), Some(d)) = (m.tod, r.1) {
                if !g.joined(m.end.saturating_sub(1)) {
                    night = Some((si, d));
                }
            }
            let first = out.len() == told.start;
            let r = steps::month_ahead_next_year(&s, &told, first, &mut ctx, r);
            let r = steps::year_earlier(&s, &ctx, out.get(told.start..).unwrap_or(&[]), r);
            let r = steps::will_next_year(&s, first, &mut ctx, r);
            let r = steps::results_quarter(&s, &mut ctx, r);
            let r = steps::since_begun(&s, &mut ctx, r);
            let r = steps::when_year(&s, &mut ctx, r);
            let r = steps::weekday_before(&s, &told, r);
            let r = steps::would_after_said(&s, &told, &ctx, r);
            let r = steps::entry_after_entry(&s, last_entry, descending, &mut ctx, r);
            if steps::opens_entry(&s) {
                let run = last_entry.filter(|&(ls, _)| ls + 2 >= si);
                descending = match (run, r.1) {
                    (Some((_, prev)), Some(d)) => descending || d < prev,
                    _ => false,
                };
                last_entry = r.1.map(|d| (si, d));
            }
            let r = steps::weekday_range(&s, &told, &mut ctx, &mut out, r);
            if ctx.last_ahead_day.is_none() {
                ctx.last_ahead_day = ahead_before;
            }
            if m.start > 0 && g.is(m.start - 1, "since") {
                ctx.last_month_told = false;
            }
            let clock = match m.tod {
                Some(Tod::Clock(h, mi)) => Some((h, mi)),
                _ => None,
            };
            let r = steps::clock_range(&s, &told, clock, &mut ctx, r);
            let between = m.start > 0 && g.is(m.start - 1, "between");
            // "airs weekdays from 6:00AM to 9:00AM", "open until 9pm on Thursdays", "every
            // Sunday at 9 p.m.": a bare time under a set is of no one day.
            let under_set = clock.is_some()
                && matches!(m.val, Val::Anchor)
                && steps::under_set(&s, &told, between);
            let (value, day) = match clock {
                Some((h, mi)) if under_set => {
                    (ctx.last_day, ctx.last_day_sentence) = before;
                    ctx.last_ahead_day = ahead_before;
                    (format!("XXXX-XX-XXT{h:02}:{mi:02}"), None)
                }
                _ => r,
            };
            told.prev_clock_set = under_set.then_some(m.end);
            told.prev_set = (m.kind == TimexType::Set).then_some(m.end);
            told.prev_clock = clock.zip(day).map(|(c, d)| (m.end, c, d, between));
            if deadline && day.zip(ctx.reference).is_some_and(|(d, r)| d > r) {
                (ctx.last_day, ctx.last_day_sentence) = before;
                ctx.last_ahead_day = ahead_before;
            } else if day.is_some() {
                // Nor is a start ("raised since Jan. 1, 2015. In August, ...") the year a
                // story is told in.
                // (nor a day named as a landmark: "its worst day since the attacks of Sept.
                // 11, 2001")
                ctx.last_day_since = m.start > 0
                    && (g.is(m.start - 1, "since")
                        || g.is(m.start - 1, "of")
                            && (m.start.saturating_sub(12)..m.start).any(|k| g.is(k, "since")));
            }
            told.day_end = if day.is_some() { Some(m.end) } else { None };
            match day.or_else(|| week_start(&value)) {
                Some(d) => told.earliest = Some(told.earliest.map_or(d, |t| t.min(d))),
                None => told.undated = true,
            }
            remember_year(&g, &m, &value, si, &mut ctx);
            let r = steps::weekday_again(&s, &mut weekdays, (value, day));
            ctx.follow_moved_day(day, r.1);
            told.prev_span_day = r.1.map(|d| (out.len(), m.end, d));
            if m.kind == TimexType::Date && r.1.is_some() && on_its_line
                || entry && entries.is_none()
            {
                entries = r.1;
            }
            let (value, day) = steps::day_range(&s, &told, &mut out, r);
            told.prev_day = match (&m.val, day) {
                (Val::Day { y: None, .. }, Some(d)) => Some((out.len(), m.end, d)),
                _ => None,
            };
            out.push(Timex {
                span: Span::new(a.start, b.end),
                kind: m.kind,
                value,
            });
            i = m.end.max(i + 1);
        }
    }
    out
}

/// Whether atoms `s..e` lie inside a quoted title: "Tomorrow Never Dies," "Murder at
/// 1600," "Friday the 13th", the film "1917" (a short quote whose longer words are all
/// capitalised, not closed before a verb of saying: '"Friday," he said').
fn in_title(g: &G<'_>, s: usize, e: usize) -> bool {
    let opens = |k: usize| g.is_any(k, &["\"", "“", "‘"]);
    let closes = |k: usize| g.is_any(k, &["\"", "”", "’"]);
    let Some(q1) = (s.saturating_sub(6)..s)
        .rev()
        .find(|&k| opens(k) || closes(k))
    else {
        return false;
    };
    let Some(q2) = (e..(e + 7).min(g.atoms.len())).find(|&k| opens(k) || closes(k)) else {
        return false;
    };
    let words = || {
        (q1 + 1..q2).filter(|&k| {
            g.atoms
                .get(k)
                .is_some_and(|a| a.word || matches!(a.lex, Lex::Int(..)))
        })
    };
    // (a straight mark opens when an even number of them come before it in the
    // sentence: not the years between two titles, '"In the Year of January" (1963)')
    let straight_before = || (0..q1).filter(|&k| g.is(k, "\"")).count();
    opens(q1)
        && (!g.is(q1, "\"") || straight_before() % 2 == 0)
        // (a headline or a sign read out is no title: 'The headline read "Markets Brace
        // for Tuesday,"')
        && !(q1 > 0 && g.is_any(q1 - 1, &["read", "reads", "reading", "saying", "said", "says"]))
        && closes(q2)
        && words().count() <= 8
        && words().all(|k| g.cap(k) || g.s(k).len() < 4 || matches!(g.lx(k), Lex::Int(..)))
        // (a sentence quoted is no title)
        && !(q1 + 1..q2).any(|k| g.is_any(k, &[".", "!", "?"]))
        && !(q2 + 1..(q2 + 4).min(g.atoms.len())).any(|k| {
            g.is_any(k, &["said", "says", "asked", "added", "told", "wrote", "tweeted"])
        })
}

/// Remember the year expression `m` (resolved to `value`, in sentence `si`) tells as the
/// time of what follows, if it does.
fn remember_year(g: &G<'_>, m: &grammar::Found, value: &str, si: usize, ctx: &mut Ctx) {
    use normalise::Val;
    // "In 2021, the tally was not released until July 6": the year a sentence opens with
    // is its year ("a program approved in 1987 ... bought shares through Sept. 29" is not:
    // TimeBank).
    // So is the year of a timeline's entry: "2022 — Mediation fails in February", "Dec.
    // 19, 2024: ... concedes the Christmas target".
    let opens = m.end == m.start + 1
        && m.start == 1
        && g.is_any(0, &["in", "during", "by"])
        && !g.atoms.get(m.end).is_some_and(|a| a.word && a.cap);
    let entry = m.start == 0 && g.is_any(m.end, &["—", "–", "-", ":"]);
    let told_year = match m.val {
        Val::Year(y) | Val::Day { y: Some(y), .. } => Some(y),
        // ("October 2001: Calder books revenue on Sept. 28")
        Val::Month { y: Some(y), .. } if entry => Some(y),
        _ => None,
    };
    if m.kind == TimexType::Date && (opens || entry) {
        if let Some(y) = told_year {
            ctx.year_told = Some((si, y));
        }
    }
    // ("Last year, applications peaked in February": so is a year a sentence opens with
    // before its comma)
    if m.kind == TimexType::Date && m.start == 0 && g.is(m.end, ",") && value.len() == 4 {
        if let Ok(y) = value.parse::<i32>() {
            ctx.year_told = Some((si, y));
        }
    }
    // A year, or the months of a year to date ("the nine months", "the first six months"),
    // is what a following "a year earlier" compares with.
    if m.kind == TimexType::Date && value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit())
        || m.kind == TimexType::Duration
            && matches!(value, "P9M" | "P6M")
            && g.is_any(m.start, &["the"])
    {
        ctx.year_period = true;
    }
}

/// Where a story is told, as far as its dates care: Thanksgiving is October's in Canada,
/// Independence Day is 15 August in India and 14 August in Pakistan, and autumn is March
/// to May in the south. Read from its dateline (a city in capitals near the start:
/// "TORONTO —", "NEW DELHI —") and from the countries it names, never from a city named
/// in passing ("Perth in Scotland", "travelers from Toronto").
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Place {
    pub canadian: bool,
    pub southern: bool,
    pub india: bool,
    pub pakistan: bool,
}

/// The first `n` bytes of `text`, cut at a character's start.
fn prefix(text: &str, n: usize) -> &str {
    let mut cut = text.len().min(n);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.get(..cut).unwrap_or("")
}

impl Place {
    fn of(text: &str) -> Place {
        // (an article's worth: a long paste of many stories is read by its first)
        let text = prefix(text, 20_000);
        // (the first few lines: headline, byline, dateline)
        let head = prefix(text, 400);
        // A dateline: a city in capitals near the start, not one of another country's
        // ("MELBOURNE, Fla.", "SYDNEY, N.S.": a state or province after a comma).
        let dateline = |cities: &[&str]| {
            cities.iter().any(|c| {
                head.match_indices(c).any(|(i, _)| {
                    let after = head.get(i + c.len()..).unwrap_or("");
                    let abbr = after.strip_prefix(", ").is_some_and(|r| {
                        r.split(|ch: char| ch.is_whitespace() || ch == ',')
                            .next()
                            .is_some_and(|w| w.len() <= 5 && w.ends_with('.'))
                    });
                    !abbr
                })
            })
        };
        // Whole words only ("Indiana" is no "India"), and no "Indian Ocean", "West
        // Indian", "Canada geese" or "American League".
        let count = |words: &[&str]| {
            words
                .iter()
                .map(|w| {
                    text.match_indices(w)
                        .filter(|&(i, _)| {
                            let after = text.get(i + w.len()..).unwrap_or("");
                            let before = text.get(..i).unwrap_or("");
                            !after.starts_with(|c: char| c.is_lowercase() && c != 's')
                                && !before.ends_with(|c: char| c.is_alphanumeric())
                                && !before.ends_with("West ")
                                && !["Ocean", "geese", "Goose", "League", "Wells"]
                                    .iter()
                                    .any(|x| {
                                        after.trim_start_matches('s').trim_start().starts_with(x)
                                    })
                        })
                        .count()
                })
                .sum::<usize>()
        };
        const NORTH_DATELINES: &[&str] = &[
            "WASHINGTON",
            "NEW YORK",
            "CHICAGO",
            "LOS ANGELES",
            "HOUSTON",
            "LONDON",
            "PARIS",
            "BERLIN",
            "BRUSSELS",
            "GENEVA",
            "ROME",
            "MADRID",
            "MOSCOW",
            "BEIJING",
            "TOKYO",
            "DUBLIN",
            "SAN FRANCISCO",
            "BOSTON",
            "ATLANTA",
        ];
        const CA_DATELINES: &[&str] = &[
            "TORONTO",
            "OTTAWA",
            "MONTREAL",
            "VANCOUVER",
            "CALGARY",
            "EDMONTON",
            "WINNIPEG",
            "HALIFAX",
        ];
        const SOUTH_DATELINES: &[&str] = &[
            "SYDNEY",
            "MELBOURNE",
            "BRISBANE",
            "PERTH",
            "ADELAIDE",
            "CANBERRA",
            "HOBART",
            "DARWIN",
            "AUCKLAND",
            "WELLINGTON",
            "CHRISTCHURCH",
            "JOHANNESBURG",
            "CAPE TOWN",
            "PRETORIA",
            "DURBAN",
            "BUENOS AIRES",
        ];
        const IN_DATELINES: &[&str] = &[
            "NEW DELHI",
            "MUMBAI",
            "KOLKATA",
            "CHENNAI",
            "BENGALURU",
            "HYDERABAD",
        ];
        const PK_DATELINES: &[&str] = &["ISLAMABAD", "KARACHI", "LAHORE", "PESHAWAR"];
        let north_dl = dateline(NORTH_DATELINES);
        let ca_dl = dateline(CA_DATELINES);
        let south_dl = dateline(SOUTH_DATELINES);
        let in_dl = dateline(IN_DATELINES);
        let pk_dl = dateline(PK_DATELINES);
        // Any dateline decides; with none, the countries named do, when named more than
        // once and more than the others.
        let any_dl = north_dl || ca_dl || south_dl || in_dl || pk_dl;
        let us = count(&["U.S.", "United States", "America", "American"]);
        let north = count(&[
            "U.S.",
            "United States",
            "America",
            "Britain",
            "British",
            "London",
            "Europe",
            "Canada",
            "China",
            "Japan",
            "India",
            "Russia",
            "Germany",
            "France",
        ]);
        let south = count(&[
            "Australia",
            "New Zealand",
            "South Africa",
            "Argentina",
            "Argentine",
        ]);
        let canada = count(&[
            "Canada",
            "Canadian",
            "Ontario",
            "Quebec",
            "Alberta",
            "British Columbia",
            "Manitoba",
            "Saskatchewan",
            "Nova Scotia",
            "New Brunswick",
        ]);
        let india = count(&["India", "Indian"]);
        let pakistan = count(&["Pakistan", "Pakistani"]);
        Place {
            canadian: ca_dl || !any_dl && canada >= 1 && us == 0,
            southern: south_dl || !any_dl && south >= 2 && south > north,
            india: in_dl || !any_dl && india >= 2 && pakistan == 0 && us == 0,
            pakistan: pk_dl || !any_dl && pakistan >= 2 && india == 0 && us == 0,
        }
    }
}

/// `value` (a TIMEX3 value that opens with a four-digit year) with year `y` instead.
fn with_year(value: &str, y: i16) -> Option<String> {
    Some(format!("{y:04}{}", value.get(4..)?))
}

/// `value` (a TIMEX3 value that opens with a day, `2025-05-17...`) with day `d` instead.
fn with_day(value: &str, d: jiff::civil::Date) -> Option<String> {
    Some(format!("{d}{}", value.get(10..)?))
}

/// Whether `text` writes its numeric dates day first: some `16/08/2025` (a first number
/// above 12) and no `08/16/2025` (a second one above 12). "16-08-2025" and "16.08.2025"
/// count too.
fn writes_day_first(text: &str) -> bool {
    let b = text.as_bytes();
    let (mut day_first, mut month_first) = (false, false);
    let number = |i: usize| -> Option<(u32, usize)> {
        let n = b
            .get(i..)?
            .iter()
            .take(5)
            .take_while(|c| c.is_ascii_digit())
            .count();
        let v = std::str::from_utf8(b.get(i..i + n)?).ok()?.parse().ok()?;
        Some((v, n))
    };
    let is_sep = |c: u8| matches!(c, b'/' | b'-' | b'.');
    let mut i = 0;
    while i < b.len() {
        // (not inside a longer run: "13.5.20.1", "25-6-70-3", "v1.2")
        if !b[i].is_ascii_digit()
            || i > 0
                && (b[i - 1].is_ascii_digit() || is_sep(b[i - 1]) || b[i - 1].is_ascii_alphabetic())
        {
            i += 1;
            continue;
        }
        let read = (|| {
            let (x, xn) = number(i).filter(|&(_, n)| n <= 2)?;
            let sep = *b.get(i + xn)?;
            if !is_sep(sep) {
                return None;
            }
            let j = i + xn + 1;
            let (y, yn) = number(j).filter(|&(_, n)| n <= 2)?;
            if b.get(j + yn) != Some(&sep) {
                return None;
            }
            // A year of four digits (two only after a slash: "16/08/25"; "14.05.00" is a
            // clock, "31-9-11" a record), in years news tells of.
            let (z, zn) = number(j + yn + 1).filter(|&(_, n)| n == 4 || n == 2 && sep == b'/')?;
            if zn == 4 && !(1900..=2100).contains(&z) {
                return None;
            }
            let end = j + yn + 1 + zn;
            let next = b.get(end).copied();
            if next.is_some_and(|c| c.is_ascii_digit())
                || next.is_some_and(is_sep) && b.get(end + 1).is_some_and(u8::is_ascii_digit)
            {
                return None;
            }
            Some((x, y, end))
        })();
        match read {
            Some((x, y, end)) => {
                day_first |= x > 12 && (1..=12).contains(&y);
                month_first |= y > 12 && (1..=12).contains(&x);
                i = end;
            }
            None => i += 1,
        }
    }
    day_first && !month_first
}

/// The atoms of a sentence: its tokens, hyphenated words split at their hyphens.
fn build_atoms(text: &str, tokens: &[crate::segment::Token], out: &mut Vec<Atom>) {
    for t in tokens {
        let sp = t.span();
        let Some(s) = text.get(sp.start..sp.end) else {
            continue;
        };
        let word = t.kind == TokenKind::Word;
        let splittable = matches!(t.kind, TokenKind::Word | TokenKind::Number)
            && s.contains('-')
            && !matches!(
                lexicon::lookup(s),
                Lex::Iso(..) | Lex::IsoTime(..) | Lex::Slash(..)
            );
        if !splittable {
            out.push(atom(s, sp.start, false, word));
            continue;
        }
        let mut off = sp.start;
        let mut first = true;
        for piece in s.split('-') {
            if !piece.is_empty() {
                let w = piece.chars().next().is_some_and(char::is_alphabetic);
                out.push(atom(piece, off, !first, w));
            }
            first = false;
            off += piece.len() + 1;
        }
    }
}

fn atom(s: &str, start: usize, joined: bool, word: bool) -> Atom {
    let (lex, flags, may_start) = lexicon::lookup_start(s);
    Atom {
        start,
        end: start + s.len(),
        lex,
        joined,
        cap: s.chars().next().is_some_and(char::is_uppercase),
        word,
        may_start,
        flags,
    }
}
