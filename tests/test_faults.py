"""Faults an analyst must be able to trust the toolkit with (issue 11).

A resumed run never mixes models; an edited model folder is refused or gets another id; workers die with
their parent; an interrupted run leaves no hidden file and says how to continue; output files get the
user's umask and the format their extension names; wrong inputs exit non-zero in one line; one bad input
is recorded and the rest goes on; text with no Arabic says so.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stance.batch import checkpoint_path, run_batch
from stance.cli import app
from stance.models.base import read_verified_meta, write_meta
from tests.conftest import ROOT, seed_text, write_paragraph_articles

runner = CliRunner()
SEED_ID = "004_69d6c3cabd01524e"


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def one_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    assert len(lines) == 1, text
    return lines[0]


@pytest.fixture
def model_copy(tmp_path, tfidf_dir) -> Path:
    """A private copy of the trained model folder, free to change."""
    return Path(shutil.copytree(tfidf_dir, tmp_path / "model"))


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    """600 small articles of corpus paragraphs, enough for a run that lasts a few seconds."""
    return write_paragraph_articles(tmp_path_factory.mktemp("faults") / "articles.jsonl", 600, 4, 5, "f{:04d}")


@pytest.fixture(scope="module")
def long_run(tmp_path_factory) -> Path:
    """6,000 small articles: a two-worker run over them lasts well past the moment the signal tests interrupt it
    (600 end in about a second on an idle machine, so a signal could land after the run had finished)."""
    return write_paragraph_articles(tmp_path_factory.mktemp("long_run") / "articles.jsonl", 6000, 4, 5, "L{:05d}")


def retrain_in_place(folder: Path, **config) -> None:
    """What retraining a folder in place looks like to a reader: new settings, every checksum valid."""
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    meta["config"] = {**meta["config"], **config}
    meta["created"] = "2030-01-01T00:00:00+00:00"
    write_meta(folder, {k: v for k, v in meta.items() if k != "files"})


def interrupted_resumable_run(articles: Path, model: Path, out: Path, after: int = 100) -> int:
    seen = []

    def stop(result):
        seen.append(result)
        if len(seen) == after:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch([articles], model, out, resume=True, workers=1, chunk_size=16, on_result=stop)
    return json.loads(checkpoint_path(out).read_text(encoding="utf-8"))["articles"]


# ------------------------------------------------------------------ 1. resume checks the model
def test_resume_refuses_a_model_retrained_in_place(tmp_path, model_copy, articles):
    out = tmp_path / "scores.jsonl"
    assert interrupted_resumable_run(articles, model_copy, out) > 0
    before = out.read_bytes()
    retrain_in_place(model_copy, C=0.5)
    result = runner.invoke(app, ["score", str(articles), "--model", str(model_copy), "--out", str(out), "--resume"])
    assert result.exit_code == 2
    assert "different model" in one_line(result.stderr) and "without --resume" in result.stderr
    assert out.read_bytes() == before  # nothing appended by the other model


def test_resume_refuses_changed_extractor_resources(tmp_path, tfidf_dir, articles, monkeypatch):
    import stance.batch

    out = tmp_path / "scores.jsonl"
    interrupted_resumable_run(articles, tfidf_dir, out)
    monkeypatch.setattr(stance.batch, "extractor_fingerprint", lambda actors=None: "0" * 64)
    result = runner.invoke(app, ["score", str(articles), "--model", str(tfidf_dir), "--out", str(out), "--resume"])
    assert result.exit_code == 2 and "different extractor" in one_line(result.stderr)


# ------------------------------------------------------------------ 2. meta.json is part of the model
def test_hand_edited_meta_is_refused(tmp_path, model_copy):
    meta_path = model_copy / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["config"]["abstain_threshold"] = 0.99  # would turn every label into "none"
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    seed = ROOT / "seeds" / f"{SEED_ID}.txt"
    result = runner.invoke(app, ["score", str(seed), "--model", str(model_copy), "--out", str(tmp_path / "s.jsonl")])
    assert result.exit_code == 2 and "meta.json was edited" in one_line(result.stderr)


def test_model_id_changes_with_every_setting(tmp_path, model_copy):
    from stance.pipeline import model_name

    def model_id_and_labels() -> tuple[str, set[str]]:
        out = tmp_path / "s.jsonl"
        run_batch([ROOT / "seeds" / f"{SEED_ID}.txt"], model_copy, out, workers=1)
        statements = [r for r in records(out) if r["type"] == "statement"]
        ids = {r["model"] for r in statements}
        assert len(ids) == 1
        return ids.pop(), {r["label"] for r in statements}

    first, labels = model_id_and_labels()
    assert labels - {"none"}
    retrain_in_place(model_copy, abstain_threshold=0.99)
    second, labels = model_id_and_labels()  # same process: a model cached from the first run must not be reused
    assert first != second and first.split("@")[0] == second.split("@")[0]
    assert labels == {"none"}
    from types import SimpleNamespace

    assert model_name(SimpleNamespace(meta=read_verified_meta(model_copy)), model_copy) == second


# ------------------------------------------------------------------ 3, 4. signals, workers, partial files
def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return found


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status  # a zombie has ended; only its exit status is left


def _start_run(tmp_path: Path, model: Path, articles: Path, *extra: str) -> tuple[subprocess.Popen, set[int]]:
    command = [sys.executable, "-m", "stance.cli", "score", str(articles), "--model", str(model),
               "--out", str(tmp_path / "out" / "s.jsonl"), "--workers", "2", "--chunk-size", "2", *extra]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # stderr goes to a file: a pipe would be held open by orphaned workers and block the test
    stderr = (tmp_path / "stderr.txt").open("w")
    proc = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    stderr.close()
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while time.monotonic() < deadline and proc.poll() is None and len(workers) < 2:
        workers = _children(proc.pid)
        time.sleep(0.05)
    assert proc.poll() is None and len(workers) >= 2, "the pool did not start"
    time.sleep(1.0)  # workers loaded, chunks in flight
    assert proc.poll() is None, "the run ended before it could be interrupted"
    return proc, workers


def _wait_gone(pids: set[int], seconds: float = 10) -> set[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    return {p for p in pids if _alive(p)}


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc")
def test_workers_die_when_the_parent_is_killed(tmp_path, tfidf_dir, long_run):
    proc, workers = _start_run(tmp_path, tfidf_dir, long_run)
    proc.kill()
    proc.wait()
    left = _wait_gone(workers)
    for pid in left:  # do not leave them behind for the rest of the suite
        os.kill(pid, signal.SIGKILL)
    assert not left, f"workers {sorted(left)} outlived their parent"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_interrupted_run_stops_workers_removes_its_partial_file_and_says_how_to_resume(tmp_path, tfidf_dir, long_run,
                                                                                       signum):
    proc, workers = _start_run(tmp_path, tfidf_dir, long_run)
    proc.send_signal(signum)
    proc.wait(timeout=30)
    stderr = (tmp_path / "stderr.txt").read_text()
    left = _wait_gone(workers)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert proc.returncode == 128 + signum, stderr
    assert not left, f"workers {sorted(left)} outlived the interrupted run"
    assert "--resume" in one_line(stderr)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == []  # no hidden partial output


def test_interrupted_resumable_run_says_how_to_continue(tmp_path, tfidf_dir, long_run):
    proc, workers = _start_run(tmp_path, tfidf_dir, long_run, "--resume")
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    stderr = (tmp_path / "stderr.txt").read_text()
    for pid in _wait_gone(workers):
        os.kill(pid, signal.SIGKILL)
    assert proc.returncode == 143
    assert "run the same command again to resume" in one_line(stderr)


def test_a_partial_file_of_a_killed_run_is_removed_by_the_next_run(tmp_path, tfidf_dir):
    out = tmp_path / "s.jsonl"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f".s.jsonl.{int(dead.stdout)}.part"
    stale.write_text("half a run", encoding="utf-8")
    run_batch([ROOT / "seeds" / f"{SEED_ID}.txt"], tfidf_dir, out, workers=1)
    assert not stale.exists() and [p.name for p in tmp_path.iterdir()] == ["s.jsonl"]


# ------------------------------------------------------------------ 5. umask
@pytest.mark.parametrize("suffix", ["jsonl", "csv", "parquet"])
def test_output_files_get_the_users_umask(tmp_path, tfidf_dir, suffix):
    previous = os.umask(0o027)
    try:
        out = tmp_path / f"s.{suffix}"
        run_batch([ROOT / "seeds" / f"{SEED_ID}.txt"], tfidf_dir, out, workers=1)
        src = tmp_path / "st.jsonl"
        src.write_text('{"id": "x", "text": "نشعر بقلق بالغ"}\n', encoding="utf-8")
        preds = tmp_path / "preds.jsonl"
        assert runner.invoke(app, ["classify", str(src), "--model", str(tfidf_dir), "--out", str(preds)]).exit_code == 0
    finally:
        os.umask(previous)
    assert out.stat().st_mode & 0o777 == 0o640
    assert preds.stat().st_mode & 0o777 == 0o640


# ------------------------------------------------------------------ 6. format from the extension
def test_format_follows_the_extension_and_csv_has_a_column_per_score(tmp_path, tfidf_dir):
    import pyarrow.parquet as pq

    seed = str(ROOT / "seeds" / f"{SEED_ID}.txt")
    for name in ("s.csv", "s.parquet", "forced.csv"):
        extra = ["--format", "jsonl"] if name == "forced.csv" else []
        result = runner.invoke(app, ["score", seed, "--model", str(tfidf_dir), "--out", str(tmp_path / name), *extra])
        assert result.exit_code == 0, result.output
    with (tmp_path / "s.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    statements = [r for r in rows if r["type"] == "statement"]
    assert statements and "scores" not in rows[0] and "sentiment_scores" not in rows[0]
    for r in statements:
        stance = {k: float(v) for k, v in r.items() if k.startswith("score_")}
        sentiment = {k: float(v) for k, v in r.items() if k.startswith("sentiment_score_")}
        assert set(stance) == {f"score_{lab}" for lab in ("concern", "reassurance", "denial", "threat", "none")}
        assert len(sentiment) == 3 and abs(sum(stance.values()) - 1) < 1e-3
        assert max(stance, key=stance.get) == f"score_{r['label']}" or r["label"] == "none"
    table = pq.read_table(tmp_path / "s.parquet")
    assert "score_concern" in table.column_names and str(table.schema.field("score_concern").type) == "double"
    assert table.num_rows == len(rows)
    assert all(r["type"] in ("statement", "article") for r in records(tmp_path / "forced.csv"))


# ------------------------------------------------------------------ 7. wrong input exits non-zero
def test_report_refuses_a_scores_file(tmp_path, tfidf_dir):
    scores = tmp_path / "scores.jsonl"
    run_batch([ROOT / "seeds" / f"{SEED_ID}.txt"], tfidf_dir, scores, workers=1)
    result = runner.invoke(app, ["report", str(scores), "--out", str(tmp_path / "rep")])
    assert result.exit_code == 2 and "scores file" in one_line(result.stderr)
    assert not (tmp_path / "rep").exists()
    other = tmp_path / "other.json"
    other.write_text('{"a": 1}', encoding="utf-8")
    result = runner.invoke(app, ["report", str(other), "--out", str(tmp_path / "rep")])
    assert result.exit_code == 2 and "not a stance summary" in one_line(result.stderr)


def test_eval_refuses_a_tampered_model_or_a_missing_gold_file(tmp_path, model_copy, tfidf_dir):
    weights = next(p for p in sorted(model_copy.iterdir()) if p.name not in ("meta.json", "README.md"))
    weights.write_bytes(weights.read_bytes() + b"\0")
    result = runner.invoke(app, ["eval", "--model", str(model_copy), "--out", str(tmp_path / "ev")])
    assert result.exit_code == 2 and "checksum mismatch" in one_line(result.stderr)
    result = runner.invoke(app, ["eval", "--model", str(tfidf_dir), "--gold", str(tmp_path / "nope.jsonl"),
                                 "--out", str(tmp_path / "ev")])
    assert result.exit_code == 2 and "no such gold file" in one_line(result.stderr)
    assert not (tmp_path / "ev").exists()


# ------------------------------------------------------------------ 8. one bad input does not stop the batch
def test_a_missing_file_named_with_others_is_recorded_and_the_run_goes_on(tmp_path, tfidf_dir):
    good = ROOT / "seeds" / f"{SEED_ID}.txt"
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "deleted.txt")
    out = tmp_path / "s.jsonl"
    result = runner.invoke(app, ["score", str(dangling), str(good), "--model", str(tfidf_dir), "--out", str(out)])
    assert result.exit_code == 1
    status = {r["article_id"]: r for r in records(out) if r["type"] == "article"}
    assert status["gone"]["status"] == "error" and "dangling link" in status["gone"]["error"]
    assert status[SEED_ID]["status"] == "ok"


def test_classify_records_a_malformed_line_and_goes_on(tmp_path, tfidf_dir):
    src = tmp_path / "st.jsonl"
    src.write_text('{"id": "a", "text": "نشعر بقلق بالغ إزاء هذه التطورات"}\nnot json\n{"id": "c", "text": 3}\n'
                   '{"id": "d", "text": "هذه المزاعم لا أساس لها من الصحة", "cue": "نفى"}\n', encoding="utf-8")
    out = tmp_path / "p.jsonl"
    result = runner.invoke(app, ["classify", str(src), "--model", str(tfidf_dir), "--out", str(out)])
    assert result.exit_code == 1 and "line 2" in result.stderr
    rows = records(out)
    assert [r["id"] for r in rows] == ["a", None, "c", "d"]
    assert rows[0]["label"] == "concern" and rows[3]["label"] == "denial"
    assert "invalid JSON" in rows[1]["error"] and rows[1]["line"] == 2
    assert "string 'text'" in rows[2]["error"] and "label" not in rows[2]


# ------------------------------------------------------------------ 9. text with no Arabic
def test_text_without_arabic_says_so(tmp_path, tfidf_dir):
    (tmp_path / "english.txt").write_text("The spokesman said the talks were useful.", encoding="utf-8")
    (tmp_path / "quiet.txt").write_text("وصل الوفد صباح اليوم إلى العاصمة.", encoding="utf-8")
    out = tmp_path / "s.jsonl"
    run_batch([tmp_path / "english.txt", tmp_path / "quiet.txt"], tfidf_dir, out, workers=1)
    status = {r["article_id"]: r for r in records(out) if r["type"] == "article"}
    assert status["english"]["status"] == "no statements" and status["english"]["error"] == "no Arabic text found"
    assert status["quiet"]["status"] == "no statements" and status["quiet"]["error"] is None


def test_csv_with_score_columns_resumes_to_the_same_rows(tmp_path, tfidf_dir, articles):
    reference = tmp_path / "reference.csv"
    run_batch([articles], tfidf_dir, reference, workers=1)
    out = tmp_path / "scores.csv"
    done = interrupted_resumable_run(articles, tfidf_dir, out)
    assert 0 < done < 600
    report = run_batch([articles], tfidf_dir, out, resume=True, workers=1)
    assert report.resumed_from == done and report.summary["totals"]["articles"] == 600
    assert out.read_bytes() == reference.read_bytes()


def test_an_unreadable_path_or_subfolder_is_recorded_and_the_run_goes_on(tmp_path, tfidf_dir, monkeypatch):
    """Permissions cannot be taken from root, so the operating system's answer is simulated where it is asked."""
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "good.txt").write_text(seed_text(SEED_ID), encoding="utf-8")
    (folder / "locked" / "hidden.txt").write_text(seed_text(SEED_ID), encoding="utf-8")
    behind = tmp_path / "private" / "a.txt"  # a file in a folder that cannot be searched
    behind.parent.mkdir()
    behind.write_text(seed_text(SEED_ID), encoding="utf-8")
    real_stat, real_scandir = os.stat, os.scandir

    def stat(path, *args, **kwargs):
        if Path(path) == behind:
            raise PermissionError(13, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)

    def scandir(path="."):
        if Path(path) == folder / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "s.jsonl"
    result = runner.invoke(app, ["score", str(behind), str(folder), "--model", str(tfidf_dir), "--out", str(out),
                                 "--workers", "1"])
    assert result.exit_code == 1, result.output
    status = {r["article_id"]: r for r in records(out) if r["type"] == "article"}
    assert status["a"]["status"] == "error" and "Permission denied" in status["a"]["error"]
    assert status["locked"]["status"] == "error" and "cannot read folder" in status["locked"]["error"]
    assert status["good"]["status"] == "ok"


