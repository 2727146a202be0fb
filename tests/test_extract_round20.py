"""Extraction round 20 (issue 9): whole real articles from Sudanese, Libyan, Yemeni, Omani and Kurdish sites and
from state services in Arabic, every statement listed. Kinds that lost statements or gave them to the wrong person:
a feminine verb before a man's full name (a slip of the writer), a relative verb whose gender differs from its
pronoun («الحكومة التي قال إنها …»), an unknown titled person before «، الذي قال إن …» inside a tracked man's object,
«وأضاف، …» with the comma as colon, thanks and greetings as nominal acts («ووجه X
الشكر …», «وخص بالتحية …»), «جدد X دعم …», «أوصى», and Gulf honorifics before a long name. Every sentence here is
written for this file."""

from stance.extract import extract_statements
from tests.conftest import actor_of, said


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
