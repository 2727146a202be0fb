"""Extraction round 16b (issue 9): whole real articles, every statement listed. What recurred: the body a speaker
addresses right after the verb («قال للاجتماع إن …») or the people he calls on («ودعا المهندسين والعمال إلى …»)
read as the speaker, so the tracked man's words went to `other`; an office named after time words or the
reporters spoken to («وقال اليوم مسؤول أمريكي إن …») read as no speaker, so the previous tracked spokesman got the
official's words (a claim); verbs the lists did not know («كرر»، the dual «أكدا»، «أبان»); and a long speaker
phrase with a relative clause («وأكد كبير مستشاري …، الذي زار …، أن …») read as the object of the previous
speaker, which gave a tracked man a statement made of someone else's name. «تحدث عن» stays out: earlier real
sets count the topic it names as no statement. Every sentence here is written for this file."""

from stance.extract import extract_statements
from tests.conftest import actor_of, said


def found(text, day="2022-09-14"):
    return said(text, day)


# ---------------------------------------------------------------- an act recalled with a verbal noun
def test_a_call_recalled_after_ghadat_is_the_leader_s_statement():
    text = ("وتأتي تصريحات الوزير غداة دعوة الزعيم الكوري الشمالي كيم جونغ أون إلى توسيع إنتاج المسيرات "
            "الهجومية بشكل كبير.")
    assert found(text, "2024-08-26") == [("kim", "توسيع إنتاج المسيرات الهجومية بشكل كبير")]


def test_an_announcement_recalled_with_a_title_before_the_name():
    text = ("ويأتي العرض بعد أسبوعين على إعلان الزعيم كيم جونغ أون أن قواته \"جاهزة تماما\" لأي مواجهة "
            "في البحر.")
    statements = extract_statements(text, date="2024-08-26")
    assert [(s.actor, s.text) for s in statements] == [("kim", "قواته \"جاهزة تماما\" لأي مواجهة في البحر")]


def test_the_recalled_person_does_not_take_over_the_next_continuation():
    text = ("قال جون كيربي إن واشنطن تتابع التطورات.\n"
            "ويأتي ذلك بعد أيام على إعلان الزعيم كيم جونغ أون أن بلاده ستطلق قمرا جديدا.\n"
            "وأضاف أن الإدارة على اتصال بحلفائها.")
    assert actor_of(text, "على اتصال بحلفائها", "2023-11-20") == "kirby"


def test_a_noun_after_the_person_or_a_genitive_l_is_no_recalled_act():
    # «تهديدات للزعيم …»: the person in a genitive with ل, not right after the noun
    text = "ويأتي التعهد عقب تهديدات للزعيم الكوري الشمالي كيم جونغ أون بإغراق الجنوب في الظلام."
    assert found(text, "2023-03-09") == []


def test_a_verbal_noun_after_yati_is_no_verb():
    # «ويأتي تعهد يون …»: تعهد is a noun after «يأتي», not «تعهد يون بـ…» (a Kim threat went to Yoon)
    text = "ويأتي تعهد يون عقب تهديدات للزعيم الكوري الشمالي كيم جونغ أون بجعل سيئول تغرق في اليأس."
    assert found(text, "2023-03-09") == []
