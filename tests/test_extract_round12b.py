"""Extraction round 12b (issue 9): statements that real press reports and the extractor missed entirely —
short quotations closing a sentence after an adverbial, «عبر الهاتف» read as the verb «عبّر», negated verbs
that still report speech («لا يستبعد», «لم ينف», «لم يؤكد») — and words of someone else claimed for a tracked
person named as the object of the verb. Every sentence here is written for this file."""

import pytest

from tests.conftest import said


def found(text, day="2023-06-15"):
    return said(text, day)


def actors(text, day="2023-06-15"):
    return [actor for actor, _ in said(text, day)]


# ---------------------------------------------------------------- a tracked person as the object of the verb
def test_a_titled_person_before_a_titled_tracked_one_is_the_subject():
    text = "وأبلغ الرئيس الفيتنامي تو لام الزعيم كيم جونغ أون أن هانوي تريد توسيع التجارة."
    assert actors(text) == ["other"]


def test_the_tracked_person_first_is_still_the_subject():
    text = "وأبلغ الزعيم كيم جونغ أون الرئيس الفيتنامي تو لام أن بيونغ يانغ تريد توسيع التجارة."
    assert actors(text) == ["kim"]


def test_a_title_and_nationality_before_the_tracked_name_is_his_own():
    assert actors("وأكد الزعيم الكوري الشمالي كيم جونغ أون أن الردع سيتعزز.") == ["kim"]


# ---------------------------------------------------------------- «معبرا عن» as a participle of speech
def test_expressing_as_a_participle_is_a_second_act_of_the_speaker():
    text = "وقال كيربي إن واشنطن تراقب الوضع، معبرا عن قلقه من التعاون العسكري."
    assert found(text) == [("kirby", "واشنطن تراقب الوضع"), ("kirby", "قلقه من التعاون العسكري")]


def test_a_crossing_is_no_participle():
    assert found("وافتتحت السلطات معبرا حدوديا جديدا مع الصين.") == []


# ---------------------------------------------------------------- a relative clause with «كان» between the speaker and his verb
def test_a_relative_clause_with_an_auxiliary_does_not_hide_the_speaker():
    text = "وكيربي الذي كان يتحدث في إيجاز صحفي قال إن واشنطن ستواصل مراقبة الشحنات."
    assert found(text) == [("kirby", "واشنطن ستواصل مراقبة الشحنات")]


def test_the_pluperfect_of_the_speaker_himself_still_counts():
    text = "وكان بيسكوف قد قال إن الكرملين لا يرى أساسا لهذه المزاعم."
    assert found(text) == [("peskov", "الكرملين لا يرى أساسا لهذه المزاعم")]


# ---------------------------------------------------------------- a second act joined by و whose object is a common noun
@pytest.mark.parametrize("text, words", [
    ("وقال يون إن الوقت قد حان، ودعا الحلفاء إلى تعزيز التعاون.", "تعزيز التعاون"),
    ("وقال بيسكوف إن موسكو لن تتراجع، ودعا الغرب إلى وقف تسليح كييف.", "وقف تسليح كييف"),
])
def test_the_noun_after_a_second_call_is_whom_the_speaker_calls_on(text, words):
    assert found(text)[-1] == (found(text)[0][0], words)
    assert {actor for actor, _ in found(text)} != {"other"}


@pytest.mark.parametrize("text", [
    "وقال كيربي إن واشنطن قلقة، ودعا البيت الأبيض إلى اجتماع طارئ.",   # an institution speaks for itself
    "وقال كيربي إن واشنطن قلقة، ودعت الخارجية إلى ضبط النفس.",          # a feminine verb: not he
    "وقال بيسكوف إن موسكو لن تتراجع، ودعا وزير الخارجية الأمريكي إلى الحوار.",  # an office: doubt stays other
])
def test_a_body_an_office_or_a_feminine_verb_keeps_its_own_subject(text):
    assert found(text)[-1][0] == "other"


# ---------------------------------------------------------------- «، لكن …» after an act reported inside a speaker's words
def test_but_after_a_reported_act_brings_the_reporting_speaker_back():
    text = "وقال بيسكوف إن الرئيس الأمريكي قال إنه يريد إنهاء الحرب، لكن موسكو لم تتلق أي مقترح مكتوب."
    assert found(text) == [("other", "يريد إنهاء الحرب"), ("peskov", "موسكو لم تتلق أي مقترح مكتوب")]


def test_but_he_stays_with_the_person_whose_act_is_reported():
    # «لكنه» (but he) refers back to the nearest subject; nothing is given to the reporting speaker
    text = "وقال بيسكوف إن الرئيس الأمريكي قال إنه يريد إنهاء الحرب، لكنه لم يقدم أي مقترح."
    assert "peskov" not in [actor for actor, _ in found(text)]


def test_but_inside_the_speakers_own_words_does_not_split_them():
    text = "وقال كيربي إن واشنطن قلقة من الشحنات، لكن العقوبات تؤتي ثمارها."
    assert found(text) == [("kirby", "واشنطن قلقة من الشحنات، لكن العقوبات تؤتي ثمارها")]
