"""Headline: «كيربي: نشعر بالقلق …» — a name, a colon, the words."""

from __future__ import annotations

from stance.extract.components import Parts
from stance.extract.doc import Doc, Found, State, skip_space, trim_end


class Headline:
    def __init__(self, parts: Parts):
        self.speakers = parts.speakers

    def __call__(self, doc: Doc, p_start: int, p_end: int, state: State) -> list[Found]:
        N = doc.text
        colon = N.find(":", p_start, p_end)
        if colon <= p_start or colon - p_start > 60:
            return []
        group = self.speakers.mention_group(doc, skip_space(N, p_start), colon)
        if not group or N[group[-1].end:colon].strip(' "'):
            return []
        speaker = self.speakers.resolve_group(doc, group, state)
        c_start = colon + 1
        q = doc.quote_at(skip_space(N, c_start))
        state.remember(speaker)
        if q and trim_end(N, q[0], p_end) <= q[1] + 1:
            return [(q[0] + 1, q[1], speaker, ":", True)]
        return [(c_start, p_end, speaker, ":", False)]
