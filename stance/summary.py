"""Per-actor stance summaries from scored records.

A summary is built incrementally (:class:`SummaryBuilder.add`), so it never
needs the whole output in memory. Shape (also what ``stance report`` renders)::

    {"model": "...",
     "actors": {actor: {"statements": n,
                        "labels": {label: {"count": n, "share": x}},
                        "dominant": label, "mean_confidence": x,
                        "sentiment": {polarity: {"count": n, "share": x}},
                        "evidence": {label: {"text", "article_id", "score", "actor_mention"}}}},
     "articles": [{"id", "status", "statements", "error", "source"}],
     "totals": {"articles", "ok", "no_statements", "errors", "statements"}}
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from stance import SENTIMENT_LABELS, STANCE_LABELS

ACTOR_ORDER = ("kirby", "peskov", "yoon", "kim", "other")


LISTED_ARTICLES = 10_000


class SummaryBuilder:
    """Per-actor summaries built one record at a time.

    Every article is counted by status; the per-article list keeps the first ``limit`` articles
    (``articles_not_listed`` says how many more there were), so memory does not grow with an archive.
    """

    def __init__(self, limit: int = LISTED_ARTICLES):
        self.limit = limit
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
            self.status[record.get("status")] += 1
            if len(self.articles) < self.limit:
                self.articles.append({k: record.get(k) for k in ("article_id", "status", "statements", "error", "source")})
            else:
                self.unlisted += 1
            return
        actor, label = record["actor"], record["label"]
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

    def build(self) -> dict:
        actors = {}
        for actor in sorted(self.labels, key=lambda a: (ACTOR_ORDER.index(a) if a in ACTOR_ORDER else 99, a)):
            counts = self.labels[actor]
            n = sum(counts.values())
            actors[actor] = {
                "statements": n,
                "labels": {lab: {"count": counts[lab], "share": round(counts[lab] / n, 4)} for lab in STANCE_LABELS},
                "dominant": max(STANCE_LABELS, key=lambda lab: (counts[lab], -STANCE_LABELS.index(lab))),
                "mean_confidence": round(self.confidence[actor] / n, 4),
                "sentiment": {s: {"count": self.sentiments[actor][s], "share": round(self.sentiments[actor][s] / n, 4)}
                              for s in SENTIMENT_LABELS},
                "evidence": {lab: self.evidence[actor][lab] for lab in STANCE_LABELS if lab in self.evidence[actor]},
            }
        articles = [{"id": a["article_id"], "status": a["status"], "statements": a["statements"],
                     "error": a["error"], "source": a["source"]} for a in self.articles]
        status = self.status
        built = {
            "model": sorted(self.models)[0] if len(self.models) == 1 else sorted(self.models),
            "actors": actors,
            "articles": articles,
            "totals": {"articles": sum(status.values()), "ok": status["ok"], "no_statements": status["no statements"],
                       "errors": status["error"], "statements": sum(sum(c.values()) for c in self.labels.values())},
        }
        if self.unlisted:
            built["articles_not_listed"] = self.unlisted
        return built


def summarize_records(records) -> dict:
    builder = SummaryBuilder()
    for rec in records:
        builder.add(rec)
    return builder.build()


def summarize_file(path: str | Path) -> dict:
    """Summary of a ``stance score`` JSONL output (statement and article records)."""
    from stance.data import iter_jsonl

    builder = SummaryBuilder()
    for n, rec in iter_jsonl(path):
        if "type" not in rec and "label" not in rec:
            raise ValueError(f"{path}: line {n} is not a stance score record")
        if rec.get("type", "statement") == "statement":
            for key in ("actor", "label", "sentiment", "text", "article_id"):
                if key not in rec:
                    raise ValueError(f"{path}: line {n} lacks '{key}'")
        builder.add(rec)
    return builder.build()


def render_table(summary: dict, console=None) -> None:
    """Print the summary as rich tables (per actor, then articles that were not scored cleanly)."""
    from rich.console import Console
    from rich.table import Table

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
            console.print(f"[bold]{actor}[/bold] {lab} ({ev['score']:.2f}, {ev['article_id']}): {ev['text'][:140]}")
    t = summary["totals"]
    console.print(f"articles: {t['articles']} read, {t['ok']} ok, {t['no_statements']} without statements, "
                  f"{t['errors']} failed; {t['statements']} statements")
    for art in summary["articles"]:
        if art["status"] != "ok":
            console.print(f"  {art['id']}: {art['status']}" + (f" — {art['error']}" if art.get("error") else ""))
