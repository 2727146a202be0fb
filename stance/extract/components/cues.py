"""Reporting cues of a sentence: speech verbs and participles outside quotations (``speech.json``)."""

from __future__ import annotations

from bisect import bisect_left

import re

from stance.extract.doc import OPEN_QUOTES, WORD, Cue, Doc, char_before, skip_space
from stance.extract.rules import Rules

WORD_RUN = re.compile(r"\w+")
GLUED_B_WORDS = 3  # a glued ب marker ('glued_b_marker') counts on the verb's first words only: its object, then ب


class CueMatch:
    """A reporting-cue match with the interface of a ``re.Match`` of ``Rules.cue_re`` that the components
    read: group 0 is the word with its و/ف, group 1 the verb form."""

    __slots__ = ("_start", "_end", "_word", "_form")

    def __init__(self, start: int, end: int, word: str, form: str):
        self._start, self._end, self._word, self._form = start, end, word, form

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, index: int = 0) -> str:
        return self._form if index == 1 else self._word


def cue_matches(doc: Doc, rules: Rules) -> tuple[list[int], list]:
    """All cue matches of the article, found in one pass and kept on the Doc: every word that is a cue
    form, or و/ف and a cue form (the same matches as ``Rules.cue_re``, by set look-up instead of a long
    alternation)."""
    if doc._cue_matches is None:
        forms, conjunctions = rules.cue_forms, rules.conjunction_set
        found = []
        for m in WORD_RUN.finditer(doc.text):
            word = m.group()
            if word[0] in conjunctions and word[1:] in forms:
                found.append(CueMatch(m.start(), m.end(), word, word[1:]))
            elif word in forms:
                found.append(CueMatch(m.start(), m.end(), word, word))
            elif word in rules.hamza_only_words and _hamza_form(doc, rules, m.start(), word):
                bare = word if word in rules.hamza_only_forms else word[1:]
                found.append(CueMatch(m.start(), m.end(), word, bare))
        doc._cue_matches = ([c.start() for c in found], found)
    return doc._cue_matches


def _hamza_form(doc: Doc, rules: Rules, start: int, word: str) -> bool:
    """«وهنأ الرئيس …»: a form that normalizes to a common word («هنا», here) is a cue only when the article
    spells it with a hamza ('hamza_only_forms')."""
    return any(ch in doc.original_span(start, start + len(word)) for ch in rules.hamza_letters)


def is_cue_word(rules: Rules, word: str) -> bool:
    """The word is a cue form, alone or after و/ف («قال», «وقال») (the words ``cue_matches`` finds)."""
    return (word in rules.cue_forms and word not in rules.joined_only_forms) \
        or (word[:1] in rules.conjunction_set and word[1:] in rules.cue_forms)


def find_cues(doc: Doc, rules: Rules, start: int, end: int) -> list[Cue]:
    """The reporting cues of ``[start, end)``: every cue match that the filters below do not rule out."""
    out = []
    starts, matches = cue_matches(doc, rules)
    i = bisect_left(starts, start)
    while i < len(matches) and starts[i] < end:
        m = matches[i]
        i += 1
        if m.end() > end:
            continue
        if doc.in_quote(m.start()) and doc.quote_at(m.start()) not in doc.report_quotes:
            continue
        before = _words_before(doc.text, rules, start, m.start())
        if _not_speech_here(doc, rules, start, end, m, before) \
                or _not_speech_form(doc.text, rules, start, end, m, before):
            continue
        form = m.group(1)
        key = "participle" if form in rules.participles else rules.form_to_key.get(form) or rules.hamza_form_keys[form]
        if _not_speech_of_kind(doc, rules, start, end, m, before, key):
            continue
        out.append(Cue(m.start(), m.end(), key, form, is_feminine(rules, form, key), is_plural(rules, form)))
    return out


def after_comma_and_time_clause(N: str, rules: Rules, pos: int) -> bool:
    """«… إن الحوار ممكن، قبل أن يضيف أن …»: a comma, a time word and a bare complementizer right before ``pos``
    ('temporal_before_complementizer', 'bare_complementizers'): the present verb there is the speaker's next act
    told as a time clause, not what the subject of his words does."""
    toks = WORD.findall(N, max(0, pos - 24), pos)[-2:]
    if len(toks) != 2 or toks[0] not in rules.temporal_before_complementizer or toks[1] not in rules.bare_complementizers:
        return False
    head = N.rfind(toks[0], max(0, pos - 24), pos)
    return char_before(N, head) == ","


