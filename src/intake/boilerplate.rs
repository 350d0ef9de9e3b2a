//! Boilerplate lines, from the word list in `data/boilerplate.tsv`.

use super::dateline::{is_weekday, month_of, parse_date_prefix};
use crate::Span;
use jiff::civil::Date;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../data/boilerplate.tsv");

struct Lists {
    lead: Vec<&'static str>,
    prefix: Vec<&'static str>,
    line: Vec<&'static str>,
    contains: Vec<&'static str>,
    share: Vec<&'static str>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut l = Lists {
            lead: vec![],
            prefix: vec![],
            line: vec![],
            contains: vec![],
            share: vec![],
        };
        for row in TABLE.lines() {
            if row.starts_with('#') {
                continue;
            }
            let Some((kind, words)) = row.split_once('\t') else {
                continue;
            };
            let target = match kind {
                "lead" => &mut l.lead,
                "prefix" => &mut l.prefix,
                "line" => &mut l.line,
                "contains" => &mut l.contains,
                "share" => &mut l.share,
                _ => continue,
            };
            target.push(words);
        }
        l
    })
}

/// The non-empty lines of `text`, trimmed of surrounding white space.
pub(crate) fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            push_trimmed(text, start, i, &mut out);
            start = i + 1;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let line = text.get(start..end).unwrap_or("");
    let lead = line.len() - line.trim_start().len();
    let trimmed = line.trim();
    if !trimmed.is_empty() {
        out.push(Span::new(start + lead, start + lead + trimmed.len()));
    }
}

fn starts_with_ci(hay: &str, needle: &str) -> bool {
    hay.len() >= needle.len()
        && hay.is_char_boundary(needle.len())
        && hay[..needle.len()].eq_ignore_ascii_case(needle)
}

/// Is this (trimmed) line boilerplate?
pub(crate) fn is_boilerplate(line: &str) -> bool {
    let l = lists();
    let line = line.trim();
    if line.is_empty() {
        return false;
    }
    if is_copyright(line)
        || is_reading_time(line)
        || is_caption_credit(line)
        || is_credit_dots(line)
    {
        return true;
    }
    for p in &l.lead {
        if starts_with_ci(line, p) {
            let rest = &line[p.len()..];
            if rest.is_empty() || !rest.starts_with(|c: char| c.is_alphanumeric()) {
                return true;
            }
        }
    }
    for p in &l.prefix {
        if starts_with_ci(line, p) {
            let rest = line[p.len()..].trim_start();
            if rest.is_empty()
                || rest.starts_with([':', '|', '-', '–', '—', '»', '›', '>'])
                    && line[p.len()..].starts_with(|c: char| !c.is_alphanumeric())
            {
                return true;
            }
        }
    }
    let bare = line.trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '…' || c == '»');
    if l.line.iter().any(|w| bare.eq_ignore_ascii_case(w)) {
        return true;
    }
    let words = line.split_whitespace().count();
    if words <= 25 {
        let lower = line.to_lowercase();
        if l.contains.iter().any(|w| lower.contains(w)) {
            return true;
        }
    }
    // A share bar: every word is a share word.
    if words <= 12
        && line
            .split(|c: char| c.is_whitespace() || c == ',' || c == '/')
            .filter(|w| !w.is_empty())
            .all(|w| l.share.iter().any(|s| w.eq_ignore_ascii_case(s)))
    {
        return true;
    }
    false
}

