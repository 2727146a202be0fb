"""Extraction round 5 (issue 9): failure kinds found on a new hand-labelled sample of real Arabic
press (Yemeni, Kuwaiti, Syrian, Lebanese, Saudi, Egyptian and Korean outlets), each reproduced on a
short sentence written for this file: lists announced by a colon, «جدد … تأكيده», a name inside the
ب-object before a participle, time words that are not names, bylines, «مما وصفه بـ"…"»."""

from tests.conftest import said


def found(text, day="2024-03-05"):
    return said(text, day)


# ---------------------------------------------------------------- namesakes and sources


def test_source_clause_with_a_conjunction_is_no_statement_of_the_outlet():
    text = "وحسبما ذكرت صحيفة محلية، فإن المتحدث باسم الكرملين ديمتري بيسكوف، قال إن موسكو لم تتلق أي عرض."
    assert found(text) == [("peskov", "موسكو لم تتلق أي عرض")]
    text = ("وحسبما ذكرت وكالة \"أنباء الساحل\"، فإن وزير المالية في الحكومة المؤقتة سامي حداد، قال خلال "
            "جلسة إن الرواتب ستصرف الأسبوع المقبل.")
    assert [t for _, t in found(text)] == ["الرواتب ستصرف الأسبوع المقبل"]


# ---------------------------------------------------------------- institutions quoted without a colon; «صرح بذلك»


def test_stated_so_points_back_and_is_no_statement():
    text = ("وأكد يون أن الردع سيبقى أولوية للحكومة. وصرح يون بذلك في كلمة أمام قادة الجيش أمس، "
            "حيث أشار إلى أن التدريبات ستتواصل.")
    assert found(text, "2023-10-02") == [("yoon", "الردع سيبقى أولوية للحكومة"), ("yoon", "التدريبات ستتواصل")]


# ---------------------------------------------------------------- relayed speech, bare titles before بـ
def test_relay_with_a_long_adverbial_after_the_person():
    text = ("قال الزعيم الكوري الشمالي كيم جونغ أون إن الباب ليس مغلقا.\n"
            "ونقلت الوكالة الرسمية عن كيم خلال جلسة اللجنة المركزية للحزب مساء السبت، إنه لن يقبل أي شروط مسبقة.")
    assert found(text) == [("kim", "الباب ليس مغلقا"), ("kim", "لن يقبل أي شروط مسبقة")]


def test_words_attributed_to_a_person():
    text = "ونُسب إلى بيسكوف قوله \"لا أحد في موسكو يريد تصعيدا جديدا\"."
    assert found(text) == [("peskov", "لا أحد في موسكو يريد تصعيدا جديدا")]
