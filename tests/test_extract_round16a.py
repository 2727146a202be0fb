"""Extraction round 16a (issue 9): whole real articles read end to end, every statement listed. Three layouts
lost or merged statements of tracked actors: a second act opened by the participle «معقبا:» after an indirect
statement, the station spoken to written with a glued ل («لراديو», «لإذاعة») and often a name in brackets
before a direct quotation, and a state agency relaying its leader «على لسان» him instead of «عن» him. Every
sentence here is written for this file."""

from stance.extract import extract_statements
from tests.conftest import actor_of, said


# ---------------------------------------------------------------- the station spoken to, glued ل
def test_radio_with_a_bracketed_name_before_a_quote():
    text = 'وقال بيسكوف لراديو (صوت موسكو) "لا نرى أي تقدم في المحادثات".'
    assert actor_of(text, "لا نرى أي تقدم") == "peskov"


def test_radio_with_a_dotted_acronym_before_a_quote():
    text = 'وقال كيربي لإذاعة (بي.بي.سي) "نراقب الوضع عن كثب".'
    assert actor_of(text, "نراقب الوضع", "2023-04-02") == "kirby"


def test_an_unknown_speaker_before_the_station_keeps_only_her_name():
    text = 'وقالت ماري لوفيفر لإذاعة محلية "الأولوية هي التهدئة في المنطقة".'
    found = [s for s in extract_statements(text) if "الأولوية هي التهدئة" in s.text]
    assert found and found[0].actor == "other"
    assert "لإذاعة" not in found[0].actor_mention


# ---------------------------------------------------------------- «على لسان» relays a person
def test_the_agency_relays_the_leader_ala_lisan_him():
    text = "ونقلت الوكالة المركزية على لسان الزعيم كيم جونغ أون قوله إن “قوتنا الرادعة في أعلى مستوياتها”."
    assert actor_of(text, "قوتنا الرادعة") == "kim"


def test_ala_lisan_with_a_role_and_a_colon():
    text = 'ونقلت وكالة تاس على لسان المتحدث باسم الكرملين قوله: "لا توجد مواعيد محددة".'
    assert actor_of(text, "لا توجد مواعيد", "2024-03-03") == "peskov"


def test_ala_lisan_a_namesake_is_not_the_leader():
    text = "ونقلت الصحيفة على لسان كيم يو جونغ قولها إن “سيول ستندم على هذه الخطوة”."
    assert actor_of(text, "سيول ستندم") == "other"


def test_the_word_lisan_without_a_relay_word_makes_no_statement():
    assert said("ونقل الجيش المؤن إلى لسان بحري قرب الميناء.") == []


# ---------------------------------------------------------------- a seat phrase closed by a comma before the name
def test_a_spokesman_with_his_seat_and_a_comma_before_the_name():
    text = "وقال المتحدث باسم الأمن القومي في البيت الأبيض، جون كيربي، إن واشنطن تراجع خياراتها."
    assert actor_of(text, "واشنطن تراجع", "2024-05-20") == "kirby"


def test_a_misspelled_bism_and_a_seat_with_a_comma():
    text = 'وأشار المتحدث بإسم الأمن القومي في البيت الأبيض، جون كيربي، إلى أن "الردع ما زال قائما".'
    assert actor_of(text, "الردع ما زال", "2024-01-10") == "kirby"


def test_an_unknown_spokesman_with_a_seat_and_a_comma_stays_other():
    text = "وقال المتحدث باسم الخارجية في طهران، ناصر كنعاني، إن بلاده لن تتراجع."
    assert actor_of(text, "بلاده لن تتراجع", "2023-05-01") == "other"
