"""One article as the components see it, computed once: normalized text with
offsets, quotations, paragraphs, sentence bounds, lexicon mentions and cues.

Also the small records the components pass around (:class:`Statement`,
:class:`Speaker`, :class:`Cue`, :class:`State`) and text helpers that work on
normalized text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass, field
from datetime import date as Date

from stance.lexicon import Lexicon, Mention
from stance.normalize import NormalizedText, normalize, normalize_with_offsets

OPEN_QUOTES = {"«": "»", "“": "”", '"': '"', "„": "”"}
TRIM_CHARS = " \t\r\n.,،:;؛-–—"
QUOTE_CHARS = '"«»“”'
QUESTION_MARKS = "?\u061f"  # Latin and Arabic
WORD = re.compile(r"\w+")
_QUOTE_OR_NEWLINE = re.compile('[\n«»“”„"]')
_HASHTAG = re.compile(r"#\w*_\w*")  # a hashtag whose words are joined by underscores
# A sentence ends at «.», «!» or «?» before a space or the end; also at a full stop glued between two Arabic words
# («… مواقفهم العسكرية.لافروف من الأمم المتحدة: …», web pages that lost the break between paragraphs), when at
# least three letters stand before it (not «د.محمد», «ق.م»); inside a quotation it never ends one.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|(?<=[\u0621-\u064A]{3})\.(?=[\u0621-\u064A])")


@dataclass(frozen=True)
class Statement:
    actor: str
    actor_mention: str
    cue: str
    direct: bool
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Speaker:
    actor: str
    mention: str
    spokesman: bool = False
    feminine: bool = False
    plural: bool = False
    any_gender: bool = False  # the verb need not agree with him: a joint subject after a first one the verb
    # agrees with («وأكدت الرئاسة والرئيس يون»), or a slip of the pen in a participle («وقال بيسكوف …، موضحة أن …»)


@dataclass
class Cue:
    start: int
    end: int
    key: str  # verb family, or "participle"
    form: str
    feminine: bool
    plural: bool


# A found statement before trimming: (content start, content end, speaker, cue form, direct), normalized offsets.
Found = tuple[int, int, Speaker, str, bool]


@dataclass
class State:
    """What the components remember while reading an article top to bottom."""

    last_speaker: Speaker | None = None
    last_spokesman: Speaker | None = None
    previous_paragraph_had_statement: bool = False
    sentence_start: int = 0
    sentence_found: list = field(default_factory=list)  # the statements of the current sentence so far
    previous_found: list = field(default_factory=list)  # the statements of the sentence just before, if it had any
    content_end: int = 0  # end of the last statement's content, so its words are not taken as a subject
    announced: Speaker | None = None  # a speaker whose words follow on the next line («… قائلا:»)
    headlines: dict = field(default_factory=dict)  # headline contents already read (teasers repeat them) -> end
    interviewee: Speaker | None = None  # who answers in a question-and-answer layout (components/interview.py)
    answer_paragraph: bool = False  # the previous paragraph was an interview answer
    list_speaker: Speaker | None = None  # whose announced list is being read (components/announced_list.py)

    last_man: Speaker | None = None  # the last masculine singular speaker of the current sentence
    last_man_sentence: int = -1

    def remember(self, speaker: Speaker) -> None:
        self.last_speaker = speaker
        if speaker.spokesman:
            self.last_spokesman = speaker
        if not (speaker.feminine or speaker.plural):
            self.last_man, self.last_man_sentence = speaker, self.sentence_start


@dataclass
class Doc:
    nt: NormalizedText
    quotes: list[tuple[int, int]]  # top-level (open index, close index) in normalized text
    lexicon: Lexicon
    date: Date | None = None
    report_quotes: set[tuple[int, int]] = field(default_factory=set)
    container: tuple[int, int] | None = None  # the report quote being read from inside, if any
    _mentions: list[Mention] | None = None
    _starts: list[int] | None = None
    _sorted: bool | None = None  # the mentions are in order of their starts (named_with_surname bisects them)
    _by_surname: dict | None = None  # surname -> its full-name mentions (named_with_surname)
    _phrases: dict | None = None  # title phrases looked back at, per article (speakers.holders_before)
    _first_named: dict | None = None  # word naming a person -> end of its first mention (first_named_words)
    _cue_matches: list | None = None  # every reporting-cue match of the text, found once (components/cues.py)
    _quote_starts: list[int] | None = None  # opening offsets of ``quotes``, for bisection
    question_labels: set | None = None  # labels opening a question line («المذيعة:»), found on first need
    titled_names: frozenset | None = None  # names the article gives right after a title (speakers.titled_names)

    @classmethod
    def read(cls, text: str, lexicon: Lexicon, date: Date | None = None, wraps: "LineWraps | None" = None,
             spelled: "SpelledNames | None" = None) -> "Doc":
        """``spelled``: names spelled letter by letter (speech.json 'spelled_names'), read as one word each."""
        nt = normalize_with_offsets(text)
        if "#" in nt.text and "_" in nt.text:
            # «#كيم_جونغ_أون: …»: the words of a hashtag read apart, so the name in it is found
            nt = NormalizedText(nt.original, _HASHTAG.sub(lambda m: m.group().replace("_", " "), nt.text), nt.origin)
        if spelled is not None:
            # «سي إن إن»: the letter «إن» is no complementizer; same length, so offsets stay
            nt = NormalizedText(nt.original, spelled.glue(nt.text), nt.origin)
        breaks = wraps.breaks(text) if wraps is not None and "\n" in text else []
        if not breaks:
            return cls(nt, find_quotes(text, nt), lexicon, date)
        # hard line breaks inside sentences (LineWraps) read as spaces; the original text keeps them
        joined = list(text)
        normalized = list(nt.text)
        for b in breaks:
            joined[b] = " "
            n = nt.original_to_normalized(b)
            if n < len(normalized) and normalized[n] == "\n":
                normalized[n] = " "
        nt = NormalizedText(nt.original, "".join(normalized), nt.origin)
        return cls(nt, find_quotes("".join(joined), nt), lexicon, date)

    @property
    def text(self) -> str:
        return self.nt.text

    @property
    def mentions(self) -> list[Mention]:
        """Every lexicon mention of the article, left to right (computed on first need)."""
        if self._mentions is None:
            self._mentions = self.lexicon.find(self.nt.text)
        return self._mentions

    def first_named_words(self) -> dict[str, int]:
        """Each word that names a person (a full name's surname; any word of an untracked person's name, the lexicon
        giving him no surname) -> the end of the first such mention: the word was named before ``pos`` when its
        value is at most ``pos`` (built once per article, not by a scan of the earlier mentions at each call)."""
        if self._first_named is None:
            first: dict[str, int] = {}
            for m in self.mentions:
                if m.kind in ("name", "not_actor"):
                    for w in [m.surname] if m.surname else words(self.nt.text, m.start, m.end):
                        if m.end < first.get(w, m.end + 1):
                            first[w] = m.end
            self._first_named = first
        return self._first_named

    def phrase_cache(self) -> dict:
        """A dict kept with the article, for what the speaker resolver finds once per phrase."""
        if self._phrases is None:
            self._phrases = {}
        return self._phrases

    def named_with_surname(self, surname: str | None, pos: int) -> list[Mention]:
        """The full-name mentions (name, not_actor) with ``surname`` among the article's mentions that come before the
        first one starting at or after ``pos``, left to right; grouped by surname once per article, so a call
        does not walk every earlier mention."""
        mentions = self.mentions
        if self._by_surname is None:
            by_surname: dict = {}
            for i, m in enumerate(mentions):
                if m.kind in ("name", "not_actor"):
                    found = by_surname.setdefault(m.surname, ([], []))
                    found[0].append(i)
                    found[1].append(m)
            self._by_surname = by_surname
        if self._starts is None:
            self._starts = [m.start for m in mentions]
        starts = self._starts
        if all(a <= b for a, b in zip(starts, starts[1:])) if self._sorted is None else self._sorted:
            self._sorted = True
            cut = bisect_left(starts, pos)
        else:
            self._sorted = False
            cut = next((i for i, m in enumerate(mentions) if m.start >= pos), len(mentions))
        indices, named = self._by_surname.get(surname, ((), ()))
        return named[:bisect_left(indices, cut)] if indices else []

    def only_mentions(self, start: int, end: int, *allowed) -> bool:
        """Every word of ``[start, end)`` lies in one of the article's mentions or belongs to one of the ``allowed``
        word sets (titles, fillers …)."""
        spans = [(m.start, m.end) for m in self.mentions_between(start, end)]
        return all(any(a <= t_start < b for a, b in spans) or any(w in words for words in allowed)
                   for t_start, _, w in tokens(self.text, start, end))

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """The article's mentions lying inside ``[start, end)`` (found once over the whole text)."""
        mentions = self.mentions
        if self._starts is None:
            self._starts = [m.start for m in mentions]
        i = bisect_left(self._starts, start)
        out = []
        while i < len(mentions) and mentions[i].start < end:
            if mentions[i].end <= end:
                out.append(mentions[i])
            i += 1
        return out

    def in_question(self, pos: int) -> bool:
        """In a sentence that ends with a question mark (an interviewer's question names people who do not speak)."""
        N = self.nt.text
        end = len(N)
        for stop in ".!\n" + QUESTION_MARKS:
            found = N.find(stop, pos)
            if found >= 0:
                end = min(end, found)
        return end < len(N) and N[end] in QUESTION_MARKS

    # ---------------------------------------------------------- quotations
    def in_quote(self, pos: int) -> bool:
        starts = self._quote_starts
        if starts:
            i = bisect_right(starts, pos) - 1
            return i >= 0 and pos <= self.quotes[i][1]
        return self.quote_at(pos) is not None

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        starts = self._quote_starts
        if starts is None:
            quotes = self.quotes
            ordered = all(a[1] < b[0] for a, b in zip(quotes, quotes[1:]))  # top-level quotes never overlap
            starts = self._quote_starts = [q[0] for q in quotes] if ordered else []
        if starts or not self.quotes:
            i = bisect_right(starts, pos) - 1  # the last quotation opening at or before pos
            return self.quotes[i] if i >= 0 and pos <= self.quotes[i][1] else None
        for q in self.quotes:
            if q[0] <= pos <= q[1]:
                return q
        return None

    def quotes_starting_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The top-level quotations that open inside ``[start, end)``, in order (bisected when they do not
        overlap)."""
        self.quote_at(0)  # sets _quote_starts: the opening offsets when the quotations are in order, else []
        starts = self._quote_starts
        if not starts:
            return [q for q in self.quotes if start <= q[0] < end]
        return self.quotes[bisect_left(starts, start):bisect_left(starts, end)]

    def in_inner_quote(self, pos: int) -> bool:
        """Inside a quotation other than the report quote the current cue sits in."""
        q = self.quote_at(pos)
        return q is not None and q != self.container

    def inner_quote_at(self, pos: int) -> tuple[int, int] | None:
        q = self.quote_at(pos)
        return None if q == self.container else q

    def is_name_quote_at(self, pos: int) -> bool:
        """A quotation holding only a name («بيسكوف»), not words said."""
        q = self.quote_at(pos)
        if not q:
            return False
        inner = self.nt.text[q[0] + 1:q[1]].strip()
        if len(inner.split()) > 4:
            return False
        found = self.lexicon.find(self.nt.text, q[0] + 1, q[1])
        return bool(found) and found[0].start - q[0] <= 2 and q[1] - found[-1].end <= 1

    def original_span(self, start: int, end: int) -> str:
        o_start, o_end = self.nt.span_to_original(start, end)
        return self.nt.original[o_start:o_end].strip(TRIM_CHARS + QUOTE_CHARS)

    # ------------------------------------------------------------- layout
    def paragraphs(self):
        N = self.nt.text
        start = 0
        for part in N.split("\n"):
            end = start + len(part)
            if part.strip():
                yield start, end
            start = end + 1

    @staticmethod
    def _double_stop_before_quote(N: str, pos: int) -> bool:
        """«وقال بيسكوف في تصريحات للصحفيين اليوم.. “…”»: two full stops right before a quotation stand for a
        colon (a house style); they end no sentence."""
        return pos > 0 and N[pos - 1] == "." and N[skip_space(N, pos + 1):skip_space(N, pos + 1) + 1] in OPEN_QUOTES

    def sentences(self, p_start: int, p_end: int):
        N = self.nt.text
        start = p_start
        for m in _SENTENCE_END.finditer(N, p_start, p_end):
            pos = m.start()
            if self.in_quote(pos) or self._double_stop_before_quote(N, pos):
                continue
            yield start, pos + 1
            start = pos + 1
        if N[start:p_end].strip():
            yield start, p_end


def find_quotes(text: str, nt: NormalizedText) -> list[tuple[int, int]]:
    """Top-level quotations, per paragraph, as normalized (open, close) indices.

    Press text pairs quote marks loosely («…», “…”, ”…”, "…"); an unclosed
    quote ends with its paragraph.
    """
    quotes = []
    stack: list[tuple[str, int]] = []
    for m in _QUOTE_OR_NEWLINE.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "\n":
            if stack:
                quotes.append((stack[0][1], i - 1))
            stack = []
            continue
        if ch == "«":
            stack.append((ch, i))
        elif ch == "»":
            if stack:
                opened = stack.pop()
                # «… “غير مقبول، بل …» . ولفت …: an inner quote left open closes with the guillemets around it
                while opened[0] != "«" and any(o[0] == "«" for o in stack):
                    opened = stack.pop()
                if not stack:
                    quotes.append((opened[1], i))
        elif ch in "“„":
            stack.append((ch, i))
        elif ch == "”":
            if stack and stack[-1][0] in "“„”\"":
                opened = stack.pop()
                if not stack:
                    quotes.append((opened[1], i))
            else:
                stack.append((ch, i))
        elif ch == '"':
            if text.startswith('"', i + 1) and char_before(text, i) == ":":
                continue  # «البلدين:""تم …»: a doubled mark after a colon (a page's markup) counts once, as the
                # second (not «أنّ ""الكرملين" يلاحظ …"», a quotation opening on a quoted name)
            before = text[i - 1] if i else " "
            if before == '"':
                before = text[i - 2] if i > 1 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            opens = (before.isspace() or before in "(:،,-") and after.isalnum()
            if stack and stack[-1][0] in '"“”' and not opens:
                opened = stack.pop()
                if not stack:
                    quotes.append((opened[1], i))
            else:
                stack.append((ch, i))
    if stack:
        quotes.append((stack[0][1], len(text) - 1))
    out = []
    for o_open, o_close in quotes:
        n_open = nt.original_to_normalized(o_open)
        n_close = nt.original_to_normalized(o_close)
        if n_close < len(nt.text) and n_open < len(nt.text):
            out.append((n_open, n_close))
    return out


# ---------------------------------------------------------------- hard line wraps
_LINE_CLOSERS = ".!?\u061f:\"«»“”)]"  # the last character of a line that ends a sentence, a title or a quotation
_SENTENCE_CLOSERS = ".!?\u061f"
_QUOTE_MARKS = ('"', "«", "“")


class SpelledNames:
    """Names spelled letter by letter (speech.json 'spelled_names', normalized, longest first) read as one word:
    their spaces become '_' (same length). A name is tried only where one of the names' first letters stands as a
    word after a space, bracket or quotation mark (or at the start): a scan with a one-character prefix is much
    cheaper than trying the whole alternation at every character."""

    def __init__(self, names: list[str]):
        heads = "|".join(map(re.escape, sorted({n.split()[0] for n in names})))
        self.first = re.compile(r"[\s(«\"“'](?:" + heads + r")[ \t]")
        self.full = re.compile(r"(?:" + "|".join(r"[ \t]+".join(map(re.escape, n.split())) for n in names)
                               + r")(?!\w)")

    def glue(self, text: str) -> str:
        parts: list[str] = []
        last = 0
        for start in [0, *(m.start() + 1 for m in self.first.finditer(text))]:
            found = self.full.match(text, start) if start >= last else None
            if found:
                parts += [text[last:start], re.sub(r"[ \t]", "_", found.group())]
                last = found.end()
        return "".join(parts) + text[last:] if parts else text


@dataclass(frozen=True)
class LineWraps:
    """Line breaks that fall inside a sentence (pages wrapped at a fixed width: «قال المتحدث باسم مجلس الأمن
    القومي في البيت⏎الأبيض، جون كيربي، إن …»), read as spaces so that a speaker and his words stay in one
    paragraph. A break joins two adjacent lines when the first ends with a comma or with one of ``end_words``
    (a preposition or particle no sentence ends with); when a quotation opens on a line and closes on one of the
    next ``quote_lines`` lines with no line ending a sentence before it; or when a line of at least
    ``tail_min_words`` words without final punctuation is followed by lines of at most ``tail_words`` words,
    the last of which ends the sentence («… في مدينة⏎رفح⏎جنوب قطاع⏎غزة.»). When an article has at least
    ``signature`` such breaks, it is wrapped at a fixed width, and every line of at least ``tail_min_words`` words
    without final punctuation goes on with the next one unless that one opens with a conjunction (و، ف). A line
    that opens with a verb of saying (``speech_forms``, a conjunction before it or not) is never joined to the one
    before. A line that opens with one of ``start_words`` (a complementizer: «قال المتحدث … دميتري بيسكوف⏎إن …»)
    goes on from the one before, which ends no sentence; and in a wrapped article, so does a line that ends on a
    verb of saying («جدّد⏎رئيس الجمهورية … تأكيده أن …»). Data: speech.json 'line_wraps'."""

    end_words: frozenset
    conjunctions: frozenset
    speech_forms: frozenset
    quote_lines: int = 6
    tail_words: int = 2
    tail_min_words: int = 4
    signature: int = 2
    start_words: frozenset = frozenset()

    def breaks(self, text: str) -> list[int]:
        """Original offsets of the newlines to read as spaces."""
        raw = text.split("\n")
        lines = [line.rstrip() for line in raw]
        newlines, pos = [], 0
        for line in raw[:-1]:
            pos += len(line)
            newlines.append(pos)
            pos += 1
        open_lines = [k for k in range(len(lines) - 1) if lines[k] and lines[k + 1] and lines[k][-1] not in _LINE_CLOSERS]
        joined = {k for k in open_lines if self.open_end(lines[k]) or self.opens_clause(lines[k + 1])}
        for k in range(len(lines) - 1):
            if lines[k] and any(q in lines[k] for q in _QUOTE_MARKS):
                joined.update(self.quote_run(lines, k))
        for k in open_lines:
            joined.update(self.short_tail(lines, k))
        if len(joined) >= self.signature:
            # a page wrapped at a fixed width: any line that ends no sentence goes on with the next line, unless
            # that line opens with a conjunction (a new sentence of the body)
            joined.update(k for k in open_lines if self.wrapped(lines[k], lines[k + 1]) or self.ends_on_speech(lines[k]))
        # «… القادمة،⏎و أكد المنفي …»: a line that opens with a verb of saying starts a statement of its own
        return [newlines[k] for k in sorted(joined) if not self.opens_statement(lines[k + 1])]

    def open_end(self, line: str) -> bool:
        """The line (no closing mark at its end) stops on a comma or on a word no sentence ends with."""
        if line[-1] in ",\u060c":
            return True
        last = WORD.findall(line[-12:])
        return bool(last) and normalize(last[-1]) in self.end_words

    def opens_clause(self, following: str) -> bool:
        """The next line opens with a complementizer: the words of a speaker named on the line before."""
        first = WORD.findall(following[:12])[:1]
        return bool(first) and following[:1] not in " \t" and normalize(first[0]) in self.start_words

    def ends_on_speech(self, line: str) -> bool:
        last = line.split()[-1:]  # a whole word: \w stops at a shadda («جدّد»)
        return bool(last) and normalize(last[0]) in self.speech_forms

    def wrapped(self, line: str, following: str) -> bool:
        first = WORD.search(following)
        return first is not None and first.start() == len(following) - len(following.lstrip()) \
            and first.group()[:1] not in self.conjunctions and len(WORD.findall(line)) >= self.tail_min_words

    def opens_statement(self, line: str) -> bool:
        first = WORD.findall(line[:40])[:2]
        if first and first[0] in self.conjunctions and len(first) > 1:
            first = first[1:]  # «و أكد»: the conjunction written apart
        if not first:
            return False
        word = normalize(first[0])
        return word in self.speech_forms or (word[:1] in self.conjunctions and word[1:] in self.speech_forms)

    def quote_run(self, lines: list[str], k: int) -> range:
        """Lines ``k ..`` joined when a quotation left open on line ``k`` closes on a later line."""
        if lines[k][-1] in _SENTENCE_CLOSERS or not _unclosed_quote(lines[k]):
            return range(0)
        for j in range(k + 1, min(len(lines), k + 1 + self.quote_lines)):
            if not lines[j]:
                return range(0)
            if _closes_quote(lines[j]):
                return range(k, j)
            if lines[j][-1] in _SENTENCE_CLOSERS:
                return range(0)
        return range(0)

    def short_tail(self, lines: list[str], k: int) -> range:
        """Line ``k`` (no final punctuation) and the short lines after it that end the sentence."""
        for j in range(k + 1, len(lines)):
            n = len(WORD.findall(lines[j]))
            if not 1 <= n <= self.tail_words or ":" in lines[j]:
                return range(0)
            if lines[j][-1] in _SENTENCE_CLOSERS:
                return range(k, j) if len(WORD.findall(lines[k])) >= self.tail_min_words else range(0)
        return range(0)


def _unclosed_quote(line: str) -> bool:
    return line.count("«") > line.count("»") or line.count("“") > line.count("”") or line.count('"') % 2 == 1


def _closes_quote(line: str) -> bool:
    return line.count("»") > line.count("«") or line.count("”") > line.count("“") or line.count('"') % 2 == 1


# ---------------------------------------------------------------- helpers
def tokens(N: str, start: int, end: int):
    for m in WORD.finditer(N, start, end):
        yield m.start(), m.end(), m.group()


def next_token(N: str, start: int, end: int):
    m = WORD.search(N, start, end)
    return (m.start(), m.end(), m.group()) if m else None


def words(N: str, start: int, end: int) -> list[str]:
    return WORD.findall(N, start, end) if end > start else []


def char_before(N: str, pos: int, skipped: str | None = None) -> str:
    """The last character of ``N[:pos]`` once the characters of ``skipped`` (by default white space) that end it
    are passed over, '' when none is left: ``N[:pos].rstrip(skipped)[-1:]`` without copying ``N[:pos]``."""
    while pos > 0 and (N[pos - 1].isspace() if skipped is None else N[pos - 1] in skipped):
        pos -= 1
    return N[pos - 1] if pos > 0 else ""


def skip_space(N: str, pos: int) -> int:
    while pos < len(N) and N[pos] in " \t":
        pos += 1
    return pos


def skip_chars(N: str, pos: int, end: int, chars: str) -> int:
    while pos < end and N[pos] in chars:
        pos += 1
    return pos


def skip_tokens(N: str, pos: int, limit: int, skippable: set[str]) -> int:
    while True:
        tok = next_token(N, pos, limit)
        if not tok or tok[2] not in skippable or N[pos:tok[0]].strip(" ,"):
            return pos
        pos = tok[1]


def skip_tokens_back(N: str, start: int, end: int, skippable) -> int:
    """Where the run of ``skippable`` words (with the commas and spaces between them) that ends ``N[start:end]``
    begins: «الرئيس الفرنسي إيمانويل ماكرون اليوم،» gives the end of the name; ``end`` when none ends it."""
    ws = list(tokens(N, start, end))
    cut = end
    while ws and ws[-1][2] in skippable and not N[ws[-1][1]:cut].strip(" ,"):
        cut = ws.pop()[0]
    return cut if cut < end else end


def line_end(N: str, pos: int) -> int:
    """Where the line holding ``pos`` ends: its newline, or the end of the text."""
    end = N.find("\n", pos)
    return len(N) if end < 0 else end


def trim_end(N: str, start: int, end: int) -> int:
    while end > start and N[end - 1] in TRIM_CHARS:
        end -= 1
    return end