def _words_before(N: str, rules: Rules, start: int, pos: int) -> list[str]:
    """The words in the few characters before a cue (from ``start``); «وحسبما» reads as «حسبما»."""
    before = WORD.findall(N, max(start, pos - 12), pos)
    if before and before[-1][:1] in rules.conjunctions and len(before[-1]) > 4 \
            and before[-1][1:] in rules.non_speech_before:
        before[-1] = before[-1][1:]  # «وحسبما ذكرت الوكالة»: a source, like «حسبما ذكرت»
    return before


def _not_speech_here(doc: Doc, rules: Rules, start: int, end: int, m, before: list[str]) -> bool:
    """What comes before the cue rules it out: a source or negation word, a relative clause, a question."""
    N = doc.text
    if before and before[-1] in rules.non_speech_before and not (
            before[-1] in rules.relative_pronouns and (relative_head(doc, m.start()) is not None
                                                       or titled_head(doc, rules, m.start()) is not None)
            and says_right_after(N, rules, m.end(), end)) and not (
            before[-1] in rules.relative_pronouns and rules.form_to_key.get(m.group(1)) == "relay") and not (
            disagreeing_relative(rules, before[-1], m.group(1), WORD.findall(N, m.end(), min(end, m.end() + 12))[:1])) and not (
            before[-1] in rules.relative_pronouns and named_then_resumptive(doc, rules, m.end(), end, before[-1])) and not (
            before[-1] in rules.relative_pronouns and document_then_resumptive(doc, rules, start, m.start(), m.end(), end)) and not (
            before[-1] == rules.relative_ma and relative_ma(N, rules, start, m.start())) and not (
            before[-1] in rules.negation_particles and m.group(0) in rules.negated_speech_forms):
        return True  # «حسبما ذكرت», «لم يوضح», «التي تدعو»; but «بيسكوف، الذي قال إن …» is his, and
        # «الوكالة التي نقلت عن بيسكوف: …» relays the person after عن
    if before and before[-1] in rules.source_before and outlet_only_after(N, rules, m.end(), end):
        return True  # «…، كما ذكرت وكالة الأنباء الرسمية.»: the outlet sources what came before; nothing said
    if m.group(0) != m.group(1) and relative_then_resumptive(N, rules, start, m.start(), m.end(), end):
        return True  # «التهديدات التي أطلقها …، ولوّح فيها بـ…»: the verb goes on the relative clause (his threats)
    if before and before[-1] in rules.question_nouns \
            and (following := WORD.findall(N, m.end(), min(end, m.end() + 12))[:1]) \
            and following[0] in rules.resumptive:
        return True  # «وجه أحد المراسلين سؤالا قال فيه: …»: the words of a question, no statement
    if before and before[-1] in rules.bare_complementizers and m.group(0) == m.group(1) \
            and "," not in N[N.rfind(before[-1], max(start, m.start() - 12), m.start()):m.start()]:
        # (not «… مع شبكة سي إن إن، أشار إلى …»: after a comma the verb opens a clause of its own)
        two = WORD.findall(N, max(start, m.start() - 24), m.start())
        if not (len(two) >= 2 and two[-2] in rules.temporal_before_complementizer):
            return True  # «إلى أن رفض واشنطن …» (a verbal noun); but «بعد أن قال …» reports speech
    if before and before[-1] in rules.pronoun_complementizers and m.group(0) == m.group(1) \
            and not rules.verbs.get(rules.form_to_key.get(m.group(1)), {}).get("object") \
            and opens_words_of_a_cue(N, rules, start, m.start()) \
            and not words_open_in_clause(N, rules, rules.form_to_key.get(m.group(1)), m.end(), end):
        return True  # «وأضاف الرئيس أنه اتفق مع واشنطن على …»: no words of its own, an act inside the words said
    if N.find(rules.question_marker, max(start, m.start() - 60), m.start()) >= 0 and m.group(1) not in rules.saying_by \
            and in_reported_question(N, rules, start, m.start()):
        return True  # «ردا على سؤال عما إذا كان بوتين يرحب بالقرار»: the verb of the question put to the speaker
        # («… عما إذا كان بإمكانه القيام بهذا الدور بالقول "…"»: the saying form opens the answer, not the question)
    if rules.question_about_re is not None and in_question_about_report(doc, rules, start, m.start(), m.end()):
        return True  # «ولدى سؤاله عن تقرير نشرته صحيفة كورية زعم أن …»: the report put to him in a question
    return False


