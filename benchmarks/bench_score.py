"""Throughput and peak memory of batch scoring, against bare scikit-learn (and transformers for BERT).

    python benchmarks/bench_score.py                      # N = 1000, 10000, 100000 articles
    python benchmarks/bench_score.py --quick              # N = 200, 1000
    python benchmarks/bench_score.py --sizes 1000,5000 --workers 2 --json results.json

Synthetic articles are built in the corpus style from the training data
(paragraphs of the corpus articles and templated reported-speech sentences
around the annotated statements). Every size runs in a fresh subprocess, so
the peak resident memory (ru_maxrss of the scoring process, and separately of
its worker processes) is that size's own: flat memory shows as the same peak
at 10k and 100k. The bare reference scores the same statement texts with one
TfidfVectorizer + LinearSVC fitted on the training statements (transform +
predict only, one process), and for a BERT folder with transformers'
``pipeline("text-classification")``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "training" / "data"
sys.path.insert(0, str(ROOT))

SPEECH_TEMPLATES = [
    "وقال {mention} في تصريح للصحفيين إن {text}.",
    "وأضاف {mention} أن {text}.",
    "من جهته، أكد {mention} أن {text}.",
    "وأوضح {mention} في مؤتمر صحفي أن {text}.",
    "ونقلت وكالة الأنباء عن {mention} قوله إن {text}.",
]


def ensure_corpus() -> None:
    if not (DATA / "articles.jsonl").is_file() or not (DATA / "statements.jsonl").is_file():
        subprocess.run([sys.executable, str(ROOT / "training" / "build_corpus.py")], check=True, cwd=ROOT)


def write_articles(path: Path, n: int, seed: int = 13) -> int:
    """``n`` synthetic articles as JSONL; returns the number of bytes written."""
    ensure_corpus()
    paragraphs, statements = [], []
    with (DATA / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            paragraphs += [p.strip() for p in json.loads(line)["text"].split("\n") if len(p.strip()) > 30]
    with (DATA / "statements.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            s = json.loads(line)
            if s.get("actor_mention") and s.get("text"):
                statements.append((s["actor_mention"], s["text"]))
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            body = [rng.choice(paragraphs) for _ in range(3)]
            body += [rng.choice(SPEECH_TEMPLATES).format(mention=m, text=t) for m, t in rng.sample(statements, 2)]
            rng.shuffle(body)
            text = "\n".join([rng.choice(paragraphs)[:80], *body])
            fh.write(json.dumps({"id": f"bench{i:07d}", "text": text}, ensure_ascii=False) + "\n")
    return path.stat().st_size


def peak_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


# ----------------------------------------------------------------- children
def child_pipeline(data: Path, model: str, workers: int, out: Path) -> dict:
    from stance.batch import run_batch

    started = time.perf_counter()
    first: list[float] = []
    report = run_batch([data], model, out, "jsonl", workers=workers,
                       on_result=lambda r: first or first.append(time.perf_counter()))
    seconds = time.perf_counter() - started
    statements = report.summary["totals"]["statements"]
    steady = seconds - (first[0] - started) if first else seconds
    return {"articles": report.articles, "statements": statements, "seconds": seconds,
            "startup_seconds": (first[0] - started) if first else None, "steady_seconds": steady,
            "peak_main_mib": peak_mib(resource.RUSAGE_SELF), "peak_workers_mib": peak_mib(resource.RUSAGE_CHILDREN)}


def _statement_texts(scores: Path, limit: int) -> list[str]:
    from stance.features import compose_input

    texts = []
    with scores.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("type") == "statement":
                texts.append(compose_input(rec["text"], rec.get("cue")))
                if len(texts) >= limit:
                    break
    return texts


def child_bare_sklearn(scores: Path, limit: int) -> dict:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    train = [json.loads(line) for line in (DATA / "statements.jsonl").open(encoding="utf-8")]
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
    classifier = LinearSVC().fit(vectorizer.fit_transform([s["text"] for s in train]), [s["label"] for s in train])
    texts = _statement_texts(scores, limit)
    started = time.perf_counter()
    classifier.predict(vectorizer.transform(texts))
    seconds = time.perf_counter() - started
    return {"statements": len(texts), "seconds": seconds, "peak_main_mib": peak_mib(resource.RUSAGE_SELF)}


def child_bare_transformers(scores: Path, model: str, limit: int) -> dict:
    from transformers import pipeline

    texts = _statement_texts(scores, limit)
    classify = pipeline("text-classification", model=model, device=-1)
    started = time.perf_counter()
    classify(texts, batch_size=32, truncation=True)
    return {"statements": len(texts), "seconds": time.perf_counter() - started}


def run_child(*args: str) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        raise SystemExit(f"benchmark child failed: {' '.join(args)}\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -------------------------------------------------------------------- main
def bench(kind: str, model: str, sizes: list[int], workers: int, bare_limit: int, work: Path) -> list[dict]:
    rows = []
    for n in sizes:
        data = work / f"articles_{n}.jsonl"
        size = write_articles(data, n)
        out = work / f"scores_{kind}_{n}.jsonl"
        run = run_child("pipeline", str(data), model, str(workers), str(out))
        bare = run_child("bare-sklearn" if kind == "tfidf" else "bare-transformers", str(out), model, str(bare_limit))
        row = {"kind": kind, "n": n, "workers": workers, "mb": size / 1e6, **run,
               "articles_per_s": run["articles"] / run["seconds"], "statements_per_s": run["statements"] / run["seconds"],
               "mb_per_s": size / 1e6 / run["seconds"],
               "steady_articles_per_s": run["articles"] / run["steady_seconds"],
               "steady_statements_per_s": run["statements"] / run["steady_seconds"],
               "bare_statements_per_s": bare["statements"] / bare["seconds"]}
        row["ratio_to_bare"] = row["statements_per_s"] / row["bare_statements_per_s"]
        row["steady_ratio_to_bare"] = row["steady_statements_per_s"] / row["bare_statements_per_s"]
        rows.append(row)
        print(f"{kind:5} N={n:>7} {row['articles_per_s']:8.1f} art/s {row['statements_per_s']:9.1f} st/s "
              f"{row['mb_per_s']:6.2f} MB/s | steady {row['steady_articles_per_s']:8.1f} art/s "
              f"(startup {run['startup_seconds']:.1f} s) | peak main {run['peak_main_mib']:.0f} MiB, "
              f"workers {run['peak_workers_mib']:.0f} MiB | bare {row['bare_statements_per_s']:9.1f} st/s, "
              f"ratio {row['ratio_to_bare']:.2f} (steady {row['steady_ratio_to_bare']:.2f})", flush=True)
        data.unlink()
        out.unlink()
    return rows


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        what, *args = sys.argv[2:]
        if what == "pipeline":
            result = child_pipeline(Path(args[0]), args[1], int(args[2]), Path(args[3]))
        elif what == "bare-sklearn":
            result = child_bare_sklearn(Path(args[0]), int(args[2]))
        else:
            result = child_bare_transformers(Path(args[0]), args[1], int(args[2]))
        print(json.dumps(result))
        return
    from stance.batch import default_workers

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--quick", action="store_true", help="N = 200, 1000")
    parser.add_argument("--model", default=str(ROOT / "artifacts" / "tfidf"))
    parser.add_argument("--bert", default=str(ROOT / "artifacts" / "bert"), help="BERT model folder, if there is one")
    parser.add_argument("--bert-sizes", default="100,1000")
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--bare-limit", type=int, default=100_000, help="statements scored by the bare reference")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    sizes = [200, 1000] if args.quick else [int(s) for s in args.sizes.split(",")]
    if not (Path(args.model) / "meta.json").is_file():
        from stance.train import train_tfidf

        train_tfidf(out=args.model)
    print(f"machine: nproc {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="stance-bench-") as tmp:
        rows = bench("tfidf", args.model, sizes, args.workers, args.bare_limit, Path(tmp))
        if (Path(args.bert) / "meta.json").is_file():
            bert_sizes = [100] if args.quick else [int(s) for s in args.bert_sizes.split(",")]
            try:
                rows += bench("bert", args.bert, bert_sizes, 1, 5_000, Path(tmp))
            except SystemExit as exc:  # e.g. a folder transformers' pipeline cannot open
                print(f"BERT path not measured: {exc}")
        else:
            print(f"no BERT model folder at {args.bert}; BERT path not measured")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
