"""Weighted average of trained model folders (TF-IDF, BERT, ...), weights fitted on dev only.

Candidates are every weight vector on a grid over the simplex (step
``weight_step``); the one-hot vectors come first, so a member scored alone is
among the candidates and reproduces its predictions exactly. ``select_by``
says how dev picks one:

- ``"log_loss"`` (the default): the weights with the lowest dev log-loss of the
  averaged probabilities (ties keep the earlier, simpler candidate), then the
  abstain threshold from ``{0} ∪ the members' own`` with the best dev
  macro-F1 for those weights. Log-loss scores every dev statement by the
  probability given to its label, so it moves smoothly with the weights;
  macro-F1 of the arg-max moves only with the few statements near a decision
  boundary and is the noisier guide on a dev split of about a thousand
  statements (``docs/experiments.md``, round 39).
- ``"macro_f1"``: the weights and threshold with the best dev macro-F1.

Either way, when a member alone (with its own threshold) has a higher dev
macro-F1 than the pick, that member wins, so the ensemble never scores below
its best member on dev. Stance and sentiment get their own weights. A stacked
logistic regression was not used: dev is a few hundred statements per class,
too few to fit 5 x (5 x members) coefficients without overfitting the very
split that selects the model.

The folder stores ``ensemble.json``: each member's path relative to the
ensemble folder and its fingerprint (``base.model_fingerprint``: its meta.json, which lists the
checksums of every member file, less the regenerated model card). Loading refuses a member whose fingerprint
changed, then loads it through :func:`stance.models.base.load_model`, which
verifies its files.
"""

from __future__ import annotations

import itertools
import json
import os
from pathlib import Path

import numpy as np

from stance.models.base import META, ModelFolderError, StanceModel, load_model, model_fingerprint

SPEC = "ensemble.json"


def hash_key(text: str) -> str:
    """A stable order for group names (Python's hash() changes between processes)."""
    import hashlib

    return hashlib.sha256(str(text).encode("utf-8")).hexdigest()


