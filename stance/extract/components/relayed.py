"""Relayed speech: «ونقلت الوكالة عن الزعيم كيم جونغ أون قوله إن …» — the speaker sits between عن and قوله."""

from __future__ import annotations

from stance.extract.components import Parts
from stance.extract.doc import Cue, Doc, Speaker, State, next_token, skip_chars, tokens, trim_end, words
from stance.extract.speakers import OTHER


class Relayed:
    def __init__(self, parts: Parts):
        self.speakers = parts.speakers
        self.rules = parts.rules

    def content(self, doc: Doc, cue: Cue, limit: int, state: State):
        N = doc.text
        toks = list(tokens(N, cue.end, limit))
        preposition = self.rules.relay_prepositions.get(cue.key, self.rules.relay_preposition)
        about = next((w for i, w in enumerate(toks) if w[2] == preposition or w[2] in self.rules.relay_pronouns
                      or self.ends_relay_phrase(toks, i)), None)
        if about is None:
            return None
        relay = next((w for w in toks if w[0] > about[1] and w[2] in self.rules.relay_words), None)
        if relay is None:
            return self.without_relay_word(doc, cue, about, limit, state)
        if about[2] in self.rules.relay_pronouns:
            # «ونقلت عنه قوله …»: the pronoun is the previous speaker (a woman for عنها: not a tracked man).
            speaker = self.speakers.latest_person(doc, cue.start, state) or state.last_speaker or Speaker(OTHER, "")
            if self.rules.relay_pronouns[about[2]] == "f" and speaker.actor != OTHER:
                speaker = Speaker(OTHER, "", feminine=True)
        else:
            speaker = self.relayed_person(self.speakers.speaker_from_region(doc, cue, about[1], relay[0], state))
            if speaker is not None and self.feminine_relay_word(relay[2]):
                speaker = self.speakers.as_feminine(speaker)  # «ونقلت يونهاب عن كيم قولها …»: a woman
        start = relay[1]
        nxt = next_token(N, start, limit)
        if nxt and nxt[2] in self.rules.complementizers and not N[start:nxt[0]].strip(" ,:"):
            start = nxt[1]
        elif nxt and nxt[2] in self.rules.adjuncts:
            # «عن بيسكوف قوله في تصريح صحفي: …»: an adverbial, then the words after the colon;
            # «عن كيم قوله خلال تفقده المصنع إن …», «قوله للصحفيين إن …»: after the complementizer
            start = self.after_adverbial(doc, start, limit)
        start = skip_chars(N, start, limit, " :,")
        q = doc.inner_quote_at(start)
        if q and q[0] == start and trim_end(N, start, limit) <= q[1] + 1:
            return speaker, q[0] + 1, q[1], True
        return speaker, start, limit, False

    def ends_relay_phrase(self, toks: list, i: int) -> bool:
        """Token ``i`` closes one of 'relay_phrases' («على لسان»): the phrase stands for عن before the person."""
        for phrase in self.rules.relay_phrases:
            n = len(phrase)
            if i + 1 >= n and tuple(t[2] for t in toks[i + 1 - n:i + 1]) == phrase:
                return True
        return False

    def after_adverbial(self, doc: Doc, start: int, limit: int) -> int:
        """Where the words open after an adverbial that follows «قوله»: after the first colon or complementizer
        within a short reach, outside quotations; ``start`` when there is none."""
        N = doc.text
        previous = ""
        for t_start, t_end, word in list(tokens(N, start, min(limit, start + 160)))[:20]:
            after_time, previous = previous in self.rules.temporal_before_complementizer, word
            between = N[start:t_start]
            if ":" in between:
                colon = start + between.index(":")
                return colon + 1 if not doc.in_quote(colon) else start
            q = doc.quote_at(t_start)
            if q is not None:
                if len(words(N, q[0], q[1])) > 3:
                    return start  # the words themselves, quoted
                continue  # «مع شبكة "سي إن إن"»: a short name in quotation marks
            if word in self.rules.complementizers and not after_time:  # not «بعد أن التقى …»
                return t_end
        return start

    def feminine_relay_word(self, word: str) -> bool:
        """«قولها», «تصريحها»: the relay word carries the feminine pronoun of 'relay_pronouns' (عنها less عن)."""
        preposition = self.rules.relay_preposition
        return any(g == "f" and p.startswith(preposition) and word.endswith(p[len(preposition):])
                   for p, g in self.rules.relay_pronouns.items())

    @staticmethod
    def relayed_person(speaker: Speaker | None) -> Speaker | None:
        """The relay verb agrees with the outlet that relays («ونسبت الوكالة إلى الرئيس يون قوله …»), not with
        the person whose words it relays: his gender is not the verb's."""
        if speaker is None or speaker.actor == OTHER:
            return speaker
        return Speaker(speaker.actor, speaker.mention, speaker.spokesman, speaker.feminine, speaker.plural, True)

    def without_relay_word(self, doc: Doc, cue: Cue, about, limit: int, state: State):
        """«ونقلت الوكالة عن كيم، أنه "…"», «ونقلت وكالة عن بيسكوف: "…"»: no قوله, the words open right
        after the person with a complementizer, a colon or a quotation."""
        if about[2] != self.rules.relay_preposition:
            return None
        N = doc.text
        named = doc.mentions_between(about[1], min(limit, about[1] + 40))
        # «عن كيم في اجتماع مجلس الشعب الأعلى أمس الأحد، إنه …»: a person right after عن may carry a longer adverbial
        window = 16 if named and not N[about[1]:named[0].start].strip() else 8
        for t_start, t_end, word in list(tokens(N, about[1], limit))[:window]:
            between = N[about[1]:t_start]
            if ":" in between or doc.inner_quote_at(t_start) is not None:
                opener = about[1] + between.index(":") if ":" in between else t_start
                start = opener + 1 if ":" in between else t_start
            elif word in self.rules.complementizers:
                opener, start = t_start, t_end
            else:
                continue
            if not doc.mentions_between(about[1], opener) and not 1 <= len(words(N, about[1], opener)) <= 4:
                return None
            speaker = self.relayed_person(self.speakers.speaker_from_region(doc, cue, about[1], opener, state))
            start = skip_chars(N, start, limit, " :,")
            q = doc.inner_quote_at(start)
            if q and q[0] == start and trim_end(N, start, limit) <= q[1] + 1:
                return speaker, q[0] + 1, q[1], True
            return speaker, start, limit, False
        return None
