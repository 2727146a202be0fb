"""Packaging that pyproject.toml cannot say: data from outside the package folder, shipped in the wheel.

* ``training/configs/*.toml``  -> ``stance/configs/``        (read by ``stance train`` and the first-use build)
* ``artifacts/DEFAULT`` and the default model folder, with the member folders an ensemble names
                               -> ``stance/shipped_models/`` (so ``pip install .`` scores without a checkout)

Only the folders the default model needs are shipped, whatever else ``artifacts/`` holds. A default
model that is not built when the wheel is made is not shipped (``stance score`` then says so);
``tests/test_install.py`` builds it first.
"""

import json
from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).resolve().parent
ARTIFACTS = HERE / "artifacts"


def shipped_model_folders() -> list[str]:
    marker = ARTIFACTS / "DEFAULT"
    pending = [marker.read_text(encoding="utf-8").strip() if marker.is_file() else "tfidf"]
    folders: list[str] = []
    while pending:
        name = pending.pop()
        folder = ARTIFACTS / name
        if name in folders or not (folder / "meta.json").is_file():
            continue
        folders.append(name)
        spec = folder / "ensemble.json"
        if spec.is_file():
            for member in json.loads(spec.read_text(encoding="utf-8")).get("members", []):
                member_dir = (folder / member["path"]).resolve()
                if member_dir.parent == ARTIFACTS.resolve():
                    pending.append(member_dir.name)
    return folders


def model_files(folders: list[str]) -> list[str]:
    files = ["DEFAULT"] if (ARTIFACTS / "DEFAULT").is_file() else []
    for name in folders:
        files += [path.relative_to(ARTIFACTS).as_posix() for path in sorted((ARTIFACTS / name).rglob("*"))
                  if path.is_file() and "__pycache__" not in path.parts]
    return files


setup(
    packages=[*find_packages(include=["stance", "stance.*"]), "stance.configs", "stance.shipped_models"],
    package_dir={"stance.configs": "training/configs", "stance.shipped_models": "artifacts"},
    package_data={
        "stance": ["templates/*.j2"],
        "stance.resources": ["*.json"],
        "stance.configs": ["*.toml"],
        "stance.shipped_models": model_files(shipped_model_folders()),
    },
    include_package_data=False,
)
