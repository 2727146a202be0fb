"""Batch scoring against a bare reference that does the same model work, stage by stage.

    python benchmarks/bench_score.py                       # N = 1000, 10000 articles, all cores
    python benchmarks/bench_score.py --quick               # N = 300
    python benchmarks/bench_score.py --sizes 2000 --workers 2 --json results.json
    python benchmarks/bench_score.py --startup             # `stance --help` and one-article scoring, side by side

Both sides run in a fresh subprocess with the same number of processes and are
timed over the same span: from before the model folder is loaded and the pool
started to the last record written. Every stage is timed inside every process
(busy seconds, summed over processes):

* read      pipeline: ``iter_articles`` (decode, checks); reference: ``json.loads`` of the same lines
* extract   pipeline only (statement extraction and attribution; there is no bare equivalent)
* features  the model's own feature building on the statement inputs: its NumPy predictor's ``featurize``
            (or, with ``STANCE_TFIDF_FAST=0`` on both sides, its scikit-learn ``vectorizer_.transform``)
* predict   the model's own calibrated classifiers (stance and sentiment) on those features
* write     pipeline: records, status records and the summary; reference: ``json.dumps`` of the same records

The reference is fed the statements the pipeline extracted (collected before
its timed span), so features and predict see exactly the same inputs on both
sides. Articles are generated so that vocabulary grows with N like real text:
corpus paragraphs and annotated statements in reported-speech templates, with
about a third of the content words replaced by pseudo-words drawn from a
Zipf-like distribution over an open lexicon (a letter-trigram model of the
corpus words); the number of distinct words per N is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict, deque
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "training" / "data"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_clock import (CLOCKS_ENV, Clock, install_pipeline_clocks, pipeline_worker_chunk,  # noqa: E402
                         pipeline_worker_init, reference_worker_chunk, reference_worker_init, summed)

STAGES = ("read", "extract", "features", "predict", "write")
SPEECH_TEMPLATES = [
    "وقال {mention} في تصريح للصحفيين إن {text}.",
    "وأضاف {mention} أن {text}.",
    "من جهته، أكد {mention} أن {text}.",
    "وأوضح {mention} في مؤتمر صحفي أن {text}.",
    "ونقلت وكالة الأنباء عن {mention} قوله إن {text}.",
]
WORD = re.compile(r"[\u0621-\u064a]+")
KEEP_TOP = 400  # the most frequent corpus words (function words, reporting verbs) are never replaced
REPLACE_SHARE = 0.4
ZIPF_ALPHA = 0.15  # Pareto tail of the pseudo-word ranks (Zipf exponent 1.15): distinct words keep growing with N


def ensure_corpus() -> None:
    if not (DATA / "articles.jsonl").is_file() or not (DATA / "statements.jsonl").is_file():
        subprocess.run([sys.executable, str(ROOT / "training" / "build_corpus.py")], check=True, cwd=ROOT)


class OpenLexicon:
    """Pseudo-words from a letter-trigram model of the corpus words; rank r always gives the same word."""

    def __init__(self, words: list[str], seed: int):
        self.next: dict[str, Counter] = defaultdict(Counter)
        for word in words:
            padded = "^^" + word + "$"
            for i in range(len(padded) - 2):
                self.next[padded[i:i + 2]][padded[i + 2]] += 1
        self.choices = {k: (list(c), list(c.values())) for k, c in self.next.items()}
        self.seed, self.cache = seed, {}

    def word(self, rank: int) -> str:
        if rank not in self.cache:
            rng = random.Random(self.seed * 1_000_003 + rank)
            while True:
                state, letters = "^^", []
                while len(letters) < 12:
                    options, weights = self.choices[state]
                    letter = rng.choices(options, weights)[0]
                    if letter == "$":
                        break
                    letters.append(letter)
                    state = state[1] + letter
                if len(letters) >= 3:
                    break
            self.cache[rank] = "".join(letters)
        return self.cache[rank]


def write_articles(path: Path, n: int, seed: int = 13) -> dict:
    """``n`` generated articles as JSONL; returns bytes written and the number of distinct words."""
    ensure_corpus()
    paragraphs, statements, counts = [], [], Counter()
    with (DATA / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            counts.update(WORD.findall(text))
            paragraphs += [p.strip() for p in text.split("\n") if len(p.strip()) > 30]
    with (DATA / "statements.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            s = json.loads(line)
            if s.get("actor_mention") and s.get("text"):
                statements.append((s["actor_mention"], s["text"]))
    keep = {w for w, _ in counts.most_common(KEEP_TOP)}
    lexicon = OpenLexicon(list(counts), seed)
    rng = random.Random(seed)

    def vary(text: str) -> str:
        def swap(match):
            word = match.group(0)
            if word in keep or len(word) < 3 or rng.random() >= REPLACE_SHARE:
                return word
            return lexicon.word(int(rng.paretovariate(ZIPF_ALPHA)))
        return WORD.sub(swap, text)

    distinct: set[str] = set()
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            body = [vary(rng.choice(paragraphs)) for _ in range(3)]
            body += [rng.choice(SPEECH_TEMPLATES).format(mention=m, text=vary(t)) for m, t in rng.sample(statements, 2)]
            rng.shuffle(body)
            text = "\n".join([vary(rng.choice(paragraphs))[:80], *body])
            distinct.update(WORD.findall(text))
            fh.write(json.dumps({"id": f"bench{i:07d}", "text": text}, ensure_ascii=False) + "\n")
    return {"bytes": path.stat().st_size, "distinct_words": len(distinct)}


# ----------------------------------------------------------------- children
def child_pipeline(data: Path, model: str, workers: int, out: Path, clocks: Path) -> dict:
    started = time.perf_counter()
    os.environ[CLOCKS_ENV] = str(clocks)  # read by the pool workers, fresh interpreters that inherit it
    import stance.batch as batch

    clock = Clock(clocks)
    install_pipeline_clocks(clock)  # extraction and the model in this process (one chunk or one worker)
    iter_articles = batch.iter_articles
    batch.iter_articles = lambda *a, **kw: clock.timed_iter("read", iter_articles(*a, **kw))
    batch._emit = clock.timed("write", batch._emit)
    batch._init_worker = pipeline_worker_init  # the same in every pool worker, importable there (bench_clock)
    batch._score_in_worker = pipeline_worker_chunk
    report = batch.run_batch([data], model, out, "jsonl", workers=workers)
    seconds = time.perf_counter() - started
    clock.dump()
    return {"articles": report.articles, "statements": report.summary["totals"]["statements"], "seconds": seconds,
            "stages": summed(clocks), "peak_main_mib": peak_mib(resource.RUSAGE_SELF),
            "peak_workers_mib": peak_mib(resource.RUSAGE_CHILDREN), **cpu_seconds()}


def child_reference(data: Path, model: str, workers: int, out: Path, clocks: Path, statements: Path) -> dict:
    """The same statements through the same vectorizers and classifiers, in a pool of ``workers`` processes of
    the same kind as the pipeline's (loky: fresh interpreters, at most ``2 * workers`` chunks in flight)."""
    by_article: dict[str, list[dict]] = defaultdict(list)  # what extraction found; collected before the timed span
    with statements.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["type"] == "statement":
                by_article[rec["article_id"]].append(rec)
    started = time.perf_counter()
    os.environ[CLOCKS_ENV] = str(clocks)
    from joblib.externals.loky import get_reusable_executor

    from stance.features import compose_input

    clock = Clock(clocks)
    chunk_size = 64

    def chunks():
        lines = clock.timed_iter("read", open(data, encoding="utf-8"))
        batch, articles = [], 0
        for line in lines:
            started_read = time.thread_time()
            article = json.loads(line)
            clock.seconds["read"] += time.thread_time() - started_read
            batch += by_article.get(article["id"], [])
            articles += 1
            if articles % chunk_size == 0:
                yield batch
                batch = []
        if batch:
            yield batch

    n = 0
    pool = get_reusable_executor(max_workers=workers, initializer=reference_worker_init, initargs=(model,),
                                 reuse=False)
    in_flight: deque = deque()
    source = chunks()
    with out.open("w", encoding="utf-8") as sink:
        while True:
            while len(in_flight) < 2 * workers:
                batch = next(source, None)
                if batch is None:
                    break
                inputs = [compose_input(r["text"], r.get("cue")) for r in batch]
                in_flight.append((batch, pool.submit(reference_worker_chunk, inputs)))
            if not in_flight:
                break
            batch, future = in_flight.popleft()
            stance, sentiment = future.result()
            write_started = time.thread_time()
            for rec, s_row, t_row in zip(batch, stance, sentiment):
                sink.write(json.dumps({**rec, "scores": s_row.tolist(), "sentiment_scores": t_row.tolist()},
                                      ensure_ascii=False) + "\n")
            clock.seconds["write"] += time.thread_time() - write_started
            n += len(batch)
    pool.shutdown(wait=True)
    seconds = time.perf_counter() - started
    clock.dump()
    return {"statements": n, "seconds": seconds, "stages": summed(clocks), **cpu_seconds()}


