"""Extraction tests for what stands after a speech verb: objects and addressees that are not the speaker,
the content markers (ب، على، إلى، لـ، بأن، بأنه) and words that only look like them, adverbials and time phrases
between the verb and its words, and the object verbs whose content is a noun. Each case is a short invented
sentence."""

import pytest

from stance.extract import extract_statements
from tests.conftest import actor_of, actors, found, said, undated_actors


# ================================================================ objects and addressees are not the speaker
def test_calling_on_with_an_object_and_lam():
    text = "وشدد يون على أهمية الحوار، داعيا النواب للتعاون مع الحكومة."
    assert found(text) == [("yoon", "أهمية الحوار"), ("yoon", "النواب للتعاون مع الحكومة")]


# ---------------------------------------------------------------- a demonstrative as the object
def test_demonstrative_object_of_a_describing_verb_is_not_the_speaker():
    text = 'وأضاف بيسكوف أن الأمر لا يعنينا، ووصف هذا بأنه "مسألة تخص الأميركيين وحدهم".'
    assert found(text) == [("peskov", "الأمر لا يعنينا"), ("peskov", "مسألة تخص الأميركيين وحدهم")]


# ---------------------------------------------------------------- a place after a masculine object verb is its object
def test_country_after_a_masculine_accusation_verb_is_the_object():
    text = "وقال كيم جونغ أون إن جيشه في أعلى جاهزية. كما اتهم الولايات المتحدة بتأجيج التوتر في المنطقة."
    got = found(text)
    assert [a for a, _ in got] == ["kim", "kim"]


def test_feminine_verb_keeps_the_place_as_subject():
    # a control: with a feminine verb the place is the subject («اتهمت موسكو الغرب …»)
    got = found("وقال كيربي إن الوضع خطير. واتهمت موسكو الغرب بإطالة أمد الحرب.")
    assert [a for a, _ in got] == ["kirby", "other"]


def test_beijing_is_not_the_b_of_the_content():
    text = "ودعا الرئيس يون بكين إلى لعب دور بناء في المنطقة."
    assert found(text, "2023-06-01") == [("yoon", "لعب دور بناء في المنطقة")]


# ---------------------------------------------------------------- verbs with an object pronoun, blame across a comma
def test_accused_her_after_an_attacking_clause():
    text = "وهاجم المتحدث كيربي مراسلة إحدى القنوات، واتهمها بـ\"تكرار أسئلة مضللة\"، بعد جدال طويل."
    (speaker, words), = found(text)
    assert speaker == "kirby" and "تكرار أسئلة مضللة" in words


def test_blamed_with_an_apposed_name_before_the_object():
    # the word that makes «حمّل» speech («مسؤولية») comes after a comma-closed apposition
    text = "وحمّلت المتحدثة باسم الحكومة، سارة ليندهولم، الجانب الروسي مسؤولية تعطيل الاتفاق."
    (speaker, words), = found(text)
    assert speaker == "other" and words.endswith("الجانب الروسي مسؤولية تعطيل الاتفاق")


def test_threw_the_blame_is_a_statement():
    text = "وأكد كيربي أن واشنطن تتابع الموقف، وألقى باللوم على بيونغ يانغ في تصاعد التوتر."
    assert found(text) == [("kirby", "واشنطن تتابع الموقف"), ("kirby", "باللوم على بيونغ يانغ في تصاعد التوتر")]


# ---------------------------------------------------------------- places that open with ب, places as subjects, call objects
def test_place_opening_with_b_is_not_the_b_of_the_content():
    text = "وهاجم الرئيس يون سوك يول بيونغ يانغ بحدة، قائلا إن تجاربها تهدد المنطقة."
    statements = found(text)
    assert ("yoon", "تجاربها تهدد المنطقة") in statements
    assert all(not t.startswith("يونغ") for _, t in statements)
    text = "وانتقد يون بيونغ يانغ لإرسالها بالونات جديدة."
    assert found(text) == [("yoon", "بيونغ يانغ لإرسالها بالونات جديدة")]


def test_promise_to_a_place_then_b_anna():
    text = "ووعد يون بيونغ يانغ بأنها ستنال مساعدات كبيرة إذا تخلت عن برنامجها."
    assert found(text) == [("yoon", "أنها ستنال مساعدات كبيرة إذا تخلت عن برنامجها")]


def test_threat_with_a_place_and_her_pronoun_is_the_place_speaking():
    # «وتوعد بيونج يانج بأنها …»: Pyongyang threatens; not the leader named in the sentence before.
    text = "وقال كيم إن الجيش في أعلى جاهزية. وتوعد بيونج يانج بأنها ستختبر صاروخا جديدا قريبا."
    assert found(text) == [("kim", "الجيش في أعلى جاهزية"), ("other", "ستختبر صاروخا جديدا قريبا")]


def test_describing_a_place_keeps_the_place_as_object():
    text = "وأدان يون بشدة الشمال بسبب وصفها كوريا الجنوبية بأنها دولة معادية."
    assert all(speaker == "yoon" for speaker, _ in found(text))


def test_call_on_the_people_keeps_the_speaker():
    text = "وقال كيم إن العدو يستعد للحرب، ودعا الشعب إلى رص الصفوف."
    assert found(text) == [("kim", "العدو يستعد للحرب"), ("kim", "رص الصفوف")]


# ---------------------------------------------------------------- objects between a verb and its marker; «ما» clauses
def test_oblique_plural_after_reassure_is_the_object():
    text = "وقال يون إن المصارف بخير، لكنه طمأن المستثمرين بأن ودائعهم محمية."
    assert found(text) == [("yoon", "المصارف بخير"), ("yoon", "ودائعهم محمية")]


