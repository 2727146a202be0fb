"""Where models are found and written: STANCE_HOME, the checkout's artifacts/, the user data folder."""

import shutil

import pytest

from stance import defaults


def test_stance_home_holds_the_models_one_builds_and_can_name_the_default(tmp_path, monkeypatch, tfidf_dir):
    home = tmp_path / "home"
    shutil.copytree(tfidf_dir, home / "mine")
    (home / "DEFAULT").write_text("mine\n", encoding="utf-8")
    monkeypatch.setenv("STANCE_HOME", str(home))
    assert defaults.models_home() == home
    assert defaults.default_model_name() == "mine"
    assert defaults.resolve_model(None) == home / "mine"
    assert defaults.resolve_model(tfidf_dir) == tfidf_dir  # a folder given is used as it is


def test_a_name_missing_from_stance_home_is_looked_up_among_the_shipped_models(tmp_path, monkeypatch, tfidf_dir):
    shipped = tmp_path / "shipped"
    shutil.copytree(tfidf_dir, shipped / "tfidf")
    (shipped / "DEFAULT").write_text("tfidf", encoding="utf-8")
    monkeypatch.setattr(defaults, "SHIPPED_MODELS", shipped)
    monkeypatch.setenv("STANCE_HOME", str(tmp_path / "empty"))
    assert defaults.resolve_model(None) == shipped / "tfidf"


def test_an_installed_package_writes_to_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("STANCE_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(defaults, "CHECKOUT", None)
    assert defaults.models_home() == tmp_path / "data" / "stance" / "models"


def test_a_missing_default_model_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(defaults, "CHECKOUT", None)
    monkeypatch.setattr(defaults, "SHIPPED_MODELS", tmp_path / "shipped")
    monkeypatch.setenv("STANCE_HOME", str(tmp_path / "home"))
    with pytest.raises(FileNotFoundError, match="default model 'tfidf' is not in .*home.* or .*shipped"):
        defaults.resolve_model(None)


def test_configs_are_found_in_a_checkout():
    assert defaults.CHECKOUT is not None and defaults.config_path("tfidf").is_file()
