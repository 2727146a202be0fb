"""Real-press layouts from issue 9 and ANNOTATION.md "Speakers in real press" (sentences written for the tests)."""

import pytest

from tests.conftest import actor_of
from tests.conftest import said as speakers


@pytest.mark.parametrize("text,words,actor", [
    # role, comma, name, comma: the name decides
    ("وقال الناطق باسم الرئاسة الروسية، ديمتري بيسكوف، للصحفيين إن موسكو تدرس العرض.", "تدرس العرض", "peskov"),
    ("وقال المتحدث باسم البيت الأبيض، جون كيربي، إن الإدارة ستراجع الأمر.", "ستراجع الأمر", "kirby"),
    ("قال المتحدث باسم مجلس الأمن القومي في البيت الأبيض، جون كيربي الثلاثاء، إن الهدنة غير مطروحة.", "الهدنة", "kirby"),
    # a quote after the speaker and an adverbial phrase, no colon
    ('وقال كيربي في مؤتمر صحفي بالبيت الأبيض "نحن نتابع التطورات بدقة كبيرة".', "نتابع التطورات", "kirby"),
    ("وقال كيم جونغ أون فى رسالة بثها التلفزيون «سنرد على كل استفزاز بحزم».", "سنرد على كل", "kim"),
    ('وقال بيسكوف في إفادة صحفية "لا نرى أي سبب للقلق هنا".', "لا نرى أي سبب", "peskov"),
    # Latin-script names and misspellings
    ("وقال Peskov إن الكرملين لا يعلق على الشائعات.", "لا يعلق", "peskov"),
    ("وقال John Kirby إن واشنطن تراقب عن كثب.", "واشنطن تراقب", "kirby"),
    ("وقال بيكسوف إن الاتصالات مستمرة.", "الاتصالات مستمرة", "peskov"),
])
def test_speaker_layouts(text, words, actor):
    assert actor_of(text, words) == actor


def test_role_with_another_holders_name_is_that_person_and_the_span_starts_after_the_name():
    text = "قال الرئيس الكوري الجنوبي مون جاي إن يوم الاثنين إن بلاده مستعدة للحوار."
    assert speakers(text) == [("other", "بلاده مستعدة للحوار")]


@pytest.mark.parametrize("day,actor", [("2019-03-01", "other"), ("2023-06-15", "yoon"), ("2025-08-20", "other")])
def test_role_without_a_name_depends_on_the_date(day, actor):
    assert actor_of("وقال الرئيس الكوري الجنوبي إن الحكومة سترد بحزم.", "سترد بحزم", date=day) == actor


def test_role_without_a_date_needs_the_person_named():
    assert actor_of("وقال الرئيس الكوري الجنوبي إن الحكومة سترد بحزم.", "سترد بحزم") == "other"
    named = "استقبل يون سوك يول الوفد.\nوقال الرئيس الكوري الجنوبي إن الحكومة سترد بحزم."
    assert actor_of(named, "سترد بحزم") == "yoon"
    moon = "ألقى مون جيه إن كلمة الوداع.\nوقال الرئيس الكوري الجنوبي إن الحكومة سترد بحزم."
    assert actor_of(moon, "سترد بحزم") == "other"


def test_dateline_gives_the_date():
    text = "سيول، 12 يونيو 2019 (وكالات) - قال الرئيس الكوري الجنوبي إن الحوار ممكن."
    assert actor_of(text, "الحوار ممكن") == "other"
    assert actor_of(text.replace("2019", "2023"), "الحوار ممكن") == "yoon"


def test_kirby_role_before_the_nsc():
    text = "وقال المتحدث باسم البنتاغون إن القوات في حالة تأهب."
    assert actor_of(text, "في حالة تأهب", date="2022-02-10") == "kirby"
    assert actor_of(text, "في حالة تأهب", date="2023-09-10") == "other"


@pytest.mark.parametrize("text,words", [
    ("وقالت كيم، شقيقة الزعيم، إن سيول ستندم على ذلك.", "ستندم"),
    ("وقال كيم يون هو، وزير الوحدة، إن الحوار ممكن.\nوفي وقت لاحق قال كيم إن الوزارة تدرس المساعدات.", "تدرس المساعدات"),
    ("ورد مستشار الرئاسة، يون دو هان، بأن التصريحات وقحة.", "وقحة"),
    ("وقال مستشار الزعيم كيم جونغ أون للشؤون الخارجية إن الحوار مجمد.", "الحوار مجمد"),
    ("وقالت المتحدثة باسم الرئاسة كيم أون هيه إن الرئيس لم يقل ذلك.", "لم يقل"),
])
def test_namesakes_and_women_are_not_tracked(text, words):
    assert actor_of(text, words) == "other"


@pytest.mark.parametrize("text,words", [
    ("وقال البيت الأبيض إن الرئيس سيلتقي الحلفاء.", "سيلتقي"),
    ("وقال الكرملين إن الاتصالات مستمرة.", "الاتصالات"),
    ("وقالت وزارة الدفاع الأوكرانية إن القصف استمر.", "القصف"),
    ("ذكرت صحيفة نيويورك تايمز أن الشمال يبني منشأة جديدة.", "منشأة"),
])
def test_institutions_and_outlets_are_other(text, words):
    assert actor_of(text, words) == "other"


@pytest.mark.parametrize("second", ["وقال مسؤول البيت الأبيض إن العقوبات ستتوسع.",
                                    "وأكد المسؤول الأمريكي أن العقوبات ستتوسع.",
                                    "ووفقا للمسؤول الأمريكي، فإن العقوبات ستتوسع."])
def test_back_reference_to_kirby(second):
    assert actor_of("قال جون كيربي إن واشنطن قلقة.\n" + second, "ستتوسع") == "kirby"
    assert actor_of("قال بيسكوف إن موسكو هادئة.\n" + second, "ستتوسع") == "other"


def test_background_bihasab_is_not_a_statement():
    assert speakers("وبحسب وكالة رويترز، فإن الصاروخ سقط في البحر.") == []


def test_headline_breadcrumb_and_announced_quote():
    text = ("الرئيسية » أخبار » روسيا\nكيربي: لن نسمح بتهديد الحلفاء\n"
            "وعلق بيسكوف على الخطة الأمريكية قائلا:\n\"هذه خطوة نحو التصعيد ولن نتجاهلها\"")
    assert actor_of(text, "لن نسمح") == "kirby"
    assert actor_of(text, "خطوة نحو التصعيد") == "peskov"


def test_joint_speakers_go_to_the_tracked_actor():
    text = "التقى كيم جونغ أون وبوتين في فلاديفوستوك.\nوقال الزعيمان إن التعاون سيتوسع في كل المجالات."
    assert actor_of(text, "التعاون سيتوسع") == "kim"


def test_svo_headline_object_is_not_the_speaker():
    assert actor_of('كيم يتوعد ترامب بـ"رد قاس"', "رد قاس") == "kim"


def test_interviewer_question_does_not_change_the_speaker():
    text = ("المراسل: قال المتحدث باسم الكرملين بيسكوف إن الزيارة مهمة.\n"
            "المذيع: وهل تحدث عن زيارة الرئيس بوتين؟\n"
            "المراسل: قال إن الموعد لم يحدد بعد.")
    assert actor_of(text, "الموعد لم يحدد") == "peskov"
