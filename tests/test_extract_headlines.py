"""Extraction tests for title and headline lines: a speaker, an office or an institution before a colon,
titles with a place or an occasion before the speaker, teasers, breaking labels and hashtags, live-blog lines,
photo captions and bylines, page furniture left over from scraping, and a title repeated over its story. Each case
is a short invented sentence in a layout seen on real pages."""

import pytest

from stance.extract import extract_statements
from tests.conftest import actor_of, actors, found, said


# ================================================================ a speaker, an office or an institution named in a title line
def test_headline_with_the_speaker_after_a_dash():
    text = "المزاعم عن غزو روسي ليست سوى استفزاز - بيسكوف\nوتابعت وسائل الإعلام الروسية الخبر."
    assert found(text, "2022-02-15") == [("peskov", "المزاعم عن غزو روسي ليست سوى استفزاز")]


def test_title_line_with_a_speech_noun_and_colon_is_no_statement():
    assert found("تصريحات بيسكوف: قراءة في موقف الكرملين") == []


# ---------------------------------------------------------------- titles
def test_title_line_with_an_institution_and_a_colon_is_its_statement():
    text = "البنتاغون: تدريبات الربيع ستجري في موعدها\nقال المتحدث باسم الوزارة إن الجدول لم يتغير."
    got = found(text)
    assert got[0] == ("other", "تدريبات الربيع ستجري في موعدها")


def test_institution_subheading_inside_the_body_is_not_a_new_statement():
    text = ("قال كيربي إن واشنطن تتابع التطورات عن كثب.\n"
            "موسكو: \"لا نية لدينا للتصعيد\"\n"
            "وقال بيسكوف للصحفيين إنه \"لا نية لدينا للتصعيد\".")
    assert [a for a, _ in found(text)] == ["kirby", "peskov"]


# ---------------------------------------------------------------- title lines
def test_live_blog_line_with_a_title_and_a_name_the_lexicon_lacks():
    text = "الرئيس سلام: الحكومة ماضية في خطة الإصلاح ولن تتراجع عنها.\nمباشر"
    found = extract_statements(text, date="2025-06-01")
    assert [(s.actor, s.text) for s in found] == [("other", "الحكومة ماضية في خطة الإصلاح ولن تتراجع عنها")]
    assert found[0].actor_mention == "الرئيس سلام"


def test_title_speaker_with_the_occasion_before_the_colon():
    text = ("الرئيس بري مستقبلاً وفد البنك الدولي: الإصلاحات المالية أولوية\n"
            "استقبل رئيس مجلس النواب نبيه بري وفدا من البنك الدولي.\n"
            "وقال الرئيس بري إن \"المجلس سيقر القوانين المطلوبة\".")
    found = said(text, "2025-06-01")
    assert found[0] == ("other", "الإصلاحات المالية أولوية")
    assert ("other", "المجلس سيقر القوانين المطلوبة") in found


def test_a_title_and_a_definite_word_is_not_a_person():
    text = "الرئيس الجديد: لا تغيير في السياسة الخارجية\nتسلم الرئيس مهامه أمس."
    assert all(s.actor_mention != "الرئيس الجديد" or s.actor == "other"
               for s in extract_statements(text, date="2025-06-01"))


# ---------------------------------------------------------------- a title line spoken by an unnamed office holder
@pytest.mark.parametrize("line, holder", [
    ("وزير الدفاع الروسي: لن نسمح بتوسع الحلف شرقا", "وزير الدفاع الروسي"),
    ("مسؤول أمريكي: لا مؤشرات على هجوم وشيك", "مسؤول أمريكي"),
    ("وزير الوحدة الكوري الجنوبي: الأسابيع المقبلة حاسمة للحوار", "وزير الوحدة الكوري الجنوبي"),
    ("السفير الروسي في واشنطن: الاتهامات الأمريكية لا تستحق الرد", "السفير الروسي في واشنطن"),
    ("السفير الصيني لدى الأمم المتحدة: العقوبات وحدها لا تكفي", "السفير الصيني لدى الأمم المتحدة"),
    ("الرئيس الروسي: العلاقات مع بيونغ يانغ استراتيجية", "الرئيس الروسي"),
])
def test_an_office_holder_headline_is_a_statement_of_someone_else(line, holder):
    from stance.extract import extract_statements

    text = line + "\nالعاصمة - تتواصل الاتصالات بين الجانبين منذ أيام."
    found_here = extract_statements(text, date="2023-06-15")
    assert [(s.actor, s.actor_mention) for s in found_here] == [("other", holder)]


def test_a_tracked_role_headline_is_still_his():
    text = "المتحدث باسم الكرملين: العقوبات لن تغير موقفنا\nموسكو - تتواصل الاتصالات."
    assert actors(text) == ["peskov"]
    text = "الرئيس الكوري الجنوبي: الشمال سيدفع ثمن استفزازاته\nسيول - تتواصل الاجتماعات."
    assert actors(text) == ["yoon"]


