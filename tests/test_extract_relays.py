"""Extraction tests for speech reported through someone else or something written: relayed speech
(«نقل عن»، «على لسان», an agency quoting a leader), documents, statements and telegrams issued, nominal reports
(«تصريحات X …»), attribution openers («وفقا لـ …»), trailing sources («بحسب …» at the end), back references
(«صرح بذلك X») and acts recalled with a verbal noun. Each case is a short invented sentence."""

import pytest

from stance.extract import extract_statements
from tests.conftest import actor_of, actors, found, said


# ================================================================ relayed speech
def test_relayed_praise_as_relay_word():
    text = "ونقلت الوكالة عن كيم إشادته بالمهندسين الذين بنوا السد."
    assert found(text) == [("kim", "بالمهندسين الذين بنوا السد")]


# ---------------------------------------------------------------- relayed speech
def test_relay_with_pronoun_goes_to_the_person_named_last():
    text = ("وذكرت الوكالة المركزية أن كيم جونغ أون أشرف على التجربة، "
            "ونقلت عنه قوله إن الصاروخ الجديد سيدخل الخدمة قريبا.")
    assert ("kim", "الصاروخ الجديد سيدخل الخدمة قريبا") in found(text)


def test_relay_feminine_pronoun_is_not_a_tracked_man():
    text = "وأشادت كيم يو جونغ بالتجربة، ونقلت عنها الوكالة قولها إن الرد سيكون أقوى."
    assert all(a == "other" for a, _ in found(text))


def test_relay_skips_an_adverbial_before_the_colon():
    text = "ونقل موقع إخباري روسي عن بيسكوف قوله في تصريح صحفي: من الواضح أن الغرب يريد إطالة الحرب."
    assert found(text) == [("peskov", "من الواضح أن الغرب يريد إطالة الحرب")]


def test_the_word_naql_without_an_source_does_not_cut_a_statement():
    text = "وأكد كيربي أن أي نقل للأسلحة إلى موسكو ينتهك العقوبات الدولية."
    assert found(text) == [("kirby", "أي نقل للأسلحة إلى موسكو ينتهك العقوبات الدولية")]


# ---------------------------------------------------------------- relayed speech without «قوله»
def test_relay_with_a_complementizer_right_after_the_person():
    text = 'وأوردت الصحيفة تفاصيل اللقاء، ونقلت عن كيم جونغ أون، أنه "سيعمل بلا كلل من أجل الاستقرار".'
    assert found(text, "2019-04-25")[-1] == ("kim", "سيعمل بلا كلل من أجل الاستقرار")


def test_relay_with_a_colon_after_the_person():
    text = "ونقلت إذاعة محلية عن بيسكوف : «الاتصالات مستمرة على مستوى الخبراء»."
    assert found(text) == [("peskov", "الاتصالات مستمرة على مستوى الخبراء")]


def test_relay_verb_inside_a_relative_clause_of_the_outlet():
    text = "وبحسب صحيفة «إزفستيا» التي نقلت عن بيسكوف: «لم يتغير موقفنا منذ الربيع»."
    assert found(text)[-1] == ("peskov", "لم يتغير موقفنا منذ الربيع")


def test_relay_from_unnamed_officials_is_other():
    text = "ونقلت الشبكة عن مسؤولين غربيين أن الشحنة وصلت الأسبوع الماضي."
    assert found(text) == [("other", "الشحنة وصلت الأسبوع الماضي")]


# ---------------------------------------------------------------- relayed speech after a long adverbial; words attributed
def test_relay_with_a_long_adverbial_after_the_person():
    text = ("قال الزعيم الكوري الشمالي كيم جونغ أون إن الباب ليس مغلقا.\n"
            "ونقلت الوكالة الرسمية عن كيم خلال جلسة اللجنة المركزية للحزب مساء السبت، إنه لن يقبل أي شروط مسبقة.")
    assert found(text) == [("kim", "الباب ليس مغلقا"), ("kim", "لن يقبل أي شروط مسبقة")]


def test_words_attributed_to_a_person():
    text = "ونُسب إلى بيسكوف قوله \"لا أحد في موسكو يريد تصعيدا جديدا\"."
    assert found(text) == [("peskov", "لا أحد في موسكو يريد تصعيدا جديدا")]


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


# ---------------------------------------------------------------- outlets as sources
def test_an_opener_that_sources_a_speech_verb_is_not_the_speaker():
    text = "وبحسب تصريحات أوردتها وكالة إخبارية محلية، قال يون: \"جيشنا جاهز للرد على أي اعتداء\"."
    assert found(text) == [("yoon", "جيشنا جاهز للرد على أي اعتداء")]


def test_the_name_right_before_the_verb_beats_an_outlet_named_earlier():
    text = ("ونقلت وكالة يونهاب (سيئول) عن الإعلام الرسمي في الشمال، أن الزعيم كيم أعرب عن ارتياحه "
            "لنتائج التجربة الأخيرة.")
    got = found(text)
    assert got and got[0][0] == "kim"


def test_relay_by_a_noun_of_threat_takes_the_person_after_an():
    text = "ونقلت الوكالة الرسمية عن كيم جونغ أون تهديده باتخاذ أشد الإجراءات ضد أي عدوان."
    assert [a for a, _ in found(text)] == ["kim"]


# ---------------------------------------------------------------- «على لسان» relays a person
def test_the_agency_relays_the_leader_ala_lisan_him():
    text = "ونقلت الوكالة المركزية على لسان الزعيم كيم جونغ أون قوله إن “قوتنا الرادعة في أعلى مستوياتها”."
    assert actor_of(text, "قوتنا الرادعة") == "kim"


