"""Extraction round 13b (issue 9): kinds of statements that whole real articles hold and the extractor lost —
a warning or a criticism «delivered» by its speaker («وجّه … تحذيرا …»), a cause put down to something
(«أرجع … إلى …»), a sourcing tail («، بحسب وكالة …») taken for a new speaker by the pronoun verb of the next
paragraph, and a spokesman of an office the lexicon does not know whose «باسم …» spilled into the words said.
Every sentence here is written for this file."""

import pytest

from tests.conftest import said


def found(text, day="2023-06-15"):
    return said(text, day)


# ---------------------------------------------------------------- a sourcing tail is no new speaker
def test_an_agency_sourcing_a_quote_does_not_take_the_next_pronoun_verb():
    text = ("قال الرئيس الكوري الجنوبي يون سوك يول إن الشمال يعطل كل حوار.\n\n"
            "وأضاف يون، في كلمته أمام القمة: “الأمن يبدأ من الردع”، بحسب وكالة “يونهاب” للأنباء.\n\n"
            "وأشار إلى أن حكومته مستعدة لتقديم المساعدة، مضيفًا: “الباب يبقى مفتوحا”.")
    assert [a for a, _ in found(text)] == ["yoon"] * 4


def test_a_person_named_in_a_new_sentence_still_takes_the_next_pronoun_verb():
    text = ("وقال يون: “الأمن يبدأ من الردع”، بحسب وكالة يونهاب.\n\n"
            "من جهته قال وزير الدفاع الياباني إن طوكيو تراقب الوضع.\n\nوأشار إلى أن الحكومة رفعت درجة التأهب.")
    assert [a for a, _ in found(text)] == ["yoon", "other", "other"]


# ---------------------------------------------------------------- «الناطق باسم الحكومة» with an object verb
@pytest.mark.parametrize("text, mention, words", [
    ("ورفض الناطق الرسمي باسم الحكومة التعليق على نتائج التحقيق.", "الناطق الرسمي باسم الحكومة",
     "التعليق على نتائج التحقيق"),
    ("ونفى الناطق باسم وزارة الخارجية الإيرانية وجود أي اتصالات سرية مع واشنطن.",
     "الناطق باسم وزارة الخارجية الإيرانية", "وجود أي اتصالات سرية مع واشنطن"),
])
def test_the_office_of_an_unknown_spokesman_stays_out_of_the_words(text, mention, words):
    from stance.extract import extract_statements
    out = extract_statements(text, date="2023-06-15")
    assert [(s.actor, s.actor_mention, s.text) for s in out] == [("other", mention, words)]


def test_the_kremlin_spokesman_with_an_object_verb_is_still_peskov():
    assert found("ورفض المتحدث باسم الكرملين التعليق على التقرير البريطاني.") == [
        ("peskov", "التعليق على التقرير البريطاني")]
