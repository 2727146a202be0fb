"""Outlets spelled out letter by letter in Arabic («سي إن إن» CNN, «إن بي سي» NBC, «إن إتش كيه» NHK) hold the
letter name «إن», which reads like the complementizer «إن». Before the fix the words said opened at the outlet's
letters («قال كيربي لشبكة سي إن إن إن …» gave «إن إن واشنطن …»). The names are data (speech.json
'spelled_names'); the normalized text reads each as one word. Every sentence here is written for this file."""

from stance.extract import extract_statements
from tests.conftest import said

DATE = "2023-06-01"


def test_the_words_open_after_a_spelled_outlet_not_inside_it():
    text = "وقال كيربي لشبكة سي إن إن إن واشنطن تتابع تحركات الأسطول الروسي عن كثب."
    assert said(text, DATE) == [("kirby", "واشنطن تتابع تحركات الأسطول الروسي عن كثب")]


def test_an_outlet_with_letters_after_the_name_and_a_qualifier():
    text = "وقال بيسكوف في مقابلة مع شبكة إن بي سي الأمريكية إن موسكو لا تسعى إلى مواجهة مع الغرب."
    assert said(text, DATE) == [("peskov", "موسكو لا تسعى إلى مواجهة مع الغرب")]


def test_an_outlet_as_the_speaker_keeps_its_own_words():
    text = "وذكرت قناة إن إتش كيه اليابانية أن الصاروخ سقط خارج المنطقة الاقتصادية الخالصة."
    assert said(text, DATE) == [("other", "الصاروخ سقط خارج المنطقة الاقتصادية الخالصة")]


def test_a_spelled_outlet_in_brackets_and_a_relay_through_it():
    text = "ونقلت شبكة (سي إن بي سي) عن كيربي قوله إن العقوبات الجديدة ستطال شركات الشحن."
    assert said(text, DATE) == [("kirby", "العقوبات الجديدة ستطال شركات الشحن")]


def test_the_original_text_and_the_outlet_mention_are_untouched():
    text = "وقالت شبكة سي إن إن إن البنتاغون يدرس خيارات جديدة."
    (st,) = extract_statements(text, date=DATE)
    assert st.actor == "other" and text[st.start:st.end] == "البنتاغون يدرس خيارات جديدة"
    assert "سي إن إن" in st.actor_mention


def test_a_korean_name_with_the_syllable_in_is_not_glued():
    text = "وقال الرئيس الكوري الجنوبي مون جاي إن إن بلاده مستعدة لاستئناف الحوار مع الشمال."
    assert said(text, "2019-04-01") == [("other", "بلاده مستعدة لاستئناف الحوار مع الشمال")]
