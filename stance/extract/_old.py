"""Statement extraction and speaker attribution.

Rules follow ``../shared/ANNOTATION.md``. The article is segmented into
paragraphs and sentences (never inside a quotation), reporting cues are found
outside quotations (verbs and participles from ``resources/speech.json``), and
for each cue the reported content and the speaker are found:

* content opens at a complementizer (إن/أن), a verb-specific marker
  (أعرب **عن**، حذّر **من**، أشار **إلى**، أشاد **بـ**), a colon or a quote; for
  object verbs (نفى، وصف، رفض) it follows the speaker directly;
* the speaker is the lexicon mention between the cue and the content (VSO),
  or before the cue in the same sentence (SVO), or, for a pronoun subject and
  for continuation cues (وأضاف، مضيفًا), the previous speaker;
* a quotation standing alone at the start of a paragraph continues the speaker
  of the paragraph before it, or takes the speaker named right after it;
* a headline of the form «كيربي: …» is a statement by the named person.

All matching is done on normalized text; offsets are mapped back to the
original text, so ``article[start:end] == text`` for every statement.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources

from stance.lexicon import Lexicon, Mention, default_lexicon
from stance.normalize import NormalizedText, normalize, normalize_with_offsets

OPEN_QUOTES = {"«": "»", "“": "”", '"': '"', "„": "”"}
TRIM_CHARS = " \t\r\n.,،:;؛-–—"
WORD = re.compile(r"\w+")
_PLUPERFECT = re.compile(r"(?<!\w)و?كان(?:ت)?\s+(.+?)\s+قد\s+")
_QUOTE_OR_NEWLINE = re.compile('[\n«»“”„"]')
TRAILING_CONNECTORS = ("فيما", "بينما", "في حين", "حين", "كما", "ثم", "حيث", "و", "ف", "لكن", "ولكن", "إذ", "اذ")
FILLERS = {"و", "وكان", "كان", "قد", "فيما", "بينما", "لكن", "لكنه", "ولكن", "من", "جهته", "جهتها", "بدوره", "بدورها", "اما", "واما"}


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
class _Speaker:
    actor: str
    mention: str
    spokesman: bool = False
    feminine: bool = False
    plural: bool = False


@dataclass
class _Cue:
    start: int
    end: int
    key: str  # verb family, or "participle"
    form: str
    feminine: bool
    plural: bool


@lru_cache(maxsize=1)
def _speech_data() -> dict:
    return json.loads(resources.files("stance.resources").joinpath("speech.json").read_text("utf-8"))


class Extractor:
    """Finds statements in an article and attributes them to actors."""

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon or default_lexicon()
        data = _speech_data()
        self.verbs: dict[str, dict] = data["verbs"]
        self._form_to_key: dict[str, str] = {}
        for key, spec in self.verbs.items():
            for form in spec["forms"]:
                self._form_to_key.setdefault(normalize(form), key)
        self._masculine_t = {normalize(f) for f in data.get("masculine_t_forms", [])}
        participles = [normalize(p) for p in data["participles"]]
        forms = sorted(set(self._form_to_key) | set(participles), key=len, reverse=True)
        self._participles = set(participles)
        self._cue_re = re.compile(r"(?<!\w)[وف]?(" + "|".join(map(re.escape, forms)) + r")(?!\w)")
        self._complementizers = {normalize(c) for c in data["complementizers"]}
        self._adjuncts = {normalize(a) for a in data["adjunct_starts"]}
        self._after_quote = sorted((normalize(a) for a in data["attribution_after_quote"]), key=len, reverse=True)
        self._institutions = sorted((normalize(i) for i in data.get("institutions", [])), key=len, reverse=True)
        self._role_negators = {normalize(r) for r in data.get("role_negators", [])}
        self._skip_after_speaker = {normalize(s) for s in data.get("skip_after_speaker", [])}
        self._non_speech_before = {normalize(w) for w in data.get("non_speech_before", [])}
        self._clause_breaks = [normalize(w) for w in data.get("clause_breaks", [])]
        self._modifiers = {normalize(w) for w in data.get("nominal_modifiers", [])}
        self._report_after = [normalize(w) for w in data.get("report_after_quote", [])]
        self._relay_words = {normalize(w) for w in data.get("relay_words", [])}
        self._titles = {normalize(w) for w in data.get("titles", [])}
        self._b_adverbs = {normalize(w) for w in data.get("b_adverbs", [])}
        self._apposition_heads = {normalize(w) for w in data.get("apposition_heads", [])}
        openers = sorted((normalize(w) for w in data.get("attribution_first", [])), key=len, reverse=True)
        self._attribution_first = re.compile(
            r"\s*(?:و|ف)?(?:" + "|".join(re.escape(o) + (r"\s*" if not o.endswith("ل") else "") for o in openers) + r")")

    # ------------------------------------------------------------------ API
    def extract(self, text: str) -> list[Statement]:
        nt = normalize_with_offsets(text)
        doc = _Doc(nt, _find_quotes(text, nt))
        doc.report_quotes = {q for q in doc.quotes if self._is_report_quote(doc, q)}
        state = _State()
        statements: list[tuple[int, int, _Speaker, str, bool]] = []
        for p_start, p_end in doc.paragraphs():
            para_statements: list[tuple[int, int, _Speaker, str, bool]] = []
            para_statements += self._headline(doc, p_start, p_end, state)
            if not para_statements:
                para_statements += self._standalone_quote(doc, p_start, p_end, state)
            covered_until = para_statements[-1][1] if para_statements else p_start
            for s_start, s_end in doc.sentences(p_start, p_end):
                if s_end <= covered_until:
                    continue
                para_statements += self._sentence(doc, max(s_start, covered_until), s_end, state)
            state.previous_paragraph_had_statement = bool(para_statements)
            statements += para_statements
        out = []
        seen = set()
        for n_start, n_end, speaker, cue, direct in statements:
            span = _trim(doc, n_start, n_end)
            if span is None:
                continue
            o_start, o_end = nt.span_to_original(*span)
            if (o_start, o_end) in seen:
                continue
            seen.add((o_start, o_end))
            out.append(Statement(speaker.actor, speaker.mention, cue, direct, o_start, o_end, text[o_start:o_end]))
        return out

    # ------------------------------------------------------- sentence level
    def _sentence(self, doc: "_Doc", s_start: int, s_end: int, state: "_State"):
        N = doc.nt.text
        state.sentence_start = s_start
        cues = self._cues(doc, s_start, s_end)
        results = []
        first = self._attribution_first_statement(doc, s_start, s_end, cues, state)
        if first is not None:
            results.append(first)
            state.remember(first[2])
            state.content_end = first[1]
            cues = [c for c in cues if c.start >= first[1]]
        consumed = s_start
        for i, cue in enumerate(cues):
            if cue.start < consumed:
                continue
            next_cue_start = s_end
            doc.container = doc.quote_at(cue.start)
            if doc.container is not None:
                next_cue_start = doc.container[1]
            for later in cues[i + 1:]:
                if later.start > cue.end:
                    next_cue_start = later.start
                    break
            found = self._content(doc, cue, next_cue_start, s_end, state)
            if found is None:
                # «ويضيف ماركوف قائلا …»: the speaker named here speaks through the participle.
                nxt = cues[i + 1] if i + 1 < len(cues) else None
                if nxt is not None and nxt.key == "participle" and len(WORD.findall(N[cue.end:nxt.start])) <= 8:
                    pending = self._speaker_from_region(doc, cue, cue.end, nxt.start, state)
                    if pending is not None:
                        state.remember(pending)
                continue
            speaker, c_start, c_end, direct = found
            if speaker is None and cue.key != "participle":
                nested = self._subject_before(doc, cue, results, s_start, state)
                if nested is not None:
                    speaker, drop_previous = nested
                    if drop_previous:
                        results.pop()
            if cue.key == "participle" or speaker is None:
                speaker = self._continuation(doc, cue, s_start, state)
            if speaker is None:
                continue
            nxt = cues[i + 1] if i + 1 < len(cues) else None
            if (nxt is not None and nxt.key == "participle" and not direct and c_end == nxt.start
                    and len(WORD.findall(N[c_start:c_end])) <= 2):
                # «طمأن الرئيس المواطنين، مؤكدا أن …»: the object is no statement; the participle carries it.
                state.remember(speaker)
                continue
            results.append((c_start, c_end, speaker, cue.form, direct))
            state.remember(speaker)
            state.content_end = c_end
            consumed = c_end
        return results

    def _attribution_first_statement(self, doc: "_Doc", s_start: int, s_end: int, cues: list, state: "_State"):
        """«وبحسب بيسكوف، فإن موسكو …» / «ووفقا للسيد بوتين، فإن …»: speaker first, content after the comma."""
        N = doc.nt.text
        m = self._attribution_first.match(N, s_start, s_end)
        if not m:
            return None
        comma = N.find(",", m.end(), s_end)
        if comma < 0 or len(WORD.findall(N[m.end():comma])) > 8 or any(m.end() <= c.start < comma for c in cues):
            return None
        region_start = m.end()
        mentions = self.lexicon.find(N, region_start, comma)
        if mentions:
            speaker = self._resolve_group(doc, _glued(N, mentions), state)
        else:
            cleaned = self._clean_region(doc, region_start, comma)
            if not cleaned:
                return None
            speaker = _Speaker("other", doc.original_span(*cleaned))
        c_start = _skip_space(N, comma + 1)
        nxt = _next_token(N, c_start, s_end)
        second = N.find(",", c_start, s_end)
        if nxt and nxt[2] in self._apposition_heads and 0 < second and len(WORD.findall(N[c_start:second])) <= 7:
            c_start = _skip_space(N, second + 1)  # «سيرجي ماركوف، أستاذ العلوم السياسية، يرجح …»
            nxt = _next_token(N, c_start, s_end)
        if nxt and nxt[2] in ("فان", "فانه", "فانها", "فانهم") and not N[c_start:nxt[0]].strip():
            c_start = nxt[1]
        c_end = next((c.start for c in cues if c.start > c_start), s_end)
        if not WORD.search(N, c_start, c_end):
            return None
        return (c_start, c_end, speaker, "", False)

    def _subject_before(self, doc: "_Doc", cue: _Cue, results: list, s_start: int, state: "_State"):
        """A speaker named just before the verb: «… أن نائب الوزير كيم هونغ كيون قال …».

        Returns (speaker, drop_previous): when the name sits inside the content
        of the statement just found (a ministry reporting that X said), that
        outer statement was only carrying this one and is dropped.
        """
        N = doc.nt.text
        window_start = s_start
        if results:
            window_start = max(s_start, results[-1][0])
        mentions = self.lexicon.find(N, window_start, cue.start)
        if not mentions:
            return None
        tail = [w for w in WORD.findall(N[mentions[-1].end:cue.start]) if w not in FILLERS]
        if len(tail) > 2:
            return None
        group = _glued(N, mentions[::-1], backwards=True)
        speaker = self._resolve_group(doc, group, state)
        drop = bool(results) and results[-1][0] <= group[0].start < results[-1][1] + 1 \
            and len(WORD.findall(N[results[-1][0]:group[0].start])) <= 6
        return speaker, drop

    def _cues(self, doc: "_Doc", start: int, end: int) -> list[_Cue]:
        N = doc.nt.text
        out = []
        for m in self._cue_re.finditer(N, start, end):
            if doc.in_quote(m.start()) and doc.quote_at(m.start()) not in doc.report_quotes:
                continue
            before = WORD.findall(N[max(start, m.start() - 12):m.start()])
            if before and before[-1] in self._non_speech_before:
                continue
            form = m.group(1)
            key = "participle" if form in self._participles else self._form_to_key[form]
            spec = self.verbs.get(key, {})
            if spec.get("require_marker"):
                raw_window = N[m.end(): min(end, m.end() + 120)]
                window = WORD.findall(raw_window)
                if not any(normalize(marker) in window or (marker == ":" and ":" in raw_window[:80])
                           for marker in spec["markers"]):
                    continue
            out.append(_Cue(m.start(), m.end(), key, form, _is_feminine(form, key, self._masculine_t), _is_plural(form)))
        return out

    def _content(self, doc: "_Doc", cue: _Cue, limit: int, s_end: int, state: "_State"):
        """Find (speaker, content start, content end, direct) for a cue, or None."""
        N = doc.nt.text
        if cue.key == "relay":
            return self._relay_content(doc, cue, limit, state)
        spec = self.verbs.get(cue.key, {"markers": [], "object": False})
        markers = [normalize(m) for m in spec.get("markers", [])]
        pos = cue.end
        candidate = None  # (region_end, content_start, kind)
        for tok in _tokens(N, pos, limit):
            t_start, t_end, word = tok
            if doc.in_inner_quote(t_start) and not doc.is_name_quote_at(t_start, self.lexicon):
                q = doc.inner_quote_at(t_start)
                if self._quote_may_open_content(doc, cue, q[0]):
                    candidate = (q[0], q[0], "quote")
                    break
                continue
            between = N[pos:t_start]
            if ":" in between and not doc.in_quote(pos + between.index(":")):
                colon = pos + between.index(":")
                candidate = (colon, colon + 1, "colon")
                break
            if word in self._complementizers:
                candidate = (t_start, t_end, "comp")
                break
            if word in markers:
                nxt = _next_token(N, t_end, limit)
                if nxt and nxt[2] in self._complementizers:
                    candidate = (t_start, nxt[1], "comp")
                    break
                later = self._composite_ahead(N, word, t_end, limit)
                if later is not None:
                    candidate = later
                    break
                region_words = WORD.findall(N[cue.end:t_start])
                if len(region_words) <= 4 or self.lexicon.find(N, cue.end, t_start):
                    candidate = (t_start, t_end, "marker")
                    break
            if "ب" in markers and word.startswith("ب") and len(word) > 3 and word not in self._b_adverbs and not any(
                    m.start == t_start for m in self.lexicon.find(N, t_start, t_end)):  # «بيسكوف» is a name, «ببوتين» is ب + a name
                if self._b_marker_follows_speaker(N, cue, t_start) and (N[cue.end:t_start].strip() or cue.key == "praise"):
                    candidate = (t_start, t_start + 1, "marker")
                    break
            pos = t_end
        else:
            between = N[pos:limit]
            if ":" in between:
                colon = pos + between.index(":")
                candidate = (colon, colon + 1, "colon")
        if candidate is None and spec.get("object"):
            return self._object_content(doc, cue, limit, state)
        if candidate is None:
            return None
        region_end, content_start, kind = candidate
        region_limit = 30 if self._mention_group(doc, _skip_tokens(N, cue.end, region_end, self._skip_after_speaker), region_end) else 14
        if len(WORD.findall(N[cue.end:region_end])) > region_limit:
            return self._object_content(doc, cue, limit, state) if spec.get("object") else None
        if kind == "colon":
            # The content is the quote after the colon if there is one, else the rest.
            q = doc.inner_quote_at(_skip_space(N, content_start))
            if q:
                return self._speaker_from_region(doc, cue, cue.end, region_end, state), q[0] + 1, q[1], True
            return self._speaker_from_region(doc, cue, cue.end, region_end, state), content_start, limit, False
        if kind == "quote":
            q = doc.inner_quote_at(region_end)
            return self._speaker_from_region(doc, cue, cue.end, region_end, state), q[0] + 1, q[1], True
        c_start = _skip_space(N, content_start)
        q = doc.inner_quote_at(c_start)
        if q and _trim_end(N, c_start, limit) <= q[1] + 1:
            return self._speaker_from_region(doc, cue, cue.end, region_end, state), q[0] + 1, q[1], True
        return self._speaker_from_region(doc, cue, cue.end, region_end, state), content_start, limit, False

    def _b_marker_follows_speaker(self, N: str, cue: _Cue, pos: int) -> bool:
        """The ب of «أشاد كيم الأسبوع الماضي بـ…» comes right after the speaker, give or take time words."""
        mentions = self.lexicon.find(N, cue.end, pos)
        after = mentions[-1].end if mentions else cue.end
        between = WORD.findall(N[after:pos])
        return all(w in self._skip_after_speaker or w in self._b_adverbs for w in between)

    def _relay_content(self, doc: "_Doc", cue: _Cue, limit: int, state: "_State"):
        """«ونقلت الوكالة عن الزعيم كيم جونغ أون قوله إن …»: the speaker sits between عن and قوله."""
        N = doc.nt.text
        words = list(_tokens(N, cue.end, limit))
        about = next((w for w in words if w[2] == "عن"), None)
        if about is None:
            return None
        relay = next((w for w in words if w[0] > about[1] and w[2] in self._relay_words), None)
        if relay is None:
            return None
        speaker = self._speaker_from_region(doc, cue, about[1], relay[0], state)
        start = relay[1]
        nxt = _next_token(N, start, limit)
        if nxt and nxt[2] in self._complementizers and not N[start:nxt[0]].strip(" ,:"):
            start = nxt[1]
        start = _skip_chars(N, start, limit, " :,")
        q = doc.inner_quote_at(start)
        if q and q[0] == start and _trim_end(N, start, limit) <= q[1] + 1:
            return speaker, q[0] + 1, q[1], True
        return speaker, start, limit, False

    def _composite_ahead(self, N: str, marker: str, pos: int, limit: int):
        """«حذر مسؤولون من كوريا … من أن …»: a later marker + complementizer wins over a bare marker."""
        words = list(_tokens(N, pos, limit))[:10]
        for (a_start, a_end, a), (b_start, b_end, b) in zip(words, words[1:]):
            if a == marker and b in self._complementizers:
                return (a_start, b_end, "comp")
        return None

    def _is_report_quote(self, doc: "_Doc", q: tuple[int, int]) -> bool:
        after = doc.nt.text[q[1] + 1:q[1] + 40].lstrip(' ,')
        return any(after.startswith(w) for w in self._report_after)

    def _quote_may_open_content(self, doc: "_Doc", cue: _Cue, q_start: int) -> bool:
        """A quote opens the content only right after the cue or right after the speaker's name."""
        N = doc.nt.text
        q = doc.quote_at(q_start)
        inner_words = WORD.findall(N[q[0] + 1:q[1]])
        if len(inner_words) <= 3 and N[q[1] + 1:q[1] + 40].strip(TRIM_CHARS):
            return False  # «واعتبرت "سي. إن. إن" زيارة …»: a short quoted name, not the words said
        region = N[cue.end:q_start]
        if not region.strip(" ,"):
            return True
        mentions = self.lexicon.find(N, cue.end, q_start)
        if mentions and not N[mentions[-1].end:q_start].strip(" ,"):
            return True
        return False

    def _object_content(self, doc: "_Doc", cue: _Cue, limit: int, state: "_State"):
        N = doc.nt.text
        pos = _skip_tokens(N, cue.end, limit, self._skip_after_speaker)
        group = self._mention_group(doc, pos, limit)
        if group:
            speaker = self._resolve_group(doc, group, state)
            pos = group[-1].end
            pos = self._skip_apposition(doc, pos, limit)
        else:
            inst_end = self._institution_at(N, pos, limit)
            if inst_end:
                while True:
                    tok = _next_token(N, inst_end, limit)
                    if tok and not N[inst_end:tok[0]].strip() and (tok[2] in self._modifiers or tok[2].endswith(("ي", "يه", "يون", "يين"))):
                        inst_end = tok[1]
                    else:
                        break
                speaker = _Speaker("other", doc.original_span(pos, inst_end), feminine=True)
                pos = inst_end
            else:
                speaker = None
        pos = _skip_tokens(N, pos, limit, self._skip_after_speaker)
        if not N[pos:limit].strip(TRIM_CHARS):
            return None
        q = doc.inner_quote_at(_skip_space(N, pos))
        if q and _trim_end(N, q[0], limit) <= q[1] + 1:
            return speaker, q[0] + 1, q[1], True
        for brk in self._clause_breaks:
            m = re.search(r",\s*" + re.escape(brk) + r"(?!\w)", N[pos:limit])
            if m and not doc.in_quote(pos + m.start()):
                limit = pos + m.start()
        return speaker, pos, limit, False

    def _skip_apposition(self, doc: "_Doc", pos: int, limit: int) -> int:
        """Skip «، المتحدث باسم …،» after a name."""
        N = doc.nt.text
        m = re.match(r"\s*,[^,]{1,80},", N[pos:limit])
        if m:
            return pos + m.end()
        return pos

    def _institution_at(self, N: str, pos: int, limit: int) -> int | None:
        end = None
        cursor = _skip_space(N, pos)
        while True:
            for inst in self._institutions:
                for prefix in ("", "و"):
                    cand = prefix + inst
                    if N.startswith(cand, cursor) and (cursor + len(cand) >= len(N) or not N[cursor + len(cand)].isalnum()):
                        end = cursor + len(cand)
                        break
                else:
                    continue
                break
            else:
                return end
            cursor = _skip_space(N, end)
            if cursor >= limit:
                return end

    # -------------------------------------------------------- speaker logic
    def _mention_group(self, doc: "_Doc", pos: int, limit: int) -> list[Mention]:
        """Lexicon mentions starting at ``pos`` and those glued to them (role + name)."""
        N = doc.nt.text
        mentions = self.lexicon.find(N, pos, limit)
        if not mentions:
            return []
        lead = WORD.findall(N[pos:mentions[0].start])
        if N[pos:mentions[0].start].strip(' "') and not (0 < len(lead) <= 3 and lead[0] in self._titles and "," not in N[pos:mentions[0].start]):
            return []
        group = _glued(N, mentions)
        return group

    def _speaker_from_region(self, doc: "_Doc", cue: _Cue, r_start: int, r_end: int, state: "_State") -> _Speaker | None:
        N = doc.nt.text
        mentions = [m for m in self.lexicon.find(N, r_start, r_end)]
        if mentions and mentions[0].kind == "spokesman_word":
            named = [m for m in mentions[1:] if m.kind in ("name", "not_actor", "role")]
            if named and len(WORD.findall(N[mentions[0].end:named[0].start])) <= 2:
                mentions = named  # «المتحدث باسمه ديمتري بيسكوف»
        prefix_words = WORD.findall(N[r_start:mentions[0].start]) if mentions else []
        if prefix_words and prefix_words[0] in self._adjuncts and prefix_words[0] not in self._titles:
            mentions = []  # «قال خلال لقائه كيم إن …»: a name inside an adverbial is not the speaker
        if mentions:
            first = mentions[0]
            group = _glued(N, mentions)
            prefix_text = N[r_start:first.start]
            if len(WORD.findall(prefix_text)) <= 6:
                return self._resolve_group(doc, group, state, r_end)
        cleaned = self._clean_region(doc, r_start, r_end)
        if cleaned:
            words = WORD.findall(N[cleaned[0]:cleaned[1]])
            if len(words) == 1 and words[0] in self._titles:
                referent = self._title_referent(doc, words[0], cleaned[0], state)
                if referent is not None:
                    return referent
        if cleaned and self._is_object_word(doc, *cleaned):
            cleaned = None  # «وطمأن مواطنيه إلى أن …»: an object, the subject is unnamed
        if cleaned:
            surface = doc.original_span(*cleaned)
            is_spokes = bool(re.search(r"(?<!\w)(المتحدث|الناطق|متحدث|ناطق)(?!\w)", N[cleaned[0]:cleaned[1]]))
            return _Speaker("other", surface, spokesman=is_spokes, feminine=cue.feminine, plural=cue.plural)
        return self._svo_subject(doc, cue, state)

    def _title_referent(self, doc: "_Doc", title: str, pos: int, state: "_State") -> _Speaker | None:
        """«وأكد الرئيس أن …»: the last person named with this title before ``pos``."""
        N = doc.nt.text
        best = None
        for m in re.finditer(r"(?<!\w)[وفبل]?" + re.escape(title) + r"(?!\w)", N[:pos]):
            group = self._mention_group(doc, m.start() + len(m.group()) - len(title), min(pos, m.end() + 60))
            if group:
                best = group
        return self._resolve_group(doc, best, state) if best else None

    def _is_object_word(self, doc: "_Doc", start: int, end: int) -> bool:
        """One word carrying a possessive/object pronoun (مواطنيه، نظيره، الصحفيين) cannot be the speaker."""
        words = WORD.findall(doc.nt.text[start:end])
        if len(words) != 1:
            return False
        o_start, o_end = doc.nt.span_to_original(start, end)
        word = doc.nt.original[o_start:o_end]
        return word.endswith(("ه", "ها", "هم", "هما", "كم", "نا")) and not word.startswith("ال") or word in ("الصحفيين", "الصحافيين", "للصحفيين")

    def _resolve_group(self, doc: "_Doc", group: list[Mention], state: "_State", region_end: int | None = None) -> _Speaker:
        N = doc.nt.text
        surface = lambda m: doc.original_span(m.start, m.end)  # noqa: E731
        named = [m for m in group if m.kind in ("name", "not_actor", "surname")]
        roles = [m for m in group if m.kind == "role"]
        for m in named:
            if m.kind == "not_actor":
                return _Speaker("other", surface(m), spokesman=bool(roles))
            if m.kind == "surname":
                return _Speaker(self._surname_owner(doc, m), surface(m))
            return _Speaker(m.actor, surface(m), spokesman=m.actor in self.lexicon.spokesmen)
        for m in roles:
            after = WORD.findall(N[m.end:m.end + 20])
            if after and after[0] in self._role_negators:
                return _Speaker("other", surface(m))
            return _Speaker(m.actor, surface(m), spokesman=m.actor in self.lexicon.spokesmen)
        m = group[0]  # spokesman word
        tail = N[m.end:(region_end or m.end + 40)]
        if re.match(r"\s*(?:\w+\s+){0,2}باسم", tail):
            end = region_end or m.end
            return _Speaker("other", doc.original_span(m.start, end).strip(TRIM_CHARS), spokesman=True)
        if state.last_spokesman is not None:
            return state.last_spokesman
        return _Speaker("other", surface(m), spokesman=True)

    def _surname_owner(self, doc: "_Doc", mention: Mention) -> str:
        """A bare surname is the most recent full name with that surname before it (ANNOTATION.md §2)."""
        if doc.mentions is None:
            doc.mentions = self.lexicon.find(doc.nt.text)
        owner = mention.actor or "other"
        for m in doc.mentions:
            if m.start >= mention.start:
                break
            if m.kind in ("name", "not_actor") and m.surname == mention.surname:
                owner = m.actor or "other"
        return owner

    def _clean_region(self, doc: "_Doc", start: int, end: int) -> tuple[int, int] | None:
        N = doc.nt.text
        tokens = list(_tokens(N, start, end))
        keep_end = None
        keep_start = None
        for t_start, t_end, word in tokens:
            if keep_start is None and (word in FILLERS or word in self._adjuncts):
                if word in self._adjuncts:
                    return None if keep_start is None else (keep_start, keep_end)
                continue
            if keep_start is not None and (word in self._adjuncts or "," in N[keep_end:t_start]):
                break
            if keep_start is None:
                keep_start = t_start
            keep_end = t_end
        if keep_start is None:
            return None
        return keep_start, keep_end

    def _svo_subject(self, doc: "_Doc", cue: _Cue, state: "_State") -> _Speaker | None:
        """Speaker named before the verb: «بيسكوف قال إن …», «وكان كيربي قد أكد …»."""
        N = doc.nt.text
        s_start = max(state.sentence_start, state.content_end)
        pluperfect = _PLUPERFECT.search(N, s_start, cue.start)
        if pluperfect and pluperfect.end() == cue.start:
            # «وكان المتحدث باسم الخارجية قد أعلن أن …»: the subject sits between كان and قد.
            np_start, np_end = pluperfect.span(1)
            return self._speaker_from_region(doc, cue, np_start, np_end, _State()) if WORD.search(N, np_start, np_end) else None
        mentions = [m for m in self.lexicon.find(N, s_start, cue.start)
                    if not doc.in_inner_quote(m.start) and m.kind != "spokesman_word"]
        if not mentions:
            return None
        after_cue = WORD.findall(N[cue.end:cue.end + 12])
        if after_cue and after_cue[0] in ("فيه", "فيها"):
            # «… إفادة قدمها وزير الدفاع كيم يونغ هيون، قال فيها إن …»: the nearest person who can be
            # the subject (tracked actors are men: «قالت فيه» is not theirs).
            candidates = [m for m in mentions if not (cue.feminine and m.actor)]
            if candidates:
                return self._resolve_group(doc, _glued(N, candidates[::-1], backwards=True), state)
        group = _glued(N, mentions)
        # «اختار المتحدث … جون كيربي لهجة حذرة، إذ قال …»: the clause's subject speaks.
        return self._resolve_group(doc, group, state)

    def _continuation(self, doc: "_Doc", cue: _Cue, s_start: int, state: "_State") -> _Speaker | None:
        last = state.last_speaker
        if not self.verbs.get(cue.key, {}).get("continuation") and cue.key != "participle":
            named = self._named_since(doc, state.content_end, s_start)
            if named is not None and not (cue.feminine or cue.plural):
                return named
        if last is None:
            return _Speaker("other", "")
        if (cue.feminine or cue.plural) and last.actor != "other":
            # Tracked actors are single men: «وأضافت» or «وأضافوا» is someone else.
            return _Speaker("other", "", feminine=cue.feminine, plural=cue.plural)
        return last

    def _named_since(self, doc: "_Doc", since: int, until: int) -> _Speaker | None:
        """A person named after the last statement (ANNOTATION.md §2: a pronoun keeps the previous
        speaker "unless another speaker was named in between"): the first person of the latest
        sentence that names one."""
        if until <= since:
            return None
        N = doc.nt.text
        mentions = [m for m in self.lexicon.find(N, since, until)
                    if m.kind in ("name", "role", "not_actor", "surname") and not doc.in_inner_quote(m.start)]
        if not mentions:
            return None
        last_sentence_start = max(N.rfind(".", since, mentions[-1].start), N.rfind("\n", since, mentions[-1].start)) + 1
        group = [m for m in mentions if m.start >= last_sentence_start][:1]
        return self._resolve_group(doc, group, _State()) if group else None

    # -------------------------------------------------- paragraph patterns
    def _headline(self, doc: "_Doc", p_start: int, p_end: int, state: "_State"):
        """«كيربي: نشعر بالقلق…» — a name, a colon, the words."""
        N = doc.nt.text
        line = N[p_start:p_end]
        colon = line.find(":")
        if colon <= 0 or colon > 60:
            return []
        group = self._mention_group(doc, _skip_space(N, p_start), p_start + colon)
        if not group or N[group[-1].end:p_start + colon].strip(' "'):
            return []
        speaker = self._resolve_group(doc, group, state)
        c_start = p_start + colon + 1
        q = doc.quote_at(_skip_space(N, c_start))
        state.remember(speaker)
        if q and _trim_end(N, q[0], p_end) <= q[1] + 1:
            return [(q[0] + 1, q[1], speaker, ":", True)]
        return [(c_start, p_end, speaker, ":", False)]

    def _standalone_quote(self, doc: "_Doc", p_start: int, p_end: int, state: "_State"):
        N = doc.nt.text
        first = _skip_space(N, p_start)
        q = doc.quote_at(first)
        if not q or q[0] != first or doc.is_name_quote_at(first, self.lexicon):
            return []
        after_start = q[1] + 1
        speaker = self._attribution_after(doc, after_start, p_end, state)
        if speaker is None:
            if not state.previous_paragraph_had_statement or state.last_speaker is None:
                return []
            speaker = state.last_speaker
        state.remember(speaker)
        return [(q[0] + 1, q[1], speaker, "", True)]

    def _attribution_after(self, doc: "_Doc", start: int, end: int, state: "_State") -> _Speaker | None:
        """«"…"، قال كيربي» or «"…" بحسب بيسكوف»."""
        N = doc.nt.text
        pos = _skip_chars(N, start, end, ' ,."')
        m = self._cue_re.match(N, pos)
        if m:
            pos = _skip_tokens(N, m.end(), end, self._skip_after_speaker)
        else:
            for phrase in self._after_quote:
                for prefix in ("", "و"):
                    if N.startswith(prefix + phrase, pos):
                        pos = pos + len(prefix + phrase)
                        break
                else:
                    continue
                break
            else:
                return None
        group = self._mention_group(doc, _skip_space(N, pos), end)
        if not group:
            return None
        return self._resolve_group(doc, group, state)


