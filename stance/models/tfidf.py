"""TF-IDF baseline: word and character n-grams, calibrated linear classifiers.

:class:`TfidfClassifier` (in :mod:`stance.models.tfidf_sklearn`, handed out here on demand) is one
scikit-learn estimator (``fit`` / ``predict_proba`` / ``classes_``, randomness through ``random_state``), so it
works with ``clone``, pipelines and grid search. :class:`TfidfModel` holds two of them, one for stance and one
for sentiment, and owns the model folder.

Files are saved with skops, not pickle: loading them first verifies the checksums in ``meta.json`` and then
refuses any type outside scikit-learn, NumPy, SciPy and this package's normalizer. Next to them the folder
holds ``arrays.npz``, the fitted state as plain arrays (vocabularies, idf, coefficients, calibration), from
which :mod:`stance.models.tfidf_fast` predicts with NumPy alone: scoring imports neither scikit-learn nor
skops (which imports torch), seconds of every start. A folder written before ``arrays.npz`` existed has the
arrays derived from its skops files the first time it is loaded and kept in the user cache folder
(``$STANCE_CACHE/tfidf``, else ``~/.cache/stance/tfidf``), named by the folder's fingerprint, which covers
every file and setting. The probabilities are scikit-learn's (``tests/test_speed_tfidf.py``);
``load_model(folder, fast=False)`` or ``STANCE_TFIDF_FAST=0`` predicts with scikit-learn itself.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from stance.models.base import ModelFolderError, StanceModel, cache_folder, meta_fingerprint, prune_cache

TRUSTED_PREFIXES = (
    "sklearn.", "numpy.", "scipy.", "builtins.", "collections.",
    "stance.normalize.normalize", "stance.models.tfidf.TfidfClassifier",
)
ARRAYS = "arrays.npz"
CACHE_KEEP = 8  # derived-array files kept in the user cache (the most recently used)


def __getattr__(name: str):
    # The estimator needs scikit-learn; importing it here on demand keeps `import stance.models.tfidf` light
    # while saved files and pickles still find stance.models.tfidf.TfidfClassifier.
    if name == "TfidfClassifier":
        from stance.models.tfidf_sklearn import TfidfClassifier

        return TfidfClassifier
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def cache_dir() -> Path:
    """Where arrays derived from folders without ``arrays.npz`` are kept."""
    return cache_folder("tfidf")


def fast_enabled() -> bool:
    return os.environ.get("STANCE_TFIDF_FAST", "1").strip().lower() not in {"0", "false", "no", "off"}


class TfidfModel(StanceModel):
    """Stance and sentiment TF-IDF classifiers behind the common model interface."""

    kind = "tfidf"
    packages = ("scikit-learn", "skops", "camel-tools")

    def __init__(self, config: dict | None = None):
        super().__init__(config)
        self._classifiers: list = [None, None]  # scikit-learn estimators (stance, sentiment), read on demand
        self._skops_folder: Path | None = None
        self.fast_ = None  # stance.models.tfidf_fast.FastTfidf, when the arrays are available
        self.shared_features_ = False

    # The scikit-learn estimators: set by fit, else read from the folder's skops files the first time asked for.
    @property
    def stance_clf_(self):
        return self._estimators()[0]

    @stance_clf_.setter
    def stance_clf_(self, value):
        self._classifiers[0] = value

    @property
    def sentiment_clf_(self):
        return self._estimators()[1]

    @sentiment_clf_.setter
    def sentiment_clf_(self, value):
        self._classifiers[1] = value

    def _estimators(self) -> list:
        if self._classifiers[0] is None and self._skops_folder is not None:
            self._read_skops(self._skops_folder)
        return self._classifiers

    def _estimator(self):
        from stance.models.tfidf_sklearn import TfidfClassifier

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
        self.fast_ = self._fast_from_estimators()
        return self

    def _fast_from_estimators(self):
        from stance.models.tfidf_fast import FastTfidf
        from stance.models.tfidf_sklearn import UnsupportedForArrays, export_arrays

        try:
            return FastTfidf(export_arrays(self.stance_clf_, self.sentiment_clf_))
        except UnsupportedForArrays:
            return None

    def _check_shared_features(self) -> None:
        """Both classifiers were fitted on the same texts with the same settings, so their vectorizers are
        the same; when that holds, features are computed once per batch and fed to both."""
        a, b = self.stance_clf_.vectorizer_, self.sentiment_clf_.vectorizer_
        self.shared_features_ = all(
            va.get_params() == vb.get_params() and va.vocabulary_ == vb.vocabulary_
            and np.array_equal(va.idf_, vb.idf_)
            for (_, va), (_, vb) in zip(a.transformer_list, b.transformer_list)
        )

    def predict_proba(self, texts: list[str], fast: bool | None = None) -> dict[str, np.ndarray]:
        """``fast=False`` predicts with the scikit-learn estimators even when the arrays are loaded."""
        texts = list(texts)
        use_fast = self.fast_ is not None and fast is not False
        if not use_fast and self.stance_clf_ is None:
            raise RuntimeError("model is not trained")
        if not texts:
            return self.empty_proba()
        if use_fast:
            probs = self.fast_.predict_proba(texts)
            return {"stance": _align(probs["stance"], self.fast_.classes("stance"), self.stance_labels),
                    "sentiment": _align(probs["sentiment"], self.fast_.classes("sentiment"), self.sentiment_labels)}
        if self.shared_features_:
            features = self.stance_clf_.vectorizer_.transform(texts)
            stance = self.stance_clf_.predict_proba_features(features)
            sentiment = self.sentiment_clf_.predict_proba_features(features)
        else:
            stance, sentiment = self.stance_clf_.predict_proba(texts), self.sentiment_clf_.predict_proba(texts)
        return {
            "stance": _align(stance, self.stance_clf_.classes_, self.stance_labels),
            "sentiment": _align(sentiment, self.sentiment_clf_.classes_, self.sentiment_labels),
        }

    # -- the folder ------------------------------------------------------------------------------

    def _save_files(self, folder: Path) -> None:
        import skops.io as sio

        from stance.models.tfidf_fast import save_arrays
        from stance.models.tfidf_sklearn import UnsupportedForArrays, export_arrays

        sio.dump(self.stance_clf_, folder / "stance.skops")
        sio.dump(self.sentiment_clf_, folder / "sentiment.skops")
        try:
            save_arrays(folder / ARRAYS, export_arrays(self.stance_clf_, self.sentiment_clf_))
        except UnsupportedForArrays:
            (folder / ARRAYS).unlink(missing_ok=True)

    def _load_files(self, folder: Path, meta: dict, fast: bool | None = None) -> None:
        self._skops_folder = folder
        if fast is None:
            fast = fast_enabled()
        if fast:
            self.fast_ = self._load_fast(folder, meta)
        if self.fast_ is None:
            self._read_skops(folder)

    def _read_skops(self, folder: Path) -> None:
        import skops.io as sio

        for i, name in enumerate(("stance", "sentiment")):
            path = folder / f"{name}.skops"
            untrusted = sio.get_untrusted_types(file=path)
            refused = [t for t in untrusted if not t.startswith(TRUSTED_PREFIXES)]
            if refused:
                raise ModelFolderError(f"{path} holds types this package does not trust: {refused}")
            try:
                self._classifiers[i] = sio.load(path, trusted=untrusted)
            except Exception as exc:  # skops raises many kinds on a corrupt file
                raise ModelFolderError(f"cannot load {path}: {exc}") from None
        self._check_shared_features()

    def _load_fast(self, folder: Path, meta: dict):
        """The NumPy predictor: from the folder's own (checksummed) ``arrays.npz``, else from arrays derived from
        its skops files, cached by fingerprint. ``None`` when the estimators use a setting it does not cover."""
        from stance.models.tfidf_fast import FastTfidf, load_arrays, save_arrays

        if ARRAYS in meta["files"]:
            try:
                return FastTfidf(load_arrays(folder / ARRAYS))
            except (OSError, ValueError, KeyError) as exc:
                raise ModelFolderError(f"cannot load {folder / ARRAYS}: {exc}") from None
        fingerprint = meta_fingerprint(meta)
        cached = cache_dir() / f"{fingerprint}.npz"
        try:
            arrays = load_arrays(cached)
            if arrays.pop("source_fingerprint").tobytes().decode() == fingerprint:
                fast = FastTfidf(arrays)
                os.utime(cached)
                return fast
        except Exception:  # absent, partial, of another format: derive it again
            pass
        from stance.models.tfidf_sklearn import UnsupportedForArrays, export_arrays

        self._read_skops(folder)
        try:
            arrays = export_arrays(self.stance_clf_, self.sentiment_clf_)
        except UnsupportedForArrays:
            return None
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            save_arrays(cached, {**arrays, "source_fingerprint": np.frombuffer(fingerprint.encode(), dtype=np.uint8)})
            prune_cache(cached.parent, "*.npz", CACHE_KEEP)
        except OSError:
            pass  # a read-only cache only costs the derivation next time
        return FastTfidf(arrays)


def _align(proba: np.ndarray, classes, labels: list[str]) -> np.ndarray:
    """Columns in ``labels`` order (a class unseen in training gets probability 0)."""
    out = np.zeros((proba.shape[0], len(labels)))
    for j, cls in enumerate(classes):
        out[:, labels.index(str(cls))] = proba[:, j]
    return out
