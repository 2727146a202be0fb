"""Role mentions composed from a head, a link and a seat (actors.json 'office_grammar'), not only listed."""

from stance.extract import extract_statements
from stance.lexicon import composed_offices, load_lexicon
from stance.normalize import normalize


def speakers(text: str, date: str | None = None) -> list[str]:
    return [s.actor for s in extract_statements(text, date=date)]


def test_a_spokesman_title_in_construct_is_the_kremlin_spokesman():
    text = "وقال متحدث الرئاسة الروسية للصحفيين إن موسكو لم تتلق أي طلب رسمي لعقد لقاء بين الرئيسين."
    assert speakers(text, "2023-03-14") == ["peskov"]


def test_a_head_the_list_never_paired_with_that_seat_is_composed():
    text = "وأوضح المتحدث الإعلامي للكرملين أن جدول أعمال الرئيس لا يتضمن أي زيارة خارجية هذا الشهر."
    assert speakers(text, "2024-02-02") == ["peskov"]


def test_a_composed_pentagon_title_follows_the_dates_of_the_office():
    text = "وقال المتحدث الصحفي لوزارة الدفاع الأمريكية إن الوزارة تتابع تحركات القطع البحرية في المنطقة."
    assert speakers(text, "2021-06-10") == ["kirby"]
    assert speakers(text, "2019-06-10") == ["other"]


def test_a_composed_title_before_another_persons_name_is_that_person():
    text = "وقال ناطق باسم الرئاسة الروسية، أليكسي سميرنوف، إن الاتصالات مع واشنطن متوقفة منذ أسابيع."
    assert speakers(text, "2023-05-20") == ["other"]


def test_definite_heads_need_a_link_and_indefinite_heads_stay_with_the_kremlin():
    offices = composed_offices({"offices": {}, "office_grammar": {
        "links": ["باسم", "ل", ""], "proclitic_links": ["ل"], "definite_article": "ال",
        "heads": {"def": ["المتحدث"], "indef": ["متحدث"]},
        "offices": {"a": {"heads": ["def", "indef"], "seats": ["الكرملين"]}, "b": {"heads": ["def"], "seats": ["البنتاغون"]}}}})
    assert set(offices["a"]) == {"المتحدث باسم الكرملين", "المتحدث للكرملين", "متحدث باسم الكرملين", "متحدث للكرملين",
                                 "متحدث الكرملين"}
    assert set(offices["b"]) == {"المتحدث باسم البنتاغون", "المتحدث للبنتاغون"}


def test_a_users_actors_file_adds_seats_to_an_office():
    lexicon = load_lexicon({"office_grammar": {"offices": {"kremlin_spokesman": {
        "heads": ["spokesman"], "seats": ["الإدارة الرئاسية في موسكو"]}}}})
    holders = lexicon.role_holders[normalize("المتحدث باسم الإدارة الرئاسية في موسكو")]
    assert [h.actor for h in holders] == ["peskov"]


def test_a_listed_title_before_another_persons_name_is_that_person():
    """The guide: a role mention beside another person's name is that person (here a given name Peskov does not bear)."""
    text = "وقال المتحدث باسم الرئاسة الروسية، أليكسي سميرنوف، إن الاتصالات مع واشنطن متوقفة منذ أسابيع."
    assert speakers(text, "2023-05-20") == ["other"]
    text = "وقال المتحدث باسم البنتاغون باتريك رايدر إن الوزارة لن ترسل قوات إضافية إلى المنطقة."
    assert speakers(text, "2022-01-10") == ["other"]


def test_the_holders_own_name_or_an_adverbial_after_the_title_keeps_the_holder():
    assert speakers("وقال المتحدث باسم الكرملين، دميتري بيسكوف، إن موسكو لن ترد على هذه المزاعم.",
                    "2023-05-20") == ["peskov"]
    assert speakers("وقال المتحدث باسم الكرملين، في تصريحات للصحفيين، إن موسكو لن ترد على هذه المزاعم.",
                    "2023-05-20") == ["peskov"]
