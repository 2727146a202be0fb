"""Quote first inside a paragraph: «… . "…"، قال بلينكن.» — a sentence that opens with a quotation and goes on
with a speech verb and a named speaker (or «بحسب X») is that speaker's. The paragraph component
``standalone_quote`` reads the same layout when it opens a paragraph; this one reads it after another sentence."""

from __future__ import annotations

from stance.extract.components import LeadingStatement, Parts, Sentence
from stance.extract.components.standalone_quote import StandaloneQuote
from stance.extract.doc import TRIM_CHARS, Doc, Found, State, skip_space, words


class QuoteFirst(LeadingStatement):
    def __init__(self, parts: Parts):
        super().__init__(parts)
        self.standalone = StandaloneQuote(parts)

    def find(self, doc: Doc, sentence: Sentence, state: State) -> Found | None:
        N = doc.text
        first = skip_space(N, sentence.start)
        if first >= sentence.end or N[first] not in self.standalone.quote_openers:
            return None  # cheap test first: the sentence opens with a quotation mark
        q = doc.quote_at(first)
        if not q or q[0] != first or q[1] >= sentence.end or doc.is_name_quote_at(first):
            return None
        speaker = self.standalone.attribution_after(doc, q[1] + 1, sentence.end, state) \
            or self.same_speaker_goes_on(doc, sentence, state, q)
        if speaker is None:
            return None
        return (q[0] + 1, q[1], speaker, "", True)

    def same_speaker_goes_on(self, doc: Doc, sentence: Sentence, state: State, q):
        """«وقال يون “…”. “آمل أن …”.»: a quotation of more than three words that makes the whole sentence, right
        after a sentence of the same paragraph that gave a statement, goes on with that statement's speaker."""
        N = doc.text
        if not state.previous_found or N[q[1] + 1:sentence.end].strip(TRIM_CHARS) or sentence.cues:
            return None
        last = state.previous_found[-1]
        if "\n" in N[last[1]:q[0]] or len(words(N, q[0] + 1, q[1])) <= 3:
            return None
        return last[2]
