"""Extraction round 17b (issue 9): whole real articles from Egyptian, Maghreb, Lebanese and Jordanian outlets, every
statement listed. Layouts that lost statements or gave someone else's words to a tracked actor: a verbal noun joined
by و to a noun phrase («وازدراء الرئيس الأميركي لخصمه ووصفه بأنه …», given to the last speaker), a document's words
(«وجاء في بيان صدر عن …: "…"»), the renewal phrases «جدد تأكيد …» and «أعاد X التأكيد على …», and the participle
«منوها بـ…». Every sentence here is written for this file."""

from stance.extract import extract_statements
from tests.conftest import actor_of, said


# ---------------------------------------------------------------- a verbal noun joined by و is not a new verb
def test_verbal_noun_after_a_noun_phrase_is_not_the_previous_speakers_act():
    text = ("وقال كيم جونغ أون أمام قادة الجيش إن بلاده ستعزز ردعها النووي.\n"
            "وازداد القلق مع تبادل الطرفين التهديدات، وسخرية الرئيس الأميركي من خصمه ووصفه بأنه \"زعيم متهور\".")
    assert actor_of(text, "زعيم متهور") == "other"


def test_verbal_noun_clause_keeps_the_tracked_speaker_of_the_first_sentence():
    text = ("وقال كيم جونغ أون أمام قادة الجيش إن بلاده ستعزز ردعها النووي.\n"
            "وازداد القلق مع تبادل الطرفين التهديدات، وسخرية الرئيس الأميركي من خصمه ووصفه بأنه \"زعيم متهور\".")
    assert actor_of(text, "ستعزز ردعها") == "kim"


def test_a_short_clause_before_the_joined_verb_still_continues_the_speaker():
    text = ("وقال كيم جونغ أون إن المصانع تعمل بكامل طاقتها.\n"
            "وزار المصنع ووصفه بأنه \"قلعة الصناعة\".")
    assert actor_of(text, "قلعة الصناعة") == "kim"


def test_a_speech_verb_earlier_in_the_clause_keeps_the_joined_act_his():
    text = "وقال بيسكوف إن الكرملين يدرس المقترح الأوروبي بعناية وحذر من أي خطوات أحادية."
    assert actor_of(text, "خطوات أحادية") == "peskov"


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


# ---------------------------------------------------------------- renewal phrases and «منوها بـ»
def test_renewed_affirmation_without_a_pronoun_keeps_the_speaker():
    text = ("وقال بيسكوف إن موسكو تراقب الوضع في المنطقة. "
            "وعلى صعيد آخر، جدد تأكيد ضرورة التوصل إلى هدنة دائمة.")
    assert actor_of(text, "هدنة دائمة") == "peskov"


def test_renewed_affirmation_with_the_article():
    text = "وجدد كيربي التأكيد على التزام واشنطن بأمن حلفائها في آسيا."
    assert actor_of(text, "بأمن حلفائها") == "kirby"


def test_participle_munawwihan_with_b_opens_the_words():
    text = "وقال وزير الخارجية إن البلدين متفقان على توسيع التعاون، منوها بأهمية الاتفاقات الموقعة أمس."
    assert actor_of(text, "الاتفاقات الموقعة") == "other"


def test_participle_munawwihan_after_a_tracked_speaker_is_his():
    text = "وقال يون سوك يول إن سيول مستعدة للحوار، منوها بجهود الوسطاء في تخفيف التوتر."
    assert actor_of(text, "جهود الوسطاء") == "yoon"


# ---------------------------------------------------------------- a photo caption: a name, a dash, his office
def test_caption_of_name_and_office_is_no_statement():
    text = "دميتري بيسكوف - المتحدث باسم الكرملين\nوقال بيسكوف إن موسكو ستدرس العرض الجديد بهدوء."
    assert said(text) == [("peskov", "موسكو ستدرس العرض الجديد بهدوء")]


def test_title_line_closed_by_a_dash_and_the_speaker_is_still_his():
    text = "العقوبات الجديدة لن تغير سياستنا - بيسكوف\nوقال بيسكوف إن موسكو ستدرس العرض الجديد."
    assert actor_of(text, "العقوبات الجديدة لن تغير") == "peskov"


# ---------------------------------------------------------------- a time phrase before an object
def test_time_phrase_between_speaker_and_object_is_not_in_the_words():
    found = extract_statements("ونفى بيسكوف في وقت سابق اليوم الأنباء عن لقاء وشيك بين الرئيسين.")
    assert [(s.actor, s.text) for s in found] == [("peskov", "الأنباء عن لقاء وشيك بين الرئيسين")]


def test_time_phrase_with_min_before_the_object():
    found = extract_statements("ورفض كيربي في وقت سابق من اليوم المزاعم الروسية عن تورط واشنطن.")
    assert [(s.actor, s.text) for s in found] == [("kirby", "المزاعم الروسية عن تورط واشنطن")]


