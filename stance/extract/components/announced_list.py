"""Announced list: «وأضاف بيسكوف في تصريحات صحفية:» then one bulleted line per point («- …»).

A paragraph that ends with a colon after a named speaker announces his words on the next line
(``State.announced``); when those lines are list items (a bullet or a dash opening each), every
item is a statement of that speaker, until a line that is not an item.
"""

from __future__ import annotations

from stance.extract.components import Parts
from stance.extract.doc import Doc, Found, State, skip_space, words


class AnnouncedList:
    def __init__(self, parts: Parts):
        self.rules = parts.rules

    def __call__(self, doc: Doc, p_start: int, p_end: int, state: State) -> list[Found]:
        speaker = state.announced or state.list_speaker
        if speaker is None:
            return []
        N = doc.text
        first = skip_space(N, p_start)
        bullet = next((b for b in self.rules.list_bullets if N.startswith(b, first)), None)
        if bullet is None:
            state.list_speaker = None
            return []
        c_start = skip_space(N, first + len(bullet))
        if len(words(N, c_start, p_end)) < 3:
            state.list_speaker = None
            return []
        state.list_speaker = speaker
        state.remember(speaker)
        q = doc.quote_at(c_start)
        if q and q[0] == c_start and N[q[1] + 1:p_end].strip(' .،,') == "":
            return [(q[0] + 1, q[1], speaker, "", True)]
        return [(c_start, p_end, speaker, "", False)]