def test_place_after_warn_is_the_object():
    text = "وقال يون إن المناورات دفاعية، لكنه حذر بيونغ يانغ من أن أي خرق سيقابل برد فوري."
    assert found(text) == [("yoon", "المناورات دفاعية"), ("yoon", "أي خرق سيقابل برد فوري")]


def test_what_others_say_is_no_speaker():
    text = "وأشاد كيم جونغ أون بالمعاهدة. ورفض ما تقوله العواصم الغربية من أن الاتفاق يخرق القرارات الدولية."
    assert found(text)[-1] == ("kim", "الاتفاق يخرق القرارات الدولية")


def test_secretary_general_is_a_speaker_not_an_oblique_plural_object():
    # «الأمين» ends in ين like «المودعين» but is a singular office word: the subject, never the previous speaker
    text = "قال بيسكوف إن الحوار مستمر. وحذر الأمين العام للحلف يوهان لارسن من أن التقارب بين البلدين مقلق."
    assert found(text)[-1][0] == "other"


def test_enemies_after_warn_are_the_object():
    text = "كيم جونغ أون أمام قادة الجيش: \"قوتنا للردع\"… ويحذر الأعداء من \"عواقب لا تحتمل\""
    assert found(text)[-1] == ("kim", "عواقب لا تحتمل")


# ---------------------------------------------------------------- a name before the verb, an object before the marker
def test_outlet_reports_a_named_leader_calling_on_an_object():
    text = "وأمس، أفادت وسائل إعلام رسمية بأن الزعيم كيم حث قادة وحداته على \"رفع الجاهزية القتالية إلى أقصى حد\"."
    assert found(text) == [("kim", "رفع الجاهزية القتالية إلى أقصى حد")]


def test_object_before_the_marker_without_a_name_before_stays_an_unnamed_speaker():
    # No person right after a complementizer: the words after the verb are still read as its region.
    text = "ودعا مجلس الأمن الدولي إلى وقف فوري لإطلاق النار."
    assert actors(text) == ["other"]


# ---------------------------------------------------------------- «ودعا الشعب الكوري إلى …»: the people are called on, not calling
def test_an_object_word_with_an_adjective_of_origin_is_the_object_not_the_speaker():
    text = ("أشاد الرئيس يون سوك يول بتضحيات المحاربين القدامى، ودعا الشعب الكوري إلى صون ذكراهم، "
            "حيث قال أيضا إن الحرية لم تأت بلا ثمن.")
    assert undated_actors(text, "2023-06-25") == ["yoon", "yoon", "yoon"]


# ---------------------------------------------------------------- whom he spoke to is not who spoke
def test_the_meeting_he_spoke_to_is_not_the_speaker_and_his_words_stay_his():
    text = ("قال الرئيس الكوري الجنوبي يون سوك يول يوم الأربعاء إن الحدود البحرية تشهد توترا متزايدا.\n"
            "كما قال للاجتماع إن أسعار الطاقة تثقل كاهل الأسر.\n"
            "وقال \"علينا أن نخفف العبء عن أصحاب الدخل المحدود\".")
    statements = extract_statements(text, date="2022-09-14")
    assert [s.actor for s in statements] == ["yoon", "yoon", "yoon"]
    assert statements[1].text.startswith("أسعار الطاقة تثقل كاهل الأسر")
    assert statements[1].actor_mention != "للاجتماع"


def test_a_dative_word_after_the_verb_with_no_speaker_named_before_keeps_the_last_speaker():
    text = ("أكد المتحدث باسم الكرملين دميتري بيسكوف أن موسكو لم تتلق أي دعوة رسمية.\n"
            "وقال للحاضرين إن الجانب الروسي ما زال ينتظر توضيحا.")
    assert actor_of(text, "ينتظر توضيحا", "2023-05-02") == "peskov"


def test_an_unknown_person_named_after_the_dative_word_still_speaks():
    # only a lone dative word is whom he spoke to; a name after it is the subject
    text = ("قال الرئيس الكوري الجنوبي يون سوك يول إن الحوار ممكن.\n"
            "وقال للصحفيين وزير المالية تشو كيونغ هو إن العجز سيتقلص.")
    assert actor_of(text, "العجز سيتقلص") == "other"


def test_the_workers_he_calls_on_are_the_object_not_the_speaker():
    text = ("زار الزعيم كيم جونغ أون ثلاثة مصانع للقذائف الأسبوع الماضي، ودعا المهندسين والعمال إلى "
            "مضاعفة الإنتاج قبل نهاية العام، حسبما ذكرت الوكالة الرسمية.")
    statements = extract_statements(text, date="2023-09-04")
    act = [s for s in statements if "مضاعفة الإنتاج" in s.text]
    assert act and act[0].actor == "kim"
    assert act[0].actor_mention != "المهندسين والعمال"


def test_the_oblique_plural_may_come_second_in_the_people_he_calls_on():
    text = ("تفقد الزعيم كيم جونغ أون حوضا لبناء السفن، ودعا العمال والمهندسين إلى إنجاز المدمرة الجديدة "
            "قبل الموعد المحدد.")
    statements = extract_statements(text, date="2024-04-20")
    assert [(s.actor, s.text) for s in statements] == [("kim", "إنجاز المدمرة الجديدة قبل الموعد المحدد")]


