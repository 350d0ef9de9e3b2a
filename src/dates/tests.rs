//! Table-driven tests of the dates stage: each row is a text, a reference date, and the
//! expected (words, type, value) found in it, in order. Refusals expect nothing.

use super::*;

type Row = (
    &'static str,
    Option<&'static str>,
    &'static [(&'static str, &'static str, &'static str)],
);

fn run(text: &str, reference: Option<&str>, day_first: bool) -> Vec<(String, String, String)> {
    let mut o = Options {
        day_first,
        ..Options::default()
    };
    if let Some(r) = reference {
        o = o.with_reference_date_str(r).unwrap();
    }
    let doc = Document::new(text, &o);
    assert_prefilter_sound(&doc, day_first);
    extract(&doc, &o)
        .into_iter()
        .map(|t| {
            (
                t.span.slice(doc.text()).to_string(),
                t.kind.as_str().to_string(),
                t.value,
            )
        })
        .collect()
}

/// The grammar matches nowhere [`extract`] skips (atoms that may not start a match).
fn assert_prefilter_sound(doc: &Document, day_first: bool) {
    let text = doc.text();
    let mut atoms = Vec::new();
    for si in 0..doc.sentences().len() {
        atoms.clear();
        build_atoms(text, doc.sentence_tokens(si), &mut atoms);
        let g = G::new(text, &atoms, day_first);
        for (i, a) in atoms.iter().enumerate() {
            if !a.may_start {
                assert!(
                    g.match_at(i).is_none(),
                    "a match starts at {:?}, not marked as a start in {text:?}",
                    text.get(a.start..a.end)
                );
            }
        }
    }
}

