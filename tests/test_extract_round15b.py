"""Extraction round 15b (issue 9): whole real articles showed title lines «X: …» whose speaker X is a person the
lexicon does not know (a prime minister, a foreign minister, a speaker of parliament) left without any statement,
also when a place follows the name («X من Y: …»), and the present tense of «نوّه» read as no verb. Every sentence
here is written for this file."""

from stance.extract import extract_statements
from tests.conftest import said


def found(text, day="2024-03-12"):
    return said(text, day)


# ---------------------------------------------------------------- the present tense of «نوّه»
def test_the_present_tense_of_nawwaha_reports_a_second_act():
    text = "وأعرب وزير الصحة عن ارتياحه لنتائج الحملة وينوه إلى مشاركة المتطوعين الواسعة في القرى."
    assert found(text) == [("other", "ارتياحه لنتائج الحملة"),
                           ("other", "مشاركة المتطوعين الواسعة في القرى")]


# ---------------------------------------------------------------- a long adverbial between commas after the speaker
def test_a_long_adverbial_between_commas_before_the_marker_keeps_the_statement():
    text = ("أشار رئيس الوزراء سليم حداد، بعد لقائه رئيس المجلس الأعلى للقضاء القاضي فؤاد نجم في قصر العدل، "
            "إلى أن التعيينات القضائية ستصدر قبل نهاية الشهر.")
    assert found(text) == [("other", "التعيينات القضائية ستصدر قبل نهاية الشهر")]


def test_a_tracked_person_inside_the_adverbial_is_not_the_speaker():
    text = ("وأشار السفير التركي أحمد يلماز، خلال اجتماعه مع المتحدث باسم الكرملين دميتري بيسكوف في موسكو "
            "صباح أمس، إلى أن التبادل التجاري يتوسع.")
    assert found(text) == [("other", "التبادل التجاري يتوسع")]


def test_an_adverbial_that_does_not_open_with_an_adjunct_word_is_not_skipped():
    # «، الذي …»: a relative clause, not an adverbial; the region stays too long to be a speaker
    text = ("وأشار التقرير الذي أعده فريق من الخبراء المستقلين، الذي عمل على الملف طوال عامين كاملين في عدة "
            "عواصم أوروبية وآسيوية مختلفة، إلى أن الأرقام مقلقة.")
    assert all(actor == "other" for actor, _ in found(text))


# ---------------------------------------------------------------- reporting verbs the lists lacked
def test_shajaba_condemns_like_adana():
    assert found("وشجب كيربي الهجوم على القافلة الإنسانية.") == [("kirby", "الهجوم على القافلة الإنسانية")]


def test_afsaha_an_declares():
    assert found("وأفصح بيسكوف عن نية الكرملين إرسال وفد إلى أنقرة.") == [("peskov", "نية الكرملين إرسال وفد إلى أنقرة")]


def test_akhbara_reports_what_was_told():
    assert found("وأخبر كيربي الصحفيين أن الإدارة تراقب الوضع عن كثب.") == [("kirby", "الإدارة تراقب الوضع عن كثب")]


def test_present_yuqirru_with_bi_anna_admits_but_approving_a_budget_is_no_statement():
    assert found("وتقر الحكومة بأن الأزمة أعمق مما توقعت.") == [("other", "الأزمة أعمق مما توقعت")]
    assert found("وتقر الحكومة الموازنة الجديدة الأسبوع المقبل.") == []


def test_a_passive_yudaa_is_no_claim_verb():
    # «يُدعى» (is invited) reads «يدعي» once normalized: it must not cut the words it stands in
    text = "وقال المستشار إن وفد الحركة جاهز لأي منبر تفاوضي يُدعى إليه في الأسابيع المقبلة."
    assert found(text) == [("other", "وفد الحركة جاهز لأي منبر تفاوضي يُدعى إليه في الأسابيع المقبلة")]


# ---------------------------------------------------------------- «ردا على / معلقا على» between the speaker and his words
def test_the_ala_of_a_reply_phrase_is_not_the_marker_of_akkada():
    text = "وأكد بيسكوف، ردا على سؤال حول العقوبات الجديدة، أن الاقتصاد الروسي سيتكيف معها."
    assert found(text) == [("peskov", "الاقتصاد الروسي سيتكيف معها")]


def test_what_he_commented_on_is_not_the_object_of_the_verb():
    text = 'وصرح كيربي، معلقا على تصريحات الوزير الروسي الأخيرة، قائلا: "هذا الكلام لا يغير شيئا على الأرض".'
    assert found(text) == [("kirby", "هذا الكلام لا يغير شيئا على الأرض")]


def test_an_object_after_the_reply_phrase_is_still_the_words():
    text = "ونفى بيسكوف، ردا على سؤال أحد الصحفيين، وجود أي اتصالات مع كييف."
    assert found(text) == [("peskov", "وجود أي اتصالات مع كييف")]
