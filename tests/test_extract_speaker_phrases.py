"""Extraction tests for the phrase that names a speaker: roles and offices (and the dates they held them),
seats of an office inside a title, appositions, institutions and outlets as speakers, relative clauses and
adverbials between the speaker and the verb, and the lexicon's role patterns. Each case is a short invented
sentence."""

from datetime import date

import pytest

from stance.extract import extract_statements
from tests.conftest import actor_of, actors, found, said, undated_actors

DAY = date(2023, 6, 14)


# ================================================================ roles and offices of the tracked people, and when they held them
def test_press_secretary_of_president_putin_then_the_name_is_peskov():
    text = "وقال السكرتير الصحفي للرئيس بوتين ديمتري بيسكوف إن موسكو لم تتلق أي رد."
    assert found(text) == [("peskov", "موسكو لم تتلق أي رد")]


@pytest.mark.parametrize("day, actor", [("2023-05-01", "kim"), (None, "kim"), ("2005-05-01", "other")])
def test_the_northern_leader_is_the_holder_of_the_dprk_leadership_on_the_date(day, actor):
    out = said("قال الزعيم الشمالي إن بلاده لن تتخلى عن ردعها النووي.", day)
    assert out and out[0][0] == actor


# ---------------------------------------------------------------- role wordings
@pytest.mark.parametrize("role, actor, day", [
    ("المتحدث الرئاسي الروسي", "peskov", "2023-04-18"),
    ("المتحدث الرسمي للكرملين", "peskov", "2023-04-18"),
    ("الناطق بلسان الكرملين", "peskov", "2023-04-18"),
    ("المتحدث باسم البيت الأبيض لشؤون الأمن القومي", "kirby", "2023-04-18"),
    ("منسق التواصل الاستراتيجي في مجلس الأمن القومي", "kirby", "2023-04-18"),
    ("مستشار البيت الأبيض لاتصالات الأمن القومي", "kirby", "2024-06-10"),
    ("مستشار اتصالات الأمن القومي في البيت الأبيض", "kirby", "2024-06-10"),
    ("رئيس كوريا الديمقراطية", "kim", "2023-04-18"),
    ("القائد الكوري الشمالي", "kim", "2023-04-18"),
    ("رئيس شؤون الدولة لجمهورية كوريا الديمقراطية الشعبية", "kim", "2023-04-18"),
])
def test_more_role_wordings(role, actor, day):
    assert actors(f"وقال {role} إن الوضع يتطلب الحذر.", day) == [actor]


def test_communications_adviser_after_kirby_left_is_not_kirby():
    assert actors("وقال مستشار اتصالات الأمن القومي في البيت الأبيض إن الوضع يتطلب الحذر.", "2025-06-01") == ["other"]


# ---------------------------------------------------------------- office spellings
def test_press_spokesman_on_behalf_of_the_russian_president_is_peskov():
    text = "وأعلن المتحدث الصحفي باسم الرئيس الروسي أن الكرملين لا يتفق مع هذه المزاعم."
    assert found(text) == [("peskov", "الكرملين لا يتفق مع هذه المزاعم")]


def test_leader_of_pyongyang_in_a_title_line_is_kim():
    text = "زعيم بيونغ يانغ: المصانع ستضاعف إنتاجها رغم الحصار"
    assert found(text, "2023-02-01") == [("kim", "المصانع ستضاعف إنتاجها رغم الحصار")]


def test_former_leader_of_pyongyang_is_not_kim_jong_un():
    text = "وقال زعيم بيونغ يانغ الراحل كيم إيل سونغ إن الوحدة قدر الأمة."
    assert [a for a, _ in found(text, "2023-02-01")] == ["other"]


# ---------------------------------------------------------------- office spellings and a gloss in brackets
def test_a_bracketed_gloss_between_the_office_and_the_name():
    text = "وانتقد المتحدث الصحفي للرئاسة الروسية (الكرملين) دميتري بيسكوف العقوبات الجديدة، معتبرا أنها بلا جدوى."
    got = found(text)
    assert got and all(actor == "peskov" for actor, _ in got)


def test_leader_of_the_democratic_korea_is_the_dprk_leader():
    text = "وقال زعيم كوريا الديمقراطية إن الجيش سيواصل تحديث ترسانته."
    assert found(text, "2024-12-31") == [("kim", "الجيش سيواصل تحديث ترسانته")]


# ---------------------------------------------------------------- a role with the wrong gender ending
def test_the_kremlin_spokesman_role_with_a_masculine_adjective():
    text = "وأضاف المتحدث باسم الرئاسة الروسي أن الاتصالات الهاتفية تبقى ممكنة."
    assert actor_of(text, "الاتصالات الهاتفية", "2024-02-01") == "peskov"


# ---------------------------------------------------------------- the lexicon pattern as a trie
def test_trie_pattern_finds_the_longest_surface_like_an_ordered_alternation():
    import re

    from stance.lexicon import _trie_pattern

    surfaces = ["الرئيس الكوري", "الرئيس الكوري الجنوبي", "الرئيس", "كيم جونغ أون", "كيم"]
    pattern = re.compile(r"(?:" + _trie_pattern(surfaces) + r")(?!\w)")
    assert pattern.match("الرئيس الكوري الجنوبي يون").group() == "الرئيس الكوري الجنوبي"
    assert pattern.match("الرئيس الكوري الشمالي").group() == "الرئيس الكوري"
    assert pattern.match("الرئيس-الكوري").group() == "الرئيس-الكوري"  # a hyphen reads as a space
    assert pattern.match("كيم جونغ أون").group() == "كيم جونغ أون"
    assert pattern.match("كيمياء") is None


def test_an_unnamed_nsc_spokesperson_is_not_kirby():
    # ANNOTATION.md lists only the definite NSC spokesman roles for Kirby; «متحدث باسم …» is any of them.
    assert actors("وقال متحدث باسم مجلس الأمن القومي لرويترز إن واشنطن تتابع الوضع.") == ["other"]


def test_an_nsc_spokesperson_named_kirby_is_kirby():
    text = "وقال متحدث باسم مجلس الأمن القومي الأميركي، هو جون كيربي، إن الإنذار المبكر أصبح أصعب."
    assert actors(text) == ["kirby"]


def test_the_countrys_leader_relayed_by_the_state_agency_is_kim():
    text = ('ونقلت وكالة الأنباء المركزية الكورية عن زعيم البلاد قوله: "إذا واصل الأعداء تهديداتهم فسنرد بالمثل".')
    assert actors(text) == ["kim"]


def test_the_countrys_leader_without_the_agency_is_someone_else():
    assert actors("وقال زعيم البلاد إن الاقتصاد يتحسن.") == ["other"]


# ---------------------------------------------------------------- an unnamed holder of a tracked person's post
@pytest.mark.parametrize("phrase", ["، لم يذكر اسمه،", "، طلب عدم الكشف عن هويته،"])
def test_an_unnamed_spokesman_of_the_kremlin_is_not_peskov(phrase):
    text = f"موسكو - وقال متحدث باسم الكرملين{phrase} إن الرئيس لن يحضر القمة."
    assert actors(text) == ["other"]


