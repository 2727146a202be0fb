"""train_bert / train_ensemble end to end on a tiny synthetic corpus, and the ensemble's folder contract.

The corpus, the BERT (1 layer, 32 wide) and the TF-IDF model are built in a temp folder in seconds.
"""

import json
import shutil

import numpy as np
import pytest

from stance.models.base import ModelFolderError, load_model, read_verified_meta, write_meta
from stance.models.bert import BaseCheckpointError, BertModel
from stance.models.ensemble import EnsembleModel
from stance.train import train_tfidf
from stance.train_bert import train_bert, train_ensemble
from tests.test_bert import TINY_CONFIG, build_tiny_base, synthetic


def write_corpus(folder) -> None:
    """articles.jsonl + statements.jsonl in the corpus schema: one article per split and topic."""
    folder.mkdir(parents=True)
    articles, statements = [], []
    for split in ("train", "dev", "test"):
        by_topic: dict[str, list] = {}
        for text, label, sentiment in synthetic(split):
            by_topic.setdefault(text.rsplit(" ", 2)[-2:][0], []).append((text, label, sentiment))
        for i, items in enumerate(by_topic.values()):
            article_id = f"{split}_{i:02d}"
            body = "خبر تجريبي\n\n"
            for text, label, sentiment in items:
                body += "وقال المتحدث باسم الوزارة «"
                start = len(body)
                body += text
                statements.append({"article_id": article_id, "actor": "other", "actor_mention": "المتحدث",
                                   "start": start, "end": len(body), "text": text, "label": label,
                                   "sentiment": sentiment, "cue": "قال", "split": split})
                body += "».\n"
            articles.append({"id": article_id, "text": body, "split": split, "source": "synthetic"})
    for name, rows in (("articles", articles), ("statements", statements)):
        (folder / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                             encoding="utf-8")


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    root = tmp_path_factory.mktemp("ensemble")
    corpus = root / "data"
    write_corpus(corpus)
    base = build_tiny_base(root / "tiny-bert")
    config = root / "bert.toml"
    config.write_text("[model]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in TINY_CONFIG.items()),
                      encoding="utf-8")
    bert_meta = train_bert(config, root / "models/bert", base=base, data_dir=corpus, log=None)
    tfidf_meta = train_tfidf(out=root / "models/tfidf", data_dir=corpus)
    ens_meta = train_ensemble([str(root / "models/tfidf"), str(root / "models/bert")], root / "models/ensemble",
                              data_dir=corpus)
    return {"root": root, "corpus": corpus, "bert": bert_meta, "tfidf": tfidf_meta, "ensemble": ens_meta}


def test_train_bert_writes_a_self_describing_folder(models):
    meta = models["bert"]
    folder = models["root"] / "models/bert"
    assert meta["kind"] == "bert" and meta["data_hash"] and meta["train_seconds"] > 0
    assert set(meta["metrics"]) >= {"dev", "test"} and meta["base"]["name"]
    assert meta["best_epoch"] >= 1 and meta["history"]
    assert (folder / "README.md").is_file() and "README.md" in read_verified_meta(folder)["files"]
    assert isinstance(load_model(folder), BertModel)


def test_ensemble_round_trips(models, tmp_path):
    folder = models["root"] / "models/ensemble"
    model = load_model(folder)
    assert isinstance(model, EnsembleModel)
    spec = json.loads((folder / "ensemble.json").read_text(encoding="utf-8"))
    assert [m["path"] for m in spec["members"]] == ["../tfidf", "../bert"]
    texts = [t for t, _, _ in synthetic("test")]
    probs = model.predict_proba(texts)
    members = [load_model(models["root"] / "models/tfidf"), load_model(models["root"] / "models/bert")]
    expected = sum(w * m.predict_proba(texts)["stance"] for w, m in zip(spec["stance_weights"], members))
    np.testing.assert_allclose(probs["stance"], expected, atol=1e-9)
    np.testing.assert_allclose(probs["sentiment"].sum(1), 1.0, atol=1e-6)
    # Saved elsewhere, the relative member paths are recomputed and the predictions stay the same.
    model.save(tmp_path / "moved")
    again = load_model(tmp_path / "moved")
    np.testing.assert_allclose(again.predict_proba(texts)["stance"], probs["stance"], atol=1e-12)
    assert again.abstain_threshold == model.abstain_threshold


