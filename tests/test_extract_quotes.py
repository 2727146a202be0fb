"""Extraction tests for quotations and what frames them: a quotation before its speaker, a quotation after
adverbial phrases or a relative clause, short quotations closing a sentence, quotations left open or running over
two paragraphs, the writer's frame after a closed quotation, question-and-answer interviews and transcripts, and
lists of points announced by a speaker. Each case is a short invented sentence."""

import pytest

from stance.extract import extract_statements
from tests.conftest import actor_of, actors, found, said


# ================================================================ a quotation after its speaker, with phrases in between
def test_quote_after_name_apposition_and_adverbial():
    text = "وقالت كيم يو جونغ، نائبة مدير الدائرة، في تصريح نقلته الوكالة الرسمية، \"لا نفهم صمت الجنوب\"."
    assert found(text) == [("other", "لا نفهم صمت الجنوب")]


def test_quote_after_name_and_role_without_comma():
    text = "وأعلن جون كيربي المتحدث باسم الأمن القومي «ما زلنا نخشى أن يقدم الشمال الدعم»."
    assert found(text) == [("kirby", "ما زلنا نخشى أن يقدم الشمال الدعم")]


def test_participle_then_marker_then_quote():
    text = "وانتقد بيسكوف القرار، مشيرا إلى \"أننا لم نتلق أي تفسير مقنع حتى الآن\"."
    assert ("peskov", "أننا لم نتلق أي تفسير مقنع حتى الآن") in found(text)


def test_participle_then_discourse_phrase_then_quote():
    text = "وقال بيسكوف إن الكرملين يحترم النقاش، مؤكدا مع ذلك \"رفضه التام لأي تدخل خارجي في الانتخابات\"."
    assert ("peskov", "رفضه التام لأي تدخل خارجي في الانتخابات") in found(text)


def test_quote_after_an_adverbial_between_commas_and_a_name():
    text = 'وقال بيسكوف، خلال إفادته اليومية عبر الهاتف، "لا نملك معلومات إضافية حول هذا الموضوع".'
    assert found(text) == [("peskov", "لا نملك معلومات إضافية حول هذا الموضوع")]


# ---------------------------------------------------------------- two adverbial phrases, then the quote
def test_two_adverbial_phrases_between_speaker_and_quote():
    text = ('وقال بيسكوف تعليقا على سؤال بشأن ما إذا كانت موسكو ستغير موقفها من المبادرة، '
            'وفقا لما نقلته وكالة إنترفاكس الروسية، "لا شيء تغير في نظرتنا إلى هذه المسألة".')
    assert found(text) == [("peskov", "لا شيء تغير في نظرتنا إلى هذه المسألة")]


def test_a_long_phrase_that_is_not_adverbial_still_blocks_the_quote():
    # the words between the name and the quote are a clause of their own, not adverbials
    text = ('وقال بيسكوف الذي عاد من رحلة طويلة إلى الشرق الأقصى برفقة عدد كبير من المسؤولين والصحفيين، '
            'بينما كانت الطائرة تهبط في مطار العاصمة مساء أمس، "الطقس هنا أفضل".')
    assert ("peskov", "الطقس هنا أفضل") not in found(text)


# ---------------------------------------------------------------- a long phrase retelling the question he answered
@pytest.mark.parametrize("text, actor, words", [
    # time and place, then the question retold with a relative clause of its own, then the words (round 33)
    ('وقال كيربي، خلال إيجاز صحفي، مساء الخميس، ردا على سؤال بشأن الغارات التي يشنها المسلحون في الشمال '
     'وتأثيرها على موعد إعادة الجنود إلى بلادهم، "قد نعيد النظر في الجدول إذا ساءت الأمور".',
     "kirby", "قد نعيد النظر في الجدول إذا ساءت الأمور"),
    ('وقال بيسكوف للصحفيين، ردا على سؤال حول ما إذا كان الرئيس سيستقبل الوفد القادم من آسيا '
     'قبل عودته من الجولة، "لا نستطيع تحديد الموعد الآن".',
     "peskov", "لا نستطيع تحديد الموعد الآن"),
])
def test_a_long_retold_question_between_commas_then_the_quote(text, actor, words):
    assert found(text) == [(actor, words)]


def test_a_long_phrase_with_no_question_still_blocks_the_quote():
    # guard: as long, but it refers to events, not to a question put to him
    text = ('وقال كيربي، خلال إيجاز صحفي، في إشارة إلى الغارات التي يشنها المسلحون في الشمال وتأثيرها على '
            'موعد إعادة الجنود إلى بلادهم، "قد نعيد النظر في الجدول إذا ساءت الأمور".')
    assert ("kirby", "قد نعيد النظر في الجدول إذا ساءت الأمور") not in found(text)


def test_a_retold_question_holding_someone_elses_words_still_blocks_the_quote():
    # guard: the long phrase reports what another man said, so the quotation may be his
    text = ('وقال كيربي، خلال إيجاز صحفي، ردا على سؤال بشأن تصريحات قال فيها الوزير الإيراني إن المسلحين '
            'سيواصلون الغارات في الشمال، "لن يتوقف الأمر عند هذا الحد".')
    assert ("kirby", "لن يتوقف الأمر عند هذا الحد") not in found(text)


# ---------------------------------------------------------------- a relative clause between the name and the quote
def test_a_relative_clause_then_an_adverbial_then_the_quote():
    text = ('وقال كيم الذي حضر تجربة المحرك الجديد من مركز المراقبة، أمام قادة الجيش في الميدان '
            '"هذه القفزة تضع بلادنا في مصاف الدول الكبرى".')
    assert actor_of(text, "هذه القفزة تضع", "2023-07-13") == "kim"


def test_a_relative_clause_right_before_the_quote():
    text = 'وقال بيسكوف الذي التقى الصحفيين في الكرملين "لا نعرف شيئا عن هذه الخطط".'
    assert actor_of(text, "لا نعرف شيئا", "2024-02-02") == "peskov"


