"""Load the annotated corpus through Hugging Face ``datasets`` and check its schema.

``training/data/articles.jsonl`` holds ``id, text, split, source`` and
``training/data/statements.jsonl`` holds ``article_id, actor, actor_mention,
start, end, text, label, sentiment, split`` (ANNOTATION.md §5). The check
fails loudly on anything that would silently corrupt training: bad offsets,
unknown labels, an article in two splits, the same statement text in two
splits, a statement pointing at no article.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from stance import SENTIMENT_LABELS, STANCE_LABELS
from stance.inputs import json_reason

SPLITS = ("train", "dev", "test")
ACTORS = ("kirby", "peskov", "yoon", "kim", "other")
ARTICLE_KEYS = ("id", "text", "split")
STATEMENT_KEYS = ("article_id", "actor", "actor_mention", "start", "end", "text", "label", "sentiment", "split")


class SchemaError(ValueError):
    """The corpus breaks the schema; the message lists every problem found."""


def load_corpus(data_dir: str | Path = "training/data"):
    """Return ``(articles, statements)`` as ``datasets.Dataset`` objects, after :func:`check_corpus`."""
    import datasets
    from datasets import load_dataset

    datasets.disable_progress_bars()

    data_dir = Path(data_dir)
    paths = {name: data_dir / f"{name}.jsonl" for name in ("articles", "statements")}
    for path in paths.values():
        if not path.is_file():
            raise SchemaError(f"missing corpus file: {path}")
    articles = load_dataset("json", data_files=str(paths["articles"]), split="train")
    statements = load_dataset("json", data_files=str(paths["statements"]), split="train")
    check_corpus(articles.to_list(), statements.to_list())
    return articles, statements


def check_corpus(articles: list[dict], statements: list[dict]) -> None:
    problems: list[str] = []
    by_id: dict[str, dict] = {}
    for i, art in enumerate(articles, 1):
        missing = [k for k in ARTICLE_KEYS if k not in art or art[k] is None]
        if missing:
            problems.append(f"articles line {i}: missing {missing}")
            continue
        if art["split"] not in SPLITS:
            problems.append(f"articles line {i}: unknown split {art['split']!r}")
        if art["id"] in by_id and by_id[art["id"]]["split"] != art["split"]:
            problems.append(f"article {art['id']} is in two splits ({by_id[art['id']]['split']}, {art['split']})")
        elif art["id"] in by_id:
            problems.append(f"article {art['id']} appears twice")
        by_id[art["id"]] = art
    text_split: dict[str, str] = {}
    for i, st in enumerate(statements, 1):
        where = f"statements line {i}"
        missing = [k for k in STATEMENT_KEYS if k not in st or st[k] is None]
        if missing:
            problems.append(f"{where}: missing {missing}")
            continue
        art = by_id.get(st["article_id"])
        if art is None:
            problems.append(f"{where}: unknown article {st['article_id']!r}")
            continue
        if st["label"] not in STANCE_LABELS:
            problems.append(f"{where}: unknown label {st['label']!r}")
        if st["sentiment"] not in SENTIMENT_LABELS:
            problems.append(f"{where}: unknown sentiment {st['sentiment']!r}")
        if st["actor"] not in ACTORS:
            problems.append(f"{where}: unknown actor {st['actor']!r}")
        if st["split"] != art["split"]:
            problems.append(f"{where}: split {st['split']!r} differs from its article's {art['split']!r}")
        start, end = st["start"], st["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(art["text"])):
            problems.append(f"{where}: offsets {start}-{end} outside article {st['article_id']}")
        elif art["text"][start:end] != st["text"]:
            problems.append(f"{where}: text does not equal article[{start}:{end}]")
        key = " ".join(st["text"].split())
        if key in text_split and text_split[key] != st["split"]:
            problems.append(f"{where}: the same statement text is in {text_split[key]} and {st['split']}")
        text_split.setdefault(key, st["split"])
    if problems:
        shown = "\n".join(problems[:50])
        more = f"\n… and {len(problems) - 50} more" if len(problems) > 50 else ""
        raise SchemaError(f"corpus schema check failed ({len(problems)} problems):\n{shown}{more}")


def data_hash(*paths: str | Path) -> str:
    """sha256 over the given files, in order: identifies the exact training data."""
    h = hashlib.sha256()
    for path in paths:
        h.update(Path(path).read_bytes())
    return h.hexdigest()


def iter_jsonl(path: str | Path):
    """Yield ``(line number, object)`` of a JSONL file; ``ValueError`` names the line of any malformed record."""
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}: line {n} is not valid JSON ({json_reason(exc)})") from None
            if not isinstance(row, dict):
                raise ValueError(f"{path}: line {n} is not a JSON object")
            yield n, row


def read_jsonl(path: str | Path) -> list[dict]:
    """Read a JSONL file of objects; ``ValueError`` names the line of any malformed record."""
    return [row for _, row in iter_jsonl(path)]
