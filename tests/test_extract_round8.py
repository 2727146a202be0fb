"""Extraction round 8 (issue 9): one speaker with two acts in one sentence (ANNOTATION.md §1). A second
act opened by a circumstantial participle («…، مرجحا أن …»، «…، متهما X بـ…») or by «، و» and a past
speech verb with no new subject («…، وأثنى على …») is a statement of its own; verbs that are also
common words of another sense count only with the word that makes them speech («حمّل X المسؤولية»،
«قدم اعتذاره»، «امتنع عن التعليق»، «مجددا التأكيد»). Every sentence here is written for this file."""

import pytest

from tests.conftest import said


def found(text, day="2023-09-12"):
    return said(text, day)


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


def test_loaded_is_not_blaming():
    # «محملا بالمساعدات» (loaded with aid) is no participle of speech.
    text = "وقال كيربي إن قاربا وصل إلى الميناء محملا بالمساعدات الغذائية."
    assert found(text) == [("kirby", "قاربا وصل إلى الميناء محملا بالمساعدات الغذائية")]


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


@pytest.mark.parametrize("text, content", [
    ("رجح يون أن تواصل بيونغ يانغ استفزازاتها.", "تواصل بيونغ يانغ استفزازاتها"),
    ("وأثنى بيسكوف على مستوى التنسيق مع الشركاء.", "مستوى التنسيق مع الشركاء"),
    ("وحمل كيربي الكرملين مسؤولية تعثر المفاوضات.", "الكرملين مسؤولية تعثر المفاوضات"),
    ("وقدم يون اعتذاره للعائلات عن بطء الاستجابة.", "اعتذاره للعائلات عن بطء الاستجابة"),
])
def test_new_speech_verbs_work_as_the_first_verb(text, content):
    assert [t for _, t in found(text)] == [content]


def test_carried_is_not_blamed():
    # «حمل» without «المسؤولية» is «carried»: no statement.
    assert found("وحمل الجنود المصابين إلى المستشفى الميداني.") == []


def test_presented_is_not_an_apology():
    assert found("وقدم الوفد الكوري ملفا فنيا إلى اللجنة.") == []


def test_two_is_not_praise():
    # «اثني عشر» normalizes like «أثنى»: only «أثنى على» is praise.
    assert found("وطردت الحكومة اثني عشر دبلوماسيا من العاصمة.") == []


# ---------------------------------------------------------------- no comment (ANNOTATION.md §3: label none)
def test_refrained_from_comment_is_a_statement():
    text = "وامتنع كيربي عن التعليق على ما نشرته الصحيفة."
    assert found(text) == [("kirby", "التعليق على ما نشرته الصحيفة")]


def test_refrained_from_something_else_is_not_speech():
    assert found("وامتنع الجيش عن إطلاق النار خلال الهدنة.") == []


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


# ---------------------------------------------------------------- quotation marks and quoted names


def test_quoted_name_is_the_clause_subject():
    # a broadcaster that writes names in quotation marks: «وتحدث "يون" …، حيث شدد …»
    text = "وتحدث \"يون\" مطولا عن أزمة السكن، حيث شدد على أن الحكومة ستبني مساكن ميسرة."
    assert found(text) == [("yoon", "الحكومة ستبني مساكن ميسرة")]


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


# ---------------------------------------------------------------- a quoted institution inside a role, a comma after the verb
def test_role_with_the_institution_in_quotation_marks():
    text = "وقال المتحدث باسم «الكرملين» إن الاتصالات مع أنقرة مستمرة."
    assert found(text) == [("peskov", "الاتصالات مع أنقرة مستمرة")]


def test_comma_between_an_object_verb_and_its_named_subject():
    text = "ونفى، المتحدث باسم «الكرملين» وجود أي خطط لتعبئة جديدة، مكتفيا بالقول إن الجيش يملك ما يكفي."
    assert found(text) == [("peskov", "وجود أي خطط لتعبئة جديدة"), ("peskov", "الجيش يملك ما يكفي")]


