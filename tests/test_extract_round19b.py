"""Extraction round 19b (issue 9): whole real articles from Lebanese papers and TV sites, Iranian and Turkish Arabic
services and pan-Arab sites, every statement listed. Layouts that lost statements or gave a teaser line of another
story to the spokesman named before it: a line break between the speaker and «إن», a verb of saying alone on its
line in a hard-wrapped page, «إذا دعت الحاجة» read as a call, a live-blog line «الرئيس عون: …», a title speaker with
the occasion before the colon («… مستقبلاً السيناتور: …»), «X يحذّر: …» with a name the lexicon lacks, the person
addressed before «بالقول», and «ودعاهم إلى …» (the verb with an object pronoun). Every sentence here is written for
this file."""

from stance.extract import extract_statements
from tests.conftest import actor_of, said


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


# ---------------------------------------------------------------- «إذا دعت الحاجة»
def test_if_need_be_is_not_a_call():
    text = "وقال بيسكوف إن الرئيس مستعد لإجراء اتصال هاتفي مع نظيره إذا دعت الحاجة."
    found = said(text, "2025-03-01")
    assert found == [("peskov", "الرئيس مستعد لإجراء اتصال هاتفي مع نظيره إذا دعت الحاجة")]


def test_a_real_call_keeps_its_statement():
    text = "ودعت الحكومة اللبنانية إلى وقف فوري لإطلاق النار."
    assert said(text, "2025-03-01") == [("other", "وقف فوري لإطلاق النار")]


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


# ---------------------------------------------------------------- «بالقول» after the person addressed
def test_person_addressed_before_saying_is_no_statement():
    text = 'وشدد كيم على قادة الوحدات الذين رافقوه بالقول "علينا أن نرفع الجاهزية القتالية إلى أقصى حد".'
    assert said(text, "2023-03-01") == [("kim", "علينا أن نرفع الجاهزية القتالية إلى أقصى حد")]


def test_an_object_closed_by_a_comma_before_saying_stays_a_statement():
    text = "وشدد كيم على ضرورة تعزيز الردع، بالقول إن الأعداء لا يفهمون إلا لغة القوة."
    found = said(text, "2023-03-01")
    assert found == [("kim", "ضرورة تعزيز الردع"), ("kim", "الأعداء لا يفهمون إلا لغة القوة")]


# ---------------------------------------------------------------- a call with an object pronoun
def test_call_with_an_object_pronoun_is_a_second_act():
    text = "وقال كيم إن التجربة حققت أهدافها، ودعاهم إلى مضاعفة الجهود لتطوير المحركات."
    assert said(text, "2023-03-01") == [("kim", "التجربة حققت أهدافها"),
                                        ("kim", "مضاعفة الجهود لتطوير المحركات")]


# ---------------------------------------------------------------- a condition between the participle and the words
def test_condition_between_saying_and_the_quotation():
    text = ('وقال بيسكوف إن باريس لم تطلب أي اتصال.\n'
            'وأضاف المتحدث باسم الرئاسة الروسية قائلا، إذا لزم الأمر “يمكن ترتيب المكالمة خلال ساعات”.')
    assert said(text, "2025-03-01") == [("peskov", "باريس لم تطلب أي اتصال"),
                                        ("peskov", "يمكن ترتيب المكالمة خلال ساعات")]


def test_a_short_quoted_name_after_a_condition_is_not_the_words():
    text = 'وأضاف الوزير قائلا إذا وافقت "حماس" فإن الاتفاق سيوقع غدا.'
    assert all(s.text != "حماس" for s in extract_statements(text, date="2025-03-01"))


# ---------------------------------------------------------------- «كلمات X …، التي قال فيها»
def test_relative_verb_with_a_resumptive_after_the_leaders_words():
    text = ('وأوردت الوكالة الرسمية كلمات كيم جونغ أون عقب المناورة، التي قال فيها: '
            '"قواتنا أثبتت أنها قادرة على الرد في أي لحظة".')
    assert said(text, "2023-03-01") == [("kim", "قواتنا أثبتت أنها قادرة على الرد في أي لحظة")]


def test_relative_verb_after_words_of_someone_unnamed_is_not_the_last_speaker():
    text = ("وقال كيربي إن الرسالة وصلت إلى موسكو.\n"
            "ونشر البيت الأبيض كلمات الرئيس التي قال فيها إن الحرب يجب أن تنتهي.")
    assert said(text, "2024-05-01") == [("kirby", "الرسالة وصلت إلى موسكو")]


def test_relative_verb_after_a_place_is_still_no_statement():
    assert said("زار الوزير الموقع الذي قال فيه الخبراء إن المياه ملوثة.", "2024-05-01") == []


