"""Continuation: «وأضاف …», «مضيفا أن …» or a pronoun subject keeps the previous speaker,
unless someone else was named in between (ANNOTATION.md §2)."""

from __future__ import annotations

from stance.extract.components import Parts
from stance.extract.components.cues import find_cues, is_feminine
from stance.extract.doc import Cue, Doc, Speaker, State
from stance.extract.speakers import OTHER


class Continuation:
    def __init__(self, parts: Parts):
        self.speakers = parts.speakers
        self.rules = parts.rules

    def speaker(self, doc: Doc, cue: Cue, s_start: int, state: State) -> Speaker:
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
