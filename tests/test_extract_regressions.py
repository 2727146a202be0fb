"""Regressions found when scoring press-like text end to end."""

import pytest

from stance.extract import extract_statements

# Pluperfect and auxiliary «وكان … قال» with nothing but an adverbial (or nothing) between كان and the verb:
# the subject reader and the region reader called each other until the recursion limit.
PLUPERFECT_WITHOUT_A_NAME = [
    "وكان قد قال إن المحادثات مفيدة.",
    "وكان في وقت سابق قال إن المحادثات مفيدة.",
    "وكان أمس قال إن المحادثات مفيدة.",
    "وكان بدوره قال إن المحادثات مفيدة.",
    "وكان مواطنيه قد قالوا إن الوضع هادئ.",
]


@pytest.mark.parametrize("sentence", PLUPERFECT_WITHOUT_A_NAME)
def test_pluperfect_without_a_subject_does_not_recurse(sentence):
    extract_statements(sentence)


def test_pluperfect_continuation_keeps_the_previous_speaker():
    text = ("قال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو منفتحة على الحوار.\n\n"
            "وكان قد قال في وقت سابق إن العقوبات لن تغير شيئا.")
    found = extract_statements(text)
    assert [s.actor for s in found] == ["peskov", "peskov"]
    assert found[1].text.startswith("العقوبات")
