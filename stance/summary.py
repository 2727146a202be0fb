"""Per-actor stance summaries from scored records.

A summary is built incrementally (:class:`SummaryBuilder.add`), so it never
needs the whole output in memory. Shape (also what ``stance report`` renders)::

    {"model": "...",
     "actors": {actor: {"statements": n, "few_statements": n < FEW_STATEMENTS,
                        "labels": {label: {"count": n, "share": x, "ci": [low, high]}},   # 95% Wilson interval
                        "dominant": label, "mean_confidence": x,
                        "sentiment": {polarity: {"count": n, "share": x}},
                        "evidence": {label: {"text", "article_id", "score", "actor_mention"}}}},
     "articles": [{"id", "status", "statements", "error", "source", "date", "outlet"}],
     "totals": {"articles", "ok", "no_statements", "errors", "statements"},
     "over_time": {"period": "week" | "month", "periods": [key, ...],   # a week's key is its Monday, a month's YYYY-MM
                   "actors": {actor: {key: {"statements": n, "labels": {label: n}}}},
                   "undated": {actor: n}},
     "by_outlet": {"outlets": [outlet, ...],                             # most statements first
                   "actors": {actor: {outlet: {"statements": n, "labels": {label: n}}}},
                   "without_outlet": {actor: n}}}

A statement's date and outlet are its article's (``date``: the input's field, ``--date``, or the
dateline; ``outlet``: the input's field, or an HTML page's site name), read from the article record
that follows the article's statements.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterator

from stance import SENTIMENT_LABELS, STANCE_LABELS

ACTOR_ORDER = ("kirby", "peskov", "yoon", "kim", "other")


LISTED_ARTICLES = 10_000
# Below this many statements an actor's shares say little (one statement is "100% threat"): reports grey it out.
FEW_STATEMENTS = 10
# Up to this many days between the first and last dated article, stance over time is counted per week.
WEEKLY_UP_TO_DAYS = 120


def wilson_interval(count: int, n: int, confidence: float = 0.95) -> list[float]:
    """The Wilson score interval of a share ``count / n`` (no continuity correction), rounded; ``[0, 1]`` when
    ``n`` is 0. Closed form with the standard library's normal quantile, so summaries do not import SciPy
    (about 0.8 s of every cold start); ``tests/test_summary.py`` checks it against ``scipy.stats.binomtest``."""
    if n == 0:
        return [0.0, 1.0]
    from math import sqrt
    from statistics import NormalDist

    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    share, z2 = count / n, z * z
    centre = (share + z2 / (2 * n)) / (1 + z2 / n)
    half = z / (1 + z2 / n) * sqrt(share * (1 - share) / n + z2 / (4 * n * n))
    return [round(max(0.0, centre - half), 4), round(min(1.0, centre + half), 4)]


def period_key(day: str, period: str) -> str:
    """``YYYY-MM`` for a month, the Monday (``YYYY-MM-DD``) for a week."""
    if period == "month":
        return day[:7]
    date = _dt.date.fromisoformat(day)
    return (date - _dt.timedelta(days=date.weekday())).isoformat()


class SummaryBuilder:
    """Per-actor summaries built one record at a time.

    Every article is counted by status; the per-article list keeps the first ``limit`` articles
    (``articles_not_listed`` says how many more there were), so memory does not grow with an archive.
    """

    def __init__(self, limit: int = LISTED_ARTICLES, period: str = "auto"):
        if period not in ("auto", "week", "month"):
            raise ValueError(f"period must be auto, week or month, not {period!r}")
        self.limit = limit
        self.period = period
        self.pending: list[tuple[str, str]] = []  # (actor, label) of the article whose record has not come yet
        self.by_day: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self.by_outlet: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self.undated: Counter = Counter()
        self.without_outlet: Counter = Counter()
        self.status: Counter = Counter()
        self.unlisted = 0
        self.labels: dict[str, Counter] = defaultdict(Counter)
        self.sentiments: dict[str, Counter] = defaultdict(Counter)
        self.confidence: dict[str, float] = defaultdict(float)
        self.evidence: dict[str, dict[str, dict]] = defaultdict(dict)
        self.articles: list[dict] = []
        self.models: set[str] = set()

    def add(self, record: dict) -> None:
        if record.get("type") == "article":
            self._place(record.get("date"), record.get("outlet"))
            self.status[record.get("status")] += 1
            if len(self.articles) < self.limit:
                self.articles.append({k: record.get(k) for k in ("article_id", "status", "statements", "error", "source",
                                                                  "date", "outlet")})
            else:
                self.unlisted += 1
            return
        actor, label = record["actor"], record["label"]
        self.pending.append((actor, label))
        self.labels[actor][label] += 1
        self.sentiments[actor][record["sentiment"]] += 1
        scores = record.get("scores") or {}
        self.confidence[actor] += max(scores.values()) if scores else 0.0
        if record.get("model"):
            self.models.add(record["model"])
        score = float(scores.get(label, 0.0))
        best = self.evidence[actor].get(label)
        if best is None or score > best["score"]:
            self.evidence[actor][label] = {"text": record["text"], "article_id": record["article_id"],
                                           "score": round(score, 4), "actor_mention": record.get("actor_mention")}

    def _place(self, day: str | None, outlet: str | None) -> None:
        """Count the pending statements under their article's date and outlet."""
        try:
            day = _dt.date.fromisoformat(str(day)[:10]).isoformat() if day else None
        except ValueError:
            day = None
        for actor, label in self.pending:
            if day:
                self.by_day[actor, day][label] += 1
            else:
                self.undated[actor] += 1
            if outlet:
                self.by_outlet[actor, outlet][label] += 1
            else:
                self.without_outlet[actor] += 1
        self.pending = []

    def _over_time(self) -> dict:
        days = sorted({day for _, day in self.by_day})
        period = self.period
        if period == "auto":
            span = (_dt.date.fromisoformat(days[-1]) - _dt.date.fromisoformat(days[0])).days if days else 0
            period = "week" if span <= WEEKLY_UP_TO_DAYS else "month"
        actors: dict[str, dict] = defaultdict(dict)
        for (actor, day), counts in self.by_day.items():
            slot = actors[actor].setdefault(period_key(day, period), {"statements": 0, "labels": Counter()})
            slot["statements"] += sum(counts.values())
            slot["labels"].update(counts)
        return {
            "period": period,
            "periods": sorted({period_key(day, period) for day in days}),
            "actors": {a: {key: {"statements": slot["statements"],
                                 "labels": {lab: slot["labels"][lab] for lab in STANCE_LABELS}}
                           for key, slot in sorted(actors[a].items())} for a in _ordered(actors)},
            "undated": {a: self.undated[a] for a in _ordered(self.undated)},
        }

    def _outlets(self) -> dict:
        totals: Counter = Counter()
        for (_, outlet), counts in self.by_outlet.items():
            totals[outlet] += sum(counts.values())
        actors: dict[str, dict] = defaultdict(dict)
        for (actor, outlet), counts in self.by_outlet.items():
            actors[actor][outlet] = {"statements": sum(counts.values()),
                                     "labels": {lab: counts[lab] for lab in STANCE_LABELS}}
        order = [o for o, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
        return {
            "outlets": order,
            "actors": {a: {o: actors[a][o] for o in order if o in actors[a]} for a in _ordered(actors)},
            "without_outlet": {a: self.without_outlet[a] for a in _ordered(self.without_outlet)},
        }

    def build(self) -> dict:
        self._place(None, None)  # statements with no article record after them (an older or cut output)
        actors = {}
        for actor in _ordered(self.labels):
            counts = self.labels[actor]
            n = sum(counts.values())
            actors[actor] = {
                "statements": n,
                "few_statements": n < FEW_STATEMENTS,
                "labels": {lab: {"count": counts[lab], "share": round(counts[lab] / n, 4),
                                 "ci": wilson_interval(counts[lab], n)} for lab in STANCE_LABELS},
                "dominant": max(STANCE_LABELS, key=lambda lab: (counts[lab], -STANCE_LABELS.index(lab))),
                "mean_confidence": round(self.confidence[actor] / n, 4),
                "sentiment": {s: {"count": self.sentiments[actor][s], "share": round(self.sentiments[actor][s] / n, 4)}
                              for s in SENTIMENT_LABELS},
                "evidence": {lab: self.evidence[actor][lab] for lab in STANCE_LABELS if lab in self.evidence[actor]},
            }
        articles = [{"id": a["article_id"], "status": a["status"], "statements": a["statements"],
                     "error": a["error"], "source": a["source"], "date": a["date"], "outlet": a["outlet"]}
                    for a in self.articles]
        status = self.status
        built = {
            "model": sorted(self.models)[0] if len(self.models) == 1 else sorted(self.models),
            "actors": actors,
            "articles": articles,
            "totals": {"articles": sum(status.values()), "ok": status["ok"], "no_statements": status["no statements"],
                       "errors": status["error"], "statements": sum(sum(c.values()) for c in self.labels.values())},
        }
        built["over_time"] = self._over_time()
        built["by_outlet"] = self._outlets()
        if self.unlisted:
            built["articles_not_listed"] = self.unlisted
        return built


def _ordered(actors) -> list[str]:
    return sorted(actors, key=lambda a: (ACTOR_ORDER.index(a) if a in ACTOR_ORDER else 99, a))


def summarize_records(records, period: str = "auto") -> dict:
    builder = SummaryBuilder(period=period)
    for rec in records:
        builder.add(rec)
    return builder.build()


def iter_score_records(path: str | Path, fmt: str | None = None) -> Iterator[tuple[int, dict]]:
    """``(row number, record)`` of a ``stance score`` output in any of its formats: ``fmt``, else by suffix
    (``.csv``, ``.parquet`` / ``.pq``: flat score columns folded back into ``scores``; else JSONL)."""
    from stance.batch import SUFFIX_FORMATS, row_to_record

    path = Path(path)
    fmt = fmt or SUFFIX_FORMATS.get(path.suffix.lower(), "jsonl")
    if fmt == "csv":
        import csv

        with open(path, encoding="utf-8-sig", newline="") as fh:
            try:
                for n, row in enumerate(csv.DictReader(fh), 1):
                    yield n, row_to_record(row)
            except (UnicodeDecodeError, csv.Error) as exc:
                raise ValueError(f"{path} is not a CSV file written by stance score: {exc}") from None
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        try:
            table = pq.ParquetFile(path)
        except Exception as exc:  # pyarrow raises ArrowInvalid, OSError, ... on a file that is not Parquet
            raise ValueError(f"{path} is not a readable Parquet file: {exc}") from None
        n = 0
        for batch in table.iter_batches():
            for row in batch.to_pylist():
                n += 1
                yield n, row_to_record(row)
    else:
        from stance.data import iter_jsonl

        try:
            yield from iter_jsonl(path)
        except UnicodeDecodeError:
            raise ValueError(f"{path} is not a text file; stance summarize reads the JSONL, CSV or Parquet output "
                             f"of stance score (by suffix: .jsonl, .csv, .parquet)") from None
        except ValueError:
            if _is_summary_json(path):
                raise ValueError(f"{path} is a summary already (stance score --summary); stance summarize reads "
                                 f"scores (JSONL, CSV or Parquet); render a summary with stance report") from None
            raise


def _is_summary_json(path: Path) -> bool:
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and "actors" in data and "totals" in data


def summarize_file(path: str | Path, period: str = "auto") -> dict:
    """Summary of a ``stance score`` output (statement and article records; JSONL, CSV or Parquet by suffix);
    ``period``: week, month or auto (weeks up to :data:`WEEKLY_UP_TO_DAYS` days of dated articles, else
    months)."""
    builder = SummaryBuilder(period=period)
    for n, rec in iter_score_records(path):
        if "type" not in rec and "label" not in rec:
            raise ValueError(f"{path}: line {n} is not a stance score record")
        if rec.get("type", "statement") == "statement":
            for key in ("actor", "label", "sentiment", "text", "article_id"):
                if key not in rec:
                    raise ValueError(f"{path}: line {n} lacks '{key}'")
        builder.add(rec)
    return builder.build()


EVIDENCE_CHARS = 140  # an evidence line shows at most this much of its statement (less on a narrow terminal)


def clip_words(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, with «…» when something was cut (a
    single word longer than half the room is cut inside)."""
    if len(text) <= limit:
        return text
    if limit <= 1:
        return "…"[:max(limit, 0)]
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if text[limit - 1] != " " and space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def render_table(summary: dict, console=None) -> None:
    """Print the summary as rich tables (per actor, then articles that were not scored cleanly)."""
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console()
    if not console.is_terminal:
        console.width = max(console.width, 150)  # a file or a pipe has room; do not squeeze the table to 80 columns
    table = Table(title="Per-actor stance summary", show_lines=False)
    table.add_column("actor")
    table.add_column("statements", justify="right")
    for lab in STANCE_LABELS:
        table.add_column(lab, justify="right")
    table.add_column("dominant")
    table.add_column("mean conf.", justify="right")
    table.add_column("sentiment −/0/+", justify="right")
    for actor, a in summary["actors"].items():
        sent = a["sentiment"]
        table.add_row(
            actor, str(a["statements"]),
            *(f"{a['labels'][lab]['count']} ({a['labels'][lab]['share']:.0%})" for lab in STANCE_LABELS),
            a["dominant"], f"{a['mean_confidence']:.2f}",
            f"{sent['negative']['count']}/{sent['neutral']['count']}/{sent['positive']['count']}",
        )
    console.print(table)
    for actor, a in summary["actors"].items():
        if actor == "other":
            continue
        for lab, ev in a["evidence"].items():
            head = f"{actor} {lab} ({ev['score']:.2f}, {ev['article_id']}): "
            room = min(EVIDENCE_CHARS, console.width - cell_len(head)) if console.is_terminal else EVIDENCE_CHARS
            console.print(Text.assemble((actor, "bold"), head[len(actor):], clip_words(ev["text"], room)),
                          soft_wrap=not console.is_terminal)  # a file or a pipe gets whole lines
    _render_breakdowns(summary, console, Table)
    t = summary["totals"]
    console.print(f"articles: {t['articles']} read, {t['ok']} ok, {t['no_statements']} without statements, "
                  f"{t['errors']} failed; {t['statements']} statements")
    for art in summary["articles"]:
        if art["status"] != "ok":
            console.print(f"  {art['id']}: {art['status']}" + (f" — {art['error']}" if art.get("error") else ""))


SHOWN_PERIODS = 12
SHOWN_OUTLETS = 10


def _render_breakdowns(summary: dict, console, Table) -> None:
    """Per-actor stance counts per week or month (the latest periods) and per outlet (the largest)."""
    over_time = summary.get("over_time") or {}
    if over_time.get("periods"):
        period = over_time["period"]
        table = Table(title=f"Stance per {period} (counts; {'week starting' if period == 'week' else 'month'})")
        table.add_column("actor")
        table.add_column(period)
        table.add_column("statements", justify="right")
        for lab in STANCE_LABELS:
            table.add_column(lab, justify="right")
        for actor, slots in over_time["actors"].items():
            for key, slot in list(slots.items())[-SHOWN_PERIODS:]:
                table.add_row(actor, key, str(slot["statements"]), *(str(slot["labels"][lab]) for lab in STANCE_LABELS))
        console.print(table)
    by_outlet = summary.get("by_outlet") or {}
    if by_outlet.get("outlets"):
        shown = by_outlet["outlets"][:SHOWN_OUTLETS]
        table = Table(title="Stance per outlet (counts)")
        table.add_column("actor")
        table.add_column("outlet")
        table.add_column("statements", justify="right")
        for lab in STANCE_LABELS:
            table.add_column(lab, justify="right")
        for actor, outlets in by_outlet["actors"].items():
            for outlet in shown:
                if outlet in outlets:
                    slot = outlets[outlet]
                    table.add_row(actor, outlet, str(slot["statements"]), *(str(slot["labels"][lab]) for lab in STANCE_LABELS))
        console.print(table)
