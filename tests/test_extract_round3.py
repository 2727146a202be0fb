"""Extraction round 3 (issue 9): failure kinds found on a hand-labelled sample of real Arabic press,
each reproduced on a short sentence written for this file (namesakes inside compound names, outlets
that only source a person's words, nested verbs inside what was said, quotations after a speaker the
lexicon does not know, continuation verbs that are ordinary verbs)."""

from tests.conftest import said


def found(text, day="2023-06-14"):
    return said(text, day)


# ---------------------------------------------------------------- outlets as sources
def test_an_opener_that_sources_a_speech_verb_is_not_the_speaker():
    text = "وبحسب تصريحات أوردتها وكالة إخبارية محلية، قال يون: \"جيشنا جاهز للرد على أي اعتداء\"."
    assert found(text) == [("yoon", "جيشنا جاهز للرد على أي اعتداء")]


def test_the_name_right_before_the_verb_beats_an_outlet_named_earlier():
    text = ("ونقلت وكالة يونهاب (سيئول) عن الإعلام الرسمي في الشمال، أن الزعيم كيم أعرب عن ارتياحه "
            "لنتائج التجربة الأخيرة.")
    got = found(text)
    assert got and got[0][0] == "kim"


def test_relay_by_a_noun_of_threat_takes_the_person_after_an():
    text = "ونقلت الوكالة الرسمية عن كيم جونغ أون تهديده باتخاذ أشد الإجراءات ضد أي عدوان."
    assert [a for a, _ in found(text)] == ["kim"]
