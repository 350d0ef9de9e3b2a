//! Tokens: words, numbers, punctuation, symbols, URLs and e-mail addresses.

use super::abbrev::abbreviation;
use crate::Span;

/// `s` lower-cased as `str::to_lowercase` does; borrowed when that changes nothing.
pub(crate) fn lower(s: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if s.is_ascii() {
        if s.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(s.to_ascii_lowercase())
        } else {
            Cow::Borrowed(s)
        }
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (possibly with inner hyphens, apostrophes or stops: "don't", "U.S.").
    Word,
    /// Starts with a digit: "2025", "100.00", "10:30", "3rd".
    Number,
    /// One punctuation mark (or a run of stops "..." / "!?").
    Punct,
    /// A symbol: `$ % & @ # + = €` …
    Symbol,
    /// A web address.
    Url,
    /// An e-mail address.
    Email,
}

/// A token: a byte range of the document and its kind. Kept small (7 bytes: a `u32`
/// start, a `u16` length and the kind, packed so that they are not padded to 8 or 12)
/// because a 10 MB article has two million of them and every later stage holds them.
/// The tokenizer makes no token longer than 256 bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(C, packed)]
pub struct Token {
    start: u32,
    len: u16,
    /// What it is.
    pub kind: TokenKind,
}

impl Token {
    /// A token over `span` (a token is at most 65,535 bytes long: a longer span is cut to
    /// that length).
    pub fn new(span: Span, kind: TokenKind) -> Token {
        Token {
            start: span.start as u32,
            len: u16::try_from(span.len()).unwrap_or(u16::MAX),
            kind,
        }
    }

    /// Where it is.
    pub fn span(&self) -> Span {
        let start = self.start as usize;
        Span::new(start, start + usize::from(self.len))
    }

    /// Its text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span().slice(text)
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = self.kind;
        f.debug_struct("Token")
            .field("span", &self.span())
            .field("kind", &kind)
            .finish()
    }
}

fn is_open_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '«'
            | '‹'
            | '„'
            | '‚'
            | '('
            | '['
            | '{'
            | '`'
            | '¿'
            | '¡'
            | '*'
            | '•'
            | '·'
            | '–'
            | '—'
            | '-'
            | '…'
            | '/'
            | '|'
            | '<'
            | '>'
            | '_'
            | '~'
    )
}

fn is_close_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '»'
            | '›'
            | ')'
            | ']'
            | '}'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '.'
            | '…'
            | '*'
            | '–'
            | '—'
            | '/'
            | '|'
            | '<'
            | '>'
            | '_'
            | '~'
            | '`'
    )
}

fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '%'
            | '&'
            | '@'
            | '#'
            | '+'
            | '='
            | '€'
            | '£'
            | '¥'
            | '₹'
            | '₽'
            | '°'
            | '^'
            | '§'
            | '©'
            | '®'
            | '™'
    ) || (!c.is_alphanumeric()
        && !c.is_whitespace()
        && !c.is_ascii_punctuation()
        && !is_open_punct(c)
        && !is_close_punct(c)
        && c != '\''
        && c != '’')
}

