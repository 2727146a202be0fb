"""Extraction round 14b (issue 9): kinds of statements that whole real articles hold and the extractor lost —
a speaker named first, at the start of a title or sentence, before a present verb whose object is the words
(«بيسكوف يؤكد استعداد موسكو …»), and «وزاد» (= added) before a colon or «قائلا».
Every sentence here is written for this file."""

import pytest

from tests.conftest import said


def found(text, day="2023-06-15"):
    return said(text, day)


# ---------------------------------------------------------------- «X يؤكد <object>» with the speaker first
@pytest.mark.parametrize("text, actor, piece", [
    ("بيسكوف يؤكد رغبة موسكو في استئناف الحوار مع واشنطن", "peskov", "رغبة موسكو في استئناف الحوار"),
    ("كيربي ينفي وجود أي خطة لنشر قوات أمريكية إضافية", "kirby", "وجود أي خطة لنشر قوات"),
])
def test_a_named_speaker_first_then_an_object_verb_is_a_statement(text, actor, piece):
    out = found(text)
    assert len(out) == 1 and out[0][0] == actor and piece in out[0][1]


def test_an_object_verb_inside_someone_s_words_stays_part_of_them():
    out = found("وقال كيربي إن الصور الجديدة تؤكد ما تقوله أوكرانيا منذ أسابيع.")
    assert len(out) == 1 and out[0][0] == "kirby" and "الصور الجديدة تؤكد" in out[0][1]


def test_an_object_verb_after_a_noun_that_is_no_speaker_is_no_statement():
    assert found("التقارير الأخيرة تؤكد تراجع الصادرات خلال الربع الثاني.") == []


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
