"""The extractor: reads an article once into a :class:`~stance.extract.doc.Doc`
and runs the components in the order ``resources/extraction.json`` gives.

Offsets are found on normalized text and mapped back to the original, so
``article[start:end] == text`` for every statement.
"""

from __future__ import annotations

from datetime import date as Date
from functools import lru_cache

from stance.extract.components import Parts, Sentence, paragraph_components, sentence_components
from stance.extract.components.cues import find_cues, is_cue_word
from stance.extract.dates import article_date
from stance.extract.doc import TRIM_CHARS, WORD, Doc, Found, State, Statement, char_before, skip_chars, trim_end
from stance.extract.rules import Rules, default_rules
from stance.extract.speakers import SpeakerResolver
from stance.lexicon import Lexicon, default_lexicon

_NAME_PADDING = ' "«»“”'  # spaces and quotation marks around a name («وأدلى "يون" بهذه …»)


class Extractor:
    """Finds statements in an article and attributes them to actors."""

    def __init__(self, lexicon: Lexicon | None = None, rules: Rules | None = None):
        self.lexicon = lexicon or default_lexicon()
        self.rules = rules or default_rules()
        self.speakers = SpeakerResolver(self.lexicon, self.rules)
        parts = Parts(self.lexicon, self.rules, self.speakers)
        self.paragraph_components = paragraph_components(parts, self.rules.pipeline["paragraph"])
        self.sentence_components = sentence_components(parts, self.rules.pipeline["sentence"])
        # a title glued to the full stop before it («… العسكرية.لافروف: …») is read as a title line
        self.glued_titles = next((c for c in self.paragraph_components if hasattr(c, "glued_title")), None)

    def last_cue(self, normalized_text: str) -> str:
        """The last reporting cue (verb or phrase, as the extractor reads it) in already normalized text, or ''.
        What a model reads beside a gold span (:func:`stance.features.cue_before`)."""
        found = None
        for found in self.rules.cue_re.finditer(normalized_text):
            pass
        return found.group(1) if found else ""

    def _unclosed_quote_end(self, doc: Doc, quote: tuple[int, int]) -> tuple[int, int]:
        """A quotation left open to the end of its paragraph («وقال يون: “… الناس، مضيفا أن …») ends before a
        comma or full stop followed by one of 'unclosed_quote_stops' (a participle or «وأضاف» of the speaker):
        what follows is reported speech again, not the words quoted."""
        N = doc.text
        o, c = quote
        if N[c] in self.rules.quote_chars:
            return quote
        m = self.rules.unclosed_quote_stop_re.search(N, o + 1, c + 1)
        if m is None:
            return quote
        return (o, m.start())

    def extract(self, text: str, date: Date | str | None = None) -> list[Statement]:
        """Statements of ``text``; ``date`` (the article's date) decides who holds a role mentioned
        without a name; without it a dateline in the text is used, if any."""
        doc = Doc.read(text, self.lexicon, wraps=self.rules.line_wraps, spelled=self.rules.spelled_names)
        doc.date = article_date(date, doc.nt.text, normalized=True)  # the text is normalized once, in Doc.read
        if self.rules.unclosed_quote_stop_re is not None:
            doc.quotes = [self._unclosed_quote_end(doc, q) for q in doc.quotes]
        doc.report_quotes = {q for q in doc.quotes if self._is_report_quote(doc, q)}
        state = State()
        found: list[Found] = []
        unclaimed = None  # the last sentence of the previous paragraph, when that paragraph gave nothing
        for p_start, p_end in doc.paragraphs():
            if self._link_line(doc, p_start, p_end):
                continue  # «طالع أيضا: السويد تعلن …»: the title of another article, not this one's words
            para_found: list[Found] = []
            for component in self.paragraph_components:
                para_found = component(doc, p_start, p_end, state)
                if para_found:
                    break
            covered_until = para_found[-1][1] if para_found else p_start
            if not para_found and doc.text.find(":", p_start, p_start + 26) >= 0 \
                    and self._interviewer_question(doc, p_start, p_end):
                covered_until = p_end  # «س: البعض يقول إن …؟»: the interviewer's question reports no statement
            previous = None  # the last sentence of the paragraph, when it gave no statement
            for s_start, s_end in doc.sentences(p_start, p_end):
                if s_end <= covered_until:
                    continue
                s_start = max(s_start, covered_until)
                lead = doc.text[s_start:s_start + 40]
                delivered = self._delivered_back(doc, s_start, s_end, state) \
                    if self.rules.delivered_re is not None and self.rules.delivered_re.search(lead) else None
                if delivered is not None:
                    # «"…" . وأدلى يون بهذا التصريح في خطاب …»: the words before, left without a speaker
                    # (in this paragraph or alone in the one before), are his; he speaks on after it
                    earlier = previous if previous is not None else (
                        unclaimed if s_start == p_start or not doc.text[p_start:s_start].strip() else None)
                    if earlier is not None:
                        para_found.append((earlier[0], earlier[1], delivered, "", False))
                    state.remember(delivered)
                    previous = None
                    joined = self._joined_act(doc, s_start, s_end)
                    if joined is None:
                        continue
                    s_start = joined  # «وأدلى يون بهذه التصريحات خلال اجتماع …، وحث المسؤولين على …»: his next act
                back = self._back_reference(doc, s_start, s_end, state) \
                    if any(stem in lead for stem in self.rules.back_reference_stems) else None
                if back is not None:
                    # «لا أحد يستطيع أن ينكر أن … . صرح بذلك الزعيم كيم.»: the sentence before is his; after a
                    # sentence that already has its speaker, the back reference says nothing new
                    if previous is not None:
                        para_found.append((previous[0], previous[1], back, "", False))
                        state.remember(back)
                    previous = None
                    continue
                found_here = self._glued_title(doc, p_start, s_start, s_end, state) or \
                    self._sentence(doc, s_start, s_end, state)
                para_found += found_here
                previous = None if found_here else (s_start, s_end)
            unclaimed = previous if not para_found else None
            if para_found or not doc.text[p_start:p_end].rstrip().endswith(":"):
                state.announced = None  # an announcement («قائلا:») holds only for the next paragraph
            state.previous_paragraph_had_statement = bool(para_found)
            found += para_found
        return self._statements(doc, found)

    def _glued_title(self, doc: Doc, p_start: int, s_start: int, s_end: int, state: State) -> list[Found]:
        """A sentence right after a full stop with no space between («… العسكرية.لافروف من الأمم المتحدة: …»):
        the title of a linked article that lost its line break, read by the headline component."""
        N = doc.text
        if self.glued_titles is None or s_start <= p_start or N[s_start - 1] != "." or not N[s_start].isalpha():
            return []
        return self.glued_titles.glued_title(doc, s_start, s_end, state)

    def _back_reference(self, doc: Doc, s_start: int, s_end: int, state: State):
        """«صرح بذلك الزعيم الكوري الشمالي كيم جونغ أون.», «أعلن ذلك جون كيربي للصحفيين.»: a short sentence of
        a speech verb, «(ب)ذلك» and a person named (nothing but a few adverbials after) refers back to the
        sentence before it; returns the speaker, or None."""
        N = doc.text
        head = WORD.findall(N, s_start, min(s_end, s_start + 40))[:2]
        if len(head) < 2 or head[1] not in self.rules.sentence_back_references:
            return None  # cheap test first: the second word is «بذلك»/«ذلك»
        pos = s_start
        while pos < s_end and N[pos] in " \t\n":
            pos += 1
        m = self.rules.cue_re.match(N, pos)
        if not m:
            return None
        rest = WORD.findall(N, m.end(), s_end)
        if len(rest) > 12 or not rest or rest[0] not in self.rules.sentence_back_references:
            return None
        ref_end = N.find(rest[0], m.end(), s_end) + len(rest[0])
        while ref_end < s_end and N[ref_end] == " ":
            ref_end += 1
        group = self.speakers.mention_group(doc, ref_end, s_end)
        if not group or len(WORD.findall(N, group[-1].end, s_end)) > 6:
            return None
        return self.speakers.resolve_group(doc, group, state)

    def _delivered_back(self, doc: Doc, s_start: int, s_end: int, state: State):
        """«وأدلى يون بهذا التصريح خلال …», «وأدلى "يون" بهذه التصريحات أمس»: a verb of delivering, a
        person named, and a demonstrative object that points back to words already quoted; returns the
        speaker, or None."""
        N = doc.text
        m = WORD.search(N, s_start, s_end)
        if m is None:
            return None
        verb = m.group()
        if verb[:1] in self.rules.conjunctions and verb[1:] in self.rules.delivered_verbs:
            verb = verb[1:]
        if verb not in self.rules.delivered_verbs:
            return None
        group = self.speakers.mention_group(doc, skip_chars(N, m.end(), s_end, _NAME_PADDING), s_end)
        if not group:
            return None
        after = skip_chars(N, group[-1].end, s_end, _NAME_PADDING)
        if not any(N.startswith(obj, after) for obj in self.rules.delivered_objects):
            return None
        return self.speakers.resolve_group(doc, group, state)

    def _joined_act(self, doc: Doc, s_start: int, s_end: int) -> int | None:
        """Where a second act joined by «، و» + a speech verb starts in the sentence ``[s_start, s_end)``, or None."""
        N = doc.text
        conjunctions = self.rules.conjunctions
        pos = N.find(",", s_start, s_end)
        while pos >= 0:
            m = WORD.search(N, pos, s_end)
            if m is None:
                return None
            word = m.group()
            if not doc.in_quote(m.start()) and word[:1] in conjunctions and word[1:] in self.rules.cue_forms \
                    and not N[pos + 1:m.start()].strip():
                return m.start()
            pos = N.find(",", pos + 1, s_end)
        return None

    def _link_line(self, doc: Doc, p_start: int, p_end: int) -> bool:
        """A line that opens with a «see also» label and a colon («اقرأ أيضا: …»)."""
        N = doc.text
        first = p_start
        if N[first] not in self.rules.link_label_starts:
            if N[first] not in " \t":
                return False  # cheap test first
            while first < p_end and N[first] in " \t":
                first += 1
            if N[first:first + 1] not in self.rules.link_label_starts:
                return False
        colon = N.find(":", first, min(p_end, first + 30))
        return colon > 0 and N[first:colon].strip() in self.rules.link_labels

    def _interviewer_question(self, doc: Doc, p_start: int, p_end: int) -> bool:
        """A paragraph that opens with a question marker («س: …», whatever ends it: «…» or «؟») or with a short
        label naming nobody and a colon that asks a question in the article («المذيعة:»)."""
        N = doc.text
        colon = N.find(":", p_start, min(p_end, p_start + 26))
        if colon < 0:
            return False
        first = p_start
        while first < colon and N[first].isspace():
            first += 1
        if any(N.startswith(m, first) for m in self.rules.question_markers if m[0].isalpha()):
            return True
        label = N[first:colon].strip()
        if not label or len(WORD.findall(label)) > 2 or doc.mentions_between(first, colon):
            return False
        if N[p_start:p_end].rstrip().endswith(("؟", "?")):
            return True
        if doc.question_labels is None:  # labels that open a question line, found once per article
            doc.question_labels = {q.strip().split(":", 1)[0].strip() for q in N.split("\n")
                                   if ":" in q and q.rstrip().endswith(("؟", "?"))}
        return label in doc.question_labels

    def _sentence(self, doc: Doc, s_start: int, s_end: int, state: State) -> list[Found]:
        sentence = Sentence(s_start, s_end, find_cues(doc, self.rules, s_start, s_end))
        state.previous_found = state.sentence_found
        state.sentence_start, state.sentence_found = s_start, sentence.found
        for component in self.sentence_components:
            component(doc, sentence, state)
        return sentence.found

    def _statements(self, doc: Doc, found: list[Found]) -> list[Statement]:
        out = []
        seen = set()
        text = doc.nt.original
        text_end = len(text.rstrip())  # where the words of the text stop (_clipped_fragment)
        for n_start, n_end, speaker, cue, direct in found:
            span = self._trim(doc, n_start, n_end)
            if span is None:
                continue
            o_start, o_end = doc.nt.span_to_original(*span)
            if (o_start, o_end) in seen or self._clipped_fragment(text, o_start, o_end, text_end):
                continue  # «… واعتبر نت» (the page cut off mid-word): a piece of a word, nothing said
            seen.add((o_start, o_end))
            out.append(Statement(speaker.actor, speaker.mention, cue, direct, o_start, o_end, text[o_start:o_end]))
        return out

    def _clipped_fragment(self, text: str, start: int, end: int, text_end: int) -> bool:
        """The words are one piece of at most 'clipped_fragment_letters' letters right after the verb's last word
        (no colon or quote between) at the very end of a text that stops on a letter: an excerpt cut off in the
        middle of a word («واعتبر نت»), not a short answer («وأضاف: لا»). ``text_end``: ``len(text.rstrip())``,
        found once per article; no statement copies the text."""
        if end < text_end:
            return False  # words follow it
        piece = text[start:end].strip()
        return text[text_end - 1:text_end].isalpha() and " " not in piece \
            and len(piece) <= self.rules.clipped_fragment_letters and char_before(text, start).isalpha()

    def _is_report_quote(self, doc: Doc, q: tuple[int, int]) -> bool:
        """«“دعا كيم …”، حسبما ذكرت الوكالة»: an outlet's report, whose speech verbs are statements; also
        «وذكرت الوكالة أن "الزعيم كيم جونغ أون أكد أن …"»: an outlet named just before a quotation that opens
        with a speech verb and a person (in either order) relays that person's words."""
        N = doc.text
        after = N[q[1] + 1:q[1] + 40].lstrip(' ,')
        if any(after.startswith(w) for w in self.rules.report_after):
            return True
        if self.rules.outlet_head_re.search(N, max(0, q[0] - 70), q[0]):  # cheap test first: an outlet just before
            if not self._outlet_says(WORD.findall(N, max(0, q[0] - 70), q[0])):
                return False  # the outlet is the subject of a verb of saying («وذكرت الوكالة»), not «لوكالة …»
        elif self.rules.relaying_office_re is not None and self.rules.relaying_office_re.search(N, max(0, q[0] - 70), q[0]):
            # «وقال مكتب الرئيس في بيان: "أعرب الزعيمان عن …"»: a person's office relays his acts as an outlet does
            # (ANNOTATION.md, Offices and outlets)
            if not self._outlet_says(WORD.findall(N, max(0, q[0] - 70), q[0]), self.rules.relaying_offices):
                return False
        elif not self._outlet_goes_on(doc, q):
            return False
        head_end = min(q[1], q[0] + 70)
        opening = WORD.findall(N, q[0] + 1, head_end)[:2]
        if len(opening) == 2 and is_cue_word(self.rules, opening[0]) and (
                opening[1] in self.rules.titles or opening[1] in self.rules.joint_words):
            return True  # «"قال الزعيم إن …"», «"أعرب الزعيمان عن …"»: a verb of saying and a bare title (or the
            # two leaders together) open the quotation
        named_before = [m for m in doc.mentions_between(max(0, q[0] - 40), q[0]) if m.kind in ("name", "role", "surname")]
        if named_before and not N[named_before[-1].end:q[0]].strip() and opening and is_cue_word(self.rules, opening[0]):
            return True  # «وقالت الوكالة إن كيم "أعرب عن …"»: the person named right before a quotation that opens
            # with his verb of saying
        people = [m for m in doc.mentions_between(q[0] + 1, head_end) if m.kind in ("name", "role", "surname")]
        if not people:
            return False
        first = people[0]
        ahead = WORD.findall(N, q[0] + 1, first.start)
        behind = WORD.findall(N, people[-1].end, head_end)[:1]
        # «"الزعيم كيم جونغ أون أكد …"» or «"شدد الرفيق كيم جونغ أون …"»: the verb right next to the person;
        # «"الزعيم الأعلى (كيم) قال إن …"»: a title and one definite adjective may stand before him
        titled = len(ahead) == 2 and ahead[0] in self.rules.titles and ahead[1].startswith(self.rules.definite_article)
        return (len(ahead) <= 2 and any(is_cue_word(self.rules, w) for w in ahead)) or (
            (len(ahead) <= 1 or titled) and bool(behind) and is_cue_word(self.rules, behind[0]))

    def _outlet_goes_on(self, doc: Doc, q: tuple[int, int]) -> bool:
        """«وأضافت: "…"» or «وتابعت أن "…"»: a feminine verb of saying with no subject right before the quotation
        (a colon or a complementizer between), in a paragraph whose earlier sentence has an outlet as the subject
        of a verb of saying («ذكرت الوكالة أن …»): the outlet goes on reporting."""
        N = doc.text
        rules = self.rules
        p_start = N.rfind("\n", 0, q[0]) + 1
        before = WORD.findall(N, max(p_start, q[0] - 25), q[0])
        if before and before[-1] in rules.complementizers:
            before = before[:-1]
        if len(before) < 1 or not is_cue_word(rules, before[-1]) or not before[-1].endswith(rules.feminine_verb_suffix):
            return False
        return self._outlet_says(WORD.findall(N, p_start, q[0])[:-len(before)])

    def _outlet_says(self, before: list[str], heads=None) -> bool:
        """An outlet («الوكالة», «الصحيفة»; or one of ``heads``) among ``before`` right after a verb of saying: its
        subject («وذكرت الوكالة»), not an outlet the words were given to («لوكالة …»)."""
        heads = self.rules.outlet_heads if heads is None else heads
        return any(w in heads and i > 0 and is_cue_word(self.rules, before[i - 1])
                   for i, w in enumerate(before))

    def _trim(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        N = doc.text
        while start < end and N[start] in TRIM_CHARS:
            start += 1
        end = trim_end(N, start, end)
        while True:  # «أشاد كيم ببوتين، فيما حذر …»: the connector before the next speaker is not content
            m = self.rules.trailing_connector_re.search(N[start:end])
            if not m or m.start(1) == 0:
                break
            end = trim_end(N, start, start + m.start(1))
        # A span that is exactly one quotation is the words inside it.
        q = doc.quote_at(start)
        if q and q[0] == start and q[1] == end - 1:
            start, end = q[0] + 1, q[1]
            while start < end and N[start] in TRIM_CHARS:
                start += 1
            end = trim_end(N, start, end)
        if end - start < 2 or not WORD.search(N, start, end):
            return None
        return start, end


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    return Extractor()


def extract_statements(text: str, lexicon: Lexicon | None = None, date: Date | str | None = None) -> list[Statement]:
    """Statements in ``text``, with speakers resolved against ``lexicon`` (default: the shipped one)."""
    extractor = default_extractor() if lexicon is None else Extractor(lexicon)
    return extractor.extract(text, date=date)
