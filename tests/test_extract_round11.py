"""Extraction round 11 (issue 9): statements by other people that the extractor gave to a tracked actor —
namesakes named by a title the tracked person never held, Korean full names with given syllables the lexicon
lacked, acts of other people reported inside a tracked speaker's words. Every sentence here is written for
this file."""

import pytest

from tests.conftest import said


def found(text, day="2023-06-15"):
    return said(text, day)


def actors(text, day="2023-06-15"):
    return [actor for actor, _ in said(text, day)]


# ---------------------------------------------------------------- someone else's act inside a tracked speaker's words
@pytest.mark.parametrize("text", [
    "واشنطن - وقال كيربي إن زيلينسكي أبلغ بايدن أن قواته تحتاج إلى مزيد من القذائف.",
    "واشنطن - وقال كيربي إن الرئيس الصيني شي جين بينغ أبلغ بايدن أن بكين لا تخطط لأي هجوم.",
    "واشنطن - وأوضح كيربي أن وزير الخارجية الصيني وانغ يي أبلغ بلينكن أن بكين لن ترسل أسلحة.",
    "موسكو - وأكد بيسكوف أن الرئيس التركي رجب طيب أردوغان أبلغ بوتين استعداده لاستضافة المحادثات.",
])
def test_a_person_telling_someone_inside_a_tracked_speakers_words_is_the_teller(text):
    """«قال X إن Y أبلغ Z أن …»: Y tells, Z is told; neither Y's name as content nor the telling is X's."""
    got = found(text)
    assert [a for a, _ in got] == ["other"]


@pytest.mark.parametrize("text", [
    "سيول - وذكر يون أن وزيرة الخارجية الكورية الشمالية تشوي سون هوي هددت بالرد على المناورات.",
    "موسكو - وقال بيسكوف إن المستشارة الألمانية أكدت لبوتين أن برلين تريد إبقاء القنوات مفتوحة.",
    "سيول - وقال يون إن رئيسة الوزراء البريطانية وعدت بدعم الجهود الدبلوماسية لسيول.",
])
def test_a_woman_by_office_acting_inside_a_tracked_speakers_words_is_the_speaker(text):
    assert actors(text) == ["other"]


def test_a_tracked_leader_telling_a_visitor_inside_an_agency_report_is_the_leader():
    text = "وذكرت وكالة يونهاب أن يون أبلغ بايدن أن سيول ستضاعف إنفاقها الدفاعي."
    assert found(text) == [("yoon", "سيول ستضاعف إنفاقها الدفاعي")]


def test_words_about_a_woman_by_office_without_a_speech_verb_stay_the_speakers():
    text = "واشنطن - وقال كيربي إن المتحدثة باسم البنتاغون ستقدم التفاصيل لاحقا."
    assert actors(text) == ["kirby"]


def test_a_thing_telling_inside_a_tracked_speakers_words_stays_his():
    # no person opens the words: «واشنطن أبلغت …» is part of what Kirby said
    text = "واشنطن - وقال كيربي إن واشنطن أبلغت بيونغ يانغ عبر القنوات أن الحوار ممكن."
    assert actors(text) == ["kirby"]


# ---------------------------------------------------------------- a tracked name owning the subject of a reported act
@pytest.mark.parametrize("subject", ["مكتب يون", "حكومة يون", "محامو يون", "مكتب الرئيس يون"])
def test_a_tracked_name_as_the_possessor_of_a_reported_subject_is_not_the_speaker(subject):
    text = f"سيول - وذكرت وكالة يونهاب أن {subject} أكد أن الزيارة ستجري في موعدها المحدد."
    assert "yoon" not in actors(text)


@pytest.mark.parametrize("speaker", ["محامو يون", "محامي يون", "وفد يون", "مؤيدو يون"])
def test_a_tracked_name_as_the_possessor_of_a_verbs_subject_is_not_the_speaker(speaker):
    assert actors(f"سيول - وقال {speaker} إن القضية ذات دوافع سياسية.") == ["other"]


def test_a_tracked_person_reported_by_an_agency_is_still_the_speaker():
    text = "سيول - وذكرت وكالة يونهاب أن يون أكد أن الزيارة ستجري في موعدها المحدد."
    assert found(text) == [("yoon", "الزيارة ستجري في موعدها المحدد")]


# ---------------------------------------------------------------- a quotation first, then someone's aide
@pytest.mark.parametrize("speaker", ["مساعد بيسكوف", "مستشار يون", "نائب كيربي"])
def test_a_quotation_attributed_to_a_tracked_persons_aide_is_the_aides(speaker):
    text = f'وقال لافروف إن الحوار متوقف. "لن نتراجع خطوة واحدة"، قال {speaker}.'
    assert set(actors(text)) == {"other"}


