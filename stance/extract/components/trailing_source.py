"""Trailing source: «الوضع مستقر ولا داعي للقلق، بحسب بيسكوف.» / «…، وفقا لما قاله كيربي للصحفيين.» —
the words before the comma are the statement of the person named at the end of the sentence. Runs last,
on a sentence where nothing else was found; an outlet or an unnamed source there only sources a fact."""

from __future__ import annotations

from stance.extract.components import Parts, Sentence
from stance.extract.doc import Doc, State, skip_chars, tokens, trim_end, words
from stance.extract.speakers import glued


class TrailingSource:
    def __init__(self, parts: Parts):
        self.speakers = parts.speakers
        self.rules = parts.rules

    def __call__(self, doc: Doc, sentence: Sentence, state: State) -> None:
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
