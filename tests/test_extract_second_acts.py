"""Extraction tests for a speaker's second act in the same sentence: participles (مؤكدا، مشيرا، واصفا …),
«و» + a past speech verb, describe-as phrases, «مع تأكيده على أن», verbal nouns that are no new verb, and how one
speaker's words are split into separate statements. Each case is a short invented sentence."""

import pytest

from stance.extract import extract_statements
from tests.conftest import actor_of, actors, found, said


# ================================================================ participles
def test_participle_after_a_dateline_and_a_non_speech_verb():
    text = "موسكو – اعترض دميتري بيسكوف على عبارات الرئيس الأمريكي، قائلا: \"هذه لغة لا نقبلها\"."
    assert found(text) == [("peskov", "هذه لغة لا نقبلها")]


def test_participle_description_in_quotes_after_b():
    text = "هاجم الزعيم كيم جونغ أون بحدة الرئيس يون سوك يول، واصفا إياه بـ\"رجل مضطرب يلعب بالنار\"."
    assert found(text) == [("kim", "رجل مضطرب يلعب بالنار")]


def test_no_reason_to_is_not_a_participle():
    # «لا يرى داعيا لـ…» (sees no reason to): one statement
    text = "وقال بيسكوف إن الكرملين لا يرى داعيا لمراجعة الاتفاق."
    assert found(text) == [("peskov", "الكرملين لا يرى داعيا لمراجعة الاتفاق")]


def test_participle_munawwihan_with_b_opens_the_words():
    text = "وقال وزير الخارجية إن البلدين متفقان على توسيع التعاون، منوها بأهمية الاتفاقات الموقعة أمس."
    assert actor_of(text, "الاتفاقات الموقعة") == "other"


def test_participle_munawwihan_after_a_tracked_speaker_is_his():
    text = "وقال يون سوك يول إن سيول مستعدة للحوار، منوها بجهود الوسطاء في تخفيف التوتر."
    assert actor_of(text, "جهود الوسطاء") == "yoon"


# ---------------------------------------------------------------- participles
def test_participle_after_a_non_speech_verb_takes_the_clause_subject():
    text = "واعترض المتحدث باسم الكرملين دميتري بيسكوف، قائلا: \"هذه لغة لا نقبلها من أحد\"."
    assert found(text) == [("peskov", "هذه لغة لا نقبلها من أحد")]


def test_participle_subject_beats_the_previous_sentence_speaker():
    text = ("وقال كيربي إن واشنطن تتابع التطورات. "
            "وهاجم الرئيس الكوري الجنوبي يون سوك يول سلوك الشمال، مؤكدا أن الرد سيكون حاسما.")
    assert found(text) == [("kirby", "واشنطن تتابع التطورات"), ("yoon", "الرد سيكون حاسما")]


def test_participle_keeps_the_previous_speaker_when_the_clause_names_nobody():
    text = "قال بيسكوف إن الحوار ممكن. وتطرق إلى ملف الأسرى، مشيرا إلى أن التبادل قد يتم قريبا."
    assert [a for a, _ in found(text)] == ["peskov", "peskov"]


def test_participle_inside_another_verbs_region_is_not_a_new_subject():
    # «وداعية» (farewell) looks like a participle; the clause is governed by قال, whose subject is the role.
    text = "سيئول (يونهاب) – قال الرئيس الكوري الجنوبي في كلمة وداعية اليوم إن البلاد تغيرت كثيرا."
    assert found(text, "2022-05-09") == [("other", "البلاد تغيرت كثيرا")]


def test_new_participle_forms_continue_the_speaker():
    text = "وأضاف كيربي أن الإنزال الجوي صعب، مردفا: «نبذل كل ما في وسعنا لإيصال الغذاء»."
    assert found(text) == [("kirby", "الإنزال الجوي صعب"), ("kirby", "نبذل كل ما في وسعنا لإيصال الغذاء")]


def test_feminine_participle_after_a_tracked_man_alone_in_the_sentence_is_his():
    text = 'وقال بيسكوف إن "موسكو لم تبدأ هذا التصعيد"، موضحة أن الغرب يتحمل المسؤولية.'
    assert actors(text) == ["peskov", "peskov"]


def test_feminine_participle_after_a_woman_named_in_his_words_is_not_his():
    text = "وقال بيسكوف إن زاخاروفا ستعقد مؤتمرا صحفيا، موضحة أن الموعد لم يحدد."
    assert actors(text) == ["peskov", "other"]


def test_feminine_participle_after_a_feminine_verb_stays_other():
    text = "وقالت الرئاسة إن الزيارة تأجلت، موضحة أن الموعد الجديد لم يحدد."
    assert actors(text) == ["other", "other"]


def test_feminine_participle_after_an_agency_reporting_a_man_is_the_agency():
    text = "وذكرت الوكالة أن كيم جونغ أون دعا إلى مضاعفة الإنتاج، مضيفة أن المصانع ستعمل بلا توقف."
    assert actors(text) == ["kim", "other"]


# ---------------------------------------------------------------- second acts carried by a participle
def test_participle_with_its_marker_and_a_dual_complementizer_is_a_second_statement():
    text = "وأوضح كيربي أن غياب الاتصال لا يعني خلافا، لافتا إلى أنهما يتشاوران بانتظام."
    assert found(text) == [("kirby", "غياب الاتصال لا يعني خلافا"), ("kirby", "يتشاوران بانتظام")]


def test_participle_marker_opens_a_noun_content_without_complementizer():
    text = "وأشار بيسكوف إلى أهمية الحوار مع الجيران، مشددا على ضرورة احترام المصالح المتبادلة."
    assert found(text) == [("peskov", "أهمية الحوار مع الجيران"), ("peskov", "ضرورة احترام المصالح المتبادلة")]