def cpu_seconds() -> dict:
    """User + system CPU seconds of this process and of its ended children (the pool workers, once shut down):
    what the run cost in all, against which the five stages' sum shows what lies outside them."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"cpu_main_s": own.ru_utime + own.ru_stime, "cpu_workers_s": children.ru_utime + children.ru_stime}


def peak_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def run_child(*args: str) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        raise SystemExit(f"benchmark child failed: {' '.join(args)}\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------- fast start
STARTUP_BARE = '''import typer
app = typer.Typer(add_completion=False, no_args_is_help=True)
@app.command()
def one(path: str):
    """One."""
@app.command()
def two(path: str):
    """Two."""
app()
'''


def startup(models: list[str], repeats: int, work: Path, before: Path | None = None) -> dict:
    """Median wall seconds of `stance --help`, a bare two-command typer app's --help, bare Python importing NumPy,
    and one-article scoring with each model folder, interleaved so that all see the same machine load.

    ``before``: another checkout of the project (e.g. ``git archive <commit> | tar -x -C DIR``) whose `stance`
    commands run in the same loop, with its own code and its own ``artifacts/<same name>`` folders."""
    bare = work / "bare_typer.py"
    bare.write_text(STARTUP_BARE, encoding="utf-8")
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    commands = {
        "python -c 'import numpy'": (ROOT, [sys.executable, "-c", "import numpy"]),
        "bare typer --help": (ROOT, [sys.executable, str(bare), "--help"]),
    }
    trees = [("before: ", Path(before).resolve()), ("", ROOT)] if before else [("", ROOT)]
    for label, tree in trees:
        commands[f"{label}stance --help"] = (tree, [sys.executable, "-m", "stance.cli", "--help"])
    for model in models:
        name = Path(model).resolve().name
        for label, tree in trees:
            folder = tree / "artifacts" / name if label else Path(model)
            commands[f"{label}stance score (one article, {name})"] = (tree, [
                sys.executable, "-m", "stance.cli", "score", str(seed), "--model", str(folder),
                "--out", str(work / f"one_{len(label)}_{name}.jsonl")])

    def run(tree: Path, command: list[str]) -> None:
        subprocess.run(command, check=True, cwd=tree, capture_output=True, env={**os.environ, "PYTHONPATH": str(tree)})

    for tree, command in commands.values():  # untimed: fills the derived-weight caches a first load writes
        run(tree, command)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeats):
        for name, (tree, command) in commands.items():
            started = time.perf_counter()
            run(tree, command)
            times[name].append(time.perf_counter() - started)
    medians = {name: sorted(t)[len(t) // 2] for name, t in times.items()}
    ratio = medians["stance --help"] / medians["bare typer --help"]
    for name, t in medians.items():
        print(f"{name:44} median {t:5.2f} s  (runs: {', '.join(f'{x:.2f}' for x in times[name])})", flush=True)
    print(f"stance --help / bare typer --help = {ratio:.2f} (target <= 1.5); one article: "
          + ", ".join(f"{name.split(', ')[1].rstrip(')')} {t:.2f} s" for name, t in medians.items()
                      if name.startswith("stance score")) + " (target < 2 s)", flush=True)
    for name in [n for n in medians if n.startswith("before: ")]:
        after = medians[name.removeprefix("before: ")]
        print(f"{name.removeprefix('before: '):44} before {medians[name]:5.2f} s, after {after:5.2f} s", flush=True)
    return {"medians": medians, "runs": times, "help_ratio": ratio}


# -------------------------------------------------------------------- main
def bench(model: str, sizes: list[int], workers: int, work: Path) -> list[dict]:
    rows = []
    for n in sizes:
        data = work / f"articles_{n}.jsonl"
        made = write_articles(data, n)
        out, ref_out = work / f"scores_{n}.jsonl", work / f"reference_{n}.jsonl"
        clocks = {side: work / f"clocks_{side}_{n}" for side in ("pipeline", "reference")}
        for folder in clocks.values():
            folder.mkdir()
        run = run_child("pipeline", str(data), model, str(workers), str(out), str(clocks["pipeline"]))
        ref = run_child("reference", str(data), model, str(workers), str(ref_out), str(clocks["reference"]), str(out))
        assert ref["statements"] == run["statements"], (ref["statements"], run["statements"])
        row = {"n": n, "workers": workers, "mb": made["bytes"] / 1e6, "distinct_words": made["distinct_words"],
               "pipeline": run, "reference": ref,
               "articles_per_s": run["articles"] / run["seconds"], "statements_per_s": run["statements"] / run["seconds"],
               "reference_statements_per_s": ref["statements"] / ref["seconds"],
               "stage_ratio": {s: (run["stages"].get(s, 0) / ref["stages"][s]) if ref["stages"].get(s) else None
                               for s in STAGES}}
        rows.append(row)
        print(f"N={n:>6} ({made['distinct_words']:,} distinct words, {row['mb']:.1f} MB, {workers} processes each side)")
        print(f"  pipeline  {run['seconds']:7.1f} s  {row['articles_per_s']:7.1f} art/s {row['statements_per_s']:8.1f} st/s"
              f"  peak main {run['peak_main_mib']:.0f} MiB, workers {run['peak_workers_mib']:.0f} MiB")
        print(f"  reference {ref['seconds']:7.1f} s  {'':17} {row['reference_statements_per_s']:8.1f} st/s"
              f"  (same statements, no extraction)")
        print(f"  CPU s in all: pipeline main {run['cpu_main_s']:.2f} + workers {run['cpu_workers_s']:.2f}, "
              f"reference main {ref['cpu_main_s']:.2f} + workers {ref['cpu_workers_s']:.2f}")
        print(f"  {'stage':9} {'pipeline s':>10} {'reference s':>11} {'ratio':>6}")
        for s in STAGES:
            r = row["stage_ratio"][s]
            print(f"  {s:9} {run['stages'].get(s, 0):10.2f} {ref['stages'].get(s, 0):11.2f} "
                  f"{(f'{r:.2f}' if r else '–'):>6}", flush=True)
        for path in (data, out, ref_out):
            path.unlink()
    return rows


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").is_file() else "?"
    return (f"{cpu}, {os.cpu_count()} CPUs ({len(os.sched_getaffinity(0))} usable), Python {platform.python_version()}, "
            f"load average {os.getloadavg()[0]:.1f}")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        what, *args = sys.argv[2:]
        if what == "pipeline":
            result = child_pipeline(Path(args[0]), args[1], int(args[2]), Path(args[3]), Path(args[4]))
        else:
            result = child_reference(Path(args[0]), args[1], int(args[2]), Path(args[3]), Path(args[4]), Path(args[5]))
        print(json.dumps(result))
        return
    from stance.batch import default_workers

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--quick", action="store_true", help="N = 300")
    parser.add_argument("--startup", action="store_true", help="measure only `stance --help` and one-article scoring")
    parser.add_argument("--repeats", type=int, default=5, help="runs of each startup command")
    parser.add_argument("--before", type=Path, help="with --startup: another checkout whose `stance` commands run "
                        "in the same loop (before/after figures)")
    parser.add_argument("--startup-model", action="append", help="model folder(s) for --startup's one-article runs "
                        "(default: artifacts/tfidf and the default model)")
    parser.add_argument("--model", default=str(ROOT / "artifacts" / "tfidf"))
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if not (Path(args.model) / "meta.json").is_file():
        from stance.train import train_tfidf

        train_tfidf(out=args.model)
    print(f"machine: {machine()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="stance-bench-") as tmp:
        if args.startup:
            from stance.defaults import default_model_name

            models = args.startup_model or [str(ROOT / "artifacts" / "tfidf"), str(ROOT / "artifacts" / default_model_name())]
            result = startup(models, args.repeats, Path(tmp), args.before)
        else:
            sizes = [300] if args.quick else [int(s) for s in args.sizes.split(",")]
            result = bench(args.model, sizes, args.workers, Path(tmp))
    print(f"machine after: load average {os.getloadavg()[0]:.1f}", flush=True)
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "results": result}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
