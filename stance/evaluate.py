"""Side-by-side evaluation of model folders on gold statement sets.

    from stance.evaluate import run_eval
    metrics = run_eval(["artifacts/tfidf", "artifacts/bert"], None, "reports/eval")

For every model and gold set: stance and sentiment scores with bootstrap
confidence intervals, per-class and per-actor metrics, confusion matrices,
calibration (ECE and reliability bins), coverage against accuracy over
abstention thresholds, scoring cost and the most confident mistakes. Every two
models are compared on the same statements (McNemar and a paired bootstrap of
the macro-F1 difference). Once per gold set, the rule-based extractor is scored
end to end on the gold articles (detection and attribution, exact and overlap
span matching).

Everything lands in ``metrics.json`` (schema in ``eval/README.md``);
``report.html`` and ``report.md`` are rendered from that data alone by
:mod:`stance.report`. A broken model folder, a missing gold file or gold labels
a model does not know are recorded under ``problems`` and the rest still runs.
"""

from __future__ import annotations

import datetime as _dt
import json
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

import numpy as np

from stance.data import read_jsonl
from stance.features import statement_inputs
from stance.metrics import decide, label_metrics
from stance.models.base import json_default

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = (ROOT / "eval" / "gold" / "test.jsonl", ROOT / "eval" / "gold" / "seeds.jsonl",
                ROOT / "eval" / "cases" / "real_layouts" / "gold.jsonl")
SEED_DIR = ROOT / "seeds"
GOLD_KEYS = ("article_id", "actor", "start", "end", "text", "label", "sentiment")
SCHEMA_VERSION = 1

DEFAULTS = {
    "bootstrap_resamples": 1000,
    "confidence_level": 0.95,
    "seed": 13,
    "significance_level": 0.05,
    "calibration_bins": 10,
    "coverage_thresholds": [round(t, 2) for t in np.arange(0.0, 1.0, 0.05)],
    "top_k_errors": 10,
    "min_overlap": 0.5,
    "max_examples": 20,
}


# --------------------------------------------------------------------- entry point
def run_eval(model_dirs: list[str], gold_paths: list[str] | None, out_dir: str,
             articles_paths: dict | None = None, **options) -> dict:
    """Evaluate every model folder on every gold file; write ``metrics.json``, ``report.html``, ``report.md``.

    Parameters
    ----------
    model_dirs : list of str
        Model folders (anything :func:`stance.models.base.load_model` reads).
    gold_paths : list of str or None
        Gold JSONL files (ANNOTATION.md §5); ``None`` means ``eval/gold/test.jsonl`` and
        ``eval/gold/seeds.jsonl``, whichever exist.
    out_dir : str
        Created if needed.
    articles_paths : dict, optional
        ``{gold path or gold set name: articles}`` where articles is a folder of ``<id>.txt`` or a
        JSONL of ``{"id", "text"}``; overrides :func:`find_articles`.
    **options
        Overrides of :data:`DEFAULTS` (``bootstrap_resamples``, ``seed``, ``top_k_errors``, ...).

    Returns
    -------
    dict
        The metrics, as written to ``out_dir/metrics.json``.
    """
    from stance.report import render_html, render_markdown

    unknown = set(options) - set(DEFAULTS)
    if unknown:
        raise TypeError(f"unknown options: {sorted(unknown)}")
    config = {**DEFAULTS, **options}
    problems: list[dict] = []

    explicit_gold = gold_paths is not None
    gold_paths = [str(p) for p in (gold_paths if explicit_gold else [g for g in DEFAULT_GOLD if Path(g).is_file()])]
    gold_sets = {}
    for name, path in _unique_names(gold_paths, gold=True):
        loaded = load_gold_set(path, _articles_override(articles_paths, path, name), problems, name,
                               missing_is_problem=True)
        if loaded is not None:
            gold_sets[name] = loaded
    if not gold_sets:
        problems.append(_problem("gold_file", "eval", "no gold set could be read; nothing was scored"))

    models = {}
    loaded_models = {}
    for name, path in _unique_names([str(p) for p in model_dirs], gold=False):
        info, model = load_model_info(path, problems, name)
        models[name] = info
        if model is not None:
            loaded_models[name] = model

    # Gold summaries first: they run the extractor once per gold set, and every model's end-to-end figure
    # scores those extracted statements.
    summaries = {name: _gold_summary(gold, config, problems) for name, gold in gold_sets.items()}
    results: dict[str, dict] = {}
    comparisons: dict[str, list] = {}
    for gname, gold in gold_sets.items():
        results[gname] = {}
        outputs = {}
        for mname, model in loaded_models.items():
            try:
                result, output = evaluate_model(model, gold, config, problems, mname, gname)
            except Exception as exc:  # one failing model must not sink the report
                problems.append(_problem("scoring", f"{mname} on {gname}", f"scoring failed: {type(exc).__name__}: {exc}"))
                continue
            results[gname][mname] = result
            outputs[mname] = output
        comparisons[gname] = compare_models(outputs, config)

    metrics = {
        "schema_version": SCHEMA_VERSION,
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "config": config,
        "models": models,
        "gold_sets": summaries,
        "results": results,
        "comparisons": comparisons,
        "problems": problems,
    }
    metrics = json.loads(json.dumps(metrics, default=json_default))  # exactly what metrics.json holds
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8")
    (out / "report.html").write_text(render_html(metrics), encoding="utf-8")
    (out / "report.md").write_text(render_markdown(metrics), encoding="utf-8")
    return metrics


