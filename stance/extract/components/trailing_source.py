"""Trailing source: «الوضع مستقر ولا داعي للقلق، بحسب بيسكوف.» / «…، وفقا لما قاله كيربي للصحفيين.» —
the words before the comma are the statement of the person named at the end of the sentence. Runs last,
on a sentence where nothing else was found; an outlet or an unnamed source there only sources a fact. A pronoun
in that place («…، على حد قوله.») points to the last speaker, and never belongs to the words said."""

from __future__ import annotations

from stance.extract.components import Parts, Sentence
from stance.extract.doc import Doc, State, skip_chars, tokens, trim_end, words
from stance.extract.speakers import glued


class TrailingSource:
    def __init__(self, parts: Parts):
        self.speakers = parts.speakers
        self.rules = parts.rules

    def __call__(self, doc: Doc, sentence: Sentence, state: State) -> None:
        own = self.self_attribution(doc, sentence)
        if own is not None:
            self.by_pronoun(doc, sentence, state, *own)
            return
        if sentence.found or self.rules.trailing_source_re is None:
            return
        N = doc.text
        s_start, s_end = sentence.start, sentence.end
        comma = N.rfind(",", s_start, s_end)  # the source follows the sentence's last comma
        m = self.rules.trailing_source_re.match(N, comma, s_end) if comma > s_start else None
        if m is None or doc.in_quote(m.start()):
            return
        pos = m.end()
        toks = list(tokens(N, pos, s_end))[:9]
        if toks and (toks[0][2] in self.rules.form_to_key
                     or any(toks[0][2].endswith(suffix) and toks[0][2][:-len(suffix)] in self.rules.form_to_key
                            for suffix in self.rules.object_suffixes)):
            pos = toks[0][1]  # «وفقا لما قاله»، «حسبما ذكر»: the verb of the source clause
        people = [x for x in doc.mentions_between(pos, s_end) if x.kind in ("name", "role", "not_actor", "surname")]
        if not people or any(w not in self.rules.titles for w in words(N, pos, people[0].start)):
            return  # the person right after the source word or verb («حسبما أكده الزعيم كيم»: a title may precede)
        tail = words(N, people[-1].end, s_end)
        if len(tail) > 5 and not (len(tail) <= 10 and tail[0] in self.rules.adjuncts):
            return  # «…، حسبما قال كيربي للصحفيين في البيت الأبيض يوم الخميس»: adverbials may follow the name
        c_start = skip_chars(N, s_start, m.start(), " \t\n")
        c_end = trim_end(N, c_start, m.start())
        if len(words(N, c_start, c_end)) < 3 or doc.mentions_between(c_start, c_end) and \
                any(x.kind in ("name", "role") for x in doc.mentions_between(c_start, min(c_end, c_start + 30))):
            return  # a sentence opening with a person is his own report, not a sourced claim
        speaker = self.speakers.resolve_group(doc, glued(N, people), state)
        sentence.found.append((c_start, c_end, speaker, "", False))
        state.remember(speaker)
        state.content_end = c_end

    def self_attribution(self, doc: Doc, sentence: Sentence):
        """``(start, gender)`` of a tail «، على حد قوله» / «حسب تعبيرها» that closes the sentence (speech.json
        'self_attribution'), or None."""
        pattern = self.rules.self_attribution_re
        m = pattern.search(doc.text, sentence.start, sentence.end) if pattern is not None else None
        if m is None or doc.in_quote(m.start()):
            return None
        return m.start(), self.rules.self_attribution_genders[m.group(1)]

    def by_pronoun(self, doc: Doc, sentence: Sentence, state: State, tail: int, gender: str) -> None:
        """The tail is never part of the words: statements found in the sentence end before it. When nothing was
        found, the words before it are a statement of the last speaker, if the pronoun agrees with him («ويرى أن
        الغرب سيدفع الثمن، على حد قوله.»: after «ويرى أن» or «وأكد أن», the words start past the complementizer)."""
        N = doc.text
        for i, (c_start, c_end, speaker, cue, direct) in enumerate(sentence.found):
            if c_start < tail < c_end:
                sentence.found[i] = (c_start, trim_end(N, c_start, tail), speaker, cue, direct)
        last = state.last_speaker
        if sentence.found or last is None or gender == "p" or (gender == "f") != last.feminine:
            return
        c_start = skip_chars(N, sentence.start, tail, " \t\n")
        toks = list(tokens(N, c_start, tail))[:2]
        if len(toks) == 2 and toks[1][2] in self.rules.bare_complementizers:
            c_start = skip_chars(N, toks[1][1], tail, " \t\n")  # «ويرى أن …»: his words follow the complementizer
        c_end = trim_end(N, c_start, tail)
        if len(words(N, c_start, c_end)) < 3 or doc.mentions_between(c_start, c_end):
            return  # a person named in the sentence may be its subject
        sentence.found.append((c_start, c_end, last, "", False))
        state.remember(last)
        state.content_end = c_end