def test_an_office_word_and_a_common_noun_before_the_colon_is_no_office_holder():
    assert found("وزير الدفاع في حديث خاص: الجيش مستعد\nسيول - تفاصيل اللقاء.") == []


def test_a_headline_opening_with_an_office_word_and_a_verb_is_not_an_office_holder():
    text = "وزير الدفاع يزور الحدود: الجيش في حالة تأهب\nسيول - وصل الوزير صباح اليوم."
    assert found(text) == []


# ---------------------------------------------------------------- a title line opened by an unknown office
def test_a_title_line_opened_by_an_office_then_an_object_verb_is_that_office_s_statement():
    out = found("وزير الطاقة الأردني يؤكد استقرار إمدادات الكهرباء خلال الصيف\n\nعمان – شهدت المملكة موجة حر جديدة.")
    assert out == [("other", "استقرار إمدادات الكهرباء خلال الصيف")]


def test_a_title_line_office_never_takes_the_previous_tracked_speaker():
    out = found("قال بيسكوف إن موسكو تتابع التطورات.\nوزير الخارجية الكازاخي يؤكد رفض بلاده أي عقوبات ثانوية")
    assert out[0][0] == "peskov" and out[1] == ("other", "رفض بلاده أي عقوبات ثانوية")


def test_an_office_before_an_object_verb_inside_a_sentence_is_left_alone():
    # not a title line: the office and the verb sit in running text after a full stop on the same line
    out = found("وصل الوفد إلى العاصمة. وزير الطاقة الأردني يؤكد استقرار الإمدادات.")
    assert out == []


def test_a_speech_verb_form_right_after_an_object_verb_is_its_verbal_noun():
    # «رفض» after «يؤكد» is the object (his country's refusal), not a new act of the speaker named before
    out = found("قال كيربي إن واشنطن تراقب الموقف.\nمسؤول في الخارجية القطرية يؤكد رفض الدوحة أي وساطة جديدة")
    assert [a for a, _ in out].count("kirby") == 1


# ---------------------------------------------------------------- a title quoting a person the lexicon does not know
def test_a_title_whose_speaker_is_named_after_a_verb_in_the_body_is_his_statement():
    text = ("سلامة: لن نرفع الأسعار قبل نهاية العام\n\n"
            "قال وزير الطاقة حسن سلامة، اليوم الثلاثاء، إن الحكومة لا تنوي تعديل التعريفة.\n"
            "وأوضح سلامة أن الدعم سيبقى حتى الربيع.")
    statements = extract_statements(text, date="2024-03-12")
    assert statements[0].actor == "other"
    assert statements[0].actor_mention == "سلامة"
    assert statements[0].text == "لن نرفع الأسعار قبل نهاية العام"


def test_a_title_speaker_with_the_place_he_spoke_from_before_the_colon():
    text = ("الحلبي من طرابلس: الانتخابات في موعدها دون تأجيل\n\n"
            "أكد رئيس البلدية فادي الحلبي أن الاستعدادات اكتملت.\n"
            "وشدد الحلبي على أن أي تأجيل مرفوض.")
    assert found(text)[0] == ("other", "الانتخابات في موعدها دون تأجيل")


def test_a_title_after_a_photo_caption_is_still_a_title():
    text = ("منير الخطيب\nتصوير سامي يوسف\n\n"
            "الخطيب: الحوار هو الطريق الوحيد\n\n"
            "وأعلن الخطيب أن الاجتماع سيعقد الأسبوع المقبل.")
    assert found(text)[0] == ("other", "الحوار هو الطريق الوحيد")


def test_a_title_word_never_seen_after_a_speech_verb_is_no_speaker():
    # «تفاصيل» is page furniture, not a person: nobody «قال تفاصيل» in the body
    text = ("تفاصيل: الحكومة تقر الموازنة الجديدة بعد نقاش طويل\n\n"
            "أقر مجلس الوزراء الموازنة في جلسته الأخيرة.")
    assert all(actor != "other" or words != "الحكومة تقر الموازنة الجديدة بعد نقاش طويل"
               for actor, words in found(text))


def test_a_title_word_that_never_speaks_in_the_body_is_no_speaker():
    # «الأسواق» opens a title, but nobody in the body speaks as «الأسواق»
    text = ("الأسواق: تراجع حاد في أسعار النفط هذا الأسبوع\n\n"
            "وقال محللون إن الطلب ضعف.")
    assert ("other", "تراجع حاد في أسعار النفط هذا الأسبوع") not in found(text)