def test_a_relative_clause_with_its_own_speech_verb_keeps_its_quote():
    text = 'وقال كيم الذي أشاد بالغواصة الجديدة باعتبارها "درع الأمة في البحار" إن الأسطول سيكون جاهزا.'
    assert ("kim", "الأسطول سيكون جاهزا") in said(text, "2023-02-09")
    assert not any(words.startswith("درع الأمة في البحار\" إن") for _, words in said(text, "2023-02-09"))


# ---------------------------------------------------------------- «معلقا على …،» before a quotation
def test_quote_after_a_commentary_participle_between_commas():
    text = 'وقال بيسكوف، معلقا على تصريحات الرئيس الفرنسي، "هذه تصريحات لا تساعد على التهدئة".'
    assert said(text) == [("peskov", "هذه تصريحات لا تساعد على التهدئة")]


# ---------------------------------------------------------------- a condition between the participle and the words
def test_condition_between_saying_and_the_quotation():
    text = ('وقال بيسكوف إن باريس لم تطلب أي اتصال.\n'
            'وأضاف المتحدث باسم الرئاسة الروسية قائلا، إذا لزم الأمر “يمكن ترتيب المكالمة خلال ساعات”.')
    assert said(text, "2025-03-01") == [("peskov", "باريس لم تطلب أي اتصال"),
                                        ("peskov", "يمكن ترتيب المكالمة خلال ساعات")]


def test_a_short_quoted_name_after_a_condition_is_not_the_words():
    text = 'وأضاف الوزير قائلا إذا وافقت "حماس" فإن الاتفاق سيوقع غدا.'
    assert all(s.text != "حماس" for s in extract_statements(text, date="2025-03-01"))


# ---------------------------------------------------------------- a quoted speaker, then a colon
def test_a_quoted_agency_before_a_colon_is_the_speaker_not_the_words():
    text = ('وقالت «وكالة الأنباء المركزية الكورية الرسمية»: «المناورات المشتركة تدفع المنطقة نحو الهاوية».')
    got = found(text)
    assert got == [("other", "المناورات المشتركة تدفع المنطقة نحو الهاوية")]


# ---------------------------------------------------------------- a doubled quote mark after the colon
def test_a_doubled_quote_mark_opens_the_words_once():
    text = 'وقال بيسكوف للصحفيين:""لم نناقش هذا الموضوع خلال الاتصال الهاتفي الأخير".'
    assert said(text, "2021-09-22") == [("peskov", "لم نناقش هذا الموضوع خلال الاتصال الهاتفي الأخير")]


# ---------------------------------------------------------------- quotation marks and quoted names
def test_inner_quote_left_open_closes_with_the_guillemets():
    # an inner “ that is never closed must not swallow the following sentences
    text = ("وأكد بيسكوف أن «الحديث عن تغيير السلطة “مرفوض تماما، ولا نقبل به» . "
            "ولفت إلى أن موسكو ستتابع الموقف عن قرب.")
    assert found(text)[-1] == ("peskov", "موسكو ستتابع الموقف عن قرب")
    assert len(found(text)) == 2


def test_description_in_quotes_followed_by_a_reason():
    text = "انتقد كيم جونغ أون بشدة الرئيس يون سوك يول، واصفا إياه بـ\"المتهور الخطير\" بسبب خطابه الأخير."
    assert found(text, "2024-10-03") == [("kim", "المتهور الخطير")]


# ---------------------------------------------------------------- a quoted body opening a sentence, after a tracked speaker
@pytest.mark.parametrize("line", ["\"الخارجية الروسية\" تطالب بريطانيا بتوضيح رسمي",
                                  "\"الكرملين\" يرد على الاتهامات الغربية بشأن الحادث",
                                  "«البنتاغون» ينفي إرسال قوات إضافية إلى المنطقة"])
def test_a_quoted_body_opening_the_next_line_is_not_the_last_speakers_words(line):
    text = f"قال بيسكوف إن موسكو لا ترى أي جديد في الاتهامات.\n{line}\nوكانت العاصمة البريطانية قد شهدت احتجاجات."
    assert all(actor == "other" for actor, _ in found(text)[1:]), found(text)
    assert [t for _, t in found(text)][:1] == ["موسكو لا ترى أي جديد في الاتهامات"]
    assert not any(t in line for _, t in found(text)[1:] if len(t.split()) <= 2)


def test_a_quoted_body_as_the_subject_of_a_verb_of_saying_is_that_body():
    text = "قال يون إن البلاد مستعدة لكل الاحتمالات.\n\"الرئاسة الكورية\" تؤكد أن التحالف مع واشنطن متين"
    statements = extract_statements(text, date="2024-03-05")
    assert [(s.actor, s.actor_mention, s.text) for s in statements][1:] == \
        [("other", "الرئاسة الكورية", "التحالف مع واشنطن متين")]


def test_a_standalone_quotation_after_a_speaker_is_still_his():
    text = "قال بيسكوف للصحفيين:\n\"لن نقبل بأي شروط مسبقة\".\nوأضاف أن الاتصالات مستمرة."
    assert found(text)[0] == ("peskov", "لن نقبل بأي شروط مسبقة")


# ---------------------------------------------------------------- quotations after long adverbials
def test_long_adverbial_after_the_speaker_then_a_quotation_closing_the_sentence():
    text = ("وقال الرئيس يون في كلمته أمام الاجتماع الموسع لكبار القادة العسكريين الذي عقد في مقر وزارة الدفاع "
            "بالعاصمة سيئول \"أي استفزاز سيقابل برد فوري وحاسم من قواتنا\".")
    assert said(text, "2023-10-05") == [("yoon", "أي استفزاز سيقابل برد فوري وحاسم من قواتنا")]


