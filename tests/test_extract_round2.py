"""Extraction round 2 (issue 9): layouts of real press that the first rules missed, each on a
short invented sentence (participles on a non-speech clause, relayed pronouns, verbs and cues)."""

from tests.conftest import said


def found(text, day="2024-06-19"):
    return said(text, day)


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


def test_person_as_object_is_no_statement_the_participle_carries_it():
    text = "انتقد الزعيم كيم جونغ أون بشدة الرئيس الكوري الجنوبي يون سوك يول، واصفا إياه بأنه رجل مضطرب."
    got = found(text)
    assert ("yoon", "الرئيس الكوري الجنوبي يون سوك يول") not in got
    assert not any(a == "yoon" for a, _ in got)


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


# ---------------------------------------------------------------- relative clauses
def test_name_inside_a_relative_clause_of_the_speaker_region_is_not_the_speaker():
    text = "وقال رئيس الوزراء الياباني، الذي التقى يون سوك يول أمس، إن طوكيو تدعم سيول."
    assert found(text) == [("other", "طوكيو تدعم سيول")]


def test_speech_verb_in_a_relative_clause_after_a_name_is_his():
    text = "وجاء ذلك بعد تصريحات للمتحدث باسم الكرملين دميتري بيسكوف، الذي قال إن موسكو لا تنوي التصعيد."
    assert ("peskov", "موسكو لا تنوي التصعيد") in found(text)


def test_relative_clause_verb_without_speech_after_it_is_not_a_cue():
    text = "ونقلت الوكالة عن كيم جونغ أون، الذي تابع الإطلاق من مركز المراقبة، قوله إن التجربة نجحت."
    assert found(text) == [("kim", "التجربة نجحت")]


# ---------------------------------------------------------------- describe-as, appositions, headlines
def test_describe_as_content_starts_after_the_marker():
    assert found("ووصف بيسكوف الاتهامات الغربية بأنها كذبة جديدة.") == [("peskov", "كذبة جديدة")]


def test_describe_as_with_an_unnamed_subject_is_not_the_previous_speaker():
    text = "قال يون سوك يول إن الإطلاق مرفوض. وفي طوكيو، وصف كبير المتحدثين باسم الحكومة اليابانية الإطلاق بأنه عمل متهور."
    got = found(text)
    assert got[0][0] == "yoon"
    assert got[1] == ("other", "عمل متهور")


def test_participle_after_a_dateline_and_a_non_speech_verb():
    text = "موسكو – اعترض دميتري بيسكوف على عبارات الرئيس الأمريكي، قائلا: \"هذه لغة لا نقبلها\"."
    assert found(text) == [("peskov", "هذه لغة لا نقبلها")]


def test_participle_description_in_quotes_after_b():
    text = "هاجم الزعيم كيم جونغ أون بحدة الرئيس يون سوك يول، واصفا إياه بـ\"رجل مضطرب يلعب بالنار\"."
    assert found(text) == [("kim", "رجل مضطرب يلعب بالنار")]


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