def test_an_unknown_title_speaker_is_never_a_tracked_actor():
    text = ("فارس: بيونغ يانغ ستواصل تجاربها الصاروخية\n\n"
            "وقال فارس إن كيم جونغ أون لم يغير موقفه.")
    statements = extract_statements(text, date="2024-03-12")
    assert statements[0].actor == "other"
    assert statements[0].text == "بيونغ يانغ ستواصل تجاربها الصاروخية"


def test_a_known_speaker_title_still_goes_to_him():
    text = ("بيسكوف: لا خطط لاتصالات جديدة مع واشنطن\n\n"
            "وقال بيسكوف للصحفيين إن الكرملين لم يتلق أي طلب.")
    assert found(text)[0] == ("peskov", "لا خطط لاتصالات جديدة مع واشنطن")


# ---------------------------------------------------------------- a body named in quotes, a kunya, an unknown office answering
@pytest.mark.parametrize("body", ["\"البنتاغون\"", "«الرئاسة الكورية»", "\"الخارجية الروسية\""])
def test_a_title_body_named_in_quotes_before_the_colon_is_that_body(body):
    text = f"{body}: لا تغيير في خطط الانتشار هذا العام\nوجاء ذلك في إفادة صحفية مساء أمس."
    statements = extract_statements(text, date="2024-03-05")
    assert [(s.actor, s.actor_mention, s.text) for s in statements][:1] == \
        [("other", body.strip("\"«»"), "لا تغيير في خطط الانتشار هذا العام")]


def test_a_title_speaker_named_by_a_kunya_is_other():
    text = "أبو سليم: لن نقبل بأي تسوية تنتقص من حقوقنا\nوجاء ذلك في كلمة ألقاها أمام أنصاره."
    statements = extract_statements(text, date="2024-03-05")
    assert [(s.actor, s.actor_mention) for s in statements][:1] == [("other", "أبو سليم")]


def test_a_title_city_written_with_a_kunya_word_is_no_speaker():
    text = "أبو ظبي: افتتاح الدورة الجديدة لمعرض الكتاب اليوم\nوتستمر الفعاليات أسبوعا."
    assert found(text) == []


@pytest.mark.parametrize("office", ["وزير الخارجية الموريتاني معلقا على الاتفاق",
                                    "الناطق باسم الحكومة ردا على المعارضة", "الناطق باسم الحكومة"])
def test_a_title_office_the_lexicon_does_not_know_answering_something_is_other(office):
    text = f"{office}: لا عودة إلى الوراء في هذا الملف\nوجاء ذلك في مؤتمر صحفي بالعاصمة."
    statements = extract_statements(text, date="2024-03-05")
    assert [(s.actor, s.text) for s in statements][:1] == [("other", "لا عودة إلى الوراء في هذا الملف")]
    assert statements[0].actor_mention == office.split(" معلقا")[0].split(" ردا")[0]


def test_a_title_spokesman_of_the_kremlin_answering_something_is_still_peskov():
    text = "المتحدث باسم الكرملين ردا على واشنطن: لا أساس لهذه الاتهامات\nوجاء ذلك في إفادة يومية."
    assert found(text, "2024-03-05")[:1] == [("peskov", "لا أساس لهذه الاتهامات")]


# ---------------------------------------------------------------- a title speaker named in the body
def test_an_outlet_before_a_title_colon_leaves_the_title_to_the_speaker_it_names():
    text = ("«وكالة»: الزعيم الكوري الشمالي يعلن رفع الجاهزية القتالية\n"
            "ذكرت وكالة الأنباء المركزية الكورية أن الزعيم كيم جونغ أون دعا إلى تدريبات أوسع.")
    assert found(text)[0] == ("kim", "رفع الجاهزية القتالية")


def test_an_unknown_title_word_before_a_named_speaker_with_his_verb_is_not_the_speaker():
    text = ("حصري: الزعيم الكوري الشمالي يعلن رفع الجاهزية القتالية\n"
            "وقال حصري إن المصدر موثوق.")
    assert ("other", "الزعيم الكوري الشمالي يعلن رفع الجاهزية القتالية") not in found(text)


def test_a_title_speaker_named_in_the_body_after_his_verb_title_and_given_name():
    text = ("ناصيف: لا زيادة في رسوم التسجيل هذا العام\n\n"
            "وأكد وزير التربية وليد ناصيف للصحفيين أن الموازنة تكفي للعام الدراسي.")
    assert found(text)[0] == ("other", "لا زيادة في رسوم التسجيل هذا العام")


def test_a_title_speaker_named_only_across_a_sentence_end_from_a_verb_is_no_speaker():
    text = ("ناصيف: لا زيادة في رسوم التسجيل هذا العام\n\n"
            "وانتهى الاجتماع دون اتفاق. ناصيف غادر القاعة مبكرا.")
    assert ("other", "لا زيادة في رسوم التسجيل هذا العام") not in found(text)