def test_calling_participle_without_comma_splits_the_statement():
    text = "أكد كيم أن الجار الجنوبي خصم دائم داعيا إلى تعزيز الردع على طول الحدود."
    assert found(text, "2024-01-20") == [("kim", "الجار الجنوبي خصم دائم"), ("kim", "تعزيز الردع على طول الحدود")]


def test_warning_participle_with_a_noun_object_before_its_marker():
    text = "قال يون إن الجيش مستعد، محذرا القيادة في الشمال من أنها ستدفع ثمن أي مغامرة."
    got = found(text, "2023-10-01")
    assert got[0] == ("yoon", "الجيش مستعد")
    assert got[1][0] == "yoon" and got[1][1].endswith("ستدفع ثمن أي مغامرة")


def test_short_clause_after_a_complementizer_is_kept_before_a_participle():
    # «… أن موسكو ستتابع، مضيفا …»: two words after أن are a clause said, not an object of the verb.
    text = "وقال بيسكوف إن التقرير مضلل، مشيرا إلى أن موسكو سترد، مضيفا أن الرد سيكون مدروسا."
    assert [a for a, _ in found(text)] == ["peskov", "peskov", "peskov"]
    assert found(text)[1] == ("peskov", "موسكو سترد")


# ---------------------------------------------------------------- participles that open a second act
@pytest.mark.parametrize("participle, second", [
    ("مرجحا أن", "تستأنف الاتصالات قبل نهاية الشهر"),
    ("مستبعدا", "تغيير الموقف الروسي في المدى القريب"),
    ("معلنا أن", "وفدا سيتوجه إلى أنقرة الأسبوع المقبل"),
    ("معترفا بأن", "المشاورات لم تحقق تقدما يذكر"),
    ("مذكرا بأن", "الرئيس اقترح هذه الصيغة منذ عامين"),
    ("آملا أن", "تجد الأطراف أرضية مشتركة"),
    ("مجددا التأكيد على أن", "الحوار هو السبيل الوحيد"),
])
def test_participle_with_complementizer_opens_a_second_statement(participle, second):
    text = f"وقال بيسكوف إن موسكو تتابع التطورات بانتباه، {participle} {second}."
    assert found(text) == [("peskov", "موسكو تتابع التطورات بانتباه"), ("peskov", second)]


@pytest.mark.parametrize("participle, second", [
    ("متهما", "بكين بتقويض الاستقرار في المضيق"),
    ("مطالبا", "موسكو بوقف شحنات الوقود إلى بيونغ يانغ"),
    ("رافضا", "أي ربط بين الملفين"),
    ("مبديا", "استعداد واشنطن لتقديم مساعدات إنسانية"),
    ("محملا", "الشمال المسؤولية الكاملة عن التوتر"),
    ("منتقدا", "صمت المجتمع الدولي إزاء التجارب"),
    ("مشيدا", "بالتنسيق الوثيق مع طوكيو"),
    ("متعهدا", "بمواصلة الضغط حتى تتوقف التجارب"),
    ("مناشدا", "الكونغرس الإسراع في إقرار التمويل"),
])
def test_participle_with_object_opens_a_second_statement(participle, second):
    text = f"وقال كيربي إن الإدارة قلقة من وتيرة الإطلاقات، {participle} {second}."
    assert found(text) == [("kirby", "الإدارة قلقة من وتيرة الإطلاقات"), ("kirby", second)]


def test_feminine_participle_keeps_a_woman_speaker():
    text = "وقالت المتحدثة باسم الوزارة إن الاجتماع كان مثمرا، مرجحة أن يعقد اجتماع ثان في الخريف."
    assert [t for _, t in found(text)] == ["الاجتماع كان مثمرا", "يعقد اجتماع ثان في الخريف"]


def test_question_participle_with_an_preposition():
    text = "وقال يون إن الإطلاق الأخير استفزاز واضح، متسائلا عن الهدف من توقيته."
    assert found(text) == [("yoon", "الإطلاق الأخير استفزاز واضح"), ("yoon", "الهدف من توقيته")]


def test_bare_mujaddadan_is_the_adverb_again():
    # «مجددا» alone means «again»: no second statement, the words run on.
    text = "وقال بيسكوف إن الكرملين لن يعلق مجددا على هذه الشائعات."
    assert found(text) == [("peskov", "الكرملين لن يعلق مجددا على هذه الشائعات")]


# ---------------------------------------------------------------- feminine participle forms that are nouns
def test_feminine_participle_form_right_after_a_word_is_a_noun():
    text = "وقال بيسكوف إن الكرملين سيواصل متابعة الوضع عن كثب."
    assert found(text) == [("peskov", "الكرملين سيواصل متابعة الوضع عن كثب")]


def test_feminine_participle_after_a_comma_still_carries_her_words():
    text = "وقالت المتحدثة إن الوفد وصل، مضيفة أن المحادثات تبدأ غدا."
    assert found(text) == [("other", "الوفد وصل"), ("other", "المحادثات تبدأ غدا")]


# ---------------------------------------------------------------- participles after a clause that names someone else
def test_participle_after_a_discourse_opener_and_a_named_subject():
    text = ("وقال كيربي إن واشنطن لم تشارك في الهجوم.\n"
            "على صعيد آخر رد المتحدث باسم الكرملين، دميتري بيسكوف، على الاتهامات، مؤكدا أن موسكو قالت ما تريد.")
    assert found(text, "2023-05-04") == [("kirby", "واشنطن لم تشارك في الهجوم"), ("peskov", "موسكو قالت ما تريد")]


