"""stance: find what named actors said in Arabic news and label each statement's stance.

    import stance
    records = stance.score_text(article_text, date="2024-06-12")
    model = stance.load()

The API (:mod:`stance.api`) is imported on first use, so ``import stance`` stays light.
"""

__version__ = "0.1.0"

STANCE_LABELS = ("concern", "reassurance", "denial", "threat", "none")
SENTIMENT_LABELS = ("negative", "neutral", "positive")

_API = ("load", "score_text", "score_articles")
__all__ = ["STANCE_LABELS", "SENTIMENT_LABELS", "__version__", *_API]


def __getattr__(name):
    if name in _API:
        from stance import api

        return getattr(api, name)
    raise AttributeError(f"module 'stance' has no attribute {name!r}")


def __dir__():
    return sorted([*globals(), *_API])
