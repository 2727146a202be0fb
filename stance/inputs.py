"""Reading articles from disk: ``.txt`` files, folders (recursively) and JSONL files.

Inputs are read lazily, one article at a time, so an archive never has to fit
in memory. A file that cannot be read does not stop the run: it becomes an
:class:`Article` with an ``error`` (empty, binary, undecodable, too large, a
malformed JSONL line with its number), which the scorer records in the output.
Only a path that does not exist at all is a usage error (:class:`InputError`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl"}
MAX_BYTES = 20 * 1024 * 1024
# Tried in order when a file is not UTF-8; ISO-8859-6 and Windows-1256 are the legacy Arabic code pages.
FALLBACK_ENCODINGS = ("cp1256", "iso-8859-6")


class InputError(ValueError):
    """A path given on the command line cannot be used at all."""


@dataclass
class Article:
    id: str
    text: str
    source: str
    encoding: str | None = None
    error: str | None = None


def iter_articles(paths: list[str | Path]) -> Iterator[Article]:
    """Articles from every path in order; a folder yields its files sorted by path."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"no such file or folder: {path}")
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES)
            for file in files:
                yield from _iter_file(file)
        else:
            yield from _iter_file(path)


def _iter_file(path: Path) -> Iterator[Article]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _iter_jsonl(path)
    else:
        yield read_text_article(path)


def read_text_article(path: Path) -> Article:
    article_id = path.stem
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Article(article_id, "", str(path), error=f"file too large ({size} bytes > {MAX_BYTES})")
        data = path.read_bytes()
    except OSError as exc:
        return Article(article_id, "", str(path), error=f"cannot read file: {exc.strerror or exc}")
    text, encoding, error = decode_bytes(data)
    if error:
        return Article(article_id, "", str(path), encoding=encoding, error=error)
    return Article(article_id, text, str(path), encoding=encoding)


def decode_bytes(data: bytes) -> tuple[str, str | None, str | None]:
    """``(text, encoding, error)``: UTF-8 (with or without BOM), UTF-16 with BOM, then the Arabic code pages."""
    if not data.strip():
        return "", None, "empty file"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError:
            return "", "utf-16", "invalid UTF-16 text"
    if b"\x00" in data:
        return "", None, "binary file (contains NUL bytes)"
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            return data[3:].decode("utf-8"), "utf-8-sig", None
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    for encoding in FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _mostly_arabic(text):
            return text, encoding, None
    return "", None, "not decodable as UTF-8, UTF-16, Windows-1256 or ISO-8859-6 Arabic text"


def _mostly_arabic(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    return arabic / len(letters) >= 0.5


def _iter_jsonl(path: Path) -> Iterator[Article]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Article(path.stem, "", str(path), error=f"cannot read file: {exc.strerror or exc}")
        return
    with fh:
        any_line = False
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            any_line = True
            where = f"{path}:{n}"
            try:
                row = json.loads(raw.decode("utf-8-sig" if n == 1 else "utf-8"))
            except UnicodeDecodeError:
                yield Article(where, "", str(path), error=f"line {n}: not UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield Article(where, "", str(path), error=f"line {n}: invalid JSON ({exc.msg})")
                continue
            if not isinstance(row, dict) or "text" not in row or not isinstance(row["text"], str):
                yield Article(str(row.get("id", where)) if isinstance(row, dict) else where, "", str(path),
                              error=f"line {n}: expected an object with a string 'text'")
                continue
            article_id = str(row.get("id") or where)
            if not row["text"].strip():
                yield Article(article_id, "", str(path), encoding="utf-8", error="empty text")
                continue
            yield Article(article_id, row["text"], str(path), encoding="utf-8")
        if not any_line:
            yield Article(path.stem, "", str(path), error="empty file")