class EnsembleModel(StanceModel):
    """Members' probabilities averaged with dev-fitted weights, behind the common model interface."""

    kind = "ensemble"
    packages = ("scikit-learn", "torch", "transformers")
    defaults = {"weight_step": 0.1, "seed": 13, "select_by": "log_loss"}

    def __init__(self, members: list[str | Path], config: dict | None = None):
        super().__init__(config)
        self.member_paths = [Path(p) for p in members]
        if not self.member_paths:
            raise ValueError("an ensemble needs at least one member model folder")
        self.members = [load_model(p) for p in self.member_paths]
        first = self.members[0]
        self.stance_labels = list(first.stance_labels)
        self.sentiment_labels = list(first.sentiment_labels)
        for path, member in zip(self.member_paths, self.members):
            if list(member.stance_labels) != self.stance_labels or list(member.sentiment_labels) != self.sentiment_labels:
                raise ModelFolderError(f"member {path} has different labels from {self.member_paths[0]}")
        n = len(self.members)
        self.stance_weights_ = np.full(n, 1.0 / n)
        self.sentiment_weights_ = np.full(n, 1.0 / n)
        self.abstain_threshold_ = 0.0
        self.selection_: dict = {}

    @property
    def abstain_threshold(self) -> float:
        return float(self.abstain_threshold_)

    def member_probabilities(self, texts: list[str]) -> list[dict[str, np.ndarray]]:
        return [m.predict_proba(list(texts)) for m in self.members]

    def _combine(self, member_probs: list[dict], task: str, weights: np.ndarray) -> np.ndarray:
        return sum(w * p[task] for w, p in zip(weights, member_probs))

    def predict_proba(self, texts: list[str]) -> dict[str, np.ndarray]:
        texts = list(texts)
        if not texts:
            return self.empty_proba()
        probs = self.member_probabilities(texts)
        return {"stance": self._combine(probs, "stance", self.stance_weights_),
                "sentiment": self._combine(probs, "sentiment", self.sentiment_weights_)}

    def candidates(self) -> list[np.ndarray]:
        """One-hot vectors first, then the rest of the simplex grid."""
        n = len(self.members)
        steps = max(1, round(1.0 / float(self.config["weight_step"])))
        grid = [np.eye(n)[i] for i in range(n)]
        for combo in itertools.product(range(steps + 1), repeat=n):
            if sum(combo) == steps and max(combo) < steps:
                grid.append(np.asarray(combo, dtype=float) / steps)
        return grid

    def fit(self, dev_texts: list[str], dev_stance: list[str], dev_sentiment: list[str],
            member_probs: list[dict] | None = None) -> "EnsembleModel":
        """Choose stance weights + abstain threshold and sentiment weights on dev only (``select_by``).

        ``member_probs``: :meth:`member_probabilities` of ``dev_texts`` when the caller already has them."""
        probs = member_probs if member_probs is not None else self.member_probabilities(dev_texts)
        self._fit_from_probs(probs, list(dev_stance), list(dev_sentiment))
        return self

    def cross_fitted_predictions(self, texts: list[str], stance: list[str], sentiment: list[str], groups: list[str],
                                 folds: int = 2, member_probs: list[dict] | None = None) -> dict[str, list[str]]:
        """Out-of-fold labels on the split the weights are fitted on: each fold of groups (articles) is
        predicted with weights fitted on the other folds, so the figure reported for that split is not
        measured on the statements that chose the weights. The fitted weights are left as they were."""
        from stance.metrics import decide

        probs = member_probs if member_probs is not None else self.member_probabilities(texts)
        keys = sorted(set(groups))
        fold_of = {g: i % folds for i, g in enumerate(sorted(keys, key=lambda g: hash_key(g)))}
        fold = np.asarray([fold_of[g] for g in groups])
        saved = (self.stance_weights_, self.sentiment_weights_, self.abstain_threshold_, self.selection_)
        out = {"stance": [""] * len(texts), "sentiment": [""] * len(texts)}
        for k in range(folds):
            fit_idx, held_idx = np.where(fold != k)[0], np.where(fold == k)[0]
            if not len(fit_idx) or not len(held_idx):
                continue
            self._fit_from_probs([{t: p[t][fit_idx] for t in p} for p in probs],
                                 [stance[i] for i in fit_idx], [sentiment[i] for i in fit_idx])
            held = [{t: p[t][held_idx] for t in p} for p in probs]
            stance_pred = decide(self._combine(held, "stance", self.stance_weights_), self.stance_labels,
                                 self.abstain_threshold_)
            sentiment_pred = decide(self._combine(held, "sentiment", self.sentiment_weights_), self.sentiment_labels)
            for j, i in enumerate(held_idx):
                out["stance"][i], out["sentiment"][i] = stance_pred[j], sentiment_pred[j]
        self.stance_weights_, self.sentiment_weights_, self.abstain_threshold_, self.selection_ = saved
        return out

    def _fit_from_probs(self, probs: list[dict], dev_stance: list[str], dev_sentiment: list[str]) -> None:
        own = [float(getattr(m, "abstain_threshold", 0.0)) for m in self.members]
        stance = self._select(probs, "stance", self.stance_labels, dev_stance, own)
        sentiment = self._select(probs, "sentiment", self.sentiment_labels, dev_sentiment, [0.0] * len(own))
        self.stance_weights_, self.abstain_threshold_ = stance.pop("weights"), stance.pop("threshold")
        self.sentiment_weights_ = sentiment.pop("weights")
        del sentiment["threshold"]
        self.selection_ = {"dev_statements": len(dev_stance), "select_by": self.select_by, **stance, **sentiment,
                           "candidates": len(self.candidates())}

    @property
    def select_by(self) -> str:
        value = str(self.config.get("select_by", "log_loss"))
        if value not in ("log_loss", "macro_f1"):
            raise ValueError(f"ensemble select_by must be 'log_loss' or 'macro_f1', not {value!r}")
        return value

    def _select(self, probs: list[dict], task: str, labels: list[str], gold: list[str], own: list[float]) -> dict:
        """Weights and abstain threshold for one task, picked on dev by ``select_by`` (see the module doc)."""
        from stance.metrics import decide, label_metrics

        thresholds = sorted({0.0, *own})
        index = {label: i for i, label in enumerate(labels)}
        rows, cols = np.arange(len(gold)), np.asarray([index[y] for y in gold], dtype=int)

        def f1(combined: np.ndarray, threshold: float) -> float:
            return label_metrics(gold, decide(combined, labels, threshold), labels)["macro_f1"]

        def log_loss(combined: np.ndarray) -> float:
            return float(-np.mean(np.log(np.clip(combined[rows, cols], 1e-12, None))))

        def tries(i: int) -> list[float]:
            # A one-hot candidate is tried with its member's own threshold first, so it reproduces the member.
            return [own[i], *[t for t in thresholds if t != own[i]]] if i < len(own) else thresholds

        candidates = self.candidates()
        combined = [self._combine(probs, task, w) for w in candidates]
        losses = [log_loss(c) for c in combined]
        members_f1 = [f1(combined[i], own[i]) for i in range(len(own))]
        if self.select_by == "macro_f1":
            pick = max(((f1(c, t), i, t) for i, c in enumerate(combined) for t in tries(i)), key=lambda x: x[0])
        else:
            i = int(np.argmin(losses))  # the first of equal losses
            pick = max(((f1(combined[i], t), i, t) for t in tries(i)), key=lambda x: x[0])
        best_member = int(np.argmax(members_f1))
        if members_f1[best_member] > pick[0]:
            pick = (members_f1[best_member], best_member, own[best_member])
        score, i, threshold = pick
        paths = [str(p) for p in self.member_paths]
        return {"weights": candidates[i], "threshold": threshold,
                f"dev_{task}_macro_f1": round(score, 5),
                f"members_dev_{task}_macro_f1": {p: round(v, 5) for p, v in zip(paths, members_f1)},
                f"dev_{task}_log_loss": round(losses[i], 5),
                f"members_dev_{task}_log_loss": {p: round(v, 5) for p, v in zip(paths, losses)}}

    def _meta_config(self) -> dict:
        return {**self.config, "abstain_threshold": float(self.abstain_threshold_)}

    def _save_files(self, folder: Path) -> None:
        spec = {
            "members": [{"path": Path(os.path.relpath(p.resolve(), folder.resolve())).as_posix(),
                         "kind": m.kind, "fingerprint": model_fingerprint(p)}
                        for p, m in zip(self.member_paths, self.members)],
            "stance_weights": [round(float(w), 6) for w in self.stance_weights_],
            "sentiment_weights": [round(float(w), 6) for w in self.sentiment_weights_],
            "abstain_threshold": float(self.abstain_threshold_),
            "selection": self.selection_,
        }
        (folder / SPEC).write_text(json.dumps(spec, ensure_ascii=False, indent=2), encoding="utf-8")

    @classmethod
    def _from_meta(cls, folder: Path, meta: dict) -> "EnsembleModel":
        try:
            spec = json.loads((folder / SPEC).read_text(encoding="utf-8"))
            entries = spec["members"]
        except (OSError, json.JSONDecodeError, KeyError) as exc:
            raise ModelFolderError(f"{folder}: unreadable {SPEC}: {exc}") from None
        paths = []
        for entry in entries:
            path = (folder / entry["path"]).resolve()
            if not (path / META).is_file():
                raise ModelFolderError(f"{folder}: member {entry['path']} not found at {path}")
            if model_fingerprint(path) != entry.get("fingerprint"):
                raise ModelFolderError(f"{folder}: member {entry['path']} changed since the ensemble was fitted "
                                       "(its weights, config or metrics differ); refit the ensemble")
            paths.append(path)
        return cls(paths, meta.get("config", {}))

    def _load_files(self, folder: Path, meta: dict, **options) -> None:
        spec = json.loads((folder / SPEC).read_text(encoding="utf-8"))
        self.stance_weights_ = np.asarray(spec["stance_weights"], dtype=float)
        self.sentiment_weights_ = np.asarray(spec["sentiment_weights"], dtype=float)
        self.abstain_threshold_ = float(spec["abstain_threshold"])
        self.selection_ = spec.get("selection", {})
