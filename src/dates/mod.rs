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
#[cfg(test)]
mod tests;

use crate::segment::{ParagraphKind, TokenKind};
use crate::{Document, Options, Span};
use grammar::{Atom, G};
use lexicon::Lex;
use normalise::Ctx;

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

/// Whether the bare clock time at atoms `start..end` is told under a set: right after one
/// (`prev_set`, where the last set ended: "every Sunday at 9 p.m."), after a word of one
/// ("airs weekdays from 6:00AM"), before "on" and one in its clause ("until 9pm on
/// Thursdays"; past "and" when it is `between` two: "between 7 a.m. and 7 p.m. on
/// weekdays"), or as the end of a range whose start was (`prev_clock_set`).
fn under_set(
    g: &G<'_>,
    start: usize,
    end: usize,
    between: bool,
    prev_set: Option<usize>,
    prev_clock_set: Option<usize>,
) -> bool {
    let set_word = |k: usize| {
        g.is_any(
            k,
            &["weekdays", "weeknights", "weekends", "daily", "nightly"],
        ) || matches!(g.atoms.get(k).map(|a| a.lex), Some(Lex::Weekdays(_)))
    };
    prev_set.is_some_and(|e| {
        e <= start
            && start - e <= 1
            && (e..start).all(|k| g.is_any(k, &["at", "from", "until", ","]))
    }) || (1..=2).any(|n| {
        start >= n
            && set_word(start - n)
            && (start - n + 1..start).all(|k| g.is_any(k, &["at", "from", "until", "till"]))
    }) || (end..(end + 6).min(g.atoms.len()))
        .take_while(|&k| !g.is_any(k, &[",", ";", "but", "."]) && (between || !g.is(k, "and")))
        .any(|k| g.is(k, "on") && set_word(k + 1))
        || prev_clock_set.is_some_and(|e| {
            start == e + 1 && g.is_any(e, &["to", "until", "till", "-", "–", "and"])
                || start == e && g.joined(e)
        })
}

/// The Monday of an ISO week value (`2024-W19`).
fn week_start(value: &str) -> Option<jiff::civil::Date> {
    let (y, w) = value.split_once("-W")?;
    let (y, w) = (y.parse::<i16>().ok()?, w.parse::<i8>().ok()?);
    jiff::civil::ISOWeekDate::new(y, w, jiff::civil::Weekday::Monday)
        .ok()
        .map(|d| d.date())
}

