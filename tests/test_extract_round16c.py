"""Extraction round 16c (issue 9): whole real articles read end to end, every statement listed. Three layouts
lost statements of tracked actors or gave someone else's words to one: the Kremlin spelt «الكريملن» inside the
spokesman's title, an unknown person named right after the verb and closed by a comma before the verb's marker
(«ألقى باشينيان، باللوم على …», which went to the last speaker), and a present verb opening a sentence with no
speaker (the writer's «يرفض الكونغرس …» given to the last speaker). Every sentence here is written for this file."""

from stance.extract import extract_statements
from stance.lexicon import Lexicon, default_lexicon
from stance.normalize import normalize
from tests.conftest import actor_of, said


# ---------------------------------------------------------------- «الكريملن»: another spelling of the Kremlin
def test_spokesman_of_the_kremlin_spelt_without_the_second_ya_is_peskov_after_his_name():
    text = ("وأكد دميتري بيسكوف أن موسكو تتابع المحادثات بين الجارتين. "
            "ولفت المتحدث باسم الكريملن إلى أن بلاده ترحب بأي لقاء مباشر بينهما.")
    assert actor_of(text, "ترحب بأي لقاء") == "peskov"


def test_kremlin_spokesman_with_a_kasra_on_the_variant_spelling_and_an_article_date():
    text = "وقال الناطق الرسمي باسم الكريملِن إن الرئيس سيشارك في القمة عبر الفيديو."
    assert actor_of(text, "سيشارك في القمة", date="2023-09-14") == "peskov"


def test_the_variant_spelling_is_a_role_surface_of_the_lexicon():
    lexicon = default_lexicon()
    found = lexicon.find(normalize("قال المتحدث باسم الكرملن اليوم"))
    assert [m.kind for m in found] == ["role"] and found[0].actor == "peskov"


def test_spelling_variants_expand_offices_of_a_custom_lexicon():
    data = {"actors": {"x": {"names": ["زيد عمرو"], "roles": ["رئيس ديوان المملكة"]}},
            "spelling_variants": {"ديوان": ["مكتب"]}}
    lexicon = Lexicon(data)
    assert [m.actor for m in lexicon.find(normalize("قال رئيس مكتب المملكة إن"))] == ["x"]
