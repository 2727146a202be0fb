"""Continuation: «وأضاف …», «مضيفا أن …» or a pronoun subject keeps the previous speaker,
unless someone else was named in between (ANNOTATION.md §2)."""

from __future__ import annotations

import re

from stance.extract.components import Parts
from stance.extract.components.cues import find_cues, is_feminine
from stance.extract.doc import Cue, Doc, Speaker, State, next_token, tokens, words
from stance.extract.rules import read_resource
from stance.extract.speakers import OTHER, glued
from stance.normalize import normalize

SENTENCE_BREAK = re.compile(r"(?:[.!?؟]+(?:\s+|$)|\n\s*)+")  # one break: closing marks and the space or lines after


class Continuation:
    def __init__(self, parts: Parts):
        self.speakers = parts.speakers
        self.rules = parts.rules
        data = read_resource("attribution.json")
        voice = data.get("voice", {})
        self.passive_vowel = voice.get("passive_vowel", "")
        self.imperfect_letters = set(voice.get("imperfect_prefixes", []))
        impersonal = data.get("impersonal_after_report", {})
        self.impersonal = {normalize(w) for w in impersonal.get("verbs", [])}
        self.narration_words = int(impersonal.get("narration_words", 3))

    def speaker(self, doc: Doc, cue: Cue, s_start: int, state: State) -> Speaker:
        if self.passive(doc, cue):
            return Speaker(OTHER, "")
        found = self.resolve(doc, cue, s_start, state)
        if found.actor != OTHER and self.impersonal_after_report(doc, cue, state, found):
            return Speaker(OTHER, "")
        return found

    def passive(self, doc: Doc, cue: Cue) -> bool:
        """«وذُكر أن …»: the verb's first letter after its conjunction carries the passive vowel (a past verb; an
        imperfect prefix there is active as often as not: «يُشير»). A passive verb has no subject to go on with."""
        if not self.passive_vowel or cue.key == "participle":
            return False
        o_start, o_end = doc.nt.span_to_original(cue.start, cue.end)
        surface = doc.nt.original[o_start:o_end]
        prefix = len(doc.text[cue.start:cue.end]) - len(cue.form)
        letters = [i for i, ch in enumerate(surface) if ch.isalpha()]
        if len(letters) <= prefix + 1:
            return False
        first = letters[prefix]
        return surface[first] not in self.imperfect_letters and surface[first + 1:first + 2] == self.passive_vowel

    def impersonal_after_report(self, doc: Doc, cue: Cue, state: State, found: Speaker) -> bool:
        """«قال كيربي …. وذكرت صحيفة … أن …. واعتبر أن …», «قال بيسكوف …. وتضم سوريا قاعدتين …. واعتبر فرار الأسد
        ضربة …»: a verb the writer also uses with no subject («واعتُبر»), right after someone untracked spoke or after
        the writer's own narration, is not taken back over them to an earlier tracked speaker."""
        if cue.form not in self.impersonal:
            return False
        last = state.last_speaker
        N = doc.text
        between = N[state.content_end:state.sentence_start]
        stop = min((i for i in map(between.find, ".!?؟\n") if i >= 0), default=-1)
        narrated = stop >= 0 and len(words(N, state.content_end + stop + 1, state.sentence_start)) >= self.narration_words
        return last is not None and (last.actor == OTHER and found != last or narrated)

    def resolve(self, doc: Doc, cue: Cue, s_start: int, state: State) -> Speaker:
        office = self.office_after_verb(doc, cue) or self.unknown_name_before_comma(doc, cue) \
            or self.titled_unknown_after_verb(doc, cue)
        if office is not None:
            return office
        if self.bare_present_opening(doc, cue):
            return Speaker(OTHER, "")
        fronted = self.fronted_subject(doc, cue, state) or self.joined_clause_subject(doc, cue, state)
        if fronted is not None:
            return fronted
        last = self.speakers.teller_of_nested(doc, state) or state.last_speaker
        if not self.rules.verbs.get(cue.key, {}).get("continuation") and cue.key != "participle":
            named = self.speakers.named_since(doc, state.content_end, s_start)
            if named is not None and not (cue.feminine or cue.plural):
                return named
        if cue.key == "participle" and not (cue.feminine or cue.plural):
            main = self.main_over_relative(doc, state)
            if main is not None:
                return main
        if last is None:
            return Speaker(OTHER, "")
        if cue.key == "participle" and cue.feminine and not cue.plural and last.actor != OTHER \
                and (self.only_he_in_sentence(doc, cue, state, last) or self.slip_goes_on(state, last)):
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
        if not (cue.feminine or cue.plural) and cue.key != "participle" and last.actor == OTHER:
            man = self.man_before_feminine_report(doc, s_start, state, last) or self.subject_of_report(doc, cue, state, last) \
                or self.man_in_her_report(doc, cue, state, last)
            if man is not None:
                return man
        return last

    def main_over_relative(self, doc: Doc, state: State) -> Speaker | None:
        """«وانتقد X الخطة التي قال Y إنها …، مؤكدا أن …»: the sentence's last statement is a relative clause's (a
        relative pronoun, then its verb and its own speaker, right after the words of the statement before it); a
        masculine participle after it goes on with the main clause's speaker, not with the one inside the relative
        clause. None otherwise."""
        found = state.sentence_found
        if len(found) < 2 or found[-2][2] is None:
            return None
        between = words(doc.text, found[-2][1], found[-1][0])
        if len(between) < 3 or between[0] not in self.rules.relative_pronouns or normalize(between[1]) != normalize(found[-1][3]):
            return None
        return found[-2][2]

    def fronted_subject(self, doc: Doc, cue: Cue, state: State) -> Speaker | None:
        """«بيسكوف وفي مداخلة له عبر التلفزيون أمس، وصف …»: a sentence that opens with a person's name, then an
        adverbial phrase joined by و (or not) and closed by a comma right before an unprefixed verb with nobody
        else named: the name is the verb's subject, whoever spoke before. None otherwise."""
        if cue.feminine or cue.plural:
            return None
        N = doc.text
        start = state.sentence_start
        mentions = [m for m in doc.mentions_between(start, cue.start) if not doc.in_inner_quote(m.start)]
        if not mentions or N[start:mentions[0].start].strip(" \n") or mentions[0].kind == "spokesman_word":
            return None
        group = glued(N, mentions)
        if len(group) != len(mentions):
            return None  # someone else is named before the verb
        between = N[group[-1].end:cue.start]
        if not between.rstrip().endswith(",") or between.count(",") != 1:
            return None
        lead = words(N, group[-1].end, cue.start)
        if not 2 <= len(lead) <= 16:
            return None
        head = self.speakers.adjunct_head(lead[0])
        if head not in self.rules.adjuncts or head in self.rules.skip_after_speaker:
            return None
        return self.speakers.resolve_group(doc, group, state)

    def joined_clause_subject(self, doc: Doc, cue: Cue, state: State) -> Speaker | None:
        """«تفقد الزعيم كيم جونغ أون، مصانع الذخيرة …، وحث على …»: a verb joined by و in a sentence that has no
        statement yet and opens with another (non-speech) verb and its named subject has that subject, not the
        speaker of an earlier sentence. None otherwise (the first clause holds a speech verb, or no name follows
        its verb at once)."""
        N = doc.text
        if cue.key == "participle" or cue.feminine or cue.plural or N[cue.start:cue.end] == cue.form \
                or state.sentence_found or state.content_end > state.sentence_start:
            return None
        start = state.sentence_start
        if find_cues(doc, self.rules, start, cue.start):
            return None  # an earlier speech verb in the sentence governs what follows
        return self.speakers.clause_subject(doc, start, cue.start, state) or self.described_subject(doc, cue, start)

    def described_subject(self, doc: Doc, cue: Cue, start: int) -> Speaker | None:
        """«جون كيربي الذي اعتاد …، ركز أمس على بوتين، ووصف …»: a sentence that opens with a person's name and a
        relative clause about him set off by a comma, then its own verb: he is the subject of that verb and of the
        verbs joined to it; the people named after a preposition since then («على بوتين») are objects."""
        N = doc.text
        mentions = [m for m in doc.mentions_between(start, cue.start) if not doc.in_inner_quote(m.start)]
        if not mentions or N[start:mentions[0].start].strip(" \n") or mentions[0].kind == "spokesman_word":
            return None
        group = glued(N, mentions)
        following = words(N, group[-1].end, cue.start)[:1]
        comma = N.find(",", group[-1].end, cue.start)
        if not following or following[0] not in self.rules.relative_pronouns or comma < 0:
            return None
        if any(not self.speakers.object_phrase(N, start, m.start) for m in mentions[len(group):]):
            return None  # someone else named as a possible subject
        return self.speakers.resolve_group(doc, group, State())

    def subject_of_report(self, doc: Doc, cue: Cue, state: State, last: Speaker) -> Speaker | None:
        """«وأوضح تقرير للوكالة أن كيم خاطب الحشود …، حيث دعا إلى …»: a pronoun verb after a clause opener goes on
        with the clause the report just told, whose subject is the tracked man it opens with, not with the report."""
        found = state.sentence_found
        if not found or found[-1][2] != last:
            return None
        N = doc.text
        c_start = found[-1][0]
        opener = N.rfind(",", c_start, cue.start)
        before = words(N, opener + 1, cue.start) if opener > 0 else []
        if len(before) != 1 or not self.rules.is_clause_opener(before[0]):
            return None  # «…، حيث دعا …»: a comma, a clause opener, the verb
        people = [m for m in doc.mentions_between(c_start, cue.start) if m.kind in ("name", "role", "not_actor", "surname")
                  and not self.speakers.lexicon.names_a_place(N, m.start)]
        if not people or N[c_start:people[0].start].strip(' "«'):
            return None  # the words do not open with a person
        return self.one_tracked_man(doc, people)

    def man_in_her_report(self, doc: Doc, cue: Cue, state: State, last: Speaker) -> Speaker | None:
        """«قالت الوكالة المركزية إنه خلال زيارة كيم لمصنع …، شدد على …»: a masculine verb in the sentence of an
        agency's (feminine) report, with no subject of its own, cannot go on with the agency; its subject is the
        tracked man her words name, when every person they name is he. None otherwise."""
        found = state.sentence_found
        if not last.feminine or not found or found[-1][2] != last or not self.opens_own_clause(doc, cue) \
                or not self.outlet_or_body(last.mention):
            return None
        N = doc.text
        people = [m for m in doc.mentions_between(found[-1][0], cue.start)
                  if m.kind in ("name", "role", "not_actor", "surname") and not self.speakers.lexicon.names_a_place(N, m.start)]
        if not people:
            return None
        article = self.rules.definite_article
        outside = [w for t_start, _, w in tokens(N, found[-1][0], cue.start)
                   if not any(m.start <= t_start < m.end for m in people)]
        if any(self.person_head(w) or (w.startswith(article) and self.person_head(w[len(article):])) for w in outside):
            return None  # «… خلال لقاء كيم مع وزير الدفاع الروسي، شدد …»: someone else, by office, may be the subject
        return self.one_tracked_man(doc, people)

    def outlet_or_body(self, mention: str) -> bool:
        """A speaker mention that names an outlet («الوكالة المركزية», «وسائل إعلام رسمية») or an institution, not a
        woman: «نبهت الكاتبة … إلى أن السيناتور يستفز الزعيم الكوري الشمالي، ونعته له …» — after her
        words a masculine verb is no act of the man she wrote about."""
        text = normalize(mention)
        return bool(self.rules.outlet_head_re.search(text)) or any(i in text for i in self.rules.institutions)

    def opens_own_clause(self, doc: Doc, cue: Cue) -> bool:
        """The verb opens a clause of its own: a conjunction glued to it (وشدد) or to a particle before it (وقد أخبر),
        a comma or a sentence break right before it (a bare particle such as قد aside), one of 'clause_openers'
        (حيث شدد) or a complementizer (بعد أن تعهد، إلى أنه أعرب). A bare verb right after a noun («ما استدعى ردا
        ايرانيا اعتبر كلامه …») describes that noun, its subject, and reports nobody's speech."""
        N = doc.text
        if N[cue.start:cue.end] != cue.form:
            return True
        toks = list(tokens(N, max(0, cue.start - 40), cue.start))
        if toks and toks[-1][2] in self.rules.verb_particles:
            if toks[-1][2][:1] in self.rules.conjunction_set:
                return True
            toks = toks[:-1]  # «… ، قد أعلن»: look before the particle
        end = toks[-1][1] if toks else cue.start
        before = N[max(0, cue.start - 40):end].rstrip()
        if not toks or before[-1:] in tuple(",.:!?؟\n") or N[end:cue.start].strip()[:1] in tuple(",.:!?؟"):
            return True
        last = toks[-1][2]
        return self.rules.is_clause_opener(last) or last in self.rules.complementizers

    def man_before_feminine_report(self, doc: Doc, s_start: int, state: State, last: Speaker) -> Speaker | None:
        """«قال يون إن …. وذكرت وكالة يونهاب أن …. وأضاف أن …»: a masculine pronoun verb cannot go on with the
        agency (or woman) whose feminine verb made the sentence before; it goes back to the tracked man who spoke
        in the sentence before hers, when nobody else is named in between."""
        found = state.previous_found
        if not found or any(f[2] != last for f in found):
            return None
        for f in found:
            key = self.rules.form_to_key.get(f[3])
            if key is None or not is_feminine(self.rules, f[3], key):
                return None
        N = doc.text
        breaks = [m.end() for m in SENTENCE_BREAK.finditer(N, 0, found[0][0])]
        if len(breaks) < 1:
            return None
        hers = breaks[-1]  # where her sentence starts
        before = breaks[-2] if len(breaks) > 1 else 0  # where the sentence before hers starts
        people = [m for m in doc.mentions_between(before, s_start) if m.kind in ("name", "role", "not_actor", "surname")]
        his = [m for m in people if m.end <= hers]
        if not his or not find_cues(doc, self.rules, before, hers):
            return None
        man = self.one_tracked_man(doc, his)
        if man is None:
            return None
        if any(doc.original_span(m.start, m.end) not in last.mention for m in people if m.start >= hers):
            return None  # her sentence names someone else too
        article = self.rules.definite_article
        if any(self.person_head(w) or (w.startswith(article) and self.person_head(w[len(article):]))
               for w in words(N, found[0][0], s_start)):
            return None  # «… أن الوزير سيزور المنطقة»: a person by office in her words may be the one who goes on
        return man

    def one_tracked_man(self, doc: Doc, mentions) -> Speaker | None:
        """The speaker the first of ``mentions`` names when he is a tracked actor and every other mention names him
        too, else None."""
        man = self.speakers.resolve_group(doc, [mentions[0]], State())
        if man.actor == OTHER or any(self.speakers.resolve_group(doc, [m], State()).actor != man.actor
                                     for m in mentions[1:]):
            return None
        return man

    def person_head(self, word: str) -> bool:
        """An office or a title word («وزير», «الرئيس»): a person by office."""
        return word in self.rules.apposition_heads or word in self.rules.titles

    def office_after_verb(self, doc: Doc, cue: Cue) -> Speaker | None:
        """«ورفض مكتب يون الادعاء», «ونفى مكتبه التقرير»: a verb whose object follows it at once may still have its
        subject right after it; an office (of a person by name or title, or «مكتبه») there speaks, not the last
        speaker (ANNOTATION.md, Offices and outlets: the office speaks unless it relays the person's words)."""
        N = doc.text
        first = next_token(N, cue.end, min(len(N), cue.end + 30))
        if first is None or first[2] not in self.rules.office_words or N[cue.end:first[0]].strip():
            return None
        second = next_token(N, first[1], min(len(N), first[1] + 40))
        toks = [first] + ([second] if second else [])
        word = first[2]
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

    @staticmethod
    def slip_goes_on(state: State, last: Speaker) -> bool:
        """«أعربت الناطق … جون كيربي عن …، مؤكدة أن …»: the sentence's last statement is a tracked man's under a
        verb that need not agree with him (a slip, a joint or relayed subject); its feminine participle goes on."""
        found = state.sentence_found
        return last.any_gender and bool(found) and found[-1][2] == last

    def bare_present_opening(self, doc: Doc, cue: Cue) -> bool:
        """«يرفض الكونغرس الموافقة على …» opening a sentence: a present verb with no و and no speaker named is the
        writer's narration of a state of affairs, not the last speaker going on (he goes on with «وأضاف», «ورفض»,
        «ويرى»)."""
        N = doc.text
        if cue.key == "participle" or N[cue.start:cue.end] != cue.form or cue.form[:1] not in self.rules.imperfect_prefixes \
                or cue.form in self.rules.masculine_t:
            return False
        before = N[max(0, cue.start - 3):cue.start]
        return cue.start == 0 or not before.strip(" ") or before.rstrip(" ")[-1:] in ".!?؟\n"

    def unknown_name_before_comma(self, doc: Doc, cue: Cue) -> Speaker | None:
        """«ألقى باشينيان، باللوم على …», «وأكد لوكاشينكو، أن …»: one to three words the lexicon does not know
        right after the verb, closed by a comma, then the verb's marker, a word it needs (اللوم) or a complementizer:
        the words are the verb's subject in apposition, someone other than the last speaker. A time word, an adverb,
        a place, an institution, a word with the article or a pronoun suffix there is an adverbial or an object, and
        gives None."""
        N = doc.text
        if cue.key == "participle":
            return None
        comma = N.find(",", cue.end, min(len(N), cue.end + 50))
        if comma < 0 or any(ch in N[cue.end:comma] for ch in '.:"«»\n'):
            return None
        region = list(tokens(N, cue.end, comma))
        if not 1 <= len(region) <= 3 or doc.mentions_between(cue.end, comma):
            return None
        rules = self.rules
        for _, _, word in region:
            bare = word[1:] if word[:1] in rules.conjunction_set and len(word) > 3 else word
            if word.startswith(rules.definite_article) or bare.startswith(rules.definite_article) \
                    or rules.listed_word(word) or rules.listed_word(bare) \
                    or word in rules.feminine_place_words or word in rules.institutions \
                    or word.endswith(rules.object_suffixes):  # «بدوره», «عنها»: a pronoun, never a name
                return None
        nxt = next_token(N, comma + 1, min(len(N), comma + 40))
        if nxt is None or N[comma + 1:nxt[0]].strip():
            return None
        word = nxt[2]
        wanted = set(rules.verb_markers.get(cue.key, [])) | set(rules.cue_requires.get(cue.form, ()))
        if word not in wanted and word not in rules.complementizers:
            return None
        return Speaker(OTHER, doc.original_span(region[0][0], region[-1][1]))

    def titled_unknown_after_verb(self, doc: Doc, cue: Cue) -> Speaker | None:
        """«وأعلن الرئيس الفرنسي ماكرون خطوات جديدة …», «وانتقد رئيس الوزراء البولندي توسك أمس العقوبات»: right
        after the verb a title or office head, its definite nisbas or construct, then one or two words the lexicon
        does not know (a name) and more words that are not the verb's marker: a person by office and name is the
        verb's subject, someone other than the last speaker. Before a marker («واتهم الرئيس الفرنسي ماكرون بالتصعيد»)
        the person may be the object, and None keeps the old reading."""
        N = doc.text
        if cue.key == "participle":
            return None
        rules = self.rules
        toks = []
        pos = cue.end
        while len(toks) < 7:
            tok = next_token(N, pos, min(len(N), pos + 40))
            if tok is None or N[pos:tok[0]].strip(" ,"):
                break
            toks.append(tok)
            pos = tok[1]
        if len(toks) < 4 or N[cue.end:toks[0][0]].strip() or not self.person_head(toks[0][2]):
            return None
        article = rules.definite_article
        i = 1
        while i < len(toks) and toks[i][2].startswith(article):
            i += 1
        if i == 1 or i >= len(toks) - 1 or doc.mentions_between(cue.end, toks[-1][1]):
            return None
        j = i
        while j < len(toks) and j - i < 2 and not toks[j][2].startswith(article) and not self.not_a_name(toks[j][2]) \
                and N[toks[j - 1][1]:toks[j][0]].strip() == "":
            j += 1
        if j == i or j >= len(toks):
            return None
        nxt = toks[j][2]
        if nxt in rules.all_markers or nxt in rules.complementizers or nxt in rules.description_markers \
                or nxt.startswith(rules.b_marker) or nxt in set(rules.verb_markers.get(cue.key, [])):
            return None
        return Speaker(OTHER, doc.original_span(toks[0][0], toks[j - 1][1]))

    def not_a_name(self, word: str) -> bool:
        """A word that cannot be (part of) an unknown person's name right after his title."""
        rules = self.rules
        return rules.listed_word(word) or word in rules.complementizers or word in rules.all_markers \
            or word in rules.feminine_place_words or word.endswith(rules.object_suffixes) \
            or word.startswith(rules.b_marker)