# ---------------------------------------------------------------- title lines of offices and replies
def test_a_title_office_with_a_noun_in_construct_is_the_speaker():
    text = ("عضو مجلس الشيوخ الأمريكي: لن نوافق على الصفقة بصيغتها الحالية\n\n"
            "قال عضو المجلس إن التصويت سيجري الأسبوع المقبل.")
    statements = extract_statements(text, date="2024-01-15")
    assert statements[0].actor == "other" and statements[0].actor_mention == "عضو مجلس الشيوخ الأمريكي"
    assert statements[0].text == "لن نوافق على الصفقة بصيغتها الحالية"


def test_a_title_speaker_with_what_he_answered_before_the_colon():
    text = ("البيت الأبيض ردا على تصريحات موسكو: قواتنا باقية في المنطقة\n\n"
            "قال البيت الأبيض إن الانتشار دفاعي.")
    statements = extract_statements(text, date="2024-01-15")
    assert (statements[0].actor, statements[0].text) == ("other", "قواتنا باقية في المنطقة")


def test_an_office_of_several_definite_words_right_before_a_quotation_speaks():
    text = ("قال البيت الأبيض إن العقوبات ستبقى.\n"
            "وأضاف مستشار الأمن القومي \"لا يخفى علينا أن موسكو تواصل قصف المدن\".")
    statements = extract_statements(text, date="2024-01-15")
    assert [(s.actor, s.actor_mention, s.text) for s in statements][1] == (
        "other", "مستشار الأمن القومي", "لا يخفى علينا أن موسكو تواصل قصف المدن")


# ---------------------------------------------------------------- title lines: an intelligence service, a hashtag
def test_intelligence_service_title_line_is_an_institution_speaker():
    text = "الاستخبارات الروسية: واشنطن تعد لاستفزاز جديد في البحر الأسود\nوقال الجهاز في بيان إن السفن جاهزة."
    found = extract_statements(text)
    assert found[0].actor == "other" and found[0].text == "واشنطن تعد لاستفزاز جديد في البحر الأسود"


def test_hashtag_title_line_names_the_speaker():
    text = ('#كيم_جونغ_أون: "سنبني أقوى أسطول في المنطقة"\n\n'
            "وقال الزعيم كيم جونغ أون خلال زيارة للميناء إن الأسطول سيكتمل قريبا.")
    found = extract_statements(text)
    assert (found[0].actor, found[0].text) == ("kim", "سنبني أقوى أسطول في المنطقة")
    assert text[found[0].start:found[0].end] == found[0].text


def test_hashtag_after_a_sentence_is_not_a_speaker():
    assert said("وقال بيسكوف إن الاتصالات متوقفة حاليا. #روسيا_اليوم") == [("peskov", "الاتصالات متوقفة حاليا")]


# ---------------------------------------------------------------- subject, then a pledge verb and its ب
def test_headline_subject_then_pledge_with_b():
    assert found("يون يتعهد بمضاعفة الإنفاق على البحث العلمي") == [("yoon", "مضاعفة الإنفاق على البحث العلمي")]


def test_headline_role_then_pledge_with_b_on_the_inauguration_day():
    text = "رئيس كوريا الجنوبية الجديد يتعهد بخفض الضرائب على الشركات الصغيرة\nوأدى الرئيس يون سوك يول اليمين اليوم."
    assert found(text, "2022-05-10")[0] == ("yoon", "خفض الضرائب على الشركات الصغيرة")



# ---------------------------------------------------------------- two named subjects, then a present dual verb
def test_headline_two_subjects_then_a_dual_pledge_goes_to_the_tracked_one():
    text = "يون وماكرون يتعهدان بتوسيع التبادل التجاري بين البلدين\nعقد الرئيسان لقاء في العاصمة."
    assert found(text, "2023-06-01")[0] == ("yoon", "توسيع التبادل التجاري بين البلدين")


def test_headline_two_spokesmen_then_a_dual_warn_verb_goes_to_the_tracked_one():
    text = "كيربي ونظيره البريطاني يحذران من تصعيد خطير على الحدود\nجرى اتصال هاتفي بين الرجلين."
    assert found(text)[0] == ("kirby", "تصعيد خطير على الحدود")


def test_a_dual_present_verb_of_two_capitals_in_a_subheading_is_no_statement():
    text = "بدأت المحادثات صباح اليوم.\nموسكو وبكين ترفضان الاتهامات الجديدة\nوسبق أن نشرت الصحيفة تقريرا مطولا."
    assert not [s for s in found(text) if "الاتهامات" in s[1]]


def test_a_dual_present_verb_inside_the_words_said_is_no_new_statement():
    text = "قال بيسكوف إن البلدين يؤكدان التزامهما بالاتفاق."
    assert found(text) == [("peskov", "البلدين يؤكدان التزامهما بالاتفاق")]

