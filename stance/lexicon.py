"""The actor lexicon: who the tracked actors are and how the press names them.

The lexicon is data (``resources/actors.json`` by default, or any JSON file of
the same shape passed as ``path``): a user adds an actor by editing it. Names
are matched on normalized text (:mod:`stance.normalize`) as whole words, with
the one-letter prefixes Arabic attaches to words (و، ف، ب، ل، ك).

Per person the lexicon records names, gender, roles with the dates they were
held (an office such as the South Korean presidency passes from Moon to Yoon to
Lee), and namesakes (other Kims and Yoons), so a mention can be resolved for
the date of the article (:meth:`Mention.holder_at`).
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from datetime import date as Date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from stance.normalize import normalize

_WORD_CHAR = r"[\w\u0600-\u06FF]"
# Latin given names after a Latin-script surname (normalized text is lower case).
_LATIN_GIVEN = re.compile(r"(?:[ \t\-]+[a-z]{2,}(?![\w\u0600-\u06FF])){1,3}")
# A comma or none, then two words: the given name and family name of someone in apposition to a title.
_APPOSED_NAME = re.compile(r"[ \t]*[,\u060c]?[ \t]*(\S+)[ \t]+[\u0600-\u06FF]{2,}(?![\w\u0600-\u06FF])")


class LexiconError(ValueError):
    """The lexicon file is missing or malformed."""


@dataclass(frozen=True)
class Holder:
    """Someone who held a role, and when (``None`` = open-ended)."""

    actor: str | None  # tracked actor id, or None for another person
    person: str
    start: Date | None = None
    end: Date | None = None

    def holds_on(self, day: Date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Mention:
    """One match of the lexicon in normalized text (offsets are normalized)."""

    start: int
    end: int
    kind: str  # name | surname | role | not_actor | spokesman_word
    actor: str | None  # tracked actor id, or None
    person: str  # who is meant, for not_actor and tracked names
    surname: str | None = None  # for full names and bare surnames: the family name
    gender: str | None = None  # "m" / "f" when the lexicon knows
    holders: tuple[Holder, ...] = ()  # for roles: everyone who held it, with dates

    @property
    def dated(self) -> bool:
        """A role whose holder depends on the date."""
        return any(h.start is not None or h.end is not None for h in self.holders)

    def holder_at(self, day: Date) -> Holder | None:
        return next((h for h in self.holders if h.holds_on(day)), None)


def _word_before(text: str, pos: int) -> int | None:
    """Start of the word that ends one space before ``pos``, else None."""
    if pos < 2 or text[pos - 1] != " ":
        return None
    start = pos - 1
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


def _date(value, where: str) -> Date | None:
    if value in (None, ""):
        return None
    try:
        return Date.fromisoformat(value)
    except (TypeError, ValueError):
        raise LexiconError(f"{where}: not a YYYY-MM-DD date: {value!r}") from None


def composed_offices(data: dict) -> dict[str, list[str]]:
    """'offices' with the role mentions 'office_grammar' composes added to each office's list: head + link +
    seat for every head of the office's head groups and every seat it lists (see the section's _doc)."""
    offices = {office: list(surfaces) for office, surfaces in (data.get("offices") or {}).items()}
    grammar = data.get("office_grammar") or {}
    if not isinstance(grammar, dict):
        raise LexiconError("'office_grammar' must be an object with 'links', 'heads' and 'offices'")
    article = grammar.get("definite_article", "")
    proclitics = set(grammar.get("proclitic_links", []))
    for office, spec in (grammar.get("offices") or {}).items():
        try:
            heads = [head for group in spec["heads"] for head in grammar["heads"][group]]
            seats = list(spec["seats"])
        except (KeyError, TypeError) as exc:
            raise LexiconError(f"office_grammar: office {office!r} needs 'heads' (groups of 'heads') and "
                               f"'seats': {exc}") from None
        surfaces = offices.setdefault(office, [])
        for head, link, seat in itertools.product(heads, grammar.get("links", []), seats):
            if link in proclitics:
                linked = link + (seat[len(article) - 1:] if article and seat.startswith(article) else seat)
            elif link:
                linked = f"{link} {seat}"
            elif article and head.startswith(article):
                continue  # a definite head cannot stand in construct with its seat
            else:
                linked = seat
            surfaces.append(f"{head} {linked}")
        offices[office] = list(dict.fromkeys(surfaces))
    return offices


class Lexicon:
    def __init__(self, data: dict):
        self._scan = None  # (text, text with every " read as a space): the last text find read
        try:
            self.actors: dict[str, dict] = data["actors"]
            not_actors = data.get("not_actors", [])
            spokesman_words = data.get("spokesman_words", [])
            offices = composed_offices(data)
        except (KeyError, TypeError) as exc:
            raise LexiconError(f"lexicon must have an 'actors' mapping: {exc}") from None
        if not isinstance(self.actors, dict):
            raise LexiconError("lexicon must have an 'actors' mapping")
        self.spokesmen = {a for a, spec in self.actors.items() if isinstance(spec, dict) and spec.get("spokesman")}
        self.genders = {a: spec.get("gender") for a, spec in self.actors.items() if isinstance(spec, dict)}
        surnames = _surname_forms(self.actors)
        self.surnames = set(surnames)
        roles = _RoleTable(data, offices)
        entries = _person_entries(self.actors, not_actors, surnames, roles)
        for word in spokesman_words:
            entries.append((normalize(word), "spokesman_word", None, "spokesman", None, None))
        self._holders = {surface: tuple(holders) for surface, holders in roles.holders.items()}
        for surface, holders in self._holders.items():
            tracked = next((h.actor for h in holders if h.actor), None)
            entries.append((surface, "role", tracked, holders[0].person if tracked is None else
                            next(h.person for h in holders if h.actor == tracked), None, None))
        # Longest surface first, so «كيم هونغ كيون» wins over «كيم».
        entries.sort(key=lambda e: -len(e[0]))
        self._by_surface: dict[str, tuple] = {}
        for surface, kind, actor, person, surname, gender in entries:
            if not surface:
                continue
            self._by_surface.setdefault(_canonical_space(surface), (kind, actor, person, surname, gender))
        prefixes = data.get("name_prefixes") or _shipped_data()["name_prefixes"]
        conj = "".join(normalize(p) for p in prefixes.get("conjunctions", []))
        prep = "".join(normalize(p) for p in prefixes.get("prepositions", []))
        self._pattern = _mention_pattern(self._by_surface, conj, prep)
        self._read_name_words(data)
        self._conjunctions = conj
        self._glued_letters = frozenset(conj + prep)

    def _read_name_words(self, data: dict) -> None:
        """The word lists that tell names apart around a mention: other people's titles and given names,
        places named after a person, seats of offices, name joiners, the tracked people's own given names."""
        syllables = sorted({normalize(s) for s in data.get("korean_given_syllables", [])}, key=len, reverse=True)
        # «كيم بيونغ يانغ» (Kim ... Pyongyang) is a place after a name, not given names.
        places = [_surface_pattern(normalize(p)) for p in data.get("not_given_names", [])]
        not_place = (r"(?![\s\-]+(?:" + "|".join(places) + rf")(?!{_WORD_CHAR}))") if places else ""
        # «الوزير كيم»: a title none of the tracked actors held, right before a bare surname, makes it another person.
        self._other_titles = frozenset(normalize(w) for w in data.get("other_titles", []))
        # «يوري بيسكوف», «جيمس كيربي»: a given name the tracked person does not bear, right before his surname.
        self._other_given = frozenset(normalize(w) for w in data.get("other_given_names", []))
        # «ساحة كيم إيل سونغ», «جامعة كيم إيل سونغ»: a full name right after one of 'place_heads' names a place
        self._place_heads = frozenset(normalize(w) for w in data.get("place_heads", []))
        # «المتحدث باسم الأمن القومي في البيت الأبيض جون كيربي»: prepositions that attach the seat of an office
        # (an institution) to a title before the holder's name
        self.seat_prepositions = tuple(normalize(w) for w in data.get("seat_prepositions", []))
        # «عبد الله بن زايد»: words that bind a long Arabic name into one unit (SpeakerResolver.name_units)
        self.name_joiners = frozenset(normalize(w) for w in data.get("name_joiners", []))
        self.name_openers = frozenset(normalize(w) for w in data.get("name_openers", []))
        # the last word of a tracked actor's full name (بيسكوف of «دميتري بيسكوف»): his family name
        self._family_words = frozenset(_canonical_space(normalize(n)).split()[-1] for spec in self.actors.values()
                                       if isinstance(spec, dict) for n in spec.get("names", []) if " " in n.strip())
        self._given_names = re.compile(
            not_place + r"(?:[\s\-]+(?:" + "|".join(map(re.escape, syllables)) + rf")(?!{_WORD_CHAR})){{2,3}}") if syllables else None
        # «لي سانغ يون» (Lee Sang-yun): Korean given-name syllables right before a bare surname end another person's
        # name, in which the surname is the last syllable. A syllable that is also an Arabic word (هو، هي، كي) counts
        # only after a Korean family name or another syllable («لي هو يون»). The tracked actor's own given names
        # before his surname («سوك يول يون», Western order) are no other person (SpeakerResolver's business).
        self._syllables = frozenset(syllables)
        self._arabic_syllables = frozenset(normalize(w) for w in data.get("korean_syllables_arabic_words", []))
        self._korean_family = frozenset(normalize(w) for w in data.get("korean_family_names", []))
        self._read_actor_names()

    def _read_actor_names(self) -> None:
        """What each tracked actor's spec says about the words of his name, read in one pass over the actors."""
        # «وقال ديمتري إن …» after «ديمتري بيسكوف»: a given name a tracked person bears ('given_names'), which the press
        # uses alone for him once his full name has been written (SpeakerResolver.given_name_speaker); «وبرر يول
        # قراره»: the last word of his full name that some copy takes for his family name and writes alone for him
        # once his full name has been written ('name_endings')
        self._own_given: dict[str, str] = {}
        self._own_ending: dict[str, str] = {}
        # «الزعيم كيم»: titles a tracked actor bears right before his bare surname ('surname_titles'), and the
        # namesakes that bear them too ('titles' of a namesake: «الزعيم» for Kim Il Sung)
        self._surname_titles: dict[str, frozenset] = {}
        self._person_titles: dict[str, frozenset] = {}
        # every word of a tracked actor's names, by his surname (Lexicon.korean_name_before passes over them)
        self._own_name_words: dict[str, frozenset] = {}
        for actor, spec in self.actors.items():
            if not isinstance(spec, dict):
                continue
            for word in spec.get("given_names", []):
                self._own_given.setdefault(normalize(word).strip(), actor)
            for word in spec.get("name_endings", []):
                self._own_ending.setdefault(normalize(word).strip(), actor)
            if spec.get("surname") and spec.get("surname_titles"):
                self._surname_titles[normalize(spec["surname"])] = frozenset(normalize(t) for t in spec["surname_titles"])
            for namesake in spec.get("namesakes", []):
                if namesake.get("titles"):
                    person = namesake.get("person", namesake["names"][0])
                    self._person_titles[person] = frozenset(normalize(t) for t in namesake["titles"])
            if spec.get("surname"):
                words = {w for n in spec.get("names", []) for w in _canonical_space(normalize(n)).split()}
                self._own_name_words[normalize(spec["surname"])] = frozenset(words)

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
    def role_holders(self) -> dict[str, tuple[Holder, ...]]:
        """Normalized role surface -> everyone who held it."""
        return self._holders

    @property
    def actor_ids(self) -> list[str]:
        return list(self.actors)

    def find(self, normalized_text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """All lexicon mentions in ``normalized_text[start:end]``, left to right."""
        end = len(normalized_text) if end is None else end
        found = []
        covered = start  # end of the last unknown full name: its given names are no mentions of their own
        # «المتحدث باسم «الكرملين»»: some outlets quote the institution inside a role; a quotation mark (all of
        # them are " after normalization) reads as a space, which keeps every offset.
        scan = self._scan
        if scan is None or scan[0] is not normalized_text:  # the same text is read again for each quotation
            scan = self._scan = (normalized_text, normalized_text.replace('"', " ") if '"' in normalized_text
                                 else normalized_text)
        scan = scan[1]
        for m in self._pattern.finditer(scan, start, end):
            group = "full" if m.group("full") is not None else "short"
            surface = _canonical_space(m.group(group))
            kind, actor, person, surname, gender = self._by_surface[surface]
            m_start, m_end = m.start(group), m.end(group)
            if m_start < covered:
                continue  # «كيم يون تشول»: «يون» is a given name inside the namesake, not Yoon
            if m_start >= 2 and normalized_text[m_start - 1] == "-" and normalized_text[m_start - 2].isalnum():
                continue  # «ناك-يون»: the last part of a hyphenated name (Lee Nak-yon), not a name of its own
            if kind == "surname" and surface.isascii():
                latin = _LATIN_GIVEN.match(normalized_text, m_end, end)
                if latin and found and not normalized_text[found[-1].end:m_start].strip(" ("):
                    # «يون سوك-يول (Yoon Suk-youl)»: the Latin spelling of the name just before, not a person
                    covered = latin.end()
                    continue
                if latin:
                    # «Yoon Ho-jung», «Kim Jong Il»: a Latin-script full name the lexicon does not know.
                    found.append(Mention(m_start, latin.end(), "not_actor", None,
                                         normalized_text[m_start:latin.end()], surname))
                    covered = latin.end()
                    continue
            elif kind == "surname" and self._given_names is not None:
                given = self._given_names.match(normalized_text, m_end, end)
                if given:
                    # «كيم يون هو»: a full Korean name the lexicon does not know is a namesake, not the actor.
                    found.append(Mention(m_start, given.end(), "not_actor", None,
                                         normalized_text[m_start:given.end()], surname))
                    covered = given.end()
                    continue
            korean_start = self.korean_name_before(normalized_text, m_start, surface) \
                if actor and kind == "surname" and m.start() == m_start else None
            if korean_start is not None and korean_start >= covered:
                # «بارك جي يون»: the bare surname is the last syllable of another Korean name, a namesake; his
                # family name is the first word, so a later bare «يون» does not refer back to him
                found.append(Mention(korean_start, m_end, "not_actor", None, normalized_text[korean_start:m_end],
                                     None))
                continue
            given_start = self.other_given_name_before(normalized_text, m.start()) \
                if actor and (kind == "surname" or (kind == "name" and surface in self._family_words)) else None
            if given_start is not None and given_start >= covered:
                # «نيكولاي بيسكوف»: another person with the tracked actor's family name
                found.append(Mention(given_start, m_end, "not_actor", None, normalized_text[given_start:m_end], surname))
                continue
            if kind == "surname" and self.after_other_title(normalized_text, m.start()):
                # «الوزير كيم»: a bare surname after a title none of the tracked actors held is a namesake.
                found.append(Mention(m_start, m_end, "not_actor", None, normalized_text[m_start:m_end], surname))
                continue
            name_end = self.other_person_after(normalized_text, m_end, end) if kind == "role" and actor else None
            if name_end is not None:
                # «المتحدث باسم الرئاسة الروسية، أليكسي سميرنوف»: the title is the named man's, not the holder's
                found.append(Mention(m_start, name_end, "not_actor", None, normalized_text[m_start:name_end], None))
                covered = name_end
                continue
            found.append(Mention(m_start, m_end, kind, actor, person, surname, gender, self._holders.get(surface, ())))
        return found

    def other_person_after(self, normalized_text: str, pos: int, end: int) -> int | None:
        """End of a name that opens with one of 'other_given_names' right after ``pos`` (a comma between or
        not), else None: the role mention ending at ``pos`` stands in apposition to that other person."""
        apposed = _APPOSED_NAME.match(normalized_text, pos, end) if self._other_given else None
        if apposed is None or apposed.group(1) not in self._other_given:
            return None
        return apposed.end()

    def after_other_title(self, normalized_text: str, pos: int) -> bool:
        """The word right before ``pos`` is one of 'other_titles' («الوزير كيم», «والسفير يون»)."""
        if not self._other_titles:
            return False
        before = normalized_text[max(0, pos - 30):pos]
        stripped = before.rstrip(' "«»“”')
        parts = stripped.split()
        if not parts or stripped == before:
            return False
        word = parts[-1]
        return self._conjunction_prefix(word, self._other_titles) is not None

    def names_a_place(self, normalized_text: str, pos: int) -> bool:
        """The word right before the name at ``pos`` is one of 'place_heads', a conjunction or preposition glued
        to it or not («في ساحة كيم إيل سونغ», «بجامعة كيم إيل سونغ»): the name is a place's, not a person speaking."""
        start = _word_before(normalized_text, pos) if self._place_heads else None
        if start is None:
            return False
        word = normalized_text[start:pos - 1]
        return any(word[i:] in self._place_heads and all(c in self._glued_letters for c in word[:i]) for i in range(3))

    def korean_name_before(self, normalized_text: str, pos: int, surname: str) -> int | None:
        """Start of a Korean name that ends with the bare surname at ``pos`` («تشوي مين يون»), else None: one
        or two given-name syllables right before it (one space between, or a hyphen), none of them a word of
        the tracked actor's own names; a syllable that is also an Arabic word only after a family name or another
        syllable, and the family name before the syllables is taken into the name."""
        if not self._syllables:
            return None
        own = self._own_name_words.get(surname, frozenset())
        words: list[tuple[int, str]] = []  # (start, word) going back from the surname
        end = pos
        while len(words) < 3 and end >= 2 and normalized_text[end - 1] in " -":
            start = end - 1
            while start > 0 and not normalized_text[start - 1].isspace() and normalized_text[start - 1] != "-":
                start -= 1
            if start == end - 1:
                break
            words.append((start, normalized_text[start:end - 1]))
            end = start
        syllables = []
        for start, word in words[:2]:
            if word not in self._syllables or word in own:
                break
            syllables.append((start, word))
        if not syllables:
            return None
        before = words[len(syllables)][1] if len(words) > len(syllables) else ""
        family = before in self._korean_family and before not in own
        if all(w in self._arabic_syllables for _, w in syllables) and len(syllables) < 2 and not family:
            return None
        return words[len(syllables)][0] if family else syllables[-1][0]

    def surname_titles(self, surname: str | None) -> frozenset:
        """Titles that the tracked actor of ``surname`` bears right before it («الزعيم» for كيم): 'surname_titles'."""
        return self._surname_titles.get(surname, frozenset()) if surname else frozenset()

    def person_titles(self, person: str | None) -> frozenset:
        """Titles a namesake bears too ('titles' of a namesake: «الزعيم» for Kim Il Sung), else an empty set."""
        return self._person_titles.get(person, frozenset()) if person else frozenset()

    def other_given_name_before(self, normalized_text: str, pos: int) -> int | None:
        """Start of one of 'other_given_names' right before ``pos`` (one space between), else None."""
        start = _word_before(normalized_text, pos) if self._other_given else None
        if start is None:
            return None
        glued = self._conjunction_prefix(normalized_text[start:pos - 1], self._other_given)
        return None if glued is None else start + glued

    def given_name_owner(self, word: str) -> str | None:
        """The tracked actor who bears the (normalized) given name ``word`` («ديمتري» -> peskov), else None."""
        return self._own_given.get(word)

    def name_ending_owner(self, word: str) -> str | None:
        """The tracked actor whose full name ends in the (normalized) word ``word`` written alone for him
        ('name_endings': «يول» -> yoon), else None."""
        return self._own_ending.get(word)

    def korean_name_word(self, word: str) -> bool:
        """``word`` (normalized) is one of 'korean_given_syllables' or 'korean_family_names'."""
        return word in self._syllables or word in self._korean_family

    def name_endings_of(self, actor: str) -> list[str]:
        """Every (normalized) spelling of the 'name_endings' of tracked ``actor``, longest first."""
        return sorted((w for w, a in self._own_ending.items() if a == actor), key=len, reverse=True)

    def given_names_of(self, actor: str) -> list[str]:
        """Every (normalized) spelling of the given name of tracked ``actor`` («ديمتري», «دميتري» …), longest first."""
        return sorted((w for w, a in self._own_given.items() if a == actor), key=len, reverse=True)

    def _conjunction_prefix(self, word: str, wanted: frozenset) -> int | None:
        """0 when ``word`` is one of ``wanted``, 1 when it is one with a conjunction (و، ف) glued before it, else None."""
        if word in wanted:
            return 0
        if word[:1] and word[:1] in self._conjunctions and word[1:] in wanted:
            return 1
        return None

    def match_whole(self, normalized_phrase: str) -> tuple | None:
        """Look up a phrase that is exactly one lexicon surface form: ``(kind, actor, person, surname, gender)``."""
        return self._by_surface.get(_canonical_space(normalized_phrase.strip()))


def _canonical_space(s: str) -> str:
    return re.sub(r"[\s\-]+", " ", s)


def _surface_pattern(surface: str) -> str:
    # Spaces and hyphens inside a name are interchangeable («يون سيوك-يول»).
    return r"[\s\-]+".join(re.escape(part) for part in surface.split(" "))


def _trie_pattern(surfaces: list[str]) -> str:
    """One pattern for all surfaces, their shared beginnings written once (a character trie): the regex engine
    then reads «المتحدث باسم …» once instead of once per role. Where one surface ends inside a longer one, the
    rest of the longer one is an optional, greedy group, so it is tried before stopping and a match is the
    longest surface there, as with an alternation ordered longest first (the branches of a node open with
    different characters, so at most one of them goes on). A space matches spaces and hyphens («يون
    سيوك-يول»), as in :func:`_surface_pattern`."""
    end = ""
    trie: dict = {}
    for surface in set(surfaces):
        node = trie
        for ch in surface:
            node = node.setdefault(ch, {})
        node[end] = {}

    def emit(node: dict) -> str:
        branches = [(r"[\s\-]+" if ch == " " else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch != end]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and end not in node else "(?:" + "|".join(branches) + ")"
        return body + "?" if end in node else body

    return emit(trie)


def _surname_forms(actors: dict) -> dict[str, str]:
    """The bare family name and its other spellings («Yoon» beside «يون»), each mapped to the one family name a
    full name records, so «Yoon» takes the most recent «يون سوك يول» as well."""
    surnames: dict[str, str] = {}
    for spec in actors.values():
        if isinstance(spec, dict) and spec.get("surname"):
            family = normalize(spec["surname"])
            for form in [spec["surname"], *spec.get("surname_forms", [])]:
                surnames[normalize(form)] = family
    return surnames


class _RoleTable:
    """Role surfaces (normalized, with their spelling variants) -> everyone who held the role, with dates."""

    def __init__(self, data: dict, offices: dict[str, list[str]]):
        self.offices = offices
        self.holders: dict[str, list[Holder]] = {}
        # «الكريملن» beside «الكرملين»: other spellings of a word inside role mentions ('spelling_variants')
        self.variants = {normalize(word): [normalize(v) for v in forms]
                         for word, forms in (data.get("spelling_variants") or {}).items() if not word.startswith("_")}

    def spelled(self, surface: str) -> list[str]:
        """The normalized role surface and its spellings with each variant of a word it holds."""
        out = [normalize(surface)]
        for word, forms in self.variants.items():
            out += [s.replace(word, form) for s in list(out) if word in s for form in forms]
        return list(dict.fromkeys(out))

    def add(self, roles, actor: str | None, person: str, where: str) -> None:
        for role in roles:
            if isinstance(role, str):
                for surface in self.spelled(role):
                    holders = self.holders.setdefault(surface, [])
                    if Holder(actor, person) not in holders:
                        holders.append(Holder(actor, person))
                continue
            if not isinstance(role, dict) or ("office" not in role and "names" not in role):
                raise LexiconError(f"{where}: a role is a string or an object with 'office' or 'names'")
            if "office" in role and role["office"] not in self.offices:
                raise LexiconError(f"{where}: unknown office {role['office']!r}")
            surfaces = self.offices[role["office"]] if "office" in role else role["names"]
            holder = Holder(actor, person, _date(role.get("from"), where), _date(role.get("to"), where))
            for surface in (form for surface in surfaces for form in self.spelled(surface)):
                holders = self.holders.setdefault(surface, [])
                if holder not in holders:  # two spellings of one office («الشمالي»/«الشمالى») are one surface
                    holders.append(holder)


def _person_entries(actors: dict, not_actors: list, surnames: dict[str, str], roles: _RoleTable) -> list[tuple]:
    """``(surface, kind, actor, person, surname, gender)`` for the names of tracked actors, their namesakes and
    the people who are not actors; their roles go into ``roles``."""
    entries: list[tuple[str, str, str | None, str, str | None, str | None]] = []
    for actor, spec in actors.items():
        if not isinstance(spec, dict) or not spec.get("names"):
            raise LexiconError(f"actor {actor!r} needs a non-empty 'names' list")
        person = spec.get("person", actor)
        for name in spec["names"]:
            entries.append((normalize(name), "name", actor, person, _surname_of(name, surnames), spec.get("gender")))
        roles.add(spec.get("roles", []), actor, person, f"actor {actor!r}")
        if spec.get("surname"):
            for form in [spec["surname"], *spec.get("surname_forms", [])]:
                entries.append((normalize(form), "surname", actor, person, normalize(spec["surname"]), spec.get("gender")))
        for namesake in spec.get("namesakes", []):
            # «سونغ كيم»: a name in Western order states the family name it shares with the actor, so a later
            # bare surname takes it as its most recent full name.
            shared = surnames.get(normalize(namesake["surname"])) if namesake.get("surname") else None
            for name in namesake["names"]:
                entries.append((normalize(name), "not_actor", None, namesake.get("person", name),
                                shared or _surname_of(name, surnames), namesake.get("gender")))
    for item in not_actors:
        surface = item["surface"] if isinstance(item, dict) else item
        person = item.get("person", surface) if isinstance(item, dict) else surface
        gender = item.get("gender") if isinstance(item, dict) else None
        entries.append((normalize(surface), "not_actor", None, person, _surname_of(surface, surnames), gender))
        if isinstance(item, dict):
            roles.add(item.get("roles", []), None, person, f"not_actor {person!r}")
    return entries


def _mention_pattern(by_surface: dict[str, tuple], conj: str, prep: str) -> re.Pattern:
    """One pattern for every surface, whole words, after the prefixes Arabic glues to a word."""
    prefix_full = (f"[{conj}]?" if conj else "") + (f"[{prep}]?" if prep else "")
    # A bare surname (كيم، يون) is short enough to hide inside other words after a
    # preposition (ليون = Lyon), so it only takes the conjunctions.
    prefix_short = f"[{conj}]?" if conj else ""
    full = [s for s, v in by_surface.items() if v[0] != "surname"]
    short = [s for s, v in by_surface.items() if v[0] == "surname"]
    alternatives = []
    if full:
        alternatives.append(f"(?:{prefix_full})(?P<full>" + _trie_pattern(full) + ")")
    if short:
        alternatives.append(f"(?:{prefix_short})(?P<short>" + _trie_pattern(short) + ")")
    return re.compile(rf"(?<!{_WORD_CHAR})(?:" + "|".join(alternatives) + rf")(?!{_WORD_CHAR})")


def _surname_of(name: str, surnames: dict[str, str]) -> str | None:
    first = normalize(name).split(" ")[0]
    return surnames[first] if first in surnames and " " in normalize(name).strip() else None


@lru_cache(maxsize=1)
def _shipped_data() -> dict:
    return json.loads(resources.files("stance.resources").joinpath("actors.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon(_shipped_data())


# word-list sections of an actors file: a user's file extends the shipped lists
_LIST_SECTIONS = ("not_actors", "spokesman_words", "korean_given_syllables", "korean_syllables_arabic_words",
                  "korean_family_names", "not_given_names", "other_titles", "other_given_names", "place_heads")


def merge_lexicon_data(base: dict, extra: dict) -> dict:
    """The shipped lexicon data with a user's actors file merged in (the user's file wins).

    ``extra`` has the shape of ``actors.json`` (any of its sections), or is a bare mapping of actor id to
    spec. An actor id already in ``base`` keeps its other fields and takes the ones ``extra`` gives; its
    ``names`` are the union of both lists. New ids are added. ``not_actors``, ``spokesman_words`` and
    ``korean_given_syllables`` (with ``korean_syllables_arabic_words`` and ``korean_family_names``),
    ``not_given_names`` and ``other_titles`` are extended, ``offices`` updated, and
    ``office_grammar``'s head groups and offices added or replaced one by one.
    """
    if not isinstance(extra, dict):
        raise LexiconError("an actors file is a JSON object (the shape of actors.json, or actor id -> spec)")
    if not {"actors", "offices", "office_grammar", "name_prefixes", *_LIST_SECTIONS} & set(extra):
        extra = {"actors": extra}
    merged = json.loads(json.dumps(base))  # a deep copy; the shipped data stays as it is
    user_actors = extra.get("actors", {})
    if not isinstance(user_actors, dict):
        raise LexiconError("'actors' in an actors file must map actor ids to specs")
    for actor, spec in user_actors.items():
        if not isinstance(spec, dict):
            raise LexiconError(f"actor {actor!r}: the spec must be an object with a 'names' list")
        names = spec.get("names")
        if names is not None and (not isinstance(names, list)
                                  or not all(isinstance(n, str) and n.strip() for n in names)):
            raise LexiconError(f"actor {actor!r}: 'names' must be a list of non-empty strings, "
                               f"not {json.dumps(names, ensure_ascii=False)[:60]}")
        current = merged["actors"].get(actor)
        if current is None:
            merged["actors"][actor] = spec
            continue
        names = list(dict.fromkeys([*current.get("names", []), *spec.get("names", [])]))
        merged["actors"][actor] = {**current, **spec, "names": names}
    if not isinstance(extra.get("offices", {}), dict):
        raise LexiconError("'offices' in an actors file must map office ids to lists of names")
    merged.setdefault("offices", {}).update(extra.get("offices", {}))
    grammar = extra.get("office_grammar", {})
    if not isinstance(grammar, dict):
        raise LexiconError("'office_grammar' in an actors file must be an object")
    shipped = merged.setdefault("office_grammar", {})
    for key, value in grammar.items():  # head groups and offices are added or replaced one by one
        shipped[key] = {**shipped.get(key, {}), **value} if key in ("heads", "offices") else value
    for section in _LIST_SECTIONS:
        items = extra.get(section, [])
        if not isinstance(items, list):
            raise LexiconError(f"'{section}' in an actors file must be a list")
        merged[section] = [*merged.get(section, []), *items]
    if "name_prefixes" in extra:
        merged["name_prefixes"] = extra["name_prefixes"]
    return merged


def load_lexicon(actors: str | Path | dict | None = None) -> Lexicon:
    """The shipped lexicon, with an actors file (path) or mapping merged in (:func:`merge_lexicon_data`)."""
    if actors is None:
        return default_lexicon()
    if isinstance(actors, dict):
        return Lexicon(merge_lexicon_data(_shipped_data(), actors))
    path = Path(actors)
    try:
        extra = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LexiconError(f"actors file not found: {path}") from None
    except IsADirectoryError:
        raise LexiconError(f"actors file is a folder: {path}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise LexiconError(f"actors file {path} is not valid JSON: {exc}") from None
    try:
        return Lexicon(merge_lexicon_data(_shipped_data(), extra))
    except LexiconError as exc:
        raise LexiconError(f"{path}: {exc}") from None
