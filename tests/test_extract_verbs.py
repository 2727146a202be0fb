"""Extraction tests for speech verbs and cues: verbs and verb forms the lists lacked, negated verbs that
still report speech, passive and impersonal forms, verbs of opinion, renewals and praise, orders and calls, and
words that look like a speech verb but are something else (a preposition, a noun, an adjective). Each case is a
short invented sentence."""

import pytest

from stance.extract import extract_statements
from tests.conftest import actor_of, actors, found, said

DATE = "2024-03-01"


# ================================================================ speech verbs and verb forms
def test_concluding_verb_introduces_a_quotation():
    text = 'وختم بيسكوف حديثه للصحفيين: "الباب مفتوح دائما أمام الحوار".'
    assert found(text) == [("peskov", "الباب مفتوح دائما أمام الحوار")]


def test_hinting_verb_takes_its_marker():
    text = "وألمح وزير الخارجية إلى إمكانية إجراء اختبار جديد قريبا."
    assert found(text) == [("other", "إمكانية إجراء اختبار جديد قريبا")]


@pytest.mark.parametrize("text, content", [
    ("رجح يون أن تواصل بيونغ يانغ استفزازاتها.", "تواصل بيونغ يانغ استفزازاتها"),
    ("وأثنى بيسكوف على مستوى التنسيق مع الشركاء.", "مستوى التنسيق مع الشركاء"),
    ("وحمل كيربي الكرملين مسؤولية تعثر المفاوضات.", "الكرملين مسؤولية تعثر المفاوضات"),
    ("وقدم يون اعتذاره للعائلات عن بطء الاستجابة.", "اعتذاره للعائلات عن بطء الاستجابة"),
])
def test_new_speech_verbs_work_as_the_first_verb(text, content):
    assert [t for _, t in found(text)] == [content]


def test_the_present_tense_of_nawwaha_reports_a_second_act():
    text = "وأعرب وزير الصحة عن ارتياحه لنتائج الحملة وينوه إلى مشاركة المتطوعين الواسعة في القرى."
    assert found(text) == [("other", "ارتياحه لنتائج الحملة"),
                           ("other", "مشاركة المتطوعين الواسعة في القرى")]


# ---------------------------------------------------------------- verbs
def test_more_speech_verbs():
    assert found("واعترف كيربي بأن واشنطن رصدت شحنات محدودة.") == [("kirby", "واشنطن رصدت شحنات محدودة")]
    assert found("وأصر بيسكوف على أن الاتصالات مستمرة.") == [("peskov", "الاتصالات مستمرة")]
    assert found("وتوقع يون أن تعقد القمة قبل نهاية العام.") == [("yoon", "تعقد القمة قبل نهاية العام")]
    assert found("وأكمل كيم جونغ أون: \"لن نتراجع خطوة\".") == [("kim", "لن نتراجع خطوة")]


# ---------------------------------------------------------------- «وجّه تحذيرا / انتقادات …»
@pytest.mark.parametrize("text, actor, piece", [
    ("وجّه الرئيس الكوري الجنوبي يون سوك يول تحذيرا صريحا إلى الشمال من مغبة أي تجربة نووية سابعة.",
     "yoon", "إلى الشمال من مغبة أي تجربة نووية سابعة"),
    ("ووجه دميتري بيسكوف انتقادات حادة إلى العواصم الأوروبية بسبب قرار تجميد الأصول.",
     "peskov", "العواصم الأوروبية بسبب قرار تجميد الأصول"),
])
def test_a_delivered_warning_or_criticism_is_a_statement(text, actor, piece):
    out = found(text)
    assert len(out) == 1 and out[0][0] == actor and piece in out[0][1]


def test_delivering_something_that_is_not_speech_is_no_statement():
    assert found("ووجه الجيش الكوري الجنوبي ضربة تحذيرية إلى قارب اقترب من الحدود البحرية.") == []


# ---------------------------------------------------------------- «أرجع … إلى …»
def test_putting_a_cause_down_to_something_is_a_statement():
    out = found("وأرجع بيسكوف ارتفاع أسعار الوقود في أوروبا إلى القيود التي فرضتها بروكسل بنفسها.")
    assert len(out) == 1 and out[0][0] == "peskov"
    assert out[0][1].startswith("ارتفاع أسعار الوقود") and out[0][1].endswith("فرضتها بروكسل بنفسها")


# ---------------------------------------------------------------- «وزاد» = and he added
@pytest.mark.parametrize("text, piece", [
    ("قال بيسكوف إن القمة لم تحدد بعد. وزاد بيسكوف: \"ننتظر اقتراحات ملموسة من الجانب الآخر\".",
     "ننتظر اقتراحات ملموسة"),
    ("قال بيسكوف إن القمة لم تحدد بعد.\nوزاد المتحدث باسم الكرملين دميتري بيسكوف:\nلا نرى أي تقدم في هذا الملف حتى الآن.",
     "لا نرى أي تقدم"),
    ("قال بيسكوف إن القمة لم تحدد بعد، وزاد قائلا إن الاتصالات مستمرة عبر القنوات الدبلوماسية.",
     "الاتصالات مستمرة"),
])
def test_zada_before_a_colon_or_qailan_adds_to_the_speaker(text, piece):
    out = found(text)
    assert len(out) == 2 and all(a == "peskov" for a, _ in out) and piece in out[1][1]


@pytest.mark.parametrize("text, count", [
    ("وزاد عدد المصابين إلى: سبعة عشر شخصا في المدينة.", 0),
    ("قال بيسكوف إن القمة لم تحدد بعد. وزاد من حدة انتقاداته للعواصم الأوروبية.", 1),
    ("وزاد التوتر في المنطقة بعد المناورات الأخيرة.", 0),
])
def test_zada_as_increased_is_no_statement(text, count):
    out = found(text)
    assert len(out) == count and not any("انتقاداته" in t or "سبعة عشر" in t for _, t in out)


# ---------------------------------------------------------------- reporting verbs the lists lacked
def test_shajaba_condemns_like_adana():
    assert found("وشجب كيربي الهجوم على القافلة الإنسانية.") == [("kirby", "الهجوم على القافلة الإنسانية")]


def test_afsaha_an_declares():
    assert found("وأفصح بيسكوف عن نية الكرملين إرسال وفد إلى أنقرة.") == [("peskov", "نية الكرملين إرسال وفد إلى أنقرة")]


def test_akhbara_reports_what_was_told():
    assert found("وأخبر كيربي الصحفيين أن الإدارة تراقب الوضع عن كثب.") == [("kirby", "الإدارة تراقب الوضع عن كثب")]


def test_present_yuqirru_with_bi_anna_admits_but_approving_a_budget_is_no_statement():
    assert found("وتقر الحكومة بأن الأزمة أعمق مما توقعت.") == [("other", "الأزمة أعمق مما توقعت")]
    assert found("وتقر الحكومة الموازنة الجديدة الأسبوع المقبل.") == []


