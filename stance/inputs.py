"""Reading articles from disk: text, HTML, CSV, Parquet and JSONL files, and folders of them.

Inputs are read lazily, one article at a time (Parquet in row batches), so an
archive never has to fit in memory. A file that cannot be read does not stop
the run: it becomes an :class:`Article` with an ``error`` (empty, binary,
truncated, undecodable, too large, a malformed JSONL line with its number),
which the scorer records in the output. Only a path that does not exist at all
is a usage error (:class:`InputError`).

    .txt            one article; UTF-8 (+BOM), UTF-16 (BOM or clearly UTF-16), Windows-1256, ISO-8859-6
    .html / .htm    one article; the page's text without scripts, navigation, footers, forms, comments
    .jsonl          one article per line: {"id": ..., "text": ..., "date": optional YYYY-MM-DD, "outlet": optional}
    .csv            one article per row, columns ``id`` and ``text`` (or the ones named), optional ``date``, ``outlet``
    .parquet        one article per row, same columns, read in row batches

An article's ``date`` decides who holds a role named without a name (the South
Korean president in 2019 is Moon, not Yoon). It comes from the ``date``
field or column; :func:`default_date` sets one for articles that have none
(``stance score --date``); else the extractor looks for a dateline.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
CSV_SUFFIXES = {".csv"}
PARQUET_SUFFIXES = {".parquet"}
ALL_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | PARQUET_SUFFIXES
MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"  # as an input path: standard input, JSONL when it starts with "{", else one text article "stdin"
STDIN_SOURCE = "<stdin>"
PARQUET_BATCH_ROWS = 1024
# Tried when a file is not UTF-8; ISO-8859-6 and Windows-1256 are the legacy Arabic code pages.
FALLBACK_ENCODINGS = ("cp1256", "iso-8859-6")
# What charset-normalizer may propose as a last resort (names as it reports them).
ARABIC_CODEPAGES = {"cp1256", "iso8859_6", "cp720", "cp864", "mac_arabic"}


DATE_FIELD = "date"
# The publication an article comes from («الشرق الأوسط», "SANA"): a field or column of row formats, the page's
# og:site_name (or application-name) in HTML. Summaries and reports count stance per outlet.
OUTLET_FIELD = "outlet"
_default_date: str | None = None


class InputError(ValueError):
    """A path given on the command line cannot be used at all."""


@dataclass
class Article:
    id: str
    text: str
    source: str
    encoding: str | None = None
    error: str | None = None
    date: str | None = None  # YYYY-MM-DD when known
    outlet: str | None = None  # the publication, when the input says

    def __post_init__(self):
        if self.date is None:
            self.date = _default_date


@contextmanager
def default_date(day: str | None):
    """Articles read inside this block without a date of their own get ``day`` (``stance score --date``)."""
    global _default_date
    previous, _default_date = _default_date, day
    try:
        yield
    finally:
        _default_date = previous


def json_reason(exc: json.JSONDecodeError) -> str:
    """The decoder's reason with its column: ``Invalid control character at column 20`` (its ``msg`` alone
    stops at "at")."""
    return f"{exc.msg.removesuffix(' at')} at column {exc.colno}"


def _date_value(value) -> str | None:
    """A row's date as YYYY-MM-DD text (strings, dates and timestamps accepted), or None."""
    if value in (None, ""):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value).strip()[:10] or None


@dataclass
class InputStats:
    """What reading the inputs left out or changed, for the end-of-run note: files in folders that are not
    read (hidden ones, other types by suffix), files named twice, and article ids made unique."""
    hidden: int = 0
    other_types: dict = field(default_factory=dict)  # suffix (or "no suffix") -> count
    repeated_files: int = 0
    renamed_ids: int = 0

    def notes(self) -> list[str]:
        lines = []
        if self.hidden:
            lines.append(f"{self.hidden} hidden file(s) in the input folders skipped")
        if self.other_types:
            kinds = ", ".join(f"{k}: {v}" for k, v in sorted(self.other_types.items()))
            lines.append(f"{sum(self.other_types.values())} file(s) of other types in the input folders skipped "
                         f"({kinds}); name a file directly to read it as text")
        if self.repeated_files:
            lines.append(f"{self.repeated_files} file(s) named more than once read once")
        if self.renamed_ids:
            lines.append(f"{self.renamed_ids} article id(s) already used by an earlier article renamed id#2, id#3, ... "
                         f"(their article records give the source file)")
        return lines