/// Find and normalise the time expressions of `doc`, in text order.
pub fn extract(doc: &Document, options: &Options) -> Vec<Timex> {
    let text = doc.text();
    let mut ctx = Ctx {
        reference: doc.reference().map(|r| r.date),
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
        // Where this sentence's expressions begin in `out`.
        let sentence_start = out.len();
        g.headline = is_headline(doc, si, first_body);
        // Where the last expression that named a day ended, in this sentence.
        let mut day_end: Option<usize> = None;
        // Where the last expression ended, and the tense it was resolved with.
        let mut prev: Option<(usize, normalise::Tense, bool)> = None;
        // Where the last expression ended when it was a deadline ("until Thursday").
        let mut prev_deadline: Option<usize> = None;
        // Where the last clock time ended, its hour and minute, and its day.
        let mut prev_clock: Option<(usize, (u8, u8), jiff::civil::Date, bool)> = None;
        // Where the last set ended, and the last clock time read as under a set.
        let mut prev_set: Option<usize> = None;
        let mut prev_clock_set: Option<usize> = None;
        // Where the last year-less day ended, its index in `out` and the day it resolved to.
        let mut prev_day: Option<(usize, usize, jiff::civil::Date)> = None;
        // The last expression with a day: its index in `out`, where it ended, its day.
        let mut prev_span_day: Option<(usize, usize, jiff::civil::Date)> = None;
        // The earliest day told so far in this sentence, and whether an expression with no
        // day was told.
        let mut told_before: Option<jiff::civil::Date> = None;
        let mut undated_before = false;
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
            let (Some(a), Some(b)) = (atoms.get(m.start), atoms.get(m.end.saturating_sub(1)))
            else {
                i += 1;
                continue;
            };
            // "04/26/2001 07:17 AM", "May 22, at 3 p.m.": a bare time right after a day is
            // that day's, whatever the tense.
            let after_day = matches!(m.val, normalise::Val::Anchor)
                && day_end.is_some_and(|e| {
                    e <= m.start
                        && m.start - e <= 2
                        && (e..m.start).all(|k| g.is_any(k, &[",", "at", "around", "about", "("]))
                });
            let tense = if after_day {
                normalise::Tense::Unknown
            } else {
                m.tense
                    .unwrap_or_else(|| grammar::tense(&g, m.start, m.end))
            };
            // "Christmas wish lists this year", "this year's Easter": a holiday or month in
            // a clause that tells "this year" is the reference year's.
            let this_year = |k: usize| g.is(k, "this") && g.is(k + 1, "year");
            let tense = if matches!(
                m.val,
                normalise::Val::Holiday { y: None, .. } | normalise::Val::Month { y: None, .. }
            ) && !matches!(
                tense,
                normalise::Tense::Same | normalise::Tense::Past | normalise::Tense::StrictPast
            ) && {
                // (not "Prices rose in December and this year they are falling", "shut
                // since November")
                let apart = |k: usize| g.is_any(k, &[",", ";", "but", "and", "since", "over"]);
                (m.end..(m.end + 6).min(atoms.len()))
                    .take_while(|&k| !apart(k))
                    .any(this_year)
                    || (m.start.saturating_sub(6)..m.start)
                        .rev()
                        .take_while(|&k| !apart(k))
                        .any(this_year)
            } && !(m.start > 0 && g.is_any(m.start - 1, &["since", "over"]))
            {
                normalise::Tense::Same
            } else {
                tense
            };
            // "midnight on Friday", "Tuesday night into Wednesday morning": with no cue of
            // its own, an expression joined to the one before takes its tense; so does
            // the day of a clock time ("until 9am on Thursday"), whose day it is.
            let tense = match prev {
                Some((e, t, clock))
                    if (tense == normalise::Tense::Unknown
                        || clock && g.is(e, "on")
                        // "on Saturday or Monday": one tense for both days
                        || g.is_any(e, &["or", "and"])
                            && matches!(m.val, normalise::Val::Weekday { .. })
                            && e > 0
                            && (g.is_weekday(e - 1)
                                // ("could fall Tuesday night and Wednesday")
                                || e > 1
                                    && g.is_weekday(e - 2)
                                    && g.is_any(
                                        e - 1,
                                        &["morning", "afternoon", "evening", "night"],
                                    )))
                        && !after_day
                        && m.start == e + 1
                        && (e..m.start)
                            .all(|k| g.is_any(k, &["on", "into", "to", "until", "and", "or"])) =>
                {
                    t
                }
                _ => tense,
            };
            prev = Some((m.end, tense, m.kind == TimexType::Time));
            // "3:25 p.m." alone on its line heads a live blog's entry: that is today's.
            let heading = matches!(m.val, normalise::Val::Anchor)
                && atoms.iter().enumerate().all(|(k, a)| {
                    (m.start..m.end).contains(&k) || !a.word && !matches!(a.lex, Lex::Int(..))
                });
            let val = if heading {
                &normalise::Val::DayOff(0)
            } else {
                &m.val
            };
            // A deadline ahead of the reference date ("until at least Friday morning",
            // "by Friday") is no day the story moves to: what follows does not count from
            // it ("stayed in hospital until May 9. The next day, ..." does; so does "hit
            // by Monday's earthquake").
            // ("until Thursday or Friday": both)
            let deadline = !g.is_any(m.end, &["'s", "’s"])
                && (m.start > 0 && g.is_any(m.start - 1, &["until", "till", "by"])
                    || grammar::until_at_least(&g, m.start)
                    || prev_deadline
                        .is_some_and(|e| m.start == e + 1 && g.is_any(e, &["or", "and"])));
            prev_deadline = deadline.then_some(m.end);
            let before = (ctx.last_day, ctx.last_day_sentence);
            let ahead_before = ctx.last_ahead_day;
            // ("set for 10 p.m. tonight": the day told after it, not the last day ahead)
            if matches!(m.val, normalise::Val::Anchor)
                && matches!(
                    g.atoms.get(m.end).map(|a| a.lex),
                    Some(Lex::Tonight | Lex::Deictic(_) | Lex::Weekday(_))
                )
            {
                ctx.last_ahead_day = None;
            }
            let (value, day) = normalise::resolve(val, m.tod, tense, &mut ctx);
            // "Winds began gusting Friday night. The airport recorded a gust shortly before
            // 4 a.m.": a bare small hour just after a night told in the sentence before is
            // the next day's ("Last night at 1:30 police were called" is the night's:
            // TimeBank).
            let (value, day) = match (&m.val, m.tod, night, day) {
                (
                    normalise::Val::Anchor,
                    Some(normalise::Tod::Clock(0..=5, _)),
                    Some((ns, nd)),
                    Some(d),
                ) if d == nd && ns + 1 == si => {
                    normalise::next_day(&value, d).map_or((value, day), |(v, n)| (v, Some(n)))
                }
                _ => (value, day),
            };
            // (and after a late clock told with its day: "an order at 9:45 p.m. Tuesday.
            // Deputies went door to door until about 2 a.m.")
            let late = matches!(m.tod, Some(normalise::Tod::Clock(20..=23, _)))
                && !matches!(m.val, normalise::Val::Anchor);
            if let (true, Some(d)) = (late, day) {
                night = Some((si, d));
            }
            // (not an adjective: "late-night tweets")
            if let (Some(normalise::Tod::Part(3)), Some(d)) = (m.tod, day) {
                if !g.joined(m.end.saturating_sub(1)) {
                    night = Some((si, d));
                }
            }
            // "Officials said the bridge could open in September", told on 5 October: an
            // event told as ahead in a month already gone is next year's ("will release its
            // September figures" names a month, and keeps the one gone).
            let (value, day) = match (&m.val, ctx.reference) {
                (&normalise::Val::Month { y: None, m: mo }, Some(r))
                    if tense == normalise::Tense::Future
                        && m.start > 0
                        && g.is(m.start - 1, "in")
                        && value.len() == 7
                        && value.get(..4).and_then(|y| y.parse::<i32>().ok())
                            == Some(i32::from(r.year()))
                        && i8::try_from(mo).is_ok_and(|mo| mo < r.month())
                        // (a modal or an infinitive close before: "could open in")
                        && (m.start.saturating_sub(5)..m.start).any(|k| {
                            g.is_any(k, &["will", "would", "could", "may", "might", "shall", "to"])
                        })
                        // (not speech dated before: "said in August that the bridge could
                        // open in September", "had said the bridge could open")
                        // (unless all told before it is later than the month, already
                        // gone then: "The deal, announced last week, is expected to close
                        // in March", told in May)
                        && (out.len() == sentence_start
                            || !undated_before
                                && told_before.is_some_and(|d| {
                                    d.year() == r.year()
                                        && i8::try_from(mo).is_ok_and(|mo| d.month() > mo)
                                }))
                        && !(0..m.start).any(|k| g.is_any(k, &["had", "hadn't"]))
                        // (not a past verb after it: "In September, it announced plans to")
                        && !(m.end..(m.end + 6).min(atoms.len())).any(|k| {
                            g.atoms.get(k).is_some_and(|a| a.word && !a.cap) && g.past_form(k)
                        }) =>
                {
                    match m.val.in_year(i32::from(r.year()) + 1) {
                        Some(v) => normalise::resolve(&v, m.tod, tense, &mut ctx),
                        None => (value, day),
                    }
                }
                _ => (value, day),
            };
            // "In 2019, sales rose to $5 million from $4 million a year earlier": the year
            // before the one the sentence opened with (or the one before, when "A year
            // earlier" opens its own), when that is not the reference year ("a year ago"
            // counts from the reference date).
            let (value, day) = match (&m.val, ctx.year_told, ctx.reference) {
                (
                    &normalise::Val::Shift {
                        unit: lexicon::Unit::Year,
                        n: -1,
                        anchored: false,
                        ..
                    },
                    Some((ys, y)),
                    Some(r),
                ) if (ys == si || ys + 1 == si && m.start == 0)
                    && y < i32::from(r.year())
                    && value.len() == 4
                    && m.end > 0
                    && g.is_any(m.end - 1, &["earlier", "before"]) =>
                {
                    (format!("{:04}", y - 1), day)
                }
                _ => (value, day),
            };
            // "The general election will be held on Nov. 4", told on 21 December: a day a
            // "will" just before sets is ahead, not weeks gone (the slack tense cues get
            // is for looser ones).
            let (value, day) = match (&m.val, day, ctx.reference) {
                (&normalise::Val::Day { y: None, .. }, Some(dd), Some(r))
                    if tense == normalise::Tense::Future
                        && out.len() == sentence_start
                        && r.checked_sub(jiff::Span::new().days(14)).is_ok_and(|w| dd < w)
                        && (m.start.saturating_sub(6)..m.start)
                            .any(|k| g.is_any(k, &["will", "'ll", "shall"]) && !g.cap(k))
                        // (nor a thing's day: "will examine the crash on Oct. 14")
                        && !(m.start.saturating_sub(6)..m.start).any(|k| {
                            g.is_any(
                                k,
                                &[
                                    ",", ";", "that", "since", "after", "the", "a", "an", "its",
                                    "his", "her", "their",
                                ],
                            )
                        })
                        // (a span's end: "will cover sales through Nov. 4")
                        && !(m.start > 0
                            && g.is_any(
                                m.start - 1,
                                &["through", "thru", "by", "until", "till", "from", "ended"],
                            )) =>
                {
                    // (only when a year on it is still near: not a day just gone told as
                    // "will" by mistake of the cue)
                    match m
                        .val
                        .in_year(i32::from(r.year()) + 1)
                        .map(|v| normalise::resolve(&v, m.tod, tense, &mut ctx))
                    {
                        Some((v, nd @ Some(n)))
                            if n.year() == r.year() + 1 && dd.year() == r.year() =>
                        {
                            (v, nd)
                        }
                        _ => (value, day),
                    }
                }
                _ => (value, day),
            };
            // "will release fourth-quarter earnings", told in February: results to be
            // reported are of the quarter just ended (not a forecast's: "expects a
            // second-quarter loss").
            let (value, day) = match (&m.val, ctx.reference) {
                (
                    &normalise::Val::Quarter {
                        y: None,
                        q: q @ 1..=4,
                    },
                    Some(r),
                ) if matches!(
                    tense,
                    normalise::Tense::Future | normalise::Tense::StrictFuture
                ) && g.is_any(
                    m.end,
                    &[
                        "results", "earnings", "profit", "profits", "loss", "losses", "figures",
                        "numbers", "report",
                    ],
                ) && (r.month() - 1) / 3 == i8::try_from(q % 4).unwrap_or(-1)
                    && !(m.start.saturating_sub(4)..m.start).any(|k| {
                        g.is_any(
                            k,
                            &[
                                "expects",
                                "expect",
                                "expected",
                                "forecast",
                                "forecasts",
                                "forecasting",
                                "predicts",
                                "predict",
                                "sees",
                                "projects",
                            ],
                        )
                    }) =>
                {
                    normalise::resolve(&m.val, m.tod, normalise::Tense::Past, &mut ctx)
                }
                _ => (value, day),
            };
            // "the seventh cut since June", told in April: what a "since" counts from has
            // begun by the reference date (a past month may otherwise be a near one ahead).
            // (not a cause: "Since June is the peak season, hotels will raise prices")
            let since = m.start > 0
                && g.is(m.start - 1, "since")
                && !g.is_any(m.end, &["is", "are", "was", "were", "has", "will"]);
            let (value, day) = match (&m.val, ctx.reference) {
                (&normalise::Val::Month { y: None, m: mo }, Some(r))
                    if since
                        && i8::try_from(mo).is_ok_and(|mo| mo > r.month())
                        && value.get(..4).and_then(|y| y.parse::<i32>().ok())
                            == Some(i32::from(r.year())) =>
                {
                    match m.val.in_year(i32::from(r.year()) - 1) {
                        Some(v) => normalise::resolve(&v, m.tod, tense, &mut ctx),
                        None => (value, day),
                    }
                }
                (&normalise::Val::Day { y: None, .. }, Some(r))
                    if since && day.is_some_and(|dd| dd > r) =>
                {
                    let y = day.map_or(i32::from(r.year()), |dd| i32::from(dd.year()));
                    match m.val.in_year(y - 1) {
                        Some(v) => normalise::resolve(&v, m.tod, tense, &mut ctx),
                        None => (value, day),
                    }
                }
                _ => (value, day),
            };
            // "Japan last changed eras in 1989, when Emperor Hirohito died on Jan. 7": a
            // ", when" clause tells of the year before it.
            let when_year = (m.start.saturating_sub(12)..m.start.saturating_sub(2))
                .rev()
                .find(|&k| g.is(k + 1, ",") && g.is(k + 2, "when"))
                .and_then(|k| g.year(k))
                .filter(|_| matches!(tense, normalise::Tense::Past | normalise::Tense::StrictPast));
            let (value, day) = match when_year.and_then(|y| m.val.in_year(y)) {
                Some(v) => normalise::resolve(&v, m.tod, tense, &mut ctx),
                None => (value, day),
            };
            // "waived two guards on Friday to trim its roster before Monday's deadline", "He
            // resigned on Friday before Monday's vote": a weekday a day told in its sentence
            // comes before is the first such weekday after that day.
            let (value, day) = match (&m.val, prev_span_day, day) {
                (&normalise::Val::Weekday { wd, dir: 0 }, Some((_, e, first)), Some(d))
                    if m.start > 0
                        && e < m.start
                        && g.is_any(m.start - 1, &["before", "until", "till", "through"])
                        && !(e..m.start).any(|k| g.is_any(k, &[";", "but", "after", "since"])) =>
                {
                    // (the same weekday is the same day: "from 3pm until 9pm on Wednesday")
                    let n = normalise::weekday_from(first, wd, 0).filter(|&n| n != d && n != first);
                    match n.zip(n.and_then(|n| with_day(&value, n))) {
                        Some((n, v)) => (v, Some(n)),
                        None => (value, day),
                    }
                }
                _ => (value, day),
            };
            // "Officials said Monday that the line would reopen Tuesday": a "would" after a
            // day told gone in the sentence is the future of that day, the first such
            // weekday after it (which may be gone too).
            let (value, day) = match (&m.val, prev_span_day, day, ctx.reference) {
                (&normalise::Val::Weekday { wd, dir: 0 }, Some((_, e, said)), Some(d), Some(r))
                    if matches!(
                        tense,
                        normalise::Tense::Future | normalise::Tense::StrictFuture
                    ) && said < r
                        && d > r
                        && e < m.start
                        && (e..m.start).any(|k| g.is(k, "would"))
                        && !(e..m.start).any(|k| {
                            g.is_any(k, &["will", "'ll", "shall", ";", "but", "after", "before"])
                        }) =>
                {
                    let n = normalise::weekday_from(said, wd, 1).filter(|&n| n < d);
                    match n.zip(n.and_then(|n| with_day(&value, n))) {
                        Some((n, v)) => (v, Some(n)),
                        None => (value, day),
                    }
                }
                _ => (value, day),
            };
            // "a curfew from 9 p.m. Saturday until 6 a.m. Sunday", told on a Saturday: a
            // range's end is no day before its start, but the first such weekday after it;
            // "closed the road from Tuesday to Monday", told on a Wednesday, began the week
            // before.
            let (mut value, mut day) = (value, day);
            if let (&normalise::Val::Weekday { dir: 0, .. }, Some((k, e, start)), Some(end)) =
                (&m.val, prev_span_day, day)
            {
                let joined = m.start == e + 1
                    && g.is_any(e, &["to", "until", "till", "through", "thru", "-", "–"]);
                let week = jiff::Span::new().days(7);
                let past = matches!(tense, normalise::Tense::Past | normalise::Tense::StrictPast);
                if joined && end < start && (!past || Some(start) == ctx.reference) {
                    let on = end.checked_add(week).ok().filter(|on| *on >= start);
                    if let Some((on, v)) = on.zip(on.and_then(|on| with_day(&value, on))) {
                        value = v;
                        day = Some(on);
                        if ctx.last_day == Some(end) {
                            ctx.last_day = Some(on);
                        }
                    }
                } else if joined && end < start {
                    let back = start.checked_sub(week).ok().filter(|b| *b <= end);
                    if let (Some(b), Some(t)) = (back, out.get_mut(k)) {
                        if let Some(v) = with_day(&t.value, b) {
                            t.value = v;
                        }
                    }
                }
            }
            if ctx.last_ahead_day.is_none() {
                ctx.last_ahead_day = ahead_before;
            }
            if m.start > 0 && g.is(m.start - 1, "since") {
                ctx.last_month_told = false;
            }
            // "a curfew from 7 p.m. to 7 a.m.": a range's end before its start is the next
            // day's.
            let clock = match m.tod {
                Some(normalise::Tod::Clock(h, mi)) => Some((h, mi)),
                _ => None,
            };
            // "a curfew from 7 p.m. to 7 a.m.": a range's end before its start is the next
            // day's ("from midnight to 6 a.m.": the midnight that begins the day).
            // "left the tavern at 11:30 p.m. Friday and returned shortly after 1 a.m.": so
            // is a small hour told after a late one in the story (not "had left at 1 a.m.",
            // "found at 10 p.m. after he was last seen at 5 a.m."), and so are the small
            // hours the story tells next ("An argument broke out at about 1:45 a.m.").
            let (value, day) = match (clock, prev_clock, day) {
                (Some(end), Some((e, start, d, between)), Some(dd))
                    if matches!(m.val, normalise::Val::Anchor)
                        && end < start
                        && start.0 < 24
                        && dd == d =>
                {
                    let to = |k: usize| g.is_any(k, &["to", "until", "till", "-", "–"]);
                    let about =
                        |k: usize| g.is_any(k, &["about", "around", "approximately", "roughly"]);
                    let range = m.start == e && g.joined(e)
                        || m.start == e + 1 && (to(e) || between && g.is(e, "and"))
                        || m.start == e + 2 && to(e) && about(e + 1);
                    let told =
                        !range && start.0 >= 18 && end.0 < 6 && !(e..m.start).any(|k| {
                            g.is_any(k, &["had", "before", "earlier", "since", "having", "seen"])
                                // ("returned shortly after 1 a.m." is the clock's own)
                                || g.is(k, "after") && k + 2 < m.start
                        });
                    match normalise::next_day(&value, d).filter(|_| range || told) {
                        Some((v, nd)) => {
                            if told {
                                ctx.small_hours = Some(nd);
                            }
                            (v, Some(nd))
                        }
                        None => (value, day),
                    }
                }
                _ => (value, day),
            };
            let between = m.start > 0 && g.is(m.start - 1, "between");
            // "airs weekdays from 6:00AM to 9:00AM", "open until 9pm on Thursdays", "every
            // Sunday at 9 p.m.": a bare time under a set is of no one day.
            let under_set = clock.is_some()
                && matches!(m.val, normalise::Val::Anchor)
                && under_set(&g, m.start, m.end, between, prev_set, prev_clock_set);
            let (value, day) = match clock {
                Some((h, mi)) if under_set => {
                    (ctx.last_day, ctx.last_day_sentence) = before;
                    ctx.last_ahead_day = ahead_before;
                    (format!("XXXX-XX-XXT{h:02}:{mi:02}"), None)
                }
                _ => (value, day),
            };
            prev_clock_set = under_set.then_some(m.end);
            prev_set = (m.kind == TimexType::Set).then_some(m.end);
            prev_clock = clock.zip(day).map(|(c, d)| (m.end, c, d, between));
            if deadline && day.zip(ctx.reference).is_some_and(|(d, r)| d > r) {
                (ctx.last_day, ctx.last_day_sentence) = before;
                ctx.last_ahead_day = ahead_before;
            } else if day.is_some() {
                // Nor is a start ("raised since Jan. 1, 2015. In August, ...") the year a
                // story is told in.
                ctx.last_day_since = m.start > 0 && g.is(m.start - 1, "since");
            }
            day_end = if day.is_some() { Some(m.end) } else { None };
            match day.or_else(|| week_start(&value)) {
                Some(d) => told_before = Some(told_before.map_or(d, |t| t.min(d))),
                None => undated_before = true,
            }
            // "In 2021, the tally was not released until July 6": the year a sentence opens
            // with is its year ("a program approved in 1987 ... bought shares through Sept.
            // 29" is not: TimeBank).
            // So is the year of a timeline's entry: "2022 — Mediation fails in February",
            // "Dec. 19, 2024: ... concedes the Christmas target".
            let opens = m.end == m.start + 1
                && m.start == 1
                && g.is_any(0, &["in", "during", "by"])
                && !g.atoms.get(m.end).is_some_and(|a| a.word && a.cap);
            let entry = m.start == 0 && g.is_any(m.end, &["—", "–", "-", ":"]);
            let told_year = match m.val {
                normalise::Val::Year(y) | normalise::Val::Day { y: Some(y), .. } => Some(y),
                _ => None,
            };
            if m.kind == TimexType::Date && (opens || entry) {
                if let Some(y) = told_year {
                    ctx.year_told = Some((si, y));
                }
            }
            // ("Last year, applications peaked in February": so is a year a sentence
            // opens with before its comma)
            if m.kind == TimexType::Date && m.start == 0 && g.is(m.end, ",") && value.len() == 4 {
                if let Ok(y) = value.parse::<i32>() {
                    ctx.year_told = Some((si, y));
                }
            }
            // A year, or the months of a year to date ("the nine months", "the first
            // six months"), is what a following "a year earlier" compares with.
            if m.kind == TimexType::Date
                && value.len() == 4
                && value.bytes().all(|b| b.is_ascii_digit())
                || m.kind == TimexType::Duration
                    && matches!(value.as_str(), "P9M" | "P6M")
                    && g.is_any(m.start, &["the"])
            {
                ctx.year_period = true;
            }
            // "Final practice is at 11:30 a.m. Saturday, with qualifying at 3 p.m.
            // Saturday": a weekday named again in its sentence, in a clause that tells no
            // tense of its own, is the same day ("The shop closed on Saturday and reopens
            // on Saturday" are two; so are two across a modal).
            let (mut value, mut day) = match (&m.val, day) {
                (&normalise::Val::Weekday { wd, dir: 0 }, Some(d)) => {
                    let slot = usize::from(wd).min(7);
                    let modal = |from: usize| {
                        (from..m.start).any(|k| {
                            g.is_any(
                                k,
                                &[
                                    "will", "would", "'ll", "shall", "could", "may", "might", "can",
                                ],
                            ) && !g.cap(k)
                        })
                    };
                    let again = weekdays[slot]
                        .filter(|&(s, e, p)| {
                            tense == normalise::Tense::Unknown && s == si && p != d && !modal(e)
                        })
                        .map(|(_, _, p)| p);
                    match again.zip(again.and_then(|p| with_day(&value, p))) {
                        Some((p, v)) => {
                            weekdays[slot] = Some((si, m.end, p));
                            (v, Some(p))
                        }
                        _ => {
                            weekdays[slot] = Some((si, m.end, d));
                            (value, day)
                        }
                    }
                }
                _ => (value, day),
            };
            prev_span_day = day.map(|d| (out.len(), m.end, d));
            // "The season runs from June 1 to Nov. 30", told on 27 September: each end
            // resolved alone would be next June and this November; a range's start comes
            // before its end, so it is the end's year (or the one before).
            let yearless = matches!(m.val, normalise::Val::Day { y: None, .. });
            if let (true, Some((k, e, start)), Some(end)) = (yearless, prev_day, day) {
                let joined = m.start == e + 1
                    && (g.is_any(e, &["to", "until", "till", "through", "-", "–"])
                        || g.is(e, "and") && (0..e).rev().take(6).any(|k| g.is(k, "between")));
                // (told with "will", not a present: "The season runs from June 1 to Nov.
                // 30" holds the reference date)
                let ahead = matches!(
                    tense,
                    normalise::Tense::Future | normalise::Tense::StrictFuture
                ) && (0..m.start)
                    .any(|k| g.is_any(k, &["will", "'ll", "shall", "would"]));
                if joined && start > end && ahead {
                    // ("The ferry will run from Dec. 20 to Jan. 6", told on 3 January: the
                    // coming winter's)
                    let on = end
                        .with()
                        .year(end.year() + 1)
                        .build()
                        .ok()
                        .filter(|e| *e >= start);
                    if let Some(e) = on {
                        if let Some(v) = with_year(&value, e.year()) {
                            value = v;
                            day = Some(e);
                        }
                    }
                } else if joined && start > end {
                    let back = (0..2).find_map(|n| {
                        let s = start.with().year(end.year() - n).build().ok()?;
                        (s <= end).then_some(s)
                    });
                    if let (Some(s), Some(t)) = (back, out.get_mut(k)) {
                        if let Some(v) = with_year(&t.value, s.year()) {
                            t.value = v;
                        }
                    }
                }
            }
            prev_day = match (yearless, day) {
                (true, Some(d)) => Some((out.len(), m.end, d)),
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