def test_ala_lisan_with_a_role_and_a_colon():
    text = 'ونقلت وكالة تاس على لسان المتحدث باسم الكرملين قوله: "لا توجد مواعيد محددة".'
    assert actor_of(text, "لا توجد مواعيد", "2024-03-03") == "peskov"


def test_ala_lisan_a_namesake_is_not_the_leader():
    text = "ونقلت الصحيفة على لسان كيم يو جونغ قولها إن “سيول ستندم على هذه الخطوة”."
    assert actor_of(text, "سيول ستندم") == "other"


def test_the_word_lisan_without_a_relay_word_makes_no_statement():
    assert said("ونقل الجيش المؤن إلى لسان بحري قرب الميناء.") == []


# ---------------------------------------------------------------- «على لسان» after a verb whose marker is على
def test_an_affirm_verb_with_ala_lisan_gives_the_words_to_the_named_spokesman():
    text = "أكد الكرملين على لسان المتحدث باسمه دميتري بيسكوف أن المحادثات ستتواصل الأسبوع المقبل."
    found = [s for s in extract_statements(text, date="2024-02-10") if "المحادثات ستتواصل" in s.text]
    assert found and found[0].actor == "peskov" and not found[0].text.startswith("لسان")


def test_a_feminine_body_relaying_a_tracked_man_agrees_with_the_body_not_him():
    text = "وشددت الرئاسة الروسية على لسان بيسكوف على أن موسكو لن تقبل أي شروط مسبقة."
    assert actor_of(text, "لن تقبل أي شروط", date="2024-02-10") == "peskov"


def test_the_ala_marker_still_opens_the_words_without_lisan():
    text = "وشدد بيسكوف على أهمية استمرار الاتصالات مع واشنطن."
    assert actor_of(text, "أهمية استمرار الاتصالات", date="2024-02-10") == "peskov"


# ---------------------------------------------------------------- an agency quoting the leader inside its quotation
def test_agency_quotation_that_reports_the_leaders_words_gives_them_to_him():
    text = ('وذكرت وكالة الأنباء المركزية الكورية أن "الزعيم كيم جونغ أون أكد أن '
            'الأسطول سيتلقى غواصات جديدة قريبا".')
    assert found(text) == [("kim", "الأسطول سيتلقى غواصات جديدة قريبا")]


def test_agency_quotation_opening_with_the_verb_then_the_leader():
    text = 'وقالت الوكالة: "حث الرفيق كيم جونغ أون العلماء على تسريع التجارب".'
    got = found(text)
    assert [a for a, _ in got] == ["kim"]


@pytest.mark.parametrize("text", [
    # the announcer reads the broadcaster's report; its quotation opens with the leader, a title adjective and
    # his verb of saying
    'وقالت مذيعة في التلفزيون الرسمي إن "الزعيم الأعلى (كيم) قال إن البلدين سيعززان التعاون الاقتصادي".',
    ('زار الزعيم كيم جونغ أون المصنع الجديد.\n'
     'وأضاف المذيع: "وقال الزعيم إن البلدين سيعززان التعاون الاقتصادي".'),
])
def test_an_announcers_quotation_that_reports_the_leaders_words_gives_them_to_him(text):
    assert found(text, "2018-03-28") == [("kim", "البلدين سيعززان التعاون الاقتصادي")]


def test_an_announcers_own_words_stay_hers():
    text = 'وقالت المذيعة إن "البلاد تحتفل اليوم بذكرى التأسيس".'
    assert [a for a, _ in found(text, "2018-03-28")] == ["other"]


def test_quotation_told_to_an_agency_is_not_an_agency_report():
    text = ('وأوضح الرئيس مون جاي إن لوكالة يونهاب أن «الرسالة واضحة: واشنطن تريد من الزعيم كيم '
            'أن يمضي في الاتفاق».')
    got = found(text, "2018-12-02")
    assert [a for a, _ in got] == ["other"]


# ---------------------------------------------------------------- an office relaying the person's words
def test_office_relays_the_president_named_in_its_title():
    text = "وقال مكتب الرئيس يون سوك يول إن الرئيس شدد في اجتماع طارئ على أن الجيش في حالة تأهب."
    assert found(text) == [("yoon", "الجيش في حالة تأهب")]


@pytest.mark.parametrize("text, words", [
    ('استقبل الرئيس يون سوك يول رئيس الوزراء الكندي في سيول.\n'
     'وقال مكتب يون في بيان: "أعرب الزعيمان عن أملهما في توسيع التعاون في مجال الطاقة".', "أملهما في توسيع التعاون"),
    ('استقبل الرئيس يون سوك يول رئيس الوزراء الكندي في سيول.\n'
     'وقال مكتب يون: "شدد الرئيس على أهمية تبادل المعلومات بين البلدين".', "أهمية تبادل المعلومات"),
])
def test_an_offices_quotation_that_reports_its_principals_act_gives_it_to_him(text, words):
    # the quotation after the colon opens with a verb of saying and the leaders (or a bare title): the office
    # relays the act, as an outlet does, and the act is the person's
    assert actor_of(text, words) == "yoon"


def test_office_without_a_person_named_keeps_the_office():
    # nobody named with «الرئيس» before: doubt, the office keeps the words (other)
    text = "وذكر المكتب الرئاسي أن الرئيس أبلغ القادة أن الجاهزية كاملة."
    assert [a for a, _ in found(text)] == ["other"]


# ================================================================ nominal reports and attribution openers
def test_said_in_it_belongs_to_who_gave_the_speech():
    text = "وذكرت وكالة يونهاب أن كيم جونغ أون ألقى خطابا أمام قادة الجيش، قال فيه إن الردع النووي لا رجعة فيه."
    assert ("kim", "الردع النووي لا رجعة فيه") in found(text)