def iter_articles(paths: list[str | Path], id_column: str = "id", text_column: str = "text",
                  stats: InputStats | None = None) -> Iterator[Article]:
    """Articles from every path in order; a folder yields its files sorted by path.

    A path that does not exist (or a dangling link) is an :class:`InputError` only when no path given
    exists; otherwise it becomes one article with an error, like any unreadable file, and the run goes on.
    Folders are listed here, before the first article is read: when nothing at all is there to read (an empty
    folder), that is an :class:`InputError` too. In folders, hidden files and files of other types are skipped
    and counted in ``stats``; a file named twice is read once; an article id used before gets ``#2``, ``#3``.
    """
    stats = stats if stats is not None else InputStats()
    kinds = [("stdin", None) if str(raw) == STDIN else _probe(Path(raw)) for raw in paths]
    if kinds and all(kind == "missing" for kind, _ in kinds):
        raise InputError(f"no such file or folder: {paths[0]}")
    plan: list[tuple[Path, str, str | None]] = []  # (path, how to read it, reason)
    for raw, (kind, reason) in zip(paths, kinds):
        path = Path(raw)
        if kind == "folder":
            plan += [(file, "folder-error" if why else "file", why) for file, why in _folder_files(path, stats)]
        else:
            plan.append((path, kind, reason))
    if not plan:
        raise InputError(f"no input files in {', '.join(str(p) for p in paths)} (read: "
                         f"{', '.join(sorted(ALL_SUFFIXES))}; hidden files are skipped)")
    return _unique_ids(_read_plan(plan, id_column, text_column, stats), stats)


def _read_plan(plan, id_column: str, text_column: str, stats: InputStats) -> Iterator[Article]:
    read: set[Path] = set()
    for path, kind, reason in plan:
        if kind in ("missing", "unreadable"):
            yield Article(path.stem or str(path), "", str(path), error=f"cannot read file: {reason}")
        elif kind == "folder-error":
            yield Article(path.name or str(path), "", str(path), error=f"cannot read folder: {reason}")
        elif kind == "stdin":
            if STDIN in read:  # standard input can be read once
                stats.repeated_files += 1
                continue
            read.add(STDIN)
            with stdin_file() as spooled:
                for article in _iter_file(spooled, id_column, text_column):
                    article.source = STDIN_SOURCE
                    yield article
        else:
            try:
                key = path.resolve()
            except OSError:
                key = path
            if key in read and kind == "file":
                stats.repeated_files += 1
                continue
            read.add(key)
            yield from _iter_file(path, id_column, text_column)


@contextmanager
def stdin_file(suffix: str | None = None) -> Iterator[Path]:
    """Standard input copied to a temporary file named ``stdin`` plus ``suffix`` (default: ``.jsonl`` when the
    first character that is not a space is ``{``, else ``.txt``), so that it is read like any file; removed
    afterwards."""
    with tempfile.TemporaryDirectory(prefix="stance-stdin-") as folder:
        tmp = Path(folder) / "stdin.part"
        with tmp.open("wb") as fh:
            first = b""
            for block in iter(lambda: sys.stdin.buffer.read(1 << 20), b""):
                first = first or block.lstrip()[:1]
                fh.write(block)
        path = tmp.rename(tmp.with_suffix(suffix or (".jsonl" if first == b"{" else ".txt")))
        yield path


