"""Continuation: «وأضاف …», «مضيفا أن …» or a pronoun subject keeps the previous speaker,
unless someone else was named in between (ANNOTATION.md §2)."""

from __future__ import annotations

from stance.extract.components import Parts
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
        if (cue.feminine or cue.plural) and last.actor != OTHER:
            # Tracked actors are single men: «وأضافت» or «وأضافوا» is someone else.
            return Speaker(OTHER, "", feminine=cue.feminine, plural=cue.plural)
        if not (cue.feminine or cue.plural) and last.feminine and state.last_man is not None \
                and state.last_man_sentence == s_start:
            # «رفض بيسكوف التعليق على تقرير لصحيفة قالت فيه إن …، واكتفى بالقول …»: a masculine verb skips the
            # newspaper (feminine) back to the man who spoke earlier in the same sentence
            return state.last_man
        return last
