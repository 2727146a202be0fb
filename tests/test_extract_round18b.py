"""Extraction round 18b (issue 9): whole real articles from Levantine, Iraqi, Jordanian and Maghreb outlets, every
statement listed. Layouts that lost statements, or gave an institution's words to the tracked spokesman named before
it: a time word between an unknown speaker and the verb's marker («حذر الرئيس … اليوم، من»), «عبر» meaning "via"
read as «عبّر» (expressed), «دان» (condemned) without its hamza, an office and a name the lexicon lacks before a
comma and a quotation, stacked title lines under a scraping left-over, and «لكنه أضاف» after a quotation that ends
with another person's name. Every sentence here is written for this file."""

from stance.extract import extract_statements
from tests.conftest import actor_of, said


# ---------------------------------------------------------------- a time word after the speaker, then the marker
def test_time_word_and_comma_between_an_unknown_speaker_and_his_marker():
    text = 'حذر وزير الخارجية التركي هاكان فيدان مساء الأحد، من "توسيع رقعة الحرب في المنطقة".'
    assert said(text, "2024-05-01") == [("other", "توسيع رقعة الحرب في المنطقة")]


def test_time_word_without_comma_before_the_marker():
    text = "وحذر رئيس الحكومة الإسبانية بيدرو سانشيز أمس من انهيار الهدنة في الجنوب اللبناني."
    found = extract_statements(text, date="2024-05-01")
    assert [(s.actor, s.text) for s in found] == [("other", "انهيار الهدنة في الجنوب اللبناني")]
    assert "أمس" not in found[0].actor_mention


# ---------------------------------------------------------------- an office, a name the lexicon lacks, a quotation
def test_office_and_unknown_name_then_comma_and_quotation():
    text = 'وقال وزير الطاقة سامي الخطيب، "الكهرباء ستعود تدريجيا خلال أسبوعين".'
    found = extract_statements(text, date="2024-05-01")
    assert [(s.actor, s.text) for s in found] == [("other", "الكهرباء ستعود تدريجيا خلال أسبوعين")]
    assert found[0].actor_mention == "وزير الطاقة سامي الخطيب"


def test_a_chain_of_offices_before_the_name_and_the_quotation():
    text = 'قال نائب رئيس الوزراء وزير الاقتصاد والتجارة كمال الرفاعي، "لا نية لرفع الضرائب هذا العام".'
    assert said(text, "2024-05-01") == [("other", "لا نية لرفع الضرائب هذا العام")]


def test_office_then_a_time_word_is_not_a_name():
    found = extract_statements('وقال وزير الخارجية الأمريكي أمس، "لم يكن الأردن طرفا في الصفقة".', date="2024-05-01")
    assert [(s.actor, s.actor_mention) for s in found] == [("other", "وزير الخارجية الأمريكي")]


# ---------------------------------------------------------------- a name, then a long adverbial, then the marker
def test_name_and_a_speech_adverbial_with_a_relative_clause_before_the_complementizer():
    text = ("وأوضح الحمداني في كلمة ألقاها صباح اليوم أمام رؤساء البعثات والملحقين العسكريين المعتمدين في بغداد "
            "بمناسبة يوم الجيش، أن المنطقة تمر بمرحلة دقيقة.")
    assert said(text, "2024-01-06") == [("other", "المنطقة تمر بمرحلة دقيقة")]


def test_name_then_an_adverbial_holding_another_persons_apposition():
    text = ("وأضاف الحمداني في كلمة قرأها نيابة عنه سعد الراوي، الأمين العام للوزارة خلال افتتاح مؤتمر "
            "الأمن الإقليمي، أن بلاده ترفض أي تدخل في شؤونها.")
    found = extract_statements(text, date="2024-01-06")
    assert [(s.actor, s.text) for s in found] == [("other", "بلاده ترفض أي تدخل في شؤونها")]
    assert found[0].actor_mention == "الحمداني"


def test_a_long_region_with_a_verb_of_saying_inside_is_still_no_adverbial():
    text = ("وأضاف الحمداني في رد على سؤال عن تقرير قال فيه مراسل القناة إن الجيش انسحب من المعبر الحدودي، "
            "أن المعلومات غير دقيقة.")
    assert all(s.actor_mention != "الحمداني" or "المعلومات غير دقيقة" in s.text
               for s in extract_statements(text, date="2024-01-06"))


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
