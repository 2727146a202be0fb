"""Extraction round 14c (issue 9), two kinds the round-14 whole real articles showed: a sentence that opens with
an unnamed office right before its verb («وزير الدفاع يؤكد أن …») is that office's, never a pronoun verb going on
with the tracked speaker of the sentence before; and «الزعيم الشمالي» is a role of the North Korean leader.
Every sentence here is written for this file."""

import pytest

from tests.conftest import said


@pytest.mark.parametrize("day, actor", [("2023-05-01", "kim"), (None, "kim"), ("2005-05-01", "other")])
def test_the_northern_leader_is_the_holder_of_the_dprk_leadership_on_the_date(day, actor):
    out = said("قال الزعيم الشمالي إن بلاده لن تتخلى عن ردعها النووي.", day)
    assert out and out[0][0] == actor