/// A copyright line: "Copyright 2025 The Associated Press.", "Copyright © 2025 Bennett,
/// Coleman & Co. Ltd.", "©2025 Bloomberg L.P.": the sign or word, then a year (or the sign
/// after the word). "Copyright law was updated in 2025." is a sentence.
fn is_copyright(line: &str) -> bool {
    // (short: "Copyright 2024 registrations rose 12 per cent, the office said in its annual
    // report." is a sentence; the opening is tested first, the cheaper test)
    let opens = starts_with_ci(line, "copyright")
        || line.starts_with('\u{a9}')
        || starts_with_ci(line, "(c)");
    if !opens || line.split_whitespace().count() > 12 {
        return false;
    }
    let sign = |s: &str| -> Option<usize> {
        if s.starts_with('\u{a9}') {
            Some('\u{a9}'.len_utf8())
        } else if starts_with_ci(s, "(c)") {
            Some(3)
        } else {
            None
        }
    };
    let (rest, signed) = if starts_with_ci(line, "copyright") {
        let rest = line["copyright".len()..].trim_start();
        match sign(rest) {
            Some(n) => (&rest[n..], true),
            None => (rest, false),
        }
    } else {
        match sign(line) {
            Some(n) => (&line[n..], true),
            None => return false,
        }
    };
    let rest = rest.trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let year = digits == 4 && (rest.starts_with("19") || rest.starts_with("20"));
    year || (signed && rest.starts_with(char::is_uppercase))
}

/// Time-zone abbreviations seen in news time stamps.
const ZONES: [&str; 40] = [
    "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "est", "edt", "et", "cst", "cdt",
    "ct", "mst", "mdt", "mt", "pst", "pdt", "pt", "ist", "pkt", "jst", "kst", "hkt", "sgt", "wib",
    "aest", "aedt", "acst", "acdt", "awst", "nzst", "nzdt", "sast", "wat", "eat", "gst", "ast",
    "akst",
];

/// What a line of only time-stamp words holds.
#[derive(Default)]
struct Stamp {
    date: bool,
    month: bool,
    number: bool,
    clock: bool,
    zone: bool,
    label: bool,
    ago: bool,
}

/// A clock: "14:32", "14.05", "5.00am", "6:14", "5am", "06:00:00".
fn is_clock(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    let core = ["a.m.", "p.m.", "a.m", "p.m", "am", "pm", "h"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or(&w);
    let suffixed = core.len() < w.len();
    let parts: Vec<&str> = core.split([':', '.']).collect();
    let digits = |p: &str, lo: usize, hi: usize| {
        (lo..=hi).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    match parts.as_slice() {
        [h] => suffixed && digits(h, 1, 2),
        [h, m] => digits(h, 1, 2) && digits(m, 2, 2),
        [h, m, s] => digits(h, 1, 2) && digits(m, 2, 2) && digits(s, 2, 2),
        _ => false,
    }
}

/// A zone: "GMT", "EST", "GMT+1", "UTC+05:30", "+01:00".
fn is_zone(w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    let (name, offset) = match lower.find(['+', '-']) {
        Some(i) => (&lower[..i], &lower[i + 1..]),
        None => (lower.as_str(), ""),
    };
    let offset_ok = offset.is_empty()
        || (offset.bytes().all(|b| b.is_ascii_digit() || b == b':')
            && offset.bytes().any(|b| b.is_ascii_digit()));
    offset_ok && ((name.is_empty() && !offset.is_empty()) || ZONES.contains(&name))
}

/// Reads one word of a time stamp into `st`; false when it is no time-stamp word.
fn stamp_word(w: &str, st: &mut Stamp) -> bool {
    // (no stamp word is long: "published" and a date like "2025-12-02T14:05" are the
    // longest; no need to lowercase the rest)
    if w.len() > 24 {
        return false;
    }
    let lower = w.to_lowercase();
    let bare = lower.trim_end_matches([':', '.']);
    if bare.is_empty() {
        return true;
    }
    match bare {
        "updated" | "posted" | "published" | "modified" | "issued" => {
            st.label = true;
            return true;
        }
        "ago" => {
            st.ago = true;
            return true;
        }
        "at" | "on" | "last" | "first" | "am" | "pm" | "a.m" | "p.m" | "hour" | "hours" | "hr"
        | "hrs" | "min" | "mins" | "minute" | "minutes" | "day" | "days" => return true,
        _ => {}
    }
    if is_clock(w) {
        st.clock = true;
        return true;
    }
    if is_zone(w) {
        st.zone = true;
        return true;
    }
    if month_of(w).is_some() {
        st.month = true;
        return true;
    }
    if is_weekday(w) {
        return true;
    }
    let digits = bare.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits <= 4 {
        let suffix = &bare[digits..];
        if suffix.is_empty() || ["st", "nd", "rd", "th"].contains(&suffix) {
            st.number = true;
            return true;
        }
    }
    if parse_date_prefix(w).is_some_and(|(_, n)| n == w.trim_end_matches([',', ':']).len()) {
        st.date = true;
        return true;
    }
    // "7/8/96", "07/08/1996": a numeric date
    let parts: Vec<&str> = bare.split('/').collect();
    if let [a, b, y] = parts[..] {
        let num = |x: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&x.len()) && x.bytes().all(|c| c.is_ascii_digit())
        };
        if num(a, 1..=2) && num(b, 1..=2) && (num(y, 2..=2) || num(y, 4..=4)) {
            st.date = true;
            return true;
        }
    }
    false
}

