"""Extraction tests for continuation: who a pronoun verb or a participle in a later sentence goes on with
(the last speaker, the person an agency report names, nobody), back references by a shortened title or a given
name, and the sentences that stop a continuation (narration, a subheading, an office or a new person before the
verb, a passive verb). Each case is a short invented text."""

import pytest

from stance.extract import extract_statements
from tests.conftest import actor_of, actors, found, said, statements_with, undated_actors


# A day inside every tracked person's term, the date of the cases about people named near a tracked speaker.
DAY = "2023-06-14"


# ================================================================ after an agency's or an outlet's report
def test_masculine_verb_skips_a_newspaper_back_to_the_man():
    text = ("رفض دميتري بيسكوف التعليق على مقال لصحيفة أمريكية قالت فيه إن الشحنات مستمرة، "
            "واكتفى بالقول إن الكرملين لا يعلق على مصادر مجهولة.")
    assert found(text)[-1] == ("peskov", "الكرملين لا يعلق على مصادر مجهولة")


def test_haythu_clause_after_a_feminine_agency_report_of_a_leaders_remarks():
    text = ("وأوضحت الوكالة الرسمية أن تصريحات كيم جونغ أون جاءت خلال اجتماع للحزب، "
            "حيث تعهد خلال الاجتماع بمضاعفة إنتاج الصواريخ.")
    assert actors(text) == ["other", "kim"]


def test_a_verb_after_waqad_in_a_networks_report_still_goes_to_the_leader():
    text = ("وأضافت الشبكة بأن الزعيم الكوري الشمالي كيم جونغ أون جعل الزراعة أولوية خطته، "
            "وقد أبلغ المسؤولين بأن الاكتفاء الغذائي سيكون ردا على الحصار.")
    assert actor_of(text, "الاكتفاء الغذائي", date="2019-04-12") == "kim"


# ---------------------------------------------------------------- after an outlet's sentence
def test_masculine_verb_after_a_feminine_outlet_report_goes_to_the_person_it_opened_with():
    text = ("وذكرت وكالة يونهاب أن الرئيس يون سوك يول زار وحدة عسكرية على الحدود.\n"
            "وأكد أن الجيش يجب أن يرد فورا على أي استفزاز.")
    assert actors(text) == ["other", "yoon"]


def test_feminine_verb_after_an_outlet_report_stays_with_the_outlet():
    text = ("وذكرت وكالة يونهاب أن الرئيس يون سوك يول زار وحدة عسكرية على الحدود.\n"
            "وأضافت أن الزيارة استمرت ساعتين.")
    assert actors(text) == ["other", "other"]


def test_masculine_outlet_keeps_its_masculine_next_verb():
    text = ("وذكر التلفزيون الرسمي أن الزعيم كيم جونغ أون افتتح مصنعا جديدا.\n"
            "وأضاف أن المصنع سينتج الجرارات.")
    assert actors(text) == ["other", "other"]


# ---------------------------------------------------------------- a masculine pronoun verb after an agency's report
def test_a_masculine_verb_after_an_agency_report_goes_back_to_the_man_before_it():
    text = ("قال الرئيس يون سوك يول إن حكومته سترفع ميزانية الدفاع.\n"
            "وذكرت وكالة يونهاب أن البرلمان سيناقش المشروع الأسبوع المقبل.\n"
            "وأضاف أن التهديدات الشمالية لا تترك خيارا آخر.")
    assert undated_actors(text, "2023-08-30") == ["yoon", "other", "yoon"]


def test_after_a_woman_who_spoke_between_too():
    text = ("قال كيربي إن واشنطن تراقب المناورات الروسية.\n"
            "وقالت المتحدثة الروسية زاخاروفا إن المناورات دفاعية.\n"
            "وأضاف أن الولايات المتحدة ستبلغ حلفاءها بما لديها.")
    assert undated_actors(text, "2023-08-30")[-1] == "kirby"


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
    assert undated_actors(text, "2023-08-30")[-1] == "other"


# ---------------------------------------------------------------- a masculine verb inside an agency's report
def test_a_masculine_verb_after_the_agency_report_is_the_man_her_words_name():
    text = ("وقالت الوكالة المركزية الكورية، إنه خلال جولة كيم في حوض لبناء السفن، شدد على "
            "«ضرورة إنجاز المدمرة الجديدة في موعدها».")
    assert actor_of(text, "إنجاز المدمرة") == "kim"


def test_a_masculine_verb_after_the_agency_report_naming_two_people_stays_with_nobody_tracked():
    text = ("وقالت الوكالة المركزية الكورية، إنه خلال لقاء كيم مع وزير الدفاع الروسي، شدد على "
            "«أهمية التنسيق العسكري».")
    assert actor_of(text, "التنسيق العسكري") == "other"


def test_a_feminine_verb_after_the_agency_report_is_still_the_agency():
    text = "وذكرت الوكالة أن كيم تفقد المصنع، وأضافت أن الإنتاج تضاعف هذا العام."
    assert actor_of(text, "الإنتاج تضاعف") == "other"


# ---------------------------------------------------------------- «… أن كيم خاطب الحشود، حيث دعا إلى …»
def test_a_pronoun_verb_after_a_clause_opener_goes_on_with_the_man_the_report_opened_with():
    text = ("وأوضح تقرير نشرته الوكالة الرسمية أن كيم جونغ أون تفقد وحدة مدفعية في ساحة كيم إيل سونغ، "
            "حيث دعا إلى رفع الجاهزية القتالية.")
    assert undated_actors(text, "2024-03-07") == ["other", "kim"]


def test_not_when_the_report_opens_with_someone_else():
    text = "وأوضح تقرير نشرته الوكالة الرسمية أن الوفد الصيني وصل إلى العاصمة، حيث أكد أن العلاقات متينة."
    assert undated_actors(text, "2024-03-07") == ["other", "other"]


def test_not_without_the_clause_opener():
    text = "وأوضح تقرير نشرته الوكالة الرسمية أن كيم جونغ أون تفقد وحدة مدفعية. ودعا التقرير إلى رفع الجاهزية."
    assert undated_actors(text, "2024-03-07")[-1] == "other"


# ---------------------------------------------------------------- a bare verb describing the noun before it
def test_a_bare_verb_after_an_indefinite_noun_does_not_go_back_to_the_man_in_an_agency_report():
    text = ("وأفادت وكالة محلية بأن يون سوك يول كان قد أدلى بكلام عن جيران الإمارات خلال زيارته، "
            "ما أثار ردا غاضبا اعتبر كلامه تدخلا في شؤون الآخرين.")
    found = said(text, date="2023-01-20")
    assert found and all(a != "yoon" for a, _ in found)


def test_a_comma_verb_after_an_agency_report_still_goes_to_the_man_it_names():
    text = ("قالت الوكالة المركزية إنه خلال جولة كيم جونغ أون في مصنع للقذائف، "
            "شدد على مضاعفة الإنتاج هذا العام.")
    assert actor_of(text, "مضاعفة الإنتاج", date="2024-03-01") == "kim"


