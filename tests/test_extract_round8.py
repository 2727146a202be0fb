"""Extraction round 8 (issue 9): one speaker with two acts in one sentence (ANNOTATION.md §1). A second
act opened by a circumstantial participle («…، مرجحا أن …»، «…، متهما X بـ…») or by «، و» and a past
speech verb with no new subject («…، وأثنى على …») is a statement of its own; verbs that are also
common words of another sense count only with the word that makes them speech («حمّل X المسؤولية»،
«قدم اعتذاره»، «امتنع عن التعليق»، «مجددا التأكيد»). Every sentence here is written for this file."""

import pytest

from tests.conftest import said


def found(text, day="2023-09-12"):
    return said(text, day)


# ---------------------------------------------------------------- «ألقى خطابا …، قال فيه», «داعيا» as participle and as noun
def test_said_in_it_belongs_to_who_gave_the_speech():
    text = "وذكرت وكالة يونهاب أن كيم جونغ أون ألقى خطابا أمام قادة الجيش، قال فيه إن الردع النووي لا رجعة فيه."
    assert ("kim", "الردع النووي لا رجعة فيه") in found(text)


# ---------------------------------------------------------------- present verbs inside the words, adverbs, descriptions


def test_relayed_praise_as_relay_word():
    text = "ونقلت الوكالة عن كيم إشادته بالمهندسين الذين بنوا السد."
    assert found(text) == [("kim", "بالمهندسين الذين بنوا السد")]


# ---------------------------------------------------------------- an office relaying the person's words
def test_office_relays_the_president_named_in_its_title():
    text = "وقال مكتب الرئيس يون سوك يول إن الرئيس شدد في اجتماع طارئ على أن الجيش في حالة تأهب."
    assert found(text) == [("yoon", "الجيش في حالة تأهب")]


def test_office_without_a_person_named_keeps_the_office():
    # nobody named with «الرئيس» before: doubt, the office keeps the words (other)
    text = "وذكر المكتب الرئاسي أن الرئيس أبلغ القادة أن الجاهزية كاملة."
    assert [a for a, _ in found(text)] == ["other"]
