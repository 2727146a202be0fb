import json

import numpy as np
import pytest
from sklearn.base import clone

from stance.models.base import ModelFolderError, load_model
from stance.models.tfidf import TfidfClassifier, TfidfModel

TEXTS = [
    "قال | نشعر بقلق بالغ إزاء التجربة", "أعرب | قلقه من التصعيد الخطير", "حذر | قد يهدد ذلك الأمن الإقليمي",
    "قال | لا داعي للقلق فالعلاقات ودية", "أكد | نحن شركاء ونعمل معا بثقة", "أضاف | الجميع في أمان ولا خطر",
    "نفى | هذه المزاعم لا أساس لها", "نفى | التقارير محض اختلاق", "قال | هذه ادعاءات سخيفة ومفبركة",
    "حذر | سنرد بقوة ساحقة على أي اعتداء", "قال | سيدفعون ثمنا باهظا", "توعد | سنفرض عقوبات صارمة فورا",
    "قال | الاجتماع يعقد يوم الثلاثاء", "أوضح | الوفد يصل غدا إلى العاصمة", "قال | لا تعليق على الموعد",
]
STANCE = ["concern"] * 3 + ["reassurance"] * 3 + ["denial"] * 3 + ["threat"] * 3 + ["none"] * 3
SENTIMENT = ["negative"] * 3 + ["positive"] * 3 + ["negative"] * 6 + ["neutral"] * 3


def small_model(seed=13):
    return TfidfModel({"seed": seed, "C": 10.0, "char_ngram": [2, 4]}).fit(TEXTS * 2, STANCE * 2, SENTIMENT * 2)


def test_overfits_training_examples():
    model = small_model()
    probs = model.predict_proba(TEXTS)
    predicted = [model.stance_labels[i] for i in probs["stance"].argmax(1)]
    assert predicted == STANCE
    assert probs["stance"].shape == (len(TEXTS), 5)
    np.testing.assert_allclose(probs["stance"].sum(1), 1.0, atol=1e-6)


def test_save_reload_same_probabilities(tmp_path):
    model = small_model()
    model.save(tmp_path / "m")
    again = load_model(tmp_path / "m")
    for task in ("stance", "sentiment"):
        np.testing.assert_array_equal(model.predict_proba(TEXTS)[task], again.predict_proba(TEXTS)[task])
    meta = json.loads((tmp_path / "m/meta.json").read_text())
    assert meta["kind"] == "tfidf" and meta["seed"] == 13 and "scikit-learn" in meta["versions"]
    assert set(meta["files"]) == {"stance.skops", "sentiment.skops", "arrays.npz"}


def test_training_is_reproducible():
    a, b = small_model(), small_model()
    np.testing.assert_array_equal(a.predict_proba(TEXTS)["stance"], b.predict_proba(TEXTS)["stance"])


def test_tampered_folder_is_refused(tmp_path):
    small_model().save(tmp_path / "m")
    with (tmp_path / "m/stance.skops").open("ab") as fh:
        fh.write(b"x")
    with pytest.raises(ModelFolderError, match="checksum mismatch"):
        load_model(tmp_path / "m")


def test_missing_or_foreign_folder_is_refused(tmp_path):
    with pytest.raises(ModelFolderError, match="not found"):
        load_model(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelFolderError, match="not a model folder"):
        load_model(tmp_path / "empty")


def test_estimator_contract():
    est = TfidfClassifier(C=2.0, random_state=7)
    cloned = clone(est)
    assert cloned.get_params()["C"] == 2.0 and cloned.get_params()["random_state"] == 7
    assert not hasattr(cloned, "classes_")
    fitted = est.fit(TEXTS, STANCE)
    assert fitted is est and list(est.classes_) == sorted(set(STANCE))


def test_abstention_threshold_maps_low_confidence_to_none():
    from stance.metrics import decide

    probs = np.array([[0.4, 0.3, 0.1, 0.1, 0.1], [0.9, 0.05, 0.02, 0.02, 0.01]])
    labels = ["concern", "reassurance", "denial", "threat", "none"]
    assert decide(probs, labels, abstain_threshold=0.5) == ["none", "concern"]
    assert decide(probs, labels, abstain_threshold=0.0) == ["concern", "concern"]


def test_trained_default_model_learns_stance(tfidf_dir):
    meta = json.loads((tfidf_dir / "meta.json").read_text())
    # A floor far above chance (0.2 for five classes) on the dev split and on the held-out writer.
    assert meta["metrics"]["dev"]["stance"]["macro_f1"] > 0.5
    assert meta["metrics"]["test"]["stance"]["macro_f1"] > 0.5


def test_shared_features_give_the_same_probabilities():
    model = small_model()
    assert model.shared_features_
    shared = model.predict_proba(TEXTS)
    model.shared_features_ = False
    separate = model.predict_proba(TEXTS)
    for task in ("stance", "sentiment"):
        np.testing.assert_allclose(shared[task], separate[task], atol=1e-12)
