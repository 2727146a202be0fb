"""Extraction round 7 (issue 9): failure kinds found on a new hand-labelled sample of real Arabic
press, each reproduced on a short sentence written for this file: «أجاب بأنه …», Latin-script
surnames, lists announced by a speaker, relative clauses with their own speaker, back references
after a verb and a name («وأدلى يون بهذا التصريح»)."""

from stance.lexicon import default_lexicon
from tests.conftest import said


def found(text, day="2024-03-05"):
    return said(text, day)


# ---------------------------------------------------------------- a relative clause with its own speaker
def test_relative_clause_with_a_named_speaker_and_resumptive_complementizer():
    text = "وتحدث الوزير عن الخطة التي قال كيربي إنها ستخفف التوتر في المضيق."
    assert ("kirby", "ستخفف التوتر في المضيق") in found(text)


def test_object_of_a_denial_ends_before_the_relative_clause():
    text = "ونفى المتحدث الروايات التي أكد بيسكوف أنها مفبركة بالكامل."
    assert found(text) == [("other", "الروايات"), ("peskov", "مفبركة بالكامل")]


def test_relative_clause_of_another_person_inside_a_tracked_denial_is_not_his():
    text = "ورفض بيسكوف الاتهامات التي قال بلينكن إنها مدعومة بالأدلة."
    assert found(text) == [("peskov", "الاتهامات"), ("other", "مدعومة بالأدلة")]


def test_relative_clause_of_an_institution_inside_a_tracked_denial_is_not_his():
    text = "ورفض كيم التقارير التي قالت وزارة الدفاع الكورية الجنوبية إنها دقيقة."
    got = found(text)
    assert ("kim", "دقيقة") not in got
    assert ("other", "دقيقة") in got


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


# ---------------------------------------------------------------- an agency quoting the leader inside its quotation
def test_agency_quotation_that_reports_the_leaders_words_gives_them_to_him():
    text = ('وذكرت وكالة الأنباء المركزية الكورية أن "الزعيم كيم جونغ أون أكد أن '
            'الأسطول سيتلقى غواصات جديدة قريبا".')
    assert found(text) == [("kim", "الأسطول سيتلقى غواصات جديدة قريبا")]


def test_agency_quotation_opening_with_the_verb_then_the_leader():
    text = 'وقالت الوكالة: "حث الرفيق كيم جونغ أون العلماء على تسريع التجارب".'
    got = found(text)
    assert [a for a, _ in got] == ["kim"]


def test_quotation_told_to_an_agency_is_not_an_agency_report():
    text = ('وأوضح الرئيس مون جاي إن لوكالة يونهاب أن «الرسالة واضحة: واشنطن تريد من الزعيم كيم '
            'أن يمضي في الاتفاق».')
    got = found(text, "2018-12-02")
    assert [a for a, _ in got] == ["other"]
