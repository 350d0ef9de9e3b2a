//! Sentence boundaries over the tokens of one paragraph.

use super::abbrev::{abbreviation, AbbrevClass};
use super::tokens::{Token, TokenKind};
use super::Sentence;
use crate::Span;

/// Words that start sentences often enough that an abbreviation before them ("… Inc. The
/// company …") is taken to end one.
const STARTERS: [&str; 40] = [
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "As",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "My",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Meanwhile",
    "However",
    "Still",
    "Now",
    "Then",
];

fn is_terminal(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| matches!(c, '.' | '!' | '?' | '…'))
}

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "'" | "”" | "’" | ")" | "]" | "»" | "›")
}

fn starts_sentence(text: &str, t: &Token) -> bool {
    let s = t.text(text);
    let Some(c) = s.chars().next() else {
        return false;
    };
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(
            c,
            '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '—' | '–' | '-' | '•' | '*' | '¿' | '¡'
        )
        || (t.kind == TokenKind::Word && !c.is_lowercase())
}

/// The most tokens a sentence may have. Real sentences are far shorter; text without
/// stops (lists, tables, pasted soup) is cut here, preferring a comma or semicolon, so
/// every per-sentence search downstream stays linear in the input.
pub const MAX_SENTENCE_TOKENS: usize = 160;

/// Split the tokens `tokens[t0..]` (one paragraph) into sentences appended to `out`.
pub(super) fn split(
    text: &str,
    tokens: &[Token],
    t0: usize,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let n = tokens.len();
    if t0 >= n {
        return;
    }
    let mut start = t0;
    let mut i = t0;
    while i < n {
        let tok = &tokens[i];
        let s = tok.text(text);
        let mut boundary = false;
        let mut end = i + 1;
        if tok.kind == TokenKind::Punct && is_terminal(s) {
            // Absorb closing quotes and brackets glued to the stop.
            while end < n
                && is_closer(tokens[end].text(text))
                && tokens[end].span().start == tokens[end - 1].span().end
            {
                end += 1;
            }
            let next = tokens.get(end);
            boundary = match next {
                None => true,
                Some(nt) => {
                    let list_marker = s == "." && i == start + 1 && {
                        let prev = tokens[i - 1].text(text);
                        (tokens[i - 1].kind == TokenKind::Number && prev.len() <= 2)
                            || (prev.chars().count() == 1 && prev.chars().all(char::is_alphabetic))
                    };
                    !list_marker && starts_sentence(text, nt)
                }
            };
        } else if tok.kind == TokenKind::Word && s.ends_with('.') && s.len() > 1 {
            // An abbreviation that kept its stop.
            let word = &s[..s.len() - 1];
            let class = abbreviation(word);
            let clock = word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m");
            boundary = match tokens.get(end) {
                None => true,
                // "Polls open at 7 a.m. Results are expected ...": a clock ends a sentence
                // before a capital, unless the capital goes on telling the time ("7 a.m.
                // Monday", "3 p.m. EST", "noon Eastern", "9 a.m. London time").
                Some(nt) if clock => {
                    starts_sentence(text, nt)
                        && nt.kind == TokenKind::Word
                        && !clock_goes_on(text, nt, tokens.get(end + 1))
                }
                Some(nt) => match class {
                    Some(AbbrevClass::Title) | None => false,
                    Some(AbbrevClass::Inner) | Some(AbbrevClass::Any) => {
                        let nts = nt.text(text);
                        STARTERS.contains(&nts)
                            || (class == Some(AbbrevClass::Any) && matches!(nts, "“" | "\""))
                    }
                },
            };
        }
        if !boundary && end - start >= MAX_SENTENCE_TOKENS {
            // Too long: cut after the last soft break in the second half, else here.
            let soft = (start + MAX_SENTENCE_TOKENS / 2..end)
                .rev()
                .find(|&k| matches!(tokens[k].text(text), "," | ";" | ":" | "—" | "–" | "-"));
            let cut = soft.map_or(end, |k| k + 1);
            push(tokens, start, cut, paragraph, out);
            start = cut;
        }
        if boundary {
            push(tokens, start, end, paragraph, out);
            start = end;
        }
        i = end;
    }
    if start < n {
        push(tokens, start, n, paragraph, out);
    }
}

/// Whether the capitalised word `t` after "a.m."/"p.m." (and the token after it) still
/// tells the time: a weekday or month, a zone ("EST", "GMT", "Eastern"), a place before
/// "time".
fn clock_goes_on(text: &str, t: &Token, after: Option<&Token>) -> bool {
    const GOES_ON: &[&str] = &[
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Mon",
        "Tue",
        "Tues",
        "Wed",
        "Thu",
        "Thur",
        "Thurs",
        "Fri",
        "Sat",
        "Sun",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Eastern",
        "Pacific",
        "Central",
        "Mountain",
        "Atlantic",
        "Greenwich",
        "Universal",
        "Coordinated",
        "British",
        "Today",
        "Tomorrow",
        "Yesterday",
        "Tonight",
        "Local",
    ];
    let w = t.text(text);
    let w = w.strip_suffix('.').unwrap_or(w);
    GOES_ON.contains(&w)
        // a zone: "EST", "GMT", "ET", "UTC", "BST", "PDT"
        || (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
        || after.is_some_and(|a| matches!(a.text(text), "time" | "Time"))
}

fn push(tokens: &[Token], start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let span = Span::new(tokens[start].span().start, tokens[end - 1].span().end);
    out.push(Sentence {
        span,
        tokens: start..end,
        paragraph,
    });
}