def test_short_quoted_name_inside_the_adverbial_is_not_the_words():
    text = "وقال يون خلال الحفل الذي أقيم في متحف “أن جونغ غون” في سيئول “علينا أن نتذكر تضحيات الأجداد دائما”."
    assert said(text, "2024-03-01") == [("yoon", "علينا أن نتذكر تضحيات الأجداد دائما")]


def test_long_adverbial_then_a_quoted_phrase_inside_a_sentence_is_not_the_words():
    # the quotation does not close its sentence: a phrase inside the narration, not the words said
    text = ("وقال بيسكوف في ختام الاجتماع الطويل الذي ضم ممثلين عن عدد من الوزارات والهيئات الحكومية المعنية "
            "بالملف \"الأمن الغذائي في المناطق الحدودية\" في حين غادر الوزراء القاعة.")
    assert all(t != "الأمن الغذائي في المناطق الحدودية" for _, t in said(text, "2023-10-05"))


def test_two_full_stops_before_a_quotation_stand_for_a_colon():
    text = "وقال بيسكوف في تصريحات للصحفيين في موسكو اليوم.. “ما يجري في المدينة جريمة بحق التاريخ كله”."
    assert said(text, "2017-01-20") == [("peskov", "ما يجري في المدينة جريمة بحق التاريخ كله")]


# ================================================================ a quotation before its speaker
def test_inverted_attribution_after_a_quotation_is_kept():
    text = "«لن نسمح بأي تدخل» أكدت المتحدثة."
    assert all(a == "other" for a in actors(text))


# ---------------------------------------------------------------- quotation first, after another sentence
def test_quotation_then_attribution_after_another_sentence_of_the_paragraph():
    text = 'وقال كيربي إن واشنطن سترد. "لن نترك حلفاءنا وحدهم"، قال وزير الخارجية أنتوني بلينكن.'
    assert actors(text) == ["kirby", "other"]
    assert found(text)[1][1] == "لن نترك حلفاءنا وحدهم"


def test_quotation_then_tracked_attribution_after_another_sentence():
    text = 'وقال بلينكن إن واشنطن سترد. «الرد سيكون مدروسا» قال كيربي في المؤتمر.'
    assert found(text) == [("other", "واشنطن سترد"), ("kirby", "الرد سيكون مدروسا")]


# ---------------------------------------------------------------- «"…" هكذا رد X» and a second quoted sentence
def test_quote_then_hakatha_and_the_verb():
    text = '"لن نستبق الأحداث" هكذا علق كيربي حين سئل عن الاجتماع المرتقب.'
    assert found(text) == [("kirby", "لن نستبق الأحداث")]


def test_second_quoted_sentence_after_a_short_attribution_is_the_same_speaker():
    text = '"الرسالة وصلت إلى الجميع" قال كيربي. "وعلى الأطراف كلها أن تتحلى بضبط النفس."'
    assert found(text) == [("kirby", "الرسالة وصلت إلى الجميع"),
                           ("kirby", "وعلى الأطراف كلها أن تتحلى بضبط النفس")]


def test_second_quote_without_an_attribution_in_between_is_not_chained():
    # the first quote has no speaker of its own: nothing to carry to the second one
    text = '"الرسالة وصلت إلى الجميع" عنوان مقال نشرته الصحيفة. "وعلى الأطراف كلها أن تتحلى بضبط النفس."'
    assert all(actor != "kirby" for actor, _ in found(text))


# ================================================================ short, unclosed and long quotations
# ---------------------------------------------------------------- a short quotation that closes its sentence
@pytest.mark.parametrize("text, actor, words", [
    ('وقال بيسكوف للصحفيين صباح اليوم "لا تعليق لدينا".', "peskov", "لا تعليق لدينا"),
    ('وقال بيسكوف للصحفيين، ردا على سؤال عن المحادثات، "لا تعليق لدينا".', "peskov", "لا تعليق لدينا"),
    ('وقال منسق الاتصالات في مجلس الأمن القومي جون كيربي خلال الإيجاز "هذا غير دقيق".', "kirby", "هذا غير دقيق"),
])
def test_a_short_quotation_after_an_adverbial_is_the_words_said(text, actor, words):
    assert found(text) == [(actor, words)]


def test_a_short_quotation_ending_a_paragraph_before_another_is_still_the_words_said():
    text = ('وقال بيسكوف للصحفيين صباح الاثنين "لا تعليق لدينا".\n'
            'وقال المتحدث باسم الرئاسة الروسية، دميتري بيسكوف، في الإيجاز نفسه "لا نملك أي معلومات عن ذلك".')
    assert actors(text) == ["peskov", "peskov"]


def test_a_short_quoted_outlet_name_closing_the_sentence_is_no_statement():
    assert found('وظهر كيربي مساء الأحد في مقابلة مع شبكة "فوكس نيوز".') == []


def test_a_short_quoted_outlet_inside_the_sentence_is_still_a_name():
    assert found('وقال كيربي لصحيفة "ذا هيل" إن الإدارة تدرس الخيارات.') == [("kirby", "الإدارة تدرس الخيارات")]


# ---------------------------------------------------------------- a quotation opened and never closed
def test_unclosed_quote_ends_before_a_participle_of_the_speaker():
    text = "وقال يون: “هذا المقطع مزيف من أوله إلى آخره، ولم أدل بهذه الكلمات، مضيفا أن الشرطة فتحت تحقيقا."
    assert found(text) == [("yoon", "هذا المقطع مزيف من أوله إلى آخره، ولم أدل بهذه الكلمات"),
                           ("yoon", "الشرطة فتحت تحقيقا")]


def test_unclosed_quote_ends_before_a_new_sentence_with_wa_adaf():
    text = "وقال كيربي: “لن نسمح بتهديد الملاحة في المضيق. وأضاف أن سفينتين ستصلان المنطقة هذا الأسبوع."
    assert found(text) == [("kirby", "لن نسمح بتهديد الملاحة في المضيق"),
                           ("kirby", "سفينتين ستصلان المنطقة هذا الأسبوع")]


