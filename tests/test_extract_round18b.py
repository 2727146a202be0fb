"""Extraction round 18b (issue 9): whole real articles from Levantine, Iraqi, Jordanian and Maghreb outlets, every
statement listed. Layouts that lost statements, or gave an institution's words to the tracked spokesman named before
it: a time word between an unknown speaker and the verb's marker («حذر الرئيس … اليوم، من»), «عبر» meaning "via"
read as «عبّر» (expressed), «دان» (condemned) without its hamza, an office and a name the lexicon lacks before a
comma and a quotation, stacked title lines under a scraping left-over, and «لكنه أضاف» after a quotation that ends
with another person's name. Every sentence here is written for this file."""

from stance.extract import extract_statements
from tests.conftest import actor_of, said


# ---------------------------------------------------------------- «برقية وجهها X إلى Y، أكد فيها أن …»
def test_the_sender_of_a_telegram_speaks_not_its_addressee():
    text = ("وفي برقية وجهها كيم جونغ أون إلى نظيره الروسي فلاديمير بوتين، أكد فيها أن "
            "البلدين سيبقيان في خندق واحد.")
    assert actor_of(text, "خندق واحد", "2025-12-31") == "kim"


def test_an_unknown_sender_is_not_the_tracked_addressee():
    text = "وفي رسالة بعثها الرئيس الأمريكي إلى كيم جونغ أون، أكد فيها أن واشنطن مستعدة للقاء جديد."
    found = extract_statements(text, date="2019-06-20")
    assert [(s.actor, s.actor_mention) for s in found] == [("other", "الرئيس الأمريكي")]


def test_a_letter_received_from_someone_keeps_that_someone():
    text = "وتلقى كيم جونغ أون رسالة من بوتين أكد فيها أن روسيا ستقف إلى جانب بلاده."
    assert actor_of(text, "ستقف إلى جانب", "2024-06-20") == "other"


# ---------------------------------------------------------------- a document's words, then a participle
def test_a_participle_after_a_documents_unquoted_words_is_its_second_act():
    text = "وجاء في بيان مقتضب: استهدفت الطائرات مخزنا للذخيرة قرب الحدود، مضيفا أن رئيس الحكومة أمر بتنفيذ الضربة."
    found = extract_statements(text, date="2025-01-01")
    assert [s.text for s in found] == ["استهدفت الطائرات مخزنا للذخيرة قرب الحدود", "رئيس الحكومة أمر بتنفيذ الضربة"]
    assert {s.actor for s in found} == {"other"}
