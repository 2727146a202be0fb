"""A normal install: the wheel (not an editable install) in a fresh virtual environment scores the seeds
through the API and the CLI, with nothing read from the checkout.

The fresh environment sees the libraries of the running one through a ``.pth`` line (torch and friends
are not installed again, nothing is downloaded: ``pip install --no-index``); stance itself, its configs
and its shipped default model come from the wheel. About half a minute.
"""

import json
import os
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import ROOT

API_SCRIPT = r"""
import json, sys
import stance
from stance import defaults
from stance.inputs import iter_articles
assert defaults.CHECKOUT is None, defaults.CHECKOUT
records = list(stance.score_articles(iter_articles([sys.argv[1]])))
model = stance.load()
print(json.dumps({"file": stance.__file__, "records": records, "labels": model.labels,
                  "configs": sorted(p.name for p in defaults.CONFIGS.glob("*.toml")),
                  "home": str(defaults.models_home())}, ensure_ascii=False))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    from stance.defaults import resolve_model

    resolve_model(None)  # the default model must exist in artifacts/ to be shipped in the wheel
    tmp = tmp_path_factory.mktemp("install")
    wheels = tmp / "wheels"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
                            "-w", str(wheels), str(ROOT)], capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    wheel = next(wheels.glob("stance-*.whl"))
    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)  # this pip installs into it (--python)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    # The libraries already installed here, visible to the new environment after its own site-packages.
    (Path(purelib) / "_stance_test_libraries.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    install = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-index", "--quiet",
                              str(wheel)],
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stdout + install.stderr
    work = tmp / "elsewhere"  # not the checkout: nothing may be found relative to it
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("STANCE_HOME", "PYTHONPATH")}
    # a user data folder of its own (platformdirs follows XDG_DATA_HOME); caches (~/.cache) stay shared
    env.update(XDG_DATA_HOME=str(tmp / "home" / "data"))
    return {"python": python, "bin": env_dir / "bin", "purelib": Path(purelib), "work": work, "env": env}


def test_wheel_ships_configs_and_the_default_model(installed):
    package = installed["purelib"] / "stance"
    assert (package / "configs" / "tfidf.toml").is_file()
    assert (package / "resources" / "actors.json").is_file()
    assert (package / "templates" / "summary_report.html.j2").is_file()
    default = (package / "shipped_models" / "DEFAULT").read_text(encoding="utf-8").strip()
    assert (package / "shipped_models" / default / "meta.json").is_file()


def test_installed_package_scores_seeds_through_api_and_cli(installed):
    seeds = str(ROOT / "seeds")
    api = subprocess.run([installed["python"], "-c", API_SCRIPT, seeds], cwd=installed["work"],
                         env=installed["env"], capture_output=True, text=True, timeout=300)
    assert api.returncode == 0, api.stderr
    got = json.loads(api.stdout)
    assert got["file"].startswith(str(installed["purelib"]))  # the installed copy, not the checkout
    assert got["home"].startswith(installed["env"]["XDG_DATA_HOME"])  # models one builds go to the user folder
    assert "tfidf.toml" in got["configs"]
    assert got["labels"]["stance"] == ["concern", "reassurance", "denial", "threat", "none"]
    statements = [r for r in got["records"] if r["type"] == "statement"]
    assert len(statements) > 20 and {r["actor"] for r in statements} >= {"peskov", "kim"}

    out = installed["work"] / "scores.jsonl"
    cli = subprocess.run([installed["bin"] / "stance", "score", seeds, "--out", str(out), "--workers", "1"],
                         cwd=installed["work"], env=installed["env"], capture_output=True, text=True, timeout=300)
    assert cli.returncode == 0, cli.stderr
    from_cli = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert without_scores(from_cli) == without_scores(got["records"])
    # The two paths batch statements differently, so a probability may differ in the last float bits and round
    # to a neighbouring sixth decimal.
    for cli_record, api_record in zip(from_cli, got["records"]):
        for key in SCORE_KEYS:
            assert cli_record.get(key, {}).keys() == api_record.get(key, {}).keys()
            assert all(abs(cli_record[key][lab] - api_record[key][lab]) <= 2e-6 for lab in cli_record.get(key, {}))


SCORE_KEYS = ("scores", "sentiment_scores")


def without_scores(records: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k not in SCORE_KEYS} for r in records]