def test_a_verb_after_a_clause_opener_in_an_agency_report_still_goes_to_the_man():
    text = ("ذكرت الوكالة الرسمية أن كيم جونغ أون زار قاعدة بحرية في الشرق حيث دعا إلى رفع الجاهزية.")
    assert actor_of(text, "رفع الجاهزية", date="2024-03-01") == "kim"


def test_a_verb_after_bad_an_in_an_agency_report_still_goes_to_the_man():
    text = ('ذكرت وسائل إعلام رسمية اليوم الأحد، أن الزعيم الكوري الشمالي كيم جونغ أون أمر قواته بـ"سحق" أي '
            "هجوم على البلاد، بعد أن تعهد بتحديث الأسطول لمواجهة ما وصفه بتهديد متصاعد.")
    assert actor_of(text, "تحديث الأسطول", date="2024-01-15") == "kim"


# ---------------------------------------------------------------- a woman's report is no agency's report
def test_verbal_noun_after_a_woman_writers_warning_is_not_the_leader_she_names():
    text = ("وحذرت الكاتبة الأمريكية جين دو في مقال لها من أن السيناتور قد يجر بلاده إلى مواجهة، بسبب سخريته "
            "المتكررة من الزعيم الكوري الشمالي كيم جونغ أون، ووصفه له بالرجل الصغير.")
    assert all(actor != "kim" for actor, _ in said(text, date="2017-04-04"))


def test_a_masculine_verb_after_an_agency_report_still_goes_to_the_leader_it_names():
    text = ("قالت وكالة الأنباء المركزية إنه خلال زيارة كيم جونغ أون لحوض بناء السفن، "
            "شدد على إنجاز المدمرة الجديدة قبل نهاية العام.")
    assert actor_of(text, "إنجاز المدمرة", date="2025-05-01") == "kim"


# ---------------------------------------------------------------- an agency's report of a person, then «، وأكد»
def test_second_act_after_an_agency_report_of_a_leader_is_the_leaders():
    text = "وقالت وكالة الأنباء المركزية إن الزعيم كيم جونغ أون تفقد حوض بناء السفن، وأكد أن الأسطول سيتوسع."
    got = found(text)
    assert got[-1] == ("kim", "الأسطول سيتوسع")


def test_feminine_second_act_after_an_agency_report_stays_the_agencys():
    text = "وقالت الوكالة إن كيم تفقد حوض بناء السفن، وأضافت أن العمال أنجزوا المرحلة الأولى."
    assert [a for a, _ in found(text)] == ["other", "other"]


# ---------------------------------------------------------------- who goes on after a relayed act
def test_continuation_after_a_relayed_act_goes_back_to_the_spokesman():
    text = ("وأضاف بيسكوف أن بوتين أعرب لنظيره الصيني عن تقديره للموقف المتوازن. "
            "وتابع أن الزيارة المقبلة ستكون في الخريف.")
    assert found(text) == [("other", "تقديره للموقف المتوازن"), ("peskov", "الزيارة المقبلة ستكون في الخريف")]


def test_continuation_after_an_agency_relayed_act_stays_with_the_person():
    text = ("وذكرت الوكالة أن كيم أعرب عن ارتياحه لنتائج التجربة. "
            "كما عبر عن شكره للعلماء على جهودهم.")
    assert [a for a, _ in found(text)] == ["kim", "kim"]


# ---------------------------------------------------------------- a sourcing tail is no new speaker
def test_an_agency_sourcing_a_quote_does_not_take_the_next_pronoun_verb():
    text = ("قال الرئيس الكوري الجنوبي يون سوك يول إن الشمال يعطل كل حوار.\n\n"
            "وأضاف يون، في كلمته أمام القمة: “الأمن يبدأ من الردع”، بحسب وكالة “يونهاب” للأنباء.\n\n"
            "وأشار إلى أن حكومته مستعدة لتقديم المساعدة، مضيفًا: “الباب يبقى مفتوحا”.")
    assert [a for a, _ in found(text)] == ["yoon"] * 4


def test_a_person_named_in_a_new_sentence_still_takes_the_next_pronoun_verb():
    text = ("وقال يون: “الأمن يبدأ من الردع”، بحسب وكالة يونهاب.\n\n"
            "من جهته قال وزير الدفاع الياباني إن طوكيو تراقب الوضع.\n\nوأشار إلى أن الحكومة رفعت درجة التأهب.")
    assert [a for a, _ in found(text)] == ["yoon", "other", "other"]


# ---------------------------------------------------------------- an outlet relaying the leader still goes on with him
def test_an_outlet_relaying_the_leader_still_goes_on_with_him():
    text = "أفادت الوكالة بأن الزعيم كيم جونغ أون زار مصنعا للذخيرة، وأكد أن بلاده ستضاعف إنتاجها."
    assert actor_of(text, "ستضاعف إنتاجها", DAY) == "kim"


# ================================================================ back references: a shortened role, a title, a given name, a pronoun
def test_bare_title_before_a_b_marker_refers_back():
    text = "وقال الرئيس يون إن الميزانية ستقدم الشهر المقبل. ووعد الرئيس بخفض الضرائب على الأسر الشابة."
    assert found(text, "2023-09-01") == [("yoon", "الميزانية ستقدم الشهر المقبل"),
                                         ("yoon", "خفض الضرائب على الأسر الشابة")]


# ---------------------------------------------------------------- a spokesman's role cut short
def test_shortened_role_refers_back_to_the_spokesman_named_with_the_full_role():
    text = ("قال المتحدث باسم الرئاسة الروسية دميتري بيسكوف إن القمة لم تحدد بعد. "
            "وأضاف المتحدث باسم الرئاسة أن الاتصالات مستمرة.")
    assert found(text) == [("peskov", "القمة لم تحدد بعد"), ("peskov", "الاتصالات مستمرة")]


def test_another_bodys_spokesman_is_not_a_shortened_role():
    text = ("قال المتحدث باسم الرئاسة الروسية دميتري بيسكوف إن القمة لم تحدد بعد. "
            "وأضاف المتحدث باسم الخارجية أن الوزير سيسافر غدا.")
    assert found(text)[-1][0] == "other"


# ---------------------------------------------------------------- continuation by a given name or a shortened role
def test_a_given_name_spelled_otherwise_than_in_the_full_name_is_still_peskov():
    text = "قال دميتري بيسكوف إن الاتصالات مستمرة. وتابع ديمتري أن الرئيس سيحضر القمة."
    assert actor_of(text, "سيحضر القمة", date="2023-05-10") == "peskov"


def test_a_given_name_after_another_dmitry_named_last_is_not_peskov():
    text = ("قال دميتري بيسكوف إن الاتصالات مستمرة. ثم قال دميتري ميدفيديف إن الغرب يخطئ. "
            "وتابع ديمتري أن الرد قادم.")
    assert actor_of(text, "الرد قادم", date="2023-05-10") == "other"


