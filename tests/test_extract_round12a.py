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


# ---------------------------------------------------------------- one office, two spellings, one holder
@pytest.mark.parametrize("role", ["الزعيم الكوري الشمالي", "زعيم كوريا الشمالية", "الزعيم الكوري الشمالى"])
def test_the_north_korean_leader_by_office_alone_is_kim_without_a_date(role):
    # the office has had one holder since 2011: no date is needed (like «زعيم بيونغ يانغ» already was)
    assert actors(f"وأكد {role} أن بلاده ستواصل تطوير قدراتها الدفاعية.") == ["kim"]


def test_the_office_spelled_twice_is_listed_once():
    from stance.lexicon import default_lexicon
    from stance.normalize import normalize

    found = default_lexicon().find(normalize("قال الرئيس الكوري الجنوبي"))
    assert len(found) == 1
    holders = found[0].holders
    assert len(holders) == len(set(holders))


def test_the_south_korean_president_by_office_alone_still_needs_a_date():
    assert actors("وأكد الرئيس الكوري الجنوبي أن بلاده ستواصل تعزيز الردع.") == ["other"]


# ---------------------------------------------------------------- a given name alone after the full name
def test_a_given_name_alone_after_the_full_name_is_the_tracked_person():
    text = ("أوضح الناطق باسم الكرملين ديمتري بيسكوف أن موسكو تدرس العرض الأوروبي.\n"
            "وقال ديمتري إن الرد سيصدر خلال أيام.")
    assert actors(text) == ["peskov", "peskov"]


def test_kirby_by_his_given_name_too():
    text = ("قال جون كيربي إن البيت الأبيض يتابع حركة السفن في المضيق.\n"
            "وأضاف جون أن واشنطن لم تتلق طلبا رسميا بعد.")
    assert actors(text) == ["kirby", "kirby"]


def test_the_given_name_takes_the_latest_person_who_bears_it():
    text = ("قال ديمتري بيسكوف إن موسكو تدرس العرض.\n"
            "وقال نائب رئيس مجلس الأمن الروسي ديمتري ميدفيديف إن أوروبا تخسر.\n"
            "وأضاف ديمتري أن الحرب الاقتصادية فشلت.")
    assert actors(text)[-1] == "other"


def test_a_given_name_without_the_full_name_before_is_someone_else():
    assert actors("وقال جون إن الطائرة هبطت بسلام.") == ["other"]


def test_a_feminine_verb_with_the_given_name_is_not_him():
    text = "قال جون كيربي إن واشنطن تتابع التطورات.\nوقالت جون إن الإدارة مترددة."
    assert actors(text)[-1] == "other"


def test_user_lexicon_may_add_given_names():
    from stance.lexicon import load_lexicon

    lex = load_lexicon({"actors": {"peskov": {"names": ["بيسكوف"], "given_names": ["ميتيا"]}}})
    assert lex.given_name_owner("ميتيا") == "peskov"
    assert lex.given_name_owner("ديمتري") is None  # the user's list replaces the shipped one for that actor


# ---------------------------------------------------------------- a full name that names a place
def test_a_bare_kim_after_a_square_named_for_his_grandfather_is_still_kim():
    text = ("أكد الزعيم كيم جونغ أون أن الجيش سيبقى في حالة تأهب.\n"
            "وخلال العرض الذي أقيم في ساحة كيم إيل سونغ وسط العاصمة، قال كيم إن الصواريخ الجديدة جاهزة للنشر.")
    assert actors(text, "2024-02-08") == ["kim", "kim"]


def test_a_place_head_with_a_glued_preposition_counts_too():
    text = ("قال كيم جونغ أون إن الحزب سيعقد مؤتمره في موعده.\n"
            "وفي كلمة ألقاها بجامعة كيم إيل سونغ، أوضح كيم أن التعليم أولوية.")
    assert actors(text, "2024-02-08") == ["kim", "kim"]


def test_the_founder_himself_still_takes_the_bare_surname():
    text = "في خطاب قديم أعيد بثه، قال كيم إيل سونغ إن الوحدة حتمية.\nوأضاف كيم أن الشعب سينتصر."
    assert actors(text, "2024-02-08") == ["other", "other"]


def test_user_lexicon_extends_place_heads():
    from stance.lexicon import load_lexicon
    from stance.normalize import normalize

    lex = load_lexicon({"place_heads": ["جسر"]})
    assert lex.names_a_place(normalize("عند جسر كيم إيل سونغ"), len("عند جسر "))


# ---------------------------------------------------------------- titles only Kirby held
@pytest.mark.parametrize("role", ["منسق الاتصالات الاستراتيجية في مجلس الأمن القومي",
                                  "مستشار اتصالات الأمن القومي في البيت الأبيض"])
def test_a_title_created_for_kirby_needs_no_date(role):
    assert actors(f"وقال {role} إن الإدارة تتابع التطورات.") == ["kirby"]


def test_the_same_title_outside_his_years_is_someone_else():
    text = "وقال منسق الاتصالات الاستراتيجية في مجلس الأمن القومي إن الإدارة تتابع التطورات."
    assert actors(text, "2021-03-02") == ["other"]
    assert actors(text, "2025-09-02") == ["other"]


def test_the_bare_coordinator_title_and_the_spokesman_still_need_a_date():
    assert actors("وقال منسق الاتصالات الاستراتيجية إن الحملة ستبدأ غدا.") == ["other"]
    assert actors("وقال المتحدث باسم مجلس الأمن القومي إن الإدارة تتابع التطورات.") == ["other"]


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


# ---------------------------------------------------------------- «الزعيم» relayed by the North Korean state media
@pytest.mark.parametrize("outlet", ["وكالة الأنباء المركزية الكورية", "صحيفة رودونغ سينمون"])
def test_the_bare_leader_title_relayed_by_the_state_agency_is_kim_without_a_date(outlet):
    # one holder of the office since 2011 (the office is no longer listed twice): no date and no name needed
    assert actors(f"وقالت {outlet} إن الزعيم حث العمال على مضاعفة الإنتاج.") == ["kim"]


@pytest.mark.parametrize("outlet", ["وسائل الإعلام الرسمية في كوريا الشمالية", "وكالة كيه سي إن إيه", "صحيفة رودونغ شينمون"])
def test_more_names_of_the_north_korean_state_media(outlet):
    text = f"نشرت {outlet} صورا للاجتماع المغلق.\nوذكر التقرير أن الزعيم أكد ضرورة الاستعداد."
    assert actors(text, "2023-09-09") == ["kim"]


def test_the_bare_leader_title_without_the_state_media_stays_other():
    assert actors("وذكرت وكالة رويترز أن الزعيم أكد ضرورة الاستعداد.", "2023-09-09") == ["other"]


# ---------------------------------------------------------------- spellings of the Kims
@pytest.mark.parametrize("name", ["كيم جونغ إل", "كيم جونج إل", "كيم إل سونغ", "كيم إل سونج"])
def test_the_father_and_grandfather_spelled_with_il_are_not_kim_jong_un(name):
    assert actors(f"وقال {name} في خطاب قديم أعيد بثه إن الوحدة حتمية.") == ["other"]


def test_kim_jong_yun_is_a_spelling_of_kim_jong_un():
    assert actors("وقال كيم جونغ يون إن الجيش في حالة تأهب.") == ["kim"]