def test_the_kremlin_spokesman_named_is_still_peskov():
    text = "موسكو - وقال متحدث باسم الكرملين، هو دميتري بيسكوف، إن الرئيس لن يحضر القمة."
    assert actors(text) == ["peskov"]


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


# ---------------------------------------------------------------- one office, two spellings, one holder
@pytest.mark.parametrize("role", ["الزعيم الكوري الشمالي", "زعيم كوريا الشمالية", "الزعيم الكوري الشمالى"])
def test_the_north_korean_leader_by_office_alone_is_kim_without_a_date(role):
    # the office has had one holder since 2011: no date is needed (like «زعيم بيونغ يانغ» already was)
    assert undated_actors(f"وأكد {role} أن بلاده ستواصل تطوير قدراتها الدفاعية.") == ["kim"]


def test_the_office_spelled_twice_is_listed_once():
    from stance.lexicon import default_lexicon
    from stance.normalize import normalize

    found = default_lexicon().find(normalize("قال الرئيس الكوري الجنوبي"))
    assert len(found) == 1
    holders = found[0].holders
    assert len(holders) == len(set(holders))


def test_the_south_korean_president_by_office_alone_still_needs_a_date():
    assert undated_actors("وأكد الرئيس الكوري الجنوبي أن بلاده ستواصل تعزيز الردع.") == ["other"]


# ---------------------------------------------------------------- titles only Kirby held
@pytest.mark.parametrize("role", ["منسق الاتصالات الاستراتيجية في مجلس الأمن القومي",
                                  "مستشار اتصالات الأمن القومي في البيت الأبيض"])
def test_a_title_created_for_kirby_needs_no_date(role):
    assert undated_actors(f"وقال {role} إن الإدارة تتابع التطورات.") == ["kirby"]


def test_the_same_title_outside_his_years_is_someone_else():
    text = "وقال منسق الاتصالات الاستراتيجية في مجلس الأمن القومي إن الإدارة تتابع التطورات."
    assert undated_actors(text, "2021-03-02") == ["other"]
    assert undated_actors(text, "2025-09-02") == ["other"]


def test_the_bare_coordinator_title_and_the_spokesman_still_need_a_date():
    assert undated_actors("وقال منسق الاتصالات الاستراتيجية إن الحملة ستبدأ غدا.") == ["other"]
    assert undated_actors("وقال المتحدث باسم مجلس الأمن القومي إن الإدارة تتابع التطورات.") == ["other"]


# ---------------------------------------------------------------- the North Korean leader relayed by the state agency
@pytest.mark.parametrize("text", [
    "وذكرت وكالة الأنباء المركزية الكورية أن الزعيم شدد على ضرورة رفع الجاهزية القتالية.",
    "ونقلت وكالة الأنباء المركزية الكورية عن الزعيم قوله إن الجيش سيبقى على أهبة الاستعداد.",
    "ووفقا لوكالة الأنباء المركزية الكورية، قال الزعيم إن الجيش سيبقى على أهبة الاستعداد.",
])
def test_bare_leader_title_with_the_state_agency_is_kim(text):
    assert actors(text) == ["kim"]


def test_bare_leader_title_with_the_state_agency_before_his_time_is_not_kim():
    text = "وذكرت وكالة الأنباء المركزية الكورية أن الزعيم شدد على ضرورة رفع الجاهزية القتالية."
    assert actors(text, "2009-05-01") == ["other"]


def test_bare_leader_title_without_the_agency_stays_unresolved():
    text = "وقال الزعيم إن الحزب سيعقد مؤتمره في الربيع."
    assert actors(text) == ["other"]


def test_outlet_reporting_a_leader_named_before_with_his_title():
    text = ("أشرف الزعيم الكوري الشمالي كيم جونغ أون على مناورة بحرية. "
            "وذكرت الوكالة أن الزعيم أكد أن القوات البحرية ستتوسع.")
    assert found(text) == [("kim", "القوات البحرية ستتوسع")]


# ---------------------------------------------------------------- «الزعيم» relayed by the North Korean state media
@pytest.mark.parametrize("outlet", ["وكالة الأنباء المركزية الكورية", "صحيفة رودونغ سينمون"])
def test_the_bare_leader_title_relayed_by_the_state_agency_is_kim_without_a_date(outlet):
    # one holder of the office since 2011 (the office is no longer listed twice): no date and no name needed
    assert undated_actors(f"وقالت {outlet} إن الزعيم حث العمال على مضاعفة الإنتاج.") == ["kim"]


@pytest.mark.parametrize("outlet", ["وسائل الإعلام الرسمية في كوريا الشمالية", "وكالة كيه سي إن إيه", "صحيفة رودونغ شينمون"])
def test_more_names_of_the_north_korean_state_media(outlet):
    text = f"نشرت {outlet} صورا للاجتماع المغلق.\nوذكر التقرير أن الزعيم أكد ضرورة الاستعداد."
    assert undated_actors(text, "2023-09-09") == ["kim"]


def test_the_bare_leader_title_without_the_state_media_stays_other():
    assert undated_actors("وذكرت وكالة رويترز أن الزعيم أكد ضرورة الاستعداد.", "2023-09-09") == ["other"]


# ---------------------------------------------------------------- a removed president named
def test_the_removed_president_named_after_the_role_is_yoon():
    text = "وقال الرئيس الكوري الجنوبي المعزول يون سوك يول إن المحاكمة ذات دوافع سياسية."
    assert actor_of(text, "دوافع سياسية", date="2025-04-20") == "yoon"


def test_the_removed_president_relayed_with_his_name_is_yoon():
    text = "ونقلت الوكالة عن الرئيس الكوري الجنوبي المعزول يون سوك يول قوله إنه بريء من التهم."
    assert actor_of(text, "بريء من التهم", date="2025-04-20") == "yoon"


def test_a_former_president_with_a_name_the_lexicon_does_not_know_stays_other():
    text = "قال الرئيس الكوري الجنوبي السابق مون جاي إن إن الحوار مع الشمال ضروري."
    assert actor_of(text, "الحوار مع الشمال", date="2023-09-18") == "other"


# ================================================================ seats and fields inside a title
# ---------------------------------------------------------------- the seat of an office inside the title
@pytest.mark.parametrize("text", [
    # a bare spokesman word, «باسم» and a seat with «في»
    "قال المتحدث باسم الأمن القومي في البيت الأبيض جون كيربي مساء الثلاثاء، إن واشنطن تتابع المناورات بقلق.",
    # a role, then the seat glued to «ب»
    "وأوضح منسق الاتصالات الاستراتيجية بالبيت الأبيض جون كيربي أن واشنطن تتابع المناورات بقلق.",
    # a long title the lexicon does not list, then the seat: the name decides
    "وأكد مسؤول ملف التواصل والتنسيق الإعلامي الاستراتيجي بالبيت الأبيض جون كيربي مساء الاثنين أن واشنطن تتابع المناورات بقلق.",
])
def test_a_seat_between_the_title_and_the_name_keeps_the_name_deciding(text):
    assert actors(text) == ["kirby"]
    assert actors(text, date(2019, 1, 10)) == ["kirby"]  # his name decides whatever post he held then


