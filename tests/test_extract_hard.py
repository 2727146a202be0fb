"""Attribution on awkward layouts written for the purpose (not from the corpus)."""

import pytest

from stance.extract import extract_statements
from tests.conftest import actor_of, said


def test_speaker_before_the_verb():
    assert actor_of("بيسكوف قال للصحفيين إن العلاقات مع بيونغ يانغ لا تستهدف أحدا.", "لا تستهدف") == "peskov"


def test_continuation_verbs_keep_the_speaker():
    text = "وقال كيربي إن واشنطن تتابع الوضع.\nوأضاف أن الإدارة ستتشاور مع الحلفاء.\nوتابع: «لن نقبل بذلك»."
    assert actor_of(text, "ستتشاور") == "kirby"
    assert actor_of(text, "لن نقبل") == "kirby"


def test_participle_continuation_in_the_same_sentence():
    text = "وأكد يون سوك يول أن سيول مستعدة، مضيفا أن التحالف مع واشنطن أقوى من أي وقت مضى."
    assert actor_of(text, "التحالف مع واشنطن") == "yoon"


def test_quote_alone_on_the_next_line_continues():
    text = "وقال الزعيم الكوري الشمالي كيم جونغ أون: «سنعزز قدراتنا الدفاعية».\n«ولن نتراجع أمام الضغوط»."
    assert actor_of(text, "ولن نتراجع") == "kim"


def test_quote_alone_after_a_paragraph_without_speech_is_not_attributed():
    text = "وصل الوفد إلى موسكو صباح الاثنين.\n«هذه زيارة تاريخية»."
    assert not [s for s in said(text) if s[0] != "other"]


def test_bare_spokesman_refers_back_to_the_last_spokesman():
    text = ("وقال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو لا تخطط لأي خطوات.\n"
            "وفي وقت لاحق أعرب المتحدث عن قلقه من نشر الصواريخ.")
    assert actor_of(text, "قلقه من نشر") == "peskov"


def test_other_spokesman_is_not_a_tracked_actor():
    text = "وقال المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر إن العقوبات ستبقى."
    assert actor_of(text, "العقوبات ستبقى") == "other"


def test_bare_kim_follows_the_last_full_kim():
    text = ("قال نائب الوزير كيم هونغ كيون إن المشاورات مستمرة.\n"
            "وقال كيم إن سيول لن تقبل أي تعاون عسكري.")
    assert actor_of(text, "لن تقبل") == "other"
    text2 = "التقى الزعيم كيم جونغ أون بالوفد.\nوقال كيم إن بلاده لن تتخلى عن سلاحها."
    assert actor_of(text2, "لن تتخلى") == "kim"


def test_sister_is_not_kim():
    assert actor_of("وقالت كيم يو جونغ إن التدريبات استفزاز خطير.", "التدريبات") == "other"


def test_yonhap_is_not_yoon():
    text = "سيول (يونهاب) – قال مسؤول عسكري إن الصاروخ سقط في البحر."
    assert all(actor == "other" for actor, _ in said(text))


def test_institution_is_other():
    assert actor_of("ونفى الكرملين هذه التقارير جملة وتفصيلا.", "هذه التقارير") == "other"


def test_feminine_continuation_is_not_the_male_actor():
    text = "وقال كيربي إن الوضع مقلق. وأضافت أن الاجتماع سيعقد غدا."
    assert actor_of(text, "الاجتماع سيعقد") == "other"


def test_two_speakers_in_one_sentence():
    text = "وقال كيربي إن واشنطن قلقة، فيما قال بيسكوف إن موسكو لا تهدد أحدا."
    assert actor_of(text, "واشنطن قلقة") == "kirby"
    assert actor_of(text, "لا تهدد") == "peskov"


def test_named_speaker_with_participle_does_not_continue_previous():
    text = "وقال بيسكوف إن العلاقات ممتازة.\nويضيف الخبير ماركوف قائلا إن موسكو تحتاج الذخيرة."
    assert actor_of(text, "تحتاج الذخيرة") == "other"


def test_headline_with_colon():
    text = "كيربي: نشعر بقلق بالغ إزاء التجربة الصاروخية\nواشنطن – أعربت الإدارة عن قلقها."
    assert actor_of(text, "نشعر بقلق") == "kirby"


def test_negated_verb_is_not_a_statement():
    assert not said("ولم يوضح بيسكوف تفاصيل الاتفاق الذي وقعه الجانبان.")


def test_source_attribution_is_not_a_statement():
    text = "وصل الوفد إلى بيونغ يانغ، حسبما ذكرت وكالة الأنباء المركزية."
    assert not said(text)


def test_name_after_the_quote():
    text = "«لن نسمح بتهديد أمننا»، قال يون سوك يول أمام البرلمان."
    assert actor_of(text, "لن نسمح") == "yoon"


@pytest.mark.parametrize("quote_open,quote_close", [("«", "»"), ("“", "”"), ('"', '"'), ("”", "”")])
def test_quote_styles(quote_open, quote_close):
    text = f"وقال كيربي: {quote_open}نراقب الوضع عن كثب{quote_close}."
    statements = extract_statements(text)
    assert [(s.actor, s.text, s.direct) for s in statements] == [("kirby", "نراقب الوضع عن كثب", True)]


def test_relayed_quote_names_the_speaker_after_an():
    text = "ونقلت وكالة الأنباء المركزية عن الزعيم كيم جونغ أون قوله إن الجيش سيرد بقوة ساحقة."
    assert actor_of(text, "الجيش سيرد") == "kim"


