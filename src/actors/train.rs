//! Training the entity tagger (used by `examples/train_actors.rs`; nothing here runs in
//! the page). Deterministic: the same data and [`Config`] give the same bytes.

use super::gazetteer::Gazetteer;
use super::model::{
    put_varint, tag, tag_document, tag_pos, tag_type, Scorer, MAGIC, NTAGS, O, TYPES,
};
use crate::{Document, Options, Span};
use std::collections::HashMap;

/// One training document: the document and the gold tag of each of its tokens.
pub struct Example {
    /// The document, built exactly as at run time.
    pub doc: Document,
    /// Gold BILOU tag per token of `doc.tokens()`.
    pub gold: Vec<u8>,
}

/// Build an [`Example`] from a text and its entities (code-point offsets, end exclusive,
/// labels PER/ORG/LOC/MISC). Returns it with the number of entities whose edges fall
/// inside a token (they are widened to whole tokens).
pub fn example(text: &str, entities: &[(usize, usize, &str)]) -> (Example, usize) {
    let opts = Options {
        format: crate::Format::Text,
        ..Options::default()
    };
    let doc = Document::new(text, &opts);
    let t = doc.text();
    // Code point -> byte offsets.
    let mut bytes: Vec<usize> = t.char_indices().map(|(b, _)| b).collect();
    bytes.push(t.len());
    let tokens = doc.tokens();
    let mut gold = vec![O; tokens.len()];
    let mut unaligned = 0;
    for &(s, e, label) in entities {
        let Some(ty) = TYPES.iter().position(|x| *x == label) else {
            continue;
        };
        let (Some(&bs), Some(&be)) = (bytes.get(s), bytes.get(e)) else {
            continue;
        };
        let span = Span::new(bs, be);
        let inside: Vec<usize> = tokens
            .iter()
            .enumerate()
            .filter(|(_, tk)| tk.span().overlaps(&span))
            .map(|(i, _)| i)
            .collect();
        let (Some(&first), Some(&last)) = (inside.first(), inside.last()) else {
            unaligned += 1;
            continue;
        };
        let edges_ok = tokens.get(first).is_some_and(|x| x.span().start == bs)
            && tokens.get(last).is_some_and(|x| x.span().end == be);
        if !edges_ok {
            unaligned += 1;
        }
        for i in first..=last {
            let pos = if first == last {
                3
            } else if i == first {
                0
            } else if i == last {
                2
            } else {
                1
            };
            if let Some(g) = gold.get_mut(i) {
                *g = tag(ty, pos);
            }
        }
    }
    (Example { doc, gold }, unaligned)
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct Config {
    /// Passes over the data.
    pub epochs: usize,
    /// Independent training runs (document orders from seeds `seed`, `seed + 1`, …)
    /// whose averaged weights are averaged again into the model ([`Weights::mix_in`];
    /// `examples/train_actors.rs` runs them; [`train`] is one run).
    pub runs: usize,
    /// Seed of the document shuffle.
    pub seed: u64,
    /// Features seen fewer times than this in training are dropped from the model.
    pub min_count: u32,
    /// Averaged weights whose magnitude, after quantisation, is below this many steps are
    /// dropped.
    pub min_weight: i16,
    /// Quantisation: the `clip` quantile of weight magnitudes maps to this.
    pub max_q: i16,
    /// Quantile of the non-zero weight magnitudes that maps to `max_q` (larger weights get
    /// larger integers: nothing is clamped).
    pub clip: f64,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            epochs: 12,
            runs: 5,
            seed: 20_250_520,
            min_count: 3,
            min_weight: 6,
            max_q: 4,
            clip: 0.5,
        }
    }
}

/// Averaged perceptron weights under training.
#[derive(Default)]
pub struct Weights {
    index: HashMap<u32, usize>,
    w: Vec<[f32; NTAGS]>,
    acc: Vec<[f64; NTAGS]>,
    count: Vec<u32>,
    step: f64,
    counting: bool,
}

impl Weights {
    fn row(&mut self, f: u32) -> usize {
        let n = self.w.len();
        let r = *self.index.entry(f).or_insert(n);
        if r == n {
            self.w.push([0.0; NTAGS]);
            self.acc.push([0.0; NTAGS]);
            self.count.push(0);
        }
        r
    }

    /// Add the averaged weights of `run`, divided by `k`, to these (mixed) weights: the
    /// mean of `k` runs' averaged weights, as weights whose own average is themselves.
    /// Feature counts are the largest any run saw.
    pub fn mix_in(&mut self, run: &Weights, k: usize) {
        let k = k.max(1) as f32;
        for (f, n, avg) in run.averaged() {
            let row = self.row(f);
            if let (Some(w), Some(c)) = (self.w.get_mut(row), self.count.get_mut(row)) {
                for (x, a) in w.iter_mut().zip(avg) {
                    *x += a / k;
                }
                *c = (*c).max(n);
            }
        }
    }

    /// The averaged weights per feature hash.
    fn averaged(&self) -> Vec<(u32, u32, [f32; NTAGS])> {
        let c = self.step.max(1.0);
        let mut out: Vec<(u32, u32, [f32; NTAGS])> = self
            .index
            .iter()
            .filter_map(|(&f, &r)| {
                let (w, a, n) = (self.w.get(r)?, self.acc.get(r)?, self.count.get(r)?);
                let mut avg = [0f32; NTAGS];
                for k in 0..NTAGS {
                    avg[k] = (f64::from(w[k]) - a[k] / c) as f32;
                }
                Some((f, *n, avg))
            })
            .collect();
        out.sort_by_key(|x| x.0);
        out
    }
}