def test_closed_quote_with_a_participle_inside_stays_whole():
    text = "وقال بيسكوف: “نحن نتابع الوضع، مضيفا إليه عناصر جديدة كل يوم”، بحسب الوكالة."
    assert found(text)[0] == ("peskov", "نحن نتابع الوضع، مضيفا إليه عناصر جديدة كل يوم")


# ---------------------------------------------------------------- a quotation that runs over two paragraphs
@pytest.mark.parametrize("text, words", [
    ('وأضاف كيربي: "سنعمل مع الحلفاء على كل المستويات.\nلن نقف مكتوفي الأيدي أمام هذه الشحنات".',
     "لن نقف مكتوفي الأيدي أمام هذه الشحنات"),
    ("وقال بيسكوف: «الوضع معقد للغاية.\nلكننا لا نفقد الأمل في التوصل إلى تسوية».", "لكننا لا نفقد الأمل في التوصل إلى تسوية"),
])
def test_the_second_paragraph_of_an_open_quotation_is_the_same_speakers(text, words):
    got = found(text)
    assert len(got) == 2 and got[1] == (got[0][0], words) and got[0][0] != "other"


def test_a_closed_quotation_does_not_lend_its_speaker_to_the_next_line():
    text = "وقال بيسكوف: «الوضع معقد للغاية».\nلكن مراقبين يرون أن الحوار ممكن»."
    assert len(found(text)) == 1


# ---------------------------------------------------------------- «…بأنه "…"، وذلك بعد …»: the writer's frame
@pytest.mark.parametrize("text, actor, words", [
    ("ووصف بيسكوف الخطة الأوروبية بأنها \"غير واقعية على الإطلاق\"، وذلك بعد ساعات من نشر تفاصيلها.",
     "peskov", "غير واقعية على الإطلاق"),
    ("وقال كيربي إن \"الصور تثير قلقا بالغا\"، وذلك خلال إفادة صحفية عبر الهاتف.",
     "kirby", "الصور تثير قلقا بالغا"),
])
def test_a_frame_after_a_closed_quotation_is_not_part_of_the_words(text, actor, words):
    out = found(text)
    assert len(out) == 1 and out[0] == (actor, words)


def test_words_that_go_on_after_a_quotation_stay_one_statement():
    out = found("وقال كيربي إن \"الصور تثير قلقا بالغا\"، وإن واشنطن تتابع الموقف مع حلفائها.")
    assert len(out) == 1 and out[0][0] == "kirby" and "واشنطن تتابع الموقف" in out[0][1]


def test_a_frame_after_unquoted_words_is_left_as_it_was():
    # without a quotation, «وذلك …» may still be the speaker's (a plan, a reason); the span is not cut
    out = found("وقال كيربي إن واشنطن ستعيد النظر في الخطة، وذلك بعد انتهاء المشاورات مع الحلفاء.")
    assert len(out) == 1 and "انتهاء المشاورات" in out[0][1]


# ---------------------------------------------------------------- a quotation going on in the next sentence
def test_quotation_sentence_after_a_statement_in_the_same_paragraph_goes_on_with_its_speaker():
    text = "وقال يون “سنعمل مع طوكيو على بناء الثقة خطوة بخطوة”. “أرجو أن يكون العام المقبل بداية مرحلة جديدة”."
    assert said(text, "2024-03-01") == [("yoon", "سنعمل مع طوكيو على بناء الثقة خطوة بخطوة"),
                                        ("yoon", "أرجو أن يكون العام المقبل بداية مرحلة جديدة")]


def test_quotation_sentence_in_a_new_paragraph_or_a_short_one_is_left_to_the_paragraph_rules():
    text = "وقال يون “سنعمل مع طوكيو على بناء الثقة خطوة بخطوة”. “الصداقة”."
    assert said(text, "2024-03-01") == [("yoon", "سنعمل مع طوكيو على بناء الثقة خطوة بخطوة")]


# ================================================================ interviews, questions and transcripts
def test_one_word_heading_after_an_interview_answer_is_not_an_answer():
    text = ("وفي مقابلة مع بيسكوف:\n"
            "س: هل تتوقعون زيارة قريبة؟\n"
            "ج: لا نستبعد ذلك، والموعد لم يحدد بعد.\n"
            "تفاصيل\n"
            "وجاءت المقابلة بعد أيام من القمة.")
    assert all(text_ != "تفاصيل" for _, text_ in found(text))


def test_report_inside_a_question_put_to_the_speaker_is_no_statement():
    text = ("وقال كيربي إن الاتصالات جارية. ولدى سؤاله عن تقرير نشرته صحيفة يابانية زعم أن "
            "سيول أرسلت ذخائر سرا، قال إنه لن يعلق على التقارير الصحفية.")
    got = found(text)
    assert all("أرسلت ذخائر" not in t for _, t in got)
    assert ("kirby", "لن يعلق على التقارير الصحفية") in got


def test_answer_right_after_a_question_about_reports_is_kept():
    text = "ولدى سؤاله عن تقارير بشأن القمة قال بيسكوف إن الموعد لم يتحدد."
    assert found(text) == [("peskov", "الموعد لم يتحدد")]


def test_a_reporters_question_is_not_the_spokesmans_statement():
    text = ('وخلال المؤتمر الصحفي للمتحدث باسم الكرملين، وجه أحد الصحفيين سؤالا قال فيه: '
            '"هل ستلتقون الوفد الأوكراني الأسبوع المقبل؟".')
    assert found(text) == []  # a question put to him reports nobody's statement


