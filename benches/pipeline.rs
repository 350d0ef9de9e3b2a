//! End-to-end and per-stage benchmarks on the seed article and a 1 MB article.
//!
//! `cargo bench --bench pipeline`. The 1 MB article repeats the seed, so the numbers say
//! how the pipeline scales, not how it does on varied prose.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

fn seed() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/seed-article.txt"
    ))
    .expect("tests/data/seed-article.txt")
}

fn bench(c: &mut Criterion) {
    let seed = seed();
    let mut big = String::new();
    while big.len() < 1 << 20 {
        big.push_str(&seed);
        big.push_str("\n\n");
    }
    let opts = dossier::Options::default()
        .with_reference_date_str("2025-05-20")
        .expect("date");
    let mut g = c.benchmark_group("summarise");
    for (name, text) in [("seed", &seed), ("1MB", &big)] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), text, |b, t| {
            b.iter(|| dossier::summarise(black_box(t), &opts).map(|d| d.summary.len()))
        });
    }
    g.finish();
    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.bench_function("intake+segment/1MB", |b| {
        b.iter(|| {
            dossier::Document::new(black_box(&big), &opts)
                .tokens()
                .len()
        })
    });
    let doc = dossier::Document::new(&big, &opts);
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
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