/// Reads a line that may be only a time stamp; None when some word is not a time-stamp
/// word. Words glued to a zone ("GMTUpdated") are read apart.
fn scan_stamp(line: &str) -> Option<Stamp> {
    let mut st = Stamp::default();
    let mut words = 0;
    for raw in line.split_whitespace() {
        let w = raw.trim_matches(|c: char| {
            matches!(
                c,
                ',' | ';' | '|' | '(' | ')' | '[' | ']' | '\u{b7}' | '\u{2022}'
            )
        });
        let w = w.trim_end_matches(':');
        if w.is_empty()
            || w.chars()
                .all(|c| matches!(c, '-' | '\u{2013}' | '\u{2014}' | '/'))
        {
            continue;
        }
        words += 1;
        if words > 16 {
            return None;
        }
        if stamp_word(w, &mut st) {
            continue;
        }
        // "GMTUpdated": a capital inside the word starts the second, after a zone in
        // capitals.
        let split = w
            .char_indices()
            .skip(1)
            .filter(|&(i, c)| c.is_uppercase() && w[..i].bytes().all(|b| b.is_ascii_uppercase()))
            .map(|(i, _)| i)
            .find(|&i| {
                let mut probe = Stamp::default();
                stamp_word(&w[..i], &mut probe) && stamp_word(&w[i..], &mut probe)
            });
        match split {
            Some(i) => {
                stamp_word(&w[..i], &mut st);
                stamp_word(&w[i..], &mut st);
            }
            None => return None,
        }
    }
    (words > 0).then_some(st)
}

/// A line that is only a time stamp: "Updated 3:45 PM EST", "Updated 2 hours ago",
/// "Posted 2 Dec 2025", "Tue 2 Dec 2025 14.05 GMT", "Nov. 30, 2025, 5:02 a.m. ET". A date
/// alone ("March 3, 2024", a heading in a timeline) or a clock alone ("09:15", a live
/// blog's entry) is not one.
///
/// Returns whether it has a label ("Updated", "Posted"): one without is a stamp only in the
/// page's header (in the body "Nov. 28, 11:45 p.m." heads a timeline's entry, "Thursday,
/// Dec. 18, 8 p.m. ET" a fixture, "August 2024: 5.00" a row of data).
pub(crate) fn stamp(line: &str) -> Option<bool> {
    let st = scan_stamp(line)?;
    let date = st.date || (st.month && st.number);
    let time = st.clock || st.zone;
    if st.label && (date || time || st.ago) {
        Some(true)
    } else if (date && time) || (st.ago && st.number) {
        Some(false)
    } else {
        None
    }
}

/// A line that is only a date ("1 December 2025", "Dec 04, 2025", "Tuesday, 2 December
/// 2025"): the date.
pub(crate) fn bare_date(line: &str) -> Option<Date> {
    let (date, n) = parse_date_prefix(line)?;
    line.get(n..)?
        .chars()
        .all(|c| c.is_whitespace() || c.is_ascii_punctuation())
        .then_some(date)
}

/// A bare label that the next line completes with a date ("Published" / "3 October 2025").
pub(crate) fn is_stamp_label(line: &str) -> bool {
    // (the longest label is 16 bytes: no need to lowercase a paragraph)
    if line.len() > 24 {
        return false;
    }
    let bare = line.trim().trim_end_matches(':').to_ascii_lowercase();
    matches!(
        bare.as_str(),
        "published" | "updated" | "posted" | "last updated" | "first published" | "modified"
    )
}

