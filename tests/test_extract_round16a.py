"""Extraction round 16a (issue 9): whole real articles read end to end, every statement listed. Three layouts
lost or merged statements of tracked actors: a second act opened by the participle «معقبا:» after an indirect
statement, the station spoken to written with a glued ل («لراديو», «لإذاعة») and often a name in brackets
before a direct quotation, and a state agency relaying its leader «على لسان» him instead of «عن» him. Every
sentence here is written for this file."""

from stance.extract import extract_statements
from tests.conftest import actor_of, said


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