def test_a_coordinators_role_cut_to_two_words_refers_back_to_kirby():
    text = ("قال منسق الاتصالات الاستراتيجية في مجلس الأمن القومي جون كيربي إن واشنطن قلقة.\n"
            "وأشار منسق الاتصالات إلى أن الشحنات مستمرة.")
    assert actor_of(text, "الشحنات مستمرة", date="2023-05-10") == "kirby"


def test_a_two_word_role_followed_by_another_seat_is_someone_else():
    text = ("قال منسق الاتصالات الاستراتيجية في مجلس الأمن القومي جون كيربي إن واشنطن قلقة. "
            "ثم قال منسق الاتصالات في الخارجية الأمريكية إن الأمر قيد الدرس.")
    assert actor_of(text, "قيد الدرس", date="2023-05-10") == "other"


# ---------------------------------------------------------------- «ممثل الكرملين» refers back to Peskov
def test_the_kremlin_representative_right_after_peskov_is_peskov():
    text = ("رفض دميتري بيسكوف التعليق على التقارير.\n"
            "وشدد ممثل الكرملين على أن موسكو لن تكشف تفاصيل الاتصالات.")
    assert undated_actors(text) == ["peskov", "peskov"]


def test_the_kremlin_representative_after_someone_else_is_not_peskov():
    text = ("قالت الناطقة باسم الخارجية الروسية إن موسكو سترد.\n"
            "وشدد ممثل الكرملين على أن موسكو لن تكشف تفاصيل الاتصالات.")
    assert undated_actors(text)[-1] == "other"


# ---------------------------------------------------------------- a bare title with a modifier («الرئيس الجديد»)
def test_the_new_president_refers_back_to_the_name_after_the_same_modifier():
    text = ("قال رئيس كوريا الجنوبية الجديد يون سوك يول في أول اجتماع لحكومته إن الاقتصاد يمر بمرحلة صعبة. "
            "وقال الرئيس الجديد «علينا أن نبقى على أهبة الاستعداد أمام أي استفزاز»")
    assert actor_of(text, "أهبة الاستعداد", date="2022-05-12") == "yoon"


def test_a_modifier_that_ends_a_sentence_does_not_reach_the_next_sentences_name():
    text = ("وقال بيسكوف إن بوتين دعا نظيره الأمريكي. وأضاف بيسكوف أن موعد اللقاء لم يحدد. "
            "واعتبر الرئيس الأمريكي، أن اللقاء ممكن في الخريف.")
    assert actor_of(text, "اللقاء ممكن") == "other"


def test_the_former_president_is_never_the_name_after_new():
    text = ("قال رئيس كوريا الجنوبية الجديد يون سوك يول إن الاقتصاد يمر بمرحلة صعبة. "
            "وقال الرئيس السابق «لقد تركنا اقتصادا متينا لمن جاء بعدنا»")
    assert actor_of(text, "اقتصادا متينا", date="2022-05-12") == "other"


# ---------------------------------------------------------------- a title the article gave one tracked man refers back to him
def test_a_title_put_before_a_tracked_name_refers_back_to_him_when_it_stands_alone():
    text = ("وقال المتحدث باسم البيت الأبيض جون كيربي إن واشنطن لا تسعى إلى التصعيد.\n\n"
            "وأوضح المتحدث باسم البيت الأبيض أن الرئيس يتابع التطورات ساعة بساعة.")
    assert actor_of(text, "ساعة بساعة", date="2023-08-01") == "kirby"


def test_a_title_in_apposition_after_a_tracked_name_refers_back_even_after_someone_else_spoke():
    text = ("وقال جون كيربي، منسق الاتصالات في البيت الأبيض، إن واشنطن قلقة من الصفقة.\n\n"
            "وقال وزير الخارجية أنتوني بلينكن إن الحل يبقى دبلوماسيا.\n\n"
            "وأضاف منسق الاتصالات في البيت الأبيض أن العقوبات ستبقى قائمة.")
    assert actor_of(text, "العقوبات ستبقى", date="2023-08-01") == "kirby"


def test_a_title_the_article_gave_someone_else_too_stays_other():
    text = ("وقالت المتحدثة باسم البيت الأبيض كارين جان بيير إن الرئيس سيسافر غدا.\n\n"
            "وقال المتحدث باسم البيت الأبيض جون كيربي إن واشنطن لا تسعى إلى التصعيد.\n\n"
            "وقال المتحدث باسم البيت الأبيض أندرو بيتس إن البيان سيصدر لاحقا.\n\n"
            "وأوضح المتحدث باسم البيت الأبيض أن الرئيس يتابع التطورات.")
    assert actor_of(text, "يتابع التطورات", date="2023-08-01") == "other"


def test_an_office_seat_cut_from_a_back_reference_still_points_back():
    text = ("وقال المسؤول الأمريكي البارز جون كيربي إن واشنطن قلقة من التصعيد.\n\n"
            "وتابع المسؤول في البيت الأبيض قائلا إن بلاده ستواصل دعم كييف.")
    assert actor_of(text, "ستواصل دعم كييف", date="2023-08-01") == "kirby"


def test_a_title_holding_a_preposition_is_matched_whole():
    text = ("وقال جون كيربي، المسؤول عن ملف الاتصالات في البيت الأبيض، إن الإدارة قلقة من التصعيد.\n\n"
            "وقال وزير الدفاع لويد أوستن إن السفن ستبقى في المنطقة.\n\n"
            "وأكد المسؤول عن ملف الاتصالات في البيت الأبيض أن واشنطن لا تخطط لإرسال قوات.")
    assert actor_of(text, "لا تخطط لإرسال", date="2023-11-15") == "kirby"


# ---------------------------------------------------------------- «ووفقا له، فإن …»
def test_according_to_him_is_the_previous_speaker():
    text = "وقال بيسكوف إن القنوات مفتوحة. ووفقا له، فإن موسكو لا تستعجل أي لقاء."
    assert found(text) == [("peskov", "القنوات مفتوحة"), ("peskov", "موسكو لا تستعجل أي لقاء")]


def test_according_to_her_is_not_a_tracked_man():
    text = "وقال كيم جونغ أون إن الجيش جاهز. وبحسب قولها، فإن الحزب لن يغير خطته."
    got = found(text)
    assert got[0][0] == "kim" and got[1][0] == "other"


# ================================================================ a new subject before or after the verb ends it
def test_topic_particle_amma_with_an_unknown_subject_is_not_the_last_speaker():
    text = ("وقال كيربي إن واشنطن تتابع التجارب عن كثب.\n\n"
            "أما وزير الدفاع الياباني ميتورو كيهارا فقال إن طوكيو سترفع جاهزيتها.")
    found = [s for s in extract_statements(text) if "سترفع جاهزيتها" in s.text]
    assert found and found[0].actor == "other" and found[0].actor_mention.startswith("وزير الدفاع الياباني")


