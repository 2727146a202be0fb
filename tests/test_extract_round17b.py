"""Extraction round 17b (issue 9): whole real articles from Egyptian, Maghreb, Lebanese and Jordanian outlets, every
statement listed. Layouts that lost statements or gave someone else's words to a tracked actor: a verbal noun joined
by و to a noun phrase («وازدراء الرئيس الأميركي لخصمه ووصفه بأنه …», given to the last speaker), a document's words
(«وجاء في بيان صدر عن …: "…"»), the renewal phrases «جدد تأكيد …» and «أعاد X التأكيد على …», and the participle
«منوها بـ…». Every sentence here is written for this file."""

from stance.extract import extract_statements
from tests.conftest import actor_of, said


# ---------------------------------------------------------------- a document's words: «وجاء في بيان …: "…"»
def test_words_of_a_statement_after_jaa_fi_and_a_colon():
    text = 'وجاء في بيان صادر عن وزارة الخارجية: "تتابع الحكومة تطورات الحدود باهتمام بالغ".'
    found = extract_statements(text)
    assert [(s.actor, s.text) for s in found] == [("other", "تتابع الحكومة تطورات الحدود باهتمام بالغ")]
    assert found[0].actor_mention.startswith("بيان")


def test_words_of_an_agency_report_after_a_long_description_of_it():
    text = 'وجاء في تقرير الوكالة عن التجربة التي أجريت فجر الأحد: "نجحت التجربة في إثبات دقة المنظومة الجديدة".'
    assert said(text) == [("other", "نجحت التجربة في إثبات دقة المنظومة الجديدة")]


def test_indirect_words_of_a_statement_after_warada_fi():
    text = "وورد في البيان الختامي أن الوفدين اتفقا على مواصلة المشاورات الشهر المقبل."
    assert actor_of(text, "مواصلة المشاورات") == "other"


def test_a_statement_that_names_kirby_as_an_appointee_is_not_kirby():
    text = ('وجاء في بيان صدر عن البيت الأبيض: "سينضم جون كيربي إلى فريق مجلس الأمن القومي ويتولى تنسيق '
            'الرسائل الإعلامية".')
    assert actor_of(text, "تنسيق الرسائل") == "other"


def test_a_tracked_person_acting_inside_the_statement_keeps_his_act():
    text = "وجاء في البيان أن الزعيم كيم جونغ أون أكد أن بلاده لن تتراجع عن برنامجها."
    assert actor_of(text, "لن تتراجع") == "kim"


def test_jaa_fi_without_a_document_noun_is_no_statement():
    assert said("وجاء في المرتبة الثانية الفريق الضيف بفارق نقطتين.") == []


# ---------------------------------------------------------------- «، وفق ما أكده الزعيم …» at the end
def test_trailing_wafq_ma_with_a_verb_and_a_titled_name():
    text = "تسعى بيونغ يانغ إلى بناء أسطول غواصات نووية، وفق ما أكده الزعيم كيم جونغ أون خلال زيارة للمرفأ."
    assert actor_of(text, "أسطول غواصات") == "kim"


def test_trailing_hasbama_with_an_object_suffix_and_a_title():
    text = "ستواصل البلاد تطوير قدراتها الدفاعية دون توقف، حسبما أعلنه الزعيم كيم جونغ أون."
    assert actor_of(text, "قدراتها الدفاعية") == "kim"


def test_trailing_wafq_ma_with_an_outlet_is_no_statement():
    assert said("ارتفعت صادرات الحبوب بنسبة كبيرة هذا العام، وفق ما ذكرت وكالة رويترز.") == []


# ---------------------------------------------------------------- a tracked man as the object of a foreign office
def test_foreign_minister_accusing_peskov_is_not_peskov():
    assert actor_of("واتهم وزير الخارجية الأوكراني بيسكوف بتضليل الرأي العام.", "تضليل الرأي العام") == "other"


def test_ambassador_describing_kim_is_not_kim():
    text = 'ووصف السفير الأمريكي كيم جونغ أون بأنه "أكبر تهديد للسلام في المنطقة".'
    assert actor_of(text, "أكبر تهديد للسلام") == "other"


def test_participle_after_criticising_a_tracked_man_is_the_critics():
    text = 'وانتقد وزير الخارجية الأوكراني بيسكوف بشدة، قائلا إن تصريحاته "بعيدة كل البعد عن الحقيقة".'
    assert actor_of(text, "بعيدة كل البعد") == "other"


def test_an_office_the_tracked_man_held_keeps_him():
    text = "ورفض مساعد وزير الدفاع للشؤون العامة جون كيربي التعليق على التقارير الأخيرة."
    assert actor_of(text, "التعليق على التقارير") == "kirby"


def test_namesake_minister_named_after_his_office_is_still_other():
    assert actor_of("ونفى وزير الدفاع الكوري الجنوبي كيم يونغ هيون إرسال قوات إلى الحدود.", "إرسال قوات") == "other"


def test_a_custom_actor_without_roles_keeps_his_office_after_an_object_verb():
    from stance.lexicon import Lexicon
    lexicon = Lexicon({"actors": {"lavrov": {"names": ["سيرغي لافروف", "لافروف"]}}})
    found = extract_statements("واتهم وزير الخارجية الروسي سيرغي لافروف الغرب بتأجيج الصراع.", lexicon=lexicon)
    assert [s.actor for s in found] == ["lavrov"]