def test_a_passive_yudaa_is_no_claim_verb():
    # «يُدعى» (is invited) reads «يدعي» once normalized: it must not cut the words it stands in
    text = "وقال المستشار إن وفد الحركة جاهز لأي منبر تفاوضي يُدعى إليه في الأسابيع المقبلة."
    assert found(text) == [("other", "وفد الحركة جاهز لأي منبر تفاوضي يُدعى إليه في الأسابيع المقبلة")]


# ---------------------------------------------------------------- verbs the lists did not know
def test_a_topic_he_talked_about_is_no_statement_of_its_own():
    # «تحدث عن …» names a topic (earlier real sets do not count it); only the words that follow are statements
    text = "وتحدث الرئيس يون سوك يول عن ملف الطاقة، مؤكدا أن الأسعار ستنخفض قريبا."
    assert found(text) == [("yoon", "الأسعار ستنخفض قريبا")]


def test_a_third_party_who_talks_about_something_inside_someone_s_words_is_no_new_statement():
    text = ("اعتبر رئيس الوزراء البولندي أن المستشار الألماني لا يدرك حجم الخطر عندما يتحدث عن تقليص الدعم "
            "العسكري لكييف.")
    statements = extract_statements(text, date="2024-05-20")
    assert len(statements) == 1 and statements[0].text.startswith("المستشار الألماني لا يدرك")


def test_repeated_what_he_had_called_an_initiative():
    text = ("وكرر الرئيس يون سوك يول، في كلمة بمناسبة عيد التحرير، ما سماه \"العرض الجريء\" لمساعدة الشمال "
            "اقتصاديا.")
    statements = extract_statements(text, date="2022-08-15")
    assert len(statements) == 1 and statements[0].actor == "yoon"
    assert statements[0].text.startswith("ما سماه")


def test_the_lesson_was_repeated_has_no_speaker():
    text = "وتكرر المشهد نفسه في مدينة أخرى بعد أسبوع."
    assert found(text) == []


def test_two_ministers_stressing_together_in_the_dual():
    text = ("التقى وزير الخارجية المصري نظيره الأردني في عمان، حيث أكدا أهمية التهدئة في المنطقة "
            "وفتح المعابر أمام المساعدات.")
    statements = extract_statements(text, date="2023-02-01")
    assert [s.text for s in statements] == ["أهمية التهدئة في المنطقة وفتح المعابر أمام المساعدات"]
    assert statements[0].actor == "other"


def test_aban_is_explained():
    text = "وأبان وزير الخارجية أن الزيارة ستشمل ثلاث عواصم خليجية."
    assert found(text) == [("other", "الزيارة ستشمل ثلاث عواصم خليجية")]


# ---------------------------------------------------------------- «دان» = condemned (أدان without its hamza)
def test_dana_after_a_comma_opener_is_a_condemnation():
    text = 'بدوره، دان الاتحاد الأوروبي، "القصف الذي طال المنشآت المدنية في المدينة".'
    assert said(text, "2024-05-01") == [("other", "القصف الذي طال المنشآت المدنية في المدينة")]


def test_continuation_after_an_institution_that_condemned_is_not_the_spokesman_before_it():
    text = ("قال كيربي إن واشنطن تتابع الوضع. بدوره، دان البيت الأبيض، “الهجوم على الحافلة في المدينة”. "
            "وأضاف: “سنواصل الضغط من أجل التهدئة”.")
    assert actor_of(text, "سنواصل الضغط", "2023-11-20") == "other"
    assert actor_of(text, "واشنطن تتابع", "2023-11-20") == "kirby"


def test_dan_as_a_given_name_inside_a_title_is_no_verb():
    text = "وقال مفوض الشؤون الخارجية دان يورغنسن إن الاتحاد سيدرس حزمة جديدة."
    found = extract_statements(text, date="2024-05-01")
    assert [(s.actor, s.text) for s in found] == [("other", "الاتحاد سيدرس حزمة جديدة")]
    assert found[0].actor_mention.endswith("دان يورغنسن")


# ---------------------------------------------------------------- «أبرز» = underlined
def test_abraza_with_a_complementizer_is_a_verb_of_saying():
    text = "وقال عطاف إن الجزائر متمسكة بالحوار. وأبرز أنه من غير المقبول أن يبقى مجلس الأمن عاجزا."
    assert said(text, "2023-10-08")[1] == ("other", "من غير المقبول أن يبقى مجلس الأمن عاجزا")


def test_abraz_as_a_superlative_is_no_verb():
    assert said("أبرز ما جاء في كلمة الوزير أن الحكومة ماضية في الإصلاح.", "2023-10-08") == []
    text = "وقال الوزير إن من أبرز الملفات التي ناقشها أن الطاقة أولوية."
    assert [s.actor_mention for s in extract_statements(text, date="2023-10-08")] == ["الوزير"]


# ---------------------------------------------------------------- «هنأ», which normalizes to «هنا» (here)
def test_congratulation_spelled_with_its_hamza_is_a_statement():
    text = "وهنأ كيم جونغ أون الرئيس الفيتنامي بالذكرى الثمانين لتأسيس الحزب."
    found = said(text, "2025-02-03")
    assert len(found) == 1 and found[0][0] == "kim"
    assert found[0][1].endswith("بالذكرى الثمانين لتأسيس الحزب")


def test_congratulating_the_tracked_man_is_someone_elses_statement():
    text = "وهنّأ الرئيس الصيني شي جين بينغ الزعيم كيم جونغ أون بعيد ميلاده."
    assert [a for a, _ in said(text, "2025-02-03")] == ["other"]


def test_here_is_still_no_verb():
    assert said("ومن هنا قال كيربي إن واشنطن تراقب.", "2024-03-20") == [("kirby", "واشنطن تراقب")]
    assert said("وقال بيسكوف إن الوضع هادئ وهنا تكمن المشكلة.", "2024-03-20") == [
        ("peskov", "الوضع هادئ وهنا تكمن المشكلة")]


# ---------------------------------------------------------------- asked about
def test_asked_about_opens_the_words_after_its_preposition():
    text = "وتساءل بيسكوف عن الهدف من إرسال مزيد من الصواريخ بعيدة المدى إلى كييف."
    assert said(text, DATE) == [("peskov", "الهدف من إرسال مزيد من الصواريخ بعيدة المدى إلى كييف")]


def test_asked_with_a_colon_still_gives_the_question():
    text = 'وتساءلت النائبة منى حداد: "من سيدفع ثمن هذه القرارات المتسرعة؟".'
    assert [a for a, _ in said(text, DATE)] == ["other"]