# --------------------------------------------------------------------- inputs
def _unique_names(paths: list[str], gold: bool) -> list[tuple[str, str]]:
    """Short names for paths (file stem or folder name), made unique with the parent folder or a counter."""
    base = [Path(p).stem if gold else (Path(p).name or str(p)) for p in paths]
    counts = Counter(base)
    names, seen = [], set()
    for p, b in zip(paths, base):
        name = b if counts[b] == 1 else f"{Path(p).parent.name}/{b}"
        n = 2
        candidate = name
        while candidate in seen:
            candidate = f"{name}#{n}"
            n += 1
        seen.add(candidate)
        names.append((candidate, p))
    return names


def _articles_override(articles_paths: dict | None, path: str, name: str):
    if not articles_paths:
        return None
    for key in (path, str(Path(path)), name):
        if key in articles_paths:
            return articles_paths[key]
    return None


def find_articles(gold_path: str | Path) -> Path | None:
    """Where the articles of a gold file live: ``seeds/`` for ``seeds.jsonl``, else ``<stem>_articles.jsonl``
    next to it (or ``articles.jsonl`` next to a training-corpus ``statements.jsonl``)."""
    gold_path = Path(gold_path)
    candidates = []
    if gold_path.stem == "seeds":
        candidates += [gold_path.parent / "seeds", gold_path.parent.parent.parent / "seeds", SEED_DIR]
    candidates += [gold_path.with_name(f"{gold_path.stem}_articles.jsonl"), gold_path.with_name("articles.jsonl")]
    for cand in candidates:
        if cand.is_dir() and any(cand.glob("*.txt")):
            return cand
        if cand.is_file():
            return cand
    return None


def read_articles(path: str | Path) -> tuple[dict[str, str], bool]:
    """``({id: text}, complete)``: a folder of ``<id>.txt`` or a JSONL of ``{"id", "text"}``.

    ``complete`` is true for a JSONL, whose every article is a gold article (one with no gold
    statement says the article has none); a folder may hold articles the gold file does not cover.
    """
    path = Path(path)
    if path.is_dir():
        return {p.stem: p.read_text(encoding="utf-8") for p in sorted(path.glob("*.txt"))}, False
    rows = read_jsonl(path)
    return {str(r["id"]): r["text"] for r in rows if "id" in r and isinstance(r.get("text"), str)}, True


def read_article_dates(path: str | Path) -> dict[str, str]:
    """``{id: date}`` for the rows of a JSONL article list that carry a ``date`` (for the extractor)."""
    path = Path(path)
    if path.is_dir():
        return {}
    return {str(r["id"]): r["date"] for r in read_jsonl(path) if "id" in r and r.get("date")}


# A gold set where more than this share of the statements do not match their article's text at their offsets
# is refused: its figures would measure the offsets, not the models (a few stray spans are only reported).
MAX_BAD_OFFSET_SHARE = 0.5