# ---------------------------------------------------------------- «وكان X (قد) …» after a tracked speaker
def test_pluperfect_institution_before_an_object_verb_is_not_the_previous_speaker():
    text = ("وقال بيسكوف إن باب الحوار لم يغلق. "
            "وكان الكرملين قد اتهم لندن الأسبوع الماضي بتسليح المجموعات المتطرفة.")
    got = found(text)
    assert got[0] == ("peskov", "باب الحوار لم يغلق")
    assert [a for a, _ in got[1:]] == ["other"]


def test_auxiliary_with_a_long_office_and_a_comma_before_the_verb():
    text = ("وقال كيربي إن الاتصالات مستمرة. "
            "وكان نائب رئيس البرلمان الروسي بيوتر تولستوي، قال إن بلاده لن تغلق سفارتها.")
    assert found(text) == [("kirby", "الاتصالات مستمرة"), ("other", "بلاده لن تغلق سفارتها")]


def test_auxiliary_with_a_long_office_and_no_comma_before_the_verb():
    text = ("وقال كيربي إن الاتصالات مستمرة. "
            "وكان نائب رئيس البرلمان الروسي بيوتر تولستوي قال إن بلاده لن تغلق سفارتها.")
    assert found(text) == [("kirby", "الاتصالات مستمرة"), ("other", "بلاده لن تغلق سفارتها")]


# ---------------------------------------------------------------- an unknown office as subject of an object verb
def test_unknown_office_after_an_object_verb_is_not_the_previous_speaker():
    text = ("وقال بيسكوف إن الاتصالات لم تنقطع. "
            "وأبلغ وزير الطاقة الروسي فاسيلي كورين مساء أمس الرئيس بوتين باكتمال أعمال الصيانة.")
    got = found(text)
    assert got[0] == ("peskov", "الاتصالات لم تنقطع")
    assert all(actor != "peskov" for actor, _ in got[1:])


# ---------------------------------------------------------------- an unnamed office opening the sentence before its verb
@pytest.mark.parametrize("opening", ["وزير الدفاع", "ووزير الخارجية الأمريكي", "المتحدث باسم الجيش"])
def test_an_office_opening_the_sentence_before_its_verb_speaks_not_the_last_tracked_speaker(opening):
    text = f"قال كيربي إن الوضع في البحر الأحمر خطير. {opening} يؤكد أن القوات في حالة تأهب."
    out = said(text, "2023-11-20")
    assert [a for a, _ in out] == ["kirby", "other"]
    assert "القوات في حالة تأهب" in out[1][1]


@pytest.mark.parametrize("text, actor", [
    # a pronoun verb still goes on with the last speaker
    ("قال كيربي إن الوضع في البحر الأحمر خطير. ويؤكد أن القوات في حالة تأهب.", "kirby"),
    # a back-reference to him is still him
    ("قال جون كيربي إن واشنطن تراقب السفن. المسؤول الأمريكي يؤكد أن القوات في حالة تأهب.", "kirby"),
    # his role is still his
    ("قال بيسكوف إن موسكو لن ترد الآن. المتحدث باسم الكرملين يؤكد أن الحوار ممكن.", "peskov"),
])
def test_what_the_office_rule_leaves_alone(text, actor):
    out = said(text, "2023-11-20")
    assert [a for a, _ in out] == [actor, actor]


# ---------------------------------------------------------------- an office right after a verb whose object follows at once
@pytest.mark.parametrize("office", ["مكتب يون", "مكتب الرئيس", "مكتبه"])
def test_an_office_right_after_the_verb_speaks_not_the_last_speaker(office):
    text = ("قال الرئيس يون سوك يول اليوم إن الشائعات عن خلاف مع واشنطن مبالغ فيها.\n\n"
            f"ونفى {office} لاحقا التقرير الذي نشرته الصحيفة.")
    assert undated_actors(text, "2023-09-26") == ["yoon", "other"]


def test_a_bare_object_after_the_verb_still_keeps_the_last_speaker():
    text = ("قال الرئيس يون سوك يول اليوم إن الشائعات عن خلاف مع واشنطن مبالغ فيها.\n\n"
            "ونفى التقرير الذي نشرته الصحيفة جملة وتفصيلا.")
    assert undated_actors(text, "2023-09-26") == ["yoon", "yoon"]


# ---------------------------------------------------------------- an office after time words is the subject
def test_an_official_named_after_a_time_word_is_not_the_previous_spokesman():
    text = ("قال جون كيربي إن الإدارة تتابع حركة السفن في المنطقة.\n"
            "وقال اليوم مسؤول أمريكي إن إحدى السفن غيرت مسارها.")
    assert actor_of(text, "غيرت مسارها", "2023-10-02") == "other"


def test_a_minister_named_after_the_reporters_he_spoke_to_is_not_the_previous_speaker():
    text = ("قال الرئيس الكوري الجنوبي يون سوك يول إن الحوار ممكن.\n"
            "وقال للصحفيين وزير المالية إن العجز سيتقلص العام المقبل.")
    statements = extract_statements(text, date="2022-11-03")
    assert statements[1].actor == "other" and "وزير المالية" in statements[1].actor_mention


def test_an_official_named_after_a_time_phrase_of_several_words_is_not_the_previous_speaker():
    text = ("قال المتحدث باسم الكرملين ديمتري بيسكوف إن المحادثات كانت مفيدة.\n"
            "وقال في وقت سابق نائب وزير الخارجية سيرغي ريابكوف، إن الاتفاق لم يعد قائما.")
    assert actor_of(text, "لم يعد قائما", "2023-10-02") == "other"


def test_a_time_phrase_alone_after_the_verb_keeps_the_last_speaker():
    text = ("قال المتحدث باسم الكرملين ديمتري بيسكوف إن المحادثات كانت مفيدة.\n"
            "وقال في وقت سابق إن الاتفاق لم يعد قائما.")
    assert actor_of(text, "لم يعد قائما", "2023-10-02") == "peskov"


def test_time_words_alone_after_the_verb_keep_the_last_speaker():
    text = ("قال جون كيربي إن الإدارة تتابع حركة السفن في المنطقة.\n"
            "وقال اليوم إن إحدى السفن غيرت مسارها.")
    assert actor_of(text, "غيرت مسارها", "2023-10-02") == "kirby"


# ---------------------------------------------------------------- an unknown name, a comma, then the marker
def test_unknown_person_between_the_verb_and_a_comma_is_not_the_last_speaker():
    text = ("وقال بيسكوف إن موسكو لن تقبل تحميلها المسؤولية. "
            "وفي وقت سابق، ألقى توكاييف، باللوم على جهات خارجية في أعمال الشغب.")
    found = extract_statements(text)
    blame = [s for s in found if "جهات خارجية" in s.text]
    assert blame and blame[0].actor == "other" and blame[0].actor_mention == "توكاييف"


def test_unknown_person_between_the_verb_and_a_comma_before_a_complementizer():
    text = "وأكد كيربي أن واشنطن تراقب الموقف. وأكد سوناك، أن لندن سترسل مزيدا من الذخائر."
    assert actor_of(text, "سترسل مزيدا") == "other"


