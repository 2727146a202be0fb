"""The Python API: the functions the ``stance`` commands call, importable as ``stance.load`` and friends.

    import stance

    model = stance.load()                           # the default model; stance.load("path/to/model") for another
    probs = model.predict_proba(["أعرب عن قلقه | إن الوضع خطير"])
    probs["stance"]                                 # array (n, 5), columns in model.labels["stance"] order
    model.predict(["..."])["stance"]                # labels, an abstaining stance is "none"

    records = stance.score_text(article_text, date="2024-06-12")      # statement records, as `stance score` writes
    for record in stance.score_articles([{"id": "a1", "text": article_text, "date": "2024-06-12"}]):
        ...                                         # statement records, then one {"type": "article"} record each

``actors=`` (a JSON file of the shape of ``stance/resources/actors.json``, or a dict) adds or extends
tracked actors on top of the shipped lexicon, like ``stance score --actors FILE``.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from stance.defaults import resolve_model

__all__ = ["load", "score_text", "score_articles", "extractor_for", "to_article"]

_models: dict = {}


def load(model: str | Path | None = None, announce=lambda message: None):
    """The model in folder ``model`` (default: the shipped default model), checksums verified.

    The result is a :class:`stance.models.base.StanceModel`: ``predict_proba(texts)`` gives
    ``{"stance": array (n, len(labels["stance"])), "sentiment": array (n, len(labels["sentiment"]))}``,
    ``predict(texts)`` the labels, ``labels`` the column order. A model input is the statement text,
    or ``"<reporting verb> | <text>"`` as the scorer builds it (:func:`stance.features.compose_input`).
    Loaded models are kept for the next call with the same folder (reloaded if its files changed).
    """
    from stance.models.base import load_model, read_verified_meta

    folder = Path(resolve_model(model, announce=announce)).resolve()
    meta = read_verified_meta(folder)
    key = (str(folder), tuple(sorted(meta["files"].items())), meta.get("meta_sha256"))
    if key not in _models:
        for stale in [k for k in _models if k[0] == key[0]]:
            del _models[stale]
        loaded = load_model(folder)
        loaded.folder = folder
        _models[key] = loaded
    return _models[key]


def extractor_for(actors: str | Path | dict | None = None):
    """The statement extractor, with ``actors`` (file or mapping) merged into the shipped lexicon."""
    from stance.extract import Extractor, default_extractor

    if actors is None:
        return default_extractor()
    if isinstance(actors, dict):
        from stance.lexicon import load_lexicon

        return Extractor(lexicon=load_lexicon(actors))
    path = Path(actors).resolve()
    try:
        stamp = os.stat(path).st_mtime_ns
    except OSError:
        stamp = None  # load_lexicon says what is wrong with it
    return _file_extractor(str(path), stamp)


@lru_cache(maxsize=4)
def _file_extractor(path: str, stamp):
    from stance.extract import Extractor
    from stance.lexicon import load_lexicon

    return Extractor(lexicon=load_lexicon(path))


def _scorer(model, actors):
    from stance.pipeline import Scorer, model_name

    if model is None or isinstance(model, (str, Path)):
        model = load(model)
    return Scorer(model, extractor=extractor_for(actors), name=model_name(model, getattr(model, "folder", None)))


def to_article(item, n: int = 0, date=None):
    """An :class:`stance.inputs.Article` from a text, a dict (``id``, ``text``, optional ``date``, ``outlet``, ``source``)
    or an Article; ``n`` numbers articles without an id, ``date`` is used when the item has none."""
    from stance.extract.dates import parse_date
    from stance.inputs import Article

    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        item = {"text": item}
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise TypeError(f"article {n}: expected a text, an Article or a dict with a string 'text', got {type(item).__name__}")
    day = parse_date(item.get("date") or date)
    outlet = item.get("outlet")
    return Article(str(item.get("id", n)), item["text"], str(item.get("source") or "python"),
                   date=day.isoformat() if day else None, outlet=str(outlet) if outlet else None)


def score_articles(articles: Iterable, *, model=None, actors=None, date=None) -> Iterator[dict]:
    """Score articles one chunk at a time, yielding the records ``stance score`` writes.

    ``articles``: texts, dicts (``id``, ``text``, optional ``date`` YYYY-MM-DD, ``outlet`` and ``source``) or
    :class:`stance.inputs.Article`; ``model``: a folder or a loaded model (default: the default model);
    ``actors``: an actors file or mapping merged into the shipped lexicon; ``date``: for articles without one
    (it decides who holds a role named without a name; else the dateline is read).

    Each article gives its statement records, then one ``{"type": "article", "status": ...}`` record.
    """
    scorer = _scorer(model, actors)
    source = (to_article(item, n, date) for n, item in enumerate(articles))
    for result in scorer.score(source):
        yield from result.records
        yield result.status_record()


def score_text(text: str, date=None, *, model=None, actors=None, article_id: str = "text") -> list[dict]:
    """The statement records of one article text (the same fields ``stance score`` writes)."""
    from stance.batch import _few_blas_threads

    with _few_blas_threads():  # one text: the same one-BLAS-thread path `stance score` takes for a few articles
        records = list(score_articles([{"id": article_id, "text": text}], model=model, actors=actors, date=date))
    status = records.pop()
    if status["status"] == "error":
        raise ValueError(status["error"])
    return records