def test_an_object_verb_with_a_seat_and_time_words_reads_the_whole_subject():
    text = "كشف المتحدث بإسم الأمن القومي بالبيت الأبيض جون كيربي اليوم الأربعاء، أن واشنطن رصدت شحنات جديدة."
    [(actor, words)] = said(text, DAY)
    assert actor == "kirby"
    assert words.startswith("واشنطن رصدت")


def test_the_person_after_a_seat_is_the_one_who_speaks_not_the_office_holder():
    # «الكرملين» is the seat, but the name after it is another official: never Peskov
    text = "وقال المتحدث باسم الرئاسة في الكرملين يوري أوشاكوف إن اللقاء سيعقد الشهر المقبل."
    assert actors(text) == ["other"]


def test_a_meeting_phrase_is_not_a_seat():
    text = "وقال المتحدث باسم الخارجية الروسية في لقائه مع جون كيربي إن الحوار ضروري."
    assert actors(text) == ["other"]


# ---------------------------------------------------------------- Kirby's title in the order some sites use
@pytest.mark.parametrize("title", [
    "منسق مجلس الأمن القومي للاتصالات الاستراتيجية",
    "منسق التواصل الاستراتيجي لمجلس الأمن القومي",
])
def test_the_communications_title_with_the_council_first_is_kirbys_while_he_held_it(title):
    text = f"وأكد {title} أن أي صفقة سلاح مع بيونغ يانغ تخرق قرارات مجلس الأمن."
    assert actors(text) == ["kirby"]
    assert actors(text, date(2019, 3, 1)) == ["other"]  # before he held it


def test_an_object_verb_after_a_role_and_a_glued_seat_takes_the_name_as_part_of_the_subject():
    text = "وكشف منسق الاتصالات الاستراتيجية بالبيت الأبيض جون كيربي في الإيجاز، أن الشحنات عبرت الحدود ليلا."
    [(actor, words)] = said(text, DAY)
    assert actor == "kirby"
    assert words.startswith("الشحنات عبرت")


def test_a_listed_role_then_a_seat_then_the_name_stays_with_the_name():
    # the role mention opens the region, so the long title is no prefix of unknown words before the name
    text = "وأعلن منسق الاتصالات الاستراتيجية في مجلس الأمن القومي في البيت الأبيض جون كيربي أن فريقه يتابع الخطاب."
    assert actors(text) == ["kirby"]


# ---------------------------------------------------------------- a seat phrase closed by a comma before the name
def test_a_spokesman_with_his_seat_and_a_comma_before_the_name():
    text = "وقال المتحدث باسم الأمن القومي في البيت الأبيض، جون كيربي، إن واشنطن تراجع خياراتها."
    assert actor_of(text, "واشنطن تراجع", "2024-05-20") == "kirby"


def test_a_misspelled_bism_and_a_seat_with_a_comma():
    text = 'وأشار المتحدث بإسم الأمن القومي في البيت الأبيض، جون كيربي، إلى أن "الردع ما زال قائما".'
    assert actor_of(text, "الردع ما زال", "2024-01-10") == "kirby"


def test_an_unknown_spokesman_with_a_seat_and_a_comma_stays_other():
    text = "وقال المتحدث باسم الخارجية في طهران، ناصر كنعاني، إن بلاده لن تتراجع."
    assert actor_of(text, "بلاده لن تتراجع", "2023-05-01") == "other"


# ---------------------------------------------------------------- the field of a title before a full name
@pytest.mark.parametrize("text", [
    # a candidate's title, then the contest he runs in, then his full name
    "وقال المرشح المحافظ الأبرز في السباق الرئاسي الكوري الجنوبي يون سوك يول مساء السبت إن بيونغ يانغ قد تختبر صاروخا جديدا.",
    "صرح زعيم كتلة المعارضة في الانتخابات البرلمانية المقبلة يون سوك يول بأن التحالف مع واشنطن يحتاج إلى تعزيز.",
])
def test_a_field_phrase_between_a_long_title_and_the_name_keeps_the_name_deciding(text):
    assert actors(text) == ["yoon"]


@pytest.mark.parametrize("text", [
    # the words after «في» hold a meeting, not a field: the name is someone spoken with
    "وقال المتحدث باسم الخارجية الصينية في لقائه مع جون كيربي إن الحوار مفيد للطرفين.",
    # the name after «في» belongs to a possessor head: an office of his, not he
    "وقال مسؤول كبير سابق في الحزب الحاكم في مكتب يون سوك يول إن الخطة لم تقر بعد.",
    # a title right before the name: the phrase is about him
    "وقال باحث مختص بالشأن الكوري الجنوبي في مركز الدراسات عن الرئيس يون سوك يول إن شعبيته تراجعت.",
])
def test_a_field_phrase_never_turns_someone_elses_words_into_the_named_persons(text):
    assert "yoon" not in actors(text) and "kirby" not in actors(text)


# ================================================================ offices, institutions and outlets as speakers
def test_office_then_name_before_the_object_of_a_denial():
    text = ("أعلن يون أن الجيش في حالة تأهب. "
            "في المقابل، نفى وزير الدفاع كيم يونغ هيون إطلاق أي طائرة مسيرة نحو الشمال.")
    assert found(text, "2024-10-12")[-1] == ("other", "إطلاق أي طائرة مسيرة نحو الشمال")


def test_ministry_with_nisba_adjectives_then_a_statement_noun_and_a_quote():
    text = "وقالت وزارة الخارجية الصينية في بيان \"إن الحوار هو السبيل الوحيد لتهدئة التوتر\"."
    assert found(text) == [("other", "إن الحوار هو السبيل الوحيد لتهدئة التوتر")]


def test_country_subject_of_an_object_verb_is_the_speaker():
    text = "وأدانت الجزائر قرار باماكو الأخير، معتبرة إياه خطأ جسيما."
    assert found(text) == [("other", "قرار باماكو الأخير"), ("other", "خطأ جسيما")]


def test_local_media_describing_is_an_outlet_not_the_leader():
    text = "وتفقد كيم المصنع الجديد. وعرض الجيش صاروخا جديدا في استعراض وصفه الإعلام المحلي بأنه تحذير للأعداء."
    assert found(text) == [("other", "تحذير للأعداء")]


def test_quoted_institution_after_a_role_is_still_part_of_the_speaker():
    text = 'وقال المتحدث باسم وزارة الدفاع الأمريكية "البنتاغون" جون كيربي، إن القوات الروسية تتراجع عن العاصمة.'
    assert found(text, "2022-03-20") == [("kirby", "القوات الروسية تتراجع عن العاصمة")]


# ---------------------------------------------------------------- an institution right before the verb
def test_institution_after_a_complementizer_is_the_subject_not_the_previous_speaker():
    text = ("وقال كيربي إن الاتصالات مع بكين مستمرة. "
            "يذكر أن البنتاغون أعلن أمس تعليق إحدى المناورات.")
    got = found(text)
    assert got[0] == ("kirby", "الاتصالات مع بكين مستمرة")
    assert [a for a, _ in got[1:]] == ["other"]


