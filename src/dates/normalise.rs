//! From what the grammar found to a TIMEX3 value, against the reference date, the tense of
//! the sentence and the date mentioned last. All calendar arithmetic is jiff's.

use super::lexicon::Unit;
use jiff::civil::{Date, Weekday};
use jiff::Span as JSpan;
use std::fmt::Write;
use std::sync::OnceLock;

/// Which way a sentence points in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
    /// "this September": the reference year whatever the tense.
    Same,
    /// "last December": strictly before the reference month.
    StrictPast,
    /// "next January": strictly after the reference month.
    StrictFuture,
}

/// A time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tod {
    /// 0 MO, 1 AF, 2 EV, 3 NI.
    Part(u8),
    /// Hour and minute (hour 24 = midnight).
    Clock(u8, u8),
}

/// What a time expression means, before the reference date is applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Val {
    /// A value that needs nothing: "PRESENT_REF", "P1D".
    Lit(&'static str),
    /// A value already written: "P30Y".
    Str(String),
    /// A day; year `None` when the text gives none.
    Day { y: Option<i32>, m: u8, d: u8 },
    /// A month.
    Month { y: Option<i32>, m: u8 },
    /// A day told with its weekday and no year ("Sunday 24 May"): the year the tense
    /// picks, or the one next to it where that day is that weekday.
    DayOn { m: u8, d: u8, wd: u8 },
    /// "overnight": the night before the day last told, or when told as ahead the night
    /// of it; told as an adverb ("Overnight, crews pulled ...") after a day before the
    /// reference date, the night after that day.
    Overnight { adverb: bool },
    /// A year.
    Year(i32),
    /// "the 1988 period": the quarter of that year under discussion, or the year when the
    /// period under discussion is a year ("For the nine months, ... in the 1988 period").
    YearPeriod(i32),
    /// "the turn of the century": the reference year's hundred, or the next one in its
    /// last decade (told in 1998, 2000).
    TurnOfCentury,
    /// "the new year": the year that begins next, or in January and February (or told in
    /// the past) the one begun.
    NewYear,
    /// A decade: 199 for the 1990s.
    Decade(i32),
    /// A century: 19 for the 20th century.
    Century(i32),
    /// A quarter (q 0: "the quarter", the one last mentioned).
    Quarter { y: Option<i32>, q: u8 },
    /// A half year.
    Half { y: Option<i32>, h: u8 },
    /// A company's half written as its code with no year ("H1 results"): told in the
    /// past, as [`Val::Half`]; otherwise the latest such half begun ("will report H1
    /// results" in July, "will report H2 results" in February).
    HalfCode(u8),
    /// A season (0 SP, 1 SU, 2 FA, 3 WI), `n` as in [`Val::Shift`] when no year is given.
    Season {
        y: Option<i32>,
        s: u8,
        n: Option<i8>,
    },
    /// A season of the year told last plus `n` ("that summer" 0, "the following spring"
    /// 1); as [`Val::Season`] when no year was told.
    SeasonTold { s: u8, n: i8 },
    /// A weekday: dir 0 by tense, -1 "last", 1 "next", [`super::grammar::THIS_WEEK`]
    /// "this".
    Weekday { wd: u8, dir: i8 },
    /// A weekday before (-1) or after (1) the date mentioned last ("the previous Friday").
    AnchoredWeekday { wd: u8, dir: i8 },
    /// The reference day plus `n` days ("yesterday" -1).
    DayOff(i32),
    /// Day `d` of a month not named: "the 14th of next month" (`n` 1), "the 30th of this
    /// month" (0), or "on the 14th" (`None`: the month told just before, else the
    /// reference month or the one before or after it, by tense).
    DayOfMonth { d: u8, n: Option<i8> },
    /// `n` units from the reference date (or from the last date mentioned when
    /// `anchored`), written at the unit's granularity; `ago` for "two years ago".
    Shift {
        unit: Unit,
        n: i32,
        anchored: bool,
        ago: bool,
    },
    /// A holiday: (month, day), the day as in [`super::lexicon::Lex::Holiday`].
    Holiday { y: Option<i32>, m: u8, d: u8 },
    /// The reference day `n` units back ("a year ago today"), or its ISO week with `week`
    /// ("five years ago this week").
    DayAgo { unit: Unit, n: i32, week: bool },
    /// Holiday (`m`, `d`) of the reference year plus `n` ("last year's Christmas").
    HolidayIn { n: i32, m: u8, d: u8 },
    /// Month `m` (day `d`, 0 for none) of the reference year plus `n` ("June last year",
    /// "May 13 next year").
    /// With `told`, the year counts from the year told last ("April of that year").
    MonthIn { n: i32, m: u8, d: u8, told: bool },
    /// The end of a range of months ("from April to October"): the first month `m` at or
    /// after the month told just before in the same sentence, else as [`Val::Month`].
    MonthAfter { m: u8 },
    /// The last completed quarter ("the latest quarter").
    LatestQuarter,
    /// "the quarter ended Sept. 30": quarter `q`, or the quarter named last if any (a
    /// fiscal quarter: "the fiscal first quarter ... the quarter ended Sept. 29").
    QuarterEnded { y: Option<i32>, q: u8 },
    /// The quarter a year before the one last mentioned ("the year-ago quarter").
    QuarterAgo,
    /// Quarter q (0: the one last mentioned) of the reference year plus n.
    QuarterIn(i32, u8),
    /// Half h of the reference year plus n ("the second half of next year").
    HalfIn(i32, u8),
    /// No date (a bare clock time): the last date mentioned, else the reference day.
    Anchor,
    /// The weekend holding day `d` of month `m`: "the weekend of 5-6 October".
    WeekendOf { y: Option<i32>, m: u8, d: u8 },
    /// The weekend a holiday falls in or ends ("the Labor Day weekend": the one before a
    /// Monday holiday).
    HolidayWeekend { y: Option<i32>, m: u8, d: u8 },
    /// The `nth` (-1 last) weekday `wd` (1 Monday .. 7 Sunday) of month `m`, or with `wd`
    /// [`WEEK`] the week holding its nth Thursday (ISO's rule), with [`WEEKEND`] the
    /// weekend of its nth Saturday: "the third Friday of March", "the first week of June".
    NthInMonth {
        y: Option<i32>,
        m: u8,
        nth: i8,
        wd: u8,
    },
    /// The day `days` after the day `inner` pins down, or its ISO week when `week` ("the day
    /// before last Tuesday", "the week of March 6").
    Around {
        inner: Box<Val>,
        days: i32,
        week: bool,
    },
}

/// [`Val::NthInMonth`]'s `wd` for a week.
pub(crate) const WEEK: u8 = 8;
/// [`Val::NthInMonth`]'s `wd` for a weekend.
pub(crate) const WEEKEND: u8 = 9;

