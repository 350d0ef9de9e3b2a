//! A small, linear-time HTML-to-text converter for pasted pages.
//!
//! It is not a browser: it reads tags, drops the elements that never hold article text,
//! turns block elements into paragraph breaks, decodes character references and collapses
//! white space. It keeps no element stack for ordinary tags, so nesting depth costs
//! nothing; only dropped elements are counted.

use crate::hash::FxHashMap as HashMap;
use jiff::civil::Date;
use std::sync::OnceLock;

const ENTITIES: &str = include_str!("../../data/html_entities.tsv");

fn entities() -> &'static HashMap<&'static str, char> {
    static MAP: OnceLock<HashMap<&'static str, char>> = OnceLock::new();
    MAP.get_or_init(|| {
        ENTITIES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (name, cp) = l.split_once('\t')?;
                Some((name, char::from_u32(cp.parse().ok()?)?))
            })
            .collect()
    })
}

/// Elements whose content is never article text.
const DROP: [&str; 16] = [
    "script", "style", "noscript", "template", "svg", "nav", "aside", "footer", "form", "button",
    "select", "iframe", "head", "object", "canvas", "math",
];

/// Elements that end a paragraph.
const BLOCK: [&str; 32] = [
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "tr",
    "table",
    "blockquote",
    "section",
    "article",
    "header",
    "main",
    "pre",
    "hr",
    "figure",
    "figcaption",
    "address",
    "details",
    "summary",
    "caption",
    "body",
    "html",
    "title",
];

pub(crate) struct HtmlText {
    pub text: String,
    pub published: Option<Date>,
}

/// Does this input look like HTML rather than text that mentions a tag?
pub(crate) fn looks_like_html(input: &str) -> bool {
    let head = input.trim_start();
    let lower_head: String = head
        .chars()
        .take(256)
        .collect::<String>()
        .to_ascii_lowercase();
    if lower_head.starts_with("<!doctype") || lower_head.starts_with("<html") {
        return true;
    }
    // Count recognisable tags in the first 64 KiB.
    let sample = &input[..floor_boundary(input, 65536)];
    let mut tags = 0;
    let bytes = sample.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'<' {
            let rest = &sample[i + 1..];
            let rest = rest.strip_prefix('/').unwrap_or(rest);
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            let after = rest[name.len()..].chars().next();
            if !name.is_empty()
                && matches!(after, Some('>') | Some(' ') | Some('/') | Some('\n'))
                && (BLOCK.contains(&name.as_str())
                    || DROP.contains(&name.as_str())
                    || matches!(
                        name.as_str(),
                        "a" | "span"
                            | "br"
                            | "em"
                            | "strong"
                            | "b"
                            | "i"
                            | "img"
                            | "meta"
                            | "link"
                            | "time"
                    ))
            {
                tags += 1;
                if tags >= 2 {
                    return true;
                }
            }
        }
        i += 1;
    }
    false
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

struct Out {
    text: String,
    /// Pending white space: 0 none, 1 space, 2 line break, 3 paragraph break.
    pending: u8,
}

impl Out {
    fn push_char(&mut self, c: char) {
        if c.is_whitespace() {
            self.pending = self.pending.max(1);
            return;
        }
        if !self.text.is_empty() {
            match self.pending {
                1 => self.text.push(' '),
                2 => self.text.push('\n'),
                3 => self.text.push_str("\n\n"),
                _ => {}
            }
        }
        self.pending = 0;
        self.text.push(c);
    }
    fn brk(&mut self, level: u8) {
        self.pending = self.pending.max(level);
    }
}