def test_participle_in_a_clause_naming_only_other_people_is_not_the_previous_speaker():
    text = ("وقال بيسكوف إن الكرملين يتابع المحادثات.\n"
            "واستقبل وزير الخارجية سيرغي لافروف نظيره الصيني في موسكو أمس، مشيرا إلى أن العلاقات تمر بأفضل مراحلها.")
    assert found(text)[-1][0] == "other"


def test_participle_in_a_clause_naming_the_previous_speaker_stays_his():
    text = ("وقال كيربي إن الإدارة قلقة.\n"
            "وانتقد كيربي موقف الرئيس الروسي، مؤكدا أن الحرب يجب أن تتوقف.")
    assert found(text, "2023-02-01")[-1] == ("kirby", "الحرب يجب أن تتوقف")


# ---------------------------------------------------------------- a fronted adverbial before verb and subject
def test_participle_after_a_fronted_adverbial_and_a_non_speech_verb_is_the_subjects():
    text = "وخلال إحاطة عقدها مساء الثلاثاء، تطرق كيربي إلى صفقة الأسرى، مشيرا إلى أن الفجوات ما زالت قائمة."
    assert found(text) == [("kirby", "الفجوات ما زالت قائمة")]


def test_fronted_adverbial_that_names_someone_is_not_skipped():
    text = "وخلال لقائه مع بيسكوف، تطرق الوزير إلى ملف الطاقة، مشيرا إلى أن الأسعار سترتفع."
    assert all(a != "peskov" for a, _ in found(text))


# ---------------------------------------------------------------- a name inside the object
def test_name_inside_the_b_object_is_not_the_participles_subject():
    text = "وأشاد وزير الخارجية سامي نور في كلمة منفصلة بتعيين كيربي مؤكدا أن \"قلة يجيدون الشرح مثله\"."
    got = found(text)
    assert got and all(a == "other" for a, _ in got)


def test_name_right_before_the_participle_still_speaks():
    text = "وردّ عليه الرئيس يون بالقول إن الحكومة لن تتراجع عن الإصلاح."
    assert found(text, "2023-06-01") == [("yoon", "الحكومة لن تتراجع عن الإصلاح")]


# ---------------------------------------------------------------- «معبرا عن» as a participle of speech
def test_expressing_as_a_participle_is_a_second_act_of_the_speaker():
    text = "وقال كيربي إن واشنطن تراقب الوضع، معبرا عن قلقه من التعاون العسكري."
    assert found(text) == [("kirby", "واشنطن تراقب الوضع"), ("kirby", "قلقه من التعاون العسكري")]


def test_a_crossing_is_no_participle():
    assert found("وافتتحت السلطات معبرا حدوديا جديدا مع الصين.") == []


# ---------------------------------------------------------------- «معقبا:» opens a second act
def test_a_quote_after_muaqqiban_is_a_second_statement_of_the_speaker():
    text = "وشدد كيربي على أهمية حماية العاملين في الإغاثة، معقبا: «لن نقبل باستهداف القوافل»."
    found = said(text)
    assert ("kirby", "لن نقبل باستهداف القوافل") in found
    first = [w for a, w in found if "حماية العاملين" in w]
    assert first and "معقبا" not in first[0]


def test_muaqqiban_after_an_indirect_report_splits_it():
    text = "وأكد بيسكوف أن الحوار ممكن، معقبا: «لكن ليس بأي ثمن»."
    found = said(text)
    assert ("peskov", "لكن ليس بأي ثمن") in found
    assert any(a == "peskov" and w.startswith("الحوار ممكن") and "معقبا" not in w for a, w in found)


def test_muaqqiban_ala_between_the_name_and_the_words_is_still_a_commentary_phrase():
    text = "وقال بيسكوف، معقبا على تصريحات الرئيس الفرنسي، إن موسكو لا ترى جديدا فيها."
    found = said(text)
    assert found == [("peskov", "موسكو لا ترى جديدا فيها")]


# ================================================================ describe-as
def test_describe_as_content_starts_after_the_marker():
    assert found("ووصف بيسكوف الاتهامات الغربية بأنها كذبة جديدة.") == [("peskov", "كذبة جديدة")]


def test_describe_as_with_an_unnamed_subject_is_not_the_previous_speaker():
    text = "قال يون سوك يول إن الإطلاق مرفوض. وفي طوكيو، وصف كبير المتحدثين باسم الحكومة اليابانية الإطلاق بأنه عمل متهور."
    got = found(text)
    assert got[0][0] == "yoon"
    assert got[1] == ("other", "عمل متهور")


# ---------------------------------------------------------------- describe-as and other second acts
def test_describing_participle_with_an_object_pronoun_then_bianna():
    text = "رفض كيم اتهامات الجيران لبلاده، واصفا إياها بأنها ذريعة مكشوفة لتبرير المناورات."
    assert found(text, "2023-08-01") == [("kim", "اتهامات الجيران لبلاده"),
                                         ("kim", "ذريعة مكشوفة لتبرير المناورات")]


def test_describing_verb_with_an_object_pronoun_is_a_second_act():
    text = "ونفى بيسكوف الأنباء عن صفقة جديدة، ووصفها بأنها «اختلاق صحفي آخر»."
    assert found(text) == [("peskov", "الأنباء عن صفقة جديدة"), ("peskov", "اختلاق صحفي آخر")]


def test_but_he_added_with_istadrak():
    text = "وقال كيربي إن الإطلاق لا يهدد الأراضي الأميركية. لكنه استدرك بأن التجربة تنتهك القرارات الدولية."
    assert found(text, "2023-07-12")[-1] == ("kirby", "التجربة تنتهك القرارات الدولية")