def test_a_time_word_between_commas_keeps_the_last_speaker():
    text = "وقال كيربي إن واشنطن تراقب الموقف. وأكد، أمس، أن التنسيق مع الحلفاء مستمر."
    assert actor_of(text, "التنسيق مع الحلفاء") == "kirby"


def test_a_pronoun_adverb_between_the_verb_and_a_comma_keeps_the_last_speaker():
    text = "وقال بيسكوف إن الكرملين لا يعلق على الشائعات. وأكد بدوره، أن الرئيس لم يتلق أي رسالة."
    assert actor_of(text, "لم يتلق أي رسالة") == "peskov"


# ---------------------------------------------------------------- a title, its nisba and an unknown name after the verb
def test_a_titled_unknown_name_after_the_verb_is_the_subject_not_the_last_speaker():
    text = "وقال بيسكوف إن موسكو لا ترى أي جديد في الموقف الأوروبي. وأعلن الرئيس الفنلندي ستوب خطة جديدة لتأمين الحدود."
    found = extract_statements(text)
    plan = [s for s in found if "خطة جديدة" in s.text]
    assert plan and plan[0].actor == "other" and plan[0].actor_mention.startswith("الرئيس الفنلندي ستوب")


def test_an_office_in_construct_and_a_time_word_before_the_object():
    text = "وأكد كيربي أن واشنطن تدعم الحلفاء. وانتقد رئيس الوزراء المجري أوربان أمس الحزمة الأوروبية الجديدة."
    assert all(actor != "kirby" for actor, words in said(text) if "الحزمة الأوروبية" in words)


def test_a_titled_name_before_the_verbs_marker_may_be_its_object_and_keeps_the_old_reading():
    text = "وقال بيسكوف إن موسكو لا ترى أي جديد في الموقف الأوروبي. واتهم الرئيس الفنلندي ستوب بتأجيج التوتر."
    assert actor_of(text, "ستوب بتأجيج") == "peskov"


# ---------------------------------------------------------------- an unnamed group after a present verb
def test_unnamed_group_after_a_present_verb_is_not_the_previous_speaker():
    text = ("وقال بيسكوف إن الهدنة هشة.\n"
            "ويؤكد مراقبون أوروبيون، بحسب وكالة رويترز، تسجيل خروقات جديدة على خط التماس.")
    found = said(text, "2022-02-10")
    assert found[0] == ("peskov", "الهدنة هشة")
    assert [a for a, t in found if "خروقات جديدة" in t] == ["other"]


# ---------------------------------------------------------------- known people speak for themselves
def test_a_leader_named_bare_after_an_object_verb_is_not_the_previous_speaker():
    text = "وقال كيربي إن واشنطن تتابع الموقف عن كثب.\nوانتقد أردوغان العقوبات الجديدة على أنقرة."
    assert actor_of(text, "العقوبات الجديدة", DAY) == "other"
    text = "وقال بيسكوف إن موسكو تدرس المقترح.\nورفض شولتس الاتهامات الموجهة إلى برلين."
    assert actor_of(text, "الاتهامات الموجهة", DAY) == "other"


def test_a_known_woman_is_a_woman():
    text = "وقال بيسكوف إن الكرملين لم يتلق أي دعوة.\nوأكدت ميلوني أن روما ستواصل دعم كييف."
    assert actor_of(text, "روما ستواصل", DAY) == "other"


def test_a_named_subject_after_the_verb_is_the_subject():
    text = "وقال بيسكوف إن موسكو تدرس المقترح.\nوقال أردوغان إن أنقرة مستعدة للوساطة."
    assert actor_of(text, "أنقرة مستعدة", DAY) == "other"


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


# ================================================================ names inside the words, subheadings, narration and passives
def test_verb_after_a_pronoun_complementizer_keeps_the_speaker():
    text = "وقال كيربي إن لا جديد لديه، لافتا إلى أنه أوضح سابقا هذا الأسبوع أن التقييم لم يتغير."
    got = found(text, "2023-08-10")
    assert got and all(a == "kirby" for a, _ in got)
    assert got[-1][1] == "التقييم لم يتغير"


def test_a_sister_named_in_a_headline_does_not_hand_a_pronoun_verb_to_kim():
    text = ("سيول تأسف لتصريحات شقيقة كيم\n"
            "علقت وزارة الوحدة اليوم على انتقادات حادة للرئيس الكوري الجنوبي بكلمات وصفتها وكالة محلية بأنها «فظة».")
    found = said(text, date="2022-08-19")
    assert all(a != "kim" for a, _ in found)


# ---------------------------------------------------------------- a name at the end of the content is not the next verb's subject
def test_name_ending_the_content_before_a_whereas_clause_is_not_the_speaker():
    text = "قال كيم إنه يذكر بالخير لقاءاته مع الرئيس ترامب، فيما أعرب عن استعداده لاستئناف الاتصالات."
    assert [a for a, _ in found(text, "2025-09-10")] == ["kim", "kim"]


def test_name_ending_the_content_before_in_this_regard_is_not_the_speaker():
    text = 'وتابع بيسكوف أن الصحافة لاحظت هفوات الرئيس بايدن، وبهذا الشأن قال: "لا تعليق لدينا على ذلك".'
    got = found(text)
    assert got[-1] == ("peskov", "لا تعليق لدينا على ذلك")
    assert all(a == "peskov" for a, _ in got)


def test_name_before_a_when_clause_still_speaks():
    # «… تصريحات الزعيم كيم، وذلك عندما قال "…"»: the subordinate clause's subject is the one just named.
    text = ('وقال كيربي إن واشنطن تتابع تصريحات الزعيم كيم جونغ أون، وذلك عندما قال "إن جيشه جاهز لكل الاحتمالات".')
    assert found(text, "2023-03-01")[-1] == ("kim", "إن جيشه جاهز لكل الاحتمالات")


# ---------------------------------------------------------------- a nested speaker does not take over continuation
def test_participle_after_a_reply_to_someones_words_belongs_to_the_one_who_replies():
    text = ("وردّ بيسكوف على تصريحات كيربي التي قال فيها إن موسكو تضلل الرأي العام، "
            "مؤكدا أن الاتهامات الأمريكية لا دليل عليها.")
    assert actor_of(text, "لا دليل عليها", date="2023-05-05") == "peskov"
    assert actor_of(text, "تضلل الرأي العام", date="2023-05-05") == "kirby"


def test_pronoun_verb_in_the_next_sentence_goes_on_with_the_one_who_commented():
    text = ("وعلّق دميتري بيسكوف على كلام جون كيربي الذي زعم فيه أن الكرملين يخفي الحقائق. "
            "وقال إن واشنطن تعرف الحقيقة جيدا.")
    assert actor_of(text, "تعرف الحقيقة", date="2023-05-05") == "peskov"


