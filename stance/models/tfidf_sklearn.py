"""The scikit-learn side of the TF-IDF model: the estimator that training fits and skops saves, and the export
of its fitted state to the plain arrays :mod:`stance.models.tfidf_fast` predicts from.

Imported only to train, to read a ``.skops`` file, or to build those arrays: importing scikit-learn (and skops,
which imports torch) costs seconds that scoring with a TF-IDF folder does not need.

``TfidfClassifier`` says it lives in :mod:`stance.models.tfidf` (its ``__module__``), so saved files keep
the type name ``stance.models.tfidf.TfidfClassifier`` they always had, and that module hands it out on demand.
"""

from __future__ import annotations

import json

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC
from sklearn.utils.validation import check_is_fitted

from stance.normalize import normalize

_TERM_SEP = "\x1f"


class TfidfClassifier(ClassifierMixin, BaseEstimator):
    """Word + character TF-IDF features on normalized text, a class-weighted linear SVM, sigmoid-calibrated.

    Parameters
    ----------
    word_ngram, char_ngram : tuple of int
        n-gram ranges for the word and the character (``char_wb``) vectorizers.
    C : float
        Inverse regularization strength of the linear SVM.
    max_features : int or None
        Vocabulary cap per vectorizer.
    calibration_folds : int
        Folds of :class:`~sklearn.calibration.CalibratedClassifierCV` (fewer when a class is rarer).
    random_state : int
        Seed for the calibration folds and the SVM.
    """

    def __init__(self, word_ngram=(1, 2), char_ngram=(2, 5), C=0.5, max_features=200_000,
                 calibration_folds=3, random_state=13):
        self.word_ngram = word_ngram
        self.char_ngram = char_ngram
        self.C = C
        self.max_features = max_features
        self.calibration_folds = calibration_folds
        self.random_state = random_state

    def fit(self, X, y):
        X = list(X)
        y = np.asarray(y)
        self.vectorizer_ = FeatureUnion([
            ("word", TfidfVectorizer(preprocessor=normalize, analyzer="word", ngram_range=tuple(self.word_ngram),
                                     token_pattern=r"(?u)\b\w+\b", sublinear_tf=True, min_df=1,
                                     max_features=self.max_features)),
            ("char", TfidfVectorizer(preprocessor=normalize, analyzer="char_wb", ngram_range=tuple(self.char_ngram),
                                     sublinear_tf=True, min_df=2, max_features=self.max_features)),
        ])
        features = self.vectorizer_.fit_transform(X)
        for _, vectorizer in self.vectorizer_.transformer_list:
            # Plain ints (numpy scalars become one array each in skops: minutes to save), and no
            # pruned-term set, which only serves introspection (scikit-learn says it can be deleted).
            vectorizer.vocabulary_ = {term: int(index) for term, index in vectorizer.vocabulary_.items()}
            if hasattr(vectorizer, "stop_words_"):
                del vectorizer.stop_words_
        self.classes_ = np.unique(y)
        smallest = min(np.sum(y == c) for c in self.classes_)
        folds = max(2, min(self.calibration_folds, int(smallest)))
        svm = LinearSVC(C=self.C, class_weight="balanced", random_state=self.random_state)
        self.classifier_ = CalibratedClassifierCV(
            svm, method="sigmoid", ensemble=False,
            cv=StratifiedKFold(n_splits=folds, shuffle=True, random_state=self.random_state),
        )
        self.classifier_.fit(features, y)
        return self

    def __getstate__(self):
        # Vocabularies travel as one joined string per vectorizer: a dict of 10^5 terms is slow in skops.
        state = dict(super().__getstate__())
        if "vectorizer_" in state:
            packed = []
            for _, vectorizer in state["vectorizer_"].transformer_list:
                terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
                packed.append(_TERM_SEP.join(terms))
            state["packed_vocabularies_"] = packed
            state["vectorizer_"] = _without_vocabularies(state["vectorizer_"])
        return state

    def __setstate__(self, state):
        packed = state.pop("packed_vocabularies_", None)
        super().__setstate__(state)
        if packed is not None:
            for (_, vectorizer), joined in zip(self.vectorizer_.transformer_list, packed):
                vectorizer.vocabulary_ = {term: i for i, term in enumerate(joined.split(_TERM_SEP))} if joined else {}

    def predict_proba(self, X):
        check_is_fitted(self, "classifier_")
        return self.predict_proba_features(self.vectorizer_.transform(list(X)))

    def predict_proba_features(self, features):
        """Probabilities from already vectorized input (``self.vectorizer_.transform`` output)."""
        return self.classifier_.predict_proba(features)

    def predict(self, X):
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]


# Saved files name the type stance.models.tfidf.TfidfClassifier (that module resolves it lazily).
TfidfClassifier.__module__ = "stance.models.tfidf"


def _without_vocabularies(union: FeatureUnion) -> FeatureUnion:
    """A shallow copy of the fitted union whose vectorizers carry no vocabulary (restored by ``__setstate__``)."""
    import copy

    clone_union = copy.copy(union)
    clone_union.transformer_list = []
    for name, vectorizer in union.transformer_list:
        light = copy.copy(vectorizer)
        light.vocabulary_ = {}
        clone_union.transformer_list.append((name, light))
    return clone_union


