"""Extraction round 3 (issue 9): failure kinds found on a hand-labelled sample of real Arabic press,
each reproduced on a short sentence written for this file (namesakes inside compound names, outlets
that only source a person's words, nested verbs inside what was said, quotations after a speaker the
lexicon does not know, continuation verbs that are ordinary verbs)."""

from tests.conftest import said


def found(text, day="2023-06-14"):
    return said(text, day)


# ---------------------------------------------------------------- namesakes
def test_last_part_of_a_hyphenated_name_is_not_a_surname():
    # «لي ناك-يون» (Lee Nak-yon) ends in «يون»; it is not Yoon Suk Yeol.
    text = "وقال رئيس الوزراء الكوري الجنوبي لي ناك-يون إن الحوار مع الشمال ضروري."
    assert [a for a, _ in found(text, "2018-02-11")] == ["other"]


def test_unknown_full_name_with_the_surname_keeps_the_bare_surname_for_that_person():
    text = ("وقال المتحدث باسم المكتب، يون يانج تشان، إن الاجتماع كان مثمرا. "
            "وأضاف يون أن المشاورات ستستمر الشهر المقبل.")
    assert [a for a, _ in found(text, "2017-07-03")] == ["other", "other"]


def test_a_place_after_the_surname_is_not_a_given_name():
    # «كيم بيونغ يانج»: Kim ... Pyongyang, the leader, not a namesake with two given names.
    text = "غادر الزعيم كيم بيونغ يانج صباحا. وقال كيم إن الزيارة ستعزز التعاون."
    assert found(text) == [("kim", "الزيارة ستعزز التعاون")]


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


# ---------------------------------------------------------------- subjects without a lexicon name
def test_auxiliary_kana_without_qad_puts_the_subject_before_the_verb():
    text = ("وقال بيسكوف إن الرواية البريطانية غير صحيحة. "
            "وكان السفير البريطاني السابق قال، في مقابلة إذاعية، إن موسكو هددت بلاده.")
    assert [a for a, _ in found(text)] == ["peskov", "other"]


def test_quote_right_after_a_speaker_the_lexicon_does_not_know():
    text = "وقال مون \"أنا واثق أن الطرفين سيعودان إلى الطاولة قريبا\"."
    assert found(text) == [("other", "أنا واثق أن الطرفين سيعودان إلى الطاولة قريبا")]


def test_quote_after_a_pronoun_subject_and_an_adverbial_phrase():
    text = ("قال كيربي إن واشنطن تراقب الوضع. "
            "وأضاف في حديث لقناة أمريكية \"لن نسمح بأن تتحول المنطقة إلى ساحة حرب\".")
    assert found(text) == [("kirby", "واشنطن تراقب الوضع"),
                           ("kirby", "لن نسمح بأن تتحول المنطقة إلى ساحة حرب")]