# ---------------------------------------------------------------- a role or a name, then the present of a threat verb and ب
def test_headline_role_then_present_threat_with_b_apart_before_a_quotation():
    text = "زعيم كوريا الشمالية يهدد خصومه بـ \"رد لا يرحم\"\nوألقى كيم جونغ أون كلمة أمام قادة الجيش."
    assert found(text)[0] == ("kim", "رد لا يرحم")


def test_headline_name_then_present_threat_with_a_glued_b():
    text = "كيم يهدد جيرانه بضربات استباقية\nوألقى كيم جونغ أون كلمة أمام قادة الجيش."
    assert found(text)[0][0] == "kim" and "ضربات استباقية" in found(text)[0][1]


@pytest.mark.parametrize("line", ["الجفاف يهدد المحاصيل في الجنوب", "الأزمة المالية تهدد بانهيار الحكومة",
                                  "يون يهدد الاستقرار السياسي"])
def test_the_present_of_threaten_without_a_person_or_a_b_is_no_speech(line):
    assert found(line + "\nوتحدث الخبراء عن أسباب ذلك.") == []


# ---------------------------------------------------------------- a title closed by two dots
def test_title_with_two_dots_after_an_institution():
    text = "عربي ودولي\n\nالكرملين..الحوار مع واشنطن لم يتوقف\n\nقال بيسكوف إن الاتصالات مستمرة."
    assert found(text) == [("other", "الحوار مع واشنطن لم يتوقف"), ("peskov", "الاتصالات مستمرة")]


def test_two_dots_in_a_body_line_are_no_title():
    text = "قال بيسكوف إن الاتصالات مستمرة.\nموسكو.. مدينة كبيرة تستقبل ملايين الزوار"
    assert found(text) == [("peskov", "الاتصالات مستمرة")]


# ---------------------------------------------------------------- a descriptive title after «X..» is no statement
def test_a_title_that_describes_the_leader_after_two_dots_is_not_his_statement():
    text = ("زعيم كوريا الشمالية.. الرجل الذي يحكم بلاده منذ أكثر من عقد\n"
            "تتناول هذه الصفحة محطات من سيرته.")
    assert all(actor != "kim" for actor, _ in said(text, date="2023-01-10"))


def test_a_short_title_with_two_dots_still_gives_the_speaker_his_words():
    text = "بيسكوف.. لا خطط لاتصال هاتفي هذا الأسبوع\nوتابع المتحدث أن الجدول لم يحدد بعد."
    assert actor_of(text, "لا خطط لاتصال", date="2023-01-10") == "peskov"


# ================================================================ teasers, breaking labels, live blogs and label lines
def test_second_headline_after_a_breadcrumb_line():
    text = "الرئيسية » أخبار دولية\n\nالشمال يختبر صاروخا.. والكرملين: لا علم لنا بأي تنسيق\n\nالنص."
    assert found(text) == [("other", "لا علم لنا بأي تنسيق")]


def test_live_blog_title_before_a_sentence_with_its_own_named_speaker():
    text = "09:15 | الكرملين: قال الناطق باسم الرئاسة الروسية دميتري بيسكوف للصحفيين إن القمة لم تحدد بعد."
    assert found(text) == [("peskov", "القمة لم تحدد بعد")]


def test_live_blog_title_with_an_unknown_spokesman_keeps_the_title_speaker():
    text = ("قال بيسكوف إن القمة لم تحدد. "
            "\n10:40 | الخارجية الإيرانية: وصف المتحدث فرهاد نوري ما أورده البيت الأبيض بأنه مزاعم مختلقة.")
    assert found(text)[-1][0] == "other"


# ---------------------------------------------------------------- title and teaser lines
def test_headline_after_a_new_tag():
    text = "(جديد) يون: كل استفزاز سيقابل برد متناسب\n\nسيئول - أفادت التقارير بإطلاق صاروخ."
    assert found(text, "2023-11-02")[0] == ("yoon", "كل استفزاز سيقابل برد متناسب")


def test_teaser_line_after_an_urgent_bar():
    text = "عنوان رئيسي آخر\n\nعاجل | بيسكوف: لا خطط لزيارة جديدة في الوقت الراهن"
    assert found(text) == [("peskov", "لا خطط لزيارة جديدة في الوقت الراهن")]


def test_numbered_and_bulleted_teaser_lines():
    text = ("عنوان\n\nالأكثر قراءة\n1. الخارجية الصينية: العلاقات بين الجارين شأن يخصهما\n"
            "- كيربي: واشنطن تتابع الوضع عن كثب")
    got = found(text, "2024-06-20")
    assert ("other", "العلاقات بين الجارين شأن يخصهما") in got
    assert ("kirby", "واشنطن تتابع الوضع عن كثب") in got