# -- export to plain arrays -----------------------------------------------------------------------------

class UnsupportedForArrays(ValueError):
    """A fitted estimator uses a setting the NumPy predictor does not implement (the caller keeps scikit-learn)."""


def _vectorizer_arrays(vectorizer, kind: str) -> tuple[dict, dict[str, np.ndarray]]:
    expected = {"word": "word", "char": "char_wb"}[kind]
    checks = {
        "analyzer": vectorizer.analyzer == expected,
        "preprocessor": vectorizer.preprocessor is normalize,
        "input": vectorizer.input == "content",
        "binary": not vectorizer.binary,
        "norm": vectorizer.norm == "l2",
        "use_idf": bool(vectorizer.use_idf),
        "stop_words": vectorizer.stop_words is None,
        "tokenizer": vectorizer.tokenizer is None,
        "dtype": np.dtype(vectorizer.dtype) == np.float64,
    }
    failed = [name for name, ok in checks.items() if not ok]
    if failed:
        raise UnsupportedForArrays(f"{kind} vectorizer settings not supported by the NumPy predictor: {failed}")
    vocabulary = vectorizer.vocabulary_
    terms = sorted(vocabulary, key=vocabulary.get)
    if [vocabulary[t] for t in terms] != list(range(len(terms))) or any(_TERM_SEP in t for t in terms):
        raise UnsupportedForArrays(f"{kind} vocabulary is not a dense 0..n-1 numbering")
    settings = {"ngram_range": [int(x) for x in vectorizer.ngram_range], "sublinear_tf": bool(vectorizer.sublinear_tf),
                "token_pattern": vectorizer.token_pattern if kind == "word" else None, "n_features": len(terms)}
    return settings, {"terms": np.frombuffer(_TERM_SEP.join(terms).encode("utf-8"), dtype=np.uint8),
                      "idf": np.asarray(vectorizer.idf_, dtype=np.float64)}


def _features_arrays(clf: TfidfClassifier) -> tuple[dict, dict[str, np.ndarray]]:
    union = clf.vectorizer_
    if [name for name, _ in union.transformer_list] != ["word", "char"] or union.transformer_weights:
        raise UnsupportedForArrays("feature union is not [word, char] without weights")
    header, arrays = {}, {}
    for name, vectorizer in union.transformer_list:
        header[name], found = _vectorizer_arrays(vectorizer, name)
        arrays.update({f"{name}_{k}": v for k, v in found.items()})
    return header, arrays


def _classifier_arrays(clf: TfidfClassifier) -> tuple[dict, dict[str, np.ndarray]]:
    calibrated = clf.classifier_
    classes = [str(c) for c in calibrated.classes_]
    coef, intercept, a, b, pos = [], [], [], [], []
    for member in calibrated.calibrated_classifiers_:
        if member.method != "sigmoid" or not isinstance(member.estimator, LinearSVC):
            raise UnsupportedForArrays("only sigmoid-calibrated LinearSVC is supported")
        estimator = member.estimator
        indices = np.searchsorted(np.asarray(classes), [str(c) for c in estimator.classes_])
        columns = np.atleast_2d(estimator.coef_).shape[0]
        if len(classes) == 2:
            indices = np.array([1])  # one decision column, for classes[1] (scikit-learn's binary case)
        coef.append(np.atleast_2d(estimator.coef_).astype(np.float64))
        intercept.append(np.atleast_1d(estimator.intercept_).astype(np.float64))
        a.append([float(c.a_) for c in member.calibrators][:columns])
        b.append([float(c.b_) for c in member.calibrators][:columns])
        pos.append(indices[:columns])
    return {"classes": classes}, {"coef": np.stack(coef), "intercept": np.stack(intercept),
                                  "a": np.asarray(a, dtype=np.float64), "b": np.asarray(b, dtype=np.float64),
                                  "pos": np.asarray(pos, dtype=np.int64)}


def export_arrays(stance_clf: TfidfClassifier, sentiment_clf: TfidfClassifier) -> dict[str, np.ndarray]:
    """Everything :class:`stance.models.tfidf_fast.FastTfidf` needs, as NumPy arrays (no objects, no pickle).

    Features shared by both classifiers (same settings, vocabularies and idf) are stored once."""
    from stance.models.tfidf_fast import FORMAT

    header = {"format": FORMAT, "features": [], "tasks": {}}
    arrays: dict[str, np.ndarray] = {}
    seen: list[tuple[dict, dict]] = []
    for task, clf in (("stance", stance_clf), ("sentiment", sentiment_clf)):
        check_is_fitted(clf, "classifier_")
        settings, feats = _features_arrays(clf)
        slot = next((i for i, (s, f) in enumerate(seen) if s == settings and all(
            np.array_equal(f[k], feats[k]) for k in feats)), None)
        if slot is None:
            slot = len(seen)
            seen.append((settings, feats))
            header["features"].append(settings)
            arrays.update({f"features{slot}/{k}": v for k, v in feats.items()})
        task_header, task_arrays = _classifier_arrays(clf)
        header["tasks"][task] = {**task_header, "features": slot}
        arrays.update({f"{task}/{k}": v for k, v in task_arrays.items()})
    arrays["header"] = np.frombuffer(json.dumps(header, sort_keys=True).encode("utf-8"), dtype=np.uint8)
    return arrays