/// A reading-time label: "3 min read", "Read 2 min", "Read Time: 3 mins", "3 min Reading
/// time".
fn is_reading_time(line: &str) -> bool {
    if line.len() > 40 {
        return false;
    }
    let (mut read, mut unit, mut number) = (false, false, false);
    let mut words = 0;
    for w in line.split_whitespace() {
        words += 1;
        let w = w.trim_matches(|c: char| c.is_ascii_punctuation() || c == '\u{b7}');
        let lower = w.to_ascii_lowercase();
        match lower.as_str() {
            "" | "time" => {}
            "read" | "reading" => read = true,
            "min" | "mins" | "minute" | "minutes" => unit = true,
            _ if lower.bytes().all(|b| b.is_ascii_digit()) => number = true,
            _ => return false,
        }
    }
    words <= 6 && read && unit && number
}

/// A credit at the end of a photo caption: "... 2025. © Thomas Samson, AFP", "... [Omar
/// al-Qattaa/AFP]", "... (Eric Lee for The Washington Post)", "... | Francis
/// Chung/POLITICO". A sentence ending in "(the company said)" has none.
fn is_caption_credit(line: &str) -> bool {
    let t = line.trim_end();
    // (most lines have none of a credit's marks: one pass each rules them out)
    if !(t.ends_with([')', ']'])
        || t.contains('\u{a9}')
        || t.contains(" | ")
        || t.contains(". P")
        || t.contains(". I"))
        || t.split_whitespace().count() > 60
    {
        return false;
    }
    if let Some(i) = t.rfind('\u{a9}') {
        let tail = t[i + '\u{a9}'.len_utf8()..].trim();
        // (after a caption's full stop: not a label's 'read "Made in China © Mattel"')
        let caption = t[..i].trim_end().ends_with(['.', ')', ']']);
        if i > 0 && caption && credit_name(tail, true) {
            return true;
        }
    }
    for (open, close) in [('[', ']'), ('(', ')')] {
        if let Some(body) = t.strip_suffix(close) {
            if let Some(i) = body.rfind(open) {
                let inner = body[i + 1..].trim();
                if i > 0 && credit_name(inner, false) {
                    return true;
                }
            }
        }
    }
    // "... on Monday. Photo: ANP"
    for label in [". Photo: ", ". Picture: ", ". Image: ", ". Photo credit: "] {
        if let Some(i) = t.rfind(label) {
            if credit_name(t[i + label.len()..].trim(), true) {
                return true;
            }
        }
    }
    if let Some(i) = t.rfind(" | ") {
        let tail = t[i + 3..].trim();
        if tail.contains('/') && credit_name(tail, false) {
            return true;
        }
    }
    false
}

/// A credit: capitalised names with an agency after a slash ("Omar al-Qattaa/AFP"), or
/// "Name for The Outlet"; after a © also "Name, Agency" or a name alone.
fn credit_name(s: &str, after_sign: bool) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 || !s.starts_with(char::is_uppercase) {
        return false;
    }
    if s.contains(". ") || (s.ends_with(['.', '!', '?']) && !after_sign) {
        return false;
    }
    let capitalised = |part: &str| {
        let ws: Vec<&str> = part.split_whitespace().collect();
        !ws.is_empty()
            && ws.len() <= 5
            && ws.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || matches!(*w, "al" | "el" | "de" | "da" | "van" | "von" | "bin")
                    || w.starts_with("al-")
                    || w.starts_with("el-")
            })
    };
    // A person's name: two words or more, no digits ("Eliud Kipchoge", not "Chair" nor
    // "1-0").
    let person = |part: &str| {
        capitalised(part)
            && part.split_whitespace().count() >= 2
            && !part.chars().any(|c| c.is_ascii_digit())
    };
    // An outlet or an agency: "AFP", "POLITICO", "The Washington Post", "Getty Images"
    // (not "Kenya", "Chief Executive", "Undecided 5%").
    let outlet_like = |part: &str| {
        let p = part.trim();
        (p.len() >= 2
            && p.bytes()
                .all(|b| b.is_ascii_uppercase() || b == b' ' || b == b'-'))
            || p.starts_with("The ")
            || [
                "Reuters",
                "Getty",
                "Images",
                "Press",
                "News",
                "Times",
                "Post",
                "Pool",
                "Photo",
                "Photos",
                "Agency",
                "Bloomberg",
                "Shutterstock",
                "Alamy",
                "Guardian",
                "Telegraph",
                "Herald",
                "Journal",
                "Tribune",
                "Xinhua",
                "Anadolu",
                "Contributor",
            ]
            .iter()
            .any(|w| p.split_whitespace().any(|x| x.trim_matches(',') == *w))
    };
    if let Some((who, outlet)) = s.split_once('/') {
        return person(who) && capitalised(outlet) && outlet_like(outlet);
    }
    if let Some((who, outlet)) = s.split_once(" for ") {
        return person(who) && outlet.starts_with("The ") && capitalised(outlet);
    }
    // "ABC News: Keira Proust"
    if let Some((outlet, who)) = s.split_once(": ") {
        return capitalised(outlet) && outlet_like(outlet) && person(who);
    }
    after_sign && capitalised(&s.replace(',', " "))
}