def test_csv_and_parquet_keep_every_field_of_the_article_record(tmp_path, tfidf_dir):
    import pyarrow.parquet as pq

    from stance.batch import row_to_record

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "d1", "text": seed_text(SEED_ID), "date": "2023-05-04", "outlet": "وكالة ما"},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    outs = {suffix: tmp_path / f"s.{suffix}" for suffix in ("jsonl", "csv", "parquet")}
    for out in outs.values():
        run_batch([src], tfidf_dir, out, workers=1)
    expected = next(r for r in records(outs["jsonl"]) if r["type"] == "article")
    with outs["csv"].open(encoding="utf-8", newline="") as fh:
        from_csv = next(row_to_record(r) for r in csv.DictReader(fh) if r["type"] == "article")
    from_parquet = next(row_to_record(r) for r in pq.read_table(outs["parquet"]).to_pylist() if r["type"] == "article")
    for got in (from_csv, from_parquet):
        assert {k: v for k, v in got.items() if v is not None} == {k: v for k, v in expected.items() if v is not None}
    assert expected["date"] == "2023-05-04" and expected["outlet"] == "وكالة ما"


_STOP_RIGHT_AFTER_SUBMIT = """
import time
from joblib.externals.loky import get_reusable_executor
from stance.batch import _stop_pool

def slow(x):
    time.sleep(0.3)
    return x

if __name__ == "__main__":
    for _ in range(3):
        pool = get_reusable_executor(max_workers=1, reuse=False)
        in_flight = [pool.submit(slow, i) for i in range(2)]
        in_flight.pop(0).result()
        in_flight.append(pool.submit(slow, 2))  # what the batch loop does just before a signal can land
        _stop_pool(pool, in_flight, finished=False)
    print("stopped")
"""