def _unique_ids(articles: Iterator[Article], stats: InputStats) -> Iterator[Article]:
    """Each article id once: a later article with an id already used gets ``id#2`` (``#3``, ...), so that two
    files called ``a.txt`` in two folders, or repeated ids in a JSONL file, are never merged in the output."""
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            n = 2
            while f"{article.id}#{n}" in seen:
                n += 1
            article.id = f"{article.id}#{n}"
            stats.renamed_ids += 1
        seen.add(article.id)
        yield article


def _probe(path: Path) -> tuple[str, str | None]:
    """``(kind, reason)``: kind is file (regular), folder, special (a pipe, a device), missing, or unreadable
    (a folder on the way cannot be searched, for instance; ``Path.exists`` would raise instead of answering)."""
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        try:
            dangling = path.is_symlink()
        except OSError:
            dangling = False
        return "missing", "dangling link" if dangling else "no such file or folder"
    except OSError as exc:
        return "unreadable", exc.strerror or str(exc)
    if stat.S_ISDIR(mode):
        return "folder", None
    return ("file" if stat.S_ISREG(mode) else "special"), None


def _folder_files(folder: Path, stats: InputStats | None = None) -> list[tuple[Path, str | None]]:
    """Input files under ``folder`` sorted by path, and ``(subfolder, reason)`` for each folder that cannot
    be listed (``Path.rglob`` would skip it without a word). Hidden files and folders (a leading dot) and files
    of other types are left out and counted in ``stats``."""
    stats = stats if stats is not None else InputStats()
    found: list[tuple[Path, str | None]] = []

    def unreadable(exc: OSError) -> None:
        found.append((Path(exc.filename or folder), exc.strerror or str(exc)))

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        hidden_dirs = sorted(d for d in dirs if d.startswith("."))
        for name in hidden_dirs:
            dirs.remove(name)
            stats.hidden += sum(len(files) for _, _, files in os.walk(Path(root) / name))
        for name in names:
            path = Path(root) / name
            if name.startswith("."):
                stats.hidden += 1
            elif _probe(path)[0] not in ("file", "missing", "unreadable"):
                continue
            elif path.suffix.lower() in ALL_SUFFIXES:
                found.append((path, None))
            else:
                kind = path.suffix.lower() or "no suffix"
                stats.other_types[kind] = stats.other_types.get(kind, 0) + 1
    return sorted(found, key=lambda item: item[0])


def _iter_file(path: Path, id_column: str = "id", text_column: str = "text") -> Iterator[Article]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _iter_jsonl(path)
    elif suffix in CSV_SUFFIXES:
        yield from _iter_csv(path, id_column, text_column)
    elif suffix in PARQUET_SUFFIXES:
        yield from _iter_parquet(path, id_column, text_column)
    elif suffix in HTML_SUFFIXES:
        yield read_html_article(path)
    else:
        yield read_text_article(path)


def _read_bytes(path: Path) -> tuple[bytes | None, str | None]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, f"file too large ({size} bytes > {MAX_BYTES})"
        return path.read_bytes(), None
    except OSError as exc:
        return None, f"cannot read file: {exc.strerror or exc}"


def read_text_article(path: Path) -> Article:
    data, error = _read_bytes(path)
    if error:
        return Article(path.stem, "", str(path), error=error)
    text, encoding, error = decode_bytes(data)
    if error:
        return Article(path.stem, "", str(path), encoding=encoding, error=error)
    return Article(path.stem, text, str(path), encoding=encoding)


def read_html_article(path: Path) -> Article:
    article = read_text_article(path)  # same reading and decoding; then the page's text
    if article.error:
        return article
    text, outlet = html_text_and_outlet(article.text)
    if not text.strip():
        return Article(path.stem, "", str(path), encoding=article.encoding, error="no text in the HTML page")
    article.text, article.outlet = text, outlet
    return article


