"""Extraction round 7 (issue 9): failure kinds found on a new hand-labelled sample of real Arabic
press, each reproduced on a short sentence written for this file: «أجاب بأنه …», Latin-script
surnames, lists announced by a speaker, relative clauses with their own speaker, back references
after a verb and a name («وأدلى يون بهذا التصريح»)."""

from stance.lexicon import default_lexicon
from tests.conftest import said


def found(text, day="2024-03-05"):
    return said(text, day)


# ---------------------------------------------------------------- «بأنه» opens the words like «بأن»
def test_answer_with_bi_annahu():
    text = "وأجاب كيربي بأنه لا يملك أي تفاصيل إضافية عن الصفقة."
    assert found(text) == [("kirby", "لا يملك أي تفاصيل إضافية عن الصفقة")]


def test_asked_then_answered_with_bi_annaha_keeps_the_speaker():
    text = "وسئل بيسكوف عن موعد القمة، فأجاب بأنها لم تحدد حتى الآن."
    assert found(text) == [("peskov", "لم تحدد حتى الآن")]


def test_said_with_bi_annana():
    text = "وقال يون سوك يول بأننا سنقف مع حلفائنا حتى النهاية."
    assert found(text) == [("yoon", "سنقف مع حلفائنا حتى النهاية")]


# ---------------------------------------------------------------- Latin-script surnames
def test_latin_yoon_alone_is_the_president():
    text = "وقال Yoon إن سيول لن تتهاون مع أي تهديد."
    assert found(text) == [("yoon", "سيول لن تتهاون مع أي تهديد")]


def test_latin_yoon_takes_the_arabic_full_name_before_it():
    text = "وصل يون سوك يول إلى مدريد أمس. وقال Yoon إن الزيارة ناجحة."
    assert ("yoon", "الزيارة ناجحة") in found(text)


def test_latin_yoon_with_other_given_names_is_someone_else():
    text = "وقال Yoon Mi-hyang إن الحزب سيطعن في القرار."
    got = found(text)
    assert got == [("other", "الحزب سيطعن في القرار")]


def test_latin_kim_after_his_sister_is_the_sister():
    text = "وقالت كيم يو جونغ إن المناورات استفزاز. وأضافت Kim أن الرد سيكون حازما."
    assert all(actor == "other" for actor, _ in found(text))


def test_latin_kim_with_unknown_given_names_is_not_the_leader():
    text = "وقال Kim Tae-woo إن المفاوضات متعثرة."
    assert found(text) == [("other", "المفاوضات متعثرة")]


def test_latin_surname_forms_share_the_family_name():
    lex = default_lexicon()
    text = "yoon"
    (m,) = lex.find(text)
    assert (m.kind, m.actor) == ("surname", "yoon")
    (arabic,) = lex.find("يون")
    assert m.surname == arabic.surname