def test_nominal_report_after_a_dateline():
    text = "موسكو – وفي تصريحات للمتحدث باسم الكرملين، دميتري بيسكوف، للصحفيين، فإن القمة لن تعقد قبل الصيف."
    assert found(text) == [("peskov", "القمة لن تعقد قبل الصيف")]


def test_nominal_report_with_a_pronoun_goes_to_the_previous_speaker():
    text = ("وقال بيسكوف إن الاتصالات مع واشنطن متوقفة.\n"
            "وفي حديث له مع وكالة تاس: العقوبات الجديدة لن تغير موقف موسكو.")
    assert found(text) == [("peskov", "الاتصالات مع واشنطن متوقفة"), ("peskov", "العقوبات الجديدة لن تغير موقف موسكو")]


def test_nominal_report_with_a_feminine_pronoun_after_a_tracked_man_is_someone_else():
    text = ("وقال بيسكوف إن الاتصالات مع واشنطن متوقفة.\n"
            "وفي حديث لها مع وكالة تاس: العقوبات الجديدة لن تغير موقف موسكو.")
    assert actors(text) == ["peskov", "other"]


# ---------------------------------------------------------------- nominal report (component)
def test_nominal_report_with_a_genitive_speaker_and_a_colon():
    text = "وفي تصريحات للمتحدث باسم الكرملين لوكالة \"إنترفاكس\": \"التعاون مع الشمال لا يستهدف أحدا\"."
    assert found(text, "2024-01-18") == [("peskov", "التعاون مع الشمال لا يستهدف أحدا")]


def test_nominal_report_needs_a_speech_noun():
    text = "وفي زيارة للمتحدث باسم الكرملين إلى المعرض: \"معرض جميل\"."
    assert found(text, "2024-01-18") == []


def test_nominal_report_is_in_the_component_order():
    from stance.extract.rules import read_resource
    order = read_resource("extraction.json")["sentence"]
    assert order.index("nominal_report") < order.index("speaker_verb")


# ---------------------------------------------------------------- nominal reports and attribution openers
def test_nominal_report_with_role_comma_name_and_fa_inna():
    text = "وفي تصريحات للمتحدث باسم الكرملين، دميتري بيسكوف، للصحفيين، فإن العقوبات الجديدة لن تغير شيئا."
    assert found(text) == [("peskov", "العقوبات الجديدة لن تغير شيئا")]


def test_nominal_report_with_a_colon_and_no_quotation():
    text = "وفي حديث لكيربي مع شبكة تلفزيونية أمريكية: واشنطن لن تسمح بانهيار الدفاعات الأوكرانية."
    assert found(text) == [("kirby", "واشنطن لن تسمح بانهيار الدفاعات الأوكرانية")]


def test_nominal_report_name_later_in_the_head_is_not_an_apposition():
    text = "وفي تصريح للمتحدث باسم الكرملين عن لقاء بوتين وأردوغان: \"الموعد لم يحدد بعد\"."
    assert actors(text) == ["peskov"]


def test_attribution_opener_with_role_comma_name_comma():
    text = "ووفقا للمتحدث باسم الكرملين، دميتري بيسكوف، فإن القمة لن تعقد قبل الصيف."
    assert found(text) == [("peskov", "القمة لن تعقد قبل الصيف")]


def test_verb_after_an_outlet_name_ending_in_in_and_a_comma_is_a_verb():
    text = "وفي حديث للمتحدث باسم مجلس الأمن القومي جون كيربي مع شبكة سي إن إن، أشار إلى أن الدعم سيستمر."
    assert found(text) == [("kirby", "الدعم سيستمر")]


# ---------------------------------------------------------------- attribution opener + particle + verb
@pytest.mark.parametrize("opener", ["ووفقا لتصريحات جون كيربي،", "وبحسب ما نقل عن كيربي،"])
@pytest.mark.parametrize("particle", ["فقد", "فلقد"])
def test_attribution_opener_then_particle_and_verb_with_another_subject(opener, particle):
    text = f"{opener} {particle} أكد بايدن لنظيره الفرنسي أن الدعم لأوكرانيا سيستمر."
    got = found(text)
    assert "kirby" not in [a for a, _ in got]
    assert ("other", "الدعم لأوكرانيا سيستمر") in got


def test_attribution_opener_with_fa_inna_still_gives_the_source_the_words():
    text = "ووفقا لكيربي، فإن واشنطن لم تتلق أي طلب رسمي حتى الآن."
    assert found(text) == [("kirby", "واشنطن لم تتلق أي طلب رسمي حتى الآن")]


# ---------------------------------------------------------------- «… تصريحات X، التي قال فيها إن …»
def test_relative_clause_with_its_own_verb_of_saying_is_not_the_cue_speakers():
    text = ("وقال بيسكوف للصحفيين معلقا على تصريحات مساعد وزيرة الخزانة الأمريكية، "
            "التي قال فيها إن العقوبات الجديدة ستشل قطاع الطاقة الروسي.")
    got = found(text)
    assert ("peskov", "العقوبات الجديدة ستشل قطاع الطاقة الروسي") not in got
    assert got == [("other", "العقوبات الجديدة ستشل قطاع الطاقة الروسي")]


def test_relative_clause_owned_by_a_tracked_person_is_his():
    text = ("وقال المسؤول الروسي للصحفيين ردا على تصريحات جون كيربي، "
            "التي أكد فيها أن واشنطن لن تتراجع عن دعم كييف، إن موسكو لا تهتم.")
    got = found(text)
    assert ("kirby", "واشنطن لن تتراجع عن دعم كييف") in [(a, t.split("،")[0]) for a, t in got]


