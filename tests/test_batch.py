"""Batch scoring: input formats and bad inputs, output formats, workers, kill-and-resume, Dask partitions."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stance import inputs
from stance.batch import checkpoint_path, row_to_record, run_batch
from stance.cli import app
from stance.inputs import decode_bytes, html_to_text, iter_articles, read_text_article
from tests.conftest import write_paragraph_articles

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "training" / "data"
SEED = (ROOT / "seeds" / "000_bf8f650f412f7524.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory):
    if not (DATA / "articles.jsonl").is_file():
        subprocess.run([sys.executable, str(ROOT / "training" / "build_corpus.py")], check=True, cwd=ROOT)
    from stance.train import train_tfidf

    out = tmp_path_factory.mktemp("model") / "tfidf"
    train_tfidf(out=out)
    return out


@pytest.fixture(scope="session")
def small_articles(tmp_path_factory) -> Path:
    """A JSONL of small articles (a few paragraphs of the training articles each)."""
    return write_paragraph_articles(tmp_path_factory.mktemp("corpus") / "small.jsonl", 1200, 3, 3, "a{:05d}")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# ------------------------------------------------------------------ inputs
@pytest.mark.parametrize("encoding, recorded", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"),
    ("cp1256", "cp1256"), ("iso-8859-6", "iso-8859-6"),
])
def test_text_encodings(tmp_path, encoding, recorded):
    text = SEED if encoding != "iso-8859-6" else SEED.encode(encoding, errors="ignore").decode(encoding)
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    article = read_text_article(path)
    assert article.error is None
    assert article.encoding == recorded
    assert article.text == text


def test_html_text_without_boilerplate(tmp_path):
    page = ("<html><head><title>t</title><script>var x = 1;</script></head><body>"
            "<nav><a>الرئيسية</a></nav><h1>بيونغ يانغ تختبر صاروخاً</h1>"
            "<p>قال كيم جونغ أون إن التجربة <b>رسالة</b> إلى الأعداء.</p><p>[ad_1]</p>"
            "<div id='comments'><p>تعليق قارئ</p><form><input name=q></form></div>"
            "<p>اترك تعليقاً</p><p>لن يتم نشر عنوان بريدك الإلكتروني.</p><p>زر الذهاب إلى الأعلى</p>"
            "<style>p {}</style><footer>حقوق النشر</footer><p>وقال بيسكوف إن موسكو تتابع.</p></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    [article] = iter_articles([tmp_path / "page.html"])
    assert article.error is None
    assert article.text.split("\n") == ["بيونغ يانغ تختبر صاروخاً", "قال كيم جونغ أون إن التجربة رسالة إلى الأعداء.",
                                        "وقال بيسكوف إن موسكو تتابع."]
    assert html_to_text("<p>[ad_2]</p>") == ""


def test_row_formats(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"id": "r1", "text": SEED}, {"id": "r2", "text": "نص ثان"}]
    with (tmp_path / "a.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["id", "text", "extra"])
        writer.writeheader()
        writer.writerows(rows)
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    pq.write_table(pa.Table.from_pylist(rows * 1500), tmp_path / "a.parquet", row_group_size=1000)
    for name, n in (("a.csv", 2), ("a.jsonl", 2), ("a.parquet", 3000)):
        got = list(iter_articles([tmp_path / name]))
        assert len(got) == n and all(a.error is None for a in got), name
        assert [(a.id, a.text) for a in got[:2]] == [(r["id"], r["text"]) for r in rows]
    (tmp_path / "b.csv").write_text("body,x\nنص,1\n", encoding="utf-8")
    assert [a.id for a in iter_articles([tmp_path / "b.csv"], text_column="body")] == [f"{tmp_path / 'b.csv'}:1"]


def test_decode_errors():
    utf8 = SEED.encode("utf-8")
    cut = utf8[: utf8.index("ك".encode()) + 1]
    assert "truncated" in decode_bytes(cut)[2]
    assert "truncated" in decode_bytes(SEED.encode("utf-16")[:-1])[2]
    assert decode_bytes(b"  \n")[2] == "empty file"
    assert "binary" in decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)[2]
    assert "not decodable" in decode_bytes("Résumé à côté, très élégant façade".encode("latin-1") * 20)[2]


# ------------------------------------------------------------ bad inputs
def test_bad_inputs_are_recorded_and_the_run_goes_on(tmp_path, model_dir, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(SEED, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 2)
    utf8 = SEED.encode("utf-8")
    (folder / "truncated.txt").write_bytes(utf8[: utf8.index("ك".encode()) + 1])
    (folder / "oversized.txt").write_bytes(("كلمة " * 400).encode("utf-8"))
    (folder / "undecodable.txt").write_bytes("Résumé à côté, très élégant façade".encode("latin-1") * 20)
    (folder / "lines.jsonl").write_text('{"id": "j1", "text": "نص"}\n{"id": oops\n', encoding="utf-8")
    monkeypatch.setattr(inputs, "MAX_BYTES", 1000)
    (folder / "good.txt").write_text(SEED[:300], encoding="utf-8")
    out = tmp_path / "scores.jsonl"
    result = CliRunner().invoke(app, ["score", str(folder), "--model", str(model_dir), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 1, result.output
    status = {r["article_id"]: r for r in read_jsonl(out) if r["type"] == "article"}
    assert status["good"]["status"] in ("ok", "no statements")
    assert status["j1"]["status"] in ("ok", "no statements")
    expected = {"empty": "empty", "binary": "binary", "truncated": "truncated", "oversized": "too large",
                "undecodable": "not decodable", f"{folder / 'lines.jsonl'}:2": "invalid JSON"}
    for article_id, reason in expected.items():
        assert status[article_id]["status"] == "error" and reason in status[article_id]["error"], status[article_id]


# ---------------------------------------------------------------- outputs
def test_output_formats_hold_the_same_records(tmp_path, model_dir, small_articles):
    import pyarrow.parquet as pq

    head = tmp_path / "head.jsonl"
    head.write_text("".join(small_articles.read_text(encoding="utf-8").splitlines(True)[:40]), encoding="utf-8")
    outs = {fmt: tmp_path / f"s.{fmt}" for fmt in ("jsonl", "csv", "parquet")}
    for fmt, out in outs.items():
        run_batch([head], model_dir, out, fmt, workers=1)
    expected = read_jsonl(outs["jsonl"])
    assert sum(r["type"] == "article" for r in expected) == 40
    with outs["csv"].open(encoding="utf-8", newline="") as fh:
        from_csv = [row_to_record(row) for row in csv.DictReader(fh)]
    from_parquet = [row_to_record({k: ("" if v is None else str(v)) for k, v in row.items()})
                    for row in pq.read_table(outs["parquet"]).to_pylist()]
    for got in (from_csv, from_parquet):
        assert [{k: v for k, v in r.items() if v not in (None, "")} for r in got] == \
               [{k: v for k, v in r.items() if v not in (None, "")} for r in expected]


def test_workers_give_the_same_output(tmp_path, model_dir, small_articles):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    head = tmp_path / "head.jsonl"
    head.write_text("".join(small_articles.read_text(encoding="utf-8").splitlines(True)[:200]), encoding="utf-8")
    run_batch([head], model_dir, one, workers=1)
    report = run_batch([head], model_dir, two, workers=2, chunk_size=16)
    assert report.articles == 200
    assert one.read_bytes() == two.read_bytes()


# ----------------------------------------------------------------- resume
def _assert_same_articles(path: Path, reference: Path) -> None:
    got = read_jsonl(path)
    ids = [r["article_id"] for r in got if r["type"] == "article"]
    assert len(ids) == len(set(ids))
    assert got == read_jsonl(reference)


def test_interrupted_run_resumes_without_duplicates(tmp_path, model_dir, small_articles):
    reference = tmp_path / "reference.jsonl"
    run_batch([small_articles], model_dir, reference, workers=1)
    out = tmp_path / "scores.jsonl"
    seen = []

    def interrupt(result):
        seen.append(result.article.id)
        if len(seen) == 250:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch([small_articles], model_dir, out, resume=True, workers=1, chunk_size=32, on_result=interrupt)
    done = json.loads(checkpoint_path(out).read_text())["articles"]
    assert 0 < done < 250
    report = run_batch([small_articles], model_dir, out, resume=True, workers=1)
    assert report.resumed_from == done and report.articles == 1200 - done
    assert report.summary["totals"]["articles"] == 1200
    _assert_same_articles(out, reference)


def test_killed_subprocess_resumes(tmp_path, model_dir, small_articles):
    reference = tmp_path / "reference.jsonl"
    run_batch([small_articles], model_dir, reference, workers=1)
    out = tmp_path / "scores.jsonl"
    command = [sys.executable, "-m", "stance.cli", "score", str(small_articles), "--model", str(model_dir),
               "--out", str(out), "--resume", "--workers", "1", "--chunk-size", "4"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ckpt = checkpoint_path(out)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if ckpt.is_file() and out.is_file() and out.stat().st_size > 20_000:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_at = json.loads(ckpt.read_text())
    assert proc.returncode == -signal.SIGKILL and not killed_at["complete"], "the run ended before it was killed"
    with out.open("ab") as fh:  # a half-written record after the checkpoint, as a crash can leave
        fh.write(b'{"type": "statement", "article_id": "a0')
    resumed = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert "resumed after" in resumed.stderr
    _assert_same_articles(out, reference)


def test_resume_refuses_other_inputs(tmp_path, model_dir, small_articles):
    out = tmp_path / "scores.jsonl"
    seed = tmp_path / "seed.txt"
    seed.write_text(SEED, encoding="utf-8")
    run_batch([seed], model_dir, out, resume=True, workers=1)
    result = CliRunner().invoke(app, ["score", str(small_articles), "--model", str(model_dir), "--out", str(out), "--resume"])
    assert result.exit_code == 2 and "different inputs" in result.output


# ------------------------------------------------------------ distributed
def test_dask_partitions(model_dir, small_articles):
    dd = pytest.importorskip("dask.dataframe", reason="dask[dataframe] is not installed")
    import dask
    import pandas as pd

    from stance.distributed import OUTPUT_META, score_partition

    frame = pd.read_json(small_articles, lines=True).head(60)
    ddf = dd.from_pandas(frame, npartitions=3)
    scored = ddf.map_partitions(score_partition, model_dir=str(model_dir), meta=OUTPUT_META)
    with dask.config.set(scheduler="synchronous"):  # local mode; docs/batch.md shows processes and clusters
        result = scored.compute()
    local = score_partition(frame, model_dir=str(model_dir))
    assert result.reset_index(drop=True).equals(local.reset_index(drop=True))
    assert (result["type"] == "article").sum() == 60


def test_partition_reads_date_and_outlet_and_declares_float_scores(model_dir):
    """A ``date`` column decides who a role mention is, as in every other tabular input; scores are floats."""
    pd = pytest.importorskip("pandas")
    from stance.distributed import OUTPUT_META, score_partition

    text = "قال الرئيس الكوري الجنوبي للصحفيين إن بلاده مستعدة لاستئناف الحوار مع جارتها الشمالية."
    frame = pd.DataFrame({"id": ["old", "new"], "text": [text, text], "date": ["2019-05-02", "2023-05-02"],
                          "outlet": ["وكالة أ", None]})
    out = score_partition(frame, model_dir=str(model_dir))
    said = out[out["type"] == "statement"].set_index("article_id")["actor"]
    assert said["old"] == "other" and said["new"] == "yoon"  # Moon in 2019, Yoon in 2023
    status = out[out["type"] == "article"].set_index("article_id")
    assert status.loc["old", "date"] == "2019-05-02" and status.loc["old", "outlet"] == "وكالة أ"
    score_cols = [c for c in OUTPUT_META.columns if c.startswith("score_")]
    assert score_cols and all(OUTPUT_META[c].dtype == "float64" for c in score_cols)
    assert all(out[c].dtype == "float64" for c in score_cols)


def test_a_small_run_scores_with_one_blas_thread_and_a_long_run_keeps_them(tmp_path, model_dir, small_articles,
                                                                            monkeypatch):
    """Spinning BLAS threads made one article with the e5 model twice as slow on a busy 2-core machine; a run of
    a few articles uses one, a longer run (even in small chunks) the threads it was given."""
    from threadpoolctl import threadpool_info, threadpool_limits

    from stance.pipeline import Scorer

    seen = []
    score_chunk = Scorer.score_chunk

    def spy(self, articles):
        seen.append(max(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"))
        return score_chunk(self, articles)

    monkeypatch.setattr(Scorer, "score_chunk", spy)
    article = tmp_path / "one.txt"
    article.write_text(SEED, encoding="utf-8")
    with threadpool_limits(limits=2, user_api="blas"):
        run_batch([article], model_dir, tmp_path / "one.jsonl", workers=1)
        assert seen == [1]
        seen.clear()
        run_batch([small_articles], model_dir, tmp_path / "all.jsonl", workers=1, chunk_size=8)
        assert len(seen) > 1 and set(seen) == {2}
        after = max(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas")
    assert after == 2  # the limit ends with the run


def test_an_article_with_many_statements_is_labelled_in_bounded_calls():
    """The model features of one call live until it returns: thousands of statements from one huge article are
    labelled in calls of at most PREDICT_BATCH, in order, so memory does not grow with the article."""
    import numpy as np

    from stance import pipeline

    class Counting:
        stance_labels, sentiment_labels = ["concern", "none"], ["negative", "neutral"]
        calls: list[int] = []

        def predict_proba(self, texts):
            self.calls.append(len(texts))
            first = np.array([[1.0, 0.0] if t.startswith("c") else [0.0, 1.0] for t in texts])
            return {"stance": first, "sentiment": first}

    model = Counting()
    texts = [("c" if n % 3 else "n") + str(n) for n in range(pipeline.PREDICT_BATCH * 2 + 5)]
    fields = pipeline.predicted_fields(model, texts)
    assert max(model.calls) <= pipeline.PREDICT_BATCH and sum(model.calls) == len(texts)
    assert [f["label"] for f in fields] == ["concern" if t.startswith("c") else "none" for t in texts]