def _not_speech_form(N: str, rules: Rules, start: int, end: int, m, before: list[str]) -> bool:
    """The form's own conditions rule it out: a verbal noun after an object verb, a word it needs missing, a word
    of another sense (cue_requires, cue_excludes, clause_initial_forms, byline_verbs, participle_after)."""
    form = m.group(1)
    if before and m.group(0) == form and ((before[-1] in rules.participle_objects
                                           and before[-1] not in rules.cue_requires) or (
            before[-1] in rules.form_to_key and rules.verbs.get(rules.form_to_key[before[-1]], {}).get("object"))) \
            and not N[max(start, m.start() - 12):m.start()].rsplit(before[-1], 1)[-1].strip():
        return True  # «يؤكد رفض بلاده …», «وأكد رفض بلاده …», «، مؤكدا رفض الكرملين …»: right after an object verb or
        # a participle that takes an object, a verbal noun is its object (not after «مجددا», a cue only with
        # one of its cue_requires words: «، مجددا رفض الحكومة …» keeps رفض)
    if form in rules.cue_requires and not needed_word_follows(N, rules, form, m.end(), end):
        return True  # «حمل الجندي السلاح» (carried), «مجددا» (again): not «حمّل X المسؤولية», «مجددا التأكيد»
    if form in rules.cue_excludes and (nxt := WORD.findall(N, m.end(), min(end, m.end() + 24))[:1]) \
            and nxt[0] in rules.cue_excludes[form]:
        return True  # «عبر الهاتف» (via the telephone), not «عبّر عن …»
    if form in rules.clause_initial_forms and m.group(0) == form and not opens_clause(N, start, m.start()) \
            and not (before and before[-1] in rules.clause_openers):
        return True  # «مفوض الطاقة دان يورغنسن»: a given name, not «دان» (condemned); but «كما طلب يون من …»
    if form in rules.time_clause_forms and not after_comma_and_time_clause(N, rules, m.start()):
        return True  # «… يشير إلى أن»: a present verb of the words said; only «، قبل أن يشير إلى …» is his next act
    if form in rules.byline_verbs and is_byline(N, m.end(), end):
        return True  # «كتبت: سارة محمود»: the writer's name under a title
    if form in rules.participle_after and not (before and before[-1] in rules.participle_after[form]):
        return True  # «وجدد تأكيده على …»: a verbal noun, a participle only after «مع» («، مع تأكيده على أن …»)
    return False


def _not_speech_of_kind(doc: Doc, rules: Rules, start: int, end: int, m, before: list[str], key: str) -> bool:
    """The cue's kind rules it out: a participle right after a word, a continuation verb inside the content, a
    verb whose marker (speech.json 'require_marker') does not follow."""
    N = doc.text
    form = m.group(1)
    if key == "participle" and m.group(0) == form \
            and (form.endswith(rules.feminine_participle_suffix) or form in rules.comma_participles) \
            and N[max(start, m.start() - 3):m.start()].rstrip()[-1:] not in (",", ":") \
            and not says_right_after(N, rules, m.end(), end) \
            and not (form in rules.comma_participles and marker_right_after(N, rules, form, m.end(), end)):
        return True  # «ستواصل متابعة التصريحات», «تلقت مقترحا جادا», «لا يرى داعيا لـ»: right after a word, a noun
    spec = rules.verbs.get(key, {})
    if spec.get("joined_only") and m.group(0) == form \
            and not _after_opening_adverbial(N, rules, max(start, N.rfind("\n", 0, m.start()) + 1), m.start()):
        return True  # «تقارير تحدثت عن "…"»: without و/ف and not opening its sentence, a clause about something else
    if spec.get("continuation") and m.group(0) == form and before and before[-1] == rules.pluperfect_particle \
            and not rules.auxiliary_before_re.search(N, max(start, m.start() - 70), m.start()):
        return True  # «إن كوريا الشمالية قد أكملت …»: «قد» without «كان» before it: a verb of the content
    if spec.get("continuation") and m.group(0) == form and before and before[-1] not in rules.fillers \
            and before[-1] not in rules.clause_openers \
            and not N[max(start, m.start() - 12):m.start()].rsplit(before[-1], 1)[-1].strip() \
            and not says_right_after(N, rules, m.end(), end):
        return True  # «من أن بلاده أكملت قوتها»: «أكمل» after a noun, with no و and no «أن»/colon, is not «وأضاف»
    if spec.get("declined_objects") and _declined_after_marker(doc, rules, key, m.end(), end):
        return True  # «واعتذر الوزير عن الحضور …»: he declined to attend, no words said
    if spec.get("subject_heads") and not _subject_head_after(doc, rules, key, m.end(), end):
        return True  # «بعد نشر وثائق …», «نشر الأعداء …», «معاهدة … نشرت بالكامل»: no outlet names itself after it
    if spec.get("person_right_before") and not _person_right_before(doc, start, m.start()):
        return True  # «… أداة خطيرة تهدد السلام بدلا من …», «… أنه يهدد بإشعال …»: no person named right before
    return bool(spec.get("require_marker")) and _marker_missing(doc, rules, m, end, key, spec) \
        and not (spec.get("resumptive_opens") and resumptive_after(N, rules, m.end(), end) is not None)