def test_relative_clause_whose_verb_is_not_followed_by_fiha_or_anna_changes_nothing():
    text = ('طالب الرئيس يون سوك يول البرلمان الجديد، التي أكملت لجانه تشكيلها أمس، '
            'بأن يعمل لمصلحة المواطنين أولا.')
    assert [a for a, _ in found(text)] == ["yoon"]


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


# ================================================================ documents, statements and telegrams
# ---------------------------------------------------------------- a document's words: «وجاء في بيان …: "…"»
def test_words_of_a_statement_after_jaa_fi_and_a_colon():
    text = 'وجاء في بيان صادر عن وزارة الخارجية: "تتابع الحكومة تطورات الحدود باهتمام بالغ".'
    found = extract_statements(text)
    assert [(s.actor, s.text) for s in found] == [("other", "تتابع الحكومة تطورات الحدود باهتمام بالغ")]
    assert found[0].actor_mention.startswith("بيان")


def test_words_of_an_agency_report_after_a_long_description_of_it():
    text = 'وجاء في تقرير الوكالة عن التجربة التي أجريت فجر الأحد: "نجحت التجربة في إثبات دقة المنظومة الجديدة".'
    assert said(text) == [("other", "نجحت التجربة في إثبات دقة المنظومة الجديدة")]


def test_indirect_words_of_a_statement_after_warada_fi():
    text = "وورد في البيان الختامي أن الوفدين اتفقا على مواصلة المشاورات الشهر المقبل."
    assert actor_of(text, "مواصلة المشاورات") == "other"


def test_a_statement_that_names_kirby_as_an_appointee_is_not_kirby():
    text = ('وجاء في بيان صدر عن البيت الأبيض: "سينضم جون كيربي إلى فريق مجلس الأمن القومي ويتولى تنسيق '
            'الرسائل الإعلامية".')
    assert actor_of(text, "تنسيق الرسائل") == "other"


def test_a_tracked_person_acting_inside_the_statement_keeps_his_act():
    text = "وجاء في البيان أن الزعيم كيم جونغ أون أكد أن بلاده لن تتراجع عن برنامجها."
    assert actor_of(text, "لن تتراجع") == "kim"


def test_jaa_fi_without_a_document_noun_is_no_statement():
    assert said("وجاء في المرتبة الثانية الفريق الضيف بفارق نقطتين.") == []


# ---------------------------------------------------------------- a document's words, then a participle
def test_a_participle_after_a_documents_unquoted_words_is_its_second_act():
    text = "وجاء في بيان مقتضب: استهدفت الطائرات مخزنا للذخيرة قرب الحدود، مضيفا أن رئيس الحكومة أمر بتنفيذ الضربة."
    found = extract_statements(text, date="2025-01-01")
    assert [s.text for s in found] == ["استهدفت الطائرات مخزنا للذخيرة قرب الحدود", "رئيس الحكومة أمر بتنفيذ الضربة"]
    assert {s.actor for s in found} == {"other"}


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


# ---------------------------------------------------------------- «برقية وجهها X إلى Y، أكد فيها أن …»
def test_the_sender_of_a_telegram_speaks_not_its_addressee():
    text = ("وفي برقية وجهها كيم جونغ أون إلى نظيره الروسي فلاديمير بوتين، أكد فيها أن "
            "البلدين سيبقيان في خندق واحد.")
    assert actor_of(text, "خندق واحد", "2025-12-31") == "kim"


def test_an_unknown_sender_is_not_the_tracked_addressee():
    text = "وفي رسالة بعثها الرئيس الأمريكي إلى كيم جونغ أون، أكد فيها أن واشنطن مستعدة للقاء جديد."
    found = extract_statements(text, date="2019-06-20")
    assert [(s.actor, s.actor_mention) for s in found] == [("other", "الرئيس الأمريكي")]


def test_a_letter_received_from_someone_keeps_that_someone():
    text = "وتلقى كيم جونغ أون رسالة من بوتين أكد فيها أن روسيا ستقف إلى جانب بلاده."
    assert actor_of(text, "ستقف إلى جانب", "2024-06-20") == "other"


def test_a_telegram_sent_to_the_tracked_man_is_not_his():
    # the addressee after «إلى» stands right before the verb; the sender before the noun speaks
    text = "بعث الرئيس الصيني شي جين بينغ برقية إلى الزعيم كيم جونغ أون أكد فيها أن العلاقات بين البلدين متينة."
    assert actor_of(text, "متينة", "2024-10-01") == "other"


def test_a_letter_sent_with_b_keeps_its_sender_past_the_addressee():
    text = "وبعث الزعيم كيم جونغ أون برسالة جوابية إلى الرئيس الروسي فلاديمير بوتين، قال فيها إن التعاون سيتواصل."
    assert found(text, "2024-10-01") == [("kim", "التعاون سيتواصل")]


def test_a_letter_from_a_titled_sender_is_the_sender_s():
    text = "وتلقى الزعيم كيم جونغ أون رسالة من الرئيس الروسي فلاديمير بوتين، أكد فيها أن موسكو تقدر الدعم."
    assert actor_of(text, "تقدر الدعم", "2024-10-01") == "other"


def test_a_letter_received_from_an_unknown_counterpart_is_not_the_receivers():
    text = "وتلقى الزعيم كيم جونغ أون رسالة من نظيره الفيتنامي، أعرب فيها عن تقديره لمواقف بيونغ يانغ."
    assert actor_of(text, "تقديره لمواقف", "2024-10-01") == "other"