fn check(rows: &[Row], day_first: bool) {
    let mut bad = Vec::new();
    for (text, reference, want) in rows {
        let got = run(text, *reference, day_first);
        let want: Vec<(String, String, String)> = want
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect();
        if got != want {
            bad.push(format!("{text:?}\n   got  {got:?}\n   want {want:?}"));
        }
    }
    assert!(
        bad.is_empty(),
        "{} failures:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

const R: Option<&str> = Some("2025-05-20"); // a Tuesday

#[test]
fn absolute_dates() {
    check(
        &[
            // Every day of a list takes the month of the last.
            (
                "Drivers will walk out on 12, 14 and 16 May. He scored 3, 5 and 12 points on \
                 16 May.",
                R,
                &[
                    ("12", "DATE", "2025-05-12"),
                    ("14", "DATE", "2025-05-14"),
                    ("16 May", "DATE", "2025-05-16"),
                    ("16 May", "DATE", "2025-05-16"),
                ],
            ),
            // A fiscal year after a quarter, with or without "of" and "year".
            (
                "Halvorsen Reports First Quarter Fiscal 2026 Results. It reported results for \
                 the first quarter of fiscal year 2026.",
                R,
                &[
                    ("First Quarter Fiscal 2026", "DATE", "2026-Q1"),
                    ("the first quarter of fiscal year 2026", "DATE", "2026-Q1"),
                ],
            ),
            // A quarter named by its last month, with its year.
            (
                "Inflation has fallen since the December quarter of 2022.",
                R,
                &[("December quarter of 2022", "DATE", "2022-Q4")],
            ),
            (
                "It happened on May 19.",
                R,
                &[("May 19", "DATE", "2025-05-19")],
            ),
            (
                "It was signed 19 May 2025.",
                R,
                &[("19 May 2025", "DATE", "2025-05-19")],
            ),
            // A page's header: short month and weekday, a 24-hour clock after the year.
            (
                "Tue 3 Jun 2025 16:05 BST. On Jul 4, 2025 we sat.",
                R,
                &[
                    ("Tue 3 Jun 2025", "DATE", "2025-06-03"),
                    ("16:05 BST", "TIME", "2025-06-03T16:05"),
                    ("Jul 4, 2025", "DATE", "2025-07-04"),
                ],
            ),
            (
                "It was signed May 19th, 2025.",
                R,
                &[("May 19th, 2025", "DATE", "2025-05-19")],
            ),
            (
                "It was signed on 5/19/2025.",
                R,
                &[("5/19/2025", "DATE", "2025-05-19")],
            ),
            (
                "It was signed on 2025-05-19.",
                R,
                &[("2025-05-19", "DATE", "2025-05-19")],
            ),
            (
                "Talks stalled in mid-May.",
                R,
                &[("mid-May", "DATE", "2025-05")],
            ),
            (
                "Prices soared in the 1990s.",
                R,
                &[("the 1990s", "DATE", "199")],
            ),
            (
                "Profit will rise in the third quarter.",
                R,
                &[("the third quarter", "DATE", "2025-Q3")],
            ),
            (
                "Sales in fiscal 2024 fell.",
                R,
                &[("fiscal 2024", "DATE", "2024")],
            ),
            (
                "We met in the summer of 2023.",
                R,
                &[("the summer of 2023", "DATE", "2023-SU")],
            ),
            ("The law dates from 1998.", R, &[("1998", "DATE", "1998")]),
            (
                "He left in July 1997.",
                R,
                &[("July 1997", "DATE", "1997-07")],
            ),
            (
                "It was built in the 20th century.",
                R,
                &[("the 20th century", "DATE", "19")],
            ),
            (
                "Third-quarter profit fell.",
                R,
                &[("Third-quarter", "DATE", "2024-Q3")],
            ),
        ],
        false,
    );
}

#[test]
fn no_reference_keeps_unknown_parts() {
    check(
        &[
            (
                "It happened on May 19.",
                None,
                &[("May 19", "DATE", "XXXX-05-19")],
            ),
            (
                "He spoke on Saturday.",
                None,
                &[("Saturday", "DATE", "XXXX-WXX-6")],
            ),
            // A year told still anchors "that year" and "the following year".
            (
                "It won the election in April 2019, a snap election for that year. The \
                 following year it lost.",
                None,
                &[
                    ("April 2019", "DATE", "2019-04"),
                    ("that year", "DATE", "2019"),
                    ("The following year", "DATE", "2020"),
                ],
            ),
        ],
        false,
    );
}

#[test]
fn relative_dates() {
    check(
        &[
            (
                "He spoke on Saturday.",
                R,
                &[("Saturday", "DATE", "2025-05-17")],
            ),
            (
                "He will speak on Saturday.",
                R,
                &[("Saturday", "DATE", "2025-05-24")],
            ),
            (
                "He arrived yesterday.",
                R,
                &[("yesterday", "DATE", "2025-05-19")],
            ),
            (
                "He arrives tomorrow.",
                R,
                &[("tomorrow", "DATE", "2025-05-21")],
            ),
            (
                "He arrived last week.",
                R,
                &[("last week", "DATE", "2025-W20")],
            ),
            ("Sales fell last year.", R, &[("last year", "DATE", "2024")]),
            (
                "He left in '98, back when music of the 1980's and the 90's ruled.",
                R,
                &[
                    ("'98", "DATE", "1998"),
                    ("the 1980's", "DATE", "198"),
                    ("the 90's", "DATE", "199"),
                ],
            ),
            ("July 95", R, &[("July 95", "DATE", "1995-07")]),
            // Both ends of a range.
            (
                "The festival runs from 12 to 14 June; the market from April to October; it \
                 ran from November to February.",
                R,
                &[
                    ("12", "DATE", "2025-06-12"),
                    ("14 June", "DATE", "2025-06-14"),
                    ("April", "DATE", "2025-04"),
                    ("October", "DATE", "2025-10"),
                    ("November", "DATE", "2024-11"),
                    ("February", "DATE", "2025-02"),
                ],
            ),
            (
                "Fans queued for Apple's May event.",
                R,
                &[("May", "DATE", "2025-05")],
            ),
            (
                "Profit rose in FY2025-26 and in Q1 FY26; in the December quarter and the \
                 April-June quarter sales fell.",
                R,
                &[
                    ("FY2025-26", "DATE", "2026"),
                    ("Q1 FY26", "DATE", "2026-Q1"),
                    ("December quarter", "DATE", "2024-Q4"),
                    ("April-June quarter", "DATE", "2025-Q2"),
                ],
            ),
            // A month before an event noun after "the"; "the year" before a clause is the
            // year told just before it, or none.
            (
                "Fans queued for the May election. The May government fell. Since 2013, the \
                 year the court ruled, he misstated the year Dr. Doyle graduated.",
                R,
                &[
                    ("May", "DATE", "2025-05"),
                    ("2013", "DATE", "2013"),
                    ("the year", "DATE", "2013"),
                ],
            ),
            // ... also at a sentence's start, where "The" is no first name.
            (
                "The March accession was delayed. The August bombings killed 224. He led the \
                 March on Washington, and Theresa May spoke.",
                R,
                &[("March", "DATE", "2025-03"), ("August", "DATE", "2024-08")],
            ),
            // "of fiscal 2024" is the quarter's year; "prior-year" is "year-earlier".
            (
                "Sales rose in the third quarter of fiscal 2024. Prior-year sales fell.",
                R,
                &[
                    ("the third quarter of fiscal 2024", "DATE", "2024-Q3"),
                    ("Prior-year", "DATE", "2023-Q3"),
                ],
            ),
            // "the quarter ended ..." with its year: by the calendar when the quarter named
            // before lies in another year.
            (
                "It reported Q4 results. Profit for the quarter ended March 31, 2025 rose.",
                R,
                &[
                    ("Q4", "DATE", "2024-Q4"),
                    ("the quarter", "DATE", "2025-Q1"),
                    ("March 31, 2025", "DATE", "2025-03-31"),
                ],
            ),
            // Compact period codes of financial news; a bare "2H" is no half year.
            (
                "Revenue rose in 1H25 and Q4FY25; 3Q 2024 and H1FY26 guidance. Route 2H \
                 and 4Q stay.",
                R,
                &[
                    ("1H25", "DATE", "2025-H1"),
                    ("Q4FY25", "DATE", "2025-Q4"),
                    ("3Q 2024", "DATE", "2024-Q3"),
                    ("H1FY26", "DATE", "2026-H1"),
                ],
            ),
            (
                "He was elected in 1994, in April of that year, after a May interview.",
                R,
                &[
                    ("1994", "DATE", "1994"),
                    ("April of that year", "DATE", "1994-04"),
                    ("May", "DATE", "2025-05"),
                ],
            ),
            // A capitalised name a few words on is no street address.
            (
                "In 1986, the Supreme Court ruled.",
                R,
                &[("1986", "DATE", "1986")],
            ),
            (
                "They began on June 16th of last year and end by March of next year.",
                R,
                &[
                    ("June 16th of last year", "DATE", "2024-06-16"),
                    ("March of next year", "DATE", "2026-03"),
                ],
            ),
            (
                "He leads before the upcoming Jan. 9, 2005 presidential election.",
                R,
                &[("the upcoming Jan. 9, 2005", "DATE", "2005-01-09")],
            ),
            // The attacks of 2001 by their day; they anchor nothing after them.
            (
                "After 9/11 and the Sept. 11 attacks, the Sept. 11 memorial was held. Earlier \
                 in the day he spoke.",
                Some("2016-10-01"),
                &[
                    ("9/11", "DATE", "2001-09-11"),
                    ("Sept. 11", "DATE", "2001-09-11"),
                    ("Sept. 11", "DATE", "2016-09-11"),
                    ("the day", "DATE", "2016-09-11"),
                ],
            ),
            (
                "The tour starts on May 13 next year; it began in June last year.",
                R,
                &[
                    ("May 13 next year", "DATE", "2026-05-13"),
                    ("June last year", "DATE", "2024-06"),
                ],
            ),
            (
                "He left two years ago.",
                R,
                &[("two years ago", "DATE", "2023")],
            ),
            (
                "He left six weeks ago.",
                R,
                &[("six weeks ago", "DATE", "2025-W15")],
            ),
            (
                "The offer, advertised in today's editions, expires.",
                R,
                &[("today", "DATE", "2025-05-20")],
            ),
            // Seasons in January and February: the winter under way began in December.
            (
                "Wages rose last fall. It happened last spring. Last winter was mild.",
                Some("1998-02-06"),
                &[
                    ("last fall", "DATE", "1997-FA"),
                    ("last spring", "DATE", "1997-SP"),
                    ("Last winter", "DATE", "1996-WI"),
                ],
            ),
            (
                "This winter is cold. Prices fell in the fall. He will go next summer.",
                Some("1998-02-06"),
                &[
                    ("This winter", "DATE", "1997-WI"),
                    ("the fall", "DATE", "1997-FA"),
                    ("next summer", "DATE", "1998-SU"),
                ],
            ),
            (
                "He left last spring and will return next fall.",
                Some("1989-10-26"),
                &[
                    ("last spring", "DATE", "1989-SP"),
                    ("next fall", "DATE", "1990-FA"),
                ],
            ),
            (
                "He left earlier this month.",
                R,
                &[("earlier this month", "DATE", "2025-05")],
            ),
            (
                "They will meet next Tuesday.",
                R,
                &[("next Tuesday", "DATE", "2025-05-27")],
            ),
            (
                "They met last Friday.",
                R,
                &[("last Friday", "DATE", "2025-05-16")],
            ),
            (
                "They met on May 1. The following day they signed.",
                R,
                &[
                    ("May 1", "DATE", "2025-05-01"),
                    ("The following day", "DATE", "2025-05-02"),
                ],
            ),
            (
                "They met on May 1. A week later they signed.",
                R,
                &[
                    ("May 1", "DATE", "2025-05-01"),
                    // TimeML: the length is the TIMEX3, "later" a signal outside it.
                    ("A week", "DURATION", "P1W"),
                ],
            ),
            (
                "The plan is working now.",
                R,
                &[("now", "DATE", "PRESENT_REF")],
            ),
            (
                "He recently resigned.",
                R,
                &[("recently", "DATE", "PAST_REF")],
            ),
            (
                "It will matter in the future.",
                R,
                &[("the future", "DATE", "FUTURE_REF")],
            ),
            (
                "Profit rose this year.",
                R,
                &[("this year", "DATE", "2025")],
            ),
        ],
        false,
    );
}

#[test]
fn tense_cues() {
    check(
        &[
            // Deadlines and spans reaching to a date point ahead when nothing else tells;
            // "should"/"must" point ahead, weaker than a verb of saying.
            // "The year-ago period" compares with the quarter reported, not a forecast one.
            (
                "Bethlehem reported third-quarter earnings of $46.9 million. Analysts expect \
                 the trend to continue into the fourth quarter. Steelmakers will report losses \
                 through the third quarter of 1990. In the year-ago period, Bethlehem earned \
                 $101 million.",
                Some("1989-10-26"),
                &[
                    ("third-quarter", "DATE", "1989-Q3"),
                    ("the fourth quarter", "DATE", "1989-Q4"),
                    ("the third quarter of 1990", "DATE", "1990-Q3"),
                    ("the year-ago period", "DATE", "1988-Q3"),
                ],
            ),
            // "A year earlier" compares with the period under discussion: the quarter, or
            // after "the nine months" the year; "the 1988 period" likewise.
            (
                "Net rose to $87 million in the third quarter from $58 million a year \
                 earlier. In the 1988 period, sales were flat. For the nine months, net was \
                 $254 million, up from $163 million a year earlier. The 1988 period had a \
                 charge.",
                Some("1989-10-26"),
                &[
                    ("the third quarter", "DATE", "1989-Q3"),
                    ("a year earlier", "DATE", "1988-Q3"),
                    ("the 1988 period", "DATE", "1988-Q3"),
                    ("the nine months", "DURATION", "P9M"),
                    ("a year earlier", "DATE", "1988"),
                    ("The 1988 period", "DATE", "1988"),
                ],
            ),
            // A base form after "will"/"to" is no past tense ("hit" is both).
            (
                "The storm will hit on Friday night.",
                R,
                &[("Friday night", "TIME", "2025-05-23TNI")],
            ),
            (
                "The storm is forecast to hit on Friday.",
                R,
                &[("Friday", "DATE", "2025-05-23")],
            ),
            ("The storm hit on Friday.", R, &[("Friday", "DATE", "2025-05-16")]),
            // A range is ahead unless a verb tells it is past; its start takes the day
            // told after its end.
            (
                "A warning is in force from 3pm until 9pm on Wednesday. He worked from 3pm \
                 until 9pm on Wednesday. The festival runs from Friday to Sunday.",
                R,
                &[
                    ("3pm", "TIME", "2025-05-21T15:00"),
                    ("9pm", "TIME", "2025-05-21T21:00"),
                    ("Wednesday", "DATE", "2025-05-21"),
                    ("3pm", "TIME", "2025-05-14T15:00"),
                    ("9pm", "TIME", "2025-05-14T21:00"),
                    ("Wednesday", "DATE", "2025-05-14"),
                    ("Friday", "DATE", "2025-05-23"),
                    ("Sunday", "DATE", "2025-05-25"),
                ],
            ),
            // Present tenses that tell of what is ahead; "its last edition" is no "last";
            // "the Met Office" no "met"; "until at least" is still ahead; a weekday
            // after a clock time and "on" is that time's day.
            (
                "Voters head to the polls on Sunday. The tariffs take effect at 12:01 a.m. on \
                 Wednesday. The paper will print its last edition in March. The heatwave will \
                 last until at least Thursday. The Met Office has issued a warning for snow \
                 from 6pm on Wednesday until 9am on Thursday.",
                R,
                &[
                    ("Sunday", "DATE", "2025-05-25"),
                    ("12:01 a.m.", "TIME", "2025-05-21T00:01"),
                    ("Wednesday", "DATE", "2025-05-21"),
                    ("March", "DATE", "2026-03"),
                    ("Thursday", "DATE", "2025-05-22"),
                    ("6pm", "TIME", "2025-05-21T18:00"),
                    ("Wednesday", "DATE", "2025-05-21"),
                    ("9am", "TIME", "2025-05-22T09:00"),
                    ("Thursday", "DATE", "2025-05-22"),
                ],
            ),
            // A deferral reaches ahead; so does a day told in the present as the subject,
            // a forecast, "by the weekend" told as ahead; "Saturday or Monday" share one
            // tense.
            (
                "The warning was extended to Saturday morning. The Met Office extends its \
                 warning into Sunday. Conditions forecast for Thursday. Thursday is shaping up \
                 to be the worst day. Firefighters have battled a blaze since Saturday; it is \
                 expected to ease by the weekend. Tickets can be used on Saturday or Monday \
                 instead, the operator said.",
                R,
                &[
                    ("Saturday morning", "TIME", "2025-05-24TMO"),
                    ("Sunday", "DATE", "2025-05-25"),
                    ("Thursday", "DATE", "2025-05-22"),
                    ("Thursday", "DATE", "2025-05-22"),
                    ("Saturday", "DATE", "2025-05-17"),
                    ("the weekend", "DATE", "2025-W21-WE"),
                    ("Saturday", "DATE", "2025-05-24"),
                    ("Monday", "DATE", "2025-05-26"),
                ],
            ),
            // A story told in another year: a year-less month told in the past after a day
            // of that year is of that year, and "the following year" counts from it (not
            // after "since", a start).
            (
                "When the first lockdown was announced on 23 March 2020, the mill shut. It \
                 reopened in June, and the order was not renewed the following year. Groups \
                 have raised $1 million since Jan. 1, 2015. In August, they spent more.",
                R,
                &[
                    ("23 March 2020", "DATE", "2020-03-23"),
                    ("June", "DATE", "2020-06"),
                    ("the following year", "DATE", "2021"),
                    ("Jan. 1, 2015", "DATE", "2015-01-01"),
                    ("August", "DATE", "2024-08"),
                ],
            ),
            // A date in brackets says which day; "and one day China would pay" is
            // someday; a fixture list's "Playing Sunday:" is ahead.
            (
                "The ceasefire starts next Friday (Sept. 6). The problem will worsen and one \
                 day China would pay a high price. Markets shut for Labour Day.\n\nPlaying \
                 Sunday: Queens Park Rangers v Bolton.",
                Some("1996-08-29"),
                &[
                    ("next Friday (Sept. 6)", "DATE", "1996-09-06"),
                    ("one day", "DATE", "FUTURE_REF"),
                    ("Sunday", "DATE", "1996-09-01"),
                ],
            ),
            // A bare time told in no past is not of a day years gone told before; told in
            // the past, or a day months gone, it is.
            (
                "The murder took place on 3 March 2025. CCTV footage shows him entering the \
                 shop at 11.40pm. The bridge has been closed from Monday until Wednesday. At \
                 present exchange rates, the deal is worth $5bn.",
                Some("2025-05-23"),
                &[
                    ("3 March 2025", "DATE", "2025-03-03"),
                    ("11.40pm", "TIME", "2025-03-03T23:40"),
                    ("Monday", "DATE", "2025-05-19"),
                    ("Wednesday", "DATE", "2025-05-21"),
                ],
            ),
            (
                "The record was set on 28 June 1976. Avoid the sun between 11am and 3pm. A \
                 fire broke out on 9 November 2023. Firefighters arrived at 2.27am.",
                R,
                &[
                    ("28 June 1976", "DATE", "1976-06-28"),
                    ("11am", "TIME", "2025-05-20T11:00"),
                    ("3pm", "TIME", "2025-05-20T15:00"),
                    ("9 November 2023", "DATE", "2023-11-09"),
                    ("2.27am", "TIME", "2023-11-09T02:27"),
                ],
            ),
            // A deadline is no day a later bare time counts from.
            (
                "Crews cannot reach the lines until at least Friday morning.\n\nThe next \
                 update is due at 7pm.",
                R,
                &[
                    ("Friday morning", "TIME", "2025-05-23TMO"),
                    ("7pm", "TIME", "2025-05-20T19:00"),
                ],
            ),
            // "Met Éireann" is no "met"; "have been cancelled for Friday afternoon" is
            // ahead; "were waiting to be carried out" is past; "followed by" is a
            // sequence, no past.
            (
                "Met Éireann has issued a wind warning from 3pm on Friday until 6am on \
                 Saturday. Sailings have been cancelled for Friday afternoon.",
                R,
                &[
                    ("3pm", "TIME", "2025-05-23T15:00"),
                    ("Friday", "DATE", "2025-05-23"),
                    ("6am", "TIME", "2025-05-24T06:00"),
                    ("Saturday", "DATE", "2025-05-24"),
                    ("Friday afternoon", "TIME", "2025-05-23TAF"),
                ],
            ),
            (
                "7.54 million treatments were waiting to be carried out at the end of \
                 September.",
                Some("2024-11-21"),
                &[("the end of September", "DATE", "2024-09")],
            ),
            (
                "The physics prize was awarded on Monday. The chemistry prize will be \
                 announced on Tuesday, followed by literature on Thursday.",
                Some("2025-10-07"),
                &[
                    ("Monday", "DATE", "2025-10-06"),
                    ("Tuesday", "DATE", "2025-10-07"),
                    ("Thursday", "DATE", "2025-10-09"),
                ],
            ),
            // Where the rules above stop: a past deadline is where a story has got to; a
            // possessive after "by" is no deadline; "last Tuesday's vote" keeps its
            // "last"; a simple past range, a past extension, an early-to-mid decade, a
            // perfect range (this week's), "the previous year", a new clause's month, a
            // forecast that never came, "the forecast for Thursday was", "Monday is when
            // ... took place"; a present range ahead.
            (
                "He was admitted on May 2 and stayed in hospital until May 9. The next day, \
                 he went home. The town was hit by Monday's earthquake. The next day, \
                 rescuers arrived. They met the week before last Tuesday's vote.",
                R,
                &[
                    ("May 2", "DATE", "2025-05-02"),
                    ("May 9", "DATE", "2025-05-09"),
                    ("The next day", "DATE", "2025-05-10"),
                    ("Monday", "DATE", "2025-05-19"),
                    ("The next day", "DATE", "2025-05-20"),
                    ("last Tuesday", "DATE", "2025-05-13"),
                ],
            ),
            (
                "Police closed the road from 6pm on Friday until 6am on Saturday. The \
                 fighting extended into Sunday, officials said. Music from the early to mid \
                 90s was popular. The road has been closed from Monday until Wednesday.",
                R,
                &[
                    ("6pm", "TIME", "2025-05-16T18:00"),
                    ("Friday", "DATE", "2025-05-16"),
                    ("6am", "TIME", "2025-05-17T06:00"),
                    ("Saturday", "DATE", "2025-05-17"),
                    ("Sunday", "DATE", "2025-05-18"),
                    ("mid 90s", "DATE", "199"),
                    ("Monday", "DATE", "2025-05-19"),
                    ("Wednesday", "DATE", "2025-05-21"),
                ],
            ),
            (
                "Sales in 2023 rose from the previous year. The following year, they fell. \
                 Sales fell in January and October will be worse. Heavy rain predicted for \
                 Thursday never came, he said yesterday. The forecast for Thursday was \
                 wrong. Monday is when the attack took place.",
                R,
                &[
                    ("2023", "DATE", "2023"),
                    ("the previous year", "DATE", "2022"),
                    ("The following year", "DATE", "2024"),
                    ("January", "DATE", "2025-01"),
                    ("October", "DATE", "2025-10"),
                    ("Thursday", "DATE", "2025-05-15"),
                    ("yesterday", "DATE", "2025-05-19"),
                    ("Thursday", "DATE", "2025-05-15"),
                    ("Monday", "DATE", "2025-05-19"),
                ],
            ),
            // Where the second review stopped them: a deferral with its object is one
            // ("adjourned the case to Friday"); a rate's or a vote's "4-6" is no score; a
            // half unit with no half value is left to the rules after it; "the upper 70s
            // to mid 80s" are temperatures; "one day would not be enough" is a length; "On
            // April 9 Coalition forces" is a date; a range with no tense told on a
            // Saturday is next week's.
            (
                "The magistrate adjourned the case to Friday. Analysts expect revenue to grow \
                 4-6% in the third quarter. The board voted 7-2 to approve the budget for the \
                 second half. Over the past week and a half, prices rose. Highs will range \
                 from the upper 70s to mid 80s. Organisers said that one day would not be \
                 enough. On April 9 Coalition forces toppled the statue.",
                R,
                &[
                    ("Friday", "DATE", "2025-05-23"),
                    ("the third quarter", "DATE", "2025-Q3"),
                    ("the second half", "DATE", "2025-H2"),
                    ("the past week", "DATE", "2025-W20"),
                    ("one day", "DURATION", "P1D"),
                    ("April 9", "DATE", "2025-04-09"),
                ],
            ),
            (
                "The council has announced road closures from Monday until Wednesday.",
                Some("2025-05-24"),
                &[
                    ("Monday", "DATE", "2025-05-26"),
                    ("Wednesday", "DATE", "2025-05-28"),
                ],
            ),
            (
                "The office has been closed from December 28 until January 3.",
                Some("2025-12-20"),
                &[
                    ("December 28", "DATE", "2025-12-28"),
                    ("January 3", "DATE", "2026-01-03"),
                ],
            ),
            (
                "A yellow warning for rain is in place from 6am on Monday until midnight.",
                Some("2023-07-19"),
                &[
                    ("6am", "TIME", "2023-07-24T06:00"),
                    ("Monday", "DATE", "2023-07-24"),
                    ("midnight", "TIME", "2023-07-24T24:00"),
                ],
            ),
            // "pencilled in for" is a plan.
            (
                "A one-day hearing is pencilled in for the week of 20 April.",
                Some("2025-11-20"),
                &[
                    ("one-day", "DURATION", "P1D"),
                    ("the week of 20 April", "DATE", "2026-W17"),
                ],
            ),
            // "ships" tells of what is ahead ("Two ships collided" does not).
            (
                "The X2 ships in the spring. Two ships collided on Friday.",
                Some("2025-09-10"),
                &[
                    ("the spring", "DATE", "2026-SP"),
                    ("Friday", "DATE", "2025-09-05"),
                ],
            ),
            // "was about to be" is ahead of a past time, not of today.
            (
                "Police said the FBI arrested him at the airport in the early hours of \
                 Thursday morning as he was about to be deported.",
                R,
                &[("Thursday morning", "TIME", "2025-05-15TMO")],
            ),
            (
                "Forecasters expect a weak fourth quarter.",
                R,
                &[("fourth quarter", "DATE", "2025-Q4")],
            ),
            (
                "The vote was postponed until after the summer recess.",
                R,
                &[("the summer", "DATE", "2025-SU")],
            ),
            ("Polls close on 11/3.", R, &[("11/3", "DATE", "2025-11-03")]),
            // A date told in the present is scheduled.
            (
                "The World Cup final is on Sunday.",
                R,
                &[("Sunday", "DATE", "2025-05-25")],
            ),
            (
                "The election is in November.",
                R,
                &[("November", "DATE", "2025-11")],
            ),
            (
                "The Senate votes on Thursday.",
                R,
                &[("Thursday", "DATE", "2025-05-22")],
            ),
            // A bare time told as ahead is not the day of the past event before it.
            (
                "He was born on 1 January 2004. The vote will be at noon.",
                R,
                &[
                    ("1 January 2004", "DATE", "2004-01-01"),
                    ("noon", "TIME", "2025-05-20T12:00"),
                ],
            ),
            // "last Tuesday evening": the direction counts with a part of the day.
            (
                "The rally was held last Tuesday evening.",
                R,
                &[("last Tuesday evening", "TIME", "2025-05-13TEV")],
            ),
            // "this Saturday": the current week's unless the tense says otherwise.
            (
                "The museum reopens this Saturday.",
                R,
                &[("this Saturday", "DATE", "2025-05-24")],
            ),
            ("We met this Monday.", R, &[("this Monday", "DATE", "2025-05-19")]),
            (
                "The campaign runs through November.",
                R,
                &[("November", "DATE", "2025-11")],
            ),
            (
                "Sales this year through March rose 4%.",
                R,
                &[("this year", "DATE", "2025"), ("March", "DATE", "2025-03")],
            ),
            (
                "The loan must be repaid by February.",
                R,
                &[("February", "DATE", "2026-02")],
            ),
            (
                "The deal should close by December.",
                R,
                &[("December", "DATE", "2025-12")],
            ),
            (
                "The reports were filed by Wednesday.",
                R,
                &[("Wednesday", "DATE", "2025-05-14")],
            ),
            (
                "In January, the commissioner ruled that he should go back.",
                R,
                &[("January", "DATE", "2025-01")],
            ),
            (
                "The agency ruled that he must leave, and set Friday as the deadline.",
                R,
                &[("Friday", "DATE", "2025-05-16")],
            ),
            // An irregular past tense ("brought") puts a bare month in the past, although
            // January is only ~80 days ahead of the reference date.
            (
                "In January, the company brought in a new chief executive.",
                Some("2025-10-27"),
                &[("January", "DATE", "2025-01")],
            ),
            (
                "In January, the company sold its stake.",
                Some("2025-10-27"),
                &[("January", "DATE", "2025-01")],
            ),
            // A present-tense event verb points ahead ("the summit ends Friday"), unless
            // negated in the past.
            (
                "The G7 summit ends Friday.",
                R,
                &[("Friday", "DATE", "2025-05-23")],
            ),
            (
                "Israeli and Palestinian leaders meet separately Monday.",
                R,
                &[("Monday", "DATE", "2025-05-26")],
            ),
            // "the weekend" told in the past: the last one begun before the reference day.
            (
                "Over the weekend, rebels advanced.",
                R,
                &[("the weekend", "DATE", "2025-W20-WE")],
            ),
            (
                "Over the weekend, rebels advanced.",
                Some("2025-05-18"),
                &[("the weekend", "DATE", "2025-W20-WE")],
            ),
            (
                "Talks will resume over the weekend.",
                R,
                &[("the weekend", "DATE", "2025-W21-WE")],
            ),
            (
                "The ban takes effect Jan. 1.",
                R,
                &[("Jan. 1", "DATE", "2026-01-01")],
            ),
            (
                "The ban took effect Jan. 1.",
                R,
                &[("Jan. 1", "DATE", "2025-01-01")],
            ),
            (
                "The talks did not start Monday.",
                R,
                &[("Monday", "DATE", "2025-05-19")],
            ),
            // A future cue more than a dozen words away still counts when nothing is nearer.
            (
                "Eileen Collins will be named commander of the Space Shuttle Columbia for a mission in December.",
                Some("2025-03-04"),
                &[("December", "DATE", "2025-12")],
            ),
            // An -ed verb right before the date governs it, over a modal further on.
            (
                "The company announced Monday it would cut 500 jobs.",
                R,
                &[("Monday", "DATE", "2025-05-19")],
            ),
            (
                "The law, passed in June, takes effect Friday.",
                Some("2025-03-05"),
                &[("June", "DATE", "2024-06"), ("Friday", "DATE", "2025-03-07")],
            ),
            // A bare "set" is a past verb; "set for" and "is set to" point ahead.
            (
                "The board had voted to sell and set Friday as the last day of trading.",
                R,
                &[("Friday", "DATE", "2025-05-16")],
            ),
            (
                "The index closed near the record high set on Aug. 6.",
                Some("2025-02-06"),
                &[("Aug. 6", "DATE", "2024-08-06")],
            ),
            (
                "The vote is set for Friday.",
                R,
                &[("Friday", "DATE", "2025-05-23")],
            ),
            // An -ed adjective ("a still unspecified date") is no past-tense verb.
            (
                "The new shares would be issued on a still unspecified date in January.",
                Some("2025-10-27"),
                &[("January", "DATE", "2026-01")],
            ),
            (
                "The bonus would go out on an undisclosed date in January.",
                Some("2025-10-27"),
                &[("January", "DATE", "2026-01")],
            ),
            // A present-tense event word after a possessive is a noun: "Thursday's close".
            (
                "Shares fell 6 from Thursday's close after its first half results.",
                Some("2025-08-29"),
                &[
                    ("Thursday", "DATE", "2025-08-28"),
                    ("first half", "DATE", "2025-H1"),
                ],
            ),
            // A futures month is the next one; a month after "in" follows the tense.
            (
                "December bonds fell. July crude rose. In March gold prices rose.",
                R,
                &[
                    ("December", "DATE", "2025-12"),
                    ("July", "DATE", "2025-07"),
                    ("March", "DATE", "2025-03"),
                ],
            ),
            // A weekday's event ("Monday's debate") is done unless told as ahead; reported
            // speech does not count.
            (
                "Voters expect Clinton to win Monday's debate.",
                Some("2016-09-25"),
                &[("Monday", "DATE", "2016-09-26")],
            ),
            (
                "They said they would look for ways to get around Wednesday's ruling.",
                Some("2000-01-07"),
                &[("Wednesday", "DATE", "2000-01-05")],
            ),
            (
                "Tickets go on sale on Thursday. They did not go on Friday.",
                R,
                &[("Thursday", "DATE", "2025-05-22"), ("Friday", "DATE", "2025-05-16")],
            ),
            // The year a sentence opens with is its year, unless told as ahead; "not until"
            // tells no tense of its own; a range's start takes its end's year.
            (
                "In 2021, the tally was not released until July 6. In 2021 he was elected \
                 and he will leave office on Jan. 20. Polls ran from 19 April to 1 June 2024.",
                R,
                &[
                    ("2021", "DATE", "2021"),
                    ("July 6", "DATE", "2021-07-06"),
                    ("2021", "DATE", "2021"),
                    ("Jan. 20", "DATE", "2026-01-20"),
                    ("19 April", "DATE", "2024-04-19"),
                    ("1 June 2024", "DATE", "2024-06-01"),
                ],
            ),
            // A timeline's entry: the year it opens with holds for its sentence; "that
            // summer" is of the year told; a time before "on Christmas Day 2018" is that day's.
            (
                "2022 — Mediation fails in February.\n\nIn 2003 he spent that summer abroad. \
                 The fire began at 2.14am on Christmas Day 2018. It was adjourned until 3 June \
                 next year. Leaders intended to vote on Thursday.",
                R,
                &[
                    ("2022", "DATE", "2022"),
                    ("February", "DATE", "2022-02"),
                    ("2003", "DATE", "2003"),
                    ("that summer", "DATE", "2003-SU"),
                    ("2.14am", "TIME", "2018-12-25T02:14"),
                    ("Christmas Day 2018", "DATE", "2018-12-25"),
                    ("3 June next year", "DATE", "2026-06-03"),
                    ("Thursday", "DATE", "2025-05-22"),
                ],
            ),
            // "next Easter", "last Christmas", "this Christmas"; "a week from Friday";
            // an event "for Thursday" is ahead; "after being arrested on Sunday" is past.
            (
                "It reopens by next Easter. Last Christmas he left. The panel will meet a week \
                 from Friday. Unions have called a strike for Thursday. He will appear in court \
                 on Wednesday after being arrested on Sunday. Mourners gather on Saturday.",
                R,
                &[
                    ("next Easter", "DATE", "2026-04-05"),
                    ("Last Christmas", "DATE", "2024-12-25"),
                    ("a week from Friday", "DATE", "2025-05-30"),
                    ("Thursday", "DATE", "2025-05-22"),
                    ("Wednesday", "DATE", "2025-05-21"),
                    ("Sunday", "DATE", "2025-05-18"),
                    ("Saturday", "DATE", "2025-05-24"),
                ],
            ),
            // Names: "Actress Tuesday Weld", "the Spring Statement", "the Winter War"; a
            // weekday and a date told with "this year" are one.
            (
                "Actress Tuesday Weld watched the Spring Statement. Hari Raya falls on \
                 Saturday, June 7 this year.",
                R,
                &[("Saturday, June 7 this year", "DATE", "2025-06-07")],
            ),
            // "the second half of May" is May; "Come November" is ahead; "every Christmas"
            // a set; "on a last night" no date; halves of a match no dates.
            (
                "The outlook for the second half of May is dry. Come November, voters decide. \
                 He visits every Christmas. I watch on a last night. The side conceded a \
                 penalty late in the first half.",
                R,
                &[
                    ("the second half of May", "DATE", "2025-05"),
                    ("November", "DATE", "2025-11"),
                    ("every Christmas", "SET", "XXXX-12-25"),
                ],
            ),
            // The end of a range of weekdays comes after its start.
            (
                "He worked from Monday to Friday. The show runs Thursday through Sunday.",
                R,
                &[
                    ("Monday", "DATE", "2025-05-19"),
                    ("Friday", "DATE", "2025-05-23"),
                    ("Thursday", "DATE", "2025-05-22"),
                    ("Sunday", "DATE", "2025-05-25"),
                ],
            ),
            // Narrative anchoring: "the same day", "the night before", "four years
            // earlier" after a year told, "the end of that year" after "the summer of 2023".
            (
                "On Friday he resigned. The same day, she quit. The night before, it had \
                 rained. The team won in 2011. Four years earlier, it lost. In the summer of \
                 2023 prices rose; by the end of that year they fell.",
                R,
                &[
                    ("Friday", "DATE", "2025-05-16"),
                    ("The same day", "DATE", "2025-05-16"),
                    ("The night before", "DATE", "2025-05-15"),
                    ("2011", "DATE", "2011"),
                    ("Four years earlier", "DATE", "2007"),
                    ("the summer of 2023", "DATE", "2023-SU"),
                    ("the end of that year", "DATE", "2023"),
                ],
            ),
            // Tense does not carry a month across the new year: "In February, it
            // announced" on 31 December is the February past.
            (
                "In February, it announced the closure.",
                Some("2025-12-31"),
                &[("February", "DATE", "2025-02")],
            ),
            (
                "The board will meet in December.",
                Some("2025-01-03"),
                &[("December", "DATE", "2025-12")],
            ),
            // "by end-October", "many years from now", "a twelve-year absence" (the
            // article goes with the noun, as with "a two-year absence").
            (
                "Gold hit $395 by end-October. They may qualify many years from now, after a \
                 twelve-year absence.",
                R,
                &[
                    ("end-October", "DATE", "2024-10"),
                    ("many years from now", "DATE", "FUTURE_REF"),
                    ("twelve-year", "DURATION", "P12Y"),
                ],
            ),
            // "a year prior" is "a year earlier"; "prior to" is a signal.
            (
                "Politifact said a year prior that it was true. He left a year prior to the vote.",
                R,
                &[("a year prior", "DATE", "2024"), ("a year", "DURATION", "P1Y")],
            ),
            (
                "The week ahead brings data; in the weeks ahead prices may rise.",
                R,
                &[
                    ("The week ahead", "DURATION", "P1W"),
                    ("the weeks ahead", "DURATION", "PXW"),
                ],
            ),
            // "at the time" at a clause's end is a past reference; before a clause or "of"
            // it is the time of something else.
            (
                "\"No,\" Cruz said at the time. At the time Howes was captured, it rained. At \
                 the time of its founding, it was small.",
                R,
                &[("the time", "DATE", "PAST_REF")],
            ),
            // A day of a month not named: the month told just before, else by tense.
            (
                "Payments were made on the 14th. It is set for the 14th of next month. Schools \
                 close on the 30th of this month. In April the budget passed on the 14th. The \
                 court will rule on the 14th. He was born in the 14th century.",
                R,
                &[
                    ("the 14th", "DATE", "2025-05-14"),
                    ("the 14th of next month", "DATE", "2025-06-14"),
                    ("the 30th of this month", "DATE", "2025-05-30"),
                    ("April", "DATE", "2025-04"),
                    ("the 14th", "DATE", "2025-04-14"),
                    ("the 14th", "DATE", "2025-06-14"),
                    ("the 14th century", "DATE", "13"),
                ],
            ),
            // "can", "may", "might" point ahead as "should" does; "could" does not.
            (
                "Tickets can be used on Wednesday. It may appear on the November ballot. \
                 Neither could be located Wednesday.",
                R,
                &[
                    ("Wednesday", "DATE", "2025-05-21"),
                    ("November", "DATE", "2025-11"),
                    ("Wednesday", "DATE", "2025-05-14"),
                ],
            ),
            (
                "The ban applies from Monday. The series airs on Sunday.",
                R,
                &[("Monday", "DATE", "2025-05-26"), ("Sunday", "DATE", "2025-05-25")],
            ),
            (
                "Markets open at noon ET on Monday after the holiday.",
                R,
                &[
                    ("noon ET", "TIME", "2025-05-26T12:00"),
                    ("Monday", "DATE", "2025-05-26"),
                ],
            ),
            // ... but not a name: "the Nortel Open".
            (
                "His best finish this year was a third-place tie at the Nortel Open in January.",
                Some("1996-08-30"),
                &[("this year", "DATE", "1996"), ("January", "DATE", "1996-01")],
            ),
            // "the next year" after a year told is the one after it; "over the next year"
            // looks ahead from today.
            (
                "The law was passed in 2016 and came into force the next year. Sales will \
                 grow over the next year.",
                R,
                &[
                    ("2016", "DATE", "2016"),
                    ("the next year", "DATE", "2017"),
                    ("the next year", "DATE", "2026"),
                ],
            ),
            // A clock time takes the day told just after it.
            (
                "The earthquake struck at 4:17am on 6 February 2023.",
                R,
                &[
                    ("4:17am", "TIME", "2023-02-06T04:17"),
                    ("6 February 2023", "DATE", "2023-02-06"),
                ],
            ),
            // A cue past "and" belongs to the next clause.
            (
                "He pleaded guilty at the big red court on Friday and will be sentenced.",
                R,
                &[("Friday", "DATE", "2025-05-16")],
            ),
            // News-style present tense tells of what is ahead.
            (
                "England face Moldova on Sunday; the match, to be played in Chisinau on \
                 Sunday, is sold out.",
                Some("1996-08-30"),
                &[
                    ("Sunday", "DATE", "1996-09-01"),
                    ("Sunday", "DATE", "1996-09-01"),
                ],
            ),
            // "as planned" tells no tense; the verb before it does.
            (
                "The launch went ahead as scheduled on Friday.",
                R,
                &[("Friday", "DATE", "2025-05-16")],
            ),
            // With no cue within two dozen words, a farther one decides.
            (
                "In January, a week after the tenth anniversary of the founding of the small village museum on the hill above the old mill by the river in the county, a flood in the valley nearby damaged the archive.",
                Some("2025-10-27"),
                &[("January", "DATE", "2025-01"), ("a week", "DURATION", "P1W")],
            ),
        ],
        false,
    );
}

#[test]
fn halves_parts_of_day_year_end_decades() {
    check(
        &[
            (
                "They lived in camps for 2 1/2 years.",
                R,
                &[("2 1/2 years", "DURATION", "P2Y6M")],
            ),
            (
                "She spent 5 1/2 hours in Nairobi.",
                R,
                &[("5 1/2 hours", "DURATION", "PT5H30M")],
            ),
            (
                "A minute and a half later, a pilot called.",
                R,
                &[("A minute and a half", "DURATION", "PT1M30S")],
            ),
            (
                "The talks lasted one and a half days.",
                R,
                &[("one and a half days", "DURATION", "P1DT12H")],
            ),
            (
                "Three days later, the index fell.",
                R,
                &[("Three days", "DURATION", "P3D")],
            ),
            (
                "A few days later, it announced lower earnings.",
                R,
                &[("A few days", "DURATION", "PXD")],
            ),
            (
                "A year earlier, profit was $5 million.",
                R,
                &[("A year earlier", "DATE", "2024")],
            ),
            (
                "After months of talks, the city rebuilt after the fire of 1666 over the \
                 following decade.",
                R,
                &[
                    ("months", "DURATION", "PXM"),
                    ("1666", "DATE", "1666"),
                    ("the following decade", "DATE", "167"),
                ],
            ),
            // "over" is "more than" after a verb of lasting or before "a"; else "during".
            (
                "The tour will last over a week. Prices rose 5% over three years.",
                R,
                &[
                    ("over a week", "DURATION", "P1W"),
                    ("three years", "DURATION", "P3Y"),
                ],
            ),
            // Bare plurals apart from an event: "Hours after the attack", "just days
            // before" (but not "the days after").
            (
                "Hours after the attack, police came; just days before the vote, he quit.",
                R,
                &[("Hours", "DURATION", "PTXH"), ("days", "DURATION", "PXD")],
            ),
            (
                "He waited half an hour.",
                R,
                &[("half an hour", "DURATION", "PT30M")],
            ),
            // An age is not a duration, halves or not.
            ("The 2 1/2-year-old boy smiled.", R, &[]),
            (
                "Shares were up at mid-afternoon yesterday.",
                R,
                &[("mid-afternoon yesterday", "TIME", "2025-05-19TAF")],
            ),
            (
                "By mid afternoon, officials were saying it was over.",
                R,
                &[("mid afternoon", "TIME", "2025-05-20TAF")],
            ),
            (
                "He will leave at 4 in the morning.",
                R,
                &[("4 in the morning", "TIME", "2025-05-20T04:00")],
            ),
            (
                "They hope to complete the transaction by year-end.",
                R,
                &[("year-end", "DATE", "2025-12-31")],
            ),
            (
                "The index has risen 5% since year-end.",
                R,
                &[("year-end", "DATE", "2024-12-31")],
            ),
            // No tense cue: this year's end; told in the past: the last one.
            (
                "The plan must be done by year's end.",
                R,
                &[("year's end", "DATE", "2025-12-31")],
            ),
            (
                "At year end, the company had 500 workers.",
                R,
                &[("year end", "DATE", "2024-12-31")],
            ),
            (
                "Numbers dropped through the nineties.",
                R,
                &[("the nineties", "DATE", "199")],
            ),
            ("He retired in his sixties.", R, &[]),
            (
                "Now officials are investigating.",
                R,
                &[("Now", "DATE", "PRESENT_REF")],
            ),
            ("Now, he says, it looks bad.", R, &[]),
            (
                "The economy will slow in coming months.",
                R,
                &[("coming months", "DATE", "FUTURE_REF")],
            ),
        ],
        false,
    );
}

#[test]
fn halves_of_decades_and_years_this_coming_or_so() {
    check(
        &[
            (
                "It follows the trend of the last half of the '80s.",
                R,
                &[("the last half of the '80s", "DATE", "198")],
            ),
            (
                "The slump lasts through the first two quarters of 2026.",
                R,
                &[("the first two quarters of 2026", "DATE", "2026-H1")],
            ),
            // "this coming" points ahead whatever the tense; a date after the weekday says
            // which one.
            (
                "Women's Day is this coming Sunday, May 25.",
                R,
                &[("this coming Sunday, May 25", "DATE", "2025-05-25")],
            ),
            (
                "He said it was this coming Friday.",
                R,
                &[("this coming Friday", "DATE", "2025-05-23")],
            ),
            (
                "Then, a week or so ago, he picked a date.",
                R,
                &[("a week or so ago", "DATE", "2025-W20")],
            ),
            (
                "The day before last Tuesday's hearing, he went home.",
                R,
                &[("The day before last Tuesday", "DATE", "2025-05-12")],
            ),
            (
                "It may be resolved at a hearing the week of May 26.",
                R,
                &[("the week of May 26", "DATE", "2025-W22")],
            ),
            (
                "Until Thursday, they had not called him a suspect.",
                R,
                &[("Thursday", "DATE", "2025-05-15")],
            ),
            (
                "He will stay until Thursday.",
                R,
                &[("Thursday", "DATE", "2025-05-22")],
            ),
            (
                "It spurred the current weakness in London.",
                R,
                &[("current", "DATE", "PRESENT_REF")],
            ),
            (
                "Shares rose 50% of the then current market price.",
                R,
                &[("then current", "DATE", "PAST_REF")],
            ),
            ("He swam against the current.", R, &[]),
            ("The current account deficit widened.", R, &[]),
            (
                "Revenue in FY2024 rose, and H1 2025 was strong.",
                R,
                &[("FY2024", "DATE", "2024"), ("H1 2025", "DATE", "2025-H1")],
            ),
            (
                "The deal closes in the second half of the year.",
                R,
                &[("the second half of the year", "DATE", "2025-H2")],
            ),
            (
                "The storm would hit by the end of the week.",
                R,
                &[("the end of the week", "DATE", "2025-W21")],
            ),
            (
                "Troops will be there by the end of the month.",
                R,
                &[("the end of the month", "DATE", "2025-05")],
            ),
            (
                "The program ran from 2019-2021.",
                R,
                &[("2019", "DATE", "2019"), ("2021", "DATE", "2021")],
            ),
            // (a season or fiscal year that runs into the next is told by the year it
            // begins in)
            (
                "The 2019-20 season was cut short.",
                R,
                &[("2019-20", "DATE", "2019")],
            ),
            (
                "Shares fell on overnight losses in New York.",
                R,
                &[("overnight", "TIME", "2025-05-19TNI")],
            ),
            // Told as ahead, the coming night; told twice, the same night.
            (
                "Results are expected overnight. Stocks fell overnight. Rain fell overnight.",
                R,
                &[
                    ("overnight", "TIME", "2025-05-20TNI"),
                    ("overnight", "TIME", "2025-05-19TNI"),
                    ("overnight", "TIME", "2025-05-19TNI"),
                ],
            ),
            // "midnight" told as a time; a day joined to a time or day before takes its
            // tense; "is forecast for" points ahead.
            (
                "The deadline for a deal is midnight on Friday. Snow is forecast for Tuesday \
                 night into Wednesday morning. They met at midnight on Friday. Midnight Oil \
                 played.",
                R,
                &[
                    ("midnight", "TIME", "2025-05-23T24:00"),
                    ("Friday", "DATE", "2025-05-23"),
                    ("Tuesday night", "TIME", "2025-05-20TNI"),
                    ("Wednesday morning", "TIME", "2025-05-21TMO"),
                    ("midnight", "TIME", "2025-05-16T24:00"),
                    ("Friday", "DATE", "2025-05-16"),
                ],
            ),
            (
                "We don't minimize the challenges of the near term.",
                R,
                &[("the near term", "DATE", "FUTURE_REF")],
            ),
            (
                "It will raise the funds at a later date.",
                R,
                &[("a later date", "DATE", "FUTURE_REF")],
            ),
            ("Its long-term debt rose.", R, &[]),
            ("The long term outlook is good.", R, &[]),
            (
                "Sales grew for the first time in years.",
                R,
                &[("years", "DURATION", "PXY")],
            ),
        ],
        false,
    );
}

#[test]
fn times() {
    check(
        &[
            (
                "He tweeted at three o'clock in the morning.",
                R,
                &[("three o'clock in the morning", "TIME", "2025-05-20T03:00")],
            ),
            // Military and South African clocks; "worked 1700 hours" is a length.
            (
                "Cuts start from 17h00; the quake hit at 0414 local time. They worked 1700 \
                 hours. Submit by 1700 hours on Friday.",
                R,
                &[
                    ("17h00", "TIME", "2025-05-20T17:00"),
                    ("0414", "TIME", "2025-05-20T04:14"),
                    ("1700 hours", "DURATION", "PT1700H"),
                    ("1700 hours", "TIME", "2025-05-23T17:00"),
                    ("Friday", "DATE", "2025-05-23"),
                ],
            ),
            (
                "Report at 0900 hours on 6 June.",
                R,
                &[
                    ("0900 hours", "TIME", "2025-06-06T09:00"),
                    ("6 June", "DATE", "2025-06-06"),
                ],
            ),
            (
                "It happened in the early hours of Sunday; police came in the early hours of \
                 Sunday morning.",
                R,
                &[
                    ("the early hours of Sunday", "TIME", "2025-05-18TMO"),
                    ("Sunday morning", "TIME", "2025-05-18TMO"),
                ],
            ),
            // A live blog: a clock "HH:MM" opening its line is the reference day's (not a
            // results table's "2:06"); "2h ago" is a shorthand of "2 hours ago".
            (
                "Live\n\n09:15 — The minister has arrived.\n\n2h ago\nShe spoke.\n\n2:06 Jones \
                 finished. The '80s and 3d ago.",
                R,
                &[
                    ("09:15", "TIME", "2025-05-20T09:15"),
                    ("2h ago", "DATE", "2025-05-20"),
                    ("The '80s", "DATE", "198"),
                    ("3d ago", "DATE", "2025-05-17"),
                ],
            ),
            (
                "It starts at 3 p.m.",
                R,
                &[("3 p.m.", "TIME", "2025-05-20T15:00")],
            ),
            (
                "It starts at noon.",
                R,
                &[("noon", "TIME", "2025-05-20T12:00")],
            ),
            (
                "He spoke Monday morning.",
                R,
                &[("Monday morning", "TIME", "2025-05-19TMO")],
            ),
            (
                "It exploded at 10:35 a.m. Friday.",
                R,
                &[("10:35 a.m. Friday", "TIME", "2025-05-16T10:35")],
            ),
            (
                "He left this morning.",
                R,
                &[("this morning", "TIME", "2025-05-20TMO")],
            ),
            (
                "He left last night.",
                R,
                &[("last night", "TIME", "2025-05-19TNI")],
            ),
            // A bare clock is a time when told as one.
            (
                "We met at 10:30 and again between 9:00 and 10:00.",
                R,
                &[
                    ("10:30", "TIME", "2025-05-20T10:30"),
                    ("9:00", "TIME", "2025-05-20T09:00"),
                    ("10:00", "TIME", "2025-05-20T10:00"),
                ],
            ),
            (
                "Polls close 21:00 local time.",
                R,
                &[("21:00", "TIME", "2025-05-20T21:00")],
            ),
            (
                "The meeting runs from 1:30-2:30.",
                R,
                &[
                    ("1:30", "TIME", "2025-05-20T01:30"),
                    ("2:30", "TIME", "2025-05-20T02:30"),
                ],
            ),
            (
                "Markets open at 3pm AEST and 11:30 IST; officials met on Tues to talk.",
                R,
                &[
                    ("3pm AEST", "TIME", "2025-05-20T15:00"),
                    ("11:30 IST", "TIME", "2025-05-20T11:30"),
                    ("Tues", "DATE", "2025-05-20"),
                ],
            ),
            // ISO 8601 date-times; British dotted clocks with their zone.
            (
                "The file is dated 2025-05-19T22:10:00Z; it was modified at 13.30 GMT.",
                R,
                &[
                    ("2025-05-19T22:10:00Z", "TIME", "2025-05-19T22:10"),
                    ("13.30 GMT", "TIME", "2025-05-19T13:30"),
                ],
            ),
            // 24-hour times with a zone; a time told again in another zone is not told twice.
            (
                "Trading ends at 1400 EDT / 1800 GMT; it blew up at 10:35 a.m. (0735 GMT).",
                R,
                &[
                    ("1400 EDT", "TIME", "2025-05-20T14:00"),
                    ("1800 GMT", "TIME", "2025-05-20T18:00"),
                    ("10:35 a.m.", "TIME", "2025-05-20T10:35"),
                ],
            ),
            // A time alone on its line heads a live blog's entry: today's.
            (
                "Trump spoke on Monday.\n\n3:25 p.m.\n\nHe left.",
                R,
                &[
                    ("Monday", "DATE", "2025-05-19"),
                    ("3:25 p.m.", "TIME", "2025-05-20T15:25"),
                ],
            ),
            // ... but in a results table it is a race time.
            (
                "4. Marco Lietti (Italy) MG-Technogym 1:16 5. Erik Dekker 1:23",
                R,
                &[],
            ),
            // A time right after a day is that day's, whatever the next sentence says.
            (
                "Kay Mann 04/26/2001 07:17 AM Will you send it?",
                R,
                &[
                    ("04/26/2001", "DATE", "2001-04-26"),
                    ("07:17 AM", "TIME", "2001-04-26T07:17"),
                ],
            ),
            (
                "The vote was on May 12, at 3 p.m. It will resume at 5 p.m.",
                R,
                &[
                    ("May 12", "DATE", "2025-05-12"),
                    ("3 p.m.", "TIME", "2025-05-12T15:00"),
                    ("5 p.m.", "TIME", "2025-05-20T17:00"),
                ],
            ),
        ],
        false,
    );
}

#[test]
fn durations_and_sets() {
    check(
        &[
            // "the last fortnight" is a length (two weeks are no calendar unit); "At
            // present" is now, "A generation ago" the past (not "at present prices").
            (
                "They passed eleven bills in the last fortnight. At present, about 11,000 \
                 people wait. A generation ago, that share was lower. Sales at present \
                 prices fell.",
                R,
                &[
                    ("the last fortnight", "DURATION", "P2W"),
                    ("At present", "DATE", "PRESENT_REF"),
                    ("A generation ago", "DATE", "PAST_REF"),
                ],
            ),
            // "the past year and a half" is a length, not last year.
            (
                "Prices rose over the past year and a half. Over the next hour and a half, \
                 it rained.",
                R,
                &[
                    ("the past year and a half", "DURATION", "P1Y6M"),
                    ("the next hour and a half", "DURATION", "PT1H30M"),
                ],
            ),
            (
                "They held a two-hour call.",
                R,
                &[("two-hour", "DURATION", "PT2H")],
            ),
            (
                "He served for 30 years.",
                R,
                &[("30 years", "DURATION", "P30Y")],
            ),
            (
                "It lasted two decades.",
                R,
                &[("two decades", "DURATION", "P20Y")],
            ),
            ("He waited for years.", R, &[("years", "DURATION", "PXY")]),
            (
                "The feud lasted for decades.",
                R,
                &[("decades", "DURATION", "PXDE")],
            ),
            (
                "He left about two years ago.",
                R,
                &[("about two years ago", "DATE", "2023")],
            ),
            (
                "It took two more weeks.",
                R,
                &[("two more weeks", "DURATION", "P2W")],
            ),
            (
                "Sales in the first nine months rose.",
                R,
                &[("the first nine months", "DURATION", "P9M")],
            ),
            (
                "Prices fell in the past three months.",
                R,
                &[("the past three months", "DURATION", "P3M")],
            ),
            (
                "It took nearly forty years.",
                R,
                &[("nearly forty years", "DURATION", "P40Y")],
            ),
            ("They meet every week.", R, &[("every week", "SET", "P1W")]),
            (
                "It is published annually.",
                R,
                &[("annually", "SET", "P1Y")],
            ),
            // "quarterly" as a recurrence, not as a kind of payment; weekends as sets.
            (
                "It reports quarterly. It pays a quarterly dividend. It opens every weekend \
                 and closes on weekends.",
                R,
                &[
                    ("quarterly", "SET", "P3M"),
                    ("every weekend", "SET", "XXXX-WXX-WE"),
                    ("weekends", "SET", "XXXX-WXX-WE"),
                ],
            ),
            (
                "The board meets each Thursday.",
                R,
                &[("each Thursday", "SET", "XXXX-WXX-4")],
            ),
            // TimeML's "twice a week" (freq 2X) is all one set.
            ("He flies twice a year.", R, &[("twice a year", "SET", "P1Y")]),
            (
                "The board meets three times a week.",
                R,
                &[("three times a week", "SET", "P1W")],
            ),
            // "the quarter ended July 31": the calendar quarter holding most of it, unless
            // a fiscal quarter was named before.
            (
                "Sales rose in the quarter ended July 31.",
                Some("2025-10-27"),
                &[
                    ("the quarter", "DATE", "2025-Q2"),
                    ("July 31", "DATE", "2025-07-31"),
                ],
            ),
            (
                "It earned $5 million in the fiscal first quarter. Sales rose in the quarter ended Sept. 29.",
                Some("2025-10-27"),
                &[
                    ("the fiscal first quarter", "DATE", "2025-Q1"),
                    ("the quarter", "DATE", "2025-Q1"),
                    ("Sept. 29", "DATE", "2025-09-29"),
                ],
            ),
            (
                "Eight trading days later, the index had fallen.",
                R,
                &[("Eight trading days", "DURATION", "P8D")],
            ),
            (
                "Refunds take ten business days.",
                R,
                &[("ten business days", "DURATION", "P10D")],
            ),
            ("The firm moved to a calendar year.", R, &[]),
            (
                "Elections are held every four years.",
                R,
                &[("every four years", "SET", "P4Y")],
            ),
            (
                "It rained for four straight days.",
                R,
                &[("four straight days", "DURATION", "P4D")],
            ),
            (
                "He quit on May 2. The day before, he had argued with the board.",
                R,
                &[
                    ("May 2", "DATE", "2025-05-02"),
                    ("The day before", "DATE", "2025-05-01"),
                ],
            ),
            ("The day before the vote, he left.", R, &[]),
            // A clock time, not the year 1845.
            (
                "The blast came at dusk (1845 GMT).",
                R,
                &[("1845 GMT", "TIME", "2025-05-20T18:45")],
            ),
            (
                "The deadline was midnight Friday.",
                R,
                &[("midnight Friday", "TIME", "2025-05-16T24:00")],
            ),
            ("The midnight sun shone.", R, &[]),
            (
                "The ceasefire will last 72 hours.",
                R,
                &[("72 hours", "DURATION", "PT72H")],
            ),
            // A length told in parts is one length.
            (
                "Ludwig won in 4 hours 48 mins 2 seconds after a two hour 51 minute struggle; \
                 it took two hours and 15 minutes.",
                R,
                &[
                    ("4 hours 48 mins 2 seconds", "DURATION", "PT4H48M2S"),
                    ("two hour 51 minute", "DURATION", "PT2H51M"),
                    ("two hours and 15 minutes", "DURATION", "PT2H15M"),
                ],
            ),
            (
                "It lasted 5 minutes 2 hours.",
                R,
                &[("5 minutes", "DURATION", "PT5M"), ("2 hours", "DURATION", "PT2H")],
            ),
            (
                "After a quarter of a century and a half-century of rule, 5% per annum.",
                R,
                &[
                    ("a quarter of a century", "DURATION", "P25Y"),
                    ("a half-century", "DURATION", "P50Y"),
                    ("per annum", "SET", "P1Y"),
                ],
            ),
            (
                "Prices rose in the last three months.",
                R,
                &[("the last three months", "DURATION", "P3M")],
            ),
        ],
        false,
    );
}

#[test]
fn refusals() {
    check(
        &[
            // Names after a date or a length; a half in a sentence with a score.
            (
                "The March 8 Alliance opposes it. It gave rise to the Thirty Years' War. \
                 Israel won the Six-Day War. Fans were upset at their team's 2-0 first-half \
                 deficit.",
                R,
                &[],
            ),
            // A rate's quarter is no time.
            (
                "The bank cut rates by a quarter point. On a quarter-on-quarter basis, \
                 growth slowed.",
                R,
                &[],
            ),
            ("Talks may resume.", R, &[]),
            (
                "It was trailed in several Sunday papers and the Saturday Magazine.",
                R,
                &[],
            ),
            ("Theresa May said no.", R, &[]),
            ("March on, they said.", R, &[]),
            ("The protesters march to the palace.", R, &[]),
            ("Version 2.0.1 shipped.", R, &[]),
            ("The Lakers won 102-98.", R, &[]),
            ("It cost $2025.", R, &[]),
            ("The court upheld it in the 5/4 vote.", R, &[]),
            ("Call 555-1234 now-ish.", R, &[]),
            ("He sold 1,998 shares.", R, &[]),
            ("A fall in prices hurt.", R, &[]),
            ("The stock pays $1.76 a year.", R, &[]),
            ("Mr. Smith, 52 years old, retired.", R, &[]),
            ("They are in their 30s.", R, &[]),
            ("About three-quarters of voters agreed.", R, &[]),
            ("He watched 60 Minutes.", R, &[]),
            ("Flight 1998 departed late.", R, &[]),
            ("Room 2020 is on the second floor.", R, &[]),
            ("He lives at 1600 Pennsylvania Avenue.", R, &[]),
            ("It is a lesson for today's youth.", R, &[]),
            ("Many of today's personal computers use it.", R, &[]),
            // Newspapers: "China Daily", "the daily Le Monde", "the news weekly Der Spiegel".
            (
                "The daily Le Monde said so, China Daily reported it, the news weekly Der \
                 Spiegel agreed and the daily said more.",
                R,
                &[],
            ),
            ("A race for two-year-olds.", R, &[]),
            // Titles and names.
            (
                "He appeared on Larry King Now, joined Americans for Peace Now and the Future \
                 Party, told Fox News Sunday and CBS This Morning; The Sunday Herald and the \
                 Mail on Sunday reported it.",
                R,
                &[],
            ),
            ("He and his wife Jan sold Christmas trees.", R, &[]),
            // Rates and ages.
            (
                "Unemployment is in the low-50s for anyone over 18 years of age in his late \
                 20's; cars at 200 miles per hour; 460,000 barrels per day.",
                R,
                &[],
            ),
            (
                "Prices rose over the past several sessions on a day-to-day basis.",
                R,
                &[],
            ),
            ("'27 companies reported losses.", R, &[]),
            ("Orwell wrote Nineteen Eighty-Four on Jura.", R, &[]),
            // A match's halves are no year's; a company's are.
            (
                "Ouedec scored early in the second half after a sterile first half.",
                R,
                &[],
            ),
            (
                "He expects a stronger second half.",
                R,
                &[("second half", "DATE", "2025-H2")],
            ),
            // "Second" after a day range is an ordinal.
            (
                "June 19-23 Second test (at Lord's)",
                R,
                &[("June 19", "DATE", "2025-06-19")],
            ),
            // Phone numbers end in what looks like a year.
            ("Call the desk on 212-859-1761 or (212) 555-1999.", R, &[]),
            // Titles: "USA Today", "Russia Today" (but not a headline's capitals).
            (
                "A reporter for USA Today saw her; a USA TODAY analysis agreed.",
                R,
                &[],
            ),
            ("RT is the US version of Russia Today, the network.", R, &[]),
            (
                "Stocks Rally Today As Fed Cuts",
                R,
                &[("Today", "DATE", "2025-05-20")],
            ),
            ("CALL TODAY AND BOOK", R, &[("TODAY", "DATE", "2025-05-20")]),
        ],
        false,
    );
}

#[test]
fn numeric_order() {
    check(
        &[(
            "It was signed on 5/6/2025.",
            R,
            &[("5/6/2025", "DATE", "2025-05-06")],
        )],
        false,
    );
    check(
        &[(
            "It was signed on 5/6/2025.",
            R,
            &[("5/6/2025", "DATE", "2025-06-05")],
        )],
        true,
    );
    check(
        &[
            (
                "It was signed on 25/6/2025.",
                R,
                &[("25/6/2025", "DATE", "2025-06-25")],
            ),
            // Dashes and dots as separators follow the same policy.
            (
                "The form was filed on 20-05-2025.",
                R,
                &[("20-05-2025", "DATE", "2025-05-20")],
            ),
            (
                "The notice is dated 20.05.2025.",
                R,
                &[("20.05.2025", "DATE", "2025-05-20")],
            ),
            (
                "The order of 05-06-2025 arrived.",
                R,
                &[("05-06-2025", "DATE", "2025-05-06")],
            ),
            // A dotted clock needs am/pm.
            (
                "The quake struck at 10.30 am.",
                R,
                &[("10.30 am", "TIME", "2025-05-20T10:30")],
            ),
            ("Shares rose 3.25 points.", R, &[]),
            ("It was 14.30 pm.", R, &[]),
        ],
        false,
    );
    check(
        &[(
            "The order of 05-06-2025 arrived.",
            R,
            &[("05-06-2025", "DATE", "2025-06-05")],
        )],
        true,
    );
    // An article that writes its dates day first ("16/08/2025") is read day first
    // throughout; one that also writes "08/16/2025" keeps the US order.
    check(
        &[
            (
                "Parliament met on 16/08/2025. The session will end on 04/09/2025.",
                R,
                &[
                    ("16/08/2025", "DATE", "2025-08-16"),
                    ("04/09/2025", "DATE", "2025-09-04"),
                ],
            ),
            (
                "It met on 16/08/2025 and on 08/16/2025; it ends on 04/09/2025.",
                R,
                &[
                    ("16/08/2025", "DATE", "2025-08-16"),
                    ("08/16/2025", "DATE", "2025-08-16"),
                    ("04/09/2025", "DATE", "2025-04-09"),
                ],
            ),
            (
                "Version 13.2.1 shipped on 04/09/2025.",
                R,
                &[("04/09/2025", "DATE", "2025-04-09")],
            ),
            // Records, addresses and clocks are no day-first dates.
            (
                "The Bruins (31-9-11) host Toronto. The server at 13.5.20.1 went down at \
                 14.05.00. The deadline is 3/7/2025.",
                R,
                &[("3/7/2025", "DATE", "2025-03-07")],
            ),
        ],
        false,
    );
}

#[test]
fn seed_article() {
    let text = include_str!("../../tests/data/seed-article.txt");
    let got = run(text, Some("2025-05-20"), false);
    let has = |w: &str, t: &str, v: &str| got.iter().any(|(a, b, c)| a == w && b == t && c == v);
    assert!(has("May 19", "DATE", "2025-05-19"), "{got:?}");
    assert!(has("January 20", "DATE", "2025-01-20"), "{got:?}");
    assert!(has("March 18", "DATE", "2025-03-18"), "{got:?}");
    assert!(has("Saturday", "DATE", "2025-05-17"), "{got:?}");
    assert!(has("two-hour", "DURATION", "PT2H"), "{got:?}");
    assert!(has("two hours", "DURATION", "PT2H"), "{got:?}");
    let doc = Document::new(text, &Options::default());
    for t in extract(&doc, &Options::default()) {
        assert!(!doc.is_skipped(t.span.start));
    }
}

#[test]
fn nesting_stays_shallow() {
    // Patterns that call each other must not recurse with the input.
    for unit in [
        "the end of the early ",
        "past ",
        "early ",
        "the beginning of ",
    ] {
        let text = unit.repeat(5000);
        let _ = run(&text, R, false);
    }
}

#[test]
fn spans_are_ordered_disjoint_and_valid_on_word_soup() {
    let words = [
        "the",
        "end",
        "of",
        "early",
        "past",
        "last",
        "two",
        "years",
        "ago",
        "May",
        "19",
        "Friday",
        "morning",
        "now",
        "next",
        "week",
        "1998",
        "a",
        "few",
        "days",
        "later",
        "earlier",
        ",",
        ".",
        "3",
        "p.m.",
        "noon",
        "third-quarter",
        "quarter",
        "fiscal",
        "1990s",
        "'s",
        "that",
        "day",
        "every",
        "mid-May",
        "5/4",
        "2025-05-19",
        "10:35",
        "twenty",
        "four",
        "hours",
        "this",
        "year",
        "year-earlier",
        "around",
        "about",
        "more",
        "than",
        "Q3",
        "summer",
        "tonight",
        "following",
        "previous",
        "Monday",
        "until",
        "will",
        "said",
        "(",
        ")",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..300 {
        let n = 5 + (next() % 40) as usize;
        let text: Vec<&str> = (0..n)
            .map(|_| words[(next() % words.len() as u64) as usize])
            .collect();
        let text = text.join(" ");
        for reference in [None, R] {
            let mut o = Options::default();
            if let Some(r) = reference {
                o = o.with_reference_date_str(r).unwrap();
            }
            let doc = Document::new(&text, &o);
            assert_prefilter_sound(&doc, false);
            let mut last_end = 0;
            for t in extract(&doc, &o) {
                assert!(
                    t.span.start < t.span.end && t.span.end <= doc.text().len(),
                    "{text:?}"
                );
                assert!(t.span.start >= last_end, "overlap in {text:?}");
                assert!(!t.value.is_empty(), "{text:?}");
                last_end = t.span.end;
            }
        }
    }
}

#[test]
fn holidays() {
    check(
        &[
            // Two weeks (weekends, months, years) back or ahead; the 1800s are a century;
            // "on a Friday" is none in particular, "during a Friday visit" that Friday.
            (
                "It happened the weekend before last. We meet the week after next. Built in \
                 the late 1800s, it falls on a Friday this year. He met her during a Friday \
                 visit.",
                R,
                &[
                    ("the weekend before last", "DATE", "2025-W19-WE"),
                    ("the week after next", "DATE", "2025-W23"),
                    ("the late 1800s", "DATE", "18"),
                    ("this year", "DATE", "2025"),
                    ("Friday", "DATE", "2025-05-16"),
                ],
            ),
            // Parts of days counted from the day told; a match's half and a temperature's
            // decade are none; a clock told as a kick-off is one, and its day is the one
            // just told.
            (
                "The fire started on 9 November 2024. He was arrested the following \
                 afternoon and charged the following Wednesday night. Every Friday afternoon \
                 he played golf. Temperatures will climb into the low to mid 40s. He scored \
                 five minutes into the second half. The final is on Saturday 24 May (12:30 \
                 kick-off). The whistle sounded on a wet Friday in February.",
                R,
                &[
                    ("9 November 2024", "DATE", "2024-11-09"),
                    ("the following afternoon", "TIME", "2024-11-10TAF"),
                    ("the following Wednesday night", "TIME", "2024-11-13TNI"),
                    ("Every Friday afternoon", "SET", "XXXX-WXX-5TAF"),
                    ("five minutes", "DURATION", "PT5M"),
                    ("Saturday 24 May", "DATE", "2025-05-24"),
                    ("12:30", "TIME", "2025-05-24T12:30"),
                    ("February", "DATE", "2025-02"),
                ],
            ),
            // A day told with its weekday and no year is in the year (next to the
            // tense's) where it falls on that weekday; not against the tense.
            (
                "The season ends on Sunday 24 May. It began on Saturday 9 August. The club \
                 folded on Sunday 24 May. The final is the previous Saturday, 16 May.",
                Some("2025-07-24"),
                &[
                    ("Sunday 24 May", "DATE", "2026-05-24"),
                    ("Saturday 9 August", "DATE", "2025-08-09"),
                    ("Sunday 24 May", "DATE", "2025-05-24"),
                    ("the previous Saturday, 16 May", "DATE", "2026-05-16"),
                ],
            ),
            // Days and weeks counted in a month: a week is the one holding the month's
            // nth Thursday (ISO's rule), a weekend that of its nth Saturday.
            (
                "The board meets on the third Friday of March. Clocks go back on the last \
                 Sunday in October 2026. She was born on the second Tuesday of May 1990. \
                 Talks are due in the first week of June; the last weekend of April was \
                 quiet. It happened in the first week of the trial.",
                R,
                &[
                    ("the third Friday of March", "DATE", "2026-03-20"),
                    ("the last Sunday in October 2026", "DATE", "2026-10-25"),
                    ("the second Tuesday of May 1990", "DATE", "1990-05-08"),
                    ("the first week of June", "DATE", "2025-W23"),
                    ("the last weekend of April", "DATE", "2025-W17-WE"),
                ],
            ),
            // Named days: "Black Friday" is no Friday but a day of its own.
            (
                "Black Friday sales rose; shops shut on Good Friday, Boxing Day and May Day.",
                R,
                &[
                    ("Black Friday", "DATE", "2024-11-29"),
                    ("Good Friday", "DATE", "2025-04-18"),
                    ("Boxing Day", "DATE", "2024-12-26"),
                    ("May Day", "DATE", "2025-05-01"),
                ],
            ),
            // National days with their "Day"; the country alone is none.
            (
                "Fremantle beat Carlton on Anzac Day and St. Patrick's Day. Canada Day and \
                 Bastille Day will follow. Air Canada flew to Australia.",
                R,
                &[
                    ("Anzac Day", "DATE", "2025-04-25"),
                    ("St. Patrick's Day", "DATE", "2025-03-17"),
                    ("Canada Day", "DATE", "2025-07-01"),
                    ("Bastille Day", "DATE", "2025-07-14"),
                ],
            ),
            // "the end of the decade", "the rest of the week": the current one.
            (
                "The treaty expires at the end of the decade; schools shut for the rest of \
                 the week.",
                R,
                &[
                    ("the end of the decade", "DATE", "202"),
                    ("the rest of the week", "DATE", "2025-W21"),
                ],
            ),
            // Any election's day is no holiday; "Election Day" is.
            (
                "Election day in Bosnia is September 14.",
                R,
                &[("September 14", "DATE", "2025-09-14")],
            ),
            (
                "The boy was found on Thanksgiving Day.",
                Some("2025-12-10"),
                &[("Thanksgiving Day", "DATE", "2025-11-27")],
            ),
            (
                "The shop closed on Christmas.",
                Some("2026-01-10"),
                &[("Christmas", "DATE", "2025-12-25")],
            ),
            // US Election Day: the Tuesday after the first Monday in November.
            (
                "Voters will go to the polls on Election Day.",
                Some("2026-09-01"),
                &[("Election Day", "DATE", "2026-11-03")],
            ),
            (
                "The campaign ran ads until Election Day.",
                Some("2024-12-01"),
                &[("Election Day", "DATE", "2024-11-05")],
            ),
            ("The election was close.", R, &[]),
            (
                "Stores close on Labor Day and opened on Memorial Day.",
                Some("2025-08-20"),
                &[
                    ("Labor Day", "DATE", "2025-09-01"),
                    ("Memorial Day", "DATE", "2025-05-26"),
                ],
            ),
            (
                "They married on Valentine's Day and divorced on New Year's Eve.",
                Some("2026-05-10"),
                &[
                    ("Valentine's Day", "DATE", "2026-02-14"),
                    ("New Year's Eve", "DATE", "2025-12-31"),
                ],
            ),
            (
                "He spoke at the memorial with veterans after the labor dispute.",
                R,
                &[],
            ),
            // Easter moves (computus); its week is the ISO week that ends with it.
            (
                "Pilgrims gathered as Easter week began.",
                Some("2025-04-14"),
                &[("Easter week", "DATE", "2025-W16")],
            ),
            (
                "The museum reopens on Easter Monday.",
                Some("2025-03-30"),
                &[("Easter Monday", "DATE", "2025-04-21")],
            ),
            (
                "They marched on Easter Sunday.",
                Some("2024-05-02"),
                &[("Easter Sunday", "DATE", "2024-03-31")],
            ),
            ("She flew to Easter Island and hid Easter eggs.", R, &[]),
            (
                "We meet at Easter.",
                None,
                &[("Easter", "DATE", "XXXX-XX-XX")],
            ),
            (
                "Nothing was left of the campaign by Christmas week.",
                Some("2026-01-10"),
                &[("Christmas week", "DATE", "2025-W52")],
            ),
        ],
        false,
    );
}

#[test]
fn same_day_and_the_future() {
    check(
        &[
            (
                "The mayor resigned on May 2. The council met that same day.",
                R,
                &[
                    ("May 2", "DATE", "2025-05-02"),
                    ("that same day", "DATE", "2025-05-02"),
                ],
            ),
            (
                "They will talk again in the future.",
                R,
                &[("the future", "DATE", "FUTURE_REF")],
            ),
            ("They argued about the future of the alliance.", R, &[]),
            // Parts of a day told before: "the previous evening", "that night" (TIMEs, as
            // TimeBank's "the morning").
            (
                "He was arrested on May 2. He had called the previous evening. Later that \
                 night, police came. That morning session was long.",
                R,
                &[
                    ("May 2", "DATE", "2025-05-02"),
                    ("the previous evening", "TIME", "2025-05-01TEV"),
                    ("that night", "TIME", "2025-05-01TNI"),
                ],
            ),
            // A day ahead, told before, anchors only what is told as ahead too.
            (
                "The Fed meets on September 24. Earlier in the day, Greenspan spoke.",
                Some("2025-08-29"),
                &[
                    ("September 24", "DATE", "2025-09-24"),
                    ("the day", "DATE", "2025-08-29"),
                ],
            ),
            (
                "Monitors will meet on Sunday. They will meet at 11 a.m. in Naqoura.",
                Some("2025-08-30"),
                &[
                    ("Sunday", "DATE", "2025-08-31"),
                    ("11 a.m.", "TIME", "2025-08-31T11:00"),
                ],
            ),
            // A day told long before no longer anchors a bare clock time.
            (
                "The riot was on Jan. 6, 2021. One. Two. Three. Four. Five. Six. Stocks \
                 closed at 3:30 p.m.",
                R,
                &[
                    ("Jan. 6, 2021", "DATE", "2021-01-06"),
                    ("3:30 p.m.", "TIME", "2025-05-20T15:30"),
                ],
            ),
            (
                "The riot was on Jan. 6, 2021. Police arrived at 3:30 p.m.",
                R,
                &[
                    ("Jan. 6, 2021", "DATE", "2021-01-06"),
                    ("3:30 p.m.", "TIME", "2021-01-06T15:30"),
                ],
            ),
            // "later in the day": the day told of (TimeBank annotates "the day").
            (
                "She will land in Rome on Thursday and fly on to Paris later in the day.",
                R,
                &[
                    ("Thursday", "DATE", "2025-05-22"),
                    ("the day", "DATE", "2025-05-22"),
                ],
            ),
            ("In the day, the square is quiet.", R, &[]),
            // "one day" after a modal, and "someday": the future, not a length.
            (
                "Experts say the city will one day be the capital.",
                R,
                &[("one day", "DATE", "FUTURE_REF")],
            ),
            (
                "He hopes to return someday.",
                R,
                &[("someday", "DATE", "FUTURE_REF")],
            ),
            (
                "The strike lasted one day.",
                R,
                &[("one day", "DURATION", "P1D")],
            ),
            // The second day of "April 24 and 25" takes the month of the first.
            (
                "The summit will be held on June 24 and 25.",
                R,
                &[
                    ("June 24", "DATE", "2025-06-24"),
                    ("25", "DATE", "2025-06-25"),
                ],
            ),
            (
                "The fair will run Sept. 5-7 in the park.",
                R,
                &[
                    ("Sept. 5", "DATE", "2025-09-05"),
                    ("7", "DATE", "2025-09-07"),
                ],
            ),
            (
                "On June 24 and 25 people were hurt.",
                R,
                &[("June 24", "DATE", "2025-06-24")],
            ),
            (
                "It fell on June 24 and 3 days later.",
                R,
                &[
                    ("June 24", "DATE", "2025-06-24"),
                    ("3 days", "DURATION", "P3D"),
                ],
            ),
        ],
        false,
    );
}

#[test]
fn clauses_headlines_and_plans() {
    check(
        &[
            // A headline's "to" and a verb is ahead; a sentence with its stop is no headline.
            (
                "Fed's Powell to speak Monday on economic outlook",
                Some("2024-10-04"),
                &[("Monday", "DATE", "2024-10-07")],
            ),
            // A participle opening the sentence is a past; a modal in the question asked
            // is reported.
            (
                "Asked on Monday whether Mr. Clinton would hold a cabinet position, she \
                 said no.",
                Some("2016-05-18"),
                &[("Monday", "DATE", "2016-05-16")],
            ),
            // "to predict" asserts nothing: "failed" tells.
            (
                "The polls failed to predict Ted Cruz's Iowa win on Tuesday night.",
                Some("2016-02-03"),
                &[("Tuesday night", "TIME", "2016-02-02TNI")],
            ),
            (
                "Kasich is hoping to win delegates in Michigan this Tuesday.",
                Some("2016-03-04"),
                &[("this Tuesday", "DATE", "2016-03-08")],
            ),
            // A modal in a clause the date's verb governs, or in the main clause after the
            // relative clause holding the date, does not tell the date's tense.
            (
                "The minister defended the timing, telling MPs on Monday that the new \
                 commissioners would make forces more accountable.",
                Some("2012-11-07"),
                &[("Monday", "DATE", "2012-11-05")],
            ),
            (
                "The storm, which dumped 4 to 8 inches of snow across North Texas on \
                 Sunday, was expected to be followed by another system.",
                Some("2021-02-16"),
                &[("Sunday", "DATE", "2021-02-14")],
            ),
            // A plan told as the past's; a present passive is scheduled.
            (
                "The elections were originally due to take place in May, but were delayed.",
                Some("2012-11-07"),
                &[("May", "DATE", "2012-05")],
            ),
            (
                "The rankings are published on Monday.",
                Some("2016-08-14"),
                &[("Monday", "DATE", "2016-08-15")],
            ),
            // A visit under way began on or before today and ends on or after it.
            (
                "The president is on a visit to China from Monday to Thursday.",
                Some("2024-12-03"),
                &[
                    ("Monday", "DATE", "2024-12-02"),
                    ("Thursday", "DATE", "2024-12-05"),
                ],
            ),
            // An election named by its month is ahead unless a verb tells otherwise; a
            // closing "..., the poll found" frames the clause before it.
            (
                "Ads run before the November election. Obama won the November election. \
                 Clinton leads ahead of November's general election, the poll found.",
                Some("2016-02-20"),
                &[
                    ("November", "DATE", "2016-11"),
                    ("November", "DATE", "2015-11"),
                    ("November", "DATE", "2016-11"),
                ],
            ),
            // A month in a sentence telling what happens every year is any year's, unless
            // the sentence names a year.
            (
                "Fujian is hit by typhoons every year between July and October. \
                 Temperatures in May routinely fall. In 2008 the rains usually came in May.",
                Some("2009-08-10"),
                &[
                    ("every year", "SET", "P1Y"),
                    ("July", "DATE", "XXXX-07"),
                    ("October", "DATE", "XXXX-10"),
                    ("May", "DATE", "XXXX-05"),
                    ("2008", "DATE", "2008"),
                    ("May", "DATE", "2008-05"),
                ],
            ),
            // Decades and centuries later or earlier count from the year told.
            (
                "The company went public in 1999. A decade later, it was acquired. Two \
                 decades earlier, it was founded.",
                Some("2024-05-22"),
                &[
                    ("1999", "DATE", "1999"),
                    ("A decade later", "DATE", "2009"),
                    ("Two decades earlier", "DATE", "1979"),
                ],
            ),
        ],
        false,
    );
}

#[test]
fn shows_shares_movable_holidays_and_extents() {
    check(
        &[
            // Shows, shares and readings are no dates.
            (
                "He watched Saturday Night Live. ESPN airs Monday Night Football. Clinton \
                 remains in the 30s in polls. Her approval dipped into the mid-20s. The \
                 quarter of Democratic caucus voters backed him.",
                R,
                &[],
            ),
            // Holidays on the nth weekday of their month; a holiday told ahead a few
            // months after this year's is next year's.
            (
                "Banks will be closed on Martin Luther King Jr. Day. Offices closed on \
                 Presidents' Day. Voters went to the polls on Super Tuesday. MLK Day was cold.",
                R,
                &[
                    ("Martin Luther King Jr. Day", "DATE", "2026-01-19"),
                    ("Presidents' Day", "DATE", "2025-02-17"),
                    ("Super Tuesday", "DATE", "2025-03-04"),
                    ("MLK Day", "DATE", "2025-01-20"),
                ],
            ),
            // "month-long" without its article; "the mid-1990s" with it.
            (
                "A month-long strike ended. Prices rose in the mid-1990s.",
                R,
                &[
                    ("month-long", "DURATION", "P1M"),
                    ("the mid-1990s", "DATE", "199"),
                ],
            ),
            // Both ends of a range of clock times are on the day told after it.
            (
                "Polling stations will be open from 07:00 to 22:00 on 15 November.",
                R,
                &[
                    ("07:00", "TIME", "2025-11-15T07:00"),
                    ("22:00", "TIME", "2025-11-15T22:00"),
                    ("15 November", "DATE", "2025-11-15"),
                ],
            ),
        ],
        false,
    );
}

/// Sentences a review of the rules above found them misreading once; each stays right.
#[test]
fn review_of_clause_and_headline_rules() {
    let w = Some("2016-06-08"); // a Wednesday
    check(
        &[
            // "to" after a verb in a headline or a one-line text is a preposition or an
            // infinitive of purpose, not headline future.
            (
                "Man sentenced to life for Monday killing\n\nThe man was sentenced.",
                w,
                &[("Monday", "DATE", "2016-06-06")],
            ),
            (
                "Shares rise to record high on Monday\n\nShares rose.",
                w,
                &[("Monday", "DATE", "2016-06-06")],
            ),
            (
                "The mayor went to visit flood victims on Monday",
                w,
                &[("Monday", "DATE", "2016-06-06")],
            ),
            // What was asked, ordered or called for is often done by the time it is told.
            (
                "Police were called to the scene on Monday. He was ordered to pay $5,000 in \
                 damages on Tuesday.",
                w,
                &[
                    ("Monday", "DATE", "2016-06-06"),
                    ("Tuesday", "DATE", "2016-06-07"),
                ],
            ),
            (
                "Schools remained closed through Friday.",
                Some("2016-06-11"),
                &[("Friday", "DATE", "2016-06-10")],
            ),
            (
                "Democrats hold a narrow lead after Tuesday's vote.",
                Some("2016-06-09"),
                &[("Tuesday", "DATE", "2016-06-07")],
            ),
            // A headline's present is a past.
            (
                "Senate clears spending bill on Friday\n\nThe Senate voted.",
                Some("2016-06-11"),
                &[("Friday", "DATE", "2016-06-10")],
            ),
            // Only an election named by its month is ahead.
            (
                "Damage from the February floods in Cumbria, in pictures",
                Some("2016-06-10"),
                &[("February", "DATE", "2016-02")],
            ),
            // A share told in another clause, or a decade written with its apostrophe, leaves
            // the decade.
            (
                "Unemployment reached 25 percent in the '30s. In the 30s, unemployment peaked \
                 at 25 percent.",
                w,
                &[("the '30s", "DATE", "193"), ("the 30s", "DATE", "193")],
            ),
            // A holiday six weeks ahead told in the past is this year's.
            (
                "Retailers hired extra staff for Christmas.",
                Some("2016-11-15"),
                &[("Christmas", "DATE", "2016-12-25")],
            ),
            (
                "Forecasters continue to expect rain on Friday. She was hoping to finish the \
                 race on Sunday but withdrew.",
                w,
                &[
                    ("Friday", "DATE", "2016-06-10"),
                    ("Sunday", "DATE", "2016-06-05"),
                ],
            ),
            // A clock time takes the day told after it only across a range.
            (
                "Shares closed at 16:00, above a peak on 12 March.",
                Some("2016-03-10"),
                &[
                    ("16:00", "TIME", "2016-03-10T16:00"),
                    ("12 March", "DATE", "2016-03-12"),
                ],
            ),
            ("Voters head to the polls on Mini Super Tuesday.", w, &[]),
            // A bare verb after "let" is told by "let"; "let's" is ahead.
            (
                "Mr. Bush let the ground offensive begin as previously planned Saturday \
                 night. \"Let's meet on Friday,\" he said.",
                Some("1991-02-25"),
                &[
                    ("Saturday night", "TIME", "1991-02-23TNI"),
                    ("Friday", "DATE", "1991-03-01"),
                ],
            ),
            // From 45 Reuters stories of 1996 judged one by one.
            (
                "England face Moldova on Sunday. The tirade was sparked by Israel's \
                 announcement on Tuesday of plans to expand settlements.",
                Some("1996-08-30"),
                &[
                    ("Sunday", "DATE", "1996-09-01"),
                    ("Tuesday", "DATE", "1996-08-27"),
                ],
            ),
            (
                "He will send it back by ordinary mail on Thursday. It was sent months ago. \
                 Some 1,100 people were killed in weeks of violence. Tendulkar completed his \
                 ninth century in one-day cricket. In recent weeks, the daily newspaper \
                 Iltalehti said so.",
                Some("1996-08-22"),
                &[
                    ("Thursday", "DATE", "1996-08-22"),
                    ("months ago", "DATE", "PAST_REF"),
                    ("weeks", "DURATION", "PXW"),
                    ("one-day", "DURATION", "P1D"),
                    ("recent weeks", "DURATION", "PXW"),
                ],
            ),
            // A modal between the verb of saying and the date carries the date's verb; a
            // past before the "but" opening the date's clause does not count; "could" with a
            // verb of what may happen is ahead.
            (
                "Officials said the bridge could reopen on Friday. The storm weakened last \
                 night, but forecasters warn that it may drop rain over the weekend. He \
                 could not be reached on Monday. She said she could see smoke on Tuesday.",
                w,
                &[
                    ("Friday", "DATE", "2016-06-10"),
                    ("last night", "TIME", "2016-06-07TNI"),
                    ("the weekend", "DATE", "2016-W23-WE"),
                    ("Monday", "DATE", "2016-06-06"),
                    ("Tuesday", "DATE", "2016-06-07"),
                ],
            ),
        ],
        false,
    );
}

/// Sentences a second review found the later rules misreading once; each stays right.
#[test]
fn review_of_habits_modals_and_nouns() {
    let w = Some("2024-03-13"); // a Wednesday
    check(
        &[
            // A habit names any year's month only in its own clause.
            (
                "Prices usually rise in January, but in March they fell. Monsoon rains \
                 typically arrive in June.",
                Some("2024-04-10"),
                &[
                    ("January", "DATE", "XXXX-01"),
                    ("March", "DATE", "2024-03"),
                    ("June", "DATE", "XXXX-06"),
                ],
            ),
            // "could" is ahead only with an event verb; a past ability is past.
            (
                "Witnesses said they could smell smoke on Monday night. The airport said \
                 flights could resume on Thursday.",
                w,
                &[
                    ("Monday night", "TIME", "2024-03-11TNI"),
                    ("Thursday", "DATE", "2024-03-14"),
                ],
            ),
            // A modal does not make a day's thing ahead; "may not ... until" is ahead.
            (
                "The coach said the players must learn from Saturday's defeat. Results may \
                 not be known until Thursday, officials warned.",
                w,
                &[
                    ("Saturday", "DATE", "2024-03-09"),
                    ("Thursday", "DATE", "2024-03-14"),
                ],
            ),
            // Teams and places before a bare verb; "a plan to" is a plan.
            (
                "Napoli host Inter on Sunday. The mayor defended the plan to close schools \
                 on Friday.",
                w,
                &[
                    ("Sunday", "DATE", "2024-03-17"),
                    ("Friday", "DATE", "2024-03-15"),
                ],
            ),
            // Centuries of things; quarters of years with ordinary words about.
            (
                "The church traces its ninth century origins to a monk. The company tries \
                 to boost sales in the first quarter.",
                w,
                &[
                    ("ninth century", "DATE", "08"),
                    ("the first quarter", "DATE", "2024-Q1"),
                ],
            ),
            (
                "Inflation was rampant in the 70s. Police cancelled all events for Tuesday \
                 after the bomb threat.",
                w,
                &[
                    ("the 70s", "DATE", "197"),
                    ("Tuesday", "DATE", "2024-03-12"),
                ],
            ),
            (
                "Setback to peace talks on Friday",
                w,
                &[("Friday", "DATE", "2024-03-08")],
            ),
            // "Following" before a day's thing is a preposition.
            (
                "Following Monday's debate, the polls moved.",
                Some("2016-09-29"),
                &[("Monday", "DATE", "2016-09-26")],
            ),
            // "That Friday" is the Friday of the week told; "said that Friday" is no such.
            (
                "The protest began on March 1. That Friday, police moved in. He said that \
                 Friday was the deadline.",
                Some("2000-03-21"),
                &[
                    ("March 1", "DATE", "2000-03-01"),
                    ("That Friday", "DATE", "2000-03-03"),
                    ("Friday", "DATE", "2000-03-17"),
                ],
            ),
            // The quarter under way is not the quarter that ended on a day past.
            (
                "The company expects growth in the current quarter. Profit rose in the \
                 quarter ended Sept. 30.",
                Some("2024-10-13"),
                &[
                    ("the current quarter", "DATE", "2024-Q4"),
                    ("the quarter", "DATE", "2024-Q3"),
                    ("Sept. 30", "DATE", "2024-09-30"),
                ],
            ),
        ],
        false,
    );
}

/// Sentences a third review found the mends misreading once; each stays right.
#[test]
fn review_of_the_mends() {
    let w = Some("2024-03-13"); // a Wednesday
    check(
        &[
            // "let" reaches only its own object's verb; "made"/"saw" are no causatives here.
            (
                "Negotiators made progress on Tuesday and meet again on Friday. Leeds, who \
                 saw off Chelsea, play Arsenal on Sunday. The warden let us leave on Sunday \
                 after questioning.",
                w,
                &[
                    ("Tuesday", "DATE", "2024-03-12"),
                    ("Friday", "DATE", "2024-03-15"),
                    ("Sunday", "DATE", "2024-03-17"),
                    ("Sunday", "DATE", "2024-03-10"),
                ],
            ),
            // An adverb's habit, not an adjective's; fronted before its comma.
            (
                "The normally quiet town erupted in protest in March. Every year, the \
                 festival is held in May. The company, which usually reports in July, said \
                 profits fell in March.",
                w,
                &[
                    ("March", "DATE", "2024-03"),
                    ("Every year", "SET", "P1Y"),
                    ("May", "DATE", "XXXX-05"),
                    ("July", "DATE", "XXXX-07"),
                    ("March", "DATE", "2024-03"),
                ],
            ),
            // A preview told with a modal after the day's thing; "may not have" is past.
            (
                "Saturday's match must be played behind closed doors, the league ruled. He \
                 may not have been at home on Saturday night.",
                w,
                &[
                    ("Saturday", "DATE", "2024-03-16"),
                    ("Saturday night", "TIME", "2024-03-09TNI"),
                ],
            ),
            (
                "Unions to strike on Monday",
                w,
                &[("Monday", "DATE", "2024-03-18")],
            ),
            // A fourth review: "Later Monday" may be past; "That Friday" keeps its part of
            // day and its date, counts forward from the day told, and without one is a
            // plain Friday.
            (
                "He arrived in Berlin on Monday morning. Later Monday, he flew to Paris. \
                 That Monday, March 4, the court ruled. That Friday night, fans gathered.",
                w,
                &[
                    ("Monday morning", "TIME", "2024-03-11TMO"),
                    ("Later Monday", "DATE", "2024-03-11"),
                    ("That Monday, March 4", "DATE", "2024-03-04"),
                    ("That Friday night", "TIME", "2024-03-08TNI"),
                ],
            ),
            (
                "The storm hit on Sunday, March 10. That Friday, schools reopened.",
                Some("2024-03-20"),
                &[
                    ("Sunday, March 10", "DATE", "2024-03-10"),
                    ("That Friday", "DATE", "2024-03-15"),
                ],
            ),
            (
                "That Friday, nobody slept.",
                w,
                &[("That Friday", "DATE", "2024-03-08")],
            ),
            (
                "Bid to sell Chelsea collapses on Monday\n\nThe bid failed.",
                w,
                &[("Monday", "DATE", "2024-03-11")],
            ),
            (
                "Usually quiet, the town erupted in protest in January. The minister may not \
                 have to appear on Thursday.",
                w,
                &[
                    ("January", "DATE", "2024-01"),
                    ("Thursday", "DATE", "2024-03-14"),
                ],
            ),
            (
                "Stocks Rally to record highs on Friday",
                w,
                &[("Friday", "DATE", "2024-03-08")],
            ),
        ],
        false,
    );
}

#[test]
fn frames_and_fourth_session_rules() {
    check(
        &[
            // A frame after a comma and a short subject ("..., the health secretary told MPs
            // on Thursday, after ...") leaves the clause before it its own verb; a fronted
            // date is the frame's ("On Monday, officials said").
            (
                "The government will publish its plan before Christmas, the health \
                 secretary told MPs on Thursday, after two days of pressure. On Monday, \
                 officials said the plan would be delayed.",
                Some("2019-10-17"),
                &[
                    ("Christmas", "DATE", "2019-12-25"),
                    ("Thursday", "DATE", "2019-10-17"),
                    ("two days", "DURATION", "P2D"),
                    ("Monday", "DATE", "2019-10-14"),
                ],
            ),
            // A deadline a directive or a promise sets is ahead of it ("urged ... to
            // complete evacuations by noon Wednesday"); not one set before a past
            // ("had told ... by Monday"), nor a success ("managed to finish by Friday").
            (
                "Edwards urged residents of coastal parishes to complete evacuations by noon \
                 Wednesday. Officials ordered residents to leave by Friday. The judge had \
                 told the company to pay the fine by Monday. He managed to finish by Friday.",
                Some("2020-08-25"),
                &[
                    ("noon Wednesday", "TIME", "2020-08-26T12:00"),
                    ("Friday", "DATE", "2020-08-28"),
                    ("Monday", "DATE", "2020-08-24"),
                    ("Friday", "DATE", "2020-08-21"),
                ],
            ),
            // A clock time before "on" and a weekday with its date takes that date.
            (
                "The strike will begin at 7am on Thursday 27 June and end at 7am on Tuesday \
                 2 July. The gates open at 9am on Saturday, May 31. The fair runs 10am–4pm \
                 on Saturday, June 7.",
                R,
                &[
                    ("7am", "TIME", "2025-06-27T07:00"),
                    ("Thursday 27 June", "DATE", "2025-06-27"),
                    ("7am", "TIME", "2025-07-02T07:00"),
                    ("Tuesday 2 July", "DATE", "2025-07-02"),
                    ("9am", "TIME", "2025-05-31T09:00"),
                    ("Saturday, May 31", "DATE", "2025-05-31"),
                    ("10am", "TIME", "2025-06-07T10:00"),
                    ("4pm", "TIME", "2025-06-07T16:00"),
                    ("Saturday, June 7", "DATE", "2025-06-07"),
                ],
            ),
            // Names with a weekday in them.
            (
                "Sheffield Wednesday came from behind to beat Hull 2-1. Girl Friday star \
                 Rosalind Russell was there. We had lunch at a TGI Fridays in Leeds on Friday.",
                R,
                &[("Friday", "DATE", "2025-05-16")],
            ),
            // What is done ahead of a day is told before it comes, in any tense. A warning
            // issued for a day is ahead.
            (
                "Shoppers are stocking up ahead of Christmas. Turkey prices have jumped ahead \
                 of Thanksgiving. Retailers are preparing for Black Friday. Stocks are \
                 trading higher ahead of Friday's jobs report. Stocks fell ahead of \
                 Thursday's report. The Met Office issued a yellow warning for Wednesday \
                 night.",
                R,
                &[
                    ("Christmas", "DATE", "2025-12-25"),
                    ("Thanksgiving", "DATE", "2025-11-27"),
                    ("Black Friday", "DATE", "2025-11-28"),
                    ("Friday", "DATE", "2025-05-23"),
                    ("Thursday", "DATE", "2025-05-22"),
                    ("Wednesday night", "TIME", "2025-05-21TNI"),
                ],
            ),
            // "ahead of" a day, or of an event on it, with any tense but a past perfect,
            // unless a year is told after it or the event is told as done ("which Spain
            // won"); "in the run-up to" only with no cue (it is often told after).
            (
                "Security was tightened ahead of Sunday's final. Ahead of Friday's budget, the \
                 chancellor visited a factory. Investors are cautious ahead of the Fed's \
                 decision on Wednesday. In the run-up to the election in May, the party is \
                 spending heavily. Sales in the run-up to Christmas were weak. Stocks had fallen ahead of Thursday's report. Prices rose \
                 ahead of Christmas last year.",
                Some("2023-03-07"),
                &[
                    ("Sunday", "DATE", "2023-03-12"),
                    ("Friday", "DATE", "2023-03-10"),
                    ("Wednesday", "DATE", "2023-03-08"),
                    ("May", "DATE", "2023-05"),
                    ("Christmas", "DATE", "2022-12-25"),
                    ("Thursday", "DATE", "2023-03-02"),
                    ("Christmas", "DATE", "2022-12-25"),
                    ("last year", "DATE", "2022"),
                ],
            ),
            (
                "Security was tightened ahead of Sunday's final, which Spain won 2-1.",
                Some("2024-06-14"),
                &[("Sunday", "DATE", "2024-06-09")],
            ),
            // A deadline set in the passive is ahead too; one met in the clause after it
            // is not ("and he left").
            (
                "He was ordered to surrender his passport by Friday. Residents were urged to \
                 leave by Wednesday night. He was told to leave by Monday, and he left.",
                Some("2023-03-07"),
                &[
                    ("Friday", "DATE", "2023-03-10"),
                    ("Wednesday night", "TIME", "2023-03-08TNI"),
                    ("Monday", "DATE", "2023-03-06"),
                ],
            ),
            // ... unless a past tells otherwise; "Sheffield Wednesday" is a club but "in
            // Sheffield Wednesday afternoon" a town on a day.
            (
                "The Met Office had issued an amber warning for Tuesday, when gusts reached \
                 90mph. A flood warning for Friday was lifted on Thursday. Despite a warning \
                 for Sunday, thousands attended. A tornado touched down in Sheffield \
                 Wednesday afternoon.",
                Some("2023-03-08"),
                &[
                    ("Tuesday", "DATE", "2023-03-07"),
                    ("Friday", "DATE", "2023-03-03"),
                    ("Thursday", "DATE", "2023-03-02"),
                    ("Sunday", "DATE", "2023-03-05"),
                    ("Wednesday afternoon", "TIME", "2023-03-08TAF"),
                ],
            ),
            // A year told before a bare month does not give it its year: news tells its
            // background that way ("was extradited in 2014 and pleaded guilty in May", "was
            // founded in 1946 and reported record profits in March").
            (
                "He was extradited in 2014 and pleaded guilty in May. The company was founded \
                 in 1946 and reported record profits in March.",
                Some("2016-09-03"),
                &[
                    ("2014", "DATE", "2014"),
                    ("May", "DATE", "2016-05"),
                    ("1946", "DATE", "1946"),
                    ("March", "DATE", "2016-03"),
                ],
            ),
            // A month range's end tells its start's year.
            (
                "It was fought from August to September 1914. The season ran from November \
                 to March 2020.",
                R,
                &[
                    ("August", "DATE", "1914-08"),
                    ("September 1914", "DATE", "1914-09"),
                    ("November", "DATE", "2019-11"),
                    ("March 2020", "DATE", "2020-03"),
                ],
            ),
            // A stamp with seconds; hours "09:00-17:30" both ends (a race's splits are no
            // clock: "won in 2:06:13"). Under a set ("on weekdays"), hours are of no one
            // day.
            (
                "It was sent at 3/9/2005 11:16:00 PM to all staff. The office is open \
                 09:00-17:30 on weekdays. Jones won in 2:06:13.",
                R,
                &[
                    ("3/9/2005", "DATE", "2005-03-09"),
                    ("11:16:00 PM", "TIME", "2005-03-09T23:16"),
                    ("09:00", "TIME", "XXXX-XX-XXT09:00"),
                    ("17:30", "TIME", "XXXX-XX-XXT17:30"),
                ],
            ),
            // "Overnight," as an adverb after a day before the reference date is that day's
            // night ("overnight losses" stays the night before the day told); "until
            // Thursday or Friday" are both deadlines, no day the story moves to; a range of
            // hours ending before it starts ends the next day.
            (
                "The storm made landfall at about 11 a.m. Saturday. Overnight, rescue crews \
                 pulled hundreds from flooded homes.",
                Some("2016-10-09"),
                &[
                    ("11 a.m. Saturday", "TIME", "2016-10-08T11:00"),
                    ("Overnight", "TIME", "2016-10-08TNI"),
                ],
            ),
            (
                "The river is not expected to peak until Thursday or Friday. A curfew from 7 \
                 p.m. to 7 a.m. remains in effect. Patrols run between 9 p.m. and 1 a.m.",
                Some("2016-10-09"),
                &[
                    ("Thursday", "DATE", "2016-10-13"),
                    ("Friday", "DATE", "2016-10-14"),
                    ("7 p.m.", "TIME", "2016-10-09T19:00"),
                    ("7 a.m.", "TIME", "2016-10-10T07:00"),
                    ("9 p.m.", "TIME", "2016-10-09T21:00"),
                    ("1 a.m.", "TIME", "2016-10-10T01:00"),
                ],
            ),
            (
                "The storm hit on Friday. Overnight losses in New York hurt shares.",
                Some("2016-10-09"),
                &[
                    ("Friday", "DATE", "2016-10-07"),
                    ("Overnight", "TIME", "2016-10-06TNI"),
                ],
            ),
            // How often: "five days a week" is a set of weeks (not "five days a week ago").
            (
                "She walked for 30 minutes five days a week. He works one day per month. It \
                 lasted five days a week ago.",
                Some("2010-06-15"),
                &[
                    ("30 minutes", "DURATION", "PT30M"),
                    ("five days a week", "SET", "P1W"),
                    ("one day per month", "SET", "P1M"),
                    ("five days", "DURATION", "P5D"),
                    ("a week ago", "DATE", "2010-W23"),
                ],
            ),
            // "supposed to" tells no past; a holiday told with "this year" is this year's; a
            // bare clock in a sentence of the evening or afternoon is p.m. (not "last night
            // at 1:30"); tickets and bookings for a day are ahead.
            (
                "Is it supposed to storm this weekend? Christmas wish lists this year include \
                 drones. Happy hour tonight begins around 5:00. Last night at 1:30 police were \
                 called. Tickets for Sunday are sold out, the board said on Thursday. He has \
                 confirmed the booking for 3rd Dec.",
                Some("2010-06-15"),
                &[
                    ("this weekend", "DATE", "2010-W24-WE"),
                    ("Christmas", "DATE", "2010-12-25"),
                    ("this year", "DATE", "2010"),
                    ("tonight", "TIME", "2010-06-15TNI"),
                    ("5:00", "TIME", "2010-06-15T17:00"),
                    ("Last night", "TIME", "2010-06-14TNI"),
                    ("1:30", "TIME", "2010-06-14T01:30"),
                    ("Sunday", "DATE", "2010-06-20"),
                    ("Thursday", "DATE", "2010-06-10"),
                    ("3rd Dec.", "DATE", "2010-12-03"),
                ],
            ),
            // A bare midnight told in the past of the reference day is the one that began
            // it; ahead, or of a day told, the end of that day.
            (
                "Police were called at around midnight. The deadline expires at midnight.",
                R,
                &[
                    ("midnight", "TIME", "2025-05-19T24:00"),
                    ("midnight", "TIME", "2025-05-20T24:00"),
                ],
            ),
            (
                "The talks collapsed on Friday. The deadline expired at midnight.",
                R,
                &[
                    ("Friday", "DATE", "2025-05-16"),
                    ("midnight", "TIME", "2025-05-16T24:00"),
                ],
            ),
            // Irregular pasts ("overtook") tell the month's clause; "a year earlier" after a
            // whole month told in the sentence is that month's; a perfect infinitive tells
            // what is done.
            (
                "China overtook Japan in February, and economists expect the figure to top \
                 one trillion dollars. Steel imports in June rose 31% from a year earlier. \
                 Analysts expect the economy to have grown by 10 percent in the April-June \
                 period.",
                Some("2006-07-13"),
                &[
                    ("February", "DATE", "2006-02"),
                    ("June", "DATE", "2006-06"),
                    ("a year earlier", "DATE", "2005-06"),
                    ("April-June period", "DATE", "2006-Q2"),
                ],
            ),
            // "Now to the Pentagon", "Now tell us": a segue and an imperative, no time;
            // "even today" is these days ("even today's vote" is the day's).
            (
                "Now to the Pentagon and our correspondent. Now tell us the truth. Now \
                 officials are investigating. The struggles, which, even today, inflame the \
                 streets, began long ago. Even today's vote was delayed.",
                R,
                &[
                    ("Now", "DATE", "PRESENT_REF"),
                    ("today", "DATE", "PRESENT_REF"),
                    ("today", "DATE", "2025-05-20"),
                ],
            ),
            // "a single year", "15-plus years" are lengths ("The 15-plus members" no time).
            (
                "He loses a billion dollars in a single year. He paid no tax for 15-plus \
                 years. The 15-plus members met.",
                R,
                &[
                    ("a single year", "DURATION", "P1Y"),
                    ("15-plus years", "DURATION", "P15Y"),
                ],
            ),
            // Mends from the third review: "go broke" is no past; a perfect infinitive
            // before a deadline is a future perfect; "even today" told in the past, or
            // "not even today", is the day; rates "peaked in the early 80s" is a decade; a
            // quarter told in the sentence beats its month for "a year earlier".
            (
                "The agency will go broke in February. The company hopes to have completed \
                 the merger by February. Stocks fell on Friday, and even today the selling \
                 continued. Mortgage rates peaked in the early 80s. In July, the company said \
                 second-quarter profit rose 12% from a year earlier.",
                Some("2011-10-12"),
                &[
                    ("February", "DATE", "2012-02"),
                    ("February", "DATE", "2012-02"),
                    ("Friday", "DATE", "2011-10-07"),
                    ("today", "DATE", "2011-10-12"),
                    ("the early 80s", "DATE", "198"),
                    ("July", "DATE", "2011-07"),
                    ("second-quarter", "DATE", "2011-Q2"),
                    ("a year earlier", "DATE", "2010-Q2"),
                ],
            ),
            // Refusals from the last blind probe: "the first July general election" is no
            // 1 July, "player of the year" no date, "a once-a-day pill" an adjective.
            (
                "It will be the first July general election since 1945. She was named \
                 player of the year in 2019. A once-a-day pill could replace injections taken \
                 once a day. Take it once-a-day with food. Trains will run half-hourly from Sunday.",
                Some("2024-06-01"),
                &[
                    ("July", "DATE", "2024-07"),
                    ("1945", "DATE", "1945"),
                    ("2019", "DATE", "2019"),
                    ("once a day", "SET", "P1D"),
                    ("once-a-day", "SET", "P1D"),
                    ("half-hourly", "SET", "PT30M"),
                    ("Sunday", "DATE", "2024-06-02"),
                ],
            ),
            // "the weekend of 5-6 October" is one expression, that weekend.
            (
                "The derby is on the weekend of 5-6 October. The festival returns the weekend \
                 of March 28-29, 2026. Over the weekend of the storm, roads closed.",
                Some("2024-06-20"),
                &[
                    ("the weekend of 5-6 October", "DATE", "2024-W40-WE"),
                    ("the weekend of March 28-29, 2026", "DATE", "2026-W13-WE"),
                    ("the weekend", "DATE", "2024-W24-WE"),
                ],
            ),
            // "over the past decade" is a span of ten years; "in the last decade" the
            // decade before this one (TimeBank).
            (
                "The plan would raise $1.1 trillion over the next decade. Violence had become \
                 routine over the past decade. They lost ground in the last decade.",
                Some("1998-10-25"),
                &[
                    ("the next decade", "DURATION", "P10Y"),
                    ("the past decade", "DURATION", "P10Y"),
                    ("the last decade", "DATE", "198"),
                ],
            ),
            // "N years later" counts from the year "N years ago" told.
            (
                "Four years ago, Republicans won the House, and two years later the \
                 president won re-election.",
                Some("2014-11-03"),
                &[
                    ("Four years ago", "DATE", "2010"),
                    ("two years later", "DATE", "2012"),
                ],
            ),
            (
                "Youth unemployment is in the mid-30s. Inflation was high in the mid-80s.",
                R,
                &[("the mid-80s", "DATE", "198")],
            ),
        ],
        false,
    );
}

#[test]
fn fifth_session_rules() {
    check(
        &[
            // Told as ahead with no day near it, a bare time is of the last day ahead the
            // story told (the launch day), not the reference date.
            (
                "The agency said Thursday that its probe will launch during a window that \
                 opens on Sept. 22. The spacecraft was first proposed in 2016. Launch had \
                 been planned for late 2024. A valve failed last spring. Engineers rebuilt \
                 the system. Tests resumed. The first launch attempt is set for 10:42 p.m. \
                 local time.",
                Some("2025-02-13"),
                &[
                    ("Thursday", "DATE", "2025-02-13"),
                    ("Sept. 22", "DATE", "2025-09-22"),
                    ("2016", "DATE", "2016"),
                    ("late 2024", "DATE", "2024"),
                    ("last spring", "DATE", "2024-SP"),
                    ("10:42 p.m.", "TIME", "2025-09-22T22:42"),
                ],
            ),
            // A bare time under a set is of no one day ("weekdays from 6 a.m. to 9 a.m.",
            // "until 9pm on Thursdays", "every Sunday at 9 p.m."); one with a day is that
            // day's.
            (
                "The show airs weekdays from 6:00 a.m. to 9:00 a.m. The gallery is open until \
                 9pm on Thursdays. It airs every Sunday at 9 p.m. He left at 6 p.m. on Sunday.",
                Some("2016-05-05"),
                &[
                    ("6:00 a.m.", "TIME", "XXXX-XX-XXT06:00"),
                    ("9:00 a.m.", "TIME", "XXXX-XX-XXT09:00"),
                    ("9pm", "TIME", "XXXX-XX-XXT21:00"),
                    ("Thursdays", "SET", "XXXX-WXX-4"),
                    ("every Sunday", "SET", "XXXX-WXX-7"),
                    ("9 p.m.", "TIME", "XXXX-XX-XXT21:00"),
                    ("6 p.m.", "TIME", "2016-05-01T18:00"),
                    ("Sunday", "DATE", "2016-05-01"),
                ],
            ),
            // Refusals: a fraction ("by a quarter"), the star ("the Sun."), a downfall
            // ("the fall of communism"); "waited decades" is a length.
            (
                "It aims to cut water losses by a quarter by 2020. The probe moves further \
                 from the Sun. There have been 16 governments since the fall of communism. \
                 Scientists have waited decades for a close look.",
                Some("2010-11-22"),
                &[("2020", "DATE", "2020"), ("decades", "DURATION", "PXDE")],
            ),
            // A quote's own tense is not the closing frame's; "starting Wednesday" with no
            // past is ahead; "overnight Wednesday" is that day's night.
            (
                "\"If you can work from home on Thursday, do it,\" said meteorologist Claire \
                 Dion. Residents are being told to prepare for more snow starting Wednesday \
                 afternoon. The heaviest snow is expected overnight Wednesday. He was \
                 suspended starting Friday.",
                Some("2025-02-04"),
                &[
                    ("Thursday", "DATE", "2025-02-06"),
                    ("Wednesday afternoon", "TIME", "2025-02-05TAF"),
                    ("overnight Wednesday", "TIME", "2025-02-05TNI"),
                    ("Friday", "DATE", "2025-01-31"),
                ],
            ),
            // "ten o'clock that night" is one p.m. time; "every alternate day" a set.
            (
                "The storm struck on Dec. 28, 1879. The train left at ten o'clock that night. \
                 Tankers supply water every alternate day.",
                Some("2022-12-06"),
                &[
                    ("Dec. 28, 1879", "DATE", "1879-12-28"),
                    ("ten o'clock that night", "TIME", "1879-12-28T22:00"),
                    ("every alternate day", "SET", "P2D"),
                ],
            ),
            // What a call asks for is ahead of it; a closing price struck is past; a
            // participle's aside keeps its own past; "could be held" is ahead.
            (
                "Ceban called on supporters to rally in central Chisinau on Friday. She \
                 called on the government on Friday to resign.",
                Some("2011-10-03"),
                &[
                    ("Friday", "DATE", "2011-10-07"),
                    ("Friday", "DATE", "2011-09-30"),
                ],
            ),
            (
                "Crestline will pay $58 a share, a premium of 34% over Harlan's closing price \
                 on Friday.",
                Some("2013-07-29"),
                &[("Friday", "DATE", "2013-07-26")],
            ),
            (
                "The bill, adopted by the government in December, would gradually raise the \
                 retirement age.",
                Some("2014-01-20"),
                &[("December", "DATE", "2013-12")],
            ),
            (
                "Early elections could be held in the spring, some lawmakers said. Smoke could \
                 be seen on Monday.",
                Some("2014-10-15"),
                &[
                    ("the spring", "DATE", "2015-SP"),
                    ("Monday", "DATE", "2014-10-13"),
                ],
            ),
            // A later month in the same sentence as a month told with another year is of
            // that year (not one after "since": "since June 2014, and again since the
            // attacks in November").
            (
                "The virus was first identified in April 2009, and by June the WHO had \
                 declared a pandemic.",
                Some("2010-10-05"),
                &[
                    ("April 2009", "DATE", "2009-04"),
                    ("June", "DATE", "2009-06"),
                ],
            ),
            (
                "He was arrested on March 3, 2019, and charged on March 5. The firm was \
                 founded in 2015, and by the fall of that year it had 40 employees.",
                Some("2024-03-13"),
                &[
                    ("March 3, 2019", "DATE", "2019-03-03"),
                    ("March 5", "DATE", "2019-03-05"),
                    ("2015", "DATE", "2015"),
                    ("the fall of that year", "DATE", "2015-FA"),
                ],
            ),
            // Church feasts around Easter; "Independence Day" (the United States', not
            // "Ukraine's Independence Day"); "New Year's Eve that year".
            (
                "He will lead Palm Sunday services and celebrate Easter Mass a week later. \
                 Ukraine's Independence Day is a holiday. Ash Wednesday fell early. They \
                 visited Easter Island.",
                Some("2013-03-20"),
                &[
                    ("Palm Sunday", "DATE", "2013-03-24"),
                    ("Easter", "DATE", "2013-03-31"),
                    ("a week", "DURATION", "P1W"),
                    ("Ash Wednesday", "DATE", "2013-02-13"),
                ],
            ),
            (
                "Advocates plan a rally at the Capitol on Independence Day. The couple met in \
                 2009 and got engaged on New Year's Eve that year.",
                Some("2013-06-27"),
                &[
                    ("2009", "DATE", "2009"),
                    ("New Year's Eve that year", "DATE", "2009-12-31"),
                ],
            ),
            // "a full year", "two full days"; "in morning trading" is the reference day's
            // unless the sentence names a day; "on alternate days" is a set; "an overnight
            // stay", "the overnight rate", "spend weekends" are not times.
            (
                "Staying there for a full year would hurt. The phone lasts two full days. \
                 Shares rose in morning trading. On Friday, shares fell in afternoon trading. \
                 Classes are held on alternate days. Guests booked an overnight stay. The \
                 overnight rate was unchanged. Tourists spend weekends in the old town.",
                Some("2013-09-10"),
                &[
                    ("a full year", "DURATION", "P1Y"),
                    ("two full days", "DURATION", "P2D"),
                    ("morning", "TIME", "2013-09-10TMO"),
                    ("Friday", "DATE", "2013-09-06"),
                    ("afternoon", "TIME", "2013-09-06TAF"),
                    ("alternate days", "SET", "P2D"),
                ],
            ),
            // "11 o'clock that night"; a clock with "tonight" after it is tonight's, not
            // the last day ahead told; "starting Wednesday's game" is the verb.
            (
                "At 11 o'clock that night, the alarm rang. He is starting Wednesday's game.",
                Some("2024-03-11"),
                &[
                    ("11 o'clock that night", "TIME", "2024-03-11T23:00"),
                    ("Wednesday", "DATE", "2024-03-06"),
                ],
            ),
            (
                "The launch window opens on Sept. 22. Crews are ready. Fuel is loaded. The \
                 weather is clear. Engineers are confident. Tests resumed. A test firing is \
                 set for 10 p.m. tonight.",
                Some("2024-09-18"),
                &[
                    ("Sept. 22", "DATE", "2024-09-22"),
                    ("10 p.m. tonight", "TIME", "2024-09-18T22:00"),
                ],
            ),
            // A wait that was expected is still ahead ("had expected him to wait until the
            // autumn"); a past perfect otherwise tells a past ("had agreed to stay until
            // March").
            (
                "Many in his party had expected him to wait until the autumn. He had agreed \
                 to stay until March.",
                Some("2024-05-23"),
                &[
                    ("the autumn", "DATE", "2024-FA"),
                    ("March", "DATE", "2024-03"),
                ],
            ),
            // Feasts and holidays with their year ("Ash Wednesday 2020", "the Ash Wednesday
            // bushfires of 1983", "Christmas Eve, 1915"); "Independence Day" only as the
            // United States' ("Pakistan marks Independence Day" is left alone).
            (
                "The Ash Wednesday bushfires of 1983 killed 75. On Ash Wednesday 2020, he \
                 fasted. On Christmas Eve, 1915, the soldiers sang. Pakistan marks \
                 Independence Day on Wednesday. The U.S. Independence Day holiday falls \
                 midweek.",
                Some("2018-08-29"),
                &[
                    ("The Ash Wednesday", "DATE", "1983-02-16"),
                    ("1983", "DATE", "1983"),
                    ("Ash Wednesday 2020", "DATE", "2020-02-26"),
                    ("Christmas Eve, 1915", "DATE", "1915-12-24"),
                    ("Wednesday", "DATE", "2018-08-29"),
                    ("Independence Day", "DATE", "2018-07-04"),
                ],
            ),
            // "overnight on Sunday"; "the past decade" and "the next decade" are spans ("in
            // the last decade" stays the decade before, as TimeBank writes it); "the fall
            // of that government" is no season; "the overnight call rate" no night.
            (
                "Service will stop overnight on Sunday. The droughts of the past decade \
                 were severe. Prices rose in the last decade. Since the fall of that \
                 government, rates fell. The overnight call rate was unchanged.",
                Some("2018-08-29"),
                &[
                    ("overnight on Sunday", "TIME", "2018-09-02TNI"),
                    ("the past decade", "DURATION", "P10Y"),
                    ("the last decade", "DATE", "200"),
                ],
            ),
            // An event told as ahead in a month already gone is next year's ("could open in
            // September", told in October); a month that names figures is not ("will
            // release its September figures"), nor one with a past verb after it, nor
            // speech dated before ("said in August that", "had said").
            (
                "Officials said the new bridge could open in September. The company will \
                 release its September figures next week. In September, it announced plans \
                 to buy a rival. Officials said in August that the bridge could open in \
                 September. They had said the bridge could open in September.",
                Some("2023-10-05"),
                &[
                    ("September", "DATE", "2024-09"),
                    ("September", "DATE", "2023-09"),
                    ("next week", "DATE", "2023-W41"),
                    ("September", "DATE", "2023-09"),
                    ("August", "DATE", "2023-08"),
                    ("September", "DATE", "2023-09"),
                    ("September", "DATE", "2023-09"),
                ],
            ),
            // A state kept ("keep them closed through the weekend", "will stay closed") is
            // no past.
            (
                "Officials will decide tomorrow whether to keep the beaches closed through \
                 the weekend. They kept it closed on Sunday.",
                Some("2013-05-22"),
                &[
                    ("tomorrow", "DATE", "2013-05-23"),
                    ("the weekend", "DATE", "2013-W21-WE"),
                    ("Sunday", "DATE", "2013-05-19"),
                ],
            ),
            // A quoted imperative asks for what is ahead; a day after the quote closes, or
            // a day's thing ("Remember Sunday's game"), keeps the verb's tense.
            (
                "\"Make sure you vote on Sunday,\" said the party leader. \"Stay off the \
                 roads on Thursday,\" police warned. \"Keep it up,\" he said on Friday. \
                 \"Remember Sunday's game?\" he asked.",
                Some("2024-03-13"),
                &[
                    ("Sunday", "DATE", "2024-03-17"),
                    ("Thursday", "DATE", "2024-03-14"),
                    ("Friday", "DATE", "2024-03-08"),
                    ("Sunday", "DATE", "2024-03-10"),
                ],
            ),
            // "the last decade of the 19th century" is not the decade before this one.
            (
                "The last decade of the 19th century saw rapid growth.",
                Some("2015-07-07"),
                &[("the 19th century", "DATE", "18")],
            ),
            // "could" before a quarter, month or season points ahead; not "could have",
            // nor before a weekday ("could not be located Wednesday").
            (
                "Forecasters said the economy could contract in the first quarter. Prices \
                 could rise in the spring. Sales could have fallen in March.",
                Some("2012-12-27"),
                &[
                    ("the first quarter", "DATE", "2013-Q1"),
                    ("the spring", "DATE", "2013-SP"),
                    ("March", "DATE", "2012-03"),
                ],
            ),
            // Review of the above: a past ability is no future ("could hardly walk in
            // January"); "had expected to remain ... until May" without an object is a plan
            // of the past; a count is no year ("On Christmas Day, 2000 volunteers", "Palm
            // Sunday crowds of 1500 people", "as in 2019"); "the past decade and a half";
            // "Thursday's report" names no trading day; "might have" is past.
            (
                "He could hardly walk in January, his wife recalled. The troops had expected \
                 to remain until May, but were withdrawn in April. Prices have tripled in the \
                 past decade and a half. Sales might have peaked in March.",
                Some("2018-06-10"),
                &[
                    ("January", "DATE", "2018-01"),
                    ("May", "DATE", "2018-05"),
                    ("April", "DATE", "2018-04"),
                    ("the past decade and a half", "DURATION", "P15Y"),
                    ("March", "DATE", "2018-03"),
                ],
            ),
            (
                "On Christmas Day, 2000 volunteers served meals. Palm Sunday crowds of 1500 \
                 people filled the square. Shares slipped in morning trading as investors \
                 awaited Thursday's report. The parish was founded on Palm Sunday in 1994. On \
                 New Year's Eve, 1999, the city partied.",
                Some("2019-12-28"),
                &[
                    ("Christmas Day", "DATE", "2019-12-25"),
                    ("2000", "DATE", "2000"),
                    ("Palm Sunday", "DATE", "2019-04-14"),
                    ("morning", "TIME", "2019-12-28TMO"),
                    ("Thursday", "DATE", "2019-12-26"),
                    ("Palm Sunday", "DATE", "1994-03-27"),
                    ("1994", "DATE", "1994"),
                    ("New Year's Eve, 1999", "DATE", "1999-12-31"),
                ],
            ),
            (
                "Twitter has ramped up its response since June 2014, and again since the \
                 Paris attacks in November.",
                Some("2016-02-08"),
                &[
                    ("June 2014", "DATE", "2014-06"),
                    ("November", "DATE", "2015-11"),
                ],
            ),
        ],
        false,
    );
}

/// Rules from the sixth session's probes (full articles, hard snippets, messy pastes).
#[test]
fn sixth_session_rules() {
    check(
        &[
            // A clock before "tonight" is tonight's, whatever day the story told last.
            (
                "Conditions will worsen on Thursday. A fire ban will come into effect from \
                 midnight tonight. Polls close at 10pm tonight.",
                Some("2025-12-02"),
                &[
                    ("Thursday", "DATE", "2025-12-04"),
                    ("midnight tonight", "TIME", "2025-12-02T24:00"),
                    ("10pm tonight", "TIME", "2025-12-02T22:00"),
                ],
            ),
            // The earlier of two events is gone: "a day after ... on Monday", "follows ...
            // on Monday", "comes after"; not when the later one is ahead.
            (
                "Zelensky has landed in Dublin for his first official visit, a day after \
                 talks in Paris on Monday. The announcement follows the company's investor \
                 day on Monday, at which it outlined a plan to double revenue by 2027. The \
                 leaders will meet a day after talks on Wednesday.",
                Some("2025-12-02"),
                &[
                    ("a day", "DURATION", "P1D"),
                    ("Monday", "DATE", "2025-12-01"),
                    ("Monday", "DATE", "2025-12-01"),
                    ("2027", "DATE", "2027"),
                    ("a day", "DURATION", "P1D"),
                    ("Wednesday", "DATE", "2025-12-03"),
                ],
            ),
            // "are expecting" points ahead; "Tuesday next" is the coming Tuesday ("Tuesday
            // next week" is told as two); a season warned of is ahead (a weekday is the
            // warning's own day).
            (
                "\"We are expecting the worst conditions on Thursday,\" he said. The Cabinet \
                 will meet again on Tuesday next, and sources said so. The IMF warned of a \
                 slowdown on Monday.",
                Some("2025-12-02"),
                &[
                    ("Thursday", "DATE", "2025-12-04"),
                    ("Tuesday next", "DATE", "2025-12-09"),
                    ("Monday", "DATE", "2025-12-01"),
                ],
            ),
            (
                "The Chancellor spoke, warning of painful decisions in the autumn.",
                Some("2024-08-29"),
                &[("the autumn", "DATE", "2024-FA")],
            ),
            // A range's start comes before its end: each end alone would be next June and
            // this November.
            (
                "The hurricane season runs from June 1 to Nov. 30. Last year it ran between \
                 June 1 and Nov. 30.",
                Some("2024-09-27"),
                &[
                    ("June 1", "DATE", "2024-06-01"),
                    ("Nov. 30", "DATE", "2024-11-30"),
                    ("Last year", "DATE", "2023"),
                    ("June 1", "DATE", "2023-06-01"),
                    ("Nov. 30", "DATE", "2023-11-30"),
                ],
            ),
            // "later in the decade", "earlier in the year": the one under discussion; "the
            // turn of the century" is its first year.
            (
                "The lander will fly missions later in the decade. The plant opened in 1986. \
                 Later in the decade it closed. It was the first title since the turn of the \
                 century. The city grew at the turn of the 20th century.",
                Some("2025-10-09"),
                &[
                    ("later in the decade", "DATE", "202"),
                    ("1986", "DATE", "1986"),
                    ("Later in the decade", "DATE", "198"),
                    ("the turn of the century", "DATE", "2000"),
                    ("the turn of the 20th century", "DATE", "1900"),
                ],
            ),
            // "for November delivery" is a futures month; "its November delivery figures"
            // are this November's.
            (
                "The company will release its November delivery figures on Tuesday. Crude for \
                 January delivery rose.",
                Some("2025-11-28"),
                &[
                    ("November", "DATE", "2025-11"),
                    ("Tuesday", "DATE", "2025-12-02"),
                    ("January", "DATE", "2026-01"),
                ],
            ),
            // A weekday named again in its sentence is the same day; a timeline's entry
            // holds its clock; "the new year"; "since June" told in April is last June.
            (
                "Final practice is at 11:30 a.m. Saturday, with qualifying at 3 p.m. Saturday. \
                 Jan. 2, 2026 — The bridge reopens to cars at 6 a.m.\nLate 2024: Costs climb.\n\
                 The reopening slips into the new year.",
                Some("2026-01-09"),
                &[
                    ("11:30 a.m. Saturday", "TIME", "2026-01-10T11:30"),
                    ("3 p.m. Saturday", "TIME", "2026-01-10T15:00"),
                    ("Jan. 2, 2026", "DATE", "2026-01-02"),
                    ("6 a.m.", "TIME", "2026-01-02T06:00"),
                    ("Late 2024", "DATE", "2024"),
                    ("the new year", "DATE", "2026"),
                ],
            ),
            (
                "It was the seventh cut since June. Prices have risen since March. Markets \
                 will be choppy until the new year.",
                Some("2025-04-17"),
                &[
                    ("June", "DATE", "2024-06"),
                    ("March", "DATE", "2025-03"),
                    ("the new year", "DATE", "2026"),
                ],
            ),
            // "to be given", "forecasts" point ahead; "close to its record" is no verb.
            (
                "Britain approved the vaccine on Wednesday, with the first doses to be given \
                 on Monday. The Met Office forecasts a dry Saturday. Chicago recorded a low \
                 on Wednesday, close to its record.",
                Some("2020-12-30"),
                &[
                    ("Wednesday", "DATE", "2020-12-30"),
                    ("Monday", "DATE", "2021-01-04"),
                    ("Saturday", "DATE", "2021-01-02"),
                    ("Wednesday", "DATE", "2020-12-30"),
                ],
            ),
            // Refusals: a film ("The Day After Tomorrow"), a school year ("Year 11"),
            // "Sunday trading laws", "Euro 2024", "At 1530:"; "That year 11 people died" is
            // a year.
            (
                "The Day After Tomorrow was the most-watched film. She warned that Year 11 \
                 pupils would lose time. The deal changes Sunday trading laws. Euro 2024 \
                 kicks off. At 1530: the meeting. That year 11 people died.",
                Some("2025-11-19"),
                &[("That year", "DATE", "2025")],
            ),
            // Guards a review of these rules asked for: a schedule keeps its days ("a day
            // after" with no past); a weekday named again across a modal is another day;
            // "its forecasts" is a noun; "was to be given" a plan of the past; "in Sunday
            // trading" a day; the currency's "euro 2024"; a causal "Since June is"; "the
            // new year" told in the past; a range told with "will" moves its end on.
            (
                "The final takes place on Sunday, a day after the bronze medal match on \
                 Saturday. He was arrested on Monday and will appear in court on Monday. The \
                 bank cut its forecasts on Tuesday. The award was to be given on Monday, but \
                 the ceremony was cancelled. Bitcoin slid 5% in Sunday trading.",
                Some("2024-05-09"),
                &[
                    ("Sunday", "DATE", "2024-05-12"),
                    ("a day", "DURATION", "P1D"),
                    ("Saturday", "DATE", "2024-05-11"),
                    ("Monday", "DATE", "2024-05-06"),
                    ("Monday", "DATE", "2024-05-13"),
                    ("Tuesday", "DATE", "2024-05-07"),
                    ("Monday", "DATE", "2024-05-06"),
                    ("Sunday", "DATE", "2024-05-05"),
                ],
            ),
            (
                "The euro 2024 low was set in April. Since June is the peak season, hotels \
                 will raise prices. The new year brought fresh problems.",
                Some("2024-04-10"),
                &[
                    ("2024", "DATE", "2024"),
                    ("April", "DATE", "2024-04"),
                    ("June", "DATE", "2024-06"),
                    ("The new year", "DATE", "2024"),
                ],
            ),
            (
                "The ferry will run from Dec. 20 to Jan. 6. Most victims were in their late \
                 60s and early 70s. Last year, the bank warned of a slowdown in the summer. \
                 The minister urged both sides to return to the table this weekend.",
                Some("2024-01-03"),
                &[
                    ("Dec. 20", "DATE", "2024-12-20"),
                    ("Jan. 6", "DATE", "2025-01-06"),
                    ("Last year", "DATE", "2023"),
                    ("the summer", "DATE", "2023-SU"),
                    ("this weekend", "DATE", "2024-W01-WE"),
                ],
            ),
            // "the second half of next year"; a wait a modal tells ("might not be restored
            // until Thursday") is ahead.
            (
                "Analysts did not expect a recovery until the second half of next year. \
                 Officials said water might not be restored until Thursday. Police did not \
                 release his name until Thursday.",
                Some("2001-07-17"),
                &[
                    ("the second half of next year", "DATE", "2002-H2"),
                    ("Thursday", "DATE", "2001-07-19"),
                    ("Thursday", "DATE", "2001-07-12"),
                ],
            ),
            // Not a modal of another clause ("will ask why it did not act until Monday"),
            // nor one with "have"; a weekday named again under a tense of its own is
            // another day; "urged ... over the weekend" may be told after it.
            (
                "The report should not have been published until Monday, critics said. \
                 Regulators will ask why it did not act until Monday. The shop closed on \
                 Saturday and reopens on Saturday after a refit. Police urged residents to \
                 stay indoors over the weekend as the storm battered the coast.",
                Some("2025-12-03"),
                &[
                    ("Monday", "DATE", "2025-12-01"),
                    ("Monday", "DATE", "2025-12-01"),
                    ("Saturday", "DATE", "2025-11-29"),
                    ("Saturday", "DATE", "2025-12-06"),
                    ("the weekend", "DATE", "2025-W48-WE"),
                ],
            ),
            // "the April-June period" is a quarter (and "a year earlier" its year-ago
            // quarter); "is possible" points ahead; "Sunday Creek Road" is a street.
            (
                "Operating profit in the April-June period rose 12 percent from a year \
                 earlier. Forecasters said rain is possible on Monday. The family was rescued \
                 on Sunday Creek Road.",
                Some("2019-07-24"),
                &[
                    ("April-June period", "DATE", "2019-Q2"),
                    ("a year earlier", "DATE", "2018-Q2"),
                    ("Monday", "DATE", "2019-07-29"),
                ],
            ),
            // A small hour told after a late one in its sentence is the next day's, and
            // so is what the story tells next; a range's end moves alone.
            (
                "Smith left the tavern at about 11:30 p.m. Friday and returned shortly after \
                 1 a.m. An argument broke out at about 1:45 a.m. A curfew runs from 9 p.m. to \
                 5 a.m. Shops close at 8 p.m.",
                Some("2012-05-26"),
                &[
                    ("11:30 p.m. Friday", "TIME", "2012-05-25T23:30"),
                    ("1 a.m.", "TIME", "2012-05-26T01:00"),
                    ("1:45 a.m.", "TIME", "2012-05-26T01:45"),
                    ("9 p.m.", "TIME", "2012-05-26T21:00"),
                    ("5 a.m.", "TIME", "2012-05-27T05:00"),
                    ("8 p.m.", "TIME", "2012-05-26T20:00"),
                ],
            ),
            // Guards from a review: an earlier event's small hour ("after he was last seen
            // at 5 a.m."); an evening told after the small hours stays the night's day;
            // "likely" after a day's thing; "Wall Street", "Downing Street" after a day.
            (
                "The victim was found at 10 p.m. Tuesday after he was last seen at 5 a.m. The \
                 fire broke out at 11 p.m. Saturday and was contained by 3 a.m. Neighbors \
                 smelled smoke at about 10:45 p.m. More arrests are likely after Saturday's \
                 raid. On Monday Wall Street stocks closed lower. Aides said Monday Downing \
                 Street would not comment.",
                Some("2024-05-20"),
                &[
                    ("10 p.m. Tuesday", "TIME", "2024-05-14T22:00"),
                    ("5 a.m.", "TIME", "2024-05-14T05:00"),
                    ("11 p.m. Saturday", "TIME", "2024-05-18T23:00"),
                    ("3 a.m.", "TIME", "2024-05-19T03:00"),
                    ("10:45 p.m.", "TIME", "2024-05-18T22:45"),
                    ("Saturday", "DATE", "2024-05-18"),
                    ("Monday", "DATE", "2024-05-20"),
                    ("Monday", "DATE", "2024-05-20"),
                ],
            ),
            // A clock takes the date told after "local time on".
            (
                "The quake struck at 7:58 am local time on December 26, 2004, off Sumatra.",
                Some("2025-12-26"),
                &[
                    ("7:58 am", "TIME", "2004-12-26T07:58"),
                    ("December 26, 2004", "DATE", "2004-12-26"),
                ],
            ),
            // A price's rate before "after" is no length ("$9.99 a month after a free
            // trial"); "a month after the vote" is; "C$307.2 a year earlier" is a date.
            (
                "Some features require a subscription of $9.99 a month after a free trial. He \
                 left a month after the vote. Sales were C$348.2 million compared with C$307.2 \
                 a year earlier.",
                Some("2024-09-10"),
                &[
                    ("a month", "DURATION", "P1M"),
                    ("a year earlier", "DATE", "2023"),
                ],
            ),
            // Refusals: ages ("in their 60s and 70s"), "buy now, pay later"; "the close of
            // Tuesday's meeting" is Tuesday alone.
            (
                "Survivors, now mostly in their 60s and 70s, gathered. Shoppers were urged to \
                 buy now, pay later. \"We heard a lot,\" she said at the close of Tuesday's \
                 meeting.",
                Some("2025-12-04"),
                &[
                    ("now", "DATE", "PRESENT_REF"),
                    ("Tuesday", "DATE", "2025-12-02"),
                ],
            ),
        ],
        false,
    );
}

#[test]
fn seventh_session_rules() {
    check(
        &[
            // A verb inside a ", which ... ," aside closed before the date is not the
            // date's: with no other cue, "by February" reaches ahead.
            (
                "The sale, which had been expected, is part of a program to pay down $5 \
                 billion of a bridge loan by February. The jury, which began deliberating on \
                 Tuesday, could reach a verdict by Monday.",
                Some("1989-11-01"),
                &[
                    ("February", "DATE", "1990-02"),
                    ("Tuesday", "DATE", "1989-10-31"),
                    ("Monday", "DATE", "1989-11-06"),
                ],
            ),
            // A month told as ahead after an earlier date in its sentence: next year's when
            // all told before is later than the month (then already gone); this year's when
            // the speech was dated before it.
            (
                "The deal, announced last week, is expected to close in March. Officials said \
                 on Monday that the bridge could open in March. Officials said in February \
                 that the bridge could open in March.",
                Some("2024-05-15"),
                &[
                    ("last week", "DATE", "2024-W19"),
                    ("March", "DATE", "2025-03"),
                    ("Monday", "DATE", "2024-05-13"),
                    ("March", "DATE", "2025-03"),
                    ("February", "DATE", "2024-02"),
                    ("March", "DATE", "2024-03"),
                ],
            ),
            // When a change takes effect is told by the calendar: the next such day, or one
            // just gone; not "had ..., effective".
            (
                "The bank created a new office, effective Feb. 1. The bank cut its rate, \
                 effective Oct. 1. The bank had cut its rate, effective Jan. 1.",
                Some("1989-10-26"),
                &[
                    ("Feb. 1", "DATE", "1990-02-01"),
                    ("Oct. 1", "DATE", "1989-10-01"),
                    ("Jan. 1", "DATE", "1989-01-01"),
                ],
            ),
            // A range's end is no weekday before its start: told on the start's own day,
            // the end moves on a week (and a clock after it keeps the story's day).
            (
                "Officials imposed a curfew from 9 p.m. Saturday until 6 a.m. Sunday. The \
                 president was briefed at 11 a.m.",
                Some("2017-09-09"),
                &[
                    ("9 p.m. Saturday", "TIME", "2017-09-09T21:00"),
                    ("6 a.m. Sunday", "TIME", "2017-09-10T06:00"),
                    ("11 a.m.", "TIME", "2017-09-09T11:00"),
                ],
            ),
            // "a year later than planned" is a delay's length; "one day" with a modal is a
            // day ahead, unnamed ("will last one day" is a length).
            (
                "The Games opened Friday, a year later than planned. \"Maybe one day I will \
                 need somebody again.\" He hopes one day to coach. The strike will last one \
                 day. It took one day and will take another.",
                Some("2021-07-23"),
                &[
                    ("Friday", "DATE", "2021-07-23"),
                    ("a year", "DURATION", "P1Y"),
                    ("one day", "DATE", "FUTURE_REF"),
                    ("one day", "DATE", "FUTURE_REF"),
                    ("one day", "DURATION", "P1D"),
                    ("one day", "DURATION", "P1D"),
                ],
            ),
            // Tense cues: a verb of saying before "that" yields to the clause's own verb;
            // a present passive's "for" is ahead; "close-up" is no verb; a "will" far
            // before a possessive day does not carry it; a forecast's "could fall"; "since"
            // tells only of its own date.
            (
                "Veterans said Friday that Sunday's parade will go ahead. Hotels are already \
                 booked for Sunday. He is wanted for Sunday's attack. Scientists released \
                 the first close-up images Wednesday. They will face each other in a runoff \
                 on May 7 after finishing first and second in Sunday's vote. Snow could fall \
                 Tuesday night and Wednesday. The miners trapped since Aug. 5 might not be \
                 freed before Christmas.",
                Some("2010-08-27"),
                &[
                    ("Friday", "DATE", "2010-08-27"),
                    ("Sunday", "DATE", "2010-08-29"),
                    ("Sunday", "DATE", "2010-08-29"),
                    ("Sunday", "DATE", "2010-08-22"),
                    ("Wednesday", "DATE", "2010-08-25"),
                    ("May 7", "DATE", "2011-05-07"),
                    ("Sunday", "DATE", "2010-08-22"),
                    ("Tuesday night", "TIME", "2010-08-31TNI"),
                    ("Wednesday", "DATE", "2010-09-01"),
                    ("Aug. 5", "DATE", "2010-08-05"),
                    ("Christmas", "DATE", "2010-12-25"),
                ],
            ),
            // A holiday's part of the day and its weekend (the one before a Monday
            // holiday); Mother's and Father's Day; Thanksgiving's year by its late-November
            // day; a company's "H1 results".
            (
                "Stores opened on Thanksgiving morning. Traffic was heavy over the Labor Day \
                 weekend. Sales will peak before Father's Day. He died on Mother's Day. The \
                 company's H1 results beat forecasts.",
                Some("2024-09-04"),
                &[
                    ("Thanksgiving morning", "TIME", "2023-11-23TMO"),
                    ("the Labor Day weekend", "DATE", "2024-W35-WE"),
                    ("Father's Day", "DATE", "2025-06-15"),
                    ("Mother's Day", "DATE", "2024-05-12"),
                    ("H1", "DATE", "2024-H1"),
                ],
            ),
            // "the record set on 4 December" is past; "a free open house" is no verb; a
            // ", when ..." clause tells of the date, not its tense; a quote that opens the
            // sentence tells its dates by its own verbs, not by "she said".
            (
                "The river was expected to peak on Tuesday 17 January, just below the record \
                 set on 4 December. The museum marked its anniversary with a free open house \
                 on Saturday. A strike would coincide with a road race on Sunday, when \
                 organizers had planned to use trains. \"That puts us well into the summer,\" \
                 she said. \"The vote is on Monday,\" she said.",
                Some("2023-01-11"),
                &[
                    ("Tuesday 17 January", "DATE", "2023-01-17"),
                    ("4 December", "DATE", "2022-12-04"),
                    ("Saturday", "DATE", "2023-01-07"),
                    ("Sunday", "DATE", "2023-01-15"),
                    ("the summer", "DATE", "2023-SU"),
                    ("Monday", "DATE", "2023-01-16"),
                ],
            ),
            // "a year earlier" after a sentence that opens with a past year is the year
            // before it; "a year ago" and a bare "a year earlier" count from the reference.
            (
                "In 2019 the firm earned $5 million. A year earlier, it lost $1 million. In \
                 2019 it hired 40 people. A year ago, it hired none. Sales rose 5% from a \
                 year earlier.",
                Some("2021-03-01"),
                &[
                    ("2019", "DATE", "2019"),
                    ("A year earlier", "DATE", "2018"),
                    ("2019", "DATE", "2019"),
                    ("A year ago", "DATE", "2020"),
                    ("a year earlier", "DATE", "2020"),
                ],
            ),
            // A bare small hour just after a night told is the next day's; a later hour
            // is not, nor one after an adjective's "late-night".
            (
                "Winds began gusting Friday night. The airport recorded a gust shortly before \
                 4 a.m., before the gauge failed. Friday night was quiet. He was arrested at \
                 10 a.m., police said. Her late-night posts continued. She woke at 3 a.m.",
                Some("2017-09-09"),
                &[
                    ("Friday night", "TIME", "2017-09-08TNI"),
                    ("4 a.m.", "TIME", "2017-09-09T04:00"),
                    ("Friday night", "TIME", "2017-09-08TNI"),
                    ("10 a.m.", "TIME", "2017-09-08T10:00"),
                    ("late-night", "TIME", "2017-09-08TNI"),
                    ("3 a.m.", "TIME", "2017-09-08T03:00"),
                ],
            ),
            // A company's H2 told in the past early in a year is the last year's; "will"
            // before a thing's day ("examine the crash on Oct. 14") moves nothing; "as
            // early as" a month is strictly ahead, "as soon as May signs" is a name; a
            // headline's "workers to strike Monday" is ahead.
            (
                "Unilever said its H2 profit rose 12 percent. Nokia will report H2 results \
                 next week. The inquiry will examine the crash on Oct. 14. A deal could come \
                 as early as August. Britain will act as soon as May signs the letter.",
                Some("2025-12-10"),
                &[
                    ("H2", "DATE", "2025-H2"),
                    ("H2", "DATE", "2025-H2"),
                    ("next week", "DATE", "2025-W51"),
                    ("Oct. 14", "DATE", "2025-10-14"),
                    ("August", "DATE", "2026-08"),
                ],
            ),
            (
                "Unilever said its H2 profit rose 12 percent. Nokia will report H2 results \
                 next week.",
                Some("2025-03-05"),
                &[
                    ("H2", "DATE", "2024-H2"),
                    ("H2", "DATE", "2024-H2"),
                    ("next week", "DATE", "2025-W11"),
                ],
            ),
            // Refusals: temperatures ("highs in the 60s"), ages after "aged" ("babies aged
            // 2 months to 8 months").
            (
                "Expect highs in the 60s on Thursday, with lows into the 40s. The trial \
                 enrolled babies aged 2 months to 8 months for two years.",
                Some("2019-10-09"),
                &[
                    ("Thursday", "DATE", "2019-10-10"),
                    ("two years", "DURATION", "P2Y"),
                ],
            ),
            // A quarter's results to be released are of the quarter just ended (not a
            // forecast's); "She tees off ... Saturday" is ahead.
            (
                "The company will release fourth-quarter earnings on Thursday. The airline \
                 expects a second-quarter loss. She tees off at 1:40 p.m. Saturday.",
                Some("2026-02-18"),
                &[
                    ("fourth-quarter", "DATE", "2025-Q4"),
                    ("Thursday", "DATE", "2026-02-19"),
                    ("second-quarter", "DATE", "2026-Q2"),
                    ("1:40 p.m. Saturday", "TIME", "2026-02-21T13:40"),
                ],
            ),
            // Mends after a third review: "highs" before a decade only as a temperature;
            // "aged" only as a person's age; a fronted "Facing ..." is no cue ahead.
            (
                "Music from the 60s hit new highs on streaming charts. The whisky, aged 18 \
                 years in casks, sold on Tuesday. Facing a deadline on Tuesday, negotiators \
                 reached a deal.",
                Some("2024-05-09"),
                &[
                    ("the 60s", "DATE", "196"),
                    ("18 years", "DURATION", "P18Y"),
                    ("Tuesday", "DATE", "2024-05-07"),
                    ("Tuesday", "DATE", "2024-05-07"),
                ],
            ),
            // "two decades later" counts from a decade told, and is a decade; a
            // "Christmas pantomime" is a show, no date.
            (
                "Built in 1874, the lighthouse was automated in the 1960s and decommissioned \
                 two decades later. The theatre staged its first Christmas pantomime in 1898.",
                Some("2023-05-01"),
                &[
                    ("1874", "DATE", "1874"),
                    ("the 1960s", "DATE", "196"),
                    ("two decades later", "DATE", "198"),
                    ("1898", "DATE", "1898"),
                ],
            ),
            // A weekday a day told in its sentence comes "before" (or lasts "until") is
            // the first such weekday after that day.
            (
                "The team waived two guards on Friday to trim its roster before Monday's \
                 deadline. He resigned on Friday before Monday's vote.",
                Some("2018-10-09"),
                &[
                    ("Friday", "DATE", "2018-10-05"),
                    ("Monday", "DATE", "2018-10-08"),
                    ("Friday", "DATE", "2018-10-05"),
                    ("Monday", "DATE", "2018-10-08"),
                ],
            ),
            // A participle after its noun, close after a "will", is no past ("bills mailed
            // in late January"); far from it, across a comma, it is ("shares issued July
            // 1": TimeBank).
            (
                "Residents will see the higher rate on tax bills mailed in late January. \
                 Residents received tax bills mailed in late January. It will offer 1,800 \
                 francs each for a block of shares issued July 1.",
                Some("1998-11-10"),
                &[
                    ("late January", "DATE", "1999-01"),
                    ("late January", "DATE", "1998-01"),
                    ("July 1", "DATE", "1998-07-01"),
                ],
            ),
            // An event faced is ahead ("was facing" is the past's).
            (
                "The coalition collapsed on Tuesday, leaving the prime minister facing a \
                 confidence vote on Thursday. He was facing a vote on Thursday when he \
                 resigned.",
                Some("2011-06-17"),
                &[
                    ("Tuesday", "DATE", "2011-06-14"),
                    ("Thursday", "DATE", "2011-06-23"),
                    ("Thursday", "DATE", "2011-06-16"),
                ],
            ),
            (
                "Rail workers to strike Monday",
                Some("2025-06-11"),
                &[("Monday", "DATE", "2025-06-16")],
            ),
            // Mends after review: "effective" keeps a date told before it in its sentence;
            // "holds an open day" is ahead; a company's H1 is the reference year's whatever
            // the tense; a forecast's verb may have an object or a measure before the day.
            (
                "On Sept. 15, the company named Smith chief executive, effective Oct. 1. The \
                 company appointed Jones in July, effective Aug. 1. The museum holds an open \
                 day on Saturday. The company will report H1 results on Thursday. The storm \
                 could hit the coast Sunday. Temperatures could reach 35C on Sunday.",
                Some("2023-10-13"),
                &[
                    ("Sept. 15", "DATE", "2023-09-15"),
                    ("Oct. 1", "DATE", "2023-10-01"),
                    ("July", "DATE", "2023-07"),
                    ("Aug. 1", "DATE", "2023-08-01"),
                    ("Saturday", "DATE", "2023-10-14"),
                    ("H1", "DATE", "2023-H1"),
                    ("Thursday", "DATE", "2023-10-19"),
                    ("Sunday", "DATE", "2023-10-15"),
                    ("Sunday", "DATE", "2023-10-15"),
                ],
            ),
            // A range's bare end day before "this year"; the eve of a holiday (not of an
            // election, whose day the text does not give).
            (
                "The festival runs from June 14 to 16 this year. Travel peaks on the eve of \
                 Thanksgiving. He spoke on the eve of the election. Crowds will gather on the \
                 eve of the Fourth of July.",
                Some("2011-05-02"),
                &[
                    ("June 14", "DATE", "2011-06-14"),
                    ("16", "DATE", "2011-06-16"),
                    ("this year", "DATE", "2011"),
                    ("the eve of Thanksgiving", "DATE", "2011-11-23"),
                    ("the eve of the Fourth of July", "DATE", "2011-07-03"),
                ],
            ),
            // "the small hours of Sunday" as "the early hours of Sunday": that morning.
            (
                "The fire broke out in the small hours of Sunday.",
                Some("2001-06-25"),
                &[("the small hours of Sunday", "TIME", "2001-06-24TMO")],
            ),
            // A day "will" sets is ahead, not weeks gone; a span's end is not moved.
            (
                "The general election will be held on Nov. 4. The report will cover sales \
                 through Nov. 4.",
                Some("2007-12-21"),
                &[
                    ("Nov. 4", "DATE", "2008-11-04"),
                    ("Nov. 4", "DATE", "2007-11-04"),
                ],
            ),
            // A day ahead told in the sentence before gives no year to a past month; a
            // sentence opening "Last year," does; a headline's noun before "to meet".
            (
                "OPEC ministers to meet Friday on output\n\nEastair plans to resume flights \
                 on Jan. 15. Service was suspended in September. Families have until March \
                 31 to apply. Last year, applications peaked in February.",
                Some("2001-12-05"),
                &[
                    ("Friday", "DATE", "2001-12-07"),
                    ("Jan. 15", "DATE", "2002-01-15"),
                    ("September", "DATE", "2001-09"),
                    ("March 31", "DATE", "2002-03-31"),
                    ("Last year", "DATE", "2000"),
                    ("February", "DATE", "2000-02"),
                ],
            ),
            // What is awaited is ahead; "said Monday that ... would reopen Tuesday" is the
            // Tuesday after that Monday; a small hour after an evening clock, in its
            // sentence or the next, is the next day's.
            (
                "Traders are now waiting for Friday's retail figures. Investors await \
                 Friday's jobs report. Officials said Monday that the line would reopen \
                 Tuesday, but it was still closed Wednesday. The game, which began at 7:05 \
                 p.m. Monday, did not end until 1:12 a.m. The sheriff issued an order at 9:45 \
                 p.m. Tuesday. Deputies went door to door until about 2 a.m.",
                Some("2001-08-01"),
                &[
                    ("now", "DATE", "PRESENT_REF"),
                    ("Friday", "DATE", "2001-08-03"),
                    ("Friday", "DATE", "2001-08-03"),
                    ("Monday", "DATE", "2001-07-30"),
                    ("Tuesday", "DATE", "2001-07-31"),
                    ("Wednesday", "DATE", "2001-08-01"),
                    ("7:05 p.m. Monday", "TIME", "2001-07-30T19:05"),
                    ("1:12 a.m.", "TIME", "2001-07-31T01:12"),
                    ("9:45 p.m. Tuesday", "TIME", "2001-07-31T21:45"),
                    ("2 a.m.", "TIME", "2001-08-01T02:00"),
                ],
            ),
            // A ", when" clause tells of the year before it; "as early as May".
            (
                "Japan last changed eras in 1989, when Emperor Hirohito died on Jan. 7. \
                 Analysts expect a further rise as early as May.",
                Some("2019-04-30"),
                &[
                    ("1989", "DATE", "1989"),
                    ("Jan. 7", "DATE", "1989-01-07"),
                    ("May", "DATE", "2019-05"),
                ],
            ),
            // What is braced or prepared for, with its day after a noun, is ahead (not
            // the past's "braced for an attack on Sunday, but it never came").
            (
                "Britain's railways were bracing for a third walkout on Saturday, after \
                 walkouts on Tuesday and Thursday. Troops braced for an attack on Sunday, but \
                 it never came.",
                Some("2022-06-24"),
                &[
                    ("Saturday", "DATE", "2022-06-25"),
                    ("Tuesday", "DATE", "2022-06-21"),
                    ("Thursday", "DATE", "2022-06-23"),
                    ("Sunday", "DATE", "2022-06-19"),
                ],
            ),
        ],
        false,
    );
}

/// Rules added in the eighth session (4 December, second half), each from a blind set.
#[test]
fn eighth_session_rules() {
    check(
        &[
            // A part of the day before "on" and a day takes that day ("from early afternoon
            // on Friday"); the day stays an expression of its own, as after a clock.
            (
                "Crowds are expected to line the approach from early afternoon on Friday. \
                 Rain is expected in the morning on Friday.",
                Some("2003-10-20"),
                &[
                    ("early afternoon", "TIME", "2003-10-24TAF"),
                    ("Friday", "DATE", "2003-10-24"),
                    ("the morning", "TIME", "2003-10-24TMO"),
                    ("Friday", "DATE", "2003-10-24"),
                ],
            ),
            // A clock opening its line before a dash heads a live blog's entry: today's,
            // whatever day the entry before told ("since Tuesday night").
            (
                "Snow live updates\n\n2:15 p.m. — Plows have been running since Tuesday \
                 night.\n\n12:05 p.m. — The Thruway closed shortly after noon.",
                Some("2013-11-14"),
                &[
                    ("2:15 p.m.", "TIME", "2013-11-14T14:15"),
                    ("Tuesday night", "TIME", "2013-11-12TNI"),
                    ("12:05 p.m.", "TIME", "2013-11-14T12:05"),
                    ("noon", "TIME", "2013-11-14T12:00"),
                ],
            ),
            // ... or the day a line of its own told last, over a timeline's entries.
            (
                "Here is how the day after the attacks unfolded.\n\nSept. 12, 2001\n\n7 a.m. — Rescue teams resume the \
                 search.\n\n9:30 a.m. — The mayor speaks.\n\n14:00 — The president visits.",
                Some("2011-09-11"),
                &[
                    ("Sept. 12, 2001", "DATE", "2001-09-12"),
                    ("7 a.m.", "TIME", "2001-09-12T07:00"),
                    ("9:30 a.m.", "TIME", "2001-09-12T09:30"),
                    ("14:00", "TIME", "2001-09-12T14:00"),
                ],
            ),
            // A half under way is no half gone, whatever is expected of it.
            (
                "The company expects the second half to be stronger than the first half.",
                Some("2005-06-01"),
                &[
                    ("the second half", "DATE", "2005-H2"),
                    ("the first half", "DATE", "2005-H1"),
                ],
            ),
            // Half-hours, fortnightly and bi-weekly recurrences.
            (
                "The jury deliberated for a half-hour. Buses run every half-hour. Bins are \
                 collected fortnightly, and staff are paid bi-weekly.",
                Some("2010-02-03"),
                &[
                    ("a half-hour", "DURATION", "PT30M"),
                    ("every half-hour", "SET", "PT30M"),
                    ("fortnightly", "SET", "P2W"),
                    ("bi-weekly", "SET", "P2W"),
                ],
            ),
            // A deadline's slash date without a year, when its second number is a day (not
            // a fraction: "cut by 3/4").
            (
                "Call by 12/31 to enroll. Prices were cut by 3/4.",
                Some("2010-02-03"),
                &[("12/31", "DATE", "2010-12-31")],
            ),
            // Holidays set by the moon, from data/lunar_holidays.tsv: by tense as any
            // holiday, or in the year told; Ramadan is the month most of it falls in.
            (
                "Millions are travelling home for the Lunar New Year. Sales jumped during \
                 Chinese New Year 2023. The Spring Festival travel rush began. Ramadan \
                 begins in March, and Eid al-Fitr will follow. Last year's Eid al-Adha fell \
                 in June. Markets will close for Diwali. A town's Spring Festival of the arts \
                 opened.",
                Some("2024-01-30"),
                &[
                    ("the Lunar New Year", "DATE", "2024-02-10"),
                    ("Chinese New Year 2023", "DATE", "2023-01-22"),
                    ("The Spring Festival", "DATE", "2024-02-10"),
                    ("Ramadan", "DATE", "2024-03"),
                    ("March", "DATE", "2024-03"),
                    ("Eid al-Fitr", "DATE", "2024-04-10"),
                    ("Last year", "DATE", "2023"),
                    ("Eid al-Adha", "DATE", "2023-06-28"),
                    ("June", "DATE", "2023-06"),
                    ("Diwali", "DATE", "2024-11-01"),
                ],
            ),
            // "last year's Christmas" is that year's; a movable feast's eve is the day
            // before it.
            (
                "Last year's Christmas sales were strong. Stores will open on Thanksgiving Eve.",
                Some("2023-11-08"),
                &[
                    ("Last year", "DATE", "2022"),
                    ("Christmas", "DATE", "2022-12-25"),
                    ("Thanksgiving Eve", "DATE", "2023-11-22"),
                ],
            ),
            // "A year ago today" is the day a year back; "five years ago this week" its
            // week. "were unlikely to recover" reaches ahead as "were expected to" does.
            (
                "A year ago today, she watched the towers fall. Five years ago this week, the \
                 bank failed. He said prices were unlikely to recover before the autumn.",
                Some("2002-09-11"),
                &[
                    ("A year ago today", "DATE", "2001-09-11"),
                    ("Five years ago this week", "DATE", "1997-W37"),
                    ("the autumn", "DATE", "2002-FA"),
                ],
            ),
            // A run of entries keeps the day its first entry took from the line before
            // ("Here's how Tuesday unfolded:"), whatever day an entry tells.
            (
                "Here's how Tuesday unfolded:\n\n7 p.m. — Polls closed after a long day that \
                 began on Monday night.\n\n8 p.m. — Results began to come in.",
                Some("2024-11-06"),
                &[
                    ("Tuesday", "DATE", "2024-11-05"),
                    ("7 p.m.", "TIME", "2024-11-05T19:00"),
                    ("Monday night", "TIME", "2024-11-04TNI"),
                    ("8 p.m.", "TIME", "2024-11-05T20:00"),
                ],
            ),
            // "Chinese New Year's Eve" is the day before the Lunar New Year (not 31
            // December); "Tariq Ramadan" is a name.
            (
                "Families gather on Chinese New Year's Eve. Tariq Ramadan was convicted in \
                 May.",
                Some("2024-01-20"),
                &[
                    ("Chinese New Year's Eve", "DATE", "2024-02-09"),
                    ("May", "DATE", "2023-05"),
                ],
            ),
            // A timeline entry's month and year give the year of the days the entry tells;
            // a bare season after "before"; a catalogue's designation is no year.
            (
                "October 2001: Calder books revenue on Sept. 28. Lawmakers should bring the \
                 bill back before spring. The asteroid 2004 RK33 passed close.",
                Some("2003-07-22"),
                &[
                    ("October 2001", "DATE", "2001-10"),
                    ("Sept. 28", "DATE", "2001-09-28"),
                    ("spring", "DATE", "2004-SP"),
                ],
            ),
            // A time still given ("have until") is ahead whatever the sentence tells after.
            (
                "Taxpayers have until April 15 to file, and the IRS said Wednesday that 2 \
                 million returns had come in. They had until Friday to respond.",
                Some("2010-02-03"),
                &[
                    ("April 15", "DATE", "2010-04-15"),
                    ("Wednesday", "DATE", "2010-02-03"),
                    ("Friday", "DATE", "2010-01-29"),
                ],
            ),
            // A schedule's year-less entries follow each other across the new year and past
            // the window a bare date gets; a past chronology's entries stay past ("says it
            // will restate" told months later); a list told newest first keeps its days.
            (
                "The 2024 schedule:\nNov. 16 — at Pinecrest\nNov. 30 — at Pacific Lutheran\nJan. \
                 4 — playoff",
                Some("2024-08-28"),
                &[
                    ("2024", "DATE", "2024"),
                    ("Nov. 16", "DATE", "2024-11-16"),
                    ("Nov. 30", "DATE", "2024-11-30"),
                    ("Jan. 4", "DATE", "2025-01-04"),
                ],
            ),
            (
                "How the crisis unfolded:\n\nNov. 4, 2002: The SEC opens an inquiry.\n\nMarch 3: \
                 Calder says it will restate results.\n\nMarch 4: The shares fall.",
                Some("2003-07-22"),
                &[
                    ("Nov. 4, 2002", "DATE", "2002-11-04"),
                    ("March 3", "DATE", "2003-03-03"),
                    ("March 4", "DATE", "2003-03-04"),
                ],
            ),
            (
                "Recent results:\nJan. 4 — won at home\nDec. 14 — lost the bowl game",
                Some("2025-01-10"),
                &[
                    ("Jan. 4", "DATE", "2025-01-04"),
                    ("Dec. 14", "DATE", "2024-12-14"),
                ],
            ),
            // "approved ... starting in April" reaches ahead as ", effective April 1" does
            // (not "The store closed starting on Monday").
            (
                "The council approved a plan that moves pickup to every two weeks starting in \
                 April. The store closed starting on Monday, staff said.",
                Some("1998-02-10"),
                &[
                    ("every two weeks", "SET", "P2W"),
                    ("April", "DATE", "1998-04"),
                    ("Monday", "DATE", "1998-02-09"),
                ],
            ),
            // Holidays of other countries: fixed days, Canada's Mondays (Thanksgiving in a
            // Canadian story), India's and Pakistan's Independence Days, Saudi Arabia's
            // National Day; "Victoria" alone is a state.
            (
                "Fireworks will light up the sky on Bonfire Night. Schools close on All Saints' \
                 Day. Crowds gathered for Hogmanay. Races are held on St Stephen's Day. Victoria \
                 Day falls on a Monday. Saudi National Day is a holiday. India's Independence \
                 Day parade went ahead. Victoria has had its driest autumn.",
                Some("2024-11-01"),
                &[
                    ("Bonfire Night", "DATE", "2024-11-05"),
                    ("All Saints' Day", "DATE", "2024-11-01"),
                    ("Hogmanay", "DATE", "2024-12-31"),
                    ("St Stephen's Day", "DATE", "2024-12-26"),
                    ("Victoria Day", "DATE", "2024-05-20"),
                    ("Saudi National Day", "DATE", "2024-09-23"),
                    ("Independence Day", "DATE", "2024-08-15"),
                    ("autumn", "DATE", "2024-FA"),
                ],
            ),
            (
                "TORONTO — Grocers are busy ahead of Thanksgiving, retailers in Ontario said.",
                Some("2023-10-05"),
                &[("Thanksgiving", "DATE", "2023-10-09")],
            ),
            // In a southern story autumn is March to May: "has had its driest autumn",
            // told at the end of May, is this year's.
            (
                "MELBOURNE — Victoria has had its driest autumn since 2008. Last summer was \
                 hot.",
                Some("2024-05-31"),
                &[
                    ("autumn", "DATE", "2024-FA"),
                    ("2008", "DATE", "2008"),
                    ("Last summer", "DATE", "2023-SU"),
                ],
            ),
            // Independence Day in a story from India or Pakistan; a past deictic after a
            // closing "..., State House said" dates the saying; a ", saying ..." clause's
            // verbs do not tell the date's tense.
            (
                "NEW DELHI — The Prime Minister will address the nation at 7.30am on \
                 Independence Day. The President will lead celebrations at Kericho Green \
                 Stadium on Friday, State House said yesterday. The bank kept its rate \
                 unchanged on Monday, saying inflation is expected to ease.",
                Some("2023-08-14"),
                &[
                    ("7.30am", "TIME", "2023-08-15T07:30"),
                    ("Independence Day", "DATE", "2023-08-15"),
                    ("Friday", "DATE", "2023-08-18"),
                    ("yesterday", "DATE", "2023-08-13"),
                    ("Monday", "DATE", "2023-08-14"),
                ],
            ),
            // Mends from the second review: a list told newest first keeps its days; a
            // Canadian city named in passing makes no Canadian story, nor "Perth in
            // Scotland" a southern one; "hit a week on Monday" is a length reached; "the
            // Sunday World Cup final" is Sunday's.
            (
                "Latest developments, newest first:\nMay 28 — The board fired the chief \
                 executive.\nMarch 2 — Shareholders sued the company.\nAug. 15 — The company \
                 disclosed a data breach.",
                Some("2024-06-01"),
                &[
                    ("May 28", "DATE", "2024-05-28"),
                    ("March 2", "DATE", "2024-03-02"),
                    ("Aug. 15", "DATE", "2023-08-15"),
                ],
            ),
            (
                "Travelers from Toronto are flocking to New York for Thanksgiving.",
                Some("2023-11-15"),
                &[("Thanksgiving", "DATE", "2023-11-23")],
            ),
            (
                "Perth in Scotland had its wettest spring on record. The shutdown hit a week \
                 on Monday. Fans packed bars for the Sunday World Cup final.",
                Some("2024-06-10"),
                &[
                    ("spring", "DATE", "2024-SP"),
                    ("a week", "DURATION", "P1W"),
                    ("Monday", "DATE", "2024-06-10"),
                    ("Sunday", "DATE", "2024-06-09"),
                ],
            ),
            // From the third blind set of articles: a modal after a verb of saying carries
            // the date; "beginning at 6 a.m. Thursday" after an order; "likely by
            // Thursday night"; "washed out play"; "Tuesday marks 25 years since ..."; rates
            // in kronor.
            (
                "Forecasters said it could strike the coast by Saturday. Officials ordered an \
                 evacuation beginning at 6 a.m. Thursday. A mandatory order was likely by \
                 Thursday night. Rain washed out play on Monday. Tuesday marks 25 years since \
                 the dam gave way. It costs 150 million kronor a day.",
                Some("2008-09-10"),
                &[
                    ("Saturday", "DATE", "2008-09-13"),
                    ("6 a.m. Thursday", "TIME", "2008-09-11T06:00"),
                    ("Thursday night", "TIME", "2008-09-11TNI"),
                    ("Monday", "DATE", "2008-09-08"),
                    ("Tuesday", "DATE", "2008-09-16"),
                    ("25 years", "DURATION", "P25Y"),
                ],
            ),
            (
                "Gov. Alan Breaux ordered mandatory evacuations beginning at 6 p.m. Thursday, \
                 and about 80,000 people left.",
                Some("2017-09-09"),
                &[("6 p.m. Thursday", "TIME", "2017-09-07T18:00")],
            ),
            // Mends from the third review: a northern dateline outranks a country named in
            // passing; "Indian Ocean" is no India; what "had been expected by" a date was
            // awaited; "U.S. Thanksgiving" in a Toronto story is the US one.
            (
                "LONDON — England will host New Zealand in spring, the ECB said. Sailors in the \
                 Indian Ocean will grill burgers on Independence Day. The deal, which had been \
                 expected by March, collapsed in May.",
                Some("2024-08-20"),
                &[
                    ("spring", "DATE", "2025-SP"),
                    ("March", "DATE", "2024-03"),
                    ("May", "DATE", "2024-05"),
                ],
            ),
            (
                "TORONTO — Canadian retailers are bracing for shoppers to cross the border for \
                 U.S. Thanksgiving sales. Turkey sales are up ahead of Thanksgiving.",
                Some("2023-10-05"),
                &[
                    ("Thanksgiving", "DATE", "2023-11-23"),
                    ("Thanksgiving", "DATE", "2023-10-09"),
                ],
            ),
            // From the last blind set: "another week" is a length; names refused ("The
            // Tonight Show", the "Good Friday Agreement", "Vision 2030").
            (
                "Officials extended the curfew for another week. He announced it on \"The \
                 Tonight Show\". It was the first budget since the Good Friday Agreement, part of \
                 the Vision 2030 plan.",
                Some("2016-06-21"),
                &[("another week", "DURATION", "P1W")],
            ),
            // British idioms.
            (
                "Applications close on Friday week. Staff will walk out a week on Monday. On \
                 this day last year, he won. This time last year prices were lower.",
                Some("2023-09-13"),
                &[
                    ("Friday week", "DATE", "2023-09-22"),
                    ("a week on Monday", "DATE", "2023-09-25"),
                    ("this day last year", "DATE", "2022-09-13"),
                    ("This time last year", "DATE", "2022"),
                ],
            ),
            // Rates in any currency or per cent are no lengths; programmes and newspapers are
            // no days; an adjective after an article is no past ("a paid holiday"), nor is
            // a present-event noun after a past verb ("watched play").
            (
                "He earns N70,000 a month, or 3 per cent a month more. He told the BBC's Today \
                 programme and the Sunday World. Employees will get a paid holiday on Monday. A \
                 record crowd watched play in the Test on Thursday.",
                Some("2024-12-27"),
                &[
                    ("Monday", "DATE", "2024-12-30"),
                    ("Thursday", "DATE", "2024-12-26"),
                ],
            ),
            // Refusals: a price's sixteenths after "by", a day no month has, an office
            // named before "Office" keeps its year.
            (
                "Shares of Intel rose by 3/16 to 142 1/2. Payments are due by 2/30. The \
                 Foreign Office 2016 review found shortages.",
                Some("1997-03-10"),
                &[("2016", "DATE", "2016")],
            ),
            // Refusals: software releases, a company named for a morning, tax forms.
            (
                "Support for Office 2016 and Windows 2000 ends in October. Tuesday Morning \
                 Corp. said sales fell. Taxpayers file their 1040s.",
                Some("2010-02-03"),
                &[("October", "DATE", "2010-10")],
            ),
        ],
        false,
    );
}

#[test]
fn ninth_session_rules() {
    check(
        &[
            // A modal tells of taking part in a day's coming event ("may punish Labour in
            // Thursday's general election"), and a clock after it is of that day; it does
            // not make a day's outcome ahead ("must learn from Saturday's defeat"), nor
            // does a negated "could".
            (
                "Theresa May said voters may punish Labour in Thursday's general election. \
                 Polling stations open at 7 a.m. Players must learn from Saturday's defeat. \
                 He could not vote in Wednesday's election.",
                Some("2010-05-04"),
                &[
                    ("Thursday", "DATE", "2010-05-06"),
                    ("7 a.m.", "TIME", "2010-05-06T07:00"),
                    ("Saturday", "DATE", "2010-05-01"),
                    ("Wednesday", "DATE", "2010-04-28"),
                ],
            ),
            // A countdown ("with two days to go before Thursday's referendum") is ahead
            // in a past-tense sentence; "had to go before" is no countdown.
            (
                "With two days to go before Thursday's referendum, polls showed the two \
                 campaigns neck and neck. Polling stations will be open from 7am to 10pm. He \
                 had to go before the judge on Monday.",
                Some("2016-06-21"),
                &[
                    ("two days", "DURATION", "P2D"),
                    ("Thursday", "DATE", "2016-06-23"),
                    ("7am", "TIME", "2016-06-23T07:00"),
                    ("10pm", "TIME", "2016-06-23T22:00"),
                    ("Monday", "DATE", "2016-06-20"),
                ],
            ),
            // "Theresa May won": a capitalised "May" before a past form is no modal.
            (
                "Theresa May won it in the June primary by 900 votes.",
                Some("2018-11-07"),
                &[("June", "DATE", "2018-06")],
            ),
            // A wait told with a modal reaches ahead when "have" is a possession ("might
            // not have power back until the weekend"), not a perfect.
            (
                "Officials warned that some customers might not have power back until the \
                 weekend. The story should not have been published until Monday.",
                Some("2026-01-13"),
                &[
                    ("the weekend", "DATE", "2026-W03-WE"),
                    ("Monday", "DATE", "2026-01-12"),
                ],
            ),
            // "proposed" after its subject is a past verb; "the proposed budget" is not.
            (
                "The Senate restored the cuts that Gov. Tom Corbett proposed in February.",
                Some("2012-06-06"),
                &[("February", "DATE", "2012-02")],
            ),
            // What a forecast is for is ahead, unless it was missed (and a day's forecast
            // is judged once the day has come).
            (
                "He said revenue projections for Q3 were conservative. The firm missed its \
                 forecast for the first quarter. The forecast for Thursday was wrong.",
                Some("2012-06-06"),
                &[
                    ("Q3", "DATE", "2012-Q3"),
                    ("the first quarter", "DATE", "2012-Q1"),
                    ("Thursday", "DATE", "2012-05-31"),
                ],
            ),
            // A present perfect is no past perfect before "prepare for"; a trial date set is
            // ahead (an original one is not); a match's winner advances to a day ahead.
            (
                "The Cowboys have had a week to prepare for Thursday night's game. A judge \
                 on Monday set a trial date of Jan. 9. The original trial date of Sept. 12 \
                 was postponed.",
                Some("2021-11-28"),
                &[
                    ("a week", "DURATION", "P1W"),
                    ("Thursday night", "TIME", "2021-12-02TNI"),
                    ("Monday", "DATE", "2021-11-22"),
                    ("Jan. 9", "DATE", "2022-01-09"),
                    ("Sept. 12", "DATE", "2021-09-12"),
                ],
            ),
            (
                "Florida plays Maryland Thursday night, with the winner advancing to \
                 Saturday's regional final. Fans celebrated after Sunday's win.",
                Some("2025-03-26"),
                &[
                    ("Thursday night", "TIME", "2025-03-27TNI"),
                    ("Saturday", "DATE", "2025-03-29"),
                    ("Sunday", "DATE", "2025-03-23"),
                ],
            ),
            // A bare clock told as ahead after a past day is of the day ahead told.
            (
                "Florida plays Maryland Thursday night. Fans recalled Sunday's upset. Tip-off \
                 is scheduled for 7:39 p.m.",
                Some("2025-03-26"),
                &[
                    ("Thursday night", "TIME", "2025-03-27TNI"),
                    ("Sunday", "DATE", "2025-03-23"),
                    ("7:39 p.m.", "TIME", "2025-03-27T19:39"),
                ],
            ),
            // "leave" is a present event ("The Steelers leave for Tampa Monday"), not a
            // noun ("on maternity leave"); a participle's aside tells its own date.
            (
                "The Steelers leave for Tampa Monday. Workers on maternity leave on Tuesday \
                 were paid. Arsenal, beaten by City on Sunday, travel to Chelsea on Saturday.",
                Some("2009-01-22"),
                &[
                    ("Monday", "DATE", "2009-01-26"),
                    ("Tuesday", "DATE", "2009-01-20"),
                    ("Sunday", "DATE", "2009-01-18"),
                    ("Saturday", "DATE", "2009-01-24"),
                ],
            ),
            // Counts with commas and halves with a decimal point are lengths; so is a span
            // of years before any calendar ("nearly 60,000 years ago"); a rate is not.
            (
                "The site was settled nearly 60,000 years ago. It lasted 2,400 years. The \
                 flight took 12.5 hours. Growth of 2.5 percent. Version 1.5 shipped. Five \
                 centuries ago, it fell.",
                Some("2020-01-01"),
                &[
                    ("nearly 60,000 years", "DURATION", "P60000Y"),
                    ("2,400 years", "DURATION", "P2400Y"),
                    ("12.5 hours", "DURATION", "PT12H30M"),
                    ("Five centuries ago", "DATE", "1520"),
                ],
            ),
            // "unveiled" is a verb; an aside measuring from the date to another event does
            // not tell its tense; "ahead of its release Friday" is ahead.
            (
                "Apple unveiled a redesign of its software Monday, saying iOS 7 will reach \
                 iPhones this fall. The probe will arrive at comet 67P/Churyumov-Gerasimenko \
                 on Wednesday, a decade after it was launched in March 2004. Scientists began \
                 a review of the report Tuesday, ahead of its release Friday.",
                Some("2013-06-11"),
                &[
                    ("Monday", "DATE", "2013-06-10"),
                    ("this fall", "DATE", "2013-FA"),
                    ("Wednesday", "DATE", "2013-06-12"),
                    ("a decade", "DURATION", "P10Y"),
                    ("March 2004", "DATE", "2004-03"),
                    ("Tuesday", "DATE", "2013-06-11"),
                    ("Friday", "DATE", "2013-06-14"),
                ],
            ),
            // A clock takes no day from a closing frame after it ("..., Arianespace said
            // Thursday").
            (
                "A rocket is set to launch a satellite on Monday, during a window that opens \
                 at 14:32 GMT, Arianespace said Thursday.",
                Some("2026-10-23"),
                &[
                    ("Monday", "DATE", "2026-10-26"),
                    ("14:32 GMT", "TIME", "2026-10-26T14:32"),
                    ("Thursday", "DATE", "2026-10-22"),
                ],
            ),
            // "a year earlier" after a past year's date told in the sentence is the year
            // before that one; after none, the year before the reference year.
            (
                "The average temperature last year was 0.69 degrees above the 20th-century \
                 average, up from 0.66 degrees a year earlier. Arrests on New Year's Eve fell \
                 by a third from a year earlier. Sales rose 5 percent from a year earlier.",
                Some("2015-01-02"),
                &[
                    ("last year", "DATE", "2014"),
                    ("20th-century", "DATE", "19"),
                    ("a year earlier", "DATE", "2013"),
                    ("New Year's Eve", "DATE", "2014-12-31"),
                    ("a year earlier", "DATE", "2013"),
                    ("a year earlier", "DATE", "2014"),
                ],
            ),
            // A countdown of minutes is a match's, and one told in the past perfect is
            // gone: neither makes the day ahead.
            (
                "With 10 minutes to go before half-time on Saturday, Kane scored. With two \
                 days to go before Sunday's election, the polls had narrowed.",
                Some("2019-03-11"),
                &[
                    ("10 minutes", "DURATION", "PT10M"),
                    ("Saturday", "DATE", "2019-03-09"),
                    ("two days", "DURATION", "P2D"),
                    ("Sunday", "DATE", "2019-03-10"),
                ],
            ),
            // "agreed" is a past verb; a day's own thing told done ("Friday's report
            // showed") is past; a relative aside's date keeps its own tense.
            (
                "Belgium and France agreed over the weekend to rescue Dexia. The committee \
                 meets Wednesday after Friday's report showed weak hiring. Tesla, which cut \
                 prices in April, is expected to post lower margins.",
                Some("2011-10-10"),
                &[
                    ("the weekend", "DATE", "2011-W40-WE"),
                    ("Wednesday", "DATE", "2011-10-12"),
                    ("Friday", "DATE", "2011-10-07"),
                    ("April", "DATE", "2011-04"),
                ],
            ),
            // "for the year" after the one year the sentence told is that year; a goal
            // raced for is ahead; so is a day counted down to from today; "half a century
            // ago" is a date.
            (
                "Wall Street closed out 2020 with the S&P 500 up 16 percent for the year. \
                 Stocks rose 3 percent for the year.",
                Some("2021-01-01"),
                &[
                    ("2020", "DATE", "2020"),
                    ("the year", "DATE", "2020"),
                    ("the year", "DATE", "2021"),
                ],
            ),
            (
                "Companies racing to finish fixes before Jan. 1 said Monday they had run 100 \
                 tests. The government said today, four days before Tuesday's election, that \
                 jobs grew. Germans were liberated half a century ago.",
                Some("1999-12-17"),
                &[
                    ("Jan. 1", "DATE", "2000-01-01"),
                    ("Monday", "DATE", "1999-12-13"),
                    ("today", "DATE", "1999-12-17"),
                    ("four days", "DURATION", "P4D"),
                    ("Tuesday", "DATE", "1999-12-21"),
                    ("half a century ago", "DATE", "1949"),
                ],
            ),
            // "the mayor proposed" is a verb ("the newly proposed rules" are not); a game
            // "tips off"; "ahead of the parade Sunday".
            (
                "The cuts the mayor proposed on Monday were rejected. Duke visits Notre Dame \
                 on Saturday. The Blue Devils lost at Pittsburgh on Monday. The game tips off \
                 at 1 p.m. Police closed roads ahead of the parade Sunday.",
                Some("2015-01-28"),
                &[
                    ("Monday", "DATE", "2015-01-26"),
                    ("Saturday", "DATE", "2015-01-31"),
                    ("Monday", "DATE", "2015-01-26"),
                    ("1 p.m.", "TIME", "2015-01-31T13:00"),
                    ("Sunday", "DATE", "2015-02-01"),
                ],
            ),
            // A clock without a.m. or p.m. after tonight is the evening's; one with a.m.
            // stays the morning's.
            (
                "The Knicks play host to Miami tonight. Tip-off is at 7:30. Doors open at \
                 6:30 a.m. tomorrow.",
                Some("1999-03-09"),
                &[
                    ("tonight", "TIME", "1999-03-09TNI"),
                    ("7:30", "TIME", "1999-03-09T19:30"),
                    ("6:30 a.m. tomorrow", "TIME", "1999-03-10T06:30"),
                ],
            ),
            // A year-less day told in the past that would fall after the reference date
            // follows a day of a past year told a few sentences before.
            (
                "Katrina made landfall at 6:10 a.m. on Aug. 29, 2005. For a few hours that \
                 morning the city seemed spared. Then the floodwalls gave way. Thousands \
                 waited on rooftops. The last evacuees left the stadium on Sept. 3.",
                Some("2025-08-29"),
                &[
                    ("6:10 a.m.", "TIME", "2005-08-29T06:10"),
                    ("Aug. 29, 2005", "DATE", "2005-08-29"),
                    ("a few hours", "DURATION", "PTXH"),
                    ("that morning", "TIME", "2005-08-29TMO"),
                    ("Sept. 3", "DATE", "2005-09-03"),
                ],
            ),
            // A bare clock a past order reaches to is of the day told; a small hour moved
            // to the next day moves the story there.
            (
                "Machines broke down Tuesday morning. A judge ordered the polling places to \
                 stay open until 10 p.m.",
                Some("1996-11-06"),
                &[
                    ("Tuesday morning", "TIME", "1996-11-05TMO"),
                    ("10 p.m.", "TIME", "1996-11-05T22:00"),
                ],
            ),
            (
                "The creek was out of its banks by Wednesday night. The first warning came \
                 shortly after 3 a.m., when a dispatcher began calling. The dam gave way at \
                 about 3:40 a.m.",
                Some("2011-04-28"),
                &[
                    ("Wednesday night", "TIME", "2011-04-27TNI"),
                    ("3 a.m.", "TIME", "2011-04-28T03:00"),
                    ("3:40 a.m.", "TIME", "2011-04-28T03:40"),
                ],
            ),
            // A weekday told again in the next sentence, with no tense of its own and no
            // verb that may be past, is the same day; a clock after it follows it.
            (
                "The Formula One season starts Sunday at Albert Park. Qualifying is now \
                 spread over two days, with the second session on Sunday morning and the race \
                 at 2 p.m. local time. The warden let us leave on Sunday.",
                Some("2005-03-04"),
                &[
                    ("Sunday", "DATE", "2005-03-06"),
                    ("now", "DATE", "PRESENT_REF"),
                    ("two days", "DURATION", "P2D"),
                    ("Sunday morning", "TIME", "2005-03-06TMO"),
                    ("2 p.m.", "TIME", "2005-03-06T14:00"),
                    ("Sunday", "DATE", "2005-02-27"),
                ],
            ),
            // A round's "last-16" is no past cue.
            (
                "Liverpool face PSG in the first leg of their Champions League last-16 tie on \
                 Wednesday.",
                Some("2025-03-03"),
                &[("Wednesday", "DATE", "2025-03-05")],
            ),
            // Seasons and fiscal years that run into the next are told by the year they
            // begin in; a year range stays two years.
            (
                "The council approved its 2024-25 budget. In the 2016/17 season, he scored. \
                 The program ran from 2019-2021.",
                Some("2024-03-01"),
                &[
                    ("2024-25", "DATE", "2024"),
                    ("2016/17", "DATE", "2016"),
                    ("2019", "DATE", "2019"),
                    ("2021", "DATE", "2021"),
                ],
            ),
            // A warning issued for a day is ahead (not one lifted, or defied); a day joined
            // to today is ahead; restrictions "come into force" ahead; "continues" is a
            // present event.
            (
                "The IMD has issued an orange alert for Mumbai and Thane for Sunday. Schools \
                 canceled classes for today and Wednesday. New rules come into force at 00:01 \
                 on Tuesday. Winterlude continues this weekend with judging on Saturday \
                 morning. A flood warning for Friday was lifted on Thursday.",
                Some("2025-08-16"),
                &[
                    ("Sunday", "DATE", "2025-08-17"),
                    ("today", "DATE", "2025-08-16"),
                    ("Wednesday", "DATE", "2025-08-20"),
                    ("00:01", "TIME", "2025-08-19T00:01"),
                    ("Tuesday", "DATE", "2025-08-19"),
                    ("this weekend", "DATE", "2025-W33-WE"),
                    ("Saturday morning", "TIME", "2025-08-16TMO"),
                    ("Friday", "DATE", "2025-08-15"),
                    ("Thursday", "DATE", "2025-08-14"),
                ],
            ),
            // A start a modal tells is ahead whatever the saying's tense.
            (
                "Forecasters said today that a storm could bury the region beginning Saturday \
                 afternoon.",
                Some("1996-01-05"),
                &[
                    ("today", "DATE", "1996-01-05"),
                    ("Saturday afternoon", "TIME", "1996-01-06TAF"),
                ],
            ),
            // A weekly slot is one set; a date inside a quoted title is none (but a quoted
            // sentence's is, and so is one quoted before a verb of saying).
            (
                "The show airs Thursdays at 9:30 p.m. The thriller \"Murder at 1600\" opens \
                 Friday. Netflix renewed \"Wednesday\" this month. Mendes' drama \"1917\" \
                 won. \"Friday,\" he said. He called it \"a disaster on Tuesday.\"",
                Some("2020-01-08"),
                &[
                    ("Thursdays at 9:30 p.m.", "SET", "XXXX-WXX-4T21:30"),
                    ("Friday", "DATE", "2020-01-10"),
                    ("this month", "DATE", "2020-01"),
                    ("Friday", "DATE", "2020-01-03"),
                    ("Tuesday", "DATE", "2020-01-07"),
                ],
            ),
            // A base-form event word after "a" is a noun ("a Tel Aviv peace rally"); a
            // weekday declared a day of mourning is ahead, and that day is no length.
            (
                "Rabin was assassinated at a Tel Aviv peace rally on Nov. 4. Supporters rally \
                 on Monday.",
                Some("1996-05-31"),
                &[
                    ("Nov. 4", "DATE", "1995-11-04"),
                    ("Monday", "DATE", "1996-06-03"),
                ],
            ),
            (
                "She declared Wednesday a day of national mourning. It took a day of talks.",
                Some("2004-12-28"),
                &[
                    ("Wednesday", "DATE", "2004-12-29"),
                    ("a day", "DURATION", "P1D"),
                ],
            ),
            // A clock takes no day from a landmark named after "since ... of" in another
            // sentence.
            (
                "The Dow had its worst drop since the first day of trading after the attacks of \
                 Sept. 11, 2001. Broader indexes also tumbled. Lehman filed for bankruptcy at \
                 1:45 a.m.",
                Some("2008-09-15"),
                &[
                    ("Sept. 11, 2001", "DATE", "2001-09-11"),
                    ("1:45 a.m.", "TIME", "2008-09-15T01:45"),
                ],
            ),
            // Bare plurals after the verb "last", in "weeks, not months", and before
            // "later" after a word.
            (
                "Officials said the campaign could last weeks, not months. Saddam appeared on \
                 television hours later.",
                Some("2003-03-20"),
                &[
                    ("weeks", "DURATION", "PXW"),
                    ("months", "DURATION", "PXM"),
                    ("hours", "DURATION", "PTXH"),
                ],
            ),
            // "would have turned 62 in January" is past; a parade "steps off"; a date in a
            // relative clause a past verb opens keeps that verb's tense.
            (
                "Presley would have turned 62 in January. The parade steps off at 9 a.m. \
                 Thursday. A cruise that left Southampton on Sunday will reach the spot.",
                Some("1997-08-13"),
                &[
                    ("January", "DATE", "1997-01"),
                    ("9 a.m. Thursday", "TIME", "1997-08-14T09:00"),
                    ("Sunday", "DATE", "1997-08-10"),
                ],
            ),
            // Review of this session's rules: the evening clock is not read in a morning's
            // sentence or a past one; "for the year" skips a founding year and a forecast;
            // a document's number is no fiscal year; an order "has" given with a day after
            // the clock keeps that day; a headline read out is no title.
            (
                "The vote is tonight. Polls opened this morning at 7:00. She voted at 8:00.",
                Some("2019-05-20"),
                &[
                    ("tonight", "TIME", "2019-05-20TNI"),
                    ("this morning", "TIME", "2019-05-20TMO"),
                    ("7:00", "TIME", "2019-05-20T07:00"),
                    ("8:00", "TIME", "2019-05-20T08:00"),
                ],
            ),
            (
                "The company, founded in 1998, expects sales to grow 7% for the year. City \
                 Council Resolution 2024-25 passed on Monday. The mayor has ordered pools to \
                 stay open until 9 p.m. on Saturday. The headline read \"Markets Brace for \
                 Tuesday,\" and analysts agreed.",
                Some("2019-03-06"),
                &[
                    ("1998", "DATE", "1998"),
                    ("the year", "DATE", "2019"),
                    ("Monday", "DATE", "2019-03-04"),
                    ("9 p.m.", "TIME", "2019-03-09T21:00"),
                    ("Saturday", "DATE", "2019-03-09"),
                    ("Tuesday", "DATE", "2019-03-12"),
                ],
            ),
            // What has just been agreed is ahead; a warning issued for a day is ahead with
            // "on" too; sales "kick off".
            (
                "Both sides have agreed to meet again on Sunday. The Met Office has issued a \
                 yellow warning for wind on Friday. Holiday sales kick off on Thursday.",
                Some("2024-03-13"),
                &[
                    ("Sunday", "DATE", "2024-03-17"),
                    ("Friday", "DATE", "2024-03-15"),
                    ("Thursday", "DATE", "2024-03-14"),
                ],
            ),
            // Columbus Day; Labour Day where Canada or the United States is named (1 May
            // in most countries; by state in Australia); a clock before "next Thursday" is
            // that day's; a month before a report's noun and after "finished".
            (
                "U.S. bond markets were closed for Columbus Day. Canadians marked Labour Day. \
                 The bank will announce its decision at noon next Thursday.",
                Some("2011-10-10"),
                &[
                    ("Columbus Day", "DATE", "2011-10-10"),
                    ("Labour Day", "DATE", "2011-09-05"),
                    ("noon", "TIME", "2011-10-13T12:00"),
                    ("next Thursday", "DATE", "2011-10-13"),
                ],
            ),
            (
                "The June jobs report is due Friday. The Nasdaq finished June with a gain.",
                Some("2011-07-04"),
                &[
                    ("June", "DATE", "2011-06"),
                    ("Friday", "DATE", "2011-07-08"),
                    ("June", "DATE", "2011-06"),
                ],
            ),
            (
                "MELBOURNE — Victorians enjoy the Labour Day long weekend. Workers in Nairobi \
                 marched on Labour Day.",
                Some("2020-03-05"),
                &[],
            ),
            // Refusals: a mission and an index named with a year; a late-night show is a
            // kind of programme (a late-night ceremony is still a time).
            (
                "NASA's Mars 2020 mission launched. The Russell 2000 fell. He hosts a \
                 late-night show. They held a late-night ceremony.",
                Some("2020-07-30"),
                &[("late-night", "TIME", "2020-07-30TNI")],
            ),
            // A weekday told before today or yesterday is gone.
            (
                "Jurors will resume deliberations Friday morning after failing to reach a \
                 verdict Wednesday or today.",
                Some("2017-08-10"),
                &[
                    ("Friday morning", "TIME", "2017-08-11TMO"),
                    ("Wednesday", "DATE", "2017-08-09"),
                    ("today", "DATE", "2017-08-10"),
                ],
            ),
            // The United States' Independence Day in a sentence that names them; an
            // Ontario story's Thanksgiving is Canada's.
            (
                "North Korea said its launch on Tuesday was a gift to the United States on its \
                 Independence Day holiday.",
                Some("2017-07-05"),
                &[
                    ("Tuesday", "DATE", "2017-07-04"),
                    ("Independence Day", "DATE", "2017-07-04"),
                ],
            ),
            (
                "Ontario's top doctor urged residents to celebrate Thanksgiving only with their \
                 own household.",
                Some("2020-10-09"),
                &[("Thanksgiving", "DATE", "2020-10-12")],
            ),
            // Refusals: a zodiac year, a day-night match, the day ahead of an election.
            (
                "Celebrations began for the Year of the Pig. It was a day-night match. Markets \
                 were quiet for the day ahead of the election.",
                Some("2019-02-05"),
                &[],
            ),
            // A noun's participle with its day is past ("A new rule proposed Tuesday"); a
            // storm that "makes landfall" is ahead, one that "made" it gone.
            (
                "A new rule proposed Tuesday would ban texting. Floridians are boarding up \
                 homes before Irma makes landfall on Sunday. Harvey made landfall on Friday.",
                Some("2017-09-07"),
                &[
                    ("Tuesday", "DATE", "2017-09-05"),
                    ("Sunday", "DATE", "2017-09-10"),
                    ("Friday", "DATE", "2017-09-01"),
                ],
            ),
        ],
        false,
    );
}