def test_apology_after_the_name_and_a_comma():
    text = "قدم الزعيم كيم جونغ أون، اعتذاره للمزارعين عن تأخر وصول الأسمدة."
    assert found(text) == [("kim", "اعتذاره للمزارعين عن تأخر وصول الأسمدة")]


# ---------------------------------------------------------------- objects, «بسبب», relative clauses going on
def test_object_verb_object_before_a_later_complementizer():
    # the «بأن» after the comma belongs to «رغم إقرارها», not to «استغرب»
    text = ("واستغرب المتحدث باسم البيت الأبيض جون كيربي سؤال أحد المراسلين عن تعليق شحنة واحدة، "
            "رغم إقرارها بأن الغارات أصابت مدنيين.")
    (speaker, words), = found(text, "2024-05-14")
    assert speaker == "kirby" and words.startswith("سؤال أحد المراسلين")


def test_because_of_is_no_b_marker():
    text = "كما انتقد كيم الولايات المتحدة بسبب مناوراتها قرب الحدود."
    assert [t for _, t in found(text)] == ["الولايات المتحدة بسبب مناوراتها قرب الحدود"]


def test_wa_verb_with_resumptive_pronoun_goes_on_a_relative_clause():
    # «… التصريحات التي أدلى بها …، ولوّح فيها بـ…»: the threat belongs to the remarks described, not to the
    # speaker of the sentence
    text = ("وهاجم كيم جونغ أون الرئيس الأمريكي، متوعدا بأنه سيندم على التصريحات التي أدلى بها في نيويورك، "
            "ولوّح فيها بتدمير بلاده.")
    statements = found(text, "2017-09-22")
    assert len(statements) == 1
    assert statements[0][0] == "kim" and statements[0][1].startswith("سيندم على التصريحات")


# ---------------------------------------------------------------- «ألقى خطابا …، قال فيه», «داعيا» as participle and as noun
def test_said_in_it_belongs_to_who_gave_the_speech():
    text = "وذكرت وكالة يونهاب أن كيم جونغ أون ألقى خطابا أمام قادة الجيش، قال فيه إن الردع النووي لا رجعة فيه."
    assert ("kim", "الردع النووي لا رجعة فيه") in found(text)


def test_calling_on_with_an_object_and_lam():
    text = "وشدد يون على أهمية الحوار، داعيا النواب للتعاون مع الحكومة."
    assert found(text) == [("yoon", "أهمية الحوار"), ("yoon", "النواب للتعاون مع الحكومة")]


def test_no_reason_to_is_not_a_participle():
    # «لا يرى داعيا لـ…» (sees no reason to): one statement
    text = "وقال بيسكوف إن الكرملين لا يرى داعيا لمراجعة الاتفاق."
    assert found(text) == [("peskov", "الكرملين لا يرى داعيا لمراجعة الاتفاق")]


# ---------------------------------------------------------------- present verbs inside the words, adverbs, descriptions
def test_present_verb_joined_by_wa_stays_in_the_reported_clause():
    # «قال X إن روسيا تقدر …، وترحب …»: روسيا goes on; the next «وأضاف» is still Peskov's
    text = ("قال بيسكوف إن موسكو تثمن التعاون مع المصارف الآسيوية، وتدعو إلى توسيعه. "
            "وأضاف أن العقوبات لم تحقق أهدافها.")
    assert found(text) == [("peskov", "موسكو تثمن التعاون مع المصارف الآسيوية، وتدعو إلى توسيعه"),
                           ("peskov", "العقوبات لم تحقق أهدافها")]


def test_past_verb_joined_by_wa_is_a_second_act():
    text = "قال بيسكوف إن موسكو تثمن التعاون مع المصارف الآسيوية، ودعا إلى توسيعه."
    assert found(text) == [("peskov", "موسكو تثمن التعاون مع المصارف الآسيوية"), ("peskov", "توسيعه")]


@pytest.mark.parametrize("adverb", ["بهدوء", "مخاطبا الطلاب", "بسخرية"])
def test_manner_adverb_between_verb_and_colon_is_no_speaker(adverb):
    text = f"وقال يون إن الامتحانات ستجرى في موعدها. وأضاف {adverb}: «لا تأجيل هذا العام»."
    assert found(text)[-1] == ("yoon", "لا تأجيل هذا العام")


