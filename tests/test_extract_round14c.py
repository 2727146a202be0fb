"""Extraction round 14c (issue 9), two kinds the round-14 whole real articles showed: a sentence that opens with
an unnamed office right before its verb («وزير الدفاع يؤكد أن …») is that office's, never a pronoun verb going on
with the tracked speaker of the sentence before; and «الزعيم الشمالي» is a role of the North Korean leader.
Every sentence here is written for this file."""

import pytest

from tests.conftest import said


@pytest.mark.parametrize("opening", ["وزير الدفاع", "ووزير الخارجية الأمريكي", "المتحدث باسم الجيش"])
def test_an_office_opening_the_sentence_before_its_verb_speaks_not_the_last_tracked_speaker(opening):
    text = f"قال كيربي إن الوضع في البحر الأحمر خطير. {opening} يؤكد أن القوات في حالة تأهب."
    out = said(text, "2023-11-20")
    assert [a for a, _ in out] == ["kirby", "other"]
    assert "القوات في حالة تأهب" in out[1][1]


@pytest.mark.parametrize("text, actor", [
    # a pronoun verb still goes on with the last speaker
    ("قال كيربي إن الوضع في البحر الأحمر خطير. ويؤكد أن القوات في حالة تأهب.", "kirby"),
    # a back-reference to him is still him
    ("قال جون كيربي إن واشنطن تراقب السفن. المسؤول الأمريكي يؤكد أن القوات في حالة تأهب.", "kirby"),
    # his role is still his
    ("قال بيسكوف إن موسكو لن ترد الآن. المتحدث باسم الكرملين يؤكد أن الحوار ممكن.", "peskov"),
])
def test_what_the_office_rule_leaves_alone(text, actor):
    out = said(text, "2023-11-20")
    assert [a for a, _ in out] == [actor, actor]


@pytest.mark.parametrize("day, actor", [("2023-05-01", "kim"), (None, "kim"), ("2005-05-01", "other")])
def test_the_northern_leader_is_the_holder_of_the_dprk_leadership_on_the_date(day, actor):
    out = said("قال الزعيم الشمالي إن بلاده لن تتخلى عن ردعها النووي.", day)
    assert out and out[0][0] == actor
