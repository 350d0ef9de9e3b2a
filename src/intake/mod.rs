//! Intake: turn what the user pasted into the document text.
//!
//! * HTML (detected, or forced with [`Format::Html`]) becomes text with paragraph breaks,
//!   entities decoded, and script, style, navigation and similar chrome dropped.
//! * Plain text is kept exactly as given, so every offset indexes the input.
//! * Boilerplate lines ("ALSO READ: …", "Advertisement", share bars, photo credits and
//!   credited captions, copyright lines, time stamps such as "Updated 3:45 PM EST",
//!   reading times, blocks of related links) are recognised and reported as skip ranges;
//!   the text itself is never cut. A time stamp still dates the article.
//! * A dateline or "Published/Updated" line (or, in HTML, a publication-time meta tag)
//!   gives the default reference date.

mod boilerplate;
mod dateline;
mod html;

pub use dateline::parse_date_prefix;

use crate::Span;
use jiff::civil::Date;

/// How the input should be read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    /// Detect HTML by its markup; otherwise plain text.
    #[default]
    Auto,
    /// Plain text, kept as given.
    Text,
    /// HTML, converted to text.
    Html,
}

/// What intake made of the input.
#[derive(Clone, Debug)]
pub struct Intake {
    /// The document text (the input itself for plain text).
    pub text: String,
    /// The format that was used.
    pub format: Format,
    /// Byte ranges of boilerplate lines, sorted and disjoint.
    pub boilerplate: Vec<Span>,
    /// A publication date found in the input, if any.
    pub published: Option<Date>,
    /// Whether `published` is only a date inside a headline-like line ("Remembering May
    /// 8, 1945: ..."), which a reader's today overrules when it is over a year older.
    pub published_weak: bool,
    /// A wire dateline's month and day when it gives no year ("KYIV, May 20 (Reuters) -"):
    /// the year comes from the day the article is read ([`crate::Options::today`]).
    pub published_day: Option<(i8, i8)>,
}

impl Intake {
    /// The publication date as read on `today`: the one found, else a year-less
    /// dateline's day at its latest on or before `today` (within four years, for 29
    /// February).
    ///
    /// ```
    /// use dossier::intake::{intake, Format};
    /// let today = dossier::parse_reference_date("2026-01-03").unwrap();
    /// let got = intake("KYIV, Dec. 30 (Reuters) - Putin spoke.", Format::Auto);
    /// assert_eq!(got.published_on_or_before(today).unwrap().to_string(), "2025-12-30");
    /// ```
    ///
    /// The publication date beats an update; a wire dateline beats a date inside a
    /// headline, and so does today when that date is over a year old:
    ///
    /// ```
    /// use dossier::intake::{intake, Format};
    /// let today = dossier::parse_reference_date("2025-06-01").unwrap();
    /// let got = intake("Updated May 21, 2025\nPublished May 19, 2025\n\nText.", Format::Auto);
    /// assert_eq!(got.published_on_or_before(today).unwrap().to_string(), "2025-05-19");
    /// let got = intake("Remembering May 8, 1945: VE Day\nLONDON, May 8 (Reuters) - Leaders met.", Format::Auto);
    /// assert_eq!(got.published_on_or_before(today).unwrap().to_string(), "2025-05-08");
    /// let got = intake("Remembering May 8, 1945: how Europe celebrated\nVeterans met yesterday.", Format::Auto);
    /// assert_eq!(got.published_on_or_before(today), None);
    /// ```
    pub fn published_on_or_before(&self, today: Date) -> Option<Date> {
        self.published_as_of(Some(today))
    }

    /// The publication date as read on `today` when it is known
    /// ([`Intake::published_on_or_before`]), else the one found as it stands.
    pub fn published_as_of(&self, today: Option<Date>) -> Option<Date> {
        let Some(today) = today else {
            return self.published;
        };
        if let Some(p) = self.published {
            let stale = self.published_weak
                && jiff::Span::new()
                    .try_years(1)
                    .and_then(|year| today.checked_sub(year))
                    .is_ok_and(|year_ago| p < year_ago);
            if !stale {
                return Some(p);
            }
        }
        let (m, d) = self.published_day?;
        (0..5)
            .filter_map(|back| Date::new(today.year().checked_sub(back)?, m, d).ok())
            .find(|date| *date <= today)
    }
}