/// What resolution remembers across a document.
#[derive(Clone, Debug, Default)]
pub(crate) struct Ctx {
    /// The reference date.
    pub reference: Option<Date>,
    /// The last day-precise date mentioned.
    pub last_day: Option<Date>,
    /// Whether `last_day` was told as a start ("since Jan. 1, 2015").
    pub last_day_since: bool,
    /// The last quarter mentioned.
    pub last_quarter: Option<(i32, u8)>,
    /// Whether a year-long period was told after `last_quarter` ("For the nine months,
    /// ... compared with ... a year earlier": the year before, not the quarter).
    pub year_period: bool,
    /// The last year mentioned explicitly.
    pub last_year: Option<i32>,
    /// The first year of the last decade mentioned ("the 1960s": 1960); a decade counted
    /// from it is a decade when `last_year` is still that year.
    pub last_decade: Option<i32>,
    /// The last year told as the time of what a sentence tells ("In 2021, ..."), and the
    /// sentence it was told in.
    pub year_told: Option<(usize, i32)>,
    /// The last month mentioned (its first day), and the sentence it was told in.
    pub last_month: Option<Date>,
    pub last_month_sentence: usize,
    /// Whether `last_month` was told as a whole month ("in August", not "Sept. 30").
    pub last_month_whole: bool,
    /// Whether `last_month` was told with its year ("April 2009"), and not as a start
    /// ("since June 2014").
    pub last_month_told: bool,
    /// The sentence `last_quarter` was told in.
    pub quarter_sentence: Option<usize>,
    /// The sentence being resolved, and the one `last_day` was mentioned in.
    pub sentence: usize,
    pub last_day_sentence: usize,
    /// The last day mentioned that lies ahead of the reference date (a launch, a vote).
    pub last_ahead_day: Option<Date>,
    /// Whether the story is told in the southern hemisphere, where autumn falls in March
    /// to May: seasons keep their TimeML codes, but which one a tense means shifts by half
    /// a year.
    pub southern: bool,
    /// The day a story's small hours are in once it has told one after a late hour ("at
    /// 11:30 p.m. Friday and returned shortly after 1 a.m."): a bare small hour told next
    /// on the day before it is of this day.
    pub small_hours: Option<Date>,
}

/// How many sentences back a day told still anchors "the next day", "overnight" or a bare
/// "3:30 p.m.". Further back, they count from the reference date. (On the dev sets any
/// window of 3 or more gives the same values as an unlimited one.)
const ANCHOR_SENTENCES: usize = 5;

impl Ctx {
    /// Remember quarter `q` of `y` as the one told last, unless it lies ahead of the
    /// reference date's (or is the reference date's, told as ahead): "the year-ago
    /// period" compares with a quarter reported, not one forecast ("losses through the
    /// third quarter of 1990", "the trend will continue into the fourth quarter").
    fn note_quarter(&mut self, y: i32, q: u8, tense: Tense) {
        let future = matches!(tense, Tense::Future | Tense::StrictFuture);
        let ahead = self.reference.is_some_and(|r| {
            let now = (i32::from(r.year()), quarter_of(r));
            (y, q) > now || (future && (y, q) == now)
        });
        if !ahead {
            self.last_quarter = Some((y, q));
            self.quarter_sentence = Some(self.sentence);
            self.year_period = false;
        }
    }

    /// The year a year-less month or day told after it in the same sentence belongs to:
    /// "In 2021, the tally was not released until July 6" (but not "In 2021 he was
    /// elected; he will leave on Jan. 20"). The reference date's own year is not taken:
    /// the month's tense decides ("In 2025, ... in December" may be ahead or past).
    fn sentence_year(&self, tense: Tense) -> Option<i32> {
        if matches!(tense, Tense::Future | Tense::StrictFuture) {
            return None;
        }
        let r = self.reference.map(|r| i32::from(r.year()));
        self.year_told
            .filter(|&(s, y)| s == self.sentence && Some(y) != r)
            .map(|(_, y)| y)
    }

    /// The year a year-less month told in the past belongs to when the sentence before
    /// told a day of another year before it: "The lockdown began on 23 March 2020. It
    /// reopened in June" (2020). (Not a day: "founded on May 2, 2010. It reported record
    /// profits on May 6" is this May's.)
    fn story_year(&self, m: u8, tense: Tense) -> Option<i32> {
        let d = self.last_day?;
        let r = self.reference?;
        (matches!(tense, Tense::Past | Tense::StrictPast)
            && self.sentence.saturating_sub(self.last_day_sentence) <= 1
            && d.year() != r.year()
            // (a day gone: not "resume flights on Jan. 15. Service was suspended in
            // September", told in December)
            && d < r
            && self.last_year == Some(i32::from(d.year()))
            && !self.last_day_since
            && m > d.month() as u8)
            .then_some(i32::from(d.year()))
    }

    /// After a step moved an expression from day `from` to day `to`: when `from` was the
    /// day the story was on, the story moves with it ("shortly after 3 a.m. ... The dam
    /// gave way at about 3:40 a.m.").
    pub(crate) fn follow_moved_day(&mut self, from: Option<Date>, to: Option<Date>) {
        if from.is_some() && to != from && self.last_day == from {
            self.last_day = to;
        }
    }

    /// The year of a year-less day told in the past that the reference year would put
    /// after the reference date, when a day of a past year was told a few sentences
    /// before and this one follows it within two months: "Katrina made landfall on Aug.
    /// 29, 2005. [...] The last evacuees left the stadium on Sept. 3", told on 29 August
    /// 2025.
    fn told_past_year(&self, y: i32, m: u8, d: u8, tense: Tense) -> Option<i32> {
        let r = self.reference?;
        let ld = self.last_day?;
        let ly = i32::from(ld.year());
        let then = date(ly, m, d)?;
        (matches!(tense, Tense::Past)
            && date(y, m, d).is_some_and(|x| x > r)
            && ly < i32::from(r.year())
            && self.sentence.saturating_sub(self.last_day_sentence) <= 5
            && then > ld
            && add_days(ld, 62).is_some_and(|l| then <= l))
        .then_some(ly)
    }

    /// The year of a year-less month or day told in the past after a month told with
    /// another year earlier in the same sentence, and later in that year: "first
    /// identified in April 2009, and by June the WHO had declared a pandemic".
    /// ("arrested on March 3, 2019, and charged on March 5": a later day of that month
    /// too; `d` is 0 for a whole month.)
    fn clause_year(&self, m: u8, d: u8, tense: Tense) -> Option<i32> {
        let lm = self.last_month?;
        let r = self.reference?;
        let later_day = d > 0
            && !self.last_month_whole
            && self.last_day.is_some_and(|ld| {
                ld.year() == lm.year() && ld.month() as u8 == m && (ld.day() as u8) < d
            });
        (matches!(tense, Tense::Past | Tense::StrictPast)
            && self.last_month_told
            && self.last_month_sentence == self.sentence
            && lm.year() != r.year()
            && (m > lm.month() as u8 || later_day))
            .then_some(i32::from(lm.year()))
    }

    /// The day an anchored expression counts from: the last day mentioned, when it was
    /// told recently enough.
    ///
    /// A day ahead of the reference date told in an earlier sentence anchors only what is
    /// told as ahead too: after "the meeting on September 24", "Earlier in the day,
    /// Greenspan said" is the reference day, but "They will meet at 11 a.m." is the 24th.
    fn anchor_day(&self, tense: Tense) -> Option<Date> {
        let ahead = self.sentence != self.last_day_sentence
            && !matches!(tense, Tense::Future | Tense::StrictFuture)
            && self
                .last_day
                .zip(self.reference)
                .is_some_and(|(d, r)| d > r);
        if self.sentence.saturating_sub(self.last_day_sentence) <= ANCHOR_SENTENCES && !ahead {
            self.last_day
        } else {
            None
        }
    }
}