# ---------------------------------------------------------------- admitted
def test_admitted_with_the_b_of_its_words_after_a_tracked_speaker():
    text = "وأقر كيربي بصعوبة إيصال المساعدات إلى شمال القطاع في الوقت الحالي."
    assert said(text, DATE) == [("kirby", "صعوبة إيصال المساعدات إلى شمال القطاع في الوقت الحالي")]


def test_admitted_right_after_the_verb_keeps_the_previous_speaker():
    text = "وقال بيسكوف إن المحادثات ستستمر. واعترف بوجود خلافات حول جدول الأعمال."
    assert [a for a, _ in said(text, DATE)] == ["peskov", "peskov"]


def test_admitting_in_the_present_inside_someone_s_words_is_no_new_act():
    text = "وقال كيربي إن واشنطن لا تؤيد العملية، رغم أنها تقر بحق أنقرة في حماية حدودها."
    assert [a for a, _ in said(text, DATE)] == ["kirby"]


def test_a_parliament_approving_a_law_is_no_statement():
    assert said("وأقر البرلمان قانون الموازنة الجديد في جلسته الأخيرة.", DATE) == []
    assert said("وأقر مجلس الوزراء بالإجماع مشروع قانون الاستثمار.", DATE) == []


# ---------------------------------------------------------------- concluded
def test_concluded_that():
    text = "وخلص كيربي إلى أن الدعم الإيراني لموسكو بات يشمل أنظمة أكثر تطورا."
    assert said(text, DATE) == [("kirby", "الدعم الإيراني لموسكو بات يشمل أنظمة أكثر تطورا")]


def test_got_rid_of_is_no_statement():
    assert said("وخلص السكان من آثار الفيضان بعد أسبوعين من العمل المتواصل.", DATE) == []


# ---------------------------------------------------------------- spoke of: a topic, not words (left out on purpose)
def test_spoke_of_a_topic_is_no_statement():
    """«تحدث عن» names what someone talked about; the earlier real sets never count it as a statement."""
    assert said("وتحدث الرئيس هاتفيا مع نظيره الفنلندي عن سبل تطوير التعاون التجاري.", DATE) == []
    assert said("وتحدث بيسكوف عن العلاقات الروسية الهندية في لقائه مع السفير.", DATE) == []


# ---------------------------------------------------------------- went on
def test_went_on_with_a_colon_is_a_continuation():
    text = 'وقال بيسكوف إن موسكو لم تتلق أي عرض. وواصل حديثه: "نحن لا نتفاوض عبر وسائل الإعلام".'
    found = said(text, DATE)
    assert found == [("peskov", "موسكو لم تتلق أي عرض"), ("peskov", "نحن لا نتفاوض عبر وسائل الإعلام")]


def test_an_army_going_on_with_its_shelling_is_no_statement():
    assert said("وواصل الجيش قصف المواقع الحدودية طوال الليل.", DATE) == []


# ---------------------------------------------------------------- explained (بيّن)
def test_explained_that_with_the_shadda_form():
    text = "وبيّن بيسكوف أن الكرملين لم يتسلم حتى الآن أي مقترح مكتوب من واشنطن."
    assert said(text, DATE) == [("peskov", "الكرملين لم يتسلم حتى الآن أي مقترح مكتوب من واشنطن")]


def test_between_is_no_verb_of_explaining():
    assert said("وبين البلدين خلافات قديمة حول ترسيم الحدود البحرية.", DATE) == []
    assert said("ويتراوح عدد الزوار بين أن يزيد قليلا أو ينقص في الشتاء.", DATE) == []


# ---------------------------------------------------------------- commended (نوّه بـ) and an unnamed definite subject
def test_commended_with_b_and_noted_with_ila():
    assert said("ونوه كيم بالتضحيات التي قدمها عمال المنجم خلال الشتاء.", DATE) == [
        ("kim", "التضحيات التي قدمها عمال المنجم خلال الشتاء")]
    assert said("ونوه بيسكوف إلى أن الموعد لم يحدد بعد.", DATE) == [("peskov", "الموعد لم يحدد بعد")]


def test_b_after_an_unnamed_definite_subject_of_a_praise_verb():
    text = "وأشاد الوزير بجهود فرق الإنقاذ التي عملت طوال الليل."
    assert said(text, DATE) == [("other", "جهود فرق الإنقاذ التي عملت طوال الليل")]
    assert said("وأقر الأمين العام بصعوبة الوصول إلى المناطق المنكوبة.", DATE) == [
        ("other", "صعوبة الوصول إلى المناطق المنكوبة")]


def test_b_after_an_object_of_a_demand_verb_keeps_its_old_reading():
    """«طالب» is no b_right_after_verb family: the definite word before its ب stays the object it is."""
    found = extract_statements("وقال بيسكوف إن موسكو تنتظر ردا. وطالب الحكومة البريطانية بتقديم أدلة.", date=DATE)
    assert [s.actor for s in found] == ["peskov", "peskov"]


# ---------------------------------------------------------------- closed (ختم/اختتم) with a verbal noun
def test_closed_a_message_with_a_verbal_noun_of_affirming():
    text = "وختم كيم برقيته بتأكيد استعداد بلاده لتوسيع التعاون مع موسكو."
    assert said(text, DATE) == [("kim", "استعداد بلاده لتوسيع التعاون مع موسكو")]


def test_closed_with_a_call():
    text = "واختتم يون خطابه بدعوة البرلمان إلى إقرار الموازنة دون تأخير."
    assert [a for a, _ in said(text, DATE)] == ["yoon"]


def test_sealing_a_document_is_no_statement():
    assert said("وختم الموظف الوثائق بالشمع الأحمر قبل إرسالها.", DATE) == []


# ---------------------------------------------------------------- cue look-up by word
def test_cue_lookup_by_word_finds_the_same_matches_as_the_pattern():
    from stance.extract.components.cues import cue_matches
    from stance.extract.doc import Doc
    from stance.extract.rules import default_rules
    from stance.lexicon import default_lexicon
    text = ("وقال بيسكوف إن النسبة ارتفعت، فيما أكدت الوزارة تجديد العقد، ونسبت إليه قولا، مضيفا أن "
            "فقال كيربي: «لن نعلق»، ووصف يون التقرير بأنه مبالغ فيه، وعبر الحدود لم يحدث شيء.")
    doc = Doc.read(text, default_lexicon())
    rules = default_rules()
    starts, found = cue_matches(doc, rules)
    expected = list(rules.cue_re.finditer(doc.text))
    assert starts == [m.start() for m in expected]
    assert [(m.end(), m.group(0), m.group(1)) for m in found] == [(m.end(), m.group(0), m.group(1)) for m in expected]


# ================================================================ renewals, praise, thanks, orders and calls
# ---------------------------------------------------------------- «جدد X تأكيده أن …»
def test_renewed_affirmation_with_an_apposition_is_a_statement():
    text = "جدد جون كيربي، المتحدث باسم مجلس الأمن القومي، تأكيده أن الحل العسكري وحده لن ينهي الأزمة."
    assert found(text) == [("kirby", "الحل العسكري وحده لن ينهي الأزمة")]