def test_a_quotation_attributed_to_the_tracked_person_is_his():
    text = 'وقال لافروف إن الحوار متوقف. "لن نتراجع خطوة واحدة"، قال بيسكوف.'
    assert actors(text) == ["other", "peskov"]


# ---------------------------------------------------------------- «أبلغه» inside a tracked speaker's words
def test_a_president_who_told_the_tracked_speaker_is_the_one_speaking():
    text = "سيول - وقال يون إن الرئيس الأمريكي أبلغه أن واشنطن ستدافع عن حلفائها بكل قوتها."
    assert actors(text) == ["other"]


def test_the_leader_named_only_in_his_sisters_title_does_not_take_a_later_bare_kim():
    text = ("وقالت كيم يو جونغ، شقيقة الزعيم الكوري الشمالي، إن أي ضربة ستقابل برد نووي. "
            "وأضاف كيم أن تصريحات سيول كانت خطأ فادحا.")
    assert actors(text) == ["other", "other"]


# ---------------------------------------------------------------- people around a tracked person
@pytest.mark.parametrize("speaker", [
    "المتحدث باسم يون", "الناطق باسم الرئيس يون", "متحدث باسم يون", "كبير موظفي يون",
])
def test_a_spokesman_or_staff_of_a_tracked_president_is_not_the_president(speaker):
    assert actors(f"سيول - وقال {speaker} إن الرئيس سيحضر القمة.") == ["other"]


@pytest.mark.parametrize("speaker", [
    "مسؤول مقرب من كيربي", "صديق مقرب من بيسكوف", "خليفة كيربي في المنصب", "سلف كيربي في المنصب",
    "سكرتير كيربي",
])
def test_people_described_by_a_tracked_person_are_not_him(speaker):
    assert actors(f"وقال {speaker} إن السياسة لن تتغير.") == ["other"]


@pytest.mark.parametrize("text, who", [
    ("وقال المتحدث باسم الرئيس الروسي، دميتري بيسكوف، إن السياسة لن تتغير.", "peskov"),
    ("وقال المتحدث باسم مجلس الأمن القومي جون كيربي إن السياسة لن تتغير.", "kirby"),
    ("وقال كل من بيسكوف ولافروف إن السياسة لن تتغير.", "peskov"),
])
def test_spokesmen_named_after_their_role_are_still_themselves(text, who):
    assert actors(text) == [who]


@pytest.mark.parametrize("speaker", ["أحد مساعدي يون", "أحد مستشاري كيربي", "معاونو بيسكوف", "فريق كيربي",
                                     "فريق يون القانوني"])
def test_aides_and_teams_of_a_tracked_person_are_not_him(speaker):
    assert actors(f"وقال {speaker} إن الجدول تغير.") == ["other"]


def test_an_attribution_first_source_owned_by_a_tracked_person_is_someone_else():
    assert actors("ووفقا لمساعد بيسكوف، فإن جدول الرئيس مزدحم هذا الأسبوع.") == ["other"]


def test_an_attribution_first_source_that_is_the_tracked_person_is_his():
    assert actors("ووفقا لبيسكوف، فإن جدول الرئيس مزدحم هذا الأسبوع.") == ["peskov"]


# ---------------------------------------------------------------- a person the lexicon does not know acting inside a tracked speaker's words
@pytest.mark.parametrize("text", [
    "سيول - وقال يون إن كيشيدا تعهد بتعزيز التعاون الأمني بين البلدين.",
    "واشنطن - وقال كيربي إن أردوغان أكد أن أنقرة مستعدة للوساطة.",
])
def test_an_unknown_person_acting_inside_a_tracked_speakers_words_is_the_speaker(text):
    assert actors(text) == ["other"]


@pytest.mark.parametrize("text, who", [
    ("موسكو - وقال بيسكوف إن موسكو تصر على أن الحوار هو السبيل الوحيد.", "peskov"),
    ("موسكو - وقال بيسكوف إن الكرملين أكد مرارا أن الحوار ممكن.", "peskov"),
    ("سيول - وقال يون إن بلاده تعهدت بمواصلة الدعم.", "yoon"),
    ("واشنطن - وقال كيربي إن واشنطن أكدت التزامها بأمن حلفائها.", "kirby"),
])
def test_places_and_bodies_opening_the_words_stay_the_speakers(text, who):
    assert actors(text) == [who]
