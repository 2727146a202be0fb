"""Compile the marked-up corpus sources into the training JSONL files.

Usage::

    python training/build_corpus.py            # check sources, write training/data/*.jsonl
    python training/build_corpus.py --check    # check only, write nothing
    python training/build_corpus.py --freeze-test   # (re)write eval/gold/test*.jsonl

Sources live in ``training/corpus_src/<writer>/<id>.txt`` (format in
``training/corpus_src/FORMAT.md``). Splits are made by article: every article
of a writer listed in ``test_writers`` (``splits.toml``) goes to test, so the
test split is text by a writer the models never saw; of the other articles a
fixed, hash-based share goes to dev. The test gold in ``eval/gold/`` is frozen:
it is only written with ``--freeze-test`` and a test checks it against the
corpus.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "training" / "corpus_src"
DATA = ROOT / "training" / "data"
GOLD = ROOT / "eval" / "gold"

ACTORS = {"kirby", "peskov", "yoon", "kim", "other"}
LABELS = {"concern", "reassurance", "denial", "threat", "none"}
SENTIMENTS = {"negative", "neutral", "positive"}
TAGS = {
    "negation", "hypothetical", "warn_concern", "warn_threat", "implicit_denial",
    "implicit_reassurance", "two_speakers", "role_only", "continuation",
    "standalone_quote", "nested_quote", "sentiment_mismatch", "typo_variant", "svo",
    # "Hard cases, decided" (ANNOTATION.md) and real-press layouts
    "accusation", "call_to_stop", "no_indication_rebut", "no_sign_calm", "no_comment",
    "unconfirmed", "reject_offer", "own_policy", "offer", "mixed", "conditional",
    "stance_word_no_stance", "hedged", "outlet", "institution", "headline", "apposition",
    "adverbial_before_quote", "joint_speakers", "office_relay", "feminine", "latin_name",
    "relabeled",
}
MARK = re.compile(r"\[\[([^\[\]]*?)::(.*?)\]\]", re.S)


class CorpusError(ValueError):
    pass


def unmark(body: str, pattern: re.Pattern = MARK) -> tuple[str, list[tuple[list[str], str, int, int]]]:
    """``body`` without its ``[[fields::content]]`` marks, and for each mark ``(fields split on |, content,
    start, end)`` with the content's offsets in the returned text. The case file (eval/cases) uses it too."""
    parts: list[str] = []
    marks = []
    pos = length = 0
    for m in pattern.finditer(body):
        before = body[pos:m.start()]
        parts.append(before)
        length += len(before)
        content = m.group(2)
        marks.append((m.group(1).split("|"), content, length, length + len(content)))
        parts.append(content)
        length += len(content)
        pos = m.end()
    parts.append(body[pos:])
    return "".join(parts), marks


def parse_source(path: Path) -> tuple[dict, list[dict]]:
    raw = path.read_text(encoding="utf-8")
    head, sep, body = raw.partition("\n---\n")
    if not sep or not head.startswith("source:"):
        raise CorpusError(f"{path}: must start with 'source: ...' then a line '---'")
    source = head[len("source:"):].strip()
    body = body.strip("\n")
    text, marks = unmark(body)
    statements: list[dict] = []
    for fields, content, start, end in marks:
        where = f"{path}: statement «{content[:40]}»"
        if len(fields) != 5:
            raise CorpusError(f"{where}: expected actor|label|sentiment|mention|tags, got {'|'.join(fields)!r}")
        actor, label, sentiment, mention, tags = (f.strip() for f in fields)
        if actor not in ACTORS:
            raise CorpusError(f"{where}: unknown actor {actor!r}")
        if label not in LABELS:
            raise CorpusError(f"{where}: unknown label {label!r}")
        if sentiment not in SENTIMENTS:
            raise CorpusError(f"{where}: unknown sentiment {sentiment!r}")
        tag_list = [t.strip() for t in tags.split(",") if t.strip()]
        bad = [t for t in tag_list if t not in TAGS]
        if bad:
            raise CorpusError(f"{where}: unknown tags {bad}")
        if not content.strip() or content != content.strip():
            raise CorpusError(f"{where}: content is empty or has leading/trailing spaces")
        if "[[" in content or "]]" in content:
            raise CorpusError(f"{where}: nested markup")
        statements.append({
            "actor": actor, "actor_mention": mention, "start": start,
            "end": end, "text": content, "label": label,
            "sentiment": sentiment, "tags": tag_list,
        })
    if "[[" in text or "]]" in text or "::" in text:
        raise CorpusError(f"{path}: malformed markup left in the text")
    for st in statements:
        assert text[st["start"]:st["end"]] == st["text"]
        if st["actor_mention"] and st["actor_mention"] not in text:
            raise CorpusError(f"{path}: mention {st['actor_mention']!r} does not occur in the article")
    if not statements:
        raise CorpusError(f"{path}: no statements marked")
    return {"id": path.stem, "text": text, "source": source, "writer": path.parent.name}, statements


