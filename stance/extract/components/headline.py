"""Headline: «كيربي: نشعر بالقلق …» — a name, a colon, the words."""

from __future__ import annotations

import re

from stance.extract.components import Parts
from stance.extract.components.cues import is_cue_word
from stance.extract.rules import phrase_at
from stance.extract.doc import QUOTE_CHARS, Doc, Found, Speaker, State, line_end, skip_chars, skip_space, tokens, trim_end, words
from stance.extract.speakers import OTHER
from stance.normalize import ARABIC_LETTER


_LIST_NUMBER = re.compile(r"\d{1,2}\s*[.)-]\s+")
_LEADING_SPACE = re.compile(r"\s*")
_LABEL_WORDS = 4  # a speaker label of a transcript line: a role and a name at most
_LABEL_MIN_LETTERS = 3  # «ج:», «س:» are the markers of an interview, not names
_ANSWER_WORDS = 4  # an answer in a transcript says something: a line of fewer words is a source or a caption


class Headline:
    def __init__(self, parts: Parts):
        self.speakers = parts.speakers
        self.rules = parts.rules

    def __call__(self, doc: Doc, p_start: int, p_end: int, state: State) -> list[Found]:
        turn = self.transcript_turn(doc, p_start, p_end, state)
        if turn is not None:
            return turn
        found = self.name_colon(doc, p_start, p_end, state) or self.trailing_name(doc, p_start, p_end, state)
        if found:
            # A headline repeated as a teaser line is the same statement once; repeated after body text (a page
            # that shows the title again over the story), it is said again.
            key = doc.text[found[0][0]:found[0][1]].strip()
            if key in state.headlines and not self.body_between(doc.text, state.headlines[key], p_start):
                return []
            state.headlines[key] = p_end
        return found

    @staticmethod
    def body_between(N: str, start: int, end: int) -> bool:
        """A line of ``[start, end)`` closes a sentence (., !, ?, ؟ before closing quotes): body text, not furniture."""
        return any(line.rstrip(" \"”»)'").endswith((".", "!", "?", "؟")) for line in N[start:end].split("\n"))

    def glued_title(self, doc: Doc, s_start: int, s_end: int, state: State) -> list[Found]:
        """«… مواقفهم العسكرية.لافروف من الأمم المتحدة: …»: a sentence glued to a full stop with no space (a web page
        that lost the break before the title of a linked article) read as a title line «X: …»."""
        return self.name_colon_at(doc, s_start, s_end, state, True)

    def trailing_name(self, doc: Doc, p_start: int, p_end: int, state: State) -> list[Found]:
        """«المزاعم عن غزو روسي ليست سوى استفزاز - بيسكوف»: a title line that ends with a dash and the speaker."""
        N = doc.text
        if p_end - p_start > 220:
            return []  # a title line is short
        line = N[p_start:p_end].rstrip()
        dash = max(line.rfind(" - "), line.rfind(" – "), line.rfind(" — "))
        if dash <= 0 or "." in line[:dash] or len(words(N, p_start, p_end)) > 25:
            return []
        name_start = skip_space(N, p_start + dash + 3)
        group = self.speakers.mention_group(doc, name_start, p_start + len(line))
        if not group or N[group[-1].end:p_start + len(line)].strip(' ".'):
            return []
        if self.names_only(doc, p_start, p_start + dash):
            return []  # «دميتري بيسكوف - المتحدث باسم الكرملين»: a photo caption, a name and his office
        place = phrase_at(N, skip_space(N, p_start), self.rules.places_by_head)
        if place is not None and not N[skip_space(N, p_start) + len(place[0] + place[1]):p_start + dash].strip():
            return []  # «سيول – يونهاب»: a dateline, a city and the agency, no words said
        speaker = self.speakers.resolve_group(doc, group, state)
        state.remember(speaker)
        return [(p_start, p_start + dash, speaker, "-", False)]

    def names_only(self, doc: Doc, start: int, end: int) -> bool:
        """Every word of ``[start, end)`` lies in a person's mention or is a title: a name, not words said."""
        return bool(doc.mentions_between(start, end)) and doc.only_mentions(start, end, self.rules.titles)

    def name_colon(self, doc: Doc, p_start: int, p_end: int, state: State) -> list[Found]:
        N = doc.text
        if N.find(":", p_start, p_end) < 0:
            return self.name_dots(doc, p_start, p_end, state)
        start = self.after_prefix(N, p_start, p_end)
        # a prefix, the first line, or a line after nothing but short page furniture («أخبار|آسيا», a date)
        title_like = start > p_start or p_start <= _LEADING_SPACE.match(N).end() \
            or self.after_page_furniture(N, p_start, state.headlines)
        found = self.name_colon_at(doc, start, p_end, state, title_like)
        if found or p_end - p_start > 220:
            return found
        for sep in self.rules.headline_separators:
            # «مقديشو تلغي المذكرة.. والكرملين: …»: a second headline on the same title line.
            i = N.find(sep, start, p_end)
            if i > start:
                found = self.name_colon_at(doc, skip_space(N, i + len(sep)), p_end, state, True)
                if found:
                    return found
        return []

    def name_dots(self, doc: Doc, p_start: int, p_end: int, state: State) -> list[Found]:
        """«الكرملين.. أمن روسيا هو الأهم», «بيسكوف.. لا اتصالات»: a title line whose speaker is closed by two
        dots instead of a colon (a short first line or one under page furniture, no sentence after)."""
        N = doc.text
        if p_start > 200 or p_end - p_start > 160:
            return []  # a title line near the top
        dots = N.find("..", p_start, min(p_end, p_start + 40))
        if dots < 0 or N[p_end - 1:p_end] == ".":
            return []
        if not (p_start <= _LEADING_SPACE.match(N).end() or self.after_page_furniture(N, p_start)):
            return []
        start = skip_space(N, p_start)
        group = self.speakers.mention_group(doc, start, dots)
        if group and not N[group[-1].end:dots].strip(' "'):
            speaker = self.speakers.resolve_group(doc, group, state)
        else:
            institution = self.speakers.institution_speaker(doc, start, dots)
            if institution is None or N[institution[1]:dots].strip(' "'):
                return []
            speaker = institution[0]
        c_start = skip_space(N, dots + 2)
        first = words(N, c_start, p_end)
        if len(first) < 3 or (first[0].startswith(self.rules.definite_article)
                              and first[1] in self.rules.relative_pronouns):
            return []  # «زعيم كوريا الشمالية.. الرجل الذي يحكم …»: a description of him, not his words
        state.remember(speaker)
        return [(c_start, p_end, speaker, "..", False)]

    def after_page_furniture(self, N: str, p_start: int, headlines=()) -> bool:
        """Every line before ``p_start`` is short ('page_furniture' words) and ends no sentence, or has no Arabic word
        at all («"\\n"», a scraping left-over): breadcrumbs, section names and dates above a title, not a body; or
        it holds a title already read («الصفدي: …» stacked over a second «الصفدي: …», ``headlines``)."""
        rules = self.rules
        if not headlines and p_start > rules.furniture_chars:
            return False  # a few short lines at most
        lines = first_lines(N, p_start, rules.furniture_lines + 1)  # one more tells there are too many
        return 0 < len(lines) <= rules.furniture_lines and all(
            (len(words(line, 0, len(line))) <= rules.furniture_words and not line.rstrip().endswith((".", ":", '"')))
            or not ARABIC_LETTER.search(line) or any(key in line for key in headlines) for line in lines)

    def after_prefix(self, N: str, p_start: int, p_end: int) -> int:
        """Past «عاجل |», «(جديد)», a bullet or a list number opening a title or teaser line."""
        pos = skip_space(N, p_start)
        if pos >= p_end or (N[pos] not in self.rules.headline_prefix_starts and not N[pos].isdigit()):
            return p_start
        m = _LIST_NUMBER.match(N, pos, p_end)
        if m:
            return skip_space(N, m.end())
        for prefix in self.rules.headline_prefixes:
            if N.startswith(prefix, pos):
                return skip_space(N, pos + len(prefix))
        return p_start

    def name_colon_at(self, doc: Doc, start: int, p_end: int, state: State, title_like: bool) -> list[Found]:
        N = doc.text
        colon = N.find(":", start, p_end)
        if colon <= start or colon - start > 60:
            return []
        first = words(N, colon + 1, min(p_end, colon + 30))[:1]
        if first and self.rules.bare_or_glued(first[0], self.rules.form_to_key) \
                and any(m.kind in ("name", "not_actor") for m in doc.mentions_between(colon, min(p_end, colon + 90))):
            # «07:05 | الكرملين: قال الناطق باسم الرئاسة دميتري بيسكوف … إن …»: a sentence with its own verb and a
            # named speaker; with nobody the lexicon knows named, the title's speaker stays (doubt)
            return []
        group = self.speakers.mention_group(doc, skip_space(N, start), colon)
        if group and all(m.kind == "spokesman_word" for m in group) \
                and words(N, group[-1].end, colon)[:1] == [self.rules.on_behalf_of]:
            group = []  # «الناطق باسم الحكومة: …»: the spokesman of a body the lexicon does not know, read below
        if group and self.only_topic(N, group[-1].end, colon):
            return self.content(doc, colon, p_end, self.speakers.resolve_group(doc, group, state), state)
        if not group and self.after_labelled_question(N, start):
            label = self.transcript_label(doc, skip_space(N, start), colon)
            if label is not None:
                return self.content(doc, colon, p_end, label, state)
        if group or not title_like:
            return []  # only a title line: a subheading «واشنطن: "…"» repeats words reported in the body
        if self.subject_opens_content(doc, colon + 1, p_end):
            return []  # «روسيا: بيسكوف يؤكد أن …»: a place or section label; the person after it speaks
        # «"البنتاغون": …», «"الخارجية الروسية": …»: a body named in quotes (an Egyptian habit) is that body
        institution = self.speakers.institution_speaker(doc, skip_chars(N, start, colon, " " + QUOTE_CHARS), colon)
        if institution is None:
            institution = self.office_holder(doc, skip_space(N, start), colon)
        if institution is None:
            institution = self.unknown_person(doc, skip_space(N, start), colon, p_end)
        if institution is None or not self.only_topic(N, institution[1], colon, True) or len(words(N, colon + 1, p_end)) < 3:
            return []
        # «البنتاغون: …», «كوريا الجنوبية: …»: a body or a country speaks in the title; not a tracked person.
        return self.content(doc, colon, p_end, institution[0], state)

    def after_labelled_question(self, N: str, start: int) -> bool:
        """The line before is a labelled question of a transcript («المذيع: هل تتوقعون تصعيدا؟»): a label of at
        most a few words and no verb («وسأل الصحفيون: …؟» reports a question, it labels no speaker)."""
        end = start
        while end > 0 and N[end - 1].isspace():
            end -= 1  # the line before, without copying the text before it
        line = N[N.rfind("\n", 0, end) + 1:end]
        colon = line.find(":")
        label = words(line, 0, colon) if colon > 0 else []
        return line.endswith(("?", "\u061f")) and 0 < len(label) <= _LABEL_WORDS \
            and not any(is_cue_word(self.rules, w) for w in label)

    def transcript_turn(self, doc: Doc, p_start: int, p_end: int, state: State) -> list[Found] | None:
        """A turn of a TV transcript whose speaker stands alone on the line before: «محمد كريشان⏎: …» (the colon opens
        the words' line) or «الضيف:⏎…» (the label's line ends with the colon; only where the same label heads another
        turn of the article, or after a labelled question, so that «اقرأ أيضا:⏎…» over a link is none). The label is a
        person the lexicon knows or a short label like ``transcript_label``'s; a turn that asks a question (the host's)
        is no statement. None when the paragraph is no such turn."""
        N = doc.text
        first = skip_space(N, p_start)
        prev_end = p_start
        while prev_end > 0 and N[prev_end - 1].isspace():
            prev_end -= 1
        prev_start = N.rfind("\n", 0, prev_end) + 1
        label_colon = N[prev_end - 1:prev_end] == ":"
        if prev_end == 0 or (N[first:first + 1] == ":") == label_colon:
            return None  # cheap test first: exactly one colon, closing the label line or opening this one
        label_end = prev_end - 1 if label_colon else prev_end
        label = N[prev_start:label_end].strip()
        if label_colon and not (self.after_labelled_question(N, prev_start)
                                or sum(line.strip().rstrip(":").strip() == label for line in N.split("\n")) >= 2):
            return None
        speaker = self.label_speaker(doc, skip_space(N, prev_start), label_end)
        c_start = first + 1 if not label_colon else first
        line = N[c_start:p_end].rstrip(" .")
        if speaker is None or len(words(N, c_start, p_end)) < _ANSWER_WORDS:
            return None
        if line.endswith(("?", "\u061f")):
            return []  # a question put in the transcript (the host's), no statement
        return self.content(doc, c_start - 1, p_end, speaker, state)

    def label_speaker(self, doc: Doc, start: int, end: int) -> Speaker | None:
        """The speaker a transcript label names: a person the lexicon knows («جون كيربي»), else a label of at most a
        few words with no verb and no digit («عبد الرحمن دحمان», «الضيف»), ``other``; None otherwise."""
        N = doc.text
        group = self.speakers.mention_group(doc, start, end)
        if group and group[0].start == start and not N[group[-1].end:end].strip(" " + QUOTE_CHARS):
            return self.speakers.resolve_group(doc, group, State())
        toks = list(tokens(N, start, end))
        if not 0 < len(toks) <= _LABEL_WORDS or N[start:end].strip() != N[toks[0][0]:toks[-1][1]] \
                or any(not w.isalpha() or is_cue_word(self.rules, w) for _, _, w in toks) or doc.mentions_between(start, end) \
                or len(toks[-1][2]) < _LABEL_MIN_LETTERS:
            return None
        return Speaker(OTHER, doc.original_span(toks[0][0], toks[-1][1]))

    def transcript_label(self, doc: Doc, start: int, colon: int) -> Speaker | None:
        """«الوزير بو حبيب: …» after a labelled question: the label (at most a few words, no verb, nobody the lexicon
        knows) is the one who answers, ``other``."""
        N = doc.text
        toks = list(tokens(N, start, colon))
        l_end = line_end(N, colon)
        if not 0 < len(toks) <= _LABEL_WORDS or N[start:colon].strip(" ") != N[toks[0][0]:toks[-1][1]] \
                or any(not w.isalpha() or is_cue_word(self.rules, w) for _, _, w in toks) or doc.mentions_between(start, colon) \
                or len(words(N, colon + 1, l_end)) < _ANSWER_WORDS or len(toks[-1][2]) < _LABEL_MIN_LETTERS:
            return None  # «المصدر: الوكالة الوطنية» is a source line, not an answer; «ج: …» is the interview's
        if self.rules.cue_re.search(N, colon + 1, l_end) and (
                toks[0][2] in self.rules.reporter_labels or self.reports_someone(doc, colon + 1, l_end)):
            return None  # «المراسل: الزعيم كيم قال إن …»: a correspondent reports other people's words
        return Speaker(OTHER, doc.original_span(toks[0][0], toks[-1][1]))

    def reports_someone(self, doc: Doc, start: int, end: int) -> bool:
        """``[start, end)`` names a person the lexicon knows or an institution (who would say what a verb of saying
        there reports: «قالت الوزارة إن …»); with nobody named, «لا أعتقد ذلك» is the answer's own opinion."""
        N = doc.text
        return bool(doc.mentions_between(start, end)) or any(
            self.speakers.institution_at(N, t_start, end) for t_start, _, _ in tokens(N, start, end))

    def subject_opens_content(self, doc: Doc, start: int, p_end: int) -> bool:
        """The words after a title's colon open with a person the lexicon knows and a verb of saying right after
        him («… : بيسكوف يؤكد أن …»): a sentence with its own speaker, read by the sentence components."""
        N = doc.text
        pos = skip_space(N, start)
        for t_start, t_end, word in tokens(N, pos, p_end):
            if word not in self.rules.titles:
                break
            pos = skip_space(N, t_end)  # «… : الزعيم كيم يتعهد …»: a title before the name
        group = self.speakers.mention_group(doc, pos, p_end)
        if not group or group[0].start != pos or group[0].kind not in ("name", "surname", "role"):
            return False
        after = words(N, group[-1].end, min(p_end, group[-1].end + 30))[:1]
        return bool(after) and is_cue_word(self.rules, after[0])

    def office_holder(self, doc: Doc, start: int, colon: int):
        """«وزير الوحدة الكوري الجنوبي: …», «مسؤول أمريكي: …», «الرئيس الروسي: …», «السفير الروسي في واشنطن: …»: an
        office head or a title and at most five words that are definite nouns, nisba adjectives or a preposition with
        a place, before a title's colon, naming nobody the lexicon knows (so no role of a tracked person): an unnamed
        office holder (``other``), as ``(speaker, end)``; else None."""
        N = doc.text
        toks = list(tokens(N, start, colon))
        rules = self.rules
        # «وزير الخارجية الجزائري معلقا على التطورات: …»: the office ends where what he answered or the occasion begins
        toks = toks[:next((j for j in range(2, len(toks)) if toks[j][2] in rules.commentary_adjuncts), len(toks))]
        if not 2 <= len(toks) <= 6 or any(m.kind != "spokesman_word" for m in doc.mentions_between(start, colon)) or not (
                toks[0][2] in rules.apposition_heads or toks[0][2] in rules.titles or rules.spokesman_head_re.fullmatch(toks[0][2])):
            return None
        i = 1
        while i < len(toks):
            word = toks[i][2]
            if word == rules.on_behalf_of and i == 1 and i + 1 < len(toks):
                i += 1  # «الناطق باسم الحكومة: …»: a spokesman of a body the lexicon does not know
                continue
            preposition = word in rules.object_prepositions or word in rules.region_prepositions
            if not preposition and (word.startswith(rules.definite_article) or word.endswith(rules.nisba_suffixes)):
                i += 1
                continue
            if not preposition and i + 1 < len(toks) and toks[i + 1][2].startswith(rules.definite_article) \
                    and word.isalpha() and not is_cue_word(rules, word) and not word.startswith(rules.imperfect_prefixes[:1]):
                i += 1  # «عضو مجلس الاتحاد الروسي: …»: a noun in construct before a definite one, not a
                continue  # present verb with its first prefix («وزير الدفاع يزور الحدود: …») (round 16b)
            if not preposition and i >= 2 and i == len(toks) - 1 and rules.dative_definite is not None \
                    and word.startswith(rules.dative_definite):
                toks = toks[:i]  # «وزير الطاقة السعودي للمضاربين: …»: the office, then the people addressed
                break
            if not preposition and i >= 2 and self.unknown_name(toks[i:]):
                break  # «وزير الخارجية الأسبق عمرو موسى: …»: the office, then a name the lexicon does not know
            if not preposition or i + 1 == len(toks):
                return None
            # «السفير الروسي في واشنطن: …», «السفير لدى الأمم المتحدة: …»: a place or a definite body after it
            place = phrase_at(N, toks[i + 1][0], rules.places_by_head)
            if place is None and not toks[i + 1][2].startswith(rules.definite_article):
                return None
            end = toks[i + 1][0] + len(place[1]) if place is not None else toks[i + 1][1]
            i += 1
            while i < len(toks) and toks[i][0] < end:
                i += 1
        if any(ch in N[start:toks[-1][1]] for ch in ',"«»“”|'):
            return None
        return Speaker(OTHER, doc.original_span(toks[0][0], toks[-1][1])), toks[-1][1]

    def unknown_name(self, toks) -> bool:
        """One to three plain words after an office before a title's colon, none definite (but after «عبد»: actors.json
        name_openers), a verb, a preposition, a title or an office head («عمرو موسى»): a name the lexicon does not know."""
        rules = self.rules
        openers = self.speakers.lexicon.name_openers
        return 1 <= len(toks) <= 3 and not toks[0][2].startswith(rules.imperfect_prefixes[:1]) and all(
            w.isalpha() and (not w.startswith(rules.definite_article) or (i > 0 and toks[i - 1][2] in openers))
            and not is_cue_word(rules, w)
            and not (rules.dative_definite is not None and w.startswith(rules.dative_definite))
            and w not in rules.object_prepositions and w not in rules.region_prepositions and w not in rules.titles
            and w not in rules.apposition_heads and w not in rules.commentary_adjuncts for i, (_, _, w) in enumerate(toks))

    def unknown_person(self, doc: Doc, start: int, colon: int, p_end: int):
        """«أردوغان: …», «ميقاتي من بكركي: …»: one or two words the lexicon does not know before a title's colon
        (a topic or place may follow them), whose last word stands right after a speech verb further on in the
        article («وأوضح ميقاتي أن …»): a person quoted in the title, ``other``, as ``(speaker, end)``; else None."""
        N = doc.text
        toks = list(tokens(N, start, colon))
        if not toks or doc.mentions_between(start, colon):
            return None
        rules = self.rules
        n = 1
        if len(toks) > 1 and not self.only_topic(N, toks[0][1], colon, True):
            n = 2  # a given name and a surname
        if not self.only_topic(N, toks[n - 1][1], colon, True):
            return None
        names = toks[:n]
        if any(is_cue_word(rules, w) or w in rules.outlet_heads or not w.isalpha() for _, _, w in names):
            return None  # a verb, an outlet («"وكالة": …» sources the title) or a number, not a name
        for m in doc.mentions_between(colon, p_end):
            after = words(N, m.end, min(p_end, m.end + 20))[:1]
            if m.kind in ("name", "role", "surname") and after and is_cue_word(rules, after[0]):
                return None  # «…: زعيم كوريا الشمالية يعلن …»: the title names its own speaker after the colon
        if n == 2 and (names[0][2] in rules.titles or names[0][2] in rules.headline_kunya) \
                and not names[1][2].startswith(rules.definite_article) and phrase_at(N, names[0][0], rules.places_by_head) is None:
            # «الرئيس عون: …» (a live-blog line), «أبو مازن: …»: a title or a kunya and a name the lexicon does not know
            return Speaker(OTHER, doc.original_span(names[0][0], names[1][1])), names[1][1]
        last = names[-1][2]
        pos = p_end
        while True:
            pos = N.find(last, pos)
            if pos < 0:
                return None
            end = pos + len(last)
            if (end >= len(N) or not N[end].isalnum()) and N[pos - 1:pos] in (" ", '"', "«", "“"):
                # «وقال X», «وأكد رئيس البلدية فادي X»: a verb, then at most four words of title and given name
                line_start = max(N.rfind("\n", 0, pos), N.rfind(".", 0, pos), N.rfind(",", 0, pos))  # «،» is "," in N
                before = words(N, max(line_start + 1, pos - 60), pos)[-5:]
                if any(is_cue_word(rules, w) for w in before):
                    return Speaker(OTHER, doc.original_span(names[0][0], names[-1][1])), names[-1][1]
            pos = end

    def only_topic(self, N: str, pos: int, colon: int, occasion: bool = False) -> bool:
        """Nothing between the speaker and the colon but quote marks, or «عن» and a short topic
        («الكرملين عن زيارة مرتقبة لكيم: …»)."""
        rest = N[pos:colon].strip(" " + QUOTE_CHARS)
        if not rest:
            return True
        rest_words = words(N, pos, colon)
        if len(rest_words) > 7 or "." in rest:
            return False
        if rest_words[0] == self.rules.headline_topic_word or rest_words[0] in self.rules.commentary_adjuncts:
            return True  # «البيت الأبيض ردا على تصريحات نصرالله: …»: what the title's speaker answered (round 16b)
        if rest_words[0] == self.rules.headline_place_word and len(rest_words) <= 1 + self.rules.headline_place_words_max:
            return True  # «ميقاتي من بكركي: …»: the place he spoke from
        if occasion and rest_words[0] in self.rules.headline_occasion_words \
                and len(rest_words) <= self.rules.headline_occasion_max:
            return True  # «الرئيس عون مستقبلاً السيناتور الأميركي: …»: the occasion a person the lexicon lacks spoke at
        # «بيسكوف في حوار خاص: …», «كيربي لـ"المشهد": …»: the interview or the outlet he spoke to.
        return (len(rest_words) >= 2 and rest_words[1] in self.rules.interview_nouns) or (
            rest.startswith(self.rules.to_outlet) and len(rest_words) <= 4)

    @staticmethod
    def content(doc: Doc, colon: int, p_end: int, speaker, state: State) -> list[Found]:
        N = doc.text
        c_start = colon + 1
        q = doc.quote_at(skip_space(N, c_start))
        state.remember(speaker)
        if q and trim_end(N, q[0], p_end) <= q[1] + 1:
            return [(q[0] + 1, q[1], speaker, ":", True)]
        return [(c_start, p_end, speaker, ":", False)]


def first_lines(N: str, end: int, most: int) -> list[str]:
    """The first ``most`` lines of ``N[:end]`` that are not blank (fewer when it has fewer), read from the top
    without splitting the whole of it: a title deep in a long article asks for a few lines only."""
    found = []
    pos = 0
    while len(found) < most:
        stop = N.find("\n", pos, end)
        line = N[pos:end if stop < 0 else stop]
        if line.strip():
            found.append(line)
        if stop < 0:
            break
        pos = stop + 1
    return found
