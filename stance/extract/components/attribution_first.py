"""Attribution first: «وبحسب بيسكوف، فإن موسكو …» / «ووفقا للسيد بوتين، فإن …» — speaker, comma, content."""

from __future__ import annotations

from stance.extract.components import LeadingStatement, Sentence
from stance.extract.doc import Doc, Found, Speaker, State, next_token, skip_space, words
from stance.extract.speakers import OTHER, glued


class AttributionFirst(LeadingStatement):

    def find(self, doc: Doc, sentence: Sentence, state: State) -> Found | None:
        N = doc.text
        s_start, s_end, cues = sentence.start, sentence.end, sentence.cues
        m = self.rules.attribution_first_re.match(N, s_start, s_end)
        if not m:
            return None
        comma = N.find(",", m.end(), s_end)
        if comma < 0 or len(words(N, m.end(), comma)) > 8 or any(m.end() <= c.start < comma for c in cues):
            return None
        region_start = m.end()
        region = words(N, region_start, comma)
        if region and region[0] in self.rules.outlet_heads:
            return None  # «وبحسب وكالة رويترز، فإن …»: a source for a fact, not a statement
        mentions = doc.mentions_between(max(s_start, region_start - 1), comma)  # «وفقا لكيربي»: the ل is the name's prefix
        if not mentions and len(region) == 1:
            mentions = self.surname_behind_preposition(doc, region_start, comma)
        if not any(m.kind in ("name", "not_actor", "surname") for m in mentions):
            apposed, second = self.apposed_name(doc, sentence, comma)
            if apposed:
                mentions, comma = apposed, second
        pronoun = self.rules.pronoun_sources.get(region[0]) if len(region) == 1 and not mentions else None
        if pronoun is not None:
            # «ووفقا له، فإن …», «وبحسب قولها، …»: the previous speaker (a woman is not a tracked man)
            speaker = state.last_speaker or Speaker(OTHER, "")
            if pronoun == "f":
                speaker = self.speakers.as_feminine(speaker)
        elif mentions and self.speakers.possessed(doc, region_start, mentions[0], glued=True):
            # «ووفقا لمساعد بيسكوف، فإن …»: the name owns the source's title; the source is someone else
            speaker = Speaker(OTHER, doc.original_span(region_start, comma).strip())
        elif mentions:
            speaker = self.speakers.resolve_group(doc, glued(N, mentions), state)
        else:
            cleaned = self.speakers.clean_region(doc, region_start, comma)
            if not cleaned:
                return None
            speaker = (self.speakers.back_reference(doc, cleaned[0], cleaned[1], state)
                       or Speaker(OTHER, doc.original_span(*cleaned)))
        c_start = skip_space(N, comma + 1)
        opener = next_token(N, c_start, s_end)
        verb_at = skip_space(N, opener[1]) if opener and opener[2] in self.rules.verb_particles else c_start
        if any(c.start in (c_start, verb_at) for c in cues):
            # «ووفقا لتصريحات نقلتها وكالة يونهاب، قال يون: …», «ووفقا لتصريحات كيربي، فقد أكد بايدن …»: a
            # speech verb with its own subject follows; the opener only sources it.
            return None
        nxt = next_token(N, c_start, s_end)
        second = N.find(",", c_start, s_end)
        if nxt and nxt[2] in self.rules.apposition_heads and 0 < second and len(words(N, c_start, second)) <= 7:
            c_start = skip_space(N, second + 1)  # «سيرجي ماركوف، أستاذ العلوم السياسية، يرجح …»
            nxt = next_token(N, c_start, s_end)
        if nxt and nxt[2] in self.rules.fa_inna and not N[c_start:nxt[0]].strip():
            c_start = nxt[1]
        c_end = next((c.start for c in cues if c.start > c_start), s_end)
        if not words(N, c_start, c_end):
            return None
        return (c_start, c_end, speaker, "", False)

    def surname_behind_preposition(self, doc: Doc, region_start: int, comma: int) -> list:
        """«ووفقا لكيم، فإن …»: a bare surname takes no ل of its own in the lexicon; read the ل as a space. The
        surname mentions so found, else []."""
        N = doc.text
        at = skip_space(N, region_start)
        at = at if N[at:at + 1] == self.rules.glued_preposition else at - 1
        if N[at:at + 1] != self.rules.glued_preposition:
            return []
        fixed = N[:at] + " " + N[at + 1:]
        return [m for m in doc.lexicon.find(fixed, at, comma) if m.kind == "surname"]

    def apposed_name(self, doc: Doc, sentence: Sentence, comma: int) -> tuple[list, int]:
        """«ووفقا للمتحدث باسم الكرملين، دميتري بيسكوف، فإن …»: a name standing alone between ``comma`` and the next
        comma decides who speaks, and the words follow that second comma. ``(name mentions, second comma)``, or
        ``([], -1)``."""
        N = doc.text
        second = N.find(",", comma + 1, sentence.end)
        apposed = [m for m in doc.mentions_between(comma + 1, second) if m.kind in ("name", "not_actor")] if second > 0 else []
        if apposed and not N[comma + 1:apposed[0].start].strip() and not N[apposed[-1].end:second].strip() \
                and not any(comma < c.start < second for c in sentence.cues):
            return apposed, second
        return [], -1
