"""Scoring: articles in, one record per statement out (plus one status record per article).

    from stance.pipeline import Scorer
    scorer = Scorer(load_model("artifacts/tfidf"))
    for result in scorer.score(iter_articles(["seeds/"])):
        ...

Articles are scored in chunks: statements of a chunk of articles go through
the model in one batch, and results come back in input order, so memory stays
bounded by the chunk size whatever the number of articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from stance.extract import Extractor, default_extractor
from stance.extract.dates import article_date
from stance.features import compose_input
from stance.inputs import Article, json_reason
from stance.normalize import ARABIC_LETTER

# The reason recorded with "no statements" when the text holds no Arabic letter at all (wrong column,
# wrong file, a page in another language): that is almost always an input mistake, not a quiet article.
NO_ARABIC = "no Arabic text found"
# Statements labelled per model call. The features of a call (TF-IDF n-gram rows) live until it returns, so an
# article with thousands of statements would otherwise hold them all at once: 5,800 statements of a 2.5 MB
# article took 160 MB more in one call, under 40 MB in calls of this size.
PREDICT_BATCH = 1024

STATEMENT_FIELDS = ("article_id", "actor", "actor_mention", "cue", "direct", "start", "end", "text",
                    "label", "scores", "sentiment", "sentiment_scores", "model")


@dataclass
class ArticleResult:
    article: Article
    records: list[dict] = field(default_factory=list)
    status: str = "ok"  # ok | no statements | error
    error: str | None = None
    date: str | None = None  # the article's date as scoring used it: given, else the dateline's (YYYY-MM-DD)

    def status_record(self) -> dict:
        return {
            "type": "article", "article_id": self.article.id, "status": self.status,
            "statements": len(self.records), "error": self.error,
            "source": self.article.source, "encoding": self.article.encoding,
            "date": self.date or self.article.date, "outlet": self.article.outlet,
        }


def model_name(model, folder: str | Path | None = None) -> str:
    """``kind:folder@fingerprint``; the fingerprint covers meta.json and every file of the folder, so a
    model retrained in place or with an edited setting gets another id."""
    meta = getattr(model, "meta", {}) or {}
    name = Path(folder).name if folder else meta.get("kind", "model")
    if "files" in meta:
        from stance.models.base import meta_fingerprint

        digest = meta_fingerprint(meta)[:12]
    else:  # a model built in memory, never saved
        digest = (meta.get("data_hash") or "")[:8]
    return f"{meta.get('kind', name)}:{name}" + (f"@{digest}" if digest else "")


class Scorer:
    def __init__(self, model, extractor: Extractor | None = None, name: str | None = None, chunk_size: int = 64):
        self.model = model
        self.extractor = extractor or default_extractor()
        self.name = name or model_name(model)
        self.chunk_size = chunk_size

    def score(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        chunk: list[Article] = []
        for article in articles:
            chunk.append(article)
            if len(chunk) >= self.chunk_size:
                yield from self.score_chunk(chunk)
                chunk = []
        if chunk:
            yield from self.score_chunk(chunk)

    def score_chunk(self, articles: list[Article]) -> list[ArticleResult]:
        results: list[ArticleResult] = []
        pending: list[tuple[ArticleResult, dict]] = []
        for article in articles:
            result = ArticleResult(article)
            results.append(result)
            if article.error:
                result.status, result.error = "error", article.error
                continue
            try:
                day = article_date(article.date, article.text)
                result.date = day.isoformat() if day else None
                statements = self.extractor.extract(article.text, date=day)
            except Exception as exc:  # an extractor bug must not lose the rest of the batch
                result.status, result.error = "error", f"extraction failed: {type(exc).__name__}: {exc}"
                continue
            if not statements:
                result.status = "no statements"
                if not ARABIC_LETTER.search(article.text):
                    result.error = NO_ARABIC
                continue
            for st in statements:
                record = {"type": "statement", "article_id": article.id, **st.to_dict()}
                pending.append((result, record))
        if pending:
            fields = predicted_fields(self.model, [compose_input(rec["text"], rec["cue"]) for _, rec in pending])
            for (result, rec), predicted in zip(pending, fields):
                rec.update(predicted, model=self.name)
                result.records.append(rec)
        return results


def classify_records(model, records: list[dict], name: str | None = None) -> list[dict]:
    """Label given statement texts (``id``, ``text``, optional ``cue``), keeping ``id``."""
    fields = predicted_fields(model, [compose_input(r["text"], r.get("cue")) for r in records])
    name = name or model_name(model)
    return [{"id": rec.get("id"), "text": rec["text"], **predicted, "model": name} for rec, predicted in zip(records, fields)]


def classify_file(model, path: str | Path, name: str | None = None, batch_size: int = 256) -> Iterator[dict]:
    """Label a JSONL of statements (``id``, ``text``, optional ``cue``) in input order.

    A line that is not a JSON object with a string ``text`` does not stop the file: it gives a record
    ``{"id", "line", "error"}`` in its place.
    """
    import json

    name = name or model_name(model)
    pending: list[tuple[dict, str | None]] = []  # (record, None) to label, or (error record, reason)

    def flush() -> Iterator[dict]:
        labelled = iter(classify_records(model, [rec for rec, error in pending if error is None], name=name))
        for rec, error in pending:
            yield next(labelled) if error is None else rec
        pending.clear()

    with Path(path).open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8-sig" if n == 1 else "utf-8"))
                error = None if isinstance(rec, dict) and isinstance(rec.get("text"), str) else \
                    f"line {n}: expected an object with a string 'text'"
            except UnicodeDecodeError:
                rec, error = None, f"line {n}: not UTF-8"
            except json.JSONDecodeError as exc:
                rec, error = None, f"line {n}: invalid JSON ({json_reason(exc)})"
            if error is None:
                pending.append((rec, None))
            else:
                known_id = rec.get("id") if isinstance(rec, dict) else None
                pending.append(({"id": known_id, "line": n, "error": error}, error))
            if len(pending) >= batch_size:
                yield from flush()
    yield from flush()


def predicted_fields(model, inputs: list[str]) -> list[dict]:
    """``label, scores, sentiment, sentiment_scores`` for each model input, in order."""
    if not inputs:
        return []
    from stance.models.base import decide  # not stance.metrics: that imports scikit-learn's metrics

    fields: list[dict] = []
    for start in range(0, len(inputs), PREDICT_BATCH):
        probs = model.predict_proba(inputs[start:start + PREDICT_BATCH])
        stance = decide(probs["stance"], model.stance_labels, getattr(model, "abstain_threshold", 0.0))
        sentiment = decide(probs["sentiment"], model.sentiment_labels)
        fields += [{
            "label": stance[i],
            "scores": {lab: round(float(p), 6) for lab, p in zip(model.stance_labels, probs["stance"][i])},
            "sentiment": sentiment[i],
            "sentiment_scores": {lab: round(float(p), 6) for lab, p in zip(model.sentiment_labels,
                                                                           probs["sentiment"][i])},
        } for i in range(len(stance))]
    return fields