def test_a_relative_clause_that_only_describes_the_speaker_keeps_him_for_what_follows():
    text = ("ونقلت وكالة يونهاب عن الزعيم الكوري الشمالي كيم جونغ أون، الذي ظهر في الاحتفال ببدلة رمادية، "
            "قوله: \"إن بلادنا أكملت قوتها الرادعة\".\n\n"
            "وأضاف: \"لن نسمح لأحد بتهديد أمننا\".")
    assert actor_of(text, "لن نسمح لأحد", date="2018-01-02") == "kim"


# ---------------------------------------------------------------- «، لكن …» after an act reported inside a speaker's words
def test_but_after_a_reported_act_brings_the_reporting_speaker_back():
    text = "وقال بيسكوف إن الرئيس الأمريكي قال إنه يريد إنهاء الحرب، لكن موسكو لم تتلق أي مقترح مكتوب."
    assert found(text) == [("other", "يريد إنهاء الحرب"), ("peskov", "موسكو لم تتلق أي مقترح مكتوب")]


def test_but_he_stays_with_the_person_whose_act_is_reported():
    # «لكنه» (but he) refers back to the nearest subject; nothing is given to the reporting speaker
    text = "وقال بيسكوف إن الرئيس الأمريكي قال إنه يريد إنهاء الحرب، لكنه لم يقدم أي مقترح."
    assert "peskov" not in [actor for actor, _ in found(text)]


def test_but_inside_the_speakers_own_words_does_not_split_them():
    text = "وقال كيربي إن واشنطن قلقة من الشحنات، لكن العقوبات تؤتي ثمارها."
    assert found(text) == [("kirby", "واشنطن قلقة من الشحنات، لكن العقوبات تؤتي ثمارها")]


# ---------------------------------------------------------------- «لكنه أضاف» after a quotation ending with a name
def test_but_he_added_after_a_quotation_that_names_someone_else():
    text = ('أكد المتحدث باسم الكرملين دميتري بيسكوف أن "القرار يعود إلى الرئيس فلاديمير بوتين"، '
            'لكنه أضاف أن "المشاورات مستمرة".')
    assert said(text, "2024-05-01") == [("peskov", "القرار يعود إلى الرئيس فلاديمير بوتين"),
                                        ("peskov", "المشاورات مستمرة")]


def test_but_he_outside_any_quotation_keeps_the_previous_reading():
    text = "وقال كيربي إن بايدن تحدث مع نتنياهو لكنه أكد له أن واشنطن تدعم إسرائيل."
    assert [a for a, _ in said(text, "2023-11-20")] == ["kirby", "kirby"]


# ---------------------------------------------------------------- «وأضاف، …»
def test_continuation_verb_with_a_comma_as_colon():
    text = "وقال قائد الجيش إنه باق في مقر القيادة.\nوأضاف، لا أحد يستطيع أن يعرف متى ستتوقف المعارك، موضحا أنها ستطول."
    found = said(text, "2023-05-01")
    assert ("other", "لا أحد يستطيع أن يعرف متى ستتوقف المعارك") in found
    assert found[-1] == ("other", "ستطول")
    assert actor_of(text, "ستطول", "2023-05-01") == "other"


def test_continuation_verb_with_a_comma_before_an_adverbial_waits_for_its_complementizer():
    text = "وقال كيربي إن الأزمة طويلة.\nوأضاف، خلال حديثه للصحفيين، أن واشنطن تتابع الوضع."
    assert said(text, "2023-05-01")[-1] == ("kirby", "واشنطن تتابع الوضع")


# ---------------------------------------------------------------- a subheading between a statement and a pronoun verb
def test_a_name_on_a_subheading_does_not_take_the_next_pronoun_verb():
    text = "قال كيربي إن واشنطن لن تتراجع.\nالرئيس بايدن يدرس الخيارات\nوأوضح أن القرار سيتخذ خلال أيام."
    assert actors(text) == ["kirby", "kirby"]


def test_a_subheading_about_someones_words_announces_that_person():
    text = "قال بيسكوف إن موسكو لن تتراجع.\nتصريحات زيلينسكي\nوأشار إلى أن كييف ترفض الحوار."
    assert actors(text) == ["peskov", "other"]


def test_a_full_sentence_naming_someone_still_counts_as_named_in_between():
    text = "قال كيربي إن واشنطن لن تتراجع.\nوزار بلينكن بكين الأسبوع الماضي.\nوأوضح أن القرار سيتخذ قريبا."
    assert actors(text) == ["kirby", "other"]


# ---------------------------------------------------------------- a bare present verb opening a sentence
def test_a_present_verb_opening_a_paragraph_is_narration_not_the_last_speaker():
    text = ('وقال كيربي: "الوعاء فارغ ما لم يتحرك المشرعون".\n'
            "يرفض مجلس النواب تمرير الطلب، ويربطه بإصلاح قوانين الهجرة.")
    assert all(actor != "kirby" for actor, words in said(text) if "تمرير الطلب" in words)


def test_a_present_verb_opening_a_sentence_after_a_full_stop_is_narration_too():
    text = "وأكد بيسكوف أن موسكو منفتحة على الحوار. يرفض البرلمان الأوكراني أي تفاوض قبل الانسحاب."
    assert all(actor != "peskov" for actor, words in said(text) if "أي تفاوض" in words)


def test_a_past_verb_with_waw_still_goes_on_with_the_last_speaker():
    text = "وقال بيسكوف إن موسكو منفتحة على الحوار. ورفض الاتهامات الغربية بالتصعيد."
    assert actor_of(text, "الاتهامات الغربية") == "peskov"


# ---------------------------------------------------------------- «واعتبر» with no subject after someone else's paragraph
def test_subjectless_consider_after_a_newspapers_paragraph_is_not_the_earlier_tracked_speaker():
    text = ("قال كيربي إن الولايات المتحدة تتابع المحادثات عن كثب.\n\n"
            "وذكرت صحيفة نيويورك تايمز أن الإدارة تدرس حزمة عقوبات جديدة.\n\n"
            "واعتبر أن هذه الحزمة قد تبطئ مسار التفاوض.")
    found = statements_with(text, "تبطئ مسار التفاوض", date="2023-06-01")
    assert found and found[0].actor == "other"


def test_subjectless_consider_after_the_writers_narration_is_not_the_earlier_tracked_speaker():
    text = ("قال بيسكوف إن موسكو لا تعلق على التطورات الميدانية.\n\n"
            "وتملك روسيا قاعدتين بحريتين في المنطقة منذ عقود طويلة.\n\n"
            "واعتبر انسحاب القوات خسارة كبيرة للنفوذ الروسي في الشرق الأوسط.")
    assert all(s.actor != "peskov" for s in statements_with(text, "خسارة كبيرة", date="2024-12-10"))


def test_consider_right_after_the_speakers_own_words_stays_his():
    text = ("قال بيسكوف إن موسكو لا تعلق على التطورات، لكنها تتابعها يوميا.\n\n"
            "واعتبر أن الغرب يتحمل المسؤولية عن التصعيد.")
    assert actor_of(text, "يتحمل المسؤولية", date="2024-12-10") == "peskov"


