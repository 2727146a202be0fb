"""Nominal report: «وفي تصريحات للمتحدث باسم الكرملين لوكالة "إنترفاكس": "…"» — no speech verb, a noun
of speech (تصريحات، حديث، مقابلة) with the speaker in a genitive (or a pronoun for the previous speaker:
«وفي حديث له …»), then a colon or «، فإن» and the words: quoted, or, when the sentence opens with one of
'nominal_report_openers' (after a dateline, if any), unquoted up to the next speech verb."""

from __future__ import annotations

import re

from stance.extract.components import LeadingStatement, Sentence
from stance.extract.doc import Doc, Found, Speaker, State, skip_space, tokens, words
from stance.extract.speakers import glued


class NominalReport(LeadingStatement):

    def find(self, doc: Doc, sentence: Sentence, state: State) -> Found | None:
        N = doc.text
        s_start, s_end = sentence.start, sentence.end
        head_end = min(s_end, s_start + 80)
        if not self.rules.speech_noun_re.search(N, s_start, head_end) \
                or not any(w in self.rules.speech_nouns for w in words(N, s_start, head_end)[:4]):
            return None  # cheap tests first: a noun of speech opens the sentence
        colon, opener_end = self.opener(doc, sentence)
        if colon < 0 or doc.in_quote(colon) or any(c.start < colon for c in sentence.cues):
            return None
        head = words(N, s_start, colon)
        if len(head) > 14 or not any(w in self.rules.speech_nouns for w in head[:4]):
            return None
        speaker = self.speaker(doc, s_start, colon, head, state)
        if speaker is None:
            return None
        q = doc.inner_quote_at(skip_space(N, opener_end))
        if q is not None and q[0] == skip_space(N, opener_end):
            return (q[0] + 1, q[1], speaker, "", True)
        # «… لوكالة تاس: روسيا لن …», «… للصحفيين، فإن روسيا …»: no quotation; a sentence that opens with «وفي
        # تصريح …» carries the words up to the next speech verb.
        opening = head[self.dateline_words(N, s_start, colon):][:1]
        if not opening or opening[0] not in self.rules.nominal_report_openers:
            return None
        c_start = skip_space(N, opener_end)
        c_end = next((c.start for c in sentence.cues if c.start > c_start), s_end)
        if len(words(N, c_start, c_end)) < 3:
            return None
        return (c_start, c_end, speaker, "", False)

    def speaker(self, doc: Doc, s_start: int, colon: int, head: list[str], state: State) -> Speaker | None:
        """Who speaks, from the words before the opener (``head``): the people named there, else a pronoun («له»)
        for the previous speaker; None when neither."""
        N = doc.text
        mentions = [m for m in doc.mentions_between(s_start, colon) if m.kind in ("name", "role", "not_actor", "surname")]
        genitive = self.genitive_mentions(doc, s_start, colon)
        if genitive and (not mentions or genitive[0].start < mentions[0].start):
            # «في تصريح للمتحدث باسم الكرملين عن لقاء بوتين …»: the speaker behind the genitive comes first
            mentions = [*genitive, *[m for m in mentions if m.start >= genitive[-1].end]]
        if mentions:
            named = [m for m in mentions if m.kind != "role"]
            if named and mentions[0].kind == "role" and named[0].start > mentions[0].end \
                    and not N[mentions[0].end:named[0].start].strip(" ,"):
                mentions = named  # «للمتحدث باسم الكرملين، دميتري بيسكوف، …»: the name in apposition decides
            return self.speakers.resolve_group(doc, glued(N, mentions), state)
        pronoun = next((self.rules.pronoun_sources[w] for w in head[:5] if w in self.rules.pronoun_sources), None)
        if pronoun is None or state.last_speaker is None:
            return None
        # «وفي حديث له مع وكالة تاس: …»: the pronoun is the previous speaker (a woman is not a tracked man)
        return self.speakers.as_feminine(state.last_speaker) if pronoun == "f" else state.last_speaker

    def dateline_words(self, N: str, start: int, end: int) -> int:
        """How many words a dateline takes at the start of the sentence («موسكو – وفي تصريح …»): up to three words
        before a dash, else 0."""
        dash = max(N.find(" – ", start, min(end, start + 40)), N.find(" - ", start, min(end, start + 40)))
        taken = len(words(N, start, dash)) if dash >= 0 else 0
        return taken if taken <= 3 else 0

    def opener(self, doc: Doc, sentence: Sentence) -> tuple[int, int]:
        """Where the speaker part ends and the words begin: a colon, or «، فإن» («وفي تصريحات للمتحدث …،
        للصحفيين، فإن روسيا …»); (-1, -1) when neither is there."""
        N = doc.text
        s_start, s_end = sentence.start, sentence.end
        colon = N.find(":", s_start, s_end)
        for t_start, t_end, word in tokens(N, s_start, colon if colon >= 0 else s_end):
            if word in self.rules.fa_inna and N[s_start:t_start].rstrip().endswith(","):
                return t_start, t_end
        return colon, colon + 1

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
