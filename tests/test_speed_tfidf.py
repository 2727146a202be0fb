"""The NumPy TF-IDF predictor (stance.models.tfidf_fast) must give scikit-learn's probabilities, for the shipped
folder (arrays derived from its skops files and cached) and for a freshly trained one (arrays.npz in the folder),
and scoring must not import scikit-learn, SciPy, skops or torch."""

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from stance.models.base import ModelFolderError, load_model
from stance.models.tfidf import ARRAYS, TfidfModel

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "artifacts" / "tfidf"

EDGE_TEXTS = ["", "   ", "!!! ???", "a", "ب", "x y z", "قال | ", "Peskov said | THE ALLIANCE", "ق ق ق ق ق",
              "أعرب عن قلقه | إن الوضع خطير جداً\n\nوإن الرد سيكون حازماً", "نفى | " + "لا " * 300]


def assert_same(fast: dict, slow: dict) -> None:
    for task in ("stance", "sentiment"):
        assert fast[task].shape == slow[task].shape
        np.testing.assert_allclose(fast[task], slow[task], rtol=0, atol=1e-9)
        assert (fast[task].argmax(1) == slow[task].argmax(1)).all()


def gold_inputs() -> list[str]:
    """Model inputs from the frozen test gold (eval/gold/test.jsonl), half of them with a reporting cue."""
    from stance.features import compose_input

    records = [json.loads(line) for line in (ROOT / "eval/gold/test.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    cues = ["قال", "أعرب عن", "نفى", "حذر", None]
    return [compose_input(r["text"], cues[i % len(cues)]) for i, r in enumerate(records)]


@pytest.fixture(scope="module")
def test_inputs():
    return gold_inputs()


@pytest.mark.skipif(not (SHIPPED / "meta.json").is_file(), reason="no shipped TF-IDF folder")
def test_shipped_folder_fast_path_equals_sklearn(tmp_path, monkeypatch, test_inputs):
    monkeypatch.setenv("STANCE_CACHE", str(tmp_path / "cache"))
    model = load_model(SHIPPED)
    assert model.fast_ is not None
    cached = list((tmp_path / "cache" / "tfidf").glob("*.npz"))
    if (SHIPPED / ARRAYS).is_file():
        assert cached == []  # a folder trained with the arrays reads them from itself
    else:
        assert len(cached) == 1  # an older folder: derived once from the skops files
    texts = test_inputs[:400] + EDGE_TEXTS
    assert_same(model.predict_proba(texts), model.predict_proba(texts, fast=False))
    again = load_model(SHIPPED)  # from the cache: same arrays, same probabilities
    assert again._classifiers == [None, None]
    assert_same(again.predict_proba(texts), model.predict_proba(texts, fast=False))
    slow = load_model(SHIPPED, fast=False)
    assert slow.fast_ is None
    assert_same(again.predict_proba(texts), slow.predict_proba(texts))


@pytest.mark.skipif(not (SHIPPED / "meta.json").is_file(), reason="no shipped TF-IDF folder")
def test_shipped_folder_scores_without_sklearn_or_torch(tmp_path):
    env = {**os.environ, "STANCE_CACHE": str(tmp_path / "cache")}
    code = ("import sys, json; from stance.models.base import load_model; m = load_model(sys.argv[1]); "
            "p = m.predict_proba(['قال | إن الوضع مقلق']); "
            "print(json.dumps(sorted({n.split('.')[0] for n in sys.modules} & {'sklearn', 'scipy', 'skops', 'torch', "
            "'transformers', 'camel_tools', 'pandas'})))")
    subprocess.run([sys.executable, "-c", code, str(SHIPPED)], env=env, check=True, capture_output=True)  # fills the cache
    out = subprocess.run([sys.executable, "-c", code, str(SHIPPED)], env=env, check=True, capture_output=True, text=True)
    assert json.loads(out.stdout) == []


def small_texts():
    from tests.test_tfidf import SENTIMENT, STANCE, TEXTS

    return TEXTS, STANCE, SENTIMENT


def test_trained_folder_holds_arrays_and_reloads_the_same(tmp_path, test_inputs):
    texts, stance, sentiment = small_texts()
    model = TfidfModel({"seed": 3, "C": 10.0, "char_ngram": [1, 4]}).fit(texts * 2, stance * 2, sentiment * 2)
    probe = texts + test_inputs[:200] + EDGE_TEXTS
    assert model.fast_ is not None
    assert_same(model.predict_proba(probe), model.predict_proba(probe, fast=False))
    model.save(tmp_path / "m")
    meta = json.loads((tmp_path / "m" / "meta.json").read_text())
    assert ARRAYS in meta["files"]
    again = load_model(tmp_path / "m")
    assert again._classifiers == [None, None]  # predicted from arrays.npz alone
    for task in ("stance", "sentiment"):
        np.testing.assert_array_equal(again.predict_proba(probe)[task], model.predict_proba(probe)[task])
    assert_same(again.predict_proba(probe), again.predict_proba(probe, fast=False))


def test_tampered_arrays_are_refused(tmp_path):
    texts, stance, sentiment = small_texts()
    TfidfModel({"seed": 3}).fit(texts * 2, stance * 2, sentiment * 2).save(tmp_path / "m")
    with (tmp_path / "m" / ARRAYS).open("ab") as fh:
        fh.write(b"\0")
    with pytest.raises(ModelFolderError, match="checksum mismatch"):
        load_model(tmp_path / "m")


def test_two_classes_and_other_ngram_ranges(test_inputs):
    """scikit-learn's binary calibration (one decision column) and word n-grams not starting at 1."""
    texts, stance, sentiment = small_texts()
    binary = ["negative" if s == "negative" else "positive" for s in sentiment]
    model = TfidfModel({"seed": 5, "word_ngram": [2, 3], "char_ngram": [3, 5]}).fit(texts * 2, stance * 2, binary * 2)
    probe = texts + test_inputs[:100] + EDGE_TEXTS
    assert_same(model.predict_proba(probe), model.predict_proba(probe, fast=False))
    assert np.all(model.predict_proba(probe)["sentiment"][:, model.sentiment_labels.index("neutral")] == 0)


def test_word_cache_eviction_gives_the_same_features(test_inputs):
    texts, stance, sentiment = small_texts()
    model = TfidfModel({"seed": 3}).fit(texts * 2, stance * 2, sentiment * 2)
    probe = test_inputs[:150]
    before = model.predict_proba(probe)
    model.fast_.word_cache_size = 7
    after = model.predict_proba(probe)
    for task in before:
        np.testing.assert_array_equal(before[task], after[task])


def test_cache_pruning_keeps_recent_files_within_budget(tmp_path):
    from stance.models.base import prune_cache

    for i, size in enumerate([10, 500, 10, 10, 10]):  # oldest first
        path = tmp_path / f"f{i}.npz"
        path.write_bytes(b"x" * size)
        os.utime(path, (1000 + i, 1000 + i))
    prune_cache(tmp_path, "*.npz", keep=4, max_bytes=600)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f1.npz", "f2.npz", "f3.npz", "f4.npz"]
    prune_cache(tmp_path, "*.npz", keep=4, max_bytes=100)  # the large one goes; small recent ones stay
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f2.npz", "f3.npz", "f4.npz"]
    prune_cache(tmp_path, "*.npz", keep=1, max_bytes=1)  # the newest always stays
    assert [p.name for p in tmp_path.iterdir()] == ["f4.npz"]


def test_older_folder_without_arrays_is_derived_once_and_cached(tmp_path, monkeypatch, test_inputs):
    """A folder saved before arrays.npz existed (skops files only) gets its arrays derived and cached."""
    from stance.models.base import write_meta

    monkeypatch.setenv("STANCE_CACHE", str(tmp_path / "cache"))
    texts, stance, sentiment = small_texts()
    TfidfModel({"seed": 3, "C": 10.0, "char_ngram": [1, 4]}).fit(texts * 2, stance * 2, sentiment * 2).save(tmp_path / "m")
    (tmp_path / "m" / ARRAYS).unlink()
    write_meta(tmp_path / "m", json.loads((tmp_path / "m" / "meta.json").read_text()))  # checksums without it
    probe = texts + test_inputs[:100] + EDGE_TEXTS
    first = load_model(tmp_path / "m")
    assert first.fast_ is not None
    assert len(list((tmp_path / "cache" / "tfidf").glob("*.npz"))) == 1
    again = load_model(tmp_path / "m")
    assert again._classifiers == [None, None]  # from the cached arrays, the skops files left unread
    assert_same(again.predict_proba(probe), load_model(tmp_path / "m", fast=False).predict_proba(probe))