def test_institution_after_an_auxiliary_without_qad():
    text = ("وقال بيسكوف إن الرئيس سيشارك في القمة. "
            "وكان الكرملين أعلن في وقت سابق تأجيل الزيارة.")
    got = found(text)
    assert got[0] == ("peskov", "الرئيس سيشارك في القمة")
    assert [a for a, _ in got[1:]] == ["other"]


def test_institution_inside_the_words_said_stays_part_of_them():
    text = "وقال بيسكوف إن الكرملين أعلن موقفه بوضوح."
    assert found(text) == [("peskov", "الكرملين أعلن موقفه بوضوح")]


# ---------------------------------------------------------------- a group named by its leader speaks, not the leader
@pytest.mark.parametrize("group", [
    "حزب العمال الحاكم بزعامة كيم جونغ أون",
    "الحزب الحاكم بقيادة الرئيس يون سوك يول",
    "الوفد الحكومي برئاسة يون",
])
def test_a_group_described_by_its_leader_is_the_speaker(group):
    """«قال حزب … بزعامة X إن …»: the party (or delegation) speaks; its leader is only named to describe it."""
    text = f"سيول - وقال {group} في بيان إن البلاد ستمضي في خططها رغم الضغوط."
    assert actors(text) == ["other"]


def test_the_leader_speaking_for_a_group_he_leads_is_still_his():
    text = "سيول - وقال يون، الذي يقود الحزب الحاكم، إن الحكومة ستمضي في خططها رغم الضغوط."
    assert actors(text) == ["yoon"]


# ---------------------------------------------------------------- a quoted institution inside a role, a comma after the verb
def test_role_with_the_institution_in_quotation_marks():
    text = "وقال المتحدث باسم «الكرملين» إن الاتصالات مع أنقرة مستمرة."
    assert found(text) == [("peskov", "الاتصالات مع أنقرة مستمرة")]


def test_comma_between_an_object_verb_and_its_named_subject():
    text = "ونفى، المتحدث باسم «الكرملين» وجود أي خطط لتعبئة جديدة، مكتفيا بالقول إن الجيش يملك ما يكفي."
    assert found(text) == [("peskov", "وجود أي خطط لتعبئة جديدة"), ("peskov", "الجيش يملك ما يكفي")]


def test_apology_after_the_name_and_a_comma():
    text = "قدم الزعيم كيم جونغ أون، اعتذاره للمزارعين عن تأخر وصول الأسمدة."
    assert found(text) == [("kim", "اعتذاره للمزارعين عن تأخر وصول الأسمدة")]


# ---------------------------------------------------------------- a bare «المتحدث» with someone else's name
@pytest.mark.parametrize("spokesman", ["المتحدث فرهاد نوري", "المتحدث الإيراني فرهاد نوري"])
def test_bare_spokesman_with_an_unknown_name_is_not_the_last_spokesman(spokesman):
    text = f"قال بيسكوف إن القمة لم تحدد. وقال {spokesman} إن طهران ترفض الاتهامات."
    assert found(text)[-1] == ("other", "طهران ترفض الاتهامات")


def test_bare_spokesman_with_his_own_nationality_is_still_him():
    text = "قال بيسكوف إن القمة لم تحدد. وأضاف المتحدث الروسي أن الموعد سيعلن لاحقا."
    assert found(text)[-1] == ("peskov", "الموعد سيعلن لاحقا")


# ---------------------------------------------------------------- someone else's spokesman before an object
def test_bare_spokesman_with_an_unknown_name_before_an_object_is_someone_else():
    text = ("قال المتحدث باسم الكرملين دميتري بيسكوف إن المحادثات لم تبدأ بعد. "
            "ووصف المتحدث كريم نصار العقوبات الجديدة بأنها جائرة.")
    got = found(text)
    assert got[0] == ("peskov", "المحادثات لم تبدأ بعد")
    assert [a for a, _ in got[1:]] == ["other"]


@pytest.mark.parametrize("after", ["الرسمي", "أمس"])
def test_bare_spokesman_with_a_modifier_before_an_object_stays_the_last_spokesman(after):
    text = ("قال المتحدث باسم الكرملين دميتري بيسكوف إن المحادثات لم تبدأ بعد. "
            f"ونفى المتحدث {after} التقارير الغربية عن انسحاب القوات.")
    assert [a for a, _ in found(text)] == ["peskov", "peskov"]


# ---------------------------------------------------------------- an office, a name the lexicon lacks, a quotation
def test_office_and_unknown_name_then_comma_and_quotation():
    text = 'وقال وزير الطاقة سامي الخطيب، "الكهرباء ستعود تدريجيا خلال أسبوعين".'
    found = extract_statements(text, date="2024-05-01")
    assert [(s.actor, s.text) for s in found] == [("other", "الكهرباء ستعود تدريجيا خلال أسبوعين")]
    assert found[0].actor_mention == "وزير الطاقة سامي الخطيب"


def test_a_chain_of_offices_before_the_name_and_the_quotation():
    text = 'قال نائب رئيس الوزراء وزير الاقتصاد والتجارة كمال الرفاعي، "لا نية لرفع الضرائب هذا العام".'
    assert said(text, "2024-05-01") == [("other", "لا نية لرفع الضرائب هذا العام")]


def test_office_then_a_time_word_is_not_a_name():
    found = extract_statements('وقال وزير الخارجية الأمريكي أمس، "لم يكن الأردن طرفا في الصفقة".', date="2024-05-01")
    assert [(s.actor, s.actor_mention) for s in found] == [("other", "وزير الخارجية الأمريكي")]


# ---------------------------------------------------------------- praise after a title and an unknown name
def test_praise_after_a_title_and_a_name_the_lexicon_lacks():
    text = "ورحب الرئيس سلفا كير، بالوفد الإثيوبي في جوبا.\nوأشاد الرئيس سلفا كير بدور الوسطاء الأفارقة."
    found = said(text, "2023-05-01")
    assert found == [("other", "الوفد الإثيوبي في جوبا"), ("other", "دور الوسطاء الأفارقة")]


def test_praise_after_a_tracked_role_keeps_the_holder():
    assert actor_of("ورحب الرئيس الكوري الجنوبي بقرار المحكمة.", "قرار المحكمة", "2023-05-01") == "yoon"


# ---------------------------------------------------------------- the outlet spoken to, written «لـ"…"»
def test_an_outlet_after_a_detached_lam_is_spoken_to_not_speaking():
    text = ("قال كيربي إن واشنطن تراقب التحركات.\n"
            "وأضاف لـ«قناة 7» الأمريكية أن القرار النهائي بيد الرئيس.")
    assert actor_of(text, "القرار النهائي", "2023-04-04") == "kirby"


def test_a_plain_quoted_outlet_after_a_detached_lam():
    text = 'قال بيسكوف إن موسكو لن ترد الآن. وأضاف لـ"آر تي" أن الخيارات كلها مطروحة.'
    assert actor_of(text, "الخيارات كلها") == "peskov"


def test_a_woman_named_after_the_outlet_she_spoke_to_is_still_the_speaker():
    text = 'قال بيسكوف إن موسكو لن ترد الآن. وقالت لـ"آر تي" المتحدثة ماريا زاخاروفا إن الخيارات كلها مطروحة.'
    assert actor_of(text, "الخيارات كلها") == "other"


