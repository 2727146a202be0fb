"""Document report: «وجاء في بيان صدر عن الإدارة الأمريكية: "…"», «وورد في تقرير الوكالة أن …» — the words of a
statement, report or letter, introduced by «جاء في/ورد في» and the document (speech.json 'document_report'). The
document has no person behind it in the text: the speaker is ``other``, with the document's phrase as its surface
(a tracked person's own words need his name beside a verb of saying). The words are the quotation after a colon,
or what follows the colon or the complementizer to the end of the sentence (a verb there is the document's
own wording, unless a person the lexicon knows is its subject)."""

from __future__ import annotations

from stance.extract.components import LeadingStatement, Sentence
from stance.extract.doc import Doc, Found, Speaker, State, skip_space, tokens, trim_end, words
from stance.extract.speakers import OTHER


class DocumentReport(LeadingStatement):

    def find(self, doc: Doc, sentence: Sentence, state: State) -> Found | None:
        rules = self.rules
        if rules.document_report_re is None:
            return None
        N = doc.text
        m = rules.document_report_re.match(N, sentence.start, sentence.end)
        if not m:
            return self.same_document(doc, sentence, state) or self.issued_document(doc, sentence, state)
        opening = self.opening(N, m.end(), sentence.end)
        if opening is None or any(m.end() <= c.start < opening[0] for c in sentence.cues):
            return None
        region_end, c_start = opening
        found = self.words(doc, sentence, c_start)
        if found is None:
            return None
        return (found[0], found[1], Speaker(OTHER, doc.original_span(m.start(1), region_end)), "", found[2])

    def same_document(self, doc: Doc, sentence: Sentence, state: State) -> Found | None:
        """«وجاء في ذات التصريحات أن …», «وورد في المقابلة نفسها: …»: the words come from the statements just
        reported ('document_report' 'same'); their speaker is the last one (``other`` when there is none)."""
        m = self.rules.same_document_re.match(doc.text, sentence.start, sentence.end) if self.rules.same_document_re else None
        if m is None:
            return None
        opening = self.opening(doc.text, m.end(), sentence.end)
        if opening is None or any(m.end() <= c.start < opening[0] for c in sentence.cues):
            return None
        found = self.words(doc, sentence, opening[1])
        if found is None:
            return None
        speaker = state.last_speaker or Speaker(OTHER, doc.original_span(m.start(), opening[0]).strip())
        return (found[0], found[1], speaker, "", found[2])

    def issued_document(self, doc: Doc, sentence: Sentence, state: State) -> Found | None:
        """«أصدر حزب الله بيانا جاء فيه: "…"», «نشر باسيل تغريدة على حسابه، جاء فيها: …»: a verb of issuing, its
        subject and a document noun ('document_report' 'issued_nouns'), then «جاء فيه» or «ورد فيها»: the words of
        the document are its issuer's (the person the lexicon knows there, else an institution or the words of at
        most 'issuer_words' after the verb, ``other``)."""
        rules = self.rules
        N = doc.text
        m = rules.issued_document_re.search(N, sentence.start, sentence.end) if rules.issued_document_re else None
        if m is None or any(c.start < m.start() for c in sentence.cues):
            return None  # a document named inside someone's words is theirs to report
        toks = list(tokens(N, sentence.start, m.start()))
        noun = next((i for i in range(len(toks) - 1, 0, -1) if toks[i][2] in rules.issued_nouns), None)
        opening = self.opening(N, m.end(), sentence.end)
        if noun is None or len(toks) - noun > rules.document_region_words or opening is None:
            return None
        found = self.words(doc, sentence, opening[1])
        if found is None:
            return None
        return (found[0], found[1], self.issuer(doc, toks[1][0], toks[noun][0], state), "", found[2])

    def issuer(self, doc: Doc, start: int, noun: int, state: State) -> Speaker:
        N = doc.text
        group = self.speakers.mention_group(doc, start, noun)
        if group and group[0].start == start and not N[group[-1].end:noun].strip():
            return self.speakers.resolve_group(doc, group, state)
        institution = self.speakers.institution_speaker(doc, start, noun)
        if institution is not None and not N[institution[1]:noun].strip():
            return institution[0]
        if 0 < len(words(N, start, noun)) <= self.rules.issuer_words and not doc.mentions_between(start, noun):
            return Speaker(OTHER, doc.original_span(start, trim_end(N, start, noun)))
        return Speaker(OTHER, doc.original_span(noun, trim_end(N, noun, noun + 40)))

    def words(self, doc: Doc, sentence: Sentence, c_start: int):
        """``(start, end, direct)`` of a document's words opening at ``c_start``, or None."""
        N = doc.text
        c_start = skip_space(N, c_start)
        q = doc.inner_quote_at(c_start)
        if q is not None and q[0] == c_start:
            c_start, c_end, direct = q[0] + 1, q[1], True
        else:
            verb = next((c.start for c in sentence.cues if c.start > c_start), None)
            if verb is not None and doc.mentions_between(c_start, verb):
                return None  # «وجاء في البيان أن الزعيم كيم أكد أن …»: a person's act, read by speaker_verb
            c_end, direct = trim_end(N, c_start, self.second_act(N, sentence, c_start)), False
        if len(words(N, c_start, c_end)) < 2:
            return None
        return c_start, c_end, direct

    @staticmethod
    def second_act(N: str, sentence: Sentence, c_start: int) -> int:
        """Where the document's unquoted words end: at a participle right after a comma («وجاء في بيان: هاجمت القوات
        …، مضيفا أن …», a second act of the same document, read by speaker_verb), else at the sentence end."""
        return next((c.start for c in sentence.cues if c.start > c_start and c.key == "participle"
                     and N[c_start:c.start].rstrip().endswith(",")), sentence.end)

    def opening(self, N: str, start: int, end: int) -> tuple[int, int] | None:
        """``(end of the document's phrase, start of the words)``: a colon or a bare complementizer within
        'region_words' words of the document's noun, or None."""
        rules = self.rules
        pos = start
        for n, (t_start, t_end, word) in enumerate(tokens(N, start, end)):
            colon = N.find(":", pos, t_start)
            if colon >= 0:
                return colon, colon + 1
            if word in rules.bare_complementizers:
                return t_start, t_end
            if n >= rules.document_region_words:
                return None
            pos = t_end
        colon = N.find(":", pos, end)
        return (colon, colon + 1) if colon >= 0 else None
