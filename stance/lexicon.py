"""The actor lexicon: who the tracked actors are and how the press names them.

The lexicon is data (``resources/actors.json`` by default, or any JSON file of
the same shape passed as ``path``): a user adds an actor by editing it. Names
are matched on normalized text (:mod:`stance.normalize`) as whole words, with
the one-letter prefixes Arabic attaches to words (و، ف، ب، ل، ك).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from stance.normalize import normalize

# Letters that can be glued to the front of a name: و/ف (and), ب/ل/ك (prepositions).
_PREFIXES_FULL = "(?:[وف]?[بلك]?)"
# A bare surname (كيم، يون) is short enough to hide inside other words after a
# preposition (ليون = Lyon), so it only takes the conjunctions.
_PREFIXES_SHORT = "(?:[وف]?)"
_WORD_CHAR = r"[\w\u0600-\u06FF]"


class LexiconError(ValueError):
    """The lexicon file is missing or malformed."""


@dataclass(frozen=True)
class Mention:
    """One match of the lexicon in normalized text (offsets are normalized)."""

    start: int
    end: int
    kind: str  # name | surname | role | not_actor | spokesman_word
    actor: str | None  # tracked actor id, or None
    person: str  # who is meant, for not_actor and tracked names
    surname: str | None = None  # for full names and bare surnames: the family name


class Lexicon:
    def __init__(self, data: dict):
        try:
            self.actors: dict[str, dict] = data["actors"]
            not_actors = data.get("not_actors", [])
            spokesman_words = data.get("spokesman_words", [])
        except (KeyError, TypeError) as exc:
            raise LexiconError(f"lexicon must have an 'actors' mapping: {exc}") from None
        entries: list[tuple[str, str, str | None, str, str | None]] = []
        self.spokesmen = {a for a, spec in self.actors.items() if spec.get("spokesman")}
        surnames = {normalize(spec["surname"]): a for a, spec in self.actors.items() if spec.get("surname")}
        for actor, spec in self.actors.items():
            if not isinstance(spec, dict) or not spec.get("names"):
                raise LexiconError(f"actor {actor!r} needs a non-empty 'names' list")
            for name in spec["names"]:
                entries.append((normalize(name), "name", actor, spec.get("person", actor), _surname_of(name, surnames)))
            for role in spec.get("roles", []):
                entries.append((normalize(role), "role", actor, spec.get("person", actor), None))
            if spec.get("surname"):
                entries.append((normalize(spec["surname"]), "surname", actor, spec.get("person", actor), normalize(spec["surname"])))
        for item in not_actors:
            surface = item["surface"] if isinstance(item, dict) else item
            person = item.get("person", surface) if isinstance(item, dict) else surface
            entries.append((normalize(surface), "not_actor", None, person, _surname_of(surface, surnames)))
        for word in spokesman_words:
            entries.append((normalize(word), "spokesman_word", None, "spokesman", None))
        # Longest surface first, so «كيم هونغ كيون» wins over «كيم».
        entries.sort(key=lambda e: -len(e[0]))
        self._by_surface = {}
        for surface, kind, actor, person, surname in entries:
            self._by_surface.setdefault(surface, (kind, actor, person, surname))
        full = [s for s, (k, *_rest) in self._by_surface.items() if k != "surname"]
        short = [s for s, (k, *_rest) in self._by_surface.items() if k == "surname"]
        alternatives = []
        if full:
            alternatives.append(_PREFIXES_FULL + "(?P<full>" + "|".join(_surface_pattern(s) for s in _longest_first(full)) + ")")
        if short:
            alternatives.append(_PREFIXES_SHORT + "(?P<short>" + "|".join(_surface_pattern(s) for s in _longest_first(short)) + ")")
        self._pattern = re.compile(
            rf"(?<!{_WORD_CHAR})(?:" + "|".join(alternatives) + rf")(?!{_WORD_CHAR})"
        )

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Lexicon":
        if path is None:
            return default_lexicon()
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise LexiconError(f"lexicon file not found: {path}") from None
        except json.JSONDecodeError as exc:
            raise LexiconError(f"lexicon file {path} is not valid JSON: {exc}") from None
        return cls(data)

    @property
    def actor_ids(self) -> list[str]:
        return list(self.actors)

    def find(self, normalized_text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """All lexicon mentions in ``normalized_text[start:end]``, left to right."""
        end = len(normalized_text) if end is None else end
        found = []
        for m in self._pattern.finditer(normalized_text, start, end):
            group = "full" if m.group("full") is not None else "short"
            surface = m.group(group)
            kind, actor, person, surname = self._by_surface[_canonical_space(surface)]
            found.append(Mention(m.start(group), m.end(group), kind, actor, person, surname))
        return found

    def match_whole(self, normalized_phrase: str) -> tuple[str, str | None, str, str | None] | None:
        """Look up a phrase that is exactly one lexicon surface form."""
        return self._by_surface.get(_canonical_space(normalized_phrase.strip()))


def _canonical_space(s: str) -> str:
    return re.sub(r"[\s\-]+", " ", s)


def _surface_pattern(surface: str) -> str:
    # Spaces and hyphens inside a name are interchangeable («يون سيوك-يول»).
    return r"[\s\-]+".join(re.escape(part) for part in surface.split(" "))


def _longest_first(surfaces: list[str]) -> list[str]:
    return sorted(set(surfaces), key=len, reverse=True)


def _surname_of(name: str, surnames: dict[str, str]) -> str | None:
    first = normalize(name).split(" ")[0]
    return first if first in surnames and " " in normalize(name).strip() else None


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    data = json.loads(resources.files("stance.resources").joinpath("actors.json").read_text("utf-8"))
    return Lexicon(data)