fn date(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok()
}

/// The day of holiday (`m`, `d`) in year `y` (see [`Lex::Holiday`]).
///
/// [`Lex::Holiday`]: super::lexicon::Lex::Holiday
fn holiday_date(y: i32, m: u8, d: u8) -> Option<Date> {
    use super::lexicon::{
        EASTER, ELECTION_DAY, FIRST_MONDAY, FIRST_TUESDAY, FOURTH_THURSDAY, LAST_MONDAY,
        MONDAY_BEFORE_25, SECOND_MONDAY, SECOND_SUNDAY, THIRD_MONDAY, THIRD_SUNDAY,
    };
    // The one weekday `wd` among seven days of the month from `from` on.
    let week_from = |from: u8, wd: Weekday| {
        (from..from + 7)
            .filter_map(|dd| date(y, m, dd))
            .find(|x| x.weekday() == wd)
    };
    match d {
        FOURTH_THURSDAY => {
            date(y, m, 1).and_then(|f| f.nth_weekday_of_month(4, Weekday::Thursday).ok())
        }
        // The first Tuesday from the 2nd on (the day after the first Monday).
        ELECTION_DAY => week_from(2, Weekday::Tuesday),
        FIRST_MONDAY => week_from(1, Weekday::Monday),
        THIRD_MONDAY => week_from(15, Weekday::Monday),
        FIRST_TUESDAY => week_from(1, Weekday::Tuesday),
        SECOND_SUNDAY => week_from(8, Weekday::Sunday),
        SECOND_MONDAY => week_from(8, Weekday::Monday),
        MONDAY_BEFORE_25 => week_from(18, Weekday::Monday),
        THIRD_SUNDAY => week_from(15, Weekday::Sunday),
        // (a month's last seven days; May has 31)
        LAST_MONDAY => week_from(25, Weekday::Monday),
        EASTER => {
            // Anonymous Gregorian computus.
            let a = y.rem_euclid(19);
            let (b, c) = (y.div_euclid(100), y.rem_euclid(100));
            let (dd, e) = (b / 4, b % 4);
            let g = (8 * b + 13) / 25;
            let h = (19 * a + b - dd - g + 15).rem_euclid(30);
            let (i, k) = (c / 4, c % 4);
            let l = (2 * e + 2 * i - h - k + 32).rem_euclid(7);
            let mm = (a + 11 * h + 19 * l) / 433;
            let month = (h + l - 7 * mm + 90) / 25;
            let day = (h + l - 7 * mm + 33 * month + 19).rem_euclid(32);
            date(y, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
        }
        _ => date(y, m, d),
    }
}

/// The days of a holiday set by the moon ([`Lex::Holiday`] day `code`, from
/// [`LUNAR_NEW_YEAR`] on), 1950 to 2100, in order; `None` for any other holiday.
///
/// [`Lex::Holiday`]: super::lexicon::Lex::Holiday
/// [`LUNAR_NEW_YEAR`]: super::lexicon::LUNAR_NEW_YEAR
fn lunar_days(code: u8) -> Option<&'static [Date]> {
    static T: OnceLock<[Vec<Date>; 5]> = OnceLock::new();
    let t = T.get_or_init(|| {
        let mut t: [Vec<Date>; 5] = Default::default();
        for line in include_str!("../../data/lunar_holidays.tsv").lines() {
            let Some((kind, day)) = line.split_once('\t') else {
                continue;
            };
            let k = match kind {
                "lny" => 0,
                "diwali" => 1,
                "ramadan" => 2,
                "fitr" => 3,
                "adha" => 4,
                _ => continue,
            };
            // (by hand: jiff's parser would add tens of kilobytes to the page)
            let mut p = day.splitn(3, '-').map(|x| x.parse::<i16>().ok());
            let (Some(Some(y)), Some(Some(m)), Some(Some(d))) = (p.next(), p.next(), p.next())
            else {
                continue;
            };
            let d = Date::new(
                y,
                i8::try_from(m).unwrap_or(0),
                i8::try_from(d).unwrap_or(0),
            );
            if let (Some(v), Ok(d)) = (t.get_mut(k), d) {
                v.push(d);
            }
        }
        t
    });
    let i = code.checked_sub(super::lexicon::LUNAR_NEW_YEAR)?;
    t.get(usize::from(i)).map(Vec::as_slice)
}

/// The one of `days` that a sentence of `tense` told on `r` means, as [`pick_year`] picks
/// a year for a fixed day: the nearest allowed, within about a year.
fn pick_day(r: Date, days: &[Date], tense: Tense) -> Option<Date> {
    let ry = r.year();
    days.iter()
        .map(|&d| (d, days_between(r, d)))
        .filter(|&(d, delta)| {
            delta.abs() < 400
                && match tense {
                    Tense::Past => delta <= 62 && (d.year() <= ry || delta <= 0),
                    Tense::Future => delta >= -62 && (d.year() >= ry || delta >= 0),
                    Tense::Unknown => delta <= 92,
                    Tense::Same => d.year() == ry,
                    Tense::StrictPast => delta < -15,
                    Tense::StrictFuture => delta > 15,
                }
        })
        .min_by_key(|&(_, delta)| delta.abs())
        .map(|(d, _)| d)
}

/// Days from `a` to `b` (negative when `b` comes first).
pub(crate) fn days_between(a: Date, b: Date) -> i32 {
    i32::try_from(a.duration_until(b).as_secs() / 86_400).unwrap_or(i32::MAX)
}

fn add_days(d: Date, n: i32) -> Option<Date> {
    d.checked_add(JSpan::new().try_days(n).ok()?).ok()
}

fn add_months(d: Date, n: i32) -> Option<Date> {
    d.checked_add(JSpan::new().try_months(n).ok()?).ok()
}

/// Value `v` of a time on day `d` moved to the next day, and that day.
pub(crate) fn next_day(v: &str, d: Date) -> Option<(String, Date)> {
    let n = add_days(d, 1)?;
    let rest = v.get(10..).filter(|r| r.starts_with('T'))?;
    Some((format!("{}{rest}", ymd(n)), n))
}