def load_gold_set(path: str | Path, articles_path, problems: list[dict], name: str,
                  missing_is_problem: bool = True) -> dict | None:
    """Read and check one gold file and its articles; ``None`` (and a problem) if it cannot be used."""
    path = Path(path)
    if not path.is_file():
        if missing_is_problem:
            problems.append(_problem("gold_file", name, f"gold file not found: {path}"))
        return None
    try:
        rows = read_jsonl(path)
    except (ValueError, UnicodeDecodeError) as exc:
        problems.append(_problem("gold_file", name, str(exc)))
        return None
    records = []
    for n, row in enumerate(rows, 1):
        missing = [k for k in GOLD_KEYS if row.get(k) is None]
        if missing:
            problems.append(_problem("gold_file", name, f"line {n} lacks {missing}; skipped"))
            continue
        records.append(row)
    articles, complete = {}, False
    articles_path = articles_path or find_articles(path)
    if articles_path is None:
        problems.append(_problem("articles", name, "no articles found: models read spans without their reporting "
                                                   "cue and the end-to-end evaluation is skipped"))
    else:
        try:
            articles, complete = read_articles(articles_path)
        except (OSError, ValueError) as exc:
            problems.append(_problem("articles", name, f"cannot read articles {articles_path}: {exc}"))
            articles_path = None
    missing_articles = sorted({r["article_id"] for r in records} - set(articles))
    if articles and missing_articles:
        problems.append(_problem("articles", name, f"{len(missing_articles)} gold article(s) not in {articles_path}: "
                                                   f"{missing_articles[:5]}"))
    if not records:
        problems.append(_problem("gold_file", name, f"no usable gold statement in {path} (each line needs "
                                                    f"{', '.join(GOLD_KEYS)}); gold set not used"))
        return None
    checked = [r for r in records if r["article_id"] in articles]
    bad = [r for r in checked if articles[r["article_id"]][int(r["start"]):int(r["end"])] != r["text"]]
    if checked and len(bad) > len(checked) * MAX_BAD_OFFSET_SHARE:
        problems.append(_problem("offsets", name, f"{len(bad)} of {len(checked)} statement(s) have a text that is not "
                                                  f"article[start:end] (e.g. {bad[0]['article_id']} "
                                                  f"{bad[0]['start']}-{bad[0]['end']}): the offsets do not match "
                                                  f"{articles_path} (shifted offsets or another articles file?); "
                                                  f"gold set not used"))
        return None
    if bad:
        problems.append(_problem("offsets", name, f"{len(bad)} statement(s) whose text is not article[start:end], "
                                                  f"e.g. {bad[0]['article_id']} {bad[0]['start']}-{bad[0]['end']}"))
    dates = read_article_dates(articles_path) if articles_path else {}
    # Statements the annotators flagged ambiguous stay statements (extraction is scored on them) but are left
    # out of the stance and sentiment figures, which are the primary ones.
    clear = [r for r in records if not r.get("ambiguous")]
    return {"name": name, "path": str(path), "records": clear, "all_records": records,
            "ambiguous_left_out": len(records) - len(clear), "articles": articles, "article_dates": dates,
            "articles_path": str(articles_path) if articles_path else None, "articles_complete": complete}


def load_model_info(path: str, problems: list[dict], name: str):
    """``(info, model)``; a folder that does not load gives ``ok: false`` and a problem, not an exception."""
    from stance.models.base import ModelFolderError, load_model

    info = {"path": str(path), "ok": False, "error": None, "kind": None, "stance_labels": [], "sentiment_labels": [],
            "abstain_threshold": 0.0, "cost": {"train_seconds": None, "size_bytes": folder_size(path), "files": 0}}
    try:
        model = load_model(path)
    except ModelFolderError as exc:
        info["error"] = str(exc)
    except Exception as exc:  # a corrupt file can raise anything while deserializing
        info["error"] = f"{type(exc).__name__}: {exc}"
    else:
        meta = getattr(model, "meta", {}) or {}
        info.update(ok=True, kind=meta.get("kind", getattr(model, "kind", None)),
                    stance_labels=list(model.stance_labels), sentiment_labels=list(model.sentiment_labels),
                    abstain_threshold=float(getattr(model, "abstain_threshold", 0.0) or 0.0),
                    data_hash=meta.get("data_hash"), created=meta.get("created"), seed=meta.get("seed"))
        info["cost"].update(train_seconds=meta.get("train_seconds"), files=len(meta.get("files", {})) + 1)
        return info, model
    problems.append(_problem("model_folder", name, f"model not evaluated: {info['error']}"))
    return info, None


def folder_size(path: str | Path) -> int:
    path = Path(path)
    if not path.is_dir():
        return 0
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _gold_summary(gold: dict, config: dict, problems: list[dict]) -> dict:
    recs = gold["records"]
    summary = {
        "path": gold["path"], "articles_path": gold["articles_path"],
        "n_statements": len(recs), "n_articles": len({r["article_id"] for r in recs}),
        "label_counts": dict(Counter(r["label"] for r in recs)),
        "sentiment_counts": dict(Counter(r["sentiment"] for r in recs)),
        "actor_counts": dict(Counter(r["actor"] for r in recs)),
        "ambiguous_left_out": gold.get("ambiguous_left_out", 0),
        "end_to_end": None,
    }
    if gold["articles"]:
        try:
            summary["end_to_end"] = end_to_end(gold, config)
        except Exception as exc:
            problems.append(_problem("end_to_end", gold["name"], f"extraction failed: {type(exc).__name__}: {exc}"))
    return summary


