"""Guards against claims: other people near a tracked name must not have their words given to him. A
person acting inside a tracked speaker's words, aides, teams and offices around a tracked person, a tracked man
as the object or the possessor of the subject, relative clauses with their own speaker, and the person met or
addressed. Each case is a short invented sentence."""

import pytest

from stance.extract import extract_statements
from tests.conftest import actor_of, actors, found, said


# A day inside every tracked person's term, the date of the cases about people named near a tracked speaker.
DAY = "2023-06-14"


# ================================================================ someone acting inside a tracked speaker's words
# ---------------------------------------------------------------- nested acts of another person
@pytest.mark.parametrize("text, content", [
    ("وقال كيربي إن بايدن أكد التزامه الكامل بأمن الحلفاء في المنطقة.", "التزامه الكامل بأمن الحلفاء في المنطقة"),
    ("وأوضح بيسكوف أن بوتين أكد استعداده لاستقبال الوفد في سوتشي.", "استعداده لاستقبال الوفد في سوتشي"),
    ("وقال كيربي إن الرئيس بايدن أكد رفضه لأي تصعيد جديد.", "رفضه لأي تصعيد جديد"),
])
def test_object_act_of_a_person_named_after_the_complementizer_is_that_persons(text, content):
    assert found(text) == [("other", content)]


def test_addressee_after_the_inner_verb_is_not_the_speaker():
    text = "وقال كيربي إن بايدن أعرب لأردوغان عن انزعاجه من تأخير المصادقة على الاتفاق."
    got = found(text)
    assert got == [("other", "انزعاجه من تأخير المصادقة على الاتفاق")]


def test_addressee_mention_kept_as_the_inner_speaker():
    from stance.extract import extract_statements
    text = "وأضاف بيسكوف أن بوتين أعرب لماكرون عن أمله في استئناف الحوار."
    (st,) = extract_statements(text, date="2023-04-18")
    assert (st.actor, st.actor_mention) == ("other", "بوتين")


def test_addressee_prefix_without_a_subject_before_the_verb_stays_the_region():
    # «وقال لافروف …»: a name opening with ل is the speaker when nobody is named before the verb
    assert found("وقال لافروف إن العقوبات لن تغير موقف بلاده.") == [("other", "العقوبات لن تغير موقف بلاده")]


def test_tracked_speaker_still_speaks_to_someone_named_with_lam():
    assert found("وأكد بيسكوف لبوتين أن الاستعدادات للقمة اكتملت.") == [("peskov", "الاستعدادات للقمة اكتملت")]


def test_verb_with_complementizer_inside_a_content_still_goes_on_with_the_content():
    # a non-person subject after إن keeps the verb inside what the tracked actor said
    text = "وقال بيسكوف إن موسكو تؤكد ما أعلنته سابقا بشأن المفاوضات."
    assert actors(text) == ["peskov"]


# ---------------------------------------------------------------- a person by title inside a spokesman's report
def test_title_and_nationality_after_the_complementizer_is_another_speaker():
    text = "وقال بيسكوف إن الرئيس الأذربيجاني أكد أن بلاده لن تنضم إلى العقوبات."
    assert found(text) == [("other", "بلاده لن تنضم إلى العقوبات")]


def test_title_and_nationality_with_an_object_verb():
    text = "وقال كيربي إن الرئيس الفلبيني أكد حرص بلاده على حرية الملاحة."
    assert found(text) == [("other", "حرص بلاده على حرية الملاحة")]


def test_bare_title_relayed_by_a_spokesman_is_the_untracked_person_named_with_it():
    text = ("واستقبل الرئيس فلاديمير بوتين رئيس وزراء الهند في الكرملين. "
            "وقال بيسكوف إن الرئيس أكد أن الشراكة مع نيودلهي تتوسع.")
    assert found(text) == [("other", "الشراكة مع نيودلهي تتوسع")]


def test_bare_title_without_an_earlier_holder_is_the_spokesmans_principal():
    # with no president named, «الرئيس» in a tracked spokesman's words is his principal, not he: the act is
    # someone else's and must not be claimed for the spokesman
    text = "وقال بيسكوف إن الرئيس أكد أن الشراكة مع نيودلهي تتوسع."
    assert actors(text) == ["other"]


def test_thing_after_the_complementizer_keeps_the_verb_inside_the_words():
    text = "وقال بيسكوف إن الجانب الروسي يؤكد استعداده لمواصلة المفاوضات."
    assert found(text) == [("peskov", "الجانب الروسي يؤكد استعداده لمواصلة المفاوضات")]