fn ymd(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

fn quarter_of(d: Date) -> u8 {
    ((d.month() as u8).saturating_sub(1)) / 3 + 1
}

/// Year for a month (and day, 0 for the whole month) given without one: the nearest
/// occurrence to the reference date, in the past for a past-tense sentence and in the
/// future for a future one (with a month of slack either way, as tense cues err).
fn pick_year(r: Date, m: u8, d: u8, tense: Tense) -> i32 {
    pick_year_slack(r, m, d, tense, 62)
}

/// The quarter before the reference date's.
fn previous_quarter(r: Date) -> (i32, u8) {
    let q = quarter_of(r);
    if q == 1 {
        (i32::from(r.year()) - 1, 4)
    } else {
        (i32::from(r.year()), q - 1)
    }
}

fn pick_year_slack(r: Date, m: u8, d: u8, tense: Tense, slack: i32) -> i32 {
    let y = i32::from(r.year());
    if tense == Tense::Same {
        return y;
    }
    // Positions in days-ish: month * 31 + day.
    let pos = |yy: i32| yy * 372 + i32::from(m) * 31 + i32::from(if d == 0 { 15 } else { d });
    let rp = y * 372 + i32::from(r.month()) * 31 + i32::from(r.day());
    let mut best: Option<(i32, i32)> = None;
    for yy in [y, y - 1, y + 1] {
        let delta = pos(yy) - rp;
        let ok = match tense {
            // (the slack stays within the reference year: "In February, it announced"
            // told on 31 December is the February past)
            Tense::Past => delta <= slack && (yy <= y || delta <= 0),
            Tense::Future => delta >= -slack && (yy >= y || delta >= 0),
            // News tells of the past more than the future: with no cue, allow only the
            // near future.
            Tense::Unknown => delta <= 92,
            Tense::Same => true,
            Tense::StrictPast => delta < -15,
            Tense::StrictFuture => delta > 15,
        };
        if ok && best.is_none_or(|(_, bd)| delta.abs() < bd) {
            best = Some((yy, delta.abs()));
        }
    }
    best.map_or(y, |(yy, _)| yy)
}

fn weekday(wd: u8) -> Option<Weekday> {
    Weekday::from_monday_one_offset(wd as i8).ok()
}

/// The day of weekday `wd` (1 Monday .. 7 Sunday) counted from `b`: with `dir` 0 the first
/// on or after `b`, above 0 the first after it, below 0 the last before it.
pub(crate) fn weekday_from(b: Date, wd: u8, dir: i8) -> Option<Date> {
    let bw = b.weekday().to_monday_one_offset() as i32;
    let t = weekday(wd)?.to_monday_one_offset() as i32;
    let off = if dir == 0 {
        (t - bw).rem_euclid(7)
    } else if dir < 0 {
        let back = (bw - t).rem_euclid(7);
        -(if back == 0 { 7 } else { back })
    } else {
        let fwd = (t - bw).rem_euclid(7);
        if fwd == 0 {
            7
        } else {
            fwd
        }
    };
    add_days(b, off)
}

impl Val {
    /// A year-less day or month ("Jan. 7", "June") as told of year `y`.
    pub(crate) fn in_year(&self, y: i32) -> Option<Val> {
        match *self {
            Val::Day { y: None, m, d } => Some(Val::Day { y: Some(y), m, d }),
            Val::Month { y: None, m } => Some(Val::Month { y: Some(y), m }),
            _ => None,
        }
    }
}

/// The TIMEX3 value of `val` (with the time of day `tod`), and the day it pins down.
pub(crate) fn resolve(
    val: &Val,
    tod: Option<Tod>,
    tense: Tense,
    ctx: &mut Ctx,
) -> (String, Option<Date>) {
    let r = ctx.reference;
    let mut day: Option<Date> = None;
    let mut s = match val {
        Val::Lit(v) => (*v).to_string(),
        Val::Str(v) => v.clone(),
        Val::Day { y: told, m, d } => {
            let y = told
                .or_else(|| ctx.sentence_year(tense))
                .or_else(|| ctx.clause_year(*m, *d, tense))
                .or_else(|| r.map(|r| pick_year(r, *m, *d, tense)))
                .map(|y| ctx.told_past_year(y, *m, *d, tense).unwrap_or(y));
            match y {
                Some(y) => {
                    day = date(y, *m, *d);
                    ctx.last_year = Some(y);
                    ctx.last_month = date(y, *m, 1);
                    ctx.last_month_sentence = ctx.sentence;
                    ctx.last_month_whole = false;
                    ctx.last_month_told = told.is_some();
                    format!("{y:04}-{m:02}-{d:02}")
                }
                None => format!("XXXX-{m:02}-{d:02}"),
            }
        }
        Val::DayOn { m, d, wd } => {
            let y = ctx
                .sentence_year(tense)
                .or_else(|| r.map(|r| pick_year(r, *m, *d, tense)))
                .map(|y| {
                    let on = |yy: i32| {
                        date(yy, *m, *d)
                            .zip(weekday(*wd))
                            .is_some_and(|(dt, w)| dt.weekday() == w)
                    };
                    // (not against the tense: a past is no later year)
                    let next = !matches!(tense, Tense::Past | Tense::StrictPast);
                    let prev = !matches!(tense, Tense::Future | Tense::StrictFuture);
                    [(y, true), (y + 1, next), (y - 1, prev)]
                        .into_iter()
                        .find(|&(yy, ok)| ok && on(yy))
                        .map_or(y, |(yy, _)| yy)
                });
            let v = Val::Day { y, m: *m, d: *d };
            return resolve(&v, tod, tense, ctx);
        }
        Val::Month { y: told, m } => {
            let y = told
                .or_else(|| ctx.sentence_year(tense))
                .or_else(|| ctx.story_year(*m, tense))
                .or_else(|| ctx.clause_year(*m, 0, tense))
                .or_else(|| r.map(|r| pick_year(r, *m, 0, tense)));
            match y {
                Some(y) => {
                    ctx.last_year = Some(y);
                    ctx.last_month = date(y, *m, 1);
                    ctx.last_month_sentence = ctx.sentence;
                    ctx.last_month_whole = true;
                    ctx.last_month_told = told.is_some();
                    format!("{y:04}-{m:02}")
                }
                None => format!("XXXX-{m:02}"),
            }
        }
        Val::Year(y) => {
            ctx.last_year = Some(*y);
            format!("{y:04}")
        }
        Val::YearPeriod(y) => match ctx.last_quarter {
            // A comparison, not a new quarter under discussion: `last_quarter` stays.
            Some((_, q)) if !ctx.year_period => format!("{y:04}-Q{q}"),
            _ => return resolve(&Val::Year(*y), tod, tense, ctx),
        },
        Val::TurnOfCentury => match r {
            Some(r) => {
                let y = i32::from(r.year());
                let y = if y % 100 >= 90 {
                    y - y % 100 + 100
                } else {
                    y - y % 100
                };
                return resolve(&Val::Year(y), tod, tense, ctx);
            }
            None => "XXXX".into(),
        },
        Val::NewYear => match r {
            Some(r) => {
                // ("The new year brought fresh problems", "since the new year": the one
                // begun)
                let past = matches!(tense, Tense::Past | Tense::StrictPast);
                let y = i32::from(r.year()) + i32::from(r.month() > 2 && !past);
                return resolve(&Val::Year(y), tod, tense, ctx);
            }
            None => "XXXX".into(),
        },
        Val::Decade(d) => {
            // ("automated in the 1960s and decommissioned two decades later": what "later"
            // counts from)
            if (100..=300).contains(d) {
                ctx.last_year = Some(d * 10);
                ctx.last_decade = Some(d * 10);
            }
            format!("{d:03}")
        }
        Val::Century(c) => format!("{c:02}"),
        Val::Quarter { y, q } => {
            let (y, q) = if *q == 0 && y.is_some() {
                let q = ctx
                    .last_quarter
                    .or_else(|| r.map(previous_quarter))
                    .map_or(0, |x| x.1);
                (*y, q)
            } else if *q == 0 {
                match (ctx.last_quarter, r) {
                    (Some((y, q)), _) => (Some(y), q),
                    (None, Some(r)) => {
                        let (y, q) = previous_quarter(r);
                        (Some(y), q)
                    }
                    (None, None) => (None, 0),
                }
            } else {
                let y = y.or_else(|| r.map(|r| pick_year_slack(r, q * 3, 0, tense, 100)));
                (y, *q)
            };
            match (y, q) {
                (Some(y), 1..=4) => {
                    ctx.note_quarter(y, q, tense);
                    format!("{y:04}-Q{q}")
                }
                (None, 1..=4) => format!("XXXX-Q{q}"),
                _ => "XXXX-QX".to_string(),
            }
        }
        Val::QuarterEnded { y, q } => {
            // A quarter named before names this one (a fiscal quarter: "the fiscal first
            // quarter ... the quarter ended Sept. 29"), unless it lies in another year than
            // the day told ("Q4 results [2024-Q4 by the calendar] ... the quarter ended
            // March 31, 2025").
            let other_year = matches!((ctx.last_quarter, y), (Some((ly, _)), Some(y)) if ly != *y);
            // Nor is it the quarter under way when that was the one named ("the current
            // quarter ... the quarter ended Sept. 30").
            let under_way = ctx.reference.is_some_and(|r| {
                let (ry, rq) = (i32::from(r.year()), quarter_of(r));
                // (a quarter ended on a day without its year: the last such one)
                let y = y.unwrap_or(if *q < rq { ry } else { ry - 1 });
                ctx.last_quarter == Some((ry, rq)) && (y, *q) < (ry, rq)
            });
            let v = if ctx.last_quarter.is_some() && !other_year && !under_way {
                Val::Quarter { y: None, q: 0 }
            } else {
                Val::Quarter { y: *y, q: *q }
            };
            return resolve(&v, tod, tense, ctx);
        }
        Val::MonthAfter { m } => {
            let start = ctx
                .last_month
                .filter(|_| ctx.last_month_sentence == ctx.sentence);
            let v = match start {
                Some(s) => Val::Month {
                    y: Some(i32::from(s.year()) + i32::from(*m < s.month() as u8)),
                    m: *m,
                },
                None => Val::Month { y: None, m: *m },
            };
            return resolve(&v, tod, tense, ctx);
        }
        Val::DayAgo { unit, n, week: w } => {
            let back = |r: Date| {
                let sp = match unit {
                    Unit::Day => JSpan::new().try_days(*n).ok()?,
                    Unit::Week => JSpan::new().try_weeks(*n).ok()?,
                    Unit::Month => JSpan::new().try_months(*n).ok()?,
                    _ => JSpan::new().try_years(*n).ok()?,
                };
                r.checked_sub(sp).ok()
            };
            match r.and_then(back) {
                Some(d) if *w => week(d),
                Some(d) => {
                    day = Some(d);
                    ymd(d)
                }
                None if *w => "XXXX-WXX".into(),
                None => "XXXX-XX-XX".into(),
            }
        }
        Val::HolidayIn { n, m, d } => {
            let y = r.map(|r| i32::from(r.year()) + n);
            return resolve(&Val::Holiday { y, m: *m, d: *d }, tod, tense, ctx);
        }
        Val::MonthIn { n, m, d, told } => match if *told {
            ctx.last_year.or(r.map(|r| i32::from(r.year())))
        } else {
            r.map(|r| i32::from(r.year()))
        } {
            Some(base) => {
                let y = base + n;
                ctx.last_year = Some(y);
                match date(y, *m, *d) {
                    Some(dd) => {
                        day = Some(dd);
                        ymd(dd)
                    }
                    None => format!("{y:04}-{m:02}"),
                }
            }
            None if *d > 0 => format!("XXXX-{m:02}-{d:02}"),
            None => format!("XXXX-{m:02}"),
        },
        Val::LatestQuarter => match r.map(previous_quarter) {
            Some((y, q)) => {
                ctx.note_quarter(y, q, tense);
                format!("{y:04}-Q{q}")
            }
            None => "XXXX-QX".into(),
        },
        Val::QuarterAgo => {
            let lq = ctx.last_quarter.or_else(|| r.map(previous_quarter));
            match lq {
                Some((y, q)) => format!("{:04}-Q{q}", y - 1),
                None => "XXXX-QX".into(),
            }
        }
        Val::QuarterIn(n, q) => {
            let q = if *q == 0 {
                ctx.last_quarter
                    .or_else(|| r.map(previous_quarter))
                    .map_or(0, |x| x.1)
            } else {
                *q
            };
            match r {
                Some(r) if (1..=4).contains(&q) => {
                    let y = i32::from(r.year()) + n;
                    ctx.note_quarter(y, q, tense);
                    format!("{y:04}-Q{q}")
                }
                _ => "XXXX-QX".into(),
            }
        }
        Val::HalfIn(n, h) => match r {
            Some(r) => {
                let v = Val::Half {
                    y: Some(i32::from(r.year()) + n),
                    h: *h,
                };
                return resolve(&v, tod, tense, ctx);
            }
            None => format!("XXXX-H{h}"),
        },
        Val::HalfCode(h) => {
            return match r {
                Some(r) if !matches!(tense, Tense::Past | Tense::StrictPast) => {
                    let begun = i8::try_from(h * 6 - 5).is_ok_and(|m| m <= r.month());
                    let y = i32::from(r.year()) - i32::from(!begun);
                    (format!("{y:04}-H{h}"), None)
                }
                _ => resolve(&Val::Half { y: None, h: *h }, tod, tense, ctx),
            };
        }
        Val::Half { y, h } => {
            if let Some(y) = y {
                ctx.last_year = Some(*y);
            }
            // (a half under way is no half gone: "expects the second half to be stronger
            // than the first half", told in June)
            let under_way = |r: Date| {
                matches!(tense, Tense::Future | Tense::Unknown)
                    && (r.month() - 1) / 6 + 1 == i8::try_from(*h).unwrap_or(0)
            };
            let y = y.or_else(|| {
                r.map(|r| {
                    if under_way(r) {
                        i32::from(r.year())
                    } else {
                        pick_year(r, h * 6 - 5, 0, tense)
                    }
                })
            });
            match y {
                Some(y) => format!("{y:04}-H{h}"),
                None => format!("XXXX-H{h}"),
            }
        }
        Val::SeasonTold { s, n } => {
            let v = match ctx.last_year {
                Some(y) => Val::Season {
                    y: Some(y + i32::from(*n)),
                    s: *s,
                    n: None,
                },
                None => Val::Season {
                    y: None,
                    s: *s,
                    n: Some(*n),
                },
            };
            return resolve(&v, tod, tense, ctx);
        }
        Val::Season { y, s, n } => {
            // "the summer of 2023 ... the end of that year": a year told.
            if let Some(y) = y {
                ctx.last_year = Some(*y);
            }
            let code = ["SP", "SU", "FA", "WI"]
                .get(*s as usize)
                .copied()
                .unwrap_or("SU");
            let y = y.or_else(|| {
                r.map(|r| {
                    // Seasons counted in one sequence, four a year, winter last: January
                    // and February belong to the winter that began the December before,
                    // so "last fall" in February is the fall of the year before.
                    let ry = i32::from(r.year());
                    let (sy, cur) = match r.month() {
                        3..=5 => (ry, 0),
                        6..=8 => (ry, 1),
                        9..=11 => (ry, 2),
                        12 => (ry, 3),
                        _ => (ry - 1, 3),
                    };
                    let now = sy * 4 + cur;
                    // (in the south, autumn takes the place of the north's spring, winter
                    // of its summer, and so on)
                    let s = if ctx.southern {
                        (i32::from(*s) + 2) % 4
                    } else {
                        i32::from(*s)
                    };
                    // The year of the latest season s at or before position p, and of
                    // the first at or after it.
                    let at_or_before = |p: i32| (p - s).div_euclid(4);
                    let at_or_after = |p: i32| (p - s + 3).div_euclid(4);
                    // "this winter" in January is the winter under way.
                    let this = if s == 3 { sy } else { ry };
                    match n {
                        Some(-1) => at_or_before(now - 1),
                        Some(1) => at_or_after(now + 1),
                        Some(_) => this,
                        None => match tense {
                            Tense::Past | Tense::StrictPast => at_or_before(now),
                            Tense::Future | Tense::StrictFuture => at_or_after(now),
                            _ => this,
                        },
                    }
                })
            });
            match y {
                Some(y) => format!("{y:04}-{code}"),
                None => format!("XXXX-{code}"),
            }
        }
        Val::Weekday { wd, dir } => match (r, weekday(*wd)) {
            (Some(r), Some(w)) => {
                let rw = r.weekday().to_monday_one_offset() as i32;
                let t = w.to_monday_one_offset() as i32;
                let back = (rw - t).rem_euclid(7);
                let fwd = (t - rw).rem_euclid(7);
                let off = match (*dir, tense) {
                    (-1, _) => -(if back == 0 { 7 } else { back }),
                    (1, _) => {
                        if fwd == 0 {
                            7
                        } else {
                            fwd
                        }
                    }
                    (_, Tense::Future | Tense::StrictFuture) => fwd,
                    // "The museum reopens this Saturday": the current week's.
                    (super::grammar::THIS_WEEK, Tense::Unknown | Tense::Same) => t - rw,
                    // A range told with no tense ("has been closed from Monday until
                    // Wednesday"): this week's, unless that is more than three days gone
                    // (told on a Saturday, Monday's is the next).
                    (0, Tense::Same) => {
                        if t - rw >= -3 {
                            t - rw
                        } else {
                            fwd
                        }
                    }
                    _ => -back,
                };
                day = add_days(r, off);
                day.map(ymd).unwrap_or_else(|| "XXXX-XX-XX".into())
            }
            (_, Some(_)) => format!("XXXX-WXX-{wd}"),
            _ => "XXXX-XX-XX".into(),
        },
        // ("That Friday, nobody slept" with no day told before: as "Friday")
        Val::AnchoredWeekday { wd, dir: 0 } if ctx.anchor_day(tense).is_none() => {
            return resolve(&Val::Weekday { wd: *wd, dir: 0 }, tod, tense, ctx);
        }
        Val::AnchoredWeekday { wd, dir } => match (ctx.anchor_day(tense).or(r), weekday(*wd)) {
            (Some(b), Some(_)) => {
                // ("That Friday": the first one from the day told)
                day = weekday_from(b, *wd, *dir);
                day.map(ymd).unwrap_or_else(|| "XXXX-XX-XX".into())
            }
            _ => format!("XXXX-WXX-{wd}"),
        },
        Val::Overnight { adverb } => {
            // ("The storm made landfall Saturday. Overnight, crews pulled ...": Saturday
            // night, told on Sunday)
            let after_day = *adverb && ctx.anchor_day(tense).zip(r).is_some_and(|(d, r)| d < r);
            let v = if matches!(tense, Tense::Future | Tense::StrictFuture) || after_day {
                Val::Anchor
            } else {
                Val::Shift {
                    unit: Unit::Day,
                    n: -1,
                    anchored: true,
                    ago: false,
                }
            };
            // The night names no day to count from: "fell overnight ... fell overnight"
            // twice is the same night.
            let kept = (ctx.last_day, ctx.last_day_sentence);
            let (s, _) = resolve(&v, tod, tense, ctx);
            (ctx.last_day, ctx.last_day_sentence) = kept;
            return (s, None);
        }
        Val::DayOfMonth { d, n } => {
            // (A month told before the reference month does not hold what is told as
            // ahead: "In April the council met. It will rule on the 14th.")
            let ahead = matches!(tense, Tense::Future | Tense::StrictFuture);
            let told = ctx.last_month.filter(|m| {
                n.is_none()
                    && ctx.sentence <= ctx.last_month_sentence + 2
                    && !(ahead && r.is_some_and(|r| (m.year(), m.month()) < (r.year(), r.month())))
            });
            let month = match (told, r) {
                (Some(m), _) => Some(m),
                (None, Some(r)) => {
                    let shift = n.map(i32::from).unwrap_or_else(|| match tense {
                        Tense::Future | Tense::StrictFuture => i32::from(*d < r.day() as u8),
                        _ => -i32::from(*d > r.day() as u8),
                    });
                    date(i32::from(r.year()), r.month() as u8, 1).and_then(|f| add_months(f, shift))
                }
                (None, None) => None,
            };
            day = month.and_then(|m| date(i32::from(m.year()), m.month() as u8, *d));
            match day {
                Some(dd) => ymd(dd),
                None => format!("XXXX-XX-{d:02}"),
            }
        }
        Val::DayOff(n) => {
            day = r.and_then(|r| add_days(r, *n));
            day.map(ymd).unwrap_or_else(|| "XXXX-XX-XX".into())
        }
        Val::Around {
            inner,
            days,
            week: w,
        } => {
            let (v, d) = resolve(inner, None, tense, ctx);
            match d.and_then(|d| add_days(d, *days)) {
                Some(d) if *w => week(d),
                Some(d) => {
                    day = Some(d);
                    ymd(d)
                }
                None => v,
            }
        }
        Val::Anchor => {
            // "The vote is at noon": told as ahead, a bare time is today's (or later), not
            // the day of the past event told before it.
            let anchor = ctx.anchor_day(tense);
            // ("Jan. 2, 2026 — The bridge reopens to cars at 6 a.m.": a timeline's entry,
            // told in the present, is of its day)
            let entry = ctx.year_told.is_some_and(|(s, _)| s == ctx.sentence)
                && ctx.last_day_sentence == ctx.sentence;
            let ahead = matches!(tense, Tense::Future | Tense::StrictFuture)
                && !entry
                && anchor.zip(r).is_some_and(|(a, r)| a < r);
            // "The record, 35.9C, was set on 28 June 1976. Avoid the sun between 11am and
            // 3pm": told in no past, a bare time is not of a day years gone told in another
            // sentence (a month gone it still is: "The murder took place on 3 March. CCTV
            // shows him entering the shop at 11.40pm").
            // (nor, in any tense, of a day named as a start or landmark a month or more
            // gone: "the biggest drop since the attacks of Sept. 11, 2001. [...] Lehman filed
            // at 1:45 a.m.")
            // (whether the anchor, told in another sentence, is more than `days` before the
            // reference date)
            let gone_by = |days: i32| {
                ctx.sentence != ctx.last_day_sentence
                    && anchor
                        .zip(r)
                        .and_then(|(a, r)| add_days(a, days).map(|a| a < r))
                        .unwrap_or(false)
            };
            let stale = ctx.last_day_since && gone_by(31)
                || !matches!(tense, Tense::Past | Tense::StrictPast) && gone_by(366);
            // "The launch window opens on Sept. 22. [...] The first attempt is set for
            // 10:42 p.m.": told as ahead with no day near it, a bare time is of the last
            // day ahead the story told.
            let event = if matches!(tense, Tense::Future | Tense::StrictFuture) {
                ctx.last_ahead_day
            } else {
                None
            };
            // (told as ahead after a past day, it is the day ahead the story told, if any:
            // "Florida plays Maryland Thursday night ... Tip-off is scheduled for 7:39
            // p.m.")
            day = if ahead {
                event.filter(|&e| r.is_some_and(|r| e > r)).or(r)
            } else if stale {
                r
            } else {
                anchor.or(event).or(r)
            };
            if let (Some(n), Some(Tod::Clock(0..=5, _))) = (ctx.small_hours, tod) {
                if day.and_then(|d| add_days(d, 1)) == Some(n) {
                    day = Some(n);
                }
            }
            // "Police were called at around midnight": told in the past of the reference
            // day, the midnight that began it (the end of the day before).
            // (It is still that day the story is on: "from midnight to 6 a.m.")
            if matches!(tod, Some(Tod::Clock(24, 0)))
                && matches!(tense, Tense::Past | Tense::StrictPast)
                && day.is_some()
                && day == r
            {
                if let Some(before) = day.and_then(|d| add_days(d, -1)) {
                    return (format!("{}T24:00", ymd(before)), day);
                }
            }
            day.map(ymd).unwrap_or_else(|| "XXXX-XX-XX".into())
        }
        Val::Holiday { y, d, .. } if lunar_days(*d).is_some() => {
            let days = lunar_days(*d).unwrap_or(&[]);
            let pick = match (*y, r) {
                (Some(y), _) => days.iter().find(|x| i32::from(x.year()) == y).copied(),
                (None, Some(r)) => pick_day(r, days, tense),
                (None, None) => None,
            };
            match pick {
                // Ramadan is a month: the one most of it falls in.
                Some(p) if *d == super::lexicon::RAMADAN => match add_days(p, 14) {
                    Some(mid) => format!("{:04}-{:02}", mid.year(), mid.month()),
                    None => "XXXX-XX".into(),
                },
                Some(p) => {
                    day = Some(p);
                    ymd(p)
                }
                None => match y {
                    Some(y) => format!("{y:04}"),
                    None => "XXXX-XX-XX".into(),
                },
            }
        }
        Val::Holiday { y, m, d } => {
            // Movable feasts are placed at about their day to pick the year.
            let approx = match *d {
                super::lexicon::FOURTH_THURSDAY => 25,
                super::lexicon::ELECTION_DAY => 5,
                super::lexicon::EASTER => 10,
                super::lexicon::FIRST_MONDAY => 4,
                super::lexicon::LAST_MONDAY => 28,
                super::lexicon::THIRD_MONDAY => 18,
                super::lexicon::SECOND_SUNDAY => 11,
                super::lexicon::THIRD_SUNDAY => 18,
                super::lexicon::SECOND_MONDAY => 11,
                super::lexicon::MONDAY_BEFORE_25 => 21,
                super::lexicon::FIRST_TUESDAY => 4,
                d => d,
            };
            let y = y.or_else(|| r.map(|r| pick_year(r, *m, approx, tense)));
            match y {
                Some(y) => {
                    day = holiday_date(y, *m, *d);
                    day.map(ymd).unwrap_or_else(|| format!("{y:04}-{m:02}"))
                }
                None if (1..=31).contains(d) => format!("XXXX-{m:02}-{d:02}"),
                None if *d == super::lexicon::EASTER => "XXXX-XX-XX".into(),
                None => format!("XXXX-{m:02}"),
            }
        }
        Val::HolidayWeekend { y, m, d } | Val::WeekendOf { y, m, d } => {
            let (y, m, d) = (*y, *m, *d);
            let holiday = matches!(val, Val::HolidayWeekend { .. });
            let inner = if holiday {
                Val::Holiday { y, m, d }
            } else {
                Val::Day { y, m, d }
            };
            let (v, day) = resolve(&inner, None, tense, ctx);
            // (a Monday holiday's weekend is the one before it)
            let sat = day.and_then(|dt| {
                if holiday && dt.weekday() == Weekday::Monday {
                    add_days(dt, -2)
                } else {
                    Some(dt)
                }
            });
            return match sat {
                Some(dt) => (format!("{}-WE", week(dt)), day),
                None => (v, None),
            };
        }
        Val::NthInMonth { y, m, nth, wd } => {
            // Placed at about its day to pick the year.
            let approx = u8::try_from(*nth)
                .ok()
                .filter(|n| (1..=5).contains(n))
                .map_or(25, |n| n * 7 - 3);
            let y = y.or_else(|| r.map(|r| pick_year(r, *m, approx, tense)));
            let wday = weekday(match *wd {
                WEEK => 4,
                WEEKEND => 6,
                wd => wd,
            });
            let d = y
                .and_then(|y| date(y, *m, 1))
                .zip(wday)
                .and_then(|(first, w)| first.nth_weekday_of_month(*nth, w).ok());
            match (d, *wd) {
                (Some(d), WEEK) => week(d),
                (Some(d), WEEKEND) => format!("{}-WE", week(d)),
                (Some(d), _) => {
                    day = Some(d);
                    ymd(d)
                }
                (None, _) => match y {
                    Some(y) => format!("{y:04}-{m:02}"),
                    None => format!("XXXX-{m:02}"),
                },
            }
        }
        Val::Shift {
            unit,
            n,
            anchored,
            ago,
        } => {
            // "Over the weekend, rebels advanced": told in the past, the last weekend
            // begun before the reference day.
            if matches!(unit, Unit::Weekend) && *n == 0 && tense == Tense::Past {
                if let Some(r) = r {
                    let back = match r.weekday() {
                        Weekday::Sunday => 0,
                        w => i32::from(w.to_monday_one_offset()),
                    };
                    // Sunday: this weekend; Saturday: the one before; else the last one.
                    if let Some(sat) = add_days(r, -back - 1 + i32::from(back == 0)) {
                        return (format!("{}-WE", week(sat)), None);
                    }
                }
            }
            let base = match (anchored, unit) {
                (false, _) => r,
                (true, Unit::Month) => ctx.last_month.or(ctx.anchor_day(tense)).or(r),
                // "are expected to ease by the weekend": told as ahead, this week's (or
                // month's) is the reference date's, not a past day's told before.
                (true, _) if *n == 0 && matches!(tense, Tense::Future | Tense::StrictFuture) => ctx
                    .anchor_day(tense)
                    .filter(|&a| r.is_none_or(|r| a >= r))
                    .or(r),
                (true, _) => ctx.anchor_day(tense).or(r),
            };
            match base {
                None => match unit {
                    // ("in April 2019, ... for that year" with no reference date)
                    Unit::Year if *anchored => match ctx.last_year {
                        Some(y) => format!("{:04}", y + n),
                        None => "XXXX".into(),
                    },
                    Unit::Year | Unit::Decade | Unit::Century => "XXXX".into(),
                    Unit::Month => "XXXX-XX".into(),
                    Unit::Week | Unit::Weekend => "XXXX-WXX".into(),
                    _ => "XXXX-XX-XX".into(),
                },
                Some(b) => shift(b, *unit, *n, *ago, *anchored, ctx, &mut day),
            }
        }
    };
    if let Some(t) = tod {
        if !s.contains('T') && !s.starts_with('P') {
            match t {
                Tod::Part(p) => {
                    let code = ["MO", "AF", "EV", "NI"]
                        .get(p as usize)
                        .copied()
                        .unwrap_or("MO");
                    let _ = write!(s, "T{code}");
                }
                Tod::Clock(h, m) => {
                    let _ = write!(s, "T{h:02}:{m:02}");
                }
            }
        }
    }
    if let Some(d) = day {
        ctx.last_day = Some(d);
        ctx.last_day_sentence = ctx.sentence;
        if r.is_some_and(|r| d > r) {
            ctx.last_ahead_day = Some(d);
        }
    }
    (s, day)
}

fn shift(
    b: Date,
    unit: Unit,
    n: i32,
    ago: bool,
    anchored: bool,
    ctx: &mut Ctx,
    day: &mut Option<Date>,
) -> String {
    let y = i32::from(b.year());
    // The year told last, what anchored years, decades and centuries count from.
    let told = ctx.last_year.unwrap_or(y);
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => {
            let d = if matches!(unit, Unit::Day) {
                add_days(b, n)
            } else {
                Some(b)
            };
            *day = d;
            d.map(ymd).unwrap_or_else(|| "XXXX-XX-XX".into())
        }
        Unit::Week | Unit::Fortnight | Unit::Weekend => {
            let k = if matches!(unit, Unit::Fortnight) {
                14
            } else {
                7
            };
            let d = add_days(b, n.saturating_mul(k));
            match (d, unit) {
                (Some(d), Unit::Weekend) => format!("{}-WE", week(d)),
                (Some(d), _) => week(d),
                (None, _) => "XXXX-WXX".into(),
            }
        }
        Unit::Month => add_months(b, n)
            .map(|d| format!("{:04}-{:02}", d.year(), d.month()))
            .unwrap_or_else(|| "XXXX-XX".into()),
        Unit::Quarter => {
            let (by, bq) = match (anchored, ctx.last_quarter) {
                (true, Some(lq)) => lq,
                _ => (y, quarter_of(b)),
            };
            let idx = by * 4 + i32::from(bq) - 1 + n;
            let (qy, q) = (idx.div_euclid(4), idx.rem_euclid(4) + 1);
            ctx.note_quarter(qy, q as u8, Tense::Unknown);
            format!("{qy:04}-Q{q}")
        }
        Unit::Year => {
            if anchored {
                // ("the following year" is the year told from then on; "the previous
                // year" looks back without moving the story)
                let v = told + n;
                if n > 0 {
                    ctx.last_year = Some(v);
                }
                return format!("{v:04}");
            }
            // "Steel imports in August rose 31% from a year earlier": the month told in
            // the same sentence, a year before.
            if ago
                && n == -1
                && !ctx.year_period
                && ctx.last_month_whole
                && ctx.last_month_sentence == ctx.sentence
                // ("In July, the company said second-quarter profit rose 12% from a year
                // earlier": the quarter)
                && ctx.quarter_sentence != Some(ctx.sentence)
            {
                if let Some(m) = ctx
                    .last_month
                    .filter(|m| ctx.reference.is_none_or(|r| *m <= r))
                {
                    return format!("{:04}-{:02}", m.year() - 1, m.month());
                }
            }
            if ago && n == -1 && !ctx.year_period {
                if let Some((qy, q)) = ctx.last_quarter {
                    return format!("{:04}-Q{q}", qy - 1);
                }
            }
            // "Four years ago, Republicans won the House, and two years later ...": the
            // year told is what "later" counts from.
            if ago && n < 0 {
                ctx.last_year = Some(y + n);
            }
            format!("{:04}", y + n)
        }
        // "after the Great Fire of 1666 ... the following decade": from the year told.
        Unit::Decade if anchored && !ago => {
            format!("{:03}", told.div_euclid(10) + n)
        }
        Unit::Decade => {
            // ("went public in 1999. A decade later": from the year told)
            // ("automated in the 1960s and decommissioned two decades later": a decade
            // from a decade told)
            if ago && anchored && ctx.last_decade == Some(told) {
                format!("{:03}", (told + 10 * n).div_euclid(10))
            } else if ago && anchored {
                format!("{:04}", told + 10 * n)
            } else if ago {
                format!("{:04}", y + 10 * n)
            } else {
                format!("{:03}", y.div_euclid(10) + n)
            }
        }
        Unit::Century => {
            if ago && anchored {
                format!("{:04}", told + 100 * n)
            } else if ago {
                format!("{:04}", y + 100 * n)
            } else {
                format!("{:02}", y.div_euclid(100) + n)
            }
        }
        Unit::Millennium => format!("{}", y.div_euclid(1000) + n),
    }
}