def test_a_speech_given_from_a_place_stays_the_speakers():
    # guard: «من» before a place names where the speech was given, not who sent it
    text = "وألقى الزعيم كيم جونغ أون خطابا من شرفة القصر، أكد فيه أن البلاد لن تتراجع."
    assert actor_of(text, "لن تتراجع", "2024-10-01") == "kim"


def test_a_wish_inside_a_letter_is_the_sender_s_statement():
    text = ("وبعث الزعيم كيم جونغ أون رسالة إلى الرئيس الإندونيسي، تمنى له فيها الصحة الدائمة "
            "والتوفيق في مهامه.")
    assert found(text, "2024-10-01") == [("kim", "الصحة الدائمة والتوفيق في مهامه")]


def test_a_wish_inside_a_letter_to_a_quoted_addressee_is_not_the_addressee_s():
    text = ("وأرسل الرئيس يون سوك يول، اليوم، برسالة إلى الرئيس \"جو بايدن\" وعائلته تمنى لهم فيها "
            "عيدا سعيدا.")
    assert actor_of(text, "عيدا سعيدا", "2023-12-25") == "yoon"


def test_a_pledge_inside_a_letter_follows_the_resumptive():
    text = "وأرسل الزعيم كيم جونغ أون خطابا إلى نظيره الروسي، يتعهد فيه بتعزيز الروابط بين البلدين."
    assert found(text, "2024-10-01") == [("kim", "تعزيز الروابط بين البلدين")]


def test_a_plain_wish_without_a_letter_or_complementizer_stays_out():
    # guard: «تمنى» with an object and no letter before it opens no words
    assert said("وتمنى الرئيس يون سوك يول النجاح للمنتخب.", "2023-12-25") == []


def test_a_testimony_given_by_someone_named_after_the_leader_is_his():
    # guard: the nearest person is no addressee; he gave the testimony, not the leader whose remarks came first
    text = ("وجاءت تصريحات يون بعد إفادة أدلى بها وزير الدفاع كيم يونغ هيون أمام البرلمان، قال فيها إن "
            "الجيش في حالة تأهب.")
    assert actor_of(text, "حالة تأهب", "2024-10-01") == "other"


# ---------------------------------------------------------------- statements and documents that point back
def test_present_verbs_with_a_resumptive_after_a_speech_noun_of_the_tracked_man():
    text = ("وبثت الوكالة المركزية تصريحات لزعيم كوريا الشمالية، كيم جونغ أون، يدافع فيها عن تجارب بلاده "
            "ويصف فيها المناورات المشتركة بأنها استفزاز خطير.")
    found = said(text, "2023-03-20")
    assert [a for a, _ in found] == ["kim"]
    assert found[0][1].endswith("استفزاز خطير")


def test_a_document_of_an_office_glued_to_lam_is_not_the_publisher_s():
    text = "ونشر بيسكوف بيانا لوزير الدفاع يصف فيه المناورات بأنها استفزاز خطير."
    assert [a for a, _ in said(text, "2023-03-20")] == ["other"]


def test_the_same_statements_go_on_with_their_speaker():
    text = ("وقال بيسكوف إن الكرملين لا يرى بديلا عن الحوار.\n"
            "وجاء في التصريحات نفسها أن \"موسكو لن تقبل شروطا مسبقة\".")
    assert said(text, "2023-03-20") == [("peskov", "الكرملين لا يرى بديلا عن الحوار"),
                                        ("peskov", "موسكو لن تقبل شروطا مسبقة")]


def test_the_same_statements_with_nobody_before_are_nobodys():
    assert [a for a, _ in said("وجاء في ذات التصريحات أن موسكو لن تقبل شروطا مسبقة.", "2023-03-20")] == ["other"]


# ================================================================ trailing sources and back references
def test_source_clause_with_a_conjunction_is_no_statement_of_the_outlet():
    text = "وحسبما ذكرت صحيفة محلية، فإن المتحدث باسم الكرملين ديمتري بيسكوف، قال إن موسكو لم تتلق أي عرض."
    assert found(text) == [("peskov", "موسكو لم تتلق أي عرض")]
    text = ("وحسبما ذكرت وكالة \"أنباء الساحل\"، فإن وزير المالية في الحكومة المؤقتة سامي حداد، قال خلال "
            "جلسة إن الرواتب ستصرف الأسبوع المقبل.")
    assert [t for _, t in found(text)] == ["الرواتب ستصرف الأسبوع المقبل"]


def test_stated_so_points_back_and_is_no_statement():
    text = ("وأكد يون أن الردع سيبقى أولوية للحكومة. وصرح يون بذلك في كلمة أمام قادة الجيش أمس، "
            "حيث أشار إلى أن التدريبات ستتواصل.")
    assert found(text, "2023-10-02") == [("yoon", "الردع سيبقى أولوية للحكومة"), ("yoon", "التدريبات ستتواصل")]


# ---------------------------------------------------------------- a source closing the sentence
def test_person_named_after_bihasab_at_the_end_of_the_sentence():
    text = "الاتصالات مع واشنطن متوقفة في الوقت الحالي، بحسب بيسكوف."
    assert found(text) == [("peskov", "الاتصالات مع واشنطن متوقفة في الوقت الحالي")]


def test_according_to_what_he_said_to_reporters():
    text = "ولا موعد بعد لزيارة المبعوث، وفقا لما قاله كيربي للصحفيين."
    assert found(text, "2023-09-01") == [("kirby", "ولا موعد بعد لزيارة المبعوث")]


def test_an_outlet_closing_the_sentence_only_sources_a_fact():
    assert found("وارتفعت حصيلة الضحايا إلى ثلاثة، بحسب وكالة محلية.") == []


