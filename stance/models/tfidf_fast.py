"""Prediction of a fitted TF-IDF model with NumPy alone: no scikit-learn, SciPy, skops or torch to import.

It computes what the fitted scikit-learn objects compute (:mod:`stance.models.tfidf_sklearn`): text normalized
once (the vectorizers' shared ``preprocessor``), word n-grams of ``token_pattern`` tokens and ``char_wb``
n-grams, counts of the terms in the vocabulary, ``1 + log(count)`` (sublinear tf), times idf, each block
l2-normalized, blocks side by side (word, then char); then each calibrated LinearSVC's decision function,
its per-class sigmoid ``1 / (1 + exp(a * d + b))``, normalized over the classes, averaged over the calibrated
classifiers. Sums run in the order scikit-learn's sparse code runs them (by text, then by feature index).

``char_wb`` n-grams never cross a word (a word is padded with one space on each side), so the n-gram indices
of each distinct word are computed once and kept (:attr:`FastTfidf.word_cache_size` words at most).

The arrays come from :func:`stance.models.tfidf_sklearn.export_arrays` and are stored with
:func:`save_arrays` (an ``.npz`` read without pickle).
"""

from __future__ import annotations

import json
import re
from itertools import chain
from pathlib import Path

import numpy as np

from stance.normalize import normalize

FORMAT = 1
_TERM_SEP = "\x1f"


def save_arrays(path: str | Path, arrays: dict[str, np.ndarray]) -> None:
    """Write ``arrays`` (an :func:`export_arrays` result) to ``path`` atomically, uncompressed."""
    from stance.models.base import replace_atomically

    def write(tmp: Path) -> None:
        with tmp.open("wb") as fh:
            np.savez(fh, **arrays)

    replace_atomically(Path(path), write)


def load_arrays(path: str | Path) -> dict[str, np.ndarray]:
    with np.load(path, allow_pickle=False) as data:
        return {name: data[name] for name in data.files}


def header_of(arrays: dict[str, np.ndarray]) -> dict:
    return json.loads(arrays["header"].tobytes().decode("utf-8"))


class _Features:
    """One word + char_wb block pair: vocabularies, idf, n-gram settings."""

    def __init__(self, settings: dict, arrays: dict[str, np.ndarray], prefix: str):
        word, char = settings["word"], settings["char"]
        self.word_vocab = _vocabulary(arrays[f"{prefix}/word_terms"])
        self.char_vocab = _vocabulary(arrays[f"{prefix}/char_terms"])
        self.word_idf = arrays[f"{prefix}/word_idf"]
        self.char_idf = arrays[f"{prefix}/char_idf"]
        if len(self.word_vocab) != len(self.word_idf) or len(self.char_vocab) != len(self.char_idf):
            raise ValueError("vocabulary and idf sizes differ")
        self.word_range = tuple(word["ngram_range"])
        self.char_range = tuple(char["ngram_range"])
        self.word_sublinear, self.char_sublinear = word["sublinear_tf"], char["sublinear_tf"]
        self.token_re = re.compile(word["token_pattern"])
        self.n_word = len(self.word_idf)
        self.n_features = self.n_word + len(self.char_idf)
        self.word_cache: dict[str, list[int]] = {}

    def word_ids(self, text: str) -> list[int]:
        """Vocabulary indices of the word n-grams of normalized ``text`` (scikit-learn's ``_word_ngrams``)."""
        tokens = self.token_re.findall(text)
        lo, hi = self.word_range
        vocab = self.word_vocab
        if hi == 1:
            grams = tokens
        else:
            grams = list(tokens) if lo == 1 else []
            for n in range(max(lo, 2), min(hi + 1, len(tokens) + 1)):
                grams += [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
        return [vocab[g] for g in grams if g in vocab]

    def char_ids(self, text: str, cache_size: int) -> list[int]:
        """Vocabulary indices of the ``char_wb`` n-grams of normalized ``text``, word by word (cached)."""
        cache = self.word_cache
        out: list[int] = []
        for word in text.split():
            ids = cache.get(word)
            if ids is None:
                ids = self._word_char_ids(word)
                if len(cache) >= cache_size:
                    cache.clear()
                cache[word] = ids
            out += ids
        return out

    def _word_char_ids(self, word: str) -> list[int]:
        # scikit-learn's _char_wb_ngrams for one word: padded with a space each side, a short word counted once
        w = f" {word} "
        size = len(w)
        vocab = self.char_vocab
        lo, hi = self.char_range
        ids = []
        for n in range(lo, hi + 1):
            if size <= n:  # the whole padded word, once (the loop below would give it for n == size too)
                gram = vocab.get(w)
                if gram is not None:
                    ids.append(gram)
                break
            for start in range(size - n + 1):
                gram = vocab.get(w[start:start + n])
                if gram is not None:
                    ids.append(gram)
        return ids

    def transform(self, normalized: list[str], cache_size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The TF-IDF rows as (row, feature, value) sorted by row then feature: a CSR matrix's order."""
        n = len(normalized)
        blocks = []
        for ids_of, idf, sublinear, offset in ((self.word_ids, self.word_idf, self.word_sublinear, 0),
                                               (lambda t: self.char_ids(t, cache_size), self.char_idf,
                                                self.char_sublinear, self.n_word)):
            per_text = [ids_of(t) for t in normalized]
            lengths = np.fromiter((len(ids) for ids in per_text), dtype=np.int64, count=n)
            feats = np.fromiter(chain.from_iterable(per_text), dtype=np.int64, count=int(lengths.sum()))
            rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
            width = len(idf)
            keys, counts = np.unique(rows * width + feats, return_counts=True)
            rows, feats = keys // width, keys % width
            values = counts.astype(np.float64)
            if sublinear:
                values = np.log(values) + 1.0
            values *= idf[feats]
            norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=n))
            norms[norms == 0.0] = 1.0
            values /= norms[rows]
            blocks.append((rows, feats + offset, values))
        rows = np.concatenate([b[0] for b in blocks])
        feats = np.concatenate([b[1] for b in blocks])
        values = np.concatenate([b[2] for b in blocks])
        order = np.argsort(rows * self.n_features + feats, kind="stable")
        return rows[order], feats[order], values[order]