def _after_opening_adverbial(N: str, rules: Rules, start: int, pos: int) -> bool:
    """Nothing stands before ``pos`` in its sentence, or only one opening adverbial phrase closed by its only comma
    («وفي ذكرى التأسيس، دافع الوزير عن …»): an adjunct word ('adjunct_starts', also after و/ف, or
    'opening_adverbial_heads': «وبمناسبة العيد، …») opens it and it has
    at most 'leading_adverbial' 'max_words' words; the verb still opens its own clause."""
    region = N[start:pos].strip()
    if not region:
        return True
    if not region.endswith(",") or region.count(",") != 1:
        return False
    ws = WORD_RUN.findall(region)
    head = ws[0] if ws else ""
    return 0 < len(ws) <= rules.leading_adverbial_words \
        and (rules.bare_or_glued(head, rules.adjuncts) or head in rules.opening_adverbial_heads)


def _declined_after_marker(doc: Doc, rules: Rules, key: str, pos: int, end: int) -> bool:
    """The word right after the verb's first marker (within its window) is one of its 'declined_objects'."""
    found = [w.group() for w in WORD.finditer(doc.text, pos, min(end, pos + 120))]
    for i, w in enumerate(found[:-1]):
        if w in rules.verb_markers[key]:
            return found[i + 1] in rules.declined_objects[key]
    return False


def _subject_head_after(doc: Doc, rules: Rules, key: str, pos: int, end: int) -> bool:
    """The word right after ``pos`` is one of the verb's 'subject_heads' («ونشرت صحيفة …»)."""
    nxt = WORD.search(doc.text, pos, end)
    return nxt is not None and not doc.text[pos:nxt.start()].strip() and nxt.group() in rules.subject_heads[key]


def _person_right_before(doc: Doc, start: int, pos: int) -> bool:
    """A person of the lexicon (a name or a role) is named right before ``pos``, only spaces between."""
    return any(not doc.text[p.end:pos].strip() for p in doc.mentions_between(max(start, pos - 80), pos))


def _marker_missing(doc: Doc, rules: Rules, m, end: int, key: str, spec: dict) -> bool:
    """None of the verb's markers (or a colon) follows within its window, outside other quotations."""
    N = doc.text
    raw_window = N[m.end(): min(end, m.end() + 120)]
    own_quote = doc.quote_at(m.start())
    # «… في مؤتمر صحفي عبر الهاتف "لا نعرف شيئا عن ذلك"»: a marker inside another quotation is part of
    # the words quoted, not this verb's (عبر = via)
    window = [w.group() for w in WORD.finditer(N, m.end(), min(end, m.end() + 120))
              if not doc.quotes or doc.quote_at(w.start()) in (None, own_quote)]
    full_window = window
    if spec.get("marker_first"):
        # «… في كلمة عبر الفيديو، إنه يشعر بمسؤولية عن …»: a marker after another verb's
        # complementizer is not this one's («عبر» = via)
        for n, w in enumerate(WORD.finditer(N, m.end(), min(end, m.end() + 120))):
            if w.group() in rules.complementizers and w.group() not in rules.verb_markers[key] \
                    and not doc.in_quote(w.start()):
                window = window[:n]
                break
    if spec.get("quote_after_marker"):
        return not any(w.group() in rules.verb_markers[key] and N[skip_space(N, w.end()):][:1] in OPEN_QUOTES
                       for w in WORD.finditer(N, m.end(), min(end, m.end() + 120)) if not doc.in_quote(w.start()))
    bound = rules.complementizer_markers.get(key, frozenset())
    if spec.get("glued_b_marker") and _glued_b_follows(doc, rules, m.end(), min(end, m.end() + 120)):
        return False  # «وأمر بنشر …», «وأمر الجيش بالاستعداد»: ب glued to the first words after the verb
    return not any((marker in window and (marker not in bound or _then_complementizer(rules, full_window, marker)))
                   or (marker == ":" and ":" in raw_window[:80])
                   for marker in rules.verb_markers[key])


