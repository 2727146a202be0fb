"""Extraction round 8 (issue 9): one speaker with two acts in one sentence (ANNOTATION.md §1). A second
act opened by a circumstantial participle («…، مرجحا أن …»، «…، متهما X بـ…») or by «، و» and a past
speech verb with no new subject («…، وأثنى على …») is a statement of its own; verbs that are also
common words of another sense count only with the word that makes them speech («حمّل X المسؤولية»،
«قدم اعتذاره»، «امتنع عن التعليق»، «مجددا التأكيد»). Every sentence here is written for this file."""

import pytest

from tests.conftest import said


def found(text, day="2023-09-12"):
    return said(text, day)


# ---------------------------------------------------------------- quotation marks and quoted names


def test_quoted_name_is_the_clause_subject():
    # a broadcaster that writes names in quotation marks: «وتحدث "يون" …، حيث شدد …»
    text = "وتحدث \"يون\" مطولا عن أزمة السكن، حيث شدد على أن الحكومة ستبني مساكن ميسرة."
    assert found(text) == [("yoon", "الحكومة ستبني مساكن ميسرة")]


# ---------------------------------------------------------------- a quoted institution inside a role, a comma after the verb
def test_role_with_the_institution_in_quotation_marks():
    text = "وقال المتحدث باسم «الكرملين» إن الاتصالات مع أنقرة مستمرة."
    assert found(text) == [("peskov", "الاتصالات مع أنقرة مستمرة")]


def test_comma_between_an_object_verb_and_its_named_subject():
    text = "ونفى، المتحدث باسم «الكرملين» وجود أي خطط لتعبئة جديدة، مكتفيا بالقول إن الجيش يملك ما يكفي."
    assert found(text) == [("peskov", "وجود أي خطط لتعبئة جديدة"), ("peskov", "الجيش يملك ما يكفي")]


def test_apology_after_the_name_and_a_comma():
    text = "قدم الزعيم كيم جونغ أون، اعتذاره للمزارعين عن تأخر وصول الأسمدة."
    assert found(text) == [("kim", "اعتذاره للمزارعين عن تأخر وصول الأسمدة")]


# ---------------------------------------------------------------- «ألقى خطابا …، قال فيه», «داعيا» as participle and as noun
def test_said_in_it_belongs_to_who_gave_the_speech():
    text = "وذكرت وكالة يونهاب أن كيم جونغ أون ألقى خطابا أمام قادة الجيش، قال فيه إن الردع النووي لا رجعة فيه."
    assert ("kim", "الردع النووي لا رجعة فيه") in found(text)


# ---------------------------------------------------------------- present verbs inside the words, adverbs, descriptions


def test_relayed_praise_as_relay_word():
    text = "ونقلت الوكالة عن كيم إشادته بالمهندسين الذين بنوا السد."
    assert found(text) == [("kim", "بالمهندسين الذين بنوا السد")]


def test_country_subject_of_an_object_verb_is_the_speaker():
    text = "وأدانت الجزائر قرار باماكو الأخير، معتبرة إياه خطأ جسيما."
    assert found(text) == [("other", "قرار باماكو الأخير"), ("other", "خطأ جسيما")]


# ---------------------------------------------------------------- objects between a verb and its marker; «ما» clauses


def test_local_media_describing_is_an_outlet_not_the_leader():
    text = "وتفقد كيم المصنع الجديد. وعرض الجيش صاروخا جديدا في استعراض وصفه الإعلام المحلي بأنه تحذير للأعداء."
    assert found(text) == [("other", "تحذير للأعداء")]


# ---------------------------------------------------------------- an office relaying the person's words
def test_office_relays_the_president_named_in_its_title():
    text = "وقال مكتب الرئيس يون سوك يول إن الرئيس شدد في اجتماع طارئ على أن الجيش في حالة تأهب."
    assert found(text) == [("yoon", "الجيش في حالة تأهب")]


def test_office_without_a_person_named_keeps_the_office():
    # nobody named with «الرئيس» before: doubt, the office keeps the words (other)
    text = "وذكر المكتب الرئاسي أن الرئيس أبلغ القادة أن الجاهزية كاملة."
    assert [a for a, _ in found(text)] == ["other"]


# ---------------------------------------------------------------- a bare «المتحدث» with someone else's name
@pytest.mark.parametrize("spokesman", ["المتحدث فرهاد نوري", "المتحدث الإيراني فرهاد نوري"])
def test_bare_spokesman_with_an_unknown_name_is_not_the_last_spokesman(spokesman):
    text = f"قال بيسكوف إن القمة لم تحدد. وقال {spokesman} إن طهران ترفض الاتهامات."
    assert found(text)[-1] == ("other", "طهران ترفض الاتهامات")


def test_bare_spokesman_with_his_own_nationality_is_still_him():
    text = "قال بيسكوف إن القمة لم تحدد. وأضاف المتحدث الروسي أن الموعد سيعلن لاحقا."
    assert found(text)[-1] == ("peskov", "الموعد سيعلن لاحقا")
