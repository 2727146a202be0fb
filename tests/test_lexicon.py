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


def test_people_around_the_tracked_four_are_listed_only_by_names_of_two_words_or_more():
    # A bare one-word Korean surname or given name («لي», «هان», «مون») would catch common words: the people added
    # around the tracked four are written in full; the older single-word entries are Western surnames.
    data = json.loads((__import__("pathlib").Path(__file__).resolve().parents[1]
                       / "stance/resources/actors.json").read_text(encoding="utf-8"))
    korean = {"Sung Kim", "Kim Keon-hee", "Kwon Young-se", "No Kwang Chol", "Choe Ryong Hae", "Hyon Song Wol",
              "Lee Kyu-yeon", "Ri Son Gwon", "Pak Jong Chon", "Jo Yong Won"}
    surfaces = [i["surface"] for i in data["not_actors"] if i["person"] in korean]
    surfaces += [n for a in data["actors"].values() for ns in a["namesakes"] if ns["person"] in korean
                 for n in ns["names"]]
    assert surfaces and all(len(normalize(s).replace("-", " ").split()) >= 2 for s in surfaces)


def test_a_namesake_in_western_order_states_the_family_name_it_shares():
    kind, actor, _person, surname, _gender = default_lexicon().match_whole(normalize("سونغ كيم"))
    assert (kind, actor, surname) == ("not_actor", None, normalize("كيم"))
    kind, actor, _person, surname, gender = default_lexicon().match_whole(normalize("كيم كيون هي"))
    assert (kind, actor, surname, gender) == ("not_actor", None, normalize("كيم"), "f")
