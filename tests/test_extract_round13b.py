"""Extraction round 13b (issue 9): kinds of statements that whole real articles hold and the extractor lost —
a warning or a criticism «delivered» by its speaker («وجّه … تحذيرا …»), a cause put down to something
(«أرجع … إلى …»), a sourcing tail («، بحسب وكالة …») taken for a new speaker by the pronoun verb of the next
paragraph, and a spokesman of an office the lexicon does not know whose «باسم …» spilled into the words said.
Every sentence here is written for this file."""

import pytest

from tests.conftest import said


def found(text, day="2023-06-15"):
    return said(text, day)


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