/// A line that opens a block of links to other articles ("Related Content", "Read more:",
/// "More on this story"): the short lines after it, up to a blank line, are the links.
pub(crate) fn is_related_header(line: &str) -> bool {
    if line.len() > 40 {
        return false;
    }
    let bare = line
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
        .to_lowercase();
    matches!(
        bare.as_str(),
        "related"
            | "related content"
            | "related article"
            | "related articles"
            | "related stories"
            | "related coverage"
            | "related topics"
            | "related news"
            | "read more"
            | "more on this story"
            | "also read"
            | "read also"
            | "recommended"
            | "recommended stories"
            | "you may also like"
            | "you might also like"
            | "more stories"
            | "more from this section"
    )
}

/// A link in such a block: a short line that does not end as a sentence does.
pub(crate) fn is_link_line(line: &str) -> bool {
    line.split_whitespace().count() <= 16
        && !line
            .trim_end()
            .ends_with(['.', '"', '\u{201d}', '?', '!', ':'])
        && !line.contains(": ")
}

/// "Credit...Kenny Holston/The New York Times", "Credit: Reuters".
fn is_credit_dots(line: &str) -> bool {
    starts_with_ci(line, "credit")
        && line["credit".len()..].starts_with(['.', '\u{2026}', ':'])
        && line.split_whitespace().count() <= 12
}

#[cfg(test)]
mod tests {
    use super::is_boilerplate;

