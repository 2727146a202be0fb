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


# A day inside every tracked person's term (Yoon in office, Kirby at the White House): the default of the
# extraction-test helpers below, so that a role or a bare title there resolves as it would in current press.
TERM_DAY = "2024-03-05"


def found(text: str, day=TERM_DAY) -> list[tuple[str, str]]:
    """``said`` on ``day`` (by default a day inside every tracked person's term)."""
    return said(text, day)


def actors(text: str, day=TERM_DAY) -> list[str]:
    """The actor of every statement found in ``text`` on ``day``, in order."""
    return [actor for actor, _ in said(text, day)]


def undated_actors(text: str, day=None) -> list[str]:
    """``actors`` of an article with no date unless one is given (the dateline, if any, decides)."""
    return actors(text, day)


def statements_with(text: str, words: str, date=None):
    """Every statement found in ``text`` whose words contain ``words``."""
    from stance.extract import extract_statements

    return [s for s in extract_statements(text, date=date) if words in s.text]
