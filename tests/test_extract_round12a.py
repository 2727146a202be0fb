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


# ---------------------------------------------------------------- an office right after a verb whose object follows at once
@pytest.mark.parametrize("office", ["مكتب يون", "مكتب الرئيس", "مكتبه"])
def test_an_office_right_after_the_verb_speaks_not_the_last_speaker(office):
    text = ("قال الرئيس يون سوك يول اليوم إن الشائعات عن خلاف مع واشنطن مبالغ فيها.\n\n"
            f"ونفى {office} لاحقا التقرير الذي نشرته الصحيفة.")
    assert actors(text, "2023-09-26") == ["yoon", "other"]


def test_a_bare_object_after_the_verb_still_keeps_the_last_speaker():
    text = ("قال الرئيس يون سوك يول اليوم إن الشائعات عن خلاف مع واشنطن مبالغ فيها.\n\n"
            "ونفى التقرير الذي نشرته الصحيفة جملة وتفصيلا.")
    assert actors(text, "2023-09-26") == ["yoon", "yoon"]


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


# ---------------------------------------------------------------- «ممثل الكرملين» refers back to Peskov
def test_the_kremlin_representative_right_after_peskov_is_peskov():
    text = ("رفض دميتري بيسكوف التعليق على التقارير.\n"
            "وشدد ممثل الكرملين على أن موسكو لن تكشف تفاصيل الاتصالات.")
    assert actors(text) == ["peskov", "peskov"]


def test_the_kremlin_representative_after_someone_else_is_not_peskov():
    text = ("قالت الناطقة باسم الخارجية الروسية إن موسكو سترد.\n"
            "وشدد ممثل الكرملين على أن موسكو لن تكشف تفاصيل الاتصالات.")
    assert actors(text)[-1] == "other"


# ---------------------------------------------------------------- a masculine pronoun verb after an agency's report
def test_a_masculine_verb_after_an_agency_report_goes_back_to_the_man_before_it():
    text = ("قال الرئيس يون سوك يول إن حكومته سترفع ميزانية الدفاع.\n"
            "وذكرت وكالة يونهاب أن البرلمان سيناقش المشروع الأسبوع المقبل.\n"
            "وأضاف أن التهديدات الشمالية لا تترك خيارا آخر.")
    assert actors(text, "2023-08-30") == ["yoon", "other", "yoon"]


def test_after_a_woman_who_spoke_between_too():
    text = ("قال كيربي إن واشنطن تراقب المناورات الروسية.\n"
            "وقالت المتحدثة الروسية زاخاروفا إن المناورات دفاعية.\n"
            "وأضاف أن الولايات المتحدة ستبلغ حلفاءها بما لديها.")
    assert actors(text, "2023-08-30")[-1] == "kirby"


@pytest.mark.parametrize("text", [
    # the report names an official who may be the one going on
    "قال كيربي إن واشنطن تراقب المناورات الروسية.\n"
    "وذكرت صحيفة أمريكية أن الوزير سيزور المنطقة قريبا.\n"
    "وقال إن الزيارة ستشمل ثلاث عواصم.",
    # the sentence before the report only names the man, without his words
    "قال كيربي إن واشنطن تراقب المناورات.\n"
    "وتوجه بلينكن إلى أنقرة صباح اليوم.\n"
    "وذكرت الوكالة أن الاجتماع انتهى.\n"
    "وأضاف أن الإدارة ستتشاور.",
    # two sentences of the agency in between
    "قال كيربي إن واشنطن تراقب المناورات.\n"
    "وأعلنت وزارة الدفاع أن حاملة طائرات ستصل.\n"
    "وأضافت أن التدريبات ستستمر.\n"
    "وأوضح أن الإدارة ستتشاور.",
])
def test_a_masculine_verb_after_a_report_stays_other_when_the_man_before_is_not_its_sure_referent(text):
    assert actors(text, "2023-08-30")[-1] == "other"


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


# ---------------------------------------------------------------- «… أن كيم خاطب الحشود، حيث دعا إلى …»
def test_a_pronoun_verb_after_a_clause_opener_goes_on_with_the_man_the_report_opened_with():
    text = ("وأوضح تقرير نشرته الوكالة الرسمية أن كيم جونغ أون تفقد وحدة مدفعية في ساحة كيم إيل سونغ، "
            "حيث دعا إلى رفع الجاهزية القتالية.")
    assert actors(text, "2024-03-07") == ["other", "kim"]


def test_not_when_the_report_opens_with_someone_else():
    text = "وأوضح تقرير نشرته الوكالة الرسمية أن الوفد الصيني وصل إلى العاصمة، حيث أكد أن العلاقات متينة."
    assert actors(text, "2024-03-07") == ["other", "other"]


def test_not_without_the_clause_opener():
    text = "وأوضح تقرير نشرته الوكالة الرسمية أن كيم جونغ أون تفقد وحدة مدفعية. ودعا التقرير إلى رفع الجاهزية."
    assert actors(text, "2024-03-07")[-1] == "other"


# ---------------------------------------------------------------- spellings of the Kims
@pytest.mark.parametrize("name", ["كيم جونغ إل", "كيم جونج إل", "كيم إل سونغ", "كيم إل سونج"])
def test_the_father_and_grandfather_spelled_with_il_are_not_kim_jong_un(name):
    assert actors(f"وقال {name} في خطاب قديم أعيد بثه إن الوحدة حتمية.") == ["other"]


def test_kim_jong_yun_is_a_spelling_of_kim_jong_un():
    assert actors("وقال كيم جونغ يون إن الجيش في حالة تأهب.") == ["kim"]