def test_reply_verb_with_bianna_and_a_pronoun():
    text = "وعندما سئل عن الصواريخ بعيدة المدى، رد كيربي بأنه لن يسبق قرار الرئيس."
    assert found(text, "2023-07-12") == [("kirby", "لن يسبق قرار الرئيس")]


def test_bil_qawl_after_a_person_named_in_a_relative_clause():
    text = "وهو ما علّق عليه الرئيس يون سوك يول بالقول إن الشمال لم يقدم أي دليل."
    assert found(text, "2024-10-15") == [("yoon", "الشمال لم يقدم أي دليل")]


def test_bil_qawl_with_a_pronoun_subject_keeps_the_speaker():
    text = "وقال يون إن اليوم سيبقى مناسبة سنوية.\n\nثم خاطب الضيوف بالقول: «أنتم جزء من هذا الوطن»."
    assert found(text, "2024-07-14")[-1] == ("yoon", "أنتم جزء من هذا الوطن")


def test_purpose_verb_after_he_returned_keeps_the_speaker():
    text = "وقال بيسكوف إن المبادرة غير واقعية.\nلكنه عاد ليؤكد أن موسكو منفتحة على الحوار."
    assert found(text)[-1] == ("peskov", "موسكو منفتحة على الحوار")


def test_purpose_verb_after_an_office_is_not_the_person_named_earlier():
    text = ("انتشر تسجيل منسوب للرئيس يون سوك يول، يظهر فيه وهو يتحدث عن الشمال، "
            "قبل أن يخرج المكتب الرئاسي ليؤكد أن التسجيل مفبرك.")
    assert found(text, "2024-05-01")[-1] == ("other", "التسجيل مفبرك")


# ---------------------------------------------------------------- describe-as with a role, comma, name, comma
def test_description_after_an_apposed_name_is_found_before_a_second_act():
    text = ("وصف زعيم كوريا الشمالية، كيم جونغ أون، المناورات المشتركة بأنها «بروفة لغزو شامل»، "
            "وطالب سيول بإلغائها فورا، متعهدا بتعزيز الردع.")
    got = found(text)
    assert got[0] == ("kim", "بروفة لغزو شامل")
    assert [a for a, _ in got] == ["kim", "kim", "kim"]


def test_description_span_starts_after_the_marker_when_a_comma_precedes_the_object():
    text = "ووصف المتحدث باسم الكرملين، دميتري بيسكوف، القرار بأنه خطوة عدائية جديدة."
    assert found(text) == [("peskov", "خطوة عدائية جديدة")]


def test_real_apposition_before_an_object_is_still_skipped():
    text = "ونفى بيسكوف، المتحدث باسم الكرملين، وجود أي اتصالات سرية مع واشنطن."
    assert found(text) == [("peskov", "وجود أي اتصالات سرية مع واشنطن")]


# ---------------------------------------------------------------- a describe verb inside the words, after «و», and a lone ب
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


# ================================================================ «و» + a verb, and other second acts of the same speaker
def test_verb_joined_by_wa_after_a_comma_shares_the_subject_of_the_clause_before():
    text = ("وقال يون إن الردع يتعزز. وفي واشنطن، رحب كيربي بتصريحات يون، "
            "وقال إن المظلة الأمريكية تشمل الحليف بالكامل.")
    assert found(text, "2023-04-28")[-1] == ("kirby", "المظلة الأمريكية تشمل الحليف بالكامل")


def test_wa_verb_with_resumptive_pronoun_goes_on_a_relative_clause():
    # «… التصريحات التي أدلى بها …، ولوّح فيها بـ…»: the threat belongs to the remarks described, not to the
    # speaker of the sentence
    text = ("وهاجم كيم جونغ أون الرئيس الأمريكي، متوعدا بأنه سيندم على التصريحات التي أدلى بها في نيويورك، "
            "ولوّح فيها بتدمير بلاده.")
    statements = found(text, "2017-09-22")
    assert len(statements) == 1
    assert statements[0][0] == "kim" and statements[0][1].startswith("سيندم على التصريحات")


# ---------------------------------------------------------------- second acts
def test_short_quotation_right_after_the_name_then_a_joined_description():
    text = 'وقال كيربي "لن نقبل بذلك" ووصف التحرك الصيني بأنه استفزاز غير مبرر.'
    assert found(text) == [("kirby", "لن نقبل بذلك"), ("kirby", "استفزاز غير مبرر")]


def test_but_he_opens_a_second_act_of_the_same_speaker():
    text = "وأكد بيسكوف أن موسكو منفتحة على التفاوض لكنه شدد على أن الشروط لم تتغير."
    assert found(text) == [("peskov", "موسكو منفتحة على التفاوض"), ("peskov", "الشروط لم تتغير")]


def test_a_reported_thing_as_subject_still_stays_inside_the_words():
    text = "وقال بيسكوف إن موسكو تصر على موقفها من المفاوضات."
    assert found(text) == [("peskov", "موسكو تصر على موقفها من المفاوضات")]


# ---------------------------------------------------------------- «، و» + a past speech verb, no new subject
@pytest.mark.parametrize("joined, second", [
    ("ورجح أن", "يزور المبعوث المنطقة قريبا"),
    ("وأثنى على", "دور الوسطاء في التهدئة"),
    ("وحمل", "الجانب الآخر مسؤولية انهيار الهدنة"),
    ("وناشد", "الأطراف ضبط النفس"),
    ("وشكر", "الحكومة القطرية على جهودها"),
    ("واقترح", "عقد جولة في جنيف"),
])
def test_wa_and_a_past_speech_verb_opens_a_second_statement(joined, second):
    text = f"وقال كيربي إن واشنطن تدعم المسار الدبلوماسي، {joined} {second}."
    assert found(text) == [("kirby", "واشنطن تدعم المسار الدبلوماسي"), ("kirby", second)]