def assign_split(article_id: str, writer: str, cfg: dict) -> str:
    if writer in cfg["test_writers"]:
        return "test"
    bucket = int(hashlib.sha256(f"{cfg['seed']}:{article_id}".encode()).hexdigest(), 16) % 1000
    return "dev" if bucket < cfg["dev_fraction"] * 1000 else "train"


def build(check_only: bool = False, freeze_test: bool = False) -> tuple[list[dict], list[dict]]:
    cfg = tomllib.loads((SRC / "splits.toml").read_text(encoding="utf-8"))
    articles: list[dict] = []
    statements: list[dict] = []
    errors: list[str] = []
    for path in sorted(SRC.glob("*/*.txt")):
        try:
            art, sts = parse_source(path)
        except (CorpusError, UnicodeDecodeError) as exc:
            errors.append(str(exc))
            continue
        art["split"] = assign_split(art["id"], art["writer"], cfg)
        articles.append(art)
        for st in sts:
            statements.append({"article_id": art["id"], **st, "split": art["split"]})
    seen: dict[str, str] = {}
    for art in articles:
        if art["id"] in seen:
            errors.append(f"duplicate article id {art['id']}")
        seen[art["id"]] = art["split"]
    if errors:
        raise CorpusError("\n".join(errors))
    # The schema check training runs (stance.data.check_corpus), so --check catches what training would refuse,
    # e.g. a writer repeating another writer's sentence in another split.
    if str(ROOT) not in sys.path:  # once, not once per build() call
        sys.path.insert(0, str(ROOT))
    from stance.data import SchemaError, check_corpus

    try:
        check_corpus(articles, statements)
    except SchemaError as exc:
        raise CorpusError(str(exc)) from None
    if check_only:
        return articles, statements
    DATA.mkdir(parents=True, exist_ok=True)
    write_jsonl(DATA / "articles.jsonl", articles)
    write_jsonl(DATA / "statements.jsonl", statements)
    if freeze_test:
        GOLD.mkdir(parents=True, exist_ok=True)
        test_ids = {a["id"] for a in articles if a["split"] == "test"}
        write_jsonl(GOLD / "test_articles.jsonl",
                    [{"id": a["id"], "text": a["text"], "source": a["source"]} for a in articles if a["id"] in test_ids])
        write_jsonl(GOLD / "test.jsonl",
                    [{k: v for k, v in s.items() if k != "split"} for s in statements if s["article_id"] in test_ids])
    return articles, statements


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate sources, write nothing")
    ap.add_argument("--freeze-test", action="store_true", help="write eval/gold/test*.jsonl from the test split")
    args = ap.parse_args(argv)
    try:
        articles, statements = build(check_only=args.check, freeze_test=args.freeze_test)
    except CorpusError as exc:
        print(f"corpus error:\n{exc}", file=sys.stderr)
        return 1
    by_split: dict[str, int] = {}
    for a in articles:
        by_split[a["split"]] = by_split.get(a["split"], 0) + 1
    print(f"{len(articles)} articles, {len(statements)} statements; articles per split: {by_split}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
