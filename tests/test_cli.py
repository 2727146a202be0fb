"""The CLI end to end, driven with typer's CliRunner."""

import json
import os
import stat
import threading

import pytest
from typer.testing import CliRunner

from stance.cli import app
from tests.conftest import ROOT, seed_text

runner = CliRunner()


def records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_score_seeds_writes_records_and_summary(tmp_path, tfidf_dir):
    out, summary = tmp_path / "scores.jsonl", tmp_path / "summary.json"
    result = runner.invoke(app, ["score", str(ROOT / "seeds"), "--model", str(tfidf_dir), "--out", str(out), "--summary", str(summary)])
    assert result.exit_code == 0, result.output
    rows = records(out)
    statements = [r for r in rows if r["type"] == "statement"]
    articles = [r for r in rows if r["type"] == "article"]
    assert len(articles) == 5 and all(a["status"] == "ok" for a in articles)
    for r in statements:
        assert set(r) >= {"article_id", "actor", "actor_mention", "cue", "direct", "start", "end", "text", "label",
                          "scores", "sentiment", "sentiment_scores", "model"}
        assert seed_text(r["article_id"])[r["start"]:r["end"]] == r["text"]
        assert abs(sum(r["scores"].values()) - 1) < 1e-3
        assert r["label"] in r["scores"]
    assert {r["actor"] for r in statements} >= {"kirby", "peskov", "yoon", "kim", "other"}
    built = json.loads(summary.read_text(encoding="utf-8"))
    assert built["actors"]["kirby"]["statements"] == sum(1 for r in statements if r["actor"] == "kirby")
    assert built["totals"]["articles"] == 5
    assert "Per-actor stance summary" in result.output


def test_score_to_stdout_and_csv(tmp_path, tfidf_dir):
    seed = ROOT / "seeds" / "004_69d6c3cabd01524e.txt"
    result = runner.invoke(app, ["score", str(seed), "--model", str(tfidf_dir)])
    assert result.exit_code == 0
    lines = [json.loads(l) for l in result.stdout.splitlines() if l.startswith("{")]
    assert any(r.get("actor") == "yoon" for r in lines)
    out = tmp_path / "s.csv"
    result = runner.invoke(app, ["score", str(seed), "--model", str(tfidf_dir), "--out", str(out), "--format", "csv"])
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").splitlines()[0].startswith("type,article_id,actor")


def test_bad_inputs_are_recorded_and_the_run_goes_on(tmp_path, tfidf_dir):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(seed_text("004_69d6c3cabd01524e"), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00")
    (folder / "latin.txt").write_bytes("résumé café".encode("latin-1"))
    (folder / "none.txt").write_text("وصل الوفد صباح اليوم إلى العاصمة.", encoding="utf-8")
    (folder / "batch.jsonl").write_text('{"id": "j1", "text": "وقال كيربي إن الوضع مقلق."}\n{broken\n', encoding="utf-8")
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["score", str(folder), "--model", str(tfidf_dir), "--out", str(out)])
    assert result.exit_code == 1
    status = {r["article_id"]: r for r in records(out) if r["type"] == "article"}
    assert status["good"]["status"] == "ok"
    assert status["none"]["status"] == "no statements"
    assert status["empty"]["error"] == "empty file"
    assert "binary" in status["binary"]["error"]
    assert "not decodable" in status["latin"]["error"]
    assert status["j1"]["status"] == "ok"
    broken = [r for r in status.values() if r["error"] and "line 2" in r["error"]]
    assert broken and "invalid JSON" in broken[0]["error"]
    assert "binary" in result.stderr


