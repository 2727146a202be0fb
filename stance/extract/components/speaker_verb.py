"""Speaker and verb: «وقال المتحدث باسم الكرملين ديمتري بيسكوف إن …», «بيسكوف قال إن …», «ونفى الكرملين …».

For each cue of the sentence the content opens at a complementizer (إن/أن), a
verb-specific marker (أعرب **عن**، حذّر **من**، أشار **إلى**، أشاد **بـ**), a
colon or a quotation; for object verbs (نفى، وصف، رفض) it follows the speaker
directly. The speaker is named between the cue and the content (VSO), before
the cue (SVO), or is the previous speaker (continuation cues and pronouns).
"""

from __future__ import annotations

import re
from itertools import islice

from stance.extract.components import Parts, Sentence
from stance.extract.components.continuation import Continuation
from stance.extract.components.cues import after_comma_and_time_clause, disagreeing_relative, is_cue_word, is_feminine, \
    named_then_resumptive, resumptive_after, resumptive_antecedent, words_before_name
from stance.extract.components.relayed import Relayed
from stance.extract.rules import phrase_at
from stance.normalize import normalize
from stance.extract.speakers import OTHER, glued
from stance.extract.doc import QUOTE_CHARS, TRIM_CHARS, Cue, Doc, Speaker, State, char_before, line_end, next_token, skip_space, skip_tokens, skip_tokens_back, tokens, trim_end, words


COMMAS = re.compile(r"[,،]")
# «وزير الدفاع شين وون سيك»: an office head, its department and a name before a verb inside the words said
OFFICE_SUBJECT_WORDS = 7


def kind_of(candidate) -> str:
    return candidate[2]


