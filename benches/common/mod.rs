//! What the native benchmarks share (`benches/pipeline.rs` and `examples/scaling.rs`):
//! articles of a given size made of news prose from `../shared`, and a byte-counting
//! writer for the JSON.

use std::io::Write;

/// A writer that only counts what it is given.
#[derive(Default)]
pub struct Count(pub usize);

impl Write for Count {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The texts articles are made of: the PolNeAR dev texts under `shared`, or the seed
/// article when the data is absent.
pub fn pool(shared: &str) -> String {
    let path = format!("{shared}/data/claims/polnear_dev.jsonl");
    match std::fs::read_to_string(&path) {
        Ok(s) => s
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_owned))
            .collect::<Vec<_>>()
            .join("\n\n"),
        Err(_) => {
            eprintln!("{path} not found: the articles repeat the seed");
            include_str!("../../tests/data/seed-article.txt").to_owned()
        }
    }
}

/// An article of about `n` bytes made of `pool` (cut at a character boundary).
pub fn article(pool: &str, n: usize) -> String {
    let mut s = String::with_capacity(n + pool.len());
    while s.len() < n {
        s.push_str(pool);
        s.push_str("\n\n");
    }
    let mut cut = n;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}
