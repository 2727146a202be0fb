"""Extraction round 13b (issue 9): kinds of statements that whole real articles hold and the extractor lost —
a warning or a criticism «delivered» by its speaker («وجّه … تحذيرا …»), a cause put down to something
(«أرجع … إلى …»), a sourcing tail («، بحسب وكالة …») taken for a new speaker by the pronoun verb of the next
paragraph, and a spokesman of an office the lexicon does not know whose «باسم …» spilled into the words said.
Every sentence here is written for this file."""

import pytest

from tests.conftest import said


def found(text, day="2023-06-15"):
    return said(text, day)


# ---------------------------------------------------------------- «وجّه تحذيرا / انتقادات …»
@pytest.mark.parametrize("text, actor, piece", [
    ("وجّه الرئيس الكوري الجنوبي يون سوك يول تحذيرا صريحا إلى الشمال من مغبة أي تجربة نووية سابعة.",
     "yoon", "إلى الشمال من مغبة أي تجربة نووية سابعة"),
    ("ووجه دميتري بيسكوف انتقادات حادة إلى العواصم الأوروبية بسبب قرار تجميد الأصول.",
     "peskov", "العواصم الأوروبية بسبب قرار تجميد الأصول"),
])
def test_a_delivered_warning_or_criticism_is_a_statement(text, actor, piece):
    out = found(text)
    assert len(out) == 1 and out[0][0] == actor and piece in out[0][1]


def test_delivering_something_that_is_not_speech_is_no_statement():
    assert found("ووجه الجيش الكوري الجنوبي ضربة تحذيرية إلى قارب اقترب من الحدود البحرية.") == []


# ---------------------------------------------------------------- «أرجع … إلى …»
def test_putting_a_cause_down_to_something_is_a_statement():
    out = found("وأرجع بيسكوف ارتفاع أسعار الوقود في أوروبا إلى القيود التي فرضتها بروكسل بنفسها.")
    assert len(out) == 1 and out[0][0] == "peskov"
    assert out[0][1].startswith("ارتفاع أسعار الوقود") and out[0][1].endswith("فرضتها بروكسل بنفسها")


# ---------------------------------------------------------------- a sourcing tail is no new speaker
def test_an_agency_sourcing_a_quote_does_not_take_the_next_pronoun_verb():
    text = ("قال الرئيس الكوري الجنوبي يون سوك يول إن الشمال يعطل كل حوار.\n\n"
            "وأضاف يون، في كلمته أمام القمة: “الأمن يبدأ من الردع”، بحسب وكالة “يونهاب” للأنباء.\n\n"
            "وأشار إلى أن حكومته مستعدة لتقديم المساعدة، مضيفًا: “الباب يبقى مفتوحا”.")
    assert [a for a, _ in found(text)] == ["yoon"] * 4


def test_a_person_named_in_a_new_sentence_still_takes_the_next_pronoun_verb():
    text = ("وقال يون: “الأمن يبدأ من الردع”، بحسب وكالة يونهاب.\n\n"
            "من جهته قال وزير الدفاع الياباني إن طوكيو تراقب الوضع.\n\nوأشار إلى أن الحكومة رفعت درجة التأهب.")
    assert [a for a, _ in found(text)] == ["yoon", "other", "other"]


# ---------------------------------------------------------------- «الناطق باسم الحكومة» with an object verb
@pytest.mark.parametrize("text, mention, words", [
    ("ورفض الناطق الرسمي باسم الحكومة التعليق على نتائج التحقيق.", "الناطق الرسمي باسم الحكومة",
     "التعليق على نتائج التحقيق"),
    ("ونفى الناطق باسم وزارة الخارجية الإيرانية وجود أي اتصالات سرية مع واشنطن.",
     "الناطق باسم وزارة الخارجية الإيرانية", "وجود أي اتصالات سرية مع واشنطن"),
])
def test_the_office_of_an_unknown_spokesman_stays_out_of_the_words(text, mention, words):
    from stance.extract import extract_statements
    out = extract_statements(text, date="2023-06-15")
    assert [(s.actor, s.actor_mention, s.text) for s in out] == [("other", mention, words)]


def test_the_kremlin_spokesman_with_an_object_verb_is_still_peskov():
    assert found("ورفض المتحدث باسم الكرملين التعليق على التقرير البريطاني.") == [
        ("peskov", "التعليق على التقرير البريطاني")]


# ---------------------------------------------------------------- «أشار لـ…» instead of «أشار إلى …»
def test_the_lam_of_ashara_glued_to_the_words_opens_them():
    out = found("وأشار بيسكوف للموقف المتوازن الذي تتبناه الصين في الأزمة الأوكرانية.")
    assert out == [("peskov", "للموقف المتوازن الذي تتبناه الصين في الأزمة الأوكرانية")]


@pytest.mark.parametrize("text, words", [
    ("وأشار بيسكوف للصحفيين إلى أن الاتصالات مع واشنطن مستمرة.", "الاتصالات مع واشنطن مستمرة"),
    ("وأشار بيسكوف للتلفزيون الروسي إلى أن الاتصالات مع واشنطن مستمرة.", "الاتصالات مع واشنطن مستمرة"),
])
def test_a_lam_word_before_the_usual_marker_is_not_the_words(text, words):
    assert found(text) == [("peskov", words)]


def test_a_glued_lam_without_a_named_speaker_is_no_statement():
    assert found("وأشار للموقف الصيني في سياق حديثه عن الأزمة.") == []


def test_a_warning_whose_words_follow_with_qaelan_is_one_statement():
    text = ("وجه الرئيس الكوري الجنوبي يون سوك يول تحذيرا شديد اللهجة إلى الشمال صباح الثلاثاء، "
            "قائلا إن أي هجوم نووي سيعني نهاية النظام.")
    assert found(text) == [("yoon", "أي هجوم نووي سيعني نهاية النظام")]


def test_a_warning_followed_by_a_second_verb_stays_a_statement_of_its_own():
    text = ("وجّه الرئيس الكوري الجنوبي يون سوك يول تحذيرا قويا إلى الشمال من أي تجربة نووية، "
            "وقال إن الرد سيكون ساحقا.")
    assert [a for a, _ in found(text)] == ["yoon", "yoon"]