# ---------------------------------------------------------------- a sentence that closes on «ومما قاله أمامهم:»
def test_points_after_a_sentence_that_closes_on_an_intro_belong_to_its_subject():
    text = ("التقى الرئيس الكوري الجنوبي يون سوك يول وفدا من رجال الأعمال الأوروبيين في سيول ومما قاله أمامهم:\n"
            "- حكومتنا ستخفف القيود على الاستثمار الأجنبي\n"
            "- الشراكة مع أوروبا أولوية في السنوات المقبلة\n")
    assert said(text, "2023-06-01") == [("yoon", "حكومتنا ستخفف القيود على الاستثمار الأجنبي"),
                                        ("yoon", "الشراكة مع أوروبا أولوية في السنوات المقبلة")]


def test_a_guest_named_as_the_object_does_not_take_the_hosts_points():
    text = ("استقبل رئيس الوزراء الياباني في طوكيو الرئيس يون سوك يول ومما قاله أمامه:\n"
            "- العلاقات بين البلدين تدخل مرحلة جديدة\n")
    assert all(a != "yoon" for a, _ in said(text, "2023-06-01"))


# ---------------------------------------------------------------- «أصدر X بيانا جاء فيه: …»
def test_issued_statement_with_a_resumptive_opener_is_the_issuers():
    text = 'أصدرت كتلة التنمية والتحرير بيانا جاء فيه: "الحكومة مطالبة بخطة طوارئ للمناطق الحدودية".'
    found = extract_statements(text, date="2024-10-01")
    assert [(s.actor, s.text) for s in found] == [("other", "الحكومة مطالبة بخطة طوارئ للمناطق الحدودية")]
    assert found[0].actor_mention == "كتلة التنمية والتحرير"


def test_a_tracked_persons_own_post_is_his():
    text = 'ونشر كيربي تغريدة على حسابه جاء فيها: "نقف إلى جانب شركائنا في المنطقة".'
    assert said(text, "2024-10-01") == [("kirby", "نقف إلى جانب شركائنا في المنطقة")]


def test_an_institutions_statement_after_the_spokesman_is_not_his():
    text = ("وقال كيربي إن واشنطن تتابع التطورات.\n"
            "وأصدر البيت الأبيض بيانا جاء فيه أن الرئيس سيستقبل نظيره الفرنسي الأسبوع المقبل.")
    assert said(text, "2024-10-01") == [("kirby", "واشنطن تتابع التطورات"),
                                        ("other", "الرئيس سيستقبل نظيره الفرنسي الأسبوع المقبل")]


def test_a_document_inside_someones_words_stays_in_them():
    text = "وقال بيسكوف إن الحزب أصدر بيانا جاء فيه أن الوضع خطير."
    assert said(text, "2024-10-01") == [("peskov", "الحزب أصدر بيانا جاء فيه أن الوضع خطير")]


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


# ---------------------------------------------------------------- «جدد ما أكده سابقا من أن …»
def test_renewing_what_was_said_before_is_a_statement():
    text = 'وجدد بيسكوف ما أكده سابقا من أن "موسكو لن تتراجع عن شروطها".'
    found = said(text, "2024-10-01")
    assert len(found) == 1 and found[0][0] == "peskov" and "موسكو لن تتراجع عن شروطها" in found[0][1]


# ---------------------------------------------------------------- a TV transcript with a label the lexicon lacks
def test_transcript_answer_after_a_labelled_question_is_the_labels():
    text = ("المذيع: هل تتوقعون جولة جديدة من المفاوضات؟\n"
            "النائب ياسين جابر: الاتصالات لم تتوقف ونتوقع جولة قبل نهاية الشهر.\n")
    found = extract_statements(text, date="2025-03-01")
    assert [(s.actor, s.text) for s in found] == [("other", "الاتصالات لم تتوقف ونتوقع جولة قبل نهاية الشهر")]
    assert found[0].actor_mention == "النائب ياسين جابر"


def test_source_line_after_a_reported_question_is_no_answer():
    text = "وسأل الصحفيون: هل ستزورون موسكو قريبا؟\nالمصدر: الوكالة الوطنية للإعلام\n"
    assert said(text, "2025-03-01") == []


# ---------------------------------------------------------------- an order in the present («كيم يأمر بـ…»)
def test_title_with_an_order_in_the_present():
    text = "الزعيم كيم يأمر بمضاعفة إنتاج الطائرات المسيرة\n\nزار الزعيم الكوري الشمالي مصنعا للطائرات المسيرة."
    assert said(text, "2024-11-15")[:1] == [("kim", "مضاعفة إنتاج الطائرات المسيرة")]


def test_an_order_inside_reported_words_stays_in_them():
    text = "وقال كيم إن الدستور يأمر الجميع بالدفاع عن الوطن."
    assert said(text, "2024-11-15") == [("kim", "الدستور يأمر الجميع بالدفاع عن الوطن")]
