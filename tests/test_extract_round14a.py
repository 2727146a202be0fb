"""Extraction round 14a (issue 9): whole real articles, every statement listed. Kinds found there and fixed
here in general ways. Every sentence in this file is written for it."""

from datetime import date

import pytest

from tests.conftest import said

DAY = date(2022, 2, 27)


def actors(text, day=DAY):
    return [actor for actor, _ in said(text, day)]


# ---------------------------------------------------------------- the field of a title before a full name
@pytest.mark.parametrize("text", [
    # a candidate's title, then the contest he runs in, then his full name
    "وقال المرشح المحافظ الأبرز في السباق الرئاسي الكوري الجنوبي يون سوك يول مساء السبت إن بيونغ يانغ قد تختبر صاروخا جديدا.",
    "صرح زعيم كتلة المعارضة في الانتخابات البرلمانية المقبلة يون سوك يول بأن التحالف مع واشنطن يحتاج إلى تعزيز.",
])
def test_a_field_phrase_between_a_long_title_and_the_name_keeps_the_name_deciding(text):
    assert actors(text) == ["yoon"]


@pytest.mark.parametrize("text", [
    # the words after «في» hold a meeting, not a field: the name is someone spoken with
    "وقال المتحدث باسم الخارجية الصينية في لقائه مع جون كيربي إن الحوار مفيد للطرفين.",
    # the name after «في» belongs to a possessor head: an office of his, not he
    "وقال مسؤول كبير سابق في الحزب الحاكم في مكتب يون سوك يول إن الخطة لم تقر بعد.",
    # a title right before the name: the phrase is about him
    "وقال باحث مختص بالشأن الكوري الجنوبي في مركز الدراسات عن الرئيس يون سوك يول إن شعبيته تراجعت.",
])
def test_a_field_phrase_never_turns_someone_elses_words_into_the_named_persons(text):
    assert "yoon" not in actors(text) and "kirby" not in actors(text)


# ---------------------------------------------------------------- long Gulf names before «إلى»
@pytest.mark.parametrize("text, who", [
    ("ولفت الشيخ عبد الله بن حمد إلى ضرورة الإسراع في إعادة الإعمار.", "عبد الله بن حمد"),
    ("وأشار الأمير فيصل بن عبد العزيز آل سعود إلى أهمية المباحثات الثنائية.", "آل سعود"),
])
def test_a_long_arabic_name_counts_as_one_before_the_marker(text, who):
    [(actor, words)] = said(text, DAY)
    assert actor == "other"
    assert who not in words  # the name is the speaker, not part of what he said
    assert words.startswith(("ضرورة", "أهمية"))


def test_five_ordinary_words_before_the_marker_still_open_no_statement():
    # an unnamed five-word subject before «إلى» is not read as a speaker by the name count
    assert said("وأشار التقرير السنوي الأخير للجنة المالية إلى تراجع الإيرادات.", DAY) == []
