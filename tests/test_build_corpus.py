"""training/build_corpus.py --check runs the same schema check as training, on a small source tree."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_builder():
    spec = importlib.util.spec_from_file_location("build_corpus_under_test", ROOT / "training" / "build_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_sources(src: Path, second_sentence: str) -> None:
    (src / "wa").mkdir(parents=True)
    (src / "wb").mkdir(parents=True)
    (src / "splits.toml").write_text('test_writers = ["wb"]\ndev_fraction = 0.15\nseed = 13\n', encoding="utf-8")
    (src / "wa" / "wa_001.txt").write_text(
        "source: synthetic\n---\nخبر أول\n\nوقال المتحدث باسم الوزارة إن [[other|none|neutral|المتحدث باسم الوزارة|::"
        "الاجتماع سيعقد يوم الخميس في العاصمة]].\n", encoding="utf-8")
    (src / "wb" / "wb_001.txt").write_text(
        "source: synthetic\n---\nخبر ثان\n\nوقال وزير الخارجية إن [[other|none|neutral|وزير الخارجية|::"
        f"{second_sentence}]].\n", encoding="utf-8")


@pytest.mark.parametrize("repeat", [False, True])
def test_check_refuses_a_sentence_repeated_across_splits(tmp_path, monkeypatch, repeat):
    builder = load_builder()
    src = tmp_path / "corpus_src"
    write_sources(src, "الاجتماع سيعقد يوم الخميس في العاصمة" if repeat else "الوفد يصل صباح الغد إلى المطار")
    monkeypatch.setattr(builder, "SRC", src)
    monkeypatch.setattr(builder, "DATA", tmp_path / "data")
    if repeat:
        with pytest.raises(builder.CorpusError, match="same statement text"):
            builder.build(check_only=True)
    else:
        articles, statements = builder.build(check_only=True)
        assert {a["split"] for a in articles} >= {"test"} and len(statements) == 2
    assert not (tmp_path / "data").exists()