# ---------------------------------------------------------------- «معلقا على …،» before a quotation
def test_quote_after_a_commentary_participle_between_commas():
    text = 'وقال بيسكوف، معلقا على تصريحات الرئيس الفرنسي، "هذه تصريحات لا تساعد على التهدئة".'
    assert said(text) == [("peskov", "هذه تصريحات لا تساعد على التهدئة")]


# ---------------------------------------------------------------- a fronted topic phrase names no speaker
def test_person_in_a_fronted_topic_phrase_is_not_the_speaker():
    text = ("وأشار بيسكوف إلى أن أجهزة الاستخبارات الغربية تنشط في روسيا.\n"
            "وعن تصريح الرئيس الأميركي جو بايدن بأن مخابرات بلاده هي الأفضل، لفت في تصريح صحافي، إلى أن "
            "\"هذه المقارنة لا معنى لها\".")
    assert actor_of(text, "المقارنة لا معنى لها") == "peskov"


def test_tracked_person_as_the_topic_is_not_the_speaker():
    text = "وقال كيربي إن واشنطن تتابع التطورات.\nوعن زيارة بيسكوف إلى الصين، قال إن الزيارة لا تغير شيئا."
    assert actor_of(text, "لا تغير شيئا") == "kirby"


def test_speaker_named_after_the_verb_still_decides_after_a_topic():
    text = "وقال كيربي إن واشنطن تتابع التطورات.\nوحول زيارة بيسكوف، قال وزير الخارجية إن الزيارة لا تغير شيئا."
    assert actor_of(text, "لا تغير شيئا") == "other"


# ---------------------------------------------------------------- hard line wraps inside sentences
WRAPPED = ("قال المتحدث باسم مجلس الأمن القومي في البيت\n"
           "الأبيض، جون كيربي، إن بلاده لن تؤيد أي هجوم واسع على مدينة\n"
           "خان\n"
           "يونس.\n"
           "وأوضح كيربي، أن عشرات\n"
           "آلاف المدنيين نزحوا إلى منطقة ضيقة قرب الحدود.\n"
           "وأضاف: \"لم نر\n"
           "خطة واضحة لحماية المدنيين حتى الآن\".\n")


def test_speaker_split_over_two_wrapped_lines_is_kirby():
    assert actor_of(WRAPPED, "لن تؤيد أي هجوم") == "kirby"


def test_object_split_over_wrapped_lines_is_one_statement():
    found = [s for s in extract_statements(WRAPPED) if "المدنيين نزحوا" in s.text]
    assert found and found[0].actor == "kirby" and found[0].text.startswith("عشرات")


def test_quotation_closed_on_the_next_line_is_one_statement_and_offsets_hold():
    found = [s for s in extract_statements(WRAPPED) if "لم نر" in s.text]
    assert found and found[0].actor == "kirby" and "لحماية المدنيين" in found[0].text
    assert WRAPPED[found[0].start:found[0].end] == found[0].text


def test_line_ending_with_a_preposition_goes_on_with_the_next_line():
    text = "وأشار بيسكوف إلى أن موسكو لن تقبل أي شروط من\nالجانب الغربي قبل بدء المفاوضات."
    found = extract_statements(text)
    assert [(s.actor, s.text) for s in found] == [("peskov", "موسكو لن تقبل أي شروط من\nالجانب الغربي قبل بدء المفاوضات")]


def test_lines_that_each_hold_a_sentence_without_full_stops_stay_apart():
    text = ("وزير الخارجية يشيد بدور الوسطاء في الأزمة\n"
            "وقال الوزير إن الوساطة نجحت في خفض التوتر\n"
            "ومن جانبه أكد السفير أن بلاده تدعم الحل السلمي")
    texts = [t for _, t in said(text)]
    assert "الوساطة نجحت في خفض التوتر" in texts and "بلاده تدعم الحل السلمي" in texts


def test_a_line_that_opens_with_a_speech_verb_is_never_joined_to_an_unclosed_quotation():
    text = ("وقال المنفي: \"إن المصالحة تتطلب تنازلات من الجميع،\n"
            "و أكد المنفي في كلمته \"بناء الدولة مسؤولية جماعية\".")
    found = extract_statements(text)
    assert any(s.text == "بناء الدولة مسؤولية جماعية" for s in found)


# ---------------------------------------------------------------- «، وفق ما أكده الزعيم …» at the end
def test_trailing_wafq_ma_with_a_verb_and_a_titled_name():
    text = "تسعى بيونغ يانغ إلى بناء أسطول غواصات نووية، وفق ما أكده الزعيم كيم جونغ أون خلال زيارة للمرفأ."
    assert actor_of(text, "أسطول غواصات") == "kim"


