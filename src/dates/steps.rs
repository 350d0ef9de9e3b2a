//! The steps that correct a resolved value by what its sentence tells around it.
//!
//! [`normalise::resolve`] reads an expression alone: its words, the tense of its clause and
//! what the document told before. Each step here reads one more thing a sentence can say
//! ("said Monday that the line would reopen Tuesday", "from June 1 to Nov. 30") and, when
//! it applies, gives the value it means instead. [`super::extract`] runs them in a fixed
//! order; a step that does not apply hands the value on unchanged.

use super::grammar::{Found, G};
use super::lexicon::{self, Lex};
use super::normalise::{self, Ctx, Tense, Tod, Val};
use super::{with_day, with_year, Timex, TimexType};
use jiff::civil::Date;

/// A value and the day it names, when it names one.
pub(super) type Resolved = (String, Option<Date>);

/// The expression a step corrects: what the grammar found, the atoms of its sentence, the
/// sentence's index and the tense it was resolved with.
pub(super) struct Step<'s, 'a> {
    pub g: &'s G<'a>,
    pub m: &'s Found,
    pub si: usize,
    pub tense: Tense,
}

impl Step<'_, '_> {
    fn future(&self) -> bool {
        matches!(self.tense, Tense::Future | Tense::StrictFuture)
    }

    fn past(&self) -> bool {
        matches!(self.tense, Tense::Past | Tense::StrictPast)
    }

    /// Whether the atom just before the expression is one of `words`.
    fn after(&self, words: &[&str]) -> bool {
        self.m.start > 0 && self.g.is_any(self.m.start - 1, words)
    }

    /// Whether any atom in the `n` before the expression is one of `words`.
    fn within_before(&self, n: usize, words: &[&str]) -> bool {
        (self.m.start.saturating_sub(n)..self.m.start).any(|k| self.g.is_any(k, words))
    }

    /// The value of `val` resolved again with the step's tense.
    fn again(&self, val: &Val, ctx: &mut Ctx) -> Resolved {
        normalise::resolve(val, self.m.tod, self.tense, ctx)
    }
}

/// `r` moved to day `d` (the day of its value replaced), when its value names a day.
fn on_day(r: &Resolved, d: Date) -> Option<Resolved> {
    with_day(&r.0, d).map(|v| (v, Some(d)))
}

/// What a sentence remembers of the expressions told in it so far.
#[derive(Default)]
pub(super) struct Told {
    /// Where this sentence's expressions begin in the output.
    pub start: usize,
    /// Where the last expression that named a day ended.
    pub day_end: Option<usize>,
    /// Where the last expression ended, the tense it was resolved with, and whether it was
    /// a time.
    pub prev: Option<(usize, Tense, bool)>,
    /// Where the last expression ended when it was a deadline ("until Thursday").
    pub prev_deadline: Option<usize>,
    /// Where the last clock time ended, its hour and minute, its day, and whether it
    /// followed "between".
    pub prev_clock: Option<(usize, (u8, u8), Date, bool)>,
    /// Where the last set ended, and the last clock time read as under a set.
    pub prev_set: Option<usize>,
    pub prev_clock_set: Option<usize>,
    /// Where the last year-less day ended, its index in the output and the day it
    /// resolved to.
    pub prev_day: Option<(usize, usize, Date)>,
    /// The last expression with a day: its index in the output, where it ended, its day.
    pub prev_span_day: Option<(usize, usize, Date)>,
    /// The earliest day told so far, and whether an expression with no day was told.
    pub earliest: Option<Date>,
    pub undated: bool,
}

/// "Winds began gusting Friday night. The airport recorded a gust shortly before 4 a.m.":
/// a bare small hour just after a night told in the sentence before (`night`: its sentence
/// and day) is the next day's ("Last night at 1:30 police were called" is the night's:
/// TimeBank).
pub(super) fn small_hour_after_night(
    s: &Step<'_, '_>,
    night: Option<(usize, Date)>,
    r: Resolved,
) -> Resolved {
    match (&s.m.val, s.m.tod, night, r.1) {
        (Val::Anchor, Some(Tod::Clock(0..=5, _)), Some((ns, nd)), Some(d))
            if d == nd && ns + 1 == s.si =>
        {
            normalise::next_day(&r.0, d).map_or(r, |(v, n)| (v, Some(n)))
        }
        _ => r,
    }
}

