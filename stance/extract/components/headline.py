"""Headline: «كيربي: نشعر بالقلق …» — a name, a colon, the words."""

from __future__ import annotations

from stance.extract.components import Parts
from stance.extract.doc import Doc, Found, State, skip_space, trim_end, words


class Headline:
    def __init__(self, parts: Parts):
        self.speakers = parts.speakers

    def __call__(self, doc: Doc, p_start: int, p_end: int, state: State) -> list[Found]:
        found = self.name_colon(doc, p_start, p_end, state) or self.trailing_name(doc, p_start, p_end, state)
        if found:
            # A headline repeated as a teaser line is the same statement once.
            key = doc.text[found[0][0]:found[0][1]].strip()
            if key in state.headlines:
                return []
            state.headlines.add(key)
        return found

    def trailing_name(self, doc: Doc, p_start: int, p_end: int, state: State) -> list[Found]:
        """«المزاعم عن غزو روسي ليست سوى استفزاز - بيسكوف»: a title line that ends with a dash and the speaker."""
        N = doc.text
        if p_end - p_start > 220:
            return []  # a title line is short
        line = N[p_start:p_end].rstrip()
        dash = max(line.rfind(" - "), line.rfind(" – "), line.rfind(" — "))
        if dash <= 0 or "." in line[:dash] or len(words(N, p_start, p_end)) > 25:
            return []
        name_start = skip_space(N, p_start + dash + 3)
        group = self.speakers.mention_group(doc, name_start, p_start + len(line))
        if not group or N[group[-1].end:p_start + len(line)].strip(' ".'):
            return []
        speaker = self.speakers.resolve_group(doc, group, state)
        state.remember(speaker)
        return [(p_start, p_start + dash, speaker, "-", False)]

    def name_colon(self, doc: Doc, p_start: int, p_end: int, state: State) -> list[Found]:
        N = doc.text
        colon = N.find(":", p_start, p_end)
        if colon <= p_start or colon - p_start > 60:
            return []
        group = self.speakers.mention_group(doc, skip_space(N, p_start), colon)
        if not group or N[group[-1].end:colon].strip(' "'):
            if N[:p_start].strip():
                return []  # only the title line: a subheading «واشنطن: "…"» repeats words reported in the body
            institution = self.speakers.institution_speaker(doc, skip_space(N, p_start), colon)
            if institution is None or N[institution[1]:colon].strip(' "') or len(words(N, colon + 1, p_end)) < 3:
                return []
            # «البنتاغون: …», «كوريا الجنوبية: …»: a body or a country speaks in the title; not a tracked person.
            speaker = institution[0]
            return self.content(doc, colon, p_end, speaker, state)
        speaker = self.speakers.resolve_group(doc, group, state)
        return self.content(doc, colon, p_end, speaker, state)

    @staticmethod
    def content(doc: Doc, colon: int, p_end: int, speaker, state: State) -> list[Found]:
        N = doc.text
        c_start = colon + 1
        q = doc.quote_at(skip_space(N, c_start))
        state.remember(speaker)
        if q and trim_end(N, q[0], p_end) <= q[1] + 1:
            return [(q[0] + 1, q[1], speaker, ":", True)]
        return [(c_start, p_end, speaker, ":", False)]