def test_second_headline_after_two_dots_on_the_title_line():
    text = "الشمال يطلق صاروخا جديدا.. والكرملين: لا علم لنا بأي تنسيق مسبق\n\nالنص."
    assert found(text) == [("other", "لا علم لنا بأي تنسيق مسبق")]


def test_headline_speaker_with_a_topic_before_the_colon():
    text = "بيسكوف عن اللقاء المرتقب مع كيم: لا موعد محددا حتى الآن\n\nالنص."
    assert found(text, "2024-06-01") == [("peskov", "لا موعد محددا حتى الآن")]


# ---------------------------------------------------------------- «عاجل:» and a place label before the speaker
def test_breaking_label_with_a_colon_before_a_name_colon_title():
    text = "عاجل: بيسكوف: لا موعد بعد لاتصال بين الرئيسين\nوقال بيسكوف إن الكرملين لم يحدد موعدا."
    assert actor_of(text, "لا موعد بعد") == "peskov"


def test_place_label_before_a_speaker_and_his_verb_in_a_title_line():
    text = "روسيا: بيسكوف يؤكد أن موسكو لن تغير موقفها\nوقال بيسكوف للصحفيين إن الموقف ثابت."
    found = extract_statements(text)
    assert (found[0].actor, found[0].text) == ("peskov", "موسكو لن تغير موقفها")


def test_place_label_before_a_titled_name_and_a_pledge():
    text = "كوريا الشمالية: الزعيم كيم يتعهد بتوسيع الترسانة النووية\nوقال كيم إن بلاده لن تتراجع."
    assert actor_of(text, "توسيع الترسانة") == "kim"


def test_place_label_before_words_without_a_speaker_stays_the_place():
    text = "البنتاغون: لا خطط لإرسال قوات إضافية\nوقال المتحدث إن الوزارة لا تخطط لذلك."
    assert actor_of(text, "لا خطط لإرسال") == "other"


# ---------------------------------------------------------------- a teaser of another story after the spokesman
def test_unknown_name_before_a_present_verb_and_a_colon_is_not_the_last_speaker():
    text = ('وقال كيربي: "لا نريد توسيع الصراع".\n\nالأكثر قراءة\n\n'
            "الجيش يعزز انتشاره في الجنوب غوتيريش يحذّر: المنطقة على حافة الهاوية")
    found = extract_statements(text, date="2024-09-20")
    assert [(s.actor, s.text) for s in found] == [("kirby", "لا نريد توسيع الصراع"),
                                                  ("other", "المنطقة على حافة الهاوية")]
    assert found[1].actor_mention == "غوتيريش"


def test_the_known_name_before_a_present_verb_and_a_colon_still_speaks():
    text = 'وقال المسؤول إن الحوار مستمر.\nكيربي يحذر: "أي تصعيد سيضر بالجميع"'
    assert actor_of(text, "أي تصعيد", "2024-09-20") == "kirby"


def test_present_verb_with_a_conjunction_and_a_colon_continues_the_speaker():
    text = 'وقال كيربي إن واشنطن تتابع الوضع.\nويقول: "نحن على اتصال دائم مع شركائنا".'
    assert actor_of(text, "على اتصال دائم", "2024-09-20") == "kirby"


# ---------------------------------------------------------------- a label line inside the story
def test_a_verbal_noun_label_line_is_no_statement_of_the_last_speaker():
    text = ("وأشار يون في بيان إلى أنه كان يسعى لإنقاذ البلاد.\n\nنفي محاولات تثبيت السلطة\n\n"
            "كما نفى الشائعات عن سعيه إلى البقاء في الحكم.")
    texts = [t for _, t in said(text, "2026-02-20")]
    assert "محاولات تثبيت السلطة" not in texts and any("الشائعات" in t for t in texts)


def test_a_short_line_with_a_conjunction_and_a_full_stop_still_continues():
    text = "وقال يون إن الحكومة ستواصل الإصلاح.\n\nوأضاف أن الاقتصاد يتعافى.\n"
    assert said(text, "2023-05-01")[1] == ("yoon", "الاقتصاد يتعافى")


# ================================================================ page furniture: captions, bylines, mastheads, scraping left-overs
def test_byline_under_a_title_is_not_a_statement():
    text = "كتبت: منى عبد الله\nأكد بيسكوف أن موسكو لا تسعى إلى مواجهة مع أحد."
    assert found(text) == [("peskov", "موسكو لا تسعى إلى مواجهة مع أحد")]


def test_byline_with_a_bar_and_a_date_is_not_a_statement():
    text = "كتب: سامر خليل | الأحد 12 أيار 2024\nقال بيسكوف إن الاتصالات متواصلة."
    assert found(text) == [("peskov", "الاتصالات متواصلة")]