def test_renewed_affirmation_with_a_noun_object():
    got = found("وجدد الزعيم الكوري الشمالي كيم جونغ أون تأكيده على تمسك بلاده بخيار الردع.")
    assert [a for a, _ in got] == ["kim"] and "تمسك بلاده بخيار الردع" in got[0][1]


def test_renewing_a_contract_is_no_statement():
    assert found("وجدد النادي عقد مدربه الإسباني لموسمين آخرين.") == []


# ---------------------------------------------------------------- «جدد ما أكده سابقا من أن …»
def test_renewing_what_was_said_before_is_a_statement():
    text = 'وجدد بيسكوف ما أكده سابقا من أن "موسكو لن تتراجع عن شروطها".'
    found = said(text, "2024-10-01")
    assert len(found) == 1 and found[0][0] == "peskov" and "موسكو لن تتراجع عن شروطها" in found[0][1]


# ---------------------------------------------------------------- renewal phrases and «منوها بـ»
def test_renewed_affirmation_without_a_pronoun_keeps_the_speaker():
    text = ("وقال بيسكوف إن موسكو تراقب الوضع في المنطقة. "
            "وعلى صعيد آخر، جدد تأكيد ضرورة التوصل إلى هدنة دائمة.")
    assert actor_of(text, "هدنة دائمة") == "peskov"


def test_renewed_affirmation_with_the_article():
    text = "وجدد كيربي التأكيد على التزام واشنطن بأمن حلفائها في آسيا."
    assert actor_of(text, "بأمن حلفائها") == "kirby"


# ---------------------------------------------------------------- «وأعاد الملك … التأكيد على …»
def test_reaffirmation_by_an_honorific_the_lexicon_does_not_know():
    text = "وأعاد الملك عبدالله الثاني التأكيد على تمسك المملكة بحل الدولتين دون أي تنازل."
    found = extract_statements(text)
    assert [(s.actor, s.text) for s in found] == [("other", "على تمسك المملكة بحل الدولتين دون أي تنازل")]


def test_reaffirmation_by_an_office_head():
    assert actor_of("وأعاد رئيس الوزراء الأردني التأكيد على موقف بلاده الثابت.", "موقف بلاده") == "other"


def test_reopening_a_road_after_an_affirmation_is_no_statement():
    assert said("وأعاد الجيش فتح الطريق بعد التأكيد على خلوه من الألغام.") == []


# ---------------------------------------------------------------- thanks, greetings, renewals, recommendations
def test_thanks_and_greetings_as_nominal_acts():
    text = ("كما وجه الحاكم الشكر لأهالي المدينة على صبرهم خلال الحصار.\n"
            "وتوجه المحافظ بالشكر إلى فرق الإنقاذ.\n"
            "وخص بالتحية الأطباء والممرضين على تفانيهم.")
    found = said(text, "2023-05-01")
    assert [a for a, _ in found] == ["other", "other", "other"]
    assert found[0][1].startswith("الشكر لأهالي المدينة")


def test_single_out_is_no_statement_without_its_marker():
    assert said("وفيما يخص الملف النووي، قال كيم إن بلاده مستعدة.", "2023-05-01") == [("kim", "بلاده مستعدة")]
    assert said("ووجه الجيش ضربات إلى مواقع المسلحين.", "2023-05-01") == []


def test_renewed_support_is_a_statement_of_the_speaker():
    text = "وقال كيربي إن الأزمة طويلة.\nو جدد كيربي دعم واشنطن للمجلس الرئاسي في طرابلس."
    found = said(text, "2016-11-02")
    assert len(found) == 2 and found[1][0] == "kirby"
    assert "للمجلس الرئاسي" in found[1][1]


def test_renewal_as_a_noun_is_no_statement():
    assert said("ومع تجدد الدعم الشعبي للحكومة قال يون إن الوضع مستقر.", "2023-05-01") == [("yoon", "الوضع مستقر")]


def test_recommend_is_a_call():
    text = "وأوصى وزير الخارجية الروسي الحكومة السودانية بمراجعة اتفاقات التعاون العسكري."
    found = extract_statements(text, date="2025-12-11")
    assert len(found) == 1 and found[0].actor == "other"
    assert "مراجعة اتفاقات التعاون" in found[0].text


# ---------------------------------------------------------------- denounced, renewed, participles
def test_denounced_takes_its_object():
    text = "واستهجن بيسكوف التصريحات الأخيرة لوزير الدفاع البريطاني."
    assert said(text, DATE) == [("peskov", "التصريحات الأخيرة لوزير الدفاع البريطاني")]


def test_renewed_a_commitment_or_a_regret():
    assert [a for a, _ in said("وجدد كيربي التزام واشنطن بأمن حلفائها في آسيا.", DATE)] == ["kirby"]
    assert [a for a, _ in said("وجدد يون أسفه لسقوط ضحايا في الحادث.", DATE)] == ["yoon"]


def test_a_renewed_contract_is_no_statement():
    assert said("وجددت الشركة عقد المدرب لموسم إضافي.", DATE) == []


def test_praising_and_attributing_participles_open_a_second_act():
    text = "وأشاد كيم بالعلاقات مع روسيا، مثمنا وقوف موسكو إلى جانب بلاده."
    assert said(text, DATE)[-1] == ("kim", "وقوف موسكو إلى جانب بلاده")
    text = "وأقر كيربي بتأخر الشحنات، عازيا ذلك إلى الخلاف داخل الكونغرس."
    found = extract_statements(text, date=DATE)
    assert [s.actor for s in found] == ["kirby", "kirby"]
    assert found[-1].text.endswith("الخلاف داخل الكونغرس")


# ---------------------------------------------------------------- orders given, praise with «ثمّن»
def test_an_order_given_by_the_leader_is_his_statement():
    text = ("تفقد الزعيم كيم جونغ أون مصنعا للمحركات، وأعطى أوامره بـ«مضاعفة الإنتاج قبل نهاية السنة»، "
            "حسبما ذكرت الوكالة المركزية.")
    statements = extract_statements(text, date="2024-08-05")
    assert len(statements) == 1 and statements[0].actor == "kim"
    assert "مضاعفة الإنتاج قبل نهاية السنة" in statements[0].text


def test_directives_issued_are_a_statement():
    text = "وأصدر الرئيس يون سوك يول توجيهات بتشديد الرقابة على أسعار الغذاء."
    assert found(text, "2023-03-09") == [("yoon", "بتشديد الرقابة على أسعار الغذاء")]


def test_a_statement_issued_is_no_order():
    text = "وأصدر الكرملين بيانا عن الزيارة."
    assert found(text, "2023-03-09") == []