/// Read `input` as `format`.
///
/// ```
/// use dossier::intake::{intake, Format};
/// let got = intake("Published: May 20, 2025\n\nPutin spoke.\n\nALSO READ: Other news", Format::Auto);
/// assert!(got.text.starts_with("Published"));
/// assert_eq!(got.published.map(|d| d.to_string()), Some("2025-05-20".into()));
/// assert_eq!(got.boilerplate.len(), 2); // the Published line and the ALSO READ line
/// ```
pub fn intake(input: &str, format: Format) -> Intake {
    if uses_html(input, format) {
        let out = html::to_text(input);
        finish(out.text, Format::Html, out.published)
    } else {
        finish(input.to_owned(), Format::Text, None)
    }
}

/// [`intake`] an input the caller hands over: plain text is kept as the document text
/// without a copy; HTML is converted and the input dropped.
///
/// ```
/// use dossier::intake::{intake_owned, Format};
/// let got = intake_owned("Putin spoke.".to_owned(), Format::Auto);
/// assert_eq!((got.text.as_str(), got.format), ("Putin spoke.", Format::Text));
/// ```
pub fn intake_owned(input: String, format: Format) -> Intake {
    if uses_html(&input, format) {
        let out = html::to_text(&input);
        drop(input);
        finish(out.text, Format::Html, out.published)
    } else {
        finish(input, Format::Text, None)
    }
}

fn uses_html(input: &str, format: Format) -> bool {
    match format {
        Format::Html => true,
        Format::Text => false,
        Format::Auto => html::looks_like_html(input),
    }
}

/// Boilerplate lines and the publication date of the document text.
fn finish(text: String, format: Format, meta_date: Option<Date>) -> Intake {
    let lines = boilerplate::lines(&text);
    let mut skip = Vec::new();
    let mut published = meta_date;
    // A date from the page's markup outranks any in its text.
    let mut rank = if meta_date.is_some() { u8::MAX } else { 0 };
    let mut published_day = None;
    // A footer's "This article was published on ..." dates the article when nothing
    // else does.
    let mut footer = None;
    // Lines that are only a date in the page's header (before the first sentence, or
    // right after a skipped line such as "Published On 2 Dec 2025"): the publication line
    // when they give its date ("1 December 2025"), else perhaps a timeline's heading,
    // which stays.
    let mut header_dates = Vec::new();
    let mut in_header = true;
    let mut after_label = false;
    // Link lines left in a block of links to other articles ("Related Content" and up to
    // eight short lines, up to a blank line).
    let mut links_left = 0u8;
    for (n, line) in lines.iter().enumerate() {
        let s = line.slice(&text);
        let blank_before = n > 0
            && text
                .get(lines[n - 1].end..line.start)
                .is_some_and(|gap| gap.matches('\n').count() >= 2);
        let link = links_left > 0 && !blank_before && boilerplate::is_link_line(s);
        let related = boilerplate::is_related_header(s);
        links_left = if related {
            8
        } else if link {
            links_left - 1
        } else {
            0
        };
        let label_before = std::mem::replace(&mut after_label, boilerplate::is_stamp_label(s));
        let found = if n < 12 {
            dateline::find_dateline(s)
        } else {
            None
        };
        if n >= 12 && footer.is_none() {
            footer = dateline::footer_date(s);
        }
        if n < 12 && found.is_none() && published_day.is_none() {
            published_day = dateline::find_yearless_dateline(s);
        }
        if let Some(found) = found {
            if found.rank > rank {
                published = Some(found.date);
                rank = found.rank;
            }
            if found.metadata_line {
                skip.push(*line);
                continue;
            }
        }
        let stamp = boilerplate::stamp(s).is_some_and(|labelled| labelled || in_header);
        if link || related || stamp || boilerplate::is_boilerplate(s) {
            skip.push(*line);
            continue;
        }
        let bare = boilerplate::bare_date(s);
        // "Published" on one line, its date on the next.
        if label_before && bare.is_some() {
            skip.push(*line);
            continue;
        }
        let after_chrome = skip
            .last()
            .is_some_and(|last| n > 0 && lines[n - 1] == *last);
        match bare {
            Some(date) if n < 12 && (in_header || after_chrome) => {
                header_dates.push((*line, date));
            }
            _ => in_header = in_header && !is_sentence(s),
        }
    }
    if published.is_none() && published_day.is_none() {
        if let Some(date) = footer {
            published = Some(date);
            rank = dateline::PUBLISHED;
        }
    }
    let before = skip.len();
    skip.extend(
        header_dates
            .iter()
            .filter(|(_, date)| Some(*date) == published)
            .map(|(line, _)| *line),
    );
    if skip.len() > before {
        skip.sort_by_key(|s| s.start);
    }
    // A wire dateline without a year ("LONDON, May 8 (Reuters) -") dates the article
    // better than a date inside a headline ("Remembering May 8, 1945").
    if rank == dateline::HEADLINE && published_day.is_some() {
        published = None;
    }
    Intake {
        text,
        format,
        boilerplate: skip,
        published,
        published_weak: rank == dateline::HEADLINE,
        published_day,
    }
}