def _glued_b_follows(doc: Doc, rules: Rules, start: int, end: int) -> bool:
    """A word with a glued ب among the first GLUED_B_WORDS words after ``start``, not counting the words of a person
    named there or a title before him («أمر الرئيس يون سوك يول بتعزيز …»), nor a manner adverb (بحزم)."""
    names = [(p.start, p.end) for p in doc.mentions_between(start, end)]
    seen = 0
    for w in WORD.finditer(doc.text, start, end):
        if any(a <= w.start() < b for a, b in names) or (names and w.group() in rules.titles and w.end() <= names[0][0]):
            continue
        if w.group().startswith(rules.b_marker) and len(w.group()) >= 3 and w.group() not in rules.b_adverbs:
            return True
        seen += 1
        if seen >= GLUED_B_WORDS:
            return False
    return False


def _then_complementizer(rules: Rules, window: list[str], marker: str) -> bool:
    """``marker`` is followed by a complementizer, with no other speech word before it («…، مشيرا إلى أن …» is
    the participle's marker)."""
    for w, nxt in zip(window, window[1:]):
        if is_cue_word(rules, w):
            return False
        if w == marker and nxt in rules.complementizers:
            return True
    return False


def relative_then_resumptive(N: str, rules: Rules, start: int, cue_start: int, cue_end: int, end: int) -> bool:
    """A verb joined by و and followed by a resumptive pronoun (ولوّح فيها), after a relative clause of the
    same sentence («التهديدات التي أطلقها …»): the verb continues that clause."""
    following = WORD.findall(N, cue_end, min(end, cue_end + 12))[:1]
    if not following or following[0] not in rules.resumptive:
        return False
    window = N[max(start, cue_start - 120):cue_start]
    cut = max(window.rfind("."), window.rfind(":"))
    return any(w in rules.relative_pronouns for w in WORD.findall(window[cut + 1:]))


def resumptive_after(N: str, rules: Rules, pos: int, end: int):
    """The resumptive pronoun («فيها») that opens the words after a verb ending at ``pos``, past a pronoun of the person
    addressed ('resumptive_head.addressees': «تمنى له فيها الشفاء …»): its match, or None."""
    for w in WORD.finditer(N, pos, min(end, pos + 24)):
        if w.group() in rules.resumptive:
            return w
        if w.group() not in rules.resumptive_addressees:
            return None
    return None


def resumptive_antecedent(rules: Rules, word: str) -> bool:
    """A speech noun a resumptive may point back to, also with the ب of the verb that sends it («بعث برسالة …»)."""
    return word in rules.resumptive_antecedents or (
        word[:1] == rules.b_marker and word[1:] in rules.resumptive_antecedents)


def words_before_name(N: str, rules: Rules, start: int, pos: int) -> list[str]:
    """The words from ``start`` to the name at ``pos`` without the titles, definite words and up to three given names
    right before it, back to a preposition or a speech noun («رسالة من الرئيس الروسي فلاديمير بوتين» gives
    «… رسالة من», «كلمات الزعيم كيم» gives «… كلمات»)."""
    before = [w for w in WORD.findall(N, start, pos) if len(w) > 1]
    given = 0
    while before:
        w = before[-1]
        if w in rules.sender_prepositions or w in rules.object_prepositions or resumptive_antecedent(rules, w):
            break
        if w in rules.titles or w.startswith(rules.definite_article):
            before.pop()
        elif given < 3 and not rules.listed_word(w):
            before.pop()
            given += 1
        else:
            break
    return before


def marker_right_after(N: str, rules: Rules, form: str, pos: int, end: int) -> bool:
    """The participle's own marker is the next word («داعيا إلى …», «مطالبا بـ…» is no marker word)."""
    following = WORD.findall(N, pos, min(end, pos + 20))[:1]
    return bool(following) and following[0] in rules.participle_markers.get(form, ())


def opens_clause(N: str, start: int, pos: int) -> bool:
    """Only spaces after the start of the sentence or line, or after a comma, stand before ``pos``."""
    before = N[max(start, N.rfind("\n", 0, pos) + 1):pos].rstrip()
    return not before or before[-1] in ",:"


