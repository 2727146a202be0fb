"""Extraction round 15b (issue 9): whole real articles showed title lines «X: …» whose speaker X is a person the
lexicon does not know (a prime minister, a foreign minister, a speaker of parliament) left without any statement,
also when a place follows the name («X من Y: …»), and the present tense of «نوّه» read as no verb. Every sentence
here is written for this file."""

from stance.extract import extract_statements
from tests.conftest import said


def found(text, day="2024-03-12"):
    return said(text, day)


# ---------------------------------------------------------------- a long adverbial between commas after the speaker
def test_a_long_adverbial_between_commas_before_the_marker_keeps_the_statement():
    text = ("أشار رئيس الوزراء سليم حداد، بعد لقائه رئيس المجلس الأعلى للقضاء القاضي فؤاد نجم في قصر العدل، "
            "إلى أن التعيينات القضائية ستصدر قبل نهاية الشهر.")
    assert found(text) == [("other", "التعيينات القضائية ستصدر قبل نهاية الشهر")]


def test_a_tracked_person_inside_the_adverbial_is_not_the_speaker():
    text = ("وأشار السفير التركي أحمد يلماز، خلال اجتماعه مع المتحدث باسم الكرملين دميتري بيسكوف في موسكو "
            "صباح أمس، إلى أن التبادل التجاري يتوسع.")
    assert found(text) == [("other", "التبادل التجاري يتوسع")]


def test_an_adverbial_that_does_not_open_with_an_adjunct_word_is_not_skipped():
    # «، الذي …»: a relative clause, not an adverbial; the region stays too long to be a speaker
    text = ("وأشار التقرير الذي أعده فريق من الخبراء المستقلين، الذي عمل على الملف طوال عامين كاملين في عدة "
            "عواصم أوروبية وآسيوية مختلفة، إلى أن الأرقام مقلقة.")
    assert all(actor == "other" for actor, _ in found(text))