# ---------------------------------------------------------------- subjects of a verb joined by و
def test_verb_after_a_clause_with_a_quoted_name_and_no_comma():
    text = ('قال مسؤول إن الإدارة تتابع. وفيما يتعلق بالصحفيين، فقد دافع "كيربي" عن الحليف '
            'وقال: "لا أعتقد أن ذلك متعمد".')
    assert found(text, "2023-12-13")[-1] == ("kirby", "لا أعتقد أن ذلك متعمد")


def test_but_he_after_a_name_ending_the_content_keeps_the_speaker():
    text = "وأضاف بيسكوف أنه بحث عن أي إساءة من بوتين تجاه بايدن، ولكنه أكد عدم العثور على شيء."
    assert [a for a, _ in found(text)] == ["peskov", "peskov"]


def test_name_after_with_before_a_joined_verb_is_not_its_subject():
    text = "واجتمع بوتين مع كيم جونغ أون وقال إن العلاقات في أفضل حالاتها."
    assert found(text, "2024-06-19") == [("other", "العلاقات في أفضل حالاتها")]


def test_unnamed_official_then_a_tracked_name_in_his_object_then_wa_qal():
    text = "وفي سيول، رحب وزير الخارجية بتصريحات كيربي، وقال إن الحكومة ستراجع موقفها."
    assert found(text, "2024-06-20") == [("other", "الحكومة ستراجع موقفها")]


def test_the_subject_of_a_commenting_verb_in_a_relative_clause_goes_on_with_the_joined_verb():
    # «زيارة بوتين» opens the sentence, but the و-joined verb follows the subject of «علق عليها»
    text = ("زيارة بوتين للجارة تحظى باهتمام كبير، خاصة بعد توقيع المعاهدة بين البلدين، "
            "والتي علق عليها الزعيم الكوري الشمالي كيم جونغ أون، وقال إن المعاهدة ستساعد في حفظ السلام.")
    assert found(text, "2024-06-20") == [("kim", "المعاهدة ستساعد في حفظ السلام")]


def test_affirming_participle_with_a_noun_object_after_a_time_word():
    text = "قال كيربي إن طهران تزعزع المنطقة، مؤكدا، الخميس، متانة الشراكة الدفاعية مع أبوظبي."
    assert found(text, "2021-02-11") == [("kirby", "طهران تزعزع المنطقة"),
                                         ("kirby", "متانة الشراكة الدفاعية مع أبوظبي")]


# ---------------------------------------------------------------- present and past verbs joined by و, descriptions
def test_present_verb_joined_by_wa_stays_in_the_reported_clause():
    # «قال X إن روسيا تقدر …، وترحب …»: روسيا goes on; the next «وأضاف» is still Peskov's
    text = ("قال بيسكوف إن موسكو تثمن التعاون مع المصارف الآسيوية، وتدعو إلى توسيعه. "
            "وأضاف أن العقوبات لم تحقق أهدافها.")
    assert found(text) == [("peskov", "موسكو تثمن التعاون مع المصارف الآسيوية، وتدعو إلى توسيعه"),
                           ("peskov", "العقوبات لم تحقق أهدافها")]


def test_past_verb_joined_by_wa_is_a_second_act():
    text = "قال بيسكوف إن موسكو تثمن التعاون مع المصارف الآسيوية، ودعا إلى توسيعه."
    assert found(text) == [("peskov", "موسكو تثمن التعاون مع المصارف الآسيوية"), ("peskov", "توسيعه")]


@pytest.mark.parametrize("participle, obj, description", [
    ("واصفا", "إياهم", "بالجيل الذهبي"),
    ("معتبرا", "إياه", "خطوة في الاتجاه الصحيح"),
    ("معتبرا", "ذلك", "دليلا على حسن النية"),
])
def test_description_after_an_object_pronoun(participle, obj, description):
    text = f"وأشاد كيم بالرياضيين العائدين من البطولة، {participle} {obj} {description}."
    assert found(text)[-1] == ("kim", description)


# ---------------------------------------------------------------- a second act joined by و whose object is a common noun
@pytest.mark.parametrize("text, words", [
    ("وقال يون إن الوقت قد حان، ودعا الحلفاء إلى تعزيز التعاون.", "تعزيز التعاون"),
    ("وقال بيسكوف إن موسكو لن تتراجع، ودعا الغرب إلى وقف تسليح كييف.", "وقف تسليح كييف"),
    # no comma: the words of the first statement end at the joined verb
    ("وقال يون إن الوقت قد حان ودعا الحلفاء إلى تعزيز التعاون.", "تعزيز التعاون"),
    ("وقال يون إن البلاد تواجه تحديات ودعا البرلمان إلى إقرار الموازنة.", "إقرار الموازنة"),
])
def test_the_noun_after_a_second_call_is_whom_the_speaker_calls_on(text, words):
    assert found(text)[-1] == (found(text)[0][0], words)
    assert {actor for actor, _ in found(text)} != {"other"}


@pytest.mark.parametrize("text", [
    "وقال كيربي إن واشنطن قلقة، ودعا البيت الأبيض إلى اجتماع طارئ.",   # an institution speaks for itself
    "وقال كيربي إن واشنطن قلقة، ودعت الخارجية إلى ضبط النفس.",          # a feminine verb: not he
    "وقال بيسكوف إن موسكو لن تتراجع، ودعا وزير الخارجية الأمريكي إلى الحوار.",  # an office: doubt stays other
    "وقال كيربي إن واشنطن قلقة ودعا البيت الأبيض إلى اجتماع طارئ.",     # no comma: the institution as well
    "وقال بيسكوف إن موسكو لن تتراجع ودعا وزير الخارجية الأمريكي إلى الحوار.",
])
def test_a_body_an_office_or_a_feminine_verb_keeps_its_own_subject(text):
    assert found(text)[-1][0] == "other"