def needed_word_follows(N: str, rules: Rules, form: str, pos: int, end: int) -> bool:
    """One of the words 'cue_requires' lists for ``form`` follows within its window, in the same clause."""
    needed = rules.cue_requires[form]
    stops = ".:؛;" if form in rules.cue_requires_across_commas else ",.:؛;"
    for n, w in enumerate(WORD.finditer(N, pos, end)):
        if n >= rules.cue_requires_window or any(ch in N[pos:w.start()] for ch in stops):
            return False
        if w.group() in needed:
            return True
    return False


def in_reported_question(N: str, rules: Rules, start: int, cue_start: int) -> bool:
    """«ما إذا» / «عما إذا» at most six words before the verb, in the same clause (no comma, colon or quote
    between): the verb belongs to a question put to the speaker, not to a statement."""
    if not rules.reported_question_openers or N.find(rules.question_marker, max(start, cue_start - 60), cue_start) < 0:
        return False  # cheap test first: no «إذا» just before the verb
    window = N[max(start, cue_start - 60):cue_start]
    cut = max(window.rfind(ch) for ch in ',:"«»“”')
    window = window[cut + 1:]
    for opener in rules.reported_question_openers:
        at = window.rfind(opener)
        if at >= 0 and (at == 0 or not window[at - 1].isalnum()) \
                and len(WORD.findall(window, at + len(opener))) <= 6:
            return True
    return False


def in_question_about_report(doc: Doc, rules: Rules, start: int, cue_start: int, cue_end: int) -> bool:
    """The verb sits in a question about a report («ولدى سؤاله عن تقارير أفادت بأن …»): 'question_about'
    and a report noun at most eight words before it, in the same clause, and no person named right after
    the verb (that would be the answer: «… قال بيسكوف إن …»)."""
    N = doc.text
    window_start = max(start, cue_start - 90)
    if not rules.question_about_stem_re.search(N, window_start, cue_start):
        return False  # cheap test first
    m = None
    for m in rules.question_about_re.finditer(N, window_start, cue_start):
        pass
    if m is None:
        return False
    between = N[m.end():cue_start]
    if any(ch in between for ch in ',:"«»“”') or len(WORD.findall(between)) > 8:
        return False
    first = WORD.findall(between)[:1]
    if not first or first[0] not in rules.report_nouns:
        return False
    after = doc.mentions_between(cue_end, min(len(N), cue_end + 30))
    return not (after and not N[cue_end:after[0].start].strip())


def is_byline(N: str, pos: int, end: int) -> bool:
    """A colon right after the verb and at most three words to the end of the line."""
    colon = pos
    while colon < end and N[colon] == " ":
        colon += 1
    if colon >= end or N[colon] != ":":
        return False
    line_end = N.find("\n", colon)
    line_end = end if line_end < 0 else min(line_end, end)
    bar = N.find("|", colon, line_end)  # «كتبت: ريم حداد | السبت 13 حزيران»: a date after a bar
    if bar > 0:
        line_end = bar
    return 1 <= len(WORD.findall(N, colon + 1, line_end)) <= 3 and not N[colon + 1:line_end].strip().endswith((".", '"'))


def relative_ma(N: str, rules: Rules, start: int, cue_start: int) -> bool:
    """«وهو ما كتب عنه X …»: ما after وهو/وهي is «which», not a negation."""
    before = WORD.findall(N, max(start, cue_start - 16), cue_start)
    return len(before) >= 2 and before[-2] in rules.relative_ma_heads


def named_then_resumptive(doc: Doc, rules: Rules, pos: int, end: int, relative: str | None = None) -> bool:
    """«الصفقة التي قال كيربي إنها …», «المزاعم التي أكد بيسكوف أنها …»: the verb of a relative clause is
    followed by a person and a complementizer carrying the pronoun of the head noun; what that person
    said is a statement of his. With the ``relative`` pronoun known, a bare complementizer whose next word carries
    the head's pronoun counts too («الأزمة التي قال بيسكوف إن حلها …»: 'relative_pronoun_after_complementizer')."""
    N = doc.text
    people = doc.mentions_between(pos, min(end, pos + 80))
    if not people or N[pos:people[0].start].strip() \
            or people[0].kind not in ("name", "role", "not_actor", "surname"):
        # «الاتهامات التي قالت واشنطن إنها …»: an institution instead of a person
        at = pos
        while at < end and N[at] == " ":
            at += 1
        name_end = next((at + len(inst) for inst in rules.institutions if N.startswith(inst, at)
                         and (at + len(inst) >= len(N) or not N[at + len(inst)].isalnum())), None)
        if name_end is None:
            return False
        for t in WORD.finditer(N, name_end, min(end, name_end + 40)):
            if N[name_end:t.start()].strip() or not (t.group() in rules.modifiers or t.group().endswith(rules.nisba_suffixes)):
                break
            name_end = t.end()  # «وزارة الخارجية الأمريكية»
    else:
        last = people[0]
        for m in people[1:]:
            if N[last.end:m.start].strip(" ,"):
                break
            last = m
        name_end = last.end
    following = WORD.findall(N, name_end, min(end, name_end + 40))[:2]
    if following and following[0] in rules.resumptive_complementizers:
        return True
    suffixes = rules.relative_pronoun_suffixes.get(rules.relative_genders.get(relative, ""), ())
    return len(following) == 2 and following[0] in rules.bare_complementizers and not N[name_end:end].lstrip().startswith(",") \
        and any(following[1].endswith(x) and len(following[1]) > len(x) + 1 for x in suffixes)


