"""The annotated corpus: schema, counts required by the data card, frozen test split."""

import hashlib
import json
from collections import Counter

import pytest

from stance.data import SchemaError, check_corpus, load_corpus, read_jsonl
from tests.conftest import ROOT

TRACKED = ("kirby", "peskov", "yoon", "kim")
LABELS = ("concern", "reassurance", "denial", "threat", "none")


@pytest.fixture(scope="module")
def corpus(corpus_dir):
    articles, statements = load_corpus(corpus_dir)
    return articles.to_list(), statements.to_list()


def test_schema_check_passes_and_counts_are_met(corpus):
    articles, statements = corpus
    assert len(articles) >= 150
    assert len(statements) >= 1500
    cells = Counter((s["actor"], s["label"]) for s in statements)
    short = {cell: n for cell in [(a, lab) for a in TRACKED for lab in LABELS] if (n := cells[cell]) < 30}
    assert not short
    assert all(s["sentiment"] in ("negative", "neutral", "positive") for s in statements)
    by_article = Counter(s["article_id"] for s in statements if s["actor"] == "other")
    assert all(by_article[a["id"]] >= 1 for a in articles)


def test_test_split_is_large_enough_and_frozen(corpus):
    articles, statements = corpus
    test_ids = {a["id"] for a in articles if a["split"] == "test"}
    assert len(test_ids) / len(articles) >= 0.15
    frozen = read_jsonl(ROOT / "eval/gold/test.jsonl")
    frozen_articles = read_jsonl(ROOT / "eval/gold/test_articles.jsonl")
    assert {a["id"] for a in frozen_articles} == test_ids
    current = [{k: v for k, v in s.items() if k != "split"} for s in statements if s["split"] == "test"]
    assert [json.dumps(s, sort_keys=True, ensure_ascii=False) for s in current] == \
        [json.dumps(s, sort_keys=True, ensure_ascii=False) for s in frozen]
    for line in (ROOT / "eval/gold/test.sha256").read_text().splitlines():
        digest, name = line.split()
        assert hashlib.sha256((ROOT / name).read_bytes()).hexdigest() == digest, f"{name} changed after freezing"


def test_seed_articles_stay_out_of_training(corpus, seed_gold):
    articles, statements = corpus
    seed_texts = [(ROOT / "seeds" / f"{aid}.txt").read_text(encoding="utf-8") for aid in {g["article_id"] for g in seed_gold}]
    corpus_text = "\n".join(a["text"] for a in articles)
    for text in seed_texts:
        for line in text.splitlines():
            if len(line) > 80:
                assert line not in corpus_text


def _valid():
    articles = [{"id": "a", "text": "قال كيربي إن الوضع مقلق", "split": "train"},
                {"id": "b", "text": "قال بيسكوف إن لا داعي للقلق", "split": "dev"}]
    statements = []
    for art, actor, span, label, sentiment in [(articles[0], "kirby", "الوضع مقلق", "concern", "negative"),
                                               (articles[1], "peskov", "لا داعي للقلق", "reassurance", "positive")]:
        start = art["text"].index(span)
        statements.append({"article_id": art["id"], "actor": actor, "actor_mention": "x", "start": start,
                           "end": start + len(span), "text": span, "label": label, "sentiment": sentiment,
                           "split": art["split"]})
    return articles, statements


def test_valid_fixture_passes():
    check_corpus(*_valid())


@pytest.mark.parametrize("breakage,message", [
    (lambda a, s: s[0].update(start=s[0]["start"] - 1), "does not equal"),
    (lambda a, s: s[0].update(end=999), "outside article"),
    (lambda a, s: s[0].update(label="anger"), "unknown label"),
    (lambda a, s: s[0].update(sentiment="mixed"), "unknown sentiment"),
    (lambda a, s: a.append({"id": "a", "text": "x", "split": "test"}), "two splits"),
    (lambda a, s: a[1].update(text="الوضع مقلق وأكثر") or s[1].update(text="الوضع مقلق", start=0, end=10), "same statement text"),
    (lambda a, s: s[0].update(article_id="zzz"), "unknown article"),
    (lambda a, s: s[0].pop("sentiment"), "missing"),
])
def test_schema_check_fails_loudly(breakage, message):
    articles, statements = _valid()
    breakage(articles, statements)
    with pytest.raises(SchemaError, match=message):
        check_corpus(articles, statements)