# ---------------------------------------------------------------- the station spoken to, glued ل
def test_radio_with_a_bracketed_name_before_a_quote():
    text = 'وقال بيسكوف لراديو (صوت موسكو) "لا نرى أي تقدم في المحادثات".'
    assert actor_of(text, "لا نرى أي تقدم") == "peskov"


def test_radio_with_a_dotted_acronym_before_a_quote():
    text = 'وقال كيربي لإذاعة (بي.بي.سي) "نراقب الوضع عن كثب".'
    assert actor_of(text, "نراقب الوضع", "2023-04-02") == "kirby"


def test_an_unknown_speaker_before_the_station_keeps_only_her_name():
    text = 'وقالت ماري لوفيفر لإذاعة محلية "الأولوية هي التهدئة في المنطقة".'
    found = [s for s in extract_statements(text) if "الأولوية هي التهدئة" in s.text]
    assert found and found[0].actor == "other"
    assert "لإذاعة" not in found[0].actor_mention


# ---------------------------------------------------------------- an outlet the lexicon lacks before a comma
def test_outlet_before_a_comma_is_the_subject_of_an_object_verb():
    text = "وذكرت شبكة سكاي نيوز البريطانية، إغلاق القنصلية في أربيل حتى إشعار آخر."
    found = extract_statements(text, date="2024-10-01")
    assert [(s.actor, s.text) for s in found] == [("other", "إغلاق القنصلية في أربيل حتى إشعار آخر")]
    assert found[0].actor_mention == "شبكة سكاي نيوز البريطانية"


def test_agency_name_that_opens_with_waw_is_an_outlet_too():
    text = "ونفت وكالة الأنباء الرسمية، التقارير عن زيارة الوفد."
    found = extract_statements(text, date="2024-10-01")
    assert found and found[0].actor_mention == "وكالة الأنباء الرسمية"
    assert found[0].text == "التقارير عن زيارة الوفد"


def test_a_named_speaker_before_the_comma_is_not_replaced():
    text = "ونفى بيسكوف، في تصريح لوكالة تاس، التقارير عن الزيارة."
    assert said(text, "2024-10-01") == [("peskov", "التقارير عن الزيارة")]


# ================================================================ relative clauses, appositions and adverbials around the speaker
def test_which_he_wrote_about_is_a_new_speaker():
    text = ("كتب يون أنه سيستقبل الأمين العام للحلف الأسبوع المقبل، وهو ما كتب عنه الأمين العام "
            "أن التعاون بين موسكو والشمال يهدد الجميع.")
    got = found(text, "2024-06-01")
    assert got[0][0] == "yoon" and "يهدد الجميع" not in got[0][1]
    assert got[-1] == ("other", "التعاون بين موسكو والشمال يهدد الجميع")


def test_nested_speaker_before_a_relative_clause():
    text = ('وأفادت الوكالة الرسمية أن كيم جونغ أون، الذي التقى الرئيس ترامب مرتين من قبل، '
            'قال "العلاقات الشخصية ما زالت طيبة".')
    assert found(text, "2025-09-22") == [("kim", "العلاقات الشخصية ما زالت طيبة")]


def test_night_of_a_weekday_is_not_a_speaker():
    text = "قال كيم جونغ أون إن جيشه جاهز لأي طارئ، وقد حذر ليل الثلاثاء، من أن الرد سيكون حاسما."
    got = found(text)
    assert [a for a, _ in got] == ["kim", "kim"]


def test_pluperfect_subject_speaks_and_the_tracked_object_does_not():
    text = "وكان الرئيس الفرنسي قد حذر بيسكوف في اتصال هاتفي من أن التصعيد سيضر الجميع."
    got = found(text)
    assert got and all(a != "peskov" for a, _ in got)
    assert found("وكان كيربي قد حذر من أن الهدنة هشة.") == [("kirby", "الهدنة هشة")]


def test_quoted_name_is_the_clause_subject():
    # a broadcaster that writes names in quotation marks: «وتحدث "يون" …، حيث شدد …»
    text = "وتحدث \"يون\" مطولا عن أزمة السكن، حيث شدد على أن الحكومة ستبني مساكن ميسرة."
    assert found(text) == [("yoon", "الحكومة ستبني مساكن ميسرة")]


# ---------------------------------------------------------------- relative clauses
def test_name_inside_a_relative_clause_of_the_speaker_region_is_not_the_speaker():
    text = "وقال رئيس الوزراء الياباني، الذي التقى يون سوك يول أمس، إن طوكيو تدعم سيول."
    assert found(text) == [("other", "طوكيو تدعم سيول")]


def test_speech_verb_in_a_relative_clause_after_a_name_is_his():
    text = "وجاء ذلك بعد تصريحات للمتحدث باسم الكرملين دميتري بيسكوف، الذي قال إن موسكو لا تنوي التصعيد."
    assert ("peskov", "موسكو لا تنوي التصعيد") in found(text)


def test_relative_clause_verb_without_speech_after_it_is_not_a_cue():
    text = "ونقلت الوكالة عن كيم جونغ أون، الذي تابع الإطلاق من مركز المراقبة، قوله إن التجربة نجحت."
    assert found(text) == [("kim", "التجربة نجحت")]


def test_relative_verb_of_the_other_gender_is_the_speaker_talking_about_the_head():
    text = ("وقال كيربي إن الأزمة طويلة.\n"
            "ودعا كيربي الأطراف إلى مساندة الحكومة المؤقتة التي قال إنها تعمل على توحيد المؤسسات.")
    found = said(text, "2016-11-02")
    assert ("kirby", "تعمل على توحيد المؤسسات") in found
    assert all("تعمل على توحيد" not in t for a, t in found if t != "تعمل على توحيد المؤسسات")


def test_relative_verb_of_the_other_gender_before_a_bare_complementizer_is_the_sentence_speaker():
    # «التي قال إن …»: the complementizer carries no pronoun; the head's pronoun comes later (مقاتليها)
    text = ("قال جون كيربي إن الخطر قائم.\n"
            "وامتدح كيربي القوات المحلية، التي قال إن كثيرا من مقاتليها ضحوا في المعارك الأخيرة.")
    assert said(text, "2022-01-28")[-1] == ("kirby", "كثيرا من مقاتليها ضحوا في المعارك الأخيرة")


def test_relative_verb_with_its_own_name_after_it_before_a_bare_complementizer_is_not_the_sentence_speaker():
    text = "وامتدح كيربي القوات المحلية، التي قال بيسكوف إن مقاتليها ضحوا كثيرا."
    # (his praise of the head is his own act; the relative clause's words are not his)
    assert all(a != "kirby" for a, words in said(text, "2022-01-28") if "مقاتليها" in words)


def test_relative_verb_with_a_resumptive_belongs_to_the_person_before_it():
    # «تصريحات المستشار … التي قال فيها»: the head is the document, the verb is the chancellor's
    text = "وانتقد بيسكوف تصريحات رئيس الوزراء البولندي دونالد توسك التي قال فيها إن موسكو تهدد جيرانها."
    assert actor_of(text, "موسكو تهدد جيرانها", "2024-03-05") == "other"