def test_ensemble_never_scores_below_its_best_member_on_dev(models):
    """On the split its weights are fitted on, the ensemble is at least its best member."""
    selection = json.loads((models["root"] / "models/ensemble/ensemble.json").read_text(encoding="utf-8"))["selection"]
    for task in ("stance", "sentiment"):
        members = selection[f"members_dev_{task}_macro_f1"]
        assert len(members) == 2
        assert selection[f"dev_{task}_macro_f1"] >= max(members.values()) - 1e-12


def test_ensemble_reports_dev_from_weights_fitted_on_other_articles(models):
    dev = models["ensemble"]["metrics"]["dev"]
    assert "cross-fitted" in dev["note"]
    assert dev["stance"]["n"] == models["tfidf"]["metrics"]["dev"]["stance"]["n"]


def test_a_bad_member_gets_no_weight_that_hurts(models, tmp_path):
    """A member trained on shuffled labels: the ensemble still matches the good member on dev."""
    from stance.features import statement_inputs
    from stance.metrics import evaluate_records
    from stance.models.tfidf import TfidfModel
    from stance.train import training_sets

    sets = training_sets(models["corpus"])
    train, articles = sets["train"]
    labels = [r["label"] for r in train]
    np.random.default_rng(0).shuffle(labels)
    TfidfModel({"seed": 1}).fit(statement_inputs(train, articles), labels, [r["sentiment"] for r in train]) \
        .save(tmp_path / "bad")
    good = models["root"] / "models/tfidf"
    dev, dev_articles = sets["dev"]
    ens = EnsembleModel([tmp_path / "bad", good]).fit(
        statement_inputs(dev, dev_articles), [r["label"] for r in dev], [r["sentiment"] for r in dev])
    assert [list(c) for c in ens.candidates()[:2]] == [[1.0, 0.0], [0.0, 1.0]]
    scored = evaluate_records(ens, dev, dev_articles)["stance"]["macro_f1"]
    assert scored >= evaluate_records(load_model(good), dev, dev_articles)["stance"]["macro_f1"] - 1e-12


def test_changed_member_is_refused(models, tmp_path):
    copy = tmp_path / "models"
    shutil.copytree(models["root"] / "models", copy)
    assert isinstance(load_model(copy / "ensemble"), EnsembleModel)
    meta = read_verified_meta(copy / "tfidf")
    write_meta(copy / "tfidf", {**{k: v for k, v in meta.items() if k != "files"}, "note": "retrained"})
    with pytest.raises(ModelFolderError, match="changed"):
        load_model(copy / "ensemble")


def test_tampered_or_missing_member_is_refused(models, tmp_path):
    copy = tmp_path / "models"
    shutil.copytree(models["root"] / "models", copy)
    spec = copy / "ensemble/ensemble.json"
    spec.write_text(spec.read_text(encoding="utf-8").replace('"stance_weights": [', '"stance_weights": [0.5, '),
                    encoding="utf-8")
    with pytest.raises(ModelFolderError, match="checksum mismatch"):
        load_model(copy / "ensemble")
    shutil.copytree(models["root"] / "models/ensemble", copy / "ensemble", dirs_exist_ok=True)
    shutil.rmtree(copy / "bert")
    with pytest.raises(ModelFolderError, match="not found"):
        load_model(copy / "ensemble")


