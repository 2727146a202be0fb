"""Extraction round 19b (issue 9): whole real articles from Lebanese papers and TV sites, Iranian and Turkish Arabic
services and pan-Arab sites, every statement listed. Layouts that lost statements or gave a teaser line of another
story to the spokesman named before it: a line break between the speaker and «إن», a verb of saying alone on its
line in a hard-wrapped page, «إذا دعت الحاجة» read as a call, a live-blog line «الرئيس عون: …», a title speaker with
the occasion before the colon («… مستقبلاً السيناتور: …»), «X يحذّر: …» with a name the lexicon lacks, the person
addressed before «بالقول», and «ودعاهم إلى …» (the verb with an object pronoun). Every sentence here is written for
this file."""

from stance.extract import extract_statements
from tests.conftest import actor_of, said


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