/// Whether a line reads as a sentence of the article rather than a header's: eight
/// words or more, ending as a sentence does.
fn is_sentence(line: &str) -> bool {
    line.split_whitespace().count() >= 8
        && line
            .trim_end()
            .ends_with(['.', '"', '\u{201d}', '\u{2019}', '?', '!'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        crate::parse_reference_date(s).unwrap_or_else(|_| panic!("{s}"))
    }

    #[test]
    fn datelines_in_normal_capitals() {
        let today = day("2025-12-05");
        for (text, want) in [
            (
                "Paris, Dec 30 (AFP) - France's council ruled.",
                Some("2024-12-30"),
            ),
            ("Paris, Dec 3 (Reuters) - Talks began.", Some("2025-12-03")),
            (
                "New Delhi, Dec 1 (PTI) The session began.",
                Some("2025-12-01"),
            ),
            (
                "PARIS, Dec 30 (AFP) - France's council ruled.",
                Some("2024-12-30"),
            ),
            ("Paris, Texas, is a town. It was cold on Dec 3.", None),
            ("Smith, Dec 3 was the day the talks began.", None),
            // (a fixture list, an aside in brackets: no agency)
            ("Arsenal, Dec 30 - Brentford, Jan 3 - Chelsea", None),
            (
                "Georgia, Nov. 4 (Election Day) - a date voters remember.",
                None,
            ),
        ] {
            let got = intake(text, Format::Auto).published_on_or_before(today);
            assert_eq!(got.map(|d| d.to_string()).as_deref(), want, "{text}");
        }
    }

    fn skipped(got: &Intake) -> Vec<&str> {
        got.boilerplate.iter().map(|s| s.slice(&got.text)).collect()
    }

    #[test]
    fn time_stamps_are_skipped_and_still_date_the_article() {
        let text = "Drones hit Kharkiv\nNovember 27, 2025 6:14 AM GMTUpdated 2 hours ago\n\
                    KYIV, Nov 27 (Reuters) - Russian drones struck the region overnight.";
        let got = intake(text, Format::Auto);
        assert_eq!(
            got.published.map(|d| d.to_string()).as_deref(),
            Some("2025-11-27")
        );
        assert_eq!(
            skipped(&got),
            ["November 27, 2025 6:14 AM GMTUpdated 2 hours ago"]
        );

        // A date alone in the header is the publication line when it gives its date.
        let text = "Storm Bram leaves thousands without power\n1 December 2025\n\n\
                    Energy networks said about 45,000 customers were still cut off.";
        let got = intake(text, Format::Auto);
        assert_eq!(
            got.published.map(|d| d.to_string()).as_deref(),
            Some("2025-12-01")
        );
        assert_eq!(skipped(&got), ["1 December 2025"]);
    }

    #[test]
    fn timeline_dates_and_live_blog_clocks_stay() {
        let text = "Timeline of the talks\nPublished: May 20, 2025\n\n\
                    The talks began years ago and went on for a long time.\n\n\
                    March 3, 2024\n\nThe first meeting was held in Geneva.\n\n\
                    May 20, 2025\n\nThe last meeting was held in Istanbul.\n\n\
                    09:15\n\n09:15 \u{2014} The minister has arrived\n\n10.32 GMT\n";
        let got = intake(text, Format::Auto);
        assert_eq!(
            got.published.map(|d| d.to_string()).as_deref(),
            Some("2025-05-20")
        );
        assert_eq!(skipped(&got), ["Published: May 20, 2025"]);
    }

    #[test]
    fn body_stamps_and_data_rows_stay() {
        // In the body a date with a clock heads a timeline's entry or a fixture, and a
        // month with a number is a row of data; a labelled stamp is chrome anywhere.
        let text = "How the night unfolded

                    Police said the first calls came in late, and the road was shut.

                    Nov. 28, 11:45 p.m.

The first call came in.

                    Thursday, Dec. 18, 8 p.m. ET

                    August 2024: 5.00
November 2024: 4.75

                    Updated 3:45 PM EST
";
        let got = intake(text, Format::Auto);
        assert_eq!(skipped(&got), ["Updated 3:45 PM EST"]);
    }

    #[test]
    fn footer_and_labelled_dates() {
        let mut text = String::from("Council delays rental vote\n\n");
        for _ in 0..14 {
            text.push_str(
                "The council postponed a vote on new rental rules after a long meeting.\n\n",
            );
        }
        text.push_str("More on this story\nCouncil meets again\nPublished\n3 October 2025\n\n");
        text.push_str("This article was published on Thursday, December 4, 2025.");
        let got = intake(&text, Format::Auto);
        assert_eq!(
            got.published.map(|d| d.to_string()).as_deref(),
            Some("2025-12-04")
        );
        assert_eq!(
            skipped(&got),
            [
                "More on this story",
                "Council meets again",
                "Published",
                "3 October 2025",
                "This article was published on Thursday, December 4, 2025."
            ]
        );
    }

    #[test]
    fn related_link_blocks() {
        let text = "Putin spoke to Trump by phone on Monday, the Kremlin said.\n\n\
                    Related Content\nTrump Fires F.T.C. Commissioners\nMarch 18, 2025\n\n\
                    The call lasted two hours, aides said.\n\n\
                    Read more:\nThe talks will resume on Friday in Istanbul, officials said.\n";
        let got = intake(text, Format::Auto);
        assert_eq!(
            skipped(&got),
            [
                "Related Content",
                "Trump Fires F.T.C. Commissioners",
                "March 18, 2025",
                "Read more:"
            ]
        );
    }

    #[test]
    fn fragments_never_panic() {
        let text = "\u{a9}2025 Bloomberg \u{2014} Paris, D\u{e9}c 3 (AFP) \u{2013} \u{ab}Credit\u{2026}\u{bb}\n\
                    Caption [\u{dc}n\u{ef}c\u{f8}d\u{e9}/AFP] | \u{c9}ric/L\u{e9} 5.00am GMT+1\n\
                    Published\n\u{31}\u{30} D\u{e9}cembre 2025 \u{b7} 3 min read (ABC: \u{c9})\n\
                    Related\n\u{2014}\n\u{a9}\nCopyright \u{a9}\nUpdated 2 hours ago\u{2026}";
        for (i, _) in text.char_indices() {
            for (j, _) in text[i..].char_indices().take(40) {
                let got = intake(&text[i..i + j], Format::Text);
                for span in &got.boilerplate {
                    assert!(got.text.get(span.start..span.end).is_some());
                }
            }
            let got = intake(&text[i..], Format::Text);
            assert!(got.boilerplate.windows(2).all(|w| w[0].end <= w[1].start));
        }
    }
}