impl Scorer for Weights {
    fn add(&self, feats: &[u32], scores: &mut [f32; NTAGS]) {
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                if let Some(w) = self.w.get(r) {
                    for (s, x) in scores.iter_mut().zip(w) {
                        *s += x;
                    }
                }
            }
        }
    }

    fn learn(&mut self, feats: &[u32], gold: u8, pred: u8) {
        self.step += 1.0;
        if self.counting {
            for &f in feats {
                let r = self.row(f);
                if let Some(c) = self.count.get_mut(r) {
                    *c = c.saturating_add(1);
                }
            }
        }
        if gold == pred {
            return;
        }
        let step = self.step;
        for &f in feats {
            let r = self.row(f);
            if let (Some(w), Some(a)) = (self.w.get_mut(r), self.acc.get_mut(r)) {
                w[gold as usize] += 1.0;
                a[gold as usize] += step;
                w[pred as usize] -= 1.0;
                a[pred as usize] -= step;
            }
        }
    }
}

/// A small deterministic generator for the shuffle (SplitMix64).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// Train on `examples`; `progress` is called after each epoch with the epoch number and
/// the token accuracy of that pass.
pub fn train(
    examples: &[Example],
    gaz: &Gazetteer,
    cfg: &Config,
    mut progress: impl FnMut(usize, f64),
) -> Weights {
    train_watched(examples, gaz, cfg, |e, acc, _| progress(e, acc))
}

/// [`train`], with the weights as they stand after each epoch passed to `progress` too
/// (to measure a dev set per epoch).
pub fn train_watched(
    examples: &[Example],
    gaz: &Gazetteer,
    cfg: &Config,
    mut progress: impl FnMut(usize, f64, &Weights),
) -> Weights {
    let mut w = Weights::default();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng(cfg.seed);
    for epoch in 0..cfg.epochs {
        w.counting = epoch == 0;
        // Fisher-Yates shuffle.
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let (mut right, mut all) = (0usize, 0usize);
        for &i in &order {
            let Some(ex) = examples.get(i) else { continue };
            let pred = tag_document(&mut w, &ex.doc, gaz, Some(&ex.gold));
            all += pred.len();
            right += pred.iter().zip(&ex.gold).filter(|(a, b)| a == b).count();
        }
        progress(epoch + 1, right as f64 / all.max(1) as f64, &w);
    }
    w
}

/// Serialise trained weights in the model file format (see [`super::model`]): features
/// seen fewer than `cfg.min_count` times are dropped, weights are quantised to i16 and
/// those that round to less than `cfg.min_weight` are dropped.
pub fn serialise(w: &Weights, cfg: &Config) -> Vec<u8> {
    let avg = w.averaged();
    // Scale so that the `cfg.clip` quantile of the weight magnitudes maps to `max_q`;
    // larger weights get larger integers (varints).
    let mut mags: Vec<f32> = avg
        .iter()
        .filter(|(_, n, _)| *n >= cfg.min_count)
        .flat_map(|(_, _, r)| r.iter())
        .map(|x| x.abs())
        .filter(|x| *x > 0.0)
        .collect();
    mags.sort_by(f32::total_cmp);
    let at = ((mags.len() as f64 - 1.0) * cfg.clip).round().max(0.0) as usize;
    let max = mags.get(at).copied().unwrap_or(1.0).max(1e-6);
    let scale = max / f32::from(cfg.max_q.max(1));
    let mut rows: Vec<(u32, u32, [i32; NTAGS])> = Vec::new();
    for (f, n, r) in &avg {
        if *n < cfg.min_count {
            continue;
        }
        let mut q = [0i32; NTAGS];
        let mut any = false;
        for (k, x) in r.iter().enumerate() {
            let v = (x / scale).round() as i32;
            if v.unsigned_abs() >= cfg.min_weight.unsigned_abs() as u32 && v != 0 {
                q[k] = v;
                any = true;
            }
        }
        if any {
            let mask = q
                .iter()
                .enumerate()
                .fold(0u32, |m, (k, v)| if *v != 0 { m | 1 << k } else { m });
            rows.push((*f, mask, q));
        }
    }
    let mut out = MAGIC.to_vec();
    out.push(NTAGS as u8);
    out.push(0);
    out.extend(scale.to_le_bytes());
    out.extend((rows.len() as u32).to_le_bytes());
    // Columns (see the model format): masks, then weights, then hash deltas in byte planes.
    for (_, mask, _) in &rows {
        put_varint(&mut out, u64::from(*mask));
    }
    for (_, _, q) in &rows {
        for v in q.iter().filter(|v| **v != 0) {
            let z = ((i64::from(*v) << 1) ^ (i64::from(*v) >> 63)) as u64;
            debug_assert!(z < 1 << 40);
            put_varint(&mut out, z);
        }
    }
    let mut prev = 0u32;
    let deltas: Vec<[u8; 4]> = rows
        .iter()
        .map(|(f, _, _)| {
            let d = f - prev;
            prev = *f;
            d.to_le_bytes()
        })
        .collect();
    for k in 0..4 {
        out.extend(deltas.iter().map(|d| d[k]));
    }
    out
}

/// Entities (token ranges with a type index) from a tag sequence.
pub fn entities(tags: &[u8]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<(usize, usize)> = None;
    for (i, &t) in tags.iter().enumerate() {
        if t == O {
            start = None;
            continue;
        }
        let (ty, pos) = (tag_type(t), tag_pos(t));
        match pos {
            0 => start = Some((i, ty)),
            3 => {
                out.push((i, i + 1, ty));
                start = None;
            }
            2 => {
                if let Some((s, sty)) = start.take() {
                    if sty == ty {
                        out.push((s, i + 1, ty));
                    }
                }
            }
            _ => {}
        }
    }
    out
}