/// "The Knicks play host to Miami tonight. Tip-off is at 7:30.": a clock written without
/// a.m. or p.m., in or just after a sentence that told the night of its day, is the
/// evening's.
pub(super) fn evening_clock(
    s: &Step<'_, '_>,
    night: Option<(usize, Date)>,
    r: Resolved,
) -> Resolved {
    let (g, m) = (s.g, s.m);
    // (not in a sentence of the morning, "Polls opened this morning at 7:00", nor one
    // told in the past, "She voted in Chappaqua at 8:00"; the sentence is read only for a
    // clock that could be the evening's)
    let bare = || {
        (m.start..m.end).all(|k| {
            !matches!(g.lx(k), Lex::Ampm(_) | Lex::Clock(_, _, 1..))
                && !g.is_any(k, &["morning", "am", "a.m.", "a.m"])
        }) && !(0..g.atoms.len()).any(|k| g.is_any(k, &["morning", "breakfast", "dawn"]))
            && !matches!(s.tense, Tense::Past | Tense::StrictPast)
    };
    match (&m.val, m.tod, night, r.1) {
        (Val::Anchor, Some(Tod::Clock(h @ 6..=11, mi)), Some((ns, nd)), Some(d))
            if d == nd && (ns == s.si || ns + 1 == s.si) && bare() =>
        {
            let v =
                r.0.get(..10)
                    .map(|day| format!("{day}T{:02}:{mi:02}", h + 12));
            v.map_or(r, |v| (v, Some(d)))
        }
        _ => r,
    }
}

/// "Officials said the bridge could open in September", told on 5 October: an event told
/// as ahead in a month already gone is next year's ("will release its September figures"
/// names a month, and keeps the one gone). `first` is whether the expression is its
/// sentence's first.
pub(super) fn month_ahead_next_year(
    s: &Step<'_, '_>,
    told: &Told,
    first: bool,
    ctx: &mut Ctx,
    r: Resolved,
) -> Resolved {
    let (g, m) = (s.g, s.m);
    match (&m.val, ctx.reference) {
        (&Val::Month { y: None, m: mo }, Some(rf))
            if s.tense == Tense::Future
                && s.after(&["in"])
                && r.0.len() == 7
                && r.0.get(..4).and_then(|y| y.parse::<i32>().ok())
                    == Some(i32::from(rf.year()))
                && i8::try_from(mo).is_ok_and(|mo| mo < rf.month())
                // (a modal or an infinitive close before: "could open in")
                && s.within_before(5, &["will", "would", "could", "may", "might", "shall", "to"])
                // (not speech dated before: "said in August that the bridge could open in
                // September", "had said the bridge could open")
                // (unless all told before it is later than the month, already gone then:
                // "The deal, announced last week, is expected to close in March", told in
                // May)
                && (first
                    || !told.undated
                        && told.earliest.is_some_and(|d| {
                            d.year() == rf.year()
                                && i8::try_from(mo).is_ok_and(|mo| d.month() > mo)
                        }))
                && !(0..m.start).any(|k| g.is_any(k, &["had", "hadn't"]))
                // (not a past verb after it: "In September, it announced plans to")
                && !(m.end..(m.end + 6).min(g.atoms.len())).any(|k| {
                    g.atoms.get(k).is_some_and(|a| a.word && !a.cap) && g.past_form(k)
                }) =>
        {
            match m.val.in_year(i32::from(rf.year()) + 1) {
                Some(v) => s.again(&v, ctx),
                None => r,
            }
        }
        _ => r,
    }
}

/// Whether the expression of `s` opens an entry of a schedule or chronology: a date at
/// the start of its line before a dash or colon ("Nov. 30 — at Pacific Lutheran", "March
/// 3: Calder says it will restate results").
pub(super) fn opens_entry(s: &Step<'_, '_>) -> bool {
    s.m.start == 0
        && s.m.kind == super::TimexType::Date
        && s.g.is_any(s.m.end, &["—", "–", "-", ":"])
}

