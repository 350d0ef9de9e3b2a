#!/usr/bin/env bash
# Run every fuzz target for SECONDS each (default 60): `make fuzz`, or `make fuzz-smoke`
# (10 s each) in `make test`. The corpus is seeded from ../shared data on first use and is
# not committed (the CoNLL text is research-use only). Crashes land in fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-60}"
SHARED="${SHARED:-../shared}"
export RUSTC_BOOTSTRAP=1   # cargo-fuzz needs -Z flags; this machine has only stable Rust
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz" >&2
  cargo install cargo-fuzz --locked 2>/dev/null || cargo install cargo-fuzz
fi
python3 scripts/fuzz_corpus.py "$SHARED" fuzz/corpus
cargo fuzz build -O 2>&1 | grep -E "^(error|warning: unused)" || true
for t in pipeline html dates jsonl; do
  echo "fuzz: $t for ${SECONDS_EACH}s" >&2
  cargo fuzz run -O "$t" "fuzz/corpus/$t" -- -max_total_time="$SECONDS_EACH" \
    -dict=fuzz/dict/news.dict -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -print_final_stats=1 2>&1 | grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|==|SUMMARY|Done)' || true
  if ls fuzz/artifacts/$t/crash-* fuzz/artifacts/$t/timeout-* fuzz/artifacts/$t/oom-* >/dev/null 2>&1; then
    echo "fuzz: $t found a failure: see fuzz/artifacts/$t" >&2
    exit 1
  fi
done
echo "fuzz: all targets ran clean" >&2
