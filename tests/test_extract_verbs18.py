"""Reporting-verb audit (issue 9, helper verbs18): verbs of saying that real Arabic press uses and the extractor did
not know, or knew without the word that opens their words: «تساءل عن», «أقر/اعترف بـ», «خلص إلى»,
«واصل حديثه», «بيّن أن», «استهجن», «جدد التزامه/أسفه …», and the participles «مثمنا», «عازيا», «مستهجنا». Each
one is also a test that the same word, where it is not speech, gives nothing. Every sentence here is written for
this file."""

from stance.extract import extract_statements
from tests.conftest import said

DATE = "2024-03-01"


# ---------------------------------------------------------------- asked about
def test_asked_about_opens_the_words_after_its_preposition():
    text = "وتساءل بيسكوف عن الهدف من إرسال مزيد من الصواريخ بعيدة المدى إلى كييف."
    assert said(text, DATE) == [("peskov", "الهدف من إرسال مزيد من الصواريخ بعيدة المدى إلى كييف")]


def test_asked_with_a_colon_still_gives_the_question():
    text = 'وتساءلت النائبة منى حداد: "من سيدفع ثمن هذه القرارات المتسرعة؟".'
    assert [a for a, _ in said(text, DATE)] == ["other"]


# ---------------------------------------------------------------- admitted
def test_admitted_with_the_b_of_its_words_after_a_tracked_speaker():
    text = "وأقر كيربي بصعوبة إيصال المساعدات إلى شمال القطاع في الوقت الحالي."
    assert said(text, DATE) == [("kirby", "صعوبة إيصال المساعدات إلى شمال القطاع في الوقت الحالي")]


def test_admitted_right_after_the_verb_keeps_the_previous_speaker():
    text = "وقال بيسكوف إن المحادثات ستستمر. واعترف بوجود خلافات حول جدول الأعمال."
    assert [a for a, _ in said(text, DATE)] == ["peskov", "peskov"]


def test_admitting_in_the_present_inside_someone_s_words_is_no_new_act():
    text = "وقال كيربي إن واشنطن لا تؤيد العملية، رغم أنها تقر بحق أنقرة في حماية حدودها."
    assert [a for a, _ in said(text, DATE)] == ["kirby"]


def test_a_parliament_approving_a_law_is_no_statement():
    assert said("وأقر البرلمان قانون الموازنة الجديد في جلسته الأخيرة.", DATE) == []
    assert said("وأقر مجلس الوزراء بالإجماع مشروع قانون الاستثمار.", DATE) == []


# ---------------------------------------------------------------- concluded
def test_concluded_that():
    text = "وخلص كيربي إلى أن الدعم الإيراني لموسكو بات يشمل أنظمة أكثر تطورا."
    assert said(text, DATE) == [("kirby", "الدعم الإيراني لموسكو بات يشمل أنظمة أكثر تطورا")]


def test_got_rid_of_is_no_statement():
    assert said("وخلص السكان من آثار الفيضان بعد أسبوعين من العمل المتواصل.", DATE) == []


# ---------------------------------------------------------------- spoke of: a topic, not words (left out on purpose)
def test_spoke_of_a_topic_is_no_statement():
    """«تحدث عن» names what someone talked about; the earlier real sets never count it as a statement."""
    assert said("وتحدث الرئيس هاتفيا مع نظيره الفنلندي عن سبل تطوير التعاون التجاري.", DATE) == []
    assert said("وتحدث بيسكوف عن العلاقات الروسية الهندية في لقائه مع السفير.", DATE) == []


# ---------------------------------------------------------------- went on
def test_went_on_with_a_colon_is_a_continuation():
    text = 'وقال بيسكوف إن موسكو لم تتلق أي عرض. وواصل حديثه: "نحن لا نتفاوض عبر وسائل الإعلام".'
    found = said(text, DATE)
    assert found == [("peskov", "موسكو لم تتلق أي عرض"), ("peskov", "نحن لا نتفاوض عبر وسائل الإعلام")]


def test_an_army_going_on_with_its_shelling_is_no_statement():
    assert said("وواصل الجيش قصف المواقع الحدودية طوال الليل.", DATE) == []


