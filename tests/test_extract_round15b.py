"""Extraction round 15b (issue 9): whole real articles showed title lines «X: …» whose speaker X is a person the
lexicon does not know (a prime minister, a foreign minister, a speaker of parliament) left without any statement,
also when a place follows the name («X من Y: …»), and the present tense of «نوّه» read as no verb. Every sentence
here is written for this file."""

from stance.extract import extract_statements
from tests.conftest import said


def found(text, day="2024-03-12"):
    return said(text, day)


# ---------------------------------------------------------------- a title quoting a person the lexicon does not know
def test_a_title_whose_speaker_is_named_after_a_verb_in_the_body_is_his_statement():
    text = ("سلامة: لن نرفع الأسعار قبل نهاية العام\n\n"
            "قال وزير الطاقة حسن سلامة، اليوم الثلاثاء، إن الحكومة لا تنوي تعديل التعريفة.\n"
            "وأوضح سلامة أن الدعم سيبقى حتى الربيع.")
    statements = extract_statements(text, date="2024-03-12")
    assert statements[0].actor == "other"
    assert statements[0].actor_mention == "سلامة"
    assert statements[0].text == "لن نرفع الأسعار قبل نهاية العام"


def test_a_title_speaker_with_the_place_he_spoke_from_before_the_colon():
    text = ("الحلبي من طرابلس: الانتخابات في موعدها دون تأجيل\n\n"
            "أكد رئيس البلدية فادي الحلبي أن الاستعدادات اكتملت.\n"
            "وشدد الحلبي على أن أي تأجيل مرفوض.")
    assert found(text)[0] == ("other", "الانتخابات في موعدها دون تأجيل")


def test_a_title_after_a_photo_caption_is_still_a_title():
    text = ("منير الخطيب\nتصوير سامي يوسف\n\n"
            "الخطيب: الحوار هو الطريق الوحيد\n\n"
            "وأعلن الخطيب أن الاجتماع سيعقد الأسبوع المقبل.")
    assert found(text)[0] == ("other", "الحوار هو الطريق الوحيد")


def test_a_title_word_never_seen_after_a_speech_verb_is_no_speaker():
    # «تفاصيل» is page furniture, not a person: nobody «قال تفاصيل» in the body
    text = ("تفاصيل: الحكومة تقر الموازنة الجديدة بعد نقاش طويل\n\n"
            "أقر مجلس الوزراء الموازنة في جلسته الأخيرة.")
    assert all(actor != "other" or words != "الحكومة تقر الموازنة الجديدة بعد نقاش طويل"
               for actor, words in found(text))


def test_a_title_word_that_never_speaks_in_the_body_is_no_speaker():
    # «الأسواق» opens a title, but nobody in the body speaks as «الأسواق»
    text = ("الأسواق: تراجع حاد في أسعار النفط هذا الأسبوع\n\n"
            "وقال محللون إن الطلب ضعف.")
    assert ("other", "تراجع حاد في أسعار النفط هذا الأسبوع") not in found(text)


def test_an_unknown_title_speaker_is_never_a_tracked_actor():
    text = ("فارس: بيونغ يانغ ستواصل تجاربها الصاروخية\n\n"
            "وقال فارس إن كيم جونغ أون لم يغير موقفه.")
    statements = extract_statements(text, date="2024-03-12")
    assert statements[0].actor == "other"
    assert statements[0].text == "بيونغ يانغ ستواصل تجاربها الصاروخية"


def test_a_known_speaker_title_still_goes_to_him():
    text = ("بيسكوف: لا خطط لاتصالات جديدة مع واشنطن\n\n"
            "وقال بيسكوف للصحفيين إن الكرملين لم يتلق أي طلب.")
    assert found(text)[0] == ("peskov", "لا خطط لاتصالات جديدة مع واشنطن")


# ---------------------------------------------------------------- the present tense of «نوّه»
def test_the_present_tense_of_nawwaha_reports_a_second_act():
    text = "وأعرب وزير الصحة عن ارتياحه لنتائج الحملة وينوه إلى مشاركة المتطوعين الواسعة في القرى."
    assert found(text) == [("other", "ارتياحه لنتائج الحملة"),
                           ("other", "مشاركة المتطوعين الواسعة في القرى")]


def test_an_outlet_before_a_title_colon_leaves_the_title_to_the_speaker_it_names():
    text = ("«وكالة»: الزعيم الكوري الشمالي يعلن رفع الجاهزية القتالية\n"
            "ذكرت وكالة الأنباء المركزية الكورية أن الزعيم كيم جونغ أون دعا إلى تدريبات أوسع.")
    assert found(text)[0] == ("kim", "رفع الجاهزية القتالية")


def test_an_unknown_title_word_before_a_named_speaker_with_his_verb_is_not_the_speaker():
    text = ("حصري: الزعيم الكوري الشمالي يعلن رفع الجاهزية القتالية\n"
            "وقال حصري إن المصدر موثوق.")
    assert ("other", "الزعيم الكوري الشمالي يعلن رفع الجاهزية القتالية") not in found(text)


def test_a_title_speaker_named_in_the_body_after_his_verb_title_and_given_name():
    text = ("ناصيف: لا زيادة في رسوم التسجيل هذا العام\n\n"
            "وأكد وزير التربية وليد ناصيف للصحفيين أن الموازنة تكفي للعام الدراسي.")
    assert found(text)[0] == ("other", "لا زيادة في رسوم التسجيل هذا العام")


def test_a_title_speaker_named_only_across_a_sentence_end_from_a_verb_is_no_speaker():
    text = ("ناصيف: لا زيادة في رسوم التسجيل هذا العام\n\n"
            "وانتهى الاجتماع دون اتفاق. ناصيف غادر القاعة مبكرا.")
    assert ("other", "لا زيادة في رسوم التسجيل هذا العام") not in found(text)


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


# ---------------------------------------------------------------- a linked title glued to the full stop before it
def test_a_linked_title_glued_to_a_full_stop_is_not_part_of_the_words_before():
    text = ('وقال بيسكوف إن قنوات الحوار مع واشنطن ما زالت مفتوحة.'
            'زاخاروفا من نيويورك: على الغرب أن يتوقف عن تسليح كييف فورا')
    statements = extract_statements(text, date="2025-09-28")
    assert statements[0].actor == "peskov"
    assert statements[0].text == "قنوات الحوار مع واشنطن ما زالت مفتوحة"
    assert all(s.actor != "peskov" for s in statements[1:])


def test_a_tracked_speaker_in_a_glued_title_is_his_statement():
    text = ('وقال وزير الخارجية الروسي إن المفاوضات متوقفة.'
            'بيسكوف: لا أحد في موسكو يتحدث عن هدنة في الوقت الحالي')
    assert found(text)[-1] == ("peskov", "لا أحد في موسكو يتحدث عن هدنة في الوقت الحالي")


def test_a_glued_sentence_opening_with_a_verb_is_read_as_a_sentence():
    text = 'قال كيربي إن الوضع مقلق.وأضاف أن الإدارة تراقب عن كثب.'
    assert found(text) == [("kirby", "الوضع مقلق"), ("kirby", "الإدارة تراقب عن كثب")]


def test_an_abbreviated_title_before_a_name_is_no_sentence_end():
    assert found("وقال د.محمد سالم إن الوضع مستقر.") == [("other", "الوضع مستقر")]


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