class _State:
    def __init__(self):
        self.last_speaker: _Speaker | None = None
        self.last_spokesman: _Speaker | None = None
        self.previous_paragraph_had_statement = False
        self.sentence_start = 0
        self.content_end = 0  # end of the last statement's content, so its words are not taken as a subject

    def remember(self, speaker: _Speaker) -> None:
        self.last_speaker = speaker
        if speaker.spokesman:
            self.last_spokesman = speaker



class _Doc:
    def __init__(self, nt: NormalizedText, quotes: list[tuple[int, int]]):
        self.nt = nt
        self.quotes = quotes  # top-level (open index, close index) in normalized text
        self.report_quotes: set[tuple[int, int]] = set()
        self.container: tuple[int, int] | None = None  # the report quote being read from inside, if any
        self.mentions: list[Mention] | None = None  # every lexicon mention, computed on first need

    def in_inner_quote(self, pos: int) -> bool:
        """Inside a quotation other than the report quote the current cue sits in."""
        q = self.quote_at(pos)
        return q is not None and q != self.container

    def inner_quote_at(self, pos: int) -> tuple[int, int] | None:
        q = self.quote_at(pos)
        return None if q == self.container else q

    def original_span(self, start: int, end: int) -> str:
        o_start, o_end = self.nt.span_to_original(start, end)
        return self.nt.original[o_start:o_end].strip(TRIM_CHARS + '"«»“”')

    def in_quote(self, pos: int) -> bool:
        return any(q[0] <= pos <= q[1] for q in self.quotes)

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        for q in self.quotes:
            if q[0] <= pos <= q[1]:
                return q
        return None

    def is_name_quote_at(self, pos: int, lexicon: Lexicon) -> bool:
        q = self.quote_at(pos)
        if not q:
            return False
        inner = self.nt.text[q[0] + 1:q[1]].strip()
        if len(inner.split()) > 4:
            return False
        found = lexicon.find(self.nt.text, q[0] + 1, q[1])
        return bool(found) and found[0].start - q[0] <= 2 and q[1] - found[-1].end <= 1

    def paragraphs(self):
        N = self.nt.text
        start = 0
        for part in N.split("\n"):
            end = start + len(part)
            if part.strip():
                yield start, end
            start = end + 1

    def sentences(self, p_start: int, p_end: int):
        N = self.nt.text
        start = p_start
        for m in re.finditer(r"[.!?](?=\s|$)", N[p_start:p_end]):
            pos = p_start + m.start()
            if self.in_quote(pos):
                continue
            yield start, pos + 1
            start = pos + 1
        if N[start:p_end].strip():
            yield start, p_end