/// A TIMEX3 duration: `n` units (None: unspecified, "X").
pub(crate) fn duration(n: Option<u32>, unit: Unit) -> String {
    let x = |k: u32| n.map_or("X".to_string(), |n| n.saturating_mul(k).to_string());
    match unit {
        Unit::Second => format!("PT{}S", x(1)),
        Unit::Minute => format!("PT{}M", x(1)),
        Unit::Hour => format!("PT{}H", x(1)),
        Unit::Day => format!("P{}D", x(1)),
        Unit::Week => format!("P{}W", x(1)),
        Unit::Weekend => format!("P{}WE", x(1)),
        Unit::Fortnight => format!("P{}W", x(2)),
        Unit::Month => format!("P{}M", x(1)),
        // TimeBank writes quarters as months: "the next three quarters" is P9M.
        Unit::Quarter => format!("P{}M", x(3)),
        Unit::Year => format!("P{}Y", x(1)),
        Unit::Decade => match n {
            Some(_) => format!("P{}Y", x(10)),
            None => "P1DE".replace('1', "X"),
        },
        Unit::Century => match n {
            Some(_) => format!("P{}Y", x(100)),
            None => "PXC".into(),
        },
        Unit::Millennium => match n {
            Some(_) => format!("P{}Y", x(1000)),
            None => "PXML".into(),
        },
    }
}