def test_a_plural_subject_in_the_nominative_is_still_a_speaker():
    # «المسؤولون» (nominative) speak; only the oblique «المسؤولين» is an object
    text = "ودعا المسؤولون الكوريون الجنوبيون إلى ضبط النفس على الحدود."
    statements = extract_statements(text, date="2023-09-04")
    assert statements and statements[0].actor == "other"
    assert "المسؤولون" in statements[0].actor_mention


# ---------------------------------------------------------------- «بالقول» after the person addressed
def test_person_addressed_before_saying_is_no_statement():
    text = 'وشدد كيم على قادة الوحدات الذين رافقوه بالقول "علينا أن نرفع الجاهزية القتالية إلى أقصى حد".'
    assert said(text, "2023-03-01") == [("kim", "علينا أن نرفع الجاهزية القتالية إلى أقصى حد")]


def test_an_object_closed_by_a_comma_before_saying_stays_a_statement():
    text = "وشدد كيم على ضرورة تعزيز الردع، بالقول إن الأعداء لا يفهمون إلا لغة القوة."
    found = said(text, "2023-03-01")
    assert found == [("kim", "ضرورة تعزيز الردع"), ("kim", "الأعداء لا يفهمون إلا لغة القوة")]


# ---------------------------------------------------------------- «حث X على …» with a later «إلى» inside the words
def test_a_call_marker_after_the_object_marker_belongs_to_the_words():
    text = "وقال يون إن سيول مستعدة للحوار، وحث بيونغ يانغ على العودة إلى المفاوضات."
    assert found(text)[-1] == ("yoon", "بيونغ يانغ على العودة إلى المفاوضات")


def test_the_people_urged_after_a_comma_are_the_object_and_the_later_clause_keeps_its_own_subject():
    # a comma between the named subject and the people urged: the object marker inside makes them the object,
    # not an apposition; the announcement after «بعد أن» is the named capital's, not the president's
    text = ("حث الرئيس الكوري الجنوبي يون سوك يول، الدول الحليفة على دعم جهود السلام، "
            "بعد أن أعلنت بيونغ يانغ أن سيول هي عدوها الأول.")
    statements = extract_statements(text, date="2024-08-15")
    assert [(s.actor, s.text) for s in statements if "عدوها" in s.text] == [("other", "سيول هي عدوها الأول")]
    assert statements[0].actor == "yoon" and statements[0].text.startswith("الدول الحليفة على دعم")


def test_an_office_between_commas_after_the_name_is_still_an_apposition_before_the_people_urged():
    text = "وحث جون كيربي، المتحدث باسم مجلس الأمن القومي، الأطراف على ضبط النفس."
    assert found(text, "2023-10-12") == [("kirby", "الأطراف على ضبط النفس")]


def test_an_adverbial_between_commas_is_not_the_object():
    text = "ودعت الأمم المتحدة، على لسان المتحدث باسم الأمين العام، إلى الكف عن الخطوات الاستفزازية."
    assert found(text) == [("other", "الكف عن الخطوات الاستفزازية")]


# ================================================================ noun objects and object verbs
def test_verbal_noun_object_before_the_marker_of_affirm():
    text = "وأكد كيربي حرص واشنطن على الوفاء بالتزاماتها الأمنية."
    assert found(text, "2023-02-11") == [("kirby", "حرص واشنطن على الوفاء بالتزاماتها الأمنية")]


def test_adverbial_before_the_marker_of_affirm_is_not_an_object():
    text = "وأكد كيربي في مؤتمر صحفي على أهمية التنسيق مع الحلفاء."
    assert found(text, "2023-02-11") == [("kirby", "أهمية التنسيق مع الحلفاء")]


# ---------------------------------------------------------------- «أكد» with a noun object
def test_affirming_verb_with_a_noun_object_at_the_start_of_its_clause():
    text = "وقال كيربي إن واشنطن تتابع الوضع. وأكد التزام بلاده بأمن حلفائها في المنطقة."
    assert found(text, "2023-04-04") == [("kirby", "واشنطن تتابع الوضع"),
                                         ("kirby", "التزام بلاده بأمن حلفائها في المنطقة")]


def test_affirming_verb_inside_what_was_said_is_not_a_new_statement():
    text = "وقال المتحدث باسم مجلس الأمن القومي إن ليس لدى الإدارة أي معلومات تؤكد ما تردده موسكو عن الهجوم."
    assert [a for a, _ in found(text, "2023-04-04")] == ["kirby"]


def test_negated_affirming_verb_after_wa_is_no_statement():
    assert found("ولم يؤكد الكرملين هذه الأنباء حتى الآن.") == []


def test_speaker_closing_the_sentence_after_a_quote_is_not_an_object():
    text = '"سنبقى إلى جانب أصدقائنا مهما طال الزمن"\nأكدت شقيقة الزعيم الكوري الشمالي.'
    assert ("other", "شقيقة الزعيم الكوري الشمالي") not in found(text)


# ---------------------------------------------------------------- «توقع X ازدياد …»
def test_expect_with_a_verbal_noun_object():
    text = "وتوقع متحدث الكرملين تراجع حدة القتال خلال الشتاء."
    assert found(text) == [("peskov", "تراجع حدة القتال خلال الشتاء")]


def test_expected_as_an_adjective_is_no_statement():
    assert found("ومن المتوقع أن تستأنف المحادثات الأسبوع المقبل.") == []


# ---------------------------------------------------------------- «X يؤكد <object>» with the speaker first
@pytest.mark.parametrize("text, actor, piece", [
    ("بيسكوف يؤكد رغبة موسكو في استئناف الحوار مع واشنطن", "peskov", "رغبة موسكو في استئناف الحوار"),
    ("كيربي ينفي وجود أي خطة لنشر قوات أمريكية إضافية", "kirby", "وجود أي خطة لنشر قوات"),
])
def test_a_named_speaker_first_then_an_object_verb_is_a_statement(text, actor, piece):
    out = found(text)
    assert len(out) == 1 and out[0][0] == actor and piece in out[0][1]


