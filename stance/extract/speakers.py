"""Who speaks: from lexicon mentions, a region of words, or the previous speaker.

One rule runs through it (ANNOTATION.md, "Speakers in real press"): a
statement goes to a tracked actor only when the evidence says so; in doubt the
actor is ``other`` and the surface words are kept as ``actor_mention``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import islice

from stance.extract.doc import (QUESTION_MARKS, QUOTE_CHARS, TRIM_CHARS, WORD, Cue, Doc, Speaker, State, next_token,
                                skip_space, skip_tokens, tokens, trim_end, words)
from stance.extract.rules import Rules, phrase_at, read_resource
from stance.normalize import normalize
from stance.lexicon import Lexicon, Mention

OTHER = "other"
GIVEN_NAME_WORDS = 3  # given names that may stand between a title and the surname the lexicon knows
SUBHEADING_WORDS = 8  # a line of at most this many words, with no closing punctuation, may be a subheading
SENTENCE_CLOSERS = ".:!" + QUESTION_MARKS + "\"»”'"  # a line ending in one of these is a sentence, not a subheading
MEETING_SUBJECT_WORDS = 8  # the subject between a verb of meeting and the person met («الرئيس الصيني شي جين بينغ»)
MEETING_BREAKS = ",،:؛;\n«»“”()"  # no clause or quotation between them; plain quotes around a name («الرئيس "يون"») may stand
OFFICE_SUBJECT_WORDS = 6  # an unnamed office as a subject («وزير الدفاع الأمريكي», «المتحدث باسم وزارة الخارجية»)


class SpeakerResolver:
    def __init__(self, lexicon: Lexicon, rules: Rules):
        self.lexicon = lexicon
        self.rules = rules
        self._title_re = None  # titles and office heads, for titled_names
        self._occurrences = None  # (text, {word: (pattern, matches, starts)}): occurrences_before, per article
        attribution = read_resource("attribution.json")
        titled = attribution.get("titled_names", {})
        self.titled_definite_words = int(titled.get("definite_words", 3))
        self.titled_name_words = int(titled.get("name_words", 3))
        title = attribution.get("article_title", {})
        self.article_title_words = (int(title.get("min_words", 3)), int(title.get("max_words", 6)))
        self.title_name_chars = int(title.get("name_chars", 60))
        self.nested_window = int(attribution.get("nested_window_chars", 60))
        self.object_letters = {normalize(x) for x in attribution.get("object_letters", [])}
        manner = attribution.get("manner_adverb")
        self.manner_shape = (normalize(manner["prefix"]), normalize(manner["suffix"]), int(manner["min_length"])) \
            if manner else None
        # title -> tracked actors whose role names open with it («الزعيم» -> kim): «الرئيس الكوري الجنوبي» is a
        # president, «المتحدث باسم الرئيس الروسي» is not
        self.title_actors: dict[str, set[str]] = {}
        self.title_holders: dict[str, list] = {}  # title -> the tracked holders of the offices it opens, with terms
        for surface, holders in lexicon.role_holders.items():
            for title in rules.titles:
                if surface == title or surface.startswith(title + " "):
                    self.title_actors.setdefault(title, set()).update(h.actor for h in holders if h.actor)
                    self.title_holders.setdefault(title, []).extend(h for h in holders if h.actor)

    # ----------------------------------------------------------- mentions
    def mention_group(self, doc: Doc, pos: int, limit: int) -> list[Mention]:
        """Lexicon mentions starting at ``pos`` and those glued to them (role + name)."""
        N = doc.text
        mentions = doc.mentions_between(pos, limit)
        if not mentions:
            return []
        lead = words(N, pos, mentions[0].start)
        if N[pos:mentions[0].start].strip(' "') and not (
                0 < len(lead) <= 3 and lead[0] in self.rules.titles and "," not in N[pos:mentions[0].start]):
            return []
        group = glued(N, mentions)
        if len(group) < len(mentions) and group[-1].kind in ("role", "spokesman_word") \
                and mentions[len(group)].kind in ("name", "not_actor"):
            # «منسق الاتصالات الاستراتيجية بالبيت الأبيض جون كيربي»: the seat of the office joins title and name
            seat = self.seat_before(N, group[-1].end, mentions[len(group)].start)
            if seat is not None and not N[group[-1].end:seat].strip():
                group = group + glued(N, mentions[len(group):])
        return group

    def speech_noun_owner(self, doc: Doc, start: int, end: int) -> Speaker | None:
        """«قال بيسكوف، معلقا على تصريحات مساعد وزير الخارجية …، التي قال فيها إن …»: a speech noun after the
        person named last, owned by an office the lexicon does not know: that office said the words (``other``)."""
        N = doc.text
        toks = list(tokens(N, start, end))
        rules = self.rules
        for i, (t_start, t_end, word) in enumerate(toks[:-1]):
            if word in rules.speech_nouns or (word[1:] in rules.speech_nouns and word[0] in rules.noun_prefixes):
                head = toks[i + 1]
                if head[2] not in rules.apposition_heads and head[2] not in rules.titles:
                    return None
                stop = end
                for u_start, u_end, w in toks[i + 1:]:
                    if w in rules.relative_pronouns:
                        stop = u_start
                        break
                stop = trim_end(N, head[0], stop)
                if doc.mentions_between(head[0], stop):
                    return None
                return Speaker(OTHER, doc.original_span(head[0], stop))
        return None

    def speaker_from_region(self, doc: Doc, cue: Cue, r_start: int, r_end: int, state: State,
                            subject_before: bool = True) -> Speaker | None:
        """The speaker named between a cue and its content («قال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين إن»).

        With nothing there, the subject before the verb is tried (``subject_before``); :meth:`svo_subject` turns
        that off when it reads a region itself, or the two would call each other for ever."""
        N = doc.text
        rules = self.rules
        mentions = self.outside_relative_clauses(doc, doc.mentions_between(r_start, r_end), r_start, r_end)
        mentions = self.without_remarked_on(N, mentions, r_start)
        prefix_words = words(N, r_start, mentions[0].start) if mentions else []
        mentions = self.apposed(doc, mentions)
        if self.opens_with_preposition(N, r_start, r_end):
            # «… أنه اتفق مع واشنطن على …»: a region that opens with a preposition names whom the act was
            # with or about, never who did it; the subject stands before the verb or is the last speaker
            return self.svo_subject(doc, cue, state) if subject_before else None
        if mentions and not prefix_words and self.described_object(doc, cue, glued(N, mentions), r_end):
            # «وصف الزعيم الكوري الشمالي بـ"…"، … أم أنها …»: the one described opens the region; with no subject
            # before the verb, whoever described him is unknown here
            return (self.svo_subject(doc, cue, state) if subject_before else None) or Speaker(OTHER, "")
        if prefix_words and prefix_words[0] in rules.adjuncts and prefix_words[0] not in rules.titles \
                and not all(w in rules.skip_after_speaker for w in prefix_words):
            # «قال خلال لقائه كيم إن …»: a name inside an adverbial is not the speaker; time words alone before the
            # name («وقال اليوم الخميس بيسكوف في …») are no such phrase, and the name after them is the subject
            mentions = []
        if mentions and (self.possessed(doc, r_start, mentions[0])
                         or any(w in rules.region_prepositions for w in prefix_words)):
            # «قالت شقيقة الزعيم كيم جونغ أون», «قال مستشار يون»: the name is someone else's possessor;
            # «قال فريق الدفاع عن الرئيس السابق يون»: the name is inside a phrase about him.
            return Speaker(OTHER, self.region_surface(doc, r_start, r_end), feminine=cue.feminine, plural=cue.plural)
        if self.addressee_only(doc, cue, mentions, r_start, r_end):
            # «… أن بايدن أعرب لنتنياهو عن قلقه»: a name glued to the ل of address right after the verb is the
            # person spoken to; the subject stands before the verb.
            return self.svo_subject(doc, cue, state) if subject_before else None
        counterpart = self.counterpart_speaker(doc, mentions)
        if counterpart is not None:
            return counterpart
        if mentions and len(prefix_words) > 1 and prefix_words[-1] in self.rules.pronoun_subjects \
                and N[r_start:mentions[0].start].rstrip().rsplit(" ", 1)[0].rstrip().endswith(","):
            # «قال متحدث باسم مجلس الأمن القومي، هو جون كيربي، إن …»: «، هو X» names the person just described
            return self.resolve_group(doc, glued(N, mentions), state, r_end, masculine=not (cue.feminine or cue.plural))
        if mentions:
            speaker = self.named_in_region(doc, cue, mentions, prefix_words, r_start, r_end, state)
            if speaker is not None:
                return speaker
        return self.unnamed_in_region(doc, cue, r_start, r_end, state, subject_before)

    def named_in_region(self, doc: Doc, cue: Cue, mentions: list, prefix_words: list[str], r_start: int, r_end: int,
                        state: State) -> Speaker | None:
        """The speaker a name in the region gives, after at most six words of title (a seat or field of the office
        may lengthen it); None when the title before the name is longer."""
        N = doc.text
        group = glued(N, mentions)
        seat = self.seat_before(N, r_start, group[0].start) \
            if group[0].kind == "name" and len(prefix_words) > 6 else None
        if seat is None and group[0].kind == "name" and len(prefix_words) > 6:
            seat = self.title_scope_before(N, r_start, group[0].start)
        if seat is not None:
            # «وأكد منسق … الاستراتيجية في البيت الأبيض جون كيربي»: the seat of the office is part of the title;
            # so is the field of a title («مرشح المعارضة في الانتخابات الرئاسية الكورية الجنوبية يون سوك يول»)
            prefix_words = words(N, r_start, seat)
        if len(prefix_words) <= 6:
            if self.someone_elses_office(prefix_words, group[0]):
                # «وقال وزير الدفاع الكوري الجنوبي كيم إن …»: an office the tracked namesake never held, then
                # a bare surname: another person of that name
                return Speaker(OTHER, self.region_surface(doc, r_start, r_end))
            speaker = self.resolve_group(doc, group, state, r_end, masculine=not (cue.feminine or cue.plural))
            if speaker.actor != OTHER and cue.feminine and (self.joined_after_body(prefix_words)
                                                             or self.relayed_by_body(prefix_words)
                                                             or self.gender_slip(doc, group, r_start)):
                # «وأكدت الرئاسة الكورية الجنوبية والرئيس يون أن …»: the verb agrees with the first of two
                # joint subjects; the tracked person among them speaks (ANNOTATION.md, joint speakers);
                # «وأكدت الرئاسة الروسية على لسان بيسكوف أن …»: it agrees with the body that relays him
                speaker = Speaker(speaker.actor, speaker.mention, speaker.spokesman, any_gender=True)
            return speaker
        return None

    def gender_slip(self, doc: Doc, group: list[Mention], r_start: int) -> bool:
        """«أعربت الناطق باسم الخارجية الأمريكية جون كيربي عن …»: a feminine verb before the full name of a man no
        woman shares a name with ('gender_slip_actors') is the writer's slip, unless the region opens with a feminine
        word (المتحدثة) or a relation (شقيقة)."""
        rules = self.rules
        name = next((m for m in group if m.kind == "name"), None)
        if name is None or name.actor not in rules.gender_slip_actors or len(words(doc.text, name.start, name.end)) < 2:
            return False
        head = words(doc.text, r_start, name.start + 1)[0]
        return not (head.endswith(rules.feminine_participle_suffix) or head in rules.feminine_relations)

    def referred_in_region(self, doc: Doc, cue: Cue, start: int, end: int, state: State) -> Speaker | None:
        """A region without a name that still points at a person: a back reference, a shortened role, joint
        speakers, a given name, a bare or modified title, a title phrase the state agency uses."""
        N = doc.text
        rules = self.rules
        referred = (self.back_reference(doc, start, end, state) or self.shortened_role(doc, start, end, state)
                    or self.joint_speaker(doc, start, end) or self.article_title_holder(doc, start, end))
        if referred is not None:
            return referred
        given = self.given_name_speaker(doc, cue, start, end)
        if given is not None:
            return given
        region_words = words(N, start, end)
        described = self.title_before_relative(doc, start, end)
        if described is not None:
            # «وأضاف الزعيم الشاب الذي قرأ خطابه …»: the clause describes whom the title refers to
            end = described
            region_words = words(N, start, end)
        if len(region_words) == 2 and region_words[0] in rules.titles and region_words[1] in rules.title_epithets:
            # «وأضاف الزعيم الشاب …»: an epithet of the holder, not of the office: the title refers back as if bare
            referent = self.title_referent(doc, region_words[0], start, state)
            if referent is not None:
                return Speaker(referent.actor, doc.original_span(start, end))
        if len(region_words) > 1 and region_words[0] in rules.titles \
                and " ".join(region_words[1:]) in rules.former_titles:
            # «وقال الرئيس المعزول إن …» after «يون سوك يول» was named: the one tracked man who held the office
            actor = self.former_holder(doc, start, region_words[0], self.title_holders.get(region_words[0], []),
                                       " ".join(region_words[1:]))
            if actor is not None:
                return Speaker(actor, doc.original_span(start, end))
        elif len(region_words) == 1 and region_words[0] in rules.titles:
            referent = self.title_referent(doc, region_words[0], start, state)
            if referent is not None:
                return referent
        elif len(region_words) == 2 and region_words[0] in rules.titles:
            referent = self.modified_title_referent(doc, region_words[1], start, state)
            if referent is not None:
                return Speaker(referent.actor, doc.original_span(start, end))
        elif 1 < len(region_words) <= 3 and " ".join(region_words) in rules.outlet_titles:
            # «ونقلت الوكالة المركزية الكورية عن زعيم البلاد قوله …»: a title phrase relayed by the state agency
            referent = self.outlet_title_holder(doc, " ".join(region_words), start)
            if referent is not None:
                return Speaker(referent.actor, doc.original_span(start, end))
        return None

    def title_before_relative(self, doc: Doc, start: int, end: int) -> int | None:
        """Where a bare title (alone or with one of 'title_epithets') ends when a relative clause naming nobody
        follows it in the region ``[start, end)`` («الزعيم الشاب الذي قرأ خطابه من الورق …»); None otherwise."""
        rules = self.rules
        toks = list(tokens(doc.text, start, end))
        rel = next((i for i, t in enumerate(toks) if t[2] in rules.relative_pronouns), None)
        if rel is None or not 1 <= rel <= 2 or toks[0][2] not in rules.titles or doc.mentions_between(start, end) \
                or (rel == 2 and toks[1][2] not in rules.title_epithets):
            return None
        return toks[rel - 1][1]

    def unnamed_in_region(self, doc: Doc, cue: Cue, r_start: int, r_end: int, state: State,
                          subject_before: bool) -> Speaker | None:
        """The speaker of a region that names no one the lexicon knows: a referent (:meth:`referred_in_region`),
        else the region's words as an `other` speaker, else the subject before the verb."""
        N = doc.text
        rules = self.rules
        cleaned = self.clean_region(doc, r_start, r_end)
        if cleaned:
            referred = self.referred_in_region(doc, cue, *cleaned, state)
            if referred is not None:
                return referred
        if cleaned and self.is_object_word(doc, *cleaned):
            cleaned = None  # «وطمأن مواطنيه إلى أن …»: an object, the subject is unnamed
        if cleaned and (self.manner_adverb(words(N, cleaned[0], cleaned[1])) or self.addressed(N, *cleaned)):
            # «حيث قال مجيبا عليه: …»: how he spoke, not who. The subject is named before the verb, or, when the
            # verb opens its clause, is the last speaker; an unknown subject before it («مولن، أعلن مؤخرا أن») stays
            # unknown
            before = self.svo_subject(doc, cue, state) if subject_before else None
            if before is not None:
                return before
            if self.opens_clause(N, cue.start):
                return None
        if cleaned:
            surface = doc.original_span(*cleaned)
            is_spokes = bool(rules.spokesman_head_re.search(N, cleaned[0], cleaned[1]))
            return Speaker(OTHER, surface, spokesman=is_spokes, feminine=cue.feminine, plural=cue.plural)
        return self.svo_subject(doc, cue, state) if subject_before else None

    def given_name_speaker(self, doc: Doc, cue: Cue, start: int, end: int) -> Speaker | None:
        """«وقال ديمتري إن …», «وأضاف جون أن …»: a tracked person's given name alone as the subject is he when the
        last time the article wrote that name it began his full name («ديمتري بيسكوف»). After «ديمتري ميدفيديف»,
        «جون بولتون», or with no full name before, it is someone else. So is the last word of his full name that
        some copy writes alone for him ('name_endings': «وبرر يول قراره» after «يون سوك يول»), when the last time
        the article wrote it, it ended his full name (after «لي سانغ يول» it is someone else)."""
        N = doc.text
        region = words(N, start, end)
        if len(region) != 1 or cue.feminine or cue.plural:
            return None
        actor = self.lexicon.given_name_owner(region[0])
        ending = actor is None
        if ending:
            actor = self.lexicon.name_ending_owner(region[0])
        if actor is None:
            return None
        if ending:
            return self.name_ending_speaker(doc, actor, start, end)
        last = None
        # «دميتري بيسكوف … وتابع ديمتري»: the full name may spell the given name another way
        spellings = "|".join(map(re.escape, self.lexicon.given_names_of(actor)))
        for m in re.finditer(r"(?<!\w)\w?(" + spellings + r")(?!\w)", N[:start]):
            last = m.start(1)
        if last is None:
            return None
        full = next((m for m in doc.mentions_between(last, min(len(N), last + 60)) if m.start == last), None)
        if full is None or full.kind != "name" or full.actor != actor:
            return None
        return Speaker(actor, doc.original_span(start, end))

    def name_ending_speaker(self, doc: Doc, actor: str, start: int, end: int) -> Speaker | None:
        """The region ``start:end`` is one of the tracked ``actor``'s 'name_endings' («يول»): he when, going back
        over bare uses of the word («وبرر "يول" قراره …»), the last one written inside a name ends his full name;
        None when it ends another name (after a Korean given-name syllable or family name: «لي سانغ يول») or
        when there is none."""
        N = doc.text
        spellings = "|".join(map(re.escape, self.lexicon.name_endings_of(actor)))
        for m in reversed(list(re.finditer(r"(?<!\w)\w?(" + spellings + r")(?!\w)", N[:start]))):
            full = next((x for x in doc.mentions_between(max(0, m.end(1) - 60), m.end(1)) if x.end == m.end(1)), None)
            if full is not None:
                return Speaker(actor, doc.original_span(start, end)) \
                    if full.kind == "name" and full.actor == actor else None
            before = N[:m.start()].rstrip(' "').split()
            if before and self.lexicon.korean_name_word(before[-1]):
                return None
        return None

    def region_surface(self, doc: Doc, r_start: int, r_end: int) -> str:
        """A speaker region as printed: without fillers and adverbials (:meth:`clean_region`), or whole when nothing
        is left."""
        cleaned = self.clean_region(doc, r_start, r_end)
        return doc.original_span(*cleaned) if cleaned else doc.original_span(r_start, r_end)

    def counterpart_speaker(self, doc: Doc, mentions: list[Mention]) -> Speaker | None:
        """«وقال بايدن ونظيره الكوري الجنوبي يون إن …»: joint speakers joined by a counterpart word; the tracked
        one among them speaks (ANNOTATION.md, joint speakers). None unless exactly one tracked actor is named
        between the first and last mention and he is one of ``mentions`` (not only inside a relative clause:
        «بوتين، الذي التقى كيم، ونظيره …»)."""
        if len(mentions) < 2 or not self.rules.counterpart_words \
                or not any(w in self.rules.counterpart_words for w in words(doc.text, mentions[0].end, mentions[-1].start)):
            return None
        tracked = self.tracked_named(doc, mentions[0].start, mentions[-1].end)
        if len(tracked) != 1:
            return None
        actor = tracked.pop()
        who = next((m for m in mentions if self.resolve_group(doc, [m], State()).actor == actor), None)
        return Speaker(actor, doc.original_span(who.start, who.end)) if who is not None else None

    def someone_elses_office(self, prefix_words: list[str], first: Mention) -> bool:
        """A bare surname right after an office word that opens the region («وزير الدفاع … كيم»)."""
        if first.kind != "surname" or not prefix_words:
            return False
        head = prefix_words[0]
        if head not in self.rules.apposition_heads and head[:1] in self.rules.conjunctions:
            head = head[1:]
        return head in self.rules.apposition_heads and head not in self.rules.titles

    def joined_after_body(self, prefix_words: list[str]) -> bool:
        """The words before the name hold a first subject, then a title joined by و («الرئاسة … والرئيس»)."""
        return len(prefix_words) >= 2 and prefix_words[-1][:1] in self.rules.conjunctions \
            and prefix_words[-1][1:] in self.rules.titles

    def relayed_by_body(self, prefix_words: list[str]) -> bool:
        """The words before the name hold one of 'relay_phrases' («الرئاسة الروسية على لسان …»)."""
        return any(tuple(prefix_words[i:i + len(p)]) == p for p in self.rules.relay_phrases
                   for i in range(len(prefix_words) - len(p) + 1))

    def addressee_only(self, doc: Doc, cue: Cue, mentions: list[Mention], r_start: int, r_end: int) -> bool:
        """The region (at most four words, no comma) opens with one of 'addressee_prefixes' («لنتنياهو»، «لولي
        العهد»), right after a verb whose subject is named just before it («بايدن أعرب لنتنياهو عن …»), or is a
        known name glued to it."""
        N = doc.text
        if not self.rules.addressee_prefixes:
            return False
        region = [t for t in tokens(N, r_start, r_end) if t[2] not in self.rules.fillers]
        if not 1 <= len(region) <= 4 or "," in N[r_start:r_end] or not (
                region[0][2].startswith(tuple(self.rules.addressee_prefixes))
                or self.is_object_word(doc, region[0][0], region[0][1])):  # «أبلغ نظيره التركي بأن …»
            return False
        if len(region) == 1 and mentions and mentions[0].start > region[0][0] \
                and N[region[0][0]:mentions[0].start] in self.rules.addressee_prefixes:
            return True
        before = [m for m in doc.mentions_between(max(0, cue.start - 60), cue.start) if m.end <= cue.start]
        return bool(before) and not N[before[-1].end:cue.start].strip()

    def outside_relative_clauses(self, doc: Doc, mentions: list[Mention], start: int, end: int) -> list[Mention]:
        """Drop the names inside a relative clause of a speaker region: «وقال رئيس الوزراء الياباني، الذي
        التقى يون أمس، إن …» is the prime minister's, not Yoon's. The clause runs to the next comma."""
        if not mentions:
            return mentions
        N = doc.text
        clauses = []
        for t_start, t_end, word in tokens(N, start, end):
            if word in self.rules.relative_pronouns:
                comma = N.find(",", t_end, end)
                clauses.append((t_start, comma if comma >= 0 else end))
        if not clauses:
            return mentions
        return [m for m in mentions if not any(a <= m.start < b for a, b in clauses)]

    def apposed(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """«المتحدث باسم البيت الأبيض، جون كيربي،», «الناطق باسم الرئاسة ديمتري بيسكوف»: a name in apposition
        to a role or a spokesman word decides who speaks (ANNOTATION.md, Apposition)."""
        if not mentions or mentions[0].kind not in ("spokesman_word", "role"):
            return mentions
        N = doc.text
        for i, m in enumerate(mentions[1:], 1):
            if m.kind not in ("name", "not_actor", "surname"):
                continue
            # «… في البيت الأبيض جون كيربي»: the seat of the office, right before a full name, is part of the title
            seat = self.seat_before(N, mentions[0].end, m.start) if m.kind != "surname" else None
            gap_end = m.start if seat is None else seat
            gap = N[mentions[0].end:gap_end]
            gap_words = words(N, mentions[0].end, gap_end)
            ends_with_comma = gap.count(",") == 1 and gap.strip(" ")[-1:] == ","
            if len(gap_words) > 6 or gap.count(",") > 1 or (gap.count(",") == 1 and not ends_with_comma):
                break
            if mentions[0].kind == "role" and not (ends_with_comma and len(gap_words) <= 3) \
                    and not (seat is not None and not gap.strip()):
                break  # a full role glues to a name directly; other words in between belong to the sentence
            if any(w in self.rules.adjuncts for w in gap_words):
                break
            return mentions[i:]
        return mentions

    def titled_names(self, doc: Doc) -> frozenset:
        """Names the article gives right after a title or office and at most three definite words («الرئيس الفرنسي
        إيمانويل ماكرون», «رئيس الوزراء الإسرائيلي بنيامين نتنياهو»): two or three words with no article, none a
        function word or a verb of saying, up to a break. Each such name and its last word (the surname used later)
        are kept; found once per article."""
        if doc.titled_names is None:
            if self._title_re is None:
                heads = sorted(set(self.rules.titles) | set(self.rules.apposition_heads), key=len, reverse=True)
                conj = "|".join(re.escape(c) for c in self.rules.conjunctions)
                self._title_re = re.compile(r"(?<!\w)(?:" + conj + r")?(?:" + "|".join(re.escape(h) for h in heads) + r")(?!\w)")
            found = set()
            N = doc.text
            for m in self._title_re.finditer(N):
                toks = list(islice(tokens(N, m.start(), len(N)), 2 + self.titled_definite_words + self.titled_name_words))
                name = self._name_after_title(N, toks)
                if name:
                    found.update((" ".join(name), name[-1]))
            doc.titled_names = frozenset(found)
        return doc.titled_names

    def _title_word(self, w: str) -> bool:
        return w in self.rules.titles or w in self.rules.apposition_heads

    def _name_after_title(self, N: str, toks: list) -> list[str]:
        rules = self.rules
        j = 1  # toks[0] is the title
        while j < len(toks) and j <= self.titled_definite_words and toks[j][2].startswith(rules.definite_article):
            j += 1
        name = []
        while j < len(toks) and len(name) < self.titled_name_words and not N[toks[j - 1][1]:toks[j][0]].strip():
            w = toks[j][2]
            if w.startswith(rules.definite_article) or len(w) < 3 or rules.listed_word(w) \
                    or w in rules.complementizers or w in rules.object_prepositions \
                    or self._title_word(w) or self._title_word(w[1:]):
                break  # («… ماكرون ورئيس الوزراء …»: a title, even joined by و, opens another person)
            name.append(w)
            j += 1
        return name if len(name) >= 2 else []

    def seat_before(self, N: str, start: int, end: int) -> int | None:
        """Start of a seat phrase that runs up to ``end`` («في البيت الأبيض», «بالكرملين»): one of the lexicon's
        'seat_prepositions' (a one-letter one glued to its word) and institution names only; else None."""
        toks = list(tokens(N, start, end))
        for t_start, t_end, word in toks:
            for prep in self.lexicon.seat_prepositions:
                if word == prep:
                    inst_start = skip_space(N, t_end)
                elif len(prep) == 1 and word.startswith(prep) and len(word) > 3:
                    inst_start = t_start + 1
                else:
                    continue
                inst_end = self.institution_at(N, inst_start, end)
                if inst_end and not N[inst_end:end].strip(" ,"):
                    # «المتحدث باسم الأمن القومي في البيت الأبيض، جون كيربي»: a comma may close the seat
                    return t_start
        return None

    def name_units(self, N: str, start: int, end: int) -> int:
        """The words in ``N[start:end]``, a long Arabic name counted as one («الشيخ عبد الله بن زايد» is two): a
        joiner («بن», «آل») ties itself and the next word to the word before it, an opener («عبد», «أبو») itself
        to the next word (actors.json 'name_joiners', 'name_openers')."""
        ws = words(N, start, end)
        joiners, openers = self.lexicon.name_joiners, self.lexicon.name_openers
        units = i = 0
        while i < len(ws):
            if ws[i] in joiners and units:
                i += 1  # the joiner; the word it ties (or an opener and its word) follows
                i += 2 if i < len(ws) and ws[i] in openers else 1
                continue
            units += 1
            i += 2 if ws[i] in openers and i + 1 < len(ws) else 1
        return units

    def title_scope_before(self, N: str, start: int, end: int) -> int | None:
        """Start of a «في» phrase that names the field of a title and runs right up to a full name («مرشح المعارضة
        في الانتخابات الرئاسية الكورية الجنوبية يون سوك يول»): the preposition is one of the lexicon's word
        'seat_prepositions', and every word after it is a definite word that is neither a title nor a possessor
        head (so «في لقائه مع …», «عن الرئيس السابق يون», «في مكتب يون» never qualify); else None."""
        toks = list(tokens(N, start, end))
        rules = self.rules
        art = rules.definite_article
        for i, (t_start, _t_end, word) in enumerate(toks[1:], 1):
            if word not in self.lexicon.seat_prepositions or len(word) < 2:
                continue
            rest = [w for _s, _e, w in toks[i + 1:]]
            if 0 < len(rest) <= 5 and not any(ch in N[t_start:end] for ch in ",،(-\"«»“”") \
                    and all(w.startswith(art) and w not in rules.titles and w not in rules.possessor_heads
                            and w[len(art):] not in rules.possessor_heads for w in rest):
                return t_start
        return None

    def described_object(self, doc: Doc, cue: Cue, group, limit: int) -> bool:
        """A verb of 'object_described' families with no object pronoun of its own, whose named group is followed at
        once by the description (one of 'description_markers' or a word opening with the ب marker, not a manner
        adverb): «ووصف كيم جونغ أون بأنه شريك», «وصف الزعيم الكوري الشمالي بـ"…"». The group is the one described,
        never the speaker (a subject stands before its object: «ووصف بيسكوف التقارير بأنها …»)."""
        rules = self.rules
        if not rules.verbs.get(cue.key, {}).get("object_described") or cue.form.endswith(rules.object_suffixes):
            return False
        after = next_token(doc.text, group[-1].end, limit)
        if after is None or doc.text[group[-1].end:after[0]].strip(" " + QUOTE_CHARS):
            return False
        word = after[2]
        return word in rules.description_markers or (word.startswith(rules.b_marker) and word not in rules.b_adverbs
                                                     and not doc.mentions_between(after[0], after[1]))

    def relay_phrase_at(self, N: str, word: str, end: int, limit: int) -> bool:
        """``word`` and the words right after ``end`` make one of 'relay_phrases' («على لسان»): the phrase names whose
        mouth the words came from, so ``word`` is not the verb's marker («أكد الكرملين على لسان المتحدث باسمه … أن …»)."""
        for phrase in self.rules.relay_phrases:
            if len(phrase) > 1 and phrase[0] == word \
                    and tuple(t[2] for t in islice(tokens(N, end, limit), len(phrase) - 1)) == phrase[1:]:
                return True
        return False

    def after_clause_break(self, N: str, start: int, end: int) -> int:
        """Where the last clause opens between ``start`` and ``end``: after the last of 'clause_breaks' (لكنه، بينما …)
        there, which opens a clause as a comma does («ورفض الخوض في التفاصيل … لكنه أكد جاهزية …»); else ``start``."""
        for t_start, t_end, word in reversed(list(tokens(N, start, end))):
            if word in self.rules.clause_breaks:
                return t_end
        return start

    def opens_with_preposition(self, N: str, r_start: int, r_end: int) -> bool:
        """The speaker region's first word is one of 'region_prepositions' (مع، ضد، حول …): a phrase."""
        first = words(N, r_start, r_end)[:1]
        return bool(first) and first[0] in self.rules.region_prepositions

    def possessed(self, doc: Doc, r_start: int, first: Mention, glued: bool = False) -> bool:
        """The words before the name end in a possessor head, titles aside («شقيقة الزعيم كيم», «مكتب يون»);
        ``glued``: also with the preposition ل glued to a one-word head (a source: «ووفقا لمساعد بيسكوف»)."""
        # titles aside, with their modifiers («محاميا الرئيس المعزول يون سوك يول»)
        skip = self.rules.titles | self.rules.role_negators
        before = [w for w in words(doc.text, r_start, first.start) if w not in skip]
        if not before:
            return False
        heads, last = self.rules.possessor_heads, before[-1]
        # «وقال نائب المتحدث باسم الكرملين إن …»: a role is someone else's too after a possessor head;
        # «مسؤول مقرب من كيربي»: a two-word head
        return last in heads or " ".join(before[-2:]) in heads \
            or (glued and last[:1] == self.rules.glued_preposition and last[1:] in heads)

    def back_reference(self, doc: Doc, start: int, end: int, state: State) -> Speaker | None:
        """«وقال المسؤول الأمريكي …» right after Kirby spoke is Kirby; otherwise nobody tracked."""
        if self.rules.back_reference_re is None:
            return None
        segment = doc.text[start:end].strip()
        article = self.rules.definite_article
        candidates = [segment] + ([article + segment[1:]] if segment.startswith(article[1:]) else [])  # للمسؤول
        matches = [m for m in (self.rules.back_reference_re.fullmatch(c) for c in candidates) if m]
        if not matches:
            # «وتابع المسؤول في البيت الأبيض قائلا …»: the region was cut before the seat; the phrase runs on
            N = doc.text
            run = self.rules.back_reference_re.match(N, skip_space(N, start), min(len(N), start + 80))
            if run is None or run.end() <= end or N[run.end():run.end() + 1].isalpha():
                return None
            matches, end = [run], run.end()
        actor = self.rules.back_references[matches[0].group(1)]
        last = state.last_speaker
        if last is not None and last.actor == actor:
            return Speaker(actor, doc.original_span(start, end), spokesman=last.spokesman)
        return None

    def article_title_holder(self, doc: Doc, start: int, end: int) -> Speaker | None:
        """«قال المتحدث باسم البيت الأبيض جون كيربي …» then «وأوضح المتحدث باسم البيت الأبيض أن …»: a title of
        'article_title' words that the article put earlier right before a tracked person's name, or in apposition
        after it, and next to no one else's name, refers back to him (who spoke in between matters
        not: the article gave the title to him alone)."""
        N = doc.text
        shortest, longest = self.article_title_words
        ahead, prev = [], start  # the region, or its title run on past where it was cut («المسؤول في البيت الأبيض»)
        for t_start, t_end, word in islice(tokens(N, start, min(len(N), start + self.title_name_chars * 2)), longest):
            if word in self.rules.complementizers or any(ch in N[prev:t_start] for ch in ',:"«\n'):
                break
            ahead.append((t_end, word))
            prev = t_end
        if len(ahead) < shortest or not self.phrase_before(doc, " ".join(w for _, w in ahead[:shortest]), start):
            return None  # no longer title either: each holds the shortest one
        for n in range(len(ahead), shortest - 1, -1):
            if ahead[n - 1][0] < end:
                break  # more words of the region after the title: a name the lexicon does not know
            holders = self.holders_before(doc, " ".join(w for _, w in ahead[:n]), start)
            if len(holders) == 1 and OTHER not in holders:
                return Speaker(next(iter(holders)), doc.original_span(start, max(end, ahead[n - 1][0])))
        return None

    @staticmethod
    def phrase_before(doc: Doc, phrase: str, pos: int) -> bool:
        """``phrase`` occurs whole in ``N[:pos]``: its first occurrence in the article ends at or before ``pos``
        (found once per article and phrase)."""
        cache = doc.phrase_cache()
        first = cache.get((phrase, "first"))
        if first is None:
            first = cache[(phrase, "first")] = doc.text.find(phrase)
        return 0 <= first and first + len(phrase) <= pos

    def holders_before(self, doc: Doc, phrase: str, pos: int) -> frozenset:
        """The actors named beside (named_beside) the occurrences of ``phrase`` in ``N[:pos]`` (each found after the
        end of the one before). The occurrences and the running union of their holders are kept per article and
        phrase and extended only as far as a call needs, so a call does not walk every earlier occurrence."""
        N = doc.text
        ends, unions, following = doc.phrase_cache().setdefault(phrase, ([], [], [None]))  # following: the next one
        while True:
            if following[0] is None:
                following[0] = N.find(phrase, ends[-1] if ends else 0)
            found = following[0]
            if found < 0 or found + len(phrase) > pos:
                break
            count = len(ends)
            holders = self.named_beside(doc, found, found + len(phrase))
            if len(ends) == count:  # a nested call may have gone past this occurrence meanwhile
                ends.append(found + len(phrase))
                unions.append((unions[-1] if unions else frozenset()) | holders)
                following[0] = None
        k = bisect_right(ends, pos)
        return unions[k - 1] if k else frozenset()

    def named_beside(self, doc: Doc, start: int, end: int) -> set[str]:
        """Actors of the names glued right after the words at ``start:end`` (a title before a name) or standing
        right before them with a comma between (a name, then his title in apposition); empty when none."""
        N = doc.text
        after = doc.mentions_between(end, min(len(N), end + self.title_name_chars))
        before = doc.mentions_between(max(0, start - self.title_name_chars), start)
        groups = []
        if after and not N[end:after[0].start].strip(" ,"):
            groups.append(glued(N, after))
        if before and N[before[-1].end:start].strip() == ",":
            groups.append(glued(N, before[::-1], backwards=True))
        holders = {self.resolve_group(doc, g, State()).actor for g in groups}
        if not groups:
            nxt = next_token(N, end, min(len(N), end + 40))
            rules = self.rules
            if nxt is not None and not N[end:nxt[0]].strip() and not (
                    nxt[2] in rules.complementizers or nxt[2] in rules.all_markers or nxt[2] in rules.cue_forms
                    or nxt[2] in rules.adjuncts or nxt[2] in rules.skip_after_speaker or nxt[2] in rules.fillers):
                holders.add(OTHER)  # «المتحدث باسم البيت الأبيض أندرو بيتس»: a name the lexicon does not know
        return holders

    def shortened_role(self, doc: Doc, start: int, end: int, state: State) -> Speaker | None:
        """«وأضاف المتحدث باسم الرئاسة …» after «المتحدث باسم الرئاسة الروسية ديمتري بيسكوف»: a spokesman's
        role cut short refers back to the last speaker when he was named with the full role; so does another
        office cut to two words or more («وأشار منسق الاتصالات …» after «منسق الاتصالات الاستراتيجية في مجلس
        الأمن القومي جون كيربي»)."""
        N = doc.text
        last = state.last_spokesman or state.last_speaker
        segment = N[start:end].strip()
        spokesman = self.rules.spokesman_head_re.match(segment)
        if last is None or last.actor == OTHER or len(segment.split()) < (3 if spokesman else 2) \
                or not (spokesman or self.words_follow(N, end)):
            return None
        for m in reversed(doc.mentions_between(max(0, start - 2000), start)):
            if m.kind == "role" and N[m.start:m.end].startswith(segment) and m.end - m.start > len(segment) \
                    and self.resolve_group(doc, [m], State()).actor == last.actor:
                return Speaker(last.actor, doc.original_span(start, end), spokesman=True)
        return None

    def words_follow(self, N: str, pos: int) -> bool:
        """The words said open right at ``pos``: a colon or quotation mark, a complementizer or a verb's marker
        («منسق الاتصالات إلى أن …»), not more words about the person («… في الخارجية الأمريكية إن …»)."""
        rest = N[pos:pos + 40].lstrip()
        if rest[:1] in (":", '"'):
            return True
        token = next_token(N, pos, pos + 40)
        return token is not None and (token[2] in self.rules.complementizers or token[2] in self.rules.all_markers)

    def role_holder(self, doc: Doc, role: Mention) -> str:
        """Who holds a dated role: the holder on the article's date; without a date, the holder the
        article names (the latest named before the mention, else the first after); else ``other``."""
        if doc.date is not None:
            holder = role.holder_at(doc.date)
            return holder.actor if holder is not None and holder.actor else OTHER
        if len(role.holders) == 1 and role.holders[0].actor:
            return role.holders[0].actor  # nobody else is known to have held it: no doubt to resolve
        named_before, named_after = None, None
        for m in doc.mentions:
            if m.kind not in ("name", "not_actor", "surname") or m.start == role.start:
                continue
            for h in role.holders:
                if (h.actor and m.actor == h.actor and m.kind != "surname") or (not h.actor and m.person == h.person) \
                        or (h.actor and m.kind == "surname" and self.surname_owner(doc, m) == h.actor):
                    if m.start < role.start:
                        named_before = h
                    elif named_after is None:
                        named_after = h
        holder = named_before or named_after
        return holder.actor if holder is not None and holder.actor else OTHER

    def joint_speaker(self, doc: Doc, start: int, end: int) -> Speaker | None:
        """«وقال الزعيمان …», «أكد يون ونظيره …»: the tracked actor among the people just named."""
        N = doc.text
        region = words(N, start, end)
        if not region or not (region[0] in self.rules.joint_words or any(w in self.rules.counterpart_words for w in region)):
            return None
        tracked = self.tracked_named(doc, max(0, start - 600), end)
        if not tracked and region[0] in self.rules.joint_words:
            # «بانمونجوم – أكد الزعيمان …» opening the article: the leaders are named in what follows.
            tracked = self.tracked_named(doc, end, min(len(N), end + 600))
        if len(tracked) != 1:
            return None
        return Speaker(tracked.pop(), doc.original_span(start, end))

    def tracked_named(self, doc: Doc, start: int, end: int) -> set[str]:
        """The tracked actors named (by name, surname or a role they held) in ``[start, end)``."""
        found = set()
        for m in doc.mentions_between(start, end):
            if m.kind in ("name", "surname", "role") and (m.actor or m.kind == "role"):
                actor = self.resolve_group(doc, [m], State()).actor
                if actor != OTHER:
                    found.add(actor)
        return found

    def subject_right_before(self, doc: Doc, cue: Cue, s_start: int) -> Speaker | None:
        """«كيم يتوعد ترامب …»: a name opening the clause right before the verb is its subject."""
        N = doc.text
        mentions = [m for m in doc.mentions_between(s_start, cue.start) if m.kind in ("name", "surname", "role")]
        if not mentions:
            return None
        last = mentions[-1]
        if N[last.end:cue.start].strip() or [w for w in words(N, s_start, mentions[0].start)
                                             if w not in self.rules.fillers and w not in self.rules.titles]:
            return None  # a title may stand before the name («وكان الزعيم كيم جونغ أون أكد، …») (round 16b)
        group = glued(N, mentions[::-1], backwards=True)
        # «الزعيم كيم يزور الرئيس يون ويؤكد …»: the visitor, not the man visited; «كيم ينتقد الرئيس يون ويؤكد …»:
        # the one who criticizes, not the man criticized
        return self.meeting_subject(doc, cue, group, s_start, State()) \
            or self.subject_of_object(doc, cue, mentions, group, State()) or self.resolve_group(doc, group, State())

    def modified_title_referent(self, doc: Doc, modifier: str, pos: int, state: State) -> Speaker | None:
        """«وقال الرئيس الجديد "…"» after «رئيس كوريا الجنوبية الجديد يون سوك-يول»: a bare title with one definite
        modifier refers back to the last person whose full name came right after that modifier (at most two words
        between); None when nobody was named so, or when the modifier says the office is someone else's now
        (السابق)."""
        N = doc.text
        if not modifier.startswith(self.rules.definite_article) or modifier in self.rules.role_negators:
            return None
        best = None
        for m in reversed(self.occurrences_before(N, modifier, pos)):  # the last one that fits
            mentions = doc.mentions_between(m.end(), min(pos, m.end() + 40))
            gap = N[m.end():mentions[0].start] if mentions else ""
            if mentions and mentions[0].kind in ("name", "not_actor") and len(words(N, m.end(), mentions[0].start)) <= 2 \
                    and all(ch.isalnum() or ch in " -" for ch in gap):
                best = glued(N, mentions)  # the name right after the modifier, in the same phrase
                break
        return self.resolve_group(doc, best, state) if best else None

    def title_referent(self, doc: Doc, title: str, pos: int, state: State) -> Speaker | None:
        """«وأكد الرئيس أن …»: the last person named with this title before ``pos``."""
        N = doc.text
        best = None
        for m in reversed(self.occurrences_before(N, title, pos)):  # the last one that fits
            group = self.mention_group(doc, m.end() - len(title), min(pos, m.end() + 60))
            if group:
                best = group
                break
        if best:
            return self.resolve_group(doc, best, state)
        # «وقال الزعيم …» after «كيم جونغ أون» was named without the title: the latest person named
        # whose roles carry the title; a role that names its holder on the article's date counts as naming him
        # («الرجل الأول في كوريا الشمالية», then «أشار الزعيم»), so a man named earlier with another office
        # opening with the title (يون, «الزعيم الكوري الجنوبي») is not taken past him.
        holders = self.title_actors.get(title, set())
        named = [m for m in doc.mentions if m.start < pos and (
            m.kind == "name" and m.actor in holders
            or m.kind == "role" and m.actor and (self.role_holder(doc, m) if m.dated else m.actor) in holders)]
        if named:
            last = named[-1]
            actor = self.role_holder(doc, last) if last.kind == "role" and last.dated else last.actor
            return Speaker(actor, doc.original_span(pos, pos + len(title)))
        return self.outlet_title_holder(doc, title, pos)

    def occurrences_before(self, N: str, word: str, pos: int) -> list:
        """Each match of ``word`` as a whole word, with or without a conjunction glued to it, in ``N[:pos]``, left
        to right. The matches over the whole text are found once per article and word; those that start far
        enough before ``pos`` (their end and the character after it lie before ``pos``) are the same in
        ``N[:pos]``, and only the last few characters are searched again with ``pos`` as the end."""
        cache = self._occurrences
        if cache is None or cache[0] is not N:
            cache = self._occurrences = (N, {})
        found = cache[1].get(word)
        if found is None:
            conj = "".join(self.rules.conjunctions)
            pattern = re.compile(r"(?<!\w)[" + conj + r"]?" + re.escape(word) + r"(?!\w)")
            matches = list(pattern.finditer(N))
            found = cache[1][word] = (pattern, matches, [m.start() for m in matches])
        pattern, matches, starts = found
        safe = max(0, pos - len(word) - 1)  # a match starting before this reads nothing at or past pos
        k = bisect_left(starts, safe)
        resume = max(safe, matches[k - 1].end()) if k else safe
        return matches[:k] + list(pattern.finditer(N, resume, pos))

    def outlet_title_holder(self, doc: Doc, title: str, pos: int) -> Speaker | None:
        """«وذكرت وكالة الأنباء المركزية الكورية أن الزعيم أكد …»: with nobody named under the title, a bare title
        relayed in an article that names the state agency of its country is that country's office holder on the
        article's date ('outlet_titles' in attribution.json); without the agency, None."""
        found = self.rules.outlet_titles.get(title)
        if found is None:
            return None
        role, outlets = found
        if not outlets.search(doc.text):
            return None
        holders = self.lexicon.role_holders.get(role, ())
        if not holders:
            return None
        mention = Mention(pos, pos + len(title), "role", next((h.actor for h in holders if h.actor), None),
                          holders[0].person, holders=holders)
        actor = self.role_holder(doc, mention) if mention.dated else (mention.actor or OTHER)
        return Speaker(actor, doc.original_span(pos, pos + len(title)))

    def is_object_word(self, doc: Doc, start: int, end: int) -> bool:
        """One word carrying a possessive/object pronoun (مواطنيه، نظيره، الصحفيين) cannot be the speaker; nor
        a definite plural in the oblique case (المودعين: a subject would be المودعون), unless it names a body; nor
        a clause opening with «ما» (what others say)."""
        region = words(doc.text, start, end)
        if region and any(" ".join(region[:len(o.split())]) == o for o in self.rules.object_openers):
            return True
        if len(region) > 1:
            # «ودعا الشعب الكوري إلى …»: an object word with adjectives of origin after it (nisba: ال…ي)
            # «ودعا المهندسين والمسؤولين إلى …», «العمال والمهندسين»: definite nouns joined by و, one of them an
            # oblique plural (a subject would be المهندسون) (round 16b)
            joined = [region[0]] + [w[1:] for w in region[1:] if w[:1] in self.rules.conjunctions]
            return len(region) <= 3 and (self.nisba_phrase(doc, start, end) or len(joined) == len(region) and all(
                w.startswith(self.rules.definite_article) for w in joined) and any(self.oblique_plural(w) for w in joined))
        o_start, o_end = doc.nt.span_to_original(start, end)
        word = doc.nt.original[o_start:o_end]
        if self.oblique_plural(region[0]) and self.institution_at(doc.text, start, end) is None:
            return True
        return (word.endswith(self.rules.object_suffixes) and not word.startswith(self.rules.definite_article)
                or word in self.rules.object_words)

    def oblique_plural(self, word: str) -> bool:
        """A definite plural in the oblique case (المهندسين), not an office word (الأمين)."""
        article, suffix = self.rules.definite_article, self.rules.oblique_plural_suffix
        return bool(suffix) and word.startswith(article) and word.endswith(suffix) \
            and len(word) - len(article) >= self.rules.oblique_plural_min_stem \
            and word not in self.rules.apposition_heads and word not in self.rules.titles

    def opens_clause(self, N: str, pos: int) -> bool:
        """The verb at ``pos`` opens its sentence or line, or follows a clause opener (حيث، ثم، كما …), with only
        a conjunction or particle before it."""
        start = max(N.rfind(c, 0, pos) for c in ".!?:\n") + 1
        before = [w for w in words(N, start, pos) if w not in self.rules.fillers]
        if not before:
            return True
        last = before[-1]
        return len(before) == 1 and (self.rules.is_clause_opener(last) or last in self.rules.verb_particles)

    def manner_adverb(self, region: list[str]) -> bool:
        """The region opens with a word of the 'manner_adverb' shape (مجيبا، مبتسما) and has at most two more
        words (عليه، على سؤال), none of them a title or office."""
        shape = self.manner_shape
        if not region or len(region) > 3 or shape is None:
            return False
        first = region[0]
        return len(first) >= shape[2] and first.startswith(shape[0]) and first.endswith(shape[1]) \
            and not any(w in self.rules.titles or w in self.rules.apposition_heads for w in region)

    def addressed(self, N: str, start: int, end: int) -> bool:
        """The region opens with the preposition ل standing alone before a quoted or drawn-out name («وأضاف لـ«قناة 12»
        الإسرائيلية أن …», «لـ"سي إن إن"»): the outlet spoken to, never the speaker."""
        region = words(N, start, end)
        if region and region[0] == self.rules.glued_preposition:
            return True
        # «كما قال للاجتماع إن …»: one word whose ل is glued to the article (لل…) is whom he spoke to (round 16b)
        dative = self.rules.glued_preposition + self.rules.definite_article[1:]
        return len(region) == 1 and region[0].startswith(dative) and len(region[0]) > len(dative) + 2

    def nisba_phrase(self, doc: Doc, start: int, end: int) -> bool:
        """The region is one of 'object_words' followed only by definite adjectives of origin («الشعب الكوري»,
        «المواطنين الأمريكيين»), with no lexicon mention in it."""
        toks = list(tokens(doc.text, start, end))
        first = doc.nt.original[slice(*doc.nt.span_to_original(toks[0][0], toks[0][1]))]
        if first not in self.rules.object_words or doc.mentions_between(start, end):
            return False
        article = self.rules.definite_article
        return all(w.startswith(article) and w.endswith(self.rules.nisba_suffixes) for _, _, w in toks[1:])

    def as_feminine(self, speaker: Speaker) -> Speaker:
        """``speaker`` as the referent of a feminine verb or pronoun (وقالت، ووفقا لها): tracked actors are men, so a
        tracked man there is a woman, ``other``; anyone else stays."""
        if speaker.actor != OTHER and self.lexicon.genders.get(speaker.actor) == "m":
            return Speaker(OTHER, speaker.mention, feminine=True)
        return speaker

    def resolve_group(self, doc: Doc, group: list[Mention], state: State, region_end: int | None = None,
                      masculine: bool = False) -> Speaker:
        N = doc.text
        surface = lambda m: doc.original_span(m.start, m.end)  # noqa: E731
        named = [m for m in group if m.kind in ("name", "not_actor", "surname")]
        roles = [m for m in group if m.kind == "role"]
        for m in named:
            if m.kind == "not_actor":
                return Speaker(OTHER, surface(m), spokesman=bool(roles))
            if m.kind == "surname":
                return Speaker(self.surname_owner(doc, m, skip_gender="f" if masculine else None), surface(m))
            return Speaker(m.actor, surface(m), spokesman=m.actor in self.lexicon.spokesmen)
        for m in roles:
            after = words(N, m.end, m.end + 20)
            if after and after[0] in self.rules.role_negators or self.anonymous_after(N, m.end):
                # «الرئيس الكوري الجنوبي السابق», «متحدث باسم الكرملين، لم يذكر اسمه،»: someone else, unless a
                # tracked name follows the negator («الرئيس الكوري الجنوبي المعزول يون سوك يول»): the name decides
                name = self.name_after_negator(doc, m, after)
                if name is not None:
                    return Speaker(name.actor, surface(name))
                former = self.former_holder(doc, m.start, None, [h for h in m.holders if h.actor],
                                            self.former_phrase(N, m.end)) if m.holders else None
                return Speaker(former, surface(m)) if former is not None else Speaker(OTHER, surface(m))
            actor = self.role_holder(doc, m) if m.dated else (m.actor or OTHER)
            return Speaker(actor, surface(m), spokesman=m.actor in self.lexicon.spokesmen)
        m = group[0]  # spokesman word
        if self.rules.on_behalf_re.match(N, m.end, region_end or m.end + 40):
            end = region_end or m.end
            cleaned = self.clean_region(doc, m.start, end)
            shortened = (self.shortened_role(doc, *cleaned, state) or self.article_title_holder(doc, *cleaned)) \
                if cleaned else None
            if shortened is not None:
                return shortened
            return Speaker(OTHER, doc.original_span(m.start, end).strip(TRIM_CHARS), spokesman=True)
        if state.last_spokesman is not None:
            if self.someone_elses_spokesman(doc, m, region_end, state.last_spokesman):
                # «وقال المتحدث ناصر كنعاني إن …», «وأكد المتحدث الإيراني …»: a name or a nationality after the
                # bare word is another spokesman, not the last one
                return Speaker(OTHER, doc.original_span(m.start, region_end or m.end).strip(TRIM_CHARS), spokesman=True)
            return state.last_spokesman
        return Speaker(OTHER, surface(m), spokesman=True)

    def former_phrase(self, N: str, pos: int) -> str | None:
        """The longest of 'former_titles' right after ``pos`` («السابق», «الموقوف عن العمل»), else None."""
        after = words(N, pos, min(len(N), pos + 40))
        for n in range(min(3, len(after)), 0, -1):
            phrase = " ".join(after[:n])
            if phrase in self.rules.former_titles:
                return phrase
        return None

    def former_holder(self, doc: Doc, pos: int, title: str | None, holders: list, phrase: str | None) -> str | None:
        """«وقال الرئيس المعزول …», «الرئيس الكوري الجنوبي السابق»: the one tracked holder of the office named in the
        article before ``pos``, when nobody else named there carries ``title`` and the article's date fits the
        modifier (speech.json former_titles); else None (doubt: other)."""
        kind = self.rules.former_titles.get(phrase) if phrase else None
        if kind is None or not holders or doc.date is None:
            return None
        actors = {h.actor for h in holders}
        named = set()
        for m in doc.mentions:
            if m.start >= pos:
                break
            if m.kind == "name" and m.actor in actors:
                named.add(m.actor)
            elif m.kind == "surname" and (owner := self.surname_owner(doc, m)) in actors:
                named.add(owner)
            elif m.kind in ("name", "not_actor") and m.actor not in actors and title is not None \
                    and title in words(doc.text, max(0, m.start - 40), m.start)[-3:]:
                return None  # «الرئيس السابق مون جاي إن»: someone else named with the title
        if len(named) != 1:
            return None
        actor = named.pop()
        N = doc.text
        for other_phrase in self.rules.former_titles:
            for m in self.occurrences_before(N, other_phrase, pos):
                nxt = next(iter(doc.mentions_between(m.end(), min(pos, m.end() + 60))), None)
                if nxt is None or nxt.kind != "name" or nxt.actor != actor or words(N, m.end(), nxt.start):
                    return None  # «الرئيس السابق مون جاي إن» (a name the lexicon may not know): another former holder
        terms = [h for h in holders if h.actor == actor]
        if kind == "after_term":
            fits = any(h.end is not None and h.end < doc.date for h in terms)
        else:
            fits = any(h.start is None or h.start <= doc.date for h in terms)
        return actor if fits else None

    def name_after_negator(self, doc: Doc, role: Mention, after: list[str]) -> Mention | None:
        """The tracked full name right after the one role negator that follows ``role``, else None."""
        if not after or after[0] not in self.rules.role_negators:
            return None
        name = next((x for x in doc.mentions_between(role.end, role.end + 60)), None)
        if name is None or name.kind != "name" or words(doc.text, role.end, name.start) != after[:1]:
            return None
        return name

    def anonymous_after(self, N: str, pos: int) -> bool:
        """One of 'anonymity_phrases' follows ``pos``, a comma between allowed («، لم يذكر اسمه،»)."""
        if not self.rules.anonymity_phrases:
            return False
        at = pos
        while at < len(N) and N[at] in " ,،":
            at += 1
        return N.startswith(self.rules.anonymity_phrases, at)

    def someone_elses_spokesman(self, doc: Doc, m: Mention, region_end: int | None, last: Speaker) -> bool:
        """Words after a bare «المتحدث» that are neither time words, adverbials, «الرسمي» nor the last spokesman's
        nationality (المتحدث الروسي after Peskov): with the region to the content known, any such word (a name the
        lexicon does not know); without it, a nisba right after."""
        N = doc.text
        rules = self.rules
        own = rules.spokesman_nationalities.get(last.actor, frozenset())
        following = words(N, m.end, region_end if region_end is not None else min(len(N), m.end + 30))
        kept = []
        for w in following:
            if w in rules.adjuncts or w in rules.all_markers or w in rules.complementizers:
                break
            if w in rules.skip_after_speaker or w in rules.fillers or w in rules.spokesman_modifiers or w in own:
                continue
            kept.append(w)
        if not kept:
            return False
        if region_end is not None:
            return True
        return kept[0] == following[0] and kept[0].endswith(rules.nisba_suffixes)

    def surname_owner(self, doc: Doc, mention: Mention, skip_gender: str | None = None) -> str:
        """A bare surname is the most recent full name with that surname before it (ANNOTATION.md §2); with
        ``skip_gender`` («f» for a masculine verb: «وأكد كيم» after «كيم يو جونغ»), names of that gender are passed over."""
        owner = mention.actor or OTHER
        matched = skipped = False
        title = self.own_title_before(doc, mention)
        for m in reversed(doc.named_with_surname(mention.surname, mention.start)):  # the most recent that fits
            if self.lexicon.names_a_place(doc.text, m.start):
                continue  # «في ساحة كيم إيل سونغ»: a place's name; nobody there to take the bare surname
            if title and m.actor != mention.actor and title not in self.lexicon.person_titles(m.person):
                continue  # «وقال الزعيم كيم» after «وزير الدفاع كيم يونغ هيون»: the minister is no leader
            if skip_gender and m.gender == skip_gender:
                skipped = True
                continue
            owner, matched = m.actor or OTHER, True
            break
        if skipped and not matched and not self.referred_to_before(doc, mention):
            # «قالت كيم يو جونغ …. وأضاف كيم أن …»: she is the only person of that name in the article and the
            # tracked namesake was never referred to; the masculine verb is a slip of the pen (frequent in
            # translated copy), not another Kim
            return OTHER
        return owner

    def own_title_before(self, doc: Doc, mention: Mention) -> str | None:
        """The title right before a bare surname (quotes between, a conjunction glued to it or not) when it is
        one the tracked actor of that surname bears there ('surname_titles': «الزعيم كيم», «والرئيس "يون"»)."""
        titles = self.lexicon.surname_titles(mention.surname)
        if not titles:
            return None
        N = doc.text
        end = mention.start
        while end > 0 and N[end - 1] in ' "':
            end -= 1
        before = words(N, max(0, end - 20), end)
        if end == mention.start or not before or not N.endswith(before[-1], 0, end):
            return None
        word = before[-1]
        if word not in titles and word[:1] in self.rules.conjunctions and word[1:] in titles:
            word = word[1:]
        return word if word in titles else None

    def referred_to_before(self, doc: Doc, mention: Mention) -> bool:
        """The tracked actor of a bare surname was referred to before it: by a lexicon mention (a role) or by a
        bare title of 'outlet_titles' that means him («الزعيم»، «شقيقة الزعيم»)."""
        N = doc.text
        if any(m.actor == mention.actor and m.start < mention.start and not self.after_possessor(N, m.start)
               for m in doc.mentions):
            return True
        before = N[:mention.start]
        for title, (role, _) in self.rules.outlet_titles.items():
            found = self.lexicon.match_whole(role)
            if found is None or found[1] != mention.actor:
                continue
            for hit in re.finditer(r"(?<!\w)" + re.escape(title) + r"(?!\w)", before):
                if not self.after_possessor(N, hit.start()):
                    return True
        return False

    def after_possessor(self, N: str, pos: int) -> bool:
        """The word right before ``pos`` is a possessor head: «شقيقة الزعيم» names her, not him as a speaker."""
        before = words(N, max(0, pos - 20), pos)
        return bool(before) and before[-1] in self.rules.possessor_heads

    def clean_region(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """The words of a speaker region without fillers and adverbials (an unnamed speaker's surface)."""
        N = doc.text
        rules = self.rules
        keep_end = None
        keep_start = None
        for t_start, t_end, word in tokens(N, start, end):
            if keep_start is None and (word in rules.fillers or word in rules.adjuncts):
                if word in rules.adjuncts:
                    return None
                continue
            if keep_start is not None and (word in rules.adjuncts or "," in N[keep_end:t_start]):
                break
            if keep_start is None:
                keep_start = t_start
            keep_end = t_end
        if keep_start is None:
            return None
        return keep_start, keep_end

    def relative_right_before(self, N: str, pos: int, cue_start: int) -> bool:
        """The last word between ``pos`` and the cue is a relative pronoun («… بيسكوف، الذي قال»)."""
        last = words(N, pos, cue_start)[-1:]
        return bool(last) and last[0] in self.rules.relative_pronouns

    def svo_subject(self, doc: Doc, cue: Cue, state: State) -> Speaker | None:
        """Speaker named before the verb: «بيسكوف قال إن …», «وكان كيربي قد أكد …»."""
        N = doc.text
        from stance.extract.components.cues import relative_head, titled_head
        head = relative_head(doc, cue.start)
        titled = titled_head(doc, self.rules, cue.start) if head is None else None
        if titled is not None and self.relative_right_before(N, titled[1], cue.start):
            # «… المستشار الألماني أولاف شولتس، الذي قال إن …»: the head, a person the lexicon does not know, speaks
            return Speaker(OTHER, doc.original_span(*titled))
        if head is not None and self.relative_right_before(N, head.end, cue.start):
            # «… المتحدث باسم الكرملين دميتري بيسكوف، الذي قال إن …»: the head of the relative clause speaks.
            mentions = [m for m in doc.mentions_between(max(0, head.start - 80), head.end)]
            return self.resolve_group(doc, glued(N, mentions[::-1], backwards=True), state)
        s_start = max(state.sentence_start, state.content_end)
        if cue.form.startswith(self.rules.purpose_prefix) and cue.form[len(self.rules.purpose_prefix):] in self.rules.form_to_key:
            # «… قبل أن يخرج المكتب الرئاسي ليؤكد أن …»: the subject of a purpose verb is in its own clause.
            s_start = max(s_start, N.rfind(",", s_start, cue.start) + 1)
        pluperfect = self.rules.pluperfect_re.search(N, s_start, cue.start)
        if pluperfect and self.opens_relative_clause(N, pluperfect.start()):
            pluperfect = None  # «وكيربي الذي كان يتحدث … قال إن …»: كان belongs to a relative clause on the subject
        if pluperfect and pluperfect.end() == cue.start:
            # «وكان المتحدث باسم الخارجية قد أعلن أن …»: the subject sits between كان and قد.
            np_start, np_end = pluperfect.span(1)
            return self.speaker_from_region(doc, cue, np_start, np_end, State(), subject_before=False) \
                if WORD.search(N, np_start, np_end) else None
        auxiliary = self.rules.auxiliary_subject_re.search(N, s_start, cue.start)
        if auxiliary and self.opens_relative_clause(N, auxiliary.start()):
            auxiliary = None
        if auxiliary and auxiliary.end() == cue.start and "," not in auxiliary.group(1) \
                and 1 <= len(words(N, *auxiliary.span(1))) <= 4:
            # «وكان بوريس جونسون قال، في وثائقي …، إن …»: the subject between كان and the verb, without قد.
            return self.speaker_from_region(doc, cue, *auxiliary.span(1), State(), subject_before=False)
        if auxiliary and auxiliary.end() == cue.start:
            # «وكان نائب وزير الخارجية سيرجي ريابكوف، قال إن …»: an office (or a known name) of up to seven
            # words, at most one comma right before the verb.
            np_start, np_end = auxiliary.span(1)
            subject = N[np_start:np_end].rstrip().rstrip(",").rstrip()
            np_end = np_start + len(subject)
            np_words = words(N, np_start, np_end)
            if np_words and "," not in subject and len(np_words) <= 7 and (
                    np_words[0] in self.rules.titles or np_words[0] in self.rules.apposition_heads
                    or self.mention_group(doc, np_start, np_end)):
                return self.speaker_from_region(doc, cue, np_start, np_end, State(), subject_before=False)
        mentions = [m for m in doc.mentions_between(s_start, cue.start)
                    if (not doc.in_inner_quote(m.start) or doc.is_name_quote_at(m.start)) and m.kind != "spokesman_word"]
        if not mentions:
            return self.unnamed_office_before(doc, cue, s_start, state)
        if self.asked_about(N, s_start, mentions[0].start):
            return None  # «وحين سئل عن موعد لقاء الرئيس بوتين بنظيره، قال: …»: whom he was asked about is no subject
        after_cue = words(N, cue.end, cue.end + 12)
        if after_cue and after_cue[0] in self.rules.resumptive:
            # «… إفادة قدمها وزير الدفاع كيم يونغ هيون، قال فيها إن …»: the nearest person who can be
            # the subject (tracked actors are men: «قالت فيه» is not theirs).
            candidates = [m for m in mentions if not (cue.feminine and m.actor)]
            if candidates:
                owner = self.speech_noun_owner(doc, candidates[-1].end, cue.start)
                if owner is not None:
                    return owner
                return self.resolve_group(doc, glued(N, candidates[::-1], backwards=True), state)
        if not [w for w in words(N, mentions[-1].end, cue.start) if w not in self.rules.fillers]:
            # «… عن الوكالة الكورية الشمالية، أن الزعيم كيم أعرب عن …»: the name right before the verb is its
            # subject, not an outlet named earlier in the sentence; «واجتمع بوتين مع كيم وقال …»: after a
            # preposition it is not, and the clause's subject speaks.
            group = glued(N, mentions[::-1], backwards=True)
            between = N[group[-1].end:cue.start]
            if self.asked_about(N, s_start, group[0].start) and not self.reported_in_topic(N, s_start, group[0].start):
                return self.asked_person(doc, s_start, group[0].start, state)
            object_of = self.meeting_subject(doc, cue, group, s_start, state) \
                or self.subject_of_object(doc, cue, mentions, group, state)
            if object_of is not None:
                return object_of
            if "," in between and N[cue.start:cue.end] != cue.form and not between.strip(" ,") \
                    and self.subject_of_verb_before(N, s_start, group[0].start):
                # «…، والتي علق عليها الزعيم كيم، وقال إن …»: the nearest name is the subject of the verb before it;
                # the و-joined verb goes on with that subject, not with a name earlier in the sentence (زيارة بوتين)
                return self.resolve_group(doc, group, state)
            if "," in between and N[cue.start:cue.end] != cue.form:
                # «رحب الوزير بتصريحات كيربي، وقال …»: the و-joined verb has the clause's subject, the first person
                # named in the sentence unless that name sits in a prepositional phrase (بتصريحات كيربي).
                first = glued(N, mentions)
                lead = words(N, max(s_start, first[0].start - 16), first[0].start)
                if lead and (lead[-1] in self.rules.object_prepositions or lead[-1].startswith(self.rules.b_marker)
                             or lead[-1].startswith(self.rules.purpose_prefix)) or self.after_preposition(N, s_start, first[0].start) \
                        or self.remarked_on(N, s_start, first[0].start):
                    return None
                return self.resolve_group(doc, first, state)
            if not self.after_preposition(N, s_start, group[0].start):
                # «شقيقة الزعيم "كيم" توجه تحذيرا …»: the sister, not the leader, speaks
                return self.possessor_instead(doc, s_start, group, self.resolve_group(doc, group, state))
        # «اختار المتحدث … جون كيربي لهجة حذرة، إذ قال …»: the clause's subject speaks.
        first = glued(N, mentions)
        lead = words(N, max(s_start, first[0].start - 16), first[0].start)
        if (lead and (lead[-1] in self.rules.object_prepositions or lead[-1].startswith(self.rules.b_marker))
                or self.remarked_on(N, s_start, first[0].start)) \
                and not any(m.kind == "name" and m.start < first[0].start for m in mentions):
            # «والتقى وزير الخارجية الروسي بالزعيم كيم في بيونغ يانغ، وقال …»: the name is inside a prepositional
            # phrase; the clause's unnamed subject (an office) speaks, never the person met.
            return self.office_subject(doc, s_start, first[0].start)
        return self.resolve_group(doc, first, state)

    def subject_of_verb_before(self, N: str, start: int, pos: int) -> bool:
        """The name at ``pos`` is the subject of a verb of saying that opens its clause right before it: the clause
        (from the last comma after ``start``) holds, besides conjunctions and a relative pronoun, only that verb and
        at most one preposition with a pronoun (verb_pronoun_objects: «والتي علق عليها الزعيم …»)."""
        rules = self.rules
        clause = words(N, max(start, N.rfind(",", start, pos) + 1), pos)
        while clause and (rules.bare_or_glued(clause[0], rules.relative_pronouns) or clause[0] in rules.conjunctions):
            clause = clause[1:]
        if clause and clause[-1] in rules.verb_pronoun_objects:
            clause = clause[:-1]
        return len(clause) == 1 and rules.bare_or_glued(clause[0], rules.cue_forms)

    def asked_about(self, N: str, start: int, pos: int) -> bool:
        """A question-about opener between ``start`` and the name at ``pos`` («وحين سئل عن موعد وصول … نانسي
        بيلوسي، قال: …», «طلب منه الصحفيون التعليق على تصريحات …», «سأل الصحفيون كيربي عن …»): whom the
        speaker was asked about is no subject of the answer."""
        return self.topic_start(N, start, pos) is not None

    def topic_start(self, N: str, start: int, pos: int) -> int | None:
        """Where the topic of the last question or request for comment between ``start`` and ``pos`` opens (its
        opener, or the preposition after the person asked), or None when there is none."""
        found = [m.start() for m in self.rules.question_about_re.finditer(N, start, pos)] \
            if self.rules.question_about_re is not None else []
        if self.rules.asked_topic_re is not None:
            found += [m.end() - len(words(N, m.start(), m.end())[-1]) for m in self.rules.asked_topic_re.finditer(N, start, pos)]
        return max(found, default=None)

    def reported_in_topic(self, N: str, start: int, pos: int) -> bool:
        """The name at ``pos`` opens a clause reported inside the topic of a question («سئل بيسكوف عن تقارير تفيد
        بأن الرئيس بوتين وعد …»): a complementizer stands between the topic and the name, which is that clause's
        subject, not the person asked about."""
        topic = self.topic_start(N, start, pos)
        return topic is not None and any(w in self.rules.complementizers for w in words(N, topic, pos))

    def asked_person(self, doc: Doc, start: int, pos: int, state: State) -> Speaker | None:
        """The person put the question or the request for comment whose topic names someone at ``pos``: named
        right before the topic («طلب الصحفيون من الرئيس ترامب التعليق على تصريحات كيم، فرد …», «سأل الصحفيون
        كيربي عن …»); he answers. None when nobody is named there."""
        N = doc.text
        topic = self.topic_start(N, start, pos)
        if topic is None:
            return None
        mentions = [m for m in doc.mentions_between(start, topic) if m.kind in ("name", "role", "not_actor", "surname")]
        if not mentions or [w for w in words(N, mentions[-1].end, topic) if w not in self.rules.fillers]:
            return None
        return self.resolve_group(doc, glued(N, mentions[::-1], backwards=True), state)

    def subject_of_object(self, doc: Doc, cue: Cue, mentions: list, group: list, state: State) -> Speaker | None:
        """«كيم جونغ أون يستقبل بيلوسوف ويتعهد بـ…»: a verb joined by و right after a name that is itself the object
        of a verb right after another person's name (then only the object's titles, «ينتقد الرئيس يون», or a
        preposition phrase, «يرد على الرئيس يون»: :meth:`makes_object`): that first person is the subject of both
        verbs. None when the name before the verb is not such an object."""
        N = doc.text
        if N[cue.start:cue.end] == cue.form:
            return None
        office = self.office_before_object(doc, cue, group, state)
        if office is not None:
            # «وزير الدفاع يرد على الزعيم كيم ويؤكد …», «قال كيربي إن وزير الدفاع رد على الزعيم كيم وأكد …»: an
            # unnamed office opens the clause as its subject
            return office
        earlier = [m for m in mentions if m.end <= group[0].start]
        if not earlier:
            return None
        subject = glued(N, earlier[::-1], backwards=True)
        gap = N[subject[-1].end:group[0].start]
        verb = words(N, subject[-1].end, group[0].start)
        if not verb or any(ch in gap for ch in ",.:؛\n") or (
                verb[0] in self.rules.fillers and verb[0] not in self.rules.object_prepositions):
            return None  # «وحذر كيم من الرئيس يون وأكد …»: «من» is a filler too, here the object's preposition
        if verb[0] in self.rules.object_prepositions:
            # (object_prepositions hold the region prepositions too) «ورد كيم على الرئيس يون وأكد …»: the clause's
            # verb opens it right before the subject, and the object's preposition follows him
            if not self.makes_object(verb) or not self.verb_opens_clause(N, subject[0].start):
                return None
        elif not self.makes_object(verb[1:]):
            return None
        return self.resolve_group(doc, subject, state)

    def office_before_object(self, doc: Doc, cue: Cue, group: list, state: State) -> Speaker | None:
        """The subject of a clause (from the sentence start, the last comma or complementizer) whose object is the
        tracked man ``group`` named right before the joined verb, when that subject is an office or a title and nobody is
        named: «وزير الدفاع يرد على الزعيم كيم ويؤكد …» (office, verb, then :meth:`makes_object`) or «ورد وزير الدفاع
        على الزعيم كيم وأكد …» (verb, office, then a preposition that opens :meth:`makes_object`). The office is
        resolved like a speaker region (an unknown one is ``other``); None when the clause is not laid out so."""
        N = doc.text
        rules = self.rules
        if [w for w in words(N, group[-1].end, cue.start) if w not in rules.fillers] \
                or any(ch in N[group[-1].end:cue.start] for ch in MEETING_BREAKS):
            return None  # the joined verb right after the man, no comma between
        if self.resolve_group(doc, group, state).actor in (OTHER, None):
            return None  # only a tracked man is kept from words that are not his
        start = max(N.rfind(ch, 0, group[0].start) for ch in ".,:؛\n") + 1
        toks = [t for t in tokens(N, start, group[0].start) if t[2] not in rules.fillers]
        at = max((i for i, t in enumerate(toks) if t[2] in rules.complementizers), default=-1)
        toks = toks[at + 1:]
        ws = [t[2] for t in toks]

        def verb_like(word: str) -> bool:
            return word not in rules.titles and word not in rules.object_prepositions \
                and word not in rules.complementizers and not word.startswith(rules.b_marker)

        span = None
        if len(ws) >= 3 and self.office_head_word(ws[0]):
            # office first: the verb is the last word after it that leaves an object behind it
            at = next((i for i in range(min(len(ws) - 1, OFFICE_SUBJECT_WORDS), 0, -1)
                       if verb_like(ws[i]) and self.makes_object(ws[i + 1:])), None)
            if at is not None:
                span = toks[0][0], toks[at - 1][1]
        elif len(ws) >= 4 and verb_like(ws[0]) and self.office_head_word(ws[1]):
            # verb first: the office runs to the preposition that opens the object
            at = next((i for i in range(2, min(len(ws), OFFICE_SUBJECT_WORDS + 2))
                       if ws[i] in rules.object_prepositions or ws[i].startswith(rules.b_marker)), None)
            if at is not None and self.makes_object(ws[at:]):
                span = toks[1][0], toks[at - 1][1]
        if span is None or doc.mentions_between(*span):
            return None
        return self.speaker_from_region(doc, cue, *span, state, subject_before=False)

    def verb_opens_clause(self, N: str, pos: int) -> bool:
        """One word (the clause's verb, «ورد»), besides fillers and titles, stands between the start of the
        sentence (or the last comma) and ``pos``, and it is no preposition or complementizer."""
        start = max(N.rfind(ch, 0, pos) for ch in ".,:\n") + 1
        before = [w for w in words(N, start, pos) if w not in self.rules.fillers and w not in self.rules.titles]
        return len(before) == 1 and before[0] not in self.rules.object_prepositions \
            and before[0] not in self.rules.complementizers and not before[0].startswith(self.rules.b_marker)

    def makes_object(self, between: list[str]) -> bool:
        """The words between a verb and the person named after it make him its object: only his titles («ينتقد
        الرئيس يون»), or a preposition (one of 'object_prepositions', or ب glued to the next word) with at most one
        noun before it or after it, then his titles («يرد على الرئيس يون», «يبعث برسالة إلى الرئيس يون», «يتصل
        بالرئيس يون», «يرد على تصريحات كيربي»)."""
        rules = self.rules
        rest = list(between)
        while rest and rest[-1] in rules.titles:
            rest.pop()
        if not rest:
            return True
        b_marker = rules.b_marker
        if len(rest) == len(between) and rest[-1].startswith(b_marker) and rest[-1][len(b_marker):] in rules.titles:
            rest.pop()  # «بالرئيس»: the preposition glued to his first title
            return len(rest) <= 1 and not any(w in rules.object_prepositions for w in rest)
        if len(rest) > 2:
            return False
        return any(w in rules.object_prepositions or (w.startswith(b_marker) and len(w) > len(b_marker) + 2)
                   for w in rest)

    def meeting_subject(self, doc: Doc, cue: Cue, group: list[Mention], start: int, state: State) -> Speaker | None:
        """«واستقبل الرئيس الصيني … الزعيم كيم ووصف …», «والتقى بوتين الزعيم كيم وأكد …», «بوتين يستقبل الزعيم كيم
        ويؤكد …»: a verb joined by و right after a tracked man named as the object of a verb of meeting
        ('meeting_verbs') has the subject of that verb, never the person met (:meth:`meeting_subject_at`)."""
        found = self.meeting_subject_at(doc, cue, group, start, state)
        return found[0] if found is not None else None

    def meeting_subject_at(self, doc: Doc, cue: Cue, group: list[Mention], start: int,
                           state: State) -> tuple[Speaker, int] | None:
        """The subject of a verb of meeting whose object is the tracked man ``group`` named right before the
        joined verb ``cue``, and where it starts. The verb opens the clause at ``start`` with its subject after it
        (at most MEETING_SUBJECT_WORDS words: the person named there, else the unnamed subject, ``other``), or
        stands right before the man with a person named right before it («بوتين يستقبل …», «وكان بوتين قد استقبل
        …»). The man's own title right before his name («الزعيم») is his, not the subject. None when the clause
        is not laid out so, or punctuation or a second person joined by و stands before the name."""
        N = doc.text
        rules = self.rules
        if N[cue.start:cue.end] == cue.form or cue.plural or not group:
            return None
        if self.resolve_group(doc, group, state).actor in (OTHER, None):
            return None
        toks = [t for t in tokens(N, start, group[0].start) if t[2] not in rules.fillers]
        at = next((i for i in range(len(toks) - 1, -1, -1) if self.meeting_verb(doc, *toks[i])), None)
        if at is None or any(ch in N[toks[at][1]:group[0].start] for ch in MEETING_BREAKS):
            return None
        rest = toks[at + 1:]
        while rest and rest[-1][2] in rules.titles:
            rest.pop()  # «… الزعيم كيم»: his own title
        if not rest:
            # «بوتين يستقبل الزعيم كيم ويؤكد …»: the subject stands right before the verb
            named = [m for m in doc.mentions_between(start, toks[at][0]) if m.kind != "spokesman_word"]
            if not named or [w for w in words(N, named[-1].end, toks[at][0])
                             if w not in rules.fillers and w != rules.pluperfect_particle] \
                    or any(ch in N[named[-1].end:toks[at][0]] for ch in MEETING_BREAKS):
                return None
            subject = glued(N, named[::-1], backwards=True)
            return self.resolve_group(doc, subject, state), subject[0].start
        if at != 0 or len(rest) > MEETING_SUBJECT_WORDS or rest[0][2] in rules.object_prepositions \
                or rest[-1][2][:1] in rules.conjunction_set and rest[-1][2][1:] in rules.titles:
            return None  # «والتقى بوتين والزعيم كيم …»: two subjects; «والتقى بالزعيم كيم …»: no subject there
        s_start, s_end = rest[0][0], rest[-1][1]
        named = doc.mentions_between(s_start, s_end)
        if named:
            return self.resolve_group(doc, glued(N, named), state), s_start
        return Speaker(OTHER, doc.original_span(s_start, s_end)), s_start

    def meeting_verb(self, doc: Doc, t_start: int, t_end: int, word: str) -> bool:
        """The word is one of 'meeting_verbs', alone or after و/ف; a form whose hamza normalizes away («هنأ»)
        only where the article writes it."""
        rules = self.rules
        if word not in rules.meeting_verbs and word[:1] in rules.conjunction_set:
            word = word[1:]
        return word in rules.meeting_verbs and (word not in rules.meeting_hamza_forms or any(
            ch in doc.original_span(t_start, t_end) for ch in rules.hamza_letters))

    def unnamed_office_before(self, doc: Doc, cue: Cue, s_start: int, state: State) -> Speaker | None:
        """«قال كيربي إن الوضع خطير. وزير الدفاع يؤكد أن …»: a sentence that opens with an office or a title of two to
        six words (no name, no comma) right before the verb has that subject, resolved like any speaker region
        (a back-reference such as «المسؤول الأمريكي» can still be the last speaker); never a pronoun going on
        with the previous sentence's speaker."""
        N = doc.text
        if s_start != state.sentence_start or N[cue.start:cue.end] != cue.form:
            return None  # only a sentence's own subject, right before an unprefixed verb
        region = [w for w in words(N, s_start, cue.start) if w not in self.rules.fillers]
        if not 2 <= len(region) <= 6 or "," in N[s_start:cue.start]:
            return None
        if not self.office_head_word(region[0]):
            return None
        return self.speaker_from_region(doc, cue, s_start, cue.start, state, subject_before=False)

    def office_head_word(self, word: str) -> bool:
        """``word`` is a title or an office head ('apposition_heads'), bare or with a conjunction glued («والوزير»)."""
        rules = self.rules
        heads = [word] + ([word[1:]] if word[:1] in rules.conjunction_set else [])
        return any(h in rules.titles or h in rules.apposition_heads for h in heads)

    def opens_relative_clause(self, N: str, pos: int) -> bool:
        """The word right before ``pos`` is a relative pronoun («الذي كان …»)."""
        before = words(N, max(0, pos - 12), pos)
        return bool(before) and before[-1] in self.rules.relative_pronouns

    def office_subject(self, doc: Doc, start: int, end: int) -> Speaker | None:
        """The words after a clause's opening verb up to the word before ``end`` when they open with an office or
        a title («وزير الخارجية الروسي»): an unnamed subject, ``other``; else None."""
        N = doc.text
        toks = [t for t in tokens(N, start, end) if t[2] not in self.rules.fillers][1:-1]
        if not toks or not (toks[0][2] in self.rules.apposition_heads or toks[0][2] in self.rules.titles):
            return None
        return Speaker(OTHER, doc.original_span(toks[0][0], toks[-1][1]))

    def clause_subject(self, doc: Doc, s_start: int, limit: int, state: State, cues=()) -> Speaker | None:
        """The subject right after a clause's opening verb, when that verb is not a speech verb:
        «واعترض المتحدث باسم الكرملين دميتري بيسكوف، قائلا: …», «فتح الرئيس يون النار على جارته، مؤكدا …».
        A participle later in the clause is his, not the previous sentence's speaker's."""
        N = doc.text
        dash = max(N.find(" – ", s_start, s_start + 40), N.find(" - ", s_start, s_start + 40))
        if dash > 0 and len(words(N, s_start, dash)) <= 3:
            s_start = dash + 3  # a dateline «موسكو – اعترض …»
        s_start = self.after_discourse_opener(N, s_start)
        s_start = self.after_fronted_adjunct(doc, s_start, limit)
        mentions = [m for m in doc.mentions_between(s_start, limit)
                    if not doc.in_inner_quote(m.start) or doc.is_name_quote_at(m.start)]  # «دافع "كيربي" …»
        if not mentions:
            return None
        lead = [w for w in words(N, s_start, mentions[0].start)
                if w not in self.rules.fillers and w not in self.rules.titles and w not in self.rules.clause_breaks]
        if len(lead) == 2 and lead[0] in self.rules.negation_particles:
            lead = lead[1:]  # «ولم يبين بيسكوف سبب …، مكتفيا بقوله …»: a negated verb still has its subject after it
        if len(lead) != 1 or lead[0] in self.rules.non_speech_before or lead[0] in self.rules.adjuncts \
                or "(" in N[s_start:mentions[0].start]:
            return None
        if any(mentions[0].start < c.start < limit for c in cues):
            return None  # «سيئول (يونهاب) – قال الرئيس … في كلمة وداعية»: another verb governs the clause
        return self.resolve_group(doc, glued(N, self.apposed(doc, mentions)), state)

    def after_fronted_adjunct(self, doc: Doc, pos: int, limit: int) -> int:
        """Past a fronted time or place phrase closed by a comma («وخلال مؤتمر صحفي عقده أمس، تطرق كيربي …»):
        it opens with an adjunct word, names nobody and holds at most eight words; else ``pos``."""
        N = doc.text
        comma = N.find(",", pos, limit)
        if comma < 0:
            return pos
        lead = words(N, pos, comma)
        if not 2 <= len(lead) <= 8 or doc.mentions_between(pos, comma):
            return pos
        return comma + 1 if self.adjunct_head(lead[0]) in self.rules.adjuncts else pos

    def adjunct_head(self, word: str) -> str:
        """The word that opens a phrase, without a glued و/ف when the rest is an adjunct word («وفي» → «في»)."""
        bare = word[1:]
        return bare if word[:1] in self.rules.conjunctions and bare in self.rules.adjuncts else word

    def after_discourse_opener(self, N: str, pos: int) -> int:
        """Past «على صعيد آخر،» / «وفي المقابل» at ``pos`` (with its comma), or ``pos`` itself."""
        start = skip_space(N, pos)
        for opener in self.rules.discourse_openers:
            for prefix in ("", *self.rules.conjunctions):
                cand = prefix + opener
                if N.startswith(cand, start) and (start + len(cand) >= len(N) or not N[start + len(cand)].isalnum()):
                    end = start + len(cand)
                    while end < len(N) and N[end] in " ,":
                        end += 1
                    return end
        return pos

    def latest_person(self, doc: Doc, pos: int, state: State, window: int = 300) -> Speaker | None:
        """The person named last before ``pos`` (a pronoun's antecedent: «… أن كيم أشرف على التجربة، ونقلت عنه …»)."""
        mentions = [m for m in doc.mentions_between(max(0, pos - window), pos)
                    if m.kind in ("name", "role", "not_actor", "surname")
                    and (not doc.in_inner_quote(m.start) or doc.is_name_quote_at(m.start))]  # «وتحدث "يون" …»
        if not mentions:
            return None
        return self.resolve_group(doc, glued(doc.text, mentions[::-1], backwards=True), state)

    def subject_before(self, doc: Doc, cue: Cue, results: list, s_start: int, state: State):
        """A speaker named just before the verb: «… أن نائب الوزير كيم هونغ كيون قال …».

        Returns (speaker, drop_previous): when the name sits inside the content
        of the statement just found (a ministry reporting that X said), that
        outer statement was only carrying this one and is dropped.
        """
        N = doc.text
        window_start = s_start
        if results:
            window_start = max(s_start, results[-1][0])
        mentions = [m for m in doc.mentions_between(window_start, cue.start)
                    if not self.lexicon.names_a_place(N, m.start)]  # «في ساحة كيم إيل سونغ، حيث دعا …»: a place
        if not mentions:
            return None
        tail_start = mentions[-1].end
        relative = self.relative_clause_before(N, window_start, cue.start)
        if relative is not None:
            # «أن كيم جونغ أون، الذي التقى ترامب ثلاث مرات، قال …»: the name before the relative clause.
            kept = [m for m in mentions if m.end <= relative[0]]
            if kept and not N[kept[-1].end:relative[0]].strip(" ,"):
                mentions, tail_start = kept, relative[1] + 1
        tail = [w for w in words(N, tail_start, cue.start) if w not in self.rules.fillers]
        if len(tail) > 2:
            return self.actor_opening_content(doc, cue, results, state)
        if tail and self.possessor_in_object_words(doc, cue, results, mentions[-1]):
            return None
        between = N[mentions[-1].end:cue.start]
        if "," in between and N[cue.start:cue.end] != cue.form and (
                not between.replace(",", " ").strip() or self.inside_tracked_words(doc, results, s_start, mentions[-1].start)):
            # «رحب كيربي بتصريحات يون، وقال إن …»: a verb joined by و after a comma shares the subject of
            # the clause before it; the name ending that clause is its object. So does a name further inside
            # the words a tracked man just said («قال كيربي إن زيارة بوتين للسعودية مهمة، واعتبرها …»).
            return None
        if "," in between and any(between.replace(",", " ").strip().startswith(w) for w in self.rules.subject_continuers):
            # «… لزلات الرئيس بايدن، وبهذا الشأن قال …», «… عن ترامب، فيما أعرب …»: a new clause opens
            # after the name, which ends the previous content; its verb keeps the previous speaker.
            return None
        group = glued(N, mentions[::-1], backwards=True)
        met = self.meeting_subject_at(doc, cue, group, window_start, state) if not tail else None
        if met is not None:
            # «واستقبل الرئيس الصيني … الزعيم كيم ووصف …»: the host, not the man received; «قال كيربي إن بوتين
            # استقبل كيم وأكد …»: the words said only carried the host's act, as with «إن بوتين أكد …»
            drop = bool(results) and results[-1][0] <= met[1] < results[-1][1] + 1 \
                and len(words(N, results[-1][0], met[1])) <= 6
            return met[0], drop
        if self.after_preposition(N, window_start, group[0].start) or self.asked_about(N, window_start, group[0].start):
            return None  # «واجتمع بوتين مع كيم وقال …», «… لبيسكوف وقال»: the name is an object, not the subject
        drop = bool(results) and results[-1][0] <= group[0].start < results[-1][1] + 1 \
            and len(words(N, results[-1][0], group[0].start)) <= 6
        # «وانتقد بيسكوف تصريحات كيربي وأكد …»: the name is the object (or its possessor) of the clause whose
        # subject is named before it, in the sentence (the statement just found may hold only the object); that
        # subject goes on
        clause = [m for m in doc.mentions_between(s_start, cue.start) if not self.lexicon.names_a_place(N, m.start)]
        subject = self.subject_of_object(doc, cue, clause, group, state) if not tail else None
        if subject is not None:
            return subject, drop
        speaker = self.resolve_group(doc, group, state)
        # «… أن مكتب يون أكد أن …»: the name is the possessor of the subject (his office), not the subject
        return self.possessor_instead(doc, window_start, group, speaker), drop

    def possessor_in_object_words(self, doc: Doc, cue: Cue, results: list, mention) -> bool:
        """«دافع كيم عن قرار بوتين دخول أوكرانيا وأبدى …»: the words just found are a noun phrase (the object of an
        act, opened by no complementizer and no quotation), the name sits inside it after its first word (a
        possessor, «قرار بوتين»), and the verb joined by و follows in the same clause: the name has no act of its
        own there, so the joined verb is not his."""
        if not results or doc.text[cue.start:cue.end] == cue.form:
            return False
        N = doc.text
        c_start, c_end, _, _, direct = results[-1]
        if direct or c_end != cue.start or not c_start < mention.start < cue.start \
                or any(ch in N[c_start:cue.start] for ch in ",.:؛\n" + QUOTE_CHARS):
            return False
        lead = words(N, max(0, c_start - 12), c_start)[-1:]
        first = words(N, c_start, mention.start)
        return bool(first) and not (lead and lead[0] in self.rules.complementizers) \
            and not any(w in self.rules.complementizers for w in first)

    def actor_opening_content(self, doc: Doc, cue: Cue, results: list, state: State):
        """«قال بيسكوف إن كيربي رد على الصحفيين وأكد أن …»: a past verb joined by و right after the indirect words
        just found, when those words (right after a complementizer, no punctuation, at most MEETING_SUBJECT_WORDS
        words) open with a person and his own past act (one of the speech verbs or 'meeting_verbs' right after his
        name): the joined verb is his second act, and the outer statement only carried his acts (as
        meeting_subject_at does for «قال مسؤول إن بوتين استقبل كيم وأكد …»). Returns (speaker, True) or None."""
        N = doc.text
        rules = self.rules
        if not results or cue.key == "participle" or N[cue.start:cue.end] == cue.form or cue.plural \
                or rules.imperfect_form(cue.form):
            return None
        c_start, c_end, _, _, direct = results[-1]
        if direct or c_end != cue.start or any(ch in N[c_start:cue.start] for ch in MEETING_BREAKS + "."):
            return None
        if words(N, max(0, c_start - 12), c_start)[-1:] not in [[w] for w in rules.complementizers] \
                or len(words(N, c_start, cue.start)) > MEETING_SUBJECT_WORDS:
            return None
        people = [m for m in doc.mentions_between(c_start, cue.start) if m.kind in ("name", "role", "not_actor", "surname")]
        if not people:
            return None
        group = glued(N, people)
        if [w for w in words(N, c_start, group[0].start) if w not in rules.fillers and w not in rules.titles]:
            return None  # the person opens the words
        act = next_token(N, group[-1].end, min(len(N), group[-1].end + 30))
        if act is None or N[group[-1].end:act[0]].strip():
            return None
        word = act[2]
        past = word in rules.form_to_key and not rules.imperfect_form(word)
        if not past and not self.meeting_verb(doc, *act):
            return None
        speaker = self.resolve_group(doc, group, state)
        if speaker.actor is None or (cue.feminine and speaker.actor != OTHER):
            return None  # tracked actors are men
        return speaker, True

    def inside_tracked_words(self, doc: Doc, results: list, s_start: int, pos: int) -> bool:
        """``pos`` lies inside the words a tracked actor just said in this sentence (the statement just found),
        or, when none was found, after the verb that opens the sentence with his name right after it
        (clause_subject: «علّق جون كيربي على زيارة الرئيس الصيني شي جينبينغ للسعودية، …»): a person named there
        is someone he talks about. (An outlet's or an office's words name the leader whose acts they relay,
        «أفادت الوكالة بأن الزعيم زار المصنع، وأكد …»: there the name goes on.)"""
        if results:
            c_start, c_end, speaker = results[-1][0], results[-1][1], results[-1][2]
            return speaker is not None and speaker.actor != OTHER and c_start <= pos < c_end
        subject = self.clause_subject(doc, s_start, pos, State())
        return subject is not None and subject.actor != OTHER

    def teller_of_nested(self, doc: Doc, state: State) -> Speaker | None:
        """«ورد بيسكوف على تصريحات كيربي التي قال فيها إن …، مؤكدا …»: the last statement was told in a relative
        clause right after its speaker's name, inside the object of a clause whose own subject is someone else; a
        participle or pronoun going on answers for that subject, not for the speaker of the words he answered.
        None when the last statement is no such nested one."""
        found = state.sentence_found or state.previous_found
        last = state.last_speaker
        if not found or last is None or found[-1][2] != last:
            return None
        N = doc.text
        c_start = found[-1][0]
        s_start = max(N.rfind(".", 0, c_start), N.rfind("\n", 0, c_start)) + 1
        toks = list(tokens(N, max(s_start, c_start - self.nested_window), c_start))  # «التي قال فيها إن» ends there
        relative = [t for i, t in enumerate(toks[:-1]) if t[2] in self.rules.relative_pronouns
                    and toks[i + 1][2] in (found[-1][3], *(c + found[-1][3] for c in self.rules.conjunctions))]
        if not relative:
            return None  # «… الزعيم، الذي ظهر على الشاشة، قوله: …»: the clause describes him; his words are not in it
        head_start = self.nested_head_start(doc, s_start, relative[-1], last)
        if head_start is None:
            return None
        teller = self.clause_subject(doc, s_start, head_start, State())
        if teller is None or teller.actor == last.actor or teller.mention == last.mention:
            return None
        return teller

    def nested_head_start(self, doc: Doc, s_start: int, relative: tuple, last: Speaker) -> int | None:
        """Where the person who opens the nested relative clause starts: a name right before the pronoun that
        resolves to ``last``, or a titled person the lexicon does not know before its comma («المستشار الألماني
        أولاف شولتس، الذي قال …», cues.titled_head) who is ``last``; None when neither."""
        from stance.extract.components.cues import titled_head
        N = doc.text
        named = doc.mentions_between(s_start, relative[0])
        if named and not N[named[-1].end:relative[0]].strip(" ,"):
            group = glued(N, named[::-1], backwards=True)
            return group[0].start if self.resolve_group(doc, group, State()).actor == last.actor else None
        titled = titled_head(doc, self.rules, relative[1])
        if titled is None or last.actor != OTHER or last.mention != doc.original_span(*titled):
            return None  # the relative clause does not open right after a person
        return titled[0]

    def possessor_instead(self, doc: Doc, start: int, group: list[Mention], speaker: Speaker) -> Speaker:
        """``speaker`` unless the tracked man of ``group`` only possesses the subject before him («مكتب يون»,
        «شقيقة الزعيم كيم»): then the phrase from the possessor head (after ``start``) is the subject, `other`."""
        if speaker.actor == OTHER or not self.possessed(doc, start, group[0]):
            return speaker
        heads = [t for t in tokens(doc.text, start, group[0].start) if t[2] not in self.rules.titles]
        return Speaker(OTHER, doc.original_span(heads[-1][0], group[-1].end).strip(TRIM_CHARS))

    def relative_clause_before(self, N: str, start: int, cue_start: int) -> tuple[int, int] | None:
        """A comma-closed relative clause («، الذي … ،») ending right before the verb at ``cue_start``."""
        close = N.rfind(",", start, cue_start)
        if close < 0 or N[close + 1:cue_start].strip():
            return None
        opened = N.rfind(",", start, close)
        if opened < 0:
            return None
        first = words(N, opened + 1, close)[:1]
        return (opened, close) if first and first[0] in self.rules.relative_pronouns else None

    def without_remarked_on(self, N: str, mentions: list, start: int) -> list:
        """``mentions`` less each group that opens right after a noun of remarks (:meth:`remarked_on`): «وقال
        الوزير ردا على تصريحات المتحدث باسم البيت الأبيض جون كيربي إن …» names whom the speaker answered."""
        kept, i = [], 0
        while i < len(mentions):
            if self.remarked_on(N, start, mentions[i].start):
                i += len(glued(N, mentions[i:]))
                continue
            kept.append(mentions[i])
            i += 1
        return kept

    def remarked_on(self, N: str, start: int, pos: int) -> bool:
        """The name at ``pos`` follows a noun of remarks ('remarked_on' nouns, titles between) that follows a
        preposition or carries one glued («على تصريحات كيربي», «ردا على كلام الرئيس يون», «بتصريحات بيسكوف»): the
        man whose remarks were commented on or answered, never the subject of the verb."""
        rules = self.rules
        before = [w for w in words(N, max(start, pos - 60), pos) if w not in rules.fillers]
        while before and before[-1] in rules.titles:
            before.pop()
        if not before:
            return False
        noun = before[-1]
        if noun in rules.remark_nouns:
            return len(before) > 1 and before[-2] in rules.object_prepositions
        return any(noun.startswith(p) and noun[len(p):] in rules.remark_nouns for p in rules.remark_prefixes)

    def after_preposition(self, N: str, start: int, pos: int) -> bool:
        """The name at ``pos`` follows a preposition (مع، عن، على …) or has one glued to it (لبيسكوف)."""
        before = words(N, max(start, pos - 12), pos)
        return bool(before and before[-1] in self.rules.object_prepositions) or (pos > 0 and N[pos - 1].isalpha())

    def named_since(self, doc: Doc, since: int, until: int) -> Speaker | None:
        """A person named after the last statement (ANNOTATION.md §2: a pronoun keeps the previous
        speaker "unless another speaker was named in between"): the first person of the latest
        sentence that names one."""
        if until <= since:
            return None
        N = doc.text
        mentions = [m for m in doc.mentions_between(since, until)
                    if m.kind in ("name", "role", "not_actor", "surname")
                    and (not doc.in_inner_quote(m.start) or doc.is_name_quote_at(m.start))
                    and not doc.in_question(m.start) and not self.on_subheading(N, m.start, since, until)
                    and not self.lexicon.names_a_place(N, m.start) and not self.sources_the_statement(N, since, m.start)
                    and not self.named_in_background(doc, m, since, until)]
        if not mentions:
            return None
        last_sentence_start = max(N.rfind(".", since, mentions[-1].start), N.rfind("\n", since, mentions[-1].start)) + 1
        group = [m for m in mentions if m.start >= last_sentence_start][:1]
        if not group:
            return None
        # «… لتصريحات شقيقة كيم»: the person named is the sister, not the leader whose name possesses her
        return self.possessor_instead(doc, last_sentence_start, group, self.resolve_group(doc, group, State()))

    def named_in_background(self, doc: Doc, m: Mention, since: int, until: int) -> bool:
        """The person at ``m``, named between the last statement and a verb with no subject, is no speaker who could
        go on with it: the object of a preposition («وجاء ذلك خلال لقائه مع رئيس الوزراء الياباني …», «واتصل
        بالرئيس التركي …»), the person the speaker was asked about («وسئل عن تصريحات ماكرون، فأشار …»), or
        the subject of the writer's aside in the pluperfect that holds no speech verb («وكان الرئيس بايدن قد زار
        إسرائيل الشهر الماضي.»). The pronoun verb after them goes on with the last speaker."""
        N = doc.text
        start = max(since, N.rfind(".", since, m.start) + 1, N.rfind("\n", since, m.start) + 1)
        if self.asked_about(N, start, m.start) or self.object_phrase(N, start, m.start):
            return True
        aside = self.rules.pluperfect_re.match(N, skip_space(N, start))
        if aside is None or not aside.start(1) <= m.start < aside.end(1):
            return False
        ends = [i for i in (N.find(".", aside.end(), until), N.find("\n", aside.end(), until)) if i >= 0]
        from stance.extract.components.cues import find_cues
        return not find_cues(doc, self.rules, aside.end(), min(ends, default=until))

    def object_phrase(self, N: str, start: int, pos: int) -> bool:
        """The person whose name starts at ``pos`` is named in a prepositional phrase: his name, with the titles,
        definite words and up to :data:`GIVEN_NAME_WORDS` given names before it («رئيس الوزراء الياباني فوميو
        كيشيدا»), follows one of 'object_prepositions' (مع، عن …), or its first word carries a glued one of
        'object_letters' («اتصل بالرئيس التركي …», «ببيسكوف»; a glued و is a conjunction, and a glued ل most often
        marks whose words or acts follow: «تصريحات للرئيس …», «كان للزعيم رواية …»)."""
        rules = self.rules
        toks = list(tokens(N, max(start, pos - 120), pos))
        i, given = len(toks), 0
        while i > 0:
            w = toks[i - 1][2]
            if w in rules.object_prepositions:
                break  # «إلى» normalizes to a word that opens like a definite one
            if self._title_word(w) or w.startswith(rules.definite_article):
                i -= 1
            elif given < GIVEN_NAME_WORDS and i == len(toks) - given and not rules.listed_word(w) \
                    and w not in rules.object_prepositions and w[:1] not in self.object_letters:
                i, given = i - 1, given + 1
            else:
                break
        if i == len(toks) and N[pos - 1:pos] in self.object_letters and N[pos - 2:pos - 1].isspace():
            return True  # «ببيسكوف»: the letter glued to the name itself
        if i == 0:
            return False
        w = toks[i - 1][2]
        bare = w[1:]
        if w in rules.object_prepositions or w[:1] in self.object_letters and len(bare) > 2 and (
                self._title_word(bare) or self._title_word(rules.definite_article[:1] + bare)):
            return True
        joined = w[:1] in rules.conjunction_set and (self._title_word(bare) or bare.startswith(rules.definite_article)) \
            or i == len(toks) and N[pos - 1:pos] in rules.conjunction_set and N[pos - 2:pos - 1].isspace()
        # «بين بوتين والزعيم الكوري الشمالي»: a person joined by و to an object is an object too
        return joined and i >= 2 and self.object_phrase(N, start, toks[i - 2][0])

    def sources_the_statement(self, N: str, since: int, pos: int) -> bool:
        """``pos`` lies in the sourcing tail of the sentence whose statement ended at ``since``
        («…: "…"، بحسب وكالة يونهاب.»): the outlet only says where the words were reported; it is no
        speaker named in between (extract13b)."""
        pattern = self.rules.trailing_source_re
        comma = N.rfind(",", since, pos)
        if pattern is None or comma < 0 or any(ch in N[since:comma] for ch in ".\n"):
            return False
        m = pattern.match(N, comma, pos)
        return m is not None and len(words(N, m.end(), pos)) <= 2

    def on_subheading(self, N: str, pos: int, since: int, until: int) -> bool:
        """``pos`` lies on a line of its own between two statements that reads as a subheading: at most
        :data:`SUBHEADING_WORDS` words and none of :data:`SENTENCE_CLOSERS` at its end («تصريحات زيلينسكي»,
        «الرئيس بايدن يدرس الخيارات»). A name there titles what follows; it is no speaker named in between."""
        start = N.rfind("\n", since, pos) + 1
        end = N.find("\n", pos, until)
        if start <= since or end < 0:
            return False
        line = N[start:end].strip()
        if not line or len(line.split()) > SUBHEADING_WORDS or line[-1] in SENTENCE_CLOSERS:
            return False
        # «تصريحات زيلينسكي», «رد زيلينسكي»: a subheading about someone's words announces that he speaks next
        return not any(w in self.rules.speech_nouns or w in self.rules.form_to_key for w in words(N, start, end))

    def institution_at(self, N: str, pos: int, limit: int) -> int | None:
        """End of the institution names (الكرملين، وزارة الخارجية …) starting at ``pos``, or None."""
        end = None
        cursor = skip_space(N, pos)
        prefixes = ("", *self.rules.conjunctions[:1])
        while True:
            found = phrase_at(N, cursor, self.rules.institutions_by_head, prefixes)
            if found is None:
                return end
            end = cursor + len(found[0]) + len(found[1])
            cursor = skip_space(N, end)
            if cursor >= limit:
                return end

    def institution_speaker(self, doc: Doc, pos: int, limit: int) -> tuple[Speaker, int] | None:
        """«نفت موسكو …», «وقال مسؤول كبير …»: an institution or unnamed official as subject."""
        N = doc.text
        inst_end = self.institution_at(N, pos, limit)
        if not inst_end:
            return None
        tok = next_token(N, inst_end, limit)
        group = self.group_word(N[pos:inst_end].split()[-1])
        if group and tok and not N[inst_end:tok[0]].strip():
            if tok[2].startswith(self.rules.definite_article):
                inst_end = tok[1]  # «زعماء المعارضة», «نواب البرلمان»: a group noun in construct with what it leads
            elif not (tok[2] in self.rules.object_prepositions or tok[2] in self.rules.modifiers
                      or tok[2].endswith(self.rules.nisba_suffixes)
                      or any(tok[2].startswith(c, k) for c in self.rules.complementizers for k in (0, 1))):  # بأنها
                return None  # «قادة بريطانيا وفرنسا …»: a list of names leads the group
        while True:
            tok = next_token(N, inst_end, limit)
            if tok and not N[inst_end:tok[0]].strip() and (
                    tok[2] in self.rules.modifiers or tok[2].endswith(self.rules.nisba_suffixes)
                    and not (group and tok[2] in self.rules.object_prepositions)):  # «زعماء المعارضة على الفور»
                inst_end = tok[1]
            else:
                break
        return Speaker(OTHER, doc.original_span(pos, inst_end), feminine=True), inst_end

    def group_word(self, word: str) -> bool:
        """``word`` is one of 'group_heads' (an unnamed group of people), bare or with a conjunction glued."""
        return self.rules.bare_or_glued(word, self.rules.group_heads)

    def institution_or_reference(self, doc: Doc, pos: int, limit: int, state: State) -> tuple[Speaker, int] | None:
        found = self.institution_speaker(doc, pos, limit)
        if found is None:
            return None
        referred = self.back_reference(doc, skip_space(doc.text, pos), found[1], state)
        return (referred, found[1]) if referred is not None else found


# ------------------------------------------------------------- grouping
PAREN_GLOSS = re.compile(r"\s*\(\s*\w+(?:\s+\w+)?\s*\)\s*")  # «المتحدث الصحفي للرئاسة (الكرملين) دميتري بيسكوف»
QUOTED_GLOSS = re.compile(r"\s*[\"«“]\s*\w+(?:\s+\w+)?\s*[\"»”]\s*")  # «المتحدث باسم الرئاسة الروسية "الكرملين" …»


def glued(N: str, mentions: list[Mention], backwards: bool = False) -> list[Mention]:
    """The first mention and those glued to it by at most a space, comma or quote («المتحدث باسم الكرملين ديمتري بيسكوف»).

    With ``backwards`` the mentions come last-first and the group is returned in text order.
    """
    group = [mentions[0]]
    for m in mentions[1:]:
        left, right = (m, group[-1]) if backwards else (group[-1], m)
        gap = N[left.end:right.start]
        if (len(gap) <= 3 and not gap.strip(' ",') or PAREN_GLOSS.fullmatch(gap)) and same_person(left, right):
            group.append(m)
        elif QUOTED_GLOSS.fullmatch(gap) and left.actor and left.actor == right.actor:
            # «المتحدث باسم الرئاسة الروسية "الكرملين" دميتري بيسكوف، أن …»: the office glossed in quotation marks
            # between a role and the name of the one who holds it; a quoted word before someone else's name
            # («وانتقد المتحدث باسم الكرملين "خطة" ماكرون …») is the object, not a gloss
            group.append(m)
        else:
            break
    return group[::-1] if backwards else group


def same_person(a: Mention, b: Mention) -> bool:
    """A role glues to a name (المتحدث باسم الكرملين ديمتري بيسكوف); two different names do not (كيم جونغ أون بوتين)."""
    if a.kind in ("role", "spokesman_word") or b.kind in ("role", "spokesman_word"):
        return True
    return a.person == b.person


def skip_after_speaker(rules: Rules, N: str, pos: int, limit: int) -> int:
    return skip_tokens(N, pos, limit, rules.skip_after_speaker)