def test_user_errors_are_one_line_not_tracebacks(tmp_path, tfidf_dir):
    result = runner.invoke(app, ["score", str(tmp_path / "missing"), "--model", str(tfidf_dir)])
    assert result.exit_code == 2 and "no such file" in result.stderr and "Traceback" not in result.output
    result = runner.invoke(app, ["score", str(ROOT / "seeds"), "--model", str(tmp_path)])
    assert result.exit_code == 2 and "not a model folder" in result.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "نص"}\nnot json\n', encoding="utf-8")
    result = runner.invoke(app, ["classify", str(bad), "--model", str(tfidf_dir)])
    assert result.exit_code == 1 and "line 2" in result.stderr and "Traceback" not in result.output
    result = runner.invoke(app, ["classify", str(tmp_path / "missing.jsonl"), "--model", str(tfidf_dir)])
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_classify_keeps_ids(tmp_path, tfidf_dir):
    src = tmp_path / "st.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "x1", "text": "هذه المزاعم لا أساس لها من الصحة", "cue": "نفى"},
        {"id": "x2", "text": "نشعر بقلق بالغ إزاء هذه التطورات"},
    ]), encoding="utf-8")
    out = tmp_path / "p.jsonl"
    result = runner.invoke(app, ["classify", str(src), "--model", str(tfidf_dir), "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = records(out)
    assert [r["id"] for r in rows] == ["x1", "x2"]
    assert rows[0]["label"] == "denial" and rows[1]["label"] == "concern"
    assert all(set(r["scores"]) == {"concern", "reassurance", "denial", "threat", "none"} for r in rows)


def test_summarize_round_trip(tmp_path, tfidf_dir):
    out = tmp_path / "s.jsonl"
    assert runner.invoke(app, ["score", str(ROOT / "seeds"), "--model", str(tfidf_dir), "--out", str(out)]).exit_code == 0
    summary = tmp_path / "sum.json"
    result = runner.invoke(app, ["summarize", str(out), "--out", str(summary)])
    assert result.exit_code == 0
    built = json.loads(summary.read_text(encoding="utf-8"))
    assert set(built["actors"]) >= {"kirby", "peskov", "yoon", "kim"}
    kirby = built["actors"]["kirby"]
    assert sum(v["count"] for v in kirby["labels"].values()) == kirby["statements"]
    assert kirby["dominant"] in kirby["evidence"]
    garbage = tmp_path / "g.jsonl"
    garbage.write_text("[1, 2]\n", encoding="utf-8")
    result = runner.invoke(app, ["summarize", str(garbage)])
    assert result.exit_code == 2 and "line 1" in result.stderr


def test_train_tfidf_command(tmp_path, corpus_dir):
    out = tmp_path / "m"
    result = runner.invoke(app, ["train", "tfidf", "--out", str(out), "--data", str(corpus_dir)])
    assert result.exit_code == 0, result.output
    assert (out / "meta.json").is_file() and (out / "README.md").is_file()
    assert "dev" in result.output and "macro-F1" in result.output
    result = runner.invoke(app, ["train", "tfidf", "--config", str(tmp_path / "nope.toml"), "--out", str(out)])
    assert result.exit_code == 2 and "config file not found" in result.stderr


def test_summary_counts_every_article_but_lists_a_bounded_number():
    from stance.summary import SummaryBuilder

    builder = SummaryBuilder(limit=2)
    for i, status in enumerate(["ok", "error", "no statements"]):
        builder.add({"type": "article", "article_id": f"a{i}", "status": status, "statements": 0,
                     "error": "x" if status == "error" else None, "source": "s"})
    built = builder.build()
    assert built["totals"]["articles"] == 3 and built["totals"]["errors"] == 1 and built["totals"]["no_statements"] == 1
    assert [a["id"] for a in built["articles"]] == ["a0", "a1"]
    assert built["articles_not_listed"] == 1


def _read_fifo_in_background(fifo):
    got = []

    def read():
        with open(fifo, "rb") as stream:  # blocks until the scorer opens the pipe for writing
            got.append(stream.read())

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread, got


@pytest.mark.parametrize("command", ["score", "classify"])
def test_out_to_a_pipe_is_written_in_place_not_replaced_by_a_file(tmp_path, tfidf_dir, command):
    # `--out /dev/null` or a named pipe: a temporary file renamed over the path would replace the device itself
    # (as root, /dev/null became a regular file)
    fifo = tmp_path / "scores.jsonl"
    os.mkfifo(fifo)
    thread, got = _read_fifo_in_background(fifo)
    if command == "score":
        args = ["score", str(ROOT / "seeds" / "004_69d6c3cabd01524e.txt")]
    else:
        src = tmp_path / "statements.jsonl"
        src.write_text('{"id": "s1", "text": "نفى التقارير عن نقل أسلحة"}\n', encoding="utf-8")
        args = ["classify", str(src)]
    result = runner.invoke(app, [*args, "--model", str(tfidf_dir), "--out", str(fifo)])
    thread.join(timeout=60)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert got and got[0].strip() and all(json.loads(line) for line in got[0].decode("utf-8").splitlines())
    assert not list(tmp_path.glob(".scores.jsonl.*"))


def test_resume_into_a_pipe_is_a_usage_error(tmp_path, tfidf_dir):
    fifo = tmp_path / "scores.jsonl"
    os.mkfifo(fifo)
    result = runner.invoke(app, ["score", str(ROOT / "seeds" / "004_69d6c3cabd01524e.txt"), "--model", str(tfidf_dir),
                                 "--out", str(fifo), "--resume"])
    assert result.exit_code == 2
    assert "--resume" in result.output and "regular file" in result.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