def test_an_object_verb_inside_someone_s_words_stays_part_of_them():
    out = found("وقال كيربي إن الصور الجديدة تؤكد ما تقوله أوكرانيا منذ أسابيع.")
    assert len(out) == 1 and out[0][0] == "kirby" and "الصور الجديدة تؤكد" in out[0][1]


def test_an_object_verb_after_a_noun_that_is_no_speaker_is_no_statement():
    assert found("التقارير الأخيرة تؤكد تراجع الصادرات خلال الربع الثاني.") == []


# ---------------------------------------------------------------- objects and «بسبب»
def test_object_verb_object_before_a_later_complementizer():
    # the «بأن» after the comma belongs to «رغم إقرارها», not to «استغرب»
    text = ("واستغرب المتحدث باسم البيت الأبيض جون كيربي سؤال أحد المراسلين عن تعليق شحنة واحدة، "
            "رغم إقرارها بأن الغارات أصابت مدنيين.")
    (speaker, words), = found(text, "2024-05-14")
    assert speaker == "kirby" and words.startswith("سؤال أحد المراسلين")


def test_because_of_is_no_b_marker():
    text = "كما انتقد كيم الولايات المتحدة بسبب مناوراتها قرب الحدود."
    assert [t for _, t in found(text)] == ["الولايات المتحدة بسبب مناوراتها قرب الحدود"]


# ================================================================ content markers and words that look like them
def test_pledge_with_a_three_letter_b_word():
    assert found("وتعهد الرئيس يون سوك يول برد فوري على أي استفزاز.") == [("yoon", "رد فوري على أي استفزاز")]


def test_b_adverbs_are_not_the_content_marker():
    assert found("وتعهد يون بعد لقائه الوزراء بأن الحكومة ستدعم المزارعين.") == [
        ("yoon", "الحكومة ستدعم المزارعين")]


def test_in_the_name_of_is_not_the_content_marker_of_calling():
    text = "قال كيربي إن واشنطن تراقب. وفيما دعا المتحدث باسم الخارجية الصينية إلى أن تلتزم الأطراف الهدوء، صمتت طوكيو."
    assert found(text, "2023-06-01")[-1][0] == "other"


# ---------------------------------------------------------------- «بأنه» opens the words like «بأن»
def test_answer_with_bi_annahu():
    text = "وأجاب كيربي بأنه لا يملك أي تفاصيل إضافية عن الصفقة."
    assert found(text) == [("kirby", "لا يملك أي تفاصيل إضافية عن الصفقة")]


def test_asked_then_answered_with_bi_annaha_keeps_the_speaker():
    text = "وسئل بيسكوف عن موعد القمة، فأجاب بأنها لم تحدد حتى الآن."
    assert found(text) == [("peskov", "لم تحدد حتى الآن")]


def test_said_with_bi_annana():
    text = "وقال يون سوك يول بأننا سنقف مع حلفائنا حتى النهاية."
    assert found(text) == [("yoon", "سنقف مع حلفائنا حتى النهاية")]


# ---------------------------------------------------------------- ب glued to a complementizer after an object
@pytest.mark.parametrize("obj", ["مواطنيه", "جارته الشمالية", "الشمال"])
def test_promise_with_an_object_then_b_anna(obj):
    text = f"ووعد يون {obj} بأنه في حال استئناف الحوار ستقدم سيول حزمة مساعدات واسعة."
    assert found(text, "2023-02-01") == [("yoon", "أنه في حال استئناف الحوار ستقدم سيول حزمة مساعدات واسعة")]


# ---------------------------------------------------------------- «أعاد التأكيد على»
def test_reaffirm_after_a_named_leader_in_an_outlets_report():
    text = 'وذكرت وسائل الإعلام الرسمية أن الزعيم "كيم جونغ أون" أعاد التأكيد على رغبته في تعزيز الصداقة مع موسكو.'
    assert found(text) == [("kim", "على رغبته في تعزيز الصداقة مع موسكو")]


def test_reaffirm_with_the_speaker_between_verb_and_marker():
    assert found("وأعاد بيسكوف اليوم التأكيد على أن موسكو لن تغير موقفها.") == [
        ("peskov", "على أن موسكو لن تغير موقفها")]


def test_reopen_with_a_later_emphasis_is_no_statement():
    assert found("وأعاد الجيش فتح الطريق الساحلي بعد التأكيد على سلامته.") == []


# ---------------------------------------------------------------- an adverbial before the ب of a pledge
def test_pledge_with_a_short_adverbial_before_its_b():
    text = "وقال كيربي إن واشنطن ستبقى في المنطقة، وتعهد خلال الاجتماع بمواصلة الدعم العسكري."
    assert found(text) == [("kirby", "واشنطن ستبقى في المنطقة"), ("kirby", "مواصلة الدعم العسكري")]


def test_a_b_noun_inside_the_adverbial_is_not_the_content():
    text = "وأشاد وزير الدفاع الأميركي لويد أوستن في بيان منفصل بتعيين السفير الجديد."
    assert found(text) == [("other", "تعيين السفير الجديد")]


# ---------------------------------------------------------------- «أشار لـ…» instead of «أشار إلى …»
def test_the_lam_of_ashara_glued_to_the_words_opens_them():
    out = found("وأشار بيسكوف للموقف المتوازن الذي تتبناه الصين في الأزمة الأوكرانية.")
    assert out == [("peskov", "للموقف المتوازن الذي تتبناه الصين في الأزمة الأوكرانية")]