def test_a_point_verb_after_an_agencys_sentence_still_goes_back_to_the_tracked_speaker():
    text = ("قال بيسكوف إن موسكو لا تعلق على التقارير.\n\n"
            "وذكرت وكالة إنترفاكس أن الاجتماع سيعقد في جنيف.\n\n"
            "وأشار إلى أن الكرملين لم يتلق دعوة رسمية.")
    assert actor_of(text, "لم يتلق دعوة", date="2023-06-01") == "peskov"


# ---------------------------------------------------------------- a passive verb has no subject to go on with
def test_a_voweled_passive_verb_is_not_the_last_speakers_act():
    text = ("قال بيسكوف إن الكرملين لم يتلق أي طلب رسمي.\n\n"
            "وذُكر أن الوفد الروسي سيصل إلى جنيف الأسبوع المقبل.")
    assert all(s.actor != "peskov" for s in statements_with(text, "الوفد الروسي سيصل", date="2023-06-01"))


def test_an_unvoweled_or_active_voweled_verb_still_goes_on_with_the_speaker():
    text = ("قال بيسكوف إن الكرملين لم يتلق أي طلب رسمي.\n\n"
            "وذكر أن الوفد الروسي سيصل إلى جنيف الأسبوع المقبل.\n\n"
            "وأَوضح أن جدول الأعمال لم يحدد بعد.")
    assert actor_of(text, "الوفد الروسي سيصل", date="2023-06-01") == "peskov"
    assert actor_of(text, "جدول الأعمال", date="2023-06-01") == "peskov"


# ---------------------------------------------------------------- a person he talks about
def test_a_name_inside_his_words_does_not_take_the_next_verb():
    text = "قال جون كيربي إن جولة بوتين الخليجية لافتة، واعتبرها محاولة لتوسيع نفوذ موسكو في المنطقة."
    assert said(text, DAY) == [("kirby", "جولة بوتين الخليجية لافتة"),
                               ("kirby", "محاولة لتوسيع نفوذ موسكو في المنطقة")]


def test_a_name_in_the_object_of_his_verb_does_not_take_the_next_verb():
    text = "انتقد جون كيربي زيارة الرئيس الروسي فلاديمير بوتين لبيونغ يانغ، وأكد أنها تهدد الاستقرار في المنطقة."
    assert [a for a, _ in said(text, DAY)] == ["kirby", "kirby"]


def test_a_name_after_an_opening_verb_that_quotes_nothing():
    # «علّق على» with a topic gives no words itself; the verb joined after the comma is still his
    text = "علق جون كيربي على زيارة الرئيس الروسي فلاديمير بوتين لبيونغ يانغ، واعتبرها مؤشرا مقلقا على تعاون عسكري."
    assert actor_of(text, "مؤشرا مقلقا", DAY) == "kirby"


def test_the_person_he_was_asked_about_does_not_answer():
    text = ("وأضاف كيربي أن بكين تستعد لمناورات واسعة. وحين سئل عن موعد لقاء الرئيس بوتين بنظيره الصيني، "
            "قال: «لن أتكهن بجدول أعمال الآخرين»."
            )
    assert actor_of(text, "لن أتكهن", DAY) == "kirby"


def test_a_headline_subject_keeps_the_verb_joined_after_his_object():
    text = "كيم جونغ أون يستقبل بوتين ويتعهد بدعم ثابت لموسكو\n\nاستقبل الزعيم الكوري الشمالي ضيفه في المطار."
    assert actor_of(text, "دعم ثابت", DAY) == "kim"


# ---------------------------------------------------------------- people named between his words and a pronoun verb
def test_the_subject_of_a_background_aside_in_the_pluperfect_does_not_go_on():
    text = ("قال دميتري بيسكوف إن موسكو تنتظر ردا رسميا. وكان الرئيس التركي رجب طيب أردوغان قد زار العاصمة "
            "الروسية في الربيع. ولفت إلى أن المشاورات بين الخبراء مستمرة.")
    assert actor_of(text, "المشاورات بين الخبراء", DAY) == "peskov"


def test_a_partner_named_after_a_preposition_does_not_go_on():
    text = ("قال يون سوك يول إن التنسيق الأمني يتقدم. وجاء ذلك خلال اجتماعه مع رئيس الوزراء الياباني فوميو "
            "كيشيدا في سيول. وأشار إلى أن التجارب الصاروخية للشمال تزداد.")
    assert actor_of(text, "التجارب الصاروخية", DAY) == "yoon"


def test_two_people_joined_after_a_preposition_do_not_go_on():
    text = ("قال دميتري بيسكوف إن الكرملين يرحب بالمبادرة. وتأتي تصريحاته بعد محادثات بين الرئيس بوتين "
            "ورئيس الوزراء الهندي ناريندرا مودي. وأشار إلى أن الاتصالات ستتواصل.")
    assert actor_of(text, "الاتصالات ستتواصل", DAY) == "peskov"


def test_the_person_he_was_asked_about_after_a_glued_conjunction():
    text = ("قال دميتري بيسكوف إن الكرملين لا يعلق. وسئل عن كلام المستشار الألماني أولاف شولتس، "
            "فأشار إلى أن الحوار مع برلين مجمد.")
    assert actor_of(text, "الحوار مع برلين", DAY) == "peskov"


def test_a_person_who_spoke_in_the_pluperfect_goes_on():
    # the aside holds a verb of saying: the man named there spoke, and the pronoun verb is his
    text = ("قال دميتري بيسكوف إن موسكو تنتظر ردا رسميا. وكان الرئيس التركي رجب طيب أردوغان قد صرح بأن "
            "أنقرة مستعدة للوساطة. وأشار إلى أن الظروف مواتية.")
    assert actor_of(text, "الظروف مواتية", DAY) == "other"


def test_the_subject_of_a_narrated_act_still_stops_the_continuation():
    # a named subject of a plain past verb may be the one who goes on: in doubt not the tracked man
    text = ("قال دميتري بيسكوف إن موسكو تنتظر ردا رسميا. وزار الرئيس التركي رجب طيب أردوغان العاصمة الروسية "
            "الأسبوع الماضي. ولفت إلى أن المشاورات مستمرة.")
    assert actor_of(text, "المشاورات مستمرة", DAY) == "other"


def test_the_person_asked_to_comment_answers_not_the_one_commented_on():
    # «طلب الصحفيون من X التعليق على تصريحات Y، رد»: X answers; Y is only the topic
    text = ("وعندما طلب الصحفيون من الرئيس الأمريكي جو بايدن التعليق على تصريحات كيم جونغ أون الأخيرة، "
            "رد عليهم: \"سنرى ما ستفعله بيونغ يانغ\".")
    assert actor_of(text, "سنرى ما ستفعله", DAY) == "other"
    text = ("قال يون سوك يول إن الحوار ممكن. وطلب الصحفيون من دميتري بيسكوف التعليق على كلام يون، "
            "فرد بأن موسكو تتابع الوضع.")
    assert actor_of(text, "موسكو تتابع الوضع", DAY) == "peskov"