def test_unknown_titled_person_before_a_comma_and_a_relative_verb_speaks_for_himself():
    text = ("وانتقد بيسكوف تصريحات رئيس الوزراء البولندي دونالد توسك، الذي قال إن موسكو تهدد جيرانها، "
            "مؤكدا أن بلاده لا تنوي مهاجمة أحد.")
    found = said(text, "2024-03-05")
    assert ("other", "موسكو تهدد جيرانها") in found
    assert ("peskov", "بلاده لا تنوي مهاجمة أحد") in found
    assert all("موسكو تهدد" not in t for a, t in found if a == "peskov")


def test_a_thing_before_the_comma_keeps_the_old_reading():
    text = "وأشاد بيسكوف بالاتفاق التجاري، الذي قال إنه سيخدم البلدين."
    assert [a for a, _ in said(text, "2024-03-05")] == ["peskov"]


# ---------------------------------------------------------------- a relative clause with «كان» between the speaker and his verb
def test_a_relative_clause_with_an_auxiliary_does_not_hide_the_speaker():
    text = "وكيربي الذي كان يتحدث في إيجاز صحفي قال إن واشنطن ستواصل مراقبة الشحنات."
    assert found(text) == [("kirby", "واشنطن ستواصل مراقبة الشحنات")]


def test_the_pluperfect_of_the_speaker_himself_still_counts():
    text = "وكان بيسكوف قد قال إن الكرملين لا يرى أساسا لهذه المزاعم."
    assert found(text) == [("peskov", "الكرملين لا يرى أساسا لهذه المزاعم")]


# ---------------------------------------------------------------- a long speaker phrase with a relative clause
def test_a_speaker_described_by_a_relative_clause_is_not_the_last_speaker_s_object():
    text = ("أكد زعيم كوريا الشمالية كيم جونغ أون رغبته في خفض التوتر مع الجنوب.\n"
            "وأكد المستشار الأول للأمن القومي في رئاسة كوريا الجنوبية، بارك سو هيون، الذي عاد من بيونغ يانغ "
            "مساء أمس بعد زيارة قصيرة، خلال إفادة صحفية، أن المحادثات كانت صريحة.")
    statements = extract_statements(text, date="2018-09-06")
    kim = [s for s in statements if s.actor == "kim"]
    assert [s.text for s in kim] == ["رغبته في خفض التوتر مع الجنوب"]
    assert any(s.actor == "other" and s.text.startswith("المحادثات كانت صريحة") for s in statements)


# ---------------------------------------------------------------- subjects without a lexicon name
def test_auxiliary_kana_without_qad_puts_the_subject_before_the_verb():
    text = ("وقال بيسكوف إن الرواية البريطانية غير صحيحة. "
            "وكان السفير البريطاني السابق قال، في مقابلة إذاعية، إن موسكو هددت بلاده.")
    assert [a for a, _ in found(text)] == ["peskov", "other"]


def test_quote_right_after_a_speaker_the_lexicon_does_not_know():
    text = "وقال مون \"أنا واثق أن الطرفين سيعودان إلى الطاولة قريبا\"."
    assert found(text) == [("other", "أنا واثق أن الطرفين سيعودان إلى الطاولة قريبا")]


def test_quote_after_a_pronoun_subject_and_an_adverbial_phrase():
    text = ("قال كيربي إن واشنطن تراقب الوضع. "
            "وأضاف في حديث لقناة أمريكية \"لن نسمح بأن تتحول المنطقة إلى ساحة حرب\".")
    assert found(text) == [("kirby", "واشنطن تراقب الوضع"),
                           ("kirby", "لن نسمح بأن تتحول المنطقة إلى ساحة حرب")]


# ---------------------------------------------------------------- an object or an apposition after «name،»
def test_object_after_a_comma_following_the_name_is_not_an_apposition():
    text = ("أكد الزعيم الكوري الشمالي كيم جونغ أون، نجاح بلاده في تجاوز موسم الفيضانات، "
            "بعد أن غمرت المياه عدة قرى في الشمال.")
    got = found(text)
    assert len(got) == 1 and got[0][0] == "kim"
    assert got[0][1].startswith("نجاح بلاده في تجاوز موسم الفيضانات")


def test_apposition_with_an_office_after_the_name_is_still_skipped():
    text = "نفى جون كيربي، المتحدث باسم مجلس الأمن القومي، الأنباء عن زيارة سرية."
    assert found(text) == [("kirby", "الأنباء عن زيارة سرية")]


# ---------------------------------------------------------------- an indirect question between speaker and marker
@pytest.mark.parametrize("opener", ["حول إذا", "بشأن إذا"])
def test_question_clause_with_its_own_verb_between_the_speaker_and_the_marker(opener):
    text = (f"ولفت بيسكوف في إفادة صحفية، {opener} كان الكرملين يرى ضرورة لمراجعة الأرقام التي نشرتها الصحف، "
            "إلى أن \"لا حاجة لذلك\"، موضحا أن \"الأرقام الرسمية كافية\".")
    assert found(text) == [("peskov", "لا حاجة لذلك"), ("peskov", "الأرقام الرسمية كافية")]


# ---------------------------------------------------------------- time words between the verb and the name
def test_day_words_between_the_verb_and_a_tracked_name():
    text = "وقال يوم الثلاثاء بيسكوف في حديث مع الصحفيين إن القمة ليست على جدول الأعمال."
    assert actor_of(text, "القمة ليست") == "peskov"


def test_yesterday_between_the_verb_and_the_name():
    assert actor_of("وأكد أمس كيربي أن واشنطن تتابع المناورات.", "واشنطن تتابع") == "kirby"


def test_a_name_inside_an_adverbial_after_the_verb_is_still_not_the_speaker():
    # «يوم لقائه» opens a phrase about a meeting: the person met is not the one who speaks
    found = said("وقال يوم لقائه بيسكوف إن المحادثات كانت صريحة.")
    assert found and all(actor == "other" for actor, _ in found)


# ---------------------------------------------------------------- name, adverbial phrase, comma, verb
def test_a_name_opening_the_sentence_before_an_adverbial_and_its_verb():
    text = "بيسكوف وفي اتصال مع إذاعة محلية صباح اليوم، وصف القيود الجديدة بأنها «غير قانونية»."
    assert actor_of(text, "غير قانونية") == "peskov"


def test_the_opening_name_wins_over_the_speaker_of_the_sentence_before():
    text = ("قال كيربي إن الإدارة تدرس الخيارات.\n"
            "يون وخلال زيارته لقاعدة عسكرية، أضاف أن الجيش مستعد لكل الاحتمالات.")
    assert actor_of(text, "الجيش مستعد", "2023-06-01") == "yoon"


def test_a_name_followed_by_its_verb_directly_is_unchanged():
    assert actor_of("كيربي أوضح أن المساعدات ستصل قريبا.", "المساعدات ستصل") == "kirby"


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


