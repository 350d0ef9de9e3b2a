//! The CLI's contract: messages, exit codes, JSONL streaming, lossy UTF-8.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn dossier(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn dossier");
    let mut sin = child.stdin.take().expect("stdin");
    // The process may exit before reading (bad arguments): a broken pipe is fine.
    let _ = sin.write_all(stdin);
    drop(sin);
    child.wait_with_output().expect("wait")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn missing_file_is_a_clear_error() {
    let o = dossier(&["/no/such/file.txt"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("cannot read /no/such/file.txt"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn bad_reference_date_is_refused() {
    let o = dossier(&["--reference-date", "2025-02-30", "-"], b"text");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("2025-02-30"), "{}", stderr(&o));
    let o = dossier(&["--reference-date=May 5"], b"text");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn unknown_option_is_refused() {
    let o = dossier(&["--frobnicate"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--frobnicate"));
}

#[test]
fn today_dates_a_yearless_dateline_or_stands_in() {
    let json = |args: &[&str], text: &str| -> serde_json::Value {
        let o = dossier(args, text.as_bytes());
        assert!(o.status.success(), "{}", stderr(&o));
        serde_json::from_slice(&o.stdout).expect("json")
    };
    // Read on 3 January, a 30 December dateline is last year's.
    let wire = "KYIV, Dec. 30 (Reuters) - Putin spoke on Saturday.";
    let v = json(&["--json", "--today", "2026-01-03"], wire);
    assert_eq!(v["reference_date"], "2025-12-30");
    assert_eq!(v["reference_source"], "published");
    assert_eq!(v["dates"][1]["value"], "2025-12-27");
    let v = json(
        &["--json", "--today", "2026-01-03"],
        "Putin spoke on Saturday.",
    );
    assert_eq!(v["reference_date"], "2026-01-03");
    assert_eq!(v["reference_source"], "today");
    // A given date wins; without either, nothing is resolved.
    let v = json(
        &[
            "--json",
            "--today",
            "2026-01-03",
            "--reference-date",
            "2025-05-20",
        ],
        wire,
    );
    assert_eq!(v["reference_source"], "given");
    let v = json(&["--json"], wire);
    assert!(v["reference_date"].is_null());
    assert!(!dossier(&["--today", "soon"], b"x").status.success());
}

#[test]
fn json_output_uses_code_points() {
    let text = "“Café” 😀 Putin said.";
    let o = dossier(
        &["--json", "--reference-date", "2025-05-20"],
        text.as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["text"], text);
    assert_eq!(v["reference_date"], "2025-05-20");
    assert_eq!(v["reference_source"], "given");
    let chars: Vec<char> = text.chars().collect();
    let s = &v["sentences"][0];
    let (a, b) = (
        s["start"].as_u64().unwrap() as usize,
        s["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(chars[a..b].iter().collect::<String>(), text);
}

#[test]
fn jsonl_reports_bad_lines_and_goes_on() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"Putin spoke on Saturday.\", \"reference_date\": \"2025-05-20\"}\n",
        "not json\n",
        "\n",
        "{\"id\": 7, \"text\": \"Trump said.\"}\n",
        "{\"id\": \"bad-date\", \"text\": \"x\", \"reference_date\": \"yesterday\"}\n",
    );
    let o = dossier(&["--jsonl"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("line 2"), "{err}");
    assert!(err.contains("line 5"), "{err}");
    let out = String::from_utf8(o.stdout).expect("utf8");
    let ids: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json line")["id"].clone())
        .collect();
    assert_eq!(ids, [serde_json::json!("a"), serde_json::json!(7)]);
}

#[test]
fn jsonl_keeps_input_order_across_batches() {
    let mut input = String::new();
    for i in 0..600 {
        input.push_str(&format!(
            "{{\"id\": {i}, \"text\": \"Item {i} was said.\"}}\n"
        ));
    }
    let o = dossier(&["--jsonl"], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let ids: Vec<u64> = String::from_utf8(o.stdout)
        .expect("utf8")
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("json")["id"]
                .as_u64()
                .expect("id")
        })
        .collect();
    assert_eq!(ids, (0..600).collect::<Vec<u64>>());
}

#[test]
fn invalid_utf8_is_read_lossily_with_a_warning() {
    let o = dossier(&["--json"], b"Putin \xff\xfe said.");
    assert!(o.status.success());
    assert!(stderr(&o).contains("not valid UTF-8"));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["text"], "Putin \u{fffd}\u{fffd} said.");
}

#[test]
fn brief_has_every_section() {
    let seed = include_str!("data/seed-article.txt");
    let o = dossier(&["--reference-date", "2025-05-20"], seed.as_bytes());
    assert!(o.status.success());
    let out = String::from_utf8_lossy(&o.stdout);
    for section in [
        "Reference date: 2025-05-20 (given)",
        "GIST",
        "ACTORS",
        "TIMELINE",
        "CLAIMS",
    ] {
        assert!(out.contains(section), "{section} missing from\n{out}");
    }
    assert!(
        !out.contains("Colombian"),
        "boilerplate leaked into the brief"
    );
}

#[test]
fn html_input_is_detected_and_converted() {
    let o = dossier(
        &["--json"],
        b"<html><body><p>Putin &amp; Trump spoke.</p><script>x()</script></body></html>",
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["format"], "html");
    assert_eq!(v["text"], "Putin & Trump spoke.");
}

/// Peak resident memory of a running process, from /proc (Linux); 0 elsewhere.
fn peak_rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

#[test]
fn jsonl_streams_100_mb_in_bounded_memory() {
    use std::io::{BufRead, BufReader};
    // 1,000 articles of 100 KB: 100 MB in, streamed; memory must stay far below the input.
    let para = "Putin said on Saturday that talks with Ukraine would resume in Istanbul. “We are ready,” \
                Kremlin spokesman Dmitry Peskov told reporters. Trump wrote that a deal was close.\n\n";
    let mut article = String::new();
    while article.len() < 100_000 {
        article.push_str(para);
    }
    let line = serde_json::json!({"id": 0, "text": article, "reference_date": "2025-05-20"})
        .to_string()
        + "\n";
    let lines = 1_000usize;
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("--jsonl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn dossier");
    let pid = child.id();
    let mut sin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        for _ in 0..lines {
            if sin.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
    });
    let out = child.stdout.take().expect("stdout");
    let reader =
        std::thread::spawn(move || BufReader::new(out).lines().map_while(Result::ok).count());
    let mut peak = 0;
    while child.try_wait().expect("wait").is_none() {
        peak = peak.max(peak_rss_kb(pid));
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    writer.join().expect("writer");
    assert_eq!(
        reader.join().expect("reader"),
        lines,
        "one result per input line"
    );
    assert!(child.wait().expect("status").success());
    // Bounded: one batch of 256 articles (25 MB) and its results, not the 100 MB stream.
    assert!(peak < 400 * 1024, "peak RSS {peak} KB for a 100 MB stream");
}