@pytest.mark.parametrize("participle, obj, description", [
    ("واصفا", "إياهم", "بالجيل الذهبي"),
    ("معتبرا", "إياه", "خطوة في الاتجاه الصحيح"),
    ("معتبرا", "ذلك", "دليلا على حسن النية"),
])
def test_description_after_an_object_pronoun(participle, obj, description):
    text = f"وأشاد كيم بالرياضيين العائدين من البطولة، {participle} {obj} {description}."
    assert found(text)[-1] == ("kim", description)


def test_relayed_praise_as_relay_word():
    text = "ونقلت الوكالة عن كيم إشادته بالمهندسين الذين بنوا السد."
    assert found(text) == [("kim", "بالمهندسين الذين بنوا السد")]


def test_country_subject_of_an_object_verb_is_the_speaker():
    text = "وأدانت الجزائر قرار باماكو الأخير، معتبرة إياه خطأ جسيما."
    assert found(text) == [("other", "قرار باماكو الأخير"), ("other", "خطأ جسيما")]


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


def test_masculine_verb_skips_a_newspaper_back_to_the_man():
    text = ("رفض دميتري بيسكوف التعليق على مقال لصحيفة أمريكية قالت فيه إن الشحنات مستمرة، "
            "واكتفى بالقول إن الكرملين لا يعلق على مصادر مجهولة.")
    assert found(text)[-1] == ("peskov", "الكرملين لا يعلق على مصادر مجهولة")


def test_secretary_general_is_a_speaker_not_an_oblique_plural_object():
    # «الأمين» ends in ين like «المودعين» but is a singular office word: the subject, never the previous speaker
    text = "قال بيسكوف إن الحوار مستمر. وحذر الأمين العام للحلف يوهان لارسن من أن التقارب بين البلدين مقلق."
    assert found(text)[-1][0] == "other"


def test_enemies_after_warn_are_the_object():
    text = "كيم جونغ أون أمام قادة الجيش: \"قوتنا للردع\"… ويحذر الأعداء من \"عواقب لا تحتمل\""
    assert found(text)[-1] == ("kim", "عواقب لا تحتمل")


def test_local_media_describing_is_an_outlet_not_the_leader():
    text = "وتفقد كيم المصنع الجديد. وعرض الجيش صاروخا جديدا في استعراض وصفه الإعلام المحلي بأنه تحذير للأعداء."
    assert found(text) == [("other", "تحذير للأعداء")]


# ---------------------------------------------------------------- an office relaying the person's words
def test_office_relays_the_president_named_in_its_title():
    text = "وقال مكتب الرئيس يون سوك يول إن الرئيس شدد في اجتماع طارئ على أن الجيش في حالة تأهب."
    assert found(text) == [("yoon", "الجيش في حالة تأهب")]


def test_office_without_a_person_named_keeps_the_office():
    # nobody named with «الرئيس» before: doubt, the office keeps the words (other)
    text = "وذكر المكتب الرئاسي أن الرئيس أبلغ القادة أن الجاهزية كاملة."
    assert [a for a, _ in found(text)] == ["other"]


# ---------------------------------------------------------------- a bare «المتحدث» with someone else's name
@pytest.mark.parametrize("spokesman", ["المتحدث فرهاد نوري", "المتحدث الإيراني فرهاد نوري"])
def test_bare_spokesman_with_an_unknown_name_is_not_the_last_spokesman(spokesman):
    text = f"قال بيسكوف إن القمة لم تحدد. وقال {spokesman} إن طهران ترفض الاتهامات."
    assert found(text)[-1] == ("other", "طهران ترفض الاتهامات")


def test_bare_spokesman_with_his_own_nationality_is_still_him():
    text = "قال بيسكوف إن القمة لم تحدد. وأضاف المتحدث الروسي أن الموعد سيعلن لاحقا."
    assert found(text)[-1] == ("peskov", "الموعد سيعلن لاحقا")