# ---------------------------------------------------------------- a trailing source with adverbials after the name
def test_trailing_source_followed_by_adverbials():
    text = ("لا توجد لدى الإدارة أي خطط لسحب السفير في الوقت الحاضر، حسبما قال جون كيربي "
            "للصحفيين على متن الطائرة الرئاسية مساء الأحد.")
    assert found(text) == [("kirby", "لا توجد لدى الإدارة أي خطط لسحب السفير في الوقت الحاضر")]


def test_trailing_source_followed_by_a_long_clause_is_not_attributed():
    text = ("لا توجد لدى الإدارة أي خطط لسحب السفير في الوقت الحاضر، حسبما قال جون كيربي "
            "الذي عاد لتوه من جولة شملت ثلاث عواصم أوروبية وآسيوية خلال أسبوعين كاملين.")
    assert ("kirby", "لا توجد لدى الإدارة أي خطط لسحب السفير في الوقت الحاضر") not in found(text)


# ---------------------------------------------------------------- «، وفق ما أكده الزعيم …» at the end
def test_trailing_wafq_ma_with_a_verb_and_a_titled_name():
    text = "تسعى بيونغ يانغ إلى بناء أسطول غواصات نووية، وفق ما أكده الزعيم كيم جونغ أون خلال زيارة للمرفأ."
    assert actor_of(text, "أسطول غواصات") == "kim"


def test_trailing_hasbama_with_an_object_suffix_and_a_title():
    text = "ستواصل البلاد تطوير قدراتها الدفاعية دون توقف، حسبما أعلنه الزعيم كيم جونغ أون."
    assert actor_of(text, "قدراتها الدفاعية") == "kim"


def test_trailing_wafq_ma_with_an_outlet_is_no_statement():
    assert said("ارتفعت صادرات الحبوب بنسبة كبيرة هذا العام، وفق ما ذكرت وكالة رويترز.") == []


# ---------------------------------------------------------------- «صرح بذلك X.» after the words
def test_a_back_referring_sentence_gives_the_sentence_before_to_its_speaker():
    text = "لن تبقى أي قاعدة معادية في المنطقة بمنأى عن الرد. صرح بذلك الزعيم الكوري الشمالي كيم جونغ أون."
    assert found(text, "2024-06-01") == [("kim", "لن تبقى أي قاعدة معادية في المنطقة بمنأى عن الرد")]


def test_a_back_reference_does_not_take_a_sentence_that_already_has_a_speaker():
    text = "وقال بيسكوف إن القنوات مفتوحة. أعلن ذلك جون كيربي للصحفيين."
    assert found(text) == [("peskov", "القنوات مفتوحة")]


def test_a_back_reference_to_someone_outside_the_lexicon_gives_nothing_to_a_tracked_actor():
    text = "وقال كيربي إن القنوات مفتوحة. الوضع يزداد خطورة يوما بعد يوم. صرح بذلك وزير الدفاع الياباني."
    got = found(text)
    assert got[0] == ("kirby", "القنوات مفتوحة")
    assert all(actor != "kirby" for actor, _ in got[1:])


# ---------------------------------------------------------------- «وأدلى X بهذا التصريح» points back
def test_delivered_this_statement_gives_the_quote_line_before_to_the_person():
    text = ('"التحالف مع واشنطن حجر الزاوية في أمننا".\n'
            "وأدلى يون بهذا التصريح خلال زيارة لقاعدة بحرية أمس.\n"
            'وتابع قائلا "لن نسمح بأي تهديد لسيادتنا".')
    assert found(text) == [("yoon", "التحالف مع واشنطن حجر الزاوية في أمننا"),
                           ("yoon", "لن نسمح بأي تهديد لسيادتنا")]


def test_delivered_these_remarks_after_an_attributed_sentence_adds_nothing():
    text = ("وقال بيسكوف إن الرئيس يتابع التحقيق.\n"
            "وأدلى بيسكوف بهذه التصريحات للصحفيين في موسكو.")
    assert found(text) == [("peskov", "الرئيس يتابع التحقيق")]


# ---------------------------------------------------------------- «، كما ذكرت الوكالة» at the end
def test_agency_named_after_kama_at_the_end_only_sources_the_sentence():
    text = "هدد الزعيم الكوري الشمالي كيم جونغ أون خصومه بعقاب شديد، كما ذكرت وكالة الأنباء الرسمية."
    found = said(text, "2024-05-02")
    assert [a for a, _ in found] == ["kim"]
    assert found[0][1].startswith("خصومه بعقاب شديد")


def test_agency_after_kama_with_words_of_its_own_is_a_statement():
    text = "هدد كيم خصومه بعقاب شديد، كما ذكرت وكالة الأنباء الرسمية أن الجيش أجرى مناورة ليلية."
    assert ("other", "الجيش أجرى مناورة ليلية") in said(text, "2024-05-02")


# ---------------------------------------------------------------- «، على حد قوله» closing the sentence
def test_his_own_words_by_pronoun_are_a_statement_of_the_last_speaker():
    text = "وقال بيسكوف إن موسكو لن تغير موقفها. العقوبات الغربية فشلت في تحقيق أهدافها، على حد تعبيره."
    assert said(text, "2023-05-01") == [("peskov", "موسكو لن تغير موقفها"),
                                        ("peskov", "العقوبات الغربية فشلت في تحقيق أهدافها")]


def test_his_own_words_by_pronoun_after_an_opinion_verb_start_past_the_complementizer():
    text = "وقال بيسكوف إن موسكو لن تغير موقفها. ويرى أن الغرب سيدفع ثمن هذه السياسة على حد قوله."
    assert ("peskov", "الغرب سيدفع ثمن هذه السياسة") in said(text, "2023-05-01")


