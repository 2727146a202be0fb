"""Training entry points: plain functions that the CLI wraps.

    from stance.train import train_tfidf
    meta = train_tfidf("training/configs/tfidf.toml", "artifacts/tfidf")

Every trained folder records its config, seed, training-data hash, library
versions, training time and metrics on dev, test and the seed gold (all
computed after training; nothing is tuned on test or seeds), and gets a model
card (``README.md``) written from those metrics.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import tomllib
from contextlib import contextmanager
from pathlib import Path

from stance.data import data_hash, load_corpus, read_jsonl
from stance.features import statement_inputs
from stance.metrics import evaluate_records

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / "training" / "data"
SEED_GOLD = ROOT / "eval" / "gold" / "seeds.jsonl"
SEED_DIR = ROOT / "seeds"


class ConfigError(ValueError):
    pass


def read_config(path: str | Path) -> dict:
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"config file not found: {path}")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config {path} is not valid TOML: {exc}") from None


@contextmanager
def staged_folder(out: str | Path):
    """Yield a fresh folder next to ``out``; on success it replaces ``out`` in one rename.

    A reader never sees a half-written model folder, and a failed run leaves the old model in place.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{out.name}.staging-", dir=out.parent))
    stage.chmod(0o755)
    try:
        yield stage
        old = None
        if out.exists():
            old = out.parent / f".{out.name}.old-{os.getpid()}"
            os.replace(out, old)
        os.replace(stage, out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if stage.exists():
            shutil.rmtree(stage, ignore_errors=True)


def resolve_path(path: str | Path) -> Path:
    """A relative path is taken from the working directory if it exists there, else from the project root."""
    path = Path(path)
    if path.is_absolute() or path.exists():
        return path
    return ROOT / path


def training_sets(data_dir: str | Path | None = None) -> dict:
    """``{"train"|"dev"|"test"|"seeds": (records, articles_by_id)}`` from the corpus and the seed gold."""
    data_dir = Path(data_dir or DEFAULT_DATA)
    articles_ds, statements_ds = load_corpus(data_dir)
    articles = {a["id"]: a["text"] for a in articles_ds}
    statements = statements_ds.to_list()
    sets = {split: ([s for s in statements if s["split"] == split], articles) for split in ("train", "dev", "test")}
    if SEED_GOLD.is_file():
        seed_articles = {p.stem: p.read_text(encoding="utf-8") for p in SEED_DIR.glob("*.txt")}
        sets["seeds"] = (read_jsonl(SEED_GOLD), seed_articles)
    return sets


def corpus_hash(data_dir: str | Path | None = None) -> str:
    data_dir = Path(data_dir or DEFAULT_DATA)
    return data_hash(data_dir / "articles.jsonl", data_dir / "statements.jsonl")


def evaluate_sets(model, sets: dict) -> dict:
    return {name: evaluate_records(model, recs, arts) for name, (recs, arts) in sets.items() if name != "train" and recs}


def train_tfidf(config_path: str | Path | None = None, out: str | Path | None = None,
                data_dir: str | Path | None = None) -> dict:
    """Train the TF-IDF stance and sentiment models and write a self-describing model folder.

    Defaults: the shipped ``tfidf.toml`` and ``tfidf`` in the models home (:func:`stance.defaults.models_home`).
    """
    from stance.defaults import config_path as shipped_config, models_home
    from stance.models.tfidf import TfidfModel

    config_path = config_path or shipped_config("tfidf")
    out = out or models_home() / "tfidf"

    config = read_config(config_path)
    model_cfg = config.get("model", {})
    data_dir = resolve_path(data_dir or config.get("data", {}).get("dir") or DEFAULT_DATA)
    sets = training_sets(data_dir)
    train_recs, articles = sets["train"]
    started = time.perf_counter()
    model = TfidfModel(model_cfg).fit(
        statement_inputs(train_recs, articles),
        [r["label"] for r in train_recs],
        [r["sentiment"] for r in train_recs],
    )
    seconds = time.perf_counter() - started
    meta = {
        "data_hash": corpus_hash(data_dir),
        "train_statements": len(train_recs),
        "train_seconds": round(seconds, 3),
        "metrics": evaluate_sets(model, sets),
    }
    with staged_folder(out) as stage:
        model.save(stage, meta=meta)
        write_model_card(stage, model.meta, name=Path(out).name)
    return model.meta


def refresh_model_cards(root: str | Path = ROOT / "artifacts") -> list[Path]:
    """Rewrite the card of every model folder under ``root`` so each compares itself with the others."""
    from stance.models.base import read_verified_meta

    folders = [p.parent for p in sorted(Path(root).glob("*/meta.json"))]
    for folder in folders:
        write_model_card(folder, read_verified_meta(folder))
    return folders


def _comparison_rows(folder: Path, name: str) -> list[str]:
    """Dev / test / seeds stance macro-F1 and per-class F1 of this folder's sibling models."""
    import json

    rows = []
    metas = {p.parent.name: p for p in sorted(folder.parent.glob("*/meta.json")) if not p.parent.name.startswith(".")}
    metas[name] = folder / "meta.json"
    for model_name, meta_path in sorted(metas.items()):
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for split in ("dev", "test", "seeds"):
            m = meta.get("metrics", {}).get(split)
            if not m:
                continue
            st = m["stance"]
            per = " | ".join(f"{st['per_class'][lab]['f1']:.3f}" for lab in meta["stance_labels"])
            marker = " (this model)" if model_name == name else ""
            rows.append(f"| {model_name}{marker} | {split} | {st['macro_f1']:.3f} | {per} |")
    return rows


def write_model_card(folder: str | Path, meta: dict, name: str | None = None) -> None:
    """A short README in the model folder, generated from ``meta.json`` (``name``: the folder's final name)."""
    folder = Path(folder)
    lines = [f"# stance model: {meta['kind']}", "",
             f"Trained on {meta.get('train_statements', '?')} statements (data sha256 `{meta.get('data_hash', '?')[:16]}…`), "
             f"seed {meta.get('seed')}, in {meta.get('train_seconds', '?')} s.", "",
             "Metrics (stance macro-F1 / accuracy; sentiment macro-F1). dev is used for model selection;",
             "test is a held-out writer the models never saw; seeds are the five real articles.", "",
             "| set | n | stance macro-F1 | stance acc | sentiment macro-F1 | " + " | ".join(f"F1 {lab}" for lab in meta["stance_labels"]) + " |",
             "|---|---|---|---|---|" + "---|" * len(meta["stance_labels"])]
    for split, m in meta.get("metrics", {}).items():
        if not m:
            continue
        st, se = m["stance"], m["sentiment"]
        per = " | ".join(f"{st['per_class'][lab]['f1']:.3f}" for lab in meta["stance_labels"])
        lines.append(f"| {split} | {st['n']} | {st['macro_f1']:.3f} | {st['accuracy']:.3f} | {se['macro_f1']:.3f} | {per} |")
    comparison = _comparison_rows(folder, name or folder.name)
    if comparison:
        lines += ["", "Side by side with the other model folders next to this one (stance macro-F1 and per-class F1):", "",
                  "| model | set | macro-F1 | " + " | ".join(meta["stance_labels"]) + " |",
                  "|---|---|---|" + "---|" * len(meta["stance_labels"]), *comparison]
    lines += ["", "Config:", "", "```", *(f"{k} = {v}" for k, v in meta.get("config", {}).items()), "```", "",
              "Library versions: " + ", ".join(f"{k} {v}" for k, v in meta.get("versions", {}).items()), ""]
    if meta["kind"] == "bert":
        cfg = meta.get("config", {})
        if cfg.get("pooling") == "mean":
            how = (f"This folder is not a stand-alone `transformers` model: it holds "
                   f"{'LoRA adapters and ' if int(cfg.get('lora_r', 0)) else ''}one linear head over the mean-pooled "
                   f"encoder of the base `{cfg.get('base')}` (fingerprint in meta.json), so `transformers.pipeline` "
                   "refuses it (no config.json). Stance (5 labels) and sentiment (3 labels) are two separate softmaxes "
                   "over slices of that head.")
        else:
            how = ("The classifier is one `nn.Linear` whose first 5 outputs are stance and last 3 sentiment, each with "
                   "its own softmax; `transformers.pipeline(\"text-classification\")` would apply one softmax over all 8 "
                   "and its scores would mean nothing.")
        lines += ["How to load: `stance.load(\"<this folder>\")` or `stance.models.base.load_model`. " + how, ""]
    card = folder / "README.md"
    card.write_text("\n".join(lines), encoding="utf-8")
    # The card is generated after meta.json; record its checksum too.
    from stance.models.base import write_meta

    write_meta(folder, {k: v for k, v in meta.items() if k != "files"})