# ---------------------------------------------------------------- question-and-answer interviews
def test_answers_after_questions_belong_to_the_interviewee():
    text = ("أجرت الإذاعة مقابلة مع المتحدث باسم الكرملين دميتري بيسكوف حول العلاقات مع آسيا.\n\n"
            "س: سيد بيسكوف، هل تغير موقفكم من المبادرة؟\n\n"
            "ج: لا، موقفنا ثابت ونحن ننتظر خطوات ملموسة.\n\n"
            "س: وماذا عن الزيارة المقبلة؟\n\n"
            "ج: التوقيت لم يحدد بعد.")
    assert found(text) == [("peskov", "لا، موقفنا ثابت ونحن ننتظر خطوات ملموسة"),
                           ("peskov", "التوقيت لم يحدد بعد")]


def test_dash_answers_and_a_second_answer_paragraph():
    text = ("كيربي في حوار خاص: الحلفاء في أمان\n\n"
            "- سيد كيربي، هل تخشون تصعيدا جديدا؟\n\n"
            "- نراقب الوضع يوميا ولا نستبعد أي احتمال\n\n"
            "ونحن على تواصل دائم مع الشركاء في المنطقة")
    got = found(text, "2023-10-10")
    assert got[0] == ("kirby", "الحلفاء في أمان")
    assert ("kirby", "نراقب الوضع يوميا ولا نستبعد أي احتمال") in got
    assert ("kirby", "ونحن على تواصل دائم مع الشركاء في المنطقة") in got


def test_dash_paragraphs_without_an_interviewee_are_left_to_the_other_components():
    text = "- هل ستعقد القمة؟\n\n- قال مصدر دبلوماسي إن الموعد لم يحدد."
    assert found(text) == [("other", "الموعد لم يحدد")]


# ---------------------------------------------------------------- interviewer questions
def test_question_line_ending_with_an_ellipsis_reports_nobody():
    text = ("أجرت الإذاعة مقابلة مع كيربي.\n"
            "س: بعض النواب في البرلمان يقولون إن واشنطن تبالغ في تقدير الخطر…\n"
            "ج: لا أحد يبالغ، نحن نتابع الوقائع كما هي.")
    got = found(text)
    assert all("تبالغ في تقدير الخطر" not in t for _, t in got)


def test_interviewer_label_that_asks_elsewhere_reports_nobody():
    text = ("المذيعة: سيدي الرئيس، منتقدوك يقولون إن الحكومة تتجاهل الشارع.\n"
            "يون: نحن نستمع إلى الجميع.\n"
            "المذيعة: وهل ستعدلون الميزانية؟")
    got = found(text, "2023-05-01")
    assert all("الحكومة تتجاهل الشارع" not in t for _, t in got)


# ---------------------------------------------------------------- a question put to the speaker
def test_verb_inside_a_reported_question_is_no_statement():
    text = ('وأضاف كيربي ردا على سؤال عما إذا كان الرئيس بايدن يرحب بالمبادرة: '
            '"سندرس كل الأفكار المطروحة بجدية".')
    assert found(text) == [("kirby", "سندرس كل الأفكار المطروحة بجدية")]


def test_quote_after_a_long_question_adverbial_without_a_colon():
    text = ('وأضاف بيسكوف في رده على سؤال حول ما إذا كان الرئيس بوتين سيشارك في القمة '
            '"القرار لم يتخذ بعد وسنعلن عنه في الوقت المناسب".')
    assert found(text) == [("peskov", "القرار لم يتخذ بعد وسنعلن عنه في الوقت المناسب")]


# ---------------------------------------------------------------- a TV transcript with a label the lexicon lacks
def test_transcript_answer_after_a_labelled_question_is_the_labels():
    text = ("المذيع: هل تتوقعون جولة جديدة من المفاوضات؟\n"
            "النائب ياسين جابر: الاتصالات لم تتوقف ونتوقع جولة قبل نهاية الشهر.\n")
    found = extract_statements(text, date="2025-03-01")
    assert [(s.actor, s.text) for s in found] == [("other", "الاتصالات لم تتوقف ونتوقع جولة قبل نهاية الشهر")]
    assert found[0].actor_mention == "النائب ياسين جابر"


def test_transcript_answer_with_an_opinion_verb_and_nobody_named_is_the_labels():
    text = ("المذيع: هل يمكن أن تنهار الهدنة؟\n"
            "سامر الخطيب: أعتقد أن الطرفين يريدان الهدوء حتى نهاية الشتاء على الأقل.\n")
    assert said(text, "2025-03-01") == [("other", "أعتقد أن الطرفين يريدان الهدوء حتى نهاية الشتاء على الأقل")]


def test_transcript_correspondent_reporting_with_a_pronoun_verb_keeps_the_speaker_he_reports():
    text = ("المذيع: ماذا قال الكرملين اليوم؟\n"
            "المراسل: قال المتحدث باسم الكرملين إن موسكو لا ترى داعيا للقلق.\n"
            "المذيع: وهل تحدث عن القمة؟\n"
            "المراسل: قال إن موعدها لم يحدد بعد ولن يعلن قبل الشهر المقبل.\n")
    assert actors(text, "2024-03-05") == ["peskov", "peskov"]


def test_transcript_turns_under_a_name_alone_on_its_line_are_that_persons():
    text = ("سليم حداد\n"
            ": مساء الخير. نناقش الليلة مستقبل المفاوضات بعد تعثر الجولة الأخيرة في جنيف.\n"
            "سليم حداد\n"
            ": سيدة رنا، هل ترين فرصة لاستئنافها قريبا؟\n"
            "رنا العلي\n"
            ": الفرصة قائمة إذا توقفت العمليات العسكرية على الأرض خلال الأيام المقبلة.\n")
    assert said(text, "2024-03-05") == [
        ("other", "مساء الخير. نناقش الليلة مستقبل المفاوضات بعد تعثر الجولة الأخيرة في جنيف"),
        ("other", "الفرصة قائمة إذا توقفت العمليات العسكرية على الأرض خلال الأيام المقبلة")]
    assert [s.actor_mention for s in extract_statements(text, date="2024-03-05")] == ["سليم حداد", "رنا العلي"]


