"""Extraction round 6 (issue 9): failure kinds found on a new hand-labelled sample of real Arabic
press, each reproduced on a short sentence written for this file: two adverbial phrases between the
speaker and the quoted words, «القائلة بأن» inside such a phrase, a quoted speaker before a colon."""

from tests.conftest import said


def found(text, day="2024-03-05"):
    return said(text, day)


# ---------------------------------------------------------------- a trailing source with adverbials after the name
def test_trailing_source_followed_by_adverbials():
    text = ("لا توجد لدى الإدارة أي خطط لسحب السفير في الوقت الحاضر، حسبما قال جون كيربي "
            "للصحفيين على متن الطائرة الرئاسية مساء الأحد.")
    assert found(text) == [("kirby", "لا توجد لدى الإدارة أي خطط لسحب السفير في الوقت الحاضر")]


def test_trailing_source_followed_by_a_long_clause_is_not_attributed():
    text = ("لا توجد لدى الإدارة أي خطط لسحب السفير في الوقت الحاضر، حسبما قال جون كيربي "
            "الذي عاد لتوه من جولة شملت ثلاث عواصم أوروبية وآسيوية خلال أسبوعين كاملين.")
    assert ("kirby", "لا توجد لدى الإدارة أي خطط لسحب السفير في الوقت الحاضر") not in found(text)


# ---------------------------------------------------------------- «… تصريحات X، التي قال فيها إن …»
def test_relative_clause_with_its_own_verb_of_saying_is_not_the_cue_speakers():
    text = ("وقال بيسكوف للصحفيين معلقا على تصريحات مساعد وزيرة الخزانة الأمريكية، "
            "التي قال فيها إن العقوبات الجديدة ستشل قطاع الطاقة الروسي.")
    got = found(text)
    assert ("peskov", "العقوبات الجديدة ستشل قطاع الطاقة الروسي") not in got
    assert got == [("other", "العقوبات الجديدة ستشل قطاع الطاقة الروسي")]


def test_relative_clause_owned_by_a_tracked_person_is_his():
    text = ("وقال المسؤول الروسي للصحفيين ردا على تصريحات جون كيربي، "
            "التي أكد فيها أن واشنطن لن تتراجع عن دعم كييف، إن موسكو لا تهتم.")
    got = found(text)
    assert ("kirby", "واشنطن لن تتراجع عن دعم كييف") in [(a, t.split("،")[0]) for a, t in got]


def test_relative_clause_whose_verb_is_not_followed_by_fiha_or_anna_changes_nothing():
    text = ('طالب الرئيس يون سوك يول البرلمان الجديد، التي أكملت لجانه تشكيلها أمس، '
            'بأن يعمل لمصلحة المواطنين أولا.')
    assert [a for a, _ in found(text)] == ["yoon"]


# ---------------------------------------------------------------- «صرح بذلك X.» after the words
def test_a_back_referring_sentence_gives_the_sentence_before_to_its_speaker():
    text = "لن تبقى أي قاعدة معادية في المنطقة بمنأى عن الرد. صرح بذلك الزعيم الكوري الشمالي كيم جونغ أون."
    assert found(text, "2024-06-01") == [("kim", "لن تبقى أي قاعدة معادية في المنطقة بمنأى عن الرد")]


def test_a_back_reference_does_not_take_a_sentence_that_already_has_a_speaker():
    text = "وقال بيسكوف إن القنوات مفتوحة. أعلن ذلك جون كيربي للصحفيين."
    assert found(text) == [("peskov", "القنوات مفتوحة")]


def test_a_back_reference_to_someone_outside_the_lexicon_gives_nothing_to_a_tracked_actor():
    text = "وقال كيربي إن القنوات مفتوحة. الوضع يزداد خطورة يوما بعد يوم. صرح بذلك وزير الدفاع الياباني."
    got = found(text)
    assert got[0] == ("kirby", "القنوات مفتوحة")
    assert all(actor != "kirby" for actor, _ in got[1:])
