"""Arabic normalization for matching and features, with offsets kept into the original text.

Every character of the original text is normalized on its own (camel-tools'
unicode, diacritic, alef, alef maksura and teh marbuta normalizers, then the
extra character map in ``resources/normalization.json``), so each character of
the normalized string knows which original character it came from. Matching is
done on the normalized string and the result is mapped back with
:meth:`NormalizedText.span_to_original`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from camel_tools.utils.charmap import CharMapper
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)


@lru_cache(maxsize=1)
def _extra_mapper() -> CharMapper:
    table = json.loads(resources.files("stance.resources").joinpath("normalization.json").read_text("utf-8"))
    return CharMapper(table["charmap"])


@lru_cache(maxsize=None)
def normalize_char(char: str) -> str:
    """Normalized form of one character (may be empty or longer than one character)."""
    out = normalize_unicode(char)
    out = dediac_ar(out)
    out = normalize_alef_ar(out)
    out = normalize_alef_maksura_ar(out)
    out = normalize_teh_marbuta_ar(out)
    out = _extra_mapper().map_string(out)
    return out.lower()


@dataclass(frozen=True)
class NormalizedText:
    """A normalized string plus, for each of its characters, the original index."""

    original: str
    text: str
    origin: np.ndarray  # origin[i] = index in ``original`` of normalized character i

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized ``[start, end)`` span to the original text."""
        if end <= start:
            pos = int(self.origin[start]) if start < len(self.origin) else len(self.original)
            return pos, pos
        return int(self.origin[start]), int(self.origin[end - 1]) + 1

    def original_to_normalized(self, pos: int) -> int:
        """First normalized index whose original index is at or after ``pos``."""
        return int(np.searchsorted(self.origin, pos, side="left"))


def _char_table(text: str) -> dict[int, str]:
    return {ord(ch): normalize_char(ch) for ch in set(text)}


def normalize_with_offsets(text: str) -> NormalizedText:
    table = _char_table(text)
    normalized = text.translate(table)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    keys = np.fromiter(sorted(table), dtype=np.uint32, count=len(table))
    lengths = np.array([len(table[int(k)]) for k in keys], dtype=np.int64)
    # Each original character contributes len(its normalized form) characters (0 when deleted, 2+ for ligatures).
    origin = np.repeat(np.arange(len(text)), lengths[np.searchsorted(keys, codes)]) if len(text) else np.zeros(0, np.int64)
    return NormalizedText(text, normalized, origin)


def normalize(text: str) -> str:
    """Normalized text, for features and lexicon look-ups."""
    return text.translate(_char_table(text))
