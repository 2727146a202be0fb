import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", default=False, help="run slow tests")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The compiled training corpus (built from training/corpus_src if absent)."""
    data = ROOT / "training" / "data"
    if not (data / "statements.jsonl").is_file():
        subprocess.run([sys.executable, str(ROOT / "training" / "build_corpus.py")], check=True)
    return data


@pytest.fixture(scope="session")
def tfidf_dir(tmp_path_factory, corpus_dir) -> Path:
    from stance.train import train_tfidf

    out = tmp_path_factory.mktemp("models") / "tfidf"
    train_tfidf(out=out, data_dir=corpus_dir)
    return out


@pytest.fixture(scope="session")
def seed_gold() -> list[dict]:
    return [json.loads(line) for line in (ROOT / "eval/gold/seeds.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def seed_text(article_id: str) -> str:
    return (ROOT / "seeds" / f"{article_id}.txt").read_text(encoding="utf-8")


def write_paragraph_articles(path: Path, count: int, per_article: int, step: int, id_format: str) -> Path:
    """A JSONL of ``count`` small articles, each ``per_article`` paragraphs (over 40 characters) of the training
    articles taken ``step`` apart; ids from ``id_format`` (e.g. ``"a{:05d}"``)."""
    paragraphs = []
    with (ROOT / "training" / "data" / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            paragraphs += [p for p in json.loads(line)["text"].split("\n") if len(p) > 40]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            text = "\n".join(paragraphs[(i * step + k) % len(paragraphs)] for k in range(per_article))
            fh.write(json.dumps({"id": id_format.format(i), "text": text}, ensure_ascii=False) + "\n")
    return path


def said(text: str, date=None) -> list[tuple[str, str]]:
    """``(actor, text)`` of every statement the extractor finds in ``text``."""
    from stance.extract import extract_statements

    return [(s.actor, s.text) for s in extract_statements(text, date=date)]


def actor_of(text: str, words: str, date=None) -> str:
    """The actor of the first statement containing ``words`` (fails when there is none)."""
    from stance.extract import extract_statements

    found = [s for s in extract_statements(text, date=date) if words in s.text]
    assert found, f"no statement containing {words!r} in {said(text, date)}"
    return found[0].actor
