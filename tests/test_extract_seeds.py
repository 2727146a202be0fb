"""Attribution on the five real seed articles against the hand-annotated gold (eval/gold/seeds.jsonl)."""

from collections import defaultdict

import pytest

from stance.extract import extract_statements
from tests.conftest import seed_text

TRACKED = {"kirby", "peskov", "yoon", "kim"}


def overlaps(a_start, a_end, b_start, b_end):
    return a_start < b_end and b_start < a_end


@pytest.fixture(scope="module")
def predictions(seed_gold):
    ids = sorted({g["article_id"] for g in seed_gold})
    return {aid: extract_statements(seed_text(aid)) for aid in ids}


def test_spans_are_exact_slices(predictions):
    for aid, statements in predictions.items():
        text = seed_text(aid)
        assert statements, aid
        for st in statements:
            assert text[st.start:st.end] == st.text


def test_every_tracked_statement_is_found_and_attributed(seed_gold, predictions):
    gold_tracked = [g for g in seed_gold if g["actor"] in TRACKED]
    assert len(gold_tracked) == 16
    missed = []
    for g in gold_tracked:
        hits = [p for p in predictions[g["article_id"]] if overlaps(p.start, p.end, g["start"], g["end"])]
        if not any(p.actor == g["actor"] for p in hits):
            missed.append((g["actor"], g["text"][:60], [(p.actor, p.text[:40]) for p in hits]))
    assert not missed


def test_nothing_said_by_others_goes_to_a_tracked_actor(seed_gold, predictions):
    by_article = defaultdict(list)
    for g in seed_gold:
        by_article[g["article_id"]].append(g)
    invented = []
    for aid, statements in predictions.items():
        for p in statements:
            if p.actor not in TRACKED:
                continue
            gold_here = [g for g in by_article[aid] if overlaps(p.start, p.end, g["start"], g["end"])]
            if not gold_here or any(g["actor"] != p.actor for g in gold_here):
                invented.append((aid, p.actor, p.text[:60]))
    assert not invented


@pytest.mark.parametrize("speaker_text", [
    "زيارة بوتين يجب ألا تؤدي إلى مزيد من التعاون العسكري",  # Kim Hong-kyun
    "الولايات المتحدة لديها فهم جيد",  # Campbell
    "الولايات المتحدة “لن تتردد”",  # Miller
    "مفارقة سخيفة",  # unnamed North Korean official (وصف … بأنها: the words after بأنها)
])
def test_named_non_actors_are_other(predictions, speaker_text):
    found = [p for statements in predictions.values() for p in statements if speaker_text in p.text]
    assert found and all(p.actor == "other" for p in found)


def test_detection_recall_on_all_speakers(seed_gold, predictions):
    hit = sum(1 for g in seed_gold if any(overlaps(p.start, p.end, g["start"], g["end"]) for p in predictions[g["article_id"]]))
    assert hit / len(seed_gold) >= 0.85
