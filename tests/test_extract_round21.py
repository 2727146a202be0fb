"""Extraction round 21 (issue 9): whole real articles from Russian, Korean, Turkish, Iranian and Gulf services in
Arabic, every statement listed, and the open kinds of the fresh19 blind check. Kinds that lost statements or gave them
to the wrong person: a present verb after a person who opens the words said («وأضاف أن زيلينسكي يرفض …») taken as
that person's own act; an unnamed group after a present verb («ويؤكد مراقبون دوليون …») read as the words of the
previous speaker; «…، كما ذكرت الوكالة.» read as the agency's statement; a describe verb with its object pronoun
inside the words («مرحلة وصفها بـ"الأصعب"») split off with «ب» as speaker; a titled name of five words before a
marker; a long adverbial closed by a colon after an unknown name. Every sentence here is written for this file."""

from stance.extract import extract_statements
from tests.conftest import actor_of, said


# ---------------------------------------------------------------- a present verb inside the words said
def test_present_verb_after_a_person_opening_the_words_stays_with_the_speaker():
    text = "وقال بيسكوف إن الكرملين لم يتسلم أي رسالة. وأضاف أن زيلينسكي يرفض أي حوار مع موسكو."
    assert said(text, "2023-04-11") == [("peskov", "الكرملين لم يتسلم أي رسالة"),
                                        ("peskov", "زيلينسكي يرفض أي حوار مع موسكو")]


def test_present_verb_after_a_role_opening_the_words_stays_with_the_speaker():
    text = "وأوضح كيربي أن الرئيس الإيراني يرفض وقف تسليح الحوثيين."
    assert said(text, "2023-04-11") == [("kirby", "الرئيس الإيراني يرفض وقف تسليح الحوثيين")]


def test_past_verb_after_a_person_opening_the_words_is_still_that_persons_act():
    # the nested convention (probes, ANNOTATION.md): «… أن بايدن أكد لنتنياهو أن …» is Biden's act
    text = "وقال كيربي إن واشنطن تتابع الوضع. وأوضح أن بايدن أكد لنتنياهو أن الدعم سيستمر."
    found = said(text, "2023-04-11")
    assert ("other", "الدعم سيستمر") in found
    assert all(a != "kirby" or "الدعم سيستمر" not in t for a, t in found)


# ---------------------------------------------------------------- an unnamed group as subject
def test_unnamed_group_after_a_present_verb_is_not_the_previous_speaker():
    text = ("وقال بيسكوف إن الهدنة هشة.\n"
            "ويؤكد مراقبون أوروبيون، بحسب وكالة رويترز، تسجيل خروقات جديدة على خط التماس.")
    found = said(text, "2022-02-10")
    assert found[0] == ("peskov", "الهدنة هشة")
    assert [a for a, t in found if "خروقات جديدة" in t] == ["other"]


def test_a_view_of_an_unnamed_group_is_still_no_statement():
    text = "وقال بيسكوف إن الهدنة هشة. ويرى محللون أن الخروقات ستزداد."
    assert said(text, "2022-02-10") == [("peskov", "الهدنة هشة")]


# ---------------------------------------------------------------- «كما ذكرت الوكالة» at the end
def test_agency_named_after_kama_at_the_end_only_sources_the_sentence():
    text = "هدد الزعيم الكوري الشمالي كيم جونغ أون خصومه بعقاب شديد، كما ذكرت وكالة الأنباء الرسمية."
    found = said(text, "2024-05-02")
    assert [a for a, _ in found] == ["kim"]
    assert found[0][1].startswith("خصومه بعقاب شديد")


def test_agency_after_kama_with_words_of_its_own_is_a_statement():
    text = "هدد كيم خصومه بعقاب شديد، كما ذكرت وكالة الأنباء الرسمية أن الجيش أجرى مناورة ليلية."
    assert ("other", "الجيش أجرى مناورة ليلية") in said(text, "2024-05-02")


# ---------------------------------------------------------------- a description inside the words
def test_describe_verb_with_its_object_pronoun_inside_the_words_is_no_statement():
    text = ("وأكد كيم أن البلاد عبرت أصعب أيامها، مشيرا إلى أن الشعب عاش قبل أعوام مرحلة وصفها بـ\"الأقسى\"، "
            "لكنه بات اليوم، بحسب تعبيره، أقوى من أي وقت.")
    found = said(text, "2026-01-20")
    assert [a for a, _ in found] == ["kim", "kim"]
    assert "الأقسى" in found[1][1]