@pytest.mark.parametrize("text, words", [
    ("وأشار بيسكوف للصحفيين إلى أن الاتصالات مع واشنطن مستمرة.", "الاتصالات مع واشنطن مستمرة"),
    ("وأشار بيسكوف للتلفزيون الروسي إلى أن الاتصالات مع واشنطن مستمرة.", "الاتصالات مع واشنطن مستمرة"),
])
def test_a_lam_word_before_the_usual_marker_is_not_the_words(text, words):
    assert found(text) == [("peskov", words)]


def test_a_glued_lam_without_a_named_speaker_is_no_statement():
    assert found("وأشار للموقف الصيني في سياق حديثه عن الأزمة.") == []


def test_a_warning_whose_words_follow_with_qaelan_is_one_statement():
    text = ("وجه الرئيس الكوري الجنوبي يون سوك يول تحذيرا شديد اللهجة إلى الشمال صباح الثلاثاء، "
            "قائلا إن أي هجوم نووي سيعني نهاية النظام.")
    assert found(text) == [("yoon", "أي هجوم نووي سيعني نهاية النظام")]


def test_a_warning_followed_by_a_second_verb_stays_a_statement_of_its_own():
    text = ("وجّه الرئيس الكوري الجنوبي يون سوك يول تحذيرا قويا إلى الشمال من أي تجربة نووية، "
            "وقال إن الرد سيكون ساحقا.")
    assert [a for a, _ in found(text)] == ["yoon", "yoon"]


# ---------------------------------------------------------------- «ردا على / معلقا على» between the speaker and his words
def test_the_ala_of_a_reply_phrase_is_not_the_marker_of_akkada():
    text = "وأكد بيسكوف، ردا على سؤال حول العقوبات الجديدة، أن الاقتصاد الروسي سيتكيف معها."
    assert found(text) == [("peskov", "الاقتصاد الروسي سيتكيف معها")]


def test_what_he_commented_on_is_not_the_object_of_the_verb():
    text = 'وصرح كيربي، معلقا على تصريحات الوزير الروسي الأخيرة، قائلا: "هذا الكلام لا يغير شيئا على الأرض".'
    assert found(text) == [("kirby", "هذا الكلام لا يغير شيئا على الأرض")]


def test_an_object_after_the_reply_phrase_is_still_the_words():
    text = "ونفى بيسكوف، ردا على سؤال أحد الصحفيين، وجود أي اتصالات مع كييف."
    assert found(text) == [("peskov", "وجود أي اتصالات مع كييف")]


# ---------------------------------------------------------------- praise with an adverbial between commas before the ب
def test_praise_with_an_adverbial_between_commas_before_the_b():
    text = "وأشاد الزعيم كيم جونغ أون، في كلمة ألقاها أمام العمال، بالجهود التي أدت إلى إنجاز المشروع قبل موعده."
    assert said(text, "2025-01-02") == [("kim", "الجهود التي أدت إلى إنجاز المشروع قبل موعده")]


# ---------------------------------------------------------------- «بشأن» is no ب marker: welcoming someone else's remarks
def test_welcoming_another_persons_remarks_about_a_topic_is_no_statement_of_a_garbled_speaker():
    # «رحب X بتصريحات Y بشأن …» with X an office the lexicon does not know and no name in commas: no statement
    # (cases 103, 105; ANNOTATION.md lists no reaction verb among the statements), and «بشأن» opens no words
    text = "ورحب وزير الخارجية بتصريحات كيربي بشأن دعم المسار السياسي."
    assert said(text, "2024-03-05") == []


def test_welcoming_a_deal_about_a_topic_keeps_the_whole_object():
    text = "ورحب كيربي بالاتفاق بشأن تبادل المحتجزين."
    assert found(text) == [("kirby", "الاتفاق بشأن تبادل المحتجزين")]


# ---------------------------------------------------------------- a claim verb with «بأنه»
def test_claim_verb_with_b_and_a_pronoun_complementizer():
    text = "وزعم الوزير بأنه قادر على إنهاء الأزمة خلال أسابيع."
    assert [a for a, t in said(text, "2023-01-10") if "إنهاء الأزمة" in t] == ["other"]


# ================================================================ manner words and time phrases after the verb
@pytest.mark.parametrize("adverb", ["بهدوء", "مخاطبا الطلاب", "بسخرية"])
def test_manner_adverb_between_verb_and_colon_is_no_speaker(adverb):
    text = f"وقال يون إن الامتحانات ستجرى في موعدها. وأضاف {adverb}: «لا تأجيل هذا العام»."
    assert found(text)[-1] == ("yoon", "لا تأجيل هذا العام")


# ---------------------------------------------------------------- «قال مجيبا عليه: …»: how he spoke, not who
@pytest.mark.parametrize("manner", ["مجيبا عليه", "مبتسما", "مجيبا على سؤال"])
def test_a_manner_participle_after_the_verb_is_no_speaker(manner):
    text = f'قال كيربي إن واشنطن تتابع الموقف. وقال {manner}: "لا علم لي بأي اتصال من هذا النوع".'
    assert undated_actors(text, "2023-05-10") == ["kirby", "kirby"]


def test_a_woman_after_a_feminine_verb_is_still_not_him():
    text = 'قال كيربي إن واشنطن تتابع الموقف. فردت عليه الصحفية قائلة: "لماذا إذن؟".'
    assert undated_actors(text, "2023-05-10")[-1] == "other"