def test_the_pronoun_tail_is_no_part_of_the_words():
    text = "وقال كيربي إن واشنطن تتابع الوضع. وأضاف أن الصين تلعب دورا غير مفيد في الأزمة، حسب قوله."
    assert said(text, "2023-05-01")[-1] == ("kirby", "الصين تلعب دورا غير مفيد في الأزمة")


def test_a_pronoun_of_the_other_gender_is_not_the_last_speaker():
    text = "وقال بيسكوف إن موسكو تتابع التطورات. الأوضاع في المنطقة مستقرة تماما، على حد تعبيرها."
    assert [a for a, _ in said(text, "2023-05-01")] == ["peskov"]


# ================================================================ acts recalled with a verbal noun
# ---------------------------------------------------------------- an act recalled with a verbal noun
def test_a_call_recalled_after_ghadat_is_the_leader_s_statement():
    text = ("وتأتي تصريحات الوزير غداة دعوة الزعيم الكوري الشمالي كيم جونغ أون إلى توسيع إنتاج المسيرات "
            "الهجومية بشكل كبير.")
    assert found(text, "2024-08-26") == [("kim", "توسيع إنتاج المسيرات الهجومية بشكل كبير")]


def test_an_announcement_recalled_with_a_title_before_the_name():
    text = ("ويأتي العرض بعد أسبوعين على إعلان الزعيم كيم جونغ أون أن قواته \"جاهزة تماما\" لأي مواجهة "
            "في البحر.")
    statements = extract_statements(text, date="2024-08-26")
    assert [(s.actor, s.text) for s in statements] == [("kim", "قواته \"جاهزة تماما\" لأي مواجهة في البحر")]


def test_the_recalled_person_does_not_take_over_the_next_continuation():
    text = ("قال جون كيربي إن واشنطن تتابع التطورات.\n"
            "ويأتي ذلك بعد أيام على إعلان الزعيم كيم جونغ أون أن بلاده ستطلق قمرا جديدا.\n"
            "وأضاف أن الإدارة على اتصال بحلفائها.")
    assert actor_of(text, "على اتصال بحلفائها", "2023-11-20") == "kirby"


def test_a_noun_after_the_person_or_a_genitive_l_is_no_recalled_act():
    # «تهديدات للزعيم …»: the person in a genitive with ل, not right after the noun
    text = "ويأتي التعهد عقب تهديدات للزعيم الكوري الشمالي كيم جونغ أون بإغراق الجنوب في الظلام."
    assert found(text, "2023-03-09") == []


def test_a_verbal_noun_after_yati_is_no_verb():
    # «ويأتي تعهد يون …»: تعهد is a noun after «يأتي», not «تعهد يون بـ…» (a Kim threat went to Yoon)
    text = "ويأتي تعهد يون عقب تهديدات للزعيم الكوري الشمالي كيم جونغ أون بجعل سيئول تغرق في اليأس."
    assert found(text, "2023-03-09") == []


# ---------------------------------------------------------------- «وقالت الوكالة إن كيم "أعرب عن …"»
def test_a_leaders_verb_quoted_right_after_his_name_in_an_agencys_report_is_his():
    text = "وقالت الوكالة المركزية إن الزعيم كيم جونغ أون \"أعرب عن ارتياحه لنتائج الاختبار\"."
    assert found(text, "2023-03-01") == [("kim", "ارتياحه لنتائج الاختبار")]


def test_a_quoted_act_that_is_no_speech_stays_the_agencys_report():
    # guard: the quotation after the name opens with a deed, not a verb of saying
    text = "وذكرت الوكالة أن الزعيم كيم جونغ أون \"تفقد منصة الإطلاق وأصدر توجيهات ميدانية\"."
    assert [a for a, _ in said(text, "2023-03-01")] == ["other"]


# ---------------------------------------------------------------- round 26: «هنأه فيها» in a letter of congratulation
def test_a_congratulation_with_the_addressee_as_a_suffix_in_a_letter_is_the_senders():
    text = "بعث الزعيم كيم جونغ أون برقية إلى رئيس لاوس، هنأه فيها بذكرى تأسيس الحزب الحاكم."
    assert said(text, "2024-03-22") == [("kim", "ذكرى تأسيس الحزب الحاكم")]


def test_a_congratulation_sent_to_the_leader_is_not_his():
    text = "بعث الرئيس الصيني شي جين بينغ برقية إلى الزعيم كيم جونغ أون، هنأه فيها بالعام الجديد."
    assert all(a != "kim" for a, _ in said(text, "2024-01-01"))


def test_a_congratulation_verb_with_its_suffix_opens_its_words_at_once():
    text = "قال بيسكوف إن الخط مفتوح. واتصل الرئيس بوتين بنظيره الأوزبكي وهنأه بفوزه في الانتخابات."
    assert found(text)[1:] == [("other", "فوزه في الانتخابات")]


def test_a_letter_from_an_office_the_lexicon_does_not_know_to_the_leader_is_the_offices():
    text = "بعث الرئيس الصيني برقية إلى الزعيم كيم جونغ أون أكد فيها أن الصداقة بين البلدين راسخة."
    assert said(text, "2024-10-06") == [("other", "الصداقة بين البلدين راسخة")]


def test_a_letter_from_the_leader_to_an_office_stays_his():
    text = "بعث الزعيم كيم جونغ أون برقية إلى الرئيس الروسي أكد فيها أن الصداقة بين البلدين راسخة."
    assert said(text, "2024-10-06") == [("kim", "الصداقة بين البلدين راسخة")]


