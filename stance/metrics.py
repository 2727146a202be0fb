"""Label metrics shared by training (model cards) and ``stance eval``."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

from stance.features import statement_inputs
from stance.models.base import decide  # noqa: F401  (one abstain rule; re-exported for callers of stance.metrics)


def label_metrics(y_true: list[str], y_pred: list[str], labels: list[str]) -> dict:
    """Accuracy, macro-F1 (over the labels present in gold or predictions), per-class P/R/F1/support, confusion."""
    present = [lab for lab in labels if lab in set(y_true) | set(y_pred)]
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    return {
        "n": len(y_true),
        "accuracy": float(accuracy_score(y_true, y_pred)) if y_true else 0.0,
        "macro_f1": float(f1_score(y_true, y_pred, labels=present, average="macro", zero_division=0)) if y_true else 0.0,
        "per_class": {lab: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}
                      for i, lab in enumerate(labels)},
        "labels": list(labels),
        "confusion": confusion_matrix(y_true, y_pred, labels=labels).tolist() if y_true else [],
    }


def evaluate_records(model, records: list[dict], articles: dict[str, str] | None = None) -> dict:
    """Stance and sentiment metrics of ``model`` on gold statement records."""
    if not records:
        return {}
    probs = model.predict_proba(statement_inputs(records, articles))
    return metrics_from_proba(probs, records, model.stance_labels, model.sentiment_labels,
                              getattr(model, "abstain_threshold", 0.0))


def metrics_from_proba(probs: dict, records: list[dict], stance_labels: list[str], sentiment_labels: list[str],
                       abstain_threshold: float = 0.0) -> dict:
    """Stance and sentiment metrics of given probabilities (``predict_proba`` output) on gold records."""
    stance_pred = decide(probs["stance"], stance_labels, abstain_threshold)
    sentiment_pred = decide(probs["sentiment"], sentiment_labels)
    return {
        "stance": label_metrics([r["label"] for r in records], stance_pred, stance_labels),
        "sentiment": label_metrics([r["sentiment"] for r in records], sentiment_pred, sentiment_labels),
    }
