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
Each model class subclasses :class:`StanceModel`; :func:`load_model` picks the
class from ``kind`` through :data:`MODEL_KINDS`.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import platform
from importlib import metadata
from pathlib import Path

import numpy as np

META = "meta.json"
CARD = "README.md"
# meta.json's checksum of its own content: settings there (abstain_threshold, labels) change predictions,
# so a hand edit must be refused like an edited weight file. Folders written before it existed lack it.
META_CHECKSUM = "meta_sha256"


class ModelFolderError(ValueError):
    """A model folder is missing, incomplete, tampered with or of an unknown kind."""


class StanceModel:
    """What every model kind shares: labels, config, the decide/abstain step, and the model folder.

    A subclass sets ``kind`` (its name in ``meta.json`` and in :data:`MODEL_KINDS`) and
    ``packages`` (libraries whose versions its folder records), and implements

    - ``predict_proba(texts)`` -> ``{"stance": (n, len(stance_labels)), "sentiment": (n, len(sentiment_labels))}``;
    - ``_save_files(folder)``: write its own files, return extra ``meta.json`` fields (or ``None``);
    - ``_load_files(folder, meta, **options)``: read them back (``meta`` is already verified).

    As in scikit-learn, ``__init__`` only stores settings, randomness comes from ``random_state``
    (read from the config's ``random_state``, or its older name ``seed``), and what training learns
    ends with ``_``.
    """

    kind: str = ""
    packages: tuple[str, ...] = ()
    defaults: dict = {}

    def __init__(self, config: dict | None = None):
        from stance import SENTIMENT_LABELS, STANCE_LABELS

        self.config = {**self.defaults, **(config or {})}
        self.stance_labels = list(STANCE_LABELS)
        self.sentiment_labels = list(SENTIMENT_LABELS)
        self.meta: dict = {}

    @property
    def random_state(self) -> int:
        return int(self.config.get("random_state", self.config.get("seed", 13)))

    @property
    def abstain_threshold(self) -> float:
        return float(self.config.get("abstain_threshold", 0.0))

    @property
    def labels(self) -> dict[str, list[str]]:
        return {"stance": list(self.stance_labels), "sentiment": list(self.sentiment_labels)}

    def predict_proba(self, texts: list[str]) -> dict[str, np.ndarray]:
        raise NotImplementedError

    def empty_proba(self) -> dict[str, np.ndarray]:
        return {"stance": np.zeros((0, len(self.stance_labels))), "sentiment": np.zeros((0, len(self.sentiment_labels)))}

    def predict(self, texts: list[str]) -> dict[str, np.ndarray]:
        """Label arrays: arg-max of :meth:`predict_proba`, a stance under ``abstain_threshold`` abstaining to ``none``."""
        probs = self.predict_proba(list(texts))
        return {"stance": np.asarray(decide(probs["stance"], self.stance_labels, self.abstain_threshold), dtype=str),
                "sentiment": np.asarray(decide(probs["sentiment"], self.sentiment_labels), dtype=str)}

    # -- the folder ------------------------------------------------------------------------------

    def _save_files(self, folder: Path) -> dict | None:
        raise NotImplementedError

    def _load_files(self, folder: Path, meta: dict, **options) -> None:
        raise NotImplementedError

    def _meta_config(self) -> dict:
        return self.config

    def save(self, folder: str | Path, meta: dict | None = None) -> None:
        """The model's own files, then ``meta.json`` (kind, labels, config, seed, versions, checksums of every file)."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        extra = self._save_files(folder) or {}
        self.meta = write_meta(folder, {
            **(meta or self.meta),
            **extra,
            "kind": self.kind,
            "stance_labels": self.stance_labels,
            "sentiment_labels": self.sentiment_labels,
            "config": self._meta_config(),
            "seed": self.random_state,
            "versions": library_versions(*self.packages),
        })

    @classmethod
    def _from_meta(cls, folder: Path, meta: dict) -> "StanceModel":
        return cls(meta.get("config", {}))

    @classmethod
    def load(cls, folder: str | Path, **options) -> "StanceModel":
        """Verify every checksum in ``meta.json``, then read the folder (``options`` go to the kind's reader)."""
        folder = Path(folder)
        meta = read_verified_meta(folder, expected_kind=cls.kind)
        model = cls._from_meta(folder, meta)
        model.meta = meta
        model.stance_labels = list(meta["stance_labels"])
        model.sentiment_labels = list(meta["sentiment_labels"])
        model._load_files(folder, meta, **options)
        return model


def decide(probs: np.ndarray, labels: list[str], abstain_threshold: float = 0.0,
           abstain_label: str | None = "none") -> list[str]:
    """Arg-max labels; a prediction whose confidence is under the threshold abstains to ``abstain_label``.

    It lives here, not in :mod:`stance.metrics` (which re-exports it), so that scoring does not import
    scikit-learn's metrics, SciPy and pandas: about 2 s of a cold start."""
    idx = probs.argmax(axis=1)
    out = [labels[i] for i in idx]
    if abstain_threshold > 0 and abstain_label in labels:
        conf = probs.max(axis=1)
        out = [abstain_label if c < abstain_threshold else lab for lab, c in zip(out, conf)]
    return out


# kind -> "module:Class". Classes are imported only when a folder of that kind is loaded, so this module
# imports no model code (and no torch or scikit-learn). register_model_kind adds a kind of one's own.
MODEL_KINDS: dict[str, str] = {
    "tfidf": "stance.models.tfidf:TfidfModel",
    "bert": "stance.models.bert:BertModel",
    "ensemble": "stance.models.ensemble:EnsembleModel",
}


def register_model_kind(kind: str, target: str) -> None:
    """Make :func:`load_model` read folders of ``kind`` with the class at ``target`` ("package.module:Class")."""
    if ":" not in target:
        raise ValueError(f"target must look like 'package.module:Class', not {target!r}")
    MODEL_KINDS[kind] = target


def model_class(kind: str) -> type:
    import importlib

    target = MODEL_KINDS.get(kind)
    if target is None:
        raise ModelFolderError(f"unknown model kind {kind!r} (known: {', '.join(sorted(MODEL_KINDS))})")
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def cache_folder(name: str) -> Path:
    """``name`` in the user cache folder: ``$STANCE_CACHE/name``, else platformdirs' (``~/.cache/stance/name``).

    Holds what is derived from a verified model folder to load it faster next time, named by that folder's
    fingerprint; deleting it only costs the derivation again."""
    import os

    cache = os.environ.get("STANCE_CACHE")
    if cache:
        return Path(cache) / name
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("stance", appauthor=False)) / name