/// "Nov. 16 — at Pinecrest / Nov. 30 — at Pacific Lutheran": a year-less entry of a list
/// that would fall half a year or more before the entry before it (`last`: its sentence
/// and day, told within the two sentences before) comes after it instead, in that entry's
/// year or the next, whatever its tense or its distance from the reference date. (A list
/// told newest first keeps its days: "Nov. 30 — ... / Nov. 16 — ...", and so does any
/// run that has gone back once (`descending`); nor does an entry told in the past move
/// past the reference date.)
pub(super) fn entry_after_entry(
    s: &Step<'_, '_>,
    last: Option<(usize, Date)>,
    descending: bool,
    ctx: &mut Ctx,
    r: Resolved,
) -> Resolved {
    let (Val::Day { y: None, .. }, Some((ls, prev)), true) = (&s.m.val, last, opens_entry(s))
    else {
        return r;
    };
    let far_before =
        r.1.is_some_and(|d| d < prev && normalise::days_between(d, prev) > 183);
    // (and a chronology of the past stays in the past: "Nov. 4, 2002: ... / March 3:
    // Calder says it will restate results", told in July 2003)
    let rf = ctx.reference;
    let past_run = rf.is_some_and(|rf| prev <= rf && r.1.is_some_and(|d| d > rf));
    if ls + 2 < s.si || ls >= s.si || !(far_before || past_run) || descending {
        return r;
    }
    let Some(d) = [prev.year(), prev.year() + 1].into_iter().find_map(|y| {
        let d = s.m.val.in_year(i32::from(y))?;
        let Val::Day { y: Some(y), m, d } = d else {
            return None;
        };
        jiff::civil::Date::new(i16::try_from(y).ok()?, m as i8, d as i8)
            .ok()
            .filter(|d| *d >= prev)
    }) else {
        return r;
    };
    if (past_run && !far_before || s.past()) && rf.is_some_and(|rf| d > rf) {
        return r;
    }
    match s.m.val.in_year(i32::from(d.year())) {
        Some(v) => s.again(&v, ctx),
        None => r,
    }
}

/// "In 2019, sales rose to $5 million from $4 million a year earlier": the year before the
/// one the sentence opened with (or the one before, when "A year earlier" opens its own),
/// when that is not the reference year ("a year ago" counts from the reference date).
/// So is one after a date of a past year told earlier in the sentence: "The average
/// temperature last year was 0.69 degrees, up from 0.66 degrees a year earlier", "arrests
/// on New Year's Eve fell by a third from a year earlier" (told on 2 January).
pub(super) fn year_earlier(s: &Step<'_, '_>, ctx: &Ctx, before: &[Timex], r: Resolved) -> Resolved {
    let (g, m) = (s.g, s.m);
    let shift = matches!(
        m.val,
        Val::Shift {
            unit: lexicon::Unit::Year,
            n: -1,
            anchored: false,
            ..
        }
    ) && r.0.len() == 4
        && m.end > 0
        && g.is_any(m.end - 1, &["earlier", "before"]);
    // (the year of the last date told before it in the sentence, read only for a shift)
    let told_year = || {
        before
            .iter()
            .rev()
            .filter(|t| t.kind != TimexType::Duration && t.kind != TimexType::Set)
            .find_map(|t| t.value.get(..4)?.parse::<i32>().ok())
    };
    if shift {
        if let (Some(y), Some(rf)) = (told_year(), ctx.reference) {
            if y < i32::from(rf.year()) && ctx.year_told.is_none_or(|(ys, _)| ys != s.si) {
                return (format!("{:04}", y - 1), r.1);
            }
        }
    }
    match (&m.val, ctx.year_told, ctx.reference) {
        (
            &Val::Shift {
                unit: lexicon::Unit::Year,
                n: -1,
                anchored: false,
                ..
            },
            Some((ys, y)),
            Some(rf),
        ) if (ys == s.si || ys + 1 == s.si && m.start == 0)
            && y < i32::from(rf.year())
            && r.0.len() == 4
            && m.end > 0
            && g.is_any(m.end - 1, &["earlier", "before"]) =>
        {
            (format!("{:04}", y - 1), r.1)
        }
        _ => r,
    }
}

/// "The general election will be held on Nov. 4", told on 21 December: a day a "will" just
/// before sets is ahead, not weeks gone (the slack tense cues get is for looser ones).
pub(super) fn will_next_year(
    s: &Step<'_, '_>,
    first: bool,
    ctx: &mut Ctx,
    r: Resolved,
) -> Resolved {
    let (g, m) = (s.g, s.m);
    match (&m.val, r.1, ctx.reference) {
        (&Val::Day { y: None, .. }, Some(dd), Some(rf))
            if s.tense == Tense::Future
                && first
                && rf.checked_sub(jiff::Span::new().days(14)).is_ok_and(|w| dd < w)
                && (m.start.saturating_sub(6)..m.start)
                    .any(|k| g.is_any(k, &["will", "'ll", "shall"]) && !g.cap(k))
                // (nor a thing's day: "will examine the crash on Oct. 14")
                && !s.within_before(
                    6,
                    &[
                        ",", ";", "that", "since", "after", "the", "a", "an", "its", "his", "her",
                        "their",
                    ],
                )
                // (a span's end: "will cover sales through Nov. 4")
                && !s.after(&["through", "thru", "by", "until", "till", "from", "ended"]) =>
        {
            // (only when a year on it is still near: not a day just gone told as "will" by
            // mistake of the cue)
            match m
                .val
                .in_year(i32::from(rf.year()) + 1)
                .map(|v| s.again(&v, ctx))
            {
                Some((v, nd @ Some(n))) if n.year() == rf.year() + 1 && dd.year() == rf.year() => {
                    (v, nd)
                }
                _ => r,
            }
        }
        _ => r,
    }
}

