"""Extraction round 10 (issue 9): tracked statements that real press gives in layouts the extractor read as
someone else's or missed: a description verb whose speaker stands in apposition between commas, a name right
after a complementizer whose verb takes an object before its marker, role wordings and second acts. Every
sentence here is written for this file."""

import pytest

from tests.conftest import said


def found(text, day="2023-04-18"):
    return said(text, day)


def actors(text, day="2023-04-18"):
    return [actor for actor, _ in said(text, day)]


# ---------------------------------------------------------------- describe-as with a role, comma, name, comma
def test_description_after_an_apposed_name_is_found_before_a_second_act():
    text = ("وصف زعيم كوريا الشمالية، كيم جونغ أون، المناورات المشتركة بأنها «بروفة لغزو شامل»، "
            "وطالب سيول بإلغائها فورا، متعهدا بتعزيز الردع.")
    got = found(text)
    assert got[0] == ("kim", "بروفة لغزو شامل")
    assert [a for a, _ in got] == ["kim", "kim", "kim"]


def test_description_span_starts_after_the_marker_when_a_comma_precedes_the_object():
    text = "ووصف المتحدث باسم الكرملين، دميتري بيسكوف، القرار بأنه خطوة عدائية جديدة."
    assert found(text) == [("peskov", "خطوة عدائية جديدة")]


def test_real_apposition_before_an_object_is_still_skipped():
    text = "ونفى بيسكوف، المتحدث باسم الكرملين، وجود أي اتصالات سرية مع واشنطن."
    assert found(text) == [("peskov", "وجود أي اتصالات سرية مع واشنطن")]


# ---------------------------------------------------------------- a name before the verb, an object before the marker
def test_outlet_reports_a_named_leader_calling_on_an_object():
    text = "وأمس، أفادت وسائل إعلام رسمية بأن الزعيم كيم حث قادة وحداته على \"رفع الجاهزية القتالية إلى أقصى حد\"."
    assert found(text) == [("kim", "رفع الجاهزية القتالية إلى أقصى حد")]


def test_object_before_the_marker_without_a_name_before_stays_an_unnamed_speaker():
    # No person right after a complementizer: the words after the verb are still read as its region.
    text = "ودعا مجلس الأمن الدولي إلى وقف فوري لإطلاق النار."
    assert actors(text) == ["other"]