def _vocabulary(terms: np.ndarray) -> dict[str, int]:
    joined = terms.tobytes().decode("utf-8")
    return {term: i for i, term in enumerate(joined.split(_TERM_SEP))} if joined else {}


class _Calibrated:
    """One task's sigmoid-calibrated linear classifiers (one per calibration member)."""

    def __init__(self, classes: list[str], arrays: dict[str, np.ndarray], prefix: str):
        self.classes = list(classes)
        self.coef_t = [np.ascontiguousarray(c.T) for c in arrays[f"{prefix}/coef"]]  # (features, columns)
        self.intercept = arrays[f"{prefix}/intercept"]
        self.a, self.b, self.pos = arrays[f"{prefix}/a"], arrays[f"{prefix}/b"], arrays[f"{prefix}/pos"]

    def predict_proba(self, n: int, rows: np.ndarray, feats: np.ndarray, values: np.ndarray) -> np.ndarray:
        k = len(self.classes)
        total = np.zeros((n, k))
        for m, coef_t in enumerate(self.coef_t):
            if coef_t.shape[0] <= (feats.max() if len(feats) else -1):
                raise ValueError("feature index outside the classifier's coefficients")
            contributions = values[:, None] * coef_t[feats]
            decision = np.stack([np.bincount(rows, weights=contributions[:, j], minlength=n)
                                 for j in range(coef_t.shape[1])], axis=1) + self.intercept[m]
            proba = np.zeros((n, k))
            for j in range(coef_t.shape[1]):
                proba[:, self.pos[m, j]] = 1.0 / (1.0 + np.exp(self.a[m, j] * decision[:, j] + self.b[m, j]))
            if k == 2:
                proba[:, 0] = 1.0 - proba[:, 1]
            else:
                denominator = proba.sum(axis=1)[:, None]
                proba = np.divide(proba, denominator, out=np.full_like(proba, 1 / k), where=denominator != 0)
            proba[(1.0 < proba) & (proba <= 1.0 + 1e-5)] = 1.0
            total += proba
        return total / len(self.coef_t)


class FastTfidf:
    """Stance and sentiment probabilities of a fitted TF-IDF model from its exported arrays."""

    word_cache_size = 200_000

    def __init__(self, arrays: dict[str, np.ndarray]):
        header = header_of(arrays)
        if header.get("format") != FORMAT:
            raise ValueError(f"arrays of format {header.get('format')!r}, expected {FORMAT}")
        self.features = [_Features(s, arrays, f"features{i}") for i, s in enumerate(header["features"])]
        self.tasks = {task: (_Calibrated(spec["classes"], arrays, task), spec["features"])
                      for task, spec in header["tasks"].items()}

    def classes(self, task: str) -> list[str]:
        return self.tasks[task][0].classes

    def featurize(self, texts: list[str]) -> dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """The TF-IDF rows of ``texts`` for each feature block the tasks use (normalized once for all)."""
        normalized = [normalize(t) for t in texts]
        slots = sorted({slot for _, slot in self.tasks.values()})
        return {slot: self.features[slot].transform(normalized, self.word_cache_size) for slot in slots}

    def predict_features(self, n: int, features: dict) -> dict[str, np.ndarray]:
        """Probabilities of ``n`` texts from :meth:`featurize` output."""
        return {task: calibrated.predict_proba(n, *features[slot]) for task, (calibrated, slot) in self.tasks.items()}

    def predict_proba(self, texts: list[str]) -> dict[str, np.ndarray]:
        """``{task: (n, len(classes(task)))}``, columns in the order of :meth:`classes`."""
        return self.predict_features(len(texts), self.featurize(texts))