/// "will release fourth-quarter earnings", told in February: results to be reported are of
/// the quarter just ended (not a forecast's: "expects a second-quarter loss").
pub(super) fn results_quarter(s: &Step<'_, '_>, ctx: &mut Ctx, r: Resolved) -> Resolved {
    let (g, m) = (s.g, s.m);
    match (&m.val, ctx.reference) {
        (
            &Val::Quarter {
                y: None,
                q: q @ 1..=4,
            },
            Some(rf),
        ) if s.future()
            && g.is_any(
                m.end,
                &[
                    "results", "earnings", "profit", "profits", "loss", "losses", "figures",
                    "numbers", "report",
                ],
            )
            && (rf.month() - 1) / 3 == i8::try_from(q % 4).unwrap_or(-1)
            && !s.within_before(
                4,
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
            ) =>
        {
            normalise::resolve(&m.val, m.tod, Tense::Past, ctx)
        }
        _ => r,
    }
}

/// "the seventh cut since June", told in April: what a "since" counts from has begun by the
/// reference date (a past month may otherwise be a near one ahead). (Not a cause: "Since
/// June is the peak season, hotels will raise prices".)
pub(super) fn since_begun(s: &Step<'_, '_>, ctx: &mut Ctx, r: Resolved) -> Resolved {
    let (g, m) = (s.g, s.m);
    let since =
        s.after(&["since"]) && !g.is_any(m.end, &["is", "are", "was", "were", "has", "will"]);
    match (&m.val, ctx.reference) {
        (&Val::Month { y: None, m: mo }, Some(rf))
            if since
                && i8::try_from(mo).is_ok_and(|mo| mo > rf.month())
                && r.0.get(..4).and_then(|y| y.parse::<i32>().ok())
                    == Some(i32::from(rf.year())) =>
        {
            match m.val.in_year(i32::from(rf.year()) - 1) {
                Some(v) => s.again(&v, ctx),
                None => r,
            }
        }
        (&Val::Day { y: None, .. }, Some(rf)) if since && r.1.is_some_and(|dd| dd > rf) => {
            let y = r.1.map_or(i32::from(rf.year()), |dd| i32::from(dd.year()));
            match m.val.in_year(y - 1) {
                Some(v) => s.again(&v, ctx),
                None => r,
            }
        }
        _ => r,
    }
}

/// "Japan last changed eras in 1989, when Emperor Hirohito died on Jan. 7": a ", when"
/// clause tells of the year before it.
pub(super) fn when_year(s: &Step<'_, '_>, ctx: &mut Ctx, r: Resolved) -> Resolved {
    let (g, m) = (s.g, s.m);
    let year = (m.start.saturating_sub(12)..m.start.saturating_sub(2))
        .rev()
        .find(|&k| g.is(k + 1, ",") && g.is(k + 2, "when"))
        .and_then(|k| g.year(k))
        .filter(|_| s.past());
    match year.and_then(|y| m.val.in_year(y)) {
        Some(v) => s.again(&v, ctx),
        None => r,
    }
}

/// "waived two guards on Friday to trim its roster before Monday's deadline", "He resigned
/// on Friday before Monday's vote": a weekday a day told in its sentence comes before is
/// the first such weekday after that day.
pub(super) fn weekday_before(s: &Step<'_, '_>, told: &Told, r: Resolved) -> Resolved {
    let (g, m) = (s.g, s.m);
    match (&m.val, told.prev_span_day, r.1) {
        (&Val::Weekday { wd, dir: 0 }, Some((_, e, first)), Some(d))
            if e < m.start
                && s.after(&["before", "until", "till", "through"])
                && !(e..m.start).any(|k| g.is_any(k, &[";", "but", "after", "since"])) =>
        {
            // (the same weekday is the same day: "from 3pm until 9pm on Wednesday")
            let n = normalise::weekday_from(first, wd, 0).filter(|&n| n != d && n != first);
            n.and_then(|n| on_day(&r, n)).unwrap_or(r)
        }
        _ => r,
    }
}