# ---------------------------------------------------------------- a second act joined to a non-speech clause
def test_a_joined_act_after_an_inspection_clause_is_the_inspectors():
    text = ("قال كيربي إن واشنطن قلقة من التجارب.\n"
            "زار الزعيم الكوري الشمالي كيم جونغ أون، منشأة لصناعة القذائف في الشمال، وحث على مضاعفة الإنتاج.")
    assert actor_of(text, "مضاعفة الإنتاج") == "kim"


def test_a_joined_act_after_a_visit_by_yoon():
    text = ("وقال المتحدث باسم الكرملين دميتري بيسكوف إن موسكو لا تعلق على ذلك.\n"
            "وتفقد الرئيس يون سوك يول وحدة حدودية، وشدد على أن الردع يبقى أولوية.")
    assert actor_of(text, "الردع يبقى", "2023-09-10") == "yoon"


def test_a_joined_act_whose_clause_opens_with_an_unnamed_office_stays_other():
    text = ("قال كيربي إن الوضع خطير.\n"
            "والتقى وزير الدفاع الروسي بالزعيم كيم في بيونغ يانغ، وأكد أن التعاون سيتوسع.")
    assert actor_of(text, "التعاون سيتوسع") == "other"


def test_a_joined_act_after_a_speech_verb_keeps_that_speaker():
    text = "قال بيسكوف إن الحوار ممكن، وأضاف أن الشروط معروفة."
    assert actor_of(text, "الشروط معروفة") == "peskov"


# ---------------------------------------------------------------- a second act after «وأدلى X بهذه التصريحات»
def test_a_joined_act_after_the_delivered_back_reference_is_his():
    text = ("\"لا نرى أي أساس لهذه الاتهامات\".\n"
            "وأدلى بيسكوف بهذه التصريحات خلال إفادته اليومية، وحث العواصم الأوروبية على وقف تأجيج النزاع.")
    assert found(text, "2024-02-20") == [("peskov", "لا نرى أي أساس لهذه الاتهامات"),
                                          ("peskov", "العواصم الأوروبية على وقف تأجيج النزاع")]


def test_the_delivered_back_reference_alone_adds_nothing():
    text = ("\"لا نرى أي أساس لهذه الاتهامات\".\n"
            "وأدلى بيسكوف بهذه التصريحات خلال إفادته اليومية، والتي استمرت ساعة.")
    assert found(text, "2024-02-20") == [("peskov", "لا نرى أي أساس لهذه الاتهامات")]


# ---------------------------------------------------------------- «مع تأكيده على أن …»
def test_with_his_emphasis_opens_a_second_act_of_the_speaker():
    text = "وقال كيم جونغ أون إن الترسانة ستتوسع، مع تأكيده على أن السلاح النووي للردع فقط."
    assert found(text) == [("kim", "الترسانة ستتوسع"), ("kim", "السلاح النووي للردع فقط")]


def test_with_her_emphasis_is_a_womans_act():
    text = "وقال كيم جونغ أون إن الترسانة ستتوسع. وقالت زاخاروفا إن موسكو تتفهم ذلك، مع تأكيدها على أن الحوار ممكن."
    assert actors(text) == ["kim", "other", "other"]


def test_renewed_emphasis_is_still_the_renew_verb():
    assert found("وجدد بيسكوف تأكيده على أن موسكو لن تتراجع.") == [("peskov", "على أن موسكو لن تتراجع")]


# ---------------------------------------------------------------- a call with an object pronoun
def test_call_with_an_object_pronoun_is_a_second_act():
    text = "وقال كيم إن التجربة حققت أهدافها، ودعاهم إلى مضاعفة الجهود لتطوير المحركات."
    assert said(text, "2023-03-01") == [("kim", "التجربة حققت أهدافها"),
                                        ("kim", "مضاعفة الجهود لتطوير المحركات")]


# ================================================================ verbal nouns that are no new verb
# ---------------------------------------------------------------- a verbal noun joined by و is not a new verb
def test_verbal_noun_after_a_noun_phrase_is_not_the_previous_speakers_act():
    text = ("وقال كيم جونغ أون أمام قادة الجيش إن بلاده ستعزز ردعها النووي.\n"
            "وازداد القلق مع تبادل الطرفين التهديدات، وسخرية الرئيس الأميركي من خصمه ووصفه بأنه \"زعيم متهور\".")
    assert actor_of(text, "زعيم متهور") == "other"


def test_verbal_noun_clause_keeps_the_tracked_speaker_of_the_first_sentence():
    text = ("وقال كيم جونغ أون أمام قادة الجيش إن بلاده ستعزز ردعها النووي.\n"
            "وازداد القلق مع تبادل الطرفين التهديدات، وسخرية الرئيس الأميركي من خصمه ووصفه بأنه \"زعيم متهور\".")
    assert actor_of(text, "ستعزز ردعها") == "kim"


def test_a_short_clause_before_the_joined_verb_still_continues_the_speaker():
    text = ("وقال كيم جونغ أون إن المصانع تعمل بكامل طاقتها.\n"
            "وزار المصنع ووصفه بأنه \"قلعة الصناعة\".")
    assert actor_of(text, "قلعة الصناعة") == "kim"


def test_a_speech_verb_earlier_in_the_clause_keeps_the_joined_act_his():
    text = "وقال بيسكوف إن الكرملين يدرس المقترح الأوروبي بعناية وحذر من أي خطوات أحادية."
    assert actor_of(text, "خطوات أحادية") == "peskov"


