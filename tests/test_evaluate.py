"""Tests of ``stance.evaluate`` and the reports rendered from its ``metrics.json``.

    pytest tests/test_evaluate.py

Each test builds its own small gold fixture; the module trains one TF-IDF model
folder (a few seconds) from ``training/data``, built by
``training/build_corpus.py`` when absent.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest

from stance.evaluate import (
    DEFAULTS,
    bootstrap_ci,
    calibration,
    compare_models,
    coverage_curve,
    end_to_end,
    find_articles,
    macro_f1_from_codes,
    mcnemar,
    run_eval,
    score_extraction,
)
from stance.features import CUE_SEPARATOR
from stance.metrics import evaluate_records, label_metrics
from stance.models.base import load_model as REAL_LOAD_MODEL
from stance.report import EVAL_SECTIONS, render_html, render_markdown, render_summary_report

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "training" / "data"
FAST = {"bootstrap_resamples": 200, "top_k_errors": 5}

ARTICLE = ("واشنطن تراقب\n\n"
           "قال جون كيربي إن الولايات المتحدة قلقة للغاية من تعميق التعاون العسكري بين البلدين.\n\n"
           "ومن جهته، نفى ديمتري بيسكوف التقارير عن صفقة أسلحة.\n\n"
           "وأكد الرئيس الكوري الجنوبي يون سوك يول أن سيول لن تقف موقف المتفرج.")


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _gold(article_id, actor, part, label="none", sentiment="neutral", text=ARTICLE):
    start, end = _span(text, part)
    return {"article_id": article_id, "actor": actor, "actor_mention": actor, "start": start, "end": end,
            "text": text[start:end], "label": label, "sentiment": sentiment}


def _hand_built_gold() -> list[dict]:
    """Against the extractor's output on ARTICLE: Kirby exact, Peskov only overlapping, Yoon given to the
    wrong actor, and a headline statement the extractor does not find."""
    return [
        _gold("a1", "kirby", "الولايات المتحدة قلقة للغاية من تعميق التعاون العسكري بين البلدين", "concern", "negative"),
        _gold("a1", "peskov", "التقارير عن صفقة", "denial", "negative"),
        _gold("a1", "kim", "سيول لن تقف موقف المتفرج", "threat", "negative"),
        _gold("a1", "other", "واشنطن تراقب"),
    ]


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


# --------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def corpus_dir() -> Path:
    if not (DATA / "statements.jsonl").is_file():
        done = subprocess.run([sys.executable, "training/build_corpus.py"], cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0 or not (DATA / "statements.jsonl").is_file():
            pytest.skip(f"training/data missing and build_corpus.py failed: {done.stderr[-500:]}")
    return DATA


class FakeModel:
    """A stand-in for a trained folder (loading a real one takes seconds): it knows the gold label of
    the statements in ``answers`` and guesses, deterministically, on the rest."""

    kind = "fake"

    def __init__(self, answers: dict, meta: dict):
        self.answers = answers
        self.meta = meta
        self.stance_labels = list(meta["stance_labels"])
        self.sentiment_labels = list(meta["sentiment_labels"])
        self.abstain_threshold = 0.0

    def predict_proba(self, texts: list[str]) -> dict:
        out = {}
        for task, labels in (("stance", self.stance_labels), ("sentiment", self.sentiment_labels)):
            rows = []
            for text in texts:
                span = text.split(CUE_SEPARATOR)[-1]
                rng = np.random.default_rng(zlib.crc32(span.encode("utf-8")))
                row = rng.random(len(labels))
                known = self.answers.get(span, {}).get(task)
                if known in labels:
                    row[labels.index(known)] += 1.5
                rows.append(row / row.sum())
            out[task] = np.array(rows).reshape(len(texts), len(labels))
        return out


def write_fake_model(folder: Path, records: list[dict], share_known: float = 0.7) -> Path:
    """A folder ``fake_loader`` reads; it knows the labels of the first ``share_known`` of ``records``."""
    folder.mkdir(parents=True, exist_ok=True)
    known = records[: int(len(records) * share_known)]
    answers = {r["text"]: {"stance": r["label"], "sentiment": r["sentiment"]} for r in known}
    meta = {"kind": "fake", "stance_labels": ["concern", "reassurance", "denial", "threat", "none"],
            "sentiment_labels": ["negative", "neutral", "positive"], "train_seconds": 1.25, "files": {}}
    (folder / "fake.json").write_text(json.dumps({"answers": answers, "meta": meta}, ensure_ascii=False),
                                      encoding="utf-8")
    return folder


def fake_loader(folder):
    """``load_model`` for the tests: fake folders load instantly, anything else goes to the real loader."""
    path = Path(folder) / "fake.json"
    if path.is_file():
        data = json.loads(path.read_text(encoding="utf-8"))
        return FakeModel(data["answers"], data["meta"])
    return REAL_LOAD_MODEL(folder)


@pytest.fixture
def fake_models(monkeypatch):
    monkeypatch.setattr("stance.models.base.load_model", fake_loader)


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def small_gold(tmp_path_factory, corpus_dir) -> Path:
    """``test.jsonl`` + ``test_articles.jsonl`` from four held-out corpus articles."""
    folder = tmp_path_factory.mktemp("gold")
    articles = _read_jsonl(corpus_dir / "articles.jsonl")
    statements = _read_jsonl(corpus_dir / "statements.jsonl")
    chosen = [a for a in articles if a["split"] == "test"][:4]
    ids = {a["id"] for a in chosen}
    keys = ("article_id", "actor", "actor_mention", "start", "end", "text", "label", "sentiment")
    _write_jsonl(folder / "test.jsonl", [{k: s[k] for k in keys} for s in statements if s["article_id"] in ids])
    _write_jsonl(folder / "test_articles.jsonl", [{"id": a["id"], "text": a["text"]} for a in chosen])
    return folder / "test.jsonl"


@pytest.fixture(scope="module")
def two_model_run(tmp_path_factory, small_gold):
    """One fake model twice (identical predictions), a broken folder and a missing one, on the small gold set."""
    root = tmp_path_factory.mktemp("run")
    records = _read_jsonl(small_gold)
    good = write_fake_model(root / "fake", records)
    copy = root / "fake_copy"
    shutil.copytree(good, copy)
    broken = root / "broken"
    broken.mkdir()
    (broken / "meta.json").write_text('{"kind": "tfidf", "stance_labels": [], "sentiment_labels": [], '
                                      '"files": {"stance.skops": "0"}}', encoding="utf-8")
    out = root / "out"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("stance.models.base.load_model", fake_loader)
        metrics = run_eval([str(good), str(copy), str(broken), str(root / "absent")], [str(small_gold)], str(out),
                           **FAST)
    return metrics, out


# --------------------------------------------------------------------- statistics
def test_bootstrap_ci_contains_point_estimate_and_is_reproducible():
    rng = np.random.default_rng(0)
    t = rng.integers(0, 5, 300)
    p = np.where(rng.random(300) < 0.7, t, rng.integers(0, 5, 300))
    config = {**DEFAULTS, "bootstrap_resamples": 500}
    ci = bootstrap_ci(t, p, 5, config)
    acc, f1 = float((t == p).mean()), macro_f1_from_codes(t, p, 5)
    assert ci["accuracy"][0] <= acc <= ci["accuracy"][1]
    assert ci["macro_f1"][0] <= f1 <= ci["macro_f1"][1]
    assert 0 < ci["accuracy"][1] - ci["accuracy"][0] < 0.2
    assert bootstrap_ci(t, p, 5, config) == ci  # fixed seed


def test_fast_macro_f1_matches_label_metrics():
    labels = ["concern", "reassurance", "denial", "threat", "none"]
    rng = np.random.default_rng(1)
    t = rng.integers(0, 4, 80)  # "none" never in gold
    p = rng.integers(0, 5, 80)
    expected = label_metrics([labels[i] for i in t], [labels[i] for i in p], labels)["macro_f1"]
    assert macro_f1_from_codes(t, p, 5) == pytest.approx(expected)


def test_mcnemar_identical_predictions_not_significant():
    correct = np.array([True, False, True, True, False] * 20)
    result = mcnemar(correct, correct.copy())
    assert result["p_value"] == 1.0
    out = {"true": np.zeros(100, int), "pred": (~correct).astype(int), "correct": correct, "n_labels": 2}
    rows = compare_models({"a": {"stance": out, "sentiment": out}, "b": {"stance": out, "sentiment": out}}, DEFAULTS)
    assert [r["significant"] for r in rows] == [False, False]
    assert rows[0]["paired_bootstrap"]["difference"] == 0.0


def test_mcnemar_clear_difference_is_significant():
    a = np.ones(100, dtype=bool)
    b = np.array([True] * 60 + [False] * 40)
    exact = mcnemar(a[:70], b[:70])  # 10 discordant pairs: exact binomial
    assert exact["method"] == "exact" and exact["p_value"] < 0.01
    big = mcnemar(a, b)
    assert big["method"] == "chi2" and big["a_only_correct"] == 40 and big["b_only_correct"] == 0
    assert big["p_value"] < 1e-6


def test_calibration_and_coverage():
    conf = np.array([0.95, 0.95, 0.55, 0.55])
    correct = np.array([True, True, True, False])
    cal = calibration(conf, correct, 10)
    assert cal["ece"] == pytest.approx(0.5 * 0.05 + 0.5 * 0.05)
    assert sum(b["count"] for b in cal["bins"]) == 4
    curve = coverage_curve(conf, correct, [0.0, 0.5, 0.9, 0.99])
    assert [r["coverage"] for r in curve] == [1.0, 1.0, 0.5, 0.0]
    assert curve[2]["accuracy"] == 1.0 and curve[3]["accuracy"] is None


# --------------------------------------------------------------------- end to end
def test_score_extraction_exact_vs_overlap_hand_built():
    gold = [{"actor": "kirby", "start": 0, "end": 10, "text": "g1"},
            {"actor": "peskov", "start": 20, "end": 30, "text": "g2"},
            {"actor": "kim", "start": 40, "end": 50, "text": "g3"}]
    pred = [{"actor": "kirby", "start": 0, "end": 10, "text": "p1"},
            {"actor": "peskov", "start": 22, "end": 31, "text": "p2"},  # 8 of 9 chars shared
            {"actor": "yoon", "start": 60, "end": 70, "text": "p3"}]
    exact = score_extraction({"a": gold}, {"a": pred}, "exact")
    overlap = score_extraction({"a": gold}, {"a": pred}, "overlap")
    assert exact["detection"]["tp"] == 1 and overlap["detection"]["tp"] == 2
    assert exact["errors"] == {"wrong_actor": 0, "missed": 2, "invented": 2}
    assert overlap["errors"] == {"wrong_actor": 0, "missed": 1, "invented": 1}
    assert overlap["detection"]["precision"] == pytest.approx(2 / 3)


def test_end_to_end_on_hand_built_article():
    gold = {"records": _hand_built_gold(), "articles": {"a1": ARTICLE}, "articles_complete": True}
    e2e = end_to_end(gold, DEFAULTS)
    exact, overlap = e2e["exact"], e2e["overlap"]
    assert e2e["articles"] == 1 and exact["gold"] == 4 and exact["predicted"] == 3
    # exact: Kirby and Yoon spans match, Yoon with the wrong actor; Peskov's shifted span misses both ways
    assert exact["detection"]["tp"] == 2 and exact["attribution"]["tp"] == 1
    assert exact["errors"] == {"wrong_actor": 1, "missed": 2, "invented": 1}
    # overlap: Peskov's span now matches
    assert overlap["detection"]["tp"] == 3 and overlap["attribution"]["tp"] == 2
    assert overlap["errors"] == {"wrong_actor": 1, "missed": 1, "invented": 0}
    assert overlap["attribution"]["recall"] == pytest.approx(0.5)
    assert overlap["examples"]["wrong_actor"][0]["predicted_actor"] == "yoon"


def test_run_eval_without_models_finds_articles_and_scores_extraction(tmp_path):
    gold = _write_jsonl(tmp_path / "hand.jsonl", _hand_built_gold())
    _write_jsonl(tmp_path / "hand_articles.jsonl", [{"id": "a1", "text": ARTICLE}])
    assert find_articles(gold) == tmp_path / "hand_articles.jsonl"
    metrics = run_eval([], [str(gold)], str(tmp_path / "out"), **FAST)
    e2e = metrics["gold_sets"]["hand"]["end_to_end"]
    assert e2e["overlap"]["detection"]["tp"] == 3
    assert metrics["results"] == {"hand": {}} and metrics["comparisons"] == {"hand": []}
    assert (tmp_path / "out" / "report.html").is_file()


def test_seeds_gold_reads_the_seed_folder(tmp_path):
    assert find_articles(ROOT / "eval" / "gold" / "seeds.jsonl") == ROOT / "seeds"


def test_missing_gold_file_is_a_problem(tmp_path):
    metrics = run_eval([], [str(tmp_path / "nope.jsonl")], str(tmp_path / "out"), **FAST)
    messages = " ".join(p["message"] for p in metrics["problems"])
    assert "gold file not found" in messages and "nothing was scored" in messages
    assert "Problems" in (tmp_path / "out" / "report.md").read_text(encoding="utf-8")


# --------------------------------------------------------------------- whole runs with a real model
def test_broken_model_folders_are_reported_not_fatal(two_model_run):
    metrics, out = two_model_run
    models = metrics["models"]
    assert models["fake"]["ok"] and models["fake_copy"]["ok"]
    assert not models["broken"]["ok"] and "stance.skops" in models["broken"]["error"]
    assert not models["absent"]["ok"] and "not found" in models["absent"]["error"]
    wheres = {p["where"] for p in metrics["problems"] if p["kind"] == "model_folder"}
    assert wheres == {"broken", "absent"}
    assert set(metrics["results"]["test"]) == {"fake", "fake_copy"}
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "listed in meta.json is missing" in html and "model folder not found" in html


def test_identical_models_compare_as_not_significant(two_model_run):
    metrics, _ = two_model_run
    rows = metrics["comparisons"]["test"]
    assert {r["task"] for r in rows} == {"stance", "sentiment"}
    for r in rows:
        assert (r["model_a"], r["model_b"]) == ("fake", "fake_copy")
        assert r["p_value"] == 1.0 and r["significant"] is False
        assert r["mcnemar"]["a_only_correct"] == r["mcnemar"]["b_only_correct"] == 0


def test_metrics_json_shape(two_model_run):
    metrics, out = two_model_run
    on_disk = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert on_disk == metrics
    assert set(metrics) == {"schema_version", "created", "config", "models", "gold_sets", "results",
                            "comparisons", "problems"}
    gold = metrics["gold_sets"]["test"]
    assert gold["n_statements"] > 10 and gold["articles_path"].endswith("test_articles.jsonl")
    assert set(gold["end_to_end"]) == {"articles", "min_overlap", "extract_seconds", "exact", "overlap"}
    r = metrics["results"]["test"]["fake"]
    assert set(r) == {"n", "throughput", "stance", "sentiment", "calibration", "coverage", "worst_errors",
                      "abstain_threshold", "per_actor", "end_to_end"}
    assert set(r["end_to_end"]) == {"macro_f1", "per_class_f1", "gold", "predicted", "matched", "left_out"}
    for task, n_labels in (("stance", 5), ("sentiment", 3)):
        m = r[task]
        assert len(m["confusion"]) == n_labels and sum(map(sum, m["confusion"])) == r["n"]
        assert m["macro_f1_ci"][0] <= m["macro_f1"] <= m["macro_f1_ci"][1]
        assert m["accuracy_ci"][0] <= m["accuracy"] <= m["accuracy_ci"][1]
        assert len(r["calibration"][task]["bins"]) == DEFAULTS["calibration_bins"]
        assert 0 <= r["calibration"][task]["ece"] <= 1
        assert r["coverage"][task][0]["coverage"] == 1.0
        confs = [e["confidence"] for e in r["worst_errors"][task]]
        assert confs == sorted(confs, reverse=True) and len(confs) <= FAST["top_k_errors"]
        assert all(e["gold"] != e["predicted"] for e in r["worst_errors"][task])
    assert sum(a["n"] for a in r["per_actor"].values()) == r["n"]
    for a in r["per_actor"].values():
        assert sum(a["gold_distribution"].values()) == sum(a["predicted_distribution"].values()) == a["n"]
    assert r["throughput"]["statements_per_second"] > 0
    cost = metrics["models"]["fake"]["cost"]
    assert cost["train_seconds"] == 1.25 and cost["size_bytes"] > 1000


def test_reports_render_from_metrics_alone(two_model_run):
    metrics, out = two_model_run
    html, md = render_html(metrics), render_markdown(metrics)
    for _, heading in EVAL_SECTIONS:
        assert f">{heading}</h2>" in html
        assert f"\n## {heading}\n" in "\n" + md
    assert html.count("data:image/png;base64,") >= 5
    assert "http://" not in html and "https://" not in html and "<script" not in html
    assert (out / "report.html").read_text(encoding="utf-8") == html


def test_gold_labels_outside_the_model_are_reported(tmp_path, small_gold, fake_models):
    rows = _read_jsonl(small_gold)[:12]
    model = write_fake_model(tmp_path / "fake", rows)
    rows[0]["label"] = "sarcasm"
    rows[1]["sentiment"] = "mixed"
    gold = _write_jsonl(tmp_path / "odd.jsonl", rows)
    metrics = run_eval([str(model)], [str(gold)], str(tmp_path / "out"),
                       articles_paths={str(gold): str(small_gold.with_name("test_articles.jsonl"))}, **FAST)
    problems = [p for p in metrics["problems"] if p["kind"] == "label_set"]
    assert len(problems) == 2 and "sarcasm" in problems[0]["message"] and "mixed" in problems[1]["message"]
    st = metrics["results"]["odd"]["fake"]["stance"]
    assert st["labels_outside_model"] == ["sarcasm"]
    assert st["per_class"]["sarcasm"]["support"] == 1 and st["per_class"]["sarcasm"]["recall"] == 0.0
    assert "sarcasm" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_real_tfidf_model_agrees_with_evaluate_records(tmp_path, corpus_dir, small_gold):
    """Trains a TF-IDF folder (tens of seconds) and checks run_eval scores it as the training code does."""
    from stance.evaluate import read_articles
    from stance.train import train_tfidf

    folder = tmp_path / "tfidf"
    train_tfidf(out=folder, data_dir=corpus_dir)
    metrics = run_eval([str(folder)], [str(small_gold)], str(tmp_path / "out"), **FAST)
    assert metrics["models"]["tfidf"]["ok"] and metrics["models"]["tfidf"]["kind"] == "tfidf"
    records = _read_jsonl(small_gold)
    articles, _ = read_articles(small_gold.with_name("test_articles.jsonl"))
    expected = evaluate_records(REAL_LOAD_MODEL(folder), records, articles)
    got = metrics["results"]["test"]["tfidf"]
    for task in ("stance", "sentiment"):
        assert got[task]["macro_f1"] == pytest.approx(expected[task]["macro_f1"])
        assert got[task]["confusion"] == expected[task]["confusion"]
    assert metrics["models"]["tfidf"]["cost"]["train_seconds"] > 0


# --------------------------------------------------------------------- summary report
SUMMARY = {
    "actors": {
        "kirby": {"statements": 4, "labels": {"concern": {"count": 3, "share": 0.75}, "none": {"count": 1, "share": 0.25}},
                  "dominant": "concern", "mean_confidence": 0.81,
                  "sentiment": {"negative": {"count": 3, "share": 0.75}, "neutral": {"count": 1, "share": 0.25}},
                  "evidence": {"concern": {"text": "ما يقلقنا هو تعميق العلاقة", "article_id": "s1", "score": 0.93}}},
        "peskov": {"statements": 2, "labels": {"reassurance": {"count": 1, "share": 0.5},
                                               "denial": {"count": 1, "share": 0.5}},
                   "dominant": "reassurance", "mean_confidence": 0.7, "sentiment": {},
                   "evidence": {"denial": {"text": "لا أساس له من الصحة", "article_id": "s2", "score": 0.88}}},
    },
    "articles": [{"id": "s1", "status": "ok", "statements": 4}, {"id": "s2", "status": "ok", "statements": 2},
                 {"id": "s3", "status": "no statements", "statements": 0},
                 {"id": "s4", "status": "error", "error": "cannot decode", "statements": 0, "source": "s4.txt"}],
    "totals": {"articles": 4, "ok": 2, "no_statements": 1, "errors": 1, "statements": 6},
}


def test_render_summary_report(tmp_path):
    path = tmp_path / "summary.json"
    path.write_text(json.dumps(SUMMARY, ensure_ascii=False), encoding="utf-8")
    html_path = Path(render_summary_report(str(path), str(tmp_path / "rep")))
    html = html_path.read_text(encoding="utf-8")
    md = (tmp_path / "rep" / "report.md").read_text(encoding="utf-8")
    assert html_path.name == "report.html" and html.count("data:image/png;base64,") == 1
    assert "لا أساس له من الصحة" in html and "article s4: error (cannot decode)" in md and "no statements 1" in md
    # a summary written before intervals existed gets them; 4 statements are "few"
    assert "| kirby (few) | 4 | 3 · 75% (30–95%) |" in md and md.split("| kirby (few) |")[1].split("\n")[0].endswith("| concern |")


def test_render_summary_report_unreadable_file(tmp_path):
    path = tmp_path / "summary.json"
    path.write_text("{not json", encoding="utf-8")
    html = Path(render_summary_report(str(path), str(tmp_path / "rep"))).read_text(encoding="utf-8")
    assert "cannot read" in html


# ------------------------------------------------- tracked actors, end-to-end stance, ambiguous statements
def test_tracked_attribution_counts_recall_misattribution_and_others_claimed():
    from stance.evaluate import tracked_attribution

    gold = {"a": [{"start": 0, "end": 10, "actor": "kirby"}, {"start": 20, "end": 30, "actor": "other"},
                  {"start": 40, "end": 50, "actor": "yoon"}, {"start": 60, "end": 70, "actor": "kim"}]}
    pred = {"a": [{"start": 0, "end": 10, "actor": "kirby"}, {"start": 20, "end": 30, "actor": "peskov"},
                  {"start": 40, "end": 50, "actor": "other"}]}
    t = tracked_attribution(gold, pred, "exact")
    assert t["gold"] == 3 and t["attribution_recall"] == pytest.approx(1 / 3)
    assert t["claimed_for_tracked"] == 2 and t["misattribution"] == pytest.approx(0.5) and t["others_claimed"] == 1


class _ConstantModel:
    stance_labels = ["concern", "reassurance", "denial", "threat", "none"]
    sentiment_labels = ["negative", "neutral", "positive"]
    abstain_threshold = 0.0

    def __init__(self, label):
        self.label = label

    def predict_proba(self, texts):
        p = np.zeros((len(texts), 5))
        p[:, self.stance_labels.index(self.label)] = 1.0
        return {"stance": p, "sentiment": np.full((len(texts), 3), 1 / 3)}


def test_end_to_end_stance_needs_span_speaker_and_label():
    from stance.evaluate import end_to_end_stance

    gold = [{"article_id": "a", "start": 0, "end": 10, "actor": "kirby", "label": "concern"},
            {"article_id": "a", "start": 20, "end": 30, "actor": "peskov", "label": "concern"},
            {"article_id": "a", "start": 40, "end": 50, "actor": "yoon", "label": "concern"}]
    extracted = {"a": [{"start": 0, "end": 10, "actor": "kirby", "text": "x", "cue": "قال"},       # right
                       {"start": 20, "end": 30, "actor": "other", "text": "y", "cue": "قال"},      # wrong speaker
                       {"start": 80, "end": 90, "actor": "kim", "text": "z", "cue": "قال"}]}       # invented
    r = end_to_end_stance(gold, extracted, _ConstantModel("concern"), 0.5)
    # concern: 1 true positive, 2 false positives (wrong speaker, invented), 2 false negatives -> F1 1/3
    assert r["per_class_f1"]["concern"] == pytest.approx(1 / 3)
    assert r["matched"] == 1 and r["predicted"] == 3
    perfect = end_to_end_stance(gold[:1], {"a": extracted["a"][:1]}, _ConstantModel("concern"), 0.5)
    assert perfect["per_class_f1"]["concern"] == 1.0


def test_end_to_end_stance_leaves_out_what_matches_an_ambiguous_statement():
    from stance.evaluate import end_to_end_stance

    clear = [{"article_id": "a", "start": 0, "end": 10, "actor": "kirby", "label": "concern"}]
    ambiguous = [{"article_id": "a", "start": 20, "end": 30, "actor": "peskov", "label": "denial", "ambiguous": True},
                 {"article_id": "a", "start": 40, "end": 50, "actor": "yoon", "label": "none", "ambiguous": True}]
    extracted = {"a": [{"start": 0, "end": 10, "actor": "kirby", "text": "x", "cue": "قال"},
                       {"start": 20, "end": 30, "actor": "peskov", "text": "y", "cue": "قال"},  # a real statement
                       {"start": 40, "end": 50, "actor": "kim", "text": "z", "cue": "قال"}]}    # wrong speaker
    r = end_to_end_stance(clear, extracted, _ConstantModel("concern"), 0.5, left_out=ambiguous)
    # The statement found for the ambiguous Peskov line is neither right nor wrong; the one given to the wrong
    # speaker is still a false positive; the ambiguous statements themselves are never false negatives.
    assert r["per_class_f1"]["concern"] == pytest.approx(2 / 3)
    assert r["matched"] == 1 and r["predicted"] == 3 and r["left_out"] == 1
    without = end_to_end_stance(clear, extracted, _ConstantModel("concern"), 0.5)
    assert without["per_class_f1"]["concern"] == pytest.approx(0.5) and without["left_out"] == 0


def test_ambiguous_statements_are_left_out_of_stance_but_not_of_extraction(tmp_path):
    from stance.evaluate import load_gold_set

    rows = _hand_built_gold()
    rows[1]["ambiguous"] = True
    gold_path = _write_jsonl(tmp_path / "gold.jsonl", rows)
    _write_jsonl(tmp_path / "articles.jsonl", [{"id": "a1", "text": ARTICLE}])
    gold = load_gold_set(gold_path, None, [], "g")
    assert len(gold["records"]) == 3 and len(gold["all_records"]) == 4 and gold["ambiguous_left_out"] == 1
    e2e = end_to_end(gold, {**DEFAULTS, **FAST})
    assert e2e["overlap"]["gold"] == 4
