"""Batch scoring at archive scale: parallel, streaming, resumable.

    from stance.batch import run_batch
    report = run_batch(["archive/"], "artifacts/tfidf", out="scores.jsonl", resume=True, workers=2)

* TF-IDF models are scored in a process pool: each worker loads the model once
  from its folder, chunks of articles go out, results come back and are
  written in input order; at most ``2 * workers`` chunks are in flight (loky's call queue holds ``2 * workers + 1``), so
  memory does not grow with the archive. BERT-kind models are scored in this
  process, in larger batches.
* Output is JSONL, CSV or Parquet (row groups written as records arrive), taken
  from the output's extension unless a format is given. Statement records and one
  ``type=article`` status record per article. CSV and Parquet hold one column per
  label score (``score_<label>``, ``sentiment_score_<label>``).
* ``resume=True`` (JSONL or CSV with an output file) writes in place and keeps
  a checkpoint ``.<name>.ckpt`` next to the output: the number of finished
  articles, the id of the last one, the byte offset where its records end, and
  the fingerprints of the model folder and of the extractor (its code and resource files).
  Output and checkpoint are flushed and fsynced after every chunk. A resumed
  run refuses another model or extractor, truncates the output to that offset
  and skips that many input articles, so after a crash or Ctrl-C nothing is
  duplicated, missing or labelled by a different model. Without ``resume`` the
  output is written to ``.<name>.<pid>.part`` and renamed when complete; it is
  removed when the run fails or is interrupted, and a later run removes one left
  by a killed process.
* Pool workers die with the parent: they are killed by the kernel when it dies
  (Linux) and, everywhere, leave within a second of noticing it has gone.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import signal
import stat
import sys
import threading
import time
from collections import deque
from contextlib import closing, contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, Iterable, Iterator

from stance import SENTIMENT_LABELS, STANCE_LABELS
from stance.inputs import Article, InputStats, iter_articles
from stance.pipeline import STATEMENT_FIELDS, ArticleResult, Scorer, model_name
from stance.summary import SummaryBuilder, iter_score_records

FORMATS = ("jsonl", "csv", "parquet")
SUFFIX_FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".jsonl": "jsonl", ".json": "jsonl",
                  ".ndjson": "jsonl"}
STANCE_SCORE, SENTIMENT_SCORE = "score_", "sentiment_score_"  # prefixes of the flat score columns
CHECKPOINT_VERSION = 2
TFIDF_CHUNK = 64
BERT_CHUNK = 256
PARQUET_ROW_GROUP = 20_000
FEW_ARTICLES = 16  # a run of fewer articles scores with one BLAS thread (see _few_blas_threads)


def columns(stance_labels=STANCE_LABELS, sentiment_labels=SENTIMENT_LABELS) -> list[str]:
    """CSV/Parquet columns: the record fields, with one column per label score instead of the nested dicts."""
    flat = []
    for name in STATEMENT_FIELDS:
        if name == "scores":
            flat += [STANCE_SCORE + lab for lab in stance_labels]
        elif name == "sentiment_scores":
            flat += [SENTIMENT_SCORE + lab for lab in sentiment_labels]
        else:
            flat.append(name)
    return ["type", *flat, *STATUS_FIELDS]


# The article status record's own fields, read off the record itself so that a field added there
# (date, outlet) is never dropped from CSV and Parquet.
STATUS_FIELDS = [k for k in ArticleResult(Article("", "", "")).status_record() if k not in ("type", *STATEMENT_FIELDS)]


COLUMNS = columns()


def infer_format(out: str | Path | None, fmt: str | None = None) -> str:
    """``fmt`` when given, else the output's extension (.csv, .parquet; anything else is JSONL)."""
    if fmt:
        return fmt
    return SUFFIX_FORMATS.get(Path(out).suffix.lower(), "jsonl") if out is not None else "jsonl"


class ResumeError(ValueError):
    """A checkpoint does not belong to this output, these inputs or this model."""


# What decides which statements are extracted, relative to the package: the resource files (lexicon, speech
# verbs, rules), the extractor's code, and the lexicon and normalization code it runs on.
EXTRACTOR_FILES = ("resources", "extract", "lexicon.py", "normalize.py")