@pytest.mark.parametrize("text", [
    ("أجرى الزعيم كيم جونغ أون محادثات مع الرئيس الصيني في بكين.\n"
     "ورغم حرص بكين على كتمان رحلة كيم ووصفها \"بالخاصة\"، فقد أقامت له مأدبة كبيرة."),
    ("أجرى الزعيم كيم جونغ أون محادثات مع الرئيس الصيني في بكين.\n"
     "وعلى الرغم من تكتم الصين على تفاصيل لقاء كيم ووصفه بأنه ودي، فقد نشرت صوره لاحقا."),
])
def test_a_joined_verb_inside_a_concessive_phrase_is_a_verbal_noun_not_the_named_mans_act(text):
    # «ورغم سعي X … زيارة كيم ووصفها …»: up to its comma the sentence is a noun phrase (وَصْفها = its
    # describing); Kim is only named inside it, he does not describe
    assert [a for a, _ in said(text, "2018-03-28")] == ["other"]


def test_a_joined_describe_verb_after_the_tracked_mans_words_stays_his():
    text = "وقال الزعيم كيم جونغ أون إن محادثاته في بكين كانت مثمرة، ووصفها \"بالتاريخية\"."
    assert said(text, "2018-03-28") == [("kim", "محادثاته في بكين كانت مثمرة"), ("kim", "بالتاريخية")]


def test_a_concessive_phrase_closed_by_a_comma_keeps_the_named_subject_after_it():
    text = "ورغم تحفظ بكين على الزيارة، وصفها الزعيم كيم جونغ أون بأنها \"ناجحة\"."
    assert said(text, "2018-03-28") == [("kim", "ناجحة")]


# ---------------------------------------------------------------- a verbal noun right after an object participle
def test_verbal_noun_after_an_object_participle_is_its_object_not_a_verb():
    text = ("قال دميتري بيسكوف، الناطق باسم الكرملين، إن ما جرى في البلدة مسرحية معدة سلفا، "
            "مؤكدا رفض الكرملين لأي اتهامات ضد القوات الروسية.")
    assert said(text, "2022-04-05") == [("peskov", "ما جرى في البلدة مسرحية معدة سلفا"),
                                        ("peskov", "رفض الكرملين لأي اتهامات ضد القوات الروسية")]


def test_a_verbal_noun_after_a_participle_that_needs_its_own_word_stays_a_verb():
    text = "وقال العوادي إن الاتهامات باطلة، مجددا رفض الحكومة لأي اعتداء على أراضي البلاد."
    assert any("اعتداء على أراضي البلاد" in t for _, t in said(text, "2024-01-01"))


def test_explained_with_a_pronoun_complementizer_after_b_is_a_second_act():
    # «، وأوضح بأنه …»: the explain verb's words open after «بأنه» as after «أن»
    text = ("أبدى الزعيم الكوري الشمالي كيم جونغ أون ارتياحه لرسالة تلقاها من نظيره الروسي، وأوضح بأنه "
            "سيدرس ما جاء فيها بعناية.")
    assert ("kim", "سيدرس ما جاء فيها بعناية") in said(text, "2023-06-01")


# ---------------------------------------------------------------- round 26: a participle after a noun-phrase lead
def test_a_participle_after_a_visit_of_the_leader_is_his():
    text = "وفي زيارة للزعيم كيم جونغ أون إلى حوض لبناء السفن، مؤكدا أن الأسطول سيتوسع العام المقبل."
    assert said(text, "2024-03-01") == [("kim", "الأسطول سيتوسع العام المقبل")]


def test_a_participle_after_a_meeting_of_the_president_with_someone_is_the_presidents():
    text = "وخلال لقاء الرئيس يون بنظيره الفرنسي في باريس، مشيرا إلى أن البلدين سيوسعان التعاون النووي."
    assert said(text, "2023-12-12") == [("yoon", "البلدين سيوسعان التعاون النووي")]


def test_someone_else_named_in_the_lead_leaves_the_participle_in_doubt():
    text = "وفي زيارة للزعيم كيم جونغ أون رفقة فلاديمير بوتين إلى قاعدة جوية، مؤكدا أن الطيران جاهز."
    assert all(a != "kim" for a, _ in said(text, "2024-06-20"))


# ---------------------------------------------------------------- round 30: «، قبل أن يضيف …», «، إلا أنه …»
@pytest.mark.parametrize("joiner", ["إلا أنه", "غير أنه"])
def test_but_he_after_a_comma_is_in_neither_statement(joiner):
    text = f"وقال كيربي إن واشنطن لا تسعى إلى مواجهة، {joiner} أشار إلى أن الردع سيبقى قائما."
    assert found(text, "2023-06-01") == [("kirby", "واشنطن لا تسعى إلى مواجهة"), ("kirby", "الردع سيبقى قائما")]


def test_but_he_expressed_his_concern_after_a_comma():
    text = "وأضاف بيسكوف أن الحوار مع أنقرة صريح، غير أنه أبدى قلقه من أي عملية برية جديدة."
    got = found(text)
    assert got[0] == ("peskov", "الحوار مع أنقرة صريح")
    assert [a for a, _ in got] == ["peskov", "peskov"]


@pytest.mark.parametrize("verb, second", [
    ("يضيف أن", "الرد سيكون مدروسا"),
    ("يؤكد أن", "الرد سيكون مدروسا"),
    ("يشير إلى أن", "الرد سيكون مدروسا"),
    ("يحذر من أن", "الرد سيكون مدروسا"),
    ("ينفي", "ما نشرته الصحف عن صفقة سرية"),
])
def test_before_he_adds_after_a_comma_is_a_second_statement(verb, second):
    text = f"وقال بيسكوف إن موسكو لن تتراجع عن مطالبها، قبل أن {verb} {second}."
    assert found(text) == [("peskov", "موسكو لن تتراجع عن مطالبها"), ("peskov", second)]


