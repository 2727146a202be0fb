"""Extraction tests for the layout of the text: hard line wraps inside a sentence, sentences glued to the
one before, excerpts clipped in the middle of a word, and dates read from datelines and labels (Hijri dates,
Moroccan month names). Each case is a short invented text."""

from datetime import date

import pytest

from stance.extract import extract_statements
from stance.extract.dates import dateline
from tests.conftest import actor_of, found, said, undated_actors


# ================================================================ line wraps inside a sentence
# ---------------------------------------------------------------- hard line wraps inside sentences
WRAPPED = ("قال المتحدث باسم مجلس الأمن القومي في البيت\n"
           "الأبيض، جون كيربي، إن بلاده لن تؤيد أي هجوم واسع على مدينة\n"
           "خان\n"
           "يونس.\n"
           "وأوضح كيربي، أن عشرات\n"
           "آلاف المدنيين نزحوا إلى منطقة ضيقة قرب الحدود.\n"
           "وأضاف: \"لم نر\n"
           "خطة واضحة لحماية المدنيين حتى الآن\".\n")


def test_speaker_split_over_two_wrapped_lines_is_kirby():
    assert actor_of(WRAPPED, "لن تؤيد أي هجوم") == "kirby"


def test_object_split_over_wrapped_lines_is_one_statement():
    found = [s for s in extract_statements(WRAPPED) if "المدنيين نزحوا" in s.text]
    assert found and found[0].actor == "kirby" and found[0].text.startswith("عشرات")


def test_quotation_closed_on_the_next_line_is_one_statement_and_offsets_hold():
    found = [s for s in extract_statements(WRAPPED) if "لم نر" in s.text]
    assert found and found[0].actor == "kirby" and "لحماية المدنيين" in found[0].text
    assert WRAPPED[found[0].start:found[0].end] == found[0].text


def test_line_ending_with_a_preposition_goes_on_with_the_next_line():
    text = "وأشار بيسكوف إلى أن موسكو لن تقبل أي شروط من\nالجانب الغربي قبل بدء المفاوضات."
    found = extract_statements(text)
    assert [(s.actor, s.text) for s in found] == [("peskov", "موسكو لن تقبل أي شروط من\nالجانب الغربي قبل بدء المفاوضات")]


def test_lines_that_each_hold_a_sentence_without_full_stops_stay_apart():
    text = ("وزير الخارجية يشيد بدور الوسطاء في الأزمة\n"
            "وقال الوزير إن الوساطة نجحت في خفض التوتر\n"
            "ومن جانبه أكد السفير أن بلاده تدعم الحل السلمي")
    texts = [t for _, t in said(text)]
    assert "الوساطة نجحت في خفض التوتر" in texts and "بلاده تدعم الحل السلمي" in texts


def test_a_line_that_opens_with_a_speech_verb_is_never_joined_to_an_unclosed_quotation():
    text = ("وقال المنفي: \"إن المصالحة تتطلب تنازلات من الجميع،\n"
            "و أكد المنفي في كلمته \"بناء الدولة مسؤولية جماعية\".")
    found = extract_statements(text)
    assert any(s.text == "بناء الدولة مسؤولية جماعية" for s in found)


# ---------------------------------------------------------------- a hard line wrap right after a bare «و»
def test_a_line_that_ends_with_a_bare_waw_goes_on_with_the_next_line():
    text = ("صرح الرئيس الكوري الجنوبي يون سوك يول للصحفيين بأن طوكيو و\n"
            "سيؤول ستتبادلان بيانات الإنذار المبكر بشكل فوري اعتبارا من الشهر المقبل.")
    found = [s for s in extract_statements(text, date="2023-11-20") if s.actor == "yoon"]
    assert len(found) == 1 and "الإنذار المبكر" in found[0].text and found[0].text.startswith("طوكيو")


# ---------------------------------------------------------------- a line break inside the sentence
def test_complementizer_opening_the_next_line_goes_on_from_the_speaker():
    text = ("قال المتحدث باسم الرئاسة الروسية دميتري بيسكوف\n"
            "إن \"الاتصالات مع واشنطن لم تنقطع\"، مشيرا إلى أن موعد القمة لم يحدد.")
    found = said(text, "2025-03-01")
    assert found == [("peskov", "الاتصالات مع واشنطن لم تنقطع"), ("peskov", "موعد القمة لم يحدد")]


def test_a_paragraph_that_opens_with_a_complementizer_after_a_full_stop_stays_apart():
    text = ("وقال بيسكوف إن الكرملين يتابع الوضع.\n"
            "إن المفاوضات المقبلة ستعقد في إسطنبول حسب ما أعلنته أنقرة.")
    assert said(text, "2025-03-01") == [("peskov", "الكرملين يتابع الوضع")]