def test_praise_with_thamman_is_a_statement_but_the_price_is_not():
    assert found("وثمن الرئيس يون سوك يول جهود الوسطاء في الإفراج عن الرهائن.", "2023-03-09") == [
        ("yoon", "جهود الوسطاء في الإفراج عن الرهائن")]
    assert found("وتابع الجيش أن الشمال سيدفع ثمن أي مغامرة.", "2023-03-09") == [
        ("other", "الشمال سيدفع ثمن أي مغامرة")]


# ---------------------------------------------------------------- an order in the present («كيم يأمر بـ…»)
def test_title_with_an_order_in_the_present():
    text = "الزعيم كيم يأمر بمضاعفة إنتاج الطائرات المسيرة\n\nزار الزعيم الكوري الشمالي مصنعا للطائرات المسيرة."
    assert said(text, "2024-11-15")[:1] == [("kim", "مضاعفة إنتاج الطائرات المسيرة")]


def test_an_order_inside_reported_words_stays_in_them():
    text = "وقال كيم إن الدستور يأمر الجميع بالدفاع عن الوطن."
    assert said(text, "2024-11-15") == [("kim", "الدستور يأمر الجميع بالدفاع عن الوطن")]


# ---------------------------------------------------------------- «إذا دعت الحاجة»
def test_if_need_be_is_not_a_call():
    text = "وقال بيسكوف إن الرئيس مستعد لإجراء اتصال هاتفي مع نظيره إذا دعت الحاجة."
    found = said(text, "2025-03-01")
    assert found == [("peskov", "الرئيس مستعد لإجراء اتصال هاتفي مع نظيره إذا دعت الحاجة")]


def test_a_real_call_keeps_its_statement():
    text = "ودعت الحكومة اللبنانية إلى وقف فوري لإطلاق النار."
    assert said(text, "2025-03-01") == [("other", "وقف فوري لإطلاق النار")]


# ---------------------------------------------------------------- a feminine present call verb after a country opening a line
def test_feminine_present_call_verb_after_a_country_opening_a_line():
    text = "وقال بيسكوف إن الوضع هش.\nروسيا تدعو جميع الأطراف إلى \"الامتناع عن أي خطوة قد تزيد التوتر\"."
    found = said(text, "2022-11-22")
    assert found[0] == ("peskov", "الوضع هش")
    assert [a for a, t in found if "الامتناع عن أي خطوة" in t] == ["other"]


# ================================================================ negated verbs, opinions and no comment
def test_not_revealing_his_name_is_not_a_declaration():
    text = ("قال يون سوك يول إن الأمن الرقمي أولوية. "
            "وقال مسؤول رفيع في المكتب الرئاسي، طلب عدم كشف هويته، إن الهجمات طالت المستشفيات.")
    assert found(text, "2024-02-01")[-1] == ("other", "الهجمات طالت المستشفيات")


def test_denying_that_is_still_a_statement():
    assert found("ونفى بيسكوف ذلك جملة وتفصيلا.") == [("peskov", "ذلك جملة وتفصيلا")]


# ---------------------------------------------------------------- negated verbs that still report speech
def test_an_institution_headline_not_ruling_out_is_its_statement():
    text = "الكرملين لا يستبعد تبادلا جديدا للأسرى مع كييف\nموسكو - تتواصل الاتصالات بين الجانبين."
    assert found(text)[:1] == [("other", "تبادلا جديدا للأسرى مع كييف")]


@pytest.mark.parametrize("text, actor", [
    ("ولم ينف بيسكوف أن الاتصالات مع الجانب الأمريكي مستمرة بعيدا عن الإعلام.", "peskov"),
    ("ولم يستبعد كيربي أن تجري بيونغ يانغ تجربة صاروخية جديدة خلال أيام.", "kirby"),
    ("ولم يؤكد المتحدث باسم الكرملين دميتري بيسكوف الأنباء عن زيارة مرتقبة إلى بكين.", "peskov"),
])
def test_not_denying_not_ruling_out_and_not_confirming_are_statements(text, actor):
    assert actors(text) == [actor]


def test_other_negated_verbs_are_still_no_statement():
    assert found("ولم يوضح بيسكوف سبب تأجيل الزيارة.") == []


def test_an_impersonal_passive_inside_the_words_does_not_split_them():
    text = "وقال بيسكوف إن اللقاء ممكن، ولا يُستبعد أن يجتمع الوفدان في الخريف."
    assert len(found(text)) == 1


# ---------------------------------------------------------------- no comment (ANNOTATION.md §3: label none)
def test_refrained_from_comment_is_a_statement():
    text = "وامتنع كيربي عن التعليق على ما نشرته الصحيفة."
    assert found(text) == [("kirby", "التعليق على ما نشرته الصحيفة")]


def test_refrained_from_something_else_is_not_speech():
    assert found("وامتنع الجيش عن إطلاق النار خلال الهدنة.") == []


# ---------------------------------------------------------------- verbs of opinion with a named subject
def test_country_believes_is_an_other_statement():
    text = "تعتقد اليابان أن التجارب الصاروخية تهدد الملاحة في المنطقة."
    assert found(text) == [("other", "التجارب الصاروخية تهدد الملاحة في المنطقة")]


def test_capital_sees_after_a_tracked_speaker_is_not_his():
    text = "وقال كيربي إن القنوات مفتوحة. وترى بكين أن الضغوط الأمريكية لن تجدي."
    assert found(text) == [("kirby", "القنوات مفتوحة"), ("other", "الضغوط الأمريكية لن تجدي")]


def test_named_person_sees():
    text = "ويرى بيسكوف أن الحديث عن هدنة سابق لأوانه."
    assert found(text) == [("peskov", "الحديث عن هدنة سابق لأوانه")]


def test_impersonal_it_is_believed_is_nobodys_statement():
    text = "وقال كيم جونغ أون إن التجربة نجحت. ويعتقد أن الصاروخ الجديد يعمل بالوقود الصلب."
    assert found(text) == [("kim", "التجربة نجحت")]


def test_unnamed_analysts_view_is_no_statement():
    text = "ويرى خبراء أن العقوبات فقدت أثرها."
    assert found(text) == []


# ---------------------------------------------------------------- «وقال إنه يعتقد أن …»: his own view
@pytest.mark.parametrize("verb, pron, opinion", [("وقال", "إنه", "يعتقد"), ("وأوضح", "أنه", "يرى")])
def test_opinion_verb_after_a_speech_verb_and_its_pronoun_is_the_speakers_words(verb, pron, opinion):
    text = f"قال بيسكوف إن الاتصالات متواصلة. {verb} {pron} {opinion} أن اللقاء سيعقد قبل نهاية الشهر."
    assert found(text) == [("peskov", "الاتصالات متواصلة"), ("peskov", "اللقاء سيعقد قبل نهاية الشهر")]