def test_a_time_adverb_of_that_shape_after_an_unknown_subject_keeps_it_unknown():
    text = ("قال كيم جونغ أون إن بلاده أكملت تجاربها.\n"
            "يذكر أن القائد العسكري الأمريكي السابق، جيمس ستافريديس، أعلن مؤخرا أن الحرب لم تكن يوما أقرب.")
    assert undated_actors(text, "2023-06-25") == ["kim", "other"]


# ---------------------------------------------------------------- a time phrase before an object
def test_time_phrase_between_speaker_and_object_is_not_in_the_words():
    found = extract_statements("ونفى بيسكوف في وقت سابق اليوم الأنباء عن لقاء وشيك بين الرئيسين.")
    assert [(s.actor, s.text) for s in found] == [("peskov", "الأنباء عن لقاء وشيك بين الرئيسين")]


def test_time_phrase_with_min_before_the_object():
    found = extract_statements("ورفض كيربي في وقت سابق من اليوم المزاعم الروسية عن تورط واشنطن.")
    assert [(s.actor, s.text) for s in found] == [("kirby", "المزاعم الروسية عن تورط واشنطن")]


# ---------------------------------------------------------------- a manner adverb after a continuation verb
def test_manner_adverb_after_a_continuation_verb_names_nobody():
    text = ("وقال بيسكوف إن الاتصالات مع واشنطن متوقفة.\n"
            "وتابع ساخرا: \"ربما يتذكرون رقم هاتفنا يوما ما\".")
    assert [a for a, _ in said(text, "2023-11-01")] == ["peskov", "peskov"]


# ---------------------------------------------------------------- «طلب X من Y أن …»: a request to another party
def test_a_request_to_the_citizens_is_the_leaders_call():
    text = "كما طلب يون من الكوريين الجنوبيين أن يمنحوه الثقة وأن يصبروا على الإصلاحات."
    assert found(text, "2023-05-10") == [("yoon", "يمنحوه الثقة وأن يصبروا على الإصلاحات")]


def test_a_request_with_adam_keeps_the_negation_in_the_words():
    text = "وطلب الزعيم كيم جونغ أون من مسؤولي الحزب عدم التهاون في حماية المحاصيل."
    assert found(text, "2023-05-10") == [("kim", "عدم التهاون في حماية المحاصيل")]


def test_a_request_with_a_pronoun_subject_goes_on_with_the_speaker():
    text = "وقال بيسكوف إن الكرملين لا يعلق على الشائعات.\nوطلب من الصحفيين أن ينتظروا البيان الرسمي."
    assert actor_of(text, "ينتظروا البيان الرسمي", "2023-05-10") == "peskov"


def test_a_request_noun_and_asking_for_comment_are_no_statements():
    # guards: the noun after «بناء على», the journalists asking for a comment, an anonymous source's aside
    assert said("وعقدت الجلسة بناء على طلب من الرئيس يون أن تبحث الميزانية.", "2023-05-10") == []
    text = "وحين طلب الصحفيون من بيسكوف التعليق على الزيارة، أجاب: \"لا تعليق\"."
    assert [t for _, t in said(text, "2023-05-10")] == ["لا تعليق"]
    assert said("وقال مسؤول، طلب عدم ذكر اسمه، إن الاجتماع تأجل.", "2023-05-10") == [("other", "الاجتماع تأجل")]


# ================================================================ the person met is no subject of the joined verb
@pytest.mark.parametrize("text, words", [
    ("واستقبل الرئيس الصيني شي جين بينغ الزعيم كيم جونغ أون ووصف العلاقات بأنها قوية ومتينة.", "قوية ومتينة"),
    ("وهنأ الرئيس الصيني كيم ونوه بالإنجازات التي حققتها بلاده.", "الإنجازات"),
    ("واستقبل ماكرون الرئيس يون وقال إن فرنسا تدعم السلام في المنطقة.", "فرنسا تدعم"),
    ("وصافح المستشار الألماني الرئيس يون سوك يول وأكد أن ألمانيا تدعم سيول.", "ألمانيا تدعم"),
    ("وكان بوتين قد استقبل الزعيم كيم ووصف العلاقات بأنها ممتازة.", "ممتازة"),
    ("بوتين يستقبل الزعيم كيم ويؤكد أن العلاقات ممتازة.", "العلاقات ممتازة"),
    ("قال مسؤول إن بوتين استقبل كيم وأكد أن روسيا ستساعده.", "روسيا ستساعده"),
    ('واستقبل رئيس الوزراء الياباني الرئيس "يون" وأكد أن طوكيو تدعم سيول.', "طوكيو تدعم"),
])
def test_a_joined_verb_after_the_person_met_belongs_to_the_host(text, words):
    # the tracked man is the object of a verb of meeting; the verb joined by و after him is the host's
    assert actor_of(text, words) == "other"


