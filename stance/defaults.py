"""Where stance finds its configs and models, and which model ``--model`` defaults to.

Two layouts:

* a source checkout (``pip install -e .``): configs in ``training/configs/``, models in ``artifacts/``;
* an installed package (``pip install .``): the configs and the shipped default model folders are
  package data (``stance/configs/``, ``stance/shipped_models/``, put there by ``setup.py``), and
  models the user builds go to the user data folder (``platformdirs``:
  ``~/.local/share/stance/models`` on Linux).

``STANCE_HOME`` names another folder for the models one builds (and the first place a model
name is looked up), in either layout. The default model is named in a ``DEFAULT`` file (one word: a
folder name) in the models home or among the shipped models; a missing TF-IDF default is built on
first use when the training corpus is at hand (a checkout), in seconds.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

PACKAGE_DIR = Path(__file__).resolve().parent
_PARENT = PACKAGE_DIR.parent
# A checkout has the project files next to the package; site-packages does not.
CHECKOUT: Path | None = _PARENT if (_PARENT / "pyproject.toml").is_file() and (_PARENT / "training").is_dir() else None
ROOT = CHECKOUT or PACKAGE_DIR
CONFIGS = CHECKOUT / "training" / "configs" if CHECKOUT else PACKAGE_DIR / "configs"
SHIPPED_MODELS = CHECKOUT / "artifacts" if CHECKOUT else PACKAGE_DIR / "shipped_models"
ARTIFACTS = SHIPPED_MODELS  # the older name: the shipped model folders (artifacts/ in a checkout)
DEFAULT_MARKER = "DEFAULT"


def models_home() -> Path:
    """Where models one trains are written: ``$STANCE_HOME``, else ``artifacts/`` in a checkout, else the
    user data folder."""
    env = os.environ.get("STANCE_HOME")
    if env:
        return Path(env).expanduser()
    if CHECKOUT is not None:
        return CHECKOUT / "artifacts"
    from platformdirs import user_data_dir

    return Path(user_data_dir("stance", appauthor=False)) / "models"


def model_search_path() -> list[Path]:
    """Folders a model name is looked up in, first match wins: the models home, then the shipped models."""
    return list(dict.fromkeys([models_home(), SHIPPED_MODELS]))


def config_path(name: str) -> Path:
    """A shipped training config by name (``tfidf``, ``bert``, ``ensemble``)."""
    return CONFIGS / f"{name}.toml"


def default_model_name() -> str:
    for base in model_search_path():
        marker = base / DEFAULT_MARKER
        if marker.is_file():
            return marker.read_text(encoding="utf-8").strip()
    return "tfidf"


def find_model(name: str) -> Path | None:
    """The model folder called ``name`` in the models home or among the shipped models, if any."""
    for base in model_search_path():
        if (base / name / "meta.json").is_file():
            return base / name
    return None


def resolve_model(model_dir: str | Path | None, announce: Callable[[str], None] = lambda msg: None) -> Path:
    """The model folder to load: the one given, a model name (``tfidf``: the folder of that name in the models
    home, else among the shipped models), or the default (the TF-IDF default built first if missing)."""
    if model_dir is not None:
        given = Path(model_dir)
        if given.is_dir():
            return given
        if given.exists():
            raise FileNotFoundError(f"--model {model_dir} is a file; give a model folder or a model name")
        if len(given.parts) != 1:
            return given  # a path: loading says it is missing
        found = find_model(str(model_dir))
        if found is None:
            where = " or ".join(str(base) for base in model_search_path())
            raise FileNotFoundError(f"model not found: {model_dir} is neither a folder here nor a model name in {where}")
        return found
    name = default_model_name()
    found = find_model(name)
    if found is not None:
        return found
    folder = models_home() / name
    if name == "tfidf" and CHECKOUT is not None and (CHECKOUT / "training" / "data").is_dir():
        from stance.train import train_tfidf

        announce(f"building the default model in {folder} (first use; takes a few seconds)…")
        train_tfidf(config_path("tfidf"), folder, CHECKOUT / "training" / "data")
        return folder
    where = " or ".join(str(base) for base in model_search_path())
    raise FileNotFoundError(f"the default model '{name}' is not in {where}; build it with `stance train {name}` "
                            f"(from a checkout) or pass --model")


def ensembles_using(folder: str | Path) -> list[Path]:
    """Ensemble folders (next to ``folder``, in the models home or among the shipped models) that use ``folder``
    as a member: retraining it in place changes its fingerprint, and they then refuse to load."""
    import json

    target = Path(folder).resolve()
    bases = dict.fromkeys([target.parent, *(base.resolve() for base in model_search_path())])
    users = []
    for base in bases:
        for spec in sorted(base.glob("*/ensemble.json")) if base.is_dir() else []:
            try:
                members = json.loads(spec.read_text(encoding="utf-8")).get("members", [])
                paths = [(spec.parent / m["path"]).resolve() for m in members]
            except (OSError, ValueError, TypeError, KeyError, AttributeError):
                continue
            if target in paths:
                users.append(spec.parent)
    return users
