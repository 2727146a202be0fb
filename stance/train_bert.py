"""Training entry points for the fine-tuned BERT and the TF-IDF + BERT ensemble (plain functions, like train_tfidf).

    from stance.train_bert import train_bert, train_ensemble
    train_bert("training/configs/bert.toml", "artifacts/bert")          # builds artifacts/arabic-bert-mini if absent
    train_bert(base="aubmindlab/bert-base-arabertv02")                  # any hub name or local checkpoint folder
    train_ensemble(["artifacts/tfidf", "artifacts/bert"], "artifacts/ensemble")

Both write a self-describing model folder (config, seed, data hash, library
versions, training time, metrics on dev / test / seeds) and a model card.
Model selection (BERT early stopping, ensemble weights) uses dev only.
"""

from __future__ import annotations

import time
from pathlib import Path

from stance.features import statement_inputs
from stance.train import (ROOT, DEFAULT_DATA, corpus_hash, evaluate_sets, read_config, resolve_path, training_sets,
                          staged_folder, write_model_card)

DEFAULT_BASE = ROOT / "artifacts" / "arabic-bert-mini"


def resolve_base(base: str | Path | None, build_config: dict | None = None, log=print) -> str:
    """The checkpoint to fine-tune: ``base`` as given (local folder or hub name), or the project's own mini BERT,
    built first with :func:`stance.bert_build.build_mini_bert` when absent."""
    if base:
        local = resolve_path(base)
        return str(local) if local.exists() else str(base)
    if not (DEFAULT_BASE / "config.json").is_file():
        from stance.bert_build import build_mini_bert

        if log:
            log(f"{DEFAULT_BASE} not found; building it (a few minutes)")
        build_mini_bert(DEFAULT_BASE, **(build_config or {}))
    return str(DEFAULT_BASE)


def train_bert(config_path: str | Path | None = None, out: str | Path | None = None,
               base: str | Path | None = None, data_dir: str | Path | None = None, log=print) -> dict:
    """Fine-tune BERT on the train split (early stopping on dev stance macro-F1) and write a model folder.

    Raises :class:`stance.models.bert.BaseCheckpointError` (a ``ValueError``) when the base checkpoint cannot be
    loaded, e.g. a hub name that is not cached while ``HF_HUB_OFFLINE=1``.
    """
    from stance.bert_build import build_info
    from stance.defaults import config_path as shipped_config, models_home
    from stance.models.bert import BertModel

    config_path = config_path or shipped_config("bert")
    out = out or models_home() / "bert"

    config = read_config(resolve_path(config_path))
    model_cfg = dict(config.get("model", {}))
    base = resolve_base(base or model_cfg.pop("base", None), config.get("build"), log=log)
    if "normalize" not in model_cfg:
        # The project's own BERT was built on stance.normalize'd text; hub models read raw text.
        model_cfg["normalize"] = bool(build_info(base).get("normalize", False)) if Path(base).is_dir() else False
    data_dir = resolve_path(data_dir or config.get("data", {}).get("dir") or DEFAULT_DATA)
    sets = training_sets(data_dir)
    train_recs, articles = sets["train"]
    dev_recs, dev_articles = sets["dev"]

    model = BertModel.from_base(base, model_cfg)
    started = time.perf_counter()
    model.fit(statement_inputs(train_recs, articles), [r["label"] for r in train_recs], [r["sentiment"] for r in train_recs],
              dev_texts=statement_inputs(dev_recs, dev_articles), dev_stance=[r["label"] for r in dev_recs],
              log=(lambda rec: log(f"epoch {rec}")) if log else None)
    seconds = time.perf_counter() - started
    meta = {
        "data_hash": corpus_hash(data_dir),
        "train_statements": len(train_recs),
        "train_seconds": round(seconds, 3),
        "base": {"name": base, "build": build_info(base)} if Path(base).is_dir() else {"name": base},
        "best_epoch": model.best_epoch_,
        "history": model.history_,
        "device": str(model.device),
        "metrics": evaluate_sets(model, sets),
    }
    with staged_folder(out) as stage:
        model.save(stage, meta=meta)
        write_model_card(stage, model.meta, name=Path(out).name)
    return model.meta


def train_ensemble(members: list[str] | None = None, out: str | Path | None = None,
                   data_dir: str | Path | None = None, config_path: str | Path | None = None) -> dict:
    """Fit ensemble weights of trained member folders on dev only and write a model folder."""
    from stance.defaults import config_path as shipped_config, models_home

    config_path = config_path or shipped_config("ensemble")
    out = out or models_home() / "ensemble"
    from stance.metrics import label_metrics
    from stance.models.ensemble import EnsembleModel

    config = read_config(resolve_path(config_path))
    members = members or config.get("ensemble", {}).get("members")
    if not members:
        raise ValueError("train_ensemble needs member model folders (argument or [ensemble] members in the config)")
    ens_cfg = {k: v for k, v in config.get("ensemble", {}).items() if k != "members"}
    data_dir = resolve_path(data_dir or config.get("data", {}).get("dir") or DEFAULT_DATA)
    sets = training_sets(data_dir)
    dev_recs, dev_articles = sets["dev"]
    started = time.perf_counter()
    dev_x = statement_inputs(dev_recs, dev_articles)
    dev_y, dev_s = [r["label"] for r in dev_recs], [r["sentiment"] for r in dev_recs]
    model = EnsembleModel([resolve_path(m) for m in members], ens_cfg)
    dev_probs = model.member_probabilities(dev_x)  # the members score dev once, for the fit and the dev figure
    model.fit(dev_x, dev_y, dev_s, member_probs=dev_probs)
    seconds = time.perf_counter() - started
    metrics = evaluate_sets(model, {name: pair for name, pair in sets.items() if name != "dev"})
    # Dev chose the weights, so the dev figure comes from weights fitted on the other half of dev's articles.
    folds = int(ens_cfg.get("report_folds", 2))
    oof = model.cross_fitted_predictions(dev_x, dev_y, dev_s, [r["article_id"] for r in dev_recs], folds=folds,
                                         member_probs=dev_probs)
    metrics = {"dev": {"stance": label_metrics(dev_y, oof["stance"], model.stance_labels),
                       "sentiment": label_metrics(dev_s, oof["sentiment"], model.sentiment_labels),
                       "note": f"cross-fitted over {folds} folds of dev articles"}, **metrics}
    meta = {
        "data_hash": corpus_hash(data_dir),
        "train_statements": len(dev_recs),
        "fitted_on": "dev",
        "train_seconds": round(seconds, 3),
        "members": [str(m) for m in members],
        "metrics": metrics,
    }
    with staged_folder(out) as stage:
        model.save(stage, meta=meta)
        write_model_card(stage, model.meta, name=Path(out).name)
    return model.meta