def test_verb_of_saying_alone_on_its_line_in_a_wrapped_page():
    text = ("جدّد\n"
            "وزير الخارجية الأردني أيمن الصفدي تأكيده أن \"الحل السياسي هو الطريق\n"
            "الوحيد لإنهاء الأزمة\"، مشددا على \"ضرورة حماية المدنيين في\n"
            "كل الظروف\"، وذلك خلال لقائه نظيره الإيطالي في عمان.\n")
    found = said(text, "2025-03-01")
    assert [a for a, _ in found] == ["other", "other"]
    assert found[0][1].startswith("الحل السياسي هو الطريق")


def test_a_short_line_ending_on_a_verb_in_an_unwrapped_page_stays_a_line():
    text = "ماذا قال\nوقال كيربي إن الإدارة تراقب الوضع."
    assert said(text, "2024-05-01") == [("kirby", "الإدارة تراقب الوضع")]


# ================================================================ glued sentences and clipped excerpts
# ---------------------------------------------------------------- a linked title glued to the full stop before it
def test_a_linked_title_glued_to_a_full_stop_is_not_part_of_the_words_before():
    text = ('وقال بيسكوف إن قنوات الحوار مع واشنطن ما زالت مفتوحة.'
            'زاخاروفا من نيويورك: على الغرب أن يتوقف عن تسليح كييف فورا')
    statements = extract_statements(text, date="2025-09-28")
    assert statements[0].actor == "peskov"
    assert statements[0].text == "قنوات الحوار مع واشنطن ما زالت مفتوحة"
    assert all(s.actor != "peskov" for s in statements[1:])


def test_a_tracked_speaker_in_a_glued_title_is_his_statement():
    text = ('وقال وزير الخارجية الروسي إن المفاوضات متوقفة.'
            'بيسكوف: لا أحد في موسكو يتحدث عن هدنة في الوقت الحالي')
    assert found(text)[-1] == ("peskov", "لا أحد في موسكو يتحدث عن هدنة في الوقت الحالي")


def test_a_glued_sentence_opening_with_a_verb_is_read_as_a_sentence():
    text = 'قال كيربي إن الوضع مقلق.وأضاف أن الإدارة تراقب عن كثب.'
    assert found(text) == [("kirby", "الوضع مقلق"), ("kirby", "الإدارة تراقب عن كثب")]


def test_an_abbreviated_title_before_a_name_is_no_sentence_end():
    assert found("وقال د.محمد سالم إن الوضع مستقر.") == [("other", "الوضع مستقر")]


# ---------------------------------------------------------------- an excerpt cut off in the middle of a word
def test_a_clipped_last_word_after_a_verb_is_no_statement():
    text = "وقال بيسكوف إن الأمر لا يستحق التعليق. واعتبر بي"
    assert said(text, "2022-01-01") == [("peskov", "الأمر لا يستحق التعليق")]


def test_a_short_answer_after_a_colon_at_the_end_stays():
    text = "وقال بيسكوف إن الأمر لا يستحق التعليق. وأضاف: لا"
    assert said(text, "2022-01-01")[-1] == ("peskov", "لا")


# ================================================================ dates from datelines and labels
# ---------------------------------------------------------------- dates the reader missed
@pytest.mark.parametrize("head, day", [
    ("كل الأخبار 2023.11.07 14:20", date(2023, 11, 7)),  # agency list pages: year first, dots
    ("الخميس 2024/2/15 - 10:05 ص", date(2024, 2, 15)),  # year first, slashes
    ("آخر تحديث 08-03-2023", date(2023, 3, 8)),  # day first, hyphens
    ("السبت 4 آذار (مارس) 2023", date(2023, 3, 4)),  # the second month name in brackets
    ("نشر يوم 19-سبتمبر-2022", date(2022, 9, 19)),  # hyphens around the month name
    ("Published: October 3, 2023", date(2023, 10, 3)),  # English month first
    ("تاريخ النشر: 9th, May 2024 GMT", date(2024, 5, 9)),  # English ordinal day
    ("Tue, 21 Nov 2023 09:00", date(2023, 11, 21)),  # English short month
    ("السبت , نوفمبر 18 2023", date(2023, 11, 18)),  # month first, no comma before the year
    ("واشنطن-9 مارس2023م-(وكالات)", date(2023, 3, 9)),  # the year glued to the month, م after it
])
def test_more_dateline_forms(head, day):
    assert dateline(head + "\nقال المتحدث إن الاجتماع انتهى.") == day


def test_a_hijri_date_alone_gives_the_gregorian_day_within_two_days():
    found = dateline("الأحد 5 شوال 1445 هـ\nقال المتحدث إن الاجتماع انتهى.")
    assert found is not None and abs((found - date(2024, 4, 14)).days) <= 2


def test_a_hijri_month_written_without_the_article():
    found = dateline("طهران – 12 ربيع أول 1445هـ\nقال المتحدث إن الاجتماع انتهى.")
    assert found is not None and abs((found - date(2023, 9, 27)).days) <= 2