# ---------------------------------------------------------------- outlets and page furniture
def test_quoted_outlet_name_before_the_colon_is_not_the_words_said():
    text = "وقال كيربي لشبكة «صوت الشرق الإخبارية اليوم»: «لم نتلق أي طلب رسمي حتى الآن»."
    assert found(text) == [("kirby", "لم نتلق أي طلب رسمي حتى الآن")]


def test_institution_title_under_breadcrumbs_is_its_statement():
    text = ("الرئيسية\nعربي ودولي\n\nالكرملين: لا موعد بعد لقمة جديدة\n\n"
            "قال المتحدث باسم الكرملين ديمتري بيسكوف إن الموعد لم يحدد.")
    got = found(text)
    assert got[0] == ("other", "لا موعد بعد لقمة جديدة")
    assert got[1] == ("peskov", "الموعد لم يحدد")


def test_institution_line_after_a_body_sentence_is_still_no_title():
    text = ("أكد كيربي أن المحادثات مستمرة.\n"
            "الكرملين: لا موعد بعد لقمة جديدة\n"
            "وقال بيسكوف إن الموعد لم يحدد.")
    assert [a for a, _ in found(text)] == ["kirby", "peskov"]


# ---------------------------------------------------------------- lines that report nothing
def test_see_also_line_is_another_articles_title():
    text = ("وقال بيسكوف إن موسكو ستدرس الرد.\n"
            "اقرأ أيضا: فنلندا تعلن تعزيز حدودها الشرقية")
    assert found(text) == [("peskov", "موسكو ستدرس الرد")]


def test_short_quoted_subheading_is_not_the_previous_speakers_words():
    text = ("وقال كيربي إن المناورات تجري كل عام.\n"
            "«رسائل متناقضة»\n"
            "وفي موسكو، قال بيسكوف إن الكرملين يتابع التدريبات.")
    got = found(text)
    assert ("kirby", "رسائل متناقضة") not in got
    assert got == [("kirby", "المناورات تجري كل عام"), ("peskov", "الكرملين يتابع التدريبات")]


# ---------------------------------------------------------------- TV captions and photo credits
def test_caption_with_name_in_brackets_then_a_quote():
    text = '(جون كيربي) "سنواصل العمل مع شركائنا في المنطقة بهدوء".'
    assert found(text, "2016-02-01") == [("kirby", "سنواصل العمل مع شركائنا في المنطقة بهدوء")]


def test_caption_cut_before_the_bracket_with_an_office_after_a_slash():
    text = 'دميتري بيسكوف / المتحدث باسم الكرملين) "الاتصالات مستمرة على مستوى الخبراء".'
    assert found(text) == [("peskov", "الاتصالات مستمرة على مستوى الخبراء")]


def test_photo_credit_in_brackets_is_no_speaker():
    text = '(تصوير: وكالة الأنباء) "لقطة من الاجتماع الأخير للوفدين".'
    assert all(actor == "other" for actor, _ in found(text))


# ---------------------------------------------------------------- a photo caption: a name, a dash, his office
def test_caption_of_name_and_office_is_no_statement():
    text = "دميتري بيسكوف - المتحدث باسم الكرملين\nوقال بيسكوف إن موسكو ستدرس العرض الجديد بهدوء."
    assert said(text) == [("peskov", "موسكو ستدرس العرض الجديد بهدوء")]


def test_title_line_closed_by_a_dash_and_the_speaker_is_still_his():
    text = "العقوبات الجديدة لن تغير سياستنا - بيسكوف\nوقال بيسكوف إن موسكو ستدرس العرض الجديد."
    assert actor_of(text, "العقوبات الجديدة لن تغير") == "peskov"


# ---------------------------------------------------------------- a role-only title under a site's masthead
def test_role_title_under_a_five_word_masthead():
    text = ('هيئة التحرير: صحفيون عرب مستقلون\nالموقع مرخص من نقابة الصحفيين\n\n'
            'وزير الخارجية العراقي: لن نكون ساحة لتصفية الحسابات\n\nنشر\n\n'
            'قال وزير الخارجية العراقي إن بغداد لن تسمح باستخدام أراضيها.')
    assert ("other", "لن نكون ساحة لتصفية الحسابات") in said(text, "2024-02-01")


# ---------------------------------------------------------------- stacked title lines under page left-overs
STACKED = ('"\\n"\nأخبار محلية\n\nالحلبي: الحكومة لن ترفع أسعار الخبز\n\nالحلبي: الدعم سيستمر حتى نهاية العام\n\n'
           'قال وزير التموين فراس الحلبي، "لن نرفع سعر الخبز هذا العام".\n\nوأضاف الحلبي أن الدعم سيستمر.')