def test_the_person_asked_between_the_asking_verb_and_the_topic_answers():
    text = ("وعندما سأل الصحفيون جون كيربي عن تصريحات دميتري بيسكوف، أجاب: "
            "\"لن أدخل في تفاصيل ذلك\".")
    assert actor_of(text, "لن أدخل في تفاصيل", DAY) == "kirby"


def test_a_clause_reported_in_the_topic_keeps_its_own_subject():
    # guard: after a complementizer in the topic, the name is the subject of the reported clause
    text = ("قال جون كيربي إن واشنطن تدرس الطلب. وسئل كيربي عن تقارير تفيد بأن الرئيس يون سوك يول أكد أن "
            "سيول سترسل أسلحة.")
    assert actor_of(text, "سيول سترسل", DAY) == "yoon"


def test_a_group_named_right_after_the_verb_speaks_not_the_man_named_before():
    text = ("ألقى الرئيس يون سوك يول خطابا مفاجئا مساء أمس. وصدم الخطاب البلاد، حيث أدان زعماء المعارضة على "
            "الفور فرض القيود الجديدة على الصحافة.")
    assert actor_of(text, "القيود الجديدة", DAY) == "other"
    text = "وقال يون سوك يول إن الإجراء مؤقت. وانتقد نواب من الحزب الحاكم الإجراء."
    assert actor_of(text, "الحزب الحاكم", DAY) == "other"


def test_a_group_leading_a_list_of_countries_is_no_feminine_body():
    # guard: «قادة فرنسا وألمانيا» after a masculine verb still speak (before: taken as an object body)
    text = ("قالت السفارة الروسية إن البعثة لم تتلق أي دليل. وأكد قادة فرنسا وألمانيا في بيان مشترك أن "
            "الهجوم خرق خطير.")
    assert [m for m in extract_statements(text) if "خرق خطير" in m.text][0].actor_mention != "السفارة الروسية"


# ---------------------------------------------------------------- «X الذي …، فعل …، ووصف …» then «كما تساءل كيف …»
def test_a_man_opening_the_sentence_with_a_relative_clause_goes_on_speaking():
    text = ("جون كيربي الذي يرد على أسئلة الصحفيين كل أسبوع، تحدث مطولا أمس عن بوتين شخصيا، "
            "ووصف قراراته بأنها \"مقامرة خطيرة\".\n"
            "كما تساءل كيف يستطيع الكرملين أن يقنع شعبه بذلك، وقال: \"الأرقام لا تكذب\".")
    assert [a for a, _ in said(text, "2023-03-01")] == ["kirby", "kirby", "kirby"]
    assert said(text, "2023-03-01")[1] == ("kirby", "كيف يستطيع الكرملين أن يقنع شعبه بذلك")


def test_a_question_word_after_the_ask_verb_opens_the_question():
    text = "وتساءل بيسكوف لماذا تلتزم العواصم الأوروبية الصمت."
    assert found(text, "2023-03-01") == [("peskov", "لماذا تلتزم العواصم الأوروبية الصمت")]


def test_a_man_met_after_the_relative_clause_is_not_handed_to_the_earlier_speaker():
    # guard: someone else named as the object of the first verb (no preposition): doubt, not the earlier speaker
    text = ("وقال بيسكوف إن موسكو مستعدة للحوار.\n"
            "جون كيربي الذي يزور برلين، التقى وزير الخارجية الألماني، ووصف اللقاء بأنه مثمر.")
    assert actor_of(text, "مثمر", "2023-03-01") != "peskov"


# ---------------------------------------------------------------- a tracked man goes on after naming an official in full
@pytest.mark.parametrize("text, actor", [
    ("قال بيسكوف إن الكرملين لم يطلع على تقرير سيرغي ناريشكين. وأضاف أن الاتصالات مستمرة.", "peskov"),
    ("قال بيسكوف ردا على سؤال عن ألكسندر بورتنيكوف إن التحقيق لم ينته. وأضاف أن موسكو تنتظر النتائج.", "peskov"),
    ("قال كيربي إنه ناقش الملف مع ليندا توماس غرينفيلد. وأضاف أن المشاورات ستتواصل.", "kirby"),
    ("قال كيربي إن جيك ساليفان سيسافر إلى سيول. وأشار إلى أن الزيارة تحضر لقمة.", "kirby"),
    ("قال الرئيس يون سوك يول إن كوان يونغ سيه سيتولى الملف. وأضاف أن الحوار ضروري.", "yoon"),
    ("قال الزعيم كيم جونغ أون لنو كوانغ تشول إن الجيش يجب أن يبقى جاهزا. وأضاف أن العدو سيدفع الثمن.", "kim"),
])
def test_a_tracked_man_goes_on_after_naming_an_official_in_full(text, actor):
    assert [a for a, _ in said(text, "2024-06-01")] == [actor, actor]


# ---------------------------------------------------------------- a dual verb goes on with the two speakers
@pytest.mark.parametrize("text, actors", [
    ("قال الرئيس يون سوك يول ونظيره الياباني إن الحلف يزداد متانة. وأضافا أن التجارب الصاروخية تهدد المنطقة.",
     ["yoon", "yoon"]),
    ("قال محاميا الرئيس المعزول يون سوك يول إن التوقيف باطل. وأضافا أن موكلهما لن يمثل أمام المحققين.",
     ["other", "other"]),
    ("قال وزيرا خارجية البلدين إن المحادثات كانت صريحة. وأضافتا أن جولة أخرى ستعقد قريبا.",
     ["other", "other"]),
    ("استقبل الرئيس يون سوك يول رئيس الوزراء الأسترالي في سيول. وقالا في بيان مشترك إن الشراكة الدفاعية ستتوسع.",
     ["yoon"]),
])
def test_a_dual_verb_goes_on_with_the_two_speakers(text, actors):
    # «وأضافا», «وقالا في بيان مشترك»: two people speak together; a joint statement with a tracked man is his
    # (ANNOTATION.md, joint speakers), one of two lawyers or ministers is someone else's (other)
    assert [a for a, _ in said(text, "2024-06-01")] == actors


# ---------------------------------------------------------------- a participle after a relative clause with its own speaker
@pytest.mark.parametrize("text, actor, words", [
    ("وانتقد كيربي الخطة التي قال كيم إنها تهدد المنطقة، مؤكدا أنها لن تنجح.", "kirby", "لن تنجح"),
    ("ورفض بيسكوف المبادرة التي قال كيربي إنها تخدم السلام، مشيرا إلى أنها منحازة.", "peskov", "منحازة"),
])
def test_a_participle_after_a_relative_speaker_goes_on_with_the_main_speaker(text, actor, words):
    assert said(text, "2023-05-01")[-1] == (actor, words)