def _problem(kind: str, where: str, message: str) -> dict:
    return {"kind": kind, "where": where, "message": message}


# --------------------------------------------------------------------- one model on one gold set
def evaluate_model(model, gold: dict, config: dict, problems: list[dict], mname: str, gname: str):
    """``(result, output)``: the metrics of one model on one gold set, and its per-statement predictions."""
    records = gold["records"]
    inputs = statement_inputs(records, gold["articles"] or None)
    started = time.perf_counter()
    probs = model.predict_proba(inputs)
    seconds = time.perf_counter() - started
    result = {"n": len(records),
              "throughput": {"statements": len(records), "seconds": round(seconds, 6),
                             "statements_per_second": round(len(records) / seconds, 3) if seconds > 0 else None}}
    output = {}
    for task, gold_key, labels, threshold in (
        ("stance", "label", list(model.stance_labels), float(getattr(model, "abstain_threshold", 0.0) or 0.0)),
        ("sentiment", "sentiment", list(model.sentiment_labels), 0.0),
    ):
        p = np.asarray(probs[task], dtype=float)
        y_true = [r[gold_key] for r in records]
        y_pred = decide(p, labels, threshold) if len(records) else []
        outside = sorted(set(y_true) - set(labels))
        if outside:
            n_out = sum(y in outside for y in y_true)
            problems.append(_problem("label_set", f"{mname} on {gname}",
                                     f"{task}: {n_out} gold statement(s) carry labels {outside} that the model does "
                                     f"not have ({labels}); they are scored as errors"))
        scored_labels = labels + outside
        m = label_metrics(y_true, y_pred, scored_labels)
        m["labels_outside_model"] = outside
        correct = np.array([t == q for t, q in zip(y_true, y_pred)], dtype=bool)
        t_codes, p_codes = _codes(y_true, scored_labels), _codes(y_pred, scored_labels)
        ci = bootstrap_ci(t_codes, p_codes, len(scored_labels), config)
        m["accuracy_ci"], m["macro_f1_ci"] = ci["accuracy"], ci["macro_f1"]
        confidence = p.max(axis=1) if len(records) else np.zeros(0)
        argmax_correct = np.array([labels[i] == t for i, t in zip(p.argmax(axis=1), y_true)], dtype=bool) \
            if len(records) else np.zeros(0, dtype=bool)
        result[task] = m
        result.setdefault("calibration", {})[task] = calibration(confidence, argmax_correct, config["calibration_bins"])
        result.setdefault("coverage", {})[task] = coverage_curve(confidence, argmax_correct, config["coverage_thresholds"])
        result.setdefault("worst_errors", {})[task] = worst_errors(records, y_true, y_pred, p, labels,
                                                                   config["top_k_errors"])
        output[task] = {"true": t_codes, "pred": p_codes, "correct": correct, "n_labels": len(scored_labels),
                        "labels": scored_labels, "y_true": y_true, "y_pred": y_pred}
    result["abstain_threshold"] = float(getattr(model, "abstain_threshold", 0.0) or 0.0)
    result["per_actor"] = per_actor(records, output)
    if gold.get("extracted") is not None:
        left_out = [r for r in gold.get("all_records", records) if r.get("ambiguous")]
        result["end_to_end"] = end_to_end_stance(records, gold["extracted"], model, config["min_overlap"], left_out)
    return result, output


def _codes(values: list[str], labels: list[str]) -> np.ndarray:
    index = {lab: i for i, lab in enumerate(labels)}
    return np.array([index[v] for v in values], dtype=int)


def per_actor(records: list[dict], output: dict) -> dict:
    """Stance accuracy, macro-F1 and the gold and predicted label distributions per speaker."""
    st = output["stance"]
    by_actor: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        by_actor.setdefault(r["actor"], []).append(i)
    out = {}
    for actor, idx in sorted(by_actor.items()):
        gold_labels = [st["y_true"][i] for i in idx]
        pred_labels = [st["y_pred"][i] for i in idx]
        m = label_metrics(gold_labels, pred_labels, st["labels"])
        out[actor] = {
            "n": len(idx),
            "accuracy": m["accuracy"],
            "macro_f1": m["macro_f1"],
            "gold_distribution": dict(Counter(gold_labels)),
            "predicted_distribution": dict(Counter(pred_labels)),
        }
    return out