# ---------------------------------------------------------------- round 26: an agency going on around a quoted leader
def test_an_agency_going_on_with_a_quoted_verb_and_bare_title_relays_the_leader():
    text = ("ذكرت وكالة الأنباء المركزية الكورية أن الزعيم كيم جونغ أون زار مصنعا للجرارات. "
            "وأضافت: \"قال الزعيم إن المصنع سيضاعف إنتاجه العام المقبل\".")
    assert said(text, "2024-04-15")[1:] == [("kim", "المصنع سيضاعف إنتاجه العام المقبل")]


def test_an_agency_going_on_with_its_own_quotation_keeps_it():
    text = ("ذكرت وكالة الأنباء المركزية الكورية أن الزعيم كيم جونغ أون زار مصنعا للجرارات. "
            "وأضافت: \"المصنع سيضاعف إنتاجه العام المقبل\".")
    assert [a for a, _ in said(text, "2024-04-15")] == ["other", "other"]


# ---------------------------------------------------------------- an outlet reports a leader named in quotation marks
@pytest.mark.parametrize("text, actor, words", [
    ('زار الزعيم الكوري الشمالي كيم جونغ أون حوض بناء السفن.\nوأفادت وكالة "يونهاب" أن "كيم" أكد ضرورة تسريع البناء.',
     "kim", "ضرورة تسريع البناء"),
    ('قال الرئيس يون سوك يول إن الجيش في أعلى جاهزية.\nوذكرت الصحيفة أن "يون" أكد خلال الاجتماع دعم الجنود.',
     "yoon", "دعم الجنود"),
])
def test_an_outlet_reports_a_leader_named_in_quotation_marks(text, actor, words):
    # «ذكرت الوكالة أن "كيم" أكد ضرورة …»: the quotation holds only the name after the complementizer; it is the
    # verb's subject, not the words, and the object after the verb is what he said
    assert actor_of(text, words, "2024-06-01") == actor


# ---------------------------------------------------------------- a reported act, then a second act joined by و
@pytest.mark.parametrize("text, words, actor", [
    ("وقال بيسكوف إن كيربي رد على الصحفيين وأكد أن واشنطن لن تتراجع.", "واشنطن لن تتراجع", "kirby"),
    ("وقال كيربي إن الرئيس يون تحدث عن التحالف وشدد على أن سيول لن تتراجع.", "سيول لن تتراجع", "yoon"),
    ("وذكر مسؤول أن الزعيم كيم علق على المناورات وأكد أن الرد سيكون قاسيا.", "الرد سيكون قاسيا", "kim"),
])
def test_a_past_verb_joined_after_a_reported_act_belongs_to_its_subject(text, words, actor):
    # «قال X إن Y رد على … وأكد …»: the words said open with Y and his own act; the verb joined by و is Y's second
    # act, which X only relays
    assert actor_of(text, words) == actor


@pytest.mark.parametrize("text, words, actor", [
    ("وقال بيسكوف إن كيربي رد على الصحفيين. وأكد أن موسكو لن تتراجع.", "موسكو لن تتراجع", "peskov"),
    ("وقال بيسكوف إن كيربي رد على الصحفيين، وأكد أن موسكو لن تتراجع.", "موسكو لن تتراجع", "peskov"),
    ("وقال بيسكوف إن واشنطن ردت على الاقتراح وأكد أن موسكو لن تتراجع.", "موسكو لن تتراجع", "peskov"),
])
def test_the_reporting_speaker_keeps_a_verb_after_a_break_or_an_act_of_a_thing(text, words, actor):
    # a new sentence, a comma before the joined verb, or a thing (not a person) opening the words: the speaker goes on
    assert actor_of(text, words) == actor


# ---------------------------------------------------------------- round 41: «بالقول/بقوله» after a relayed verb
def test_saying_by_after_a_verb_in_an_outlets_words_is_the_named_subjects():
    text = 'وذكرت وكالة "نوفوستي" أن المتحدث باسم الكرملين دميتري بيسكوف رد على سؤال عن موعد القمة بالقول "لا، ليس الآن".'
    assert said(text) == [("peskov", "لا، ليس الآن")]


def test_saying_by_after_a_relative_clause_in_an_outlets_words_is_the_named_subjects():
    text = 'وذكرت صحيفة محلية أن المصارف أوقفت التحويلات، وهو ما علق عليه بيسكوف بقوله إن هذه الأنباء غير مؤكدة.'
    assert actor_of(text, "هذه الأنباء غير مؤكدة") == "peskov"


@pytest.mark.parametrize("form", ["بقوله", "بالقول"])
def test_saying_by_after_a_negated_verb_is_its_subjects(form):
    text = f'ولم يشرح بيسكوف أسباب تأجيل الزيارة {form} "كل شيء في وقته".'
    assert actor_of(text, "كل شيء في وقته") == "peskov"


def test_a_woman_replying_with_her_saying_keeps_her_first_words():
    text = 'وقالت المتحدثة باسم الخارجية الروسية إن موسكو تراقب الوضع، وردت على سؤال عن العقوبات بقولها "لا تعليق".'
    assert [t for _, t in said(text)] == ["موسكو تراقب الوضع", "لا تعليق"]


def test_saying_by_after_a_reported_question_opens_the_answer():
    text = ('وذكرت وكالة "نوفوستي" للأنباء أن المتحدث باسم الكرملين دميتري بيسكوف رد على سؤال في حوار مع قناة محلية '
            'عما إذا كان بوسع الوسطاء القيام بهذه المهمة بالقول "لا، ليس الآن"')
    assert said(text) == [("peskov", "لا، ليس الآن")]
