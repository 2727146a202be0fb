"""Each extraction component on its own, on short invented sentences."""

from datetime import date

import pytest

from stance.extract import Doc, Extractor
from stance.extract.components import Parts, Sentence
from stance.extract.components.attribution_first import AttributionFirst
from stance.extract.components.continuation import Continuation
from stance.extract.components.cues import find_cues
from stance.extract.components.headline import Headline
from stance.extract.components.relayed import Relayed
from stance.extract.components.speaker_verb import SpeakerVerb
from stance.extract.components.standalone_quote import StandaloneQuote
from stance.extract.doc import Speaker, State
from stance.extract.rules import Rules, default_rules
from stance.extract.speakers import SpeakerResolver
from stance.lexicon import default_lexicon


@pytest.fixture(scope="module")
def parts():
    lexicon, rules = default_lexicon(), default_rules()
    return Parts(lexicon, rules, SpeakerResolver(lexicon, rules))


def read(text, day=None):
    return Doc.read(text, default_lexicon(), day)


def sentence_of(doc, parts):
    return Sentence(0, len(doc.text), find_cues(doc, parts.rules, 0, len(doc.text)))


def span(doc, found):
    start, end = doc.nt.span_to_original(found[0], found[1])
    return doc.nt.original[start:end]


def test_cues_mark_gender_and_skip_negated_verbs(parts):
    doc = read("وقالت الوزيرة إن الاجتماع انتهى، لكنه لم يوضح السبب، وأضافوا أن الموعد تأجل")
    cues = find_cues(doc, parts.rules, 0, len(doc.text))
    assert [(c.key, c.feminine, c.plural) for c in cues] == [("say", True, False), ("add", False, True)]


def test_headline_takes_the_name_before_the_colon(parts):
    doc = read("بيسكوف: لا نرى ما يدعو إلى القلق")
    found = Headline(parts)(doc, 0, len(doc.text), State())
    assert [(f[2].actor, span(doc, f)) for f in found] == [("peskov", " لا نرى ما يدعو إلى القلق")]


def test_headline_needs_a_known_speaker(parts):
    doc = read("عاجل: انفجار في ميناء المدينة")
    assert Headline(parts)(doc, 0, len(doc.text), State()) == []


def test_standalone_quote_takes_the_name_after_it(parts):
    doc = read("«سنواصل دعم الحلفاء»، قال جون كيربي للصحفيين.")
    found = StandaloneQuote(parts)(doc, 0, len(doc.text), State())
    assert found[0][2].actor == "kirby" and span(doc, found[0]) == "سنواصل دعم الحلفاء"


def test_standalone_quote_continues_an_announced_speaker(parts):
    doc = read("«الباب مفتوح للحوار»")
    state = State(announced=Speaker("yoon", "يون"))
    assert StandaloneQuote(parts)(doc, 0, len(doc.text), state)[0][2].actor == "yoon"


def test_attribution_first_person_is_a_statement(parts):
    doc = read("ووفقا لكيربي، فإن الشحنات وصلت إلى الجبهة.")
    sentence = sentence_of(doc, parts)
    AttributionFirst(parts)(doc, sentence, State())
    assert [(f[2].actor, span(doc, f).strip()) for f in sentence.found] == [("kirby", "الشحنات وصلت إلى الجبهة.")]


def test_attribution_first_outlet_is_background(parts):
    doc = read("وبحسب صحيفة محلية، فإن الطائرة هبطت في المطار.")
    sentence = sentence_of(doc, parts)
    AttributionFirst(parts)(doc, sentence, State())
    assert sentence.found == []


def test_speaker_verb_vso_and_svo(parts):
    for text in ("وقال كيربي إن الإدارة تدرس الخيارات.", "كيربي قال إن الإدارة تدرس الخيارات."):
        doc = read(text)
        sentence = sentence_of(doc, parts)
        SpeakerVerb(parts)(doc, sentence, State())
        assert [f[2].actor for f in sentence.found] == ["kirby"], text


def test_speaker_verb_quote_after_an_adverbial(parts):
    doc = read('وقال بيسكوف خلال إحاطة هاتفية مع الصحفيين "لن نغير موقفنا من هذه المسألة".')
    sentence = sentence_of(doc, parts)
    SpeakerVerb(parts)(doc, sentence, State())
    assert [(f[2].actor, span(doc, f)) for f in sentence.found] == [("peskov", "لن نغير موقفنا من هذه المسألة")]


def test_speaker_verb_feminine_verb_is_not_a_tracked_man(parts):
    doc = read("وقالت كيم في بيان مسائي إن سيول ستدفع الثمن.")
    sentence = sentence_of(doc, parts)
    SpeakerVerb(parts)(doc, sentence, State())
    assert [f[2].actor for f in sentence.found] == ["other"]


def test_relayed_speaker_between_an_and_qawlahu(parts):
    doc = read("ونقلت وكالة تاس عن بيسكوف قوله إن الزيارة لم تتقرر بعد.")
    cue = find_cues(doc, parts.rules, 0, len(doc.text))[0]
    speaker, start, end, direct = Relayed(parts).content(doc, cue, len(doc.text), State())
    assert speaker.actor == "peskov" and doc.nt.original[slice(*doc.nt.span_to_original(start, end))].startswith("الزيارة")


def test_continuation_keeps_the_speaker_unless_a_woman_speaks(parts):
    doc = read("وأضاف أن الوفد سيصل غدا. وأضافت أن الموعد لم يحدد.")
    cues = find_cues(doc, parts.rules, 0, len(doc.text))
    state = State(last_speaker=Speaker("kirby", "كيربي"))
    continuation = Continuation(parts)
    assert continuation.speaker(doc, cues[0], 0, state).actor == "kirby"
    assert continuation.speaker(doc, cues[1], 0, state).actor == "other"


def test_component_order_is_data(parts):
    rules = Rules(pipeline={"paragraph": ["standalone_quote"], "sentence": ["speaker_verb"]})
    extractor = Extractor(rules=rules)
    assert [type(c).__name__ for c in extractor.paragraph_components] == ["StandaloneQuote"]
    assert [s.actor for s in extractor.extract("كيربي: نراقب الوضع")] == []  # no headline component
    with pytest.raises(ValueError, match="unknown extraction component"):
        Extractor(rules=Rules(pipeline={"paragraph": ["nope"], "sentence": []}))


def test_doc_reads_quotes_sentences_and_mentions_once():
    doc = read("قال كيربي: «نراقب. وننتظر». وقال بيسكوف إن موسكو هادئة.", date(2024, 1, 2))
    assert len(doc.quotes) == 1
    assert len(list(doc.sentences(0, len(doc.text)))) == 2  # the full stop inside the quote does not split
    assert [m.actor for m in doc.mentions] == ["kirby", "peskov"]
    assert doc.mentions is doc.mentions


def test_cue_before_gives_the_reporting_verb_next_to_a_span():
    from stance.features import compose_input, cue_before
    from stance.normalize import normalize

    article = "وقال المتحدث للصحفيين إن المحادثات ستستأنف الأسبوع المقبل. ونفى أن تكون بلاده قد تلقت أي عرض."
    second = article.index("تكون")
    assert cue_before(article, second) == normalize("نفى")  # the nearest cue, normalized like model input
    assert cue_before(article, article.index("المحادثات")) == "قال"
    assert cue_before(article, 0) == ""
    assert compose_input("نص", "") == "نص" and compose_input("نص", "نفى").endswith("| نص")
