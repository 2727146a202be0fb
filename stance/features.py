"""What a classifier sees for one statement.

A statement's span excludes the reporting verb (ANNOTATION.md §1), yet the
verb often carries the stance: «نفى التقارير» is a denial, «أعرب عن قلقه» a
concern. Every model therefore reads the cue and the span together, built
here and nowhere else, so training, scoring and gold evaluation agree.
Speaker names are never part of the input: the model must learn stance, not
who tends to say what.
"""

from __future__ import annotations

from stance.normalize import normalize

CUE_SEPARATOR = " | "


def compose_input(text: str, cue: str | None = None) -> str:
    """Model input for a statement: ``"<cue> | <span>"``, or the span alone when no cue is known."""
    cue = (cue or "").strip()
    return f"{cue}{CUE_SEPARATOR}{text}" if cue else text


def cue_before(article: str, start: int, max_chars: int = 160) -> str:
    """The reporting cue closest before ``article[start]`` in the same paragraph ('' if none)."""
    from stance.extract import default_extractor

    para_start = article.rfind("\n", 0, start) + 1
    window_start = max(para_start, start - max_chars)
    return default_extractor().last_cue(normalize(article[window_start:start]))


def statement_inputs(records: list[dict], articles: dict[str, str] | None = None) -> list[str]:
    """Inputs for statement records: their ``cue`` if present, else one found in their article, else none."""
    inputs = []
    for rec in records:
        cue = rec.get("cue")
        if cue is None and articles is not None and rec.get("article_id") in articles and "start" in rec:
            cue = cue_before(articles[rec["article_id"]], int(rec["start"]))
        inputs.append(compose_input(rec["text"], cue))
    return inputs
