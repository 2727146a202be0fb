"""Relayed speech: «ونقلت الوكالة عن الزعيم كيم جونغ أون قوله إن …» — the speaker sits between عن and قوله."""

from __future__ import annotations

from stance.extract.components import Parts
from stance.extract.doc import Cue, Doc, State, next_token, skip_chars, tokens, trim_end


class Relayed:
    def __init__(self, parts: Parts):
        self.speakers = parts.speakers
        self.rules = parts.rules

    def content(self, doc: Doc, cue: Cue, limit: int, state: State):
        N = doc.text
        toks = list(tokens(N, cue.end, limit))
        about = next((w for w in toks if w[2] == self.rules.relay_preposition), None)
        if about is None:
            return None
        relay = next((w for w in toks if w[0] > about[1] and w[2] in self.rules.relay_words), None)
        if relay is None:
            return None
        speaker = self.speakers.speaker_from_region(doc, cue, about[1], relay[0], state)
        start = relay[1]
        nxt = next_token(N, start, limit)
        if nxt and nxt[2] in self.rules.complementizers and not N[start:nxt[0]].strip(" ,:"):
            start = nxt[1]
        start = skip_chars(N, start, limit, " :,")
        q = doc.inner_quote_at(start)
        if q and q[0] == start and trim_end(N, start, limit) <= q[1] + 1:
            return speaker, q[0] + 1, q[1], True
        return speaker, start, limit, False
