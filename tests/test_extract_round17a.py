"""Extraction round 17a (issue 9): whole real articles from Gulf, Iraqi, Syrian, Yemeni and Sudanese outlets, every
statement listed. Three layouts gave statements to the wrong person: a South Korean official called Kim whose
given name the lexicon did not know as Korean («كيم تيه-هيو», with or without the hyphen) was read as Kim Jong
Un; a bare verb describing an indefinite noun right after it («… ما استدعى ردا غاضبا اعتبر كلامه …») was taken as
a pronoun going on with the man an agency had just reported about; and a misspelling of Kirby's name with a doubled
letter («كيبربي») stayed `other`. Every sentence here is written for this file."""

import pytest

from tests.conftest import actor_of, said


# ---------------------------------------------------------------- namesake Kims with a given name «تيه»
def test_kim_with_a_hyphenated_given_name_tae_is_not_kim_jong_un():
    text = 'وقال المستشار الأمني كيم تيه-هيو في لقاء مع الصحفيين يوم الأربعاء: "الشراكة مع الخليج أساسية لنا".'
    assert actor_of(text, "الشراكة مع الخليج", date="2023-10-20") == "other"


def test_kim_with_the_given_name_tae_without_a_hyphen_is_not_kim_jong_un():
    text = "وأوضح كيم تيه هيو أن سيول سترسل مساعدات إنسانية إلى المنطقة."
    assert actor_of(text, "سترسل مساعدات", date="2023-10-20") == "other"


def test_a_later_bare_kim_after_kim_tae_hyo_stays_with_him():
    text = ("وأوضح نائب المستشار كيم تيه-هيو أن الزيارة ستشمل الرياض والدوحة.\n"
            "وقال كيم إن الرئيس سيبحث مشاريع الطاقة مع مضيفيه.")
    assert actor_of(text, "مشاريع الطاقة", date="2023-10-20") == "other"


def test_kim_jong_un_himself_still_resolves_after_the_new_syllables():
    text = "وقال الزعيم كيم جونغ أون إن بلاده ستواصل تعزيز قدراتها الدفاعية."
    assert actor_of(text, "تعزيز قدراتها", date="2024-05-02") == "kim"


def test_kim_yang_written_with_ghain_is_a_namesake():
    text = "وأكد كيم يانغ جون أن الزعيم بصحة جيدة."
    assert actor_of(text, "بصحة جيدة", date="2020-05-03") == "other"


# ---------------------------------------------------------------- a misspelling of Kirby's name
def test_kirby_with_a_doubled_ba_in_quotation_marks_is_kirby():
    text = "واعتبر ” كيبربي ” في حديث لقناة عربية أن الهجمات على السفن تهدد التجارة العالمية."
    assert actor_of(text, "تهدد التجارة", date="2024-01-12") == "kirby"


# ---------------------------------------------------------------- a tracked man who only possesses the subject
def test_a_headline_whose_subject_is_the_leaders_sister_is_not_kim():
    text = "شقيقة الزعيم ‘كيم’ توجه تحذيرا شديدا لسيول\nحذرت كيم يو جونغ من رد قريب على المنشورات."
    found = said(text, date="2024-06-09")
    assert found and all(a != "kim" for a, _ in found)


def test_the_leader_himself_before_a_present_verb_in_a_headline_is_still_kim():
    text = "الزعيم كيم يتوعد سيول برد قاس\nوقال كيم جونغ أون إن بلاده لن تسكت على الاستفزازات."
    assert actor_of(text, "برد قاس", date="2024-06-09") == "kim"


def test_kirby_with_the_last_letter_dropped_after_his_given_name_is_kirby():
    text = "أعلن المتحدث باسم البيت الأبيض جون كيرب، أن “المفاوضات تسير على نحو مشجع”."
    assert actor_of(text, "المفاوضات تسير", date="2024-02-22") == "kirby"


def test_another_john_with_a_longer_surname_is_not_kirby():
    text = "قال المدرب جون كيربر إن الفريق جاهز للمباراة."
    assert actor_of(text, "الفريق جاهز", date="2024-02-22") == "other"


# ---------------------------------------------------------------- more Korean given syllables
def test_prime_minister_kim_hwang_sik_and_the_bare_kim_after_him_are_not_kim_jong_un():
    text = ("قال رئيس الحكومة الكورية الجنوبية كيم هوانغ سيك اليوم إن الشمال ما زال يهدد الاستقرار. "
            "ونقلت وكالة محلية عن كيم قوله إن الحرب لم تنته بعد. وأكد كيم أن الجاهزية يجب أن تبقى عالية.")
    found = said(text, date="2012-06-25")
    assert len(found) == 3 and all(a == "other" for a, _ in found)


def test_kim_jang_soo_with_a_jim_spelling_is_a_namesake():
    text = "وأوضح كيم جانج سو أن الوفد العسكري سيزور الحدود الأسبوع المقبل."
    assert actor_of(text, "الوفد العسكري", date="2013-05-02") == "other"


# ---------------------------------------------------------------- a possessed name named in between


@pytest.mark.parametrize("name", ["كيم جونغ غيو", "كيم كانغ-إيل", "كيم إيوي كيوم", "كيم راك غيوم", "كيم كون هي"])
def test_korean_officials_called_kim_with_these_given_names_are_namesakes(name):
    text = f"وقال المسؤول {name} إن الاجتماع المقبل سيعقد في موعده."
    assert actor_of(text, "الاجتماع المقبل", date="2019-03-01") == "other"
    later = text + " وأضاف كيم أن جدول الأعمال لم يكتمل بعد."
    assert actor_of(later, "جدول الأعمال", date="2019-03-01") == "other"


def test_kim_yang_un_after_the_leaders_title_is_a_misspelling_of_kim_jong_un():
    text = "كتب رئيس كوريا الشمالية كيم يانج اون عبر حسابه، قائلا: أن بلاده لن تقبل الإساءة إلى قيادتها."
    assert actor_of(text, "لن تقبل الإساءة", date="2024-01-25") == "kim"


# ---------------------------------------------------------------- relayed words of a woman; a removed president named
def test_a_relay_with_a_feminine_relay_word_is_a_woman_not_kim_jong_un():
    text = "ونقلت وكالة محلية عن كيم قولها إن الرد سيأتي قريبا."
    assert actor_of(text, "الرد سيأتي", date="2023-09-18") == "other"


def test_a_relay_with_a_masculine_relay_word_is_still_kim():
    text = "ونقلت الوكالة الرسمية عن الزعيم كيم جونغ أون قوله إن الرد سيأتي قريبا."
    assert actor_of(text, "الرد سيأتي", date="2023-09-18") == "kim"


def test_the_removed_president_named_after_the_role_is_yoon():
    text = "وقال الرئيس الكوري الجنوبي المعزول يون سوك يول إن المحاكمة ذات دوافع سياسية."
    assert actor_of(text, "دوافع سياسية", date="2025-04-20") == "yoon"


def test_the_removed_president_relayed_with_his_name_is_yoon():
    text = "ونقلت الوكالة عن الرئيس الكوري الجنوبي المعزول يون سوك يول قوله إنه بريء من التهم."
    assert actor_of(text, "بريء من التهم", date="2025-04-20") == "yoon"


def test_a_former_president_with_a_name_the_lexicon_does_not_know_stays_other():
    text = "قال الرئيس الكوري الجنوبي السابق مون جاي إن إن الحوار مع الشمال ضروري."
    assert actor_of(text, "الحوار مع الشمال", date="2023-09-18") == "other"