/// "Officials said Monday that the line would reopen Tuesday": a "would" after a day told
/// gone in the sentence is the future of that day, the first such weekday after it (which
/// may be gone too).
pub(super) fn would_after_said(s: &Step<'_, '_>, told: &Told, ctx: &Ctx, r: Resolved) -> Resolved {
    let (g, m) = (s.g, s.m);
    match (&m.val, told.prev_span_day, r.1, ctx.reference) {
        (&Val::Weekday { wd, dir: 0 }, Some((_, e, said)), Some(d), Some(rf))
            if s.future()
                && said < rf
                && d > rf
                && e < m.start
                && (e..m.start).any(|k| g.is(k, "would"))
                && !(e..m.start).any(|k| {
                    g.is_any(k, &["will", "'ll", "shall", ";", "but", "after", "before"])
                }) =>
        {
            let n = normalise::weekday_from(said, wd, 1).filter(|&n| n < d);
            n.and_then(|n| on_day(&r, n)).unwrap_or(r)
        }
        _ => r,
    }
}

/// "a curfew from 9 p.m. Saturday until 6 a.m. Sunday", told on a Saturday: a range's end
/// is no day before its start, but the first such weekday after it; "closed the road from
/// Tuesday to Monday", told on a Wednesday, began the week before (the start, already in
/// `out`, is moved).
pub(super) fn weekday_range(
    s: &Step<'_, '_>,
    told: &Told,
    ctx: &mut Ctx,
    out: &mut [Timex],
    r: Resolved,
) -> Resolved {
    let (g, m) = (s.g, s.m);
    let (&Val::Weekday { dir: 0, .. }, Some((k, e, start)), Some(end)) =
        (&m.val, told.prev_span_day, r.1)
    else {
        return r;
    };
    let joined =
        m.start == e + 1 && g.is_any(e, &["to", "until", "till", "through", "thru", "-", "–"]);
    if !joined || end >= start {
        return r;
    }
    let week = jiff::Span::new().days(7);
    if !s.past() || Some(start) == ctx.reference {
        let on = end.checked_add(week).ok().filter(|on| *on >= start);
        if let Some(moved) = on.and_then(|on| on_day(&r, on)) {
            if ctx.last_day == Some(end) {
                ctx.last_day = moved.1;
            }
            return moved;
        }
    } else {
        let back = start.checked_sub(week).ok().filter(|b| *b <= end);
        if let (Some(b), Some(t)) = (back, out.get_mut(k)) {
            if let Some(v) = with_day(&t.value, b) {
                t.value = v;
            }
        }
    }
    r
}

/// "a curfew from 7 p.m. to 7 a.m.": a range's end before its start is the next day's
/// ("from midnight to 6 a.m.": the midnight that begins the day). "left the tavern at
/// 11:30 p.m. Friday and returned shortly after 1 a.m.": so is a small hour told after a
/// late one in the story (not "had left at 1 a.m.", "found at 10 p.m. after he was last
/// seen at 5 a.m."), and so are the small hours the story tells next ("An argument broke
/// out at about 1:45 a.m."). `clock` is the expression's hour and minute.
pub(super) fn clock_range(
    s: &Step<'_, '_>,
    told: &Told,
    clock: Option<(u8, u8)>,
    ctx: &mut Ctx,
    r: Resolved,
) -> Resolved {
    let (g, m) = (s.g, s.m);
    match (clock, told.prev_clock, r.1) {
        (Some(end), Some((e, start, d, between)), Some(dd))
            if matches!(m.val, Val::Anchor) && end < start && start.0 < 24 && dd == d =>
        {
            let to = |k: usize| g.is_any(k, &["to", "until", "till", "-", "–"]);
            let about = |k: usize| g.is_any(k, &["about", "around", "approximately", "roughly"]);
            let range = m.start == e && g.joined(e)
                || m.start == e + 1 && (to(e) || between && g.is(e, "and"))
                || m.start == e + 2 && to(e) && about(e + 1);
            let late = !range
                && start.0 >= 18
                && end.0 < 6
                && !(e..m.start).any(|k| {
                    g.is_any(k, &["had", "before", "earlier", "since", "having", "seen"])
                        // ("returned shortly after 1 a.m." is the clock's own)
                        || g.is(k, "after") && k + 2 < m.start
                });
            match normalise::next_day(&r.0, d).filter(|_| range || late) {
                Some((v, nd)) => {
                    if late {
                        ctx.small_hours = Some(nd);
                    }
                    (v, Some(nd))
                }
                None => r,
            }
        }
        _ => r,
    }
}

