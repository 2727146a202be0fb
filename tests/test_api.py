"""The Python API (stance.load, stance.score_text, stance.score_articles) and the actors file."""

import json
import subprocess
import sys

import numpy as np
import pytest
from typer.testing import CliRunner

import stance
from stance.cli import app
from stance.inputs import iter_articles
from stance.lexicon import LexiconError
from tests.conftest import ROOT, seed_text

LAVROV_TEXT = ("موسكو - وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده لن تقبل أي تهديد لأمنها. "
               "وأضاف لافروف أن الحوار ما زال ممكنا.")


def test_import_stance_is_light():
    code = "import sys, stance; print(sorted(m for m in sys.modules if m.split('.')[0] in ('numpy', 'torch', 'sklearn', 'typer')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    assert callable(stance.load) and callable(stance.score_text) and callable(stance.score_articles)
    with pytest.raises(AttributeError):
        stance.score  # noqa: B018  (not part of the API)


def test_load_gives_arrays_in_label_order(tfidf_dir):
    model = stance.load(tfidf_dir)
    assert stance.load(tfidf_dir) is model  # kept for the next call
    texts = ["نفى | التقارير عن نقل أسلحة", "أعرب عن قلقه | إزاء التصعيد في المنطقة"]
    probs = model.predict_proba(texts)
    assert isinstance(probs["stance"], np.ndarray) and probs["stance"].shape == (2, len(model.labels["stance"]))
    assert probs["sentiment"].shape == (2, len(model.labels["sentiment"]))
    assert np.allclose(probs["stance"].sum(axis=1), 1.0)
    predicted = model.predict(texts)
    best = [model.labels["stance"][i] for i in probs["stance"].argmax(axis=1)]
    assert isinstance(predicted["stance"], np.ndarray) and predicted["stance"].tolist() == best
    assert predicted["stance"][0] == "denial"


def test_score_articles_gives_the_records_the_cli_writes(tfidf_dir, tmp_path):
    out = tmp_path / "scores.jsonl"
    result = CliRunner().invoke(app, ["score", str(ROOT / "seeds"), "--model", str(tfidf_dir), "--out", str(out)])
    assert result.exit_code == 0, result.output
    from_cli = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    from_api = list(stance.score_articles(iter_articles([ROOT / "seeds"]), model=tfidf_dir))
    assert from_api == from_cli
    assert sum(r["type"] == "article" for r in from_api) == len(list((ROOT / "seeds").glob("*.txt")))


def test_score_text_is_score_articles_for_one_text(tfidf_dir):
    text = seed_text("000_bf8f650f412f7524")
    records = stance.score_text(text, model=tfidf_dir, article_id="000_bf8f650f412f7524")
    expected = [r for r in stance.score_articles([{"id": "000_bf8f650f412f7524", "text": text}], model=tfidf_dir)
                if r["type"] == "statement"]
    assert records == expected and records
    assert all(text[r["start"]:r["end"]] == r["text"] for r in records)
    assert set(records[0]) == {"type", "article_id", "actor", "actor_mention", "cue", "direct", "start", "end", "text",
                               "label", "scores", "sentiment", "sentiment_scores", "model"}


def test_score_articles_accepts_texts_and_dicts_and_checks_dates(tfidf_dir):
    records = list(stance.score_articles([LAVROV_TEXT, {"id": "b", "text": "no Arabic here"}], model=tfidf_dir))
    status = [r for r in records if r["type"] == "article"]
    assert [(s["article_id"], s["status"]) for s in status] == [("0", "ok"), ("b", "no statements")]
    with pytest.raises(ValueError, match="not a date"):
        list(stance.score_articles([{"text": LAVROV_TEXT, "date": "last week"}], model=tfidf_dir))
    with pytest.raises(TypeError, match="text"):
        list(stance.score_articles([{"body": LAVROV_TEXT}], model=tfidf_dir))


def test_a_date_decides_who_holds_a_role(tfidf_dir):
    text = "وقال الرئيس الكوري الجنوبي إن بلاده قلقة من التجارب الصاروخية."
    assert {r["actor"] for r in stance.score_text(text, date="2023-05-01", model=tfidf_dir)} == {"yoon"}
    assert {r["actor"] for r in stance.score_text(text, date="2019-05-01", model=tfidf_dir)} == {"other"}


def test_actors_file_adds_an_actor_to_the_shipped_lexicon(tfidf_dir, tmp_path):
    assert {r["actor"] for r in stance.score_text(LAVROV_TEXT, model=tfidf_dir)} == {"other"}
    path = tmp_path / "actors.json"
    path.write_text(json.dumps({"lavrov": {"person": "Sergei Lavrov", "names": ["سيرغي لافروف", "لافروف"]}},
                               ensure_ascii=False), encoding="utf-8")
    records = stance.score_text(LAVROV_TEXT, model=tfidf_dir, actors=path)
    assert [r["actor"] for r in records] == ["lavrov", "lavrov"]
    # the shipped actors are still there
    peskov = "وقال دميتري بيسكوف المتحدث باسم الكرملين إن موسكو لا ترى أي خطر."
    assert {r["actor"] for r in stance.score_text(peskov, model=tfidf_dir, actors=path)} == {"peskov"}


def test_actors_mapping_extends_a_shipped_actor(tfidf_dir):
    records = stance.score_text(LAVROV_TEXT, model=tfidf_dir, actors={"actors": {"peskov": {"names": ["لافروف"]}}})
    assert {r["actor"] for r in records} == {"peskov"}
    assert {r["actor"] for r in stance.score_text("وقال بيسكوف إن الكرملين لا يعلق.", model=tfidf_dir,
                                                    actors={"actors": {"peskov": {"names": ["لافروف"]}}})} == {"peskov"}


def test_bad_actors_file_is_a_clear_error(tmp_path, tfidf_dir):
    with pytest.raises(LexiconError, match="not found"):
        stance.score_text(LAVROV_TEXT, model=tfidf_dir, actors=tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"actors": {"lavrov": {"names": []}}}), encoding="utf-8")
    with pytest.raises(LexiconError, match="names"):
        stance.score_text(LAVROV_TEXT, model=tfidf_dir, actors=bad)


def test_score_text_scores_with_one_blas_thread_as_the_cli_does_for_one_article(tfidf_dir, monkeypatch):
    """`stance score one.txt` limits BLAS to one thread (spinning threads doubled the time of one article on a
    busy 2-core machine); the API's one-text call takes the same path, and the limit ends with the call."""
    from threadpoolctl import threadpool_info, threadpool_limits

    from stance.pipeline import Scorer

    def blas_threads():
        return max(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas")

    seen = []
    score_chunk = Scorer.score_chunk

    def spy(self, articles):
        seen.append(blas_threads())
        return score_chunk(self, articles)

    monkeypatch.setattr(Scorer, "score_chunk", spy)
    with threadpool_limits(limits=2, user_api="blas"):
        assert stance.score_text(seed_text("000_bf8f650f412f7524"), model=tfidf_dir)
        assert seen == [1]
        assert blas_threads() == 2
