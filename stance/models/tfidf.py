"""TF-IDF baseline: word and character n-grams, calibrated linear classifiers.

:class:`TfidfClassifier` is one scikit-learn estimator (``fit`` /
``predict_proba`` / ``classes_``, randomness through ``random_state``), so it
works with ``clone``, pipelines and grid search. :class:`TfidfModel` holds two
of them, one for stance and one for sentiment, and owns the model folder.

Files are saved with skops, not pickle: loading first verifies the checksums in
``meta.json`` and then refuses any type outside scikit-learn, NumPy, SciPy and
this package's normalizer.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC
from sklearn.utils.validation import check_is_fitted

from stance.models.base import ModelFolderError, StanceModel
from stance.normalize import normalize

TRUSTED_PREFIXES = (
    "sklearn.", "numpy.", "scipy.", "builtins.", "collections.",
    "stance.normalize.normalize", "stance.models.tfidf.TfidfClassifier",
)


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


_TERM_SEP = "\x1f"


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


class TfidfModel(StanceModel):
    """Stance and sentiment TF-IDF classifiers behind the common model interface."""

    kind = "tfidf"
    packages = ("scikit-learn", "skops", "camel-tools")

    def __init__(self, config: dict | None = None):
        super().__init__(config)
        self.stance_clf_: TfidfClassifier | None = None
        self.sentiment_clf_: TfidfClassifier | None = None
        self.shared_features_ = False

    def _estimator(self) -> TfidfClassifier:
        c = self.config
        return TfidfClassifier(
            word_ngram=tuple(c.get("word_ngram", (1, 2))), char_ngram=tuple(c.get("char_ngram", (2, 5))),
            C=float(c.get("C", 0.5)), max_features=c.get("max_features", 200_000),
            calibration_folds=int(c.get("calibration_folds", 3)), random_state=self.random_state,
        )

    def fit(self, texts: list[str], stance: list[str], sentiment: list[str]) -> "TfidfModel":
        self.stance_clf_ = self._estimator().fit(texts, stance)
        self.sentiment_clf_ = self._estimator().fit(texts, sentiment)
        self._check_shared_features()
        return self

    def _check_shared_features(self) -> None:
        """Both classifiers were fitted on the same texts with the same settings, so their vectorizers are
        the same; when that holds, features are computed once per batch and fed to both."""
        a, b = self.stance_clf_.vectorizer_, self.sentiment_clf_.vectorizer_
        self.shared_features_ = all(
            va.get_params() == vb.get_params() and va.vocabulary_ == vb.vocabulary_
            and np.array_equal(va.idf_, vb.idf_)
            for (_, va), (_, vb) in zip(a.transformer_list, b.transformer_list)
        )

    def predict_proba(self, texts: list[str]) -> dict[str, np.ndarray]:
        if self.stance_clf_ is None or self.sentiment_clf_ is None:
            raise RuntimeError("model is not trained")
        if not texts:
            return self.empty_proba()
        if self.shared_features_:
            features = self.stance_clf_.vectorizer_.transform(list(texts))
            stance = self.stance_clf_.predict_proba_features(features)
            sentiment = self.sentiment_clf_.predict_proba_features(features)
        else:
            stance, sentiment = self.stance_clf_.predict_proba(texts), self.sentiment_clf_.predict_proba(texts)
        return {
            "stance": _align(stance, self.stance_clf_.classes_, self.stance_labels),
            "sentiment": _align(sentiment, self.sentiment_clf_.classes_, self.sentiment_labels),
        }

    def _save_files(self, folder: Path) -> None:
        import skops.io as sio

        sio.dump(self.stance_clf_, folder / "stance.skops")
        sio.dump(self.sentiment_clf_, folder / "sentiment.skops")

    def _load_files(self, folder: Path, meta: dict, **options) -> None:
        import skops.io as sio

        for name in ("stance", "sentiment"):
            path = folder / f"{name}.skops"
            untrusted = sio.get_untrusted_types(file=path)
            refused = [t for t in untrusted if not t.startswith(TRUSTED_PREFIXES)]
            if refused:
                raise ModelFolderError(f"{path} holds types this package does not trust: {refused}")
            try:
                clf = sio.load(path, trusted=untrusted)
            except Exception as exc:  # skops raises many kinds on a corrupt file
                raise ModelFolderError(f"cannot load {path}: {exc}") from None
            setattr(self, f"{name}_clf_", clf)
        self._check_shared_features()


def _align(proba: np.ndarray, classes: np.ndarray, labels: list[str]) -> np.ndarray:
    """Columns in ``labels`` order (a class unseen in training gets probability 0)."""
    out = np.zeros((proba.shape[0], len(labels)))
    for j, cls in enumerate(classes):
        out[:, labels.index(str(cls))] = proba[:, j]
    return out