def opens_words_of_a_cue(N: str, rules: Rules, start: int, cue_start: int) -> bool:
    """The pronoun complementizer right before the verb opens the words of a speech verb a few words before it, in
    the same clause («وأضاف الرئيس أنه اتفق …»), not a connective such as «غير أنه أشار، … إلى أن …»."""
    window = N[max(start, cue_start - 60):cue_start]
    window = window[max(window.rfind(","), window.rfind("."), window.rfind(":")) + 1:]
    return any(is_cue_word(rules, w) for w in WORD.findall(window)[-5:-1])


def words_open_in_clause(N: str, rules: Rules, key: str | None, pos: int, end: int) -> bool:
    """A complementizer, one of the verb's markers, a colon or a quotation after ``pos`` before the clause ends (a comma
    or a full stop): the verb has words of its own («… أنه قال بالفعل إنه …»)."""
    markers = rules.verb_markers.get(key, ())
    previous = ""
    for w in WORD.finditer(N, pos, end):
        between = N[pos:w.start()]
        if any(ch in between for ch in ",."):
            return False
        if ":" in between or (any(ch in between for ch in OPEN_QUOTES) and previous not in rules.object_prepositions):
            return True  # a quotation right after a preposition is its object («على "تعزيز الردع"»)
        if w.group() in rules.complementizers or w.group() in markers:
            return True
        pos, previous = w.end(), w.group()
    return ":" in N[pos:end] or (any(ch in N[pos:end] for ch in OPEN_QUOTES)
                                 and previous not in rules.object_prepositions)


def disagreeing_relative(rules: Rules, relative: str, form: str, following: list[str]) -> bool:
    """«… حكومة الوفاق التي قال إنها …»: a singular verb whose gender differs from the relative pronoun's
    ('relative_genders'), followed at once by a complementizer whose pronoun is the relative's head
    ('relative_complementizers': إنها after التي), cannot have that head as subject: the verb reports the sentence's
    speaker saying something of the head. Not «تصريحات شولتس التي قال فيها …», where the head is the document."""
    gender = rules.relative_genders.get(relative)
    key = rules.form_to_key.get(form)
    if gender is None or key is None or key == "participle" or is_plural(rules, form):
        return False
    if not following or (following[0] not in rules.relative_complementizers.get(gender, ())
                         and following[0] not in rules.relative_bare_complementizers):
        return False  # (a bare complementizer: «القوات، التي قال إن كثيرا من مقاتليها …»)
    return is_feminine(rules, form, key) != (gender == "f")


def outlet_only_after(N: str, rules: Rules, pos: int, end: int) -> bool:
    """The words from ``pos`` to the sentence end name an outlet (they open with one of 'outlet_heads') and
    open no words of their own: no complementizer, colon or quotation."""
    rest = WORD.findall(N, pos, end)
    return bool(rest) and rest[0] in rules.outlet_heads and not any(w in rules.complementizers for w in rest) \
        and ":" not in N[pos:end] and not any(ch in rules.quote_chars for ch in N[pos:end])


def says_right_after(N: str, rules: Rules, pos: int, end: int) -> bool:
    """A complementizer, colon or quotation within two words after a verb («الذي قال إن …», not «الذي تابع الإطلاق»)."""
    following = WORD.findall(N, pos, min(end, pos + 40))[:2]
    return any(w in rules.complementizers for w in following) or any(ch in N[pos:min(end, pos + 20)] for ch in ':«"“')