pub(crate) fn to_text(input: &str) -> HtmlText {
    let mut out = Out {
        text: String::with_capacity(input.len() / 2),
        pending: 0,
    };
    let mut published = None;
    let mut drop_depth: usize = 0;
    let mut drop_name: &str = "";
    let mut rest = input;
    while !rest.is_empty() {
        let Some(lt) = rest.find(['<', '&']) else {
            if drop_depth == 0 {
                rest.chars().for_each(|c| out.push_char(c));
            }
            break;
        };
        if drop_depth == 0 {
            rest[..lt].chars().for_each(|c| out.push_char(c));
        }
        rest = &rest[lt..];
        if rest.starts_with('&') {
            let (c, n) = decode_entity(rest);
            if drop_depth == 0 {
                match c {
                    Some(c) => out.push_char(c),
                    None => out.push_char('&'),
                }
            }
            rest = &rest[n.max(1)..];
            continue;
        }
        // A tag, comment, doctype or a stray '<'.
        if let Some(r) = rest.strip_prefix("<!--") {
            rest = match r.find("-->") {
                Some(e) => &r[e + 3..],
                None => "",
            };
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            rest = match rest.find('>') {
                Some(e) => &rest[e + 1..],
                None => "",
            };
            continue;
        }
        let closing = rest.as_bytes().get(1) == Some(&b'/');
        let name_start = if closing { 2 } else { 1 };
        let name_len = rest[name_start..]
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 || !rest.as_bytes()[name_start].is_ascii_alphabetic() {
            if drop_depth == 0 {
                out.push_char('<');
            }
            rest = &rest[1..];
            continue;
        }
        let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
        let tag_end = find_tag_end(rest);
        let tag = &rest[..tag_end];
        rest = &rest[tag_end..];
        let self_closing = tag.ends_with("/>");
        if !closing && (name == "meta" || name == "time") && published.is_none() {
            published = published_in_tag(&name, tag);
        }
        // schema.org data, in the head or the body: {"datePublished": "2025-05-19T10:00Z"}
        if !closing
            && name == "script"
            && published.is_none()
            && attr(tag, "type").is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"))
        {
            let body = find_ci(rest, "</script").map_or(rest, |e| &rest[..e]);
            published = published_in_json_ld(body);
        }
        if drop_depth > 0 {
            if name == drop_name {
                if closing {
                    drop_depth -= 1;
                } else if !self_closing {
                    drop_depth += 1;
                }
            }
            continue;
        }
        if let Some(d) = DROP.iter().find(|d| **d == name) {
            if !closing && !self_closing {
                drop_depth = 1;
                drop_name = d;
                if name == "script" || name == "style" {
                    // Raw text: skip to the matching end tag without reading markup.
                    let lower_end = format!("</{name}");
                    rest = match find_ci(rest, &lower_end) {
                        Some(e) => {
                            drop_depth = 0;
                            let after = &rest[e..];
                            &after[find_tag_end(after)..]
                        }
                        None => "",
                    };
                }
            }
            continue;
        }
        if name == "br" {
            out.brk(2);
        } else if BLOCK.contains(&name.as_str()) {
            out.brk(3);
        } else if matches!(name.as_str(), "td" | "th") {
            out.brk(1);
        }
    }
    HtmlText {
        text: out.text,
        published,
    }
}

/// End of a tag starting at `s[0] == '<'`, honouring quoted attribute values.
fn find_tag_end(s: &str) -> usize {
    let mut quote: Option<u8> = None;
    for (i, b) in s.bytes().enumerate().skip(1) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return i + 1,
            None => {}
        }
    }
    s.len()
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    hay.as_bytes()
        .windows(n.len())
        .position(|w| w.eq_ignore_ascii_case(n))
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find(name) {
        let at = from + p;
        from = at + name.len();
        let before_ok = lower[..at].ends_with(|c: char| c.is_whitespace());
        let after = lower[from..].trim_start();
        if before_ok && after.starts_with('=') {
            let vstart = tag.len() - after.len() + 1;
            let v = tag[vstart..].trim_start();
            let q = v.chars().next()?;
            if q == '"' || q == '\'' {
                let end = v[1..].find(q)?;
                return Some(&v[1..1 + end]);
            }
            let end = v
                .find(|c: char| c.is_whitespace() || c == '>')
                .unwrap_or(v.len());
            return Some(&v[..end]);
        }
    }
    None
}

fn published_in_tag(name: &str, tag: &str) -> Option<Date> {
    let value = if name == "meta" {
        let key = attr(tag, "property")
            .or_else(|| attr(tag, "name"))
            .or_else(|| attr(tag, "itemprop"))?
            .to_ascii_lowercase();
        if !matches!(
            key.as_str(),
            "article:published_time"
                | "datepublished"
                | "date"
                | "pubdate"
                | "og:published_time"
                | "publish-date"
                | "dc.date"
        ) {
            return None;
        }
        attr(tag, "content")?
    } else {
        attr(tag, "datetime")?
    };
    super::dateline::parse_date_prefix(value.trim()).map(|(d, _)| d)
}

