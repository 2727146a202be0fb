"""Extraction round 17a (issue 9): whole real articles from Gulf, Iraqi, Syrian, Yemeni and Sudanese outlets, every
statement listed. Three layouts gave statements to the wrong person: a South Korean official called Kim whose
given name the lexicon did not know as Korean («كيم تيه-هيو», with or without the hyphen) was read as Kim Jong
Un; a bare verb describing an indefinite noun right after it («… ما استدعى ردا غاضبا اعتبر كلامه …») was taken as
a pronoun going on with the man an agency had just reported about; and a misspelling of Kirby's name with a doubled
letter («كيبربي») stayed `other`. Every sentence here is written for this file."""

import pytest

from tests.conftest import actor_of, said


# ---------------------------------------------------------------- a tracked man who only possesses the subject
def test_a_headline_whose_subject_is_the_leaders_sister_is_not_kim():
    text = "شقيقة الزعيم ‘كيم’ توجه تحذيرا شديدا لسيول\nحذرت كيم يو جونغ من رد قريب على المنشورات."
    found = said(text, date="2024-06-09")
    assert found and all(a != "kim" for a, _ in found)


def test_the_leader_himself_before_a_present_verb_in_a_headline_is_still_kim():
    text = "الزعيم كيم يتوعد سيول برد قاس\nوقال كيم جونغ أون إن بلاده لن تسكت على الاستفزازات."
    assert actor_of(text, "برد قاس", date="2024-06-09") == "kim"
