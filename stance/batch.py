"""Batch scoring at archive scale: parallel, streaming, resumable.

    from stance.batch import run_batch
    report = run_batch(["archive/"], "artifacts/tfidf", out="scores.jsonl", resume=True, workers=2)

* TF-IDF models are scored in a process pool: each worker loads the model once
  from its folder, chunks of articles go out, results come back and are
  written in input order; at most ``2 * workers`` chunks are in flight, so
  memory does not grow with the archive. BERT-kind models are scored in this
  process, in larger batches.
* Output is JSONL (default), CSV or Parquet (row groups written as records
  arrive). Statement records and one ``type=article`` status record per article.
* ``resume=True`` (JSONL or CSV with an output file) writes in place and keeps
  a checkpoint ``.<name>.ckpt`` next to the output: the number of finished
  articles, the id of the last one and the byte offset where its records end.
  Output and checkpoint are flushed and fsynced after every chunk. A resumed
  run truncates the output to that offset and skips that many input articles,
  so after a crash or Ctrl-C nothing is duplicated or missing. Without
  ``resume`` the output is written to a temporary file and renamed when complete.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import tempfile
from collections import deque
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, Iterable, Iterator

from stance.inputs import Article, iter_articles
from stance.pipeline import STATEMENT_FIELDS, ArticleResult, Scorer, model_name
from stance.summary import SummaryBuilder

FORMATS = ("jsonl", "csv", "parquet")
COLUMNS = ["type", *STATEMENT_FIELDS, "status", "statements", "error", "source", "encoding"]
TFIDF_CHUNK = 64
BERT_CHUNK = 256
PARQUET_ROW_GROUP = 20_000


class ResumeError(ValueError):
    """A checkpoint does not belong to this output, these inputs or this model."""


# ------------------------------------------------------------------ scoring
def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


_worker_scorer: Scorer | None = None


@lru_cache(maxsize=2)
def _loaded(folder: str, checksums: str):
    """A loaded model, kept for the next run in this process (loading a TF-IDF folder takes seconds).

    ``checksums`` is part of the key so that a folder retrained in place is loaded again.
    """
    from stance.models.base import load_model

    return load_model(folder)


def _init_worker(folder: str, name: str) -> None:
    global _worker_scorer
    from stance.models.base import load_model

    _worker_scorer = Scorer(load_model(folder), name=name)


def _score_in_worker(articles: list[Article]) -> list[ArticleResult]:
    results = _worker_scorer.score_chunk(articles)
    for result in results:  # the text is not needed back in the parent
        result.article = replace(result.article, text="")
    return results


def score_articles(articles: Iterable[Article], folder: str | Path, *, workers: int | None = None,
                   chunk_size: int | None = None) -> Iterator[ArticleResult]:
    """Results for ``articles`` in input order; a process pool for TF-IDF when ``workers > 1``."""
    from stance.models.base import read_verified_meta

    meta = read_verified_meta(folder)
    name = model_name(SimpleNamespace(meta=meta), folder)
    workers = default_workers() if workers is None else max(1, workers)
    if meta["kind"] != "tfidf" or workers == 1:
        chunk = chunk_size or (TFIDF_CHUNK if meta["kind"] == "tfidf" else BERT_CHUNK)
        model = _loaded(str(Path(folder).resolve()), json.dumps(meta["files"], sort_keys=True))
        yield from Scorer(model, name=name, chunk_size=chunk).score(articles)
        return
    yield from _pool_scores(articles, str(folder), name, workers, chunk_size or TFIDF_CHUNK)


def _pool_scores(articles: Iterable[Article], folder: str, name: str, workers: int, chunk_size: int):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork shares the already-imported libraries (importing scikit-learn/skops takes seconds); each worker
    # still loads the model itself from the verified folder.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "fork":
        import skops.io  # noqa: F401  (imported once here, inherited by the workers)
        import stance.models.tfidf  # noqa: F401
    context = multiprocessing.get_context(method)
    source = iter(articles)
    in_flight: deque = deque()
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(folder, name)) as pool:
        try:
            while True:
                while len(in_flight) < 2 * workers:
                    chunk = list(islice(source, chunk_size))
                    if not chunk:
                        break
                    in_flight.append(pool.submit(_score_in_worker, chunk))
                if not in_flight:
                    break
                yield from in_flight.popleft().result()
        finally:
            for future in in_flight:
                future.cancel()


# ------------------------------------------------------------------- output
def record_to_row(rec: dict) -> dict:
    """A flat row (nested scores as JSON text) for CSV and Parquet."""
    return {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v) for k, v in rec.items()}


def row_to_record(row: dict) -> dict:
    """The inverse of :func:`record_to_row` for rows read back from CSV (empty cells are missing values)."""
    rec = {k: (v if v != "" else None) for k, v in row.items() if k in COLUMNS}
    for key in ("scores", "sentiment_scores"):
        if rec.get(key):
            rec[key] = json.loads(rec[key])
    for key in ("start", "end", "statements"):
        if rec.get(key) is not None:
            rec[key] = int(rec[key])
    if rec.get("direct") is not None:
        rec["direct"] = rec["direct"] == "True"
    return {k: v for k, v in rec.items() if v is not None or k == "error"}


class LineSink:
    """JSONL or CSV records on a binary stream; tracks the byte offset for checkpoints."""

    def __init__(self, stream, fmt: str, header: bool = True):
        self.stream, self.fmt = stream, fmt
        self._buffer = io.StringIO()
        self._csv = csv.DictWriter(self._buffer, fieldnames=COLUMNS, extrasaction="ignore") if fmt == "csv" else None
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

    def __init__(self, path: str | Path):
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"direct": pa.bool_(), "start": pa.int64(), "end": pa.int64(), "statements": pa.int64()}
        self.schema = pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])
        self.writer = pq.ParquetWriter(str(path), self.schema, compression="zstd")
        self.rows: list[dict] = []

    def write(self, rec: dict) -> None:
        self.rows.append(record_to_row(rec))
        if len(self.rows) >= PARQUET_ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            columns = {c: [row.get(c) for row in self.rows] for c in COLUMNS}
            self.writer.write_table(pa.table(columns, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def checkpoint_path(out: str | Path) -> Path:
    out = Path(out)
    return out.parent / f".{out.name}.ckpt"


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


def run_batch(paths: list[str | Path], model_dir: str | Path, out: str | Path | None = None, fmt: str = "jsonl", *,
              resume: bool = False, workers: int | None = None, chunk_size: int | None = None,
              id_column: str = "id", text_column: str = "text",
              on_result: Callable[[ArticleResult], None] | None = None) -> BatchReport:
    """Score every article under ``paths`` with the model in ``model_dir`` into ``out`` (stdout when None)."""
    from stance.models.base import read_verified_meta

    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r} (use one of {', '.join(FORMATS)})")
    if fmt == "parquet" and out is None:
        raise ValueError("--format parquet needs --out")
    if resume and (out is None or fmt == "parquet"):
        raise ValueError("--resume needs --out and the jsonl or csv format")
    meta = read_verified_meta(model_dir)
    name = model_name(SimpleNamespace(meta=meta), model_dir)
    articles = iter_articles(paths, id_column=id_column, text_column=text_column)
    builder = SummaryBuilder()
    inputs = [str(Path(p).resolve()) for p in paths]
    chunk = chunk_size or (TFIDF_CHUNK if meta["kind"] == "tfidf" else BERT_CHUNK)

    if resume:
        return _run_resumable(articles, Path(out), fmt, model_dir, name, inputs, builder, workers, chunk, on_result)

    counts = {"articles": 0, "failed": 0}

    def consume(write: Callable[[dict], None]) -> None:
        for result in score_articles(articles, model_dir, workers=workers, chunk_size=chunk):
            _emit(result, write, builder, counts, on_result)

    if out is None:
        sink = LineSink(sys.stdout.buffer, fmt)
        consume(sink.write)
        sink.flush()
    else:
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
        try:
            if fmt == "parquet":
                os.close(fd)
                sink = ParquetSink(tmp)
                consume(sink.write)
                sink.close()
            else:
                with os.fdopen(fd, "wb") as stream:
                    sink = LineSink(stream, fmt)
                    consume(sink.write)
            os.replace(tmp, out)
            checkpoint_path(out).unlink(missing_ok=True)
        finally:
            Path(tmp).unlink(missing_ok=True)
    return BatchReport(builder.build(), counts["articles"], 0, counts["failed"])


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


def _run_resumable(articles, out: Path, fmt, model_dir, name, inputs, builder, workers, chunk, on_result) -> BatchReport:
    ckpt_file = checkpoint_path(out)
    state = {"version": 1, "format": fmt, "model": name, "inputs": inputs, "articles": 0, "offset": 0,
             "last_id": None, "complete": False}
    if ckpt_file.is_file() and out.is_file():
        try:
            saved = json.loads(ckpt_file.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ResumeError(f"cannot read checkpoint {ckpt_file}: {exc}") from None
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
        sink = LineSink(stream, fmt, header=state["offset"] == 0)
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
        for result in score_articles(source, model_dir, workers=workers, chunk_size=chunk):
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
    with open(out, encoding="utf-8", newline="") as text:
        records = (row_to_record(row) for row in csv.DictReader(text)) if fmt == "csv" else \
            (json.loads(line) for line in text if line.strip())
        for rec in records:
            builder.add(rec)
            if rec.get("type") == "article":
                prior["articles"] += 1
                prior["failed"] += rec.get("status") == "error"
