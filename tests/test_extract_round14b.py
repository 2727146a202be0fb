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


# ---------------------------------------------------------------- «…بأنه "…"، وذلك بعد …»: the writer's frame
@pytest.mark.parametrize("text, actor, words", [
    ("ووصف بيسكوف الخطة الأوروبية بأنها \"غير واقعية على الإطلاق\"، وذلك بعد ساعات من نشر تفاصيلها.",
     "peskov", "غير واقعية على الإطلاق"),
    ("وقال كيربي إن \"الصور تثير قلقا بالغا\"، وذلك خلال إفادة صحفية عبر الهاتف.",
     "kirby", "الصور تثير قلقا بالغا"),
])
def test_a_frame_after_a_closed_quotation_is_not_part_of_the_words(text, actor, words):
    out = found(text)
    assert len(out) == 1 and out[0] == (actor, words)


def test_words_that_go_on_after_a_quotation_stay_one_statement():
    out = found("وقال كيربي إن \"الصور تثير قلقا بالغا\"، وإن واشنطن تتابع الموقف مع حلفائها.")
    assert len(out) == 1 and out[0][0] == "kirby" and "واشنطن تتابع الموقف" in out[0][1]


def test_a_frame_after_unquoted_words_is_left_as_it_was():
    # without a quotation, «وذلك …» may still be the speaker's (a plan, a reason); the span is not cut
    out = found("وقال كيربي إن واشنطن ستعيد النظر في الخطة، وذلك بعد انتهاء المشاورات مع الحلفاء.")
    assert len(out) == 1 and "انتهاء المشاورات" in out[0][1]


# ---------------------------------------------------------------- a title line opened by an unknown office
def test_a_title_line_opened_by_an_office_then_an_object_verb_is_that_office_s_statement():
    out = found("وزير الطاقة الأردني يؤكد استقرار إمدادات الكهرباء خلال الصيف\n\nعمان – شهدت المملكة موجة حر جديدة.")
    assert out == [("other", "استقرار إمدادات الكهرباء خلال الصيف")]


def test_a_title_line_office_never_takes_the_previous_tracked_speaker():
    out = found("قال بيسكوف إن موسكو تتابع التطورات.\nوزير الخارجية الكازاخي يؤكد رفض بلاده أي عقوبات ثانوية")
    assert out[0][0] == "peskov" and out[1] == ("other", "رفض بلاده أي عقوبات ثانوية")


def test_an_office_before_an_object_verb_inside_a_sentence_is_left_alone():
    # not a title line: the office and the verb sit in running text after a full stop on the same line
    out = found("وصل الوفد إلى العاصمة. وزير الطاقة الأردني يؤكد استقرار الإمدادات.")
    assert out == []


def test_a_speech_verb_form_right_after_an_object_verb_is_its_verbal_noun():
    # «رفض» after «يؤكد» is the object (his country's refusal), not a new act of the speaker named before
    out = found("قال كيربي إن واشنطن تراقب الموقف.\nمسؤول في الخارجية القطرية يؤكد رفض الدوحة أي وساطة جديدة")
    assert [a for a, _ in out].count("kirby") == 1
