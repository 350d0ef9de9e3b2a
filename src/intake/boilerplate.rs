//! Boilerplate lines, from the word list in `data/boilerplate.tsv`.

use crate::Span;
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
        ] {
            assert!(is_boilerplate(line), "{line}");
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
        ] {
            assert!(!is_boilerplate(line), "{line}");
        }
    }
}