def test_a_gregorian_date_beside_the_hijri_one_wins():
    assert dateline("الأربعاء 20 رمضان 1444 هـ - 12 أبريل 2023 م") == date(2023, 4, 12)


def test_a_publication_label_far_down_the_page_dates_the_article():
    body = "قال المتحدث إن الاجتماع انتهى دون اتفاق. " * 20
    assert dateline(body + "\nنشر بتاريخ: 14 أغسطس 2023") == date(2023, 8, 14)


def test_an_event_date_deep_in_the_body_without_a_label_does_not():
    body = "قال المتحدث إن الاجتماع انتهى دون اتفاق. " * 20
    assert dateline(body + " وكانت القمة السابقة قد عقدت في 3 فبراير 2019.") is None


def test_numbers_that_are_not_dates_stay_none():
    assert dateline("بلغ عدد السكان 2023.5 ألف نسمة في الفترة 2019-2020") is None


def test_a_role_mention_resolves_by_a_dotted_dateline():
    text = "سيئول 2023.04.18 (وكالات)\nقال الرئيس الكوري الجنوبي إن بلاده لن تتسامح مع أي استفزاز."
    assert undated_actors(text) == ["yoon"]


def test_a_labelled_date_of_moon_s_time_keeps_the_role_other():
    text = ("قال الرئيس الكوري الجنوبي إن الحوار مع الشمال هو السبيل الوحيد للسلام.\n"
            + "وتابع المراسل عرض الخلفية. " * 25 + "\nتاريخ النشر: 2019/10/02")
    assert undated_actors(text) == ["other"]


# ---------------------------------------------------------------- Moroccan month names in a dateline
def test_moroccan_july_and_august_date_an_article():
    from stance.extract.dates import article_date
    assert str(article_date(None, "السبت 3 يوليوز 2021 - 10:00\n\nنص الخبر")) == "2021-07-03"
    assert str(article_date(None, "الأحد 15 غشت 2021\n\nنص الخبر")) == "2021-08-15"


def test_a_moroccan_dateline_resolves_the_president_by_date():
    text = "الثلاثاء 5 يوليوز 2022 - 11:20\n\nقال الرئيس الكوري الجنوبي إن بلاده سترد بحزم على أي استفزاز."
    assert actor_of(text, "سترد بحزم") == "yoon"
    text_2019 = "الثلاثاء 2 يوليوز 2019 - 11:20\n\nقال الرئيس الكوري الجنوبي إن بلاده سترد بحزم على أي استفزاز."
    assert actor_of(text_2019, "سترد بحزم") == "other"


def test_hashtags_in_running_text_name_speakers_and_offices():
    # aggregator and TV sites mark names and offices as hashtags: «#الكرملين», «جون #كيربي», «#البيت_الأبيض»
    assert said("وأكد المتحدث باسم #الكرملين أن موسكو لن ترد على الاستفزاز.", "2023-06-01") == [
        ("peskov", "موسكو لن ترد على الاستفزاز")]
    text = ("رفض منسق الاتصالات الاستراتيجية في #البيت_الأبيض، جون #كيربي، الإجابة عن سؤال حول الخطة، وقال إن "
            "الإدارة لا تعلق على التسريبات.")
    assert said(text, "2023-06-01") == [("kirby", "الإدارة لا تعلق على التسريبات")]
    # the spans stay the original text, hashtag marks and all
    assert [s.actor_mention for s in extract_statements("وقال #جون_كيربي إن الإدارة لا تعلق.", date="2023-06-01")] \
        == ["جون_كيربي"]


# ---------------------------------------------------------------- «…، وذلك في خطاب …»: the writer's frame after indirect words
@pytest.mark.parametrize("text, expected", [
    ("ونفى بيسكوف وجود أي اتفاق سري مع الجانب الآخر، وذلك في مؤتمر صحفي عقده بعد الظهر.",
     [("peskov", "وجود أي اتفاق سري مع الجانب الآخر")]),
    ("وقال يون إن حكومته ستراجع خطة الطاقة، وذلك خلال اجتماع مع قادة الأحزاب.",
     [("yoon", "حكومته ستراجع خطة الطاقة")]),
])
def test_a_comma_and_a_frame_of_when_or_where_end_the_indirect_words(text, expected):
    assert found(text, "2023-06-01") == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال يون إن حكومته ستدعم المزارعين، وذلك لأن الموسم كان صعبا.",
     [("yoon", "حكومته ستدعم المزارعين، وذلك لأن الموسم كان صعبا")]),
    ("وقال كيربي: \"سنرد بحزم، وذلك في الوقت الذي نختاره\".", [("kirby", "سنرد بحزم، وذلك في الوقت الذي نختاره")]),
])
def test_a_reason_after_the_comma_or_a_frame_inside_a_quotation_stays_in_the_words(text, expected):
    assert found(text, "2023-06-01") == expected