def test_opinion_verb_with_no_subject_is_still_impersonal():
    assert found("ويعتقد أن اللقاء سيعقد قبل نهاية الشهر.") == []


# ---------------------------------------------------------------- «وقال مسؤول … إنه يعتقد أن …»: the subject in between
@pytest.mark.parametrize("text, words", [
    # an unnamed official, then the pronoun and a verb of opinion (round 33)
    ("وقال مسؤول أوروبي رفيع إنه يعتقد أن المفاوضات ستستأنف قريبا.", "المفاوضات ستستأنف قريبا"),
    # a long description of someone the lexicon does not know, an adverbial and a quoted name (round 33)
    ("وقال مساعد سابق لرئيس الوزراء الأسبق أيضا عبر «تلغرام»، إنه يرى أن الاتفاق لن يصمد.", "الاتفاق لن يصمد"),
    ("وقالت نائبة في البرلمان الأوروبي إنها تعتقد أن العقوبات ستمدد.", "العقوبات ستمدد"),
])
def test_opinion_verb_after_a_speech_verb_its_subject_and_pronoun_is_the_speakers_words(text, words):
    assert found(text) == [("other", words)]


def test_a_view_reported_by_someone_else_is_the_reporters_words():
    # the paper reports what he believes: its words (other), never the spokesman named before
    text = "قال كيربي إن الاتصالات مستمرة. وذكرت الصحيفة أنه يعتقد أن اللقاء سيعقد قبل نهاية الشهر."
    assert found(text) == [("kirby", "الاتصالات مستمرة"), ("other", "اللقاء سيعقد قبل نهاية الشهر")]


def test_opinion_verb_after_a_full_stop_is_still_impersonal():
    # guard: the verb of saying ends its sentence; «ويعتقد أن …» after it has no subject of its own
    text = "وقال مسؤول أوروبي رفيع إن المفاوضات صعبة. ويعتقد أن اللقاء سيعقد قبل نهاية الشهر."
    assert found(text) == [("other", "المفاوضات صعبة")]


def test_opinion_verb_in_a_relative_clause_inside_the_words_stays_in_them():
    # guard: the verb of opinion belongs to a relative clause inside the words said
    text = "وقال كيربي إن الوسيط، الذي يعتقد أن الحل قريب، سيزور المنطقة الأسبوع المقبل."
    assert found(text) == [("kirby", "الوسيط، الذي يعتقد أن الحل قريب، سيزور المنطقة الأسبوع المقبل")]


# ---------------------------------------------------------------- the view of an unnamed group
def test_a_view_of_an_unnamed_group_is_still_no_statement():
    text = "وقال بيسكوف إن الهدنة هشة. ويرى محللون أن الخروقات ستزداد."
    assert said(text, "2022-02-10") == [("peskov", "الهدنة هشة")]


# ================================================================ verbs inside the words said
def test_complementizer_inside_a_commentary_phrase_belongs_to_the_remark():
    text = ("وقال بيسكوف للصحفيين، تعليقا على تصريح لوزير الخارجية الأمريكي بأن موسكو تسلمت صواريخ: "
            "\"كل هذا لا أساس له\".")
    assert found(text) == [("peskov", "كل هذا لا أساس له")]


def test_time_clause_with_baad_an_is_not_the_words_said():
    text = "وأكد بيسكوف بعد أن انتهى الاجتماع أن الاتفاق بات قريبا."
    assert found(text) == [("peskov", "الاتفاق بات قريبا")]


# ---------------------------------------------------------------- verbs inside what was said
def test_verb_of_a_non_person_subject_inside_the_content_does_not_split_it():
    text = "وقال بيسكوف إن موسكو ترفض بشكل قاطع هذه الاتهامات التي لا دليل عليها."
    assert found(text) == [("peskov", "موسكو ترفض بشكل قاطع هذه الاتهامات التي لا دليل عليها")]


def test_continuation_verb_right_after_a_noun_is_not_a_reporting_verb():
    # «أكملت» (completed) after «بلاده» is part of what was said, not «وأكمل» (he went on).
    text = "وحذر كيم الولايات المتحدة من أن بلاده أكملت بناء قوتها الرادعة."
    assert found(text) == [("kim", "بلاده أكملت بناء قوتها الرادعة")]


def test_continuation_verb_after_a_clause_opener_still_reports():
    text = ("جاء ذلك في الإفادة اليومية لبيسكوف، حيث تابع، ردا على سؤال عن التقرير: "
            "\"لا نملك معلومات تؤكد ما نشر\".")
    assert found(text) == [("peskov", "لا نملك معلومات تؤكد ما نشر")]


# ---------------------------------------------------------------- verb forms right after a bare «أن»
def test_verb_form_right_after_bare_an_is_a_verbal_noun_inside_the_content():
    text = "وأشار كيم في اجتماع حزبي إلى أن رفض واشنطن لمطالب بلاده يكشف نواياها."
    got = found(text, "2019-01-27")
    assert got[0] == ("kim", "رفض واشنطن لمطالب بلاده يكشف نواياها")


def test_after_baad_an_the_verb_still_reports_speech():
    text = "وجاءت الخطوة بعد أن قال بيسكوف إن المحادثات لم تنضج بعد."
    assert found(text) == [("peskov", "المحادثات لم تنضج بعد")]


def test_but_he_opens_a_clause_for_an_affirming_verb_with_an_object():
    text = "وأضاف بيسكوف أنه يتمنى حوارا هادئا، ولكنه أكد استحالة التفاوض تحت الضغط."
    # round 8: «ولكنه» (the subject of the next clause) is trimmed from the end of the first span
    assert found(text) == [("peskov", "يتمنى حوارا هادئا"), ("peskov", "استحالة التفاوض تحت الضغط")]


# ---------------------------------------------------------------- «قد» + a continuation verb inside the words
def test_qad_and_a_continuation_verb_inside_the_content_do_not_cut_it():
    text = "وقال كيم جونغ أون إن بلاده قد أكملت بناء الغواصة الجديدة هذا العام."
    assert found(text) == [("kim", "بلاده قد أكملت بناء الغواصة الجديدة هذا العام")]


def test_pluperfect_continuation_verb_still_reports():
    text = "وقال كيربي إن الحوار مستمر. وكان قد أضاف أن الزيارة ستتم في موعدها."
    assert found(text) == [("kirby", "الحوار مستمر"), ("kirby", "الزيارة ستتم في موعدها")]


# ---------------------------------------------------------------- a clause break word opens the clause like a comma
def test_an_object_verb_after_lakinnahu_mid_sentence_opens_its_own_clause():
    text = ("قال جون كيربي إن الضربات كانت دقيقة. وتجنب الخوض في تفاصيل العمليات المقبلة لكنه أكد "
            "جاهزية القوات الأمريكية للرد على أي هجوم جديد.")
    assert actor_of(text, "جاهزية القوات الأمريكية", date="2024-02-03") == "kirby"


