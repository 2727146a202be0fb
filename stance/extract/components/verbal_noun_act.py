"""Verbal-noun act: «… غداة دعوة الزعيم كيم جونغ أون إلى زيادة ترسانة بلاده …», «بعد أقل من شهر على إعلان
الزعيم كيم أن بلاده …» — a background clause reports a named person's act with a verbal noun (speech.json
'verbal_noun_acts'): one of 'after' (غداة، بعد، عقب، على …), the noun, the person's name right after it, one of the
noun's markers right after the name (or a quotation), and the words up to the end of the sentence or the next
speech verb. Runs last, on a sentence where nothing else was found; the person does not become the last speaker,
since the article only recalls the act (a «وأضاف» after it keeps the speaker before)."""

from __future__ import annotations

from stance.extract.components import Parts, Sentence
from stance.extract.doc import QUOTE_CHARS, Doc, State, next_token, skip_space, tokens, trim_end, words
from stance.extract.speakers import glued


class VerbalNounAct:
    def __init__(self, parts: Parts):
        self.speakers = parts.speakers
        self.rules = parts.rules

    def __call__(self, doc: Doc, sentence: Sentence, state: State) -> None:
        rules = self.rules
        if sentence.found or not rules.verbal_noun_acts:
            return
        N = doc.text
        s_start, s_end = sentence.start, sentence.end
        previous = None
        for t_start, t_end, word in tokens(N, s_start, s_end):
            markers = rules.verbal_noun_acts.get(word)
            if markers is None or previous not in rules.verbal_noun_after or doc.in_quote(t_start):
                previous = word
                continue
            previous = word
            found = self.act(doc, sentence, t_end, markers, state)
            if found is not None:
                sentence.found.append(found)
                return

    def act(self, doc: Doc, sentence: Sentence, noun_end: int, markers: list[str], state: State):
        N = doc.text
        s_end = sentence.end
        people = [m for m in doc.mentions_between(noun_end, min(s_end, noun_end + 80))
                  if m.kind in ("name", "role", "not_actor", "surname")]
        if not people or any(w not in self.rules.titles for w in words(N, noun_end, people[0].start)):
            return None  # the person's name (a title may precede it) must follow the noun at once («دعوة الزعيم كيم …»)
        group = glued(N, people)
        pos = skip_space(N, group[-1].end)
        if pos >= s_end:
            return None
        if N[pos] in QUOTE_CHARS:
            c_start = pos  # «إعلان الزعيم كيم "الانتصار" على …»
        else:
            first = next_token(N, pos, s_end)
            if first is None or first[0] != pos:
                return None
            word = first[2]
            if word in markers:
                c_start = skip_space(N, first[1])
            elif self.rules.b_marker in markers and word.startswith(self.rules.b_marker) and len(word) > 2 \
                    and word not in self.rules.b_adverbs:
                c_start = pos + 1
            else:
                return None
        c_end = next((c.start for c in sentence.cues if c.start > c_start), s_end)
        c_end = trim_end(N, c_start, c_end)
        if len(words(N, c_start, c_end)) < 2:
            return None
        speaker = self.speakers.resolve_group(doc, group, state)
        return (c_start, c_end, speaker, "", False)
