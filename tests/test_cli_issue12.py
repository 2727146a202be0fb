"""The CLI over the API (issue 12): --version, --actors, training into the models home, stance report's
time and outlet sections."""

import json

from typer.testing import CliRunner

import stance
from stance.cli import app
from tests.conftest import ROOT

runner = CliRunner()
LAVROV = {"id": "lav", "text": "موسكو - وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده لن تقبل أي تهديد لأمنها.",
          "date": "2024-06-12", "outlet": "وكالة الأنباء"}


def write_jsonl(path, rows):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"stance {stance.__version__}"


def test_actors_file_on_the_command_line(tmp_path, tfidf_dir):
    articles = write_jsonl(tmp_path / "articles.jsonl", [LAVROV])
    actors = tmp_path / "actors.json"
    actors.write_text(json.dumps({"lavrov": {"names": ["سيرغي لافروف", "لافروف"]}}, ensure_ascii=False), encoding="utf-8")
    for extra, expected in (([], "other"), (["--actors", str(actors)], "lavrov")):
        out = tmp_path / f"scores{len(extra)}.jsonl"
        result = runner.invoke(app, ["score", str(articles), "--model", str(tfidf_dir), "--out", str(out), "--workers", "1", *extra])
        assert result.exit_code == 0, result.output
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [r["actor"] for r in records if r["type"] == "statement"] == [expected]
    # the same records as the API with the same actors file
    api = list(stance.score_articles([LAVROV], model=tfidf_dir, actors=actors))
    assert [r["actor"] for r in api if r["type"] == "statement"] == ["lavrov"]


def test_actors_file_in_worker_processes(tmp_path, tfidf_dir):
    rows = [{**LAVROV, "id": f"lav{i}"} for i in range(80)]  # more than one chunk: the pool is used
    articles = write_jsonl(tmp_path / "articles.jsonl", rows)
    actors = tmp_path / "actors.json"
    actors.write_text(json.dumps({"lavrov": {"names": ["لافروف"]}}, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "scores.jsonl"
    result = runner.invoke(app, ["score", str(articles), "--model", str(tfidf_dir), "--out", str(out),
                                 "--workers", "2", "--chunk-size", "8", "--actors", str(actors)])
    assert result.exit_code == 0, result.output
    actors_seen = {json.loads(line)["actor"] for line in out.read_text(encoding="utf-8").splitlines()
                   if '"statement"' in line}
    assert actors_seen == {"lavrov"}


def test_bad_actors_file_is_a_usage_error(tmp_path, tfidf_dir):
    articles = write_jsonl(tmp_path / "articles.jsonl", [LAVROV])
    result = runner.invoke(app, ["score", str(articles), "--model", str(tfidf_dir), "--actors", str(tmp_path / "nope.json")])
    assert result.exit_code == 2 and "actors file not found" in result.output


def test_resume_refuses_a_changed_actors_file(tmp_path, tfidf_dir):
    articles = write_jsonl(tmp_path / "articles.jsonl", [LAVROV])
    actors = tmp_path / "actors.json"
    actors.write_text(json.dumps({"lavrov": {"names": ["لافروف"]}}, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "scores.jsonl"
    args = ["score", str(articles), "--model", str(tfidf_dir), "--out", str(out), "--resume", "--actors", str(actors)]
    assert runner.invoke(app, args).exit_code == 0
    assert runner.invoke(app, args).exit_code == 0  # same file: nothing left to do
    actors.write_text(json.dumps({"lavrov": {"names": ["لافروف", "سيرغي لافروف"]}}, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and "--actors" in result.output


def test_train_writes_into_the_models_home(tmp_path, monkeypatch, corpus_dir):
    monkeypatch.setenv("STANCE_HOME", str(tmp_path / "home"))
    result = runner.invoke(app, ["train", "tfidf", "--data", str(corpus_dir)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "home" / "tfidf" / "meta.json").is_file()


def test_report_has_time_and_outlet_sections(tmp_path, tfidf_dir):
    rows = [LAVROV, {"id": "p", "text": "موسكو 3 يوليو 2024 - نفى دميتري بيسكوف التقارير عن نقل أسلحة.", "outlet": "Wire"}]
    articles = write_jsonl(tmp_path / "articles.jsonl", rows)
    summary = tmp_path / "summary.json"
    assert runner.invoke(app, ["score", str(articles), "--model", str(tfidf_dir), "--out", str(tmp_path / "s.jsonl"),
                               "--summary", str(summary)]).exit_code == 0
    built = json.loads(summary.read_text(encoding="utf-8"))
    assert built["over_time"]["periods"] == ["2024-06-10", "2024-07-01"]
    assert built["by_outlet"]["outlets"] == ["Wire", "وكالة الأنباء"] or set(built["by_outlet"]["outlets"]) == {"Wire", "وكالة الأنباء"}
    result = runner.invoke(app, ["report", str(summary), "--out", str(tmp_path / "rep")])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "rep" / "report.html").read_text(encoding="utf-8")
    assert 'id="over-time"' in html and 'id="outlets"' in html and 'dir="rtl" lang="ar"' in html


def test_summarize_per_month(tmp_path, tfidf_dir):
    rows = [LAVROV, {"id": "p", "text": "موسكو 3 يوليو 2024 - نفى دميتري بيسكوف التقارير عن نقل أسلحة."}]
    scores = tmp_path / "s.jsonl"
    assert runner.invoke(app, ["score", str(write_jsonl(tmp_path / "a.jsonl", rows)), "--model", str(tfidf_dir),
                               "--out", str(scores)]).exit_code == 0
    for period, expected in (("month", ["2024-06", "2024-07"]), ("week", ["2024-06-10", "2024-07-01"])):
        out = tmp_path / f"{period}.json"
        result = runner.invoke(app, ["summarize", str(scores), "--out", str(out), "--period", period])
        assert result.exit_code == 0, result.output
        assert json.loads(out.read_text(encoding="utf-8"))["over_time"]["periods"] == expected
    assert "Stance per month" in runner.invoke(app, ["summarize", str(scores), "--period", "month"]).output


def test_python_dash_m_stance_runs_the_cli():
    """`python -m stance` is the same command line as `stance` (for environments where the script is not on PATH)."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "stance", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"stance {stance.__version__}"
