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