def test_relative_ma_then_describe_verb_stays_in_the_ministers_words():
    text = "وقال الوزير إن حكومته تتابع الوضع في المخيمات وما وصفه بـ\"الجوع الذي يطال الأطفال\"، داعيا إلى فتح المعابر."
    found = said(text, "2025-03-03")
    assert all(m != "ب" for m in (s.actor_mention for s in extract_statements(text, date="2025-03-03")))
    assert len(found) == 2 and "الجوع الذي يطال الأطفال" in found[0][1]


def test_describe_verb_joined_by_wa_is_still_a_second_act():
    text = "وانتقد البيت الأبيض تصريحات السفير ووصفها بأنها «غير مسؤولة»."
    assert ("other", "غير مسؤولة") in said(text, "2024-05-02")


def test_lone_b_before_a_quotation_is_no_speaker():
    text = "قال بيسكوف إن الغرب يصعد التوتر. ووصفها بـ\"المغامرة الخطيرة\"."
    found = extract_statements(text, date="2023-04-11")
    assert [(s.actor, s.text) for s in found] == [("peskov", "الغرب يصعد التوتر"), ("peskov", "المغامرة الخطيرة")]


# ---------------------------------------------------------------- long subjects and adverbials
def test_five_word_titled_subject_before_a_renew_marker():
    text = "جدد وزير الخارجية الماليزي أحمد فاضل دعم بلاده لوقف إطلاق النار."
    assert actor_of(text, "لوقف إطلاق النار", "2024-08-26") == "other"


def test_unknown_name_then_a_long_adverbial_closed_by_a_colon():
    text = ("وقال فيدان في تصريح للصحفيين اليوم خلال زيارته ضريح رئيس الوزراء التركي الأسبق عدنان مندريس "
            "في إسطنبول: إن علاقاتنا مع الجيران أولوية.")
    assert said(text, "2024-08-26") == [("other", "إن علاقاتنا مع الجيران أولوية")]


# ---------------------------------------------------------------- quotations after long adverbials
def test_long_adverbial_after_the_speaker_then_a_quotation_closing_the_sentence():
    text = ("وقال الرئيس يون في كلمته أمام الاجتماع الموسع لكبار القادة العسكريين الذي عقد في مقر وزارة الدفاع "
            "بالعاصمة سيئول \"أي استفزاز سيقابل برد فوري وحاسم من قواتنا\".")
    assert said(text, "2023-10-05") == [("yoon", "أي استفزاز سيقابل برد فوري وحاسم من قواتنا")]


def test_short_quoted_name_inside_the_adverbial_is_not_the_words():
    text = "وقال يون خلال الحفل الذي أقيم في متحف “أن جونغ غون” في سيئول “علينا أن نتذكر تضحيات الأجداد دائما”."
    assert said(text, "2024-03-01") == [("yoon", "علينا أن نتذكر تضحيات الأجداد دائما")]


def test_long_adverbial_then_a_quoted_phrase_inside_a_sentence_is_not_the_words():
    # the quotation does not close its sentence: a phrase inside the narration, not the words said
    text = ("وقال بيسكوف في ختام الاجتماع الطويل الذي ضم ممثلين عن عدد من الوزارات والهيئات الحكومية المعنية "
            "بالملف \"الأمن الغذائي في المناطق الحدودية\" في حين غادر الوزراء القاعة.")
    assert all(t != "الأمن الغذائي في المناطق الحدودية" for _, t in said(text, "2023-10-05"))


def test_two_full_stops_before_a_quotation_stand_for_a_colon():
    text = "وقال بيسكوف في تصريحات للصحفيين في موسكو اليوم.. “ما يجري في المدينة جريمة بحق التاريخ كله”."
    assert said(text, "2017-01-20") == [("peskov", "ما يجري في المدينة جريمة بحق التاريخ كله")]


# ---------------------------------------------------------------- a quotation going on in the next sentence
def test_quotation_sentence_after_a_statement_in_the_same_paragraph_goes_on_with_its_speaker():
    text = "وقال يون “سنعمل مع طوكيو على بناء الثقة خطوة بخطوة”. “أرجو أن يكون العام المقبل بداية مرحلة جديدة”."
    assert said(text, "2024-03-01") == [("yoon", "سنعمل مع طوكيو على بناء الثقة خطوة بخطوة"),
                                        ("yoon", "أرجو أن يكون العام المقبل بداية مرحلة جديدة")]


def test_quotation_sentence_in_a_new_paragraph_or_a_short_one_is_left_to_the_paragraph_rules():
    text = "وقال يون “سنعمل مع طوكيو على بناء الثقة خطوة بخطوة”. “الصداقة”."
    assert said(text, "2024-03-01") == [("yoon", "سنعمل مع طوكيو على بناء الثقة خطوة بخطوة")]