@pytest.mark.parametrize("text, words, actor", [
    ("واستقبل الزعيم كيم وزير الخارجية الروسي ووصف العلاقات بأنها ممتازة.", "ممتازة", "kim"),
    ("واستقبل الزعيم كيم جونغ أون الرئيس يون وقال إن اللقاء تاريخي.", "اللقاء تاريخي", "kim"),
    ("واستقبل الرئيس يون الزعيم كيم وقال إن السلام ممكن.", "السلام ممكن", "yoon"),
    ("الزعيم كيم يزور الرئيس يون ويؤكد أن السلام ممكن.", "السلام ممكن", "kim"),
    ('واستقبل الرئيس "يون صوك يول" وزير الدفاع الزائر وأكد أن التعاون مهم.', "التعاون مهم", "yoon"),
    ("والتقى كيم بالرئيس شي وأكد أن الصداقة بين البلدين لا تتزعزع.", "الصداقة", "kim"),
    ("استقبل الزعيم كيم الوفد الروسي وقال إن بلاده مستعدة للتعاون.", "مستعدة للتعاون", "kim"),
    ("واستقبل بوتين الزعيم كيم. وقال الزعيم كيم إن بلاده تدعم روسيا.", "تدعم روسيا", "kim"),
    ("واستقبل بوتين الزعيم كيم، وقال الزعيم إن بلاده تدعم روسيا.", "تدعم روسيا", "kim"),
])
def test_the_host_or_a_man_named_again_keeps_the_joined_verb(text, words, actor):
    # the tracked host speaks on; a new sentence or a verb naming the man again is his
    assert actor_of(text, words) == actor


@pytest.mark.parametrize("text, words, actor", [
    ("الزعيم كيم ينتقد الرئيس يون ويؤكد أن السلام بعيد.", "السلام بعيد", "kim"),
    ("يون يهاجم الزعيم كيم ويؤكد أن سيول سترد بقوة.", "سيول سترد", "yoon"),
    ("كيم جونغ أون يستقبل بيلوسوف ويتعهد بدعم روسيا.", "دعم روسيا", "kim"),
])
def test_a_headline_verb_and_the_titled_object_leave_the_joined_verb_to_the_subject(text, words, actor):
    # «X يفعل الرئيس Y ويؤكد …»: Y, with his title, is the object; X says the rest
    assert actor_of(text, words) == actor


@pytest.mark.parametrize("text, words, actor", [
    ("الزعيم كيم يرد على الرئيس يون ويؤكد أن الجيش مستعد.", "الجيش مستعد", "kim"),
    ("بيسكوف يرد على كيربي ويؤكد أن موسكو لن تتراجع.", "موسكو لن تتراجع", "peskov"),
    ("كيم يبعث برسالة إلى الرئيس يون ويؤكد أن الحوار ممكن.", "الحوار ممكن", "kim"),
    ("يون يتصل بالرئيس الأمريكي ويؤكد أن التحالف قوي.", "التحالف قوي", "yoon"),
    ("يون يتصل بالزعيم كيم ويؤكد أن الحوار ممكن.", "الحوار ممكن", "yoon"),
    ("ورد كيم على الرئيس يون وأكد أن بلاده لن تتراجع.", "بلاده لن تتراجع", "kim"),
    ("وتحدث الرئيس يون إلى الزعيم كيم وقال إن الحوار ممكن.", "الحوار ممكن", "yoon"),
    ("وقال بيسكوف إن الرئيس بوتين تحدث مع الزعيم كيم وأكد أن العلاقات قوية.", "العلاقات قوية", "other"),
])
def test_a_headline_verb_with_a_preposition_and_a_titled_object_leaves_the_joined_verb_to_the_subject(text, words,
                                                                                                      actor):
    # «X يرد على الرئيس Y ويؤكد …»: Y, after a preposition and his title, is the object; X says the rest
    assert actor_of(text, words) == actor


@pytest.mark.parametrize("text, words, actor", [
    ("كيم يرد على الرئيس يون.\nوأكد يون أن سيول لن تتراجع.", "سيول لن تتراجع", "yoon"),
    ("كيم يرد على الرئيس يون، الذي أكد أن سيول لن تتراجع.", "سيول لن تتراجع", "yoon"),
    ("يون يصل إلى واشنطن ويؤكد أن التحالف قوي.", "التحالف قوي", "yoon"),
    ("وانتقد بيسكوف تصريحات كيربي وأكد أن روسيا لن تتراجع.", "روسيا لن تتراجع", "peskov"),
])
def test_the_object_after_a_preposition_speaking_on_his_own_keeps_his_words(text, words, actor):
    # a new sentence, a relative clause, a place after the preposition, a possessed object
    assert actor_of(text, words) == actor


@pytest.mark.parametrize("text, words, actor", [
    ("وزير الدفاع يرد على الزعيم كيم ويؤكد أن الجيش مستعد.", "الجيش مستعد", "other"),
    ("مسؤول أمريكي ينتقد بيسكوف ويؤكد أن واشنطن لن تتراجع.", "واشنطن لن تتراجع", "other"),
    ("وزير الدفاع الأمريكي ينتقد الزعيم كيم ويؤكد أن الردع قائم.", "الردع قائم", "other"),
    ("ورد وزير الدفاع على الزعيم كيم وأكد أن الجيش مستعد.", "الجيش مستعد", "other"),
    ("وقال كيربي إن وزير الدفاع رد على الزعيم كيم وأكد أن الجيش مستعد.", "الجيش مستعد", "other"),
])
def test_an_unnamed_office_before_the_verb_keeps_the_joined_verb_from_its_object(text, words, actor):
    # «مكتب/وزير … يرد على الزعيم كيم ويؤكد …»: the office is the subject (other), the tracked man only its object
    assert actor_of(text, words) == actor


@pytest.mark.parametrize("text, words, actor", [
    ("الزعيم كيم يرد على وزير الدفاع الأمريكي ويؤكد أن الجيش مستعد.", "الجيش مستعد", "kim"),
    ("وزير الدفاع يرد على الزعيم كيم. وأكد كيم أن الجيش مستعد.", "الجيش مستعد", "kim"),
    ("وزير الدفاع يرد على الزعيم كيم، الذي أكد أن الجيش مستعد.", "الجيش مستعد", "kim"),
])
def test_the_tracked_man_answering_an_office_or_named_again_keeps_his_words(text, words, actor):
    # the man as the subject, in a new sentence or in a relative clause after him speaks
    assert actor_of(text, words) == actor