def test_first_title_line_under_a_scraping_leftover_is_a_statement():
    assert ("other", "الحكومة لن ترفع أسعار الخبز") in said(STACKED, "2024-05-01")


def test_second_title_line_stacked_under_the_first_is_a_statement_too():
    found = said(STACKED, "2024-05-01")
    assert ("other", "الدعم سيستمر حتى نهاية العام") in found
    assert len(found) == 4


def test_a_line_of_punctuation_only_before_a_body_sentence_makes_no_title():
    text = '"\\n"\nوقال مصدر في الوزارة: إن الاجتماع تأجل إلى الأسبوع المقبل.'
    found = extract_statements(text, date="2024-05-01")
    assert len(found) == 1 and found[0].actor_mention == "مصدر" and "تأجل إلى الأسبوع" in found[0].text


# ================================================================ a title repeated over its story
def test_repeated_headline_is_one_statement():
    text = "بيسكوف: لا حوار مع واشنطن\nبيسكوف: لا حوار مع واشنطن\nوأكد بيسكوف أن العلاقات عند الصفر."
    assert found(text) == [("peskov", "لا حوار مع واشنطن"), ("peskov", "العلاقات عند الصفر")]


# ---------------------------------------------------------------- a title shown again over the story
def test_title_repeated_after_body_text_is_said_again():
    text = ("كيربي: لا نسعى إلى حرب في البحر الأحمر\n\n"
            "قال كيربي: \"إجراءاتنا دفاعية\". وأشار إلى \"أن الباب ما زال مفتوحا\".\n\n"
            "كيربي: لا نسعى إلى حرب في البحر الأحمر\n\n"
            "وأضاف كيربي أن واشنطن ستواصل حماية السفن.")
    found = said(text, "2024-01-21")
    assert [t for _, t in found].count("لا نسعى إلى حرب في البحر الأحمر") == 2
    assert {a for a, _ in found} == {"kirby"}


def test_title_stacked_over_its_copy_is_said_once():
    text = ("كيربي: لا نسعى إلى حرب في البحر الأحمر\n"
            "كيربي: لا نسعى إلى حرب في البحر الأحمر\n"
            "الرئيسية / العالم / أمريكا\n"
            "قال كيربي إن واشنطن ستواصل حماية السفن.")
    found = said(text, "2024-01-21")
    assert found == [("kirby", "لا نسعى إلى حرب في البحر الأحمر"), ("kirby", "واشنطن ستواصل حماية السفن")]


# ---------------------------------------------------------------- round 26: an office, then a name the lexicon lacks
def test_an_office_and_an_unknown_name_before_a_titles_colon_are_other_with_the_surface():
    text = "رئيس الحكومة الأسبق سليم بركات: المنطقة لا تحتمل حربا جديدة\nقال بيسكوف إن موسكو تراقب."
    got = extract_statements(text, date="2024-05-01")
    assert [(s.actor, s.text) for s in got][0] == ("other", "المنطقة لا تحتمل حربا جديدة")
    assert got[0].actor_mention == "رئيس الحكومة الأسبق سليم بركات"


def test_an_office_and_a_present_verb_before_a_colon_is_no_name():
    assert said("وزير الدفاع يتفقد الحدود: جولة لثلاثة أيام", "2024-05-01") == []


def test_an_office_then_the_people_it_addresses_before_a_titles_colon():
    got = extract_statements("وزير المالية المصري للمستثمرين: السوق مفتوحة أمام الجميع", date="2024-05-01")
    assert [(s.actor, s.actor_mention) for s in got] == [("other", "وزير المالية المصري")]


def test_a_dateline_with_a_city_a_dash_and_an_agency_is_no_title():
    text = "سيول – يونهاب\nقال الرئيس يون سوك يول إن الاقتصاد يتعافى."
    assert said(text, "2023-11-21") == [("yoon", "الاقتصاد يتعافى")]


def test_an_office_and_an_unknown_name_with_abd_before_a_titles_colon():
    got = extract_statements("وزير الخارجية الأسبق كمال عبد الرحيم: سباق التسلح ينذر بمواجهة", date="2024-03-10")
    assert [(s.actor, s.actor_mention) for s in got] == [("other", "وزير الخارجية الأسبق كمال عبد الرحيم")]


# ---------------------------------------------------------------- round 40b: the country by its short name
@pytest.mark.parametrize("country", ["أمريكا", "أميركا"])
def test_america_by_its_short_name_before_a_titles_colon_is_other(country):
    text = (f"الخميس 3 آذار 2022\n\n{country}: التوتر على الحدود الشمالية يبعث على القلق\n\n"
            "قال المتحدث باسم الكرملين ديمتري بيسكوف إن الوضع صعب.")
    assert found(text)[0] == ("other", "التوتر على الحدود الشمالية يبعث على القلق")
