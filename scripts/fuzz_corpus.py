#!/usr/bin/env python3
"""Seed fuzz/corpus/<target>/ from ../shared data (never committed): a few dozen real
articles, pieces of them, their HTML-wrapped forms and JSONL lines.

    python3 scripts/fuzz_corpus.py SHARED_DIR OUT_DIR
"""
import json
import os
import sys

shared, out = sys.argv[1], sys.argv[2]


def docs(rel, n):
    path = os.path.join(shared, "data", rel)
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for _, l in zip(range(n), f)]


def put(target, name, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    p = os.path.join(d, name)
    if not os.path.exists(p):
        with open(p, "wb") as f:
            f.write(data)


texts = [d["text"][:4000] for d in docs("claims/polnear_dev.jsonl", 15)]
texts += [d["text"][:4000] for d in docs("temporal/timebank.jsonl", 15)]
texts += [d["text"][:2000] for d in docs("ner/uner_en_ewt_dev.jsonl", 10)]
seed = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "seed-article.txt")
with open(seed, encoding="utf-8") as f:
    texts.append(f.read())
for i, t in enumerate(texts):
    b = t.encode("utf-8")
    put("pipeline", f"s{i}", bytes([i % 16]) + b)
    put("dates", f"s{i}", bytes([0xE9, 0x07, 4, 19]) + b)
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in t.split("\n") if p) + "</body></html>"
    put("html", f"s{i}", html.encode("utf-8"))
    put("jsonl", f"s{i}", (json.dumps({"id": i, "text": t, "reference_date": "2025-05-20"}) + "\n").encode())