def _find_quotes(text: str, nt: NormalizedText) -> list[tuple[int, int]]:
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
            before = text[i - 1] if i else " "
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


def _glued(N: str, mentions: list[Mention], backwards: bool = False) -> list[Mention]:
    """The first mention and those glued to it by at most a space, comma or quote («المتحدث باسم الكرملين ديمتري بيسكوف»).

    With ``backwards`` the mentions come last-first and the group is returned in text order.
    """
    group = [mentions[0]]
    for m in mentions[1:]:
        left, right = (m, group[-1]) if backwards else (group[-1], m)
        gap = N[left.end:right.start]
        if len(gap) <= 3 and not gap.strip(' ",') and _same_person(left, right):
            group.append(m)
        else:
            break
    return group[::-1] if backwards else group


def _same_person(a: Mention, b: Mention) -> bool:
    """A role glues to a name (المتحدث باسم الكرملين ديمتري بيسكوف); two different names do not (كيم جونغ أون بوتين)."""
    if a.kind in ("role", "spokesman_word") or b.kind in ("role", "spokesman_word"):
        return True
    return a.person == b.person


def _tokens(N: str, start: int, end: int):
    for m in WORD.finditer(N, start, end):
        yield m.start(), m.end(), m.group()


def _next_token(N: str, start: int, end: int):
    m = WORD.search(N, start, end)
    return (m.start(), m.end(), m.group()) if m else None


