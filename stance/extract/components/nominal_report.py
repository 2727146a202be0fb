"""Nominal report: «وفي تصريحات للمتحدث باسم الكرملين لوكالة "إنترفاكس": "…"» — no speech verb, a noun
of speech (تصريحات، حديث، مقابلة) with the speaker in a genitive, then a colon and the quoted words."""

from __future__ import annotations

import re

from stance.extract.components import LeadingStatement, Sentence
from stance.extract.doc import Doc, Found, State, skip_space, words
from stance.extract.speakers import glued


class NominalReport(LeadingStatement):

    def find(self, doc: Doc, sentence: Sentence, state: State) -> Found | None:
        N = doc.text
        s_start, s_end = sentence.start, sentence.end
        colon = N.find(":", s_start, s_end)
        if colon < 0 or doc.in_quote(colon) or any(c.start < colon for c in sentence.cues):
            return None
        head = words(N, s_start, colon)
        if len(head) > 14 or not any(w in self.rules.speech_nouns for w in head[:4]):
            return None
        q = doc.inner_quote_at(skip_space(N, colon + 1))
        if q is None or q[0] != skip_space(N, colon + 1):
            return None
        mentions = [m for m in doc.mentions_between(s_start, colon) if m.kind in ("name", "role", "not_actor", "surname")]
        if not mentions:
            mentions = self.genitive_mentions(doc, s_start, colon)
        if not mentions:
            return None
        speaker = self.speakers.resolve_group(doc, glued(N, mentions), state)
        return (q[0] + 1, q[1], speaker, "", True)

    def genitive_mentions(self, doc: Doc, start: int, end: int):
        """Mentions behind the genitive ل that swallows the article's alif («للمتحدث باسم الكرملين»): read
        «لل» as «ال» (same length, so offsets hold)."""
        N = doc.text
        article = self.rules.definite_article
        genitive = self.rules.glued_preposition + article[-1]  # «لل»: ل + the article without its alif
        fixed = re.sub(r"(?<!\w)" + re.escape(genitive) + r"(?=\w)", article, N[start:end])
        if fixed == N[start:end]:
            return []
        found = doc.lexicon.find(N[:start] + fixed + N[end:], start, end)
        return [m for m in found if m.kind in ("name", "role", "not_actor", "surname")]