@pytest.mark.parametrize("text, gone, kept, actor", [
    ("كيم يحذر من الرئيس يون ويؤكد أن الجيش مستعد.", "الرئيس يون", "الجيش مستعد", "kim"),
    ("وحذر الزعيم كيم من الرئيس يون سوك يول وأكد أن الردع قائم.", "يون سوك يول", "الردع قائم", "kim"),
    ("التقى كيم جونغ أون بالرئيس مون جاي إن. وأشاد كيم بمون قائلا إن اللقاء مثمر.", "مون", "اللقاء مثمر", "kim"),
    ("وأثنى بيسكوف على الرئيس يون قائلا إن الحوار مفيد.", "الرئيس يون", "الحوار مفيد", "peskov"),
])
def test_a_person_named_as_the_object_is_no_statement(text, gone, kept, actor):
    # «حذر من الرئيس يون ويؤكد …», «أثنى على مون قائلا …»: the words after the marker are only a person (a name,
    # titles, or the bare surname of someone named before); the act that follows holds the words said
    got = found(text)
    assert [a for a, t in got if kept in t] == [actor], got
    assert not any(t.strip() in (gone, "الرئيس " + gone) for _, t in got), got


def test_a_person_named_alone_closing_the_sentence_is_no_statement():
    assert found("وحذر الزعيم كيم من الرئيس يون.") == []


@pytest.mark.parametrize("text", [
    "وأعرب بيسكوف عن ذلك للصحفيين.",
    "وصرح كيربي بذلك للصحفيين أمس.",
    "وأعرب بيسكوف عن ذلك للصحفيين في إفادته اليومية.",
])
def test_a_voicing_verb_whose_object_points_back_is_no_statement(text):
    # «أعرب/صرح … عن ذلك، بذلك»: the words were given before; pronoun and addressee say nothing new
    assert found(text) == []


@pytest.mark.parametrize("text, words", [
    ("ونفى بيسكوف ذلك.", "ذلك"),
    ('وقال بيسكوف: "كاذب".', "كاذب"),
    ("وحذر الزعيم كيم من الرئيس يون وسياساته العدائية.", "سياساته العدائية"),
    ("وأعرب بيسكوف عن ذلك الأمل مرة أخرى.", "ذلك الأمل"),
    ("وحذر الزعيم كيم من أن الرئيس يون يقود البلاد إلى الحرب.", "الرئيس يون يقود"),
])
def test_a_bare_denial_a_quoted_word_and_a_name_inside_longer_words_stay(text, words):
    assert any(words in t for _, t in found(text))


# ---------------------------------------------------------------- «اعتذر X عن …»: an apology names what he apologised for
def test_an_apology_opening_the_sentence_is_the_speaker_s_act():
    text = "اعتذر الرئيس الكوري الجنوبي يون سوك يول عن قراره بإغلاق المعبر، وذلك في كلمة متلفزة مساء الأحد."
    assert found(text, "2023-06-01") == [("yoon", "قراره بإغلاق المعبر")]


@pytest.mark.parametrize("text", [
    "واعتذر الوزير عن الحضور بسبب ارتباطات سابقة.",
    "وأقرت الهيئة بالخطأ واعتذرت عن ذلك.",
    "قال إن الوزير اعتذر عن قراره في اجتماع مغلق.",
])
def test_declining_an_invitation_or_an_apology_pointing_back_is_no_new_apology(text):
    assert not [s for s in found(text, "2023-06-01") if s[1].startswith(("الحضور", "ذلك", "قراره"))]


def test_an_apology_for_not_commenting_is_a_no_comment_like_a_refusal():
    assert found("واعتذر بيسكوف عن التعليق على التقارير.") == [("peskov", "التعليق على التقارير")]


# ================================================================ round 40b: defending a decision is an act of speech
def test_defending_a_decision_with_an_and_gives_the_decision():
    text = "وفي ذكرى التأسيس، دافع كيم عن قرار موسكو إرسال القوات وأبدى دعمه الكامل."
    assert found(text)[0] == ("kim", "قرار موسكو إرسال القوات")


def test_defending_ones_own_decision_names_it():
    assert said("ودافع الرئيس يون سوك يول عن قراره تأجيل الزيارة.", "2023-05-01") == [("yoon", "قراره تأجيل الزيارة")]


@pytest.mark.parametrize("text", ["دافع الجنود عن المدينة طوال الليل.", "ودافعت القوات عن مواقعها في الشمال."])
def test_defending_a_place_is_no_speech(text):
    assert said(text, "2023-05-01") == []


# ---------------------------------------------------------------- a praise verb with a direct object
@pytest.mark.parametrize("text, actor, words", [
    ("وامتدح كيربي قوات التحالف لدورها في الحرب.", "kirby", "قوات التحالف لدورها في الحرب"),
    ("وامتدح ماكرون الجيش الأوكراني لصموده.", "other", "الجيش الأوكراني لصموده"),
])
def test_a_praise_verb_takes_its_object_as_the_words(text, actor, words):
    assert said(text) == [(actor, words)]


@pytest.mark.parametrize("text", [
    "امتدح الجمهور أداء الفريق في المباراة.",
    "قال كيربي إن الوضع صعب. وامتدح الجمهور أداء الفريق.",
])
def test_a_praise_verb_whose_subject_nobody_knows_is_no_statement(text):
    assert not any("الجمهور" in words for _, words in said(text))