def test_an_object_verb_inside_the_words_said_is_still_no_statement():
    text = "قال بيسكوف إن موسكو تلقت معلومات تؤكد ما تقوله الأجهزة الأمنية."
    found = said(text, date="2024-02-03")
    assert len(found) == 1 and found[0][0] == "peskov"


# ---------------------------------------------------------------- a say-verb with no words of its own after «أنه»
def test_a_verb_without_words_of_its_own_after_anhu_does_not_cut_the_words_said():
    text = ("قال الرئيس يون سوك يول إن القمة كانت ناجحة. وأضاف الرئيس أنه اتفق مع رئيس الوزراء الياباني "
            "على \"توسيع تبادل المعلومات العسكرية\"، مشيرا إلى أن الخطوة تحتاج إلى موافقة البرلمان.")
    found = [s for s in extract_statements(text, date="2023-03-17") if "توسيع تبادل" in s.text]
    assert found and found[0].actor == "yoon"


def test_a_nested_verb_after_anhu_with_its_own_words_still_reports_them():
    text = "قال بيسكوف إن الوضع معقد، مشيرا إلى أنه قال بالفعل إن موسكو مستعدة للحوار."
    assert actor_of(text, "موسكو مستعدة للحوار", date="2023-03-17") == "peskov"


def test_however_anhu_before_a_verb_opens_its_own_clause():
    text = ("قال كيربي إن المحادثات كانت بناءة. غير أنه أشار، وفق ما نقلته شبكة أمريكية، إلى أن "
            "الخلافات ما زالت قائمة.")
    assert actor_of(text, "الخلافات ما زالت قائمة", date="2023-03-17") == "kirby"


# ---------------------------------------------------------------- a present verb after a person or a role opening the words said
def test_present_verb_after_a_person_opening_the_words_stays_with_the_speaker():
    text = "وقال بيسكوف إن الكرملين لم يتسلم أي رسالة. وأضاف أن زيلينسكي يرفض أي حوار مع موسكو."
    assert said(text, "2023-04-11") == [("peskov", "الكرملين لم يتسلم أي رسالة"),
                                        ("peskov", "زيلينسكي يرفض أي حوار مع موسكو")]


def test_present_verb_after_a_role_opening_the_words_stays_with_the_speaker():
    text = "وأوضح كيربي أن الرئيس الإيراني يرفض وقف تسليح الحوثيين."
    assert said(text, "2023-04-11") == [("kirby", "الرئيس الإيراني يرفض وقف تسليح الحوثيين")]


# ================================================================ words that look like a speech verb
def test_they_crossed_is_not_they_expressed():
    text = "وقال يون إن الدولة ستقيم حفلا تكريما لمن عبروا الحدود بحثا عن الحرية."
    assert found(text, "2024-07-14") == [("yoon", "الدولة ستقيم حفلا تكريما لمن عبروا الحدود بحثا عن الحرية")]


def test_what_he_called_is_not_a_statement():
    text = "وشدد كيم على جاهزية قواته لمواجهة ما وصفه بـ\"التهديد المتصاعد\"، مما وصفه بـ\"الاستفزاز\" في الجنوب."
    got = found(text)
    assert [a for a, _ in got] == ["kim"] and all(t != "الاستفزاز" for _, t in got)


def test_attributing_credit_is_no_statement():
    assert found("ونسب المدرب الفضل إلى لاعبيه في تحقيق الفوز.") == []


def test_loaded_is_not_blaming():
    # «محملا بالمساعدات» (loaded with aid) is no participle of speech.
    text = "وقال كيربي إن قاربا وصل إلى الميناء محملا بالمساعدات الغذائية."
    assert found(text) == [("kirby", "قاربا وصل إلى الميناء محملا بالمساعدات الغذائية")]


def test_carried_is_not_blamed():
    # «حمل» without «المسؤولية» is «carried»: no statement.
    assert found("وحمل الجنود المصابين إلى المستشفى الميداني.") == []


def test_presented_is_not_an_apology():
    assert found("وقدم الوفد الكوري ملفا فنيا إلى اللجنة.") == []


def test_two_is_not_praise():
    # «اثني عشر» normalizes like «أثنى»: only «أثنى على» is praise.
    assert found("وطردت الحكومة اثني عشر دبلوماسيا من العاصمة.") == []


# ---------------------------------------------------------------- «عبر» = via before another verb's words
def test_via_video_is_not_expressed_when_its_marker_comes_after_the_complementizer():
    text = ('وقال الرئيس "يون" في رسالة مسجلة عبر الفيديو، إنه فخور بما أنجزه الجنود '
            "عن جدارة في المهمة.")
    assert found(text) == [("yoon", "فخور بما أنجزه الجنود عن جدارة في المهمة")]


def test_expressed_with_its_marker_after_adverbials_still_reports():
    text = "وعبر كيربي، في حديث للصحفيين، عن قلق واشنطن من التجربة."
    assert found(text) == [("kirby", "قلق واشنطن من التجربة")]


# ---------------------------------------------------------------- «عبر» as a preposition before a quotation
def test_via_the_telephone_before_a_quotation_is_no_verb():
    text = ('وقال المتحدث باسم الكرملين دميتري بيسكوف في إيجاز عبر الهاتف مع الصحفيين '
            '"لا نملك معلومات عن هذا الاجتماع".')
    assert found(text) == [("peskov", "لا نملك معلومات عن هذا الاجتماع")]


def test_the_verb_of_expressing_with_its_marker_still_counts():
    assert found("وعبر كيربي عن قلقه من التجربة الصاروخية.") == [("kirby", "قلقه من التجربة الصاروخية")]


# ---------------------------------------------------------------- «عبر» = via
def test_via_the_telephone_is_not_a_verb_of_expressing():
    text = 'ورد بيسكوف، في إفادة عبر الهاتف على سؤال عن موعد القمة، قائلا "لم يحدد أي موعد بعد".'
    assert said(text, "2024-05-01") == [("peskov", "لم يحدد أي موعد بعد")]


def test_via_a_video_link_then_the_words_after_the_complementizer():
    text = "وقال الرئيس الأوكراني في كلمة عبر الفيديو أمام البرلمان الأوروبي إن بلاده تحتاج إلى مزيد من الدفاعات."
    assert said(text, "2024-05-01") == [("other", "بلاده تحتاج إلى مزيد من الدفاعات")]


def test_expressed_with_its_speaker_right_after_stays_a_statement():
    assert actor_of("وعبر بيسكوف عن أسفه لقرار البرلمان الأوروبي.", "أسفه", "2024-05-01") == "peskov"
    assert said("وعبرت الخارجية الروسية عبر بيان عن قلقها من المناورات.", "2024-05-01") == [
        ("other", "قلقها من المناورات")]