def test_trailing_hasbama_with_an_object_suffix_and_a_title():
    text = "ستواصل البلاد تطوير قدراتها الدفاعية دون توقف، حسبما أعلنه الزعيم كيم جونغ أون."
    assert actor_of(text, "قدراتها الدفاعية") == "kim"


def test_trailing_wafq_ma_with_an_outlet_is_no_statement():
    assert said("ارتفعت صادرات الحبوب بنسبة كبيرة هذا العام، وفق ما ذكرت وكالة رويترز.") == []


# ---------------------------------------------------------------- «وأعاد الملك … التأكيد على …»
def test_reaffirmation_by_an_honorific_the_lexicon_does_not_know():
    text = "وأعاد الملك عبدالله الثاني التأكيد على تمسك المملكة بحل الدولتين دون أي تنازل."
    found = extract_statements(text)
    assert [(s.actor, s.text) for s in found] == [("other", "على تمسك المملكة بحل الدولتين دون أي تنازل")]


def test_reaffirmation_by_an_office_head():
    assert actor_of("وأعاد رئيس الوزراء الأردني التأكيد على موقف بلاده الثابت.", "موقف بلاده") == "other"


def test_reopening_a_road_after_an_affirmation_is_no_statement():
    assert said("وأعاد الجيش فتح الطريق بعد التأكيد على خلوه من الألغام.") == []


# ---------------------------------------------------------------- a long adverbial before the marker
def test_long_adverbial_with_a_relative_clause_before_ila_keeps_the_speaker():
    text = ("وقال بيسكوف إن موسكو تتابع الوضع.\n"
            "وأشار خلال اللقاء الذي حضره السفير الصيني وعدد من المسؤولين الروس والأجانب في قاعة المؤتمرات الكبرى، "
            "إلى “أهمية توسيع التعاون بين البلدين”.")
    assert actor_of(text, "أهمية توسيع التعاون") == "peskov"


# ---------------------------------------------------------------- title lines: an intelligence service, a hashtag
def test_intelligence_service_title_line_is_an_institution_speaker():
    text = "الاستخبارات الروسية: واشنطن تعد لاستفزاز جديد في البحر الأسود\nوقال الجهاز في بيان إن السفن جاهزة."
    found = extract_statements(text)
    assert found[0].actor == "other" and found[0].text == "واشنطن تعد لاستفزاز جديد في البحر الأسود"


def test_hashtag_title_line_names_the_speaker():
    text = ('#كيم_جونغ_أون: "سنبني أقوى أسطول في المنطقة"\n\n'
            "وقال الزعيم كيم جونغ أون خلال زيارة للميناء إن الأسطول سيكتمل قريبا.")
    found = extract_statements(text)
    assert (found[0].actor, found[0].text) == ("kim", "سنبني أقوى أسطول في المنطقة")
    assert text[found[0].start:found[0].end] == found[0].text


def test_hashtag_after_a_sentence_is_not_a_speaker():
    assert said("وقال بيسكوف إن الاتصالات متوقفة حاليا. #روسيا_اليوم") == [("peskov", "الاتصالات متوقفة حاليا")]


# ---------------------------------------------------------------- «عاجل:» and a place label before the speaker
def test_breaking_label_with_a_colon_before_a_name_colon_title():
    text = "عاجل: بيسكوف: لا موعد بعد لاتصال بين الرئيسين\nوقال بيسكوف إن الكرملين لم يحدد موعدا."
    assert actor_of(text, "لا موعد بعد") == "peskov"


def test_place_label_before_a_speaker_and_his_verb_in_a_title_line():
    text = "روسيا: بيسكوف يؤكد أن موسكو لن تغير موقفها\nوقال بيسكوف للصحفيين إن الموقف ثابت."
    found = extract_statements(text)
    assert (found[0].actor, found[0].text) == ("peskov", "موسكو لن تغير موقفها")


def test_place_label_before_a_titled_name_and_a_pledge():
    text = "كوريا الشمالية: الزعيم كيم يتعهد بتوسيع الترسانة النووية\nوقال كيم إن بلاده لن تتراجع."
    assert actor_of(text, "توسيع الترسانة") == "kim"


def test_place_label_before_words_without_a_speaker_stays_the_place():
    text = "البنتاغون: لا خطط لإرسال قوات إضافية\nوقال المتحدث إن الوزارة لا تخطط لذلك."
    assert actor_of(text, "لا خطط لإرسال") == "other"


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


def test_topic_particle_amma_with_an_unknown_subject_is_not_the_last_speaker():
    text = ("وقال كيربي إن واشنطن تتابع التجارب عن كثب.\n\n"
            "أما وزير الدفاع الياباني ميتورو كيهارا فقال إن طوكيو سترفع جاهزيتها.")
    found = [s for s in extract_statements(text) if "سترفع جاهزيتها" in s.text]
    assert found and found[0].actor == "other" and found[0].actor_mention.startswith("وزير الدفاع الياباني")