# ------------------------------------------------------------------ decoding
def decode_bytes(data: bytes) -> tuple[str, str | None, str | None]:
    """``(text, encoding, error)``.

    Tried in order: UTF-16 with a BOM, UTF-16 without one when the bytes are
    clearly UTF-16 text, UTF-8 (with or without BOM), the Arabic code pages
    (the candidate with the most Arabic letters wins), and last charset-normalizer,
    whose guess is accepted only when it is an Arabic code page.
    """
    if not data.strip():
        return "", None, "empty file"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        if len(data) % 2:
            return "", "utf-16", "truncated file: incomplete UTF-16 character at the end"
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return "", "utf-16", "invalid UTF-16 text"
        return _checked(text, "utf-16")
    if b"\x00" in data:
        bom_less = _bomless_utf16(data)
        if bom_less:
            return _checked(*bom_less)
        return "", None, "binary file (contains NUL bytes)"
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            return _checked(data[3:].decode("utf-8"), "utf-8-sig")
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end >= len(data) - 1:
            return "", "utf-8", "truncated file: incomplete UTF-8 character at the end"
        if _mostly_utf8(data):
            return "", "utf-8", f"invalid UTF-8 at byte {exc.start}"
    best: tuple[float, str, str] | None = None
    for encoding in FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        share = _arabic_share(text)
        if share >= 0.5 and (best is None or share > best[0]):
            best = (share, text, encoding)
    if best:
        return _checked(best[1], best[2])
    guessed = _charset_normalizer_guess(data)
    if guessed:
        return _checked(*guessed)
    return "", None, "not decodable as UTF-8, UTF-16, Windows-1256 or ISO-8859-6 Arabic text"


