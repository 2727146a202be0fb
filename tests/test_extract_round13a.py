"""Extraction round 13a (issue 9): whole real articles. The commonest loss of a tracked statement there was a
long title whose seat is named between the title and the person («… في البيت الأبيض جون كيربي»): the seat
broke the apposition, and the statement went to an unnamed `other`. Every sentence here is written for this
file."""

from datetime import date

import pytest

from tests.conftest import said

DAY = date(2023, 6, 14)


def actors(text, day=DAY):
    return [actor for actor, _ in said(text, day)]


# ---------------------------------------------------------------- the seat of an office inside the title
@pytest.mark.parametrize("text", [
    # a bare spokesman word, «باسم» and a seat with «في»
    "قال المتحدث باسم الأمن القومي في البيت الأبيض جون كيربي مساء الثلاثاء، إن واشنطن تتابع المناورات بقلق.",
    # a role, then the seat glued to «ب»
    "وأوضح منسق الاتصالات الاستراتيجية بالبيت الأبيض جون كيربي أن واشنطن تتابع المناورات بقلق.",
    # a long title the lexicon does not list, then the seat: the name decides
    "وأكد مسؤول ملف التواصل والتنسيق الإعلامي الاستراتيجي بالبيت الأبيض جون كيربي مساء الاثنين أن واشنطن تتابع المناورات بقلق.",
])
def test_a_seat_between_the_title_and_the_name_keeps_the_name_deciding(text):
    assert actors(text) == ["kirby"]
    assert actors(text, date(2019, 1, 10)) == ["kirby"]  # his name decides whatever post he held then


def test_an_object_verb_with_a_seat_and_time_words_reads_the_whole_subject():
    text = "كشف المتحدث بإسم الأمن القومي بالبيت الأبيض جون كيربي اليوم الأربعاء، أن واشنطن رصدت شحنات جديدة."
    [(actor, words)] = said(text, DAY)
    assert actor == "kirby"
    assert words.startswith("واشنطن رصدت")


def test_the_person_after_a_seat_is_the_one_who_speaks_not_the_office_holder():
    # «الكرملين» is the seat, but the name after it is another official: never Peskov
    text = "وقال المتحدث باسم الرئاسة في الكرملين يوري أوشاكوف إن اللقاء سيعقد الشهر المقبل."
    assert actors(text) == ["other"]


def test_a_meeting_phrase_is_not_a_seat():
    text = "وقال المتحدث باسم الخارجية الروسية في لقائه مع جون كيربي إن الحوار ضروري."
    assert actors(text) == ["other"]


# ---------------------------------------------------------------- Kirby's title in the order some sites use
@pytest.mark.parametrize("title", [
    "منسق مجلس الأمن القومي للاتصالات الاستراتيجية",
    "منسق التواصل الاستراتيجي لمجلس الأمن القومي",
])
def test_the_communications_title_with_the_council_first_is_kirbys_while_he_held_it(title):
    text = f"وأكد {title} أن أي صفقة سلاح مع بيونغ يانغ تخرق قرارات مجلس الأمن."
    assert actors(text) == ["kirby"]
    assert actors(text, date(2019, 3, 1)) == ["other"]  # before he held it


def test_an_object_verb_after_a_role_and_a_glued_seat_takes_the_name_as_part_of_the_subject():
    text = "وكشف منسق الاتصالات الاستراتيجية بالبيت الأبيض جون كيربي في الإيجاز، أن الشحنات عبرت الحدود ليلا."
    [(actor, words)] = said(text, DAY)
    assert actor == "kirby"
    assert words.startswith("الشحنات عبرت")


def test_a_listed_role_then_a_seat_then_the_name_stays_with_the_name():
    # the role mention opens the region, so the long title is no prefix of unknown words before the name
    text = "وأعلن منسق الاتصالات الاستراتيجية في مجلس الأمن القومي في البيت الأبيض جون كيربي أن فريقه يتابع الخطاب."
    assert actors(text) == ["kirby"]