# ---------------------------------------------------------------- an office holder's act reported inside a tracked speaker's words
@pytest.mark.parametrize("inner", ["وزير الدفاع شين وون سيك", "وزير الدفاع", "رئيس هيئة الأركان المشتركة كيم سيونغ كيوم"])
def test_an_office_holder_acting_inside_a_tracked_speakers_words_is_the_speaker(inner):
    """«قال يون إن وزير الدفاع أكد أن …»: the act inside the words is the minister's (the same rule as «قال كيربي
    إن بايدن أكد …»); neither it nor the minister's title is Yoon's."""
    text = f"سيول - وقال يون إن {inner} أكد له أن الجيش في حالة تأهب قصوى."
    got = found(text)
    assert got == [("other", "الجيش في حالة تأهب قصوى")]


def test_a_thing_opening_the_words_before_a_verb_is_still_part_of_them():
    text = "موسكو - وقال بيسكوف إن موسكو تصر على أن الحوار هو السبيل الوحيد."
    assert actors(text) == ["peskov"]


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


# ---------------------------------------------------------------- «أبلغه» inside a tracked speaker's words
def test_a_president_who_told_the_tracked_speaker_is_the_one_speaking():
    text = "سيول - وقال يون إن الرئيس الأمريكي أبلغه أن واشنطن ستدافع عن حلفائها بكل قوتها."
    assert actors(text) == ["other"]


def test_the_leader_named_only_in_his_sisters_title_does_not_take_a_later_bare_kim():
    text = ("وقالت كيم يو جونغ، شقيقة الزعيم الكوري الشمالي، إن أي ضربة ستقابل برد نووي. "
            "وأضاف كيم أن تصريحات سيول كانت خطأ فادحا.")
    assert actors(text) == ["other", "other"]


# ---------------------------------------------------------------- an addressee with a possessive after the inner verb
def test_counterpart_told_by_a_relayed_leader_is_not_the_speaker():
    text = "وقال بيسكوف إن الرئيس فلاديمير بوتين أبلغ نظيره الفرنسي بأن موسكو منفتحة على المقترح."
    assert found(text) == [("other", "موسكو منفتحة على المقترح")]


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


# ---------------------------------------------------------------- a past verb after a person opening the words said
def test_past_verb_after_a_person_opening_the_words_is_still_that_persons_act():
    # the nested convention (probes, ANNOTATION.md): «… أن بايدن أكد لنتنياهو أن …» is Biden's act
    text = "وقال كيربي إن واشنطن تتابع الوضع. وأوضح أن بايدن أكد لنتنياهو أن الدعم سيستمر."
    found = said(text, "2023-04-11")
    assert ("other", "الدعم سيستمر") in found
    assert all(a != "kirby" or "الدعم سيستمر" not in t for a, t in found)


# ---------------------------------------------------------------- an act reported right after the complementizer
def test_an_act_reported_right_after_the_complementizer_is_that_persons():
    text = "قال كيربي إن الرئيس بايدن أبلغ نتنياهو أن واشنطن تعارض أي عملية في رفح."
    assert actor_of(text, "واشنطن تعارض", DAY) == "other"


# ================================================================ people around a tracked person
def test_adviser_of_the_leader_describing_is_not_the_leader():
    text = "ووصف مستشار الزعيم كيم جونغ أون للشؤون الدولية المواقف الغربية بأنها حملة منسقة."
    got = found(text, "2024-03-01")
    assert got and got[0][0] == "other"


def test_team_defending_a_person_is_not_that_person():
    text = "وقال فريق الدفاع عن الرئيس السابق يون سوك يول إن الاتهامات بلا أساس."
    assert found(text, "2025-02-01") == [("other", "الاتهامات بلا أساس")]


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


# ---------------------------------------------------------------- someone else's words claimed for a tracked spokesman
def test_deputy_of_a_tracked_spokesman_is_someone_else():
    assert actors("وقال نائب المتحدث باسم الكرملين إن الوفد سيصل غدا.") == ["other"]


def test_bare_president_after_only_a_spokesman_was_named_is_not_the_spokesman():
    text = "قال بيسكوف إن المحادثات معقدة. وقال الرئيس إن روسيا لن تقبل الإملاءات."
    assert actors(text) == ["peskov", "other"]


def test_bare_president_relayed_by_a_tracked_spokesman_with_nobody_named_is_his_principal():
    text = "وقال كيربي إن الرئيس أكد أن الدعم لإسرائيل ثابت."
    assert found(text) == [("other", "الدعم لإسرائيل ثابت")]


def test_bare_leader_after_the_leader_was_named_is_still_him():
    text = "وقال الزعيم الكوري الشمالي كيم جونغ أون إن الجيش مستعد. وأكد الزعيم أن الردع قوي."
    assert actors(text) == ["kim", "kim"]


# ---------------------------------------------------------------- a quotation first, then someone's aide
@pytest.mark.parametrize("speaker", ["مساعد بيسكوف", "مستشار يون", "نائب كيربي"])
def test_a_quotation_attributed_to_a_tracked_persons_aide_is_the_aides(speaker):
    text = f'وقال لافروف إن الحوار متوقف. "لن نتراجع خطوة واحدة"، قال {speaker}.'
    assert set(actors(text)) == {"other"}