def extractor_fingerprint(actors: str | Path | dict | None = None, package: str | Path | None = None) -> str:
    """sha256 over the extractor's resource files and code (:data:`EXTRACTOR_FILES` in ``package``, by default
    the installed ``stance``) and the user's actors file or mapping, if any: they change what is extracted, so a
    resumed run after an upgrade of the extractor is refused rather than mixing two extractors' output."""
    import stance

    root = Path(package or Path(stance.__file__).resolve().parent)
    digest = hashlib.sha256()
    for name in EXTRACTOR_FILES:
        top = root / name
        paths = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file()
                                                   and "__pycache__" not in p.parts and p.suffix != ".pyc")
        for path in paths:
            digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    if isinstance(actors, dict):
        digest.update(b"actors\0" + json.dumps(actors, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    elif actors is not None:
        try:
            digest.update(b"actors\0" + hashlib.sha256(Path(actors).read_bytes()).digest())
        except OSError:
            digest.update(b"actors\0unreadable")
    return digest.hexdigest()


# ------------------------------------------------------------------ scoring
def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


_worker_scorer: Scorer | None = None


@lru_cache(maxsize=2)
def _loaded(folder: str, fingerprint: str):
    """A loaded model, kept for the next run in this process (loading a TF-IDF folder takes seconds).

    ``fingerprint`` (meta.json's settings and every file's checksum) is part of the key, so that a folder
    retrained in place, or whose settings alone changed, is loaded again.
    """
    from stance.models.base import load_model

    return load_model(folder)


def _init_worker(folder: str, name: str, parent: int, actors=None) -> None:
    global _worker_scorer
    from stance.models.base import load_model

    _die_with_parent(parent)  # loky's own workers would wait for an idle timeout and a lock first (up to 40 s)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the parent decides
    _worker_scorer = Scorer(load_model(folder), extractor=_extractor(actors), name=name)


PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int, poll_seconds: float = 0.5) -> None:
    """End this worker when ``parent`` dies, even by SIGKILL: the kernel's parent-death signal where there is
    one (Linux), and a thread that watches the parent id everywhere."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll_seconds)
        os._exit(1)

    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _score_in_worker(articles: list[Article]) -> list[ArticleResult]:
    results = _worker_scorer.score_chunk(articles)
    for result in results:  # the text is not needed back in the parent
        result.article = replace(result.article, text="")
    return results


def _extractor(actors):
    """The default extractor, or one whose lexicon has the user's actors merged in."""
    from stance.api import extractor_for

    return extractor_for(actors)


def score_articles(articles: Iterable[Article], folder: str | Path, *, workers: int | None = None,
                   chunk_size: int | None = None, actors=None) -> Iterator[ArticleResult]:
    """Results for ``articles`` in input order; a process pool for TF-IDF when ``workers > 1``.

    ``actors``: an actors file or mapping merged into the shipped lexicon (:func:`stance.lexicon.load_lexicon`).
    """
    from stance.models.base import meta_fingerprint, read_verified_meta

    meta = read_verified_meta(folder)
    name = model_name(SimpleNamespace(meta=meta), folder)
    extractor = _extractor(actors)  # a bad actors file is reported here, before any worker starts
    workers = default_workers() if workers is None else max(1, workers)
    chunk = chunk_size or (TFIDF_CHUNK if meta["kind"] == "tfidf" else BERT_CHUNK)
    source = iter(articles)
    head = list(islice(source, max(chunk, FEW_ARTICLES)))
    if meta["kind"] != "tfidf" or workers == 1 or len(head) < chunk:
        # one chunk or less (one article, a handful of files): starting a pool would cost more than it saves
        with _few_blas_threads() if len(head) < FEW_ARTICLES else nullcontext():
            model = _loaded(str(Path(folder).resolve()), meta_fingerprint(meta))
            yield from Scorer(model, extractor=extractor, name=name, chunk_size=chunk).score(chain(head, source))
        return
    yield from _pool_scores(chain(head, source), str(folder), name, workers, chunk, actors)


@contextmanager
def _few_blas_threads():
    """One BLAS thread for a run of fewer than :data:`FEW_ARTICLES` (one article: the e5 encoder's small matrix
    products; a larger run is worth the threads on an idle machine).
    OpenBLAS threads spin while they wait; on a 2-core machine with another job running, two threads made
    scoring one article twice as slow (2.9 s against 1.4 s wall, 2.7 s against 1.2 s CPU)."""
    import numpy  # noqa: F401  (loads the BLAS library whose threads are limited; scoring needs it anyway)

    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        yield
        return
    with threadpool_limits(limits=1, user_api="blas"):
        yield


def _pool_scores(articles: Iterable[Article], folder: str, name: str, workers: int, chunk_size: int, actors=None):
    """Chunks scored by a pool of ``workers`` processes, results in input order.

    The pool is joblib's loky executor: its workers start fresh interpreters (no fork of a parent holding
    open files and threads), each loads the model once from the verified folder. Each worker also ends as
    soon as the parent dies, however it dies (:func:`_die_with_parent`)."""
    from joblib.externals.loky import get_reusable_executor

    source = iter(articles)
    in_flight: deque = deque()
    pool = get_reusable_executor(max_workers=workers, initializer=_init_worker, initargs=(folder, name, os.getpid(), actors),
                                 reuse=False)
    finished = False
    try:
        while True:
            while len(in_flight) < 2 * workers:
                chunk = list(islice(source, chunk_size))
                if not chunk:
                    break
                with _interruptions_held():
                    in_flight.append(pool.submit(_score_in_worker, chunk))
            if not in_flight:
                break
            yield from in_flight.popleft().result()
        finished = True
    finally:
        _stop_pool(pool, in_flight, finished)


@contextmanager
def _interruptions_held():
    """SIGINT and SIGTERM wait until the block ends (they are delivered, and raise, right after it): a chunk
    handed to the pool is in ``in_flight`` before an interruption can unwind, so :func:`_stop_pool` waits for it
    too. Raised inside ``submit``, after loky had registered the chunk, the interruption left a chunk that
    ``_stop_pool`` did not know of, which the kill then made loky's manager thread trip over (``KeyError``)."""
    held = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _stop_pool(pool, in_flight: Iterable, finished: bool, settle_seconds: float = 2.0) -> None:
    """Shut ``pool`` down; when the run did not finish (interrupted, failed or abandoned), kill its workers
    rather than wait for chunks nobody will read.

    loky's manager thread raises ``KeyError`` (a traceback on stderr, and queues left for the resource
    tracker to complain about) when a kill finds a chunk that was submitted but not yet handed to the call
    queue: it drops all pending items, then hands out the next submitted id. A chunk just submitted is in that
    state for a few milliseconds, so first let every future in flight reach the queue (``running``) or finish.
    With at most ``2 * workers`` chunks in flight the queue (``2 * workers + 1``) always has room. The shutdown
    then waits for the manager thread (killing takes milliseconds), so that it releases its queues before the
    process ends; otherwise the resource tracker prints warnings about leaked locks."""
    if not finished:
        deadline = time.monotonic() + settle_seconds
        while any(not (f.running() or f.done()) for f in in_flight) and time.monotonic() < deadline:
            time.sleep(0.002)
    pool.shutdown(wait=True, kill_workers=not finished)  # killing is quick; waiting lets loky release its queues


# ------------------------------------------------------------------- output
def record_to_row(rec: dict) -> dict:
    """A flat row for CSV and Parquet: one ``score_<label>`` / ``sentiment_score_<label>`` column per score."""
    row = {k: v for k, v in rec.items() if k not in ("scores", "sentiment_scores")}
    for key, prefix in (("scores", STANCE_SCORE), ("sentiment_scores", SENTIMENT_SCORE)):
        for label, value in (rec.get(key) or {}).items():
            row[prefix + label] = value
    return row


def row_to_record(row: dict) -> dict:
    """The inverse of :func:`record_to_row` for rows read back from CSV or Parquet (empty cells are missing)."""
    known = {"type", *STATEMENT_FIELDS, *STATUS_FIELDS}
    rec: dict = {}
    scores: dict[str, dict] = {"scores": {}, "sentiment_scores": {}}
    for key, value in row.items():
        if value == "" or value is None:
            value = None
        if key.startswith(SENTIMENT_SCORE):
            if value is not None:
                scores["sentiment_scores"][key[len(SENTIMENT_SCORE):]] = float(value)
        elif key.startswith(STANCE_SCORE):
            if value is not None:
                scores["scores"][key[len(STANCE_SCORE):]] = float(value)
        elif key in known:
            rec[key] = value
    for key in ("start", "end", "statements"):
        if rec.get(key) is not None:
            rec[key] = int(rec[key])
    if rec.get("direct") is not None and not isinstance(rec["direct"], bool):
        rec["direct"] = rec["direct"] == "True"
    rec.update({key: value for key, value in scores.items() if value})
    return {k: v for k, v in rec.items() if v is not None or k == "error"}


class LineSink:
    """JSONL or CSV records on a binary stream; tracks the byte offset for checkpoints."""

    def __init__(self, stream, fmt: str, header: bool = True, fieldnames: list[str] | None = None):
        self.stream, self.fmt = stream, fmt
        self._buffer = io.StringIO()
        self._csv = csv.DictWriter(self._buffer, fieldnames=fieldnames or COLUMNS, extrasaction="ignore") \
            if fmt == "csv" else None
        if self._csv and header:
            self._csv.writeheader()
            self._drain()

    def write(self, rec: dict) -> None:
        if self._csv:
            self._csv.writerow(record_to_row(rec))
            self._drain()
        else:
            self.stream.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))

    def _drain(self) -> None:
        self.stream.write(self._buffer.getvalue().encode("utf-8"))
        self._buffer.seek(0)
        self._buffer.truncate()

    def flush(self) -> None:
        self.stream.flush()


