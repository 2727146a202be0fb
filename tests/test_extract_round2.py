"""Extraction round 2 (issue 9): layouts of real press that the first rules missed, each on a
short invented sentence (participles on a non-speech clause, relayed pronouns, verbs and cues)."""

from tests.conftest import said


def found(text, day="2024-06-19"):
    return said(text, day)


# ---------------------------------------------------------------- participles


def test_person_as_object_is_no_statement_the_participle_carries_it():
    text = "انتقد الزعيم كيم جونغ أون بشدة الرئيس الكوري الجنوبي يون سوك يول، واصفا إياه بأنه رجل مضطرب."
    got = found(text)
    assert ("yoon", "الرئيس الكوري الجنوبي يون سوك يول") not in got
    assert not any(a == "yoon" for a, _ in got)


# ---------------------------------------------------------------- relayed speech
def test_relay_with_pronoun_goes_to_the_person_named_last():
    text = ("وذكرت الوكالة المركزية أن كيم جونغ أون أشرف على التجربة، "
            "ونقلت عنه قوله إن الصاروخ الجديد سيدخل الخدمة قريبا.")
    assert ("kim", "الصاروخ الجديد سيدخل الخدمة قريبا") in found(text)


def test_relay_feminine_pronoun_is_not_a_tracked_man():
    text = "وأشادت كيم يو جونغ بالتجربة، ونقلت عنها الوكالة قولها إن الرد سيكون أقوى."
    assert all(a == "other" for a, _ in found(text))


def test_relay_skips_an_adverbial_before_the_colon():
    text = "ونقل موقع إخباري روسي عن بيسكوف قوله في تصريح صحفي: من الواضح أن الغرب يريد إطالة الحرب."
    assert found(text) == [("peskov", "من الواضح أن الغرب يريد إطالة الحرب")]


def test_the_word_naql_without_an_source_does_not_cut_a_statement():
    text = "وأكد كيربي أن أي نقل للأسلحة إلى موسكو ينتهك العقوبات الدولية."
    assert found(text) == [("kirby", "أي نقل للأسلحة إلى موسكو ينتهك العقوبات الدولية")]


# ---------------------------------------------------------------- nominal report (component)
def test_nominal_report_with_a_genitive_speaker_and_a_colon():
    text = "وفي تصريحات للمتحدث باسم الكرملين لوكالة \"إنترفاكس\": \"التعاون مع الشمال لا يستهدف أحدا\"."
    assert found(text, "2024-01-18") == [("peskov", "التعاون مع الشمال لا يستهدف أحدا")]


def test_nominal_report_needs_a_speech_noun():
    text = "وفي زيارة للمتحدث باسم الكرملين إلى المعرض: \"معرض جميل\"."
    assert found(text, "2024-01-18") == []


def test_nominal_report_is_in_the_component_order():
    from stance.extract.rules import read_resource
    order = read_resource("extraction.json")["sentence"]
    assert order.index("nominal_report") < order.index("speaker_verb")
