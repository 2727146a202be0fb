"""Extraction round 7 (issue 9): failure kinds found on a new hand-labelled sample of real Arabic
press, each reproduced on a short sentence written for this file: «أجاب بأنه …», Latin-script
surnames, lists announced by a speaker, relative clauses with their own speaker, back references
after a verb and a name («وأدلى يون بهذا التصريح»)."""

from stance.lexicon import default_lexicon
from tests.conftest import said


def found(text, day="2024-03-05"):
    return said(text, day)


# ---------------------------------------------------------------- Latin-script surnames
def test_latin_yoon_alone_is_the_president():
    text = "وقال Yoon إن سيول لن تتهاون مع أي تهديد."
    assert found(text) == [("yoon", "سيول لن تتهاون مع أي تهديد")]


def test_latin_yoon_takes_the_arabic_full_name_before_it():
    text = "وصل يون سوك يول إلى مدريد أمس. وقال Yoon إن الزيارة ناجحة."
    assert ("yoon", "الزيارة ناجحة") in found(text)


def test_latin_yoon_with_other_given_names_is_someone_else():
    text = "وقال Yoon Mi-hyang إن الحزب سيطعن في القرار."
    got = found(text)
    assert got == [("other", "الحزب سيطعن في القرار")]


def test_latin_kim_after_his_sister_is_the_sister():
    text = "وقالت كيم يو جونغ إن المناورات استفزاز. وأضافت Kim أن الرد سيكون حازما."
    assert all(actor == "other" for actor, _ in found(text))


def test_latin_kim_with_unknown_given_names_is_not_the_leader():
    text = "وقال Kim Tae-woo إن المفاوضات متعثرة."
    assert found(text) == [("other", "المفاوضات متعثرة")]


def test_latin_surname_forms_share_the_family_name():
    lex = default_lexicon()
    text = "yoon"
    (m,) = lex.find(text)
    assert (m.kind, m.actor) == ("surname", "yoon")
    (arabic,) = lex.find("يون")
    assert m.surname == arabic.surname


def test_latin_spelling_in_brackets_after_the_arabic_name_is_no_namesake():
    text = ("أدى يون سوك يول (Yoon Suk-youl) اليمين رئيسا للبلاد. "
            "ودعا يون الجارة الشمالية إلى التخلي عن برنامجها النووي.")
    got = found(text, "2022-05-10")
    assert got and all(actor == "yoon" for actor, _ in got)


# ---------------------------------------------------------------- an institution right before the verb
def test_institution_after_a_complementizer_is_the_subject_not_the_previous_speaker():
    text = ("وقال كيربي إن الاتصالات مع بكين مستمرة. "
            "يذكر أن البنتاغون أعلن أمس تعليق إحدى المناورات.")
    got = found(text)
    assert got[0] == ("kirby", "الاتصالات مع بكين مستمرة")
    assert [a for a, _ in got[1:]] == ["other"]


def test_institution_after_an_auxiliary_without_qad():
    text = ("وقال بيسكوف إن الرئيس سيشارك في القمة. "
            "وكان الكرملين أعلن في وقت سابق تأجيل الزيارة.")
    got = found(text)
    assert got[0] == ("peskov", "الرئيس سيشارك في القمة")
    assert [a for a, _ in got[1:]] == ["other"]


def test_institution_inside_the_words_said_stays_part_of_them():
    text = "وقال بيسكوف إن الكرملين أعلن موقفه بوضوح."
    assert found(text) == [("peskov", "الكرملين أعلن موقفه بوضوح")]


# ---------------------------------------------------------------- a relative clause with its own speaker
def test_relative_clause_with_a_named_speaker_and_resumptive_complementizer():
    text = "وتحدث الوزير عن الخطة التي قال كيربي إنها ستخفف التوتر في المضيق."
    assert ("kirby", "ستخفف التوتر في المضيق") in found(text)


def test_object_of_a_denial_ends_before_the_relative_clause():
    text = "ونفى المتحدث الروايات التي أكد بيسكوف أنها مفبركة بالكامل."
    assert found(text) == [("other", "الروايات"), ("peskov", "مفبركة بالكامل")]


def test_relative_clause_of_another_person_inside_a_tracked_denial_is_not_his():
    text = "ورفض بيسكوف الاتهامات التي قال بلينكن إنها مدعومة بالأدلة."
    assert found(text) == [("peskov", "الاتهامات"), ("other", "مدعومة بالأدلة")]