/// "Final practice is at 11:30 a.m. Saturday, with qualifying at 3 p.m. Saturday": a
/// weekday named again in its sentence, in a clause that tells no tense of its own, is the
/// same day ("The shop closed on Saturday and reopens on Saturday" are two; so are two
/// across a modal). `weekdays` holds the sentence, end atom and day each weekday (1 Monday
/// .. 7 Sunday) was last resolved to.
pub(super) fn weekday_again(
    s: &Step<'_, '_>,
    weekdays: &mut [Option<(usize, usize, Date)>; 8],
    r: Resolved,
) -> Resolved {
    let (g, m) = (s.g, s.m);
    let (&Val::Weekday { wd, dir: 0 }, Some(d)) = (&m.val, r.1) else {
        return r;
    };
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
    // (or in the sentence before, when this one tells no tense at all: "The season starts
    // Sunday at Albert Park. Qualifying is now spread over two days, with the second
    // session on Sunday morning")
    let again = weekdays[slot]
        .filter(|&(si, e, p)| {
            s.tense == Tense::Unknown
                && p != d
                && (si == s.si && !modal(e)
                    || si + 1 == s.si
                        && !modal(0)
                        // (nor after any verb that may be past: "The warden let us leave on
                        // Sunday")
                        && !(0..m.start).any(|k| {
                            g.past_form(k) && !g.cap(k) || g.is_any(k, &["let", "put", "set"])
                        }))
        })
        .map(|(_, _, p)| p);
    let r = again.and_then(|p| on_day(&r, p)).unwrap_or(r);
    weekdays[slot] = Some((s.si, m.end, r.1.unwrap_or(d)));
    r
}

/// "The season runs from June 1 to Nov. 30", told on 27 September: each end resolved alone
/// would be next June and this November; a range's start comes before its end, so it is
/// the end's year (or the one before; the start, already in `out`, is moved).
pub(super) fn day_range(s: &Step<'_, '_>, told: &Told, out: &mut [Timex], r: Resolved) -> Resolved {
    let (g, m) = (s.g, s.m);
    let yearless = matches!(m.val, Val::Day { y: None, .. });
    let (true, Some((k, e, start)), Some(end)) = (yearless, told.prev_day, r.1) else {
        return r;
    };
    let joined = m.start == e + 1
        && (g.is_any(e, &["to", "until", "till", "through", "-", "–"])
            || g.is(e, "and") && (0..e).rev().take(6).any(|k| g.is(k, "between")));
    if !joined || start <= end {
        return r;
    }
    // (told with "will", not a present: "The season runs from June 1 to Nov. 30" holds the
    // reference date)
    let ahead = s.future() && (0..m.start).any(|k| g.is_any(k, &["will", "'ll", "shall", "would"]));
    if ahead {
        // ("The ferry will run from Dec. 20 to Jan. 6", told on 3 January: the coming
        // winter's)
        let on = end
            .with()
            .year(end.year() + 1)
            .build()
            .ok()
            .filter(|e| *e >= start);
        if let Some(e) = on {
            if let Some(v) = with_year(&r.0, e.year()) {
                return (v, Some(e));
            }
        }
    } else {
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
    r
}

/// Whether the bare clock time of `s` is told under a set: right after one (`prev_set`,
/// where the last set ended: "every Sunday at 9 p.m."), after a word of one ("airs weekdays
/// from 6:00AM"), before "on" and one in its clause ("until 9pm on Thursdays"; past "and"
/// when it is `between` two: "between 7 a.m. and 7 p.m. on weekdays"), or as the end of a
/// range whose start was (`prev_clock_set`).
pub(super) fn under_set(s: &Step<'_, '_>, told: &Told, between: bool) -> bool {
    let (g, start, end) = (s.g, s.m.start, s.m.end);
    let set_word = |k: usize| {
        g.is_any(
            k,
            &["weekdays", "weeknights", "weekends", "daily", "nightly"],
        ) || matches!(g.atoms.get(k).map(|a| a.lex), Some(Lex::Weekdays(_)))
    };
    told.prev_set.is_some_and(|e| {
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
        || told.prev_clock_set.is_some_and(|e| {
            start == e + 1 && g.is_any(e, &["to", "until", "till", "-", "–", "and"])
                || start == e && g.joined(e)
        })
}
