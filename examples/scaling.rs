//! Scaling of the native pipeline (issue 7): time per article and peak memory at 10 KB,
//! 100 KB, 1 MB and 10 MB, articles built from ../shared texts (PolNeAR dev; the seed
//! article repeated when the data is absent). Each size runs in a fresh child process so
//! peak memory (VmHWM) is its own. First, the cold start: the time of the first
//! summarise of the seed article in a fresh process (the built-in model and word lists
//! are decoded then), best of several processes.
//!
//! Each run is what the CLI does with an article: the run is handed its own copy of the
//! text (made before the clock starts, counted in its memory), summarises it with
//! [`dossier::summarise_owned`], and streams the JSON to a sink that counts the bytes
//! ([`dossier::Dossier::write_json`]; the CLI streams to standard output the same way).
//! A caller that holds the whole JSON string ([`dossier::Dossier::to_json`]) pays for it
//! on top: about 3.5 times the input.
//!
//! Times are wall clock; the CPU column is the thread's CPU time where Linux reports it
//! (`/proc/thread-self/schedstat`, updated about once a scheduler tick, so meaningful
//! from 100 KB up), which a busy shared machine disturbs much less. Peak
//! memory is given after the first run alone (one summarise, what a caller pays) and after
//! all runs (repeated runs add allocator fragmentation: glibc raises its mmap threshold
//! when the first run frees its large buffers, so later runs take them from the heap;
//! with `MALLOC_MMAP_THRESHOLD_=131072` the 10 MB all-runs peak was 104 MB, not 151 MB,
//! while the first run's stayed at 90 MB).
//!
//! `cargo run --release --example scaling [-- SHARED_DIR]`

use std::process::Command;
use std::time::Instant;

#[path = "../benches/common/mod.rs"]
mod common;
use common::{article, pool, Count};

fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

/// Reset VmHWM to the current RSS (Linux 4.0+); without it, the peak counts from the
/// high-water mark of building the article.
fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// CPU time of this thread in seconds (Linux), if known.
fn cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let shared = args
        .iter()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared").to_owned());
    let opts = dossier::Options::default()
        .with_reference_date_str("2025-05-20")
        .expect("date");
    if args.iter().any(|a| a == "--cold") {
        let seed = include_str!("../tests/data/seed-article.txt");
        let t = Instant::now();
        let d = dossier::summarise(seed, &opts).expect("summarise");
        let secs = t.elapsed().as_secs_f64();
        std::hint::black_box(d.to_json().len());
        println!("{secs}");
        return;
    }
    if let Some(i) = args.iter().position(|a| a == "--child") {
        let n: usize = args[i + 1].parse().expect("size");
        let text = article(&pool(&shared), n);
        // Building the article peaks above what stays resident: start the high-water
        // mark afresh from the current RSS, so that memory freed since (and reused by
        // the run without the RSS rising) is not hidden from the run's peak.
        reset_peak_rss();
        let base = peak_rss_kb();
        let runs = (20_000_000 / n).clamp(3, 200);
        let mut best = f64::MAX;
        let mut best_cpu = f64::MAX;
        let mut first_peak = 0;
        for run in 0..runs {
            let input = text.clone();
            let t = Instant::now();
            let c = cpu_secs();
            let d = dossier::summarise_owned(input, &opts).expect("summarise");
            let mut sink = std::io::BufWriter::new(Count::default());
            d.write_json(&mut sink).expect("json");
            std::hint::black_box(sink.get_ref().0);
            drop(d);
            best = best.min(t.elapsed().as_secs_f64());
            if let (Some(c0), Some(c1)) = (c, cpu_secs()) {
                best_cpu = best_cpu.min(c1 - c0);
            }
            if run == 0 {
                first_peak = peak_rss_kb();
            }
        }
        if best_cpu == f64::MAX {
            best_cpu = best;
        }
        println!("{best} {} {base} {best_cpu} {first_peak}", peak_rss_kb());
        return;
    }
    let exe = std::env::current_exe().expect("exe");
    let cold = (0..5)
        .filter_map(|_| {
            let out = Command::new(&exe).arg("--cold").output().ok()?;
            String::from_utf8_lossy(&out.stdout)
                .trim()
                .parse::<f64>()
                .ok()
        })
        .fold(f64::MAX, f64::min);
    println!(
        "cold start (first summarise of the seed in a fresh process, best of 5): {:.2} ms\n",
        cold * 1e3
    );
    println!("| input | best ms (summarise + JSON) | MB/s | time ÷ 10 KB time | best CPU ms | peak MB, first run | ÷ input | peak MB, all runs | ÷ input |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut first = None;
    for (label, n) in [
        ("10 KB", 10_000usize),
        ("100 KB", 100_000),
        ("1 MB", 1_000_000),
        ("10 MB", 10_000_000),
    ] {
        let out = Command::new(&exe)
            .args(["--child", &n.to_string(), &shared])
            .output()
            .expect("child");
        let s = String::from_utf8_lossy(&out.stdout);
        let v: Vec<f64> = s
            .split_whitespace()
            .filter_map(|x| x.parse().ok())
            .collect();
        let (secs, peak, base) = (v[0], v[1], v[2]);
        let cpu = v.get(3).copied().unwrap_or(secs);
        let first_peak = v.get(4).copied().unwrap_or(peak);
        let f = *first.get_or_insert(secs);
        // The run's own copy of the input is counted in the peak: memory is what the run
        // needs, the input included.
        let used = |peak: f64| (peak - base) / 1024.0;
        let (used_first, used_all) = (used(first_peak), used(peak));
        let mb = n as f64 / 1e6;
        // Below a few scheduler ticks the CPU clock says nothing.
        let cpu_ms = if cpu >= 0.02 {
            format!("{:.1}", cpu * 1e3)
        } else {
            "–".to_owned()
        };
        println!(
            "| {label} | {:.3} | {:.1} | {:.0}× | {cpu_ms} | {:.1} | {:.1}× | {:.1} | {:.1}× |",
            secs * 1e3,
            mb / secs,
            secs / f,
            used_first,
            used_first / mb,
            used_all,
            used_all / mb
        );
    }
}
