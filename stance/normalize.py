"""Arabic normalization for matching and features, with offsets kept into the original text.

Every character of the original text is normalized on its own (the steps of camel-tools' unicode,
diacritic, alef, alef maksura and teh marbuta normalizers, then the extra character map in
``resources/normalization.json``), so each character of the normalized string knows which original
character it came from. Matching is done on the normalized string and the result is mapped back with
:meth:`NormalizedText.span_to_original`.

The camel-tools steps are written out here with their (small, fixed) character tables instead of
imported: importing ``camel_tools.utils.dediac`` imports ``camel_tools.utils.charsets``, which walks
all 1.1 M code points (about 0.5 s of every command's start). ``tests/test_speed_normalize.py``
checks, code point by code point, that :func:`normalize_char` equals the camel-tools composition.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

# camel_tools.utils.normalize._UNICODE_CHAR_FIX: two ligatures NFKC leaves alone, spelled out first.
_UNICODE_FIX = {"\ufdfc": "\u0631\u064a\u0627\u0644", "\ufdfd": "\u0628\u0633\u0645 \u0627\u0644\u0644\u0647 "
                "\u0627\u0644\u0631\u062d\u0645\u0646 \u0627\u0644\u0631\u062d\u064a\u0645"}
# camel_tools.utils.charsets.AR_DIAC_CHARSET (removed by dediac_ar): tanwin, harakat, shadda, sukun, dagger alef.
_AR_DIACRITICS = dict.fromkeys(map(ord, "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"))
# normalize_alef_ar (hamza above/below, wasla, madda -> bare alef), normalize_alef_maksura_ar, normalize_teh_marbuta_ar.
_LETTERS = {**{ord(c): "\u0627" for c in "\u0625\u0623\u0671\u0622"}, 0x0649: "\u064a", 0x0629: "\u0647"}

# Any letter of the Arabic script (basic block, extended letters, presentation forms).
ARABIC_LETTER = re.compile("[\u0620-\u064a\u0671-\u06d3\u06fa-\u06fc\ufb50-\ufdfb\ufe70-\ufefc]")


@lru_cache(maxsize=1)
def _extra_table() -> dict[int, str]:
    table = json.loads(resources.files("stance.resources").joinpath("normalization.json").read_text("utf-8"))
    charmap = table["charmap"]
    if any(len(key) != 1 for key in charmap):  # camel-tools' CharMapper reads "a-z" keys as ranges
        raise ValueError("normalization.json: charmap keys must be single characters")
    return {ord(key): value for key, value in charmap.items()}


@lru_cache(maxsize=None)
def normalize_char(char: str) -> str:
    """Normalized form of one character (may be empty or longer than one character)."""
    out = unicodedata.normalize("NFKC", "".join(_UNICODE_FIX.get(c, c) for c in char))
    out = out.translate(_AR_DIACRITICS).translate(_LETTERS).translate(_extra_table())
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
