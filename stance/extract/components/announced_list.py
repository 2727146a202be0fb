"""Announced list: «وأضاف بيسكوف في تصريحات صحفية:» then one line per point («- …», or plain lines).

A paragraph that ends with a colon after a named speaker announces his words on the next line
(``State.announced``); so does a short intro line such as «ومن أبرز ما قاله بيسكوف:» or «أبرز
تصريحات كيربي:» (one of 'list_intros' and a person named). When the lines after it are list items (a
bullet or a dash opening each), every item is a statement of that speaker, until a line that is not
an item. Plain lines with no bullet count as items too (wire copy often drops the bullets after the
first ones), but only while they look like points: one short line, no reporting verb of their own, no
label before a colon («المصدر: …»), not opening with one of 'list_stops' («يذكر أن …»).
"""

from __future__ import annotations

from stance.extract.components import Parts
from stance.extract.components.cues import find_cues
from stance.extract.doc import Doc, Found, State, skip_space, tokens, words

_PLAIN_ITEM_WORDS = 30  # a plain item is one point, not a paragraph of narrative
_INTRO_WORDS = 10
_SUBJECT_AFTER = 2  # the speaker of a sentence that closes on an intro opens it: at most a verb and a title before him


class AnnouncedList:
    def __init__(self, parts: Parts):
        self.rules = parts.rules
        self.speakers = parts.speakers

    def __call__(self, doc: Doc, p_start: int, p_end: int, state: State) -> list[Found]:
        N = doc.text
        if N[p_end - 1:p_end] == ":" and N.find(":", p_start, p_end - 1) < 0:
            intro = self.intro_speaker(doc, p_start, p_end - 1, state) or self.closing_intro(doc, p_start, p_end - 1, state)
            if intro is not None:
                state.announced = intro  # «ومن أبرز ما قاله بيسكوف اليوم:»: his points follow
                state.list_speaker = None
                state.remember(intro)
                return []
        speaker = state.announced or state.list_speaker
        if speaker is None:
            return []
        first = skip_space(N, p_start)
        bullet = next((b for b in self.rules.list_bullets if N.startswith(b, first)), None)
        if bullet is None:
            if not self.plain_item(doc, first, p_end):
                state.list_speaker = None
                return []
            c_start = first
        else:
            c_start = skip_space(N, first + len(bullet))
        if len(words(N, c_start, p_end)) < 3:
            state.list_speaker = None
            return []
        state.remember(speaker)
        q = doc.quote_at(c_start)
        # A quotation alone after «ومضى قائلا:» is his words, not the first point of a list.
        state.list_speaker = speaker if bullet is not None or q is None or state.list_speaker is not None else None
        if q and q[0] == c_start and N[q[1] + 1:p_end].strip(' .،,') == "":
            return [(q[0] + 1, q[1], speaker, "", True)]
        return [(c_start, p_end, speaker, "", False)]

    def intro_speaker(self, doc: Doc, start: int, colon: int, state: State):
        """The speaker of a short intro line closed by a colon: «ومن أبرز ما قاله بيسكوف:», «أبرز تصريحات
        كيربي اليوم:»; None for anything else."""
        N = doc.text
        region = words(N, start, colon)
        if not 2 <= len(region) <= _INTRO_WORDS or not any(w in self.rules.list_intros for w in region):
            return None
        people = [m for m in doc.mentions_between(start, colon) if m.kind in ("name", "role", "not_actor", "surname")]
        if not people:
            return None
        group = self.speakers.mention_group(doc, people[0].start, colon)
        if not group:
            return None
        tail = words(N, group[-1].end, colon)
        if len(tail) > 3 or any(m.start >= group[-1].end for m in people):
            return None  # a second person, or a clause after the name
        return self.speakers.resolve_group(doc, group, state)

    def closing_intro(self, doc: Doc, start: int, colon: int, state: State):
        """«استقبل الرئيس يون وفدا من الكونغرس، ومما قاله أمامهم:»: a sentence that ends on an intro of its own
        (one of 'list_intros' among its last words, nobody named after it) announces the points of the one person
        named before it; None when nobody or more than one person is named there."""
        N = doc.text
        toks = [t for t in tokens(N, start, colon)][-_INTRO_WORDS:]
        at = next((t[0] for t in toks if t[2] in self.rules.list_intros), None)
        if at is None or len(words(N, start, colon)) <= _INTRO_WORDS:
            return None  # a short intro line is intro_speaker's
        people = [m for m in doc.mentions_between(start, at) if m.kind in ("name", "role", "not_actor", "surname")]
        if not people or doc.mentions_between(at, colon):
            return None
        group = self.speakers.mention_group(doc, people[0].start, at)
        if not group or any(m.start >= group[-1].end for m in people):
            return None  # a second person: whose points they are is in doubt
        if len(words(N, start, group[0].start)) > _SUBJECT_AFTER:
            return None  # «استقبل رئيس الوزراء الياباني الزعيم كيم …»: a guest named as the object, not the host
        return self.speakers.resolve_group(doc, group, state)

    def plain_item(self, doc: Doc, start: int, end: int) -> bool:
        """A line without a bullet that still reads as one point of the announced list."""
        N = doc.text
        line_words = words(N, start, end)
        if not 3 <= len(line_words) <= _PLAIN_ITEM_WORDS or N[end - 1:end] == ":":
            return False
        if line_words[0] in self.rules.list_stops:
            return False
        colon = N.find(":", start, end)
        if colon >= 0 and len(words(N, start, colon)) <= 4:
            return False  # «المصدر: …», «اقرأ أيضا: …», «بيسكوف: …» (a headline of its own)
        return not find_cues(doc, self.rules, start, end)