def test_relative_clause_of_an_institution_inside_a_tracked_denial_is_not_his():
    text = "ورفض كيم التقارير التي قالت وزارة الدفاع الكورية الجنوبية إنها دقيقة."
    got = found(text)
    assert ("kim", "دقيقة") not in got
    assert ("other", "دقيقة") in got


# ---------------------------------------------------------------- «وأدلى X بهذا التصريح» points back
def test_delivered_this_statement_gives_the_quote_line_before_to_the_person():
    text = ('"التحالف مع واشنطن حجر الزاوية في أمننا".\n'
            "وأدلى يون بهذا التصريح خلال زيارة لقاعدة بحرية أمس.\n"
            'وتابع قائلا "لن نسمح بأي تهديد لسيادتنا".')
    assert found(text) == [("yoon", "التحالف مع واشنطن حجر الزاوية في أمننا"),
                           ("yoon", "لن نسمح بأي تهديد لسيادتنا")]


def test_delivered_these_remarks_after_an_attributed_sentence_adds_nothing():
    text = ("وقال بيسكوف إن الرئيس يتابع التحقيق.\n"
            "وأدلى بيسكوف بهذه التصريحات للصحفيين في موسكو.")
    assert found(text) == [("peskov", "الرئيس يتابع التحقيق")]


# ---------------------------------------------------------------- office spellings
def test_press_spokesman_on_behalf_of_the_russian_president_is_peskov():
    text = "وأعلن المتحدث الصحفي باسم الرئيس الروسي أن الكرملين لا يتفق مع هذه المزاعم."
    assert found(text) == [("peskov", "الكرملين لا يتفق مع هذه المزاعم")]


def test_leader_of_pyongyang_in_a_title_line_is_kim():
    text = "زعيم بيونغ يانغ: المصانع ستضاعف إنتاجها رغم الحصار"
    assert found(text, "2023-02-01") == [("kim", "المصانع ستضاعف إنتاجها رغم الحصار")]


def test_former_leader_of_pyongyang_is_not_kim_jong_un():
    text = "وقال زعيم بيونغ يانغ الراحل كيم إيل سونغ إن الوحدة قدر الأمة."
    assert [a for a, _ in found(text, "2023-02-01")] == ["other"]


# ---------------------------------------------------------------- an object after «name،» and «بعد أن»
def test_object_after_a_comma_following_the_name_is_not_an_apposition():
    text = ("أكد الزعيم الكوري الشمالي كيم جونغ أون، نجاح بلاده في تجاوز موسم الفيضانات، "
            "بعد أن غمرت المياه عدة قرى في الشمال.")
    got = found(text)
    assert len(got) == 1 and got[0][0] == "kim"
    assert got[0][1].startswith("نجاح بلاده في تجاوز موسم الفيضانات")


def test_apposition_with_an_office_after_the_name_is_still_skipped():
    text = "نفى جون كيربي، المتحدث باسم مجلس الأمن القومي، الأنباء عن زيارة سرية."
    assert found(text) == [("kirby", "الأنباء عن زيارة سرية")]


# ---------------------------------------------------------------- an agency quoting the leader inside its quotation
def test_agency_quotation_that_reports_the_leaders_words_gives_them_to_him():
    text = ('وذكرت وكالة الأنباء المركزية الكورية أن "الزعيم كيم جونغ أون أكد أن '
            'الأسطول سيتلقى غواصات جديدة قريبا".')
    assert found(text) == [("kim", "الأسطول سيتلقى غواصات جديدة قريبا")]


def test_agency_quotation_opening_with_the_verb_then_the_leader():
    text = 'وقالت الوكالة: "حث الرفيق كيم جونغ أون العلماء على تسريع التجارب".'
    got = found(text)
    assert [a for a, _ in got] == ["kim"]


def test_quotation_told_to_an_agency_is_not_an_agency_report():
    text = ('وأوضح الرئيس مون جاي إن لوكالة يونهاب أن «الرسالة واضحة: واشنطن تريد من الزعيم كيم '
            'أن يمضي في الاتفاق».')
    got = found(text, "2018-12-02")
    assert [a for a, _ in got] == ["other"]