def test_transcript_turn_of_a_tracked_person_alone_on_his_line_is_his():
    text = "جون كيربي\n: لن نسمح بأن تتحول هذه الصفقات إلى أمر واقع في المنطقة.\n"
    assert found(text, "2024-03-05") == [("kirby", "لن نسمح بأن تتحول هذه الصفقات إلى أمر واقع في المنطقة")]


def test_transcript_labels_with_a_colon_alone_on_their_lines_head_the_next_line():
    text = ("المذيعة:\nهل تتوقعين تصعيدا جديدا على الحدود؟\n"
            "الضيفة:\nالمؤشرات كلها تدل على أن الطرفين يستعدان لجولة أخرى من القتال.\n"
            "المذيعة:\nوما دور الوسطاء الآن؟\n"
            "الضيفة:\nالوسطاء يحاولون تثبيت التهدئة لكن نفوذهم محدود جدا.\n")
    assert said(text, "2024-03-05") == [
        ("other", "المؤشرات كلها تدل على أن الطرفين يستعدان لجولة أخرى من القتال"),
        ("other", "الوسطاء يحاولون تثبيت التهدئة لكن نفوذهم محدود جدا")]


def test_a_label_line_heading_a_link_once_is_no_transcript_speaker():
    text = "اقرأ أيضا:\nانطلاق معرض الكتاب الدولي في العاصمة بمشاركة واسعة\n"
    assert said(text, "2024-03-05") == []


def test_source_line_after_a_reported_question_is_no_answer():
    text = "وسأل الصحفيون: هل ستزورون موسكو قريبا؟\nالمصدر: الوكالة الوطنية للإعلام\n"
    assert said(text, "2025-03-01") == []


# ================================================================ lists of points announced by a speaker
def test_a_plain_line_with_its_own_reporting_verb_ends_the_list():
    text = ("وقال بيسكوف:\n"
            "العقوبات لن تغير سياستنا الخارجية.\n"
            "من جهته، قال وزير الخارجية الأوكراني إن بلاده ترفض أي تنازل.")
    got = found(text)
    assert got[0] == ("peskov", "العقوبات لن تغير سياستنا الخارجية")
    assert [a for a, _ in got[1:]] == ["other"]


def test_intro_line_with_most_notable_remarks():
    text = ("ومن أبرز ما قاله المتحدث باسم الكرملين دميتري بيسكوف اليوم:\n"
            "- الحوار مع واشنطن متوقف عمليا.\n"
            "- لا نعلق على التسريبات الصحفية.")
    assert found(text) == [("peskov", "الحوار مع واشنطن متوقف عمليا"),
                           ("peskov", "لا نعلق على التسريبات الصحفية")]


def test_intro_line_with_remarks_of_a_person_and_plain_lines():
    text = ("أبرز تصريحات كيربي:\n"
            "الولايات المتحدة لا تسعى إلى صدام مع بكين.\n"
            "سنواصل دعم شركائنا في المحيط الهادئ.")
    assert found(text) == [("kirby", "الولايات المتحدة لا تسعى إلى صدام مع بكين"),
                           ("kirby", "سنواصل دعم شركائنا في المحيط الهادئ")]


def test_intro_line_naming_two_people_announces_nobody():
    text = ("أبرز تصريحات كيربي وبيسكوف:\n"
            "- الحوار متوقف عمليا.")
    assert all(actor != "kirby" and actor != "peskov" for actor, _ in found(text))


def test_a_narrative_line_opening_with_wa_fi_ends_the_list():
    text = ("وأضاف بيسكوف:\n"
            "الاتصالات مع الجانب الأوكراني متوقفة حاليا.\n"
            "وفي سياق متصل، شنت المسيرات هجوما على منشأة للطاقة قرب الحدود.")
    assert found(text) == [("peskov", "الاتصالات مع الجانب الأوكراني متوقفة حاليا")]


# ---------------------------------------------------------------- a list announced by a colon
def test_bulleted_points_after_an_announcing_colon_are_the_speakers():
    text = ("وتابع بيسكوف في إفادته اليومية للصحفيين:\n"
            "- الاتصالات مع الجانب الأمريكي تسير ببطء شديد.\n"
            "- لا نستبعد عقد لقاء جديد قبل نهاية الشهر.\n"
            "المصدر: وكالات")
    assert found(text) == [("peskov", "الاتصالات مع الجانب الأمريكي تسير ببطء شديد"),
                           ("peskov", "لا نستبعد عقد لقاء جديد قبل نهاية الشهر")]


def test_a_list_without_an_announcing_speaker_is_no_statement():
    text = "أبرز بنود الاتفاق:\n- تمديد الهدنة ثلاثة أشهر.\n- تبادل الأسرى على دفعتين."
    assert found(text) == []


# ---------------------------------------------------------------- lists announced by a speaker
def test_plain_lines_after_an_announcing_colon_are_the_speakers_points():
    text = ("وأضاف بيسكوف في لقاء مع الصحفيين:\n"
            "موسكو لم تتلق أي مقترح رسمي حتى الآن.\n"
            "المشاورات مع الشركاء الصينيين مستمرة.\n"
            "الرئيس لا يخطط لأي سفر خلال الشهر المقبل.\n"
            "المصدر: وكالات")
    assert found(text) == [("peskov", "موسكو لم تتلق أي مقترح رسمي حتى الآن"),
                           ("peskov", "المشاورات مع الشركاء الصينيين مستمرة"),
                           ("peskov", "الرئيس لا يخطط لأي سفر خلال الشهر المقبل")]


def test_bullets_that_stop_halfway_keep_the_list():
    text = ("وقال كيربي خلال الإحاطة:\n"
            "- واشنطن لا تريد حربا أوسع في المنطقة.\n"
            "التعاون مع الحلفاء في آسيا يتعمق كل شهر.\n"
            "يذكر أن البيت الأبيض أعلن الأسبوع الماضي حزمة مساعدات جديدة.")
    got = found(text)
    assert got[:2] == [("kirby", "واشنطن لا تريد حربا أوسع في المنطقة"),
                       ("kirby", "التعاون مع الحلفاء في آسيا يتعمق كل شهر")]
    assert [a for a, _ in got[2:]] == ["other"]  # the background line is the White House's, not his


