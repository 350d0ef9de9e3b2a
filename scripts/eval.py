#!/usr/bin/env python3
"""Run the dev sets in ../shared/data through `dossier --jsonl` and score them with the
scorers in ../shared/eval (the project's numbers come only from those scorers).

    python3 scripts/eval.py [dates|actors|claims|all] [--bin PATH] [--shared DIR]
                            [--out DIR] [--readme README.md] [--errors N]

Writes the predictions and a markdown table to --out (default eval-out/); with --readme,
replaces the table between `<!-- eval:begin -->` and `<!-- eval:end -->` in that file.
"""
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NER_SETS = [
    ("CoNLL-2003 dev", "ner/conll2003_dev.jsonl"),
    ("CrossNER politics dev", "ner/crossner_politics_dev.jsonl"),
    ("UNER EWT dev", "ner/uner_en_ewt_dev.jsonl"),
]
DATE_SETS = [("TimeBank", "temporal/timebank.jsonl"), ("AQUAINT", "temporal/aquaint.jsonl")]
CLAIM_SETS = [("PolNeAR dev", "claims/polnear_dev.jsonl")]
LABEL = {"person": "PER", "organization": "ORG", "place": "LOC", "group": "MISC", "other": "MISC"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def run_dossier(binary, docs, out_path):
    """Feed docs ({id,text,reference_date?}) to `dossier --jsonl`; return results by id."""
    inp = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    t0 = time.perf_counter()
    p = subprocess.run([binary, "--jsonl", "--format", "text"], input=inp.encode("utf-8"),
                       capture_output=True)
    secs = time.perf_counter() - t0
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"dossier --jsonl failed with exit code {p.returncode}")
    with open(out_path, "wb") as f:
        f.write(p.stdout)
    res = {}
    for line in p.stdout.decode("utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            res[d["id"]] = d
    mb = len(inp.encode("utf-8")) / 1e6
    return res, secs, mb


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def scorer(shared, name):
    return os.path.join(shared, "eval", name)


def eval_actors(a, out):
    rows = []
    for title, rel in NER_SETS:
        gold_path = os.path.join(a.shared, "data", rel)
        gold = load(gold_path)
        res, secs, mb = run_dossier(a.bin, [{"id": g["id"], "text": g["text"]} for g in gold],
                                    os.path.join(out, "actors-raw.jsonl"))
        preds = []
        for g in gold:
            r = res.get(g["id"], {"actors": []})
            ents = [{"start": m["start"], "end": m["end"],
                     "label": LABEL.get(m.get("kind") or act["kind"], "MISC")}
                    for act in r["actors"] for m in act["mentions"]]
            preds.append({"id": g["id"], "entities": ents})
        pred_path = os.path.join(out, "actors-" + os.path.basename(rel))
        write_jsonl(pred_path, preds)
        p = subprocess.run([sys.executable, scorer(a.shared, "score_actors.py"), gold_path, pred_path,
                            "--json"], capture_output=True, text=True, check=True)
        s = json.loads(p.stdout)
        print(f"== actors: {title} ({mb:.2f} MB in {secs:.2f} s)")
        subprocess.run([sys.executable, scorer(a.shared, "score_actors.py"), gold_path, pred_path,
                        "--name", title])
        f = lambda k: f"{100 * s[k]['f1']:.1f}" if s[k]["f1"] is not None else "n/a"
        rows.append(f"| Actors | {title} | PER/ORG/LOC micro F1 **{f('micro_core')}** "
                    f"(PER {f('PER')}, ORG {f('ORG')}, LOC {f('LOC')}; untyped {f('untyped_core')}, "
                    f"overlap {f('overlap_core')}) |")
    return rows


def eval_dates(a, out):
    rows = []
    for title, rel in DATE_SETS:
        gold_path = os.path.join(a.shared, "data", rel)
        gold = load(gold_path)
        res, secs, mb = run_dossier(
            a.bin, [{"id": g["id"], "text": g["text"], "reference_date": g["dct"][:10]} for g in gold],
            os.path.join(out, "dates-raw.jsonl"))
        preds = [{"id": g["id"], "timexes": [{"start": d["start"], "end": d["end"], "type": d["type"],
                                              "value": d["value"]}
                                             for d in res.get(g["id"], {"dates": []})["dates"]]}
                 for g in gold]
        pred_path = os.path.join(out, "dates-" + os.path.basename(rel))
        write_jsonl(pred_path, preds)
        js = os.path.join(out, "dates-score.json")
        cmd = [sys.executable, scorer(a.shared, "score_dates.py"), gold_path, pred_path, "--json", js]
        if a.errors:
            cmd += ["--errors", str(a.errors)]
        print(f"== dates: {title} ({mb:.2f} MB in {secs:.2f} s)")
        subprocess.run(cmd, check=True)
        with open(js) as f:
            s = json.load(f)
        rows.append(f"| Dates | {title} | value F1 **{100 * s['value']['F1']:.1f}**, relaxed span F1 "
                    f"**{100 * s['relaxed']['F1']:.1f}** (strict {100 * s['strict']['F1']:.1f}, "
                    f"type F1 {100 * s['type']['F1']:.1f}) |")
    return rows


def eval_claims(a, out):
    rows = []
    for title, rel in CLAIM_SETS:
        gold_path = os.path.join(a.shared, "data", rel)
        gold = load(gold_path)
        res, secs, mb = run_dossier(a.bin, [{"id": g["id"], "text": g["text"]} for g in gold],
                                    os.path.join(out, "claims-raw.jsonl"))
        preds = []
        for g in gold:
            r = res.get(g["id"], {"claims": []})
            atts = []
            for c in r["claims"]:
                content = dict(c["content"])
                atts.append({"source": c["source"], "cue": c["cue"], "content": content,
                             "direct": c["direct"]})
            preds.append({"id": g["id"], "attributions": atts})
        pred_path = os.path.join(out, "claims-" + os.path.basename(rel))
        write_jsonl(pred_path, preds)
        print(f"== claims: {title} ({mb:.2f} MB in {secs:.2f} s)")
        got = {}
        for subset in ("speech", "all"):
            p = subprocess.run([sys.executable, scorer(a.shared, "score_claims.py"), "--gold", gold_path,
                                "--pred", pred_path, "--subset", subset, "--json"],
                               capture_output=True, text=True, check=True)
            got[subset] = json.loads(p.stdout)
            print(f"  {subset}: " + ", ".join(f"{k} {v}" for k, v in got[subset].items()
                                              if k in ("content_P", "content_R", "content_F1",
                                                       "source_acc", "cue_acc", "gold", "pred")))
        sp, al = got["speech"], got["all"]
        acc = lambda v: f"{v:.2f}" if v is not None else "n/a"
        rows.append(f"| Claims | {title} | speech content F1 **{sp['content_F1']:.2f}** with source accuracy "
                    f"**{acc(sp['source_acc'])}**; all content F1 **{al['content_F1']:.2f}** "
                    f"(source {acc(al['source_acc'])}) |")
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("what", nargs="?", default="all", choices=["all", "actors", "dates", "claims"])
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "dossier"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--out", default=os.path.join(ROOT, "eval-out"))
    ap.add_argument("--readme")
    ap.add_argument("--errors", type=int, default=0)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rows = []
    if a.what in ("all", "actors"):
        rows += eval_actors(a, a.out)
    if a.what in ("all", "dates"):
        rows += eval_dates(a, a.out)
    if a.what in ("all", "claims"):
        rows += eval_claims(a, a.out)
    table = "| Stage | Dev set | Measured |\n|---|---|---|\n" + "\n".join(rows) + "\n"
    with open(os.path.join(a.out, "table.md"), "w") as f:
        f.write(table)
    print("\n" + table)
    if a.readme and a.what == "all":
        with open(a.readme, encoding="utf-8") as f:
            text = f.read()
        b, e = "<!-- eval:begin -->", "<!-- eval:end -->"
        if b in text and e in text:
            head, rest = text.split(b, 1)
            _, tail = rest.split(e, 1)
            with open(a.readme, "w", encoding="utf-8") as f:
                f.write(head + b + "\n" + table + e + tail)
            print(f"updated the quality table in {a.readme}")


if __name__ == "__main__":
    main()