def test_train_bert_with_a_missing_checkpoint_fails_clearly(models, monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(BaseCheckpointError, match="nobody-here/no-such-bert"):
        train_bert(out=tmp_path / "bert", base="nobody-here/no-such-bert", data_dir=models["corpus"], log=None)
    assert not (tmp_path / "bert").exists()


def _probs_with(labels, gold, right, p_top, p_gold_when_wrong=None):
    """Rows whose arg-max is the gold label where ``right`` (probability p_top) and the next label elsewhere,
    where the gold label then gets ``p_gold_when_wrong``; the rest is spread evenly."""
    k = len(labels)
    rows = []
    for y, ok in zip(gold, right):
        g = labels.index(y)
        top = g if ok else (g + 1) % k
        row = np.zeros(k)
        row[top] = p_top
        if not ok:
            row[g] = p_gold_when_wrong
        rest = [j for j in range(k) if row[j] == 0]
        row[rest] = (1 - row.sum()) / len(rest)
        rows.append(row)
    return np.asarray(rows)


def _fake_dev(models, right_a, right_b, a, b):
    """Two members' dev probabilities over the same 40 gold labels; sentiment as stance's first three labels."""
    folder = models["root"] / "models"
    ens = EnsembleModel([folder / "tfidf", folder / "bert"], {"weight_step": 0.1})
    stance_gold = [ens.stance_labels[i % len(ens.stance_labels)] for i in range(40)]
    sentiment_gold = [ens.sentiment_labels[i % len(ens.sentiment_labels)] for i in range(40)]
    probs = [{"stance": _probs_with(ens.stance_labels, stance_gold, right, *args),
              "sentiment": _probs_with(ens.sentiment_labels, sentiment_gold, right, *args)}
             for right, args in ((right_a, a), (right_b, b))]
    return ens, stance_gold, sentiment_gold, probs


def test_log_loss_selection_rewards_the_better_calibrated_member(models):
    """Both members make the same arg-max errors, so every mix has the same macro-F1; the first is sure of its
    errors (gold label 0.001), the second still gives the gold label 0.35. Dev log-loss moves weight to the
    second; selection by macro-F1 keeps the first candidate of the tie."""
    right = [i % 5 != 0 for i in range(40)]
    ens, y, s, probs = _fake_dev(models, right, right, (0.99, 0.001), (0.6, 0.35))
    ens.fit(["x"] * 40, y, s, member_probs=probs)
    sel = ens.selection_
    assert sel["select_by"] == "log_loss"
    assert ens.stance_weights_[1] > 0
    assert sel["dev_stance_log_loss"] < min(sel["members_dev_stance_log_loss"].values())
    assert sel["dev_stance_macro_f1"] == max(sel["members_dev_stance_macro_f1"].values())

    by_f1 = EnsembleModel(ens.member_paths, {"weight_step": 0.1, "select_by": "macro_f1"})
    by_f1.fit(["x"] * 40, y, s, member_probs=probs)
    assert list(by_f1.stance_weights_) == [1.0, 0.0]


def test_log_loss_pick_below_a_member_on_macro_f1_falls_back_to_that_member(models):
    """The second member has the lower log-loss but misses one label in ten; the first is always right, with
    little confidence. The ensemble keeps the first: never below its best member on dev."""
    ens, y, s, probs = _fake_dev(models, [True] * 40, [i % 10 != 0 for i in range(40)], (0.4, None), (0.85, 0.1))
    ens.fit(["x"] * 40, y, s, member_probs=probs)
    assert ens.selection_["members_dev_stance_log_loss"][str(ens.member_paths[1])] < \
        ens.selection_["members_dev_stance_log_loss"][str(ens.member_paths[0])]
    assert list(ens.stance_weights_) == [1.0, 0.0]
    assert ens.selection_["dev_stance_macro_f1"] == 1.0


def test_unknown_selection_rule_is_refused(models):
    folder = models["root"] / "models"
    with pytest.raises(ValueError, match="select_by"):
        EnsembleModel([folder / "tfidf", folder / "bert"], {"select_by": "accuracy"}).fit(
            ["x"], ["none"], ["neutral"], member_probs=[{"stance": np.full((1, 5), 0.2),
                                                          "sentiment": np.full((1, 3), 1 / 3)}] * 2)