def _skip_space(N: str, pos: int) -> int:
    while pos < len(N) and N[pos] in " \t":
        pos += 1
    return pos


def _skip_chars(N: str, pos: int, end: int, chars: str) -> int:
    while pos < end and N[pos] in chars:
        pos += 1
    return pos


def _skip_tokens(N: str, pos: int, limit: int, words: set[str]) -> int:
    while True:
        tok = _next_token(N, pos, limit)
        if not tok or tok[2] not in words or N[pos:tok[0]].strip(" ,"):
            return pos
        pos = tok[1]


def _trim_end(N: str, start: int, end: int) -> int:
    while end > start and N[end - 1] in TRIM_CHARS:
        end -= 1
    return end


def _trim(doc: _Doc, start: int, end: int) -> tuple[int, int] | None:
    N = doc.nt.text
    while start < end and N[start] in TRIM_CHARS:
        start += 1
    end = _trim_end(N, start, end)
    while True:  # «أشاد كيم ببوتين، فيما حذر …»: the connector before the next speaker is not content
        m = re.search(r"(?:^|\s|,)(" + "|".join(TRAILING_CONNECTORS) + r")$", N[start:end])
        if not m or m.start(1) == 0:
            break
        end = _trim_end(N, start, start + m.start(1))
    # A span that is exactly one quotation is the words inside it.
    q = doc.quote_at(start)
    if q and q[0] == start and q[1] == end - 1:
        start, end = q[0] + 1, q[1]
        while start < end and N[start] in TRIM_CHARS:
            start += 1
        end = _trim_end(N, start, end)
    if end - start < 2 or not WORD.search(N, start, end):
        return None
    return start, end


def _is_feminine(form: str, key: str, masculine_t: set[str]) -> bool:
    if key == "participle":
        return form.endswith("ه")
    if form in masculine_t:
        return False
    return form.endswith("ت") or (form.startswith("ت") and len(form) >= 4 and form not in masculine_t)


def _is_plural(form: str) -> bool:
    return form.endswith("وا") or form.endswith("ون") or form.endswith("ين")


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    return Extractor()


def extract_statements(text: str, lexicon: Lexicon | None = None) -> list[Statement]:
    """Statements in ``text``, with speakers resolved against ``lexicon`` (default: the shipped one)."""
    extractor = default_extractor() if lexicon is None else Extractor(lexicon)
    return extractor.extract(text)
