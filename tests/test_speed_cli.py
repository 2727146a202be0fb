"""`stance score` of one article with the shipped TF-IDF folder must not import the heavy libraries it does not
need (they were most of a cold start: scikit-learn and SciPy via skops and stance.metrics, torch via skops,
camel-tools' code-point tables)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TFIDF = ROOT / "artifacts" / "tfidf"
HEAVY = {"sklearn", "skops", "torch", "transformers", "peft", "camel_tools", "pandas", "dask"}

SCRIPT = """
import json, sys
from stance.cli import app
try:
    app(["score", sys.argv[1], "--model", sys.argv[2], "--out", sys.argv[3]])
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "modules": sorted({name.split(".")[0] for name in sys.modules})}))
"""


@pytest.mark.skipif(not (TFIDF / "meta.json").is_file(), reason="no shipped TF-IDF folder")
def test_one_article_with_tfidf_imports_no_heavy_library(tmp_path):
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    env = {**os.environ, "STANCE_CACHE": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", SCRIPT, str(seed), str(TFIDF), str(tmp_path / "out.jsonl")]
    subprocess.run(command, env=env, check=True, capture_output=True, cwd=tmp_path)  # derives the cached arrays
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True, cwd=tmp_path)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] in (0, None)
    assert sorted(HEAVY & set(result["modules"])) == []
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(r.get("type") == "statement" and r["model"].startswith("tfidf:tfidf@") for r in records)