def document_then_resumptive(doc: Doc, rules: Rules, start: int, cue_start: int, cue_end: int, end: int) -> bool:
    """«وأوردت الوكالة كلمات كيم …، التي قال فيها: …»: a relative verb whose resumptive («فيها») points back to
    a speech noun ('resumptive_antecedents') that a person names: the noun right before him («كلمات كيم») or within
    six words after him («ألقى كيم خطابا …»); speaker_verb.resumptive_owner gives him the words. The relative
    pronoun follows a comma."""
    N = doc.text
    following = WORD.findall(N, cue_end, min(end, cue_end + 12))[:1]
    # only a relative clause set off by a comma: in «ووصف كيم خطاب ترامب والذي صرح فيه …، بأنه …» it sits in the
    # object of the describing verb
    relative = N.rfind(" ", start, cue_start - 1)
    if not following or following[0] not in rules.resumptive or not N[start:relative].rstrip().endswith(","):
        return False
    for m in doc.mentions_between(max(start, cue_start - 120), cue_start):
        if m.kind in ("name", "role", "not_actor", "surname") and any(
                resumptive_antecedent(rules, w)
                for w in WORD.findall(N, m.end, cue_start)[:6] + words_before_name(N, rules, max(start, m.start - 60), m.start)[-1:]):
            return True
    return False


def word_before_cue(N: str, cue_start: int):
    """The last word in the 12 characters before a cue (the relative pronoun of «… الذي قال»), or None."""
    last = None
    for m in WORD.finditer(N, max(0, cue_start - 12), cue_start):
        last = m
    return last


def relative_head(doc: Doc, cue_start: int):
    """The person named right before the relative pronoun that precedes a cue («… دميتري بيسكوف، الذي قال»), or None."""
    N = doc.text
    rel = word_before_cue(N, cue_start)
    if rel is None:
        return None
    before = doc.mentions_between(max(0, rel.start() - 80), rel.start())
    if not before or N[before[-1].end:rel.start()].strip(" ,") or before[-1].kind not in ("name", "role", "not_actor", "surname"):
        return None
    return before[-1]


def titled_head(doc: Doc, rules: Rules, cue_start: int) -> tuple[int, int] | None:
    """«… المستشار الألماني أولاف شولتس، الذي قال إن …»: a person the lexicon does not know, opened by a title or
    an office head ('titles', 'apposition_heads', 'honorific_heads') at most 'titled_head_words' words before the
    comma that precedes the relative pronoun before a cue: ``(start, end)`` of that person, or None. Nobody the
    lexicon knows may stand in it (relative_head handles those)."""
    N = doc.text
    rel = word_before_cue(N, cue_start)
    if rel is None:
        return None
    end = rel.start()
    while end > 0 and N[end - 1] == " ":
        end -= 1  # back over the spaces to the comma, without copying the text before it
    if N[end - 1:end] != ",":
        return None
    end -= 1
    toks = list(WORD.finditer(N, max(0, end - 80), end))[-rules.titled_head_words:]
    for i, t in enumerate(toks):
        w = t.group(0)
        if w in rules.titles or w in rules.apposition_heads or w in rules.honorific_heads:
            if "," in N[t.start():end] or doc.mentions_between(t.start(), end) or len(toks) - i < 2:
                return None
            return t.start(), end
    return None


def is_feminine(rules: Rules, form: str, key: str) -> bool:
    if form in rules.participle_after or form in rules.saying_by:
        # «مع تأكيده» (his) / «مع تأكيدها» (hers), «بقوله»: the possessive pronoun, not a final ه, gives the gender
        return any(form.endswith(p) for p, g in rules.pronoun_sources.items() if g == "f" and len(p) > 1)
    if key == "participle":
        return form.endswith(rules.feminine_participle_suffix)
    if form in rules.masculine_t:
        return False
    # «وصفتها»، «اعتبرته»، «دعتهم»: a feminine past form (itself a cue) carrying an object pronoun is hers too
    if any(form.endswith(suffix) and form[:-len(suffix)].endswith(rules.feminine_verb_suffix)
           and form[:-len(suffix)] in rules.form_to_key for suffix in rules.object_suffixes):
        return True
    # «تصف»، «تصر»، «ترد»: a present form of three letters with ت is hers as well
    return form.endswith(rules.feminine_verb_suffix) or (form.startswith(rules.feminine_verb_prefix) and len(form) >= 3)


def is_plural(rules: Rules, form: str) -> bool:
    return form.endswith(rules.plural_suffixes)
