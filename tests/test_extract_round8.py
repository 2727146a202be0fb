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


# ---------------------------------------------------------------- quotation marks and quoted names


def test_quoted_name_is_the_clause_subject():
    # a broadcaster that writes names in quotation marks: «وتحدث "يون" …، حيث شدد …»
    text = "وتحدث \"يون\" مطولا عن أزمة السكن، حيث شدد على أن الحكومة ستبني مساكن ميسرة."
    assert found(text) == [("yoon", "الحكومة ستبني مساكن ميسرة")]


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


def test_masculine_verb_skips_a_newspaper_back_to_the_man():
    text = ("رفض دميتري بيسكوف التعليق على مقال لصحيفة أمريكية قالت فيه إن الشحنات مستمرة، "
            "واكتفى بالقول إن الكرملين لا يعلق على مصادر مجهولة.")
    assert found(text)[-1] == ("peskov", "الكرملين لا يعلق على مصادر مجهولة")


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