# --------------------------------------------------------------------- statistics
def macro_f1_from_codes(t: np.ndarray, p: np.ndarray, k: int) -> float:
    """Macro-F1 over the labels present in gold or predictions (as :func:`stance.metrics.label_metrics`)."""
    if len(t) == 0:
        return 0.0
    return float(_macro_f1_batch(t[None, :], p[None, :], k)[0])


def _macro_f1_batch(t: np.ndarray, p: np.ndarray, k: int) -> np.ndarray:
    """Macro-F1 of each row of ``(b, n)`` code matrices."""
    b = t.shape[0]
    offs = (np.arange(b) * k)[:, None]
    tp = np.bincount((offs + t)[t == p], minlength=b * k).reshape(b, k)
    gold = np.bincount((offs + t).ravel(), minlength=b * k).reshape(b, k)
    pred = np.bincount((offs + p).ravel(), minlength=b * k).reshape(b, k)
    denom = gold + pred
    f1 = np.where(denom > 0, 2 * tp / np.maximum(denom, 1), 0.0)
    present = denom > 0
    return f1.sum(axis=1) / np.maximum(present.sum(axis=1), 1)


def _bootstrap(statistic, arrays: tuple[np.ndarray, ...], config: dict):
    """``scipy.stats.bootstrap`` over statements (the arrays resampled together), percentile intervals, fixed seed.

    ``statistic`` takes 2-D arrays (resamples, statements) and returns one value per row.
    """
    from scipy.stats import bootstrap

    def vectorized(*samples, axis=-1):
        rows = [np.moveaxis(np.asarray(x), axis, -1) for x in samples]
        shape = rows[0].shape[:-1]
        values = statistic(*(r.reshape(-1, r.shape[-1]) for r in rows))
        return values.reshape(shape) if shape else values[0]

    return bootstrap(arrays, vectorized, n_resamples=config["bootstrap_resamples"], paired=True, vectorized=True,
                     confidence_level=config["confidence_level"], method="percentile",
                     rng=np.random.default_rng(config["seed"]))


def bootstrap_ci(t: np.ndarray, p: np.ndarray, k: int, config: dict) -> dict:
    """Percentile bootstrap intervals (``scipy.stats.bootstrap``, fixed seed) for accuracy and macro-F1:
    ``{"accuracy": [lo, hi], "macro_f1": [lo, hi]}``."""
    n = len(t)
    if n == 0:
        return {"accuracy": [None, None], "macro_f1": [None, None]}
    if n == 1:  # nothing to resample
        acc = float(t[0] == p[0])
        return {"accuracy": [acc, acc], "macro_f1": [float(macro_f1_from_codes(t, p, k))] * 2}
    acc = _bootstrap(lambda tt, pp: (tt == pp).mean(axis=1), (t, p), config).confidence_interval
    f1 = _bootstrap(lambda tt, pp: _macro_f1_batch(tt, pp, k), (t, p), config).confidence_interval
    return {"accuracy": [float(acc.low), float(acc.high)], "macro_f1": [float(f1.low), float(f1.high)]}


def mcnemar(correct_a: np.ndarray, correct_b: np.ndarray) -> dict:
    """McNemar's test on paired correctness: exact binomial test (scipy) under 25 discordant pairs, else chi²
    with continuity correction."""
    from scipy.stats import binomtest, chi2

    a_only = int(np.sum(correct_a & ~correct_b))
    b_only = int(np.sum(~correct_a & correct_b))
    discordant = a_only + b_only
    if discordant == 0:
        return {"a_only_correct": 0, "b_only_correct": 0, "statistic": 0.0, "p_value": 1.0, "method": "exact"}
    if discordant < 25:
        p = float(binomtest(min(a_only, b_only), discordant, 0.5).pvalue)
        return {"a_only_correct": a_only, "b_only_correct": b_only, "statistic": float(min(a_only, b_only)),
                "p_value": min(1.0, p), "method": "exact"}
    stat = (abs(a_only - b_only) - 1) ** 2 / discordant
    return {"a_only_correct": a_only, "b_only_correct": b_only, "statistic": float(stat),
            "p_value": float(chi2.sf(stat, 1)), "method": "chi2"}


