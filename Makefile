# Dossier: every command sets itself up on a fresh machine (scripts/setup.sh).
SHELL := /bin/bash
WASM := target/wasm32-unknown-unknown/wasm/dossier.wasm
PKG := www/pkg
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export CHROMEDRIVER := /usr/bin/chromedriver
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: all setup build serve screenshot test test-native test-wasm test-web test-fuzz test-deny eval bench bench-web bench-page fuzz clean train-actors

all: build

setup:
	@bash scripts/setup.sh

## build: the complete static site in www/ (wasm in www/pkg, not committed)
# `cargo rustc --crate-type cdylib`, not `cargo build --lib`: with the lib's
# crate-type = ["cdylib", "rlib"], cargo silently drops `lto = true` for both
# (rust-lang/cargo#9672); the fat-LTO wasm is 64 KB smaller gzipped.
build: setup
	cargo rustc --lib --crate-type cdylib --target wasm32-unknown-unknown --profile wasm
	wasm-bindgen --target web --out-dir $(PKG) $(WASM)
	npx --no-install wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
	  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
	  $(PKG)/dossier_bg.wasm -o $(PKG)/dossier_bg.wasm
	cp tests/data/seed-article.txt $(PKG)/sample.txt
	node scripts/build-single.mjs
	@ls -l $(PKG)/dossier_bg.wasm | awk '{print "wasm: " $$5 " bytes"}'

## serve: build, then serve www/ on 127.0.0.1 (port printed)
serve: build
	python3 scripts/serve.py

## test: every test (native, wasm in headless Chromium, page)
test: build test-deny test-native test-wasm test-web test-fuzz

## test-deny: dependency licences and duplicate versions, offline (deny.toml)
# `cargo fetch` first: on a fresh machine the dev- and wasm-only dependencies are not yet
# downloaded, and cargo deny --offline cannot read their metadata without them.
test-deny: setup
	cargo fetch
	cargo deny --offline check licenses bans

test-native:
	cargo test --all-targets
	cargo test --doc
	python3 scripts/gen_lunar.py | diff -q - data/lunar_holidays.tsv

test-wasm: setup
	cargo test --target wasm32-unknown-unknown --test wasm

test-web: build
	node --test --test-concurrency=1 tests/web/

## screenshot: rewrite docs/screenshot.png (the README's) from the page test on the seed
screenshot: build
	UPDATE_SCREENSHOT=1 node --test tests/web/page.test.mjs

## eval: dev-set numbers from ../shared/eval scorers; updates README's quality table
eval:
	cargo build --release --bin dossier
	python3 scripts/eval.py all --readme README.md

## fuzz: every fuzz target for FUZZ_SECONDS each (default 300)
FUZZ_SECONDS ?= 300
fuzz: setup
	bash scripts/fuzz.sh $(FUZZ_SECONDS)

test-fuzz: setup
	bash scripts/fuzz.sh 10

## bench-web: the wasm build vs compromise in headless Chromium, same run, same articles
bench-web: build
	node benches/web/run.mjs

## bench-page: main-thread long tasks while the page summarises a 10 MB paste
bench-page: build
	node benches/web/responsive.mjs

bench:
	cargo bench --bench pipeline

clean:
	cargo clean
	rm -rf $(PKG) eval-out

## train-actors: retrain the entity tagger (writes data/actors-model.bin reproducibly)
train-actors:
	cargo run --release --example train_actors -- --shared ../shared --out data/actors-model.bin