def replace_folder_atomically(folder: Path, write, complete) -> None:
    """``write(tmp)`` a sibling temporary folder (mode 755), then rename it to ``folder``: readers see no folder
    or the whole one. If the rename fails because another process put its own there first (``complete(folder)``
    is true), that one is kept; the temporary folder is removed whatever happens."""
    import shutil
    import tempfile

    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        tmp.chmod(0o755)
        write(tmp)
        try:
            tmp.rename(folder)
        except OSError:
            if not complete(folder):
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def replace_atomically(path: Path, write) -> None:
    """``write(tmp)`` a sibling temporary file, then rename it over ``path``: readers see the old file or the whole
    new one, never half of it; the temporary file is removed if anything fails (the error is raised)."""
    import os

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def prune_cache(folder: Path, pattern: str, keep: int, max_bytes: int | None = None) -> None:
    """Keep the most recently used files matching ``pattern`` in ``folder``: at most ``keep`` of them and, past
    the newest, at most ``max_bytes`` together; delete the rest (many small files never push out a large one
    that is in use, since loading a cached file marks it used)."""
    files = sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
    total = 0
    for i, path in enumerate(files):
        total += path.stat().st_size
        if i >= keep or (i > 0 and max_bytes is not None and total > max_bytes):
            path.unlink(missing_ok=True)


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
    meta = {**{k: v for k, v in meta.items() if k != META_CHECKSUM}, "files": files}
    meta.setdefault("created", _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"))
    meta = json.loads(json.dumps(meta, default=json_default))  # exactly what the file will hold
    meta[META_CHECKSUM] = _meta_digest(meta)
    (folder / META).write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    return meta


def _meta_digest(meta: dict) -> str:
    """sha256 of ``meta.json``'s content (without its own checksum), independent of key order and layout."""
    content = {k: v for k, v in meta.items() if k != META_CHECKSUM}
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


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
    if META_CHECKSUM in meta and meta[META_CHECKSUM] != _meta_digest(meta):
        raise ModelFolderError(f"{meta_path} was edited after training (its checksum does not match); retrain "
                               f"or restore it")
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
    return meta_fingerprint(read_verified_meta(folder))


def meta_fingerprint(meta: dict) -> str:
    """:func:`model_fingerprint` of an already verified ``meta`` dict: every setting and every file's checksum."""
    files = {k: v for k, v in meta["files"].items() if k != CARD}
    stable = {**{k: v for k, v in meta.items() if k not in ("files", META_CHECKSUM)}, "files": files}
    return hashlib.sha256(json.dumps(stable, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def load_model(folder: str | Path, **options) -> StanceModel:
    """Load any model folder after verifying its checksums; the class comes from ``meta.json``'s ``kind``."""
    meta = read_verified_meta(folder)
    return model_class(meta["kind"]).load(folder, **options)


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