def paired_bootstrap(out_a: dict, out_b: dict, config: dict) -> dict:
    """Macro-F1 difference (a - b) on the same resampled statements: point, interval and two-sided p-value
    (the share of resamples on the other side of zero, doubled)."""
    t = out_a["true"]
    n = len(t)
    k = max(out_a["n_labels"], out_b["n_labels"])
    diff = macro_f1_from_codes(t, out_a["pred"], k) - macro_f1_from_codes(out_b["true"], out_b["pred"], k)
    if n < 2:
        return {"metric": "macro_f1", "difference": float(diff), "ci": [None, None] if n == 0 else [float(diff)] * 2,
                "p_value": 1.0}
    result = _bootstrap(lambda ta, pa, tb, pb: _macro_f1_batch(ta, pa, k) - _macro_f1_batch(tb, pb, k),
                        (t, out_a["pred"], out_b["true"], out_b["pred"]), config)
    d = result.bootstrap_distribution
    if np.all(d == 0):
        p = 1.0
    else:
        p = min(1.0, 2 * min(float(np.mean(d <= 0)), float(np.mean(d >= 0))))
    ci = result.confidence_interval
    return {"metric": "macro_f1", "difference": float(diff), "ci": [float(ci.low), float(ci.high)], "p_value": p}


def compare_models(outputs: dict, config: dict) -> list[dict]:
    """Every pair of models on the same gold statements, for stance and sentiment."""
    rows = []
    for a, b in combinations(sorted(outputs), 2):
        for task in ("stance", "sentiment"):
            oa, ob = outputs[a][task], outputs[b][task]
            test = mcnemar(oa["correct"], ob["correct"])
            boot = paired_bootstrap(oa, ob, config)
            rows.append({
                "model_a": a, "model_b": b, "task": task, "n": int(len(oa["correct"])),
                "accuracy_a": float(oa["correct"].mean()) if len(oa["correct"]) else None,
                "accuracy_b": float(ob["correct"].mean()) if len(ob["correct"]) else None,
                "mcnemar": test, "paired_bootstrap": boot,
                "p_value": test["p_value"], "significant": bool(test["p_value"] < config["significance_level"]),
            })
    return rows


def calibration(confidence: np.ndarray, correct: np.ndarray, n_bins: int) -> dict:
    """Expected calibration error of the top label and the reliability bins behind it (equal-width bins)."""
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    bins, ece, n = [], 0.0, len(confidence)
    which = np.clip(np.digitize(confidence, edges[1:-1], right=True), 0, n_bins - 1) if n else np.zeros(0, dtype=int)
    for i in range(n_bins):
        mask = which == i
        count = int(mask.sum())
        conf = float(confidence[mask].mean()) if count else None
        acc = float(correct[mask].mean()) if count else None
        if count:
            ece += count / n * abs(acc - conf)
        bins.append({"lower": float(edges[i]), "upper": float(edges[i + 1]), "count": count,
                     "confidence": conf, "accuracy": acc})
    return {"ece": float(ece) if n else None, "n": n, "bins": bins}


def coverage_curve(confidence: np.ndarray, correct: np.ndarray, thresholds: list[float]) -> list[dict]:
    """Keeping only predictions at least ``threshold`` confident: share kept and accuracy on what is kept."""
    n = len(confidence)
    rows = []
    for t in thresholds:
        kept = confidence >= t
        k = int(kept.sum())
        rows.append({"threshold": float(t), "kept": k, "coverage": k / n if n else 0.0,
                     "accuracy": float(correct[kept].mean()) if k else None})
    return rows


def worst_errors(records: list[dict], y_true: list[str], y_pred: list[str], probs: np.ndarray,
                 labels: list[str], k: int) -> list[dict]:
    """The ``k`` wrong predictions the model was most sure of."""
    rows = []
    for i, (t, p) in enumerate(zip(y_true, y_pred)):
        if t == p:
            continue
        r = records[i]
        rows.append({"article_id": r["article_id"], "actor": r["actor"], "start": r["start"], "end": r["end"],
                     "text": r["text"], "gold": t, "predicted": p,
                     "confidence": float(probs[i, labels.index(p)])})
    rows.sort(key=lambda row: -row["confidence"])
    return rows[:k]


# --------------------------------------------------------------------- end to end
def span_overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters over the length of the shorter span (0 when disjoint)."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shared / shorter if shared > 0 and shorter > 0 else 0.0