# ---------------------------------------------------------------- «القائلة بأن» belongs to the claims
def test_claims_described_with_alqaila_bi_anna_are_not_the_words_said():
    text = ('وقال المتحدث باسم الكرملين دميتري بيسكوف، لدى سؤاله عن التقارير القائلة بأن وفدا روسيا '
            'زار المنطقة سرا، إن "هذا الملف من اختصاص وزارة الخارجية".')
    assert found(text) == [("peskov", "هذا الملف من اختصاص وزارة الخارجية")]


# ---------------------------------------------------------------- round 22: verbs of saying the press uses rarely
def test_awrada_with_a_complementizer_reports_speech():
    text = "وأورد المتحدث باسم الكرملين دميتري بيسكوف أن موسكو لا تنوي إرسال وفد جديد هذا الشهر."
    assert found(text) == [("peskov", "موسكو لا تنوي إرسال وفد جديد هذا الشهر")]


def test_awrada_with_a_plain_object_is_no_statement():
    assert found("وأورد التقرير السنوي أرقاما جديدة عن حركة الموانئ.") == []


def test_dhahaba_ila_anna_reports_an_opinion():
    text = "وذهب وزير الخارجية الجزائري إلى أن الحوار المباشر هو الطريق الوحيد لحل الأزمة."
    assert found(text) == [("other", "الحوار المباشر هو الطريق الوحيد لحل الأزمة")]


def test_dhahaba_ila_a_place_is_no_statement():
    assert found("وذهب وزير الخارجية الجزائري إلى موسكو للمشاركة في اجتماع وزاري.") == []


def test_a_noun_radd_before_a_participle_marker_is_no_reply_verb():
    text = "وقال مسؤول في الوزارة إن الحكومة ماضية في خطتها، وإن رد الجيران لن يبدلها، مشيرا إلى أن اللجنة ستجتمع غدا."
    assert found(text) == [("other", "الحكومة ماضية في خطتها، وإن رد الجيران لن يبدلها"),
                           ("other", "اللجنة ستجتمع غدا")]


def test_tahaddatha_an_a_quotation_reports_the_words():
    text = 'وتحدث بيسكوف عن "مرحلة عصيبة في العلاقات مع الغرب" خلال لقاء مع طلاب الجامعة.'
    assert found(text) == [("peskov", "مرحلة عصيبة في العلاقات مع الغرب")]


@pytest.mark.parametrize("text", [
    "وتحدث بيسكوف عن العلاقات مع الصين خلال لقاء مع طلاب الجامعة.",
    'وقال الوزير، ردا على سؤال عن تقارير صحفية تحدثت عن "صفقة سرية"، إن الحكومة لا تعلق على الشائعات.',
])
def test_tahaddatha_an_a_topic_or_inside_a_described_report_is_no_statement(text):
    assert all("صفقة سرية" not in t and "الصين" not in t for _, t in found(text))


def test_jaddada_al_ishada_opens_praise():
    text = "وجدد الرئيس الفلسطيني الإشادة بالجهود المصرية لوقف الحرب على القطاع."
    assert found(text) == [("other", "بالجهود المصرية لوقف الحرب على القطاع")]


@pytest.mark.parametrize("text, content", [
    ("ورحب رئيس دولة فلسطين، محمود عباس، بمبادرة التهدئة الجديدة.", "مبادرة التهدئة الجديدة"),
    ("وتعهد وزير الدفاع التونسي، سالم الهادي، بمواصلة تحديث الجيش.", "مواصلة تحديث الجيش"),
])
def test_an_office_and_its_holder_in_commas_praise_or_pledge_with_b(text, content):
    assert found(text) == [("other", content)]


@pytest.mark.parametrize("text, expected", [
    ("وقال الوزير إن الحكومة ستلغي القرار. وجاء ذلك إثر رفض البرلمان للخطة.", [("other", "الحكومة ستلغي القرار")]),
    ("وعلق الكرملين على تصريحات الرئيس الأمريكي حول وصف الحرب بأنها معركة أطفال.", []),
    ("وكان الرئيس قد ألغى المرسوم بعد ساعات إثر رفض البرلمان له.", []),
])
def test_a_verbal_noun_right_after_a_preposition_opens_no_statement(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("أقسم الرئيس على أنه لن يبقى في منصبه يوما واحدا إذا رفضه الناس.",
     [("other", "لن يبقى في منصبه يوما واحدا إذا رفضه الناس")]),
    ('وأقسم الوزير بأنه "لم يخف شيئا عن المواطنين".', [("other", "لم يخف شيئا عن المواطنين")]),
    ("وأقسمت الوزيرة أن الأرقام المنشورة صحيحة.", [("other", "الأرقام المنشورة صحيحة")]),
])
def test_aqsama_with_a_complementizer_reports_what_was_sworn(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "أقسم الرئيس الجديد اليمين الدستورية أمام البرلمان صباح اليوم.",
    "وأقسم النواب على احترام الدستور والقانون في الجلسة الأولى.",
    "وقد أقسم أعضاء الحكومة أمام الملك بعد ذلك بساعة.",
])
def test_aqsama_naming_an_oath_of_office_is_no_statement(text):
    assert found(text) == []


# ---------------------------------------------------------------- an outlet that published a report of its own
def test_an_outlet_that_published_that_something_happened_is_its_statement():
    text = "ومن ناحية أخرى نشرت صحيفة \"المساء\" الفرنسية مطلع الشهر أن قوافل الإغاثة توقفت عند المعبر."
    assert said(text, DATE) == [("other", "قوافل الإغاثة توقفت عند المعبر")]


@pytest.mark.parametrize("text, expected", [
    ("ونشرت وزارة الدفاع صورا تظهر أن السفينة غرقت قرب الساحل.", []),
    ("وقال بيسكوف إن نص الاتفاقية نشرت بنوده كاملة، ولا حاجة لتعليق آخر.",
     [("peskov", "نص الاتفاقية نشرت بنوده كاملة، ولا حاجة لتعليق آخر")]),
    ("وقال كيربي إن إعادة نشر القوات على الحدود ستكتمل قريبا.",
     [("kirby", "إعادة نشر القوات على الحدود ستكتمل قريبا")]),
])
def test_published_without_an_outlet_right_after_it_reports_nothing_and_cuts_nothing(text, expected):
    assert said(text, DATE) == expected


# ---------------------------------------------------------------- round 41: a relative clause with its own speaker
@pytest.mark.parametrize("lead", ["وتحدث الوزير عن الأزمة", "وقال كيربي إن واشنطن تتابع الأزمة"])
def test_a_relative_verb_with_a_person_and_a_bare_complementizer_before_the_heads_pronoun_is_his(lead):
    text = f"{lead} التي قال بيسكوف إن تسويتها تحتاج إلى وقت طويل."
    assert ("peskov", "تسويتها تحتاج إلى وقت طويل") in said(text)