def test_before_he_points_out_is_the_leaders_second_statement():
    text = ("وقال الزعيم كيم جونغ أون في المأدبة إن شعبه يقف مع الحلفاء، قبل أن يشير إلى أن الوضع الدولي "
            "يزداد توترا، وأن الجمهورية مستعدة لكل الاحتمالات.")
    assert found(text, "2024-06-19") == [("kim", "شعبه يقف مع الحلفاء"),
                                         ("kim", "الوضع الدولي يزداد توترا، وأن الجمهورية مستعدة لكل الاحتمالات")]


@pytest.mark.parametrize("text, words", [
    # a time clause that is no act of speech stays in the words
    ("وقال بيسكوف إن الوفد سيبقى في جنيف، قبل أن يعود إلى موسكو الأسبوع المقبل.",
     "الوفد سيبقى في جنيف، قبل أن يعود إلى موسكو الأسبوع المقبل"),
    # no comma: the time clause is part of what he said
    ("وقال بيسكوف إن موسكو لن توقع قبل أن يؤكد الغرب التزامه.", "موسكو لن توقع قبل أن يؤكد الغرب التزامه"),
    # a present «يشير» inside the words is no act of the speaker
    ("وقال كيربي إن تكرار الإطلاقات يشير إلى أن الشمال يستعد لتجربة.",
     "تكرار الإطلاقات يشير إلى أن الشمال يستعد لتجربة"),
    ("وقال كيربي إن الإطلاقات مقلقة، وهذا يشير إلى أن الشمال يستعد لتجربة.",
     "الإطلاقات مقلقة، وهذا يشير إلى أن الشمال يستعد لتجربة"),
])
def test_a_time_clause_or_a_present_verb_inside_the_words_is_no_second_act(text, words):
    assert [t for _, t in found(text, "2023-06-01")] == [words]


# ---------------------------------------------------------------- round 30: «، وأمر الجيش بـ…» after the words
@pytest.mark.parametrize("text, actor, first, second", [
    ("وقال يون خلال اجتماع الحكومة إن الشمال يختبر صبر الحلفاء، وأمر الجيش بأن يبقى في أعلى درجات التأهب.",
     "yoon", "الشمال يختبر صبر الحلفاء", "يبقى في أعلى درجات التأهب"),
    ("وقال يون إن الوضع على الحدود دقيق، وأمر القوات بمراقبة الساحل على مدار الساعة.",
     "yoon", "الوضع على الحدود دقيق", "مراقبة الساحل على مدار الساعة"),
    ("وقال كيم جونغ أون إن الوباء كشف ثغرات في المستشفيات، وأمر بنقل الأدوية إلى الأحياء فورا.",
     "kim", "الوباء كشف ثغرات في المستشفيات", "نقل الأدوية إلى الأحياء فورا"),
])
def test_an_order_joined_by_wa_is_a_second_statement(text, actor, first, second):
    assert found(text, "2023-06-01") == [(actor, first), (actor, second)]


@pytest.mark.parametrize("text, words", [
    # «أمر» the noun (a matter) inside the words
    ("وقال بيسكوف إن الحوار ضروري، وأمر طبيعي أن تختلف المواقف بين البلدين.",
     "الحوار ضروري، وأمر طبيعي أن تختلف المواقف بين البلدين"),
    ("وقال بيسكوف إن الحوار ضروري، وأمر بالغ الأهمية أن تبقى القنوات مفتوحة.",
     "الحوار ضروري، وأمر بالغ الأهمية أن تبقى القنوات مفتوحة"),
    ("وقال يون إن تعهد البلدين بالدفاع المتبادل أمر يدعو إلى القلق البالغ.",
     "تعهد البلدين بالدفاع المتبادل أمر يدعو إلى القلق البالغ"),
])
def test_amr_the_noun_stays_in_the_words(text, words):
    assert [t for _, t in found(text, "2023-06-01")] == [words]


@pytest.mark.parametrize("text", [
    "وقال كيربي إن واشنطن قلقة، وأمر البنتاغون بإرسال حاملة طائرات إلى المنطقة.",  # a body that gives orders
    "وقال كيربي إن واشنطن قلقة، وأمرت الخارجية بإجلاء الدبلوماسيين.",  # a feminine verb: not he
])
def test_an_order_by_another_body_is_not_the_speakers(text):
    assert found(text, "2023-06-01")[-1][0] == "other"


def test_an_order_opening_the_sentence_with_a_titled_full_name_before_its_b():
    text = "أمر الرئيس يون سوك يول بتعزيز الدفاعات الجوية على طول الحدود."
    assert found(text, "2023-01-06") == [("yoon", "تعزيز الدفاعات الجوية على طول الحدود")]


# ---------------------------------------------------------------- round 40b: a name inside an object noun phrase
@pytest.mark.parametrize("text", [
    "وأشاد كيم بقرار بوتين دخول المنطقة وأبدى “الدعم الكامل”.",
    "وانتقد كيم قرار بايدن إرسال السلاح وأبدى “الرفض التام”.",
])
def test_a_name_owning_the_object_noun_is_no_subject_of_the_joined_verb(text):
    assert [a for a, _ in found(text)] == ["kim", "kim"]


def test_a_name_opening_indirect_words_still_acts_itself():
    assert found("وقال كيربي إن بوتين شخصيا أكد أن الحرب ستطول.")[-1] == ("other", "الحرب ستطول")