def match_spans(gold: list[dict], predicted: list[dict], mode: str, min_overlap: float = 0.5) -> list[tuple[int, int]]:
    """One-to-one ``(gold index, predicted index)`` pairs; ``exact`` needs equal offsets, ``overlap`` at least
    ``min_overlap`` of the shorter span shared (best pairs first, same-actor pairs preferred on ties)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            gs, ps = (int(g["start"]), int(g["end"])), (int(p["start"]), int(p["end"]))
            if mode == "exact":
                score = 1.0 if gs == ps else 0.0
            elif mode == "overlap":
                score = span_overlap(gs, ps)
                score = score if score >= min_overlap else 0.0
            else:
                raise ValueError(f"unknown matching mode {mode!r}")
            if score > 0:
                candidates.append((score, g["actor"] == p["actor"], gi, pi))
    candidates.sort(key=lambda c: (-c[0], not c[1], c[2], c[3]))
    used_g, used_p, pairs = set(), set(), []
    for _, _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp}


def score_extraction(gold_by_article: dict[str, list[dict]], pred_by_article: dict[str, list[dict]], mode: str,
                     min_overlap: float = 0.5, max_examples: int = 20) -> dict:
    """Detection (span found) and attribution (span found and speaker right) P/R/F1, and attribution errors."""
    n_gold = n_pred = detected = attributed = 0
    tracked = _TrackedCounts()
    errors = {"wrong_actor": 0, "missed": 0, "invented": 0}
    examples = {"wrong_actor": [], "missed": [], "invented": []}

    def add(kind, row):
        errors[kind] += 1
        if len(examples[kind]) < max_examples:
            examples[kind].append(row)

    for aid in sorted(set(gold_by_article) | set(pred_by_article)):
        gold, pred = gold_by_article.get(aid, []), pred_by_article.get(aid, [])
        n_gold += len(gold)
        n_pred += len(pred)
        pairs = match_spans(gold, pred, mode, min_overlap)
        tracked.add(gold, pred, pairs)
        detected += len(pairs)
        for gi, pi in pairs:
            if gold[gi]["actor"] == pred[pi]["actor"]:
                attributed += 1
            else:
                add("wrong_actor", {"article_id": aid, "gold_actor": gold[gi]["actor"], "predicted_actor": pred[pi]["actor"],
                                    "start": gold[gi]["start"], "end": gold[gi]["end"], "text": gold[gi]["text"]})
        matched_g, matched_p = {g for g, _ in pairs}, {p for _, p in pairs}
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                add("missed", {"article_id": aid, "gold_actor": g["actor"], "predicted_actor": None,
                               "start": g["start"], "end": g["end"], "text": g["text"]})
        for pi, p in enumerate(pred):
            if pi not in matched_p:
                add("invented", {"article_id": aid, "gold_actor": None, "predicted_actor": p["actor"],
                                 "start": p["start"], "end": p["end"], "text": p["text"]})
    return {"gold": n_gold, "predicted": n_pred,
            "detection": _prf(detected, n_pred, n_gold), "attribution": _prf(attributed, n_pred, n_gold),
            "tracked": tracked.result(),
            "errors": errors, "examples": examples}


def tracked_attribution(gold_by_article: dict[str, list[dict]], pred_by_article: dict[str, list[dict]], mode: str,
                        min_overlap: float = 0.5) -> dict:
    """The figures issue 9 sets targets on: statements by the tracked actors found and given to the right one
    (recall), the share of matched statements given to a tracked actor that belong to someone else
    (misattribution), and statements by other people claimed for a tracked actor."""
    counts = _TrackedCounts()
    for aid in sorted(set(gold_by_article) | set(pred_by_article)):
        gold, pred = gold_by_article.get(aid, []), pred_by_article.get(aid, [])
        counts.add(gold, pred, match_spans(gold, pred, mode, min_overlap))
    return counts.result()


class _TrackedCounts:
    """Tracked-actor figures accumulated article by article from the matched pairs already computed."""

    def __init__(self):
        self.n_tracked = self.right = self.claimed = self.claimed_wrong = self.others_claimed = 0

    def add(self, gold: list[dict], pred: list[dict], pairs: list[tuple[int, int]]) -> None:
        self.n_tracked += sum(1 for g in gold if g["actor"] != "other")
        for gi, pi in pairs:
            g_actor, p_actor = gold[gi]["actor"], pred[pi]["actor"]
            if g_actor != "other" and g_actor == p_actor:
                self.right += 1
            if p_actor != "other":
                self.claimed += 1
                if g_actor != p_actor:
                    self.claimed_wrong += 1
                    self.others_claimed += g_actor == "other"

    def result(self) -> dict:
        return {"gold": self.n_tracked, "attribution_recall": self.right / self.n_tracked if self.n_tracked else 0.0,
                "misattribution": self.claimed_wrong / self.claimed if self.claimed else 0.0,
                "claimed_for_tracked": self.claimed, "others_claimed": self.others_claimed}


def end_to_end_stance(gold_records: list[dict], extracted: dict[str, list[dict]], model, min_overlap: float,
                      left_out: list[dict] | None = None) -> dict:
    """Extraction, attribution and stance together: macro-F1 over the stance labels where a gold statement
    counts as found only when a predicted statement overlaps it and names the same speaker. A missed or
    misattributed gold statement is a false negative of its label, a predicted statement with no such gold
    match a false positive of its predicted label.

    ``left_out``: gold statements kept out of the stance figures (flagged ambiguous). They are still statements:
    a prediction that matches one (span and speaker) is neither right nor wrong and is not counted, and they are
    never false negatives."""
    from stance.features import compose_input

    pred_recs = [(aid, p) for aid in sorted(extracted) for p in extracted[aid]]
    labels: list[str] = []
    if pred_recs:
        probs = model.predict_proba([compose_input(p["text"], p.get("cue")) for _, p in pred_recs])
        labels = decide(np.asarray(probs["stance"]), list(model.stance_labels),
                        float(getattr(model, "abstain_threshold", 0.0) or 0.0))
    by_article: dict[str, list[tuple[dict, str]]] = {}
    for (aid, p), lab in zip(pred_recs, labels):
        by_article.setdefault(aid, []).append((p, lab))
    gold_by_article: dict[str, list[tuple[dict, bool]]] = {}
    for records, counted in ((gold_records, True), (left_out or [], False)):
        for r in records:
            gold_by_article.setdefault(r["article_id"], []).append((r, counted))
    y_true, y_pred = [], []
    missing = "(not found)"
    n_left_out = 0
    for aid in sorted(set(gold_by_article) | set(by_article)):
        n_left_out += _pair_article(gold_by_article.get(aid, []), by_article.get(aid, []), min_overlap, missing,
                                    y_true, y_pred)
    labels_all = list(model.stance_labels)
    m = label_metrics(y_true, y_pred, labels_all + [missing])
    per = {lab: m["per_class"][lab]["f1"] for lab in labels_all}
    return {"macro_f1": float(np.mean(list(per.values()))), "per_class_f1": per,
            "gold": len(gold_records), "predicted": len(pred_recs),
            "matched": sum(1 for t, q in zip(y_true, y_pred) if t != missing and q != missing), "left_out": n_left_out}


def _pair_article(gold: list[tuple[dict, bool]], pred: list[tuple[dict, str]], min_overlap: float, missing: str,
                  y_true: list[str], y_pred: list[str]) -> int:
    """Append one article's (gold label, predicted label) pairs for :func:`end_to_end_stance`: matched statements,
    then gold ones not found (``missing`` predicted), then predictions with no gold match (``missing`` true).
    ``gold`` holds ``(record, counted)``; a match with an uncounted record adds nothing. Returns those matches."""
    pairs = [(gi, pi) for gi, pi in match_spans([g for g, _ in gold], [p for p, _ in pred], "overlap", min_overlap)
             if gold[gi][0]["actor"] == pred[pi][0]["actor"]]
    used_g, used_p = {g for g, _ in pairs}, {p for _, p in pairs}
    for gi, pi in pairs:
        if gold[gi][1]:
            y_true.append(gold[gi][0]["label"])
            y_pred.append(pred[pi][1])
    unfound = [g["label"] for gi, (g, counted) in enumerate(gold) if counted and gi not in used_g]
    y_true += unfound
    y_pred += [missing] * len(unfound)
    extra = [lab for pi, (_, lab) in enumerate(pred) if pi not in used_p]
    y_true += [missing] * len(extra)
    y_pred += extra
    return sum(1 for gi, _ in pairs if not gold[gi][1])

def end_to_end(gold: dict, config: dict) -> dict:
    """The extractor (model-independent) on the gold articles, scored with exact and overlap span matching.

    Articles are those with a gold statement, plus, for a JSONL article list, every article in it
    (an article with no gold statement then says it has none).
    """
    from stance.extract import extract_statements

    gold_by_article: dict[str, list[dict]] = {}
    for r in gold.get("all_records", gold["records"]):
        if r["article_id"] in gold["articles"]:
            gold_by_article.setdefault(r["article_id"], []).append(r)
    article_ids = set(gold_by_article)
    if gold.get("articles_complete"):
        article_ids |= set(gold["articles"])
    pred_by_article = {}
    started = time.perf_counter()
    dates = gold.get("article_dates", {})
    for aid in sorted(article_ids):
        pred_by_article[aid] = [s.to_dict() for s in extract_statements(gold["articles"][aid], date=dates.get(aid))]
    seconds = time.perf_counter() - started
    gold["extracted"] = pred_by_article
    return {
        "articles": len(article_ids),
        "min_overlap": config["min_overlap"],
        "extract_seconds": round(seconds, 4),
        "exact": score_extraction(gold_by_article, pred_by_article, "exact", config["min_overlap"], config["max_examples"]),
        "overlap": score_extraction(gold_by_article, pred_by_article, "overlap", config["min_overlap"], config["max_examples"]),
    }