# ---------------------------------------------------------------- explained (بيّن)
def test_explained_that_with_the_shadda_form():
    text = "وبيّن بيسكوف أن الكرملين لم يتسلم حتى الآن أي مقترح مكتوب من واشنطن."
    assert said(text, DATE) == [("peskov", "الكرملين لم يتسلم حتى الآن أي مقترح مكتوب من واشنطن")]


def test_between_is_no_verb_of_explaining():
    assert said("وبين البلدين خلافات قديمة حول ترسيم الحدود البحرية.", DATE) == []
    assert said("ويتراوح عدد الزوار بين أن يزيد قليلا أو ينقص في الشتاء.", DATE) == []


# ---------------------------------------------------------------- denounced, renewed, participles
def test_denounced_takes_its_object():
    text = "واستهجن بيسكوف التصريحات الأخيرة لوزير الدفاع البريطاني."
    assert said(text, DATE) == [("peskov", "التصريحات الأخيرة لوزير الدفاع البريطاني")]


def test_renewed_a_commitment_or_a_regret():
    assert [a for a, _ in said("وجدد كيربي التزام واشنطن بأمن حلفائها في آسيا.", DATE)] == ["kirby"]
    assert [a for a, _ in said("وجدد يون أسفه لسقوط ضحايا في الحادث.", DATE)] == ["yoon"]


def test_a_renewed_contract_is_no_statement():
    assert said("وجددت الشركة عقد المدرب لموسم إضافي.", DATE) == []


def test_praising_and_attributing_participles_open_a_second_act():
    text = "وأشاد كيم بالعلاقات مع روسيا، مثمنا وقوف موسكو إلى جانب بلاده."
    assert said(text, DATE)[-1] == ("kim", "وقوف موسكو إلى جانب بلاده")
    text = "وأقر كيربي بتأخر الشحنات، عازيا ذلك إلى الخلاف داخل الكونغرس."
    found = extract_statements(text, date=DATE)
    assert [s.actor for s in found] == ["kirby", "kirby"]
    assert found[-1].text.endswith("الخلاف داخل الكونغرس")


# ---------------------------------------------------------------- commended (نوّه بـ) and an unnamed definite subject
def test_commended_with_b_and_noted_with_ila():
    assert said("ونوه كيم بالتضحيات التي قدمها عمال المنجم خلال الشتاء.", DATE) == [
        ("kim", "التضحيات التي قدمها عمال المنجم خلال الشتاء")]
    assert said("ونوه بيسكوف إلى أن الموعد لم يحدد بعد.", DATE) == [("peskov", "الموعد لم يحدد بعد")]


def test_b_after_an_unnamed_definite_subject_of_a_praise_verb():
    text = "وأشاد الوزير بجهود فرق الإنقاذ التي عملت طوال الليل."
    assert said(text, DATE) == [("other", "جهود فرق الإنقاذ التي عملت طوال الليل")]
    assert said("وأقر الأمين العام بصعوبة الوصول إلى المناطق المنكوبة.", DATE) == [
        ("other", "صعوبة الوصول إلى المناطق المنكوبة")]


def test_b_after_an_object_of_a_demand_verb_keeps_its_old_reading():
    """«طالب» is no b_right_after_verb family: the definite word before its ب stays the object it is."""
    found = extract_statements("وقال بيسكوف إن موسكو تنتظر ردا. وطالب الحكومة البريطانية بتقديم أدلة.", date=DATE)
    assert [s.actor for s in found] == ["peskov", "peskov"]


# ---------------------------------------------------------------- closed (ختم/اختتم) with a verbal noun
def test_closed_a_message_with_a_verbal_noun_of_affirming():
    text = "وختم كيم برقيته بتأكيد استعداد بلاده لتوسيع التعاون مع موسكو."
    assert said(text, DATE) == [("kim", "استعداد بلاده لتوسيع التعاون مع موسكو")]


def test_closed_with_a_call():
    text = "واختتم يون خطابه بدعوة البرلمان إلى إقرار الموازنة دون تأخير."
    assert [a for a, _ in said(text, DATE)] == ["yoon"]


def test_sealing_a_document_is_no_statement():
    assert said("وختم الموظف الوثائق بالشمع الأحمر قبل إرسالها.", DATE) == []