def test_a_quotation_attributed_to_the_tracked_person_is_his():
    text = 'وقال لافروف إن الحوار متوقف. "لن نتراجع خطوة واحدة"، قال بيسكوف.'
    assert actors(text) == ["other", "peskov"]


# ================================================================ a tracked man as the object, the possessor or the person met
def test_person_as_object_is_no_statement_the_participle_carries_it():
    text = "انتقد الزعيم كيم جونغ أون بشدة الرئيس الكوري الجنوبي يون سوك يول، واصفا إياه بأنه رجل مضطرب."
    got = found(text)
    assert ("yoon", "الرئيس الكوري الجنوبي يون سوك يول") not in got
    assert not any(a == "yoon" for a, _ in got)


def test_a_headline_whose_subject_is_the_leaders_sister_is_not_kim():
    text = "شقيقة الزعيم ‘كيم’ توجه تحذيرا شديدا لسيول\nحذرت كيم يو جونغ من رد قريب على المنشورات."
    found = said(text, date="2024-06-09")
    assert found and all(a != "kim" for a, _ in found)


def test_the_leader_himself_before_a_present_verb_in_a_headline_is_still_kim():
    text = "الزعيم كيم يتوعد سيول برد قاس\nوقال كيم جونغ أون إن بلاده لن تسكت على الاستفزازات."
    assert actor_of(text, "برد قاس", date="2024-06-09") == "kim"


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


# ---------------------------------------------------------------- a tracked person as the object of the verb
def test_a_titled_person_before_a_titled_tracked_one_is_the_subject():
    text = "وأبلغ الرئيس الفيتنامي تو لام الزعيم كيم جونغ أون أن هانوي تريد توسيع التجارة."
    assert actors(text) == ["other"]


def test_the_tracked_person_first_is_still_the_subject():
    text = "وأبلغ الزعيم كيم جونغ أون الرئيس الفيتنامي تو لام أن بيونغ يانغ تريد توسيع التجارة."
    assert actors(text) == ["kim"]


def test_a_title_and_nationality_before_the_tracked_name_is_his_own():
    assert actors("وأكد الزعيم الكوري الشمالي كيم جونغ أون أن الردع سيتعزز.") == ["kim"]


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


# ---------------------------------------------------------------- the one described is the object, not the speaker
def test_a_tracked_leader_described_right_after_the_verb_is_the_object():
    text = "أكد المتحدث باسم الكرملين دميتري بيسكوف أن الزيارة ناجحة. ووصف كيم جونغ أون بأنه شريك يعتمد عليه."
    assert actor_of(text, "شريك يعتمد عليه", date="2024-06-20") == "peskov"


def test_a_title_line_describing_a_leader_gives_him_no_statement():
    text = 'وصف زعيم كوريا الشمالية بـ"الديكتاتور الصغير" يشعل غضب بيونغ يانغ'
    assert all(actor != "kim" for actor, _ in said(text, date="2017-04-04"))


def test_a_subject_then_an_object_before_the_description_still_speaks():
    text = "ووصف بيسكوف التصريحات الأخيرة بأنها استفزازية."
    assert actor_of(text, "استفزازية", date="2024-06-20") == "peskov"


def test_a_verb_with_its_own_object_pronoun_keeps_the_name_after_it_as_subject():
    text = "ووصفه بيسكوف بالخطوة غير المسؤولة."
    assert actor_of(text, "غير المسؤولة", date="2024-06-20") == "peskov"


def test_a_described_leader_opening_a_long_region_is_not_the_speaker_of_a_later_clause():
    text = ('وصف زعيم كوريا الشمالية بـ"الولد المتهور"، من جانب واشنطن هل يقود إلى مواجهة؟، '
            'أم أنها مجرد حرب كلامية بين العاصمتين.')
    assert all(actor != "kim" for actor, _ in said(text, date="2017-09-20"))


# ---------------------------------------------------------------- the person met is not the one who speaks
def test_office_meeting_a_tracked_leader_then_speaking_is_the_office():
    text = ("وقال الزعيم كيم جونغ أون إن الجيش مستعد. "
            "واستقبل وزير الدفاع الصيني بالزعيم كيم في بيونغ يانغ، وقال إن التعاون العسكري سيتوسع.")
    got = found(text)
    assert got[0] == ("kim", "الجيش مستعد")
    assert got[1] == ("other", "التعاون العسكري سيتوسع")


def test_named_subject_meeting_someone_with_a_preposition_still_speaks():
    text = "واجتمع يون مع رئيس الوزراء الياباني في طوكيو، وقال إن البلدين سيعززان التنسيق."
    assert found(text) == [("yoon", "البلدين سيعززان التنسيق")]
