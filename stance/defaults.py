"""Where the project's files are, and which model `--model` defaults to.

The default model is named in ``artifacts/DEFAULT`` (one word: a folder under
``artifacts/``). It is built on first use when it is missing and can be built
from the repository alone (the TF-IDF model trains in seconds), so the
toolkit works right after install. Set ``STANCE_HOME`` to use another checkout.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

ROOT = Path(os.environ.get("STANCE_HOME") or Path(__file__).resolve().parents[1])
ARTIFACTS = ROOT / "artifacts"


def default_model_name() -> str:
    marker = ARTIFACTS / "DEFAULT"
    return marker.read_text(encoding="utf-8").strip() if marker.is_file() else "tfidf"


def resolve_model(model_dir: str | Path | None, announce: Callable[[str], None] = lambda msg: None) -> Path:
    """The model folder to load: the one given, or the default (built first if missing)."""
    if model_dir is not None:
        return Path(model_dir)
    name = default_model_name()
    folder = ARTIFACTS / name
    if (folder / "meta.json").is_file():
        return folder
    if name == "tfidf":
        from stance.train import train_tfidf

        announce(f"building the default model in {folder} (first use; takes a few seconds)…")
        train_tfidf(ROOT / "training/configs/tfidf.toml", folder)
        return folder
    raise FileNotFoundError(
        f"the default model {folder} is missing; build it with `stance train {name}` or pass --model"
    )