    #[test]
    fn recognises_news_site_chrome() {
        for line in [
            "ALSO READ: Colombian Influencer Shot Dead At Point-Blank Range",
            "Also Read | Markets fall",
            "READ MORE",
            "Advertisement",
            "ADVERTISEMENT",
            "WATCH: Putin arrives",
            "Subscribe",
            "Share Facebook Twitter WhatsApp Email",
            "Photo: Reuters",
            "(AP Photo/Evan Vucci)",
            "Trump at the White House. Getty Images",
            "Story continues below advertisement",
            // Copyright lines.
            "Copyright 2025 The Associated Press. All rights reserved.",
            "Copyright 2025 BBC.",
            "Copyright \u{a9} 2025 Bennett, Coleman & Co. Ltd. All rights reserved.",
            "\u{a9}2025 Bloomberg L.P. All Rights Reserved",
            "\u{a9} 2025 Reuters",
            // Time stamps.
            "Updated 3:45 PM EST",
            "Updated at 14.10 GMT",
            "Updated 2 hours ago",
            "GMTUpdated 2 hours ago",
            "November 27, 2025 6:14 AM GMTUpdated 2 hours ago",
            "Posted 2 Dec 2025",
            "Issued on: 28/11/2025 - 14:32  Modified: 28/11/2025 - 16:10",
            "November 27, 2025 6:14 AM GMT",
            "Tue 2 Dec 2025 14.05 GMT",
            "Nov. 30, 2025, 5:02 a.m. ET",
            "November 29, 2025 at 6:00 a.m. EST",
            "Dec 01, 2025 10:32 PM IST",
            "December 3, 2025 \u{2014} 5.00am",
            "Tue Dec 02 2025 - 06:00",
            "12/03/2025 05:00 PM EST",
            "Updated 7/8/96 12:15 AM",
            "Dec 02, 2025, 08:00 ET",
            "2 December 2025 \u{2014} 10:32",
            "Posted Tue 2 Dec 2025 at 5:14am, updated Tue 2 Dec 2025 at 8:40am",
            // Other chrome.
            "A version of this article appears in print on Nov. 30, 2025, Section A, Page 1 \
             of the New York edition with the headline: Justices Weigh Agency Power.",
            "This article was published on Thursday, December 4, 2025.",
            "3 min read",
            "3 minute read",
            "Read 2 min",
            "Read Time: 3 mins",
            "3 min Reading time",
            "Related Content",
            "Link Copied",
            "Link copied!",
            "Subscribe Now",
            "Posted",
            // Photo captions with a credit.
            "Farmers drive tractors south of Paris on November 28, 2025. \u{a9} Thomas Samson, AFP",
            "Palestinians queue for food in Gaza City on December 1, 2025 [Omar al-Qattaa/AFP]",
            "Spanberger at a rally in Richmond on Nov. 4. (Eric Lee for The Washington Post)",
            "Speaker Mike Johnson speaks to reporters on Tuesday. | Francis Chung/POLITICO",
            "Image caption, A fallen tree blocked a road in Cumbria on Sunday",
            "Credit...Kenny Holston/The New York Times",
            "Firefighters battle a blaze near Cessnock on Sunday. (ABC News: Keira Proust)",
            "The Binnenhof in The Hague on Monday. Photo: ANP",
        ] {
            // (a time stamp is boilerplate in the page's header, which intake tells)
            assert!(
                is_boilerplate(line) || super::stamp(line).is_some(),
                "{line}"
            );
        }
    }

    #[test]
    fn keeps_article_sentences() {
        for line in [
            "Watchdog groups said the vote was fair.",
            "Photographers gathered outside the Kremlin.",
            "Putin said the call was frank.",
            "Related parties met in Istanbul on Friday.",
            "Updates to the treaty were discussed.",
            "Share prices fell 3% in Moscow.",
            "Watch the skies, he said.",
            "Copyright law was updated in 2025.",
            "Copyright holders sued in 2025.",
            "Updated figures were released on Monday.",
            "Posted guards stood at the gate.",
            "Posted on the door was a notice dated March 3, 2025.",
            // A timeline's date heading, a live blog's clock headings.
            "March 3, 2024",
            "09:15",
            "10.32 GMT",
            "09:15 \u{2014} The minister has arrived",
            "Monday 14:00",
            "Read the full statement, which runs to 3 pages.",
            "He took 3 minutes to read it.",
            "The company said it would appeal (the company said).",
            "Richard Marles (Minister for Defence)",
            "The award went to Emma Stone (Best Actress for Poor Things)",
            "He won in 2:02:27 (Eliud Kipchoge/Kenya)",
            "Arsenal 2 Chelsea 1 (Half-time: 1-0)",
            "If you have been affected, call Samaritans (Tel: 116 123)",
            "Harris 48% | Trump 47% | Other/Undecided 5%",
            "The label on the box read \u{201c}Made in China \u{a9} Mattel\u{201d}",
            "Copyright 2024 registrations rose 12 per cent, the office said in its annual report.",
            "This article was shared 40,000 times on Facebook before it was removed.",
            "Prices rose in March (Democrats/Republicans).",
            "The deal was signed by the ministers (Reuters)",
            "Workers gathered for the vote. | They said it was fair.",
            "Credit ratings agencies cut the outlook.",
            "Credit Suisse shares fell 3% on Monday, traders said.",
            "Related parties met on Dec 3, 2025 at 10:00 GMT to talk.",
            "Last May 3 people were hurt.",
            "The figure rose (Note: the data is provisional).",
            "He named his dog Photo: it was a joke.",
        ] {
            assert!(!is_boilerplate(line), "{line}");
        }
    }
}