# ---------------------------------------------------------------- a sentence that closes on «ومما قاله أمامهم:»
def test_points_after_a_sentence_that_closes_on_an_intro_belong_to_its_subject():
    text = ("التقى الرئيس الكوري الجنوبي يون سوك يول وفدا من رجال الأعمال الأوروبيين في سيول ومما قاله أمامهم:\n"
            "- حكومتنا ستخفف القيود على الاستثمار الأجنبي\n"
            "- الشراكة مع أوروبا أولوية في السنوات المقبلة\n")
    assert said(text, "2023-06-01") == [("yoon", "حكومتنا ستخفف القيود على الاستثمار الأجنبي"),
                                        ("yoon", "الشراكة مع أوروبا أولوية في السنوات المقبلة")]


def test_a_guest_named_as_the_object_does_not_take_the_hosts_points():
    text = ("استقبل رئيس الوزراء الياباني في طوكيو الرئيس يون سوك يول ومما قاله أمامه:\n"
            "- العلاقات بين البلدين تدخل مرحلة جديدة\n")
    assert all(a != "yoon" for a, _ in said(text, "2023-06-01"))


# ---------------------------------------------------------------- round 22: a quoted name, then the words quoted
def test_a_quotation_right_after_a_quoted_name_is_the_words_said():
    text = 'تعهد الرئيس الكوري المعزول "يون سوك يول" "بالدفاع عن قراره حتى آخر لحظة" أمام أنصاره.'
    assert found(text) == [("yoon", "بالدفاع عن قراره حتى آخر لحظة")]


def test_a_quotation_after_a_bare_spokesman_with_his_nationality_is_his_words():
    text = ('وقال بيسكوف إن الملف لا يعني موسكو. وقال المتحدث الروسي للصحفيين، ردا على سؤال آخر، '
            '"نحن لا نتدخل في الشؤون الداخلية لأي بلد".')
    assert found(text) == [("peskov", "الملف لا يعني موسكو"), ("peskov", "نحن لا نتدخل في الشؤون الداخلية لأي بلد")]


# ---------------------------------------------------------------- round 26: a quotation signed on the next line
def test_a_quotation_signed_on_the_next_line_is_the_signers_and_he_goes_on():
    text = ("واشنطن - وكالات\n"
            "\"لا نسعى إلى مواجهة مع أي طرف في المنطقة\"\n"
            "- جون كيربي\n"
            "وأضاف أن السفن الأمريكية ستبقى في المنطقة أسابيع أخرى.")
    assert said(text, "2023-10-20") == [("kirby", "لا نسعى إلى مواجهة مع أي طرف في المنطقة"),
                                        ("kirby", "السفن الأمريكية ستبقى في المنطقة أسابيع أخرى")]


def test_a_signature_with_the_signers_office_after_a_comma_counts():
    text = ("موسكو\n"
            "\"الحوار مع الجيران لم يتوقف يوما\".\n"
            "دميتري بيسكوف، المتحدث باسم الرئاسة الروسية\n")
    assert said(text, "2023-10-20") == [("peskov", "الحوار مع الجيران لم يتوقف يوما")]


def test_a_line_about_the_man_after_a_quotation_is_no_signature():
    text = ("سيول\n"
            "\"سنرد على كل استفزاز\"\n"
            "يون سوك يول، الذي استقبل بايدن في سيول أمس\n")
    assert all(a != "yoon" for a, _ in said(text, "2023-10-20"))


@pytest.mark.parametrize("text, expected", [
    ("قال كيم جونغ أون إن بلاده ستواصل التجارب.\n"
     "وأكد الوزير الذي عاد لتوه من جولة في المحافظات الجنوبية “المساعدات ستصل إلى كل الأسر المتضررة”.",
     [("kim", "بلاده ستواصل التجارب"), ("other", "المساعدات ستصل إلى كل الأسر المتضررة")]),
    ("قال بيسكوف إن الحوار ممكن.\n"
     "وأضاف الرئيس السابق المعروف منذ سنوات طويلة بصرامته الشديدة والذي نادرا ما يبتسم أمام الكاميرات "
     "«لن نتراجع عن أي خطوة اتخذناها هذا العام».",
     [("peskov", "الحوار ممكن"), ("other", "لن نتراجع عن أي خطوة اتخذناها هذا العام")]),
    ("وأكد ماكرون الذي وصل إلى الملعب وسط حشد كبير من أنصاره “سنواصل العمل معا من أجل بلد أقوى”.",
     [("other", "سنواصل العمل معا من أجل بلد أقوى")]),
])
def test_an_office_or_person_described_by_a_relative_clause_then_the_quotation_he_said(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وأضاف الزعيم الكوري الشمالي الذي ظهر مرتديا معطفا جلديا أسود أمام آلاف الجنود "
     "«سنرد على كل استفزاز بقوة لا يتوقعها العدو».",
     [("kim", "سنرد على كل استفزاز بقوة لا يتوقعها العدو")]),
    ('وأكد المتحدث باسم الكرملين الذي بدا متعبا بعد يوم طويل من الاجتماعات "لا نرى أي أساس لهذه الاتهامات الغربية".',
     [("peskov", "لا نرى أي أساس لهذه الاتهامات الغربية")]),
])
def test_a_role_described_by_a_relative_clause_then_the_quotation_it_said(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("قال كيم جونغ أون إن بلاده ستواصل التجارب.\n"
     "وأكد الوزير الذي عاد لتوه من جولة في المحافظات “المساعدات ستصل إلى كل الأسر المتضررة”، في لقاء مع السكان.",
     [("kim", "بلاده ستواصل التجارب"), ("other", "المساعدات ستصل إلى كل الأسر المتضررة")]),
    ('وأضاف السفير الذي نادرا ما يظهر أمام الكاميرات "العلاقات بين البلدين تمر بمرحلة صعبة" خلال مؤتمر صحفي.',
     [("other", "العلاقات بين البلدين تمر بمرحلة صعبة")]),
])
def test_an_office_described_by_a_relative_clause_then_a_quotation_and_an_adverbial(text, expected):
    assert found(text) == expected


