"""Continuation: «وأضاف …», «مضيفا أن …» or a pronoun subject keeps the previous speaker,
unless someone else was named in between (ANNOTATION.md §2)."""

from __future__ import annotations

from stance.extract.components import Parts
from stance.extract.components.cues import find_cues, is_feminine
from stance.extract.doc import Cue, Doc, Speaker, State, tokens
from stance.extract.speakers import OTHER


class Continuation:
    def __init__(self, parts: Parts):
        self.speakers = parts.speakers
        self.rules = parts.rules

    def speaker(self, doc: Doc, cue: Cue, s_start: int, state: State) -> Speaker:
        office = self.office_after_verb(doc, cue)
        if office is not None:
            return office
        last = state.last_speaker
        if not self.rules.verbs.get(cue.key, {}).get("continuation") and cue.key != "participle":
            named = self.speakers.named_since(doc, state.content_end, s_start)
            if named is not None and not (cue.feminine or cue.plural):
                return named
        if last is None:
            return Speaker(OTHER, "")
        if cue.key == "participle" and cue.feminine and not cue.plural and last.actor != OTHER \
                and self.only_he_in_sentence(doc, cue, state, last):
            # «وقال بيسكوف إن "…"، موضحة أن …»: a feminine participle after a man's masculine verb, with nobody
            # else named in the sentence, is a slip of the pen; it has no other subject to go on with
            return Speaker(last.actor, last.mention, last.spokesman, any_gender=True)
        if (cue.feminine or cue.plural) and last.actor != OTHER:
            # Tracked actors are single men: «وأضافت» or «وأضافوا» is someone else.
            return Speaker(OTHER, "", feminine=cue.feminine, plural=cue.plural)
        if not (cue.feminine or cue.plural) and last.feminine and state.last_man is not None \
                and state.last_man_sentence == s_start:
            # «رفض بيسكوف التعليق على تقرير لصحيفة قالت فيه إن …، واكتفى بالقول …»: a masculine verb skips the
            # newspaper (feminine) back to the man who spoke earlier in the same sentence
            return state.last_man
        return last

    def office_after_verb(self, doc: Doc, cue: Cue) -> Speaker | None:
        """«ورفض مكتب يون الادعاء», «ونفى مكتبه التقرير»: a verb whose object follows it at once may still have its
        subject right after it; an office (of a person by name or title, or «مكتبه») there speaks, not the last
        speaker (ANNOTATION.md, Offices and outlets: the office speaks unless it relays the person's words)."""
        N = doc.text
        toks = list(tokens(N, cue.end, min(len(N), cue.end + 60)))[:2]
        if not toks or toks[0][2] not in self.rules.office_words or N[cue.end:toks[0][0]].strip():
            return None
        word = toks[0][2]
        if any(word.endswith(x) and word[:-len(x)] in self.rules.office_words for x in self.rules.object_suffixes):
            end = toks[0][1]  # «مكتبه»: the office of the person the pronoun stands for
        elif len(toks) == 2 and not N[toks[0][1]:toks[1][0]].strip() and (
                toks[1][2] in self.rules.titles or any(m.start == toks[1][0] for m in doc.mentions_between(toks[1][0], toks[1][1]))):
            end = toks[1][1]
        else:
            return None
        return Speaker(OTHER, doc.original_span(toks[0][0], end))

    def only_he_in_sentence(self, doc: Doc, cue: Cue, state: State, last: Speaker) -> bool:
        """The sentence so far has one statement, by ``last`` with a masculine verb, and names nobody else."""
        found = state.sentence_found
        if len(found) != 1 or found[0][2] != last:
            return False
        form = found[0][3]
        key = self.rules.form_to_key.get(form)
        if key is None or is_feminine(self.rules, form, key):
            return False
        if any(c.feminine for c in find_cues(doc, self.rules, state.sentence_start, cue.start)):
            return False  # «وذكرت الوكالة أن كيم دعا إلى …، مضيفة أن …»: the agency goes on
        mentions = doc.mentions_between(state.sentence_start, cue.start)
        return bool(mentions) and all(self.speakers.resolve_group(doc, [m], State()).actor == last.actor for m in mentions)
