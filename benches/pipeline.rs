//! End-to-end and per-stage benchmarks (issue 7's native harness).
//!
//! `cargo bench --bench pipeline` (or `make bench`). Articles: the seed, and 100 KB, 1 MB
//! and 10 MB articles made of the PolNeAR dev texts in `../shared` (news prose; `SHARED`
//! overrides the directory; without the data, the seed repeated). End to end
//! (`summarise`) on each; each stage alone on the 1 MB article: intake, segmentation,
//! actors, dates, claims, the gist, and writing the JSON.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

mod common;
use common::{article, pool, Count};

fn seed() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/seed-article.txt"
    ))
    .expect("tests/data/seed-article.txt")
}

/// The texts articles are made of, from `../shared` (or `$SHARED`).
fn shared_pool() -> String {
    let shared = std::env::var("SHARED")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared").to_owned());
    pool(&shared)
}

fn bench(c: &mut Criterion) {
    let seed = seed();
    let pool = shared_pool();
    let k100 = article(&pool, 100_000);
    let m1 = article(&pool, 1_000_000);
    let m10 = article(&pool, 10_000_000);
    let opts = dossier::Options::default()
        .with_reference_date_str("2025-05-20")
        .expect("date");

    let mut g = c.benchmark_group("summarise");
    for (name, text) in [("seed", &seed), ("100KB", &k100), ("1MB", &m1)] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), text, |b, t| {
            b.iter(|| dossier::summarise(black_box(t), &opts).map(|d| d.summary.len()))
        });
    }
    g.finish();
    // 10 MB takes over a second a run: fewer, longer samples.
    let mut g = c.benchmark_group("summarise");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(20));
    g.throughput(Throughput::Bytes(m10.len() as u64));
    g.bench_with_input(BenchmarkId::from_parameter("10MB"), &m10, |b, t| {
        b.iter(|| dossier::summarise(black_box(t), &opts).map(|d| d.summary.len()))
    });
    g.finish();

    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(m1.len() as u64));
    g.bench_function("intake/1MB", |b| {
        b.iter(|| {
            dossier::intake::intake(black_box(&m1), opts.format)
                .text
                .len()
        })
    });
    let got = dossier::intake::intake(&m1, opts.format);
    g.bench_function("segment/1MB", |b| {
        b.iter(|| {
            dossier::segment::segment(black_box(&got.text), &got.boilerplate)
                .tokens
                .len()
        })
    });
    let doc = dossier::Document::new(&m1, &opts);
    g.bench_function("actors/1MB", |b| {
        b.iter(|| dossier::actors::extract(black_box(&doc)).len())
    });
    g.bench_function("dates/1MB", |b| {
        b.iter(|| dossier::dates::extract(black_box(&doc), &opts).len())
    });
    let actors = dossier::actors::extract(&doc);
    g.bench_function("claims/1MB", |b| {
        b.iter(|| dossier::claims::extract(black_box(&doc), &actors).len())
    });
    let claims = dossier::claims::extract(&doc, &actors);
    g.bench_function("gist/1MB", |b| {
        b.iter(|| dossier::summary::gist(black_box(&doc), &actors, &claims).len())
    });
    let d = dossier::summarise(&m1, &opts).expect("summarise");
    g.bench_function("json/1MB", |b| {
        b.iter(|| {
            let mut n = Count(0);
            d.write_json(&mut n).map(|()| n.0)
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
