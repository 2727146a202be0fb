"""The extractor's word lists and patterns, read once from ``stance/resources``.

Everything language-specific lives in the resource files: reporting verbs and
their markers (``speech.json``), speaker-resolution word lists
(``attribution.json``) and the order of the components (``extraction.json``).
This module normalizes them (:mod:`stance.normalize`) and compiles the few
regular expressions built from them, so components only look words up.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from stance.extract.doc import LineWraps, SpelledNames
from stance.normalize import normalize


def read_resource(name: str) -> dict:
    return json.loads(resources.files("stance.resources").joinpath(name).read_text("utf-8"))


def _norm_set(words) -> set[str]:
    return {normalize(w) for w in words}


def _longest_first(words) -> list[str]:
    return sorted({normalize(w) for w in words}, key=len, reverse=True)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in _longest_first(words))


def _self_attribution(spec: dict) -> tuple[dict[str, str], re.Pattern | None]:
    """speech.json 'self_attribution': the gender of each pronoun suffix, and the pattern of a head with one of them
    closing a sentence («…، على حد قوله.»)."""
    genders = {normalize(k): v for k, v in spec.get("suffixes", {}).items()}
    if not spec.get("heads") or not genders:
        return genders, None
    suffixes = "|".join(map(re.escape, sorted(genders, key=len, reverse=True)))
    return genders, re.compile(r",?\s*(?:" + _alternation(spec["heads"]) + r")(" + suffixes + r")(?!\w)[\s.!?؟]*$")


_HEAD_WORD = re.compile(r"\w+")


def _by_head(phrases: list[str]) -> dict[str, tuple[str, ...]]:
    """Phrases grouped by their first word, longest first within a group (the order of ``phrases``)."""
    heads: dict[str, list[str]] = {}
    for phrase in phrases:
        heads.setdefault(phrase.split()[0], []).append(phrase)
    return {head: tuple(group) for head, group in heads.items()}


def phrase_at(N: str, pos: int, by_head: dict[str, tuple[str, ...]], prefixes: tuple[str, ...] = ("",)) -> tuple[str, str] | None:
    """``(prefix, phrase)`` of the longest phrase of ``by_head`` that starts at ``pos`` as whole words (an
    optional one-letter prefix such as و glued to it), or None."""
    m = _HEAD_WORD.match(N, pos)
    if not m:
        return None
    word = m.group()
    for prefix in prefixes:
        if prefix and not word.startswith(prefix):
            continue
        for phrase in by_head.get(word[len(prefix):], ()):
            end = pos + len(prefix) + len(phrase)
            if N.startswith(phrase, pos + len(prefix)) and (end >= len(N) or not N[end].isalnum()):
                return prefix, phrase
    return None


class Rules:
    """Normalized word lists and compiled patterns for one set of resource files."""

    def __init__(self, speech: dict | None = None, attribution: dict | None = None, pipeline: dict | None = None):
        speech = speech if speech is not None else read_resource("speech.json")
        attribution = attribution if attribution is not None else read_resource("attribution.json")
        self.pipeline = pipeline if pipeline is not None else read_resource("extraction.json")
        self._read_verbs(speech)
        self._read_clause_words(speech)
        self._read_objects_and_relays(speech)
        self._read_reports(speech)
        self._read_page_layout(speech)
        self._read_pluperfect(speech)
        self._read_attribution(attribution)

    def _read_verbs(self, speech: dict) -> None:
        """Verbs of saying: their forms, markers and participles, what a form needs beside it, the morphology, and the
        pattern that finds a cue."""
        self.verbs: dict[str, dict] = speech["verbs"]
        self.verb_markers = {key: [normalize(m) for m in spec.get("markers", [])] for key, spec in self.verbs.items()}
        # markers that are the first word of the words said («وتساءل كيف …»), not a preposition before them
        self.kept_markers = {key: _norm_set(spec.get("kept_markers", [])) for key, spec in self.verbs.items()}
        # markers that open the words only with a complementizer right after them («ذهب الوزير إلى أن …», not
        # «ذهب الوزير إلى موسكو»)
        self.complementizer_markers = {key: frozenset(_norm_set(spec.get("complementizer_markers", [])))
                                       for key, spec in self.verbs.items()}
        # «ونشرت صحيفة …»: the words that must follow the verb at once for it to report speech
        self.subject_heads = {key: frozenset(_norm_set(spec["subject_heads"]))
                              for key, spec in self.verbs.items() if spec.get("subject_heads")}
        # «اعتذر الوزير عن الحضور»: words right after the marker that make the verb no speech
        self.declined_objects = {key: frozenset(_norm_set(spec["declined_objects"]))
                                 for key, spec in self.verbs.items() if spec.get("declined_objects")}
        self.verb_object_markers = {key: frozenset(normalize(m) for m in spec["object_markers"])
                                    for key, spec in self.verbs.items() if spec.get("object_markers")}
        self.form_to_key: dict[str, str] = {}
        for key, spec in self.verbs.items():
            for form in spec["forms"]:
                self.form_to_key.setdefault(normalize(form), key)
        self._add_dual_forms(speech)
        self.all_markers = {m for markers in self.verb_markers.values() for m in markers if m}
        self.quote_lead_ins = _norm_set(speech.get("quote_lead_ins", []))
        self.clause_openers = _norm_set(speech.get("clause_openers", []))
        self.participles = _norm_set(speech["participles"])
        self.participle_markers = {normalize(form): [normalize(m) for m in markers]
                                   for form, markers in speech.get("participle_markers", {}).items()}
        self.participle_objects = _norm_set(speech.get("participle_objects", []))
        self.comma_participles = _norm_set(speech.get("comma_participles", {}).get("forms", []))
        requires = speech.get("cue_requires", {})
        self.cue_requires = {normalize(form): frozenset(_norm_set(needed))
                             for form, needed in requires.get("forms", {}).items()}
        self.cue_requires_window = int(requires.get("window", 10))
        self.cue_requires_across_commas = _norm_set(requires.get("across_commas", []))
        self.cue_excludes = {normalize(form): _norm_set(next_words)
                             for form, next_words in speech.get("cue_excludes", {}).get("forms", {}).items()}
        self.clause_initial_forms = _norm_set(speech.get("clause_initial_forms", {}).get("forms", []))
        self.time_clause_forms = _norm_set(speech.get("time_clause_forms", {}).get("forms", []))
        self.office_name_words = int(speech.get("office_then_name", {}).get("name_words", 3))
        self.coordinated_noun_min_words = int(speech.get("coordinated_noun", {}).get("min_words", 3))
        self.coordinated_noun_openers = _norm_set(speech.get("coordinated_noun", {}).get("openers", []))
        self.coordinated_phrase_openers = [normalize(o).split()
                                           for o in speech.get("coordinated_noun", {}).get("phrase_openers", [])]
        morph = speech["morphology"]
        self.conjunctions = [normalize(c) for c in morph["conjunctions"]]
        hamza_only = speech.get("hamza_only_forms", {})
        self.hamza_only_forms = frozenset(_norm_set(hamza_only.get("forms", [])))
        self.hamza_letters = tuple(hamza_only.get("letters", ""))
        # kept apart: as a word, «هنا» is «here» everywhere else
        self.hamza_form_keys = {f: self.form_to_key.pop(f) for f in self.hamza_only_forms if f in self.form_to_key}
        self.hamza_only_words = frozenset(self.hamza_only_forms | {c + f for f in self.hamza_only_forms
                                                                  for c in self.conjunctions})
        forms = sorted(set(self.form_to_key) | self.participles, key=len, reverse=True)
        self.cue_forms = frozenset(forms)  # components/cues.py looks words up here (same matches as cue_re)
        # forms of verbs that speak only as a clause of their own («وتحدث …»): bare, they are no speech word
        self.joined_only_forms = frozenset(normalize(f) for spec in self.verbs.values() if spec.get("joined_only")
                                           for f in spec["forms"])
        self.conjunction_set = frozenset(self.conjunctions)
        # an optional conjunction (و، ف) glued before the word a pattern looks for
        conj = self._conj = r"(?:" + "|".join(map(re.escape, self.conjunctions)) + r")?"
        self.cue_re = re.compile(r"(?<!\w)" + conj + r"("
                                 + "|".join(map(re.escape, forms)) + r")(?!\w)")
        self.masculine_t = _norm_set(speech.get("masculine_t_forms", []))
        self.feminine_verb_suffix = normalize(morph["feminine_verb_suffix"])
        self.feminine_verb_prefix = normalize(morph["feminine_verb_prefix"])
        self.feminine_participle_suffix = normalize(morph["feminine_participle_suffix"])
        self.plural_suffixes = tuple(normalize(s) for s in morph["plural_suffixes"])
        self.nisba_suffixes = tuple(normalize(s) for s in morph["nisba_suffixes"])
        self.purpose_prefix = normalize(morph["purpose_prefix"])
        self.glued_preposition = normalize(morph["glued_preposition"])
        self.coordinator = normalize(morph["coordinator"])
        self.noun_prefixes = frozenset(normalize(p) for p in morph["noun_prefixes"])
        self.imperfect_prefixes = tuple(normalize(p) for p in morph.get("imperfect_prefixes", []))
        self.oblique_plural_suffix = normalize(morph.get("oblique_plural_suffix", "")) or None
        self.oblique_plural_min_stem = int(morph.get("oblique_plural_min_stem", 6))
        self.place_object_families = set(speech.get("place_object_families", []))
        self.object_openers = [normalize(w) for w in speech.get("object_openers", [])]

    def _add_dual_forms(self, speech: dict) -> None:
        """«يون ونظيره يتعهدان بـ …», «وزيرا الخارجية يؤكدان ضرورة …»: the present dual of a verb (its present form
        and morphology 'dual_suffix') is the same verb with two subjects; past forms that open with the feminine
        prefix (masculine_t_forms: تعهد، تابع, and their feminine تعهدت) and plural forms get none. Two persons
        speak with it, not two institutions or places («موسكو وبيونغ يانغ ترفضان …» stays a title about them; see
        components/speaker_verb.py)."""
        self.dual_forms: frozenset[str] = frozenset()
        morph = speech["morphology"]
        suffix = normalize(morph.get("dual_suffix", ""))
        if not suffix:
            return
        prefixes = tuple(normalize(p) for p in morph.get("imperfect_prefixes", []))
        past_t = _norm_set(speech.get("masculine_t_forms", []))
        plural = tuple(normalize(s) for s in morph["plural_suffixes"])
        dual = set()
        for form, key in list(self.form_to_key.items()):
            if form.startswith(prefixes) and form not in past_t and form[:-1] not in past_t and not form.endswith(plural) \
                    and not form.endswith(suffix):
                self.form_to_key.setdefault(form + suffix, key)
                dual.add(form + suffix)
        self.dual_forms = frozenset(dual)

    def _read_clause_words(self, speech: dict) -> None:
        """Words around the speaker and the opening of his words: complementizers, adjuncts, groups and institutions,
        titles, adverbials and time phrases."""
        conj = self._conj
        morph = speech["morphology"]
        self.complementizers = _norm_set(speech["complementizers"])
        self.attributive_sayings = _norm_set(speech.get("attributive_sayings", []))
        self.pronoun_complementizers = _norm_set(speech.get("pronoun_complementizers", []))
        self.bare_complementizers = _norm_set(speech.get("bare_complementizers", []))
        # «إنها»، «أنه»، «بأنها»: a complementizer with the pronoun of a head noun (relative clauses)
        self.resumptive_complementizers = (self.complementizers - self.bare_complementizers) | _norm_set(
            speech["verbs"]["say"].get("markers", []))
        self.temporal_before_complementizer = _norm_set(speech.get("temporal_before_complementizer", []))
        self.manner_before_complementizer = _norm_set(speech.get("manner_before_complementizer", {}).get("words", []))
        self.title_epithets = _norm_set(speech.get("title_epithets", {}).get("words", []))
        self.adjuncts = _norm_set(speech["adjunct_starts"])
        self.opening_adverbial_heads = _norm_set(speech.get("opening_adverbial_heads", {}).get("words", []))
        self.comma_words = speech.get("comma_opening_words", 3)
        self.after_quote = _longest_first(speech["attribution_after_quote"])
        self.quote_back_words = _norm_set(speech.get("quote_back_words", []))
        self.sentence_back_references = _norm_set(speech.get("sentence_back_references", []))
        self.back_reference_families = set(speech.get("back_reference_families", []))
        b_marker = normalize(speech["b_marker"])
        self.back_reference_stems = tuple({w[1:] if w.startswith(b_marker) else w for w in self.sentence_back_references})
        self.group_subjects = _norm_set(speech.get("group_subjects", []))
        self.group_heads = _norm_set(speech.get("group_heads", []))
        self.institutions = _longest_first([*speech.get("institutions", []), *speech.get("group_subjects", []),
                                            *speech.get("group_heads", [])])
        self.institution_last_words = frozenset(i.split()[-1] for i in self.institutions)
        self.institutions_by_head = _by_head(self.institutions)
        self.role_negators = _norm_set(speech.get("role_negators", []))
        former = speech.get("former_titles", {})
        self.former_titles = {**{normalize(w): "after_term" for w in former.get("after_term", [])},
                              **{normalize(w): "in_term" for w in former.get("in_term", [])}}
        self.anonymity_phrases = tuple(normalize(p) for p in speech.get("anonymity_phrases", []))
        self.skip_after_speaker = _norm_set(speech.get("skip_after_speaker", []))
        self.leading_adverbial_words = int(speech.get("leading_adverbial", {}).get("max_words", 24))
        self.named_adverbial_commas = int(speech.get("leading_adverbial", {}).get("named_commas", 2))
        self.quote_adverbial_words = int(speech.get("leading_adverbial", {}).get("quote_words", 12))
        chunks = speech.get("adverbial_chunks", {})
        self.chunk_words = int(chunks.get("chunk_words", 12))
        self.chunk_total_words = int(chunks.get("total_words", 24))
        self.question_noun_within = int(chunks.get("question_noun_within", 0))
        self.question_chunk_words = int(chunks.get("question_chunk_words", self.chunk_words))
        self.question_total_words = int(chunks.get("question_total_words", self.chunk_total_words))
        office_relative = speech.get("office_relative", {})
        self.office_relative_before = int(office_relative.get("before", 0))
        self.office_relative_clause = int(office_relative.get("clause", 0))
        self.office_relative_after = int(office_relative.get("after", 0))
        self.foreign_office_heads = _norm_set(speech.get("foreign_office_heads", {}).get("words", []))
        meeting = speech.get("meeting_verbs", {})
        self.meeting_verbs = frozenset(_norm_set(meeting.get("forms", [])))
        self.meeting_hamza_forms = frozenset(_norm_set(f for f in meeting.get("forms", [])
                                                       if any(ch in f for ch in self.hamza_letters)))
        honorifics = speech.get("honorific_heads", {})
        self.honorific_heads = _norm_set(honorifics.get("words", []))
        self.titled_region_words = int(honorifics.get("region_words", 5))
        topics = speech.get("topic_openers", {}).get("words", [])
        self.topic_opener_re = re.compile(r"\s*" + conj + r"(?:"
                                          + _alternation(topics) + r")(?!\w)") if topics else None
        spelled = [normalize(n) for n in speech.get("spelled_names", {}).get("names", [])]
        self.spelled_names = SpelledNames(_longest_first(spelled)) if spelled else None
        wraps = speech.get("line_wraps", {})
        self.line_wraps = LineWraps(frozenset(_norm_set(wraps["end_words"])), frozenset(morph["conjunctions"]),
                                    self.cue_forms,
                                    int(wraps.get("quote_lines", 6)), int(wraps.get("tail_words", 2)),
                                    int(wraps.get("tail_min_words", 4)), int(wraps.get("signature", 2)),
                                    frozenset(_norm_set(wraps.get("start_words", [])))) \
            if wraps.get("end_words") else None
        time_phrases = speech.get("time_phrases_after_speaker", {}).get("phrases", [])
        self.time_phrase_re = re.compile(r"\s*(?:" + _alternation(time_phrases) + r")(?!\w)") if time_phrases else None
        self.non_speech_before = _norm_set(speech.get("non_speech_before", []))
        self.source_before = _norm_set(speech.get("source_before", []))
        self.described_in_words = _norm_set(speech.get("described_in_words", []))
        resumers = sorted((normalize(w) for w in speech.get("outer_resumers", {}).get("words", [])), key=len, reverse=True)
        self.outer_resumers_re = re.compile(r"[,،]\s*(?:%s)\s+" % "|".join(map(re.escape, resumers))) if resumers else None

    def _read_objects_and_relays(self, speech: dict) -> None:
        """Negated speech, reported questions, relative clauses, descriptions, verbal nouns, relays, the letters
        and messages that hold words («فيها»), objects of verbs and quotation marks."""
        negated = speech.get("negated_speech", {})
        self.negation_particles = _norm_set(negated.get("particles", []))
        self.negated_speech_forms = _norm_set(negated.get("forms", []))
        self.reported_question_openers = [normalize(w) for w in speech.get("reported_question_openers", [])]
        self.question_marker = normalize(speech["question_marker"])
        self.relative_ma_heads = _norm_set(speech.get("relative_ma_heads", []))
        self.region_prepositions = _norm_set(speech.get("region_prepositions", []))
        self.object_prepositions = self.region_prepositions | _norm_set(speech.get("object_prepositions", []))
        self.relative_ma = normalize(speech["relative_ma"])
        self.relative_pronouns = _norm_set(speech.get("relative_pronouns", []))
        self.titled_head_words = speech.get("titled_head_words", 6)
        self.relative_genders = {normalize(w): g for w, g in speech.get("relative_genders", {}).items()}
        self.relative_pronoun_suffixes = {g: tuple(normalize(x) for x in v) for g, v in
                                          speech.get("relative_pronoun_after_complementizer", {}).items() if g != "_doc"}
        self.relative_complementizers = {g: _norm_set(ws) for g, ws in speech.get("relative_complementizers", {}).items()}
        self.relative_bare_complementizers = _norm_set(speech.get("relative_bare_complementizers", {}).get("words", []))
        self.relative_pronoun_cores = tuple(w for w in self.relative_pronouns
                                            if not any(o != w and o in w for o in self.relative_pronouns))
        self.description_markers = _norm_set(speech.get("description_markers", []))
        description_objects = speech.get("description_objects", {})
        self.description_participles = _norm_set(description_objects.get("participles", []))
        self.description_object_words = _norm_set(description_objects.get("words", []))
        self.commentary_adjuncts = _norm_set(speech.get("commentary_adjuncts", []))
        self.speech_nouns = _norm_set(speech.get("speech_nouns", []))
        remarked = speech.get("remarked_on", {})
        self.remark_nouns = _norm_set(remarked.get("nouns", []))
        self.remark_prefixes = tuple(normalize(p) for p in remarked.get("prefixes", []))
        acts = speech.get("verbal_noun_acts", {})
        self.verbal_noun_acts = {normalize(k): [normalize(m) for m in v] for k, v in acts.get("nouns", {}).items()}
        self.verbal_noun_after = _norm_set(acts.get("after", []))
        self.clause_breaks = [normalize(w) for w in speech.get("clause_breaks", [])]
        self.modifiers = _norm_set(speech.get("nominal_modifiers", []))
        self.report_after = [normalize(w) for w in speech.get("report_after_quote", [])]
        self.relay_words = _norm_set(speech.get("relay_words", []))
        self.relay_preposition = normalize(speech["relay_preposition"])
        self.relay_phrases = [tuple(normalize(p).split()) for p in speech.get("relay_phrases", [])]
        self.relay_pronouns = {normalize(w): g for w, g in speech.get("relay_pronouns", {}).items()}
        self.titles = _norm_set(speech.get("titles", []))
        self.b_adverbs = _norm_set(speech.get("b_adverbs", []))
        self.b_marker = normalize(speech["b_marker"])
        self.apposition_heads = _norm_set(speech.get("apposition_heads", []))
        self.fillers = _norm_set(speech["fillers"])
        self.fa_inna = _norm_set(speech["fa_inna"])
        self.resumptive = _norm_set(speech["resumptive_pronouns"])
        self.verb_pronoun_objects = _norm_set(speech.get("verb_pronoun_objects", {}).get("words", []))
        self.resumptive_head = normalize(speech["resumptive_head"]["head"])  # the preposition of «فيها»
        self.sender_words = int(speech.get("resumptive_head", {}).get("sender_words", 5))
        self.resumptive_antecedents = _norm_set(speech.get("resumptive_antecedents", []))
        self.resumptive_addressees = _norm_set(speech.get("resumptive_head", {}).get("addressees", []))
        self.sender_prepositions = _norm_set(speech.get("resumptive_head", {}).get("sender_prepositions", []))
        self.sender_heads = _norm_set(speech.get("resumptive_head", {}).get("sender_heads", []))
        self.office_words = _norm_set(speech.get("office_words", []))
        self.addressee_prefixes = _norm_set(speech.get("addressee_prefixes", []))
        self.verb_particles = _norm_set(speech.get("verb_particles", []))
        self.b_right_after_verb = set(speech.get("b_right_after_verb", ["praise"]))
        self.framing_after_quote = _norm_set(speech.get("framing_after_quote", []))
        framing = speech.get("framing_after_words", {})
        frame_openers = framing.get("openers", []) + [f"{head} {word}" for head, following in framing.get("after", {}).items()
                                                      for word in following]
        # «…، وذلك في خطاب متلفز»: a comma, a framing word and an opener close indirect words
        self.framing_after_words_re = re.compile(
            r",\s*(?:" + _alternation(sorted(self.framing_after_quote)) + r")\s+(?:"
            + _alternation([normalize(o) for o in frame_openers]) + r")(?!\w)") \
            if frame_openers and self.framing_after_quote else None
        self.opinion_pronoun_complementizers = _norm_set(speech.get("opinion_pronoun_complementizers", []))
        self.opinion_subject_words = int(speech.get("opinion_subject_words", {}).get("max_words", 0))
        stops = [normalize(w) for w in speech.get("unclosed_quote_stops", [])]
        self.unclosed_quote_stop_re = re.compile(
            r"\s*[,.]\s+(?:" + "|".join(re.escape(w) for w in sorted(stops, key=len, reverse=True)) + r")(?!\w)"
        ) if stops else None
        self.quote_chars = frozenset(speech.get("quote_chars", "\"«»“”„"))
        self.spokesman_modifiers = _norm_set(speech.get("spokesman_modifiers", []))
        self.spokesman_nationalities = {actor: frozenset(_norm_set(nisbas))
                                        for actor, nisbas in speech.get("spokesman_nationalities", {}).items()}
        self.question_nouns = _norm_set(speech.get("question_nouns", []))
        self.object_suffixes = tuple(speech["object_pronoun_suffixes"])
        heads = speech.get("object_heads", {})
        self.object_heads = _norm_set(heads.get("words", []))
        self.bound_feminine = tuple(normalize(x) for x in heads.get("bound_feminine", ("", "")))
        self.adverb_ending = normalize(heads.get("adverb_ending", "")) or None
        self.object_words = set(speech["object_words"])
        self.definite_article = speech["definite_article"]
        self.self_attribution_genders, self.self_attribution_re = _self_attribution(speech.get("self_attribution", {}))

    def _read_reports(self, speech: dict) -> None:
        """Sources after the words, documents and statements as reports, attribution-first openers and nominal reports."""
        conj = self._conj
        trailing = _longest_first(speech.get("trailing_sources", []))
        self.trailing_source_re = re.compile(
            r",\s*" + conj + r"(?:"
            + "|".join(re.escape(o) + (r"\s*" if not o.endswith(self.glued_preposition) else "") for o in trailing) + r")") if trailing else None
        document = speech.get("document_report", {})
        self.document_region_words = int(document.get("region_words", 14))
        self.document_report_re = re.compile(
            r"\s*" + conj + r"(?:" + _alternation(document["openers"])
            + r")\s+(" + _alternation(document["nouns"]) + r")(?!\w)") if document.get("openers") else None
        same = document.get("same", {})
        self.same_document_re = re.compile(
            r"\s*" + conj + r"(?:" + _alternation(document["openers"]) + r")\s+(?:(?:" + _alternation(same["before"])
            + r")\s+(?:" + _alternation(same["nouns"]) + r")|(?:" + _alternation(same["nouns"]) + r")\s+(?:"
            + _alternation(same["after"]) + r"))(?!\w)") if same.get("nouns") and document.get("openers") else None
        issued = document.get("issued", {})
        self.issued_nouns = _norm_set(issued.get("nouns", []))
        self.issuer_words = int(issued.get("issuer_words", 0))
        self.issued_document_re = re.compile(
            r"(?<!\w)" + conj + r"(?:" + _alternation(issued["openers"]) + r")(?!\w)") if issued.get("openers") else None
        openers = _longest_first(speech.get("attribution_first", []))
        self.attribution_first_re = re.compile(
            r"\s*" + conj + r"(?:"
            + "|".join(re.escape(o) + (r"(?!\w)\s*" if not o.endswith(self.glued_preposition) else "") for o in openers) + r")")
        self.subject_continuers = _norm_set(speech.get("subject_continuers", []))
        self.pronoun_connectives = _norm_set(speech.get("pronoun_connectives", []))
        self.pronoun_subjects = _norm_set(speech.get("pronoun_subjects", []))  # «، هو جون كيربي،»
        self.nominal_report_openers = _norm_set(speech.get("nominal_report_openers", []))
        self.speech_noun_re = re.compile(_alternation(self.speech_nouns))  # a fast test before the word-by-word one
        self.participle_after = {normalize(form): _norm_set(before)
                                 for form, before in speech.get("participle_after", {}).items()}

    def _read_page_layout(self, speech: dict) -> None:
        """Headlines, lists, signatures, questions asked about someone, places, page furniture and interviews."""
        self.discourse_openers = _longest_first(speech.get("discourse_openers", []))
        # a prefix normalization deletes (# of a hashtag) is gone from the text too
        self.headline_prefixes = [p for p in _longest_first(speech.get("headline_prefixes", [])) if p]
        self.headline_prefix_starts = frozenset(p[0] for p in self.headline_prefixes)
        self.headline_separators = [normalize(w) for w in speech.get("headline_separators", [])]
        self.list_bullets = [normalize(w) for w in speech.get("list_bullets", [])]
        leads = speech.get("participle_leads", {})
        self.participle_lead_openers = _norm_set(leads.get("openers", []))
        self.participle_lead_nouns = _norm_set(leads.get("nouns", []))
        self.participle_lead_title_words = int(leads.get("title_words", 0))
        self.participle_lead_tail_words = int(leads.get("tail_words", 0))
        self.dative_definite = normalize(leads.get("dative_definite", "")) or None
        signatures = speech.get("quote_signatures", {})
        self.signature_marks = [normalize(w) for w in signatures.get("marks", [])]
        self.signature_apposition_words = int(signatures.get("apposition_words", 0))
        self.list_intros = _norm_set(speech.get("list_intros", []))
        self.link_labels = _norm_set(speech.get("link_labels", []))
        delivered = speech.get("delivered_back_references", {})
        self.delivered_verbs = _norm_set(delivered.get("verbs", []))
        self.delivered_objects = [normalize(o) for o in delivered.get("objects", [])]
        self.delivered_re = re.compile("|".join(map(re.escape, sorted(self.delivered_verbs)))) if self.delivered_verbs else None
        question_about = speech.get("question_about", {})
        # «وسئل عن …», «فسئل عن …»: a conjunction may be glued to the opener
        self.question_about_re = re.compile(r"(?<!\w)" + self._conj + r"(?:"
                                            + _alternation(question_about["openers"]) + r")(?!\w)") \
            if question_about.get("openers") else None
        # «سأل الصحفيون كيربي عن …»: the person asked stands between the asking verb and the topic's preposition
        self.asked_topic_re = re.compile(r"(?<!\w)" + self._conj + r"(?:"
                                         + _alternation(question_about["asker_verbs"]) + r")(?!\w)[^,.:\n]{0,80}?(?<!\w)(?:"
                                         + _alternation(question_about["topic_markers"]) + r")(?!\w)") \
            if question_about.get("asker_verbs") and question_about.get("topic_markers") else None
        self.report_nouns = _norm_set(question_about.get("report_nouns", []))
        stems = sorted({normalize(o).split()[0][:3] for o in question_about.get("openers", [])})
        self.question_about_stem_re = re.compile("|".join(map(re.escape, stems)) if stems else r"(?!)")
        self.link_label_starts = frozenset(w[0] for w in self.link_labels)
        self.list_stops = _norm_set(speech.get("list_stops", []))
        self.byline_verbs = _norm_set(speech.get("byline_verbs", []))
        self.anaphoric_objects = _norm_set(speech.get("anaphoric_objects", []))
        self.feminine_places = _longest_first(speech.get("feminine_places", []))
        self.feminine_place_words = {p for p in self.feminine_places if " " not in p}  # «بكين» is no ب + كين
        self.feminine_place_heads = {p.split()[0] for p in self.feminine_places if " " in p}  # «بيونغ» of «بيونغ يانغ»
        self.places_by_head = _by_head(self.feminine_places)
        feminine_subject = speech.get("feminine_subject_complementizers", {})
        self.feminine_subject_complementizers = _norm_set(feminine_subject.get("words", []))
        self.feminine_subject_families = set(feminine_subject.get("families", []))
        self.relay_prepositions = {key: normalize(spec["relay_preposition"]) for key, spec in speech["verbs"].items()
                                   if spec.get("relay_preposition")}
        self.headline_topic_word = normalize(speech["headline_topic_word"])
        self.headline_place_word = normalize(speech.get("headline_place_word", "")) or None
        self.saying_by = _norm_set(speech.get("saying_by", {}).get("forms", []))
        self.outlet_name_words = int(speech.get("outlet_before_comma", {}).get("words", 0))
        condition = speech.get("condition_before_quote", {})
        self.condition_openers = _norm_set(condition.get("openers", []))
        self.condition_words = int(condition.get("words", 0))
        occasion = speech.get("headline_occasion", {})
        self.headline_occasion_words = _norm_set(occasion.get("words", []))
        self.headline_occasion_max = int(occasion.get("max_words", 0))
        self.headline_kunya = _norm_set(speech.get("headline_kunya", {}).get("words", []))
        self.headline_place_words_max = int(speech.get("headline_place_words_max", 0))
        self.clipped_fragment_letters = int(speech.get("clipped_fragment", {}).get("letters", 2))
        subheading = speech.get("subheading", {})
        self.subheading_words = int(subheading.get("words", 6))
        self.subheading_closers = frozenset(subheading.get("closers", ".!?:"))
        furniture = speech.get("page_furniture", {})
        self.furniture_lines = int(furniture.get("lines", 4))
        self.furniture_chars = int(furniture.get("chars", 200))
        self.furniture_words = int(furniture.get("words", 4))
        interview = speech.get("interview", {})
        self.interview_nouns = _norm_set(interview.get("nouns", []))
        self.question_markers = _longest_first(interview.get("question_markers", []))
        self.answer_markers = _longest_first(interview.get("answer_markers", []))
        self.answer_marker_starts = frozenset(m[0] for m in self.answer_markers)
        self.address_words = _norm_set(interview.get("address_words", []))
        self.interview_window = int(interview.get("window", 1200))
        self.reporter_labels = _norm_set(interview.get("reporter_labels", []))
        self.to_outlet = normalize(interview["to_outlet"])
        self.trailing_connector_re = re.compile(
            r"(?:^|\s|,)(" + "|".join(re.escape(normalize(w)) for w in speech["trailing_connectors"]) + r")$")

    def _read_pluperfect(self, speech: dict) -> None:
        """The pluperfect «وكان X قد قال», spokesman heads and «باسم»."""
        conj = self._conj
        pluperfect = speech["pluperfect"]
        self.pluperfect_particle = normalize(pluperfect["particle"])
        self.pluperfect_auxiliaries = [normalize(a) for a in pluperfect["auxiliaries"]]
        self.auxiliary_before_re = re.compile(r"(?<!\w)" + conj + r"(?:"
                                              + _alternation(pluperfect["auxiliaries"]) + r")(?!\w)")
        self.pluperfect_re = re.compile(
            r"(?<!\w)" + conj + r"(?:" + _alternation(pluperfect["auxiliaries"])
            + r")\s+(.+?)\s+" + re.escape(normalize(pluperfect["particle"])) + r"\s+")
        # «وكان X قال …» without قد: the subject sits between the auxiliary and the verb.
        self.auxiliary_subject_re = re.compile(
            r"(?<!\w)" + conj + r"(?:" + _alternation(pluperfect["auxiliaries"])
            + r")\s+([^\s.،,:][^.:]*?)\s+$")
        self.spokesman_head_re = re.compile(r"(?<!\w)(?:" + _alternation(speech["spokesman_heads"]) + r")(?!\w)")
        self.on_behalf_of = normalize(speech["on_behalf_of"])
        self.on_behalf_re = re.compile(r"\s*(?:\w+\s+){0,2}" + re.escape(self.on_behalf_of))

    def _read_attribution(self, attribution: dict) -> None:
        """Speaker resolution (attribution.json): outlets, pronoun sources, relations, back references, joint
        speakers and outlet titles."""
        conj = self._conj
        self.outlet_heads = _norm_set(attribution["outlet_heads"])
        self.outlet_head_re = re.compile(r"(?<!\w)(?:" + _alternation(self.outlet_heads) + r")(?!\w)")
        self.outlet_tail_words = _norm_set(attribution.get("outlet_tail_words", []))
        self.relaying_offices = _norm_set(attribution.get("relaying_offices", []))
        self.relaying_office_re = re.compile(r"(?<!\w)(?:" + _alternation(self.relaying_offices) + r")(?!\w)") \
            if self.relaying_offices else None
        self.outlet_prefixes = tuple(normalize(p) for p in attribution.get("outlet_prefixes", []))
        self.pronoun_sources = {normalize(w): g for w, g in attribution.get("pronoun_sources", {}).items()}
        self.possessor_heads = _norm_set(attribution["possessor_heads"])
        self.feminine_relations = _norm_set(attribution["feminine_relations"])
        self.gender_slip_actors = frozenset(attribution.get("gender_slip_actors", []))
        self.back_references = {normalize(phrase): actor for actor, phrases in attribution["back_references"].items()
                                for phrase in phrases}
        self.back_reference_re = re.compile(
            r"(?<!\w)" + conj + r"("
            + _alternation(self.back_references) + r")(?!\w)") if self.back_references else None
        self.joint_words = _norm_set(attribution.get("joint_speakers", []))
        self.counterpart_words = _norm_set(attribution.get("counterparts", []))
        # bare title -> (a role surface of the office, outlet names whose presence makes the title that office)
        prefix = "[" + "".join(self.outlet_prefixes) + "]?" if self.outlet_prefixes else ""
        self.outlet_titles = {  # «لوكالة …»: an outlet name may carry a one-letter prefix
            normalize(item["title"]): (normalize(item["role"]), re.compile(
                r"(?<!\w)" + prefix + "(?:" + _alternation([normalize(o) for o in item["outlets"]]) + r")(?!\w)"))
            for item in attribution.get("outlet_titles", [])}
        # every outlet name of 'outlet_titles' («كيه سي إن إيه»): a word inside one is never a complementizer
        outlet_names = {normalize(o) for item in attribution.get("outlet_titles", []) for o in item["outlets"]}
        self.outlet_name_re = re.compile(r"(?<!\w)(?:" + _alternation(sorted(outlet_names)) + r")(?!\w)") \
            if outlet_names else None


    def imperfect_form(self, form: str) -> bool:
        """A present (imperfect) verb form (يرحب، ترحب، تؤكد), not a past one that opens with ت (تابع، تعهد)."""
        return form[:1] in self.imperfect_prefixes and form not in self.masculine_t

    def listed_word(self, word: str) -> bool:
        """An adverbial opener, time word, filler or speech verb of the lists: never an unknown person's name."""
        return word in self.adjuncts or word in self.skip_after_speaker or word in self.fillers or word in self.cue_forms

    def bare_or_glued(self, word: str, listed) -> bool:
        """``word`` is in ``listed``, bare or with a conjunction (و، ف) glued before it («قال», «وقال»)."""
        return word in listed or (word[:1] in self.conjunction_set and word[1:] in listed)

    def is_clause_opener(self, word: str) -> bool:
        """One of 'clause_openers' (حيث، ثم، كما …), bare or with a conjunction glued before it (وحيث)."""
        return word in self.clause_openers or word[1:] in self.clause_openers


@lru_cache(maxsize=1)
def default_rules() -> Rules:
    return Rules()