/// The `"datePublished"` of a JSON-LD block, read without a JSON parser: the first such
/// key's string value.
fn published_in_json_ld(body: &str) -> Option<Date> {
    let at = body.find("\"datePublished\"")?;
    let after = body.get(at + "\"datePublished\"".len()..)?.trim_start();
    let value = after.strip_prefix(':')?.trim_start().strip_prefix('"')?;
    super::dateline::parse_date_prefix(value).map(|(d, _)| d)
}

/// Decode a character reference at the start of `s` (`s[0] == '&'`).
/// Returns the character (None when it is not a reference) and the bytes read.
fn decode_entity(s: &str) -> (Option<char>, usize) {
    let body = &s[1..];
    if let Some(num) = body.strip_prefix('#') {
        let (hex, digits) = match num.strip_prefix(['x', 'X']) {
            Some(h) => (true, h),
            None => (false, num),
        };
        let n = digits
            .bytes()
            .take_while(|b| {
                if hex {
                    b.is_ascii_hexdigit()
                } else {
                    b.is_ascii_digit()
                }
            })
            .count()
            .min(8);
        if n == 0 {
            return (None, 1);
        }
        let v = u32::from_str_radix(&digits[..n], if hex { 16 } else { 10 }).unwrap_or(0xFFFD);
        let c = char::from_u32(v)
            .filter(|c| *c != '\0')
            .unwrap_or('\u{FFFD}');
        let mut len = 1 + 1 + usize::from(hex) + n;
        if s[len..].starts_with(';') {
            len += 1;
        }
        return (Some(c), len);
    }
    let n = body
        .bytes()
        .take(32)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if n == 0 {
        return (None, 1);
    }
    match entities().get(&body[..n]) {
        Some(c) => {
            let semi = usize::from(body[n..].starts_with(';'));
            (Some(*c), 1 + n + semi)
        }
        None => (None, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_date_published() {
        let html = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle",
            "dateModified":"2025-05-21T10:00:00Z", "datePublished" : "2025-05-19T10:00:00Z"}
            </script></head><body><p>The council voted on Monday.</p></body></html>"#;
        let got = to_text(html);
        assert_eq!(got.text, "The council voted on Monday.");
        assert_eq!(
            got.published.map(|d| d.to_string()),
            Some("2025-05-19".into())
        );
    }

    #[test]
    fn converts_an_article() {
        let html = r#"<!DOCTYPE html><html><head><title>T</title>
            <meta property="article:published_time" content="2025-05-20T10:00:00Z">
            <script>var x = "<p>not text</p>";</script><style>p{}</style></head>
            <body><nav><a href="/">Home</a><nav>inner</nav> still nav</nav>
            <h1>Putin &amp; Trump talk</h1><p>Trump said it was &ldquo;good&rdquo;.<br>Second&nbsp;line &#8212; &#x263A;</p>
            <footer>© 2025</footer></body></html>"#;
        let got = to_text(html);
        assert_eq!(
            got.text,
            "Putin & Trump talk\n\nTrump said it was “good”.\nSecond line — ☺"
        );
        assert_eq!(
            got.published.map(|d| d.to_string()),
            Some("2025-05-20".into())
        );
    }

    #[test]
    fn hostile_markup_is_text_or_gone() {
        let got = to_text(
            "<p><img src=x onerror=alert(1)>Hi <script>alert(1)</script>there &lt;b&gt;</p>",
        );
        assert_eq!(got.text, "Hi there <b>");
        assert!(!to_text("<p>a < b and c <d</p>").text.is_empty());
    }

    #[test]
    fn deep_nesting_is_linear() {
        let deep = "<div>".repeat(100_000) + "x" + &"</div>".repeat(100_000);
        assert_eq!(to_text(&deep).text, "x");
        let deep_nav = "<nav>".repeat(50_000) + "x" + &"</nav>".repeat(50_000) + "<p>y</p>";
        assert_eq!(to_text(&deep_nav).text, "y");
    }

    #[test]
    fn detection() {
        assert!(looks_like_html("<p>Hello</p><p>World</p>"));
        assert!(looks_like_html("  <!doctype html><title>x</title>"));
        assert!(!looks_like_html(
            "He wrote that 3 < 4 and <b> is a tag name."
        ));
        assert!(!looks_like_html("Plain text article."));
    }
}