def _checked(text: str, encoding: str) -> tuple[str, str | None, str | None]:
    if not text.strip():
        return "", encoding, "empty file"
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f\v")
    if controls > max(2, len(text) // 100):
        return "", encoding, "binary file (control characters)"
    return text, encoding, None


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM, accepted only when the NULs sit on one side and the text is mostly Arabic."""
    if len(data) % 2 or len(data) < 8:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd and not even:
        encoding = "utf-16-le"
    elif even and not odd:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return (text, encoding) if _arabic_share(text) >= 0.5 else None


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 apart from a few bad bytes (a damaged UTF-8 file rather than a legacy code page)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    return bad <= max(1, len(text) // 200) and _arabic_share(text) >= 0.5


def _arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0600" <= c <= "\u06ff") / len(letters)


def _mostly_arabic(text: str) -> bool:
    return _arabic_share(text) >= 0.5


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding not in ARABIC_CODEPAGES:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return (text, best.encoding) if _mostly_arabic(text) else None


# ---------------------------------------------------------------------- HTML
SKIPPED_TAGS = {"script", "style", "nav", "footer", "form", "noscript", "template", "svg", "head", "aside",
                "iframe", "button", "select", "textarea"}
BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote",
              "header", "main", "ul", "ol", "table", "figure", "figcaption", "pre", "hr", "dd", "dt"}
SITE_NAME_META = {"og:site_name", "application-name"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Sections whose id or class says they hold reader comments, sharing widgets or related links.
SKIPPED_SECTION = re.compile(r"comment|respond|share|related|sidebar|advert|cookie|newsletter", re.IGNORECASE)
BOILERPLATE_LINES = re.compile(
    r"^\s*(\[ad_\d+\]|اترك تعليقا[ًَ]?|اترك تعليقاً|لن يتم نشر عنوان بريدك الإلكتروني.*|زر الذهاب إلى الأعلى"
    r"|شارك(ها)? على.*|اقرأ أيضا[ًَ]?:?.*)\s*$")


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_tag: str | None = None
        self.skip_depth = 0
        self.site_name: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "meta" and self.site_name is None:
            named = dict(attrs)
            if (named.get("property") or named.get("name") or "").lower() in SITE_NAME_META and named.get("content"):
                self.site_name = " ".join(named["content"].split()) or None
        if self.skip_tag:
            if tag == self.skip_tag and tag not in VOID_TAGS:
                self.skip_depth += 1
            return
        marker = " ".join(v or "" for k, v in attrs if k in ("id", "class"))
        if tag in SKIPPED_TAGS or (marker and SKIPPED_SECTION.search(marker)):
            if tag not in VOID_TAGS:
                self.skip_tag, self.skip_depth = tag, 1
            return
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if self.skip_tag:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip_tag = None
            return
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip_tag:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The readable text of a page, one paragraph per line, without boilerplate lines."""
    return html_text_and_outlet(markup)[0]


def html_text_and_outlet(markup: str) -> tuple[str, str | None]:
    """:func:`html_to_text` and the site's name from its ``og:site_name`` / ``application-name`` meta tag."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line and not BOILERPLATE_LINES.match(line)), parser.site_name


# --------------------------------------------------------------- row formats
def _row_article(path: Path, where: str, n: int, row_id, text, kind: str = "row", date=None, outlet=None) -> Article:
    article = _row_article_undated(path, where, n, row_id, text, kind)
    if _date_value(date):
        article.date = _date_value(date)
    if outlet not in (None, "") and str(outlet).strip():
        article.outlet = " ".join(str(outlet).split())
    return article


def _row_article_undated(path: Path, where: str, n: int, row_id, text, kind: str = "row") -> Article:
    if not isinstance(text, str):
        return Article(str(row_id) if row_id not in (None, "") else where, "", str(path),
                       error=f"{kind} {n}: expected a string text")
    article_id = str(row_id) if row_id not in (None, "") else where
    if len(text.encode("utf-8", errors="ignore")) > MAX_BYTES:
        return Article(article_id, "", str(path), error=f"{kind} {n}: text too large (> {MAX_BYTES} bytes)")
    if not text.strip():
        return Article(article_id, "", str(path), encoding="utf-8", error="empty text")
    return Article(article_id, text, str(path), encoding="utf-8")


SNIFF_BYTES = 256 * 1024


def sniff_encoding(path: Path) -> str:
    """The encoding of a row file (JSONL, CSV), judged on its first :data:`SNIFF_BYTES` bytes the way a
    ``.txt`` article is decoded (:func:`decode_bytes`): UTF-8 unless they are clearly UTF-16 or an Arabic code
    page. A file that cannot be read, or whose start says nothing clear, is taken as UTF-8 (its rows then get
    their own errors)."""
    import codecs

    try:
        with path.open("rb") as fh:
            sample = fh.read(SNIFF_BYTES)
    except OSError:
        return "utf-8-sig"
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8-sig"
    except UnicodeDecodeError:
        pass
    _, encoding, error = decode_bytes(sample[:len(sample) - len(sample) % 2] if b"\x00" in sample else sample)
    return encoding if encoding and not error and not encoding.startswith("utf-8") else "utf-8-sig"


def _iter_jsonl(path: Path) -> Iterator[Article]:
    encoding = sniff_encoding(path)
    if encoding != "utf-8-sig":
        yield from _iter_jsonl_decoded(path, encoding)
        return
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
            if len(raw) > MAX_BYTES:
                yield Article(where, "", str(path), error=f"line {n}: too large ({len(raw)} bytes > {MAX_BYTES})")
                continue
            try:
                row = json.loads(raw.decode("utf-8-sig" if n == 1 else "utf-8"))
            except UnicodeDecodeError:
                yield Article(where, "", str(path), error=f"line {n}: not UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield Article(where, "", str(path), error=f"line {n}: invalid JSON ({json_reason(exc)})")
                continue
            yield _jsonl_row(path, n, row)
        if not any_line:
            yield Article(path.stem, "", str(path), error="empty file")


def _jsonl_row(path: Path, n: int, row) -> Article:
    """Line ``n`` of a JSONL file, decoded: an article, or an error record when it is no object with a string text."""
    where = f"{path}:{n}"
    if not isinstance(row, dict) or "text" not in row or not isinstance(row["text"], str):
        return Article(str(row.get("id", where)) if isinstance(row, dict) else where, "", str(path),
                       error=f"line {n}: expected an object with a string 'text'")
    return _row_article(path, where, n, row.get("id"), row["text"], kind="line", date=row.get(DATE_FIELD),
                        outlet=row.get(OUTLET_FIELD))


def _iter_jsonl_decoded(path: Path, encoding: str) -> Iterator[Article]:
    """A JSONL file in UTF-16 or an Arabic code page (:func:`sniff_encoding`), read as text in that encoding."""
    n, any_line = 0, False
    try:
        with path.open(encoding=encoding, newline="") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                any_line = True
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield Article(f"{path}:{n}", "", str(path), error=f"line {n}: invalid JSON ({json_reason(exc)})")
                    continue
                article = _jsonl_row(path, n, row)
                if not article.error:
                    article.encoding = encoding
                yield article
    except UnicodeDecodeError:
        yield Article(f"{path}:{n + 1}", "", str(path), encoding=encoding,
                      error=f"line {n + 1}: not {encoding} text like the lines before; rest of the file skipped")
        return
    except OSError as exc:
        yield Article(path.stem, "", str(path), error=f"cannot read file: {exc.strerror or exc}")
        return
    if not any_line:
        yield Article(path.stem, "", str(path), error="empty file")


def _iter_csv(path: Path, id_column: str, text_column: str) -> Iterator[Article]:
    encoding = sniff_encoding(path)
    try:
        fh = io.TextIOWrapper(path.open("rb"), encoding=encoding, newline="")
    except OSError as exc:
        yield Article(path.stem, "", str(path), error=f"cannot read file: {exc.strerror or exc}")
        return
    csv.field_size_limit(max(MAX_BYTES, 1 << 20))
    n = 0
    with fh:
        try:
            reader = csv.DictReader(fh)
            columns = reader.fieldnames
            if not columns:
                yield Article(path.stem, "", str(path), error="empty file")
                return
            if text_column not in columns:
                yield Article(path.stem, "", str(path), error=f"no '{text_column}' column (columns: {', '.join(columns)})")
                return
            for n, row in enumerate(reader, 1):
                article = _row_article(path, f"{path}:{n}", n, row.get(id_column), row.get(text_column) or "",
                                       date=row.get(DATE_FIELD), outlet=row.get(OUTLET_FIELD))
                if not article.error and encoding != "utf-8-sig":
                    article.encoding = encoding
                yield article
        except UnicodeDecodeError:
            what = "UTF-8" if encoding == "utf-8-sig" else f"{encoding} text like the rows before"
            yield Article(f"{path}:{n + 1}", "", str(path), error=f"row {n + 1}: not {what}; rest of the file skipped")
        except csv.Error as exc:
            yield Article(f"{path}:{n + 1}", "", str(path), error=f"row {n + 1}: malformed CSV ({exc}); rest of the file skipped")


def _iter_parquet(path: Path, id_column: str, text_column: str) -> Iterator[Article]:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
        names = pf.schema_arrow.names
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError, ... on a damaged file
        yield Article(path.stem, "", str(path), error=f"not a readable Parquet file: {exc}")
        return
    if text_column not in names:
        yield Article(path.stem, "", str(path), error=f"no '{text_column}' column (columns: {', '.join(names)})")
        return
    columns = [c for c in (id_column, text_column, DATE_FIELD, OUTLET_FIELD) if c in names]
    n = 0
    try:
        for batch in pf.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=columns):
            ids = batch.column(id_column).to_pylist() if id_column in names else [None] * batch.num_rows
            dates = batch.column(DATE_FIELD).to_pylist() if DATE_FIELD in names else [None] * batch.num_rows
            outlets = batch.column(OUTLET_FIELD).to_pylist() if OUTLET_FIELD in names else [None] * batch.num_rows
            for row_id, text, day, outlet in zip(ids, batch.column(text_column).to_pylist(), dates, outlets):
                n += 1
                yield _row_article(path, f"{path}:{n}", n, row_id, text, date=day, outlet=outlet)
    except Exception as exc:
        yield Article(f"{path}:{n + 1}", "", str(path), error=f"row {n + 1}: cannot read ({exc}); rest of the file skipped")
