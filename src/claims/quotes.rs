//! Quotations: straight, curly, doubled-apostrophe ('' … '') and single quotes, paired per
//! paragraph. A quote left open at the end of a paragraph runs to the paragraph's end
//! (the convention for quotes running over several paragraphs).

use crate::segment::{ParagraphKind, TokenKind};
use crate::{Document, Span};

/// One quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The quotation, marks included.
    pub span: Span,
    /// Index of its first token (the opening mark).
    pub first: usize,
    /// Index one past its last token.
    pub end: usize,
    /// Double quotes (or doubled apostrophes); single quotes otherwise.
    pub double: bool,
    /// Closed by a mark in the same paragraph (else it runs to the paragraph's end).
    pub closed: bool,
    /// The paragraph it is in.
    pub paragraph: usize,
}

/// All quotations of a document, and which double quotation each token is in.
#[derive(Clone, Debug, Default)]
pub struct Quotes {
    /// Quotations sorted by start.
    pub list: Vec<Quote>,
    /// For every token, the double quotation (index into `list`) it lies in, marks included.
    pub inside: Vec<Option<u32>>,
}

impl Quotes {
    /// The double quotation token `k` is in, if any.
    pub fn at(&self, k: usize) -> Option<&Quote> {
        self.inside
            .get(k)
            .copied()
            .flatten()
            .and_then(|q| self.list.get(q as usize))
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Straight,
}

/// Find the quotations of `doc`.
pub fn find(doc: &Document) -> Quotes {
    let text = doc.text();
    let tokens = doc.tokens();
    let mut out = Quotes {
        list: Vec::new(),
        inside: vec![None; tokens.len()],
    };
    for (pi, p) in doc.paragraphs().iter().enumerate() {
        if p.kind == ParagraphKind::Boilerplate {
            continue;
        }
        let a = doc.token_at_or_after(p.span.start);
        let b = doc.token_at_or_after(p.span.end);
        if a >= b {
            continue;
        }
        let mut doubles: Vec<Quote> = Vec::new();
        let mut used = vec![false; b - a];
        let mut open: Option<usize> = None;
        let mut k = a;
        while k < b {
            let Some(t) = tokens.get(k) else { break };
            let s = t.text(text);
            let mut width = 1;
            let mark = match s {
                "“" | "„" | "«" => Some(Mark::Open),
                "”" | "»" => Some(Mark::Close),
                "\"" => Some(Mark::Straight),
                "'" | "‘" | "’" | "`" => {
                    let next = tokens.get(k + 1).filter(|n| {
                        k + 1 < b && n.span().start == t.span().end && n.text(text) == s
                    });
                    if next.is_some() {
                        width = 2;
                        Some(match s {
                            "‘" | "`" => Mark::Open,
                            "’" => Mark::Close,
                            _ => Mark::Straight,
                        })
                    } else {
                        None
                    }
                }
                _ => None,
            };
            if let Some(mark) = mark {
                for u in used.iter_mut().skip(k - a).take(width) {
                    *u = true;
                }
                let opens = match mark {
                    Mark::Open => true,
                    Mark::Close => false,
                    Mark::Straight => open.is_none(),
                };
                if opens {
                    if let Some(o) = open.take() {
                        // A new opening mark while one is open: the first was never closed.
                        push(&mut doubles, doc, o, k, false, true, pi);
                    }
                    open = Some(k);
                } else if let Some(o) = open.take() {
                    push(&mut doubles, doc, o, k + width, true, true, pi);
                }
            }
            k += width;
        }
        if let Some(o) = open {
            push(&mut doubles, doc, o, b, false, true, pi);
        }
        let singles = single_quotes(doc, a, b, &used, pi);
        for q in &doubles {
            let qi = out.list.len() as u32;
            for slot in out.inside.iter_mut().take(q.end).skip(q.first) {
                *slot = Some(qi);
            }
            out.list.push(q.clone());
        }
        out.list.extend(singles);
    }
    out.list.sort_by_key(|q| (q.span.start, q.span.end));
    // `inside` indexes the list before sorting: rebuild it.
    for slot in out.inside.iter_mut() {
        *slot = None;
    }
    for (qi, q) in out.list.iter().enumerate() {
        if q.double {
            for slot in out.inside.iter_mut().take(q.end).skip(q.first) {
                *slot = Some(qi as u32);
            }
        }
    }
    out
}

fn push(
    list: &mut Vec<Quote>,
    doc: &Document,
    first: usize,
    end: usize,
    closed: bool,
    double: bool,
    paragraph: usize,
) {
    let tokens = doc.tokens();
    let (Some(f), Some(l)) = (
        tokens.get(first),
        end.checked_sub(1).and_then(|e| tokens.get(e)),
    ) else {
        return;
    };
    if end <= first + 1 {
        return;
    }
    list.push(Quote {
        span: Span::new(f.span().start, l.span().end),
        first,
        end,
        double,
        closed,
        paragraph,
    });
}

/// Single-quoted stretches: an opening ' or ‘ before a word, closed by ' or ’ after one,
/// within 40 tokens of the same paragraph.
fn single_quotes(doc: &Document, a: usize, b: usize, used: &[bool], pi: usize) -> Vec<Quote> {
    let text = doc.text();
    let tokens = doc.tokens();
    let mut out = Vec::new();
    let char_before = |at: usize| text.get(..at).and_then(|s| s.chars().next_back());
    let char_after = |at: usize| text.get(at..).and_then(|s| s.chars().next());
    let mut k = a;
    while k < b {
        let Some(t) = tokens.get(k) else { break };
        let s = t.text(text);
        let is_open = matches!(s, "'" | "‘")
            && !used.get(k - a).copied().unwrap_or(true)
            && char_before(t.span().start)
                .is_none_or(|c| c.is_whitespace() || "“\"([—–-".contains(c))
            && char_after(t.span().end).is_some_and(char::is_alphanumeric);
        if !is_open {
            k += 1;
            continue;
        }
        let mut close = None;
        for j in k + 2..b.min(k + 40) {
            let Some(u) = tokens.get(j) else { break };
            let us = u.text(text);
            if used.get(j - a).copied().unwrap_or(true) {
                break;
            }
            if matches!(us, "'" | "’")
                && char_before(u.span().start)
                    .is_some_and(|c| c.is_alphanumeric() || ".,!?".contains(c))
                && char_after(u.span().end).is_none_or(|c| !c.is_alphanumeric())
            {
                close = Some(j);
                break;
            }
        }
        match close {
            Some(j) => {
                let words = tokens.get(k + 1..j).map_or(0, |ts| {
                    ts.iter().filter(|t| t.kind == TokenKind::Word).count()
                });
                if words > 0 {
                    push(&mut out, doc, k, j + 1, true, false, pi);
                }
                k = j + 1;
            }
            None => k += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    fn quoted(text: &str) -> Vec<(String, bool, bool)> {
        let doc = Document::new(text, &Options::default());
        find(&doc)
            .list
            .iter()
            .map(|q| (q.span.slice(doc.text()).to_string(), q.double, q.closed))
            .collect()
    }

    #[test]
    #[allow(clippy::type_complexity)]
    fn pairs_marks_of_every_kind() {
        let cases: &[(&str, &[(&str, bool, bool)])] = &[
            (
                "He said \"yes, we will\" today.",
                &[("\"yes, we will\"", true, true)],
            ),
            (
                "“Russia, too, favours peace,” Putin said.",
                &[("“Russia, too, favours peace,”", true, true)],
            ),
            (
                "''Civility was assumed,'' he said.",
                &[("''Civility was assumed,''", true, true)],
            ),
            (
                "They would begin 'immediate' negotiations.",
                &[("'immediate'", false, true)],
            ),
            ("The voters' heads don't turn.", &[]),
            (
                "She said: “We will go on.\n\n“And on.”",
                &[("“We will go on.", true, false), ("“And on.”", true, true)],
            ),
            (
                "It was “nested ‘inner’ text” here.",
                &[
                    ("“nested ‘inner’ text”", true, true),
                    ("‘inner’", false, true),
                ],
            ),
        ];
        for (text, want) in cases {
            let got = quoted(text);
            let want: Vec<(String, bool, bool)> = want
                .iter()
                .map(|(s, d, c)| (s.to_string(), *d, *c))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