def test_reply_with_bil_qawl():
    text = "ورد المتحدث باسم الكرملين على سؤال لوكالة «تاس» بالقول إن هذه الاتهامات لا أساس لها."
    assert actor_of(text, "لا أساس لها") == "peskov"


def test_title_before_the_name_with_an_object_verb():
    text = "ووصف الرئيس يون سوك يول الخطوة بأنها «استفزاز خطير»."
    assert actor_of(text, "استفزاز خطير") == "yoon"


def test_bare_title_refers_back():
    text = "استقبل الرئيس يون سوك يول الوفد الأمريكي.\nوأكد الرئيس أن التحالف أقوى من أي وقت مضى."
    assert actor_of(text, "التحالف أقوى") == "yoon"


def test_subject_named_earlier_in_the_sentence():
    text = "أما في واشنطن، فقد اختار جون كيربي لهجة حذرة، إذ قال للصحافيين: «لا نستطيع التأكيد»."
    assert actor_of(text, "لا نستطيع التأكيد") == "kirby"


def test_object_pronoun_word_is_not_the_speaker():
    text = "وقال يون سوك يول إن الجيش جاهز، وطمأن مواطنيه إلى أن لا داعي للذعر."
    assert actor_of(text, "لا داعي للذعر") == "yoon"


def test_actor_as_object_is_not_the_speaker():
    text = "وهاجمت كيم يو جونغ، شقيقة الزعيم كيم جونغ أون، سيول في بيان قالت فيه إن المنشورات استفزاز."
    assert actor_of(text, "المنشورات استفزاز") == "other"
    text = "ردا على تصريحات كيربي، قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن واشنطن تكذب."
    assert actor_of(text, "واشنطن تكذب") == "other"
    text = "وقال مسؤول أمريكي لرويترز، طالبا عدم نشر اسمه، إن كيم جونغ أون أمر بتجربة جديدة."
    assert actor_of(text, "أمر بتجربة") == "other"


def test_praise_of_a_named_person_and_a_second_speaker():
    text = "وأشاد كيم جونغ أون ببوتين، فيما حذر كيربي من أن التعاون بين البلدين يمثل خطرا."
    assert [(s.actor, s.text) for s in extract_statements(text)] == [
        ("kim", "بوتين"), ("kirby", "التعاون بين البلدين يمثل خطرا")]


@pytest.mark.parametrize("text,words,actor", [
    ("وتساءل بيسكوف: «لماذا يجب أن نقلق؟».", "لماذا يجب", "peskov"),
    ("وكتب كيربي على منصة إكس أن الولايات المتحدة لن تسمح بذلك.", "لن تسمح", "kirby"),
    ("سيول، 12 يونيو (يونهاب) -- قال الرئيس يون سوك يول اليوم إن الحكومة سترد بحزم.", "سترد بحزم", "yoon"),
])
def test_more_reporting_verbs_and_datelines(text, words, actor):
    assert actor_of(text, words) == actor


def test_speech_inside_a_quoted_agency_report():
    text = ("وفي نهاية الاجتماع، “دعا كيم جونغ أون بوتين بلطف لزيارة بيونغ يانغ عندما يناسبه ذلك”، "
            "حسبما ذكرت وكالة الأنباء المركزية الكورية الشمالية.")
    assert [(s.actor, s.text) for s in extract_statements(text)] == [
        ("kim", "بوتين بلطف لزيارة بيونغ يانغ عندما يناسبه ذلك")]


@pytest.mark.parametrize("text,words,actor", [
    # pluperfect: the subject sits between كان and قد, and a name inside an adverbial is not the speaker
    ("وكان عضو المكتب السياسي لي هونغ تشونغ قد قال خلال لقائه كيم إن الصين مستعدة للتعاون.", "الصين مستعدة", "other"),
    ("وكان كيم قد كتب في رسالة إلى بوتين نشرتها الوكالة أن الشعب الكوري يقف إلى جانب روسيا.", "يقف إلى جانب", "kim"),
    ("وكان متحدث باسم وزارة الخارجية الكورية الجنوبية قد أعلن أن سيول استدعت السفير.", "استدعت السفير", "other"),
    # resumptive «قال فيها»: the nearest person who can be the subject
    ("وجاءت تصريحات يون بعد إفادة قدمها وزير الدفاع كيم يونغ هيون أمام البرلمان، قال فيها إن الشمال شحن الحاويات.",
     "شحن الحاويات", "other"),
    # someone else's spokesman, with a word before باسم
    ("وقال بيسكوف إن موسكو لا تهدد أحدا.\nوفي المقابل، توعد المتحدث العسكري باسم جماعة الحوثي بأن العمليات ستتسع.",
     "العمليات ستتسع", "other"),
])
def test_subjects_named_outside_the_usual_place(text, words, actor):
    assert actor_of(text, words) == actor


@pytest.mark.parametrize("text,expected", [
    ("وبحسب بيسكوف، فإن موسكو لا ترى أي تهديد في المناورات.", ("peskov", "موسكو لا ترى أي تهديد في المناورات")),
    ("ووفقاً للسيد بوتين، فإن كيم جونغ أون سوف يحضر العرض البحري.", ("other", "كيم جونغ أون سوف يحضر العرض البحري")),
    ("وبحسب سيرجي ماركوف، أستاذ العلوم السياسية، يُرجح أن روسيا تريد الذخيرة.", ("other", "يُرجح أن روسيا تريد الذخيرة")),
])
def test_attribution_first(text, expected):
    assert [(s.actor, s.text) for s in extract_statements(text)] == [expected]
