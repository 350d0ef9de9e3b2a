//! Train the entity tagger and write `data/actors-model.bin`.
//!
//! ```text
//! cargo run --release --example train_actors [-- --shared ../shared --out data/actors-model.bin]
//! ```
//!
//! Trains only on the training splits (CoNLL-2003 train, CrossNER politics train, the latter
//! read twice); the output is byte-for-byte reproducible (fixed seeds, deterministic order).

use dossier::actors::gazetteer::Gazetteer;
use dossier::actors::model::{tag_document, Model};
use dossier::actors::train::{
    entities, example, serialise, train_watched, Config, Example, Weights,
};
use std::io::BufRead;

/// Read a NER JSONL file into aligned examples; also returns the number of gold
/// entities and how many of them do not fall on token edges.
fn load(path: &str) -> (Vec<Example>, usize, usize) {
    let f = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut examples = Vec::new();
    let (mut n_ent, mut unaligned) = (0usize, 0usize);
    for line in std::io::BufReader::new(f).lines() {
        let line = line.expect("read");
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).expect("json");
        let text = v["text"].as_str().unwrap_or("");
        let ents: Vec<(usize, usize, &str)> = v["entities"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|e| {
                        (
                            e["start"].as_u64().unwrap_or(0) as usize,
                            e["end"].as_u64().unwrap_or(0) as usize,
                            e["label"].as_str().unwrap_or(""),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        n_ent += ents.len();
        let (ex, u) = example(text, &ents);
        unaligned += u;
        examples.push(ex);
    }
    (examples, n_ent, unaligned)
}

/// Token-level approximation of the scorer's PER/ORG/LOC micro F1 (for quick looks; the
/// project's numbers come from scripts/eval.py).
fn quick_f1(model: &Model, gaz: &Gazetteer, examples: &[Example]) -> f64 {
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    for ex in examples {
        let mut m = model;
        let pred = tag_document(&mut m, &ex.doc, gaz, None);
        let p: std::collections::HashSet<_> =
            entities(&pred).into_iter().filter(|e| e.2 < 3).collect();
        let g: std::collections::HashSet<_> =
            entities(&ex.gold).into_iter().filter(|e| e.2 < 3).collect();
        tp += p.intersection(&g).count();
        np += p.len();
        ng += g.len();
    }
    let (p, r) = (tp as f64 / np.max(1) as f64, tp as f64 / ng.max(1) as f64);
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut shared = String::from("../shared");
    let mut out = String::from("data/actors-model.bin");
    let mut cfg = Config::default();
    let mut dev: Vec<String> = Vec::new();
    let mut eval_from = usize::MAX;
    let mut variants: Vec<(i16, i16)> = Vec::new();
    let mut i = 1;
    while i < args.len() {
        let val = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--shared" => shared = val,
            "--out" => out = val,
            "--dev" => dev.push(val),
            "--eval-from" => eval_from = val.parse().expect("--eval-from EPOCH"),
            "--epochs" => cfg.epochs = val.parse().expect("--epochs N"),
            "--min-count" => cfg.min_count = val.parse().expect("--min-count N"),
            "--min-weight" => cfg.min_weight = val.parse().expect("--min-weight N"),
            "--max-q" => cfg.max_q = val.parse().expect("--max-q N"),
            "--clip" => cfg.clip = val.parse().expect("--clip Q"),
            "--seed" => cfg.seed = val.parse().expect("--seed N"),
            "--runs" => cfg.runs = val.parse().expect("--runs N"),
            "--variants" => {
                variants = val
                    .split(',')
                    .filter_map(|v| {
                        let (q, w) = v.split_once(':')?;
                        Some((q.parse().ok()?, w.parse().ok()?))
                    })
                    .collect()
            }
            other => panic!("unknown argument {other}"),
        }
        i += 2;
    }
    // CrossNER politics is read twice: it is the smaller set and the nearer to today's
    // political news (its documents count twice per epoch).
    let sets = [
        "conll2003_train.jsonl",
        "crossner_politics_train.jsonl",
        "crossner_politics_train.jsonl",
    ];
    let mut examples: Vec<Example> = Vec::new();
    let (mut n_ent, mut unaligned) = (0usize, 0usize);
    for set in sets {
        let (mut got, n, u) = load(&format!("{shared}/data/ner/{set}"));
        examples.append(&mut got);
        n_ent += n;
        unaligned += u;
    }
    eprintln!(
        "{} documents, {} entities ({} not on token edges)",
        examples.len(),
        n_ent,
        unaligned
    );
    let gaz = Gazetteer::builtin();
    let dev_sets: Vec<(String, Vec<Example>)> =
        dev.iter().map(|d| (d.clone(), load(d).0)).collect();
    let n_runs = cfg.runs.max(1);
    let mut mixed = Weights::default();
    let mut last = Weights::default();
    for r in 0..n_runs {
        let run_cfg = Config {
            seed: cfg.seed + r as u64,
            ..cfg.clone()
        };
        eprintln!("run {} of {} (seed {})", r + 1, n_runs, run_cfg.seed);
        let w = train_watched(&examples, gaz, &run_cfg, |e, acc, w| {
            eprintln!("epoch {e}: token accuracy {:.4}", acc);
            if e >= eval_from {
                let model = Model::parse(&serialise(w, &cfg)).expect("the model parses");
                for (d, ex) in &dev_sets {
                    eprintln!(
                        "  epoch {e} {d}: quick PER/ORG/LOC F1 {:.2}",
                        100.0 * quick_f1(&model, gaz, ex)
                    );
                }
            }
        });
        if n_runs == 1 {
            last = w;
        } else {
            mixed.mix_in(&w, n_runs);
        }
    }
    let w = if n_runs == 1 { last } else { mixed };
    for &(q, mw) in &variants {
        let vcfg = Config {
            max_q: q,
            min_weight: mw,
            ..cfg.clone()
        };
        let bytes = serialise(&w, &vcfg);
        let path = format!("{out}.q{q}w{mw}");
        std::fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
        let model = Model::parse(&bytes).expect("the written model parses");
        for (d, ex) in &dev_sets {
            eprintln!(
                "{path} ({} bytes) {d}: quick PER/ORG/LOC F1 {:.2}",
                bytes.len(),
                100.0 * quick_f1(&model, gaz, ex)
            );
        }
    }
    let bytes = serialise(&w, &cfg);
    std::fs::write(&out, &bytes).unwrap_or_else(|e| panic!("{out}: {e}"));
    eprintln!("wrote {out}: {} bytes", bytes.len());
    let model = Model::parse(&bytes).expect("the written model parses");
    for (d, ex) in &dev_sets {
        eprintln!(
            "{d}: quick PER/ORG/LOC F1 {:.2}",
            100.0 * quick_f1(&model, gaz, ex)
        );
    }
}
