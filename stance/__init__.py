"""stance: find what named actors said in Arabic news and label each statement's stance."""

__version__ = "0.1.0"

STANCE_LABELS = ("concern", "reassurance", "denial", "threat", "none")
SENTIMENT_LABELS = ("negative", "neutral", "positive")