def test_a_relative_clause_speaking_via_a_telephone_says_nothing_of_its_own():
    text = 'وأضاف كيربي الذي كان يتحدث في مؤتمر صحفي عبر الهاتف "سنحاسب أي جهة تسهل هذه الصفقات بفرض عقوبات جديدة".'
    assert found(text) == [("kirby", "سنحاسب أي جهة تسهل هذه الصفقات بفرض عقوبات جديدة")]


@pytest.mark.parametrize("text, expected", [
    ("قال كيم جونغ أون إن بلاده ستواصل التجارب.\n"
     "وأضاف الوزير الذي غادر المنصة دون أن يلتفت إلى المصورين «المصانع ستعمل ليلا ونهارا حتى نهاية العام».",
     [("kim", "بلاده ستواصل التجارب"), ("other", "المصانع ستعمل ليلا ونهارا حتى نهاية العام")]),
    ('وقال كيربي الذي وقف أمام الكاميرات بدون أن ينظر إلى أوراقه "سنواصل دعم شركائنا في المنطقة بكل الوسائل".',
     [("kirby", "سنواصل دعم شركائنا في المنطقة بكل الوسائل")]),
    ("وقال بيسكوف دون أن يذكر أي تفاصيل إن موسكو سترد على كل خطوة عدائية.",
     [("peskov", "موسكو سترد على كل خطوة عدائية")]),
])
def test_dun_an_opens_a_clause_of_manner_never_the_words(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "قال الزعيم كيم جونغ أون إن بلاده ستواصل التجارب.\n"
    "وأضاف الزعيم الشاب الذي ألقى كلمته واقفا «سنبني جيشا لا يقهر في السنوات المقبلة».",
    "قال الزعيم كيم جونغ أون إن بلاده ستواصل التجارب.\n"
    "وأضاف الزعيم الذي ألقى كلمته واقفا «سنبني جيشا لا يقهر في السنوات المقبلة».",
])
def test_a_bare_title_described_by_a_relative_clause_refers_back_to_its_holder(text):
    assert actors(text, "2013-04-15") == ["kim", "kim"]


@pytest.mark.parametrize("text", [
    "قال الرئيس يون سوك يول إن التحالف قوي.\n"
    'وقال الرئيس الذي التقى يون في سيول أمس "ندعم السلام في شبه الجزيرة بكل قوة".',
    "قال الرئيس يون سوك يول إن التحالف قوي.\n"
    'وقال الرئيس الأمريكي الذي وصل إلى سيول أمس "ندعم السلام في شبه الجزيرة بكل قوة".',
])
def test_a_title_with_a_nisba_or_a_clause_naming_someone_stays_other(text):
    assert actors(text, "2023-04-15") == ["yoon", "other"]


def test_a_relative_clause_before_a_complementizer_leaves_the_words_after_it():
    text = 'وأكد الوزير الذي زار مصنع "سامسونغ للإلكترونيات الحديثة في المدينة" أن الشركة ستوسع إنتاجها.'
    assert found(text) == [("other", "الشركة ستوسع إنتاجها")]


def test_a_thing_described_by_a_relative_clause_stays_the_object_of_the_previous_speaker():
    text = ('قال كيربي إن واشنطن تتابع الأمر.\n'
            'وأكد الاتفاق الذي وقعه البلدان العام الماضي "شراكة استراتيجية طويلة الأمد بين الجانبين".')
    assert [a for a, _ in found(text)] == ["kirby", "kirby"]
    assert found(text)[1][1].startswith("الاتفاق الذي")


@pytest.mark.parametrize("text, expected", [
    ("نفى المتحدث باسم وزارة الدفاع الأمريكية «البنتاغون» جون كيربي اليوم الأحد وجود خطط لإرسال قوات إضافية.",
     [("kirby", "وجود خطط لإرسال قوات إضافية")]),
    ('أعلن المتحدث باسم الرئاسة الروسية "الكرملين" دميتري بيسكوف، أن "تصريحات الرئيس الأمريكي حول الأزمة غير مقبولة".',
     [("peskov", "تصريحات الرئيس الأمريكي حول الأزمة غير مقبولة")]),
])
def test_an_office_glossed_in_quotation_marks_between_role_and_name_is_not_the_words(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, content", [
    ('وانتقد المتحدث باسم الكرملين "خطة" ماكرون للسلام في أوكرانيا.', '"خطة" ماكرون للسلام في أوكرانيا'),
    ('ووصف المتحدث باسم الكرملين "تصريحات" بايدن بأنها سخيفة.', '"تصريحات" بايدن بأنها سخيفة'),
])
def test_a_quoted_word_before_someone_elses_name_stays_in_the_object(text, content):
    assert found(text) == [("peskov", content)]


@pytest.mark.parametrize("text", [
    'قال بيسكوف إن موسكو تتابع الأمر.\nوقالت وكالة كيودو اليابانية للأنباء "الحكومة ستعلن خطتها الجديدة الأسبوع المقبل".',
    'قال بيسكوف إن موسكو تتابع الأمر.\nوذكرت وكالة الأنباء البرازيلية "الحكومة ستعلن خطتها الجديدة الأسبوع المقبل".',
])
def test_an_outlet_named_with_its_adjectives_then_a_quotation_without_colon_speaks(text):
    assert found(text) == [("peskov", "موسكو تتابع الأمر"), ("other", "الحكومة ستعلن خطتها الجديدة الأسبوع المقبل")]