def test_stopping_the_pool_just_after_a_submit_prints_no_traceback(tmp_path):
    """An interrupt that lands right after the batch loop submitted a chunk used to make loky's manager thread
    raise KeyError onto stderr (the interrupted run then printed eleven lines instead of one)."""
    script = tmp_path / "stop.py"
    script.write_text(_STOP_RIGHT_AFTER_SUBMIT)
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[1])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "stopped"
    assert "Traceback" not in proc.stderr and "KeyError" not in proc.stderr, proc.stderr


def _deny_reading(monkeypatch, locked: Path) -> None:
    """The operating system's answers for a file of mode 000 (root may read any file, so they are simulated)."""
    import builtins

    real_access, real_open = os.access, builtins.open

    def access(path, mode, *args, **kwargs):
        if Path(path) == locked and mode & os.R_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    def denied_open(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and Path(file) == locked:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(builtins, "open", denied_open)
    monkeypatch.setattr(io, "open", denied_open)


def test_a_file_the_user_may_not_read_among_others_is_recorded_not_refused(tmp_path, tfidf_dir, monkeypatch):
    """The command line must not refuse the whole run for one unreadable path (typer's own readability check
    did, exit 2 with nothing written): it is recorded as that article's error and the others are scored."""
    good = ROOT / "seeds" / f"{SEED_ID}.txt"
    locked = tmp_path / "locked.txt"
    locked.write_text(seed_text(SEED_ID), encoding="utf-8")
    _deny_reading(monkeypatch, locked)
    out = tmp_path / "s.jsonl"
    result = runner.invoke(app, ["score", str(locked), str(good), "--model", str(tfidf_dir), "--out", str(out),
                                 "--workers", "1"])
    assert result.exit_code == 1, result.output
    status = {r["article_id"]: r for r in records(out) if r["type"] == "article"}
    assert status["locked"]["status"] == "error" and "Permission denied" in status["locked"]["error"]
    assert status[SEED_ID]["status"] == "ok" and status[SEED_ID]["statements"] > 0


@pytest.mark.parametrize("command", ["classify", "summarize", "report"])
def test_an_unreadable_single_input_is_one_line_and_exit_2(tmp_path, tfidf_dir, monkeypatch, command):
    locked = tmp_path / "locked.jsonl"
    locked.write_text('{"id": "a", "text": "نشعر بقلق بالغ"}\n', encoding="utf-8")
    _deny_reading(monkeypatch, locked)
    extra = {"classify": ["--model", str(tfidf_dir)], "summarize": [], "report": ["--out", str(tmp_path / "rep")]}
    result = runner.invoke(app, [command, str(locked), *extra[command]])
    assert result.exit_code == 2
    assert "Permission denied" in one_line(result.stderr) and one_line(result.stderr).startswith("error: ")


def test_the_extractor_fingerprint_covers_its_code_not_only_its_resources(tmp_path):
    """A resumed run after an upgrade that changed extraction rules written in code would mix two extractors'
    statements in one file: the checkpoint's extractor fingerprint covers the extractor's code too."""
    import stance
    from stance.batch import extractor_fingerprint

    package = tmp_path / "stance"
    shutil.copytree(Path(stance.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    first = extractor_fingerprint(package=package)
    assert first == extractor_fingerprint()
    with (package / "cli.py").open("a", encoding="utf-8") as fh:  # not the extractor: same fingerprint
        fh.write("\n# a comment\n")
    assert extractor_fingerprint(package=package) == first
    for name in ("extract/rules.py", "lexicon.py", "normalize.py", "resources/speech.json"):
        path = package / name
        before = path.read_bytes()
        path.write_bytes(before + b"\n")
        assert extractor_fingerprint(package=package) != first, name
        path.write_bytes(before)
    assert extractor_fingerprint(package=package) == first
