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


# ---------------------------------------------------------------- a bare surname after a title the tracked person never held
@pytest.mark.parametrize("title", ["الوزير", "السفير", "النائب", "والوزير"])
def test_a_bare_kim_after_a_title_kim_jong_un_never_held_is_someone_else(title):
    assert actors(f"بيونغ يانغ - وقال {title} كيم إن الجيش يراقب الحدود عن كثب.") == ["other"]


def test_a_quoted_surname_after_such_a_title_is_someone_else_too():
    assert actors('وأكد الوزير "يون" أن الحكومة ستراجع الميزانية.') == ["other"]


def test_a_later_bare_surname_takes_the_minister_named_by_title():
    text = ("جاء ذلك في تصريح أدلى به الوزير كيم أمام لجنة الدفاع البرلمانية. "
            "وأضاف كيم أن التحركات قرب موقع التجارب ما زالت مستمرة.")
    assert "kim" not in actors(text)


def test_a_title_the_tracked_person_holds_still_means_him():
    assert actors("وقال الزعيم كيم إن الردع النووي سيتعزز.") == ["kim"]
    assert actors("وقال الرئيس يون إن سيول لن تتهاون مع أي استفزاز.") == ["yoon"]


def test_a_title_two_words_before_the_surname_does_not_count():
    # «الوزير» ends a different phrase; the name after the verb is the tracked one.
    text = "وبعد لقائه الوزير، قال يون إن التعاون سيتوسع."
    assert actors(text) == ["yoon"]


def test_user_lexicon_extends_other_titles():
    from stance.lexicon import load_lexicon

    lex = load_lexicon({"other_titles": ["العمدة"]})
    from stance.normalize import normalize

    text = normalize("وقال العمدة كيم إن المدينة آمنة")
    kinds = [(m.kind, m.actor) for m in lex.find(text)]
    assert kinds == [("not_actor", None)]


# ---------------------------------------------------------------- Korean full names with syllables the lexicon lacked
@pytest.mark.parametrize("name", ["يون بيونغ سيه", "كيم توك هون", "كيم دونغ هون"])
def test_more_korean_full_names_are_namesakes(name):
    text = f"قال {name} إن التعاون ضروري. وأكد {name.split()[0]} أن سيول لن تتراجع."
    assert "kim" not in actors(text) and "yoon" not in actors(text)


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


# ---------------------------------------------------------------- a masculine verb after the only Kim being a woman
def test_masculine_verb_after_the_only_kim_being_his_sister_is_still_her():
    """Translated copy often puts a masculine verb after Kim Yo Jong («كما شدد كيم يو جونغ»); with no other Kim
    named, a bare «كيم» after her is her, not Kim Jong Un."""
    text = "وقالت كيم يو جونغ إن سيول ستندم على المناورات. وأضاف كيم أن الرد سيأتي سريعا."
    assert actors(text) == ["other", "other"]


def test_masculine_verb_after_a_male_kim_and_his_sister_is_still_the_male_kim():
    text = ("وقال كيم جونغ أون إن المناورات عدوانية. وقالت شقيقته كيم يو جونغ إن سيول ستندم. "
            "وأضاف كيم أن الجيش جاهز.")
    assert actors(text) == ["kim", "other", "kim"]


def test_masculine_verb_after_his_sister_when_the_leader_was_referred_to_is_the_leader():
    text = ("وذكرت وكالة الأنباء المركزية الكورية أن الزعيم أكد أن الأسطول سيتوسع. "
            "وقالت كيم يو جونغ إن سيول ستندم. وأكد كيم أن التجارب ستتواصل.")
    assert actors(text) == ["kim", "other", "kim"]


# ---------------------------------------------------------------- an unnamed holder of a tracked person's post
@pytest.mark.parametrize("phrase", ["، لم يذكر اسمه،", "، طلب عدم الكشف عن هويته،"])
def test_an_unnamed_spokesman_of_the_kremlin_is_not_peskov(phrase):
    text = f"موسكو - وقال متحدث باسم الكرملين{phrase} إن الرئيس لن يحضر القمة."
    assert actors(text) == ["other"]


def test_the_kremlin_spokesman_named_is_still_peskov():
    text = "موسكو - وقال متحدث باسم الكرملين، هو دميتري بيسكوف، إن الرئيس لن يحضر القمة."
    assert actors(text) == ["peskov"]


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


# ---------------------------------------------------------------- another given name before a tracked family name
@pytest.mark.parametrize("text", [
    "وقال نيكولاي بيسكوف، نجل المتحدث باسم الكرملين، إن والده يعمل بلا توقف.",
    "وقال الدبلوماسي الروسي يوري بيسكوف إن الحوار ما زال ممكنا.",
    "وقال جيمس كيربي، أستاذ العلوم السياسية، إن الانتخابات ستكون متقاربة.",
])
def test_a_given_name_the_tracked_person_does_not_bear_makes_a_namesake(text):
    assert actors(text) == ["other"]


@pytest.mark.parametrize("text, who", [
    ("وقال دميتري بيسكوف إن الكرملين لا يعلق.", "peskov"),
    ("وقال جون كيربي إن واشنطن تراقب.", "kirby"),
    ("وقال المتحدث بيسكوف إن الكرملين لا يعلق.", "peskov"),
])
def test_the_tracked_persons_own_given_name_or_a_title_keeps_him(text, who):
    assert actors(text) == [who]


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
