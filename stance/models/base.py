"""The model-folder contract shared by every model kind.

A model folder holds the model's own files plus ``meta.json``::

    {"kind": "tfidf" | "bert" | "ensemble",
     "stance_labels": [...], "sentiment_labels": [...],
     "config": {...}, "seed": 13, "data_hash": "sha256 of the training data",
     "versions": {"python": ..., "stance": ..., "scikit-learn": ..., ...},
     "metrics": {"dev": {...}, "test": {...}}, "train_seconds": 12.3,
     "created": "2026-11-21T14:00:00+00:00",
     "files": {"relative/path": "sha256", ...}}

``files`` lists the checksum of every other file in the folder; loading
refuses a folder whose files do not match, before anything is deserialized.
Each model class implements :class:`StanceModel`; :func:`load_model` picks the
class from ``kind``.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import platform
from importlib import metadata
from pathlib import Path
from typing import Protocol

import numpy as np

META = "meta.json"
CARD = "README.md"


class ModelFolderError(ValueError):
    """A model folder is missing, incomplete, tampered with or of an unknown kind."""


class StanceModel(Protocol):
    kind: str
    stance_labels: list[str]
    sentiment_labels: list[str]
    meta: dict

    def predict_proba(self, texts: list[str]) -> dict[str, np.ndarray]:
        """``{"stance": (n, len(stance_labels)), "sentiment": (n, len(sentiment_labels))}``."""

    def save(self, folder: str | Path) -> None: ...


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def library_versions(*packages: str) -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in ("stance", "numpy", *packages):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def write_meta(folder: str | Path, meta: dict) -> dict:
    """Write ``meta.json`` with the checksums of every other file in ``folder``."""
    folder = Path(folder)
    files = {
        p.relative_to(folder).as_posix(): sha256_file(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != META
    }
    meta = {**meta, "files": files}
    meta.setdefault("created", _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"))
    (folder / META).write_text(json.dumps(meta, ensure_ascii=False, indent=2, default=json_default), encoding="utf-8")
    return meta


def read_verified_meta(folder: str | Path, expected_kind: str | None = None) -> dict:
    """Read ``meta.json`` and check every recorded checksum; raise :class:`ModelFolderError` if anything is off."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ModelFolderError(f"model folder not found: {folder}")
    meta_path = folder / META
    if not meta_path.is_file():
        raise ModelFolderError(f"{folder} is not a model folder (no {META})")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelFolderError(f"{meta_path} is not valid JSON: {exc}") from None
    for key in ("kind", "stance_labels", "sentiment_labels", "files"):
        if key not in meta:
            raise ModelFolderError(f"{meta_path} lacks '{key}'")
    if expected_kind and meta["kind"] != expected_kind:
        raise ModelFolderError(f"{folder} holds a '{meta['kind']}' model, not '{expected_kind}'")
    for rel, digest in meta["files"].items():
        path = folder / rel
        if not path.is_file():
            raise ModelFolderError(f"{folder}: file {rel} listed in {META} is missing")
        if sha256_file(path) != digest:
            raise ModelFolderError(f"{folder}: checksum mismatch for {rel}; the folder was changed after training")
    return meta


def model_fingerprint(folder: str | Path) -> str:
    """sha256 identifying a trained model: its meta.json without the model card's checksum.

    The card (README.md) is regenerated when sibling models change; the weights, config and
    metrics are what another model (an ensemble) depends on.
    """
    meta = read_verified_meta(folder)
    files = {k: v for k, v in meta["files"].items() if k != CARD}
    stable = {**{k: v for k, v in meta.items() if k != "files"}, "files": files}
    return hashlib.sha256(json.dumps(stable, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def load_model(folder: str | Path) -> StanceModel:
    """Load any model folder (TF-IDF, BERT or ensemble) after verifying its checksums."""
    meta = read_verified_meta(folder)
    kind = meta["kind"]
    if kind == "tfidf":
        from stance.models.tfidf import TfidfModel

        return TfidfModel.load(folder)
    if kind == "bert":
        from stance.models.bert import BertModel

        return BertModel.load(folder)
    if kind == "ensemble":
        from stance.models.ensemble import EnsembleModel

        return EnsembleModel.load(folder)
    raise ModelFolderError(f"{folder}: unknown model kind {kind!r}")


def json_default(obj):
    """``json.dumps(default=...)`` for NumPy scalars and arrays and paths."""
    if isinstance(obj, np.integer):
        return int(obj)
    if isinstance(obj, np.floating):
        return float(obj)
    if isinstance(obj, np.bool_):
        return bool(obj)
    if isinstance(obj, np.ndarray):
        return obj.tolist()
    if isinstance(obj, Path):
        return str(obj)
    raise TypeError(f"not JSON serializable: {type(obj)}")