class ParquetSink:
    """Records buffered into row groups of ``PARQUET_ROW_GROUP`` rows and written as they fill."""

    def __init__(self, path: str | Path, fieldnames: list[str] | None = None):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.columns = fieldnames or COLUMNS
        types = {"direct": pa.bool_(), "start": pa.int64(), "end": pa.int64(), "statements": pa.int64()}
        self.schema = pa.schema([(c, types.get(c, pa.float64() if c.startswith((STANCE_SCORE, SENTIMENT_SCORE))
                                               else pa.string())) for c in self.columns])
        self.writer = pq.ParquetWriter(str(path), self.schema, compression="zstd")
        self.rows: list[dict] = []

    def write(self, rec: dict) -> None:
        self.rows.append(record_to_row(rec))
        if len(self.rows) >= PARQUET_ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            columns = {c: [row.get(c) for row in self.rows] for c in self.columns}
            self.writer.write_table(pa.table(columns, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def checkpoint_path(out: str | Path) -> Path:
    out = Path(out)
    return out.parent / f".{out.name}.ckpt"


def partial_path(out: str | Path, pid: int | None = None) -> Path:
    """Where a run without ``--resume`` writes ``out`` until it is complete."""
    out = Path(out)
    return out.parent / f".{out.name}.{os.getpid() if pid is None else pid}.part"


def _remove_abandoned_partials(out: Path) -> None:
    """Remove ``.<name>.<pid>.part`` files of runs whose process is gone (killed with SIGKILL, power loss)."""
    for path in out.parent.glob(f".{out.name}.*.part"):
        pid = path.name[len(out.name) + 2:-len(".part")]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            path.unlink(missing_ok=True)
        except PermissionError:  # alive, another user's
            pass


def is_special_file(path: str | Path) -> bool:
    """``path`` exists and is neither a regular file nor a folder: a device such as ``/dev/null``, a named pipe,
    a terminal."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def check_output_path(out: str | Path | None, option: str = "--out") -> None:
    """Raise ``ValueError`` (a one-line usage error) when ``out`` cannot become a file: it is a folder, a file
    stands where a folder on its way should be, or its folder cannot be written. Checked before any scoring,
    so that a long run does not end in an error about its output."""
    if out is None or is_special_file(out):
        return
    out = Path(out)
    if out.is_dir():
        raise ValueError(f"{option} {out} is a folder; give a file name, e.g. {out / 'scores.jsonl'}")
    for parent in out.parents:
        if parent.exists():
            if not parent.is_dir():
                raise ValueError(f"{option} {out}: {parent} is a file, not a folder")
            if not os.access(parent, os.W_OK | os.X_OK):
                raise ValueError(f"{option} {out}: cannot write in the folder {parent}")
            return


@contextmanager
def atomic_output(out: str | Path):
    """Yield a path to write ``out`` to; it becomes ``out`` when the block ends normally and is removed when
    it does not. The file is created with the user's umask, like any file the user writes. A device or a
    named pipe (``--out /dev/null``) is written in place: a file renamed over it would replace it."""
    out = Path(out)
    if is_special_file(out):
        yield out
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned_partials(out)
    tmp = partial_path(out)
    try:
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666))
    except OSError as exc:  # the temporary name would only puzzle: say which output cannot be written
        raise ValueError(f"cannot write {out}: {exc.strerror or exc}") from None
    try:
        yield tmp
        os.replace(tmp, out)
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError as exc:
            print(f"warning: could not remove the partial output {tmp}: {exc.strerror or exc}", file=sys.stderr)


def _write_checkpoint(path: Path, state: dict) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(state, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


# -------------------------------------------------------------------- runs
@dataclass
class BatchReport:
    summary: dict
    articles: int  # scored in this run
    resumed_from: int  # articles already done by an earlier run
    failed: int  # articles with status "error", earlier runs included
    notes: list[str] = field(default_factory=list)  # inputs skipped or renamed (:class:`stance.inputs.InputStats`)


def run_batch(paths: list[str | Path], model_dir: str | Path, out: str | Path | None = None, fmt: str | None = None, *,
              resume: bool = False, workers: int | None = None, chunk_size: int | None = None,
              id_column: str = "id", text_column: str = "text",
              on_result: Callable[[ArticleResult], None] | None = None, actors=None) -> BatchReport:
    """Score every article under ``paths`` (``-``: standard input) with the model in ``model_dir`` into ``out``
    (stdout when None or ``-``).

    ``fmt`` (jsonl, csv, parquet) defaults to the one ``out``'s extension names, else JSONL. ``actors``: an
    actors file or mapping merged into the shipped lexicon (``stance score --actors``).
    """
    from stance.models.base import meta_fingerprint, read_verified_meta

    if out is not None and str(out) == "-":
        out = None
    fmt = infer_format(out, fmt)
    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r} (use one of {', '.join(FORMATS)})")
    if fmt == "parquet" and out is None:
        raise ValueError("--format parquet needs --out")
    if resume and (out is None or fmt == "parquet"):
        raise ValueError("--resume needs --out and the jsonl or csv format")
    if resume and any(str(p) == "-" for p in paths):
        raise ValueError("--resume cannot continue a run that reads standard input (-); save it to a file first")
    if resume and is_special_file(out):
        raise ValueError(f"--resume needs a regular file for --out, not a device or pipe: {out}")
    check_output_path(out)
    meta = read_verified_meta(model_dir)
    name = model_name(SimpleNamespace(meta=meta), model_dir)
    _extractor(actors)  # a bad actors file is a usage error before anything is written
    fieldnames = columns(meta["stance_labels"], meta["sentiment_labels"])
    stats = InputStats()
    articles = iter_articles(paths, id_column=id_column, text_column=text_column, stats=stats)
    builder = SummaryBuilder()
    inputs = [str(Path(p).resolve()) for p in paths]
    chunk = chunk_size or (TFIDF_CHUNK if meta["kind"] == "tfidf" else BERT_CHUNK)

    if resume:
        identity = {"model_fingerprint": meta_fingerprint(meta), "extractor_fingerprint": extractor_fingerprint(actors)}
        report = _run_resumable(articles, Path(out), fmt, model_dir, name, inputs, identity, fieldnames, builder,
                                workers, chunk, on_result, actors)
        report.notes = stats.notes()
        return report

    counts = {"articles": 0, "failed": 0}

    def consume(write: Callable[[dict], None]) -> None:
        with closing(score_articles(articles, model_dir, workers=workers, chunk_size=chunk, actors=actors)) as results:
            for result in results:
                _emit(result, write, builder, counts, on_result)

    if out is None:
        sink = LineSink(sys.stdout.buffer, fmt, fieldnames=fieldnames)
        consume(sink.write)
        sink.flush()
    else:
        with atomic_output(out) as tmp:
            if fmt == "parquet":
                sink = ParquetSink(tmp, fieldnames)
                consume(sink.write)
                sink.close()
            else:
                with open(tmp, "wb") as stream:
                    sink = LineSink(stream, fmt, fieldnames=fieldnames)
                    consume(sink.write)
        if not is_special_file(out):
            checkpoint_path(out).unlink(missing_ok=True)
    return BatchReport(builder.build(), counts["articles"], 0, counts["failed"], stats.notes())


def _emit(result: ArticleResult, write, builder, counts: dict, on_result) -> None:
    for rec in result.records:
        write(rec)
        builder.add(rec)
    status = result.status_record()
    write(status)
    builder.add(status)
    counts["articles"] += 1
    if result.status == "error":
        counts["failed"] += 1
    if on_result:
        on_result(result)


def _run_resumable(articles, out: Path, fmt, model_dir, name, inputs, identity, fieldnames, builder, workers, chunk,
                   on_result, actors=None) -> BatchReport:
    ckpt_file = checkpoint_path(out)
    state = {"version": CHECKPOINT_VERSION, "format": fmt, "model": name, **identity, "inputs": inputs,
             "articles": 0, "offset": 0, "last_id": None, "complete": False}
    if ckpt_file.is_file() and out.is_file():
        try:
            saved = json.loads(ckpt_file.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ResumeError(f"cannot read checkpoint {ckpt_file}: {exc}") from None
        if saved.get("version") != CHECKPOINT_VERSION:
            raise ResumeError(f"{ckpt_file} was written by an older version without model fingerprints; "
                              f"run without --resume to start over")
        started, wanted = str(saved.get("model", "")).split("@")[0], name.split("@")[0]
        if started != wanted:
            raise ResumeError(f"{out} was started with the model {started}, not {wanted}; resume with that --model, "
                              f"or run without --resume to start over")
        for key, what in (("model_fingerprint", "model (the folder was retrained or edited)"),
                          ("extractor_fingerprint", "extractor (its code, its resource files or the --actors file changed)")):
            if saved.get(key) != state[key]:
                raise ResumeError(f"{out} was started with a different {what}: checkpoint {str(saved.get(key))[:12]}, "
                                  f"now {state[key][:12]}; run without --resume to start over")
        for key in ("format", "model", "inputs"):
            if saved.get(key) != state[key]:
                raise ResumeError(f"{ckpt_file} was written for different {key} ({saved.get(key)!r}); "
                                  f"run without --resume to start over")
        if out.stat().st_size < saved["offset"]:
            raise ResumeError(f"{out} is shorter than its checkpoint says; run without --resume to start over")
        state = saved
    prior = {"articles": 0, "failed": 0}
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "r+b" if state["offset"] else "wb") as stream:
        stream.truncate(state["offset"])
        if state["offset"]:
            _replay(out, fmt, builder, prior)
        stream.seek(state["offset"])
        sink = LineSink(stream, fmt, header=state["offset"] == 0, fieldnames=fieldnames)
        done = state["articles"]
        source = iter(articles)
        if done:
            last = None
            for last in islice(source, done):
                pass
            if last is None or last.id != state["last_id"]:
                raise ResumeError(f"the inputs changed since {ckpt_file} was written; run without --resume to start over")
        counts = {"articles": 0, "failed": 0}

        def commit(last_id):
            sink.flush()
            os.fsync(stream.fileno())
            state.update(articles=done + counts["articles"], offset=stream.tell(), last_id=last_id)
            _write_checkpoint(ckpt_file, state)

        last_id, since = state["last_id"], 0
        with closing(score_articles(source, model_dir, workers=workers, chunk_size=chunk, actors=actors)) as results:
            for result in results:
                _emit(result, sink.write, builder, counts, on_result)
                last_id, since = result.article.id, since + 1
                if since >= chunk:
                    commit(last_id)
                    since = 0
        state["complete"] = True
        commit(last_id)
    return BatchReport(builder.build(), counts["articles"], prior["articles"], prior["failed"] + counts["failed"])


def _replay(out: Path, fmt: str, builder, prior: dict) -> None:
    """Feed the records an earlier run wrote (the output is already cut to the checkpoint) to the summary."""
    for _, rec in iter_score_records(out, fmt):
        builder.add(rec)
        if rec.get("type") == "article":
            prior["articles"] += 1
            prior["failed"] += rec.get("status") == "error"
