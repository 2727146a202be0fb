"""`benchmarks/bench_score.py` must run against the pipeline as it is: its pool workers are fresh interpreters
(loky), so the stage clocks have to be installed inside each worker, and the reference must use a pool of the
same kind and size. (After the switch to loky the benchmark failed in its first pool chunk.)"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TFIDF = ROOT / "artifacts" / "tfidf"


@pytest.mark.skipif(not (TFIDF / "meta.json").is_file(), reason="no shipped TF-IDF folder")
def test_batch_benchmark_runs_with_a_pool_and_times_every_stage_on_both_sides(tmp_path):
    out = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_score.py"), "--sizes", "200",
                           "--workers", "2", "--model", str(TFIDF), "--json", str(out)],
                          capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    row = json.loads(out.read_text())["results"][0]
    pipeline, reference = row["pipeline"]["stages"], row["reference"]["stages"]
    assert row["workers"] == 2 and row["pipeline"]["statements"] == row["reference"]["statements"] > 0
    # extraction, features and predict run in the pool workers: their clocks must have been read back
    assert pipeline["extract"] > 0 and pipeline["features"] > 0 and pipeline["predict"] > 0
    assert reference["features"] > 0 and reference["predict"] > 0 and "extract" not in reference
    assert all(row["stage_ratio"][s] for s in ("read", "features", "predict", "write"))
