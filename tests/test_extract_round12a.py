"""Extraction round 12a (issue 9): statements of a tracked actor that the extractor found but gave to `other` —
an article date written in forms the dateline reader missed, the two commonest spellings of Kim Jong Un's office
read as held by two people, a given name standing alone for the tracked person named just before. Every sentence
here is written for this file."""

from datetime import date

import pytest

from stance.extract.dates import dateline
from tests.conftest import said


def actors(text, day=None):
    return [actor for actor, _ in said(text, day)]


# ---------------------------------------------------------------- relayed speech: the relaying verb agrees with the outlet
def test_a_feminine_relay_verb_with_ila_keeps_the_man_it_relays():
    text = "ونسبت وكالة الأنباء إلى الرئيس يون سوك يول قوله إن سيول لن تتراجع عن العقوبات."
    assert said(text, "2023-03-10") == [("yoon", "سيول لن تتراجع عن العقوبات")]


@pytest.mark.parametrize("adverbial", ["خلال تفقده مصنعا للذخيرة", "للصحفيين", "بعد أن تفقد مصنعا للذخيرة"])
def test_the_relayed_words_open_after_the_adverbial(adverbial):
    text = f"ونقلت الوكالة المركزية عن كيم جونغ أون قوله {adverbial} إن الإنتاج سيتضاعف هذا العام."
    assert said(text, "2023-03-10") == [("kim", "الإنتاج سيتضاعف هذا العام")]


def test_a_short_outlet_name_in_quotes_before_the_colon_is_skipped():
    text = 'ونقلت رويترز عن كيربي قوله في مقابلة مع شبكة "سي إن إن": "لن نسمح بتهديد الملاحة".'
    assert said(text, "2023-03-10") == [("kirby", "لن نسمح بتهديد الملاحة")]