# ---------------------------------------------------------------- an unknown name before a verbal-noun object
def test_unknown_name_before_a_verbal_noun_object_is_the_subject_not_the_previous_speaker():
    text = "وقال بيسكوف إن موسكو تتابع الاتصالات. وأكد ماكرون ضرورة العودة إلى طاولة الحوار."
    found = said(text, "2023-05-01")
    assert found[0] == ("peskov", "موسكو تتابع الاتصالات")
    assert [a for a, t in found if "طاولة الحوار" in t] == ["other"]


def test_unknown_name_before_a_suffixed_verbal_noun_is_the_subject():
    text = "وقال كيربي إن واشنطن تراقب الوضع. وأكد نتنياهو مواصلته العمليات في الشمال."
    assert [a for a, t in said(text, "2024-05-01") if "العمليات في الشمال" in t] == ["other"]


def test_verbal_noun_object_or_an_adverb_after_the_verb_keeps_the_previous_speaker():
    text = "وقال كيربي إن واشنطن تراقب الوضع. وأكد دعم بلاده لحلفائها. ونفى قطعا وجود أي اتصالات سرية."
    assert [a for a, _ in said(text, "2024-05-01")] == ["kirby", "kirby", "kirby"]


def test_renewed_adherence_is_a_statement_of_the_previous_speaker():
    text = "وقال الوزير الألماني إن الحرب يجب أن تتوقف.\nوجدد تمسك برلين بحل الدولتين سبيلا وحيدا للسلام."
    assert [a for a, t in said(text, "2025-08-01") if "بحل الدولتين" in t] == ["other"]


# ---------------------------------------------------------------- a name the article gave with a title
def test_surname_given_earlier_with_a_title_is_the_subject_of_an_object_verb():
    text = ("واستقبل بوتين رئيس الوزراء المجري فيكتور أوربان في الكرملين.\n"
            "وقال بيسكوف إن المحادثات كانت بناءة.\n"
            "وانتقد أوربان العقوبات الأوروبية على موسكو. واستبعد أوربان إرسال أسلحة إلى كييف.")
    found = said(text, "2023-07-05")
    assert found[0] == ("peskov", "المحادثات كانت بناءة")
    assert [a for a, t in found if "العقوبات الأوروبية" in t or "إرسال أسلحة" in t] == ["other", "other"]


def test_title_and_nisba_before_a_verbal_noun_object_is_the_subject():
    text = "وقال بيسكوف إن المحادثات كانت بناءة. وأكد الرئيس المجري ضرورة وقف إطلاق النار."
    assert [a for a, t in said(text, "2023-07-05") if "وقف إطلاق النار" in t] == ["other"]


def test_welcome_with_b_after_a_surname_given_earlier_with_a_title():
    text = "واستقبل بوتين رئيس الوزراء المجري فيكتور أوربان. وقال بيسكوف إن اللقاء مهم. ورحب أوربان بالمبادرة الصينية."
    assert ("other", "المبادرة الصينية") in said(text, "2023-07-05")


def test_praise_with_an_adverbial_between_commas_before_the_b():
    text = "وأشاد الزعيم كيم جونغ أون، في كلمة ألقاها أمام العمال، بالجهود التي أدت إلى إنجاز المشروع قبل موعده."
    assert said(text, "2025-01-02") == [("kim", "الجهود التي أدت إلى إنجاز المشروع قبل موعده")]


# ---------------------------------------------------------------- verb forms
def test_feminine_present_call_verb_after_a_country_opening_a_line():
    text = "وقال بيسكوف إن الوضع هش.\nروسيا تدعو جميع الأطراف إلى \"الامتناع عن أي خطوة قد تزيد التوتر\"."
    found = said(text, "2022-11-22")
    assert found[0] == ("peskov", "الوضع هش")
    assert [a for a, t in found if "الامتناع عن أي خطوة" in t] == ["other"]


def test_claim_verb_with_b_and_a_pronoun_complementizer():
    text = "وزعم الوزير بأنه قادر على إنهاء الأزمة خلال أسابيع."
    assert [a for a, t in said(text, "2023-01-10") if "إنهاء الأزمة" in t] == ["other"]


# ---------------------------------------------------------------- adverbials after a continuation verb
def test_manner_adverb_after_a_continuation_verb_names_nobody():
    text = ("وقال بيسكوف إن الاتصالات مع واشنطن متوقفة.\n"
            "وتابع ساخرا: \"ربما يتذكرون رقم هاتفنا يوما ما\".")
    assert [a for a, _ in said(text, "2023-11-01")] == ["peskov", "peskov"]
