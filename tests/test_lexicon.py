import json

import pytest

from stance.lexicon import Lexicon, LexiconError, default_lexicon
from stance.normalize import normalize


def actors_in(text, lexicon=None):
    lex = lexicon or default_lexicon()
    return [(m.kind, m.actor) for m in lex.find(normalize(text))]


@pytest.mark.parametrize("surface,actor", [
    ("جون كيربي", "kirby"), ("كيربى", "kirby"), ("دميتري بيسكوف", "peskov"), ("بيكسوف", "peskov"),
    ("يون سيوك-يول", "yoon"), ("يون صوك يول", "yoon"), ("كيم جونج أون", "kim"), ("كيم جوغ أون", "kim"),
    ("المتحدث باسم الكرملين", "peskov"), ("الزعيم الكوري الشمالي", "kim"), ("الرئيس الكوري الجنوبي", "yoon"),
    ("منسق الاتصالات الاستراتيجية في مجلس الأمن القومي", "kirby"),
])
def test_variants_resolve(surface, actor):
    found = actors_in(f"وقال {surface} إن")
    assert found and found[0][1] == actor


@pytest.mark.parametrize("surface", ["كيم هونغ كيون", "كيم يو جونغ", "كيم إيل سونغ", "كيم جونج إيل"])
def test_other_kims_are_not_kim_jong_un(surface):
    found = actors_in(surface)
    assert found == [("not_actor", None)]


def test_words_containing_a_name_do_not_match():
    assert actors_in("ذكرت وكالة يونهاب") == [("not_actor", None)]  # Yonhap, listed as not an actor
    assert actors_in("في شهر يونيو") == []
    assert actors_in("مدينة ليون الفرنسية") == []


def test_prefixed_names_match():
    assert actors_in("وبيسكوف") == [("name", "peskov")]
    assert actors_in("وكيم") == [("surname", "kim")]


def test_user_can_add_an_actor_by_editing_data(tmp_path):
    data = json.loads(json.dumps({"actors": {"lavrov": {"names": ["سيرغي لافروف", "لافروف"], "roles": ["وزير الخارجية الروسي"]}}}))
    path = tmp_path / "actors.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    lex = Lexicon.load(path)
    assert actors_in("قال وزير الخارجية الروسي سيرغي لافروف", lex)[0][1] == "lavrov"


def test_malformed_lexicon_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(LexiconError, match="not valid JSON"):
        Lexicon.load(bad)
    with pytest.raises(LexiconError, match="not found"):
        Lexicon.load(tmp_path / "missing.json")
    empty = tmp_path / "empty.json"
    empty.write_text(json.dumps({"actors": {"x": {"names": []}}}), encoding="utf-8")
    with pytest.raises(LexiconError, match="names"):
        Lexicon.load(empty)