# ---------------------------------------------------------------- an adverbial between commas after «وكان X <verb>»
def test_a_pluperfect_verb_then_time_words_between_commas_then_the_object():
    text = "وكان الزعيم كيم جونغ أون أكد، يوم السبت، استعداد بلاده للرد على أي اعتداء."
    assert found(text, "2024-11-02") == [("kim", "استعداد بلاده للرد على أي اعتداء")]


def test_a_verb_with_no_object_before_another_subject_is_no_statement():
    text = "وكيربي ينفي، اليوم، وبيسكوف يلوح."
    assert found(text, "2023-10-02") == []


# ---------------------------------------------------------------- a long adverbial before the marker
def test_long_adverbial_with_a_relative_clause_before_ila_keeps_the_speaker():
    text = ("وقال بيسكوف إن موسكو تتابع الوضع.\n"
            "وأشار خلال اللقاء الذي حضره السفير الصيني وعدد من المسؤولين الروس والأجانب في قاعة المؤتمرات الكبرى، "
            "إلى “أهمية توسيع التعاون بين البلدين”.")
    assert actor_of(text, "أهمية توسيع التعاون") == "peskov"


# ---------------------------------------------------------------- a name, then a long adverbial, then the marker
def test_name_and_a_speech_adverbial_with_a_relative_clause_before_the_complementizer():
    text = ("وأوضح الحمداني في كلمة ألقاها صباح اليوم أمام رؤساء البعثات والملحقين العسكريين المعتمدين في بغداد "
            "بمناسبة يوم الجيش، أن المنطقة تمر بمرحلة دقيقة.")
    assert said(text, "2024-01-06") == [("other", "المنطقة تمر بمرحلة دقيقة")]


def test_name_then_an_adverbial_holding_another_persons_apposition():
    text = ("وأضاف الحمداني في كلمة قرأها نيابة عنه سعد الراوي، الأمين العام للوزارة خلال افتتاح مؤتمر "
            "الأمن الإقليمي، أن بلاده ترفض أي تدخل في شؤونها.")
    found = extract_statements(text, date="2024-01-06")
    assert [(s.actor, s.text) for s in found] == [("other", "بلاده ترفض أي تدخل في شؤونها")]
    assert found[0].actor_mention == "الحمداني"


def test_a_long_region_with_a_verb_of_saying_inside_is_still_no_adverbial():
    text = ("وأضاف الحمداني في رد على سؤال عن تقرير قال فيه مراسل القناة إن الجيش انسحب من المعبر الحدودي، "
            "أن المعلومات غير دقيقة.")
    assert all(s.actor_mention != "الحمداني" or "المعلومات غير دقيقة" in s.text
               for s in extract_statements(text, date="2024-01-06"))


# ---------------------------------------------------------------- a time word after the speaker, then the marker
def test_time_word_and_comma_between_an_unknown_speaker_and_his_marker():
    text = 'حذر وزير الخارجية التركي هاكان فيدان مساء الأحد، من "توسيع رقعة الحرب في المنطقة".'
    assert said(text, "2024-05-01") == [("other", "توسيع رقعة الحرب في المنطقة")]


def test_time_word_without_comma_before_the_marker():
    text = "وحذر رئيس الحكومة الإسبانية بيدرو سانشيز أمس من انهيار الهدنة في الجنوب اللبناني."
    found = extract_statements(text, date="2024-05-01")
    assert [(s.actor, s.text) for s in found] == [("other", "انهيار الهدنة في الجنوب اللبناني")]
    assert "أمس" not in found[0].actor_mention


# ---------------------------------------------------------------- a fronted topic phrase names no speaker
def test_person_in_a_fronted_topic_phrase_is_not_the_speaker():
    text = ("وأشار بيسكوف إلى أن أجهزة الاستخبارات الغربية تنشط في روسيا.\n"
            "وعن تصريح الرئيس الأميركي جو بايدن بأن مخابرات بلاده هي الأفضل، لفت في تصريح صحافي، إلى أن "
            "\"هذه المقارنة لا معنى لها\".")
    assert actor_of(text, "المقارنة لا معنى لها") == "peskov"


def test_tracked_person_as_the_topic_is_not_the_speaker():
    text = "وقال كيربي إن واشنطن تتابع التطورات.\nوعن زيارة بيسكوف إلى الصين، قال إن الزيارة لا تغير شيئا."
    assert actor_of(text, "لا تغير شيئا") == "kirby"


def test_speaker_named_after_the_verb_still_decides_after_a_topic():
    text = "وقال كيربي إن واشنطن تتابع التطورات.\nوحول زيارة بيسكوف، قال وزير الخارجية إن الزيارة لا تغير شيئا."
    assert actor_of(text, "لا تغير شيئا") == "other"


# ---------------------------------------------------------------- a speaker region that opens with a preposition
def test_participle_after_an_act_agreed_with_a_country_stays_with_the_president():
    text = ("وقال الرئيس يون سوك يول إن المحادثات كانت مثمرة. وأضاف الرئيس أنه اتفق مع اليابان على تنسيق الخطوات، "
            "مشيرا إلى أن لجنة مشتركة ستجتمع الشهر المقبل.")
    assert actor_of(text, "لجنة مشتركة ستجتمع", date="2023-05-08") == "yoon"


def test_a_prepositional_phrase_after_the_verb_is_never_the_surface_speaker():
    text = ("قال كيربي إن واشنطن تتابع الأمر. وأكد أنه اتفق مع الحلفاء الأوروبيين على خطة، "
            "موضحا أن التفاصيل ستعلن لاحقا.")
    found = [s for s in extract_statements(text, date="2023-03-01") if "التفاصيل ستعلن" in s.text]
    assert found and found[0].actor == "kirby" and "الحلفاء" not in found[0].actor_mention


def test_a_named_subject_after_the_verb_still_speaks():
    text = "واتفق الزعيمان على أن الحوار هو الطريق الوحيد لحل الخلاف."
    assert actor_of(text, "الطريق الوحيد") == "other"


def test_a_preposition_inside_the_region_still_makes_the_team_the_speaker():
    text = "وقال فريق المحامين عن الرئيس السابق يون سوك يول إن موكلهم سيمثل أمام المحكمة غدا."
    assert actor_of(text, "سيمثل أمام المحكمة", date="2025-02-01") == "other"


# ---------------------------------------------------------------- a five-word titled subject; an unknown name and a long adverbial closed by a colon
def test_five_word_titled_subject_before_a_renew_marker():
    text = "جدد وزير الخارجية الماليزي أحمد فاضل دعم بلاده لوقف إطلاق النار."
    assert actor_of(text, "لوقف إطلاق النار", "2024-08-26") == "other"


def test_unknown_name_then_a_long_adverbial_closed_by_a_colon():
    text = ("وقال فيدان في تصريح للصحفيين اليوم خلال زيارته ضريح رئيس الوزراء التركي الأسبق عدنان مندريس "
            "في إسطنبول: إن علاقاتنا مع الجيران أولوية.")
    assert said(text, "2024-08-26") == [("other", "إن علاقاتنا مع الجيران أولوية")]


def test_council_spokesman_in_construct_without_basm_is_the_role_holder():
    # «متحدث مجلس الأمن القومي»: an indefinite head in construct with the council is its spokesman, the role by date
    text = "وقال متحدث مجلس الأمن القومي الأمريكي إن الإدارة تتابع تحركات الأسطول عن كثب."
    assert actors(text, "2023-09-12") == ["kirby"]
    assert actors(text, "2025-03-02") == ["other"]