class SpeakerVerb:
    def __init__(self, parts: Parts):
        self.speakers = parts.speakers
        self.rules = parts.rules
        self.relayed = Relayed(parts)
        self.continuation = Continuation(parts)
        self._held: dict[tuple[str, str], bool] = {}  # (actor, office word) -> may he hold it (may_hold)
        # words after which a subject opens a clause: «أن»، «بأن»، «كان»، «وكانت» …
        self.clause_heads = set(self.rules.bare_complementizers) | {
            c + aux for aux in self.rules.pluperfect_auxiliaries for c in ("", *self.rules.conjunctions)}

    def __call__(self, doc: Doc, sentence: Sentence, state: State) -> None:
        N = doc.text
        s_start, s_end, cues, results = sentence.start, sentence.end, sentence.cues, sentence.found
        if cues and self.subheading(doc, s_start, s_end, cues[0]):
            return  # «نفي محاولات تثبيت السلطة»: a label line between paragraphs names a topic; nobody speaks
        consumed = s_start
        carrier = None
        held = None  # the subject of a verb whose object was only a person, for the participle right after it
        for i, cue in enumerate(cues):
            if cue.start < consumed:
                continue
            if cue.key != "participle":
                held = None  # it holds only for the participles right after its verb
            next_cue_start = self.content_limit(doc, cues, i, s_end)
            nxt = cues[i + 1] if i + 1 < len(cues) else None
            carried_here = None  # the outer speaker whose statement only carried this cue's act
            relayed = self.office_relayed(doc, cue, results, state)
            if relayed is not None:
                # «قال مكتب الرئيس يون إن الرئيس أكد أن …»: the office only carries the person's words
                # (ANNOTATION.md, offices and outlets); the person is the speaker.
                results.pop()
            elif self.present_act_in_content(doc, cue, results) or self.description_in_content(doc, cue, results) or (
                    self.inside_previous_content(doc, cue, results) and self.titled_subject_in_content(doc, cue, results) is None):
                # «قال بيسكوف إن موسكو تصر على أن …»: a verb whose subject is a non-person noun opening the
                # previous content is part of what was said, not a new statement.
                last = results[-1]
                results[-1] = (last[0], next_cue_start, last[2], last[3], last[4])
                state.content_end = next_cue_start
                consumed = next_cue_start
                continue
            found = self.content(doc, cue, next_cue_start, state)
            if found is None:
                # «ويضيف ماركوف قائلا …»: the speaker named here speaks through the participle.
                if nxt is not None and nxt.key == "participle" and len(words(N, cue.end, nxt.start)) <= 8:
                    names = doc.mentions_between(cue.end, nxt.start)
                    # «وانتقد وزير الخارجية الأوكراني بيسكوف بشدة، قائلا …»: the office criticises the name
                    held = self.foreign_office_holder(doc, cue.end, names[0]) if names else None
                    pending = held or self.speakers.speaker_from_region(doc, cue, cue.end, nxt.start, state)
                    if pending is not None:
                        state.remember(pending)
                continue
            speaker, c_start, c_end, direct = found
            if speaker is not None and self.subject_opens_previous_content(doc, cue, results):
                # «قال كيربي إن زيلينسكي أبلغ بايدن أن …»: the person opening the words said is the verb's subject;
                # the name after the verb is the one told (an object), and the outer statement only carried the act.
                nested = self.nested_subject(doc, cue, results, s_start, state, unknown_person=False)
                if nested is not None:
                    speaker, drop_previous = nested
                    if drop_previous:
                        carrier = carried_here = results.pop()[2]
            if relayed is not None and (speaker is None or speaker.actor == OTHER):
                speaker = relayed
            if speaker is not None and speaker.actor == OTHER and self.pronoun_subject(doc, cue, c_start, s_start):
                speaker = None  # «… إلى أنه قال بالفعل إنه …»: the pronoun is the subject, not «بالفعل»
            if speaker is None and self.is_purpose_verb(cue):
                speaker = self.unnamed_purpose_subject(doc, cue, s_start)
            if speaker is None and not results and cue.key != "participle":
                speaker = self.concessive_verbal_noun(doc, s_start, cue, cues)
            if speaker is None and cue.key != "participle" and not self.fronted_topic(doc, cue, s_start) \
                    and not self.after_pronoun_connective(doc, cue, s_start):
                nested = self.nested_subject(doc, cue, results, s_start, state)
                if nested is not None:
                    speaker, drop_previous = nested
                    if drop_previous:
                        # «وأضاف بيسكوف أن بوتين أعرب عن …»: the outer statement only carried this act; its speaker
                        # is still the one talking, so a later «وتابع» goes back to him (see the end of the loop).
                        carrier = carried_here = results.pop()[2]
            if speaker is None and cue.key != "participle":
                speaker = self.institution_right_before(doc, cue, s_start) or self.bare_name_before_colon(doc, cue, s_start)
            if cue.key == "participle" and held is not None:
                speaker = held  # «وانتقد وزير الخارجية الأوكراني بيسكوف بشدة، قائلا …»: the critic speaks on
            elif cue.key == "participle":
                speaker, carried = self.participle_speaker(doc, cue, cues[i - 1] if i else None, results, s_start,
                                                           state, cues)
                if carried is not None:
                    carrier = carried_here = carried
            if speaker is None and not results and N[cue.start:cue.end] != cue.form:
                speaker = self.previous_clause_subject(doc, s_start, cue, state, cues)
            if self.rules.verbs.get(cue.key, {}).get("named_subject") and not self.named_subject(doc, cue, c_start, speaker) \
                    and not self.opinion_of_the_speaker(doc, cue, results, cues[i - 1] if i else None):
                continue  # «ويعتقد أن …»: impersonal; «ويرى محللون أن …»: a view, nobody's statement
            speaker = self.agreeing(speaker or self.unnamed_subject(doc, cue, results, s_start, state), cue)
            if self.no_speaker_of_this_verb(doc, cue, s_start, speaker):
                continue
            if not N[c_start:c_end].strip(TRIM_CHARS + '"'):
                # «وعلّق بيسكوف قائلا:» with the words on the next line: they are his.
                state.remember(speaker)
                state.announced = speaker
                continue
            before_participle = nxt is not None and nxt.key == "participle" and c_end == nxt.start
            if not direct and not self.opened_by_complementizer(N, cue.end, c_start) and (
                    self.only_names(doc, c_start, c_end) or self.points_back(doc, cue, c_start, c_end)
                    or (before_participle and not self.opened_by_marker(N, cue, c_start)
                        and len(words(N, c_start, c_end)) <= 2)):
                # «انتقد كيم بشدة الرئيس يون سوك يول، واصفا إياه …», «كيم يحذر من الرئيس يون ويؤكد …»: a person
                # as object is no statement, whatever follows. «طمأن الرئيس المواطنين، مؤكدا أن …»: the object is
                # no statement; the participle carries it. «وأعرب بيسكوف عن ذلك للصحفيين»: the words were given
                # before. The act after it, if any, holds the words said.
                state.remember(speaker)
                if before_participle:
                    held = speaker
                continue
            if (nxt is not None and nxt.key == "participle" and not direct and c_end == nxt.start
                    and (nxt.form in self.rules.verbs.get(cue.key, {}).get("words_follow_with", ())
                         or self.saying_by(N, c_start, nxt))):
                # «وجّه يون تحذيرا شديدا إلى الشمال، قائلا إن …»: the noun only announces the words the participle gives
                # «وشدد على الضباط بالقول "…"»: the person addressed is no statement; the words follow
                state.remember(speaker)
                continue
            c_end = self.framed_after_quote(doc, c_start, c_end)
            if not direct:
                c_end = self.framed_after_words(doc, c_start, c_end)
            if results and results[-1][4] and (results[-1][0] - 1, results[-1][1]) in doc.report_quotes \
                    and results[-1][0] <= cue.start < results[-1][1]:
                results.pop()  # the agency's quotation only carried these words
            results.append((c_start, c_end, speaker, cue.form, direct))
            state.remember(speaker)
            resumed = self.outer_speaker_resumes(doc, c_start, c_end) if carried_here is not None and not direct else None
            if resumed is not None:
                # «قال بيسكوف إن ترامب قال إنه يريد …، لكن موسكو لم تتلق أي مقترح»: after a comma, «لكن» brings back
                # the speaker who reported the act; the rest of the sentence is his
                results[-1] = (c_start, resumed[0], speaker, cue.form, direct)
                results.append((resumed[1], c_end, carried_here, "", False))
                state.remember(carried_here)
            state.content_end = c_end
            consumed = c_end
            if direct and doc.report_quotes and (c_start - 1, c_end) in doc.report_quotes:
                # «وذكرت الوكالة أن "الزعيم كيم أكد أن …"»: the verbs inside the agency's quotation report
                # the person's words; the agency only carries them.
                consumed = c_start
                state.content_end = c_start
        if carrier is not None and (carrier.actor != OTHER or carrier.spokesman) and results and results[-1][2] is not carrier:
            state.remember(carrier)  # a spokesman, not an agency that only carried a person's act («وذكرت الوكالة أن كيم …»)

    def participle_speaker(self, doc: Doc, cue: Cue, prev: Cue | None, results: list, s_start: int, state, cues):
        """The speaker of a participle or a 'saying_by' form («قائلا», «بالقول») that no critic before it holds, and
        the statement it took off ``results`` when that one only carried the act (else None)."""
        speaker = None if results else self.participle_subject(doc, cue, s_start, state, cues)
        nested_saying = self.saying_by_nested_subject(doc, cue, prev, results) if speaker is None else None
        if nested_saying is not None:
            # «وذكرت الوكالة أن بيسكوف ردّ على سؤال … بالقول "…"»: the words are the nested verb's subject's;
            # an outer statement whose words were only his name merely carried the act
            speaker, only_carried = nested_saying
            return speaker, (results.pop()[2] if only_carried else None)
        if speaker is None and results and cue.form in self.rules.saying_by:
            # «…، وهو ما علق عليه بيسكوف بقوله إن …»: the person named right before the form speaks, not
            # the outlet whose words hold the relative clause
            speaker = self.named_right_before(doc, cue, self.clause_start(doc, s_start, cue.start))
        return speaker, None

    def no_speaker_of_this_verb(self, doc: Doc, cue: Cue, s_start: int, speaker) -> bool:
        """The subject found cannot make this verb an act of speech: «ونشرت وزارة الدفاع صورا تظهر أن …» (only an
        outlet's report is words of its own: 'outlet_subject'), «موسكو وبيونغ يانغ ترفضان …» (a dual verb of two
        institutions or places, not two persons)."""
        if self.rules.verbs.get(cue.key, {}).get("outlet_subject") and not self.is_outlet(speaker):
            return True
        return cue.form in self.rules.dual_forms and self.institution_pair(doc, cue, s_start, speaker)

    def saying_by_nested_subject(self, doc: Doc, cue: Cue, prev: Cue | None, results: list):
        """«وذكرت وكالة … أن المتحدث … بيسكوف ردّ على سؤال … بالقول "…"»: one of 'saying_by' right after the object
        of a verb of saying that gave no words of its own and that stands inside the indirect words of the statement
        just found, with a person named right before it: that person speaks. Returns (speaker, whether the outer
        statement's words were only his name), or None."""
        if prev is None or prev.key == "participle" or cue.form not in self.rules.saying_by or not results:
            return None
        last = results[-1]
        if last[4] or not last[0] < prev.start or last[1] > prev.start or doc.text[last[1]:prev.start].strip():
            return None
        speaker = self.named_right_before(doc, prev, last[0])
        if speaker is None:
            return None
        return speaker, self.only_names(doc, last[0], last[1])

    def saying_by(self, N: str, c_start: int, nxt: Cue) -> bool:
        """«وشدد على الضباط الذين كانوا بمعيته بالقول "…"»: one of 'saying_by' right after the object, no comma
        between: the object is whom or what he spoke to, and the words come after it."""
        return nxt.form in self.rules.saying_by and not N[c_start:nxt.start].rstrip().endswith((",", "،"))

    def subheading(self, doc: Doc, s_start: int, s_end: int, cue: Cue) -> bool:
        """The sentence is a whole line of at most 'subheading' 'words' words that opens with a bare verb form (in
        fact a verbal noun: «نفي», «تحذير»), names nobody, quotes nothing and ends with no punctuation: a
        subheading inside the story, not a statement of the last speaker."""
        N = doc.text
        l_start, l_end = N.rfind("\n", 0, s_start) + 1, line_end(N, s_start)
        line = N[l_start:l_end].strip()
        return bool(line) and N[l_start:s_start].strip() == "" and N[s_end:l_end].strip() == "" \
            and skip_space(N, l_start) == cue.start and N[cue.start:cue.end] == cue.form \
            and len(words(N, l_start, l_end)) <= self.rules.subheading_words \
            and line[-1] not in self.rules.subheading_closers and not doc.mentions_between(l_start, l_end) \
            and not any(ch in line for ch in QUOTE_CHARS)

    def content_limit(self, doc: Doc, cues: list[Cue], i: int, s_end: int) -> int:
        """Where the words of ``cues[i]`` must end: the end of the quotation holding the cue (kept in
        ``doc.container``), else the next cue after it, else the sentence end. «ونفى المتحدث المزاعم التي أكد كيربي
        أنها …»: the words end before a relative clause with its own speaker, whose words are a statement of their own."""
        cue = cues[i]
        limit = s_end
        doc.container = doc.quote_at(cue.start)
        if doc.container is not None:
            limit = doc.container[1]
        later = next((c for c in cues[i + 1:] if c.start > cue.end), None)
        if later is not None:
            limit = self.relative_speech_start(doc, later, cue.end) or later.start
        return limit

    def participle_subject(self, doc: Doc, cue: Cue, s_start: int, state: State, cues: list[Cue]) -> Speaker | None:
        """«واعترض بيسكوف، قائلا …»: a participle that opens the sentence's first statement hangs on a clause whose
        subject is named before it (or a person named right before it, or someone else named since the last speaker)."""
        return (self.speakers.clause_subject(doc, s_start, cue.start, state, cues)
                or self.named_right_before(doc, cue, self.clause_start(doc, s_start, cue.start))
                or self.participle_lead(doc, cue, s_start)
                or self.someone_else_named(doc, s_start, cue.start, state))

    def participle_lead(self, doc: Doc, cue: Cue, s_start: int) -> Speaker | None:
        """«وفي زيارة للزعيم كيم جونغ أون إلى مصنع …، مؤكدا أن …»: a sentence that opens with a preposition and a
        verbal noun in construct with a person, then the participle after one comma: that person is its subject
        (speech.json participle_leads). Someone else named in the lead, not after a preposition, is doubt: other."""
        rules = self.rules
        N = doc.text
        if not rules.participle_lead_nouns:
            return None
        toks = list(tokens(N, s_start, cue.start))
        if len(toks) < 3:
            return None
        opener = toks[0][2]
        if not rules.bare_or_glued(opener, rules.participle_lead_openers):
            return None
        if toks[1][2] not in rules.participle_lead_nouns:
            return None
        mentions = [m for m in doc.mentions_between(toks[1][1], cue.start)
                    if m.kind in ("name", "surname", "role", "not_actor")]
        if not mentions:
            return None
        titles = words(N, toks[1][1], mentions[0].start)
        if len(titles) > rules.participle_lead_title_words or "," in N[toks[1][1]:mentions[0].start] \
                or any(not (w.startswith(rules.definite_article) or (i == 0 and rules.dative_definite is not None
                                                                      and w.startswith(rules.dative_definite)))
                       for i, w in enumerate(titles)):
            return None
        group = glued(N, mentions)
        comma = N.rfind(",", group[-1].end, cue.start)
        if comma < 0 or N[comma + 1:cue.start].strip() or "," in N[group[-1].end:comma] \
                or len(words(N, group[-1].end, comma)) > rules.participle_lead_tail_words:
            return None
        for m in doc.mentions_between(group[-1].end, comma):
            if m.kind not in ("name", "surname", "role", "not_actor"):
                continue
            between = words(N, group[-1].end, m.start)
            if not any(self.object_word(w) for w in between):
                return Speaker(OTHER, doc.original_span(m.start, m.end))  # someone else's clause: doubt
        return self.speakers.resolve_group(doc, group, State())

    def unnamed_subject(self, doc: Doc, cue: Cue, results: list, s_start: int, state: State) -> Speaker | None:
        """The speaker of a verb with nobody named as its subject: the person an outlet's report was about, the
        owner of a resumptive pronoun («قال فيه»), else the previous speaker by continuation."""
        speaker = None
        if cue.key != "participle" and not (cue.feminine or cue.plural):
            speaker = self.after_outlet_report(doc, cue, results, state)
        return speaker or self.resumptive_owner(doc, cue, s_start, state) or self.continuation.speaker(doc, cue, s_start, state)

    def title_line_office(self, doc: Doc, cue: Cue, start: int) -> Speaker | None:
        """«وزير سوداني يؤكد متانة العلاقات مع العراق»: a title line (one line, no full stop) that opens with an office
        the lexicon does not know (one of 'apposition_heads', at most four words, no one named) right before a present
        verb: that office is the subject (``other``), never the previous speaker."""
        N = doc.text
        if not self.present_tense(cue) or (start > 0 and N[start - 1] != "\n"):
            return None
        l_end = line_end(N, cue.end)
        if "." in N[start:l_end] or len(words(N, start, l_end)) > 16:
            return None
        region = words(N, start, cue.start)
        if not 2 <= len(region) <= 4 or region[0] not in self.rules.apposition_heads \
                or doc.mentions_between(start, cue.start) or any(ch in N[start:cue.start] for ch in ",:\"«»“”") \
                or any(w in self.rules.complementizers or w in self.rules.all_markers for w in region):
            return None
        return Speaker(OTHER, doc.original_span(skip_space(N, start), trim_end(N, start, cue.start)))

    def framed_after_quote(self, doc: Doc, c_start: int, c_end: int) -> int:
        """«ووصف كيم الوضع بأنه "بالغ الخطورة"، وذلك بعد أيام من …»: a quotation that opens the words and closes
        before a comma and one of 'framing_after_quote' ends them; the writer's frame follows."""
        N = doc.text
        at = skip_space(N, c_start)
        q = doc.inner_quote_at(at)
        if q is None or q[0] != at or q[1] + 1 >= c_end or not N[q[1] + 1:c_end].lstrip().startswith(","):
            return c_end
        first = words(N, q[1] + 1, c_end)[:1]
        return q[1] + 1 if first and first[0] in self.rules.framing_after_quote else c_end

    def framed_after_words(self, doc: Doc, c_start: int, c_end: int) -> int:
        """«نفى … صدور أي إساءة، وذلك في حوار له مع صحيفة …»: indirect words end before a comma, a framing word and
        one of its openers outside quotations ('framing_after_words'); the writer's frame follows."""
        pattern = self.rules.framing_after_words_re
        if pattern is None:
            return c_end
        for m in pattern.finditer(doc.text, c_start, c_end):
            if not doc.in_quote(m.start()) and m.start() > c_start:
                return m.start()
        return c_end

    def inside_previous_content(self, doc: Doc, cue: Cue, results: list) -> bool:
        """The cue follows, with no conjunction, a short subject that opens the previous statement's content
        («… إن موسكو تصر على …»): no person named, no comma, at most four words."""
        if not results or cue.key == "participle" or self.rules.verbs.get(cue.key, {}).get("continuation"):
            return False
        c_start, c_end, _, _, direct = results[-1]
        N = doc.text
        if not direct and c_end == cue.start and N[cue.start:cue.end] != cue.form and self.present_tense(cue) \
                and self.opened_by_complementizer(N, max(0, c_start - 12), c_start):
            # «قال بيسكوف إن روسيا تقدر …، وترحب بعودتها …»: a present verb joined by و goes on with the subject
            # of the reported clause (روسيا), inside the same words
            return True
        if direct or c_end != cue.start or N[cue.start:cue.end] != cue.form:
            return False
        content_words = words(N, c_start, cue.start)
        if content_words and content_words[-1] in self.rules.pronoun_connectives:
            return False  # «… إن موسكو مستعدة للحوار لكنه شدد على …»: «but he» opens a second act of the speaker
        if content_words and disagreeing_relative(self.rules, content_words[-1], cue.form, words(N, cue.end, cue.end + 12)[:1]):
            return False  # «دعا إلى دعم الحكومة التي قال إنها …»: the speaker says something of the government
        region = [w for w in content_words if w not in self.rules.fillers]
        if not 1 <= len(region) <= 4 or any(ch in N[c_start:cue.start] for ch in ",؛;:\"«»“”"):
            return False
        if self.titled_phrase_before(doc, cue, max(0, c_start - 12)) == skip_space(N, c_start):
            return False  # «… إن الرئيس الكازاخي أكد …»: a person by title and nationality, not a thing
        if self.unknown_person_subject(doc, cue, results) is not None:
            return False  # «… إن كيشيدا تعهد …»: a person the lexicon does not know (unknown_person_subject)
        if region[0] in self.rules.apposition_heads or (len(region) >= 2 and self.person_head(region[0], cue)):
            # «… إن وزير الدفاع أكد …», «… إن المستشارة الألمانية أكدت …»: a person by office or title, not a thing
            # (office_holder_in_content)
            return False
        return not any(m.kind in ("name", "role", "not_actor", "surname") for m in doc.mentions_between(c_start, cue.start))

    def office_relayed(self, doc: Doc, cue: Cue, results: list, state: State) -> Speaker | None:
        """The cue opens the content of an office's statement with a bare title as subject («قال مكتب الرئيس
        يون إن الرئيس أكد …», «ذكر المكتب الرئاسي أن الرئيس أبلغ …»): the person that title refers to."""
        if not results or cue.key == "participle" or not self.rules.office_words:
            return None
        c_start, c_end, speaker, _, direct = results[-1]
        N = doc.text
        if direct or c_end != cue.start or speaker is None or N[cue.start:cue.end] != cue.form:
            return None
        if not any(w in self.rules.office_words for w in speaker.mention.split()):
            return None
        region = words(N, c_start, cue.start)
        if len(region) != 1 or region[0] not in self.rules.titles:
            return None
        return self.speakers.title_referent(doc, region[0], c_start, state)

    def present_tense(self, cue: Cue) -> bool:
        """An imperfect form (يرحب، ترحب، تؤكد), not a past one that opens with ت (تابع، تعهد)."""
        return cue.key != "participle" and self.rules.imperfect_form(cue.form)

    def relative_speech_start(self, doc: Doc, cue: Cue, after: int) -> int | None:
        """Start of the relative pronoun right before ``cue`` when the cue opens a relative clause with its
        own speaker and a resumptive complementizer («… التي قال كيربي إنها …»); else None."""
        if cue.key == "participle":
            return None
        toks = list(tokens(doc.text, max(after, cue.start - 12), cue.start))
        if not toks or toks[-1][2] not in self.rules.relative_pronouns:
            return None
        if not named_then_resumptive(doc, self.rules, cue.end, min(len(doc.text), cue.end + 120), toks[-1][2]):
            return None
        return toks[-1][0]

    def named_subject(self, doc: Doc, cue: Cue, c_start: int, speaker: Speaker | None) -> bool:
        """The subject of a verb of opinion is a person the lexicon knows or an institution, named right
        after the verb («تعتقد روسيا أن …») or right before it («بيسكوف يرى أن …»)."""
        if speaker is None:
            return False
        N = doc.text
        if speaker.actor != OTHER or doc.mentions_between(cue.end, c_start):
            return True
        pos = skip_space(N, cue.end)
        if self.speakers.institution_at(N, pos, c_start) is not None:
            return words(N, pos, c_start)[:1][0] not in self.rules.group_subjects  # «ويرى محللون أن …»: impersonal
        return any(m.end <= cue.start and not N[m.end:cue.start].strip() for m in doc.mentions_between(max(0, cue.start - 60), cue.start))

    def institution_right_before(self, doc: Doc, cue: Cue, s_start: int) -> Speaker | None:
        """«يذكر أن البيت الأبيض أعلن …», «وكان الكرملين أعلن …»: an institution right before a verb without
        و, opening its clause (after a complementizer, an auxiliary or at the sentence start), is the verb's
        subject: ``other``, not the previous speaker."""
        N = doc.text
        if N[cue.start:cue.end] != cue.form:
            return None  # «وأعلن …» opens a clause of its own
        head = self.negation_start(doc, cue, s_start)  # «الكرملين لا يستبعد …»: the subject stands before «لا»
        # «"الرئاسة الكورية" تؤكد …»: the name may stand in quotes (an Egyptian title's habit)
        before = N[max(s_start, head - 40):head].strip(" " + QUOTE_CHARS).split()
        if not before or not (before[-1] in self.rules.institution_last_words
                              or before[-1].endswith(self.rules.nisba_suffixes) or before[-1] in self.rules.modifiers):
            return None  # cheap test first: the word before the verb can end an institution's name
        toks = list(tokens(N, s_start, head))
        if not toks:
            return None
        i = len(toks)
        while i > 0 and toks[i - 1][2] not in self.clause_heads:
            i -= 1
        if i == len(toks) or len(toks) - i > 6:
            return None
        found = self.speakers.institution_speaker(doc, toks[i][0], head)
        if found is None or N[found[1]:head].strip(" " + QUOTE_CHARS):
            return None
        return found[0]

    def bare_name_before_colon(self, doc: Doc, cue: Cue, s_start: int) -> Speaker | None:
        """«… بوريل يحذّر: لبنان على شفير الانهيار» (a teaser line of another story): one word the lexicon does not
        know, right before a present verb (no و) that a colon closes, is that verb's subject, ``other``; never the
        previous speaker by continuation."""
        N = doc.text
        if not self.present_tense(cue) or N[cue.start:cue.end] != cue.form or N[skip_space(N, cue.end):][:1] != ":":
            return None
        before = list(tokens(N, max(s_start, cue.start - 30), cue.start))[-1:]
        if not before or N[before[0][1]:cue.start].strip() or not before[0][2].isalpha():
            return None
        word = before[0][2]
        rules = self.rules
        if word in rules.titles or word in rules.pronoun_subjects or word in rules.all_markers \
                or word in rules.complementizers or is_cue_word(rules, word) or doc.mentions_between(before[0][0], cue.start):
            return None
        return Speaker(OTHER, doc.original_span(before[0][0], before[0][1]))

    def negation_start(self, doc: Doc, cue: Cue, s_start: int) -> int:
        """Start of a negation particle right before the cue when the negated verb still reports speech
        ('negated_speech': «لا يستبعد», «لم ينف»), else the cue's start."""
        if cue.form not in self.rules.negated_speech_forms:
            return cue.start
        toks = list(tokens(doc.text, max(s_start, cue.start - 6), cue.start))
        if toks and toks[-1][2] in self.rules.negation_particles and not doc.text[toks[-1][1]:cue.start].strip():
            return toks[-1][0]
        return cue.start

    def previous_clause_subject(self, doc: Doc, s_start: int, cue: Cue, state: State, cues) -> Speaker | None:
        """«وفي واشنطن، رحب كيربي بتصريحات يون، وقال إن …»: a verb joined by و right after a comma has the
        subject of the clause before the comma («رحب كيربي …»), when that clause opens with a verb and a name."""
        N = doc.text
        comma = N.rfind(",", s_start, cue.start)
        if comma < 0 or N[comma + 1:cue.start].strip():
            # «فقد دافع "كيربي" عن الحليف وقال: …»: no comma, the verb's own clause opens with a verb and a name.
            start = max(s_start, comma + 1)
            if any(start <= c.start < cue.start for c in cues):
                return None
            return self.speakers.clause_subject(doc, start, cue.start, state, cues) \
                or self.coordinated_verbal_noun(doc, start, cue)
        start = max(s_start, N.rfind(",", s_start, comma) + 1)
        start = self.speakers.after_discourse_opener(N, start)
        return self.speakers.clause_subject(doc, start, comma, state, cues) or self.unnamed_clause_subject(doc, start, comma)

    def fronted_topic(self, doc: Doc, cue: Cue, s_start: int) -> bool:
        """«وعن تصريح الرئيس الأميركي جو بايدن بأن …، لفت في تصريح صحافي إلى أن …», «وحول تصريحات بايدن، قال إن …»:
        the sentence opens with a topic preposition ('topic_openers') and a phrase closed by the only comma before
        an unprefixed verb; a person named in it is what the verb's subject spoke about, never the subject."""
        N = doc.text
        m = self.rules.topic_opener_re.match(N, s_start, cue.start) if self.rules.topic_opener_re is not None else None
        if m is None or N[cue.start:cue.end] != cue.form:
            return False
        lead = N[m.end():cue.start].rstrip()
        return lead.endswith(",") and lead.count(",") == 1 and bool(words(N, m.end(), cue.start))

    def coordinated_verbal_noun(self, doc: Doc, start: int, cue: Cue) -> Speaker | None:
        """«…، وازدراء الرئيس الأميركي لخصمه ووصفه بأنه "…"»: a cue joined by و to the words before it, in a
        clause of at least 'coordinated_noun_min_words' words that holds no verb of saying and names nobody the
        lexicon knows, is a verbal noun coordinated with a noun phrase (وَصْفِه = his describing), not a verb
        whose subject is the previous speaker; the act belongs to someone the clause describes: ``other``, with the
        clause as surface. The same holds for a topic «أما X فقال …» with a subject the lexicon does not know."""
        N = doc.text
        before = N[start:cue.start].rstrip()
        if not before or not before[-1].isalpha() or doc.mentions_between(start, cue.start):
            return None
        following = words(N, cue.end, cue.end + 12)[:1]
        if following and following[0] in self.rules.resumptive:
            return None  # «… يدافع فيها عن …، ويصف فيها …»: a verb with a resumptive is finite, not a verbal noun
        clause = list(tokens(N, start, cue.start))
        if len(clause) < self.rules.coordinated_noun_min_words:
            return None
        if clause[0][2] in self.rules.coordinated_noun_openers:
            clause = clause[1:]  # «أما كبير أمناء مجلس الوزراء الياباني فقال …»: the topic particle is not the subject
        return Speaker(OTHER, doc.original_span(clause[0][0], clause[-1][1]))

    def concessive_verbal_noun(self, doc: Doc, s_start: int, cue: Cue, cues) -> Speaker | None:
        """«ورغم سعي الصين للإبقاء على سرية زيارة كيم ووصفها "بغير الرسمية"، فقد …»: the sentence opens with a
        concessive preposition ('coordinated_noun' 'phrase_openers'), so up to its first comma it is a noun phrase;
        a cue glued to و inside it, with no complementizer, colon, quotation or other cue since the opener, is a
        verbal noun coordinated with that phrase (its describing), not a verb whose subject is the person named
        right before it as part of the phrase («زيارة كيم»). The act is the phrase's: ``other``, the phrase as its
        surface."""
        N = doc.text
        rules = self.rules
        if N[cue.start:cue.end] == cue.form or not rules.coordinated_phrase_openers:
            return None
        start = self.speakers.after_discourse_opener(N, s_start)
        toks = list(tokens(N, start, cue.start))
        for opener in rules.coordinated_phrase_openers:
            head = [t[2] for t in toks[:len(opener)]]
            if head and head[0][:1] in rules.conjunctions and head[0][1:] == opener[0]:
                head[0] = head[0][1:]
            if head == opener:
                break
        else:
            return None
        rest = toks[len(opener):]
        while rest and rest[0][2] in rules.object_prepositions:
            rest = rest[1:]  # «على الرغم من …»
        if len(rest) < 2 or any(t[2] in rules.complementizers for t in rest) \
                or any(ch in N[rest[0][0]:cue.start] for ch in ",:;" + QUOTE_CHARS) \
                or any(rest[0][0] <= c.start < cue.start for c in cues):
            return None
        return Speaker(OTHER, doc.original_span(rest[0][0], rest[-1][1]))

    def unnamed_clause_subject(self, doc: Doc, start: int, end: int) -> Speaker | None:
        """«رحب وزير الخارجية بتصريحات كيربي»: the words after the clause's opening verb, up to a preposition
        or a name, when they open with an office or a definite noun: an unnamed subject, ``other``."""
        N = doc.text
        toks = [t for t in tokens(N, start, end) if t[2] not in self.rules.fillers]
        if len(toks) < 2:
            return None
        first_name = min((m.start for m in doc.mentions_between(start, end)), default=end)
        subject = []
        for t in toks[1:]:
            if t[0] >= first_name or t[2] in self.rules.object_prepositions or t[2] in self.rules.region_prepositions \
                    or t[2].startswith(self.rules.b_marker) and len(subject) > 0:
                break
            subject.append(t)
        if not subject or not (subject[0][2] in self.rules.apposition_heads or subject[0][2] in self.rules.titles):
            return None
        return Speaker(OTHER, doc.original_span(subject[0][0], subject[-1][1]))

    def after_names(self, doc: Doc, start: int, end: int) -> int:
        """Past the people named in ``[start, end)`` and the time words after them (or ``start``)."""
        named = doc.mentions_between(start, end)
        return skip_tokens(doc.text, named[-1].end, end, self.rules.skip_after_speaker) if named else start

    def verbal_noun_object(self, doc: Doc, start: int, end: int) -> bool:
        """``[start, end)`` opens with an indefinite noun in construct («عدم العثور», «حرص الولايات المتحدة»)
        and names nobody: an object, not a speaker (speakers are named, titled or definite: «الوزير»)."""
        N = doc.text
        region = words(N, start, end)
        rules = self.rules
        if len(region) < 2 or doc.mentions_between(start, end):
            return False
        head = region[0]
        return not (head.startswith(rules.definite_article) or head in rules.apposition_heads or head in rules.titles
                    or head in rules.adjuncts or head in rules.object_prepositions or head in rules.skip_after_speaker
                    or rules.spokesman_head_re.match(head) or head in rules.modifiers
                    or self.speakers.institution_at(N, start, end) is not None)

    def titled_name(self, doc: Doc, pos: int, limit: int):
        """The name group right after an office title that opens the object position («وزير الدفاع …
        كيم يونغ هيون»), or None: at most five words before the name, the first an office head, and no
        relative pronoun, complementizer or quotation among them."""
        N = doc.text
        people = [m for m in doc.mentions_between(pos, min(limit, pos + 80)) if m.kind in ("name", "not_actor", "surname")]
        if not people:
            return None
        seat = self.speakers.seat_before(N, pos, people[0].start) if people[0].kind != "surname" else None
        lead = words(N, pos, people[0].start if seat is None else seat)  # «… بالبيت الأبيض جون كيربي»: the seat
        rules = self.rules
        if not 1 <= len(lead) <= 5 or (lead[0] not in rules.apposition_heads and lead[0] not in rules.titles):
            return None
        if any(w in rules.relative_pronouns or w in rules.complementizers for w in lead) \
                or any(ch in N[pos:people[0].start] for ch in ',:"«»“”'):
            return None
        group = glued(N, people)
        return group or None

    def is_purpose_verb(self, cue: Cue) -> bool:
        prefix = self.rules.purpose_prefix
        return cue.form.startswith(prefix) and cue.form[len(prefix):] in self.rules.form_to_key

    def unnamed_purpose_subject(self, doc: Doc, cue: Cue, s_start: int) -> Speaker | None:
        """«… قبل أن يخرج المكتب الرئاسي ليؤكد أن …»: a definite noun phrase before a purpose verb in its
        clause is its subject (an office, not the person named earlier); «لكنه عاد ليؤكد» has none."""
        N = doc.text
        start = max(s_start, N.rfind(",", s_start, cue.start) + 1)
        toks = [t for t in tokens(N, start, cue.start) if t[2] not in self.rules.fillers]
        nps = [t for t in toks if t[2].startswith(self.rules.definite_article)]
        if not nps or doc.mentions_between(start, cue.start):
            return None
        return Speaker(OTHER, doc.original_span(nps[0][0], nps[-1][1]))

    def named_right_before(self, doc: Doc, cue: Cue, start: int) -> Speaker | None:
        """«ما ردّ عليه الرئيس يون بالقول …»: a person named right before the participle, after at most a
        verb and a preposition at the head of its clause, is its subject."""
        N = doc.text
        mentions = [m for m in doc.mentions_between(start, cue.start) if m.kind in ("name", "surname", "role")]
        if not mentions or N[mentions[-1].end:cue.start].strip():
            return None
        group = glued(N, mentions[::-1], backwards=True)
        lead = [w for w in words(N, start, group[0].start) if w not in self.rules.fillers]
        if len(lead) > 3 or (lead and self.object_word(lead[-1])):
            return None
        return self.speakers.resolve_group(doc, group, State())

    def object_word(self, word: str) -> bool:
        """A noun glued to the ب of an object or a bare preposition right before a name («أشاد … بتعيين كيربي»،
        «رحب بقرار يون»): the name is inside the object of the clause's verb, not the participle's subject."""
        rules = self.rules
        if word in rules.object_prepositions or word in rules.region_prepositions:
            return True
        b = rules.b_marker
        return word.startswith(b) and len(word) > 3 and word not in rules.b_adverbs

    def clause_start(self, doc: Doc, s_start: int, pos: int) -> int:
        """Start of the clause holding ``pos``: after the last comma or relative word before it."""
        N = doc.text
        start = max(s_start, N.rfind(",", s_start, pos) + 1)
        for t_start, t_end, word in tokens(N, start, pos):
            if word in self.rules.relative_pronouns or word in self.rules.non_speech_before:
                start = t_end
        return start

    def someone_else_named(self, doc: Doc, s_start: int, cue_start: int, state: State) -> Speaker | None:
        """A participle whose clause names people but not the previous (tracked) speaker: the clause's
        subject is one of them, so the participle is not the previous speaker's (doubt: ``other``)."""
        last = state.last_speaker
        if last is None or last.actor == OTHER:
            return None
        mentions = [m for m in doc.mentions_between(s_start, cue_start)
                    if m.kind in ("name", "role", "not_actor", "surname") and not doc.in_inner_quote(m.start)]
        if not mentions:
            return None
        resolved = [self.speakers.resolve_group(doc, [m], State()) for m in mentions]
        if any(r.actor == last.actor for r in resolved):
            return None
        return Speaker(OTHER, doc.original_span(mentions[0].start, mentions[0].end))

    def document_sender(self, doc: Doc, cue: Cue, s_start: int, state: State) -> Speaker | None:
        """«وجاء ذلك في برقية وجهها كيم إلى الرئيس الروسي فلاديمير بوتين، أكد فيها أن …»: a bare verb and a
        resumptive («فيها») open a clause about the document named before it; the person right after the last word
        that carries the same pronoun (وجهها، بعثها، ألقاها) sent it and speaks, not the addressee named last."""
        N = doc.text
        after = next_token(N, cue.end, len(N))
        if after is None or after[2] not in self.rules.resumptive or N[cue.start:cue.end] != cue.form:
            return None
        rules = self.rules
        pronoun = after[2][len(rules.resumptive_head):]
        toks = list(tokens(N, s_start, cue.start))
        for i in range(len(toks) - 1, -1, -1):
            if len(toks[i][2]) > len(pronoun) + 2 and toks[i][2].endswith(pronoun):
                pos = skip_space(N, toks[i][1])
                group = self.speakers.mention_group(doc, pos, cue.start)
                if group and group[0].start == pos:
                    return self.speakers.resolve_group(doc, group, state)
                # «رسالة بعثها الرئيس الأمريكي إلى كيم …»: a sender the lexicon does not know, up to his preposition
                end = next((t[0] for t in toks[i + 1:] if t[2] in rules.object_prepositions
                            or t[2] in rules.region_prepositions or "," in N[pos:t[0]]), None)
                if end is None or not 0 < len(words(N, pos, end)) <= rules.sender_words:
                    return None
                return Speaker(OTHER, doc.original_span(pos, trim_end(N, pos, end)))
        return None

    def after_pronoun_connective(self, doc: Doc, cue: Cue, s_start: int) -> bool:
        """«… دونالد ترامب"، لكنه أضاف أنه "…"»: «لكنه» right before the verb and the last person named before it inside
        a quotation: the pronoun is the speaker going on, not that person (the subject of a nested act). Outside
        quotations («قال كيربي إن بايدن تحدث …، لكنه أكد …») the nested reading stays."""
        before = words(doc.text, max(s_start, cue.start - 12), cue.start)
        if not before or before[-1] not in self.rules.pronoun_connectives:
            return False
        named = doc.mentions_between(s_start, cue.start)
        return bool(named) and doc.in_quote(named[-1].start)

    def pronoun_subject(self, doc: Doc, cue: Cue, c_start: int, s_start: int) -> bool:
        """The verb follows «أنه/إنه» and no person is named between it and its content."""
        before = words(doc.text, max(s_start, cue.start - 12), cue.start)
        return (bool(before) and before[-1] in self.rules.pronoun_complementizers
                and not doc.mentions_between(cue.end, c_start))

    def opened_by_complementizer(self, N: str, cue_end: int, c_start: int) -> bool:
        """The content follows إن/أن (a clause said), not a bare object («طمأن الرئيس المواطنين، مؤكدا …»)."""
        before = words(N, cue_end, c_start)
        return bool(before) and before[-1] in self.rules.complementizers

    def opened_by_marker(self, N: str, cue: Cue, c_start: int) -> bool:
        """The content follows the verb's own marker («وشدد يون على أهمية الحوار، داعيا …»): words said, not an
        object person; «قلل من أهميته، مؤكدا …» is an act of its own before the second (test-gold convention)."""
        before = words(N, cue.end, c_start)
        markers = self.rules.participle_markers.get(cue.form, []) if cue.key == "participle" \
            else self.rules.verb_markers.get(cue.key, [])
        return bool(before) and before[-1] in markers

    def only_speaker_words(self, doc: Doc, start: int, end: int) -> bool:
        """Between ``start`` and ``end`` only lexicon mentions, titles, fillers and time words."""
        rules = self.rules
        return doc.only_mentions(start, end, rules.titles, rules.fillers, rules.skip_after_speaker)

    def foreign_office_holder(self, doc: Doc, start: int, name) -> Speaker | None:
        """«واتهم وزير الخارجية الأوكراني بيسكوف بالكذب», «ووصف السفير الأمريكي كيم جونغ أون بأنه …»: an office that
        opens at ``start`` with one of 'foreign_office_heads' and ends right before the mention ``name`` of a tracked
        man none of whose roles in the lexicon holds that word: its unnamed holder speaks (``other``); the name is
        what he speaks about. A tracked man the lexicon gives no role (a custom actors file) keeps the office."""
        N = doc.text
        head = next_token(N, start, name.start)
        if name.actor is None or head is None or head[0] != skip_space(N, start) \
                or head[2] not in self.rules.foreign_office_heads or self.may_hold(name.actor, head[2]):
            return None
        return Speaker(OTHER, doc.original_span(start, name.start))

    def may_hold(self, actor: str, head: str) -> bool:
        """Whether one of ``actor``'s roles in the lexicon holds the office word ``head`` (True when he has none)."""
        key = (actor, head)
        if key not in self._held:
            roles = [surface.split() for surface, holders in self.speakers.lexicon.role_holders.items()
                     if any(h.actor == actor for h in holders)]
            self._held[key] = not roles or any(head in words or head.removeprefix(self.rules.definite_article) in words
                                               for words in roles)
        return self._held[key]

    def leading_adverbial(self, N: str, start: int, end: int) -> bool:
        """«وأشار خلال اللقاء الذي حضره ولي العهد … ورئيس الوزراء جعفر حسان، إلى …»: the region is one adverbial
        phrase opening with an adjunct word and closed by its only comma right before the marker, at most
        'leading_adverbial_words' words long; it names where he spoke, not who."""
        region = N[start:end].rstrip()
        if not region.endswith(",") or region.count(",") != 1:
            return self.named_then_adverbial(N, start, end)
        ws = words(N, start, end)
        return 0 < len(ws) <= self.rules.leading_adverbial_words and ws[0] in self.rules.adjuncts \
            or self.named_then_adverbial(N, start, end)

    def named_then_adverbial(self, N: str, start: int, end: int) -> bool:
        """«وأوضح عطاف في كلمة ألقاها اليوم أمام السفراء …، أن …», «وأضاف عطاف في كلمة قرأها نيابة عنه فلان، المفتش
        العام …، أن …»: one or two words of name, then one adverbial phrase (an adjunct word opens it) closed by a
        comma right before the marker; at most 'leading_adverbial' 'max_words' words, at most
        'named_adverbial_commas' commas, and no verb of saying or complementizer inside."""
        rules = self.rules
        region = N[start:end].rstrip()
        ws = words(N, start, end)
        closed = region.endswith(",") or N[end:end + 1] == ":"  # «وقال عراقجي في تصريح … خلال زيارته …: إن …»
        if not closed or region.count(",") > rules.named_adverbial_commas \
                or not 2 < len(ws) <= rules.leading_adverbial_words:
            return False
        lead = next((i for i, w in enumerate(ws[:3]) if w in rules.adjuncts), None)
        return lead in (1, 2) and self.says_nothing(ws) and not any(
            w in rules.adjuncts or w in rules.skip_after_speaker for w in ws[:lead])

    def says_nothing(self, ws: list[str]) -> bool:
        """None of the words is a complementizer or a verb of saying: they cannot hold an act of speech."""
        return not any(w in self.rules.complementizers or is_cue_word(self.rules, w) for w in ws)

    def titled_region(self, N: str, start: int, end: int) -> bool:
        """«وأعاد الملك عبدالله الثاني التأكيد على …»: a short region that opens with a title, an office head or an
        honorific ('honorific_heads'): a person the lexicon does not know, the verb's subject."""
        region = words(N, start, end)
        rules = self.rules
        return 0 < len(region) <= rules.titled_region_words and (
            region[0] in rules.titles or region[0] in rules.apposition_heads or region[0] in rules.honorific_heads)

    def office_head_region(self, N: str, start: int, end: int) -> bool:
        """«جدد وزير الخارجية الإيراني عباس عراقجي دعم …»: a region of at most 'honorific_heads.region_words' words
        that opens with an office head in the construct state (وزير، رئيس: no article) names the office and its
        holder: the verb's subject, however many name units follow («المسؤول الأمريكي كافة الفصائل …» is not one:
        a definite head may refer back and leave the rest to the object)."""
        region = words(N, start, end)
        return 0 < len(region) <= self.rules.titled_region_words and region[0] in self.rules.apposition_heads \
            and not region[0].startswith(self.rules.definite_article) and self.says_nothing(region)

    def plain_subject(self, N: str, start: int, end: int) -> bool:
        """«ووجه البرهان الشكر …», «وتوجه الدبيبة بالشكر …»: before a marker that names the act, a short region
        (at most 'honorific_heads.region_words' words) with no adverbial first and no complementizer or speech verb
        in it is the subject, a person the lexicon does not know."""
        region = words(N, start, end)
        rules = self.rules
        return 0 < len(region) <= rules.titled_region_words and region[0] not in rules.adjuncts \
            and region[0] not in rules.object_prepositions and self.says_nothing(region)

    def points_back(self, doc: Doc, cue: Cue, start: int, end: int) -> bool:
        """«وأعرب بيسكوف عن ذلك للصحفيين»: a verb of 'back_reference_families' (one that only voices words) whose
        object is one of 'sentence_back_references' and nothing else but time words, adverbials and addressees,
        then at most an adverbial phrase (opening with one of 'adjunct_starts': «… للصحفيين في إفادته اليومية»),
        points back to words already given (a bare «ونفى بيسكوف ذلك» still denies; «أعرب عن ذلك الأمل» is no
        back reference)."""
        rules = self.rules
        if cue.key not in rules.back_reference_families:
            return False
        found = words(doc.text, start, end)
        if not found or found[0] not in rules.sentence_back_references:
            return False
        for w in found[1:]:
            if w in rules.adjuncts:
                return True
            if w not in rules.skip_after_speaker and w not in rules.fillers:
                return False
        return True

    def only_names(self, doc: Doc, start: int, end: int) -> bool:
        """``[start, end)`` holds a person named (role, name, titles) and nothing else; the bare surname of someone
        named in full before it («… الرئيس مون جاي إن. وأشاد كيم بمون …») names him too."""
        mentions = doc.mentions_between(start, end)
        if not mentions:
            rest = words(doc.text, start, end)
        else:
            rest = words(doc.text, start, mentions[0].start) + words(doc.text, mentions[-1].end, end)
            for a, b in zip(mentions, mentions[1:]):
                rest += words(doc.text, a.end, b.start)
        rules = self.rules
        others = [w for w in rest if w not in rules.titles and w not in rules.skip_after_speaker]
        if not mentions and not others:
            return False
        if not others:
            return True
        first_named = doc.first_named_words()
        return all(first_named.get(w, start + 1) <= start for w in others)

    def institution_pair(self, doc: Doc, cue: Cue, s_start: int, speaker: Speaker | None) -> bool:
        """The subject of a dual verb, `other`, is its sentence's opening words and they are an institution or a
        place (rules.institutions), not a person."""
        if speaker is None or speaker.actor != "other":
            return False
        return self.speakers.institution_at(doc.text, skip_space(doc.text, s_start), cue.start) is not None

    def agreeing(self, speaker: Speaker, cue: Cue) -> Speaker:
        """A feminine verb (وقالت كيم) cannot have a tracked man as subject: that is a woman, ``other``."""
        if cue.feminine and cue.key != "relay" and not speaker.any_gender:
            return self.speakers.as_feminine(speaker)
        return speaker

    # ------------------------------------------------------------ content
    def content(self, doc: Doc, cue: Cue, limit: int, state: State):
        """``(speaker, content start, content end, direct)`` for a cue, or None."""
        N = doc.text
        rules = self.rules
        if cue.key == "relay" or cue.key in rules.relay_prepositions:
            return self.relayed.content(doc, cue, limit, state)
        spec = rules.verbs.get(cue.key, {"markers": [], "object": False})
        candidate = self.comma_opening(doc, cue, limit, spec) or self.opening(doc, cue, limit, spec)
        if candidate is None and (spec.get("object") or cue.form in rules.participle_objects):
            return self.object_content(doc, cue, limit, state)
        if candidate is None:
            return None
        if kind_of(candidate) == "comp" and any(w in rules.commentary_adjuncts for w in words(N, cue.end, candidate[0])):
            # «وقال بيسكوف، تعليقا على تصريح لبلينكن بأن …: "…"»: the بأن belongs to the commented remark;
            # his own words follow the colon.
            colon = N.find(":", candidate[1], limit)
            if colon > 0 and not doc.in_quote(colon) and doc.inner_quote_at(skip_space(N, colon + 1)):
                candidate = (colon, colon + 1, "colon")
        region_end, content_start, kind = candidate
        if kind == "marker" and (spec.get("marker_in_content")
                                 or (opened := words(N, region_end, content_start)[:1])
                                 and opened[0] in rules.kept_markers.get(cue.key, ())):
            content_start = region_end  # «وجّه يون تحذيرا إلى …»: the noun names the act and opens the words;
            # «وتساءل كيف يمكن …»: the question word opens the question asked
        if spec.get("marker_after_speaker") and not self.only_speaker_words(doc, cue.end, region_end) \
                and not self.titled_region(N, cue.end, region_end) \
                and not (spec.get("marker_in_content") and self.plain_subject(N, cue.end, region_end)):
            return None  # «وأعاد الجيش فتح الطريق بعد التأكيد على …»: other words before the marker, no speech
        owner = self.relative_clause_speaker(doc, cue, region_end) if kind == "comp" else None
        region_start = skip_tokens(N, cue.end, region_end, rules.skip_after_speaker)
        region_limit = 30 if self.speakers.mention_group(doc, region_start, region_end) else 14
        region_words = len(words(N, cue.end, self.adjunct_tail_start(N, cue.end, region_end)))
        if region_words > region_limit \
                and region_words - self.relative_clause_words(N, cue.end, region_end) > region_limit \
                and not self.leading_adverbial(N, region_start, region_end) \
                and not (kind == "quote" and self.office_then_relative_clause(words(N, cue.end, region_end))):
            return self.object_content(doc, cue, limit, state) if spec.get("object") else None
        if kind == "comp" and spec.get("object") is True and self.object_before_clause(doc, region_start, region_end):
            # «استغرب كيربي سؤال أحد الصحافيين عن …، رغم إقرارها بأن …»: the object follows the speaker; the
            # complementizer after the comma belongs to another clause.
            return self.object_content(doc, cue, limit, state)
        if kind == "marker" and spec.get("object") == "clause_start" and self.verbal_noun_object(
                doc, self.after_names(doc, region_start, region_end), region_end):
            # «ولكنه أكد عدم العثور على شيء»، «وأكد حرص بلاده على …»: a verbal noun, not a subject, before the
            # marker; the words said start with it.
            found = self.object_content(doc, cue, limit, state)
            if found is not None:
                return found
        speaker = (self.document_sender(doc, cue, state.sentence_start, state)  # «برقية وجهها كيم …، أكد فيها أن»
                   # «بعث بوتين برقية إلى كيم أكد فيها أن …»: the sender, not the addressee named right before the verb
                   or self.resumptive_owner(doc, cue, state.sentence_start, state, past_objects_only=True)
                   or self.speakers.subject_right_before(doc, cue, state.sentence_start)  # «كيم يتوعد ترامب …»
                   or self.pluperfect_subject(doc, cue, state))  # «وكان ترامب قد حذر كيم من …»: كيم is the object
        if owner is not None:
            speaker = owner  # «… على تصريحات مساعد الوزير، التي قال فيها إن …»: the relative clause's speaker
        elif speaker is None and kind != "colon" and state.sentence_found and state.sentence_found[-1][1] == cue.start \
                and N[region_start:region_end].strip(" ,") and not doc.mentions_between(region_start, region_end) \
                and self.named_after_complementizer(doc, cue, state.sentence_start):
            speaker = None  # «ذكرت الوسائل أن الزعيم كيم دعا جيش بلاده إلى …»: the name before the verb is its
            # subject (found with the nested acts); the words between the verb and its marker are its object
        elif speaker is None and words(N, region_start, region_end) != [rules.b_marker] \
                and not ((spec.get("object") or cue.key in rules.place_object_families)
                         and self.place_object(N, cue, region_start, region_end)):
            # (a lone ب before a quotation opens the words: «ووصفها بـ"الخطيرة"» names nobody)
            speaker = self.speakers.speaker_from_region(doc, cue, self.office_after_skipped(N, cue, region_start, region_end),
                                                        region_end, state,
                                                        subject_before=not self.fronted_topic(doc, cue, state.sentence_start))
            if speaker is not None and speaker.actor != OTHER:
                speaker = self.titled_subject_before_object(doc, region_start, region_end) or speaker
            if speaker is not None and speaker.actor != OTHER and kind == "marker":
                # «واتهم وزير الخارجية الأوكراني بيسكوف بالكذب»: before a verb's own marker the name may be its object;
                # before a complementizer («قال وزير … X إن») the name in apposition decides (ANNOTATION.md)
                names = doc.mentions_between(region_start, region_end)
                speaker = (self.foreign_office_holder(doc, region_start, names[0]) if names else None) or speaker
            elif speaker is not None and spec.get("object") is True and self.object_of_second_act(doc, cue, region_start, region_end, state):
                speaker = None  # «وقال يون إن …، ودعا الحلفاء إلى …»: the noun is whom he calls on; he goes on speaking
        if kind == "marker" and spec.get("quote_after_marker") \
                and (q := doc.inner_quote_at(skip_space(N, content_start))) is not None:
            return speaker, q[0] + 1, q[1], True  # «وتحدث بيسكوف عن "…" خلال لقائه»: the quotation is the words said
        return (speaker, *self.words_span(doc, kind, region_end, content_start, limit))

    def comma_opening(self, doc: Doc, cue: Cue, limit: int, spec: dict):
        """«وأضاف، لا أحد يمكنه أن يحدد …»: a continuation verb whose comma is followed by a plain clause of at least
        'comma_words' words, not an adverbial («وأضاف، خلال لقائه …»), a complementizer or a participle in its first
        two words, and no colon, quotation or person in it, uses the comma as a colon: ``(comma, comma + 1,
        "colon")``, or None."""
        N = doc.text
        rules = self.rules
        comma = skip_space(N, cue.end)
        if not spec.get("continuation") or cue.key == "participle" or N[comma:comma + 1] != ",":
            return None
        end = N.find(",", comma + 1, limit)
        end = limit if end < 0 else end
        clause = words(N, comma + 1, end)
        if len(clause) < rules.comma_words or any(ch in N[comma:end] for ch in ':"«“'):
            return None
        first = clause[0]
        if first in rules.adjuncts or first in rules.skip_after_speaker or first in rules.object_prepositions \
                or doc.mentions_between(comma, end) \
                or not self.says_nothing(clause[:2]):
            return None
        return comma, comma + 1, "colon"

    def opening(self, doc: Doc, cue: Cue, limit: int, spec: dict):
        """Where the words of ``cue`` open, scanning the tokens after it up to ``limit``: ``(region_end,
        content_start, kind)`` with kind "quote", "colon", "comp" (a complementizer) or "marker" (the verb's own
        marker, a ب or a glued ل), or None. The region between the cue and ``region_end`` holds the speaker."""
        N = doc.text
        rules = self.rules
        markers = rules.participle_markers.get(cue.form, []) if cue.key == "participle" else rules.verb_markers.get(cue.key, [])
        b_marker = rules.b_marker in markers
        glued = spec.get("glued_marker") if cue.key != "participle" else None
        glued_candidate = None  # «وأشار بيسكوف للنهج …»: taken only when no other marker follows
        pos = cue.end
        candidate = None  # (region_end, content_start, kind)
        names = [(m.start, m.end) for m in doc.mentions_between(pos, limit)]
        if rules.outlet_name_re is not None:  # «وذكرت وكالة كيه سي إن إيه أن …»: «إن» inside the outlet's name
            names += [o.span() for o in rules.outlet_name_re.finditer(N, pos, limit)]
        resumptive = resumptive_after(N, rules, pos, limit) if spec.get("resumptive_opens") else None
        if resumptive is not None and not any(w in rules.complementizers or w in markers
                                              for w in words(N, resumptive.end(), limit)[:1]):
            return resumptive.start(), resumptive.end(), "marker"  # «تمنى له فيها الشفاء …»: the wish follows «فيها»
        prev_word = ""
        for t_start, t_end, word in tokens(N, pos, limit):
            if any(a < t_start < b for a, b in names):
                continue  # «مون جاي إن»: a word inside a name is never the complementizer
            if doc.in_inner_quote(t_start) and not doc.is_name_quote_at(t_start):
                q = doc.inner_quote_at(t_start)
                if self.quote_may_open_content(doc, cue, q[0]):
                    candidate = (q[0], q[0], "quote")
                    break
                continue
            between = N[pos:t_start]
            if ":" in between and not doc.in_quote(pos + between.index(":")):
                colon = pos + between.index(":")
                candidate = (colon, colon + 1, "colon")
                break
            if word in rules.complementizers:
                if prev_word in rules.temporal_before_complementizer and (
                        N[pos:t_start].strip() == "" and t_start > cue.end + 1 and words(N, cue.end, t_start)[:-1]):
                    # «أكد … خلو بلاده من الإصابات، بعد أن اقترب …»: «بعد أن» opens a time clause, not the words said
                    prev_word, pos = word, t_end
                    continue
                if prev_word in rules.attributive_sayings:
                    # «لدى تذكيره بالادعاءات القائلة بأن …»: the clause describes the claims, not the words said
                    prev_word, pos = word, t_end
                    continue
                if prev_word in rules.manner_before_complementizer:
                    # «… الذي قرأ خطابه دون أن يرفع رأسه …»: «دون أن» opens a clause of manner, not the words said
                    prev_word, pos = word, t_end
                    continue
                candidate = (t_start, t_end, "comp")
                break
            if word in markers and prev_word in rules.commentary_adjuncts:
                # «وأكد بيسكوف، ردا على سؤال …، أن …»: the على of «ردا على» opens what he answered, not his words
                prev_word, pos = word, t_end
                continue
            if word in markers and self.speakers.relay_phrase_at(N, word, t_end, limit):
                # «أكد الكرملين على لسان المتحدث باسمه … أن …»: «على لسان» names the mouth, the marker comes later
                prev_word, pos = word, t_end
                continue
            if word in markers and not self.inside_object_clause(N, cue, t_start):
                nxt = next_token(N, t_end, limit)
                if nxt and nxt[2] in rules.complementizers:
                    candidate = (t_start, nxt[1], "comp")
                    break
                if word in rules.complementizer_markers.get(cue.key, ()):
                    prev_word, pos = word, t_end
                    continue  # «ذهب الوزير إلى موسكو»: this marker opens words only before a complementizer
                later = self.composite_ahead(N, word, t_end, limit)
                if later is not None:
                    candidate = later
                    break
                if self.speakers.name_units(N, cue.end, t_start) <= 4 or doc.mentions_between(cue.end, t_start) \
                        or self.speakers.name_units(N, cue.end, self.adjunct_tail_start(N, cue.end, t_start)) <= 4 \
                        or self.speaker_then_time_words(N, cue.end, t_start) \
                        or self.office_head_region(N, cue.end, t_start) \
                        or self.leading_adverbial(N, cue.end, t_start):
                    # «أشار رئيس الحكومة X، بعد لقائه … في بكركي، إلى أن …»: an adverbial phrase between commas
                    # after the speaker does not count
                    candidate = (t_start, t_end, "marker")
                    break
            if b_marker and word[:1] == rules.b_marker and word[1:] in rules.complementizers and word not in rules.complementizers \
                    and cue.key not in rules.feminine_subject_families:
                # «ووعد يون جارته الشمالية بأنها …»: ب glued to a complementizer opens the words even after an object
                candidate = (t_start, t_start + 1, "marker")
                break
            if b_marker and word.startswith(rules.b_marker) and len(word) >= 3 and word not in rules.b_adverbs \
                    and word not in rules.feminine_place_words and not self.place_starts_at(N, t_start, word) and not any(
                    m.start == t_start for m in doc.mentions_between(t_start, t_end)):  # «بيسكوف» is a name, «ببوتين» is ب + a name
                if self.b_marker_follows_speaker(doc, cue, t_start) and (N[cue.end:t_start].strip() or cue.key in rules.b_right_after_verb):
                    candidate = (t_start, t_start + 1, "marker")
                    break
            if glued and glued_candidate is None and word.startswith(glued + rules.definite_article[1:]) and len(word) > 4 \
                    and word not in rules.object_words and word not in rules.skip_after_speaker \
                    and self.only_speaker_words(doc, cue.end, t_start):
                glued_candidate = (t_start, t_start, "marker")  # the word keeps its ل (ل + ال = لل)
            prev_word, pos = word, t_end
        else:
            between = N[pos:limit]
            if ":" in between:
                colon = pos + between.index(":")
                candidate = (colon, colon + 1, "colon")
            elif glued_candidate is not None and doc.mentions_between(cue.end, glued_candidate[0]):
                candidate = glued_candidate  # «وأشار بيسكوف للنهج …»: ل glued to the words, right after a named speaker
        return candidate

    def words_span(self, doc: Doc, kind: str, region_end: int, content_start: int, limit: int) -> tuple[int, int, bool]:
        """``(start, end, direct)`` of the words said once their opening is known: the quotation after a colon or
        right at the opening when there is one (``direct``), else everything up to ``limit``."""
        N = doc.text
        if kind == "colon":
            q = doc.inner_quote_at(skip_space(N, content_start))
            return (q[0] + 1, q[1], True) if q else (content_start, limit, False)
        if kind == "quote":
            q = doc.inner_quote_at(region_end)
            return q[0] + 1, q[1], True
        c_start = skip_space(N, content_start)
        q = doc.inner_quote_at(c_start)
        if q and trim_end(N, c_start, limit) <= q[1] + 1:
            return q[0] + 1, q[1], True
        return content_start, limit, False

    def inside_object_clause(self, N: str, cue: Cue, pos: int) -> bool:
        """«وحث بيونغ يانغ على العودة إلى المفاوضات»: one of the verb's 'object_markers' after its object and before
        the marker at ``pos``: that marker belongs to the words said, which open at the object marker."""
        object_markers = self.rules.verb_object_markers.get(cue.key)
        if not object_markers or cue.key == "participle":
            return False
        if COMMAS.search(N, cue.end, pos):
            return False  # «ودعت الأمم المتحدة، على لسان …، إلى …»: an adverbial between commas, not the object
        between = words(N, cue.end, pos)
        return any(w in object_markers for w in between[1:])

    def outer_speaker_resumes(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """``(comma, words start)`` of a comma and one of 'outer_resumers' («، لكن», «، غير أن») inside ``[start, end)``
        followed by at least three words, or None."""
        if not self.rules.outer_resumers_re:
            return None
        m = self.rules.outer_resumers_re.search(doc.text, start, end)
        if m is None or len(words(doc.text, m.end(), end)) < 3:
            return None
        return m.start(), m.end()

    def object_of_second_act(self, doc: Doc, cue: Cue, start: int, end: int, state: State) -> bool:
        """A masculine singular object verb joined by و after a comma, or right where the words of the statement before
        it end, in a sentence that already holds a statement of a named speaker («وقال يون إن …، ودعا الحلفاء إلى
        …», «… إن الوقت قد حان ودعا الحلفاء إلى …»), followed by a short common noun phrase: no person named, no
        title, office, spokesman, outlet or institution: the phrase is the verb's object."""
        N = doc.text
        if not state.sentence_found or cue.feminine or cue.plural or N[cue.start:cue.end] == cue.form \
                or not (N[max(state.sentence_start, cue.start - 3):cue.start].rstrip().endswith(",")
                        or not N[state.sentence_found[-1][1]:cue.start].strip()):
            return False  # (no comma: «… إن الوقت قد حان ودعا الحلفاء إلى …», the words before end at the verb)
        last = state.sentence_found[-1][2]
        if last is None or not last.mention:
            return False
        region = words(N, start, end)
        rules = self.rules
        if not 1 <= len(region) <= 3 or doc.mentions_between(start, end):
            return False
        head = region[0]
        if head in rules.titles or head in rules.apposition_heads or rules.spokesman_head_re.match(head) \
                or normalize(head) in rules.outlet_heads or head in rules.office_words:
            return False
        # («، وأمر الجيش بـ…»: a body of the verb's 'institution_objects' named after it is the one ordered)
        return self.speakers.institution_at(N, start, end) is None \
            or head in {normalize(w) for w in rules.verbs[cue.key].get("institution_objects", ())}

    def titled_subject_before_object(self, doc: Doc, start: int, end: int) -> Speaker | None:
        """«وأبلغ الرئيس الصيني شي جين بينغ الزعيم كيم جونغ أون أن …»: a title, a name the lexicon does not know,
        then the tracked person with a title of his own: the first person is the subject (``other``) and the
        tracked one is told; the words are not his."""
        N = doc.text
        people = [m for m in doc.mentions_between(start, end) if m.kind in ("name", "role", "surname")]
        if not people:
            return None
        first = glued(N, people)[0]
        lead = words(N, start, first.start)
        rules = self.rules
        own_title = 0
        while lead and lead[-1] in rules.titles:
            lead.pop()
            own_title += 1
        if not own_title or len(lead) < 2 or not (lead[0] in rules.titles or lead[0] in rules.apposition_heads):
            return None
        if any(ch in N[start:first.start] for ch in ',:"«»“”') \
                or any(w in rules.complementizers or w in rules.object_prepositions or w in rules.relative_pronouns
                       or w in rules.all_markers for w in lead):
            return None
        names = [w for w in lead[1:] if not (w.endswith(rules.nisba_suffixes) or w in rules.titles
                                             or w in rules.modifiers or w in rules.apposition_heads)]
        if not names:
            return None
        toks = list(tokens(N, start, first.start))
        return Speaker(OTHER, doc.original_span(toks[0][0], toks[len(lead) - 1][1]))

    def relative_clause_speaker(self, doc: Doc, cue: Cue, comp: int) -> Speaker | None:
        """The complementizer follows a relative clause with its own verb of saying («تصريحات مساعد الوزير،
        التي قال فيها إن …»): the words are that clause's speaker's (the owner of the remarks), not the
        cue's; None when there is no such clause."""
        N = doc.text
        if comp - cue.end < 12:
            return None
        segment = N[cue.end:comp]
        for rel in self.rules.relative_pronoun_cores:
            if rel in segment:
                break
        else:
            return None  # cheap test first: no relative pronoun between the verb and the complementizer  # cheap test first: no relative pronoun between the verb and the complementizer
        toks = list(tokens(N, cue.end, comp))
        for i, (t_start, t_end, word) in enumerate(toks[:-1]):
            if word in self.rules.relative_pronouns and toks[i + 1][2] in self.rules.form_to_key and i + 2 < len(toks) \
                    and (toks[i + 2][2] in self.rules.resumptive or toks[i + 2][2] in self.rules.complementizers):
                owner = self.speakers.speech_noun_owner(doc, cue.end, t_start)
                if owner is not None:
                    return owner
                named = [m for m in doc.mentions_between(cue.end, t_start)
                         if m.kind in ("name", "role", "not_actor", "surname")]
                if named and not N[named[-1].end:t_start].strip(" ,"):
                    return self.speakers.resolve_group(doc, glued(N, named[::-1], backwards=True), State())
                start = max(cue.end, N.rfind(",", cue.end, trim_end(N, cue.end, t_start)) + 1)
                return Speaker(OTHER, doc.original_span(skip_space(N, start), trim_end(N, cue.end, t_start)))
        return None

    def b_marker_follows_speaker(self, doc: Doc, cue: Cue, pos: int) -> bool:
        """The ب of «أشاد كيم الأسبوع الماضي بـ…» comes right after the speaker, give or take time words."""
        mentions = doc.mentions_between(cue.end, pos)
        after = mentions[-1].end if mentions else cue.end
        N = doc.text
        resumptive = None if mentions else resumptive_after(N, self.rules, cue.end, pos)
        if resumptive is not None:
            after = resumptive.end()  # «خطابا …، يتعهد فيه ببذل …»: the document's sender speaks; the ب follows «فيه»
        at = skip_space(N, after)
        place = phrase_at(N, at, self.rules.places_by_head)
        if place is not None and mentions:
            after = at + len(place[1])  # «ووعد يون بيونغ يانغ بأنها …»: the place is the object, then the ب
        between = words(doc.text, after, pos)
        if not mentions and between and between[0] in self.rules.titles:
            between = between[1:]  # «ووعد الرئيس بتنفيذ …»: a bare title that refers back to the person named with it
        if not mentions and between and between[0] in self.rules.joint_words:
            between = between[1:]  # «وتعهد الزعيمان بتعزيز …»: joint speakers as the subject
        if between and between[0] in self.rules.adjuncts and 2 <= len(between) <= 3 and "," not in N[after:pos]:
            between = []  # «حيث تعهد خلال الاجتماع برفع …»: a short adverbial between the verb and its ب
        elif mentions and between and self.inserted_adverbial(N, between, after, pos):
            between = []  # «وأشاد كيم جونج أون، في كلمة ألقاها، بجهود …» (fresh19 M1)
        if not mentions and between and " ".join(between) in self.speakers.titled_names(doc):
            between = []  # «ورحب ماكرون بالمبادرة» after «الرئيس الفرنسي إيمانويل ماكرون»
        if not mentions and cue.key in self.rules.b_right_after_verb and (
                self.definite_subject(N, between, after, pos) or self.titled_unknown_subject(words(N, after, pos), self.name_in_commas(N, after, pos))):
            # «وأشاد الوزير بجهود …», «وأقر الأمين العام بوجود …»: an unnamed definite subject, then ب;
            # «ورحب الرئيس عباس، بالوفد …»: a title and a name the lexicon does not know
            return True
        return all(w in self.rules.skip_after_speaker or w in self.rules.b_adverbs for w in between)

    def inserted_adverbial(self, N: str, between: list[str], after: int, pos: int) -> bool:
        """The words between the speaker and the ب are one adverbial phrase set off by two commas (an adjunct
        opens it; at most 'leading_adverbial' 'max_words' words, no speech verb or complementizer)."""
        region = N[after:pos].strip()
        return region.startswith(",") and region.endswith(",") and region.count(",") == 2 \
            and between[0] in self.rules.adjuncts and len(between) <= self.rules.leading_adverbial_words \
            and self.says_nothing(between)

    def titled_unknown_subject(self, between: list[str], apposed: bool = False) -> bool:
        """«ورحب الرئيس الفلسطيني محمود عباس، الاثنين، بالإعلان …»: the words before the ب open with a title or an
        honorific and are at most 'honorific_heads.region_words' long, with no complementizer or speech verb;
        «ورحب رئيس دولة فلسطين، محمود عباس، بالمبادرة …»: an office head in the construct state (رئيس، وزير: no
        article) with its holder's name set off by two commas right before the ب («ورحب وزير الخارجية بتصريحات …»
        stays no statement: the office alone may be the object's owner)."""
        rules = self.rules
        head = between[0] if between else ""
        return 0 < len(between) <= rules.titled_region_words \
            and (head in rules.titles or head in rules.honorific_heads
                 or head in rules.apposition_heads and not head.startswith(rules.definite_article) and apposed) \
            and self.says_nothing(between)

    def name_in_commas(self, N: str, start: int, end: int) -> bool:
        """«رئيس دولة فلسطين، محمود عباس، ب…»: the region ends with a comma right before ``end`` and holds one more
        comma with at most 'office_then_name' words (a name in apposition) between the two."""
        region = N[start:end].rstrip()
        if not region.endswith(",") or region.count(",") != 2:
            return False
        first = start + region.index(",")
        return 0 < len(words(N, first + 1, start + len(region) - 1)) <= self.rules.office_name_words

    def definite_subject(self, N: str, between: list[str], after: int, pos: int) -> bool:
        """One or two words opening with the definite article, no comma, between a verb that takes ب right after
        its subject (b_right_after_verb) and that ب: the subject, not an object."""
        return 1 <= len(between) <= 2 and between[0].startswith(self.rules.definite_article) \
            and "," not in N[after:pos]

    def composite_ahead(self, N: str, marker: str, pos: int, limit: int):
        """«حذر مسؤولون من كوريا … من أن …»: a later marker + complementizer wins over a bare marker."""
        toks = list(tokens(N, pos, limit))[:10]
        for (a_start, a_end, a), (b_start, b_end, b) in zip(toks, toks[1:]):
            if a == marker and b in self.rules.complementizers:
                return (a_start, b_end, "comp")
        return None

    def place_object(self, N: str, cue: Cue, start: int, end: int) -> bool:
        """A masculine singular verb followed by a country or city alone («كما اتهم الولايات المتحدة وكوريا
        الجنوبية بـ…»، «ودعا واشنطن إلى …»): the place is the object; the subject is unnamed."""
        if cue.feminine or cue.plural or N[cue.start:cue.end] == cue.form and cue.form.startswith(
                self.rules.feminine_verb_prefix):
            return False
        pos = skip_space(N, start)
        if pos >= end:
            return False
        found = phrase_at(N, pos, self.rules.places_by_head)
        if found is not None:
            place = found[1]
            # «وتوعد بيونج يانج بأنها ستجري …»: a feminine pronoun right after points back to the place,
            # which is then the subject
            if cue.key not in self.rules.feminine_subject_families:
                return True
            following = words(N, pos + len(place), min(end, pos + len(place) + 20))[:1]
            return not (following and following[0] in self.rules.feminine_subject_complementizers)
        # «وشكر الحكومة القطرية على …»: a feminine body (its first word ends in ة) right after a masculine
        # verb is its object too; its own verb would be feminine (وشكرت الحكومة).
        first = next_token(N, pos, end)
        return (first is not None and first[2].endswith(self.rules.feminine_participle_suffix)
                and not self.speakers.group_word(first[2])  # «قادة»: a group of men, no feminine body
                and self.speakers.institution_at(N, pos, end) is not None)

    def place_starts_at(self, N: str, pos: int, word: str) -> bool:
        """A place name of several words starts at ``pos`` («بيونغ يانغ»): its ب is no marker."""
        return word in self.rules.feminine_place_heads and phrase_at(N, pos, self.rules.places_by_head) is not None

    def pluperfect_subject(self, doc: Doc, cue: Cue, state: State) -> Speaker | None:
        """The subject between كان and قد right before the verb («وكان ترامب قد حذر …»), or None."""
        N = doc.text
        particle = self.rules.pluperfect_particle
        at = cue.start - len(particle) - 1
        if at < 0 or not N.startswith(particle, at):
            return None  # «قد» stands right before the verb
        start = max(state.sentence_start, state.content_end)
        m = self.rules.pluperfect_re.search(N, start, cue.start)
        if not m or m.end() != cue.start or not words(N, *m.span(1)):
            return None
        return self.speakers.svo_subject(doc, cue, state)

    def outlet_name_quote(self, doc: Doc, q) -> bool:
        """A short quotation (at most five words) right after an outlet noun («لشبكة»، «صحيفة»، «لقناة») and
        followed by more of the sentence: the outlet's name."""
        N = doc.text
        if N.count(" ", q[0] + 1, q[1]) > 5 or not N[q[1] + 1:q[1] + 40].strip(TRIM_CHARS):
            return False
        before = words(N, max(0, q[0] - 20), q[0])
        if not before or len(words(N, q[0] + 1, q[1])) > 5:
            return False
        return self.outlet_noun(before[-1])

    def closing_short_quote(self, doc: Doc, q) -> bool:
        """A quotation of at most three words that closes its sentence («وقال بيسكوف للصحفيين اليوم "لا تعليق".»),
        not after an outlet noun («في مقابلة مع شبكة "سي إن إن".»): the words said, not a name inside the sentence."""
        N = doc.text
        if not self.quote_closes_sentence(N, q):
            return False
        before = words(N, max(0, q[0] - 20), q[0])
        return bool(before) and not self.outlet_noun(before[-1])

    def outlet_noun(self, word: str) -> bool:
        """«شبكة», «لصحيفة», «وكالة»: a noun that names an outlet (with a glued preposition or conjunction)."""
        heads = self.rules.outlet_heads
        if word in heads or self.rules.definite_article + word in heads:
            return True  # «وكالة» opens with a letter that is also the conjunction
        head = word[1:] if word[:1] in self.rules.outlet_prefixes else word
        return head in heads or self.rules.definite_article + head in heads

    @staticmethod
    def quote_closes_sentence(N: str, q) -> bool:
        """Nothing but punctuation follows the quotation up to the end of its sentence or line."""
        rest = N[q[1] + 1:line_end(N, q[1])]
        return not rest.split(".", 1)[0].strip(TRIM_CHARS + QUOTE_CHARS)

    def adverbial_after_quote(self, doc: Doc, q) -> bool:
        """«"…"، في ندوة عقدت في سيول.», «"…" خلال مؤتمر صحفي.»: after the quotation, up to the end of its sentence or
        line, only one adverbial phrase (an adjunct word first, a comma before it or not, at most
        'office_relative.after' words) that names nobody and holds no verb of saying, complementizer or quotation."""
        N = doc.text
        rules = self.rules
        stop = line_end(N, q[1])
        dot = N.find(".", q[1] + 1, stop)
        end = dot if dot >= 0 else stop
        rest = N[q[1] + 1:end]
        ws = words(N, q[1] + 1, end)
        if not ws or ws[0] not in rules.adjuncts or len(ws) > rules.office_relative_after \
                or rest.strip(TRIM_CHARS)[:1] in QUOTE_CHARS or any(ch in QUOTE_CHARS or ch == ":" for ch in rest) \
                or doc.mentions_between(q[1] + 1, end):
            return False
        return not any(w in rules.complementizers or w in rules.participles or rules.bare_or_glued(w, rules.form_to_key)
                       for w in ws)

    def quote_may_open_content(self, doc: Doc, cue: Cue, q_start: int) -> bool:
        """A quote opens the content only right after the cue or right after the speaker's name."""
        N = doc.text
        q = doc.quote_at(q_start)
        between = words(N, cue.end, q_start)
        if 0 < len(between) <= 3 and between[-1] == self.rules.b_marker and not doc.mentions_between(cue.end, q_start):
            return True  # «واصفا إياه بـ"…" لحديثه عن …», «ووصفها بـ"…"»: the quoted words are the description
        named = doc.mentions_between(cue.end, q_start)
        if not named and between and between[0] in self.rules.condition_openers \
                and len(between) <= self.rules.condition_words and len(words(N, q[0] + 1, q[1])) > 3:
            return True  # «وأضاف قائلا، إذا دعت الحاجة "…"»: a condition, then the words said
        if named and named[-1].kind in ("name", "surname") and not N[self.name_end(doc, named[-1]):q_start].strip(" ,") \
                and N[cue.end:named[0].start].strip() == "" and not self.outlet_name_quote(doc, q) \
                and not any(m.start <= skip_space(N, q[1] + 1) for m in doc.mentions_between(q[1], q[1] + 4)):
            return True  # «وقال كيربي "لن نسمح بذلك" ووصف …»: a short quotation right after the speaker is his words
        if len(words(N, q[0] + 1, q[1])) <= 3 and not self.quote_closes_sentence(N, q):
            return False  # «واعتبرت "سي. إن. إن" زيارة …»: a short quoted name, not the words said
        if self.outlet_name_quote(doc, q):
            return False  # «وقال سوليفان لشبكة "إيه بي سي نيوز": "…"»: the outlet's name, then the words
        if not N[cue.end:q_start].strip(" ,"):
            # «وقالت «وكالة الأنباء المركزية الرسمية»: «…»»: a quoted speaker right after the verb, then the colon
            return not ((N.startswith(":", q[1] + 1) or N.startswith(" :", q[1] + 1))
                        and len(words(N, q[0] + 1, q[1])) <= 8)
        mentions = named
        long_quote = len(words(N, q[0] + 1, q[1])) > 3
        if not mentions and between and long_quote and "," not in N[cue.end:q_start] and (
                all(w in self.rules.all_markers for w in between)
                or " ".join(between) in self.rules.quote_lead_ins):
            return True  # «مشيرا إلى "…"», «مؤكدا مع ذلك "…"»: a marker or a discourse phrase, then the words
        if not mentions and long_quote and self.unnamed_subject_then_quote(N, between):
            return True  # «وقال مون "…"», «وأضاف مون في تصريحات … "…"»: a speaker the lexicon does not know
        if not mentions and long_quote and "," not in N[cue.end:q_start] \
                and (self.quote_closes_sentence(N, q) or self.adverbial_after_quote(doc, q)) \
                and self.office_then_relative_clause(between):
            return True  # «وأكد الوزير الذي عاد لتوه من جولة "…"»: an office described, then the words
        if not mentions:
            return False
        speaker_end = self.speaker_end(doc, mentions[-1], q_start)
        if not N[speaker_end:q_start].strip(" ,"):
            return True  # «وتعهد الرئيس "يون" "بالقتال حتى النهاية"»: a quoted name, then the words
        # «وقال كيربي في مؤتمر صحفي بالبيت الأبيض "…"»: an adverbial phrase between the speaker and the words;
        # «وقالت كيم، نائبة مدير الدائرة، في تصريح …، "…"»: after an apposition; «وأعلن جون كيربي المتحدث باسم
        # الأمن القومي «…»»: a role in apposition.
        tail_start = self.skip_apposition(N, speaker_end, q_start)
        tail = words(N, tail_start, q_start)
        apposed = words(N, speaker_end, tail_start)
        said = len(words(N, q[0] + 1, q[1])) > 3 or self.closing_short_quote(doc, q)
        after_clause = self.after_relative_clause(doc, mentions[-1], tail_start, q_start) if said else None
        if after_clause is not None:
            return after_clause
        if not tail and apposed and apposed[0] in self.rules.adjuncts and said:
            return True  # «وقال كيم، خلال اجتماع برلماني، "…"»: an adverbial between commas, then the words
        opens = bool(tail) and (tail[0] in self.rules.adjuncts
                                or (tail[0] in self.rules.apposition_heads and mentions[-1].kind == "name")
                                or (tail[0] == self.rules.on_behalf_of and mentions[-1].kind == "spokesman_word"))
        if not opens and not N[cue.end:mentions[0].start].strip() and len(words(N, q[0] + 1, q[1])) > 3:
            # «وأضاف بيسكوف في جواب على سؤال عما إذا كان بوتين يرحب بالقرار "…"»: the names after the speaker
            # sit in the question asked; the adverbials start after the speaker's own name.
            first = glued(N, mentions)
            t0 = self.skip_apposition(N, first[-1].end, q_start)
            after_clause = self.after_relative_clause(doc, first[-1], t0, q_start)
            if after_clause is not None:
                return after_clause
            return not any(w in self.rules.complementizers for w in words(N, t0, q_start)) \
                and self.adverbial_chunks(N, t0, q_start)
        if not opens or not said or any(w in self.rules.complementizers for w in self.words_outside_names(doc, tail_start, q_start) or tail):
            return False
        if len(words(N, q[0] + 1, q[1])) <= 3:
            # a short quotation only after a short adverbial («للصحفيين صباح اليوم "لا تعليق".»), not at the end of
            # an object («أكد … موقف بلاده، واستعدادها لـ"المقاومة النووية".»)
            return (len(tail) <= 5 and "," not in N[tail_start:q_start]) or self.adverbial_chunks(N, tail_start, q_start)
        return len(tail) <= 12 or self.adverbial_chunks(N, tail_start, q_start) \
            or self.long_adverbial_to_quote(doc, tail, tail_start, q)

    def speaker_end(self, doc: Doc, mention, limit: int) -> int:
        """Where the speaker named by ``mention`` ends: past a quotation holding only the name, and past the
        modifiers of a bare «المتحدث» («المتحدث الروسي»، «المتحدث الرسمي»: 'spokesman_modifiers', the
        nationalities of 'spokesman_nationalities')."""
        end = self.name_end(doc, mention)
        if mention.kind != "spokesman_word":
            return end
        rules = self.rules
        for t in tokens(doc.text, end, limit):
            if t[2] not in rules.spokesman_modifiers and not any(t[2] in own for own in rules.spokesman_nationalities.values()):
                break
            end = t[1]
        return end

    @staticmethod
    def name_start(doc: Doc, mention) -> int:
        """Where the name ``mention`` starts, at the opening mark of a quotation that holds only it («أن "كيم" أكد»)."""
        if doc.is_name_quote_at(mention.start):
            q = doc.quote_at(mention.start)
            if q[0] < mention.start:
                return q[0]
        return mention.start

    @staticmethod
    def name_end(doc: Doc, mention) -> int:
        """Where the name ``mention`` ends, past the closing mark of a quotation that holds only it («قال "يون"»)."""
        if doc.is_name_quote_at(mention.start):
            q = doc.quote_at(mention.start)
            if q[0] < mention.start:
                return q[1] + 1
        return mention.end

    def long_adverbial_to_quote(self, doc: Doc, tail: list[str], tail_start: int, q) -> bool:
        """«وقال الرئيس يون في كلمته الافتتاحية للاجتماع الوزاري … الذي عقد في المكتب الرئاسي "…"»: one adverbial
        phrase after the speaker's name (no comma), at most 'leading_adverbial.quote_words' words with no verb of
        saying or complementizer and only short quoted names in it, before a quotation of more than three words
        that closes its sentence."""
        N = doc.text
        if len(tail) > self.rules.quote_adverbial_words or "," in N[tail_start:q[0]] \
                or len(words(N, q[0] + 1, q[1])) <= 3 or not self.quote_closes_sentence(N, q):
            return False
        outside = self.words_outside_names(doc, tail_start, q[0])
        return outside is not None and self.says_nothing(outside)

    def words_outside_names(self, doc: Doc, start: int, end: int) -> list[str] | None:
        """The words of ``[start, end)`` outside the short quotations (at most three words: a quoted name, «في متحف
        “أن جونغ غون”») in it, whose words say nothing; None when a longer quotation stands there."""
        N = doc.text
        inner = doc.quotes_starting_in(start, end)
        if any(len(words(N, p[0] + 1, p[1])) > 3 for p in inner):
            return None
        bounds = [start, *(i for p in inner for i in (p[0], p[1] + 1)), end]
        return [w for a, b in zip(bounds[::2], bounds[1::2]) for w in words(N, a, b)]

    def after_relative_clause(self, doc: Doc, name, pos: int, q_start: int) -> bool | None:
        """«وقال كيم الذي أشرف على تسريع البرامج …، أمام الحشود في الساحة "…"»: a relative clause right after the
        speaker's name, with no verb of saying, complementizer or quotation of its own, runs to its comma (or to the
        quotation); after it, nothing or one adverbial phrase may stand before the words (round 16a, extract16a).
        None when no such clause follows the name; else whether the quotation opens the words."""
        N = doc.text
        rules = self.rules
        if name.kind not in ("name", "surname", "not_actor", "role", "spokesman_word"):
            return None  # a person or role the lexicon knows, tracked or not («وأكد ماكرون الذي وصل إلى الملعب …»)
        toks = list(tokens(N, pos, q_start))
        if not toks or toks[0][2] not in rules.relative_pronouns or N[pos:toks[0][0]].strip(" ,"):
            return None
        comma = COMMAS.search(N, toks[0][1], q_start)
        end = comma.end() if comma else q_start
        clause = [t for t in toks if t[1] <= end]
        rest = words(N, end, q_start)

        def speech_or_opener(word: str, nxt: str = "") -> bool:
            if nxt in rules.cue_excludes.get(word, ()):
                return False  # «الذي كان يتحدث في مؤتمر عبر الهاتف»: عبر = via, no verb of saying
            return self.opens_words(word)
        after = [t[2] for t in toks[1:]] + [""]
        if len(clause) > 16 or any((speech_or_opener(t[2], after[i + 1]) and not self.manner_clause(clause[i][2], t[2]))
                                   or doc.quote_at(t[0]) for i, t in enumerate(clause[1:])) \
                or any(speech_or_opener(w) for w in rest):
            return None
        return not rest or (rest[0] in rules.adjuncts and len(rest) <= 12) or self.adverbial_chunks(N, end, q_start)

    def office_after_skipped(self, N: str, cue: Cue, region_start: int, region_end: int) -> int:
        """Where the speaker region is read from: right after the verb, or, when only time words or the outlet
        spoken to stand between the verb and an office word («وقال اليوم مسؤول أمريكي إن …»، «وقال للصحفيين
        وزير الدفاع … إن …»), at that office word: the office is the subject, not a region of adverbials that
        would leave the verb to the previous speaker."""
        rules = self.rules
        phrase = rules.time_phrase_re.match(N, region_start, region_end) if rules.time_phrase_re is not None else None
        if phrase is not None:
            # «وقال في وقت سابق نائب وزير الخارجية … إن …»: a time phrase of several words is skipped as one word is
            region_start = skip_tokens(N, phrase.end(), region_end, rules.skip_after_speaker)
        if region_start <= cue.end or region_start >= region_end:
            return cue.end
        first = next_token(N, region_start, region_end)
        if first is None or first[0] != skip_space(N, region_start) or COMMAS.search(N, cue.end, first[0]):
            return cue.end
        word = first[2]
        return first[0] if word in rules.apposition_heads or word in rules.titles else cue.end

    def relative_clause_words(self, N: str, start: int, end: int) -> int:
        """The words of the relative clauses set off by commas inside ``N[start:end]`` («وأكد كبير مستشاري …،
        جونج إي-يونج، الذي زار بيونغ يانغ أمس، أثناء مؤتمر صحفي، أن …»): they describe the speaker and do not
        make his region too long to be a speaker's. A clause opens with a relative pronoun right after a comma and
        runs to the next comma before ``end``."""
        count = 0
        for chunk in COMMAS.split(N[start:end])[1:-1]:
            ws = words(chunk, 0, len(chunk))
            if ws and ws[0] in self.rules.relative_pronouns:
                count += len(ws)
        return count

    def adjunct_tail_start(self, N: str, start: int, end: int) -> int:
        """Where an adverbial phrase set off by commas ends the region ``N[start:end]`` («…، بعد لقائه البطريرك في
        بكركي، »: a comma, an adjunct word, at most 14 words, a comma right before ``end``) begins; ``end`` when
        the region ends otherwise."""
        tail = N[start:end].rstrip()
        if not tail or not COMMAS.match(tail[-1]):
            return end
        last = start + len(tail) - 1
        before = N.rfind(",", start, last)  # the normalized text writes «،» as ","
        if before < 0:
            return end
        ws = words(N, before + 1, last)
        if not ws or len(ws) > 14 or ws[0] not in self.rules.adjuncts:
            return end
        return before

    def adverbial_chunks(self, N: str, start: int, end: int) -> bool:
        """«وقال بيسكوف ردا على سؤال عن …، وفقا لما نقلته الوكالة، "…"»: two or three adverbial phrases
        between commas, each opening with an adjunct word and at most 'adverbial_chunks' 'chunk_words' words long
        ('total_words' in all); one that retells the question he answered (:meth:`question_chunk`) may run to
        'question_chunk_words' ('question_total_words' in all)."""
        rules = self.rules
        chunks = [c for c in COMMAS.split(N[start:end]) if c.strip()]
        if len(chunks) == 1 and any(o in chunks[0] for o in rules.reported_question_openers):
            # «وأضاف بيسكوف في جواب على تساؤل عما إذا كان … "…"»: one adverbial holding the question asked
            ws = words(chunks[0], 0, len(chunks[0]))
            return bool(ws) and ws[0] in rules.adjuncts and len(ws) <= 20
        if not 2 <= len(chunks) <= 3:
            return False
        total, limit = 0, rules.chunk_total_words
        for chunk in chunks:
            ws = words(chunk, 0, len(chunk))
            if not ws:
                return False
            if len(ws) > rules.chunk_words:
                if len(ws) > rules.question_chunk_words or not self.question_chunk(chunk, ws):
                    return False
                limit = rules.question_total_words  # «…، ردا على سؤال بشأن الضربات التي … وأثرها على …، "…"»
            head = ws[0][1:] if ws[0].startswith(rules.coordinator) and ws[0][1:] in rules.adjuncts else ws[0]
            if head not in rules.adjuncts:
                return False
            total += len(ws)
        return total <= limit

    def question_chunk(self, chunk: str, ws: list[str]) -> bool:
        """The adverbial phrase retells the question the speaker answered: one of 'question_nouns' among its first
        'adverbial_chunks' 'question_noun_within' words («ردا على سؤال بشأن …») or one of
        'reported_question_openers' («… عما إذا كان …»), and no complementizer or verb of saying in it."""
        rules = self.rules
        asked = any(w in rules.question_nouns for w in ws[:rules.question_noun_within]) \
            or any(o in chunk for o in rules.reported_question_openers)
        return asked and self.says_nothing(ws)

    def institution_words(self, subject: list[str]) -> bool:
        """The words open with an institution of the word list and go on with nisba adjectives only."""
        for k in (3, 2, 1):
            if " ".join(subject[:k]) in self.rules.institutions:
                return all(w.endswith(self.rules.nisba_suffixes) for w in subject[k:])
        return False

    def outlet_words(self, subject: list[str]) -> bool:
        """«وكالة … الروسية للأنباء», «وكالة الأنباء الرسمية»: the words open with one of 'outlet_heads' and go on
        with its name (words that are not definite), nisba adjectives or the outlet's own nouns ('outlet_tail_words'),
        and none of them is a time word, an adjunct, an object word, a marker or a complementizer."""
        rules = self.rules
        if subject[0] not in rules.outlet_heads:
            return False
        return all((w in rules.outlet_tail_words or w.endswith(rules.nisba_suffixes)
                    or not w.startswith(rules.definite_article))
                   and w not in rules.skip_after_speaker and w not in rules.adjuncts and w not in rules.object_words
                   and w not in rules.all_markers and w not in rules.complementizers
                   for w in subject[1:])

    def unnamed_subject_then_quote(self, N: str, between: list[str]) -> bool:
        """One to three words of subject (no marker, complementizer or adverbial among them), then
        optionally an adverbial phrase, right before a quotation."""
        rules = self.rules
        cut = next((i for i, w in enumerate(between) if w in rules.adjuncts), len(between))
        subject = [w for w in between[:cut] if w not in rules.fillers]
        if len(subject) > 2 and self.institution_words(subject):
            subject = subject[:1]  # «وقالت وزارة الخارجية الكورية الشمالية في بيان "…"»: a body and its nisba adjectives
        elif 2 < len(subject) <= 5 and subject[0] in rules.apposition_heads \
                and all(w.startswith(rules.definite_article) for w in subject[1:]):
            subject = subject[:1]  # «وأضاف مستشار الأمن القومي "…"»: an office and its definite words (round 16b)
        elif len(subject) > 2 and self.office_then_name(subject):
            subject = subject[:1]  # «قال وزير الخارجية أيمن الصفدي، "…"»: an office, then a name the lexicon lacks
        elif 2 < len(subject) <= 5 and self.outlet_words(subject):
            subject = subject[:1]  # «وقالت وكالة … الروسية للأنباء "…"»: an outlet, its name and its nisba adjectives
        if len(subject) > 2 or len(between) > 12 or not (subject or cut == 0 < len(between)):
            return False
        return not any(w in rules.complementizers or w in rules.all_markers or w in rules.relative_pronouns
                       or w in rules.object_words or w in rules.skip_after_speaker for w in subject)

    def office_then_relative_clause(self, between: list[str]) -> bool:
        """«وأكد الوزير الذي عاد لتوه من جولة …», «وأضاف الرئيس السابق المعروف بصرامته … والذي نادرا ما يبتسم …»:
        an office head or title (definite or not; no name the lexicon knows), at most 'office_relative.before'
        words that say nothing, then a relative pronoun and a clause of at most 'office_relative.clause' words with
        no verb of saying, complementizer, participle or relative pronoun of its own: the office is the subject
        and the quotation after the clause its words."""
        rules = self.rules
        rel = next((i for i, w in enumerate(between) if w in rules.relative_pronouns), None)
        if rel is None or not between:
            return False
        head = between[0]
        bare = head[len(rules.definite_article):] if head.startswith(rules.definite_article) else head
        if head not in rules.titles and head not in rules.apposition_heads and bare not in rules.apposition_heads:
            return False
        before, clause = between[1:rel], between[rel + 1:]
        if len(before) > rules.office_relative_before or not clause or len(clause) > rules.office_relative_clause:
            return False

        def says(word: str) -> bool:
            return self.opens_words(word) or word in rules.relative_pronouns
        return not any(says(w) or w in rules.object_words for w in before) and not any(
            says(w) and not self.manner_clause(clause[i - 1] if i else between[rel], w) for i, w in enumerate(clause))

    def opens_words(self, word: str) -> bool:
        """``word`` is a complementizer, a participle or a form of a verb of saying (a conjunction glued to it or not):
        a clause holding it may hold an act of speech of its own."""
        rules = self.rules
        bare = word[1:] if word[:1] in rules.conjunctions else word
        return word in rules.complementizers or word in rules.form_to_key or bare in rules.form_to_key \
            or word in rules.participles

    def manner_clause(self, previous: str, word: str) -> bool:
        """«دون أن»: ``word`` is a bare complementizer opening a clause of manner after ``previous``
        ('manner_before_complementizer'), no opener of the words said."""
        return word in self.rules.bare_complementizers and previous in self.rules.manner_before_complementizer

    def speaker_then_time_words(self, N: str, start: int, end: int) -> bool:
        """«حذر الرئيس الفرنسي إيمانويل ماكرون اليوم، من …», «ونبه رئيس الحكومة الإسبانية بيدرو سانشيز أمس من …»:
        time words ('skip_after_speaker') close the region, and before them stand a name of at most four units or
        an office and a name the lexicon lacks."""
        cut = skip_tokens_back(N, start, end, self.rules.skip_after_speaker)
        if cut == end:
            return False
        region = words(N, start, cut)
        return self.speakers.name_units(N, start, cut) <= 4 or (len(region) > 2 and self.office_then_name(region))

    def office_then_name(self, subject: list[str]) -> bool:
        """«وزير الخارجية أيمن الصفدي»، «نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي»: an office (a
        head of 'apposition_heads' or a title, then heads, definite words, or a word joined by و before a definite
        one) closed by a name of one to 'office_then_name' 'name_words' words: its first word is not definite (a
        family name may be: «أيمن الصفدي») and none is a time word, an adjunct, an object word or an office head."""
        rules = self.rules
        if subject[0] not in rules.apposition_heads and subject[0] not in rules.titles:
            return False
        for k in range(1, min(rules.office_name_words, len(subject) - 2) + 1):
            office, name = subject[:-k], subject[-k:]
            if not name[0].startswith(rules.definite_article) and self.office_words(office) and not any(
                    w in rules.skip_after_speaker or w in rules.adjuncts or w in rules.object_words
                    or w in rules.apposition_heads for w in name):
                return True
        return False

    def office_words(self, office: list[str]) -> bool:
        """Every word after the first is an office head, a definite word, or a word joined by و before a definite
        one («وزير الخارجية وشؤون المغتربين»)."""
        art = self.rules.definite_article
        return all(w in self.rules.apposition_heads or w.startswith(art) or (
            w[:1] == self.rules.coordinator and i + 1 < len(office) and office[i + 1].startswith(art))
            for i, w in enumerate(office[1:], 1))

    def object_content(self, doc: Doc, cue: Cue, limit: int, state: State):
        """«نفى بيسكوف التقارير …»: the content follows the speaker directly."""
        N = doc.text
        rules = self.rules
        pos = skip_tokens(N, cue.end, limit, rules.skip_after_speaker)
        after_comma = skip_space(N, pos)
        if N.startswith(",", after_comma) and self.speakers.mention_group(doc, skip_space(N, after_comma + 1), limit):
            pos = after_comma + 1  # «ورفض، المتحدث باسم الكرملين الإفصاح عن …»: a comma between the verb and its subject
        if char_before(N, cue.start, " \n") in ("»", "”", '"') and len(words(N, pos, limit)) <= 6 and not (
                N[cue.start:cue.end] != cue.form
                and any(w in rules.description_markers for w in words(N, pos, limit))) \
                and not self.named_after_complementizer(doc, cue, state.sentence_start):
            return None  # «"…" أكدت شقيقة الزعيم.»: after a quotation, what follows the verb is its speaker
            # (not «"…" ووصف الخطوة بأنها …»: a joined verb with a description is a second act; not «… أن "كيم"
            # أكد ضرورة …»: a quotation holding only a name after a complementizer is the verb's subject)
        group = self.speakers.mention_group(doc, pos, limit)
        if group and all(m.kind == "spokesman_word" for m in group) and self.titled_name(doc, pos, limit) is not None:
            group = []  # «استغرب المتحدث باسم البيت الأبيض جون كيربي سؤال …»: the name after the office decides
        unknown = self.unknown_spokesman_name(doc, group, limit) if group else None
        if rules.verbs.get(cue.key, {}).get("object") == "clause_start" and not group:
            # «وأكد دعم بلاده …» opens its clause; «… معلومات تؤكد ما تقوله موسكو» is a verb inside
            # what was said, not a new statement.
            clause_start = self.speakers.after_clause_break(
                N, max(state.sentence_start, N.rfind(",", state.sentence_start, cue.start) + 1), cue.start)
            if [w for w in words(N, clause_start, cue.start) if w not in rules.fillers and w not in rules.clause_breaks] \
                    and not self.named_after_complementizer(doc, cue, clause_start) \
                    and self.titled_subject_in_content(doc, cue, state.sentence_found) is None \
                    and not (clause_start == state.sentence_start
                             and self.speakers.subject_right_before(doc, cue, clause_start) is not None) \
                    and self.title_line_office(doc, cue, clause_start) is None:
                # «بيسكوف يؤكد استعداد موسكو للحوار»: a person named at the start of the sentence, right before
                # the verb, is its subject, and the object opens the words as after «وأكد بيسكوف …».
                return None
        found = self.object_subject(doc, cue, pos, limit, state, group, unknown)
        if found is None:
            return None
        speaker, pos = found
        if speaker is None:
            outlet = self.outlet_before_comma(doc, pos, limit)
            if outlet is not None:
                speaker, pos = outlet
        pos = skip_tokens(N, pos, limit, rules.skip_after_speaker)
        time_phrase = rules.time_phrase_re.match(N, pos, limit) if rules.time_phrase_re is not None else None
        if time_phrase is not None:
            # «ونفى بيسكوف في وقت سابق اليوم التقارير …»: a time phrase before the object is not what he said
            pos = skip_tokens(N, time_phrase.end(), limit, rules.skip_after_speaker)
        if not N[pos:limit].strip(TRIM_CHARS) or self.only_names(doc, pos, trim_end(N, pos, limit)):
            return None  # «"…" أكدت شقيقة الزعيم.»: the verb's subject closes the sentence, no object
        first = next_token(N, pos, limit)
        if first and first[2] in rules.anaphoric_objects and not doc.in_quote(first[0]):
            return None  # «وصرح يون بذلك في كلمة …», «وأدلى بهذه التصريحات»: words reported elsewhere
        if first and first[2] in rules.commentary_adjuncts and not doc.in_quote(first[0]):
            # «وصرح بيسكوف، معلقا على تصريحات …، قائلا: "…"»: what he commented on is not what he said; the
            # object, if any, follows the phrase's comma
            comma = COMMAS.search(N, first[1], limit)
            if comma is None or doc.in_quote(comma.start()):
                return None
            pos = skip_space(N, comma.end())
            first = next_token(N, pos, limit)
            if first is None or first[2] in rules.cue_forms or first[2][1:] in rules.cue_forms \
                    or doc.inner_quote_at(pos) or N.startswith(":", pos):
                return None  # «…، قائلا: …»: the words follow another cue
        q = doc.inner_quote_at(skip_space(N, pos))
        if q and trim_end(N, q[0], limit) <= q[1] + 1:
            return speaker, q[0] + 1, q[1], True
        for brk in rules.clause_breaks:
            m = re.search(r",\s*" + re.escape(brk) + r"(?!\w)", N[pos:limit])
            if m and not doc.in_quote(pos + m.start()):
                limit = pos + m.start()
        if cue.form in rules.description_participles:
            first = next_token(N, pos, limit)
            if first is not None and first[2] in rules.description_object_words and words(N, first[1], limit):
                pos = skip_space(N, first[1])  # «واصفا إياهم بالدرع …», «معتبرة ذلك عملا عدائيا»
        described = self.after_description(doc, pos, limit)
        clause_start = max(state.sentence_start, N.rfind(",", state.sentence_start, cue.start) + 1)  # «وفي طوكيو، وصف …»
        verb_first = not [w for w in words(N, clause_start, cue.start) if w not in rules.fillers]
        if speaker is None and verb_first and described > pos and len(words(N, pos, described)) >= 4 \
                and not (group and self.speakers.described_object(doc, cue, group, limit)):
            # «وصف كبير أمناء مجلس الوزراء الياباني الإطلاق بأنه …»: an unnamed subject and an object, not a
            # pronoun subject that would continue the previous speaker (ووصف الإطلاق بأنه …).
            region = list(tokens(N, pos, described))[:-2]
            speaker = Speaker(OTHER, doc.original_span(region[0][0], region[-1][1]))
        pos = described
        q = doc.inner_quote_at(skip_space(N, pos))
        if q and q[0] == skip_space(N, pos) and trim_end(N, q[0], limit) <= q[1] + 1:
            return speaker, q[0] + 1, q[1], True
        return speaker, pos, limit, False

    def outlet_before_comma(self, doc: Doc, pos: int, limit: int):
        """«وذكرت شبكة فوكس نيوز الأمريكية، إغلاق السفارة …»: an outlet the lexicon does not know (an outlet noun and
        at most 'outlet_name_words' more words, nobody named) closed by a comma is the verb's subject, ``other``;
        the object after the comma is what it reported. ``(speaker, content start)`` or None."""
        N = doc.text
        first = next_token(N, pos, limit)
        comma = COMMAS.search(N, pos, limit)
        if first is None or comma is None or not self.outlet_noun(first[2]) or doc.in_quote(comma.start()) \
                or len(words(N, first[0], comma.start())) > self.rules.outlet_name_words \
                or doc.mentions_between(first[0], comma.start()) or not words(N, comma.end(), limit):
            return None
        return Speaker(OTHER, doc.original_span(first[0], trim_end(N, first[0], comma.start()))), comma.end()

    def object_subject(self, doc: Doc, cue: Cue, pos: int, limit: int, state: State, group, unknown):
        """The subject of an object verb and where its object starts: ``(speaker, pos)`` (speaker None when nobody
        is named and the verb's own subject is left to continuation), or None when the verb has no object and so
        reports nothing. ``group`` is the mention group right after the verb, ``unknown`` the end of an unknown
        name after a bare «المتحدث»."""
        N = doc.text
        rules = self.rules
        subject = (self.speakers.subject_right_before(doc, cue, state.sentence_start)
                   or self.pluperfect_subject(doc, cue, state)  # «وكان الكرملين قد اتهم كييف بـ…»
                   or self.title_line_office(doc, cue, state.sentence_start))
        if subject is not None:
            speaker = subject  # «كيم يتوعد ترامب بـ…»: the name after the verb is its object
            if N[pos:limit].lstrip().startswith(","):
                if pos > cue.end and N[cue.end:pos].lstrip().startswith(","):
                    # «وكان يون كرر، يوم الاثنين، ما وصفه …»: time words between commas, then the object (round 16b)
                    pos = N.index(",", pos) + 1
                else:
                    skipped = self.skip_apposition(N, pos, limit, before_object=True)
                    if skipped == pos or next_token(N, pos, skipped)[2] not in rules.adjuncts:
                        return None  # «وبيسكوف يلوّح، وكيربي ينفي»: a verb without an object
                    pos = skipped  # «وكان يون أكد، في كلمة …، دعمه …»: an adverbial, then the object (round 16b)
                after = next_token(N, pos, limit)
                if after is None or after[2][:1] in rules.conjunctions and after[2][1:] not in rules.skip_after_speaker \
                        and doc.mentions_between(after[0], after[1]):
                    return None  # «وكيربي ينفي، اليوم، وبيسكوف يلوّح»: another subject, no object
        elif unknown is not None:
            # «ووصف المتحدث ناصر كنعاني الاتهامات بأنها …»: a name the lexicon does not know after a bare
            # «المتحدث» makes someone else's spokesman, whose object follows the name
            speaker = Speaker(OTHER, doc.original_span(group[0].start, unknown), spokesman=True)
            pos = unknown
        elif group and self.speakers.described_object(doc, cue, group, limit):
            speaker = None  # «ووصف كيم جونغ أون بأنه …»: the one described is the object; the subject is unnamed
        elif group:
            speaker = self.speakers.resolve_group(doc, group, state)
            pos = self.skip_apposition(N, self.past_closing_quote(doc, group[-1].end), limit, before_object=True,
                                       object_markers=rules.verb_object_markers.get(cue.key, frozenset()))
            office_end = self.spokesman_office_end(doc, group, pos, limit) if speaker.actor == OTHER else None
            if office_end is not None:
                # «ورفض الناطق الرسمي باسم الحكومة التعليق على …»: the office he speaks for belongs to the subject
                speaker = Speaker(OTHER, doc.original_span(group[0].start, office_end), spokesman=True)
                pos = office_end
        elif (titled := self.titled_name(doc, pos, limit)) is not None:
            # «نفى وزير الدفاع الكوري الجنوبي كيم يونغ هيون إرسال …»: an office, then the name, then the object;
            # «وصف مستشار الزعيم كيم …» is the leader's adviser, someone else.
            if self.speakers.possessed(doc, pos, titled[0]):
                speaker = Speaker(OTHER, doc.original_span(pos, titled[-1].end))
            else:
                speaker = self.speakers.resolve_group(doc, titled, state)
            holder = self.foreign_office_holder(doc, pos, titled[0]) if speaker.actor != OTHER else None
            if holder is not None:
                speaker, pos = holder, titled[0].start  # the name opens the object
            else:
                pos = self.skip_apposition(N, titled[-1].end, limit, before_object=True,
                                           object_markers=rules.verb_object_markers.get(cue.key, frozenset()))
        elif self.place_object(N, cue, pos, limit):
            speaker = None  # «كما اتهم الولايات المتحدة بالتسبب …»: the place is the object, the subject unnamed
        else:
            institution = self.speakers.institution_or_reference(doc, pos, limit, state)
            speaker = None
            if institution is not None:
                speaker, pos = institution
            elif (head := next_token(N, pos, limit)) is not None and head[2] in rules.apposition_heads:
                # «وأبلغ وزير الدفاع الروسي سيرجي شويغو الرئيس …»: an office whose holder the lexicon does not
                # know opens the clause; it is the subject (``other``), never the previous speaker.
                speaker = Speaker(OTHER, doc.original_span(head[0], head[1]))
            elif (name := self.titled_subject_at(doc, pos, limit) or self.unknown_name_before_object(N, pos, limit)) is not None:
                # «وبرر يول قراره بأنه …» after «يون سوك يول»: a name a tracked man goes by alone (given_name_speaker)
                speaker = self.speakers.given_name_speaker(doc, cue, *name) or \
                    Speaker(OTHER, doc.original_span(name[0], name[1]))
                pos = name[1]
        return speaker, pos

    def titled_subject_at(self, doc: Doc, pos: int, limit: int):
        """«وأكد ماكرون …» after «الرئيس الفرنسي إيمانويل ماكرون» elsewhere in the article (speakers.titled_names),
        or «وأكد الرئيس الفرنسي ضرورة …» (a title and nisba adjectives that name nobody the lexicon knows): the
        verb's subject, before its object. Its ``(start, end)``, or None."""
        N = doc.text
        longest = self.speakers.titled_name_words
        toks = list(islice(tokens(N, pos, limit), longest + 1))
        if len(toks) < 2:
            return None
        names = self.speakers.titled_names(doc)
        for n in range(longest, 0, -1):
            if len(toks) > n and " ".join(t[2] for t in toks[:n]) in names:
                return toks[0][0], toks[n - 1][1]
        nisbas = 0
        while 1 + nisbas < len(toks) - 1 and toks[1 + nisbas][2].startswith(self.rules.definite_article) \
                and toks[1 + nisbas][2].endswith(self.rules.nisba_suffixes):
            nisbas += 1
        after = toks[1 + nisbas][2]
        if toks[0][2] in self.rules.titles and nisbas and (self.object_head(after) or after.startswith(self.rules.definite_article)):
            return toks[0][0], toks[nisbas][1]  # (not «أعلن الرئيس الفنلندي ستوب خطة …»: a name follows)
        return None

    def unknown_name_before_object(self, N: str, pos: int, limit: int):
        """«وأكد ماكرون ضرورة الحوار», «وأكد أردوغان مواصلتهم العمل …»: one word the lexicon does not know, with no
        article and no function word, right before a verbal noun that opens an object ('object_heads'): the
        verb's subject. Its ``(start, end)``, or None."""
        rules = self.rules
        first = next_token(N, pos, limit)
        second = next_token(N, first[1], limit) if first is not None else None
        if second is None or N[first[1]:second[0]].strip() or not self.object_head(second[2]):
            return None
        word = first[2]
        if len(word) < 3 or word.startswith(rules.definite_article) or self.object_head(word) \
                or (rules.adverb_ending is not None and word.endswith(rules.adverb_ending)) \
                or not self.says_nothing([word]) or rules.listed_word(word) or word in rules.object_prepositions \
                or word in rules.anaphoric_objects \
                or word in rules.titles or word in rules.modifiers:
            return None
        return first[0], first[1]

    def object_head(self, word: str) -> bool:
        """A verbal noun of 'object_heads', bare or with an object pronoun («مواصلتهم», «دعمه»)."""
        if word in self.rules.object_heads:
            return True
        bound, free = self.rules.bound_feminine
        for suffix in self.rules.object_suffixes:
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                stem = word[:-len(suffix)]
                if stem in self.rules.object_heads or (stem.endswith(bound) and stem[:-len(bound)] + free in self.rules.object_heads):
                    return True
        return False

    def spokesman_office_end(self, doc: Doc, group, pos: int, limit: int) -> int | None:
        """End of «باسم الحكومة» / «باسم وزارة الخارجية الإيرانية» right after a bare spokesman word whose
        office the lexicon does not know: an institution, or one definite word (a construct noun takes the
        next word too), then adjectives of origin. None when no «باسم» follows the spokesman word."""
        if not all(m.kind == "spokesman_word" for m in group):
            return None
        N = doc.text
        rules = self.rules
        m = re.match(r"\s*" + re.escape(rules.on_behalf_of) + r"\s+", N[pos:limit])
        if m is None:
            return None
        start = pos + m.end()
        end = self.speakers.institution_at(N, start, limit)
        if end is None:
            first = next_token(N, start, limit)
            if first is None or first[0] != start:
                return None
            end = first[1]
            if not first[2].startswith(rules.definite_article):
                second = next_token(N, end, limit)
                if second is None or not second[2].startswith(rules.definite_article) or N[end:second[0]].strip():
                    return None
                end = second[1]
        while (tok := next_token(N, end, limit)) is not None and not N[end:tok[0]].strip() \
                and tok[2].startswith(rules.definite_article) and tok[2].endswith(rules.nisba_suffixes):
            end = tok[1]
        return end if end < limit else None

    def unknown_spokesman_name(self, doc: Doc, group, limit: int) -> int | None:
        """End of two or three words after a bare «المتحدث» that read as a name the lexicon does not know: no
        article, no known person, not a time word or «الرسمي», and a definite object right after them
        («المتحدث ناصر كنعاني الاتهامات …»). None when the bare word is followed by anything else."""
        if not all(m.kind == "spokesman_word" for m in group) or len(group) != 1:
            return None
        N = doc.text
        rules = self.rules
        if rules.on_behalf_re.match(N, group[0].end, limit):
            return None
        run = []
        for t in tokens(N, group[0].end, limit):
            if t[2].startswith(rules.definite_article):
                break
            if (t[2] in rules.skip_after_speaker or t[2] in rules.fillers or t[2] in rules.spokesman_modifiers
                    or t[2] in rules.all_markers or t[2] in rules.complementizers or t[2] in rules.titles
                    or t[2] in rules.apposition_heads or t[2] in rules.object_words or len(run) == 3):
                return None
            run.append(t)
        if not 2 <= len(run) <= 3 or run[-1][1] >= limit or doc.mentions_between(run[0][0], run[-1][1]):
            return None
        if any(ch in N[group[0].end:run[-1][1]] for ch in ",،\"«»“”:"):
            return None
        return run[-1][1]

    def outlet_reported_subject(self, doc: Doc, results: list, state: State) -> Speaker | None:
        """«وقالت الوكالة إن الزعيم كيم جونغ أون أشرف على التجربة، وأكد أن …»: a و-joined verb after an outlet's
        report whose words open with a person named doing something goes on with that person, not the outlet."""
        if not results or results[-1][4] or results[-1][2] is None:
            return None
        c_start, _, outer, _, _ = results[-1]
        N = doc.text
        if not self.is_outlet(outer):
            return None
        at = skip_space(N, c_start)
        lead = [t for t in tokens(N, at, min(len(N), at + 40))][:1]
        if lead and (lead[0][2] in self.rules.titles or lead[0][2] in self.rules.speech_nouns):
            at = skip_space(N, lead[0][1])  # «أن الزعيم كيم …», «أن تصريحات كيم جونغ أون كانت …»
        group = self.speakers.mention_group(doc, at, min(len(N), at + 60))
        if not group or group[0].start != at or not any(m.kind == "name" for m in group):
            return None
        return self.speakers.resolve_group(doc, group, state)

    def after_outlet_report(self, doc: Doc, cue: Cue, results: list, state: State) -> Speaker | None:
        """A masculine verb after an outlet's report goes on with the person the report opened with
        (:meth:`outlet_reported_subject`), in the same sentence or opening the next one; else None."""
        N = doc.text
        if N[cue.start:cue.end] != cue.form \
                or (results and self.after_clause_opener(N, cue.start) and self.feminine_outlet(results[-1])):
            # «…، وأكد …»; «…، حيث تعهد …» after a feminine agency's report (the verb is not hers)
            speaker = self.outlet_reported_subject(doc, results, state)
            if speaker is not None:
                return speaker
        if not results and state.previous_found and self.feminine_outlet(state.previous_found[-1]):
            # «وذكرت وكالة يونهاب أن الرئيس يون ترأس اجتماعا. وأكد أن …»: a masculine verb opening the next
            # sentence cannot go on with the (feminine) agency
            return self.outlet_reported_subject(doc, state.previous_found, state)
        return None

    def after_clause_opener(self, N: str, pos: int) -> bool:
        """The word right before ``pos`` (within a few characters) is a clause opener («…، حيث تعهد …»)."""
        return any(w in self.rules.clause_openers for w in N[max(0, pos - 12):pos].split()[-1:])

    def feminine_outlet(self, found) -> bool:
        """A found statement whose speaker is an outlet reported with a feminine verb («وذكرت وكالة يونهاب»)."""
        speaker, form = found[2], found[3]
        key = self.rules.form_to_key.get(form)
        return self.is_outlet(speaker) and (speaker.feminine or (key is not None and is_feminine(self.rules, form, key)))

    def is_outlet(self, speaker: Speaker | None) -> bool:
        """The speaker is a news outlet (its mention opens with one of 'outlet_heads': وكالة، التلفزيون …)."""
        first = speaker.mention.split()[:1] if speaker is not None else []
        return bool(first) and normalize(first[0]) in self.rules.outlet_heads

    def opinion_of_the_speaker(self, doc: Doc, cue: Cue, results: list, previous: Cue | None = None) -> bool:
        """«وقالت إنها تعتقد أن …»: a verb of opinion right after a speech verb and its pronoun complementizer:
        the speaker's own view, which is what she said. «وقال مستشار سابق للرئيس إنه يعتقد أن …»: the speech verb's
        subject may stand between them (:meth:`subject_then_opinion`)."""
        before = words(doc.text, max(0, cue.start - 30), cue.start)
        if len(before) < 2 or before[-1] not in self.rules.opinion_pronoun_complementizers:
            return False
        verb = before[-2]
        if verb not in self.rules.form_to_key and verb[:1] in self.rules.conjunctions:
            verb = verb[1:]
        if verb in self.rules.form_to_key:
            return self.rules.form_to_key[verb] != cue.key
        return self.subject_then_opinion(doc, cue, previous)

    def subject_then_opinion(self, doc: Doc, cue: Cue, previous: Cue | None) -> bool:
        """The cue before the verb of opinion is a verb of saying (of another family) whose subject, and at most an
        adverbial, stand between it and the pronoun complementizer right before the verb of opinion: at most
        'opinion_subject_words' 'max_words' words and no full stop, colon, longer quotation, complementizer or other
        cue. A pronoun that is not the subject («وقالت الصحيفة إنه يعتقد أن …») still makes the view the words of
        the one who reports it (ANNOTATION.md §1: an indirect report)."""
        rules = self.rules
        if previous is None or previous.key == cue.key or previous.key == "participle":
            return False
        N = doc.text
        toks = list(tokens(N, previous.end, cue.start))
        if not toks or any(ch in N[previous.end:toks[-1][0]] for ch in ".:؛;"):
            return False
        between = self.words_outside_names(doc, previous.end, toks[-1][0])
        # no cue stands between (``previous`` is the cue right before): a complementizer is what is left to check
        return between is not None and 0 < len(between) <= rules.opinion_subject_words \
            and not any(w in rules.complementizers for w in between)

    def titled_phrase_before(self, doc: Doc, cue: Cue, start: int, bare: bool = False) -> int | None:
        """Start of a title and one or two nisba adjectives that the lexicon does not know («الرئيس الكازاخي»,
        «وزير الخارجية الصيني» is not one: a title then nisbas only) right after a complementizer and right
        before the verb; else None."""
        N = doc.text
        toks = list(tokens(N, start, cue.start))
        for n in ((1, 2, 3) if bare else (2, 3)):
            if len(toks) < n + 1:
                break
            phrase, head = toks[-n:], toks[-n - 1]
            if head[2] in self.rules.complementizers and phrase[0][2] in self.rules.titles \
                    and all(t[2].endswith(self.rules.nisba_suffixes) for t in phrase[1:]) \
                    and not doc.mentions_between(phrase[0][0], cue.start):
                return phrase[0][0]
        return None

    def titled_subject_in_content(self, doc: Doc, cue: Cue, results: list):
        """«قال بيسكوف إن الرئيس الكازاخي أكد رغبة …»: a title with a nationality opening the previous content
        right before the verb is its subject (``other``); the outer statement only carried the act."""
        if not results or results[-1][4] or results[-1][1] != cue.start:
            return None
        N = doc.text
        outer = results[-1][2]
        outlet = self.is_outlet(outer)
        at = self.titled_phrase_before(doc, cue, max(0, results[-1][0] - 12),
                                       bare=outer is not None and (outer.spokesman or outlet))
        if at is None or at != skip_space(N, results[-1][0]):
            return None
        title = words(N, at, cue.start)
        if len(title) == 1 and outlet:
            # «وذكرت الوكالة أن الزعيم أكد …»: an outlet carries the words of the person the title refers to
            referent = self.speakers.title_referent(doc, title[0], at, State())
            return (referent, True) if referent is not None else None
        if len(title) == 1:
            # «قال بيسكوف إن الرئيس أكد …»: a spokesman relays the person last named with that title, when the
            # lexicon does not track him (الرئيس فلاديمير بوتين); otherwise the act stays in the spokesman's words.
            referent = self.speakers.title_referent(doc, title[0], at, State())
            if referent is None and outer.actor != OTHER and outer.actor in self.speakers.lexicon.spokesmen \
                    and results[-1][3] not in self.rules.participles:  # not «مذكرا بأن الرئيس اقترح …» (a recalled fact)
                # «قال بيسكوف إن الرئيس أكد …» with no president named: the spokesman relays his principal, who
                # is not he; the act is that person's (``other``), not the spokesman's
                return Speaker(OTHER, doc.original_span(at, cue.start).strip()), True
            if referent is None or referent.actor != OTHER:
                return None
            return Speaker(OTHER, referent.mention), True
        return Speaker(OTHER, doc.original_span(at, cue.start).strip()), True

    def office_holder_in_content(self, doc: Doc, cue: Cue, results: list):
        """«قال يون إن وزير الدفاع (شين وون سيك) أكد له أن …»: an office head opening the previous content, with
        at most OFFICE_SUBJECT_WORDS words, no preposition and nobody tracked up to a masculine singular verb, is that
        verb's subject (``other``);
        the outer statement only carried his act, as with a named person («قال كيربي إن بايدن أكد …»)."""
        if not results or results[-1][4] or results[-1][1] != cue.start:
            return None
        N = doc.text
        c_start = results[-1][0]
        region = words(N, c_start, cue.start)
        if not 2 <= len(region) <= OFFICE_SUBJECT_WORDS or not self.person_head(region[0], cue) \
                or cue.plural or N[cue.start:cue.end] != cue.form \
                or any(w in self.rules.object_prepositions or w in self.rules.region_prepositions for w in region) \
                or any(ch in N[c_start:cue.start] for ch in ",؛;:\"«»“”") \
                or not self.opened_by_complementizer(N, max(0, c_start - 12), c_start) \
                or any(m.actor is not None for m in doc.mentions_between(c_start, cue.start)):
            return None
        return Speaker(OTHER, doc.original_span(c_start, cue.start).strip()), True

    def nested_subject(self, doc: Doc, cue: Cue, results: list, s_start: int, state: State,
                       unknown_person: bool = True):
        """The subject of an act reported inside the words just found («قال كيربي إن بايدن/الرئيس الكازاخي/وزير
        الدفاع/كيشيدا أكد …»), as ``(speaker, drop_previous)``, or None; ``unknown_person`` also reads one word
        the lexicon does not know as a person."""
        return self.speakers.subject_before(doc, cue, results, s_start, state) \
            or self.titled_subject_in_content(doc, cue, results) \
            or self.office_holder_in_content(doc, cue, results) \
            or (self.unknown_person_subject(doc, cue, results) if unknown_person else None)

    def subject_opens_previous_content(self, doc: Doc, cue: Cue, results: list) -> bool:
        """The cue, with no conjunction, ends the indirect content of the statement just found, right after a
        complementizer and a short phrase («… إن زيلينسكي أبلغ …»)."""
        if not results or cue.key == "participle":
            return False
        c_start, c_end, _, _, direct = results[-1]
        N = doc.text
        return not direct and c_end == cue.start and N[cue.start:cue.end] == cue.form \
            and self.opened_by_complementizer(N, max(0, c_start - 12), c_start) \
            and 1 <= len(words(N, c_start, cue.start)) <= OFFICE_SUBJECT_WORDS

    def present_act_in_content(self, doc: Doc, cue: Cue, results: list) -> bool:
        """«وأضاف أن زيلينسكي يرفض التفاوض»: a present verb right after the subject that opens the previous indirect
        content describes what that subject does, as the speaker tells it; it stays in his words. A past verb there
        («… إن بايدن أكد لنتنياهو أن …») reports an act of that subject (nested_subject). An outlet or an office
        only carries the words of the person it names («وذكرت الوكالة أن الزعيم يؤكد …»), so it is left out."""
        if not self.present_tense(cue) or not self.subject_opens_previous_content(doc, cue, results) \
                or after_comma_and_time_clause(doc.text, self.rules, cue.start):
            return False
        outer = results[-1][2]
        return outer is not None and not self.is_outlet(outer) \
            and not any(w in self.rules.office_words for w in outer.mention.split())

    def description_in_content(self, doc: Doc, cue: Cue, results: list) -> bool:
        """«… واجهت مرحلة وصفها بـ"الأصعب"»: a describe verb with its object as a pronoun ('described_in_words'),
        right after the indirect words just found and followed by ب, describes something in those words."""
        if cue.form not in self.rules.described_in_words or not results or results[-1][4] or results[-1][1] != cue.start \
                or doc.text[cue.start:cue.end] != cue.form:
            return False  # «… ووصفها بأنها …»: joined by و, a second act of the speaker
        return doc.text.startswith(self.rules.b_marker, skip_space(doc.text, cue.end))

    def unknown_person_subject(self, doc: Doc, cue: Cue, results: list):
        """«قال يون إن كيشيدا تعهد بـ…»: one word right after the complementizer of the previous indirect content, then
        a masculine singular past speech verb: a person the lexicon does not know (places take a feminine verb,
        bodies the article ال or a place in 'institutions'). His act, ``other``; the outer statement only carried it."""
        if not results or cue.key == "participle" or cue.feminine or cue.plural or self.present_tense(cue):
            return None
        c_start, c_end, _, _, direct = results[-1]
        N = doc.text
        if direct or c_end != cue.start or N[cue.start:cue.end] != cue.form \
                or not self.opened_by_complementizer(N, max(0, c_start - 12), c_start):
            return None
        region = words(N, c_start, cue.start)
        if len(region) != 1 or len(region[0]) < 3 or any(ch in N[c_start:cue.start] for ch in ",؛;:\"«»“”") \
                or region[0].startswith(self.rules.definite_article) or region[0] in self.rules.institutions \
                or region[0] in self.rules.feminine_place_words or region[0] in self.rules.fillers \
                or region[0] in self.rules.complementizers or doc.mentions_between(c_start, cue.start):
            return None
        return Speaker(OTHER, doc.original_span(c_start, cue.start).strip()), True

    def person_head(self, word: str, cue: Cue) -> bool:
        """An office head or a title that opens a person's description, agreeing with the verb: «وزير» and «الرئيس»
        before a masculine verb, «وزيرة» and «المستشارة» before a feminine one («… إن المستشارة الألمانية أكدت …»)."""
        fem = self.rules.feminine_participle_suffix
        if cue.feminine:
            if not word.endswith(fem):
                return False
            word = word[:-len(fem)]
        return word in self.rules.apposition_heads or word in self.rules.titles

    def named_after_complementizer(self, doc: Doc, cue: Cue, start: int) -> bool:
        """«قال كيربي إن بايدن أكد دعمه …»: a person named right after a complementizer and right before the
        verb is its subject; the verb opens a reported act of that person, whose object is the content."""
        N = doc.text
        if self.titled_phrase_before(doc, cue, start) is not None:
            return True  # «… إن الرئيس الكازاخي أكد رغبة …»
        mentions = [m for m in doc.mentions_between(start, cue.start) if m.kind in ("name", "surname", "role", "not_actor")]
        if not mentions or N[self.name_end(doc, mentions[-1]):cue.start].strip():
            return False  # (a quotation holding only the name may close before the verb: «أن "كيم" أكد …»)
        group = glued(N, mentions[::-1], backwards=True)
        first = self.name_start(doc, group[0])
        before = words(N, start, first)
        while before and before[-1] in self.rules.titles:
            before.pop()  # «إن الرئيس بايدن أكد …»
        return bool(before) and before[-1] in self.rules.complementizers and N[first - 1:first].isspace()

    def resumptive_owner(self, doc: Doc, cue: Cue, s_start: int, state: State,
                         past_objects_only: bool = False) -> Speaker | None:
        """«… أن كيم ألقى خطابا عبر التلفزيون، قال فيه: …»: a verb followed by فيه/فيها points back to a speech
        noun; the person named at most six words before that noun gave it. ``past_objects_only``: only past people
        named after a preposition («بعث بوتين برقية إلى الزعيم كيم أكد فيها …»: the addressee), the first other
        person, who sent the noun before them, or the person right after the noun and a sender's preposition
        («تلقى كيم رسالة من بوتين، أكد فيها …»); else None (the nearest person may be the verb's subject)."""
        N = doc.text
        rules = self.rules
        if resumptive_after(N, rules, cue.end, len(N)) is None or not rules.resumptive_antecedents:
            return None
        # a name in a quotation of its own («برسالة إلى الرئيس "دونالد ترامب"») is still a person named
        people = [m for m in doc.mentions_between(s_start, cue.start) if m.kind in ("name", "role", "not_actor", "surname")
                  and (not doc.in_inner_quote(m.start) or len(words(N, *doc.quote_at(m.start))) <= 4)]
        skipped = False
        for m in reversed(people):
            # «ألقى كيم خطابا قال فيه …», «بعث كيم برسالة إلى …، قال فيها …», or the noun in construct right before
            # him: «كلمات كيم …، التي قال فيها …», or before the ل glued to him: «تصريحات لزعيم كوريا الشمالية، …،
            # يدافع فيها …», or before the preposition of the sender: «تلقى كيم رسالة من بوتين أكد فيها …»
            before = words_before_name(N, rules, max(s_start, m.start - 60), m.start)
            if before and before[-1] in rules.sender_prepositions:
                before = before[:-1]
            # the noun in construct right before him, or before the sender's preposition
            sent_by = bool(before) and resumptive_antecedent(rules, before[-1])
            if past_objects_only and not sent_by:
                if self.speakers.object_phrase(N, s_start, m.start):
                    skipped = m.start
                    continue
                if not skipped:  # «وتلقى كيم رسالة من الرئيس الفيتنامي، أعرب فيها …»: only an unknown sender
                    return self.unknown_sender(doc, m.end, cue)
            if sent_by or any(resumptive_antecedent(rules, w) for w in words(N, m.end, cue.start)[:6]):
                return self.document_of_another(doc, m.end, cue) or self.unknown_sender(doc, m.end, cue) \
                    or self.speakers.resolve_group(doc, glued(N, [m]), state)
            if past_objects_only:
                return None
        if past_objects_only and skipped is not False:
            return self.office_sender(doc, s_start, skipped)
        return None

    def office_sender(self, doc: Doc, s_start: int, object_start: int) -> Speaker | None:
        """«بعث الرئيس الصيني برقية إلى الزعيم كيم، أكد فيها أن …»: everyone named is an addressee after a
        preposition, and an office the lexicon does not know (a title, office word or counterpart first, at most
        'sender_words' words) stands right before the speech noun: that office sent it and speaks (``other``)."""
        N = doc.text
        rules = self.rules
        toks = list(tokens(N, s_start, object_start))
        noun = next((i for i in range(len(toks) - 1, -1, -1) if resumptive_antecedent(rules, toks[i][2])), None)
        if noun is None:
            return None
        first = noun
        while first > 0 and (toks[first - 1][2].startswith(rules.definite_article) or toks[first - 1][2] in rules.titles
                             or toks[first - 1][2] in rules.apposition_heads or toks[first - 1][2] in rules.sender_heads):
            first -= 1
        if first == noun or noun - first > rules.sender_words:
            return None
        head = toks[first][2]
        if not (head in rules.titles or head in rules.apposition_heads or head in rules.sender_heads) \
                or doc.mentions_between(toks[first][0], toks[noun][0]) or "," in N[toks[first][0]:toks[noun][0]]:
            return None
        return Speaker(OTHER, doc.original_span(toks[first][0], toks[noun - 1][1]))

    def unknown_sender(self, doc: Doc, start: int, cue: Cue) -> Speaker | None:
        """«وتلقى كيم رسالة من الرئيس الفيتنامي، أعرب فيها …»: the speech noun after the person named is followed by
        a sender's preposition and someone the lexicon does not know, opening with a title or office word (at most
        'sender_words' words, to a comma or the verb): that someone sent it and speaks (``other``), not the person who
        received it."""
        N = doc.text
        rules = self.rules
        toks = list(tokens(N, start, cue.start))
        for i, (_, _, word) in enumerate(toks[:-2]):
            if resumptive_antecedent(rules, word):
                if toks[i + 1][2] not in rules.sender_prepositions:
                    return None
                pos = skip_space(N, toks[i + 1][1])
                comma = N.find(",", pos, cue.start)
                end = trim_end(N, pos, comma if comma >= 0 else cue.start)
                sender = words(N, pos, end)
                if doc.mentions_between(pos, end) or not 0 < len(sender) <= rules.sender_words \
                        or not (sender[0] in rules.titles or sender[0] in rules.apposition_heads
                                or sender[0] in rules.sender_heads):
                    return None  # «خطابا من شرفة القصر»: a place, not a person
                return Speaker(OTHER, doc.original_span(pos, end))
        return None

    def office_after_lam(self, word: str) -> bool:
        """«لوزير», «للرئيس» (ل + الرئيس): an office head or title glued to the ل of possession."""
        rules = self.rules
        if word[:1] not in rules.addressee_prefixes:
            return False
        rest, article = word[1:], rules.definite_article
        heads = (rest, article[:1] + rest) if rest.startswith(article[1:]) else (rest,)
        return any(h in rules.apposition_heads or h in rules.titles for h in heads)

    def document_of_another(self, doc: Doc, start: int, cue: Cue) -> Speaker | None:
        """«ونشر بيسكوف بيانا لوزير الخارجية يصف فيه …»: the speech noun after the named person is someone else's,
        an office glued to ل (office_after_lam) that names nobody the lexicon knows: that someone (``other``)."""
        N = doc.text
        toks = list(tokens(N, start, cue.start))
        for i, (_, _, word) in enumerate(toks[:-1]):
            if word in self.rules.resumptive_antecedents:
                owner = toks[i + 1]
                if self.office_after_lam(owner[2]) and not doc.mentions_between(owner[0], cue.start):
                    return Speaker(OTHER, doc.original_span(owner[0], trim_end(N, owner[0], cue.start)))
                return None
        return None

    def object_before_clause(self, doc: Doc, start: int, comp: int) -> bool:
        """Between a verb and a complementizer: a named speaker, then a noun phrase that is no adverbial, then a
        comma (the complementizer opens a later clause, not the verb's content)."""
        N = doc.text
        group = self.speakers.mention_group(doc, start, comp)
        if group and all(m.kind == "spokesman_word" for m in group):
            group = self.titled_name(doc, start, comp) or group  # «المتحدث باسم البيت الأبيض جون كيربي»
        if not group:
            return False
        after = skip_tokens(N, group[-1].end, comp, self.rules.skip_after_speaker)
        comma = N.find(",", after, comp)
        first = next_token(N, after, comp)
        if comma < 0 or first is None or first[0] > comma:
            return False
        if any(not N[comma + 1:m.start].strip() for m in doc.mentions_between(comma, comp)):
            return False  # «أعلن منسق الاتصالات للبيت الأبيض، جون كيربي، أن …»: the name in apposition comes later
        later = next_token(N, comma + 1, comp)
        if later is not None and later[2] in self.rules.relative_pronouns:
            return False  # «طالب يون البرلمان في دورته، التي …، بأن …»: the comma opens a relative clause
        return not (self.rules.bare_or_glued(first[2], self.rules.adjuncts) or first[2] in self.rules.object_words
                    or first[2] in self.rules.apposition_heads or first[2] in self.rules.all_markers
                    or first[2] in self.rules.complementizers)

    def past_closing_quote(self, doc: Doc, pos: int) -> int:
        """Past the mark that closes a quotation ending the speaker's name («المتحدث باسم "الكرملين"»)."""
        q = doc.quote_at(pos)
        return q[1] + 1 if q is not None and q[1] == pos and q[0] < pos else pos

    def after_description(self, doc: Doc, pos: int, limit: int) -> int:
        """«وصف بيسكوف الانتقادات بأنها لا أساس لها»: the words said start after بأنها / بـ"…", not at the
        object described (ANNOTATION.md §1: the content, without the reporting verb)."""
        N = doc.text
        start = skip_space(N, pos)
        start = start + 1 if N.startswith(",", start) else pos  # «وصف الزعيم، كيم …، الولايات المتحدة بأنها …»
        for t_start, t_end, word in list(tokens(N, start, limit))[:12]:
            if doc.in_quote(t_start) or N.find(",", start, t_start) >= 0:
                return pos
            if word in self.rules.description_markers and words(N, t_end, limit):
                return t_end
            if word == self.rules.b_marker and doc.quote_at(skip_space(N, t_end)):
                return skip_space(N, t_end)
        return pos

    def skip_apposition(self, N: str, pos: int, limit: int, before_object: bool = False,
                        object_markers: frozenset = frozenset()) -> int:
        """Skip «، المتحدث باسم …،» after a name; before an object verb's words, not «، خلو بلاده من …،»
        (an indefinite noun there opens the object, not an apposition), nor «، الدول الحليفة على دعم …،» (one of
        the verb's ``object_markers`` after a head that is no office: the object and its marker)."""
        m = re.match(r"\s*,[^,]{1,80},", N[pos:limit])
        if not m or not before_object:
            return pos + m.end() if m else pos
        chunk = words(N, pos, pos + m.end())
        head = chunk[:1]
        rules = self.rules
        if any(w in rules.description_markers or w in rules.complementizers for w in chunk):
            return pos  # «وصف الزعيم، كيم …، الولايات المتحدة بأنها …،»: the object and its description, no apposition
        if head and any(w in object_markers for w in chunk[1:]) and not (
                head[0] in rules.apposition_heads or head[0] in rules.titles or rules.spokesman_head_re.match(head[0])):
            return pos  # «حث الرئيس يون، الدول الحليفة على دعم …، بعد أن …»: the people urged, not an apposition
        if head and not (head[0].startswith(rules.definite_article) or head[0] in rules.apposition_heads
                         or head[0] in rules.titles or rules.spokesman_head_re.match(head[0])
                         or head[0] in rules.adjuncts):  # «وكرر يون، في كلمة …، ما سماه …»: an adverbial (round 16b)
            return pos
        return pos + m.end()