/// Append the tokens of `text[span]` to `out`.
///
/// ```
/// use dossier::segment::{tokenize, TokenKind};
/// use dossier::Span;
/// let text = "“Trump’s U.S. plan costs $1,000.50,” said Mr. Vance.";
/// let mut toks = Vec::new();
/// tokenize(text, Span::new(0, text.len()), &mut toks);
/// let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
/// assert_eq!(words, ["“", "Trump", "’s", "U.S.", "plan", "costs", "$", "1,000.50", ",", "”", "said", "Mr.", "Vance", "."]);
/// ```
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let region = span.slice(text);
    let base = span.start;
    let mut chunk_start: Option<usize> = None;
    for (i, c) in region.char_indices() {
        if c.is_whitespace() || is_invisible(c) {
            if let Some(s) = chunk_start.take() {
                chunk(text, base + s, base + i, out);
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
    }
    if let Some(s) = chunk_start {
        chunk(text, base + s, base + region.len(), out);
    }
}

/// Zero-width and bidi controls separate nothing but are not part of words either.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

/// Tokens of one white-space-free chunk `text[start..end]`.
fn chunk(text: &str, mut start: usize, mut end: usize, out: &mut Vec<Token>) {
    // Very long chunks (a 5 MB line without spaces) are cut into pieces, so that work
    // stays linear and no token is absurd.
    const MAX: usize = 256;
    while end - start > MAX {
        let mut cut = start + MAX;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        chunk(text, start, cut, out);
        start = cut;
    }
    let s = &text[start..end];
    // Most chunks are one plain word or number: nothing below would split or trim them
    // (no punctuation, symbol, apostrophe, hyphen, `@` or URL prefix can occur).
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        let kind = if s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        out.push(Token::new(Span::new(start, end), kind));
        return;
    }
    let starts = |p: &str| {
        s.as_bytes()
            .get(..p.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
    };
    if starts("http://") || starts("https://") || starts("www.") {
        let core_end = trim_trailing_punct(s);
        out.push(Token::new(
            Span::new(start, start + core_end),
            TokenKind::Url,
        ));
        punct_run(text, start + core_end, end, out);
        return;
    }
    // Leading punctuation, one mark a token.
    loop {
        let s = &text[start..end];
        let Some(c) = s.chars().next() else { return };
        if is_open_punct(c) || (is_close_punct(c) && !c.is_alphanumeric()) {
            if is_stop(c) {
                let run = stop_run(s.chars());
                out.push(Token::new(Span::new(start, start + run), TokenKind::Punct));
                start += run;
            } else {
                out.push(Token::new(
                    Span::new(start, start + c.len_utf8()),
                    TokenKind::Punct,
                ));
                start += c.len_utf8();
            }
            continue;
        }
        if is_symbol(c) {
            out.push(Token::new(
                Span::new(start, start + c.len_utf8()),
                TokenKind::Symbol,
            ));
            start += c.len_utf8();
            continue;
        }
        break;
    }
    // Trailing punctuation (collected right to left, then reversed in place).
    let mut trailing = 0usize;
    let mut tail: [Token; 8] = [Token::new(Span::new(0, 0), TokenKind::Punct); 8];
    while trailing < tail.len() {
        let s = &text[start..end];
        let Some(c) = s.chars().next_back() else {
            break;
        };
        if c == '.' {
            // A stop that belongs to an abbreviation stays on the word.
            let word = &s[..s.len() - 1];
            if !word.ends_with('.') && abbreviation(word).is_some() {
                break;
            }
        }
        if is_close_punct(c) || (is_symbol(c) && c != '$') {
            let n = if is_stop(c) {
                stop_run(s.chars().rev())
            } else {
                c.len_utf8()
            };
            let kind = if is_symbol(c) {
                TokenKind::Symbol
            } else {
                TokenKind::Punct
            };
            tail[trailing] = Token::new(Span::new(end - n, end), kind);
            trailing += 1;
            end -= n;
            continue;
        }
        break;
    }
    if start < end {
        core(text, start, end, out);
    }
    out.extend(tail[..trailing].iter().rev());
}

/// A sentence-ending mark: `.` `!` `?` `…`.
fn is_stop(c: char) -> bool {
    matches!(c, '.' | '…' | '!' | '?')
}

/// Bytes in the run of stops ("...", "?!") that `chars` starts with.
fn stop_run(chars: impl Iterator<Item = char>) -> usize {
    chars.take_while(|d| is_stop(*d)).map(char::len_utf8).sum()
}

fn trim_trailing_punct(s: &str) -> usize {
    s.trim_end_matches(|c: char| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '"' | '\'' | '”' | '’' | '…'
        )
    })
    .len()
}

fn punct_run(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    for (i, c) in text[start..end].char_indices() {
        out.push(Token::new(
            Span::new(start + i, start + i + c.len_utf8()),
            TokenKind::Punct,
        ));
    }
}

/// The word-like middle of a chunk: split possessives, dashes, capitalised hyphen pairs
/// (Russia-Ukraine) and inner symbols; keep decimals, times, contractions, e-mails.
fn core(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let s = &text[start..end];
    if s.contains('@') && s.contains('.') && !s.starts_with('@') {
        out.push(Token::new(Span::new(start, end), TokenKind::Email));
        return;
    }
    let mut piece = start;
    let mut chars = s.char_indices().peekable();
    let mut prev: Option<char> = None;
    while let Some((i, c)) = chars.next() {
        let at = start + i;
        let next = chars.peek().map(|(_, n)| *n);
        let split_here = match c {
            '—' | '–' | '/' | '|' | '(' | ')' | '[' | ']' | '"' | '“' | '”' | '…' | ',' | ';'
            | '!' | '?' => {
                // Keep "1,000" and "3/4" together; split words.
                !(matches!(c, ',' | '/')
                    && prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit()))
            }
            '-' => next.is_some_and(char::is_uppercase) && segment_is_capitalised(&text[piece..at]),
            '\'' | '’' => {
                // Possessive 's: split before the apostrophe.
                let rest = &s[i + c.len_utf8()..];
                if (rest == "s" || rest == "S") && at > piece {
                    emit(text, piece, at, out);
                    out.push(Token::new(Span::new(at, end), TokenKind::Word));
                    return;
                }
                false
            }
            _ => is_symbol(c) && !matches!(c, '&' | '#' | '+' | '=' | '°' | '^'),
        };
        if split_here {
            emit(text, piece, at, out);
            let kind = if is_symbol(c) {
                TokenKind::Symbol
            } else {
                TokenKind::Punct
            };
            out.push(Token::new(Span::new(at, at + c.len_utf8()), kind));
            piece = at + c.len_utf8();
        }
        prev = Some(c);
    }
    emit(text, piece, end, out);
}

fn segment_is_capitalised(s: &str) -> bool {
    let word = s.rsplit('-').next().unwrap_or(s);
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().count() > 1
}

fn emit(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    if start >= end {
        return;
    }
    let s = &text[start..end];
    let first = s.chars().next().unwrap_or(' ');
    let kind = if first.is_ascii_digit() {
        TokenKind::Number
    } else if s.chars().any(char::is_alphanumeric) {
        TokenKind::Word
    } else if s.chars().all(is_symbol) {
        TokenKind::Symbol
    } else {
        TokenKind::Punct
    };
    out.push(Token::new(Span::new(start, end), kind));
}