def test_a_spokesman_for_the_council_stays_unnamed():
    # «متحدث باسم …» is a spokesman, one of several: not the holder of the role
    text = "وقال متحدث باسم مجلس الأمن القومي الأمريكي إن الإدارة تتابع تحركات الأسطول عن كثب."
    assert actors(text, "2023-09-12") == ["other"]


# ---------------------------------------------------------------- round 26: a former or ousted title after his name
def test_the_impeached_president_after_his_name_is_him():
    text = ("سيول\nمثل يون سوك يول أمام المحكمة الدستورية صباح اليوم.\n"
            "وقال الرئيس المعزول إن قرار الأحكام العرفية كان دفاعا عن الدستور.")
    assert said(text, "2025-02-04") == [("yoon", "قرار الأحكام العرفية كان دفاعا عن الدستور")]


def test_the_former_president_after_his_name_is_him_only_after_his_term():
    text = ("سيول\nاستجوب المحققون يون سوك يول أمس.\n"
            "وقال الرئيس السابق إن التحقيق ذو دوافع سياسية.")
    assert said(text, "2025-07-02") == [("yoon", "التحقيق ذو دوافع سياسية")]
    assert said(text, "2024-02-01") == [("other", "التحقيق ذو دوافع سياسية")]


def test_the_former_president_stays_other_when_another_former_one_is_named():
    text = ("سيول\nقال الرئيس الكوري الجنوبي السابق مون جاي إن إن يون سوك يول أضر بالديمقراطية.\n"
            "وأضاف الرئيس السابق أن البلاد تحتاج إلى مصالحة.")
    assert all(a != "yoon" for a, _ in said(text, "2025-07-02"))


def test_a_former_title_with_a_tracked_man_never_named_stays_other():
    assert said("وقال الرئيس المعزول إن المحكمة أخطأت.", "2025-02-04") == [("other", "المحكمة أخطأت")]


# ---------------------------------------------------------------- round 28: the leader of the South, of the North
@pytest.mark.parametrize("day, actor", [("2023-11-20", "yoon"), ("2019-11-20", "other"), ("2025-08-01", "other")])
def test_the_south_korean_leader_is_the_president_of_the_day_never_the_northern_leader(day, actor):
    # «الزعيم الكوري» alone is the DPRK leader, but «الزعيم الكوري الجنوبي» is the South's president
    for role in ("الزعيم الكوري الجنوبي", "زعيم كوريا الجنوبية"):
        out = said(f"وقال {role} إن التحالف مع واشنطن أقوى من أي وقت مضى.", day)
        assert out and out[0][0] == actor, (role, out)


def test_the_former_south_korean_leader_is_not_the_northern_leader():
    out = said("وقال الزعيم الكوري الجنوبي السابق إن الحوار مع الشمال ممكن.", "2023-11-20")
    assert out and out[0][0] == "other"


@pytest.mark.parametrize("role", ["المرشد الأعلى لكوريا الشمالية", "زعيم الشمال", "زعيم بيونجيانج",
                                  "زعيم كوريا الديموقراطية"])
def test_other_wordings_of_the_northern_leader_are_the_dprk_leader(role):
    out = said(f"وقال {role} إن الردع النووي لن يكون موضع تفاوض.", "2024-02-10")
    assert out and out[0][0] == "kim", out


def test_a_bare_leader_after_the_northern_leader_named_by_his_role_is_him_not_the_president_named_before():
    text = ("قال الرئيس الكوري الجنوبي يون سوك يول إن سيول تراقب الشحنات.\n"
            "في المقابل، قال الرجل الأول في كوريا الشمالية في رسالة إن الصداقة مع موسكو راسخة.\n"
            "وأشار الزعيم إلى أن وفدا اقتصاديا سيسافر الشهر المقبل.")
    assert actor_of(text, "وفدا اقتصاديا", date="2024-06-20") == "kim"


# ---------------------------------------------------------------- round 28: more people defined by the leader they serve
@pytest.mark.parametrize("head", ["مرافق", "حارس", "طبيب", "مترجم", "ابن", "صهر", "حليف", "منافس", "رفيق", "موفد",
                                  "نظير", "ممثلو", "محاميا"])
def test_someone_defined_by_a_tracked_leader_is_not_him(head):
    for leader in ("الزعيم كيم جونغ أون", "الرئيس يون سوك يول"):
        text = f"وقال {head} {leader} إن الزيارة ستتم في موعدها."
        assert actor_of(text, "الزيارة ستتم", date="2024-03-05") == "other", (head, leader)


def test_the_comrade_title_and_a_counterpart_after_the_name_still_leave_the_leader_speaking():
    assert actor_of("وقال الرفيق كيم جونغ أون إن الزيارة ستتم في موعدها.", "الزيارة ستتم", date="2024-03-05") == "kim"
    assert actor_of("وأكد يون ونظيره البولندي أن الزيارة ستتم في موعدها.", "الزيارة ستتم", date="2024-03-05") == "yoon"


def test_someone_defined_by_the_impeached_or_former_leader_is_not_him():
    for text in ("وقال محامي الرئيس المعزول يون سوك يول إن الزيارة ستتم في موعدها.",
                 "وقالت أرملة الزعيم الراحل كيم جونغ إيل إن الزيارة ستتم في موعدها."):
        assert actor_of(text, "الزيارة ستتم", date="2025-01-20") == "other", text


# ---------------------------------------------------------------- round 41: whose remarks were commented on or answered
@pytest.mark.parametrize("lead", ["وعلق وزير الدفاع الياباني على تصريحات {who}، وقال",
                                  "ورد وزير الدفاع الياباني على كلام {who}، وقال",
                                  "وأشاد وزير الدفاع الياباني بتصريحات {who}، وقال",
                                  "وعلق وزير الدفاع الياباني على تصريحات {who} بشأن الجزر، وقال",
                                  "وقال وزير الدفاع الياباني ردا على تصريحات {who}",
                                  "وقال وزير الدفاع الياباني تعليقا على حديث {who}"])
@pytest.mark.parametrize("who", ["كيربي", "الرئيس يون", "المتحدث باسم الكرملين دميتري بيسكوف"])
def test_the_man_whose_remarks_were_answered_is_not_the_speaker(lead, who):
    text = lead.format(who=who) + " إن حكومته تتابع الملف عن قرب."
    assert actor_of(text, "حكومته تتابع", date="2024-03-05") == "other", text


def test_the_subject_who_answers_remarks_still_speaks():
    assert actor_of("وعلق بيسكوف على تصريحات كيربي، وقال إن حكومته تتابع الملف.", "حكومته تتابع") == "peskov"
    assert actor_of("وقال بيسكوف ردا على كلام كيربي إن حكومته تتابع الملف.", "حكومته تتابع") == "peskov"
    assert actor_of("وتحدث كيربي للصحفيين. وقال ردا على تصريحات بيسكوف إن حكومته تتابع الملف.", "حكومته تتابع") == "kirby"
