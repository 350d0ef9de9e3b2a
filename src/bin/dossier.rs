//! `dossier`: the command-line front end.
//!
//! ```text
//! dossier [OPTIONS] [FILE|-]        a readable brief of one article
//! dossier --json [FILE|-]           the result object (code-point offsets)
//! dossier --jsonl [FILE|-]          one {"id","text","reference_date"?} per line in,
//!                                   one result per line out, in input order, on all cores
//! ```

use dossier::claims::Claim;
use dossier::dates::TimexType;
use dossier::jsonl::{process_line, Processed};
use dossier::{offsets::Unit, Dossier, Format, Options, Span};
use rayon::prelude::*;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const HELP: &str = "\
dossier: actors, dates and key claims from a news article

USAGE:
    dossier [OPTIONS] [FILE|-]

Reads FILE (or standard input when FILE is '-' or absent).

OPTIONS:
    --json                     print the result object as JSON (code-point offsets)
    --jsonl                    read JSON lines {\"id\",\"text\",\"reference_date\"?} and
                               write one result per line carrying the same \"id\"
    --reference-date YYYY-MM-DD  the date relative expressions resolve against
    --today YYYY-MM-DD         the day the text is read on: gives a year to a dateline
                               without one (\"KYIV, May 20 (Reuters) -\"), else is the
                               reference date when the text has none
    --format auto|text|html    how to read the input (default: auto-detect)
    --day-first                read numeric dates like 5/6/2025 as 5 June
    -h, --help                 this help
    -V, --version              the version
";

struct Args {
    mode: Mode,
    path: Option<String>,
    options: Options,
}

#[derive(PartialEq)]
enum Mode {
    Brief,
    Json,
    Jsonl,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut args = Args {
        mode: Mode::Brief,
        path: None,
        options: Options::default(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
            _ => (a.clone(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| it.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "-h" | "--help" => {
                print!("{HELP}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("dossier {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            "--json" => args.mode = Mode::Json,
            "--jsonl" => args.mode = Mode::Jsonl,
            "--day-first" => args.options.day_first = true,
            "--reference-date" => {
                let v = value("--reference-date")?;
                args.options = args
                    .options
                    .with_reference_date_str(&v)
                    .map_err(|e| e.to_string())?;
            }
            "--today" => {
                let v = value("--today")?;
                args.options.today =
                    Some(dossier::parse_reference_date(&v).map_err(|e| e.to_string())?);
            }
            "--format" => {
                args.options.format = match value("--format")?.as_str() {
                    "auto" => Format::Auto,
                    "text" => Format::Text,
                    "html" => Format::Html,
                    other => {
                        return Err(format!("--format takes auto, text or html, not {other:?}"))
                    }
                }
            }
            "-" => args.path = None,
            s if s.starts_with('-') => return Err(format!("unknown option {s:?} (see --help)")),
            _ => {
                if args.path.is_some() {
                    return Err("give at most one FILE".into());
                }
                args.path = Some(a);
            }
        }
    }
    Ok(Some(args))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(a)) => a,
        Ok(None) => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dossier: {e}");
            return ExitCode::from(2);
        }
    };
    let result = if args.mode == Mode::Jsonl {
        run_jsonl(&args)
    } else {
        run_one(&args)
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dossier: {e}");
            ExitCode::from(1)
        }
    }
}

fn open(path: &Option<String>) -> Result<Box<dyn Read>, String> {
    match path {
        None => Ok(Box::new(io::stdin().lock())),
        Some(p) => std::fs::File::open(p)
            .map(|f| Box::new(f) as Box<dyn Read>)
            .map_err(|e| format!("cannot read {p}: {e}")),
    }
}

fn run_one(args: &Args) -> Result<ExitCode, String> {
    let mut bytes = Vec::new();
    open(&args.path)?
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read input: {e}"))?;
    let text = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("dossier: warning: the input is not valid UTF-8; invalid bytes were replaced with U+FFFD");
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    let d = dossier::summarise_owned(text, &args.options).map_err(|e| e.to_string())?;
    let stdout = io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    let written = if args.mode == Mode::Json {
        // Streamed from the dossier: no copy of the text or the mentions is made.
        serde_json::to_writer_pretty(&mut w, &d.json(Unit::CodePoint))
            .map_err(io::Error::from)
            .and_then(|_| writeln!(w))
    } else {
        write_brief(&mut w, &d)
    };
    written
        .and_then(|_| w.flush())
        .map_err(|e| format!("cannot write output: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

fn run_jsonl(args: &Args) -> Result<ExitCode, String> {
    const BATCH: usize = 256;
    let reader = io::BufReader::new(open(&args.path)?);
    let stdout = io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    let mut failures = 0usize;
    let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BATCH);
    let mut lines = reader.split(b'\n').enumerate();
    loop {
        batch.clear();
        for (n, line) in lines.by_ref() {
            let line = line.map_err(|e| format!("cannot read input: {e}"))?;
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            batch.push((n + 1, line));
            if batch.len() == BATCH {
                break;
            }
        }
        if batch.is_empty() {
            break;
        }
        let results: Vec<(usize, Result<Processed, String>)> = batch
            .par_iter()
            .map(|(n, raw)| (*n, process_line(*n, raw, &args.options)))
            .collect();
        for (n, r) in results {
            match r {
                Ok(p) => {
                    if p.lossy {
                        eprintln!("dossier: warning: line {n} is not valid UTF-8; invalid bytes were replaced with U+FFFD");
                    }
                    writeln!(w, "{}", p.json).map_err(|e| format!("cannot write output: {e}"))?
                }
                Err(msg) => {
                    failures += 1;
                    eprintln!("dossier: {msg}");
                }
            }
        }
    }
    w.flush().map_err(|e| format!("cannot write output: {e}"))?;
    if failures > 0 {
        eprintln!("dossier: {failures} line(s) could not be read");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// The readable brief, written from the dossier itself: it shows only words, never
/// offsets, so it reads the findings as they are (byte spans sliced from the text).
fn write_brief(w: &mut impl Write, d: &Dossier) -> io::Result<()> {
    let doc = &d.document;
    let text = doc.text();
    match doc.reference() {
        Some(r) => writeln!(w, "Reference date: {} ({})", r.date, r.source.as_str())?,
        None => writeln!(
            w,
            "Reference date: none (relative dates left unresolved; use --reference-date)"
        )?,
    }
    writeln!(w, "\nGIST")?;
    let gist: Vec<Span> = d
        .summary
        .iter()
        .filter_map(|i| doc.sentences().get(*i))
        .map(|s| s.span)
        .collect();
    if gist.is_empty() {
        writeln!(w, "  (nothing to summarise)")?;
    }
    for (i, s) in gist.iter().enumerate() {
        writeln!(w, "  {}. {}", i + 1, one_line_text(s.slice(text)))?;
    }
    writeln!(w, "\nACTORS")?;
    if d.actors.is_empty() {
        writeln!(w, "  (none found)")?;
    }
    for a in &d.actors {
        let roles = if a.roles.is_empty() {
            String::new()
        } else {
            format!("; {}", a.roles.join(", "))
        };
        let aka = if a.aliases.is_empty() {
            String::new()
        } else {
            format!("; also {}", a.aliases.join(", "))
        };
        writeln!(
            w,
            "  {} ({}{}{}); {} mention{}",
            a.name,
            a.kind.as_str(),
            roles,
            aka,
            a.mentions.len(),
            if a.mentions.len() == 1 { "" } else { "s" }
        )?;
    }
    writeln!(w, "\nTIMELINE")?;
    let mut dated: Vec<_> = d
        .dates
        .iter()
        .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
        .collect();
    dated.sort_by(|a, b| a.value.cmp(&b.value).then(a.span.start.cmp(&b.span.start)));
    if dated.is_empty() {
        writeln!(w, "  (no dates)")?;
    }
    for t in dated {
        writeln!(w, "  {:<16} {:?}", t.value, t.span.slice(text))?;
    }
    let spans: Vec<_> = d
        .dates
        .iter()
        .filter(|t| matches!(t.kind, TimexType::Duration | TimexType::Set))
        .collect();
    if !spans.is_empty() {
        writeln!(w, "  durations and repeats:")?;
        for t in spans {
            writeln!(w, "  {:<16} {:?}", t.value, t.span.slice(text))?;
        }
    }
    writeln!(w, "\nCLAIMS")?;
    if d.claims.is_empty() {
        writeln!(w, "  (none found)")?;
    }
    // A speaker that is no actor of the list counts as none.
    let speaker_of = |c: &Claim| c.speaker.filter(|i| *i < d.actors.len());
    let mut speakers: Vec<Option<usize>> = Vec::new();
    for c in &d.claims {
        if !speakers.contains(&speaker_of(c)) {
            speakers.push(speaker_of(c));
        }
    }
    for sp in speakers {
        let name = sp
            .and_then(|i| d.actors.get(i))
            .map_or("Unattributed or unresolved", |a| a.name.as_str());
        writeln!(w, "  {name}")?;
        for c in d.claims.iter().filter(|c| speaker_of(c) == sp) {
            let cue = c.cue.map_or("", |s| s.slice(text));
            let src = c.source.map_or("", |s| s.slice(text));
            let body = one_line_text(&c.words(text).to_string());
            let quoted = body.starts_with(['"', '“', '‘', '\'', '«']);
            if c.direct && !quoted {
                writeln!(w, "    “{body}” ({src} {cue})")?;
            } else {
                writeln!(w, "    {body} ({src} {cue})")?;
            }
        }
    }
    Ok(())
}

fn one_line_text(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
